import { rulesHold, SENSITIVE } from '../inventory/rbac/permissions.js';
import { defineRule } from './rule.js';
import { and, isRole } from './_rbac.js';

const PREFIX = 'rbac.authorization.k8s.io/aggregate-to-';
/** The built-in roles each label feeds: `view` aggregates into `edit`, and `edit` into `admin`. */
const FEEDS: Record<string, readonly string[]> = { view: ['view', 'edit', 'admin'], edit: ['edit', 'admin'], admin: ['admin'] };
const READ_VERBS: ReadonlySet<string> = new Set(['get', 'list', 'watch']);


export default defineRule({
  id: 'aggregate-to-builtin',
  meta: {
    title: 'ClusterRole aggregates into a built-in role',
    description:
      'A ClusterRole labelled `rbac.authorization.k8s.io/aggregate-to-admin`, `-edit` or `-view` adds its rules to that built-in role for every subject bound to it: an error when what it adds is sensitive, a note when it adds only read access.',
    level: 'warning',
    tags: ['security', 'rbac'],
    securitySeverity: '6.5',
    precision: 'very-high',
    messages: {
      adds: 'label `{label}` adds the rules of ClusterRole `{name}`, write access included, to built-in {targets} for every subject bound to them, in every namespace',
      reads: 'label `{label}` adds the read-only rules of ClusterRole `{name}` to built-in {targets} for every subject bound to them, in every namespace',
      sensitive:
        'label `{label}` adds the rules of ClusterRole `{name}` to built-in {targets}, including the rights to {means}, for every subject bound to them, in every namespace',
    },
    remediation: 'Aggregate only read access to your custom resources into `view`, and write access into `edit`; grant anything else through a role of its own.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#aggregated-clusterroles'],
    docs: {
      rationale:
        'Charts aggregate their CRDs into the user-facing roles so that namespace users can use them. What the label adds is added for every holder of `admin`, `edit` or `view` (and `view` flows into `edit` and `admin`), across the cluster, without any binding in the chart. Adding Secrets, pod creation, exec or RBAC rights this way widens every team\'s role silently. saguard reports each role once, on its first such label, judging what the role holds (for an aggregated role, what it gathers): an error when that is sensitive, a note when it only reads (`get`, `list`, `watch`) and reads nothing sensitive.',
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
    // A role named like a built-in one carries the built-in's labels; builtin-rbac-redefined reports it.
    if (!role || role.redefines) return;
    const labels = Object.keys(role.labels).filter((k) => k.startsWith(PREFIX) && FEEDS[k.slice(PREFIX.length)] && role.labels[k] === 'true');
    // What the role holds (an aggregated role holds what it gathers), once per role whatever its labels.
    const rules = role.rules.map((r) => r.rule);
    if (labels.length === 0 || rules.length === 0) return;
    const targets = and([...new Set(labels.flatMap((k) => FEEDS[k.slice(PREFIX.length)]!))].map((t) => `\`${t}\``));
    const data = { label: labels[0]!, name: role.name, targets };
    const path = ['metadata', 'labels', labels[0]!];
    // Built-in roles may be bound cluster-wide: judge what the rules give there.
    const sensitive = rulesHold(rules, SENSITIVE, { scope: 'cluster' });
    if (sensitive.length > 0) {
      ctx.report({ messageId: 'sensitive', level: 'error', data: { ...data, means: and(sensitive.map((h) => h.permission.short)) }, path, key: true });
    } else if (rules.every((r) => r.verbs.every((v) => READ_VERBS.has(v)))) {
      ctx.report({ messageId: 'reads', level: 'note', data, path, key: true });
    } else ctx.report({ messageId: 'adds', data, path, key: true });
  },
});
