import { describe, expect, it } from 'vitest';
import { runCase, scan, type Case } from '../support/helpers.js';
import { lint } from '../../src/index.js';

const bomb = ['apiVersion: v1', 'kind: ConfigMapX', 'metadata: { name: lol }', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let i = 1; i <= 8; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);

const cases: Case[] = [
  {
    name: 'an unclosed flow mapping, at its position',
    code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: api\n  labels: { app: api\nautomountServiceAccountToken: false\n',
    errors: [{ messageId: 'syntax', line: 6, column: 1 }],
  },
  {
    name: 'a tab used for indentation, in the second document',
    code: 'apiVersion: v1\nkind: Namespace\nmetadata: { name: a }\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n\tname: x\n',
    errors: [{ messageId: 'syntax', line: 8, column: 1 }],
  },
  { name: 'a "billion laughs" alias bomb is refused, quickly', code: bomb.join('\n') + '\n', errors: [{ messageId: 'limit', line: 9, column: 8 }] },
  {
    name: 'a document over 4 MiB is refused unparsed, at its first line; the next one is read',
    code: `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: big }\nx: |\n${'  0123456789abcdef\n'.repeat(260_000)}---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: broken, labels: [a\n`,
    errors: [
      { messageId: 'limit', line: 1, column: 1, message: 'characters, more than the 4194304 saguard reads in one document' },
      { messageId: 'syntax', line: 260_009, column: 1 },
    ],
  },
  { name: 'valid: broken YAML that is not a Kubernetes object is only skipped', code: 'name: ci\non: [push\n', errors: [] },
  // A Go template outside templates/ is listed as skipped (test/load-templates.test.ts), not a syntax error.
  { name: 'valid: a Helm template copied outside templates/ ({{- if }} … {{- end }})', code: '{{- if .Values.serviceAccount.create }}\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ include "app.fullname" . }}\n{{- end }}\n', errors: [] },
  {
    name: 'a syntax error in a manifest whose strings hold template-like text stays a syntax error',
    code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: alerts\n  labels: { app: x\n  annotations:\n    text: "{{ $labels.instance }} is down"\n',
    errors: [{ messageId: 'syntax', line: 6, column: 3 }],
  },
  { name: 'valid: an empty document and a comment-only document', code: '---\n# nothing\n---\n\n---\napiVersion: v1\nkind: Namespace\nmetadata: { name: a }\n', errors: [] },
];

describe('yaml-syntax', () => {
  it.each(cases)('$name', (c) => runCase('yaml-syntax', c));
  it('lists the skipped non-object document', () => {
    expect(lint([{ path: 'ci.yaml', text: 'name: ci\non: [push\n' }]).skipped).toEqual([{ file: 'ci.yaml', line: 1, reason: expect.stringContaining('not valid YAML') }]);
  });
  it('deep nesting ends in a finding, not a crash', () => {
    const deep = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: x }\nx: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    const f = scan(deep).filter((x) => x.ruleId === 'yaml-syntax');
    expect(f.map((x) => x.messageId)).toEqual(['limit']);
  });
});
