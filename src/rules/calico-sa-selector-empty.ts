import { accountScope, type SelectorField } from '../inventory/calico/policy.js';
import { evaluate } from '../inventory/calico/selector.js';
import { defineRule } from './rule.js';
import { appliesToCalico } from './_calico.js';

export default defineRule({
  id: 'calico-sa-selector-empty',
  meta: {
    title: 'Calico ServiceAccount selector matches no account',
    description: '`serviceAccountSelector` or a rule\'s `serviceAccounts.selector` matches no ServiceAccount of the scanned files in the namespaces it reaches.',
    level: 'warning',
    tags: ['security', 'network-identity'],
    securitySeverity: '4.0',
    precision: 'high',
    messages: {
      empty: '`{field}` `{selector}` matches no ServiceAccount of the scanned files in {where}; ServiceAccount selectors test the account\'s labels (and `projectcalico.org/name`), not the pod\'s',
    },
    remediation: 'Label the ServiceAccounts the policy is meant for, or fix the selector (it tests ServiceAccount labels, not pod labels).',
    references: ['https://docs.tigera.io/calico/latest/network-policy/policy-rules/service-accounts'],
    docs: {
      rationale:
        "Calico prefixes every label of a ServiceAccount selector with `pcsa.` and tests it against the labels of the pod's ServiceAccount. Writing pod labels there (`app == \"web\"` when the pods, not their account, carry `app: web`) selects nobody: an Allow rule opens nothing, and a policy whose `serviceAccountSelector` is empty protects nothing.",
      failing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: allow-web-frontend
  namespace: prod-engineering
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          selector: app == "web-frontend"
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: web, namespace: prod-engineering }
automountServiceAccountToken: false
`,
      passing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: allow-web-frontend
  namespace: prod-engineering
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          selector: app == "web-frontend"
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: prod-engineering
  labels: { app: web-frontend }
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: appliesToCalico,
  check(o, ctx) {
    const inv = ctx.inventory;
    const p = inv.calicoPolicyOf(o);
    const judge = (f: SelectorField | undefined, nsSelector: SelectorField | undefined): void => {
      if (!f?.selector || (nsSelector && !nsSelector.selector)) return;
      const sel = f.selector;
      const scope = accountScope(p, nsSelector, inv.namespaces);
      const matched = scope.namespaces.some((ns) => inv.accountsIn(ns.name).some((a) => evaluate(sel, a.labels)));
      if (matched) return;
      const where = scope.all ? 'any namespace' : scope.namespaces.length === 0 ? 'the namespaces its namespaceSelector reaches (none in the scanned files)' : `namespace ${scope.namespaces.map((n) => `\`${n.name}\``).join(', ')}`;
      ctx.report({ messageId: 'empty', data: { field: String(f.path[f.path.length - 1]), selector: f.text, where }, path: f.path });
    };
    judge(p.serviceAccountSelector, p.namespaceSelector);
    for (const r of p.rules) judge(r.serviceAccountsSelector, r.namespaceSelector);
  },
});
