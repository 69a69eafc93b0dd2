/**
 * Synthetic charts and overlays with the traps of real ones (fixtures/mapping): every line that
 * must carry a finding says so with `# expect: <rule-id>`, and the set of (rule, file, line)
 * saguard reports after rendering must be exactly the set the markers state.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import { FIXTURES } from '../support/fixtures.js';
import { pathWithHelm } from '../support/helm.js';

const ROOT = path.resolve(__dirname, '..', '..');
const MAPPING = path.join(FIXTURES, 'mapping');
const savedPath = process.env.PATH;
beforeAll(() => void (process.env.PATH = pathWithHelm(savedPath)));
afterAll(() => void (process.env.PATH = savedPath));

interface Out {
  ruleId: string;
  file: string;
  startLine: number;
  startColumn: number;
  related: { file: string }[];
  rendered: { renderer: string; mapping: string; also?: string[] } | null;
}

async function scan(args: string[], cwd = ROOT): Promise<{ code: number; findings: Out[]; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(['scan', '--fail-on', 'none', ...args], io);
  const json = args.includes('json') && code !== 2 ? (JSON.parse(out) as { findings: Out[] }) : { findings: [] };
  return { code, findings: json.findings, out, err };
}

/** `rule file:line` for every `# expect:` marker in the files under a folder. */
function markers(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else
        fs.readFileSync(p, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const m = /#\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/.exec(line);
            if (m) for (const id of m[1]!.split(',')) out.push(`${id.trim()} ${path.relative(ROOT, p).split(path.sep).join('/')}:${i + 1}`);
          });
    }
  };
  walk(dir);
  return out.sort();
}

