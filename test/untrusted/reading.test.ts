/**
 * Issue 10 items 2 and 5: reading through links, devices and FIFOs, and files kubectl applies that
 * saguard used to pass over (UTF-16 and UTF-32 with a BOM, names that are not UTF-8, a NUL byte
 * in a later document). The hostile files are built on disk; the bounds are in the test names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { collectFiles } from '../../src/publish/files.js';
import { readRegular } from '../../src/publish/read.js';
import { decodeName, decodeText } from '../../src/load/decode.js';
import { action, cli, tmpdir } from './support.js';

const BINDING = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-admin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - { kind: ServiceAccount, name: ci, namespace: tools }
`;

/** A git-like repository (a `.git` folder) with `deploy/`. */
function repo(): string {
  const root = tmpdir('reading');
  fs.mkdirSync(path.join(root, '.git'));
  fs.mkdirSync(path.join(root, 'deploy'));
  return root;
}

async function scan(root: string, inputs: string[]) {
  const collected = await collectFiles(inputs, { cwd: root, root });
  return { collected, findings: lint(collected.files).findings };
}

const admin = (findings: { ruleId: string; location: { file: string; region: { startLine: number; startColumn: number } } }[]) =>
  findings.filter((f) => f.ruleId === 'cluster-admin-binding').map((f) => `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn}`);

