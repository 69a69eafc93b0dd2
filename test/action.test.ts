/**
 * The Action as the runner runs it: `dist/` is rebuilt and must equal the committed bundle, then
 * `node dist/index.js` runs with `INPUT_*` and `GITHUB_*` variables, an event file, and the
 * summary and output files, and everything it writes is checked.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS, readInputs, ConfigError } from '../src/publish/action/inputs.js';
import { helmBinDir } from './support/helm.js';
import { schemaErrors } from './support/sarif-validate.js';
import { marked } from 'marked';
import { tablesOf } from './support/markdown.js';

const ROOT = path.resolve(__dirname, '..');

function readTreeBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('dist/', () => {
  it('equals a fresh build of src/ (run `npm run build:dist` and commit dist/ when this fails)', () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-dist-'));
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-dist.js'), fresh, '--skip-tsc'], { cwd: ROOT, stdio: 'pipe' });
    const a = readTreeBytes(fresh);
    const b = readTreeBytes(path.join(ROOT, 'dist'));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const k of Object.keys(a)) expect(b[k] === a[k], `dist/${k} differs from a fresh build`).toBe(true);
    expect(JSON.parse(a['package.json']!)).toEqual({ type: 'module' });
  }, 120_000);
});

describe('action.yml', () => {
  const meta = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  it('runs dist/index.js on node24', () => expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' }));
  it('declares exactly the inputs the code reads, with the same defaults and descriptions', () => {
    expect(Object.keys(meta.inputs)).toEqual(INPUTS.map((i) => i.name));
    for (const i of INPUTS) expect(meta.inputs[i.name]).toEqual({ description: i.description, required: false, default: i.default });
  });
  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(meta.outputs)).toEqual(OUTPUTS.map((o) => o.name));
    for (const o of OUTPUTS) expect(meta.outputs[o.name].description).toBe(o.description);
  });
});

describe('inputs', () => {
  it('defaults when unset, as the runner would set them', () => {
    expect(readInputs({})).toEqual({ paths: ['.'], helmCharts: [], helmValues: [], kustomizeDirs: [], kustomizeRemote: false, checkoutPath: '', namespace: 'default', config: undefined, baseline: undefined, failOn: 'error', failScope: 'changed', sarifFile: 'saguard.sarif', category: 'saguard', annotations: 'auto', filterMode: 'added', summary: true, uploadSarif: false, waitForProcessing: true, token: '' });
  });
  it('paths defaults to the repository only when no chart or kustomization is named (their rendered copies are not scanned twice)', () => {
    expect(readInputs({ 'INPUT_KUSTOMIZE-DIRS': 'deploy/prod' }).paths).toEqual([]);
    expect(readInputs({ 'INPUT_HELM-CHARTS': 'charts/shop' }).paths).toEqual([]);
    expect(readInputs({ 'INPUT_HELM-CHARTS': 'charts/shop', INPUT_PATHS: 'rendered' }).paths).toEqual(['rendered']);
    expect(readInputs({ 'INPUT_CHECKOUT-PATH': 'src/' }).paths).toEqual(['src']);
  });
  it('newline-separated paths, hyphenated names kept in the variable', () => {
    const i = readInputs({ INPUT_PATHS: 'a\n  b/*.yaml\n\n# comment\n', 'INPUT_FAIL-ON': 'warning', INPUT_SUMMARY: 'False', 'INPUT_SARIF-FILE': 'out/x.sarif' });
    expect([i.paths, i.failOn, i.summary, i.sarifFile]).toEqual([['a', 'b/*.yaml'], 'warning', false, 'out/x.sarif']);
  });
  it.each([
    [{ 'INPUT_FAIL-ON': 'critical' }, 'input fail-on is "critical"; expected one of error, warning, note, none'],
    [{ INPUT_SUMMARY: 'yes' }, 'input summary is "yes"; expected true or false'],
    [{ INPUT_ANNOTATIONS: 'check-runs' }, 'input annotations is "check-runs"; expected one of auto, check-run, workflow-commands, none'],
    [{ INPUT_NAMESPACE: 'Prod' }, 'input namespace is "Prod"'],
    [{ 'INPUT_HELM-VALUES': 'v.yaml' }, 'input helm-values is set but helm-charts is empty'],
    [{ 'INPUT_CHECKOUT-PATH': '../other' }, 'input checkout-path is "../other"; expected a folder inside the workspace'],
    [{ 'INPUT_CHECKOUT-PATH': '/abs' }, 'input checkout-path is "/abs"; expected a folder inside the workspace'],
    [{ 'INPUT_KUSTOMIZE-REMOTE': 'yes' }, 'input kustomize-remote is "yes"; expected true or false'],
    [{ 'INPUT_FAIL-SCOPE': 'new' }, 'input fail-scope is "new"; expected one of changed, all'],
  ])('%j is a configuration error', (env, message) => {
    expect(() => readInputs(env)).toThrow(ConfigError);
    expect(() => readInputs(env)).toThrow(message);
  });
});

interface Run {
  status: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  workspace: string;
}

function runAction(
  inputs: Record<string, string>,
  files: Record<string, string>,
  opts: { setup?: (ws: string) => Record<string, unknown> | void; eventName?: string; pathPrefix?: string; env?: Record<string, string> } = {},
): Run {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-ws-'));
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(ws, p)), { recursive: true });
    fs.writeFileSync(path.join(ws, p), text);
  }
  const eventPayload = opts.setup?.(ws) ?? { repository: { full_name: 'o/r' } };
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-runner-'));
  const summary = path.join(runnerTemp, 'summary.md');
  const output = path.join(runnerTemp, 'output.txt');
  const event = path.join(runnerTemp, 'event.json');
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  fs.writeFileSync(event, JSON.stringify(eventPayload));
  const env: Record<string, string> = {
    PATH: `${opts.pathPrefix ? opts.pathPrefix + path.delimiter : ''}${process.env.PATH ?? ''}`,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: runnerTemp,
    ...opts.env,
  };
  for (const i of INPUTS) env[`INPUT_${i.name.toUpperCase()}`] = i.default; // what the runner does from action.yml
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { cwd: ws, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  const raw = fs.readFileSync(output, 'utf8');
  for (const m of raw.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { status: r.status, stdout: r.stdout, summary: fs.readFileSync(summary, 'utf8'), outputs, workspace: ws };
}

/**
 * A pull request in a fresh git repository of the workspace: a base commit with `before`, a head
 * commit with `after`; returns the event payload (changed lines then come from git).
 */
