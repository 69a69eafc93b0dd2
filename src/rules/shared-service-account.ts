import { defineRule, describe } from './rule.js';
import { and } from './_rbac.js';

export default defineRule({
  id: 'shared-service-account',
  meta: {
    title: 'ServiceAccount shared by several workloads',
    description: 'One non-default ServiceAccount is used by several different workloads, so each holds the permissions and cloud identity all of them need; one finding per account, on the account (or on the first workload when the account is not in the scanned files).',
    level: 'note',
    tags: ['security', 'service-accounts'],
    securitySeverity: '2.0',
    precision: 'high',
    messages: {
      shared: 'ServiceAccount `{account}` is used by {count} workloads ({workloads}); give each workload its own account',
    },
    remediation: 'Give each workload its own ServiceAccount and bind to each only the roles it needs.',
    references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
    docs: {
      rationale:
        'Permissions are granted to accounts, not to workloads. When two workloads share an account, each holds the union of what both need, and a compromise of the weaker one yields the stronger one\'s rights. Separate accounts also make audit logs say which workload acted. An account that carries a cloud identity is reported by `cloud-identity-shared` instead, which names the identity.',
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
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined || (o.ref.group === '' && o.ref.kind === 'ServiceAccount'),
  check(o, ctx) {
    const inv = ctx.inventory;
    const w = inv.workloadOf(o);
    const account = w ? w.account : { namespace: o.ref.namespace ?? 'default', name: o.ref.name };
    if (account.name === 'default') return;
    // The account object, when in the scanned files, carries the finding; else the first workload does.
    if (w && (!w.accountPath || inv.serviceAccount(account))) return;
    if (!w && inv.serviceAccount(account) !== o) return;
    // An account with a cloud identity is cloud-identity-shared's finding, which names the identity too.
    const object = inv.serviceAccount(account);
    if (object && inv.cloudIdentitiesOf(object).length > 0) return;
    // The same object repeated (two install variants in one scan) is one workload, not two.
    const distinct = [...new Map(inv.workloadsOf(account).map((x) => [`${x.object.ref.group}/${x.object.ref.kind}/${x.object.ref.name}`, x])).values()];
    if (distinct.length < 2 || (w && distinct[0]!.object !== o)) return;
    const names = distinct.map((x) => `${x.object.ref.kind} ${x.object.ref.name}`);
    ctx.report({
      messageId: 'shared',
      data: { account: `${account.namespace}/${account.name}`, count: distinct.length, workloads: names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : and(names) },
      path: w ? w.accountPath! : ['metadata', 'name'],
      related: distinct
        .filter((x) => x.object !== o)
        .slice(0, 20)
        .map((x) => ({ object: x.object, path: x.accountPath ?? x.pod.ref.specPath, label: describe(x.object) })),
    });
  },
});
