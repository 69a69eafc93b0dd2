/**
 * The measuring instrument of source mapping (issue 8), over every chart, layout and variant of
 * shared/corpus/RENDERED.md, rendered by the real helm and kubectl kustomize: each is scanned once
 * as plain rendered YAML and once with --helm-chart / --kustomize, with and without --namespace.
 * Findings are paired by rule, message, object and JSON path; a pair is right when the mapped
 * file exists in the repository and its line says what the rendered line says.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import { SHARED } from '../support/sarif-validate.js';
import { pathWithHelm } from '../support/helm.js';
import { judge, type JsonFinding, type Verdict } from './judge.js';

const CORPUS = path.join(SHARED, 'corpus');
const NS = 'saguard-ns';

interface Variant {
  tool: 'helm' | 'kustomize';
  /** The repository: a folder of the corpus (paths in findings are relative to it). */
  repo: string;
  /** The chart or kustomization, relative to the repository. */
  dir: string;
  release?: string;
  /** The release namespace of the RENDERED.md command (helm). */
  namespace?: string;
  set?: string[];
  /** First 16 hex digits of the sha256 of the RENDERED.md command's output. */
  hash: string;
}

const VARIANTS: Variant[] = [
  { tool: 'helm', repo: 'charts/kyverno', dir: 'charts/kyverno', release: 'kyverno', namespace: 'kyverno', hash: '7692abc8321adac9' },
  { tool: 'helm', repo: 'charts/kyverno', dir: 'charts/kyverno', release: 'kyverno', namespace: 'kyverno', set: ['grafana.enabled=true'], hash: 'ecdb4450d7c74cb3' },
  { tool: 'helm', repo: 'charts/external-dns', dir: 'charts/external-dns', release: 'external-dns', namespace: 'external-dns', set: ['policy=sync'], hash: '5965058f59960db7' },
  {
    tool: 'helm',
    repo: 'charts/external-dns',
    dir: 'charts/external-dns',
    release: 'external-dns',
    namespace: 'external-dns',
    set: ['policy=sync', 'namespaced=true'],
    hash: '3f6fc8499611cbcb',
  },
  { tool: 'helm', repo: 'charts/helm-charts', dir: 'charts/kube-state-metrics', release: 'kube-state-metrics', namespace: 'kube-state-metrics', hash: '3750137b9b8f47c7' },
  {
    tool: 'helm',
    repo: 'charts/helm-charts',
    dir: 'charts/kube-state-metrics',
    release: 'kube-state-metrics',
    namespace: 'kube-state-metrics',
    set: ['rbac.useClusterRole=false', 'namespaces=team-a\\,team-b'],
    hash: 'ee7e8ce16088df25',
  },
  {
    tool: 'helm',
    repo: 'charts/helm-charts',
    dir: 'charts/kube-state-metrics',
    release: 'kube-state-metrics',
    namespace: 'kube-state-metrics',
    set: ['autosharding.enabled=true'],
    hash: '57907104a2e98d66',
  },
  { tool: 'helm', repo: 'charts/traefik-helm-chart', dir: 'traefik', release: 'traefik', namespace: 'traefik', hash: '88b613865a853eb5' },
  { tool: 'helm', repo: 'charts/traefik-helm-chart', dir: 'traefik', release: 'traefik', namespace: 'traefik', set: ['deployment.kind=DaemonSet'], hash: '57aec3ba6a1e943a' },
  {
    tool: 'helm',
    repo: 'charts/traefik-helm-chart',
    dir: 'traefik',
    release: 'traefik',
    namespace: 'traefik',
    set: ['rbac.namespaced=true', 'providers.kubernetesCRD.namespaces={team-a,team-b}', 'providers.kubernetesIngress.namespaces={team-a,team-b}'],
    hash: '0ec9137aa702ba23',
  },
  { tool: 'helm', repo: 'charts/charts', dir: 'keda', release: 'keda', namespace: 'keda', hash: 'e9a0911134d8ed07' },
  { tool: 'helm', repo: 'charts/charts', dir: 'keda', release: 'keda', namespace: 'keda', set: ['watchNamespace=team-a\\,team-b'], hash: '8b96145fd4f0e88b' },
  { tool: 'kustomize', repo: 'kustomize/kueue', dir: 'config/default', hash: '39e81416a548b076' },
  { tool: 'kustomize', repo: 'kustomize/kueue', dir: 'config/dev', hash: '17e3a147e10275a6' },
  { tool: 'kustomize', repo: 'kustomize/argo-rollouts', dir: 'manifests/namespace-install', hash: '67a7b1b4d777eea7' },
  { tool: 'kustomize', repo: 'kustomize/manifests', dir: 'applications/kserve/models-web-app/overlays/kubeflow', hash: 'c00a348efebb6e14' },
  { tool: 'kustomize', repo: 'kustomize/argo-workflows', dir: 'manifests/quick-start/sso', hash: '039add544849aea9' },
  { tool: 'kustomize', repo: 'kustomize/argo-workflows', dir: 'manifests/quick-start/mysql', hash: '46c6860dbbedfd7a' },
  { tool: 'kustomize', repo: 'kustomize/argo-workflows', dir: 'manifests/quick-start/postgres', hash: '8265b5ceca03e4de' },
  { tool: 'kustomize', repo: 'kustomize/argo-workflows', dir: 'manifests/quick-start/minimal', hash: '012ba5c11b48e1a7' },
];

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

