import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const RB = binding('RoleBinding', 'x', { name: 'x', kind: 'Role' }, [sa('op')], 'shop');
const code = (rule: string) => role('x', [rule], { namespace: 'shop' }) + RB;
const create = code('{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create] }');
const patch = code('{ apiGroups: ["*"], resources: [clusterrolebindings], verbs: [patch] }');

const cases: Case[] = [
  { name: 'create rolebindings', code: create, errors: [{ messageId: 'grant', ...at(create, 5, 'rolebindings'), level: 'warning' }] },
  { name: 'patch clusterrolebindings through apiGroups *', code: patch, errors: [{ messageId: 'grant', ...at(patch, 5, 'clusterrolebindings') }] },
  { name: 'valid: reading bindings', code: code('{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [get, list, watch] }'), errors: [] },
  { name: 'valid: create narrowed by resourceNames grants nothing', code: code('{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], resourceNames: [x], verbs: [create] }'), errors: [] },
];

describe('rbac-binding-write', () => {
  it.each(cases)('$name', (c) => runCase('rbac-binding-write', c));
});
