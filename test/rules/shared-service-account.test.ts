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

const cases: Case[] = [
  {
    name: 'two workloads, one account: each is reported on its serviceAccountName',
    code: SHARED,
    errors: [
      { messageId: 'shared', line: 7, column: 27, message: 'CronJob `shop/cleanup`' },
      { messageId: 'shared', line: 18, column: 31, message: 'Deployment `shop/api`' },
    ],
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
  it('links the other workloads as related locations', () => {
    const f = scan(SHARED).filter((x) => x.ruleId === 'shared-service-account');
    expect(f[0]!.related.map((r) => [r.label, r.location.region.startLine])).toEqual([['CronJob `shop/cleanup`', 18]]);
  });
});
