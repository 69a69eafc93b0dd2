import { isAdminEquivalent } from '../inventory/rbac/match.js';
import { defineRule } from './rule.js';
import { bindingOf, isBinding, roleLabel, subjectsText } from './_rbac.js';

export default defineRule({
  id: 'cluster-admin-binding',
  meta: {
    title: 'Binding to cluster-admin or an equivalent role',
    description: 'A RoleBinding or ClusterRoleBinding grants `cluster-admin`, or a role whose effective rules cover `*` verbs on `*` resources in `*` API groups.',
    level: 'error',
    tags: ['security', 'rbac', 'cis-5.1.1'],
    securitySeverity: '9.5',
    precision: 'very-high',
    messages: {
      clusterAdmin: 'this binding grants `cluster-admin` cluster-wide to {subjects}',
      equivalent: 'this binding grants {role}, whose rules cover `*` verbs on `*` resources in every API group (cluster-admin equivalent), cluster-wide to {subjects}',
      namespaceAdmin:
        'this binding grants {role}, whose rules cover `*` verbs on `*` resources in every API group, in namespace `{namespace}` to {subjects}: they control everything in that namespace, its Secrets and ServiceAccounts included',
    },
    remediation: 'Bind a role with the permissions the subject needs; keep cluster-admin for break-glass access by people.',
    references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
    docs: {
      rationale:
        "`cluster-admin` can do anything, and so can any role that covers `*` on `*` in `*` groups, whatever its name. A workload holding it turns any vulnerability into control of the cluster (through a RoleBinding, of the namespace). saguard resolves the role, aggregation included, and checks what it covers, not what it is called. CIS 5.1.1.",
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: operator
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: operator
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: operator
subjects:
  - kind: ServiceAccount
    name: operator
    namespace: ops
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: operator
rules:
  - apiGroups: [example.com]
    resources: [widgets, widgets/status]
    verbs: [get, list, watch, update, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: operator
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: operator
subjects:
  - kind: ServiceAccount
    name: operator
    namespace: ops
`,
    },
  },
  appliesTo: isBinding,
  check(o, ctx) {
    const b = bindingOf(o, ctx);
    if (!b?.role || b.subjects.length === 0) return;
    // A role of the set named `cluster-admin` gets the built-in rules back at start-up unless protected.
    const builtinAdmin = b.role.name === 'cluster-admin' && b.role.kind === 'ClusterRole' && (b.role.builtin || (b.role.redefines !== undefined && !b.role.redefines.protected));
    if (!builtinAdmin && !isAdminEquivalent(b.role.rules.map((r) => r.rule))) return;
    const related = b.role.object ? [{ object: b.role.object, path: ['metadata', 'name'], label: roleLabel(b.role) }] : [];
    // Through a RoleBinding, `*` on `*` is everything in one namespace, not the cluster.
    const messageId = b.kind === 'RoleBinding' ? 'namespaceAdmin' : builtinAdmin ? 'clusterAdmin' : 'equivalent';
    ctx.report({
      messageId,
      data: { role: roleLabel(b.role), namespace: b.namespace ?? '', subjects: subjectsText(b) },
      path: ['roleRef', 'name'],
      related,
    });
  },
});
