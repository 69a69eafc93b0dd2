import { grantPhrase, powerPhrase } from '../inventory/rbac/escalation.js';
import { accountLine, flowOf, grantAt, identitiesOf, stepCount, stepsText } from './_escalation.js';
import { defineRule, type RelatedRef } from './rule.js';

/** Paths shown per workload (SARIF code flows); the message counts the others. */
const FLOWS = 5;

export default defineRule({
  id: 'escalation-path',
  meta: {
    title: 'Workload can become a stronger identity',
    description: 'Through its permissions, a workload can act as another ServiceAccount, user or group with more rights, up to cluster-admin equivalence; the path is shown step by step.',
    level: 'warning',
    tags: ['security', 'rbac', 'escalation'],
    securitySeverity: '6.5',
    precision: 'high',
    messages: {
      admin:
        '{kind} `{name}` {identity}, which can become cluster-admin equivalent in {count}: {steps}; remove the permission behind the first step, or give the workload an account without it',
      stronger:
        '{kind} `{name}` {identity}, which can act as {target} in {count} and so {gain}: {steps}{more}; remove the permission behind the first step, or give the workload an account without it',
    },
    remediation:
      'Remove the permission that allows the first step of the path (create pods, mint tokens, read Secrets, impersonate, bind), narrow it with `resourceNames` or to another namespace, or run the workload as an account without it.',
    references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks', 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping'],
    docs: {
      rationale:
        'A permission is worth what it leads to. Whoever can create pods in a namespace can run one as any ServiceAccount of it; whoever can mint tokens, read token Secrets or impersonate can act as those identities; `bind` with a binding, or `escalate` with an update of a role bound to the subject, grants any role; mutating webhooks, `nodes/proxy` and client-certificate approval amount to cluster-admin. saguard builds this "can act as" graph over every ServiceAccount, user and group of the scanned files and the built-in bindings (a namespaced grant gains only in its namespace), and reports, on the line that chooses the workload\'s account, the shortest path from the identities the workload holds (its account when the token is mounted, and any legacy token Secret it mounts) to every stronger identity: one holding something the workload does not (where the workload runs pods, it already acts as every account and reads every Secret of the namespace, so an account that mints tokens, reads Secrets or execs there is no gain). A path to cluster-admin equivalence is an error and the only one shown (it covers every other gain). In SARIF, each path is a code flow whose steps point at the role rules that grant them. A workload that is already cluster-admin equivalent is `workload-permissions`\' finding, not this one.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: runner, namespace: ci }
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: runner, namespace: ci }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: runner }
subjects:
  - { kind: ServiceAccount, name: runner, namespace: ci }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ci-deployer }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: deployer, namespace: ci }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: runner, namespace: ci }
spec:
  selector: { matchLabels: { app: runner } }
  template:
    metadata: { labels: { app: runner } }
    spec:
      serviceAccountName: runner
      containers:
        - name: runner
          image: example/runner:1.0
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: runner, namespace: ci }
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: runner, namespace: ci }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: runner }
subjects:
  - { kind: ServiceAccount, name: runner, namespace: ci }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: deploy-deployer }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: deployer, namespace: deploy }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: runner, namespace: ci }
spec:
  selector: { matchLabels: { app: runner } }
  template:
    metadata: { labels: { app: runner } }
    spec:
      serviceAccountName: runner
      containers:
        - name: runner
          image: example/runner:1.0
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const inv = ctx.inventory;
    const w = inv.workloadOf(o)!;
    const ids = identitiesOf(inv, w);
    const paths = inv.escalation.pathsFrom(
      ids.map((i) => i.node),
      { worst: true },
    );
    if (paths.length === 0) return;
    const worst = paths[0]!;
    const shown = paths.slice(0, FLOWS);
    const identity = ids.find((i) => i.node === worst.from)!.how;
    const related: RelatedRef[] = [];
    worst.steps.forEach((s, i) => {
      const at = grantAt(s.grant);
      if (at) related.push({ ...at, label: `step ${i + 1} (${grantPhrase(s.grant!)})` });
    });
    const admin = worst.to === inv.escalation.admin;
    const more = paths.length - 1;
    ctx.report({
      messageId: admin ? 'admin' : 'stronger',
      level: admin ? 'error' : 'warning',
      path: accountLine(w),
      data: {
        kind: o.ref.kind, name: `${w.account.namespace}/${o.ref.name}`,
        identity,
        count: stepCount(worst.steps.length),
        steps: stepsText(worst),
        ...(admin
          ? {}
          : {
              target: worst.to.label,
              gain: worst.gain.slice(0, 2).map((g) => powerPhrase(g)).join(' and '),
              more: more > 0 ? ` (and ${more} more stronger identit${more === 1 ? 'y' : 'ies'})` : '',
            }),
      },
      related,
      flows: shown.map(flowOf),
    });
  },
});
