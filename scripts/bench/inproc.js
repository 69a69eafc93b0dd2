// In-process figures for one corpus (run by scripts/bench.js in a fresh process per corpus): the time
// of each phase of a scan with SARIF output, and of `yaml.parseAllDocuments` on the same files.
// With RUNS > 1 the first run warms up and the medians of the others are printed; with 1, the one
// (cold) run. argv: DIR RUNS LIST_FILE (where the list of files read is written for parse-only.js).
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { collectFiles } from '../../lib/src/publish/files.js';
import { loadSources } from '../../lib/src/load/load.js';
import { Inventory } from '../../lib/src/inventory/inventory.js';
import { analyze, ruleSettings } from '../../lib/src/analyze/analyze.js';
import { RULES } from '../../lib/src/rules/index.js';
import { writeSarif } from '../../lib/src/report/sarif.js';

const [dir, runsArg, listFile] = process.argv.slice(2);
const runs = Math.max(1, Number(runsArg ?? 1));
const abs = path.resolve(dir);

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function scanOnce() {
  const t = {};
  let t0 = now();
  // Reading is timed once, outside the loop (it is I/O, and the file cache is warm after the first run).
  const files = read.files;
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const load = loadSources(ordered, { namespace: 'default' });
  t.load = now() - t0;
  t0 = now();
  const inventory = new Inventory(load, { knownServiceAccounts: [], builtins: true });
  t.inventory = now() - t0;
  t0 = now();
  void inventory.rbac;
  t.rbac = now() - t0;
  t0 = now();
  const settings = new Map(RULES.map((r) => [r.id, ruleSettings(r)]));
  const findings = analyze(inventory, RULES, settings);
  t.analyze = now() - t0;
  t0 = now();
  const sources = new Map(files.map((f) => [f.path, f.text]));
  let sarifBytes = 0;
  writeSarif(findings, RULES, { category: 'saguard', sources }, (chunk) => {
    sarifBytes += Buffer.byteLength(chunk);
  });
  t.sarif = now() - t0;
  t.total = t.load + t.inventory + t.rbac + t.analyze + t.sarif;
  return { t, objects: load.objects.length, documents: load.stats.documents, parsed: load.stats.parsed, findings: findings.length, sarifBytes };
}

let t0 = now();
const read = await collectFiles([abs], { cwd: abs, root: abs });
const readMs = now() - t0;
fs.writeFileSync(listFile, read.files.map((f) => path.join(abs, f.path)).join('\n') + '\n');
if (process.argv.includes('--list-only')) {
  process.stdout.write(JSON.stringify({ files: read.files.length, bytes: read.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) }) + '\n');
  process.exit(0);
}

const results = [];
for (let i = 0; i < (runs > 1 ? runs + 1 : 1); i++) results.push(scanOnce());
const measured = runs > 1 ? results.slice(1) : results;
const phases = {};
for (const k of Object.keys(measured[0].t)) phases[k] = median(measured.map((r) => r.t[k]));

const parseMs = [];
let yamlDocuments = 0;
for (let i = 0; i < (runs > 1 ? runs + 1 : 1); i++) {
  const s = now();
  yamlDocuments = 0;
  for (const f of read.files) yamlDocuments += parseAllDocuments(f.text).length;
  parseMs.push(now() - s);
}
const last = measured[measured.length - 1];
process.stdout.write(
  JSON.stringify({
    files: read.files.length,
    bytes: read.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
    readMs,
    phases,
    parseMs: median(runs > 1 ? parseMs.slice(1) : parseMs),
    yamlDocuments,
    objects: last.objects,
    documents: last.documents,
    parsed: last.parsed,
    findings: last.findings,
    sarifBytes: last.sarifBytes,
  }) + '\n',
);
