import { describe, expect, it } from 'vitest';
import { runCase, scan, type Case } from '../support/helpers.js';
import { at } from '../support/rbac.js';

const sa = (name: string, ns: string, email: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  annotations:\n    iam.gke.io/gcp-service-account: ${email}\nautomountServiceAccountToken: false\n`;
const E = 'backend@shop-prod.iam.gserviceaccount.com';
const twoAccounts = sa('api', 'shop', E) + '---\n' + sa('worker', 'jobs', E);
const pod = (name: string) => `---\napiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, namespace: shop }\nspec:\n  serviceAccountName: api\n  automountServiceAccountToken: false\n  containers: []\n`;
const twoWorkloads = sa('api', 'shop', 'api@shop-prod.iam.gserviceaccount.com') + pod('a') + pod('b');

const cases: Case[] = [
  // One finding per identity and per account, listing the others.
  {
    name: 'one identity on two accounts: one finding, on the first account\'s value',
    code: twoAccounts,
    errors: [{ messageId: 'accounts', ...at(twoAccounts, 7, E), level: 'note', message: 'is federated to 2 ServiceAccounts (shop/api and jobs/worker)' }],
  },
  { name: 'one identity-carrying account used by two workloads', code: twoWorkloads, errors: [{ messageId: 'workloads', line: 7, column: 37, level: 'note', message: 'is used by 2 workloads (Pod a and Pod b)' }] },
  { name: 'valid: distinct identities and one workload each', code: sa('api', 'shop', 'api@shop-prod.iam.gserviceaccount.com') + '---\n' + sa('worker', 'shop', E) + pod('a'), errors: [] },
];

describe('cloud-identity-shared', () => {
  it.each(cases)('$name', (c) => runCase('cloud-identity-shared', c));
  it('relates the other accounts and every workload; shared-service-account leaves the account to this rule', () => {
    const f = scan(twoAccounts).find((x) => x.ruleId === 'cloud-identity-shared')!;
    expect(f.related.map((r) => [r.label, r.location.region.startLine])).toEqual([['ServiceAccount `jobs/worker`', 16]]);
    const w = scan(twoWorkloads);
    expect(w.find((x) => x.ruleId === 'cloud-identity-shared')!.related.map((r) => r.label)).toEqual(['Pod `shop/a`', 'Pod `shop/b`']);
    expect(w.filter((x) => x.ruleId === 'shared-service-account')).toEqual([]);
  });
});
