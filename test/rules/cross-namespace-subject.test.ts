import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, sa } from '../support/rbac.js';

const cross = binding('RoleBinding', 'x', { name: 'view' }, [sa('ci', 'tools')], 'shop');

const cases: Case[] = [
  { name: 'an account of another namespace, on its namespace', code: cross, errors: [{ messageId: 'cross', ...at(cross, 7, 'tools'), path: ['subjects', 0, 'namespace'] }] },
  { name: 'valid: the same namespace, spelled or defaulted', code: binding('RoleBinding', 'x', { name: 'view' }, [sa('a', 'shop'), sa('b')], 'shop'), errors: [] },
  { name: 'valid: ClusterRoleBindings have no namespace to cross', code: binding('ClusterRoleBinding', 'x', { name: 'view' }, [sa('ci', 'tools')]), errors: [] },
];

describe('cross-namespace-subject', () => {
  it.each(cases)('$name', (c) => runCase('cross-namespace-subject', c));
});
