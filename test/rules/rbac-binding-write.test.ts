import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const RB = binding('RoleBinding', 'x', { name: 'x', kind: 'Role' }, [sa('op')], 'shop');
const code = (rule: string) => role('x', [rule], { namespace: 'shop' }) + RB;
const create = code('{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create] }');
const patch = role('x', ['{ apiGroups: ["*"], resources: [clusterrolebindings], verbs: [patch] }']) + binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('op', 'shop')]);

const cases: Case[] = [
  { name: 'create rolebindings', code: create, errors: [{ messageId: 'grant', ...at(create, 5, 'rolebindings'), level: 'warning' }] },
  { name: 'patch clusterrolebindings through apiGroups *, bound cluster-wide', code: patch, errors: [{ messageId: 'grant', ...at(patch, 5, 'clusterrolebindings'), level: 'error' }] },
  { name: 'valid: a Role cannot grant clusterrolebindings (cluster-scoped)', code: code('{ apiGroups: ["*"], resources: [clusterrolebindings], verbs: [patch] }'), errors: [] },
  { name: 'valid: reading bindings', code: code('{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [get, list, watch] }'), errors: [] },
  { name: 'valid: create narrowed by resourceNames grants nothing', code: code('{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], resourceNames: [x], verbs: [create] }'), errors: [] },
];

describe('rbac-binding-write', () => {
  it.each(cases)('$name', (c) => runCase('rbac-binding-write', c));
});
