/**
 * The npm package as users get it: `npm pack`, then an install of the tarball into an empty
 * folder with `--omit=dev` (from npm's cache when it has the packages), then the installed
 * `saguard` run. The package's `dependencies` must be exactly the packages its shipped code
 * imports at run time — the Action's libraries are bundled into dist/ and are not among them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let tarball: string;
let packed: { path: string }[];
let manifest: { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; files?: string[] };

beforeAll(() => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-pack-'));
  // lib/ and dist/ are fresh (the global setup compiles lib/, a test checks dist/): no scripts.
  const json = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const info = JSON.parse(json)[0] as { filename: string; files: { path: string }[] };
  tarball = path.join(out, info.filename);
  packed = info.files;
  manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
}, 120_000);

/** The packages a JavaScript file imports (static and dynamic, `import` and `require`), builtins left out. */
function importsOf(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?:\bimport\s*(?:[\w*{}\s,]+from\s*)?|\bimport\s*\(\s*|\brequire\s*\(\s*|\bexport\s+[\w*{}\s,]+\s+from\s*)['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) {
    const spec = m[1]!;
    if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!)) continue;
    out.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return out;
}

describe('the npm package', () => {
  it('ships the CLI, the library and the docs, and nothing of the Action, the tests or the sources', () => {
    const files = packed.map((f) => f.path);
    expect(files).toContain('bin/saguard.js');
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('lib/src/index.js');
    expect(files).toContain('lib/src/index.d.ts');
    expect(files).toContain('docs/rules/token-automount.md');
    // Editors read the configuration's schema from the installed package.
    expect(files).toContain('schema/saguard.schema.json');
    expect(files.filter((f) => /^(src|test|fixtures|scripts)\/|^dist\/index\.js$|^lib\/src\/publish\/action\//.test(f))).toEqual([]);
  });

  it('its dependencies are exactly what the shipped code imports at run time', () => {
    const imported = new Set<string>();
    for (const f of packed.map((x) => x.path).filter((p) => /\.(c|m)?js$/.test(p))) {
      for (const spec of importsOf(fs.readFileSync(path.join(ROOT, f), 'utf8'))) imported.add(spec);
    }
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([...imported].sort());
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(['glob', 'minimatch', 'yaml']);
    // The Action's libraries are bundled into dist/ by ncc.
    for (const bundled of ['@actions/github', '@octokit/plugin-retry', '@octokit/plugin-throttling']) expect(manifest.devDependencies).toHaveProperty(bundled);
  });

  it('installs into an empty folder with --omit=dev, without engine warnings, and runs: --version and a scan', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-install-'));
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = spawnSync(npm, ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn', tarball], { cwd: dir, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/EBADENGINE/);
    const installed = fs.readdirSync(path.join(dir, 'node_modules'));
    expect(installed).not.toContain('@actions');
    expect(installed).not.toContain('@octokit');
    const bin = path.join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'saguard.cmd' : 'saguard');
    const version = spawnSync(bin, ['--version'], { cwd: dir, encoding: 'utf8' });
    expect(version.stdout).toBe(`saguard ${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
    fs.writeFileSync(path.join(dir, 'sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a, namespace: shop }\nautomountServiceAccountToken: "false"\n');
    const scan = spawnSync(bin, ['scan', 'sa.yaml', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(scan.status, scan.stderr).toBe(1);
    expect(JSON.parse(scan.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('invalid-field-type');
    // The library entry loads too.
    const lib = spawnSync(process.execPath, ['--input-type=module', '-e', "const { lint } = await import('saguard'); console.log(typeof lint)"], { cwd: dir, encoding: 'utf8' });
    expect(lib.stdout.trim()).toBe('function');
  }, 120_000);
});
