import { defineRule } from './rule.js';
import { bindingOf, bindingScope, isBinding, roleLabel } from './_rbac.js';
import { isDiscoveryBinding } from '../inventory/rbac/engine.js';

export default defineRule({
  id: 'all-serviceaccounts-binding',
  meta: {
    title: 'Binding to every ServiceAccount',
    description: 'A binding grants to the group `system:serviceaccounts` (every account of the cluster) or `system:serviceaccounts:NS` (every account of a namespace).',
    level: 'warning',
    tags: ['security', 'rbac'],
    securitySeverity: '6.0',
    precision: 'very-high',
    messages: {
      all: 'this binding grants {role} {scope} to `{group}`: {who}, including every pod that runs as `default`',
    },
    remediation: 'Bind the role to the ServiceAccounts that need it, by name.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions'],
    docs: {
      rationale:
        'Every ServiceAccount token carries the groups `system:serviceaccounts` and `system:serviceaccounts:NS`. A binding to them hands the role to every workload, present and future, including those that run as `default` and those of other teams. Built-in discovery bindings are not reported.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: all-read-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: system:serviceaccounts:shop
    apiGroup: rbac.authorization.k8s.io
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: all-read-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: dashboard
    namespace: shop
`,
    },
  },
  appliesTo: isBinding,
  check(o, ctx) {
    const b = bindingOf(o, ctx);
    if (!b || isDiscoveryBinding(b)) return;
    const role = b.role ? roleLabel(b.role) : `\`${b.roleRef.name}\``;
    for (const s of b.subjects) {
      if (s.kind !== 'Group') continue;
      const m = /^system:serviceaccounts(?::(.+))?$/.exec(s.name);
      if (!m) continue;
      const who = m[1] ? `every ServiceAccount of namespace \`${m[1]}\`` : 'every ServiceAccount of the cluster';
      ctx.report({ messageId: 'all', data: { role, scope: bindingScope(b), group: s.name, who }, path: ['subjects', s.index, 'name'] });
    }
  },
});
