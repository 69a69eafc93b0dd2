import { defineRule } from './rule.js';

export default defineRule({
  id: 'cloud-identity-default-sa',
  meta: {
    title: 'Cloud identity on a default ServiceAccount',
    description: "A namespace's `default` ServiceAccount carries a cloud identity annotation (IRSA role, GKE service account, Azure client id).",
    level: 'error',
    tags: ['security', 'workload-identity'],
    securitySeverity: '8.0',
    precision: 'very-high',
    messages: {
      default:
        'the `default` ServiceAccount of namespace `{namespace}` carries the {cloud} identity in `{annotation}`, so every pod of the namespace that names no account holds it; give the workload its own account',
    },
    remediation: 'Move the annotation to a ServiceAccount of the workload that needs the cloud identity, and set `serviceAccountName` on it.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html', 'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity'],
    docs: {
      rationale:
        "Workload identity federates a Kubernetes ServiceAccount to a cloud identity. On `default` it reaches every pod that forgets `serviceAccountName`, including third-party charts installed in the namespace later: the cloud's S3 buckets, databases or key vaults become reachable from all of them.",
      failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: default
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/shop-s3
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
  appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount' && o.ref.name === 'default',
  check(o, ctx) {
    for (const id of ctx.inventory.cloudIdentitiesOf(o)) {
      ctx.report({ messageId: 'default', data: { namespace: o.ref.namespace!, cloud: id.cloud, annotation: id.annotation }, path: ['metadata', 'annotations', id.annotation], key: true });
    }
  },
});
