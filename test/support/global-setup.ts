/** Once before all tests: compile src/ to lib/ (the bin and the dist build use it), and extract the real helm. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ensureHelm } from './helm.js';

export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  ensureHelm();
}
