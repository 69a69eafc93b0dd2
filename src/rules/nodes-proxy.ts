import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'nodes-proxy',
  permission: PERMISSIONS['nodes-proxy'],
  // The kubelet maps PUT and PATCH to `update` and `patch`: they reach only its log-verbosity endpoint.
  fallback: { permission: PERMISSIONS['nodes-proxy-loglevel'], messageId: 'logLevel', level: 'note', fixed: true },
  meta: {
    title: "ClusterRole proxies to nodes",
    description: "A ClusterRole grants get or create on nodes/proxy, which reaches the kubelet API of every node (exec and run included); update or patch reach only the log-verbosity endpoint, a note.",
    level: 'error',
    tags: ["security", "rbac", "cis-5.1.10"],
    securitySeverity: '8.5',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders reach the kubelet API, which runs commands in every pod of the node; the role is {scope}",
      logLevel: "this rule of {role} grants `{verb}` on `{resource}`: through the kubelet these verbs reach only its log-verbosity endpoint (`/debug/flags/v`); the role is {scope}",
    },
    remediation: "Remove `nodes/proxy`; metrics collectors need `nodes/metrics` and `nodes/stats` instead.",
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes"],
    docs: {
      rationale: "Requests through `nodes/proxy` go straight to the kubelet, which does not audit them through the API server and lets them exec into every container of the node. The kubelet authorizes each HTTP method as a verb: GET is `get` (and WebSocket exec), POST is `create` (exec, run, attach, port-forward), PUT and PATCH are `update` and `patch`, which reach only the log-verbosity endpoint; `list`, `watch` and `delete` reach nothing. `nodes` are cluster-scoped, so only a ClusterRole bound by a ClusterRoleBinding grants it. CIS 5.1.10 asks to minimise it.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: node-metrics
rules:
  - apiGroups: [""]
    resources: [nodes/proxy]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-metrics
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-metrics
subjects:
  - kind: ServiceAccount
    name: collector
    namespace: ops
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: node-metrics
rules:
  - apiGroups: [""]
    resources: [nodes/metrics, nodes/stats]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-metrics
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-metrics
subjects:
  - kind: ServiceAccount
    name: collector
    namespace: ops
`,
    },
  },
});
