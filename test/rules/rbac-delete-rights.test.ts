import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const RB = binding('RoleBinding', 'x', { name: 'x', kind: 'Role' }, [sa('j')], 'shop');
const code = (rule: string) => role('x', [rule], { namespace: 'shop' }) + RB;
const events = code('{ apiGroups: [events.k8s.io], resources: [events], verbs: [deletecollection] }');
const rbac = code('{ apiGroups: [rbac.authorization.k8s.io], resources: [roles, rolebindings], verbs: [delete] }');

const cases: Case[] = [
  { name: 'deletecollection events', code: events, errors: [{ messageId: 'grant', ...at(events, 5, 'events', 2), level: 'note' }] },
  { name: 'delete RBAC objects', code: rbac, errors: [{ messageId: 'grant', ...at(rbac, 5, 'roles'), level: 'note' }] },
  { name: 'valid: delete configmaps', code: code('{ apiGroups: [""], resources: [configmaps], verbs: [delete] }'), errors: [] },
];

describe('rbac-delete-rights', () => {
  it.each(cases)('$name', (c) => runCase('rbac-delete-rights', c));
});
