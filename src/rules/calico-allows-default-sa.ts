import { accountScope } from '../inventory/calico/policy.js';
import { evaluate } from '../inventory/calico/selector.js';
import { defineRule } from './rule.js';
import { appliesToCalico } from './_calico.js';

export default defineRule({
  id: 'calico-allows-default-sa',
  meta: {
    title: 'Calico Allow rule matches a default ServiceAccount',
    description: "An Allow rule's ServiceAccount match (`serviceAccounts.names` or `.selector`) includes a namespace's `default` account.",
    level: 'warning',
    tags: ['security', 'network-identity', 'cis-5.1.5'],
    securitySeverity: '5.5',
    precision: 'high',
    messages: {
      name: 'this Allow rule names the `default` ServiceAccount, which every pod of {where} that names no account runs as',
      selector: 'this Allow rule\'s ServiceAccount selector `{selector}` matches the `default` account of {where}, which every pod that names no account runs as',
    },
    remediation: 'Give the workloads that need the traffic their own ServiceAccount and allow that account by name or label.',
    references: ['https://docs.tigera.io/calico/latest/network-policy/policy-rules/service-accounts'],
    docs: {
      rationale:
        "Allowing traffic by ServiceAccount is only as precise as the accounts are: the `default` account is shared by every pod that forgets `serviceAccountName`, so an Allow rule for it (by name, or by a selector such as `!has(restricted)` that the unlabelled `default` also satisfies) lets all of them through.",
      failing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          names: [default]
`,
      passing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          names: [api]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: appliesToCalico,
  check(o, ctx) {
    const inv = ctx.inventory;
    const p = inv.calicoPolicyOf(o);
    for (const r of p.rules) {
      if (r.action !== 'Allow' || !r.hasServiceAccounts || (r.namespaceSelector && !r.namespaceSelector.selector)) continue;
      const scope = accountScope(p, r.namespaceSelector, inv.namespaces);
      const where = scope.all ? 'every namespace' : scope.namespaces.length === 1 ? `namespace \`${scope.namespaces[0]!.name}\`` : `${scope.namespaces.length} namespaces`;
      const named = r.names.find((n) => n.name === 'default');
      if (r.names.length > 0) {
        if (!named) continue; // names and selector are ANDed: default is out
        const sel = r.serviceAccountsSelector?.selector;
        if (r.serviceAccountsSelector && !sel) continue;
        const matches = !sel || scope.namespaces.some((ns) => ns.certain && evaluate(sel, inv.accountsIn(ns.name).find((a) => a.name === 'default')!.labels));
        if (matches) ctx.report({ messageId: 'name', data: { where }, path: named.path });
        continue;
      }
      const sel = r.serviceAccountsSelector?.selector;
      if (!sel) continue;
      const hit = scope.namespaces.filter((ns) => ns.certain && evaluate(sel, inv.accountsIn(ns.name).find((a) => a.name === 'default')!.labels));
      if (hit.length === 0) continue;
      ctx.report({
        messageId: 'selector',
        data: { selector: r.serviceAccountsSelector!.text, where: hit.length === 1 ? `namespace \`${hit[0]!.name}\`` : `${hit.length} namespaces` },
        path: r.serviceAccountsSelector!.path,
      });
    }
  },
});
