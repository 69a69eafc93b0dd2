import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';

const POD = (spec: string): string => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n${spec}`;

const cases: Case[] = [
  {
    name: 'a quoted "false"',
    code: POD('  automountServiceAccountToken: "false"\n  containers: []\n'),
    errors: [{ messageId: 'quotedScalar', line: 5, column: 33, path: ['spec', 'automountServiceAccountToken'], message: 'write `false` without quotes' }],
  },
  {
    name: "YAML 1.1's `no` as an account name",
    code: POD('  serviceAccountName: no\n  containers: []\n'),
    errors: [{ messageId: 'yaml11', line: 5, column: 23, message: 'a boolean `no`' }],
  },
  {
    name: 'a map where a list belongs',
    code: POD('  containers:\n    name: c\n'),
    errors: [{ messageId: 'other', line: 5, column: 3, path: ['spec', 'containers'], message: 'is a map but the API server expects a list' }],
  },
  {
    name: 'a quoted number in a projected token',
    code: POD('  volumes:\n    - name: t\n      projected: { sources: [ { serviceAccountToken: { expirationSeconds: "3600" } } ] }\n  containers: []\n'),
    errors: [{ messageId: 'quotedScalar', line: 7, column: 75 }],
  },
  {
    name: 'on a ServiceAccount',
    code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a }\nautomountServiceAccountToken: "no"\n',
    errors: [{ messageId: 'scalar', line: 4, column: 31 }],
  },
  { name: 'valid: YAML 1.1 booleans where booleans belong', code: POD('  automountServiceAccountToken: Off\n  containers: []\n'), errors: [] },
  { name: 'valid: null means absent', code: POD('  serviceAccountName:\n  containers: ~\n'), errors: [] },
];

describe('invalid-field-type', () => {
  it.each(cases)('$name', (c) => runCase('invalid-field-type', c));
});
