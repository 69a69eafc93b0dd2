#!/usr/bin/env node
// Counts saguard's findings by rule and level on the shared corpora: the real manifests of
// corpus/real, and the Helm charts and Kustomize layouts of corpus/charts and corpus/kustomize
// rendered as corpus/RENDERED.md says. Used to compare behaviour before and after a change:
//   npm run build:lib && node scripts/corpus-findings.js [--json FILE] [--by-target]
// Needs `helm` (or $HELM) and `kubectl` on PATH for the rendered corpora; a missing tool skips them.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.env.SAGUARD_SHARED ?? '../shared');
const corpus = path.join(shared, 'corpus');
const { lint } = await import(pathToFileURL(path.join(root, 'lib', 'src', 'index.js')).href);

const helm = process.env.HELM ?? 'helm';
/** [group, folder under corpus/, tool, arguments, namespace] as in RENDERED.md (main table and variants). */
const TARGETS = [
  ['charts', 'charts/kyverno/charts/kyverno', helm, ['template', 'kyverno', '.', '-n', 'kyverno'], 'kyverno'],
  ['charts', 'charts/kyverno/charts/kyverno', helm, ['template', 'kyverno', '.', '-n', 'kyverno', '--set', 'grafana.enabled=true'], 'kyverno'],
  ['charts', 'charts/external-dns/charts/external-dns', helm, ['template', 'external-dns', '.', '-n', 'external-dns', '--set', 'policy=sync'], 'external-dns'],
  ['charts', 'charts/external-dns/charts/external-dns', helm, ['template', 'external-dns', '.', '-n', 'external-dns', '--set', 'policy=sync', '--set', 'namespaced=true'], 'external-dns'],
  ['charts', 'charts/helm-charts/charts/kube-state-metrics', helm, ['template', 'kube-state-metrics', '.', '-n', 'kube-state-metrics'], 'kube-state-metrics'],
  ['charts', 'charts/helm-charts/charts/kube-state-metrics', helm, ['template', 'kube-state-metrics', '.', '-n', 'kube-state-metrics', '--set', 'rbac.useClusterRole=false', '--set', 'namespaces=team-a\\,team-b'], 'kube-state-metrics'],
  ['charts', 'charts/helm-charts/charts/kube-state-metrics', helm, ['template', 'kube-state-metrics', '.', '-n', 'kube-state-metrics', '--set', 'autosharding.enabled=true'], 'kube-state-metrics'],
  ['charts', 'charts/traefik-helm-chart/traefik', helm, ['template', 'traefik', '.', '-n', 'traefik'], 'traefik'],
  ['charts', 'charts/traefik-helm-chart/traefik', helm, ['template', 'traefik', '.', '-n', 'traefik', '--set', 'deployment.kind=DaemonSet'], 'traefik'],
  ['charts', 'charts/traefik-helm-chart/traefik', helm, ['template', 'traefik', '.', '-n', 'traefik', '--set', 'rbac.namespaced=true', '--set', 'providers.kubernetesCRD.namespaces={team-a,team-b}', '--set', 'providers.kubernetesIngress.namespaces={team-a,team-b}'], 'traefik'],
  ['charts', 'charts/charts/keda', helm, ['template', 'keda', '.', '-n', 'keda'], 'keda'],
  ['charts', 'charts/charts/keda', helm, ['template', 'keda', '.', '-n', 'keda', '--set', 'watchNamespace=team-a\\,team-b'], 'keda'],
  ['kustomize', 'kustomize/kueue/config/dev', 'kubectl', ['kustomize', '.'], 'default'],
  ['kustomize', 'kustomize/kueue/config/default', 'kubectl', ['kustomize', '.'], 'default'],
  ['kustomize', 'kustomize/argo-rollouts/manifests/namespace-install', 'kubectl', ['kustomize', '.'], 'default'],
  ['kustomize', 'kustomize/manifests/applications/kserve/models-web-app/overlays/kubeflow', 'kubectl', ['kustomize', '.'], 'default'],
  ['kustomize', 'kustomize/argo-workflows/manifests/quick-start/sso', 'kubectl', ['kustomize', '.'], 'default'],
  ['kustomize', 'kustomize/argo-workflows/manifests/quick-start/mysql', 'kubectl', ['kustomize', '.'], 'default'],
  ['kustomize', 'kustomize/argo-workflows/manifests/quick-start/postgres', 'kubectl', ['kustomize', '.'], 'default'],
  ['kustomize', 'kustomize/argo-workflows/manifests/quick-start/minimal', 'kubectl', ['kustomize', '.'], 'default'],
];

function readTree(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push({ path: path.relative(dir, p).split(path.sep).join('/'), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

const counts = {}; // group -> "rule level" -> n
const byTarget = {};
const add = (group, target, findings) => {
  counts[group] ??= {};
  byTarget[target] = {};
  for (const f of findings) {
    if (f.suppression) continue;
    const k = `${f.ruleId} ${f.level}`;
    counts[group][k] = (counts[group][k] ?? 0) + 1;
    byTarget[target][k] = (byTarget[target][k] ?? 0) + 1;
  }
};

add('real', 'real', lint(readTree(path.join(corpus, 'real'))).findings);
for (const [group, folder, tool, args, namespace] of TARGETS) {
  const label = `${folder} ${args.slice(args.indexOf('.') + 1).join(' ')}`.trim();
  let text;
  try {
    text = execFileSync(tool, args, { cwd: path.join(corpus, folder), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
  } catch (e) {
    console.error(`skipped ${label}: ${e.code === 'ENOENT' ? `${tool} not found` : e.message.split('\n')[0]}`);
    continue;
  }
  add(group, label, lint([{ path: `${folder}/rendered.yaml`, text }], { namespace }).findings);
}

const groups = Object.keys(counts);
const keys = [...new Set(groups.flatMap((g) => Object.keys(counts[g])))].sort();
const rows = [['rule level', ...groups], ...keys.map((k) => [k, ...groups.map((g) => String(counts[g][k] ?? 0))])];
rows.push(['total', ...groups.map((g) => String(Object.values(counts[g]).reduce((a, b) => a + b, 0)))]);
const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log(rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ')).join('\n'));
if (process.argv.includes('--by-target')) for (const [t, c] of Object.entries(byTarget)) console.log(`\n${t}\n${Object.entries(c).sort().map(([k, n]) => `  ${k} ${n}`).join('\n')}`);
const j = process.argv.indexOf('--json');
if (j !== -1) fs.writeFileSync(process.argv[j + 1], JSON.stringify({ counts, byTarget }, null, 2) + '\n');
