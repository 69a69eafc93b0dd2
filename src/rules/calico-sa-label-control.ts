import { accountScope, type SelectorField } from '../inventory/calico/policy.js';
import { labelsOf } from '../inventory/calico/selector.js';
import type { BindingInfo, SubjectInfo } from '../inventory/rbac/types.js';
import { defineRule } from './rule.js';
import { appliesToCalico } from './_calico.js';
import { bindingLabel, subjectLabel } from './_rbac.js';

export default defineRule({
  id: 'calico-sa-label-control',
  meta: {
    title: 'ServiceAccount labels that pick Calico policy groups are writable',
    description:
      'A Calico policy selects ServiceAccounts by label, and subjects in the set may update or patch those ServiceAccounts, so they can move workloads between policy groups.',
    level: 'warning',
    tags: ['security', 'network-identity', 'rbac'],
    securitySeverity: '6.0',
    precision: 'medium',
    messages: {
      control:
        '`{field}` `{selector}` selects ServiceAccounts by label, and {subjects} may update or patch ServiceAccounts in {where}; relabelling an account moves its pods into or out of this policy',
    },
    remediation: 'Keep update and patch on ServiceAccounts with the people or controllers that decide network access, or select accounts by name.',
    references: ['https://docs.tigera.io/calico/latest/network-policy/policy-rules/service-accounts#use-kubernetes-rbac-to-control-service-account-label-assignment'],
    docs: {
      rationale:
        "Calico's documentation recommends ServiceAccount labels because RBAC controls who may set them — which only holds if few subjects may update ServiceAccounts. saguard asks the RBAC engine who may `update` or `patch` `serviceaccounts` where the selector reaches and names them (bindings in the set; built-in bootstrap bindings are left out). Selectors that test only `projectcalico.org/name` are not label-based and are not reported.",
      failing: `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: restrict-intern-access
spec:
  serviceAccountSelector: role == "intern"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          selector: role == "intern"
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: intern-tools
  namespace: dev
  labels: { role: intern }
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: dev-team, namespace: dev }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
subjects:
  - { kind: Group, name: dev-team, apiGroup: rbac.authorization.k8s.io }
`,
      passing: `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: restrict-intern-access
spec:
  serviceAccountSelector: role == "intern"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          selector: role == "intern"
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: intern-tools
  namespace: dev
  labels: { role: intern }
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: dev-team, namespace: dev }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
  - { kind: Group, name: dev-team, apiGroup: rbac.authorization.k8s.io }
`,
    },
  },
  appliesTo: appliesToCalico,
  check(o, ctx) {
    const inv = ctx.inventory;
    const engine = inv.rbac;
    const p = inv.calicoPolicyOf(o);
    const judge = (f: SelectorField | undefined, nsSelector: SelectorField | undefined): void => {
      if (!f?.selector || labelsOf(f.selector).every((l) => l === 'projectcalico.org/name')) return;
      const scope = accountScope(p, nsSelector, inv.namespaces);
      // Cluster-wide grants, and each namespace the selector reaches.
      const namespaces = scope.all ? ['', ...scope.namespaces.map((n) => n.name)] : scope.namespaces.map((n) => n.name);
      const found = new Map<string, { subject: SubjectInfo; binding: BindingInfo }>();
      for (const ns of namespaces) {
        for (const verb of ['update', 'patch']) {
          for (const w of engine.whoCan({ kind: 'resource', verb, apiGroup: '', resource: 'serviceaccounts', subresource: '', name: '', namespace: ns })) {
            if (w.binding.builtin) continue;
            const key = `${subjectLabel(w.subject, w.binding)}|${bindingLabel(w.binding)}`;
            if (!found.has(key)) found.set(key, { subject: w.subject, binding: w.binding });
          }
        }
      }
      if (found.size === 0) return;
      const list = [...found.values()];
      const subjects = list.slice(0, 3).map((x) => `${subjectLabel(x.subject, x.binding)} (through ${bindingLabel(x.binding)})`).join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
      ctx.report({
        messageId: 'control',
        data: { field: String(f.path[f.path.length - 1]), selector: f.text, subjects, where: scope.all ? 'the cluster' : namespaces.map((n) => `\`${n}\``).join(', ') },
        path: f.path,
        related: list.filter((x) => x.binding.object).slice(0, 10).map((x) => ({ object: x.binding.object!, path: ['subjects', x.subject.index], label: bindingLabel(x.binding) })),
      });
    };
    judge(p.serviceAccountSelector, p.namespaceSelector);
    for (const r of p.rules) judge(r.serviceAccountsSelector, r.namespaceSelector);
  },
});
