/**
 * Issue 10 items 1, 3 and 10: what the Action writes cannot be redirected by the pull request
 * (links at the SARIF file, the summary or a parent folder), input that used to crash it still
 * ends with the SARIF, the summary and the outputs written, and files it cannot write are
 * one-line configuration errors naming the input. Each case runs `dist/index.js` as the runner
 * does, within the time and heap in its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileSafely, WriteError } from '../../src/publish/write.js';
import { run } from '../../src/publish/action/run.js';
import { ruleById } from '../../src/rules/index.js';
import { remapper } from '../../src/publish/render/remap.js';
import { lint } from '../../src/index.js';
import { action, cli, tmpdir } from './support.js';

const SA = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api, namespace: shop }\nautomountServiceAccountToken: false\n';
const PRECIOUS = 'export TOKEN=do-not-touch\n';

/** A file outside the workspace that a link in the pull request points at. */
function target(): string {
  const f = path.join(tmpdir('target'), '.bashrc');
  fs.writeFileSync(f, PRECIOUS);
  return f;
}

function setup(extra: (ws: string) => void) {
  return (ws: string): void => {
    fs.mkdirSync(path.join(ws, 'k8s'));
    fs.writeFileSync(path.join(ws, 'k8s', 'sa.yaml'), SA);
    extra(ws);
  };
}

const noStack = (out: string): void => {
  expect(out).not.toContain('internal error');
  expect(out).not.toMatch(/\n\s+at /);
};

