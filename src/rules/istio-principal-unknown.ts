import { identityEntries, ISTIO_SECURITY_GROUP, SPIFFE_SCHEME } from '../inventory/istio/principals.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'istio-principal-unknown',
  meta: {
    title: 'Istio policy names an unknown or default ServiceAccount',
    description:
      'An Istio AuthorizationPolicy principal (`cluster.local/ns/NS/sa/NAME`) or `serviceAccounts` entry names a ServiceAccount that is not in the scanned files, or a `default` account, or a principal is written with `spiffe://` and so matches nobody.',
    level: 'warning',
    tags: ['security', 'network-identity'],
    securitySeverity: '5.0',
    precision: 'high',
    messages: {
      unknown: '{field} entry `{entry}` names ServiceAccount `{account}`, which is not in the scanned files; a typo here silently matches nobody (or, in a DENY policy, protects nothing)',
      spiffe: '{field} entry `{entry}` starts with `spiffe://`, which Istio adds itself, so it matches no peer (an ALLOW grants nothing, a DENY blocks nothing); write `{fixed}`',
      default: '{field} entry `{entry}` names the `default` ServiceAccount of namespace `{namespace}`, which every pod that names no account runs as; name the workload\'s own account',
    },
    remediation: 'Use the exact namespace and ServiceAccount name of the workload (`cluster.local/ns/NS/sa/NAME`), give workloads their own accounts, or list accounts created elsewhere in `knownServiceAccounts`.',
    references: ['https://istio.io/latest/docs/reference/config/security/authorization-policy/#Source'],
    docs: {
      rationale:
        "Istio matches principals as strings: a principal for an account that does not exist matches no peer, so an ALLOW rule grants nothing and a DENY rule blocks nothing, without any error. The `default` account is shared by every pod that names no account, so allowing it allows all of them. Istio adds the `spiffe://` scheme to principals itself, so one written with it matches nobody. `cluster.local` stands for the mesh's trust domain; principals with wildcards in the namespace or name and principals of other trust domains are not judged.",
      failing: `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  action: ALLOW
  rules:
    - from:
        - source:
            principals: ["cluster.local/ns/shop/sa/frontend"]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: front-end, namespace: shop }
automountServiceAccountToken: false
`,
      passing: `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  action: ALLOW
  rules:
    - from:
        - source:
            principals: ["cluster.local/ns/shop/sa/front-end"]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: front-end, namespace: shop }
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o) => o.ref.group === ISTIO_SECURITY_GROUP && o.ref.kind === 'AuthorizationPolicy',
  check(o, ctx) {
    const inv = ctx.inventory;
    for (const { field, entry, path, account, spiffe } of identityEntries(o, inv.reader)) {
      if (spiffe) {
        ctx.report({ messageId: 'spiffe', data: { field, entry, fixed: entry.slice(SPIFFE_SCHEME.length) }, path });
        continue;
      }
      if (!account) continue;
      if (account.name === 'default') {
        ctx.report({ messageId: 'default', data: { field, entry, namespace: account.namespace }, path });
      } else if (!inv.serviceAccount(account) && !inv.isKnownAccount(account)) {
        ctx.report({ messageId: 'unknown', data: { field, entry, account: `${account.namespace}/${account.name}` }, path });
      }
    }
  },
});
