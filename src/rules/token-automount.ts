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
        'the API token of ServiceAccount `{account}` is mounted because neither the pod nor the account sets `automountServiceAccountToken`; set it to `false` in the pod spec, or to `true` if the workload calls the API',
      byAccount:
        'the API token of ServiceAccount `{account}` is mounted because the account sets `automountServiceAccountToken: true`; set it in the pod spec, `false` unless the workload calls the API',
      useless:
        'the API token of ServiceAccount `{account}` is mounted ({decided}) but the account holds no grants in the set beyond the built-in defaults, so the workload has no use for it; set `automountServiceAccountToken: false` in the pod spec',
      sensitive:
        'the API token of ServiceAccount `{account}` is mounted because {decided}, and the account holds sensitive permissions (`workload-permissions` names them on `serviceAccountName`); set `automountServiceAccountToken: false` in the pod spec unless the workload needs them',
      accountUnknown:
        'the API token of ServiceAccount `{account}` is mounted: the pod does not set `automountServiceAccountToken` and the account is not in the scanned set, so its setting is unknown (treated as unset); set it in the pod spec',
    },
    remediation: 'Set `automountServiceAccountToken: false` in the pod spec, or `true` when the workload really calls the Kubernetes API.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
    ],
    docs: {
      rationale:
        'Unless disabled, every pod gets a token for its ServiceAccount at `/var/run/secrets/kubernetes.io/serviceaccount`. Most workloads never call the Kubernetes API, and for them the token is only something to steal. The pod field overrides the account field (SPEC §3.1), so the pod spec is where the decision is visible to reviewers: saguard asks every workload to state it there, and the message says which setting decided today. When the account holds no grants in the set beyond the built-in defaults (discovery), the message says the token is of no use to the workload; when it holds sensitive permissions, the message says so and `workload-permissions` names them on the `serviceAccountName` line (a workload that runs as the implicit `default` account gets only that finding, on the pod spec).',
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
    const messageId = w.token.decidedBy === 'account' ? 'byAccount' : w.token.accountKnown ? 'byDefault' : 'accountUnknown';
    const useless = ctx.inventory.rbac.grantsInSet(Inventory.accountUser(w.account)).length === 0;
    const decided = { byAccount: 'the account sets `automountServiceAccountToken: true`', byDefault: 'neither the pod nor the account sets `automountServiceAccountToken`', accountUnknown: 'the pod does not set `automountServiceAccountToken` and the account is not in the scanned set' }[messageId];
    // An account with sensitive permissions: say so rather than suggest `true`. When the account is
    // implicit, `workload-permissions` is on this same line (the pod spec) and says it already.
    const sensitive = !useless && accountPowers(ctx.inventory, w.account).length > 0;
    if (sensitive && w.accountSource === 'default') return;
    ctx.report({
      messageId: useless ? 'useless' : sensitive ? 'sensitive' : messageId,
      data: { account: `${w.account.namespace}/${w.account.name}`, decided },
      path: w.pod.ref.specPath,
      related:
        w.accountObject && w.token.decidedBy === 'account'
          ? [{ object: w.accountObject, path: ['automountServiceAccountToken'], label: `ServiceAccount \`${w.account.namespace}/${w.account.name}\`` }]
          : [],
    });
  },
});
