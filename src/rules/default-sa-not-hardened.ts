import { defineRule } from './rule.js';

export default defineRule({
  id: 'default-sa-not-hardened',
  meta: {
    title: 'Default ServiceAccount not hardened',
    description:
      "A namespace's `default` ServiceAccount does not set `automountServiceAccountToken: false`, so every pod that names no account gets an API token.",
    level: 'note',
    tags: ['security', 'service-accounts', 'cis-5.1.5'],
    securitySeverity: '3.0',
    precision: 'high',
    messages: {
      account:
        'the `default` ServiceAccount of namespace `{namespace}` does not set `automountServiceAccountToken: false`; every pod that names no account gets an API token',
      namespace:
        'the scanned files create namespace `{namespace}` but no `default` ServiceAccount for it with `automountServiceAccountToken: false`, nor a Kyverno or Gatekeeper policy that sets it',
    },
    remediation:
      'Add a `default` ServiceAccount with `automountServiceAccountToken: false` to the namespace, or a Kyverno or Gatekeeper mutation that sets it on every `default` account.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/'],
    docs: {
      rationale:
        'The `default` account is created by the ServiceAccount controller in every namespace with the token automounted. CIS 5.1.5 asks that it is not used and has no token mounted. A chart that creates a Namespace should ship its hardened `default` account too (a manifest with `automountServiceAccountToken: false` replaces the controller\'s), unless the cluster hardens all of them with a Kyverno `ClusterPolicy` or a Gatekeeper `Assign` mutation, which saguard recognises when it is in the scanned set.',
      failing: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
`,
      passing: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: default
  namespace: shop
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o) =>
    o.ref.group === '' && ((o.ref.kind === 'ServiceAccount' && o.ref.name === 'default') || o.ref.kind === 'Namespace'),
  check(o, ctx) {
    const inv = ctx.inventory;
    if (o.ref.kind === 'ServiceAccount') {
      const v = inv.reader.bool(o, ['automountServiceAccountToken']);
      if (v === false || (v === undefined && o.value.automountServiceAccountToken != null)) return;
      if (inv.hardensDefaultAccounts(o.ref.namespace!)) return;
      ctx.report({
        messageId: 'account',
        data: { namespace: o.ref.namespace! },
        path: v === true ? ['automountServiceAccountToken'] : ['kind'],
      });
      return;
    }
    const ns = o.ref.name;
    if (!ns || inv.serviceAccount({ namespace: ns, name: 'default' }) || inv.hardensDefaultAccounts(ns)) return;
    ctx.report({ messageId: 'namespace', data: { namespace: ns }, path: ['metadata', 'name'] });
  },
});
