import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at } from '../support/rbac.js';

const sa = (name: string, ns: string, email: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  annotations:\n    iam.gke.io/gcp-service-account: ${email}\nautomountServiceAccountToken: false\n`;
const E = 'backend@shop-prod.iam.gserviceaccount.com';
const twoAccounts = sa('api', 'shop', E) + '---\n' + sa('worker', 'jobs', E);
const pod = (name: string) => `---\napiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, namespace: shop }\nspec:\n  serviceAccountName: api\n  automountServiceAccountToken: false\n  containers: []\n`;
const twoWorkloads = sa('api', 'shop', 'api@shop-prod.iam.gserviceaccount.com') + pod('a') + pod('b');

const cases: Case[] = [
  {
    name: 'one identity on two accounts: each account is reported on the value',
    code: twoAccounts,
    errors: [
      { messageId: 'accounts', ...at(twoAccounts, 7, E), message: 'ServiceAccount `jobs/worker`' },
      { messageId: 'accounts', ...at(twoAccounts, 16, E), message: 'ServiceAccount `shop/api`' },
    ],
  },
  { name: 'one identity-carrying account used by two workloads', code: twoWorkloads, errors: [{ messageId: 'workloads', line: 7, column: 37, message: 'Pod `shop/a`, Pod `shop/b`' }] },
  { name: 'valid: distinct identities and one workload each', code: sa('api', 'shop', 'api@shop-prod.iam.gserviceaccount.com') + '---\n' + sa('worker', 'shop', E) + pod('a'), errors: [] },
];

describe('cloud-identity-shared', () => {
  it.each(cases)('$name', (c) => runCase('cloud-identity-shared', c));
});
