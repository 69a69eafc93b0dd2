import { AZURE_TENANT_ANNOTATION, identityProblem } from '../inventory/cloud.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'cloud-identity-malformed',
  meta: {
    title: 'Malformed cloud identity annotation',
    description:
      '`eks.amazonaws.com/role-arn` is not an IAM role ARN, `iam.gke.io/gcp-service-account` is not a Google service-account e-mail, or `azure.workload.identity/client-id` or `tenant-id` is not a UUID.',
    level: 'error',
    tags: ['workload-identity', 'input'],
    precision: 'very-high',
    messages: {
      malformed: '`{annotation}` is `{value}`, but it must be {expected}; the pods get no cloud identity and fail at their first cloud call',
    },
    remediation: 'Correct the annotation value (copy it from the cloud console or the infrastructure code that created the identity).',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
      'https://cloud.google.com/iam/docs/service-accounts#user-managed',
      'https://azure.github.io/azure-workload-identity/docs/topics/service-account-labels-and-annotations.html',
    ],
    docs: {
      rationale:
        "The identity webhooks and SDKs take the annotation as it is: a role ARN with an 11-digit account, a user ARN, a region where none belongs, a truncated e-mail or a client id that is not a UUID gives pods no credentials (or the credential chain falls back to something else, such as the node's identity). saguard checks the ARN's partition, 12-digit account and role name, the e-mail's form (including Google's default compute and App Engine accounts), and UUIDs.",
      failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::12345678901:role/shop-s3
automountServiceAccountToken: false
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/shop-s3
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount',
  check(o, ctx) {
    const annotations = ctx.inventory.reader.stringMap(o, ['metadata', 'annotations']);
    const ids = ctx.inventory.cloudIdentitiesOf(o).map((i) => i.annotation);
    if (annotations[AZURE_TENANT_ANNOTATION] !== undefined) ids.push(AZURE_TENANT_ANNOTATION);
    for (const annotation of ids) {
      const value = annotations[annotation]!;
      const expected = identityProblem(annotation, value);
      if (expected) ctx.report({ messageId: 'malformed', data: { annotation, value: value.length > 120 ? `${value.slice(0, 117)}...` : value, expected }, path: ['metadata', 'annotations', annotation] });
    }
  },
});
