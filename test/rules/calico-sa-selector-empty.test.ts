import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at } from '../support/rbac.js';

const SA = (name: string, ns: string, labels = '{}') => `---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: ${name}, namespace: ${ns}, labels: ${labels} }\nautomountServiceAccountToken: false\n`;
const np = (spec: string) => `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: { name: p, namespace: prod }\nspec:\n${spec}`;

const podLabels = np('  ingress:\n    - action: Allow\n      source:\n        serviceAccounts:\n          selector: app == "web-frontend"\n') + SA('web', 'prod');
const policyLevel = `apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: { name: g }\nspec:\n  serviceAccountSelector: role == "intern"\n` + SA('dev', 'dev', '{ role: developer }');
const otherNs = np('  serviceAccountSelector: app == "web-frontend"\n') + SA('web', 'stage', '{ app: web-frontend }');

const cases: Case[] = [
  { name: 'a rule selector testing labels no account has', code: podLabels, errors: [{ messageId: 'empty', ...at(podLabels, 9, 'app'), message: 'namespace `prod`' }] },
  { name: 'a policy-level selector of a GlobalNetworkPolicy', code: policyLevel, errors: [{ messageId: 'empty', ...at(policyLevel, 5, 'role'), message: 'any namespace' }] },
  { name: 'a matching account only in another namespace', code: otherNs, errors: [{ messageId: 'empty', ...at(otherNs, 5, 'app'), path: ['spec', 'serviceAccountSelector'] }] },
  { name: 'valid: the account carries the label', code: np('  serviceAccountSelector: app == "web-frontend"\n') + SA('web', 'prod', '{ app: web-frontend }'), errors: [] },
  { name: 'valid: projectcalico.org/name is the account name', code: np('  serviceAccountSelector: projectcalico.org/name == "web"\n') + SA('web', 'prod'), errors: [] },
  { name: 'valid: the implicit default account matches !has()', code: np('  serviceAccountSelector: "!has(restricted)"\n'), errors: [] },
];

describe('calico-sa-selector-empty', () => {
  it.each(cases)('$name', (c) => runCase('calico-sa-selector-empty', c));
});
