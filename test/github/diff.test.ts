/** Changed lines from real unified diffs (git diff -M of a temporary repository), and the filter modes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { onChanges, parsePatch, parseUnifiedDiff, unquotePath, type FileChanges } from '../../src/publish/diff.js';
import type { Finding } from '../../src/model/types.js';

let diff: string;
let byPath: Map<string, FileChanges>;

const lines = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}: ${i + 1}`).join('\n') + '\n';

beforeAll(() => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-diff-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  fs.writeFileSync(path.join(repo, 'modified.yaml'), lines(30, 'line'));
  fs.writeFileSync(path.join(repo, 'old-name.yaml'), lines(20, 'keep'));
  fs.writeFileSync(path.join(repo, 'deleted.yaml'), lines(5, 'gone'));
  git('add', '.');
  git('commit', '-qm', 'base');
  const m = lines(30, 'line').split('\n');
  m[9] = 'line: 10 changed'; // line 10 changed
  m.splice(20, 0, 'inserted: a', 'inserted: b'); // new lines 21-22
  fs.writeFileSync(path.join(repo, 'modified.yaml'), m.join('\n'));
  fs.renameSync(path.join(repo, 'old-name.yaml'), path.join(repo, 'new name.yaml'));
  const r = lines(20, 'keep').split('\n');
  r[4] = 'keep: 5 edited';
  fs.writeFileSync(path.join(repo, 'new name.yaml'), r.join('\n'));
  fs.rmSync(path.join(repo, 'deleted.yaml'));
  fs.writeFileSync(path.join(repo, 'added.yaml'), lines(3, 'new'));
  git('add', '-A');
  git('commit', '-qm', 'change');
  diff = git('diff', '-M', 'HEAD~1', 'HEAD');
  byPath = new Map(parseUnifiedDiff(diff).map((c) => [c.path, c]));
});

const finding = (file: string, startLine: number, endLine = startLine): Finding => ({
  ruleId: 'x',
  messageId: 'x',
  data: {},
  level: 'warning',
  object: undefined,
  path: [],
  location: { file, region: { startLine, startColumn: 1, endLine, endColumn: 2 } },
  related: [],
});

describe('parseUnifiedDiff on git output', () => {
  it('knows every file and its status', () => {
    expect([...byPath.values()].map((c) => [c.path, c.status, c.previousPath ?? null]).sort()).toEqual([
      ['added.yaml', 'added', null],
      ['deleted.yaml', 'removed', null],
      ['modified.yaml', 'modified', null],
      ['new name.yaml', 'renamed', 'old-name.yaml'],
    ]);
  });
  it('added lines of a modified file, and the context around them', () => {
    const c = byPath.get('modified.yaml')!;
    expect([...c.added].sort((a, b) => a - b)).toEqual([10, 21, 22]);
    expect(c.context.has(7) && c.context.has(13) && c.context.has(18) && c.context.has(25)).toBe(true);
    expect(c.context.has(6) || c.context.has(26)).toBe(false);
  });
  it('a renamed file with an edit, a new file, a deleted file', () => {
    expect([...byPath.get('new name.yaml')!.added]).toEqual([5]);
    expect([...byPath.get('added.yaml')!.added]).toEqual([1, 2, 3]);
    expect(byPath.get('deleted.yaml')!.added.size).toBe(0);
  });
});

describe('filter modes', () => {
  it.each([
    ['added: a finding on an added line', finding('modified.yaml', 10), 'added', true],
    ['added: every line of the finding must be added', finding('modified.yaml', 21, 23), 'added', false],
    ['added: a finding spanning two added lines', finding('modified.yaml', 21, 22), 'added', true],
    ['added: a context line is not enough', finding('modified.yaml', 8), 'added', false],
    ['diff_context: a context line is', finding('modified.yaml', 8), 'diff_context', true],
    ['diff_context: outside the hunks', finding('modified.yaml', 2), 'diff_context', false],
    ['file: anywhere in a changed file', finding('modified.yaml', 2), 'file', true],
    ['file: not in an unchanged file', finding('other.yaml', 2), 'file', false],
    ['a deleted file has no lines', finding('deleted.yaml', 1), 'file', false],
    ['a renamed file is known by its new name', finding('new name.yaml', 5), 'added', true],
    ['nofilter: everything', finding('other.yaml', 1), 'nofilter', true],
  ] as const)('%s', (_, f, mode, expected) => {
    expect(onChanges(f, byPath, mode)).toBe(expected);
  });
  it('a file without a patch (too large, binary) counts as changed everywhere', () => {
    const whole = new Map([['big.yaml', { path: 'big.yaml', status: 'modified' as const, added: new Set<number>(), context: new Set<number>(), whole: true }]]);
    expect(onChanges(finding('big.yaml', 900), whole, 'added')).toBe(true);
  });
});

describe('parsePatch on a GitHub API patch', () => {
  it('numbers new-side lines from each hunk header', () => {
    const patch = '@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n c\n@@ -10,2 +11,2 @@\n x\n-y\n+Y\n\\ No newline at end of file';
    const p = parsePatch(patch);
    expect([...p.added]).toEqual([2, 3, 12]);
    expect([...p.context].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 11, 12]);
  });
});

describe('file names as git writes them', () => {
  it('C-quoted names: octal escapes are UTF-8 bytes, and the usual escapes', () => {
    expect(unquotePath('"a/\\303\\244rger.yaml"')).toBe('a/ärger.yaml');
    expect(unquotePath('"b/\\346\\227\\245\\346\\234\\254.yaml"')).toBe('b/日本.yaml');
    expect(unquotePath('"a/tab\\there \\"quoted\\" back\\\\slash\\nnl.yaml"')).toBe('a/tab\there "quoted" back\\slash\nnl.yaml');
    expect(unquotePath('b/name with space.yaml\t')).toBe('b/name with space.yaml');
    expect(unquotePath('b/plain.yaml')).toBe('b/plain.yaml');
  });

  it.each([
    ['with core.quotePath (the default)', []],
    ['with core.quotePath=false', ['-c', 'core.quotePath=false']],
  ])('a diff of non-ASCII, spaced and quoted names, %s, gives the right paths and lines', (_, config) => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-diff-names-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...config, ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    const names = ['déploiement.yaml', 'サービス.yaml', 'with space.yaml', 'quote"d.yaml'];
    for (const n of names) fs.writeFileSync(path.join(repo, n), lines(3, 'a'));
    git('add', '.');
    git('commit', '-qm', 'base');
    for (const n of names) fs.writeFileSync(path.join(repo, n), lines(3, 'a') + 'added: 4\n');
    fs.renameSync(path.join(repo, 'サービス.yaml'), path.join(repo, 'サービス-renamed.yaml'));
    git('add', '-A');
    git('commit', '-qm', 'change');
    const files = parseUnifiedDiff(git('diff', '-M', 'HEAD~1', 'HEAD'));
    expect(files.map((f) => [f.path, f.status, [...f.added]]).sort()).toEqual(
      [
        ['déploiement.yaml', 'modified', [4]],
        ['quote"d.yaml', 'modified', [4]],
        ['with space.yaml', 'modified', [4]],
        ['サービス-renamed.yaml', 'renamed', [4]],
      ].sort(),
    );
    expect(files.find((f) => f.status === 'renamed')!.previousPath).toBe('サービス.yaml');
  });
});
