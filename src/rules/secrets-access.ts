import { PERMISSIONS } from '../inventory/rbac/permissions.js';
import { permissionRule } from './_rbac.js';

export default permissionRule({
  id: 'secrets-access',
  permission: PERMISSIONS['secrets-read'],
  classify: (grant, rule) => {
    if (grant.narrowed) return { messageId: 'named', level: 'note' };
    const has = (v: string): boolean => rule.verbs.includes('*') || rule.verbs.includes(v);
    if (has('list') || has('watch')) return { messageId: 'listAll', level: 'warning' };
    if (has('deletecollection')) return { messageId: 'deleteCollection', level: 'warning' };
    if (has('get')) return { messageId: 'getAny', level: 'warning' };
    return { messageId: 'patch', level: 'warning' };
  },
  meta: {
    title: "Role reads Secrets",
    description: "A Role or ClusterRole grants a verb that reads Secrets: list, watch and deletecollection read every Secret in reach, get and patch any Secret whose name is known; a grant narrowed by resourceNames is a note.",
    level: 'warning',
    tags: ["security", "rbac", "cis-5.1.2"],
    securitySeverity: '6.5',
    precision: 'high',
    messages: {
      listAll: "this rule of {role} grants `{verb}` on `{resource}`: its holders read every Secret in reach, ServiceAccount tokens included; the role is {scope}",
      getAny: "this rule of {role} grants `get` on `{resource}`: its holders read any Secret whose name they know; the role is {scope}",
      deleteCollection: "this rule of {role} grants `deletecollection` on `{resource}`: deleting a collection returns the deleted Secrets, data included, so its holders read (and destroy) every Secret in reach; the role is {scope}",
      patch: "this rule of {role} grants `patch` on `{resource}`: a patch returns the Secret, so its holders read any Secret whose name they know (an empty patch or `dryRun=All` changes nothing); the role is {scope}",
      named: "this rule of {role} grants `{verb}` on `{resource}` for `{names}` only; the role is {scope}",
    },
    remediation: "Grant access to the named Secrets the workload needs (`resourceNames`), or mount them into its pods instead of reading them through the API.",
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"],
    docs: {
      rationale: "Secrets hold tokens, passwords and keys; reading them is often the step from one workload to many. `list` and `watch` return the content of every Secret, not just names, so they are as strong as `get` on all of them. Two write verbs read too: `deletecollection` returns the Secrets it deleted, and `patch` returns the patched Secret, so an empty patch (or one sent with `dryRun=All`) reads any Secret by name. `update` alone does not: it must send the whole object. The level rises with scope: bound by a ClusterRoleBinding it is every namespace's Secrets (error), not bound in the set it is a note.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: config-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: config-reader
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: config-reader
subjects:
  - kind: ServiceAccount
    name: api
    namespace: shop
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: config-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: config-reader
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: config-reader
subjects:
  - kind: ServiceAccount
    name: api
    namespace: shop
`,
    },
  },
});
