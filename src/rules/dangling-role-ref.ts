import { defineRule } from './rule.js';
import { bindingOf, isBinding } from './_rbac.js';

export default defineRule({
  id: 'dangling-role-ref',
  meta: {
    title: 'Binding to a role that does not exist',
    description:
      'A roleRef names a role that is neither in the scanned files nor built in, a RoleBinding names a Role of another namespace, or a ClusterRoleBinding names a Role: the binding grants nothing.',
    level: 'warning',
    tags: ['security', 'rbac'],
    securitySeverity: '4.0',
    precision: 'high',
    messages: {
      missing: '{kind} `{name}` is neither in the scanned files nor built in, so this binding grants nothing there; a role created later under that name is granted at once',
      otherNamespace: 'Role `{name}` exists only in namespace {namespaces}, but a RoleBinding refers to a Role of its own namespace `{namespace}`, so it grants nothing',
      roleInClusterBinding: 'a ClusterRoleBinding can only refer to a ClusterRole, not to Role `{name}`; the API server rejects it',
    },
    remediation: 'Fix the role name or kind, add the role to the manifests, or remove the binding.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding'],
    docs: {
      rationale:
        'A binding to a missing role is inert today and dangerous tomorrow: whoever creates a role with that name (a chart installed later, a typo fixed elsewhere) instantly grants it to the binding\'s subjects. A RoleBinding looks its Role up only in its own namespace.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: api-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: config-reader
subjects:
  - kind: ServiceAccount
    name: api
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: config-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: api-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: config-reader
subjects:
  - kind: ServiceAccount
    name: api
`,
    },
  },
  appliesTo: isBinding,
  check(o, ctx) {
    const b = bindingOf(o, ctx);
    if (!b || b.role || !b.roleRef.name) return;
    const engine = ctx.inventory.rbac;
    const { kind, name } = b.roleRef;
    if (b.kind === 'ClusterRoleBinding' && kind === 'Role') {
      ctx.report({ messageId: 'roleInClusterBinding', data: { name }, path: ['roleRef', 'kind'] });
      return;
    }
    if (kind === 'Role') {
      const elsewhere = engine.rolesNamed(name).filter((r) => r.namespace !== b.namespace);
      if (elsewhere.length > 0) {
        ctx.report({
          messageId: 'otherNamespace',
          data: { name, namespace: b.namespace!, namespaces: elsewhere.map((r) => `\`${r.namespace}\``).join(', ') },
          path: ['roleRef', 'name'],
          related: elsewhere.filter((r) => r.object).map((r) => ({ object: r.object!, path: ['metadata', 'name'], label: `Role \`${r.namespace}/${r.name}\`` })),
        });
        return;
      }
    }
    if (kind !== 'Role' && kind !== 'ClusterRole') return; // invalid kinds are rejected by the API server
    ctx.report({ messageId: 'missing', data: { kind, name }, path: ['roleRef', 'name'] });
  },
});
