import { PERMISSIONS, ruleGrantsPermission, SENSITIVE } from '../inventory/rbac/permissions.js';
import { defineRule } from './rule.js';
import { isRole } from './_rbac.js';

const TARGETS = ['admin', 'edit', 'view'] as const;

export default defineRule({
  id: 'aggregate-to-builtin',
  meta: {
    title: 'ClusterRole aggregates into a built-in role',
    description:
      'A ClusterRole labelled `rbac.authorization.k8s.io/aggregate-to-admin`, `-edit` or `-view` adds its rules to that built-in role for every subject bound to it; an error when what it adds is sensitive.',
    level: 'warning',
    tags: ['security', 'rbac'],
    securitySeverity: '6.5',
    precision: 'very-high',
    messages: {
      adds: 'label `{label}` adds the rules of ClusterRole `{name}` to built-in `{target}` for every subject bound to it, in every namespace',
      sensitive:
        'label `{label}` adds the rules of ClusterRole `{name}` to built-in `{target}`, including rights to {means}, for every subject bound to it, in every namespace',
    },
    remediation: 'Aggregate only read access to your custom resources into `view`, and write access into `edit`; grant anything else through a role of its own.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#aggregated-clusterroles'],
    docs: {
      rationale:
        'Charts aggregate their CRDs into the user-facing roles so that namespace users can use them. What the label adds is added for every holder of `admin`, `edit` or `view` (and `view` flows into `edit` and `admin`), across the cluster, without any binding in the chart. Adding Secrets, pod creation, exec or RBAC rights this way widens every team\'s role silently.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: widgets-view
  labels:
    rbac.authorization.k8s.io/aggregate-to-view: "true"
rules:
  - apiGroups: [example.com]
    resources: [widgets]
    verbs: [get, list, watch]
  - apiGroups: [""]
    resources: [secrets]
    verbs: [get, list]
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: widgets-view
rules:
  - apiGroups: [example.com]
    resources: [widgets]
    verbs: [get, list, watch]
`,
    },
  },
  appliesTo: (o) => isRole(o) && o.ref.kind === 'ClusterRole',
  check(o, ctx) {
    const role = ctx.inventory.rbac.roleOf(o);
    if (!role) return;
    for (const target of TARGETS) {
      const label = `rbac.authorization.k8s.io/aggregate-to-${target}`;
      if (role.labels[label] !== 'true') continue;
      const sensitive = SENSITIVE.map((id) => PERMISSIONS[id]).filter((p) => role.ownRules.some((r) => {
        const g = ruleGrantsPermission(r, p);
        return g && !g.narrowed;
      }));
      const data = { label, name: role.name, target };
      if (sensitive.length > 0) {
        ctx.report({ messageId: 'sensitive', level: 'error', data: { ...data, means: sensitive.slice(0, 3).map((p) => p.means).join('; ') }, path: ['metadata', 'labels', label], key: true });
      } else ctx.report({ messageId: 'adds', data, path: ['metadata', 'labels', label], key: true });
    }
  },
});