const reported = (findings: readonly Out[]): string[] => [...new Set(findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}`))].sort();

describe('a chart with the traps of real charts', () => {
  const chart = path.join(MAPPING, 'helm', 'traps');
  it('every finding on the line the # expect markers name: names, branches, literal list items, a loop with ---, a define included through fromYaml | toYaml, values under a key', async () => {
    const r = await scan(['--helm-chart', path.relative(ROOT, chart), '--release', 't', '-n', 'apps', '--format', 'json']);
    expect(r.err).toBe('');
    expect(reported(r.findings)).toEqual(markers(chart));
    // The loop wrote two RoleBindings; both land on the loop body's lines.
    expect(r.findings.filter((f) => f.ruleId === 'builtin-admin-edit-binding').map((f) => `${f.file}:${f.startLine}:${f.startColumn}`)).toEqual([
      'fixtures/mapping/helm/traps/templates/bindings.yaml:14:9',
      'fixtures/mapping/helm/traps/templates/bindings.yaml:14:9',
    ]);
    // A value toYaml wrote is placed on the key it is under, and the finding says so.
    expect(r.findings.find((f) => f.ruleId === 'pod-exec')!.rendered).toMatchObject({ mapping: 'parent', path: ['rules'] });
    // The define's value, at its column.
    expect(r.findings.find((f) => f.ruleId === 'default-service-account')).toMatchObject({ file: 'fixtures/mapping/helm/traps/templates/_podtemplate.tpl', startLine: 7, startColumn: 23 });
  });
  it('the text output says where the finding was rendered and when it is placed on a parent', async () => {
    const r = await scan(['--helm-chart', path.relative(ROOT, chart), '--release', 't', '-n', 'apps']);
    expect(r.out).toContain(
      'fixtures/mapping/helm/traps/templates/rbac.yaml:29:1 note pod-exec this rule of Role `apps/t-traps-extra` grants `create` on `pods/exec`',
    );
    expect(r.out).toMatch(/rbac\.yaml:29:1 note pod-exec [^\n]*\n {4}rendered by helm template fixtures\/mapping\/helm\/traps, line \d+:7\n {4}placed on rules, the nearest parent written in the source/);
  });
});

describe('overlays with the traps of real kustomizations', () => {
  const layout = path.join(MAPPING, 'kustomize');
  const overlays = ['a', 'b', 'c'].map((o) => path.relative(ROOT, path.join(layout, 'overlays', o)));
  it('inline patches each on their own target, a JSON-string patch, a PatchTransformer, a component, prefixes and namespaces: every finding where the markers say', async () => {
    const r = await scan([...overlays.flatMap((o) => ['--kustomize', o]), '--format', 'json']);
    expect(r.err).toBe('');
    expect(reported(r.findings)).toEqual(markers(path.join(layout, 'overlays')).concat(markers(path.join(layout, 'base')), markers(path.join(layout, 'components'))).sort());
  });
  it('three overlays of one base: one finding per source line and problem, naming the other overlays, with one fingerprint', async () => {
    const r = await scan([...overlays.flatMap((o) => ['--kustomize', o]), '--format', 'json']);
    const secrets = r.findings.filter((f) => f.ruleId === 'secrets-access');
    expect(secrets).toHaveLength(1);
    expect(secrets[0]!.rendered).toMatchObject({
      renderer: 'kustomize build fixtures/mapping/kustomize/overlays/a',
      also: ['kustomize build fixtures/mapping/kustomize/overlays/b', 'kustomize build fixtures/mapping/kustomize/overlays/c'],
    });
    const sarif = await scan([...overlays.flatMap((o) => ['--kustomize', o]), '--format', 'sarif']);
    const results = JSON.parse(sarif.out).runs[0].results as { ruleId: string; message: { text: string }; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
    const inSarif = results.filter((x) => x.ruleId === 'secrets-access');
    expect(inSarif).toHaveLength(1);
    expect(inSarif[0]!.message.text).toContain('(also in kustomize build fixtures/mapping/kustomize/overlays/b, kustomize build fixtures/mapping/kustomize/overlays/c)');
    expect(new Set(results.map((x) => x.partialFingerprints['saguard/v1'])).size).toBe(results.length);
  });
  it('a finding about a mapping a patch only merges into (a field missing from the pod spec) stays on the resource', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-merge-'));
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n  - deploy.yaml\npatches:\n  - path: args.yaml\n');
    fs.writeFileSync(
      path.join(dir, 'deploy.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  namespace: x\nspec:\n  template:\n    spec:\n      serviceAccountName: d\n      containers:\n        - name: c\n          image: i\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: d\n  namespace: x\n',
    );
    fs.writeFileSync(path.join(dir, 'args.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  namespace: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          args: [--x]\n');
    const r = await scan(['--kustomize', '.', '--format', 'json'], dir);
    expect(r.err).toBe('');
    expect(r.findings.filter((f) => f.ruleId === 'token-automount').map((f) => `${f.file}:${f.startLine}:${f.startColumn}`)).toEqual(['deploy.yaml:8:5']);
  });
  it.each([[[]], [['-n', 'apps']]])('objects without a namespace keep their mapping with %j', async (ns) => {
    const plain = path.relative(ROOT, path.join(layout, 'plain'));
    const r = await scan(['--kustomize', plain, ...ns, '--format', 'json']);
    expect(reported(r.findings)).toEqual(markers(path.join(layout, 'plain')));
  });
  it('no location names a file that is not in the repository, also for a kustomization at the repository root', async () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-root-'));
    fs.mkdirSync(path.join(repo, '.git'));
    fs.cpSync(path.join(layout, 'plain'), repo, { recursive: true });
    const r = await scan(['--kustomize', '.', '--format', 'json'], repo);
    expect(r.findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}`)).toEqual(['secrets-access rbac.yaml:7']);
    for (const f of r.findings) for (const file of [f.file, ...f.related.map((x) => x.file)]) expect(fs.existsSync(path.join(repo, file)), file).toBe(true);
  });
});

