import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'webhook-config-write',
  permission: PERMISSIONS['webhook-write'],
  // Narrowed to named configurations, it is an operator keeping its own webhook up to date.
  // What a holder can do depends on the resource: only a mutating webhook rewrites objects.
  classify: (grant, rule) => {
    if (grant.narrowed) return undefined;
    const resource = rule.resources[grant.resourceIndex] ?? '';
    if (resource.startsWith('mutatingwebhookconfigurations')) return { messageId: 'grant', level: 'error' };
    if (resource.startsWith('validatingwebhookconfigurations')) return { messageId: 'validating', level: 'error' };
    return { messageId: 'policy', level: 'error' };
  },
  meta: {
    title: "ClusterRole writes admission webhooks or policies",
    description: "A ClusterRole grants create, update, patch or delete on mutating or validating webhook configurations, or on validating admission policies and their bindings.",
    level: 'error',
    tags: ["security", "rbac", "cis-5.1.12"],
    securitySeverity: '8.5',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders can register a webhook that sees and rewrites the objects of API requests (pod specs, Secrets), or switch one off; the role is {scope}",
      validating: "this rule of {role} grants `{verb}` on `{resource}`: its holders can register a webhook that sees the objects of API requests (Secrets included) and refuses them, or switch admission checks off; the role is {scope}",
      policy: "this rule of {role} grants `{verb}` on `{resource}`: its holders can switch admission policies off or make them refuse API requests; the role is {scope}",
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
