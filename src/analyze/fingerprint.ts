import { createHash } from 'node:crypto';
import type { Finding } from '../model/types.js';

/**
 * `saguard/v1`: rule + file + object identity + field path, stable when lines move (SARIF
 * `partialFingerprints`, and the key of baselines).
 */
export function saguardFingerprint(f: Finding): string {
  const identity = f.object
    ? `${f.object.group}/${f.object.kind}/${f.object.namespace ?? ''}/${f.object.name}|${f.path.join('.')}`
    : `#${f.documentIndex ?? 0}|${JSON.stringify(f.data)}`;
  return createHash('sha256').update(`${f.ruleId}|${f.location.file}|${identity}`).digest('hex').slice(0, 32);
}
