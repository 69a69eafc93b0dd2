import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/publish/cli/main.js';
import { RULES } from '../src/rules/index.js';

const ROOT = path.resolve(__dirname, '..');

async function cli(args: string[], opts: { cwd?: string; stdin?: string; tty?: boolean; columns?: number; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => opts.stdin ?? '',
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: false,
    ...(opts.columns ? { stdoutColumns: opts.columns } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-cli-'));
  fs.mkdirSync(path.join(tmp, '.git'));
  fs.mkdirSync(path.join(tmp, 'manifests'));
  fs.writeFileSync(path.join(tmp, 'manifests', 'sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api }\n');
  fs.writeFileSync(path.join(tmp, 'manifests', 'bad.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a }\nautomountServiceAccountToken: "false"\n');
  fs.writeFileSync(path.join(tmp, 'manifests', 'values.yaml'), 'replicaCount: 2\n');
  fs.writeFileSync(path.join(tmp, 'manifests', 'image.png.yaml'), Buffer.from([0x89, 0x50, 0, 0, 1]));
  fs.mkdirSync(path.join(tmp, 'chart', 'templates'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
  fs.writeFileSync(path.join(tmp, 'chart', 'templates', 'sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ .Release.Name }}\n');
  fs.mkdirSync(path.join(tmp, 'node_modules', 'x'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'node_modules', 'x', 'sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: nm }\n');
  // A link out of the scanned directory, and a loop.
  fs.mkdirSync(path.join(tmp, 'outside'));
  fs.writeFileSync(path.join(tmp, 'outside', 'secret.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: outside }\n');
  fs.symlinkSync(path.join(tmp, 'outside'), path.join(tmp, 'manifests', 'escape'));
  fs.symlinkSync(path.join(tmp, 'manifests'), path.join(tmp, 'manifests', 'loop'));
});

describe('saguard scan', () => {
  it('text: file:line:col level rule message, files apart by a blank line (no header repeating the path), a closing count, exit 1 on errors', async () => {
    const r = await cli(['scan', 'manifests'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'manifests/bad.yaml:3:19 note unused-service-account no workload, binding or policy in the scanned files uses ServiceAccount `a` of namespace `default`; remove it if nothing else does, or check how its users spell it',
        'manifests/bad.yaml:4:31 error invalid-field-type `automountServiceAccountToken` is the string `"false"` but the API server expects a boolean; write `false` without quotes',
        '',
        'manifests/sa.yaml:2:7 note sa-automount-enabled ServiceAccount `api` does not set `automountServiceAccountToken: false`, so every pod using it gets an API token unless it opts out',
        'manifests/sa.yaml:3:19 note unused-service-account no workload, binding or policy in the scanned files uses ServiceAccount `api` of namespace `default`; remove it if nothing else does, or check how its users spell it',
        '',
        '4 findings: 1 error, 0 warnings, 3 notes',
        '',
      ].join('\n'),
    );
  });
  it('skips node_modules and loops, reads linked files under their real path, reads a binary file as kubectl does (a document that is no object); says how many chart templates it skipped', async () => {
    const r = await cli(['scan', '.', '--verbose', '--fail-on', 'none', '--format', 'json'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect([...new Set(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file))]).toEqual(['manifests/bad.yaml', 'manifests/sa.yaml', 'outside/secret.yaml']);
    expect(r.stderr).toContain('skipped manifests/image.png.yaml:1: not a Kubernetes object');
    expect(r.stderr).toContain('skipped manifests/values.yaml:1: not a Kubernetes object');
    expect(r.stderr).toContain('skipped 1 Helm chart template');
  });
  it('beside a kustomization, scans the resources it lists and skips its patches, pointing to --kustomize', async () => {
    const r = await cli(['scan', 'test/kustomize', '--format', 'json', '--fail-on', 'none'], { cwd: ROOT });
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string; file: string; startLine: number }) => `${f.ruleId} ${f.file}:${f.startLine}`)).toEqual([
      'secrets-access test/kustomize/app/base/rbac.yaml:13',
    ]);
    expect(r.stderr).toContain('saguard: skipped 1 patch file of kustomizations');
  });
  it('a named path with nothing to scan is a usage error, never "no findings"', async () => {
    const r = await cli(['scan', 'test/kustomize/app/overlays'], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'saguard: nothing to scan in test/kustomize/app/overlays: 1 file is a patch or an input of kustomizations (build them with --kustomize DIR, or the Action input kustomize-dirs)\n',
    );
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-empty-'));
    const e = await cli(['scan', '.'], { cwd: empty });
    expect([e.code, e.stdout, e.stderr]).toEqual([2, '', 'saguard: nothing to scan in .: no manifest files (.yaml, .yml, .json)\n']);
  });
  it('never follows a link out of the scanned directory', async () => {
    const r = await cli(['scan', 'manifests', '--verbose', '--format', 'json', '--fail-on', 'none'], { cwd: tmp });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).not.toContain('outside/secret.yaml');
    expect(r.stderr).toContain('skipped manifests/escape: symbolic link out of the scanned directory');
  });
  it('colours on a TTY, not with NO_COLOR or --no-color', async () => {
    expect((await cli(['scan', 'manifests/sa.yaml'], { cwd: tmp, tty: true })).stdout).toContain('\x1b[');
    expect((await cli(['scan', 'manifests/sa.yaml'], { cwd: tmp, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await cli(['scan', 'manifests/sa.yaml', '--no-color'], { cwd: tmp, tty: true })).stdout).not.toContain('\x1b[');
  });
  it('text on a terminal: messages wrap at its width under an indentation; related lines in the same file give line and column only', async () => {
    const file = 'fixtures/shared-service-account/backend.yaml';
    const piped = (await cli(['scan', file, '--fail-on', 'none'])).stdout;
    const shown = (await cli(['scan', file, '--fail-on', 'none', '--no-color'], { tty: true, columns: 90 })).stdout;
    const lines = shown.split('\n');
    expect(lines.filter((l) => l.length > 90)).toEqual([]);
    // The same words, only wrapped: joining the continuation lines gives the piped output back.
    expect(shown.replace(/\n {4}(?!line |[a-z]+\/)/g, ' ')).toBe(piped.replace(/\n {4}(?!line |[a-z]+\/)/g, ' '));
    expect(lines.some((l) => /^ {4}\S/.test(l) && !/^ {4}line \d+:\d+ /.test(l))).toBe(true);
    // Related locations of the same file: `line L:C label`, never the path again.
    const related = piped.split('\n').filter((l) => l.startsWith('    '));
    expect(related.length).toBeGreaterThan(0);
    for (const l of related) expect(l).toMatch(/^ {4}line \d+:\d+ \S/);
    expect(piped.split('\n').filter((l) => l.includes(file)).every((l) => l.startsWith(`${file}:`))).toBe(true);
    expect(piped.split('\n').some((l) => l === file)).toBe(false);
  });
  it('json: data holds plain values, without the Markdown of the message', async () => {
    const r = await cli(['scan', 'fixtures/secrets-access', '--format', 'json', '--fail-on', 'none']);
    const findings = JSON.parse(r.stdout).findings as { message: string; data: Record<string, string | number> }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.message.includes('`'))).toBe(true);
    for (const f of findings) for (const v of Object.values(f.data)) expect(String(v)).not.toContain('`');
    expect(findings.map((f) => f.data.role)).toContainEqual(expect.stringMatching(/^(Cluster)?Role [a-z0-9/-]+$/));
  });
  it('--fail-on decides the exit code', async () => {
    expect((await cli(['scan', 'manifests/sa.yaml'], { cwd: tmp })).code).toBe(0);
    expect((await cli(['scan', 'manifests/sa.yaml', '--fail-on', 'note'], { cwd: tmp })).code).toBe(1);
    expect((await cli(['scan', 'manifests/bad.yaml', '--fail-on=none'], { cwd: tmp })).code).toBe(0);
  });
  it('--namespace sets the namespace of objects without one', async () => {
    const r = await cli(['scan', 'manifests/sa.yaml', '-n', 'release', '--format', 'json'], { cwd: tmp });
    expect(JSON.parse(r.stdout).findings.map((f: { object: { namespace: string } }) => f.object.namespace)).toEqual(['release', 'release']);
  });
  it('standard input with -', async () => {
    const r = await cli(['scan', '-', '--format', 'json'], { stdin: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { automountServiceAccountToken: false, containers: [] }\n' });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['<stdin> default-service-account']);
  });
  it('globs', async () => {
    const r = await cli(['scan', 'manifests/*.yaml', '--format', 'json', '--fail-on', 'none'], { cwd: tmp });
    expect(JSON.parse(r.stdout).summary.findings).toBe(4);
  });
  it('--output FORMAT=FILE writes several formats at once', async () => {
    const r = await cli(['scan', 'manifests', '--format', 'github', '--output', 'sarif=out/s.sarif', '--output', 'json=out/s.json', '--output', 'markdown=out/s.md', '--output', 'text=out/s.txt', '--category', 'shard-1'], { cwd: tmp });
    expect(r.stdout).toMatch(/^::error file=manifests\/bad.yaml,line=4,endLine=4,col=31,endColumn=38,title=Field of the wrong type \(invalid-field-type\)::/);
    const sarif = JSON.parse(fs.readFileSync(path.join(tmp, 'out', 's.sarif'), 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toBe('shard-1/');
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'out', 's.json'), 'utf8')).schemaVersion).toBe(1);
    expect(fs.readFileSync(path.join(tmp, 'out', 's.md'), 'utf8')).toMatch(/^## saguard\n\n❌ \*\*The scan failed\*\*: 1 finding at or above `--fail-on error`\. 4 findings: 1 error, 0 warnings, 3 notes\.\n/);
    expect(fs.readFileSync(path.join(tmp, 'out', 's.txt'), 'utf8')).not.toContain('\x1b[');
  });
  it.each([
    [['scan', '--format', 'xml'], '--format takes text, json, sarif, github, markdown, not "xml"'],
    [['scan', '--fail-on', 'high'], '--fail-on takes error, warning, note, none, not "high"'],
    [['scan', '--output', 'sarif'], '--output takes FORMAT=FILE'],
    [['scan', '--namespace', 'Bad_NS'], '--namespace "Bad_NS" is not a valid namespace name'],
    [['scan', '--frobnicate'], 'unknown option --frobnicate'],
    [['scan', 'no/such/dir'], 'cannot read no/such/dir: no such file or directory'],
    [['scan', 'nothing-*.yaml'], 'no files match nothing-*.yaml'],
    [['lint'], 'unknown command "lint"'],
    [['explain', 'no-such-rule'], 'no rule "no-such-rule"'],
    [['scan', '--format'], '--format needs a value'],
  ])('bad arguments: %j → one line, exit 2', async (args, message) => {
    const r = await cli(args, { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('an unreadable file is an error naming it (exit 2)', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const f = path.join(tmp, 'locked.yaml');
    fs.writeFileSync(f, 'a: 1\n', { mode: 0o000 });
    const r = await cli(['scan', 'locked.yaml'], { cwd: tmp });
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('cannot read locked.yaml')]);
  });
});

describe('saguard rules / explain / help', () => {
  it('rules lists every rule with level and CIS item', async () => {
    const r = await cli(['rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toContain(rule.id);
    expect(r.stdout).toMatch(/token-automount\s+warning\s+5\.1\.6\s+API token mounted/);
    expect(JSON.parse((await cli(['rules', '--format', 'json'])).stdout)).toHaveLength(RULES.length);
  });
  it('explain prints the rule documentation for a terminal: no Markdown, no generator comment, lines within 80 columns', async () => {
    const r = await cli(['explain', 'token-automount']);
    expect(r.code).toBe(0);
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'token-automount.md'), 'utf8');
    expect(r.stdout).not.toContain('<!--');
    expect(r.stdout).not.toMatch(/^#|\*\*|`|^\|/m);
    expect(r.stdout).not.toContain('```');
    expect(r.stdout.split('\n').filter((l) => l.length > 80 && !l.startsWith('    ') && !l.includes('https://'))).toEqual([]);
    // The same content: the title, the headings, the level row of the table, the examples' YAML indented.
    expect(r.stdout).toMatch(/^token-automount\n\nAPI token mounted/);
    for (const h of doc.match(/^## .+$/gm)!) expect(r.stdout).toContain(`\n${h.slice(3).toUpperCase()}\n`);
    expect(r.stdout).toMatch(/^default level: +warning$/m);
    expect(r.stdout).toContain('\n    apiVersion: apps/v1\n    kind: Deployment\n');
    expect(r.stdout).toMatch(/configuration\s+\(https:\/\/github\.com\/saguard\/saguard\/blob\/main\/docs\/configuration\.md\)/);
    // On a terminal: bold headings, quoted names in colour.
    const tty = await cli(['explain', 'token-automount'], { tty: true });
    expect(tty.stdout).toContain('\x1b[1mWHY\x1b[0m');
    expect(tty.stdout).toContain('\x1b[36mautomountServiceAccountToken\x1b[0m');
  });
  it('help and version; --help after a command prints that command\'s help', async () => {
    expect((await cli([])).stdout).toContain('usage: saguard');
    expect((await cli(['--version'])).stdout).toMatch(/^saguard \d+\.\d+\.\d+\n$/);
    for (const argv of [['scan', '--help'], ['init', '-h'], ['scan', 'deploy/', '--fail-on', 'none', '--help']]) {
      expect(await cli(argv)).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: saguard') });
    }
    for (const argv of [['scan', '--help'], ['scan', 'manifests', '-h'], ['help', 'scan']]) {
      const r = await cli(argv);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/^usage: saguard scan \[options\]\n  scan \[PATH\|GLOB\|-\]\.\.\. /);
      expect(r.stdout).toContain('\nscan options:\n  --format FORMAT ');
      expect(r.stdout).toContain('\nexit codes: ');
      expect(r.stdout).not.toContain('can-i / who-can / access options');
    }
    const whoCan = (await cli(['who-can', '--help'])).stdout;
    expect(whoCan).toMatch(/^usage: saguard who-can \[options\]\n  who-can VERB/);
    expect(whoCan).toContain('can-i / who-can / access options:');
    expect(whoCan).not.toContain('scan options');
    expect((await cli(['help', 'nonsense'])).stdout).toContain('commands:');
  });
});

describe('the installed bin', () => {
  it('runs as a process: npm start scans the bundled example and shows findings', () => {
    const r = spawnSync(process.execPath, ['bin/saguard.js', 'scan', 'examples/shop', '--fail-on', 'none'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('examples/shop/rendered.yaml:');
    expect(r.stdout).toMatch(/\d+ findings: \d+ errors?, \d+ warnings?, \d+ notes?/);
    const fail = spawnSync(process.execPath, ['bin/saguard.js', 'scan', 'examples/shop'], { cwd: ROOT, encoding: 'utf8' });
    expect(fail.status).toBe(1);
  }, 60_000);

  it('in a pipe whose reader stops (`| head`): no EPIPE stack, and the exit code is the scan\'s', async () => {
    // Enough output that the pipe fills before the reader goes: the SARIF of a few hundred findings.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-pipe-'));
    fs.writeFileSync(
      path.join(dir, 'pods.yaml'),
      Array.from({ length: 400 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p${i}, namespace: shop }\nspec:\n  containers: []\n`).join('---\n'),
    );
    for (const [failOn, code] of [['none', 0], ['warning', 1]] as const) {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'saguard.js'), 'scan', dir, '--format', 'sarif', '--fail-on', failOn], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Like `head -c 100`: read one chunk, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise<number | null>((r) => child.on('close', r));
      expect(stderr).toBe('');
      expect(status).toBe(code);
    }
  }, 60_000);
});
