#!/usr/bin/env node
// npm run bench: throughput of saguard on the real corpus, next to the time `yaml.parseAllDocuments`
// alone takes on the same files, and the start-up time of the CLI and the Action bundle.
// Prints numbers; asserts nothing (timings belong here, not in tests that could flake).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { lint } from '../lib/src/index.js';

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

const row = (label, ms, objs) => `${label.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s  ${Math.round(objs / (ms / 1000)).toString().padStart(8)} objects/s`;
console.log(`corpus: ${path.relative(root, corpusDir)} — ${files.length} files, ${mb.toFixed(2)} MB, ${documents} documents, ${objects} objects read, ${findings} findings (median of ${runs} runs)`);
console.log(row('saguard lint (load → report data)', tSaguard, objects));
console.log(row('yaml.parseAllDocuments alone', tParse, objects));
console.log(`ratio: saguard throughput is ${(tParse / tSaguard).toFixed(2)}× that of parsing every document (SPEC §8 asks for ≥ 3×)`);
console.log(`start-up: CLI (saguard --version) ${startup(['bin/saguard.js', '--version']).toFixed(0)} ms, Action (node dist/index.js on examples/) ${startup(['dist/index.js']).toFixed(0)} ms (median of 5; SPEC §8 asks for < 150 ms)`);
fs.rmSync(path.join(root, '.bench'), { recursive: true, force: true });
