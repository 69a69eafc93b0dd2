import { defineRule, describe } from './rule.js';

export default defineRule({
  id: 'cloud-identity-shared',
  meta: {
    title: 'Cloud identity shared',
    description: 'One cloud identity is federated to several ServiceAccounts, or one identity-carrying ServiceAccount is used by several workloads.',
    level: 'note',
    tags: ['security', 'workload-identity'],
    securitySeverity: '3.0',
    precision: 'high',
    messages: {
      accounts: '{cloud} identity `{value}` is also federated to {others}; every pod of those accounts holds it',
      workloads: 'ServiceAccount `{account}` carries the {cloud} identity `{value}` and runs {workloads}; each of them holds it',
    },
    remediation: 'Give each workload its own ServiceAccount and its own cloud identity with only the permissions it needs.',
    references: ['https://cloud.google.com/kubernetes-engine/docs/concepts/workload-identity#identity_sameness'],
    docs: {
      rationale:
        'Cloud permissions are granted to the cloud identity. When several accounts or workloads share one, each holds what all of them need, and the cloud audit log cannot tell them apart.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
  annotations:
    iam.gke.io/gcp-service-account: shop-backend@shop-prod.iam.gserviceaccount.com
automountServiceAccountToken: false
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: shop
  annotations:
    iam.gke.io/gcp-service-account: shop-backend@shop-prod.iam.gserviceaccount.com
automountServiceAccountToken: false
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
  annotations:
    iam.gke.io/gcp-service-account: shop-api@shop-prod.iam.gserviceaccount.com
automountServiceAccountToken: false
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: shop
  annotations:
    iam.gke.io/gcp-service-account: shop-worker@shop-prod.iam.gserviceaccount.com
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount',
  check(o, ctx) {
    const inv = ctx.inventory;
    const mine = inv.cloudIdentitiesOf(o);
    if (mine.length === 0) return;
    const id = (x: typeof o): string => `${x.ref.namespace}/${x.ref.name}`;
    for (const identity of mine) {
      const others = inv.accountsWithIdentity(identity.annotation, identity.value).filter((x) => id(x) !== id(o));
      const distinct = [...new Map(others.map((x) => [id(x), x])).values()];
      if (distinct.length > 0) {
        ctx.report({
          messageId: 'accounts',
          data: { cloud: identity.cloud, value: identity.value, others: distinct.slice(0, 5).map((a) => `ServiceAccount \`${id(a)}\``).join(', ') },
          path: ['metadata', 'annotations', identity.annotation],
          related: distinct.slice(0, 10).map((a) => ({ object: a, path: ['metadata', 'annotations', identity.annotation], label: `ServiceAccount \`${id(a)}\`` })),
        });
      }
      const workloads = [...new Map(inv.workloadsOf({ namespace: o.ref.namespace!, name: o.ref.name }).map((w) => [`${w.object.ref.kind}/${w.object.ref.name}`, w])).values()];
      if (workloads.length > 1) {
        ctx.report({
          messageId: 'workloads',
          data: { account: id(o), cloud: identity.cloud, value: identity.value, workloads: workloads.slice(0, 5).map((w) => describe(w.object)).join(', ') },
          path: ['metadata', 'annotations', identity.annotation],
          related: workloads.slice(0, 10).map((w) => ({ object: w.object, path: w.accountPath ?? w.pod.ref.specPath, label: describe(w.object) })),
        });
      }
    }
  },
});
