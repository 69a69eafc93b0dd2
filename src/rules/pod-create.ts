import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'pod-create',
  permission: PERMISSIONS['pod-create'],
  meta: {
    title: "Role creates pods or pod controllers",
    description: "A Role or ClusterRole grants create on pods or on a pod controller (deployments, replicasets, statefulsets, daemonsets, jobs, cronjobs, replicationcontrollers), which runs pods as any ServiceAccount of the namespace.",
    level: 'warning',
    tags: ["security", "rbac", "cis-5.1.4"],
    securitySeverity: '7.0',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders run pods as any ServiceAccount of the namespace and mount any of its Secrets; the role is {scope}",
    },
    remediation: "Give pod creation to deployment tooling only, in the namespaces it deploys to; workloads rarely need it.",
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"],
    docs: {
      rationale: "Whoever creates a pod chooses its `serviceAccountName` and volumes: creating pods (directly or through a Deployment, Job, CronJob...) is holding every ServiceAccount and every Secret of the namespace. CIS 5.1.4 asks to minimise it.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [create, update]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: deployer
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: deployer
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
    },
  },
});
