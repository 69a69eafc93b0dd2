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
    for (const r of inv.tokenSecretRefs(inv.workloadOf(o)!)) {
      const secret = `${r.account.namespace}/${r.secret.ref.name}`;
      ctx.report({
        messageId: r.via,
        path: r.path,
        data: {
          ...(r.volume !== undefined ? { volume: r.volume } : {}),
          ...(r.variable !== undefined ? { variable: r.variable } : {}),
          ...(r.container !== undefined ? { container: r.container } : {}),
          secret: r.secret.ref.name,
          account: `${r.account.namespace}/${r.account.name}`,
        },
        related: [{ object: r.secret, path: ['type'], label: `Secret \`${secret}\`` }],
      });
    }
  },
});
