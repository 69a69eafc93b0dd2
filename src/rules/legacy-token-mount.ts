import type { JsonPath } from '../model/types.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'legacy-token-mount',
  meta: {
    title: 'Workload uses a long-lived token Secret',
    description: 'A workload mounts a `kubernetes.io/service-account-token` Secret (volume, projected source, env or envFrom), a token that never expires.',
    level: 'error',
    tags: ['security', 'tokens'],
    securitySeverity: '7.0',
    precision: 'very-high',
    messages: {
      volume: 'volume `{volume}` mounts Secret `{secret}`, a non-expiring token of ServiceAccount `{account}`; use a projected `serviceAccountToken` source instead',
      env: 'env `{variable}` of container `{container}` reads Secret `{secret}`, a non-expiring token of ServiceAccount `{account}`; use a projected `serviceAccountToken` volume instead',
      envFrom: 'container `{container}` loads Secret `{secret}` with `envFrom`, a non-expiring token of ServiceAccount `{account}`; use a projected `serviceAccountToken` volume instead',
    },
    remediation: 'Replace the Secret reference with a projected `serviceAccountToken` volume source (with `audience` and `expirationSeconds`), and delete the token Secret.',
    references: ['https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken'],
    docs: {
      rationale:
        'A token read from a `kubernetes.io/service-account-token` Secret never expires and survives the pod: copied out once, it works until someone deletes the Secret. Projected tokens are bound to the pod, rotated by the kubelet and expire. saguard reports references to Secrets in the scanned set whose type it can see.',
      failing: `apiVersion: v1
kind: Secret
metadata:
  name: deployer-token
  namespace: shop
  annotations: { kubernetes.io/service-account.name: deployer }
type: kubernetes.io/service-account-token
---
apiVersion: v1
kind: Pod
metadata: { name: deploy, namespace: shop }
spec:
  serviceAccountName: deployer
  automountServiceAccountToken: false
  containers:
    - name: deploy
      image: example/deploy:1.0
      env:
        - name: KUBE_TOKEN
          valueFrom:
            secretKeyRef: { name: deployer-token, key: token }
`,
      passing: `apiVersion: v1
kind: Pod
metadata: { name: deploy, namespace: shop }
spec:
  serviceAccountName: deployer
  automountServiceAccountToken: false
  containers:
    - name: deploy
      image: example/deploy:1.0
      volumeMounts:
        - { name: kube-token, mountPath: /var/run/secrets/tokens, readOnly: true }
  volumes:
    - name: kube-token
      projected:
        sources:
          - serviceAccountToken: { path: token, expirationSeconds: 3600, audience: https://kubernetes.default.svc }
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const inv = ctx.inventory;
    const w = inv.workloadOf(o)!;
    const ns = w.account.namespace;
    const tokenSecret = (name: string): { account: string; secret: import('../load/load.js').K8sObject } | undefined => {
      const s = inv.secret(ns, name);
      if (!s || !inv.isLegacyTokenSecret(s)) return undefined;
      const account = inv.reader.string(s, ['metadata', 'annotations', 'kubernetes.io/service-account.name']) ?? '?';
      return { account: `${ns}/${account}`, secret: s };
    };
    const report = (messageId: string, path: JsonPath, data: Record<string, string>, name: string): void => {
      const t = tokenSecret(name);
      if (!t) return;
      ctx.report({
        messageId,
        path,
        data: { ...data, secret: name, account: t.account },
        related: [{ object: t.secret, path: ['type'], label: `Secret \`${ns}/${name}\`` }],
      });
    };
    for (const v of w.pod.volumes) for (const s of v.secrets) report('volume', s.path, { volume: v.name ?? '?' }, s.name);
    for (const c of w.pod.containers) {
      for (const e of c.env) if (e.secretRef) report('env', e.secretRef.path, { variable: e.name ?? '?', container: c.name ?? '?' }, e.secretRef.name);
      for (const e of c.envFrom) if (e.secretRef) report('envFrom', e.secretRef.path, { container: c.name ?? '?' }, e.secretRef.name);
    }
  },
});
