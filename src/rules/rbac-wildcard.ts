import { narrowedStillStrong, PERMISSIONS, ruleGrantsPermission, rulesHold, SENSITIVE, type Scope } from '../inventory/rbac/permissions.js';
import type { PolicyRule, RoleInfo } from '../inventory/rbac/types.js';
import { defineRule } from './rule.js';
import { and, eachOwnRule, isRole, reportOnRole, roleReach } from './_rbac.js';


/**
 * The sensitive rights a wildcard of this rule gives away where the role takes effect, which no other
 * rule reports on this rule: rights granted only through `resources: ["*"]` (a right granted through
 * a named resource is reported there by its own rule), CSR approval only when the role holds both halves.
 */
export function wildcardRights(role: RoleInfo, rule: PolicyRule, scope: Scope): string[] {
  const out: string[] = [];
  const throughStar = (id: keyof typeof PERMISSIONS): boolean => {
    const p = PERMISSIONS[id];
    const g = ruleGrantsPermission(rule, p, { scope });
    if (!g || (g.narrowed && !narrowedStillStrong(p, rule))) return false;
    return !ruleGrantsPermission(rule, p, { scope, explicit: true });
  };
  for (const id of SENSITIVE) {
    const p = PERMISSIONS[id];
    if (p.requires) {
      if (p.requires.some(throughStar) && rulesHold(role.ownRules, [id], { scope }).length > 0) out.push(p.short);
    } else if (throughStar(id)) out.push(p.short);
  }
  return out;
}

export default defineRule({
  id: 'rbac-wildcard',
  meta: {
    title: 'Wildcard in a role rule',
    description: 'A Role or ClusterRole rule uses `*` in verbs, resources or apiGroups; `*` verbs on `*` resources is an error.',
    level: 'warning',
    tags: ['security', 'rbac', 'cis-5.1.3'],
    securitySeverity: '6.0',
    precision: 'very-high',
    messages: {
      allOnAll: 'this rule of {role} grants `*` verbs on `*` resources {groups}: everything there, including what future versions add{implies}; the role is {scope}',
      clusterAdmin: 'this rule of {role} grants `*` verbs on `*` resources in every API group: its holders are cluster-admin equivalent; the role is {scope}',
      namespaceAdmin: 'this rule of {role} grants `*` verbs on `*` resources in every API group: its holders control everything in their namespace, its Secrets and ServiceAccounts included; the role is {scope}',
      wildcard: 'this rule of {role} uses `*` in {fields}: it grants whatever the cluster has there now and will have later{implies}; the role is {scope}',
    },
    remediation: 'List the verbs, resources and API groups the workload needs.',
    references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
    docs: {
      rationale:
        'A wildcard grants more than its author saw: `*` resources include Secrets and every subresource (exec, proxy, token), `*` verbs include `escalate`, `bind` and `impersonate`, and both grow with every CRD and API version the cluster gains. CIS 5.1.3 asks to minimise wildcards. The finding sits on the first `*` of the rule.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: app-manager
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: ["*"]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: app-manager
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: app-manager
subjects:
  - kind: ServiceAccount
    name: dashboard
    namespace: shop
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: app-manager
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: [deployments, replicasets]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: app-manager
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: app-manager
subjects:
  - kind: ServiceAccount
    name: dashboard
    namespace: shop
`,
    },
  },
  appliesTo: isRole,
  check(o, ctx) {
    eachOwnRule(o, ctx, ({ role, rule, path }) => {
      const scope = roleReach(ctx.inventory.rbac, role);
      const rights = wildcardRights(role, rule, scope);
      const implies = rights.length > 0 ? `; it includes the rights to ${and(rights)}` : '';
      const v = rule.verbs.indexOf('*');
      const r = rule.resources.indexOf('*');
      const g = rule.apiGroups.indexOf('*');
      const u = rule.nonResourceURLs.indexOf('*');
      if (v !== -1 && r !== -1) {
        if (g !== -1) {
          // Everything: what that means depends only on where the role takes effect.
          reportOnRole(ctx, role, { messageId: scope === 'cluster' ? 'clusterAdmin' : 'namespaceAdmin', level: 'error', path: [...path, 'verbs', v], data: {} });
          return;
        }
        const groups = `in API group ${rule.apiGroups.map((x) => (x === '' ? '`""` (core)' : `\`${x}\``)).join(', ')}`;
        reportOnRole(ctx, role, { messageId: 'allOnAll', level: 'error', path: [...path, 'verbs', v], data: { groups, implies } });
        return;
      }
      const fields = [v !== -1 && 'verbs', r !== -1 && 'resources', g !== -1 && 'apiGroups', u !== -1 && 'nonResourceURLs'].filter((x): x is string => !!x);
      if (fields.length === 0) return;
      const first = fields[0]!;
      const index = { verbs: v, resources: r, apiGroups: g, nonResourceURLs: u }[first]!;
      reportOnRole(ctx, role, {
        messageId: 'wildcard',
        level: 'warning',
        path: [...path, first, index],
        data: { fields: fields.map((f) => `\`${f}\``).join(' and '), implies },
      });
    });
  },
});
