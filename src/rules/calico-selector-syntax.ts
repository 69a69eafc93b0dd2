import { MAX_SELECTOR, selectorFields } from '../inventory/calico/policy.js';
import { usesGlobal } from '../inventory/calico/selector.js';
import { defineRule } from './rule.js';
import { appliesToCalico } from './_calico.js';

export default defineRule({
  id: 'calico-selector-syntax',
  meta: {
    title: 'Invalid Calico selector',
    description: 'A selector field of a Calico NetworkPolicy or GlobalNetworkPolicy (either API group) does not parse, is longer than 1024 characters, or uses `global()` outside a rule\'s namespaceSelector.',
    level: 'error',
    tags: ['network-identity', 'input'],
    precision: 'very-high',
    messages: {
      syntax: '`{field}` is not a valid Calico selector: {detail} (column {column} of the selector)',
      tooLong: '`{field}` has {length} characters; Calico accepts at most 1024',
      global: '`global()` in `{field}` is rejected by Calico; it is only meaningful in a rule\'s `namespaceSelector`',
    },
    remediation: 'Fix the selector: values in double or single quotes (no escapes), `==` not `=`, `&&`/`||`, sets as `{"a", "b"}`, `has(label)` without a space.',
    references: ['https://docs.tigera.io/calico/latest/reference/resources/networkpolicy#selectors'],
    docs: {
      rationale:
        "Calico selectors are not Kubernetes label selectors: `app=web` (one `=`, unquoted value) is an error, `\\\\\"` is no escape, and only spaces and tabs separate tokens. A policy with an invalid selector is rejected by the API or, in the `crd.projectcalico.org` group, stored and then ignored by Felix — the traffic it was meant to restrict stays open. saguard parses every selector field with Calico's grammar and points at the column of the problem.",
      failing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  selector: app=db
  ingress:
    - action: Allow
      source:
        selector: app == "api"
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
        selector: app == "api"
`,
    },
  },
  appliesTo: appliesToCalico,
  check(o, ctx) {
    const p = ctx.inventory.calicoPolicyOf(o);
    for (const f of selectorFields(p)) {
      const name = String(f.path[f.path.length - 1]);
      if (f.text.length > MAX_SELECTOR) {
        ctx.report({ messageId: 'tooLong', data: { field: name, length: f.text.length }, path: f.path });
        continue;
      }
      if (f.error) {
        ctx.report({ messageId: 'syntax', data: { field: name, detail: f.error.message, column: f.error.offset + 1 }, path: f.path, offset: f.error.offset });
        continue;
      }
      if (f.selector && usesGlobal(f.selector) && f.role !== 'ruleNamespaceSelector') {
        ctx.report({ messageId: 'global', data: { field: name }, path: f.path });
      }
    }
  },
});
