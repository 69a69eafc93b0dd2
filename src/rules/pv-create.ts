import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'pv-create',
  permission: PERMISSIONS['pv-create'],
  meta: {
    title: "ClusterRole creates PersistentVolumes",
    description: "A ClusterRole grants create on persistentvolumes (a cluster-scoped resource).",
    level: 'warning',
    tags: ["security", "rbac", "cis-5.1.9"],
    securitySeverity: '6.0',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders create hostPath volumes that reach the file system of the nodes; the role is {scope}",
    },
    remediation: "Let a storage provisioner create PersistentVolumes; users and workloads create PersistentVolumeClaims.",
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation"],
    docs: {
      rationale: "A PersistentVolume can be a `hostPath` to any directory of the node; a pod that claims it reads and writes the node. CIS 5.1.9 asks to minimise access to create PersistentVolumes. Roles and RoleBindings cannot grant it: PersistentVolumes are cluster-scoped.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: volume-maker
rules:
  - apiGroups: [""]
    resources: [persistentvolumes]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: volume-maker
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: volume-maker
subjects:
  - kind: ServiceAccount
    name: installer
    namespace: ops
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: volume-maker
rules:
  - apiGroups: [""]
    resources: [persistentvolumeclaims]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: volume-maker
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: volume-maker
subjects:
  - kind: ServiceAccount
    name: installer
    namespace: ops
`,
    },
  },
});
