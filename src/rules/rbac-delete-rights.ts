import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'rbac-delete-rights',
  permission: PERMISSIONS['delete-rights'],
  meta: {
    title: "Role deletes pods, Secrets, namespaces, events or RBAC objects",
    description: "A Role or ClusterRole grants delete or deletecollection on pods, secrets, namespaces, events or RBAC objects.",
    level: 'note',
    tags: ["security", "rbac"],
    securitySeverity: '3.0',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders remove workloads, credentials, audit trails or access control; the role is {scope}",
    },
    remediation: "Keep delete rights with the controllers that own the objects; remove them from roles that only read or create.",
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
    docs: {
      rationale: "Deleting is quiet damage: deleting events hides what happened, deleting RoleBindings or namespaces takes access or whole applications away, and deleting pods can force a reschedule onto a node of the attacker's choosing.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: cleaner
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [events]
    verbs: [delete, deletecollection]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: cleaner
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: cleaner
subjects:
  - kind: ServiceAccount
    name: janitor
    namespace: shop
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: cleaner
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [events]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: cleaner
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: cleaner
subjects:
  - kind: ServiceAccount
    name: janitor
    namespace: shop
`,
    },
  },
});