describe('the Action never writes through links in the workspace', () => {
  it('saguard.sarif committed as a link: the link is replaced, its target untouched (under 10 s, 256 MB heap)', () => {
    const t = target();
    const r = action({ paths: 'k8s', 'fail-on': 'none' }, setup((ws) => fs.symlinkSync(t, path.join(ws, 'saguard.sarif'))));
    expect(r.status, r.stdout).toBe(0);
    expect(fs.readFileSync(t, 'utf8')).toBe(PRECIOUS);
    const sarif = path.join(r.workspace, 'saguard.sarif');
    expect(fs.lstatSync(sarif).isSymbolicLink()).toBe(false);
    expect(JSON.parse(fs.readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    // No temporary file is left behind.
    expect(fs.readdirSync(r.workspace).sort()).toEqual(['k8s', 'saguard.sarif']);
  }, 20_000);

  it('saguard-summary.md committed as a link: the summary copy goes to RUNNER_TEMP, nothing is written through it (under 10 s)', () => {
    const t = target();
    const r = action({ paths: 'k8s', 'fail-on': 'none' }, setup((ws) => fs.symlinkSync(t, path.join(ws, 'saguard-summary.md'))));
    expect(r.status, r.stdout).toBe(0);
    expect(fs.readFileSync(t, 'utf8')).toBe(PRECIOUS);
    expect(fs.readlinkSync(path.join(r.workspace, 'saguard-summary.md'))).toBe(t);
    expect(r.outputs['summary-file']!.startsWith(r.runnerTemp + path.sep)).toBe(true);
    expect(fs.readFileSync(r.outputs['summary-file']!, 'utf8')).toBe(r.summary);
  }, 20_000);

  it('a parent folder of sarif-file committed as a link: a configuration error naming the input, nothing written outside (under 10 s)', () => {
    const outside = tmpdir('outside-dir');
    const r = action({ paths: 'k8s', 'sarif-file': 'reports/saguard.sarif' }, setup((ws) => fs.symlinkSync(outside, path.join(ws, 'reports'))));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::saguard: input sarif-file: reports is a symbolic link; saguard does not write through links in the workspace');
    expect(fs.readdirSync(outside)).toEqual([]);
    noStack(r.stdout + r.stderr);
    // The failure is in the job summary too (Markdown-escaped).
    expect(r.summary.replace(/\\/g, '')).toContain('input sarif-file: reports is a symbolic link');
  }, 20_000);

  it.each([['../saguard.sarif'], ['/tmp/saguard-elsewhere.sarif'], ['reports/../../x.sarif']])('sarif-file %s, outside the workspace: a configuration error (under 10 s)', (file) => {
    const r = action({ paths: 'k8s', 'sarif-file': file }, setup(() => {}));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error::saguard: input sarif-file is ${JSON.stringify(file)}, outside the workspace; give a path inside it`);
    expect(fs.existsSync(path.resolve(r.workspace, file))).toBe(false);
    noStack(r.stdout + r.stderr);
  }, 20_000);
});

describe('files the Action cannot write are configuration errors, not internal errors', () => {
  it.each([
    ['k8s', 'input sarif-file: k8s is a folder'],
    ['k8s/sa.yaml/out.sarif', 'input sarif-file: k8s/sa.yaml is not a folder'],
    ['out/\nx.sarif', 'input sarif-file is "out/\\nx.sarif"; expected the path of a file inside the workspace'],
    ['reports/', 'input sarif-file is "reports/"; expected the path of a file inside the workspace'],
  ])('sarif-file %j: %s (under 10 s)', (file, message) => {
    const r = action({ paths: 'k8s', 'sarif-file': file }, setup(() => {}));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error::saguard: ${message.replace(/\n/g, '%0A')}`);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toHaveLength(1);
    noStack(r.stdout + r.stderr);
  }, 20_000);

  it('an unwritable GITHUB_OUTPUT: one line naming it; the SARIF and the summary are written first (under 10 s)', () => {
    const r = action({ paths: 'k8s', 'fail-on': 'none' }, setup(() => {}), { env: { GITHUB_OUTPUT: '/nonexistent/saguard/output.txt' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::saguard: cannot write the step outputs to GITHUB_OUTPUT \(.+\); the runner sets it to a writable file/);
    noStack(r.stdout + r.stderr);
    expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(true);
    expect(r.summary).toContain('## saguard');
  }, 20_000);
});

describe('input that used to crash the Action ends with its SARIF, summary and outputs', () => {
  it('a selector of 3,000 nested parentheses and 20,000 aliases: findings, every file written (under 15 s, 256 MB heap)', () => {
    const selector = '('.repeat(3000) + 'a == "b"' + ')'.repeat(3000);
    const r = action(
      { paths: 'k8s' },
      setup((ws) => {
        fs.writeFileSync(
          path.join(ws, 'k8s', 'policy.yaml'),
          `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: { name: p, namespace: shop }\nspec:\n  selector: '${selector}'\n`,
        );
        fs.writeFileSync(path.join(ws, 'k8s', 'aliases.yaml'), `apiVersion: v1\nkind: ConfigMapList\nitems: &a []\nx: [${Array(20_000).fill('*a').join(', ')}]\n`);
      }),
      { timeoutMs: 15_000 },
    );
    expect([r.status, r.signal], r.stdout + r.stderr).toEqual([1, null]);
    noStack(r.stdout + r.stderr);
    const sarif = JSON.parse(fs.readFileSync(path.join(r.workspace, 'saguard.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('calico-selector-syntax');
    expect(r.summary).toContain('calico-selector-syntax');
    expect(r.outputs.errors).toBe('1');
    expect(r.stdout).toContain('::error::saguard failed: 1 finding at or above fail-on: error');
  }, 30_000);
});

describe('a rule that fails inside the Action costs its findings on that object only', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('the failure is an unscanned-input finding on the object; the other findings, the SARIF, the summary and the outputs are all there (in-process, under 10 s)', async () => {
    const workspace = tmpdir('rule-fails-ws');
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-rule-fails-runner-'));
    fs.mkdirSync(path.join(workspace, 'k8s'));
    fs.writeFileSync(
      path.join(workspace, 'k8s', 'rbac.yaml'),
      `${SA}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: ci-admin }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }\nsubjects: [{ kind: ServiceAccount, name: api, namespace: shop }]\n`,
    );
    const summaryFile = path.join(runnerTemp, 'summary.md');
    const outputFile = path.join(runnerTemp, 'output.txt');
    const event = path.join(runnerTemp, 'event.json');
    for (const f of [summaryFile, outputFile]) fs.writeFileSync(f, '');
    fs.writeFileSync(event, '{}');
    // A rule that throws on the ServiceAccount (as a stack overflow or a bug would).
    const rule = ruleById('sa-automount-enabled')!;
    vi.spyOn(rule, 'check').mockImplementation((o) => {
      if (o.ref.kind === 'ServiceAccount') throw new RangeError('Maximum call stack size exceeded');
    });
    let log = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((log += String(chunk)), true));
    await run({
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: runnerTemp,
      INPUT_PATHS: 'k8s',
      'INPUT_FAIL-ON': 'error',
    });
    expect(log).not.toContain('internal error');
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'saguard.sarif'), 'utf8'));
    const results = sarif.runs[0].results.map((x: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => `${x.ruleId}:${x.locations[0]!.physicalLocation.region.startLine}`);
    // The failure on the account's first line; the binding's finding stands.
    expect(results).toContain('unscanned-input:1');
    expect(results).toContain('cluster-admin-binding:9');
    expect(results.filter((x: string) => x.startsWith('sa-automount-enabled'))).toEqual([]);
    expect(log).toMatch(/::warning::saguard could not check 1 file or object:%0A {2}k8s\/rbac\.yaml:1: rule `sa-automount-enabled` failed on this object \(RangeError: Maximum call stack size exceeded\)/);
    const summary = fs.readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('unscanned-input');
    expect(summary).toContain('1 file or object not checked');
    expect(fs.readFileSync(outputFile, 'utf8')).toMatch(/^errors<<(\S+)\n1\n\1$/m);
    expect(process.exitCode).toBe(1);
  }, 10_000);
});

describe('placing findings of rendered output back in the sources fails one finding at a time', () => {
  it('a placement that throws puts that finding on the fallback file, keeps its rendered position, and moves the others (under 1 s)', () => {
    const text = `${SA}---\n${SA.replace('name: api', 'name: web')}`;
    const findings = lint([{ path: 'helm template chart', text }]).findings;
    expect(findings.length).toBeGreaterThanOrEqual(2);
    const remap = remapper('helm template chart', 'helm template chart', (line) => {
      if (line < 5) throw new TypeError('boom');
      return { location: { file: 'chart/templates/sa.yaml', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }, mapping: 'exact' };
    }, { file: 'chart/Chart.yaml', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } });
    const moved = findings.map(remap);
    for (const [i, f] of moved.entries()) {
      const first = findings[i]!.location.region.startLine < 5;
      expect(f.location.file).toBe(first ? 'chart/Chart.yaml' : 'chart/templates/sa.yaml');
      expect(f.rendered).toMatchObject({ renderer: 'helm template chart', region: findings[i]!.location.region, mapping: first ? 'document' : 'exact' });
    }
  });
});

describe('writeFileSafely', () => {
  it('replaces a link at the target, refuses linked folders, leaves no temporary file', () => {
    const root = tmpdir('write');
    const t = target();
    fs.symlinkSync(t, path.join(root, 'out.sarif'));
    writeFileSafely(path.join(root, 'out.sarif'), 'new', { root });
    expect([fs.readFileSync(t, 'utf8'), fs.readFileSync(path.join(root, 'out.sarif'), 'utf8')]).toEqual([PRECIOUS, 'new']);
    fs.symlinkSync(path.dirname(t), path.join(root, 'linked'));
    expect(() => writeFileSafely(path.join(root, 'linked', 'deeper', 'x'), 'x', { root })).toThrow(new WriteError('linked is a symbolic link; saguard does not write through links in the workspace'));
    expect(() => writeFileSafely(path.join(root, '..', 'x'), 'x', { root })).toThrow(WriteError);
    writeFileSafely(path.join(root, 'a', 'b', 'c.txt'), 'c', { root });
    expect(fs.readFileSync(path.join(root, 'a', 'b', 'c.txt'), 'utf8')).toBe('c');
    expect(fs.readdirSync(root).sort()).toEqual(['a', 'linked', 'out.sarif']);
  });

  it('the CLI --output replaces a link too, and an unwritable output is a one-line error (exit 2)', () => {
    const dir = tmpdir('cli-out');
    fs.writeFileSync(path.join(dir, 'sa.yaml'), SA);
    const t = target();
    fs.symlinkSync(t, path.join(dir, 'out.sarif'));
    const ok = cli(['scan', 'sa.yaml', '--output', 'sarif=out.sarif'], { cwd: dir, heapMb: 128, timeoutMs: 10_000 });
    expect(ok.status, ok.stderr).toBe(0);
    expect(fs.readFileSync(t, 'utf8')).toBe(PRECIOUS);
    const bad = cli(['scan', 'sa.yaml', '--output', 'sarif=sa.yaml/x.sarif'], { cwd: dir, heapMb: 128, timeoutMs: 10_000 });
    expect([bad.status, bad.stderr.trim().split('\n')]).toEqual([2, [expect.stringMatching(/^saguard: --output sarif=sa\.yaml\/x\.sarif: cannot create the folder .*sa\.yaml \(E(EXIST|NOTDIR)\)$/)]]);
  }, 20_000);
});
