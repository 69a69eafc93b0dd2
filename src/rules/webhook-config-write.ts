import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'webhook-config-write',
  permission: PERMISSIONS['webhook-write'],
  // Narrowed to named configurations, it is an operator keeping its own webhook up to date.
  classify: (grant) => (grant.narrowed ? undefined : { messageId: 'grant', level: 'error' }),
  meta: {
    title: "ClusterRole writes admission webhooks or policies",
    description: "A ClusterRole grants create, update, patch or delete on mutating or validating webhook configurations, or on validating admission policies and their bindings.",
    level: 'error',
    tags: ["security", "rbac", "cis-5.1.12"],
    securitySeverity: '8.5',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders intercept, rewrite or switch off the admission of every API request; the role is {scope}",
    },
    remediation: "Narrow the rule with `resourceNames` to the configurations the controller owns, or drop write access when it only needs to read them.",
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks"],
    docs: {
      rationale: "A mutating webhook sees and rewrites every object it selects (pod specs, Secrets); deleting a validating webhook or policy removes a guard rail. CIS 5.1.12 asks to minimise these rights. The resources are cluster-scoped, so only ClusterRoleBindings grant them. Rules narrowed by `resourceNames` to named configurations (an operator maintaining its own webhook) are not reported.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: webhook-manager
rules:
  - apiGroups: [admissionregistration.k8s.io]
    resources: [mutatingwebhookconfigurations]
    verbs: [create, update, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: webhook-manager
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: webhook-manager
subjects:
  - kind: ServiceAccount
    name: cert-injector
    namespace: ops
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: webhook-manager
rules:
  - apiGroups: [admissionregistration.k8s.io]
    resources: [mutatingwebhookconfigurations]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: webhook-manager
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: webhook-manager
subjects:
  - kind: ServiceAccount
    name: cert-injector
    namespace: ops
`,
    },
  },
});
