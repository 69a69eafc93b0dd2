import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'rbac-escalation-verbs',
  permission: PERMISSIONS['escalation-verbs'],
  classify: (grant) => ({ messageId: grant.check.resource === 'roles' || grant.check.resource === 'clusterroles' ? 'escalate' : 'impersonate', level: 'error' }),
  meta: {
    title: "Role holds bind, escalate or impersonate",
    description: "A Role or ClusterRole grants bind or escalate on roles or clusterroles, or impersonate on users, groups, serviceaccounts, uids or userextras.",
    level: 'error',
    tags: ["security", "rbac", "cis-5.1.8"],
    securitySeverity: '9.0',
    precision: 'high',
    messages: {
      escalate: "this rule of {role} grants `{verb}` on `{resource}`: its holders grant permissions they do not hold themselves; the role is {scope}",
      impersonate: "this rule of {role} grants `impersonate` on `{resource}`: its holders act as other users, groups or accounts; the role is {scope}",
    },
    remediation: "Remove `bind`, `escalate` and `impersonate`; where a controller needs `bind`, narrow it with `resourceNames` to the roles it hands out.",
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"],
    docs: {
      rationale: "RBAC prevents subjects from granting permissions they lack, except through these verbs: `escalate` lets a subject write roles with any permission, `bind` lets it bind roles it does not hold, and `impersonate` lets it act as anyone it may impersonate. `bind` and `escalate` are checked on roles and clusterroles, not on bindings.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: role-manager
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [clusterroles]
    verbs: [bind, escalate]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: role-manager
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: role-manager
subjects:
  - kind: ServiceAccount
    name: operator
    namespace: ops
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: role-manager
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [clusterroles]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: role-manager
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: role-manager
subjects:
  - kind: ServiceAccount
    name: operator
    namespace: ops
`,
    },
  },
});
