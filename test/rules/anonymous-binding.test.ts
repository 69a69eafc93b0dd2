import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, group, user } from '../support/rbac.js';

const anon = binding('ClusterRoleBinding', 'x', { name: 'view' }, [user('system:anonymous'), group('system:unauthenticated')]);
const authd = binding('RoleBinding', 'x', { name: 'edit' }, [group('system:authenticated')], 'shop');

const cases: Case[] = [
  {
    name: 'anonymous user and unauthenticated group: errors',
    code: anon,
    errors: [
      { messageId: 'anonymous', ...at(anon, 7, '"system:anonymous"'), level: 'error' },
      { messageId: 'anonymous', ...at(anon, 8, '"system:unauthenticated"'), level: 'error' },
    ],
  },
  { name: 'all authenticated users: warning', code: authd, errors: [{ messageId: 'authenticated', ...at(authd, 7, '"system:authenticated"'), level: 'warning', message: 'every ServiceAccount token' }] },
  { name: 'valid: the built-in discovery roles', code: binding('ClusterRoleBinding', 'x', { name: 'system:public-info-viewer' }, [group('system:unauthenticated')]) + binding('ClusterRoleBinding', 'y', { name: 'system:discovery' }, [group('system:authenticated')]), errors: [] },
];

describe('anonymous-binding', () => {
  it.each(cases)('$name', (c) => runCase('anonymous-binding', c));
});
