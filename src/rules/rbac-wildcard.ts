import { PERMISSIONS, ruleGrantsPermission, SENSITIVE } from '../inventory/rbac/permissions.js';
import type { PolicyRule } from '../inventory/rbac/types.js';
import { defineRule } from './rule.js';
import { eachOwnRule, isRole, reportOnRole } from './_rbac.js';

/** What the wildcard gives away: "; it includes rights to read Secrets, ..." */
function implies(rule: PolicyRule): string {
  const held = SENSITIVE.map((id) => PERMISSIONS[id]).filter((p) => {
    const g = ruleGrantsPermission(rule, p);
    return g && !g.narrowed;
  });
  if (held.length === 0) return '';
  const shown = held.slice(0, 4).map((p) => p.means);
  return `; it includes the rights to ${shown.join(', ')}${held.length > 4 ? ` and ${held.length - 4} more` : ''}`;
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
      const v = rule.verbs.indexOf('*');
      const r = rule.resources.indexOf('*');
      const g = rule.apiGroups.indexOf('*');
      const u = rule.nonResourceURLs.indexOf('*');
      if (v !== -1 && r !== -1) {
        const groups = g !== -1 ? 'in every API group' : `in API group ${rule.apiGroups.map((x) => (x === '' ? '`""` (core)' : `\`${x}\``)).join(', ')}`;
        reportOnRole(ctx, role, { messageId: 'allOnAll', level: 'error', path: [...path, 'verbs', v], data: { groups, implies: implies(rule) } });
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
        data: { fields: fields.map((f) => `\`${f}\``).join(' and '), implies: implies(rule) },
      });
    });
  },
});
