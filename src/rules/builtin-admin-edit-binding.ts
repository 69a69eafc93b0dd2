import { defineRule } from './rule.js';
import { bindingOf, bindingScope, isBinding, subjectsText } from './_rbac.js';

const GRANTS: Record<string, string> = {
  edit: 'read every Secret, exec into pods, run pods as any ServiceAccount and impersonate any ServiceAccount',
  admin: 'read every Secret, exec into pods, run pods as any ServiceAccount, and create Roles and RoleBindings',
};

export default defineRule({
  id: 'builtin-admin-edit-binding',
  meta: {
    title: 'Binding to the built-in admin or edit role',
    description: 'A binding grants the built-in `admin` or `edit` ClusterRole, which carry far more than their names suggest.',
    level: 'warning',
    tags: ['security', 'rbac'],
    securitySeverity: '6.5',
    precision: 'very-high',
    messages: {
      builtin: 'this binding grants built-in `{role}` {scope} to {subjects}: they {grants}',
    },
    remediation: 'Write a Role with what the subject needs; if it must be `view`-like, bind `view`, which reads no Secrets.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles'],
    docs: {
      rationale:
        '`edit` reads every Secret of the namespace, execs into its pods, creates pods (so runs as any of its ServiceAccounts) and impersonates its ServiceAccounts; `admin` adds Roles and RoleBindings. Both grow with every ClusterRole labelled to aggregate into them. Bound by a ClusterRoleBinding, that is every namespace, and the finding is an error.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-edit
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-view
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
    },
  },
  appliesTo: isBinding,
  check(o, ctx) {
    const b = bindingOf(o, ctx);
    if (!b?.role?.builtin || b.role.kind !== 'ClusterRole' || !(b.role.name in GRANTS) || b.subjects.length === 0) return;
    ctx.report({
      messageId: 'builtin',
      level: b.kind === 'ClusterRoleBinding' ? 'error' : 'warning',
      data: { role: b.role.name, scope: bindingScope(b), subjects: subjectsText(b), grants: GRANTS[b.role.name]! },
      path: ['roleRef', 'name'],
    });
  },
});
