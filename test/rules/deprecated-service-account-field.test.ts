import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';

const cases: Case[] = [
  {
    name: 'serviceAccount alone is deprecated',
    code: yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        serviceAccount: api
        containers: [{ name: c, image: nginx }]
    `,
    errors: [{ messageId: 'deprecated', line: 5, column: 19, level: 'warning', path: ['spec', 'serviceAccount'], message: '`serviceAccountName: api`' }],
  },
  {
    name: 'disagreeing with serviceAccountName is an error',
    code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: d }
      spec:
        template:
          spec:
            serviceAccountName: api
            serviceAccount: admin
            containers: [{ name: c, image: nginx }]
    `,
    errors: [{ messageId: 'conflict', line: 8, column: 23, level: 'error', path: ['spec', 'template', 'spec', 'serviceAccount'], message: 'the pod runs as `api`' }],
  },
  {
    // Item 9: the API server writes serviceAccount back equal to serviceAccountName.
    name: 'agreeing with serviceAccountName is only redundant (a note)',
    code: yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        serviceAccountName: api
        serviceAccount: api
        containers: [{ name: c, image: nginx }]
    `,
    errors: [{ messageId: 'redundant', line: 6, column: 19, level: 'note', path: ['spec', 'serviceAccount'] }],
  },
  {
    name: 'valid: serviceAccountName only',
    code: yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        serviceAccountName: api
        containers: [{ name: c, image: nginx }]
    `,
    errors: [],
  },
];

describe('deprecated-service-account-field', () => {
  it.each(cases)('$name', (c) => runCase('deprecated-service-account-field', c));
});
