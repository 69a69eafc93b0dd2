import { grantPhrase, powerPhrase, type GrantSource, type Power } from '../inventory/rbac/escalation.js';
import { accountLine, accountPowers, grantRefs, powerLevel, uniqueRefs, worstLevel } from './_escalation.js';
import { defineRule } from './rule.js';

const SHOWN = 3;

export default defineRule({
  id: 'workload-permissions',
  meta: {
    title: 'Workload holds sensitive permissions through its token',
    description: 'A workload runs with the API token of a ServiceAccount that holds sensitive permissions: the worst ones are named with the binding and role behind each.',
    level: 'warning',
    tags: ['security', 'rbac', 'escalation'],
    securitySeverity: '6.5',
    precision: 'high',
    messages: {
      holds:
        '{kind} `{name}` runs as ServiceAccount `{account}` with its API token mounted, and the account can {permissions}; remove what the workload does not need, or set `automountServiceAccountToken: false` if it does not call the API',
      admin:
        '{kind} `{name}` runs as ServiceAccount `{account}` with its API token mounted, and the account is cluster-admin equivalent: it can {permissions}; whoever takes over the workload controls the cluster, so grant only what it needs',
    },
    remediation:
      'Bind the account to a role with only the permissions the workload uses (in its namespace where it can), or set `automountServiceAccountToken: false` in the pod spec when the workload does not call the Kubernetes API.',
    references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/', 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping'],
    docs: {
      rationale:
        'A workload is as powerful as the token in its pod: a remote-code-execution bug, a malicious dependency or a leaked image turns into whatever the ServiceAccount may do. saguard evaluates the account with the RBAC engine (its own bindings, its groups, the built-in bindings, aggregation) and names, on the line that chooses the account, the permissions that let a subject act as others or take over the cluster: creating pods or editing pod templates (a pod runs as any account of its namespace), exec into pods, minting tokens, reading Secrets, impersonation, binding or escalating roles, and what amounts to cluster-admin (`*` on `*`, mutating webhooks, `nodes/proxy`, client-certificate approval). A namespaced grant counts only in its namespace; a Role never grants cluster-scoped resources. The level follows the worst permission: error for cluster-admin equivalence, impersonation of users or groups and cluster-wide grants, warning in one namespace, note when narrowed to named objects. Only workloads whose token is mounted are reported.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: deployer, namespace: ci }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: deployer, namespace: ci }
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [create, update, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: deployer, namespace: ci }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer }
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
      serviceAccountName: deployer
      containers:
        - name: runner
          image: example/runner:1.0
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: deployer, namespace: ci }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: deployer, namespace: ci }
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: deployer, namespace: ci }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer }
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
      serviceAccountName: deployer
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
    if (!inv.apiTokenMounted(w)) return;
    // The worst first: by level (the finding's level is the first one's), then by weight.
    const rank = { error: 0, warning: 1, note: 2 } as const;
    const powers = accountPowers(inv, w.account).sort((a, b) => rank[powerLevel(a)] - rank[powerLevel(b)]);
    if (powers.length === 0) return;
    const admin = powers[0]!.kind === 'cluster-admin';
    const merged = mergeNamespaces(powers);
    const shown = admin ? merged.slice(0, 1) : merged.slice(0, SHOWN);
    // Permissions granted through the same binding and role are named together, then their source.
    const groups: { source: string; phrases: string[] }[] = [];
    for (const m of shown) {
      const source = grantPhrase(m.power.held.grant, false, m.grants);
      const phrase = powerPhrase(m.power, m.namespaces);
      const last = groups[groups.length - 1];
      if (last && last.source === source) last.phrases.push(phrase);
      else groups.push({ source, phrases: [phrase] });
    }
    const phrase = groups.map((g) => `${g.phrases.join('; ')} (${g.phrases.length > 1 ? 'all through ' : ''}${g.source})`).join('; ');
    const more = merged.length - shown.length;
    ctx.report({
      messageId: admin ? 'admin' : 'holds',
      level: worstLevel(powers.map(powerLevel)),
      path: accountLine(w),
      data: { kind: o.ref.kind, name: `${w.account.namespace}/${o.ref.name}`, account: `${w.account.namespace}/${w.account.name}`, permissions: admin || more === 0 ? phrase : `${phrase}; and ${more} more` },
      related: uniqueRefs(shown.flatMap((m) => m.grants.flatMap((g) => grantRefs(g, powerPhrase(m.power, m.namespaces))))).slice(0, 10),
    });
  },
});

/** A permission held in several namespaces through bindings of one role (a ClusterRole bound by a RoleBinding in each), named once. */
interface Merged {
  power: Power;
  namespaces: string[];
  grants: GrantSource[];
}

function mergeNamespaces(powers: readonly Power[]): Merged[] {
  const out: Merged[] = [];
  const role = (p: Power) => p.held.grant.binding?.role ?? p.held.grant.rule.origin;
  const same = (a: Power, b: Power): boolean =>
    a.kind === b.kind &&
    a.held.verb === b.held.verb &&
    a.held.target === b.held.target &&
    a.held.grant.rule === b.held.grant.rule &&
    role(a) === role(b) &&
    a.held.grant.binding?.kind === b.held.grant.binding?.kind &&
    (a.names ?? []).join('\u0000') === (b.names ?? []).join('\u0000');
  for (const p of powers) {
    const m = p.namespace === undefined ? undefined : out.find((x) => x.power.namespace !== undefined && same(x.power, p));
    if (m) {
      m.namespaces.push(p.namespace!);
      m.grants.push(p.held.grant);
    } else out.push({ power: p, namespaces: p.namespace === undefined ? [] : [p.namespace], grants: [p.held.grant] });
  }
  return out;
}
