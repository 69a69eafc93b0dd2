import { Inventory } from '../inventory/inventory.js';
import { sensitivePermissions } from '../inventory/rbac/permissions.js';
import { defineRule } from './rule.js';
import { bindingLabel } from './_rbac.js';

export default defineRule({
  id: 'cloud-identity-with-cluster-rbac',
  meta: {
    title: 'Cloud identity on an account with sensitive Kubernetes permissions',
    description: 'A ServiceAccount federated to a cloud identity also holds sensitive Kubernetes permissions, so a compromise of either side yields both.',
    level: 'warning',
    tags: ['security', 'workload-identity', 'rbac'],
    securitySeverity: '6.5',
    precision: 'high',
    messages: {
      both: 'ServiceAccount `{account}` carries the {cloud} identity `{value}` and may also {means} ({via}); split the cloud and the cluster duties over two accounts',
    },
    remediation: 'Run the part that talks to the cloud and the part that manages the cluster as different workloads with different ServiceAccounts.',
    references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
    docs: {
      rationale:
        "An account that holds both a cloud identity and, say, the right to read Secrets or create pods bridges two trust domains: whoever gets its token (or creates a pod as it) reaches the cloud, and whoever reaches the cloud role's workloads reaches the cluster.",
      failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci
  namespace: ci
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ci-deployer
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-edit
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: ci
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci
  namespace: ci
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ci-deployer
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount',
  check(o, ctx) {
    const inv = ctx.inventory;
    const ids = inv.cloudIdentitiesOf(o);
    if (ids.length === 0) return;
    const held = sensitivePermissions(inv.rbac, Inventory.accountUser({ namespace: o.ref.namespace!, name: o.ref.name }));
    if (held.length === 0) return;
    const id = ids[0]!;
    ctx.report({
      messageId: 'both',
      data: {
        account: `${o.ref.namespace}/${o.ref.name}`,
        cloud: id.cloud,
        value: id.value,
        means: held.slice(0, 2).map((h) => h.permission.means).join(' and '),
        via: `through ${bindingLabel(held[0]!.via.binding)}`,
      },
      path: ['metadata', 'annotations', id.annotation],
      key: true,
      related: held
        .map((h) => h.via.binding)
        .filter((b, i, a) => b.object && a.indexOf(b) === i)
        .slice(0, 10)
        .map((b) => ({ object: b.object!, path: ['roleRef', 'name'], label: bindingLabel(b) })),
    });
  },
});
