import { bindTargets, isStrong, PERMISSIONS } from '../inventory/rbac/permissions.js';
import { verbMatches } from '../inventory/rbac/match.js';
import { permissionRule, type Classified } from './_rbac.js';

export default permissionRule({
  id: 'rbac-escalation-verbs',
  permission: PERMISSIONS['escalation-verbs'],
  classify: (grant, rule, { engine, role }): Classified | undefined => {
    if (grant.check.resource !== 'roles' && grant.check.resource !== 'clusterroles') return { messageId: 'impersonate', level: 'error' };
    if (!grant.narrowed) return { messageId: 'escalate', level: 'error' };
    // Narrowed by resourceNames: `bind` hands out only the roles named, so it is rated by them
    // (`*` is a literal name there, not a wildcard); `escalate` may still write anything into them.
    if (verbMatches(rule, 'bind')) {
      const targets = bindTargets(engine, rule, grant, role.kind === 'Role' ? role.namespace : undefined);
      const strong = targets.filter(isStrong);
      if (strong.length > 0) {
        const s = strong[0]!.strength!;
        const hands = s.adminEquivalent ? 'covers `*` on `*`' : `may ${s.sensitive.map((p) => p.short).join(', ')}`;
        return { messageId: 'bindStrong', level: 'error', data: { target: strong[0]!.name, hands } };
      }
      const unknown = targets.filter((t) => t.roles.length === 0 && t.name !== '*');
      if (!verbMatches(rule, 'escalate')) return unknown.length > 0 ? { messageId: 'bindUnknown', level: 'warning', data: { missing: unknown.map((t) => t.name).join('`, `') } } : undefined;
    }
    return { messageId: 'escalateNamed', level: 'warning' };
  },
  meta: {
    title: "Role holds bind, escalate or impersonate",
    description: "A Role or ClusterRole grants bind or escalate on roles or clusterroles, or impersonate on users, groups, serviceaccounts, uids or userextras.",
    level: 'error',
    tags: ["security", "rbac", "cis-5.1.8"],
    securitySeverity: '9.0',
    precision: 'high',
    messages: {
      escalate: "this rule of {role} grants `{verb}` on `{resource}`: its holders grant permissions they do not hold themselves; the role is {scope}",
      bindStrong: "this rule of {role} grants `bind` on `{resource}` named `{names}`, and `{target}` {hands}: its holders can hand that to any subject they may bind; the role is {scope}",
      bindUnknown: "this rule of {role} grants `bind` on `{resource}` named `{missing}`, which is neither in the scanned files nor built in; its holders hand out whatever a role of that name will hold; the role is {scope}",
      escalateNamed: "this rule of {role} grants `escalate` on `{resource}` named `{names}`: its holders may write any permission into those roles, for every subject bound to them; the role is {scope}",
      impersonate: "this rule of {role} grants `impersonate` on `{resource}`: its holders act as other users, groups or accounts; the role is {scope}",
    },
    remediation: "Remove `bind`, `escalate` and `impersonate`; where a controller must bind roles, narrow `bind` with `resourceNames` to roles that hold nothing sensitive (binding `view` is no escalation).",
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"],
    docs: {
      rationale: "RBAC prevents subjects from granting permissions they lack, except through these verbs: `escalate` lets a subject write roles with any permission, `bind` lets it bind roles it does not hold, and `impersonate` lets it act as anyone it may impersonate. `bind` and `escalate` are checked on roles and clusterroles, not on bindings. `bind` narrowed by `resourceNames` hands out only the roles it names, so it is rated by what they hold: binding `view` is no escalation, binding `edit` is. A `*` in `resourceNames` is a literal name, not a wildcard.",
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
