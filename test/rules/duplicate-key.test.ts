import { describe, expect, it } from 'vitest';
import { runCase, scan, type Case } from '../support/helpers.js';

const cases: Case[] = [
  {
    name: 'a repeated top-level key, on the second one',
    code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a }\nautomountServiceAccountToken: false\nautomountServiceAccountToken: true\n',
    errors: [{ messageId: 'duplicate', line: 5, column: 1 }],
  },
  {
    name: 'inside a nested mapping of a List item',
    code: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: a\n      name: b\n',
    errors: [{ messageId: 'duplicate', line: 8, column: 7 }],
  },
  {
    name: 'in JSON',
    code: '{"apiVersion": "v1", "kind": "Namespace",\n "metadata": {"name": "a", "name": "b"}}\n',
    errors: [{ messageId: 'duplicate', line: 2, column: 28 }],
  },
  {
    name: 'more than 100 duplicates in a document: the first 100, then one finding counting the rest',
    code: `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a }\nd:\n${'  k: v\n'.repeat(152)}`,
    errors: [
      ...Array.from({ length: 100 }, (_, i) => ({ messageId: 'duplicate', line: 6 + i, column: 3 })),
      { messageId: 'more', line: 106, column: 3, message: 'key `k` repeats an earlier key of the same mapping, and so do 50 more keys of this document from here on (saguard lists the first 100)' },
    ],
  },
  { name: 'valid: the same key in different mappings', code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: a }\nspec: { containers: [{ name: a }, { name: b }] }\n', errors: [] },
  { name: 'valid: a merge key does not duplicate the keys it merges', code: 'apiVersion: v1\nkind: Pod\nx: &x { a: 1 }\nmetadata:\n  <<: *x\n  name: a\n', errors: [] },
];

describe('duplicate-key', () => {
  it.each(cases)('$name', (c) => runCase('duplicate-key', c));
  it('the last value wins, as in the lenient decoder', () => {
    const f = scan('apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a }\nautomountServiceAccountToken: false\nautomountServiceAccountToken: true\n');
    expect(f.map((x) => x.ruleId)).toContain('sa-automount-enabled');
    expect(f.find((x) => x.ruleId === 'duplicate-key')!.related[0]!.location.region.startLine).toBe(4);
  });
});
