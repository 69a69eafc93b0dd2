import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const missing = binding('ClusterRoleBinding', 'x', { name: 'reader' }, [sa('a', 'b')]);
const other = role('deployer', ['{ apiGroups: [apps], resources: [deployments], verbs: [get] }'], { namespace: 'team-a' }) + binding('RoleBinding', 'x', { name: 'deployer', kind: 'Role' }, [sa('a')], 'team-b');
const crbToRole = role('deployer', ['{ apiGroups: [apps], resources: [deployments], verbs: [get] }'], { namespace: 'team-a' }) + binding('ClusterRoleBinding', 'x', { name: 'deployer', kind: 'Role' }, [sa('a', 'team-a')]);

const noBuiltins = binding('ClusterRoleBinding', 'x', { name: 'view' }, [sa('a', 'b')]);

const cases: Case[] = [
  { name: 'a role neither in the set nor built in', code: missing, errors: [{ messageId: 'missing', ...at(missing, 5, 'reader') }] },
  { name: 'a Role that exists only in another namespace', code: other, errors: [{ messageId: 'otherNamespace', ...at(other, 10, 'deployer'), message: 'namespace `team-a`' }] },
  { name: 'a ClusterRoleBinding naming a Role (on the kind)', code: crbToRole, errors: [{ messageId: 'roleInClusterBinding', ...at(crbToRole, 10, 'Role,'), path: ['roleRef', 'kind'] }] },
  { name: 'valid: built-in roles exist', code: binding('ClusterRoleBinding', 'x', { name: 'system:aggregate-to-view' }, [sa('a', 'b')]), errors: [] },
  { name: 'a built-in is missing with --no-builtins', code: noBuiltins, config: { builtins: false }, errors: [{ messageId: 'missing', ...at(noBuiltins, 5, 'view') }] },
];

describe('dangling-role-ref', () => {
  it.each(cases)('$name', (c) => runCase('dangling-role-ref', c));
});
