#!/usr/bin/env node
// Regenerates the files derived from other sources: src/version.ts (package.json) and
// docs/rules/<id>.md (rule metadata). `--check` only reports drift (exit 1), as the tests do.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const { generatedFiles } = await import(pathToFileURL(path.join(root, 'lib', 'src', 'generated.js')).href);
const { BOOTSTRAP_FILES } = await import(pathToFileURL(path.join(root, 'lib', 'src', 'inventory', 'rbac', 'bootstrap.js')).href);
const dataDir = path.resolve(root, process.env.SAGUARD_SHARED ?? '../shared', 'data', 'kubernetes-bootstrap');
const bootstrap = Object.fromEntries(BOOTSTRAP_FILES.map((f) => [f, fs.readFileSync(path.join(dataDir, f), 'utf8')]));
const files = generatedFiles(pkg.version, bootstrap);
let drift = 0;
for (const [rel, content] of Object.entries(files)) {
  const file = path.join(root, rel);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === content) continue;
  if (check) {
    console.error(`out of date: ${rel}`);
    drift++;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    console.log(`wrote ${rel}`);
  }
}
if (!check) {
  // Pages of rules that no longer exist.
  const dir = path.join(root, 'docs', 'rules');
  for (const f of fs.readdirSync(dir)) {
    if (!Object.hasOwn(files, `docs/rules/${f}`)) {
      fs.rmSync(path.join(dir, f));
      console.log(`removed docs/rules/${f}`);
    }
  }
}
process.exit(drift > 0 ? 1 : 0);
