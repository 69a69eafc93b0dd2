import { Inventory } from '../inventory/inventory.js';
import { accountPowers } from './_escalation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'token-automount',
  meta: {
    title: 'API token mounted without an explicit opt-in',
    description: 'The ServiceAccount token is mounted into a workload that did not set `automountServiceAccountToken` itself.',
    level: 'warning',
    tags: ['security', 'tokens', 'cis-5.1.6'],
    securitySeverity: '5.0',
    precision: 'very-high',
    messages: {
      byDefault:
        '{kind} `{workload}` gets the API token of ServiceAccount `{account}` because neither the pod nor the account sets `automountServiceAccountToken`; set it to `false` in the pod spec, or to `true` if the workload calls the API',
      byAccount:
        '{kind} `{workload}` gets the API token of ServiceAccount `{account}` because the account sets `automountServiceAccountToken: true`; set it in the pod spec, `false` unless the workload calls the API',
      useless:
        '{kind} `{workload}` gets the API token of ServiceAccount `{account}` ({decided}), but no binding of the scanned files grants that account anything beyond the built-in defaults, so the workload has no use for it; set `automountServiceAccountToken: false` in the pod spec',
      sensitive:
        '{kind} `{workload}` gets the API token of ServiceAccount `{account}` because {decided}, and the account holds sensitive permissions (`workload-permissions` names them on `serviceAccountName`); set `automountServiceAccountToken: false` in the pod spec unless the workload needs them',
      accountUnknown:
        '{kind} `{workload}` gets the API token of ServiceAccount `{account}`: the pod does not set `automountServiceAccountToken` and the account is not in the scanned files, so its setting is unknown (treated as unset); set it in the pod spec',
    },
    remediation: 'Set `automountServiceAccountToken: false` in the pod spec, or `true` when the workload really calls the Kubernetes API.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
    ],
    docs: {
      rationale:
        'Unless disabled, every pod gets a token for its ServiceAccount at `/var/run/secrets/kubernetes.io/serviceaccount`. Most workloads never call the Kubernetes API, and for them the token is only something to steal. The pod field overrides the account field (SPEC §3.1), so the pod spec is where the decision is visible to reviewers: saguard asks every workload to state it there, and the message says which setting decided today. When no binding of the scanned files grants the account anything beyond the built-in defaults (discovery), the message says the token is of no use to the workload; when it holds sensitive permissions, the message says so and `workload-permissions` names them on the `serviceAccountName` line. A workload that runs as its namespace\'s `default` account is reported once, by `default-service-account`, whose message says when the token is mounted.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: web, namespace: shop }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: nginx:1.27
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: web, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      serviceAccountName: web
      automountServiceAccountToken: false
      containers:
        - name: web
          image: nginx:1.27
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const w = ctx.inventory.workloadOf(o)!;
    // A pod field of the wrong type is `invalid-field-type`'s finding: the API server rejects the pod.
    if (!w.token.mounted || w.token.decidedBy === 'pod' || w.token.podInvalid) return;
    // A workload that runs as `default` is default-service-account's finding, which says the token is mounted.
    if (w.account.name === 'default') return;
    const messageId = w.token.decidedBy === 'account' ? 'byAccount' : w.token.accountKnown ? 'byDefault' : 'accountUnknown';
    const useless = ctx.inventory.rbac.grantsInSet(Inventory.accountUser(w.account)).length === 0;
    const decided = { byAccount: 'the account sets `automountServiceAccountToken: true`', byDefault: 'neither the pod nor the account sets `automountServiceAccountToken`', accountUnknown: 'the pod does not set `automountServiceAccountToken` and the account is not in the scanned files' }[messageId];
    // An account with sensitive permissions: say so rather than suggest `true`.
    const sensitive = !useless && accountPowers(ctx.inventory, w.account).length > 0;
    ctx.report({
      messageId: useless ? 'useless' : sensitive ? 'sensitive' : messageId,
      data: { kind: o.ref.kind, workload: o.ref.name, account: `${w.account.namespace}/${w.account.name}`, decided },
      path: w.pod.ref.specPath,
      related:
        w.accountObject && w.token.decidedBy === 'account'
          ? [{ object: w.accountObject, path: ['automountServiceAccountToken'], label: `ServiceAccount \`${w.account.namespace}/${w.account.name}\`` }]
          : [],
    });
  },
});
