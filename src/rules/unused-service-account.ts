import { defineRule } from './rule.js';

export default defineRule({
  id: 'unused-service-account',
  meta: {
    title: 'ServiceAccount used by nothing in the scanned files',
    description: 'A ServiceAccount that no workload, binding, token Secret, policy or operator resource in the scanned files refers to.',
    level: 'note',
    tags: ['security', 'service-accounts'],
    securitySeverity: '1.0',
    precision: 'medium',
    messages: {
      unused:
        'no workload, binding or policy in the scanned files uses ServiceAccount `{name}` of namespace `{namespace}`; remove it if nothing else does, or check how its users spell it',
    },
    remediation: 'Remove the ServiceAccount, or fix the name in the workload or binding that was meant to use it.',
    references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
    docs: {
      rationale:
        'An account nobody uses is either dead weight or the sign of a typo: the workload that was meant to run as it runs as another account (often `default`), or a binding grants to a name that does not exist. `default` accounts are never reported. Custom resources that run pods as an account through `spec.serviceAccountName` (Prometheus, Alertmanager, Argo Workflows, Flux...) count as uses.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: reporting, namespace: shop }
automountServiceAccountToken: false
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: reporting, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: batch/v1
kind: Job
metadata: { name: report, namespace: shop }
spec:
  template:
    spec:
      serviceAccountName: reporting
      automountServiceAccountToken: false
      restartPolicy: Never
      containers: [{ name: report, image: example/report:1.0 }]
`,
    },
  },
  appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount' && o.ref.name !== 'default',
  check(o, ctx) {
    const account = { namespace: o.ref.namespace!, name: o.ref.name };
    if (!account.name || ctx.inventory.usesOf(account).length > 0) return;
    ctx.report({ messageId: 'unused', data: account, path: ['metadata', 'name'] });
  },
});