const label = (v: Variant): string => `${v.repo}/${v.dir}${v.set ? ` --set ${v.set.join(' --set ')}` : ''}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-corpus-map-'));
const savedPath = process.env.PATH;
const table: string[] = [];

beforeAll(() => {
  process.env.PATH = pathWithHelm(savedPath);
});
afterAll(() => {
  process.env.PATH = savedPath;
  fs.rmSync(tmp, { recursive: true, force: true });
  // The precision figures, for the notes of the issue.
  process.stdout.write(`\nsource mapping precision (pairs right / pairs; exact, on a parent key):\n${table.join('\n')}\n`);
});

describe.each(VARIANTS)('$tool $repo/$dir $set', (v) => {
  const repo = path.join(CORPUS, v.repo);
  // kubectl kustomize does not depend on --namespace: one render serves both runs.
  const renders = new Map<string, string>();
  const render = (withNamespace: boolean): string => {
    const key = v.tool === 'helm' ? String(withNamespace) : 'kustomize';
    let text = renders.get(key);
    if (text === undefined) {
      text = renderNow(withNamespace);
      renders.set(key, text);
    }
    return text;
  };
  const renderNow = (withNamespace: boolean): string => {
    const env = { ...process.env, PATH: pathWithHelm(savedPath) };
    if (v.tool === 'helm') {
      const args = ['template', v.release!, path.join(repo, v.dir), ...(withNamespace ? ['--namespace', v.namespace!] : []), ...(v.set ?? []).flatMap((s) => ['--set', s])];
      return execFileSync('helm', args, { encoding: 'utf8', env, maxBuffer: 256 << 20 });
    }
    return execFileSync('kubectl', ['kustomize', v.dir], { cwd: repo, encoding: 'utf8', env, maxBuffer: 256 << 20 });
  };

  it.each([true, false])('with --namespace: %s, every finding on a line of the repository that says what the rendered line says', async (withNamespace) => {
    const text = render(withNamespace);
    if (withNamespace || v.tool === 'kustomize') expect(createHash('sha256').update(text).digest('hex').slice(0, 16), 'output of the RENDERED.md command').toBe(v.hash);
    const dir = fs.mkdtempSync(path.join(tmp, 'r-'));
    fs.writeFileSync(path.join(dir, 'rendered.yaml'), text);
    const ns = v.tool === 'helm' ? v.namespace! : NS;
    const nsArgs = withNamespace ? ['--namespace', ns] : [];
    const plain = await cli(['scan', 'rendered.yaml', '--format', 'json', '--fail-on', 'none', ...nsArgs], dir);
    expect(plain.code).toBe(0);
    const renderArgs =
      v.tool === 'helm' ? ['--helm-chart', v.dir, '--release', v.release!, ...(v.set ?? []).flatMap((s) => ['--set', s])] : ['--kustomize', v.dir];
    const mapped = await cli(['scan', ...renderArgs, '--format', 'json', '--fail-on', 'none', ...nsArgs], repo);
    expect(mapped.code, mapped.err).toBe(0);
    const verdict: Verdict = judge(
      (JSON.parse(plain.out) as { findings: JsonFinding[] }).findings,
      text,
      (JSON.parse(mapped.out) as { findings: JsonFinding[] }).findings,
      repo,
      v.tool,
    );
    table.push(
      `${v.tool === 'helm' ? 'helm     ' : 'kustomize'} ${label(v)}${withNamespace ? ` -n ${ns}` : ''}: ${verdict.right}/${verdict.pairs} (${verdict.exact} exact, ${verdict.parent} on a parent key)` +
        (verdict.unpaired.length ? `, ${verdict.unpaired.length} unpaired` : '') +
        (verdict.badRelated.length ? `, ${verdict.badRelated.length} related locations outside the repository` : ''),
    );
    expect(verdict.wrong, 'pairs whose mapped line says something else').toEqual([]);
    expect(verdict.unpaired, 'findings of one scan without a pair in the other').toEqual([]);
    expect(verdict.badRelated, 'related locations naming files that are not in the repository').toEqual([]);
    expect(verdict.pairs).toBeGreaterThan(0);
  }, 120_000);
});
