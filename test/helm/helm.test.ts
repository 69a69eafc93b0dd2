/**
 * Helm: `helm template` through a stand-in that prints recorded output (helm is not installed
 * here), and the mapping from rendered documents to template lines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import { locateInTemplate } from '../../src/load/template-map.js';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(__dirname, 'bin');

async function scan(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd: ROOT, env, stdoutIsTTY: false, stderrIsTTY: false };
  const saved = process.env.PATH;
  const savedArgs = process.env.FAKE_HELM_ARGS;
  process.env.PATH = `${BIN}${path.delimiter}${saved}`;
  if (env.FAKE_HELM_ARGS) process.env.FAKE_HELM_ARGS = env.FAKE_HELM_ARGS;
  try {
    const code = await main(['scan', ...args], io);
    return { code, out, err };
  } finally {
    process.env.PATH = saved;
    if (savedArgs === undefined) delete process.env.FAKE_HELM_ARGS;
    else process.env.FAKE_HELM_ARGS = savedArgs;
  }
}

describe('--helm-chart', () => {
  it('renders the chart and puts each finding on its template line; the rendered location is related', async () => {
    const r = await scan(['--helm-chart', 'test/helm/charts/shop', '--format', 'json', '--fail-on', 'none']);
    expect(r.err).toBe('');
    const f = JSON.parse(r.out).findings as { ruleId: string; file: string; startLine: number; startColumn: number; related: { file: string; startLine: number }[] }[];
    expect(f.map((x) => `${x.ruleId} ${x.file}:${x.startLine}:${x.startColumn}`)).toEqual([
      'token-automount test/helm/charts/shop/templates/deployment.yaml:16:5',
      'secrets-access test/helm/charts/shop/templates/rbac.yaml:11:5',
      'sa-automount-enabled test/helm/charts/shop/templates/serviceaccount.yaml:8:1',
    ]);
    expect(f[1]!.related.map((x) => `${x.file}:${x.startLine}`)).toEqual(['test/helm/charts/shop/templates/rbac.yaml:22', 'test/helm/charts/shop/helm-template.yaml:21']);
  });
  it('passes the release, namespace, values and --set to helm template', async () => {
    const argsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-helm-')), 'args.json');
    await scan(['--helm-chart', 'test/helm/charts/shop', '--release', 'prod', '-n', 'shop', '--values', 'test/helm/charts/shop/values.yaml', '--set', 'image=x:1', '--fail-on', 'none'], { FAKE_HELM_ARGS: argsFile });
    expect(JSON.parse(fs.readFileSync(argsFile, 'utf8'))).toEqual([
      'template',
      'prod',
      path.join(ROOT, 'test/helm/charts/shop'),
      '--namespace',
      'shop',
      '--values',
      path.join(ROOT, 'test/helm/charts/shop/values.yaml'),
      '--set',
      'image=x:1',
    ]);
  });
  it('a failing render names the chart and shows helm\'s error (exit 2)', async () => {
    const chart = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-chart-'));
    fs.writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: broken\nversion: 0.1.0\n');
    fs.writeFileSync(path.join(chart, 'FAIL'), '');
    const r = await scan(['--helm-chart', chart]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^saguard: cannot render Helm chart .*: `helm template .*` failed:\nError: parse error at \(.*\/templates\/broken\.yaml:3\): function "nope" not defined\n$/);
  });
  it('no helm on PATH is a clear error', () => {
    const r = spawnSync(process.execPath, ['bin/saguard.js', 'scan', '--helm-chart', 'test/helm/charts/shop'], { cwd: ROOT, encoding: 'utf8', env: { PATH: '/nonexistent' } });
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

describe('mapping into a template with includes, toYaml blocks, conditionals and a loop', () => {
  const text = fs.readFileSync(path.join(__dirname, 'charts', 'mapped', 'templates', 'workload.yaml'), 'utf8');
  const at = (kind: string, p: (string | number)[]) => {
    const r = locateInTemplate(text, kind, p);
    return `${r.region.startLine}:${r.region.startColumn}${r.exact ? '' : ' (parent)'}`;
  };
  it.each([
    ['a key in a conditional branch', 'Deployment', ['spec', 'template', 'spec', 'serviceAccountName'], '15:7'],
    ['the other branch of the same conditional', 'Deployment', ['spec', 'template', 'spec', 'automountServiceAccountToken'], '17:7'],
    ['inside a toYaml block: the key that holds it', 'Deployment', ['spec', 'template', 'spec', 'securityContext', 'runAsUser'], '20:7 (parent)'],
    ['inside an include: the key that holds it', 'Deployment', ['metadata', 'labels', 'app.kubernetes.io/name'], '6:3 (parent)'],
    ['a list item written in the template', 'Deployment', ['spec', 'template', 'spec', 'containers', 0, 'image'], '25:11'],
    ['an item the loop renders: its key written in the loop', 'Deployment', ['spec', 'template', 'spec', 'containers', 2, 'volumeMounts', 0, 'mountPath'], '33:15'],
    ['deep in a list of lists', 'Deployment', ['spec', 'template', 'spec', 'volumes', 0, 'projected', 'sources', 0, 'serviceAccountToken', 'expirationSeconds'], '40:19'],
    ['the pod spec itself', 'Deployment', ['spec', 'template', 'spec'], '13:5'],
    ['the second document, found by its kind', 'ServiceAccount', ['metadata', 'name'], '45:3'],
    ['a key not written anywhere: the document\'s first line', 'ServiceAccount', ['automountServiceAccountToken'], '42:1 (parent)'],
  ] as const)('%s', (_, kind, p, expected) => {
    expect(at(kind, [...p])).toBe(expected);
  });
});
