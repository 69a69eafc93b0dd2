#!/usr/bin/env node
// Bundles the Action (src/main.ts, compiled to lib/) into dist/ and the CLI into dist/cli/ with @vercel/ncc. ESM in, ESM out; the output is
// committed and checked against a fresh build by the tests.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skipTsc = args.includes('--skip-tsc'); // lib/ is already fresh (the tests compile it once)
const target = args.find((a) => !a.startsWith('--'));
const out = target ? path.resolve(target) : path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// Compile with tsc first (only src/, with tsconfig.build.json), then bundle the emitted JavaScript:
// ncc's own TypeScript loader would type-check the tests too.
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!skipTsc) execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
fs.rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [ncc, 'build', path.join(root, 'lib', 'src', 'main.js'), '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
// The CLI too (bin/saguard.js loads it): one bundled file starts about twice as fast as ~100 modules.
execFileSync(process.execPath, [ncc, 'build', path.join(root, 'lib', 'src', 'cli.js'), '-o', path.join(out, 'cli'), '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
// The yaml parser reads process.env.LOG_TOKENS for every token it lexes and LOG_STREAM for every
// document-level token (debug switches): a process.env read costs ~300 ns, a fifth of the parse of a
// large monorepo. Both bundles are built with the switches off.
// Each bundle is an entry and the chunks it loads with import(): yaml is in one of them.
for (const dir of [out, path.join(out, 'cli')]) {
  let found = false;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    const fixed = text.replace(/\b[A-Za-z_$][\w$]*\.env\.(LOG_TOKENS|LOG_STREAM)\b/g, 'false');
    if (fixed !== text) {
      found = true;
      fs.writeFileSync(file, fixed);
    }
  }
  if (!found) throw new Error(`${path.relative(root, dir) || '.'}: the yaml debug switches (process.env.LOG_TOKENS, LOG_STREAM) were not found; check the yaml version`);
}
// ncc writes package.json with {"type":"module"} for an ESM entry; make sure it is there.
for (const dir of [out, path.join(out, 'cli')]) {
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, JSON.stringify({ type: 'module' }) + '\n');
}
