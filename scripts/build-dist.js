#!/usr/bin/env node
// Bundles the Action (src/main.ts) into dist/ with @vercel/ncc. ESM in, ESM out; the output is
// committed and checked against a fresh build by the tests.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
fs.rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [ncc, 'build', path.join(root, 'src', 'main.ts'), '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
// ncc writes dist/package.json with {"type":"module"} for an ESM entry; make sure it is there.
const pkg = path.join(out, 'package.json');
if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, JSON.stringify({ type: 'module' }) + '\n');
