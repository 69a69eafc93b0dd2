import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'rbac-binding-write',
  permission: PERMISSIONS['binding-write'],
  meta: {
    title: "Role writes RoleBindings or ClusterRoleBindings",
    description: "A Role or ClusterRole grants create, update or patch on rolebindings or clusterrolebindings.",
    level: 'warning',
    tags: ["security", "rbac", "cis-5.1.8"],
    securitySeverity: '6.5',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders hand every permission they hold (and any role they may bind) to any subject; the role is {scope}",
    },
    remediation: "Keep binding management with the people or controllers that own access control, and narrow it by namespace.",
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#restrictions-on-role-binding-creation-or-update"],
    docs: {
      rationale: "RBAC lets a subject create a binding only to a role whose permissions it already holds (or may `bind`). Binding rights still let it pass its own permissions to any other subject, and combined with `bind` they are a path to anything.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: access-manager
  namespace: shop
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [rolebindings]
    verbs: [create, update, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: access-manager
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: access-manager
subjects:
  - kind: ServiceAccount
    name: admin-bot
    namespace: shop
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: access-manager
  namespace: shop
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [rolebindings]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: access-manager
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: access-manager
subjects:
  - kind: ServiceAccount
    name: admin-bot
    namespace: shop
`,
    },
  },
});
