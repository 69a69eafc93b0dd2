import { defineRule } from './rule.js';

export default defineRule({
  id: 'missing-service-account',
  meta: {
    title: 'ServiceAccount not in the scanned files',
    description: 'A workload names a ServiceAccount that is neither in the scanned files nor declared as created elsewhere (`knownServiceAccounts`).',
    level: 'warning',
    tags: ['security', 'service-accounts'],
    securitySeverity: '4.0',
    precision: 'high',
    messages: {
      missing:
        '{kind} `{workload}` runs as ServiceAccount `{namespace}/{name}`, which is not in the scanned files; pods are refused until it exists, so add it or list `{namespace}/{name}` in `knownServiceAccounts`',
    },
    remediation: 'Add the ServiceAccount to the manifests, fix the name, or list it under `knownServiceAccounts` when another tool creates it.',
    references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
    docs: {
      rationale:
        'The ServiceAccount admission plugin refuses pods whose account does not exist, so a misspelled or forgotten account is a failed rollout. It is also a review problem: whoever creates the account later decides what the workload may do, outside the pull request. `default` always exists and is never reported here.',
      failing: `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false
      containers:
        - name: api
          image: example/api:1.0
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false
      containers:
        - name: api
          image: example/api:1.0
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const inv = ctx.inventory;
    const w = inv.workloadOf(o)!;
    if (w.account.name === 'default' || w.accountObject || !w.accountPath || inv.isKnownAccount(w.account)) return;
    ctx.report({ messageId: 'missing', data: { kind: o.ref.kind, workload: o.ref.name, name: w.account.name, namespace: w.account.namespace }, path: w.accountPath });
  },
});
