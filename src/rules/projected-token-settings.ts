import { mountsTokenPath } from '../inventory/podspec.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'projected-token-settings',
  meta: {
    title: 'Projected token with unsafe or invalid settings',
    description:
      'A projected `serviceAccountToken` source whose `expirationSeconds` the API server rejects (below 600) or that lives longer than the configured maximum, or that has no `audience` while mounted outside the default token path.',
    level: 'warning',
    tags: ['security', 'tokens'],
    securitySeverity: '4.0',
    precision: 'very-high',
    options: {
      maxExpirationSeconds: { type: 'number', default: 86400, minimum: 600, description: 'Longest acceptable token lifetime, in seconds.' },
    },
    messages: {
      tooShort: '`expirationSeconds: {value}` is below 600, the shortest lifetime the API server accepts; the pod is rejected',
      tooLong: '`expirationSeconds: {value}` is longer than {max} seconds; a leaked token stays valid that long, so shorten it',
      noAudience:
        'projected token of volume `{volume}` mounted at `{mountPath}` has no `audience`, so it is accepted by the Kubernetes API server; set the audience of the service that reads it',
    },
    remediation: 'Set `expirationSeconds` between 600 and the maximum (the kubelet rotates the token), and set `audience` to the service that consumes the token.',
    references: ['https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken'],
    docs: {
      rationale:
        'Projected tokens are the safe replacement for token Secrets, but their settings matter: the API server rejects lifetimes under 10 minutes, long lifetimes make a leaked token useful for days, and a token without `audience` defaults to the API server\'s audience, so a token meant for a vault or a message broker also works against the Kubernetes API. A projected token mounted at the default path replaces the automounted one and is expected to target the API server, so only tokens mounted elsewhere need an audience.',
      failing: `apiVersion: v1
kind: Pod
metadata: { name: vault-agent, namespace: shop }
spec:
  serviceAccountName: vault-agent
  automountServiceAccountToken: false
  containers:
    - name: agent
      image: hashicorp/vault:1.17
      volumeMounts:
        - { name: vault-token, mountPath: /var/run/secrets/vault }
  volumes:
    - name: vault-token
      projected:
        sources:
          - serviceAccountToken:
              path: token
              expirationSeconds: 300
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: vault-agent, namespace: shop }
automountServiceAccountToken: false
`,
      passing: `apiVersion: v1
kind: Pod
metadata: { name: vault-agent, namespace: shop }
spec:
  serviceAccountName: vault-agent
  automountServiceAccountToken: false
  containers:
    - name: agent
      image: hashicorp/vault:1.17
      volumeMounts:
        - { name: vault-token, mountPath: /var/run/secrets/vault }
  volumes:
    - name: vault-token
      projected:
        sources:
          - serviceAccountToken:
              path: token
              expirationSeconds: 3600
              audience: vault
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: vault-agent, namespace: shop }
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const w = ctx.inventory.workloadOf(o)!;
    const max = Number(ctx.options.maxExpirationSeconds ?? 86400);
    for (const v of w.pod.volumes) {
      for (const t of v.tokens) {
        const exp = t.expirationSeconds;
        if (exp !== undefined && exp < 600) {
          ctx.report({ messageId: 'tooShort', level: 'error', data: { value: exp }, path: [...t.path, 'expirationSeconds'] });
        } else if (exp !== undefined && exp > max) {
          ctx.report({ messageId: 'tooLong', level: 'warning', data: { value: exp, max }, path: [...t.path, 'expirationSeconds'] });
        }
        if (t.audience) continue;
        const mount = v.name === undefined ? undefined : w.pod.containers.flatMap((c) => c.volumeMounts).find(
          (m) => m.name === v.name && m.mountPath !== undefined && !mountsTokenPath(m.mountPath),
        );
        if (mount) {
          ctx.report({
            messageId: 'noAudience',
            level: 'note',
            data: { volume: v.name!, mountPath: mount.mountPath! },
            path: t.path,
            related: [{ object: o, path: [...mount.path, 'mountPath'], label: `mount at \`${mount.mountPath}\`` }],
          });
        }
      }
    }
  },
});
