/**
 * unscanned-input: what saguard could not check, through the whole pipeline. The files are built
 * on disk (links out of the repository, a FIFO, a file over the cap), read by `collectFiles` as
 * the CLI and the Action read them, then linted; failures of saguard itself are provoked with a
 * rule that throws and a spied inventory step.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint, inventoryOf } from '../../src/index.js';
import { collectFiles } from '../../src/publish/files.js';
import { MAX_FILE_BYTES } from '../../src/publish/read.js';
import { analyze } from '../../src/analyze/analyze.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { RULES } from '../../src/rules/index.js';
import { defineRule } from '../../src/rules/rule.js';
import { formatMessage } from '../../src/report/messages.js';
import type { Finding } from '../../src/model/types.js';

const SA = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api, namespace: shop }\nautomountServiceAccountToken: false\n';
const BINDING = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ci-admin }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: ServiceAccount, name: ci, namespace: tools }]
`;

interface Row {
  messageId: string;
  file: string;
  line: number;
  column: number;
  level: string;
  message: string;
}

const rows = (findings: readonly Finding[]): Row[] =>
  findings
    .filter((f) => f.ruleId === 'unscanned-input')
    .map((f) => ({ messageId: f.messageId, file: f.location.file, line: f.location.region.startLine, column: f.location.region.startColumn, level: f.level, message: formatMessage(f) }));

/** A repository in a temporary directory, with a sibling directory outside it. */
function repo(): { root: string; outside: string } {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-unscanned-'));
  const root = path.join(top, 'repo');
  const outside = path.join(top, 'outside');
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  fs.mkdirSync(path.join(root, 'deploy'));
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(root, 'deploy', 'sa.yaml'), SA);
  fs.writeFileSync(path.join(outside, 'binding.yaml'), BINDING);
  return { root, outside };
}

async function scanDir(root: string, inputs: string[], confined = false): Promise<Finding[]> {
  const collected = await collectFiles(inputs, { cwd: root, root, ...(confined ? { confined: root } : {}) });
  return lint(collected.files).findings;
}

afterEach(() => vi.restoreAllMocks());

