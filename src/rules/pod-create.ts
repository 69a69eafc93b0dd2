import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'pod-create',
  permission: PERMISSIONS['pod-create'],
  // A grant of create on the resource is the stronger message; update or patch only rewrites the template.
  classify: (grant) => ({ messageId: grant.verb === 'create' ? 'grant' : 'template', level: 'warning' }),
  // Image swaps on running pods act as those pods' accounts, like exec (pod-exec is a warning too).
  fallback: { permission: PERMISSIONS['pod-update'], messageId: 'podUpdate', level: 'warning' },
  meta: {
    title: "Role runs pods: creates them or edits pod templates",
    description: "A Role or ClusterRole grants create on pods or jobs, or create, update or patch on a pod controller (deployments, replicasets, statefulsets, daemonsets, cronjobs, replicationcontrollers), which runs pods as any ServiceAccount of the namespace; or update or patch on pods, which swaps the image of running pods.",
    level: 'warning',
    tags: ["security", "rbac", "cis-5.1.4"],
    securitySeverity: '6.5',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders run pods as any ServiceAccount of the namespace and mount any of its Secrets; the role is {scope}",
      template: "this rule of {role} grants `{verb}` on `{resource}`: its holders rewrite the pod template, so they run pods as any ServiceAccount of the namespace and mount any of its Secrets; the role is {scope}",
      podUpdate: "this rule of {role} grants `{verb}` on `{resource}`: its holders swap the image of running pods and run their own code as those pods' ServiceAccounts; the role is {scope}",
    },
    remediation: "Give pod creation and template changes to deployment tooling only, in the namespaces it deploys to; workloads rarely need them (scaling needs only the `scale` subresource).",
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"],
    docs: {
      rationale: "Whoever creates a pod chooses its `serviceAccountName` and volumes: creating pods (directly or through a Deployment, Job, CronJob...) is holding every ServiceAccount and every Secret of the namespace. Updating or patching a controller does the same, since its controller rolls out the new template (a Job's template is immutable, so only creating jobs counts). Updating or patching a pod cannot change its account, but it can change a container's image, which runs new code as the pod's account. CIS 5.1.4 asks to minimise pod creation.",
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
