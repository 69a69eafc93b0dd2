import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at } from '../support/rbac.js';

const SA = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: r\n  namespace: shop\n  annotations:\n    azure.workload.identity/client-id: 6f3c0e7a-1b2c-4d5e-8f90-123456789abc\nautomountServiceAccountToken: false\n---\n';
const deploy = (labels: string) =>
  SA + `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: r, namespace: shop }\nspec:\n  template:\n    metadata:\n      labels: ${labels}\n    spec:\n      serviceAccountName: r\n      containers: []\n`;
const noLabel = deploy('{ app: r }');
const pod = SA + 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: shop }\nspec:\n  serviceAccountName: r\n  containers: []\n';
const wrongPlace = SA + 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: r\n  namespace: shop\n  labels: { azure.workload.identity/use: "true" }\nspec:\n  template:\n    spec:\n      serviceAccountName: r\n      containers: []\n';

const cases: Case[] = [
  { name: 'labels without the use label (on the template labels)', code: noLabel, errors: [{ messageId: 'missing', ...at(noLabel, 16, 'labels'), path: ['spec', 'template', 'metadata', 'labels'] }] },
  { name: 'a Pod without labels (on its spec)', code: pod, errors: [{ messageId: 'missing', line: 13, column: 1 }] },
  { name: 'the label on the Deployment instead of the pod template', code: wrongPlace, errors: [{ messageId: 'missing', line: 18, column: 5 }] },
  { name: 'the label set to "false"', code: deploy('{ azure.workload.identity/use: "false" }'), errors: [{ messageId: 'missing', line: 16, column: 7 }] },
  { name: 'valid: labelled', code: deploy('{ azure.workload.identity/use: "true" }'), errors: [] },
  { name: 'valid: a boolean true is invalid-field-type\'s finding', code: deploy('{ azure.workload.identity/use: true }'), errors: [] },
  { name: 'valid: an account without an Azure identity', code: deploy('{ app: r }').replace('azure.workload.identity/client-id', 'team'), errors: [] },
];

describe('azure-wi-pod-label-missing', () => {
  it.each(cases)('$name', (c) => runCase('azure-wi-pod-label-missing', c));
});
