import { defineRule } from './rule.js';

export default defineRule({
  id: 'sa-automount-enabled',
  meta: {
    title: 'ServiceAccount mounts its token by default',
    description: 'A ServiceAccount object does not set `automountServiceAccountToken: false`, so every pod that uses it and does not opt out gets its API token.',
    level: 'note',
    tags: ['security', 'tokens', 'cis-5.1.6'],
    securitySeverity: '2.0',
    precision: 'very-high',
    messages: {
      explicitTrue:
        'ServiceAccount `{name}` sets `automountServiceAccountToken: true`, so every pod using it gets an API token unless it opts out; set `false` here and opt in the pods that need one',
      unset:
        'ServiceAccount `{name}` does not set `automountServiceAccountToken: false`, so every pod using it gets an API token unless it opts out',
    },
    remediation: 'Set `automountServiceAccountToken: false` on the ServiceAccount and `automountServiceAccountToken: true` on the pods that call the API.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/'],
    docs: {
      rationale:
        'Disabling the token on the account makes "no token" the default for every pod that uses it, including pods added later by someone who never thought about it. Pods that need the API opt in with the pod field, which overrides the account (SPEC §3.1). The `default` account is covered by `default-sa-not-hardened`.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: shop
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: shop
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount' && o.ref.name !== 'default',
  check(o, ctx) {
    const v = ctx.inventory.reader.bool(o, ['automountServiceAccountToken']);
    if (v === false) return;
    if (v === true) ctx.report({ messageId: 'explicitTrue', data: { name: o.ref.name }, path: ['automountServiceAccountToken'] });
    // A value of the wrong type is `invalid-field-type`'s finding, not this one.
    else if (o.value.automountServiceAccountToken == null) ctx.report({ messageId: 'unset', data: { name: o.ref.name }, path: ['kind'] });
  },
});
