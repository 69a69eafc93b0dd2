import { defineRule } from './rule.js';

export default defineRule({
  id: 'default-service-account',
  meta: {
    title: 'Workload runs as the default ServiceAccount',
    description: "A workload runs as its namespace's `default` ServiceAccount, which every other workload of the namespace that names no account shares.",
    level: 'warning',
    tags: ['security', 'service-accounts', 'cis-5.1.5'],
    securitySeverity: '4.0',
    precision: 'very-high',
    messages: {
      implicit: 'pod template names no ServiceAccount, so it runs as `default` of namespace `{namespace}`; give the workload its own account',
      explicit: 'pod template runs as ServiceAccount `default` of namespace `{namespace}`; give the workload its own account',
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
    const w = ctx.inventory.workloadOf(o)!;
    if (w.account.name !== 'default') return;
    ctx.report({
      messageId: w.accountSource === 'default' ? 'implicit' : 'explicit',
      data: { namespace: w.account.namespace },
      path: w.accountPath ?? w.pod.ref.specPath,
    });
  },
});
