/** The baseline file `saguard scan --write-baseline` writes: fingerprints, with what a reviewer needs to read it. */
import type { Finding } from '../model/types.js';
import { BASELINE_VERSION, type BaselineFile } from '../analyze/baseline.js';
import { saguardFingerprint } from '../analyze/fingerprint.js';
import { formatMessage, objectName } from './messages.js';

/** Every finding that is not suppressed, in a stable order (so that a rewritten baseline diffs well). */
export function renderBaseline(findings: readonly Finding[]): string {
  const entries: BaselineFile['findings'] = findings
    .filter((f) => !f.suppression)
    .map((f) => ({
      fingerprint: saguardFingerprint(f),
      rule: f.ruleId,
      file: f.location.file,
      ...(f.object ? { object: objectName(f.object) } : {}),
      message: formatMessage(f),
    }))
    .sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.object ?? '', b.object ?? '') || cmp(a.fingerprint, b.fingerprint));
  const file: BaselineFile = { version: BASELINE_VERSION, tool: 'saguard', findings: entries };
  return JSON.stringify(file, null, 2) + '\n';
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
