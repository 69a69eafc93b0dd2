import { defineRule } from './rule.js';
import { bindingOf, bindingScope, isBinding, roleLabel } from './_rbac.js';

export default defineRule({
  id: 'default-sa-binding',
  meta: {
    title: 'Binding to a default ServiceAccount',
    description: "A binding grants a role to a namespace's `default` ServiceAccount, which every pod that names no account runs as.",
    level: 'warning',
    tags: ['security', 'rbac', 'cis-5.1.5'],
    securitySeverity: '6.0',
    precision: 'very-high',
    messages: {
      default: 'this binding grants {role} {scope} to ServiceAccount `{namespace}/default`, which every pod of the namespace that names no account runs as',
    },
    remediation: 'Create a ServiceAccount for the workload that needs the role, bind it, and set `serviceAccountName`.',
    references: ['https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts'],
    docs: {
      rationale:
        'Permissions given to `default` are given to every pod that forgets `serviceAccountName`, now and later, including third-party charts installed into the namespace. CIS 5.1.5 asks that default accounts get no grants.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: app-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: default
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: app-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: app
`,
    },
  },
  appliesTo: isBinding,
  check(o, ctx) {
    const b = bindingOf(o, ctx);
    if (!b) return;
    const role = b.role ? roleLabel(b.role) : `\`${b.roleRef.name}\``;
    for (const s of b.subjects) {
      if (s.kind !== 'ServiceAccount' || s.name !== 'default') continue;
      const ns = s.namespace || b.namespace;
      if (!ns) continue; // a ClusterRoleBinding subject without namespace matches nothing (dangling-role-ref's business is the role)
      ctx.report({ messageId: 'default', data: { role, scope: bindingScope(b), namespace: ns }, path: ['subjects', s.index, 'name'] });
    }
  },
});
