import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at } from '../support/rbac.js';

const np = (action: string, sa: string) => `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: { name: p, namespace: shop }\nspec:\n  ingress:\n    - action: ${action}\n      source:\n        serviceAccounts: ${sa}\n`;
const byName = np('Allow', '{ names: [api, default] }');
const bySelector = np('Allow', "{ selector: '!has(restricted)' }");

const cases: Case[] = [
  { name: 'by name', code: byName, errors: [{ messageId: 'name', ...at(byName, 8, 'default'), message: 'namespace `shop`' }] },
  { name: 'by a selector the unlabelled default satisfies', code: bySelector, errors: [{ messageId: 'selector', ...at(bySelector, 8, "'!has"), path: ['spec', 'ingress', 0, 'source', 'serviceAccounts', 'selector'] }] },
  { name: 'valid: a Deny rule', code: np('Deny', '{ names: [default] }'), errors: [] },
  { name: 'valid: names and selector are ANDed, and the selector excludes default', code: np('Allow', '{ names: [default], selector: \'team == "a"\' }'), errors: [] },
  { name: 'valid: a selector that needs a label', code: np('Allow', '{ selector: \'role == "api"\' }'), errors: [] },
];

describe('calico-allows-default-sa', () => {
  it.each(cases)('$name', (c) => runCase('calico-allows-default-sa', c));
});
