/** The Calico policy model: both API groups, name normalisation, and the namespace scope of ServiceAccount matches. */
import { describe, expect, it } from 'vitest';
import { inventoryOf } from '../../src/index.js';
import { accountScope } from '../../src/inventory/calico/policy.js';

const inv = (text: string) => inventoryOf([{ path: 'p.yaml', text }]);
const NS = '---\napiVersion: v1\nkind: Namespace\nmetadata: { name: ci, labels: { team: build } }\n---\napiVersion: v1\nkind: Namespace\nmetadata: { name: shop, labels: { team: web } }\n';

describe('Calico policy model', () => {
  it('reads both API groups and strips the legacy default. prefix of crd.projectcalico.org names', () => {
    const i = inv('apiVersion: crd.projectcalico.org/v1\nkind: GlobalNetworkPolicy\nmetadata: { name: default.deny-all }\nspec: { selector: all() }\n---\napiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: { name: default.x, namespace: shop }\nspec: {}\n');
    expect(i.objects.map((o) => i.calicoPolicyOf(o).name)).toEqual(['deny-all', 'default.x']);
    expect(i.objects.map((o) => i.calicoPolicyOf(o).global)).toEqual([true, false]);
  });
  it.each([
    ['a NetworkPolicy rule without namespaceSelector: its own namespace', 'NetworkPolicy', 'shop', '', { all: false, namespaces: [{ name: 'shop', certain: true }] }],
    ['a GlobalNetworkPolicy rule without one: every namespace', 'GlobalNetworkPolicy', undefined, '', { all: true, namespaces: [{ name: 'ci', certain: true }, { name: 'shop', certain: true }] }],
    ['namespaceSelector all(): every namespace, from a NetworkPolicy too', 'NetworkPolicy', 'shop', 'namespaceSelector: all()', { all: false, namespaces: [{ name: 'ci', certain: true }, { name: 'shop', certain: true }] }],
    ['namespaceSelector global(): no namespace', 'GlobalNetworkPolicy', undefined, 'namespaceSelector: global()', { all: false, namespaces: [] }],
    ['namespaceSelector on namespace labels (pcns.)', 'GlobalNetworkPolicy', undefined, 'namespaceSelector: team == "build"', { all: false, namespaces: [{ name: 'ci', certain: true }] }],
    ['projectcalico.org/name is the namespace name there', 'NetworkPolicy', 'shop', "namespaceSelector: projectcalico.org/name == 'ci'", { all: false, namespaces: [{ name: 'ci', certain: true }] }],
  ] as const)('%s', (_, kind, ns, nsSel, expected) => {
    const i = inv(`apiVersion: projectcalico.org/v3\nkind: ${kind}\nmetadata: { name: p${ns ? `, namespace: ${ns}` : ''} }\nspec:\n  ingress:\n    - action: Allow\n      source: { ${nsSel ? `${nsSel}, ` : ''}serviceAccounts: { names: [a] } }\n${NS}`);
    const p = i.calicoPolicyOf(i.objects[0]!);
    expect(accountScope(p, p.rules[0]!.namespaceSelector, i.namespaces)).toEqual(expected);
  });
  it('a namespace whose Namespace object is missing may match a label selector (unknown, not false)', () => {
    const i = inv('apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: { name: p }\nspec:\n  namespaceSelector: team == "x"\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a, namespace: elsewhere }\n');
    const p = i.calicoPolicyOf(i.objects[0]!);
    expect(accountScope(p, p.namespaceSelector, i.namespaces).namespaces).toEqual([{ name: 'elsewhere', certain: false }]);
  });
  it('ServiceAccount selectors see the account labels and projectcalico.org/name; default is always there', () => {
    const i = inv('apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api, namespace: shop, labels: { team: web } }\n');
    expect(i.accountsIn('shop')).toEqual([
      { name: 'api', labels: { team: 'web', 'projectcalico.org/name': 'api' }, object: i.objects[0] },
      { name: 'default', labels: { 'projectcalico.org/name': 'default' }, object: undefined },
    ]);
  });
  it('accounts matched by a policy count as used (names and selectors ANDed)', () => {
    const i = inv(
      'apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: { name: p, namespace: shop }\nspec:\n  ingress:\n    - action: Allow\n      source: { serviceAccounts: { names: [a, b], selector: team == "web" } }\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a, namespace: shop, labels: { team: web } }\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: b, namespace: shop }\n',
    );
    expect([i.usesOf({ namespace: 'shop', name: 'a' }).length, i.usesOf({ namespace: 'shop', name: 'b' }).length]).toEqual([1, 0]);
  });
});
