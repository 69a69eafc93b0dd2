import { Inventory } from '../inventory/inventory.js';
import { sensitivePermissions } from '../inventory/rbac/permissions.js';
import { defineRule } from './rule.js';
import { bindingLabel } from './_rbac.js';

export default defineRule({
  id: 'legacy-token-secret',
  meta: {
    title: 'Long-lived ServiceAccount token Secret',
    description: 'A Secret of type `kubernetes.io/service-account-token`, which the token controller fills with a token that never expires; an error when its account holds sensitive permissions.',
    level: 'warning',
    tags: ['security', 'tokens'],
    securitySeverity: '5.5',
    precision: 'very-high',
    messages: {
      legacy:
        'Secret `{name}` of type `kubernetes.io/service-account-token` holds a non-expiring token of ServiceAccount `{account}`; use a projected token or the TokenRequest API instead',
      sensitive:
        'Secret `{name}` of type `kubernetes.io/service-account-token` holds a non-expiring token of ServiceAccount `{account}`, which may {means} ({via}); whoever reads the Secret holds that for good',
      noAccount:
        'Secret `{name}` of type `kubernetes.io/service-account-token` names no account in annotation `kubernetes.io/service-account.name`; the API server rejects it, and with the annotation it would hold a non-expiring token',
    },
    remediation:
      'Remove the Secret; mount a projected `serviceAccountToken` volume in pods, or request short-lived tokens with `kubectl create token` / the TokenRequest API.',
    references: ['https://kubernetes.io/docs/concepts/configuration/secret/#service-account-token-secrets'],
    docs: {
      rationale:
        'Tokens in `kubernetes.io/service-account-token` Secrets do not expire and are not bound to a pod: whoever reads the Secret (anyone with `get secrets` in the namespace, a backup, a log) holds the account until the Secret is deleted. Since Kubernetes 1.24 they are no longer created automatically; bound, expiring tokens from the TokenRequest API replace them.',
      failing: `apiVersion: v1
kind: Secret
metadata:
  name: ci-deployer-token
  namespace: shop
  annotations:
    kubernetes.io/service-account.name: ci-deployer
type: kubernetes.io/service-account-token
`,
      passing: `apiVersion: v1
kind: Secret
metadata:
  name: ci-settings
  namespace: shop
type: Opaque
stringData:
  region: eu-west-1
`,
    },
  },
  appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'Secret',
  check(o, ctx) {
    if (!ctx.inventory.isLegacyTokenSecret(o)) return;
    const account = ctx.inventory.reader.string(o, ['metadata', 'annotations', 'kubernetes.io/service-account.name']);
    if (!account) {
      ctx.report({ messageId: 'noAccount', data: { name: o.ref.name }, path: ['type'] });
      return;
    }
    const id = { namespace: o.ref.namespace!, name: account };
    const sa = ctx.inventory.serviceAccount(id);
    const held = sensitivePermissions(ctx.inventory.rbac, Inventory.accountUser(id));
    const via = held[0] ? `through ${bindingLabel(held[0].via.binding)}` : '';
    ctx.report({
      messageId: held.length > 0 ? 'sensitive' : 'legacy',
      level: held.length > 0 ? 'error' : 'warning',
      data: { name: o.ref.name, account: `${o.ref.namespace}/${account}`, means: held.slice(0, 2).map((h) => h.permission.means).join(' and '), via },
      path: ['type'],
      related: sa ? [{ object: sa, path: ['metadata', 'name'], label: `ServiceAccount \`${o.ref.namespace}/${account}\`` }] : [],
    });
  },
});
