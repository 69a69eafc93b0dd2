import { defineRule, describe } from './rule.js';

export default defineRule({
  id: 'shared-service-account',
  meta: {
    title: 'ServiceAccount shared by several workloads',
    description: 'One non-default ServiceAccount is used by several different workloads, so each holds the permissions and cloud identity all of them need.',
    level: 'note',
    tags: ['security', 'service-accounts'],
    securitySeverity: '2.0',
    precision: 'high',
    messages: {
      shared: 'ServiceAccount `{account}` is also used by {others}; give each workload its own account',
    },
    remediation: 'Give each workload its own ServiceAccount and bind to each only the roles it needs.',
    references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
    docs: {
      rationale:
        'Permissions are granted to accounts, not to workloads. When two workloads share an account, each holds the union of what both need, and a compromise of the weaker one yields the stronger one\'s rights. Separate accounts also make audit logs say which workload acted.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: backend, namespace: shop }
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
      serviceAccountName: backend
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: cleanup, namespace: shop }
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          serviceAccountName: backend
          automountServiceAccountToken: false
          restartPolicy: OnFailure
          containers: [{ name: cleanup, image: example/cleanup:1.0 }]
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: cleanup, namespace: shop }
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
      containers: [{ name: api, image: example/api:1.0 }]
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: cleanup, namespace: shop }
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          serviceAccountName: cleanup
          automountServiceAccountToken: false
          restartPolicy: OnFailure
          containers: [{ name: cleanup, image: example/cleanup:1.0 }]
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const inv = ctx.inventory;
    const w = inv.workloadOf(o)!;
    if (w.account.name === 'default' || !w.accountPath) return;
    // The same object repeated (two install variants in one scan) is one workload, not two.
    const identity = (x: typeof w): string => `${x.object.ref.group}/${x.object.ref.kind}/${x.object.ref.name}`;
    const seen = new Set([identity(w)]);
    const others = inv.workloadsOf(w.account).filter((x) => {
      const id = identity(x);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (others.length === 0) return;
    const shown = others.slice(0, 5).map((x) => describe(x.object));
    const more = others.length > 5 ? ` and ${others.length - 5} more` : '';
    ctx.report({
      messageId: 'shared',
      data: { account: `${w.account.namespace}/${w.account.name}`, others: shown.join(', ') + more },
      path: w.accountPath,
      related: others.slice(0, 20).map((x) => ({ object: x.object, path: x.accountPath ?? x.pod.ref.specPath, label: describe(x.object) })),
    });
  },
});
