import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'pod-exec',
  permission: PERMISSIONS['pod-exec'],
  meta: {
    title: "Role execs into pods",
    description: "A Role or ClusterRole grants pods/exec, pods/attach or pods/portforward (create or get), or update or patch on pods/ephemeralcontainers.",
    level: 'warning',
    tags: ["security", "rbac"],
    securitySeverity: '6.5',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders run commands in or connect to running pods and act as their ServiceAccounts; the role is {scope}",
    },
    remediation: "Remove exec, attach, port-forward and ephemeral-container rights from roles that workloads hold; give them to people through short-lived, audited access.",
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb"],
    docs: {
      rationale: "Exec and attach are `create` on `pods/exec` and `pods/attach`; older clients use `get` over WebSocket, so `get` is as dangerous. Ephemeral containers (`update`/`patch` on `pods/ephemeralcontainers`) do the same. A shell in a pod is its token, its Secrets and its network position.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: debugger
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pods/exec]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: debugger
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: debugger
subjects:
  - kind: ServiceAccount
    name: support
    namespace: shop
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: debugger
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pods/log]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: debugger
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: debugger
subjects:
  - kind: ServiceAccount
    name: support
    namespace: shop
`,
    },
  },
});