describe('unscanned-input', () => {
  it('linkOutside: a link to a file outside the repository is not read, and reported on the link', async () => {
    const { root, outside } = repo();
    fs.symlinkSync(path.join(outside, 'binding.yaml'), path.join(root, 'deploy', 'rbac.yaml'));
    const findings = await scanDir(root, ['deploy']);
    expect(rows(findings)).toEqual([
      {
        messageId: 'linkOutside',
        file: 'deploy/rbac.yaml',
        line: 1,
        column: 1,
        level: 'warning',
        message: `the file is a symbolic link to \`${fs.realpathSync(path.join(outside, 'binding.yaml'))}\`, outside the repository; saguard reads nothing there, but kubectl would follow the link and apply it, so commit the manifest itself`,
      },
    ]);
    // Nothing of the outside file was read.
    expect(findings.filter((f) => f.ruleId === 'cluster-admin-binding')).toEqual([]);
  });

  it('linkOutside: in the Action the boundary is the workspace, for globs and explicit paths too', async () => {
    const { root, outside } = repo();
    fs.symlinkSync(path.join(outside, 'binding.yaml'), path.join(root, 'deploy', 'rbac.yaml'));
    for (const input of ['deploy/*.yaml', 'deploy/rbac.yaml']) {
      const r = rows(await scanDir(root, [input], true));
      expect(r.map((x) => [x.messageId, x.file, x.line, x.column])).toEqual([['linkOutside', 'deploy/rbac.yaml', 1, 1]]);
      expect(r[0]!.message).toContain('outside the workspace');
    }
  });

  it('valid: a link to a file elsewhere in the repository is read, under its real path', async () => {
    const { root } = repo();
    fs.mkdirSync(path.join(root, 'common'));
    fs.writeFileSync(path.join(root, 'common', 'binding.yaml'), BINDING);
    fs.symlinkSync(path.join('..', 'common', 'binding.yaml'), path.join(root, 'deploy', 'rbac.yaml'));
    const findings = await scanDir(root, ['deploy']);
    expect(rows(findings)).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'cluster-admin-binding').map((f) => f.location.file)).toEqual(['common/binding.yaml']);
  });

  it('notRegular: a FIFO named like a manifest is reported, and never blocks the scan', async () => {
    const { root } = repo();
    expect(spawnSync('mkfifo', [path.join(root, 'deploy', 'pipe.yaml')]).status).toBe(0);
    const r = rows(await scanDir(root, ['deploy', 'deploy/*.yaml']));
    expect(r).toEqual([
      { messageId: 'notRegular', file: 'deploy/pipe.yaml', line: 1, column: 1, level: 'warning', message: 'the file is a FIFO, not a regular file; saguard reads only regular files, so commit the manifest as one' },
    ]);
  });

  it('tooLarge: a file over 64 MiB is not read (a sparse file: nothing is allocated)', async () => {
    const { root } = repo();
    const big = path.join(root, 'deploy', 'big.yaml');
    fs.writeFileSync(big, SA);
    fs.truncateSync(big, MAX_FILE_BYTES + 1);
    const r = rows(await scanDir(root, ['deploy']));
    expect(r).toEqual([
      {
        messageId: 'tooLarge',
        file: 'deploy/big.yaml',
        line: 1,
        column: 1,
        level: 'warning',
        message: `the file has ${MAX_FILE_BYTES + 1} bytes, more than the ${MAX_FILE_BYTES} saguard reads from one file; kubectl would apply it unchecked, so split it`,
      },
    ]);
  });

  it('unreadable: a file that cannot be opened is reported in a directory scan (not as root, which reads everything)', async () => {
    const { root } = repo();
    fs.writeFileSync(path.join(root, 'deploy', 'locked.yaml'), SA, { mode: 0o000 });
    const r = rows(await scanDir(root, ['deploy']));
    if (process.getuid?.() === 0) return expect(r).toEqual([]);
    expect(r).toEqual([
      { messageId: 'unreadable', file: 'deploy/locked.yaml', line: 1, column: 1, level: 'warning', message: 'the file cannot be read (EACCES); kubectl with other permissions would apply it unchecked, so make it readable' },
    ]);
  });

  it('unreadable: the message for a file whose reading fails', () => {
    const r = rows(lint([{ path: 'deploy/x.yaml', text: '', unread: { reason: 'unreadable', code: 'EIO' } }]).findings);
    expect(r).toEqual([
      { messageId: 'unreadable', file: 'deploy/x.yaml', line: 1, column: 1, level: 'warning', message: 'the file cannot be read (EIO); kubectl with other permissions would apply it unchecked, so make it readable' },
    ]);
  });

  it('ruleFailed: a rule that throws on one object loses its findings there only; the other rules and objects stand', () => {
    const text = `${SA}---\n${BINDING}`;
    const inventory = inventoryOf([{ path: 'a.yaml', text }]);
    const flaky = defineRule({
      ...RULES[0]!,
      id: 'flaky',
      appliesTo: undefined,
      check(o, ctx) {
        if (o.ref.kind === 'ClusterRoleBinding') throw new RangeError('Maximum call stack size exceeded');
        ctx.report({ messageId: Object.keys(RULES[0]!.meta.messages)[0]!, path: ['metadata', 'name'] });
      },
    });
    const findings = analyze(inventory, [...RULES, flaky], new Map());
    expect(rows(findings)).toEqual([
      {
        messageId: 'ruleFailed',
        file: 'a.yaml',
        line: 6,
        column: 1,
        level: 'warning',
        message: 'rule `flaky` failed on this object (RangeError: Maximum call stack size exceeded) and its findings here are missing; the other rules ran, so please report it with the object',
      },
    ]);
    expect(findings.filter((f) => f.ruleId === 'flaky').map((f) => f.location.region.startLine)).toEqual([3]);
    expect(findings.filter((f) => f.ruleId === 'cluster-admin-binding')).toHaveLength(1);
  });

  it('documentFailed: a document check that throws is reported on the document', () => {
    const inventory = inventoryOf([{ path: 'a.yaml', text: `${SA}---\n${SA}` }]);
    const flaky = defineRule({
      ...RULES[0]!,
      id: 'flaky-document',
      check: undefined,
      checkDocument(d) {
        if (d.index === 1) throw new TypeError('cannot read properties of undefined');
      },
    });
    expect(rows(analyze(inventory, [flaky], new Map()))).toEqual([
      {
        messageId: 'documentFailed',
        file: 'a.yaml',
        line: 6,
        column: 1,
        level: 'warning',
        message: 'saguard failed on this document (rule flaky-document: TypeError: cannot read properties of undefined) and did not check it; please report it with the document',
      },
    ]);
  });

  it('objectFailed: an object the inventory fails to index is reported on it; the rest of the set is checked', () => {
    const index = vi.spyOn(Inventory.prototype as unknown as { indexObject: (o: { ref: { kind: string } }) => void }, 'indexObject');
    index.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const findings = lint([{ path: 'a.yaml', text: `${BINDING}---\n${SA}` }]).findings;
    expect(rows(findings)).toEqual([
      { messageId: 'objectFailed', file: 'a.yaml', line: 1, column: 1, level: 'warning', message: 'saguard failed to index this object (Error: boom); rules that depend on it may miss findings, so please report it with the object' },
    ]);
    expect(findings.filter((f) => f.ruleId === 'cluster-admin-binding')).toHaveLength(1);
  });

  it('valid: regular files inside the repository, and the rule turned off', async () => {
    const { root } = repo();
    expect(rows(await scanDir(root, ['deploy']))).toEqual([]);
    const off = lint([{ path: 'x.yaml', text: '', unread: { reason: 'too-large', size: 9, limit: 1 } }], { rules: { 'unscanned-input': 'off' } }).findings;
    expect(rows(off)).toEqual([]);
  });
});