function gitPullRequest(before: Record<string, string>, after: Record<string, string>): (ws: string) => Record<string, unknown> {
  return (ws) => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: ws, encoding: 'utf8' }).trim();
    const write = (files: Record<string, string>) => {
      for (const [p, t] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(ws, p)), { recursive: true });
        fs.writeFileSync(path.join(ws, p), t);
      }
    };
    git('init', '-q');
    write(before);
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    write(after);
    git('add', '.');
    git('commit', '-qm', 'pr');
    const head = git('rev-parse', 'HEAD');
    return { pull_request: { number: 7, base: { sha: base, repo: { full_name: 'o/r' } }, head: { sha: head, repo: { full_name: 'o/r' } } }, repository: { full_name: 'o/r' } };
  };
}

const BAD = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a, namespace: shop }\nautomountServiceAccountToken: "false"\n';
function manyDefaults(n: number): string {
  return Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p${i}, namespace: shop }\nspec:\n  automountServiceAccountToken: false\n  containers: []\n`).join('---\n');
}

describe('node dist/index.js, as the runner runs it', () => {
  beforeAll(() => expect(fs.existsSync(path.join(ROOT, 'dist', 'index.js'))).toBe(true));

  it('writes the SARIF, annotates, summarises, sets outputs and fails on errors', () => {
    const r = runAction({ paths: 'k8s', category: 'k8s-shard' }, { 'k8s/sa.yaml': BAD, 'k8s/pods.yaml': manyDefaults(2) });
    expect(r.status).toBe(1);
    const sarif = JSON.parse(fs.readFileSync(path.join(r.workspace, 'saguard.sarif'), 'utf8'));
    expect(schemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].automationDetails.id).toBe('k8s-shard/');
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${r.workspace}/`);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(['default-service-account', 'default-service-account', 'invalid-field-type', 'unused-service-account']);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning') || l.startsWith('::notice'));
    expect(commands[0]).toBe(
      '::error file=k8s/sa.yaml,line=4,endLine=4,col=31,endColumn=38,title=Field of the wrong type (invalid-field-type)::`automountServiceAccountToken` is the string `"false"` but the API server expects a boolean; write `false` without quotes',
    );
    expect(commands.filter((l) => l.startsWith('::warning file=k8s/pods.yaml'))).toHaveLength(2);
    expect(commands.at(-1)).toBe('::error::saguard failed: 1 finding at or above fail-on: error');
    expect(r.outputs).toEqual({ 'sarif-file': 'saguard.sarif', findings: '4', errors: '1', warnings: '2', notes: '1', 'new-findings': '4', 'summary-file': expect.stringMatching(/saguard-summary\.md$/) });
    // The summary as GitHub renders it: the outcome first, the error first, its location a link to the line at the commit.
    const html = marked.parse(r.summary, { gfm: true, async: false });
    expect(/<p>([\s\S]*?)<\/p>/.exec(html)![1]).toBe('❌ <strong>The step failed</strong>: 1 finding at or above <code>fail-on: error</code>. 4 findings: 1 error, 2 warnings, 1 note.');
    const first = tablesOf(r.summary).find((t) => t.heading !== '')!;
    expect(first.heading).toBe('🔴 Errors (1)');
    expect(first.rows[0]).toEqual(['<code>invalid-field-type</code>', `<a href="https://github.com/o/r/blob/${'a'.repeat(40)}/k8s/sa.yaml#L4">k8s/sa.yaml:4</a>`, expect.stringContaining('<code>automountServiceAccountToken</code> is the string')]);
    expect(r.summary).toContain('### What was scanned\n\n- paths: `k8s`\n- 3 Kubernetes objects from 2 files\n');
    // The copy for later steps is out of the checked-out tree, in the runner's temporary folder.
    expect(fs.readFileSync(r.outputs['summary-file']!, 'utf8')).toBe(r.summary);
    expect(path.relative(r.workspace, r.outputs['summary-file']!).startsWith('..')).toBe(true);
    expect(fs.readdirSync(r.workspace).sort()).toEqual(['k8s', 'saguard.sarif']);
  }, 30_000);

  it("respects GitHub's caps, most severe first, and counts what did not fit in the summary", () => {
    const r = runAction({ 'fail-on': 'none' }, { 'a.yaml': BAD, 'pods.yaml': manyDefaults(15) });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::error file='))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('::warning file='))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice file='))).toHaveLength(1);
    expect(r.outputs.warnings).toBe('15');
    expect(r.summary).toContain("### What did not fit\n\n- 5 findings did not fit GitHub's annotation limits");
  }, 30_000);

  it("the step's own notices count against the 10 per level: room is kept for them and the summary counts what did not fit", () => {
    const accounts = Array.from({ length: 12 }, (_, i) => `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: sa${i}, namespace: shop }\nautomountServiceAccountToken: false\n`).join('---\n');
    const r = runAction(
      { 'fail-on': 'none' },
      {
        'accounts.yaml': accounts,
        // Two notices of saguard's own: a chart's templates and a kustomization's patch are skipped.
        'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
        'chart/templates/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: x }\n',
        'kust/kustomization.yaml': 'patches:\n  - path: sa.yaml\n',
        'kust/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: y }\n',
      },
    );
    expect(r.status).toBe(0);
    const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice'));
    expect(notices.filter((l) => !l.startsWith('::notice file='))).toHaveLength(2);
    expect(notices.filter((l) => l.startsWith('::notice file=accounts.yaml'))).toHaveLength(8);
    expect(notices).toHaveLength(10);
    expect(r.summary).toContain("- 4 findings did not fit GitHub's annotation limits");
  }, 30_000);

  it('passes with no findings at or above fail-on; annotations and summary can be turned off', () => {
    const r = runAction({ 'fail-on': 'error', annotations: 'none', summary: 'false' }, { 'pods.yaml': manyDefaults(1) });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^::(warning|error|notice) file=/m);
    expect(r.summary).toBe('');
    expect(r.outputs.findings).toBe('1');
    expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(true);
  }, 30_000);

  it('kustomize-dirs: annotations land on the base and patch files of the workspace', () => {
    const src = path.join(ROOT, 'test', 'kustomize', 'app');
    const files: Record<string, string> = {};
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else files[path.join('deploy', path.relative(src, p))] = fs.readFileSync(p, 'utf8');
      }
    };
    walk(src);
    const r = runAction({ paths: '', 'kustomize-dirs': 'deploy/overlays/prod', 'fail-on': 'none' }, files);
    expect(r.status).toBe(0);
    // paths does not fall back to `.` when kustomize-dirs is set: the base is not scanned a second time.
    expect(r.stdout).not.toContain('skipped');
    const files_ = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l)).map((l) => /file=([^,]+),line=(\d+)/.exec(l)!.slice(1).join(':'));
    // (Annotations come most severe first; where they land is what is checked here.)
    expect(files_.sort()).toEqual(['deploy/base/rbac.yaml:13', 'deploy/overlays/prod/kustomization.yaml:13', 'deploy/overlays/prod/pod-settings.yaml:8']);
    // One overlay built is not "1 files": the log and the summary say what was read.
    expect(r.stdout).toMatch(/^saguard built 1 Kustomize overlay: 4 objects, 3 findings \(2 errors, 1 warning, 0 notes\); SARIF written to saguard\.sarif$/m);
    expect(r.summary).toMatch(/^- 4 Kubernetes objects from 1 Kustomize overlay$/m);
    const sarif = JSON.parse(fs.readFileSync(path.join(r.workspace, 'saguard.sarif'), 'utf8'));
    expect(sarif.runs[0].results.every((x: { partialFingerprints: Record<string, string> }) => /^[0-9a-f]+:\d+$/.test(x.partialFingerprints.primaryLocationLineHash!))).toBe(true);
  }, 60_000);

  it('helm-charts: annotations land on the template lines (the real helm on PATH)', () => {
    const src = path.join(ROOT, 'test', 'helm', 'charts', 'shop');
    const files: Record<string, string> = {};
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else files[path.join('charts', 'shop', path.relative(src, p))] = fs.readFileSync(p, 'utf8');
      }
    };
    walk(src);
    const r = runAction({ paths: '', 'helm-charts': 'charts/shop', 'fail-on': 'none' }, files, { pathPrefix: helmBinDir() });
    expect(r.status).toBe(0);
    const where = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l)).map((l) => /file=([^,]+),line=(\d+)/.exec(l)!.slice(1).join(':'));
    expect(where.sort()).toEqual(['charts/shop/templates/deployment.yaml:16', 'charts/shop/templates/deployment.yaml:17', 'charts/shop/templates/rbac.yaml:11', 'charts/shop/templates/serviceaccount.yaml:8']);
    // paths is not defaulted when helm-charts is set: the chart's own files are not read as manifests.
    expect(r.stdout).not.toContain('Helm chart template');
    const sarif = JSON.parse(fs.readFileSync(path.join(r.workspace, 'saguard.sarif'), 'utf8'));
    // Every location names a file of the repository; the rendered position is a property.
    const uris = sarif.runs[0].results.flatMap((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      [...x.locations, ...(x.relatedLocations ?? [])].map((l) => l.physicalLocation.artifactLocation.uri),
    );
    for (const u of uris) expect(fs.existsSync(path.join(r.workspace, decodeURI(u))), u).toBe(true);
    expect(sarif.runs[0].results[0].properties.rendered).toMatchObject({ renderer: 'helm template charts/shop', mapping: 'exact' });
  }, 60_000);

  it('checkout-path: a repository checked out in a folder of the workspace gives paths relative to the repository', () => {
    const r = runAction({ 'checkout-path': 'repo', 'fail-on': 'none' }, { 'repo/k8s/sa.yaml': BAD, 'other/pods.yaml': manyDefaults(1) });
    expect(r.status).toBe(0);
    const sarif = JSON.parse(fs.readFileSync(path.join(r.workspace, 'saguard.sarif'), 'utf8'));
    // paths defaults to the checkout, not to the whole workspace.
    expect(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'k8s/sa.yaml',
      'k8s/sa.yaml',
    ]);
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${r.workspace}/repo/`);
    expect(r.stdout).toMatch(/^::error file=k8s\/sa\.yaml,line=4,/m);
  }, 30_000);

  it.each(['pods.yaml', 'déploiement-サービス.yaml'])('on a pull request, only findings on added lines are annotated (git fallback, file %s), and counted in new-findings', (name) => {
    const before = manyDefaults(2);
    const r = runAction({ 'fail-on': 'none' }, {}, { eventName: 'pull_request', setup: gitPullRequest({ [name]: before }, { [name]: before + '---\n' + manyDefaults(1).replace('p0', 'added') }) });
    expect(r.status).toBe(0);
    const annotated = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));
    expect(annotated.map((l) => /file=([^,]+),line=(\d+)/.exec(l)!.slice(1).join(':'))).toEqual([`${name}:18`]);
    expect([r.outputs.findings, r.outputs['new-findings']]).toEqual(['3', '1']);
    expect(r.summary).toContain('3 findings: **1 new** on lines this pull request changes, 2 existing.');
    expect(tablesOf(r.summary).find((t) => t.heading.includes('Warnings'))!.rows[0]!.slice(0, 3)).toEqual(['🆕 new', '<code>default-service-account</code>', expect.stringMatching(new RegExp(`^<a href="https://github\\.com/o/r/blob/[0-9a-f]{40}/${encodeURIComponent(name).replace(/\./g, '\\.')}#L18">${name.replace(/\./g, '\\.')}:18</a>$`))]);
  }, 60_000);

  it('with checkout-path, inputs outside the repository are refused naming it (reported paths are relative to it); without, the workspace', () => {
    const files = { 'repo/k8s/sa.yaml': BAD, 'other/sa.yaml': BAD, 'other/chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n' };
    for (const [inputs, message] of [
      [{ paths: 'other' }, 'input paths: other is outside the repository (checkout-path: repo); name files, directories or globs inside it'],
      [{ paths: 'other/*.yaml' }, 'input paths: other/*.yaml is outside the repository (checkout-path: repo); name files, directories or globs inside it'],
      [{ paths: '', 'helm-charts': 'other/chart' }, 'input helm-charts: other/chart is outside the repository (checkout-path: repo); name a folder inside it'],
      [{ paths: '', 'kustomize-dirs': 'other' }, 'input kustomize-dirs: other is outside the repository (checkout-path: repo); name a folder inside it'],
    ] as const) {
      const r = runAction({ 'checkout-path': 'repo', ...inputs }, files);
      expect(r.status).toBe(1);
      expect(commands(r.stdout)).toEqual([`::error::saguard: ${message}`]);
      expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(false);
    }
    // Inside the repository: scanned, paths relative to it.
    expect(runAction({ 'checkout-path': 'repo', paths: 'repo/k8s' }, files).stdout).toMatch(/^::error file=k8s\/sa\.yaml,line=4,/m);
    // Without checkout-path the repository is the workspace.
    const out = runAction({ paths: '', 'kustomize-dirs': '../elsewhere' }, files);
    expect(commands(out.stdout)).toEqual(['::error::saguard: input kustomize-dirs: ../elsewhere is outside the workspace; name a folder inside it']);
  }, 60_000);

  it('a configuration error fails the step with one clear message', () => {
    const r = runAction({ 'fail-on': 'sometimes' }, { 'a.yaml': BAD });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::saguard: input fail-on is "sometimes"; expected one of error, warning, note, none');
    expect(r.summary).toBe('## saguard\n\n❌ **The step failed**: input fail-on is "sometimes"; expected one of error, warning, note, none.\n');
    const missing = runAction({ paths: 'not-there' }, {});
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('::error::saguard: input paths: cannot read not-there: no such file or directory');
  }, 30_000);
});

/** cluster-admin for an account: an error on the roleRef's name (line 5 of the document). */
const CRB = (name: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: ${name} }\nsubjects: [{ kind: ServiceAccount, name: ${name}, namespace: ops }]\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }\n`;
const commands = (stdout: string) => stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l));
/** The summary's lead: its first line of text under the title. */
const lead = (summary: string) => summary.split('\n').find((l) => l !== '' && !l.startsWith('#'));

