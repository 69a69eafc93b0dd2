/**
 * Kustomize with the real `kubectl kustomize` (or `kustomize`) on a base + overlay + patches:
 * findings land on the file and line authors edit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import { stripOrigins } from '../../src/publish/render/kustomize.js';

const ROOT = path.resolve(__dirname, '..', '..');

async function scan(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd: ROOT, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(['scan', ...args], io);
  return { code, out, err };
}

describe('--kustomize', () => {
  it('maps findings to the base resource, the patch file and the inline JSON patch', async () => {
    const r = await scan(['--kustomize', 'test/kustomize/app/overlays/prod', '--format', 'json', '--fail-on', 'none']);
    expect(r.err).toBe('');
    const findings = JSON.parse(r.out).findings as { ruleId: string; file: string; startLine: number; startColumn: number; related: { file: string; startLine: number; label: string }[]; rendered: unknown }[];
    expect(findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}:${f.startColumn}`)).toEqual([
      'secrets-access test/kustomize/app/base/rbac.yaml:13:29',
      'deprecated-service-account-field test/kustomize/app/overlays/prod/kustomization.yaml:13:16',
      'invalid-field-type test/kustomize/app/overlays/prod/pod-settings.yaml:8:37',
    ]);
    // Related locations move too, and the rendered location is kept.
    expect(findings[0]!.related.map((x) => `${x.file}:${x.startLine}`)).toEqual(['test/kustomize/app/base/rbac.yaml:23']);
    // The rendered position is kept, never as a location: kustomize's output is not a file of the repository.
    expect(findings[2]!.rendered).toMatchObject({ renderer: 'kustomize build test/kustomize/app/overlays/prod', mapping: 'exact' });
  }, 60_000);

  it('the base alone maps to the base', async () => {
    const r = await scan(['--kustomize', 'test/kustomize/app/base', '--format', 'json', '--fail-on', 'none']);
    const findings = JSON.parse(r.out).findings as { ruleId: string; file: string; startLine: number }[];
    expect(findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}`)).toEqual(['secrets-access test/kustomize/app/base/rbac.yaml:13']);
  }, 60_000);

  it('a failing build names the kustomization and shows the tool\'s error (exit 2)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-k-'));
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n  - a.yaml\n');
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {}\n');
    const r = await scan(['--kustomize', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^saguard: cannot render kustomization .*: `(kubectl|kustomize) [^`]*` failed:\n.*name/s);
  }, 60_000);

  it('a resource that is not in the repository is refused before kustomize would fetch it (exit 2)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-k-'));
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n  - missing.yaml\n');
    const r = await scan(['--kustomize', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kustomization\.yaml:2 lists "missing\.yaml", which is not in the repository \(kustomize would fetch it as a remote repository\); remote loading is off/);
  });

  it('a directory without kustomization.yaml is an error', async () => {
    const r = await scan(['--kustomize', 'test/kustomize']);
    expect([r.code, r.err]).toEqual([2, 'saguard: cannot render kustomization test/kustomize: no kustomization.yaml in it\n']);
  });

  it('a missing binary is a clear error', () => {
    const r = spawnSync(process.execPath, ['bin/saguard.js', 'scan', '--kustomize', 'test/kustomize/app/base'], { cwd: ROOT, encoding: 'utf8', env: { PATH: '/nonexistent' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('saguard: cannot render kustomization test/kustomize/app/base: `kubectl` is not on PATH\n');
  }, 60_000);

  it('exec plugins are never enabled', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-k-'));
    const marker = path.join(dir, 'ran');
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'generators:\n  - gen.yaml\n');
    fs.writeFileSync(
      path.join(dir, 'gen.yaml'),
      `apiVersion: example.com/v1\nkind: Gen\nmetadata:\n  name: g\n  annotations:\n    config.kubernetes.io/function: |\n      exec:\n        path: /bin/sh\n        args: ["-c", "touch ${marker}"]\n`,
    );
    const r = await scan(['--kustomize', dir]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(marker)).toBe(false);
  }, 60_000);
});

describe('source mapping helpers', () => {
  it('strips the origin annotations kustomize adds', () => {
    const text = 'metadata:\n  annotations:\n    config.kubernetes.io/origin: |\n      path: base/a.yaml\n      ref: x\n    keep: me\n  name: a\n';
    expect(stripOrigins(text)).toBe('metadata:\n  annotations:\n    keep: me\n  name: a\n');
  });
});
