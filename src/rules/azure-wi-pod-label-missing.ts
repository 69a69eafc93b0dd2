import { AZURE_CLIENT_ANNOTATION, AZURE_USE_LABEL } from '../inventory/cloud.js';
import { getIn } from '../inventory/fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'azure-wi-pod-label-missing',
  meta: {
    title: 'Azure workload identity without the pod label',
    description: 'A pod runs as a ServiceAccount with `azure.workload.identity/client-id` but its template lacks the label `azure.workload.identity/use: "true"`, so no token is injected.',
    level: 'warning',
    tags: ['security', 'workload-identity'],
    securitySeverity: '4.0',
    precision: 'very-high',
    messages: {
      missing:
        'pod template runs as ServiceAccount `{account}`, which has an Azure workload identity, but lacks the label `azure.workload.identity/use: "true"`; the webhook injects no token and the SDK falls back to other credentials',
    },
    remediation: 'Add the label `azure.workload.identity/use: "true"` to the pod template (not to the Deployment).',
    references: ['https://azure.github.io/azure-workload-identity/docs/topics/service-account-labels-and-annotations.html#pod'],
    docs: {
      rationale:
        'Since Azure Workload Identity v1.0 the mutating webhook only touches pods labelled `azure.workload.identity/use: "true"`. Without the label the pod gets neither the projected token nor the environment, and `DefaultAzureCredential` silently tries the next credential — often a managed identity of the node with far wider rights.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: reporter
  namespace: shop
  annotations:
    azure.workload.identity/client-id: 6f3c0e7a-1b2c-4d5e-8f90-123456789abc
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: reporter, namespace: shop }
spec:
  template:
    metadata:
      labels: { app: reporter }
    spec:
      serviceAccountName: reporter
      containers: [{ name: reporter, image: example/reporter:1 }]
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: reporter
  namespace: shop
  annotations:
    azure.workload.identity/client-id: 6f3c0e7a-1b2c-4d5e-8f90-123456789abc
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: reporter, namespace: shop }
spec:
  template:
    metadata:
      labels:
        app: reporter
        azure.workload.identity/use: "true"
    spec:
      serviceAccountName: reporter
      containers: [{ name: reporter, image: example/reporter:1 }]
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const inv = ctx.inventory;
    const w = inv.workloadOf(o)!;
    if (!w.accountObject || !inv.cloudIdentitiesOf(w.accountObject).some((i) => i.annotation === AZURE_CLIENT_ANNOTATION)) return;
    if (w.pod.labels[AZURE_USE_LABEL] === 'true') return;
    const labelsPath = [...w.pod.ref.templatePath, 'metadata', 'labels'];
    // A non-string value is invalid-field-type's finding (the API server rejects the pod).
    if (getIn(o.value, [...labelsPath, AZURE_USE_LABEL]) != null && w.pod.labels[AZURE_USE_LABEL] === undefined) return;
    const path = getIn(o.value, labelsPath) !== undefined ? labelsPath : w.pod.ref.specPath;
    ctx.report({ messageId: 'missing', data: { account: `${w.account.namespace}/${w.account.name}` }, path, related: [{ object: w.accountObject, path: ['metadata', 'annotations', AZURE_CLIENT_ANNOTATION], label: `ServiceAccount \`${w.account.namespace}/${w.account.name}\`` }] });
  },
});
