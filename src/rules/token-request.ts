import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'token-request',
  permission: PERMISSIONS['token-request'],
  classify: (grant) => (grant.narrowed ? { messageId: 'named', level: 'note' } : { messageId: 'grant', level: 'warning' }),
  meta: {
    title: "Role mints ServiceAccount tokens",
    description: "A Role or ClusterRole grants create on serviceaccounts/token (the TokenRequest API).",
    level: 'warning',
    tags: ["security", "rbac", "cis-5.1.13"],
    securitySeverity: '6.5',
    precision: 'high',
    messages: {
      grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders mint tokens for the ServiceAccounts in reach and act as them; the role is {scope}",
      named: "this rule of {role} grants `{verb}` on `{resource}` for `{names}`: its holders act as those accounts; the role is {scope}",
    },
    remediation: "Narrow the rule with `resourceNames` to the accounts whose tokens are needed, or remove it.",
    references: ["https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/"],
    docs: {
      rationale: "`create` on `serviceaccounts/token` returns a token for the named account: holding it is holding every account it reaches. CIS 5.1.13 asks to minimise it.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: token-minter
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [serviceaccounts/token]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: token-minter
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: token-minter
subjects:
  - kind: ServiceAccount
    name: gateway
    namespace: shop
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: token-minter
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [serviceaccounts]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: token-minter
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: token-minter
subjects:
  - kind: ServiceAccount
    name: gateway
    namespace: shop
`,
    },
  },
});
