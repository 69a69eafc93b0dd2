import { describe, expect, it } from 'vitest';
import { runCase, scan, yaml, type Case } from '../support/helpers.js';

const SHARED = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: api, namespace: shop }
  spec:
    template:
      spec:
        serviceAccountName: backend
        containers: [{ name: c, image: nginx }]
  ---
  apiVersion: batch/v1
  kind: CronJob
  metadata: { name: cleanup, namespace: shop }
  spec:
    jobTemplate:
      spec:
        template:
          spec:
            serviceAccountName: backend
            containers: [{ name: c, image: nginx }]
`;

const SA = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: backend, namespace: shop }\nautomountServiceAccountToken: false\n---\n';

// One finding per account, listing the workloads.
const cases: Case[] = [
  {
    name: 'two workloads, one account in the files: one finding on the account',
    code: SA + SHARED,
    errors: [{ messageId: 'shared', line: 3, column: 19, level: 'note', path: ['metadata', 'name'], message: 'ServiceAccount `shop/backend` is used by 2 workloads (Deployment api and CronJob cleanup)' }],
  },
  {
    name: 'the account not in the files: one finding on the first workload',
    code: SHARED,
    errors: [{ messageId: 'shared', line: 7, column: 27, level: 'note', path: ['spec', 'template', 'spec', 'serviceAccountName'] }],
  },
  {
    name: 'valid: the same account name in two namespaces is two accounts',
    code: SHARED.replace('namespace: shop }\nspec:\n  jobTemplate', 'namespace: ops }\nspec:\n  jobTemplate'),
    errors: [],
  },
  {
    name: 'valid: the same object twice (two install variants) is one workload',
    code: `${SHARED.split('---')[0]}---\n${SHARED.split('---')[0]}`,
    errors: [],
  },
  {
    name: 'valid: default is default-service-account\'s business',
    code: SHARED.replace(/backend/g, 'default'),
    errors: [],
  },
];

describe('shared-service-account', () => {
  it.each(cases)('$name', (c) => runCase('shared-service-account', c));
  it('links the workloads as related locations', () => {
    expect(scan(SHARED).filter((x) => x.ruleId === 'shared-service-account')[0]!.related.map((r) => [r.label, r.location.region.startLine])).toEqual([['CronJob `shop/cleanup`', 18]]);
    expect(scan(SA + SHARED).filter((x) => x.ruleId === 'shared-service-account')[0]!.related.map((r) => [r.label, r.location.region.startLine])).toEqual([
      ['Deployment `shop/api`', 12],
      ['CronJob `shop/cleanup`', 23],
    ]);
  });
});
