import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const edit = binding('RoleBinding', 'ci', { name: 'edit' }, [sa('ci')], 'shop');
const admin = binding('ClusterRoleBinding', 'ci', { name: 'admin' }, [sa('ci', 'shop')]);

const cases: Case[] = [
  { name: 'a RoleBinding to edit says what it grants (warning)', code: edit, errors: [{ messageId: 'builtin', ...at(edit, 5, 'edit'), level: 'warning', message: 'read every Secret, exec into pods' }] },
  { name: 'a ClusterRoleBinding to admin is every namespace (error)', code: admin, errors: [{ messageId: 'builtin', ...at(admin, 5, 'admin'), level: 'error', message: 'create Roles and RoleBindings' }] },
  { name: 'valid: view', code: binding('RoleBinding', 'ci', { name: 'view' }, [sa('ci')], 'shop'), errors: [] },
  { name: 'valid: a chart\'s own ClusterRole named edit replaces the built-in', code: role('edit', ['{ apiGroups: [""], resources: [configmaps], verbs: [get] }']) + edit, errors: [] },
  { name: 'valid: a Role named edit', code: role('edit', ['{ apiGroups: [""], resources: [configmaps], verbs: [get] }'], { namespace: 'shop' }) + binding('RoleBinding', 'ci', { name: 'edit', kind: 'Role' }, [sa('ci')], 'shop'), errors: [] },
];

describe('builtin-admin-edit-binding', () => {
  it.each(cases)('$name', (c) => runCase('builtin-admin-edit-binding', c));
});
