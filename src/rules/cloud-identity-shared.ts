import type { K8sObject } from '../load/load.js';
import { defineRule, describe } from './rule.js';
import { and } from './_rbac.js';

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
      accounts: '{cloud} identity `{value}` is federated to {count} ServiceAccounts ({accounts}); every pod of those accounts holds it',
      workloads: 'ServiceAccount `{account}` carries the {cloud} identity `{value}` and is used by {count} workloads ({workloads}); each of them holds it',
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
    // The same account repeated (two install variants in one scan) is one account: the last one speaks.
    if (mine.length === 0 || inv.serviceAccount({ namespace: o.ref.namespace!, name: o.ref.name }) !== o) return;
    const id = (x: K8sObject): string => `${x.ref.namespace}/${x.ref.name}`;
    for (const identity of mine) {
      // One finding per identity, on the first account that carries it.
      const holders = [
        ...new Map(
          inv.identityAccounts.filter((x) => x.identities.some((i) => i.annotation === identity.annotation && i.value === identity.value)).map((x) => [id(x.account), x.account]),
        ).values(),
      ];
      if (holders.length > 1 && holders[0] === o) {
        ctx.report({
          messageId: 'accounts',
          data: { cloud: identity.cloud, value: identity.value, count: holders.length, accounts: list(holders.map(id)) },
          path: ['metadata', 'annotations', identity.annotation],
          related: holders.filter((a) => a !== o).slice(0, 20).map((a) => ({ object: a, path: ['metadata', 'annotations', identity.annotation], label: `ServiceAccount \`${id(a)}\`` })),
        });
      }
    }
    // One finding per account used by several workloads (shared-service-account leaves it to this rule).
    const workloads = [...new Map(inv.workloadsOf({ namespace: o.ref.namespace!, name: o.ref.name }).map((w) => [`${w.object.ref.group}/${w.object.ref.kind}/${w.object.ref.name}`, w])).values()];
    if (workloads.length < 2) return;
    const identity = mine[0]!;
    ctx.report({
      messageId: 'workloads',
      data: { account: id(o), cloud: identity.cloud, value: identity.value, count: workloads.length, workloads: list(workloads.map((w) => `${w.object.ref.kind} ${w.object.ref.name}`)) },
      path: ['metadata', 'annotations', identity.annotation],
      related: workloads.slice(0, 20).map((w) => ({ object: w.object, path: w.accountPath ?? w.pod.ref.specPath, label: describe(w.object) })),
    });
  },
});

/** "a, b and c", at most five named. */
const list = (xs: readonly string[]): string => (xs.length > 5 ? `${xs.slice(0, 5).join(', ')} and ${xs.length - 5} more` : and(xs));