describe('directory scans beside a kustomization', () => {
  it('the resources it lists are manifests; its patches are not; an empty file named Kustomization makes no kustomization', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-beside-'));
    const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: r, namespace: x }\nrules:\n  - apiGroups: [""]\n    resources: ["secrets"]\n    verbs: ["list"]\n';
    fs.mkdirSync(path.join(dir, 'k'));
    fs.writeFileSync(path.join(dir, 'k', 'kustomization.yaml'), 'resources:\n  - role.yaml\npatches:\n  - path: patch.yaml\n');
    fs.writeFileSync(path.join(dir, 'k', 'role.yaml'), role);
    fs.writeFileSync(path.join(dir, 'k', 'patch.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec: { template: { spec: { serviceAccountName: default } } }\n');
    fs.mkdirSync(path.join(dir, 'e'));
    fs.writeFileSync(path.join(dir, 'e', 'Kustomization'), '');
    fs.writeFileSync(path.join(dir, 'e', 'role.yaml'), role);
    const r = await scan(['.', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(reported(r.findings)).toEqual(['secrets-access e/role.yaml:6', 'secrets-access k/role.yaml:6']);
    expect(r.err).toContain('skipped 1 patch file of kustomizations');
  });
});

describe('untrusted charts and kustomizations (issue 10)', () => {
  it('a # Source: path that leaves the chart is not read, and no finding moves onto it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-source-'));
    const chart = path.join(dir, 'chart');
    fs.mkdirSync(path.join(chart, 'templates'), { recursive: true });
    fs.writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    const outside = path.join(dir, 'outside.yaml');
    fs.writeFileSync(outside, 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: x\n');
    // A stand-in helm that prints what a hostile chart could make it print.
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    const rendered = '---\n# Source: c/../outside.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: x\n  namespace: y\n';
    fs.writeFileSync(path.join(bin, 'helm'), `#!/bin/sh\ncat <<'EOF'\n${rendered}EOF\n`, { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved}`;
    try {
      const r = await scan(['--helm-chart', 'chart', '--format', 'json'], dir);
      expect(r.code).toBe(0);
      expect(r.findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}`)).toEqual(['sa-automount-enabled chart/Chart.yaml:1', 'unused-service-account chart/Chart.yaml:1']);
      expect(r.findings[0]!.rendered).toMatchObject({ mapping: 'document', startLine: 4 });
    } finally {
      process.env.PATH = saved;
    }
  });

  it('kustomize never fetches a remote resource unless allowed: no request reaches a local server, and the refusal names the file, line and resource', async () => {
    const http = await import('node:http');
    let requests = 0;
    const server = http.createServer((_, res) => {
      requests++;
      res.end('apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: remote }\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-remote-'));
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), `resources:\n  - local.yaml\n  - http://127.0.0.1:${port}/sa.yaml\n`);
      fs.writeFileSync(path.join(dir, 'local.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: local }\n');
      const r = await scan(['--kustomize', '.'], dir);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `saguard: cannot render kustomization .: kustomization.yaml:3 lists the remote resource "http://127.0.0.1:${port}/sa.yaml"; remote loading is off (--kustomize-remote, or the Action input kustomize-remote: true, allows it)\n`,
      );
      expect(requests).toBe(0);
      // Allowed, kustomize fetches it.
      const allowed = await scan(['--kustomize', '.', '--kustomize-remote', '--format', 'json'], dir);
      expect(allowed.code).toBe(0);
      expect(requests).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  }, 60_000);

  it.each([
    ['git::https://example.invalid/repo.git//deploy?ref=v1', 'resources'],
    ['file:///etc/kubernetes', 'resources'],
    ['github.com/example/repo/deploy?ref=main', 'resources'],
    ['https://example.invalid/patch.yaml', 'patches'],
  ])('%s under %s is refused', async (entry, key) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-remote-'));
    const list = key === 'patches' ? `patches:\n  - path: ${entry}\n` : `resources:\n  - ${entry}\n`;
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), list);
    const r = await scan(['--kustomize', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`kustomization.yaml:2 lists the remote resource ${JSON.stringify(entry)}; remote loading is off`);
  });
});
