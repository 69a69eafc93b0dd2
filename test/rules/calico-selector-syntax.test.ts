import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';

const np = (spec: string, group = 'projectcalico.org/v3') => `apiVersion: ${group}\nkind: NetworkPolicy\nmetadata: { name: p, namespace: shop }\nspec:\n${spec}`;
const gnp = (spec: string) => `apiVersion: crd.projectcalico.org/v1\nkind: GlobalNetworkPolicy\nmetadata: { name: default.p }\nspec:\n${spec}`;

const cases: Case[] = [
  {
    name: 'a single = (plain scalar): the column inside the selector maps to the file',
    code: np('  selector: app=db\n'),
    errors: [{ messageId: 'syntax', line: 5, column: 16, path: ['spec', 'selector'], message: 'column 4 of the selector' }],
  },
  {
    name: 'a double-quoted YAML scalar: one more column for the quote',
    code: np('  selector: "app == \'db\' && tier = \'x\'"\n'),
    errors: [{ messageId: 'syntax', line: 5, column: 34, message: 'a single `=` is not an operator' }],
  },
  {
    name: 'a single-quoted YAML scalar in a rule of the crd.projectcalico.org group',
    code: gnp("  ingress:\n    - action: Allow\n      source:\n        namespaceSelector: 'team in (\"a\")'\n"),
    errors: [{ messageId: 'syntax', line: 8, column: 37 }],
  },
  {
    name: 'serviceAccounts.selector and notSelector are checked too',
    code: np('  ingress:\n    - action: Allow\n      source:\n        notSelector: has (x)\n        serviceAccounts:\n          selector: role == intern\n'),
    errors: [
      { messageId: 'syntax', line: 8, column: 26 },
      { messageId: 'syntax', line: 10, column: 29 },
    ],
  },
  {
    name: 'global() outside a rule namespaceSelector',
    code: gnp('  selector: global()\n  ingress:\n    - action: Allow\n      source:\n        namespaceSelector: global()\n'),
    errors: [{ messageId: 'global', line: 5, column: 13, path: ['spec', 'selector'] }],
  },
  { name: 'longer than 1024 characters', code: np(`  selector: ${'a == "b" && '.repeat(90)}a == "b"\n`), errors: [{ messageId: 'tooLong', line: 5, column: 13 }] },
  { name: 'valid: the grammar\'s corners', code: np('  selector: app.kubernetes.io/name in {"a", "b",} && !has(x) || c starts with "y"\n  serviceAccountSelector: ""\n'), errors: [] },
  { name: 'valid: a Kubernetes NetworkPolicy is not Calico\'s', code: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p }\nspec:\n  selector: app=db\n', errors: [] },
];

describe('calico-selector-syntax', () => {
  it.each(cases)('$name', (c) => runCase('calico-selector-syntax', c));
});
