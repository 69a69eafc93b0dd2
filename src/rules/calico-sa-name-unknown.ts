import { accountScope } from '../inventory/calico/policy.js';
import { defineRule } from './rule.js';
import { appliesToCalico } from './_calico.js';

export default defineRule({
  id: 'calico-sa-name-unknown',
  meta: {
    title: 'Calico rule names an unknown ServiceAccount',
    description:
      '`serviceAccounts.names` in a Calico rule names an account absent from the namespaces the rule reaches: the policy\'s own for a NetworkPolicy, every namespace for a GlobalNetworkPolicy, or those its namespaceSelector selects.',
    level: 'warning',
    tags: ['security', 'network-identity'],
    securitySeverity: '4.0',
    precision: 'high',
    messages: {
      policyNamespace: 'ServiceAccount `{name}` of namespace `{namespace}` is not in the scanned files; a NetworkPolicy rule without namespaceSelector matches accounts of its own namespace only',
      anyNamespace: 'no namespace of the scanned files has a ServiceAccount `{name}`, so this rule matches no pod of theirs',
      selected: 'none of the namespaces the namespaceSelector reaches ({namespaces}) has a ServiceAccount `{name}` in the scanned files',
    },
    remediation: 'Fix the account name, add a namespaceSelector when the account lives in another namespace, or add the account to the manifests.',
    references: ['https://docs.tigera.io/calico/latest/network-policy/policy-rules/service-accounts'],
    docs: {
      rationale:
        "`serviceAccounts.names` becomes `projectcalico.org/serviceaccount in {...}`: it tests the name only, and in a NetworkPolicy the namespace is the policy's own unless the rule has a namespaceSelector. A name that exists only in another namespace — the usual mistake — or a typo matches no pod, so an Allow rule allows nothing and a Deny rule denies nothing.",
      failing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: demo-calico
  namespace: prod-engineering
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          names: [api-service, user-auth-service]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api-service, namespace: prod-engineering }
automountServiceAccountToken: false
`,
      passing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: demo-calico
  namespace: prod-engineering
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          names: [api-service, user-auth-service]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api-service, namespace: prod-engineering }
automountServiceAccountToken: false
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: user-auth-service, namespace: prod-engineering }
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: appliesToCalico,
  check(o, ctx) {
    const inv = ctx.inventory;
    const p = inv.calicoPolicyOf(o);
    for (const r of p.rules) {
      if (r.names.length === 0 || (r.namespaceSelector && !r.namespaceSelector.selector)) continue;
      const scope = accountScope(p, r.namespaceSelector, inv.namespaces);
      for (const { name, path } of r.names) {
        if (name === 'default') continue; // always exists; calico-allows-default-sa's business
        const found = scope.namespaces.some((ns) => inv.serviceAccount({ namespace: ns.name, name }) || inv.isKnownAccount({ namespace: ns.name, name }));
        if (found) continue;
        if (r.namespaceSelector) {
          ctx.report({ messageId: 'selected', data: { name, namespaces: scope.namespaces.map((n) => `\`${n.name}\``).join(', ') || 'none' }, path });
        } else if (scope.all) ctx.report({ messageId: 'anyNamespace', data: { name }, path });
        else ctx.report({ messageId: 'policyNamespace', data: { name, namespace: p.namespace ?? 'default' }, path });
      }
    }
  },
});
