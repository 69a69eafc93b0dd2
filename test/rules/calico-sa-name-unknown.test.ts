import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at } from '../support/rbac.js';

const SA = (name: string, ns: string) => `---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: ${name}, namespace: ${ns} }\nautomountServiceAccountToken: false\n`;
const np = (source: string) => `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: { name: p, namespace: prod }\nspec:\n  ingress:\n    - action: Allow\n      source: ${source}\n`;
const gnp = (source: string) => `apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: { name: p }\nspec:\n  ingress:\n    - action: Allow\n      source: ${source}\n`;

const otherNs = np('{ serviceAccounts: { names: [api-service, user-auth-service] } }') + SA('api-service', 'prod') + SA('user-auth-service', 'auth');
const global = gnp('{ serviceAccounts: { names: [builder, biulder] } }') + SA('builder', 'ci');
const selected = np('{ namespaceSelector: team == "ci", serviceAccounts: { names: [builder] } }') + SA('builder', 'ops') + '---\napiVersion: v1\nkind: Namespace\nmetadata: { name: ops, labels: { team: ops } }\n';

const cases: Case[] = [
  { name: 'a NetworkPolicy reaches its own namespace only', code: otherNs, errors: [{ messageId: 'policyNamespace', ...at(otherNs, 7, 'user-auth-service'), path: ['spec', 'ingress', 0, 'source', 'serviceAccounts', 'names', 1], message: 'namespace `prod`' }] },
  { name: 'a GlobalNetworkPolicy reaches every namespace', code: global, errors: [{ messageId: 'anyNamespace', ...at(global, 7, 'biulder') }] },
  { name: 'with a namespaceSelector, the namespaces it selects', code: selected, errors: [{ messageId: 'selected', ...at(selected, 7, 'builder'), message: 'none' }] },
  { name: 'valid: namespaceSelector all() widens to every namespace', code: np('{ namespaceSelector: all(), serviceAccounts: { names: [builder] } }') + SA('builder', 'ops'), errors: [] },
  { name: 'valid: a namespace whose labels the set does not show may match', code: np('{ namespaceSelector: team == "ci", serviceAccounts: { names: [builder] } }') + SA('builder', 'ci'), errors: [] },
  { name: 'valid: default always exists', code: np('{ serviceAccounts: { names: [default] } }'), errors: [] },
];

describe('calico-sa-name-unknown', () => {
  it.each(cases)('$name', (c) => runCase('calico-sa-name-unknown', c));
});
