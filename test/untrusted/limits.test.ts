/**
 * Issue 10 items 3 and 4: no selector crashes saguard, and aliases cost bounded work. Each case
 * runs the bundled CLI with a heap limit and a timeout (the bounds in the test names, 5–20 times
 * what the case takes), and asserts the finding and the exit code (never 3).
 *
 * Before the fix: the selectors overflowed the stack (exit 3, no output); 20,000 aliases in 80 KB
 * took 92 s; a billion laughs behind 5,000 list items took 16 s (and minutes with more items).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, labelsOf, MAX_NESTING, parseSelector, SelectorError } from '../../src/inventory/calico/selector.js';
import { cli, tmpdir } from './support.js';

const policy = (selector: string): string => `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: { name: p, namespace: shop }
spec:
  selector: '${selector}'
  ingress:
    - action: Allow
      source:
        serviceAccounts: { selector: '${selector}' }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop, labels: { a: b } }
automountServiceAccountToken: false
`;

function scan(text: string, bounds: { heapMb: number; timeoutMs: number }) {
  const dir = tmpdir('limits');
  fs.writeFileSync(path.join(dir, 'in.yaml'), text);
  const r = cli(['scan', 'in.yaml', '--format', 'json', '--fail-on', 'none'], { cwd: dir, ...bounds });
  expect(r.signal, `killed after ${r.ms} ms: ${r.stderr}`).toBeNull();
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { findings: { ruleId: string; messageId: string; startLine: number; startColumn: number }[] };
}

describe('Calico selectors never crash saguard', () => {
  it('3,000 nested parentheses: too long for Calico, a finding on each field (CLI, under 10 s, 128 MB heap)', () => {
    const r = scan(policy('('.repeat(3000) + 'a == "b"' + ')'.repeat(3000)), { heapMb: 128, timeoutMs: 10_000 });
    expect(r.findings.filter((f) => f.ruleId === 'calico-selector-syntax').map((f) => [f.messageId, f.startLine, f.startColumn])).toEqual([
      ['tooLong', 5, 13],
      ['tooLong', 9, 38],
    ]);
  }, 20_000);

  it('10,000 `&&` terms: a finding, and the policy still read (CLI, under 10 s, 128 MB heap)', () => {
    const r = scan(policy(Array.from({ length: 10_000 }, (_, i) => `a${i} == "b"`).join(' && ')), { heapMb: 128, timeoutMs: 10_000 });
    expect(r.findings.filter((f) => f.ruleId === 'calico-selector-syntax').map((f) => f.messageId)).toEqual(['tooLong', 'tooLong']);
  }, 20_000);

  it('the parser and evaluator: 100,000 nested parentheses end in an error at the limit, 100,000 terms parse and evaluate (under 2 s)', () => {
    const deep = '('.repeat(100_000) + 'a == "b"' + ')'.repeat(100_000);
    expect(() => parseSelector(deep)).toThrow(SelectorError);
    try {
      parseSelector(deep);
    } catch (e) {
      expect((e as SelectorError).offset).toBe(MAX_NESTING);
      expect((e as SelectorError).message).toBe(`parentheses are nested more than ${MAX_NESTING} levels deep`);
    }
    // As deep as Calico's 1,024 characters allow: parsed and evaluated.
    const within = '('.repeat(509) + 'has(a)' + ')'.repeat(509);
    expect(within.length).toBeLessThanOrEqual(1024);
    expect(evaluate(parseSelector(within), { a: '' })).toBe(true);
    for (const op of ['&&', '||']) {
      const long = Array.from({ length: 100_000 }, (_, i) => `!a${i} == "x"`).join(` ${op} `);
      const sel = parseSelector(long);
      expect(evaluate(sel, {})).toBe(true);
      expect(evaluate(sel, { a99999: 'x' })).toBe(op === '||');
      expect(labelsOf(sel)).toHaveLength(100_000);
    }
  });
});

describe('aliases cost bounded work', () => {
  it('20,000 aliases of one anchor in 80 KB: read and checked (CLI, under 20 s, 256 MB heap; 92 s before)', () => {
    const text = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
  labels: { a: &a v }
  annotations:
    k: [${Array(20_000).fill('*a').join(', ')}]
automountServiceAccountToken: yes
`;
    const r = scan(text, { heapMb: 256, timeoutMs: 20_000 });
    // The document was read: the account's own findings, and no refusal.
    expect(r.findings.map((f) => f.ruleId)).toContain('unused-service-account');
    expect(r.findings.map((f) => f.ruleId)).not.toContain('yaml-syntax');
  }, 30_000);

  it('a billion laughs behind 20,000 list items: refused as a finding at the alias (CLI, under 20 s, 256 MB heap)', () => {
    const lines = ['apiVersion: v1', 'kind: ServiceAccount', 'metadata: { name: api, namespace: shop }', 'secrets:'];
    for (let i = 0; i < 20_000; i++) lines.push(`  - name: s${i}`);
    lines.push('imagePullSecrets: &a [{ name: lol }, { name: lol }, { name: lol }, { name: lol }, { name: lol }, { name: lol }, { name: lol }, { name: lol }, { name: lol }]');
    let prev = 'a';
    for (const n of 'bcdefghi') {
      lines.push(`x${n}: &${n} [${Array(9).fill(`*${prev}`).join(', ')}]`);
      prev = n;
    }
    const r = scan(lines.join('\n') + '\n', { heapMb: 256, timeoutMs: 20_000 });
    const refusal = r.findings.find((f) => f.ruleId === 'yaml-syntax');
    expect(refusal?.messageId).toBe('limit');
    // At the alias whose expansion crossed the bound, in the first line that nests aliases four deep.
    expect(refusal?.startLine).toBe(20_000 + 4 + 1 + 4);
  }, 30_000);

  it('a 50 MB single document: refused at its first line, not parsed (CLI, under 30 s, 384 MB heap; it exhausted a 4 GB heap after 4 minutes before)', () => {
    const text =
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: big }\nrules:\n' +
      '  - apiGroups: [""]\n    resources: ["pods"]\n    verbs: ["get", "list"]\n'.repeat(800_000) +
      '---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: after, namespace: shop }\n';
    expect(text.length).toBeGreaterThan(50_000_000);
    const r = scan(text, { heapMb: 384, timeoutMs: 30_000 });
    const refusal = r.findings.find((f) => f.ruleId === 'yaml-syntax');
    expect([refusal?.messageId, refusal?.startLine, refusal?.startColumn]).toEqual(['limit', 1, 1]);
    // The documents after it are read.
    expect(r.findings.some((f) => f.ruleId === 'unused-service-account')).toBe(true);
  }, 60_000);

  it('2.5 million empty documents and 100,000 that are not objects, then a binding: the binding found, 101 skipped lines listed (CLI, under 20 s, 128 MB heap; 75 s and 3.9 GB for the empty ones before)', () => {
    const dir = tmpdir('documents');
    const text =
      '---\n'.repeat(2_500_000) +
      '---\na: 1\n'.repeat(100_000) +
      '---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: b }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }\nsubjects: [{ kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io }]\n';
    fs.writeFileSync(path.join(dir, 'in.yaml'), text);
    const r = cli(['scan', 'in.yaml', '--format', 'json', '--fail-on', 'none', '--verbose'], { cwd: dir, heapMb: 128, timeoutMs: 20_000 });
    expect([r.status, r.signal], r.stderr.slice(-2000)).toEqual([0, null]);
    const binding = JSON.parse(r.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'cluster-admin-binding');
    expect(binding?.startLine).toBe(2_500_000 + 200_000 + 5);
    // The documents that are not objects are listed up to a bound, and the rest counted.
    const skipped = r.stderr.split('\n').filter((l) => l.startsWith('saguard: skipped in.yaml:'));
    expect(skipped).toHaveLength(101);
    expect(skipped[0]).toBe(`saguard: skipped in.yaml:${2_500_000 + 1}: not a Kubernetes object (no apiVersion and kind)`);
    expect(skipped[100]).toBe(`saguard: skipped in.yaml:${2_500_000 + 201}: and 99900 more documents skipped in this file, from this line on`);
  }, 40_000);

  it('a chart whose rendering exceeds 64 MiB is a clear error, not an unbounded read (CLI with a stub helm, under 20 s, 256 MB heap)', () => {
    const dir = tmpdir('big-render');
    fs.mkdirSync(path.join(dir, 'chart', 'templates'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: big\nversion: 1.0.0\n');
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    // helm rendering a range over a huge list: 65 MiB of output.
    fs.writeFileSync(path.join(bin, 'helm'), '#!/bin/sh\nhead -c 68157440 /dev/zero | tr "\\0" "a"\n', { mode: 0o755 });
    const r = cli(['scan', '--helm-chart', 'chart'], { cwd: dir, heapMb: 256, timeoutMs: 20_000, env: { PATH: `${bin}:${process.env.PATH}` } });
    expect([r.status, r.signal], r.stderr.slice(0, 500)).toEqual([2, null]);
    expect(r.stderr).toBe('saguard: cannot render Helm chart chart: `helm` wrote more than 67108864 bytes, the most saguard reads from one rendering (as from one file)\n');
  }, 40_000);

  it('aliases resolve to the last anchor of that name before them, as YAML defines', async () => {
    const { lint } = await import('../../src/index.js');
    const text = `apiVersion: v1
kind: Pod
metadata: { name: p, namespace: shop, labels: { x: &n first } }
spec:
  serviceAccountName: *n
  automountServiceAccountToken: false
  containers: [{ name: c, image: i, env: [{ name: A, value: &n second }, { name: B, value: *n }] }]
`;
    const f = lint([{ path: 'a.yaml', text }]).findings.find((x) => x.ruleId === 'missing-service-account');
    expect(f?.data).toMatchObject({ name: 'first' });
    expect([f?.location.region.startLine, f?.location.region.startColumn]).toEqual([5, 23]);
  });
});
