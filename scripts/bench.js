#!/usr/bin/env node
// npm run bench: throughput of saguard on the real corpus, next to the time `yaml.parseAllDocuments`
// alone takes on the same files, and the start-up time of the CLI and the Action bundle.
// Prints numbers; asserts nothing (timings belong here, not in tests that could flake).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { inventoryOf, lint } from '../lib/src/index.js';
import { Inventory } from '../lib/src/inventory/inventory.js';
import { PERMISSIONS, SENSITIVE, sensitivePermissions } from '../lib/src/inventory/rbac/permissions.js';


const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(root, process.env.SAGUARD_CORPUS ?? '../shared/corpus/real');
const runs = Number(process.env.SAGUARD_BENCH_RUNS ?? 7);

function readTree(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push({ path: path.relative(dir, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn) {
  fn(); // warm-up
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

const files = readTree(corpusDir);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const mb = bytes / 1048576;
let objects = 0;
let findings = 0;
const tSaguard = time(() => {
  const r = lint(files);
  objects = r.stats.objects;
  findings = r.findings.length;
});
let documents = 0;
const tParse = time(() => {
  documents = 0;
  for (const f of files) documents += parseAllDocuments(f.text).length;
});

const startup = (args) => {
  const ms = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', env: { ...process.env, GITHUB_WORKSPACE: root, 'INPUT_PATHS': 'examples/shop', 'INPUT_SARIF-FILE': '.bench/bench.sarif', 'INPUT_FAIL-ON': 'none', INPUT_SUMMARY: 'false', INPUT_ANNOTATIONS: 'none' } });
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
};

// RBAC: every subject of the corpus (ServiceAccounts, binding subjects) × the sensitive permissions,
// asked both ways: the effective-rules analysis, and one authorization decision per permission check
// in every namespace the corpus uses.
let subjects = [];
let decisions = 0;
let held = 0;
const tRbac = time(() => {
  const inv = inventoryOf(files);
  const engine = inv.rbac;
  const users = new Map();
  for (const o of inv.objects) if (o.ref.group === '' && o.ref.kind === 'ServiceAccount') users.set(`sa:${o.ref.namespace}/${o.ref.name}`, Inventory.accountUser({ namespace: o.ref.namespace, name: o.ref.name }));
  for (const b of engine.bindings) {
    for (const s of b.subjects) {
      if (s.kind === 'ServiceAccount') {
        const ns = s.namespace || b.namespace;
        if (ns) users.set(`sa:${ns}/${s.name}`, Inventory.accountUser({ namespace: ns, name: s.name }));
      } else if (s.kind === 'User') users.set(`user:${s.name}`, { user: s.name, groups: ['system:authenticated'] });
      else if (s.kind === 'Group') users.set(`group:${s.name}`, { user: `member-of:${s.name}`, groups: [s.name, 'system:authenticated'] });
    }
  }
  subjects = [...users.values()];
  const namespaces = ['', ...new Set(inv.objects.map((o) => o.ref.namespace).filter(Boolean))];
  decisions = 0;
  held = 0;
  for (const u of subjects) {
    held += sensitivePermissions(engine, u).length;
    for (const id of SENSITIVE) {
      for (const c of PERMISSIONS[id].checks) {
        const verbs = c.verbs === 'any' ? ['get'] : c.verbs;
        const [resource, sub = ''] = c.resource.split('/');
        for (const verb of verbs) {
          for (const namespace of namespaces) {
            engine.authorize(u, { kind: 'resource', verb, apiGroup: c.group, resource, subresource: sub === '*' ? 'x' : sub, name: '', namespace });
            decisions++;
          }
        }
      }
    }
  }
});

const row = (label, ms, objs) => `${label.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s  ${Math.round(objs / (ms / 1000)).toString().padStart(8)} objects/s`;
console.log(`corpus: ${path.relative(root, corpusDir)} — ${files.length} files, ${mb.toFixed(2)} MB, ${documents} documents, ${objects} objects read, ${findings} findings (median of ${runs} runs)`);
console.log(row('saguard lint (load → report data)', tSaguard, objects));
console.log(row('yaml.parseAllDocuments alone', tParse, objects));
console.log(`ratio: saguard throughput is ${(tParse / tSaguard).toFixed(2)}× that of parsing every document (SPEC §8 asks for ≥ 3×)`);
console.log(`rbac: ${subjects.length} subjects × ${SENSITIVE.length} sensitive permissions: ${decisions} authorization decisions and the effective-rules analysis (${held} sensitive grants found) in ${tRbac.toFixed(1)} ms (${Math.round(decisions / (tRbac / 1000))} decisions/s, inventory and engine built included)`);
console.log(
  `start-up: CLI (saguard --version) ${startup(['bin/saguard.js', '--version']).toFixed(0)} ms, Action (node dist/index.js on examples/) ${startup(['dist/index.js']).toFixed(0)} ms, bare \`node -e 0\` ${startup(['-e', '0']).toFixed(0)} ms on this machine (median of 5; SPEC §8 asks for < 150 ms)`,
);
fs.rmSync(path.join(root, '.bench'), { recursive: true, force: true });
