import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at } from '../support/rbac.js';

const SAS = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: frontend, namespace: shop }\nautomountServiceAccountToken: false\n---\n';
const policy = (source: string) => `${SAS}apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: { name: p, namespace: shop }\nspec:\n  rules:\n    - from:\n        - source: ${source}\n`;
const oneOfTwo = policy('{ principals: ["cluster.local/ns/shop/sa/frontend", "cluster.local/ns/shop/sa/fronted"] }');
const spiffe = policy('{ notPrincipals: ["spiffe://cluster.local/ns/ops/sa/default"] }');
const sas = policy('{ serviceAccounts: ["frontend", "web", "ops/builder"] }');
const defaultSa = policy('{ principals: ["cluster.local/ns/ops/sa/default"] }');
const anyTd = policy('{ principals: ["*/ns/shop/sa/api"] }');

const cases: Case[] = [
  { name: 'one known and one unknown principal', code: oneOfTwo, errors: [{ messageId: 'unknown', ...at(oneOfTwo, 12, '"cluster.local/ns/shop/sa/fronted"'), path: ['spec', 'rules', 0, 'from', 0, 'source', 'principals', 1] }] },
  // Item 13: Istio adds spiffe:// itself; a principal written with it matches nobody.
  { name: 'a principal with spiffe:// matches nobody', code: spiffe, errors: [{ messageId: 'spiffe', ...at(spiffe, 12, '"spiffe://'), level: 'warning', message: 'write `cluster.local/ns/ops/sa/default`' }] },
  { name: 'a default account', code: defaultSa, errors: [{ messageId: 'default', ...at(defaultSa, 12, '"cluster.local'), level: 'warning', message: 'namespace `ops`' }] },
  {
    name: 'serviceAccounts: bare names are in the policy namespace',
    code: sas,
    errors: [
      { messageId: 'unknown', ...at(sas, 12, '"web"'), message: '`shop/web`' },
      { messageId: 'unknown', ...at(sas, 12, '"ops/builder"'), message: '`ops/builder`' },
    ],
  },
  { name: 'any trust domain (*) still names the account', code: anyTd, errors: [{ messageId: 'unknown', ...at(anyTd, 12, '"*/ns/shop/sa/api"') }] },
  { name: 'valid: wildcards and other trust domains are not judged', code: policy('{ principals: ["cluster.local/ns/shop/*", "*", "other.td/ns/shop/sa/x", "cluster.local/ns/shop/sa/front*"] }'), errors: [] },
  { name: 'valid: accounts listed as known', code: policy('{ principals: ["cluster.local/ns/ops/sa/builder"] }'), config: { knownServiceAccounts: ['ops/*'] }, errors: [] },
];

describe('istio-principal-unknown', () => {
  it.each(cases)('$name', (c) => runCase('istio-principal-unknown', c));
});