describe('the pull-request gate, node dist/index.js as the runner runs it', () => {
  // The base has Argo CD's binding (an accepted error on a line the pull request does not touch);
  // the pull request adds a second binding (an error on a changed line).
  const base = { 'deploy/rbac.yaml': CRB('argocd') };
  const head = { 'deploy/rbac.yaml': CRB('argocd') + '---\n' + CRB('intruder') };
  const pr = (h: Record<string, string>) => ({ eventName: 'pull_request', setup: gitPullRequest(base, h) });

  it('by default fails only for the finding on a changed line, and says so first', () => {
    const r = runAction({}, {}, pr(head));
    expect(r.status).toBe(1);
    const failure = 'saguard failed: 1 finding at or above fail-on: error, on a line this pull request changes; 1 finding at or above it on lines it does not change does not fail the step (fail-scope: changed)';
    expect(commands(r.stdout)).toEqual([
      expect.stringMatching(/^::error file=deploy\/rbac\.yaml,line=11,.*ServiceAccount `ops\/intruder`$/),
      `::error::${failure}`,
    ]);
    expect(lead(r.summary)).toBe(
      '❌ **The step failed**: 1 finding at or above `fail-on: error`, on a line this pull request changes; 1 finding at or above it on lines it does not change does not fail the step (`fail-scope: changed`). 2 findings: **1 new** on lines this pull request changes, 1 existing.',
    );
    expect([r.outputs.errors, r.outputs['new-findings']]).toEqual(['2', '1']);
  }, 60_000);

  it('passes when the only finding at fail-on is on an unchanged line, and says why', () => {
    const r = runAction({}, {}, pr({ ...base, 'deploy/README.md': 'docs\n' }));
    expect(r.status).toBe(0);
    expect(lead(r.summary)).toBe(
      '✅ **Nothing failed the step**: no finding at or above `fail-on: error` on lines this pull request changes; 1 finding at or above it on lines it does not change does not fail the step (`fail-scope: changed`). 1 finding: **0 new** on lines this pull request changes, 1 existing.',
    );
    expect(r.stdout).not.toContain('::error');
  }, 60_000);

  it('fail-scope: all fails for both', () => {
    const r = runAction({ 'fail-scope': 'all' }, {}, pr(head));
    expect(r.status).toBe(1);
    expect(commands(r.stdout).at(-1)).toBe('::error::saguard failed: 2 findings at or above fail-on: error (fail-scope: all counts every line, not only the changed ones)');
    expect(lead(r.summary)).toMatch(/^❌ \*\*The step failed\*\*: 2 findings at or above `fail-on: error` \(`fail-scope: all` counts every line, not only the changed ones\)\./);
  }, 60_000);

  it('outside pull requests every finding counts, whatever fail-scope says', () => {
    const r = runAction({}, head);
    expect(r.status).toBe(1);
    expect(commands(r.stdout).at(-1)).toBe('::error::saguard failed: 2 findings at or above fail-on: error');
    expect(lead(r.summary)).toBe('❌ **The step failed**: 2 findings at or above `fail-on: error`. 2 findings: 2 errors, 0 warnings, 0 notes.');
  }, 30_000);
});

