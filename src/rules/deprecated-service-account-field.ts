import { defineRule } from './rule.js';

export default defineRule({
  id: 'deprecated-service-account-field',
  meta: {
    title: 'Deprecated `serviceAccount` field',
    description: 'A pod spec sets the deprecated `serviceAccount` field alone (a warning), or with a different `serviceAccountName`, so the pod does not run as the account the author may think (an error); the same value in both, as the API server writes it back, is a note.',
    level: 'warning',
    tags: ['service-accounts', 'input'],
    precision: 'very-high',
    messages: {
      deprecated: '`serviceAccount` is deprecated; write `serviceAccountName: {name}` instead',
      redundant: '`serviceAccount: {name}` repeats `serviceAccountName` (the API server writes it back on every read, so exported manifests carry both); remove it',
      conflict: '`serviceAccount: {deprecated}` disagrees with `serviceAccountName: {name}`; the pod runs as `{name}`, remove `serviceAccount`',
    },
    remediation: 'Replace `serviceAccount` with `serviceAccountName` and keep a single account name.',
    references: ['https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context'],
    docs: {
      rationale:
        '`spec.serviceAccount` is a deprecated alias of `serviceAccountName`. The API server uses it only when `serviceAccountName` is empty, so a manifest that sets both to different names documents one identity and runs as another, and reviewers read the wrong one (an error). The API server also writes `serviceAccount` equal to `serviceAccountName` into every pod spec it returns, so manifests exported from a cluster carry both with the same value: that is only redundant (a note).',
      failing: `apiVersion: v1
kind: Pod
metadata:
  name: api
  namespace: shop
spec:
  serviceAccountName: api
  serviceAccount: admin
  automountServiceAccountToken: false
  containers:
    - name: api
      image: example/api:1.0
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
`,
      passing: `apiVersion: v1
kind: Pod
metadata:
  name: api
  namespace: shop
spec:
  serviceAccountName: api
  automountServiceAccountToken: false
  containers:
    - name: api
      image: example/api:1.0
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const w = ctx.inventory.workloadOf(o)!;
    const { serviceAccount, serviceAccountName } = w.pod;
    if (serviceAccount === undefined) return;
    const path = [...w.pod.ref.specPath, 'serviceAccount'];
    if (serviceAccountName && serviceAccountName !== serviceAccount) {
      ctx.report({ messageId: 'conflict', level: 'error', data: { deprecated: serviceAccount, name: serviceAccountName }, path });
    } else if (serviceAccountName) {
      ctx.report({ messageId: 'redundant', level: 'note', data: { name: serviceAccount }, path });
    } else {
      ctx.report({ messageId: 'deprecated', data: { name: serviceAccount }, path });
    }
  },
});
