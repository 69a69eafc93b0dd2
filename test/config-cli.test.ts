/**
 * The configuration through the CLI: discovery order, errors (exit 2, file, line and key),
 * knownServiceAccounts, paths.exclude, configured suppressions in SARIF and JSON, baselines that
 * survive moved lines, `init` and `explain`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/publish/cli/main.js';
import { schemaErrors } from './support/sarif-validate.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => '',
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A repository (with `.git`) holding the given files. */
function repo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-config-'));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), t);
  }
  return dir;
}

/** A pod running as an account that is not in the set: missing-service-account (warning) on line 5. */
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: { name: api, namespace: shop }\nspec:\n  serviceAccountName: api\n  automountServiceAccountToken: false\n  containers: [{ name: c, image: nginx }]\n';
/** cluster-admin for an account (an error) on the roleRef's name, line 5. */
const CRB = (name: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: ${name} }\nsubjects: [{ kind: ServiceAccount, name: ${name}, namespace: ops }]\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }\n`;

const rules = (out: string): string[] => out.split('\n').filter((l) => / (error|warning|note) /.test(l)).map((l) => l.split(' ').slice(0, 3).join(' '));

describe('finding the configuration', () => {
  const tree = () =>
    repo({
      '.saguard.yaml': 'rules:\n  missing-service-account: error\n',
      'team/.saguard.yml': 'rules:\n  missing-service-account: note\n',
      'team/app/pod.yaml': POD,
      'other/pod.yaml': POD,
    });

  it('the nearest file from the working directory up to the repository root', async () => {
    const dir = tree();
    // Reported paths are relative to the repository root.
    expect(rules((await cli(['scan', '.'], path.join(dir, 'team', 'app'))).stdout)).toEqual(['team/app/pod.yaml:5:23 note missing-service-account']);
    expect(rules((await cli(['scan', '.'], path.join(dir, 'other'))).stdout)).toEqual(['other/pod.yaml:5:23 error missing-service-account']);
    expect(rules((await cli(['scan', 'team/app'], dir)).stdout)).toEqual(['team/app/pod.yaml:5:23 error missing-service-account']);
  });

  it('--config names one; --no-config uses none; nothing above the repository root is read', async () => {
    const dir = tree();
    expect(rules((await cli(['scan', 'other', '--config', 'team/.saguard.yml'], dir)).stdout)).toEqual(['other/pod.yaml:5:23 note missing-service-account']);
    expect(rules((await cli(['scan', 'other', '--no-config'], dir)).stdout)).toEqual(['other/pod.yaml:5:23 warning missing-service-account']);
    const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-outer-'));
    fs.writeFileSync(path.join(outer, '.saguard.yaml'), 'rules:\n  missing-service-account: off\n');
    fs.mkdirSync(path.join(outer, 'repo', '.git'), { recursive: true });
    fs.writeFileSync(path.join(outer, 'repo', 'pod.yaml'), POD);
    expect(rules((await cli(['scan', '.'], path.join(outer, 'repo'))).stdout)).toEqual(['pod.yaml:5:23 warning missing-service-account']);
  });

  it('both names in one folder, a missing --config, and --config with --no-config are errors (exit 2)', async () => {
    const dir = repo({ '.saguard.yaml': '', '.saguard.yml': '', 'pod.yaml': POD });
    expect(await cli(['scan', '.'], dir)).toMatchObject({ code: 2, stderr: 'saguard: both .saguard.yaml and .saguard.yml exist; keep one\n' });
    expect(await cli(['scan', '.', '--config', 'nope.yaml', '--no-config'], dir)).toMatchObject({ code: 2, stderr: 'saguard: --config and --no-config exclude each other\n' });
    fs.rmSync(path.join(dir, '.saguard.yml'));
    expect(await cli(['scan', '.', '--config', 'nope.yaml'], dir)).toMatchObject({ code: 2, stderr: 'saguard: cannot read the configuration nope.yaml: no such file\n' });
  });
});

describe('configuration errors', () => {
  it('exit 2 before scanning, one line per problem naming file, line and key', async () => {
    const dir = repo({ 'deploy/.saguard.yaml': 'rules:\n  token-automont: error\nignore:\n  - rule: cluster-admin-binding\n    object: ClusterRoleBinding/x\n    expires: soon\n', 'deploy/pod.yaml': POD });
    const r = await cli(['scan', 'deploy', '--config', 'deploy/.saguard.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'saguard: deploy/.saguard.yaml:2:3: rules.token-automont: unknown rule (did you mean token-automount?); `saguard rules` lists them\n' +
        'saguard: deploy/.saguard.yaml:6:14: ignore[0].expires: "soon" is not a date; expected YYYY-MM-DD\n',
    );
  });

  it('the file comes from the pull request too: a link to a device or a directory is refused, not read', async () => {
    const dir = repo({ 'pod.yaml': POD });
    fs.symlinkSync('/dev/zero', path.join(dir, '.saguard.yaml'));
    expect(await cli(['scan', '.'], dir)).toMatchObject({ code: 2, stderr: 'saguard: cannot read the configuration .saguard.yaml: it is a character device, not a regular file\n' });
    expect(await cli(['scan', '.', '--config', '.git'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('saguard: cannot read the configuration .git: it is a directory') });
    expect(await cli(['scan', '.', '--no-config', '--baseline', '/dev/zero'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('it is a character device, not a regular file') });
  });

  it('a --known-service-account that is not NAMESPACE/NAME is a usage error', async () => {
    expect(await cli(['scan', '.', '--known-service-account', 'api'], repo({}))).toMatchObject({ code: 2, stderr: expect.stringContaining('--known-service-account takes NAMESPACE/NAME') });
  });
});

describe('what the configuration does', () => {
  it('knownServiceAccounts, from the file and from the command line', async () => {
    const dir = repo({ 'pod.yaml': POD });
    expect(rules((await cli(['scan', '.'], dir)).stdout)).toEqual(['pod.yaml:5:23 warning missing-service-account']);
    expect(rules((await cli(['scan', '.', '--known-service-account', 'shop/*'], dir)).stdout)).toEqual([]);
    fs.writeFileSync(path.join(dir, '.saguard.yaml'), 'knownServiceAccounts: [shop/api]\n');
    expect(rules((await cli(['scan', '.'], dir)).stdout)).toEqual([]);
  });

  it('paths.exclude and ignore[].path are relative to the folder of the file', async () => {
    const dir = repo({
      'deploy/.saguard.yaml': 'paths: { exclude: ["tests/**"] }\nignore:\n  - rule: missing-service-account\n    path: legacy/*.yaml\n    reason: created by the legacy installer\n',
      'deploy/tests/pod.yaml': POD,
      'deploy/legacy/pod.yaml': POD,
      'deploy/app/pod.yaml': POD,
    });
    const r = await cli(['scan', '.', '--config', 'deploy/.saguard.yaml', '--verbose'], dir);
    expect(rules(r.stdout)).toEqual(['deploy/app/pod.yaml:5:23 warning missing-service-account']);
    // --verbose lists what was suppressed, by what and why.
    expect(r.stdout).toContain('1 finding: 0 errors, 1 warning, 0 notes (1 suppressed)\n\nsuppressed\ndeploy/legacy/pod.yaml:5:23 missing-service-account by ignore: of the configuration: created by the legacy installer\n');
    expect(r.stderr).toContain('saguard: skipped deploy/tests/pod.yaml: excluded by paths.exclude of the configuration\n');
  });

  it('configured suppressions: out of the text and the exit code, in SARIF (external, with the reason) and JSON', async () => {
    const dir = repo({
      '.saguard.yaml': 'ignore:\n  - rule: cluster-admin-binding\n    object: ClusterRoleBinding/argocd-*\n    reason: Argo CD manages the cluster\n',
      'crb.yaml': CRB('argocd-application-controller'),
    });
    const text = await cli(['scan', '.'], dir);
    expect(text.code).toBe(0);
    expect(rules(text.stdout)).toEqual([]);
    expect(text.stdout).toBe('no findings (1 suppressed, --verbose lists them)\n');
    const sarif = JSON.parse((await cli(['scan', '.', '--format', 'sarif'], dir)).stdout);
    expect(schemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.map((r: { ruleId: string; suppressions?: unknown }) => [r.ruleId, r.suppressions])).toEqual([
      ['cluster-admin-binding', [{ kind: 'external', status: 'accepted', justification: 'Argo CD manages the cluster' }]],
    ]);
    const json = JSON.parse((await cli(['scan', '.', '--format', 'json'], dir)).stdout);
    expect(json.summary).toMatchObject({ findings: 0, errors: 0, suppressed: 1, inBaseline: 0 });
    expect(json.findings[0].suppressed).toEqual({ kind: 'external', justification: 'Argo CD manages the cluster', source: 'config' });
  });

  it('findings about the configuration are on its lines, in SARIF with the file\'s line hash', async () => {
    const dir = repo({
      '.saguard.yaml': '# accepted\nignore:\n  - rule: cluster-admin-binding\n    object: ClusterRoleBinding/flux-*\n',
      'crb.yaml': CRB('argocd'),
    });
    const r = await cli(['scan', '.'], dir);
    expect(rules(r.stdout)).toEqual(['.saguard.yaml:3:5 warning suppression-invalid', '.saguard.yaml:3:5 note suppression-unused', 'crb.yaml:5:74 error cluster-admin-binding']);
    const sarif = JSON.parse((await cli(['scan', '.', '--format', 'sarif'], dir)).stdout);
    const onConfig = sarif.runs[0].results.filter((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri === '.saguard.yaml');
    expect(onConfig).toHaveLength(2);
    for (const x of onConfig) expect(x.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:1$/);
  });
});

describe('baselines', () => {
  it('hide recorded findings after lines moved; a new finding shows and fails the run', async () => {
    const dir = repo({ 'deploy/crb.yaml': CRB('argocd') + '---\n' + POD });
    const first = await cli(['scan', 'deploy', '--write-baseline', 'saguard-baseline.json'], dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('saguard: wrote 2 findings to the baseline saguard-baseline.json');
    const recorded = JSON.parse(fs.readFileSync(path.join(dir, 'saguard-baseline.json'), 'utf8'));
    expect(recorded).toMatchObject({ version: 1, tool: 'saguard' });
    expect(recorded.findings.map((f: { rule: string; object: string }) => [f.rule, f.object])).toEqual([
      ['cluster-admin-binding', 'ClusterRoleBinding/argocd'],
      ['missing-service-account', 'Pod/shop/api'],
    ]);

    // Unrelated lines inserted above both findings, and a comment between them.
    fs.writeFileSync(path.join(dir, 'deploy', 'crb.yaml'), '# owned by the platform team\n# see PLAT-7\n\n' + CRB('argocd') + '# the API pod\n---\n' + POD);
    const moved = await cli(['scan', 'deploy', '--baseline', 'saguard-baseline.json'], dir);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toBe('no findings (2 in the baseline)\n');

    // A genuinely new finding: shown, failing; the baselined ones stay hidden.
    fs.appendFileSync(path.join(dir, 'deploy', 'crb.yaml'), '---\n' + CRB('intruder'));
    const grown = await cli(['scan', 'deploy', '--baseline', 'saguard-baseline.json'], dir);
    expect(grown.code).toBe(1);
    expect(rules(grown.stdout)).toEqual(['deploy/crb.yaml:23:74 error cluster-admin-binding']);
    expect(grown.stdout).toContain('`ops/intruder`');
    expect(grown.stdout).toContain('1 finding: 1 error, 0 warnings, 0 notes (2 in the baseline)');
    const sarif = JSON.parse((await cli(['scan', 'deploy', '--baseline', 'saguard-baseline.json', '--format', 'sarif'], dir)).stdout);
    expect(sarif.runs[0].results.map((x: { suppressions?: { justification: string }[] }) => x.suppressions?.[0]?.justification ?? null)).toEqual([
      'in the baseline saguard-baseline.json',
      'in the baseline saguard-baseline.json',
      null,
    ]);
  });

  it('named in the configuration; a finding fixed leaves a stale entry, which the CLI mentions', async () => {
    const dir = repo({ 'crb.yaml': CRB('argocd') + '---\n' + CRB('flux'), '.saguard.yaml': 'baseline: saguard-baseline.json\n' });
    expect((await cli(['scan', '.', '--write-baseline', 'saguard-baseline.json'], dir)).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'crb.yaml'), CRB('argocd'));
    const r = await cli(['scan', '.'], dir);
    expect(r).toMatchObject({ code: 0, stdout: 'no findings (1 in the baseline)\n' });
    expect(r.stderr).toContain('saguard: 1 finding of the baseline saguard-baseline.json no longer occurs; rewrite it with saguard scan --write-baseline to drop it\n');
    // saguard's own files are not manifests: not read as such.
    const verbose = await cli(['scan', '.', '--verbose', '--format', 'json'], dir);
    expect(verbose.stderr).toContain('saguard: skipped .saguard.yaml: the saguard configuration\n');
    expect(verbose.stderr).toContain('saguard: skipped saguard-baseline.json: the saguard baseline\n');
    expect(verbose.stderr).not.toContain('not a Kubernetes object');
  });

  it('written with other options (here another namespace), it hides nothing: the CLI says why every finding is new', async () => {
    const dir = repo({ 'pod.yaml': POD.replace(', namespace: shop', '') });
    expect((await cli(['scan', '.', '--write-baseline', 'b.json'], dir)).code).toBe(0);
    expect(await cli(['scan', '.', '--baseline', 'b.json'], dir)).toMatchObject({ code: 0, stdout: 'no findings (1 in the baseline)\n', stderr: '' });
    const r = await cli(['scan', '.', '--baseline', 'b.json', '-n', 'shop'], dir);
    expect(rules(r.stdout)).toEqual(['pod.yaml:5:23 warning missing-service-account']);
    expect(r.stderr).toBe(
      'saguard: the one finding of the baseline b.json does not occur in this scan, so the finding reported is new; write the baseline with the options of this scan (-n/namespace, charts and values, overlays, paths)\n',
    );
  });

  it('named in the configuration but missing or broken: a configuration error at its key', async () => {
    const dir = repo({ 'pod.yaml': POD, 'deploy/.saguard.yaml': '# ours\nbaseline: saguard-baselin.json\n' });
    expect(await cli(['scan', '.', '--config', 'deploy/.saguard.yaml'], dir)).toMatchObject({
      code: 2,
      stderr: 'saguard: deploy/.saguard.yaml:2:11: baseline: cannot read the baseline deploy/saguard-baselin.json: no such file (write one with saguard scan --write-baseline FILE)\n',
    });
    fs.writeFileSync(path.join(dir, 'deploy', 'saguard-baselin.json'), '{"tool":"saguard","version":1,"findings":{}}');
    expect(await cli(['scan', '.', '--config', 'deploy/.saguard.yaml'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^saguard: deploy\/\.saguard\.yaml:2:11: baseline: deploy\/saguard-baselin\.json is not a saguard baseline/) });
  });

  it.each([
    ['missing', undefined, 'saguard: cannot read the baseline b.json: no such file (write one with saguard scan --write-baseline FILE)\n'],
    ['not JSON', '{', 'saguard: b.json is not JSON'],
    ['another tool\'s', '{"version":1,"results":[]}', 'saguard: b.json is not a saguard baseline'],
    ['a bad fingerprint', '{"version":1,"tool":"saguard","findings":[{"fingerprint":"x"}]}', 'saguard: b.json: findings[0] has no valid fingerprint'],
  ])('a baseline that is %s is an error (exit 2)', async (_, text, message) => {
    const dir = repo({ 'pod.yaml': POD, ...(text !== undefined ? { 'b.json': text } : {}) });
    const r = await cli(['scan', '.', '--baseline', 'b.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('saguard init', () => {
  it('writes a commented .saguard.yaml, refuses to replace one, and with --baseline records today\'s findings', async () => {
    const dir = repo({ 'deploy/crb.yaml': CRB('argocd') });
    const r = await cli(['init'], dir);
    expect(r).toMatchObject({ code: 0, stdout: "saguard: wrote .saguard.yaml; commit it, and see saguard explain RULE for each rule's options\n" });
    expect(fs.readFileSync(path.join(dir, '.saguard.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/schema\/saguard\.schema\.json\n/);
    expect(await cli(['init'], dir)).toMatchObject({ code: 2, stderr: 'saguard: .saguard.yaml already exists here; edit it, or run saguard init --force to replace it\n' });

    const b = await cli(['init', '--force', '--baseline', 'deploy'], dir);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('wrote .saguard.yaml and saguard-baseline.json (1 finding of today, hidden from now on)');
    expect(fs.readFileSync(path.join(dir, '.saguard.yaml'), 'utf8')).toMatch(/^baseline: saguard-baseline\.json$/m);
    expect(await cli(['scan', 'deploy'], dir)).toMatchObject({ code: 0, stdout: 'no findings (1 in the baseline)\n' });
  });
});

describe('saguard explain', () => {
  it('shows the options with their defaults, and how to change the level or suppress a finding', async () => {
    const r = await cli(['explain', 'projected-token-settings'], repo({}));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^option: +maxExpirationSeconds\ndefault: +86400\n/m);
    expect(r.stdout).toContain('  # projected-token-settings: { level: warning, options: { maxExpirationSeconds: 86400 } }');
    expect(r.stdout).toContain('        saguard.dev/ignore: projected-token-settings\n        saguard.dev/ignore-reason:');
    expect(r.stdout).toContain('  - rule: projected-token-settings\n');
  });
  it('suggests the rule meant', async () => {
    expect(await cli(['explain', 'token-automont'], repo({}))).toMatchObject({ code: 2, stderr: 'saguard: no rule "token-automont"; did you mean token-automount?; saguard rules lists them\n' });
  });
});
