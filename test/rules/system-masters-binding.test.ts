import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, group, user } from '../support/rbac.js';

const b = binding('ClusterRoleBinding', 'x', { name: 'view' }, [user('alice'), group('system:masters')]);

const cases: Case[] = [
  { name: 'the group subject, on its name', code: b, errors: [{ messageId: 'masters', ...at(b, 8, '"system:masters"'), path: ['subjects', 1, 'name'] }] },
  { name: 'valid: a User named system:masters is not the group', code: binding('ClusterRoleBinding', 'x', { name: 'view' }, [user('system:masters')]), errors: [] },
];

describe('system-masters-binding', () => {
  it.each(cases)('$name', (c) => runCase('system-masters-binding', c));
});
