import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';

const cases: Case[] = [
  {
    name: 'unset: reported on the kind line',
    code: yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: api, namespace: shop }
    `,
    errors: [{ messageId: 'unset', line: 2, column: 7, path: ['kind'] }],
  },
  {
    name: 'explicit true: reported on the value',
    code: yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: api, namespace: shop }
      automountServiceAccountToken: true
    `,
    errors: [{ messageId: 'explicitTrue', line: 4, column: 31, path: ['automountServiceAccountToken'] }],
  },
  {
    name: 'YAML 1.1 `yes` is true',
    code: yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: api, namespace: shop }
      automountServiceAccountToken: yes
    `,
    errors: [{ messageId: 'explicitTrue', line: 4, column: 31 }],
  },
  { name: 'valid: false', code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api }\nautomountServiceAccountToken: false\n', errors: [] },
  { name: 'valid: YAML 1.1 `NO` is false', code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api }\nautomountServiceAccountToken: NO\n', errors: [] },
  { name: 'valid: the default account is default-sa-not-hardened\'s', code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default }\n', errors: [] },
  { name: 'valid: a quoted "true" is invalid-field-type\'s', code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a }\nautomountServiceAccountToken: "true"\n', errors: [] },
  { name: 'valid: a ServiceAccount kind of another group', code: 'apiVersion: iam.example.com/v1\nkind: ServiceAccount\nmetadata: { name: a }\n', errors: [] },
];

describe('sa-automount-enabled', () => {
  it.each(cases)('$name', (c) => runCase('sa-automount-enabled', c));
});