describe('the configuration in the Action', () => {
  it('.saguard.yaml at the workspace root: suppressions out of annotations, counts and outputs, in the SARIF', () => {
    const r = runAction({}, { ...{ 'deploy/rbac.yaml': CRB('argocd') }, '.saguard.yaml': 'ignore:\n  - rule: cluster-admin-binding\n    object: ClusterRoleBinding/argocd\n    reason: Argo CD manages the cluster\n' });
    expect(r.status).toBe(0);
    expect(commands(r.stdout)).toEqual([]);
    expect([r.outputs.findings, r.outputs.errors]).toEqual(['0', '0']);
    expect(r.summary).toContain('1 finding is suppressed');
    const sarif = JSON.parse(fs.readFileSync(path.join(r.workspace, 'saguard.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Argo CD manages the cluster' }]);
  }, 30_000);

  it('with checkout-path, the default configuration is the one at the root of the checkout; ignore paths are relative to it', () => {
    const cfg = 'ignore:\n  - rule: cluster-admin-binding\n    path: deploy/*.yaml\n    reason: Argo CD manages the cluster\n';
    const r = runAction({ 'checkout-path': 'repo' }, { 'repo/deploy/rbac.yaml': CRB('argocd'), 'repo/.saguard.yaml': cfg, '.saguard.yaml': 'rules: [not, valid]\n' });
    expect(r.status).toBe(0);
    expect(r.outputs.errors).toBe('0');
    expect(r.summary).toContain('1 finding is suppressed');
  }, 30_000);

  it('config and baseline inputs: the baseline hides what it holds, the summary counts it, a new finding fails', () => {
    const baseline = { version: 1, tool: 'saguard', findings: [] as unknown[] };
    const files = { 'ops/saguard.yaml': 'rules:\n  unused-service-account: off\n', 'deploy/rbac.yaml': CRB('argocd') + '---\n' + CRB('flux') };
    const first = runAction({ config: 'ops/saguard.yaml', 'fail-on': 'none' }, files);
    const sarif = JSON.parse(fs.readFileSync(path.join(first.workspace, 'saguard.sarif'), 'utf8'));
    // The baseline a repository would have written: the argocd binding only.
    const argocd = sarif.runs[0].results.find((x: { message: { text: string } }) => x.message.text.includes('ops/argocd'));
    baseline.findings.push({ fingerprint: argocd.partialFingerprints['saguard/v1'], rule: 'cluster-admin-binding', file: 'deploy/rbac.yaml' });
    const r = runAction({ config: 'ops/saguard.yaml', baseline: 'ops/baseline.json' }, { ...files, 'ops/baseline.json': JSON.stringify(baseline) });
    expect(r.status).toBe(1);
    expect(commands(r.stdout)).toEqual([expect.stringMatching(/^::error file=deploy\/rbac\.yaml,line=11,.*`ops\/flux`$/), '::error::saguard failed: 1 finding at or above fail-on: error']);
    expect(r.summary).toContain('1 finding is hidden by the baseline.');
    expect(r.outputs.errors).toBe('1');
  }, 60_000);

  it('a baseline that matches nothing (written with other options) is a warning saying so, in the log and the summary', () => {
    const baseline = { version: 1, tool: 'saguard', findings: [{ fingerprint: '0'.repeat(32), rule: 'cluster-admin-binding', file: 'deploy/rbac.yaml' }] };
    const r = runAction({ baseline: 'b.json', 'fail-on': 'none' }, { 'deploy/rbac.yaml': CRB('flux'), 'b.json': JSON.stringify(baseline) });
    expect(r.status).toBe(0);
    const said = 'the one finding of the baseline b.json does not occur in this scan, so the finding reported is new; write the baseline with the options of this scan (-n/namespace, charts and values, overlays, paths).';
    expect(commands(r.stdout)).toContain(`::warning::saguard: ${said}`);
    expect(r.summary).toContain(`- ${said}`);
  }, 30_000);

  it('a baseline named by the configuration that cannot be read: an error annotation on the configuration\'s baseline line', () => {
    const r = runAction({}, { 'a.yaml': BAD, '.saguard.yaml': 'rules: {}\nbaseline: ci/baseline.json\n' });
    expect(r.status).toBe(1);
    expect(commands(r.stdout)[0]).toBe(
      '::error title=saguard configuration%3A baseline,file=.saguard.yaml,line=2,col=11::baseline: cannot read the baseline ci/baseline.json: no such file (write one with saguard scan --write-baseline FILE)',
    );
  }, 30_000);

  it('a configuration or baseline linked out of the workspace is refused', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-outside-'));
    fs.writeFileSync(path.join(outside, 'cfg.yaml'), 'rules: {}\n');
    const link = (name: string) => (ws: string) => void fs.symlinkSync(path.join(outside, 'cfg.yaml'), path.join(ws, name));
    const r = runAction({}, { 'a.yaml': BAD }, { setup: link('.saguard.yaml') });
    expect(r.status).toBe(1);
    expect(commands(r.stdout)).toEqual(['::error::saguard: cannot read the configuration .saguard.yaml: it is a link out of the workspace']);
    const b = runAction({ baseline: 'b.json' }, { 'a.yaml': BAD }, { setup: link('b.json') });
    expect(commands(b.stdout)).toEqual(['::error::saguard: cannot read the baseline b.json: it is a link out of the workspace']);
  }, 30_000);

  it('an invalid configuration fails the step: an error annotation on each problem, the summary says so', () => {
    const r = runAction({}, { 'a.yaml': BAD, '.saguard.yaml': 'rules:\n  token-automont: error\npaths: { exclude: [/x] }\n' });
    expect(r.status).toBe(1);
    expect(commands(r.stdout)).toEqual([
      '::error title=saguard configuration%3A rules.token-automont,file=.saguard.yaml,line=2,col=3::rules.token-automont: unknown rule (did you mean token-automount?); `saguard rules` lists them',
      '::error title=saguard configuration%3A paths.exclude[0],file=.saguard.yaml,line=3,col=20::paths.exclude[0]: "/x" is absolute; write it relative to the folder of .saguard.yaml',
      '::error::saguard: .saguard.yaml:2:3: rules.token-automont: unknown rule (did you mean token-automount?); `saguard rules` lists them%0Asaguard: .saguard.yaml:3:20: paths.exclude[0]: "/x" is absolute; write it relative to the folder of .saguard.yaml',
    ]);
    expect(lead(r.summary)).toBe(
      '❌ **The step failed**: .saguard.yaml\\:2\\:3\\: rules.token-automont\\: unknown rule (did you mean token-automount?); `saguard rules` lists them (and 1 more problem, each annotated on its line).',
    );
    expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(false);
  }, 30_000);
});