describe('reading through links, devices and FIFOs', () => {
  it('a link to /etc/passwd, as an explicit path, a glob and in a directory: never read, a finding on the link (CLI, under 10 s)', () => {
    const root = repo();
    fs.symlinkSync('/etc/passwd', path.join(root, 'deploy', 'passwd.yaml'));
    for (const input of ['deploy/passwd.yaml', 'deploy/*.yaml', 'deploy']) {
      const r = cli(['scan', input, '--format', 'sarif', '--fail-on', 'none'], { cwd: root, heapMb: 128, timeoutMs: 10_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/root:/);
      const results = JSON.parse(r.stdout).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      expect(results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([['unscanned-input', 'deploy/passwd.yaml']]);
    }
  }, 40_000);

  it('a link to /dev/zero: not read, memory stays bounded (CLI, under 10 s, 128 MB heap)', () => {
    const root = repo();
    fs.symlinkSync('/dev/zero', path.join(root, 'deploy', 'zero.yaml'));
    for (const input of ['deploy/zero.yaml', 'deploy/*.yaml']) {
      const r = cli(['scan', input, '--format', 'json', '--fail-on', 'none'], { cwd: root, heapMb: 128, timeoutMs: 10_000 });
      expect([r.status, r.signal], r.stderr).toEqual([0, null]);
      expect(JSON.parse(r.stdout).findings.map((f: { messageId: string }) => f.messageId)).toEqual(['linkOutside']);
    }
  }, 30_000);

  it('a device and a FIFO inside the scan root are never opened for reading long: a finding, or a clear error when named (under 10 s)', async () => {
    const root = repo();
    expect(spawnSync('mkfifo', [path.join(root, 'deploy', 'fifo.yaml')]).status).toBe(0);
    // The guard itself on a character device (read as root or not: it is not a regular file).
    expect(readRegular(Buffer.from('/dev/zero').toString('latin1'))).toEqual({ kind: 'unread', unread: { reason: 'not-regular', type: 'character device' } });
    const viaGlob = cli(['scan', 'deploy/*.yaml', '--format', 'json', '--fail-on', 'none'], { cwd: root, heapMb: 128, timeoutMs: 10_000 });
    expect([viaGlob.status, viaGlob.signal], viaGlob.stderr).toEqual([0, null]);
    expect(JSON.parse(viaGlob.stdout).findings.map((f: { messageId: string; file: string }) => `${f.messageId} ${f.file}`)).toEqual(['notRegular deploy/fifo.yaml']);
    const named = cli(['scan', 'deploy/fifo.yaml'], { cwd: root, heapMb: 128, timeoutMs: 10_000 });
    expect([named.status, named.signal, named.stderr]).toEqual([2, null, 'saguard: cannot read deploy/fifo.yaml: it is a FIFO, not a regular file\n']);
  }, 30_000);

  it('a link to a manifest elsewhere in the repository is read once, under its real path (under 5 s)', async () => {
    const root = repo();
    fs.mkdirSync(path.join(root, 'common'));
    fs.writeFileSync(path.join(root, 'common', 'rbac.yaml'), BINDING);
    fs.symlinkSync('../common/rbac.yaml', path.join(root, 'deploy', 'rbac.yaml'));
    const { findings } = await scan(root, ['deploy', 'deploy/rbac.yaml', 'common']);
    expect(admin(findings)).toEqual(['common/rbac.yaml:8:9']);
    expect(findings.filter((f) => f.ruleId === 'unscanned-input')).toEqual([]);
  }, 5_000);

  it('in the Action, paths outside the workspace are a configuration error naming the input (under 10 s)', () => {
    for (const paths of ['../', '/etc', '../**/*.yaml']) {
      const r = action({ paths }, () => {}, { timeoutMs: 10_000 });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`::error::saguard: input paths: ${paths} is outside the workspace; name files, directories or globs inside it`);
      expect(r.stdout).not.toContain('internal error');
    }
  }, 40_000);

  it('in the Action with checkout-path, the workspace is the boundary: a link to another folder of it is read (under 10 s)', () => {
    const r = action({ paths: 'repo/deploy', 'checkout-path': 'repo', 'fail-on': 'none' }, (ws) => {
      fs.mkdirSync(path.join(ws, 'repo', 'deploy'), { recursive: true });
      fs.mkdirSync(path.join(ws, 'shared'));
      fs.writeFileSync(path.join(ws, 'shared', 'rbac.yaml'), BINDING);
      fs.symlinkSync(path.join(ws, 'shared', 'rbac.yaml'), path.join(ws, 'repo', 'deploy', 'rbac.yaml'));
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const sarif = JSON.parse(fs.readFileSync(path.join(r.workspace, 'saguard.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('cluster-admin-binding');
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).not.toContain('unscanned-input');
  }, 20_000);

  it('in the Action, a link out of the workspace is a finding in the SARIF, the log and the summary; nothing outside is read (under 10 s)', () => {
    const outside = tmpdir('outside');
    fs.writeFileSync(path.join(outside, 'rbac.yaml'), BINDING);
    const r = action({ paths: 'deploy', 'fail-on': 'none' }, (ws) => {
      fs.mkdirSync(path.join(ws, 'deploy'));
      fs.symlinkSync(path.join(outside, 'rbac.yaml'), path.join(ws, 'deploy', 'rbac.yaml'));
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const sarif = JSON.parse(fs.readFileSync(path.join(r.workspace, 'saguard.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string; message: { text: string } }) => x.ruleId)).toEqual(['unscanned-input']);
    expect(r.stdout).toMatch(/::warning::saguard could not check 1 file or object:%0A {2}deploy\/rbac\.yaml:1: the file is a symbolic link to /);
    expect(r.summary).toContain('unscanned-input');
    expect(r.summary).toContain('1 file or object not checked');
  }, 20_000);
});

describe('in the Action, helm and kustomize read nothing outside the workspace', () => {
  /** A `helm` on PATH that only records that it ran: what is refused never reaches it. */
  function stubHelm(): { dir: string; ran: () => boolean } {
    const dir = tmpdir('stub-helm');
    const marker = path.join(dir, 'ran');
    fs.writeFileSync(path.join(dir, 'helm'), `#!/bin/sh\necho "$@" > ${JSON.stringify(marker)}\n`, { mode: 0o755 });
    return { dir, ran: () => fs.existsSync(marker) };
  }
  const chart = (dir: string): void => {
    fs.mkdirSync(path.join(dir, 'templates'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: app\nversion: 1.0.0\n');
  };

  it.each([
    ['helm-charts', '../elsewhere', 'a folder'],
    ['kustomize-dirs', '/etc', 'a folder'],
    ['helm-values', '/etc/passwd', 'a file'],
  ])('input %s: %s is a configuration error, nothing is rendered (under 10 s)', (name, value, what) => {
    const helm = stubHelm();
    const inputs: Record<string, string> = { [name]: value };
    if (name === 'helm-values') inputs['helm-charts'] = 'chart';
    const r = action(inputs, (ws) => chart(path.join(ws, 'chart')), { env: { PATH: `${helm.dir}:${process.env.PATH}` } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error::saguard: input ${name}: ${value} is outside the workspace; name ${what} inside it`);
    expect(helm.ran()).toBe(false);
  }, 20_000);

  it.each([['helm-charts'], ['helm-values'], ['kustomize-dirs']])('input %s named inside the workspace but linked out of it is a configuration error (under 10 s)', (name) => {
    const helm = stubHelm();
    const outside = tmpdir('outside-input');
    chart(outside);
    fs.writeFileSync(path.join(outside, 'kustomization.yaml'), 'resources: []\n');
    fs.writeFileSync(path.join(outside, 'values.yaml'), 'a: 1\n');
    const inputs: Record<string, string> = { [name]: name === 'helm-values' ? 'linked/values.yaml' : 'linked' };
    if (name === 'helm-values') inputs['helm-charts'] = 'chart';
    const r = action(inputs, (ws) => {
      chart(path.join(ws, 'chart'));
      fs.symlinkSync(outside, path.join(ws, 'linked'));
    }, { env: { PATH: `${helm.dir}:${process.env.PATH}` } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error::saguard: input ${name}: ${inputs[name]} is a symbolic link to ${path.join(fs.realpathSync(outside), name === 'helm-values' ? 'values.yaml' : '')}`.replace(/\/$/, ''));
    expect(r.stdout).toContain(', outside the workspace;');
    expect(helm.ran()).toBe(false);
  }, 20_000);

  it('a chart holding a link out of the workspace is refused before helm runs (helm follows links in charts) (under 10 s)', () => {
    const helm = stubHelm();
    const outside = tmpdir('outside-chart-file');
    fs.writeFileSync(path.join(outside, 'secret.yaml'), BINDING);
    const r = action({ 'helm-charts': 'chart' }, (ws) => {
      chart(path.join(ws, 'chart'));
      fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'chart', 'templates', 'rbac.yaml'));
    }, { env: { PATH: `${helm.dir}:${process.env.PATH}` } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error::saguard: input helm-charts: chart/templates/rbac.yaml is a symbolic link to ${fs.realpathSync(outside)}/secret.yaml, outside the workspace; helm would read it, so commit the file itself`);
    expect(helm.ran()).toBe(false);
  }, 20_000);

  it('a chart whose links stay in the workspace is rendered (under 10 s)', () => {
    const helm = stubHelm();
    const r = action({ 'helm-charts': 'chart', 'fail-on': 'none' }, (ws) => {
      chart(path.join(ws, 'chart'));
      fs.mkdirSync(path.join(ws, 'shared'));
      fs.writeFileSync(path.join(ws, 'shared', 'rbac.yaml'), BINDING);
      fs.symlinkSync(path.join(ws, 'shared', 'rbac.yaml'), path.join(ws, 'chart', 'templates', 'rbac.yaml'));
    }, { env: { PATH: `${helm.dir}:${process.env.PATH}` } });
    expect(helm.ran()).toBe(true);
    expect(r.stdout).not.toContain('outside the workspace');
  }, 20_000);

  it.each([['a base folder', (ws: string, outside: string) => fs.writeFileSync(path.join(ws, 'overlay', 'kustomization.yaml'), `resources:\n  - sa.yaml\n  - ${path.relative(path.join(ws, 'overlay'), outside)}\n`)],
    ['a linked folder', (ws: string, outside: string) => {
      fs.symlinkSync(outside, path.join(ws, 'overlay', 'base'));
      fs.writeFileSync(path.join(ws, 'overlay', 'kustomization.yaml'), 'resources:\n  - sa.yaml\n  - base\n');
    }]])('a kustomization listing %s out of the workspace is refused, naming the line (under 10 s)', (_, make) => {
    const outside = tmpdir('outside-base');
    fs.writeFileSync(path.join(outside, 'kustomization.yaml'), 'resources:\n  - rbac.yaml\n');
    fs.writeFileSync(path.join(outside, 'rbac.yaml'), BINDING);
    const r = action({ 'kustomize-dirs': 'overlay' }, (ws) => {
      fs.mkdirSync(path.join(ws, 'overlay'));
      fs.writeFileSync(path.join(ws, 'overlay', 'sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a, namespace: b }\n');
      make(ws, outside);
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::saguard: cannot render kustomization overlay: overlay\/kustomization\.yaml:3 lists ".+", which is .+, outside the workspace; saguard does not let kustomize read outside it/);
    expect(r.stdout).not.toContain('cluster-admin');
  }, 20_000);
});

describe('files kubectl applies are read as kubectl reads them (each under 5 s)', { timeout: 5_000 }, () => {
  const encodings: [string, (s: string) => Buffer][] = [
    ['UTF-16LE', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16BE', (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
    ['UTF-32LE', (s) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...s].map((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c.codePointAt(0)!); return b; })])],
    ['UTF-32BE', (s) => Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), ...[...s].map((c) => { const b = Buffer.alloc(4); b.writeUInt32BE(c.codePointAt(0)!); return b; })])],
    ['UTF-8 with a BOM', (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])],
  ];
  it.each(encodings)('%s with a byte order mark: decoded, the binding found on its line and column', async (_, encode) => {
    const root = repo();
    const text = `# équipe plateforme 🚀\n${BINDING}`;
    fs.writeFileSync(path.join(root, 'deploy', 'rbac.yaml'), encode(text));
    const { findings } = await scan(root, ['deploy']);
    expect(admin(findings)).toEqual(['deploy/rbac.yaml:9:9']);
    expect(decodeText(encode(text))).toBe(text);
  });

  it('a file name that is not UTF-8 is read (directory walk and glob), and shown with \\xNN for its odd bytes', async () => {
    const root = repo();
    const name = Buffer.concat([Buffer.from(path.join(root, 'deploy') + '/'), Buffer.from([0xff, 0x2d, 0xe9]), Buffer.from('.yaml')]);
    fs.writeFileSync(name, BINDING);
    for (const input of ['deploy', 'deploy/*.yaml', '.']) {
      const { collected, findings } = await scan(root, [input]);
      expect(collected.skipped).toEqual([]);
      expect(admin(findings)).toEqual(['deploy/\\xff-\\xe9.yaml:8:9']);
    }
    expect(decodeName(Buffer.from([0x61, 0xc3, 0xa9, 0xff, 0xe2, 0x82]))).toBe('aé\\xff\\xe2\\x82');
  });

  it('a NUL byte in a later document does not hide the first one (kubectl applies the documents that parse)', async () => {
    const root = repo();
    fs.writeFileSync(path.join(root, 'deploy', 'rbac.yaml'), Buffer.concat([Buffer.from(BINDING + '---\n# \u0000\n'), Buffer.from([0, 1, 2])]));
    const { findings } = await scan(root, ['deploy']);
    expect(admin(findings)).toEqual(['deploy/rbac.yaml:8:9']);
  });

  it('standard input over the cap is a clear error, not an unbounded read', async () => {
    const { readStream } = await import('../../src/publish/read.js');
    async function* big() {
      for (let i = 0; i < 5; i++) yield Buffer.alloc(1024, 0x61);
    }
    expect(await readStream(big(), 4096)).toEqual({ kind: 'unread', unread: { reason: 'too-large', size: 4096 + 1024, limit: 4096 } });
    expect(await readStream(big(), 8192)).toEqual({ kind: 'text', text: 'a'.repeat(5120) });
  });
});
