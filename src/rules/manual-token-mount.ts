import { mountsTokenPath } from '../inventory/podspec.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'manual-token-mount',
  meta: {
    title: 'Token path mounted by hand while automount is off',
    description: 'A container mounts something at `/var/run/secrets/kubernetes.io/serviceaccount` while the token automount is off for the pod.',
    level: 'warning',
    tags: ['security', 'tokens', 'cis-5.1.6'],
    securitySeverity: '5.0',
    precision: 'high',
    messages: {
      manual:
        'container `{container}` mounts volume `{volume}` at the API token path `{mountPath}` although the token automount is off; it brings back what `automountServiceAccountToken: false` keeps out',
    },
    remediation: 'Remove the mount, or enable the automount explicitly (`automountServiceAccountToken: true` in the pod spec) if the container needs the API, so that reviewers see it.',
    references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting'],
    docs: {
      rationale:
        'Tools that audit token automount read `automountServiceAccountToken`. A volume mounted by hand at the default token path gives the container an API credential anyway (often a long-lived Secret, or a projected token with the API server audience) while the pod claims to have none.',
      failing: `apiVersion: v1
kind: Pod
metadata: { name: job, namespace: shop }
spec:
  serviceAccountName: job
  automountServiceAccountToken: false
  containers:
    - name: job
      image: example/job:1.0
      volumeMounts:
        - name: token
          mountPath: /var/run/secrets/kubernetes.io/serviceaccount
  volumes:
    - name: token
      projected:
        sources:
          - serviceAccountToken: { path: token, expirationSeconds: 3600 }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: job, namespace: shop }
automountServiceAccountToken: false
`,
      passing: `apiVersion: v1
kind: Pod
metadata: { name: job, namespace: shop }
spec:
  serviceAccountName: job
  automountServiceAccountToken: false
  containers:
    - name: job
      image: example/job:1.0
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: job, namespace: shop }
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const w = ctx.inventory.workloadOf(o)!;
    if (w.token.mounted) return;
    for (const c of w.pod.containers) {
      for (const m of c.volumeMounts) {
        if (m.mountPath === undefined || !mountsTokenPath(m.mountPath)) continue;
        ctx.report({
          messageId: 'manual',
          data: { container: c.name ?? '?', volume: m.name ?? '?', mountPath: m.mountPath },
          path: [...m.path, 'mountPath'],
        });
      }
    }
  },
});
