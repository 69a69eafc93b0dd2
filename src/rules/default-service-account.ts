import { Inventory } from '../inventory/inventory.js';
import { defineRule } from './rule.js';
import { bindingLabel } from './_rbac.js';

export default defineRule({
  id: 'default-service-account',
  meta: {
    title: 'Workload runs as the default ServiceAccount',
    description: "A workload runs as its namespace's `default` ServiceAccount, which every other workload of the namespace that names no account shares; an error when that account holds grants or a cloud identity in the set.",
    level: 'warning',
    tags: ['security', 'service-accounts', 'cis-5.1.5'],
    securitySeverity: '4.0',
    precision: 'very-high',
    messages: {
      implicit: 'pod template names no ServiceAccount, so it runs as `default` of namespace `{namespace}`; give the workload its own account',
      explicit: 'pod template runs as ServiceAccount `default` of namespace `{namespace}`; give the workload its own account',
      implicitGranted:
        'pod template names no ServiceAccount, so it runs as `default` of namespace `{namespace}`, which holds grants in the set ({bindings}); give the workload its own account and take the grants off `default`',
      implicitCloud:
        'pod template names no ServiceAccount, so it runs as `default` of namespace `{namespace}`, which carries a {cloud} identity; give the workload its own account',
      explicitCloud: 'pod template runs as ServiceAccount `default` of namespace `{namespace}`, which carries a {cloud} identity; give the workload its own account',
      explicitGranted:
        'pod template runs as ServiceAccount `default` of namespace `{namespace}`, which holds grants in the set ({bindings}); give the workload its own account and take the grants off `default`',
    },
    remediation: 'Create a ServiceAccount for the workload, set `serviceAccountName` to it, and grant that account only what the workload needs.',
    references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/'],
    docs: {
      rationale:
        "Every namespace has a `default` account and every pod that names no account runs as it. Permissions granted to it for one workload are held by all of them, and an attacker in any such pod gets them. The CIS Kubernetes Benchmark (5.1.5) asks that default accounts are not actively used.",
      failing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      automountServiceAccountToken: false
      containers:
        - name: web
          image: nginx:1.27
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: shop
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      serviceAccountName: web
      automountServiceAccountToken: false
      containers:
        - name: web
          image: nginx:1.27
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const inv = ctx.inventory;
    const w = inv.workloadOf(o)!;
    if (w.account.name !== 'default') return;
    // Grants to `default` in the set (by name, as a User, or through its groups) raise it to an error.
    const grants = inv.rbac.grantsInSet(Inventory.accountUser(w.account));
    const implicit = w.accountSource === 'default';
    const cloud = w.accountObject ? inv.cloudIdentitiesOf(w.accountObject) : [];
    if (cloud.length > 0 && grants.length === 0) {
      ctx.report({
        messageId: implicit ? 'implicitCloud' : 'explicitCloud',
        level: 'error',
        data: { namespace: w.account.namespace, cloud: cloud[0]!.cloud },
        path: w.accountPath ?? w.pod.ref.specPath,
        related: [{ object: w.accountObject!, path: ['metadata', 'annotations', cloud[0]!.annotation], label: `ServiceAccount \`${w.account.namespace}/default\`` }],
      });
      return;
    }
    ctx.report({
      messageId: grants.length > 0 ? (implicit ? 'implicitGranted' : 'explicitGranted') : implicit ? 'implicit' : 'explicit',
      level: grants.length > 0 ? 'error' : 'warning',
      data: { namespace: w.account.namespace, bindings: grants.slice(0, 3).map(bindingLabel).join(', ') + (grants.length > 3 ? ` and ${grants.length - 3} more` : '') },
      path: w.accountPath ?? w.pod.ref.specPath,
      related: grants.filter((b) => b.object).slice(0, 10).map((b) => ({ object: b.object!, path: ['roleRef', 'name'], label: bindingLabel(b) })),
    });
  },
});
