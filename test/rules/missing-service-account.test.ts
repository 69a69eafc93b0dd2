import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';

const DEPLOY = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: api, namespace: shop }
  spec:
    template:
      spec:
        serviceAccountName: api
        containers: [{ name: c, image: nginx }]
`;

const cases: Case[] = [
  { name: 'named account absent from the set', code: DEPLOY, errors: [{ messageId: 'missing', line: 7, column: 27, path: ['spec', 'template', 'spec', 'serviceAccountName'], message: '`shop/api`' }] },
  {
    name: 'the account exists in another namespace only',
    code: `${DEPLOY}---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api, namespace: other }\n`,
    errors: [{ messageId: 'missing', line: 7, column: 27 }],
  },
  { name: 'valid: present', code: `${DEPLOY}---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api, namespace: shop }\n`, errors: [] },
  { name: 'valid: listed in knownServiceAccounts', code: DEPLOY, config: { knownServiceAccounts: ['shop/*'] }, errors: [] },
  { name: 'knownServiceAccounts of other namespaces or names do not cover it', code: DEPLOY, config: { knownServiceAccounts: ['shop-*/api', 'shop/api-*', '*/ap'] }, errors: [{ messageId: 'missing', line: 7, column: 27 }] },
  { name: 'valid: knownServiceAccounts globs as in paths (alternatives, classes)', code: DEPLOY, config: { knownServiceAccounts: ['{ops,shop}/a[op]i'] }, errors: [] },
  {
    name: 'valid: the namespace default applies to both objects',
    code: yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: api }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: api }
      spec:
        serviceAccountName: api
        containers: [{ name: c, image: nginx }]
    `,
    config: { namespace: 'release' },
    errors: [],
  },
  { name: 'valid: default always exists', code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  serviceAccountName: default\n  containers: []\n', errors: [] },
];

describe('missing-service-account', () => {
  it.each(cases)('$name', (c) => runCase('missing-service-account', c));
});
