#!/usr/bin/env node
// The long run of the property tests (test/untrusted/property.test.ts): a hundred times the cases
// of `npm test`, with a new seed each time (printed: replay a failure with SAGUARD_SOAK_SEED=...).
//   npm run soak                      # about 20 minutes on 2 cores
//   npm run soak -- --factor 10       # shorter
//   npm run soak -- --seed 12345      # replay
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const env = { ...process.env, SAGUARD_SOAK: '1' };
if (arg('seed')) env.SAGUARD_SOAK_SEED = arg('seed');
if (arg('factor')) env.SAGUARD_SOAK_FACTOR = arg('factor');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', 'test/untrusted/property.test.ts', '--reporter', 'verbose'], { cwd: root, env, stdio: 'inherit' });
process.exitCode = r.status ?? 1;
