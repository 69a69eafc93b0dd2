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

/**
 * What to say about baseline entries that matched nothing. When none matched and there are
 * findings, the baseline was most likely written by a scan with other options (another namespace,
 * chart values or paths: the fingerprint holds the file and the object), which hides nothing and
 * makes every finding new — a warning; otherwise entries of fixed findings, worth a rewrite.
 */
export function staleBaselineNote(file: string, applied: { hidden: number; stale: number }, shown: number): { warning: boolean; text: string } | undefined {
  const { hidden, stale } = applied;
  if (stale === 0) return undefined;
  if (hidden === 0 && shown > 0) {
    return {
      warning: true,
      text: `${stale === 1 ? 'the one finding of the baseline ' + file + ' does not occur' : `none of the ${stale} findings of the baseline ${file} occurs`} in this scan, so ${shown === 1 ? 'the finding reported is' : `all ${shown} findings reported are`} new; write the baseline with the options of this scan (-n/namespace, charts and values, overlays, paths)`,
    };
  }
  return { warning: false, text: `${stale} finding${stale === 1 ? '' : 's'} of the baseline ${file} no longer occur${stale === 1 ? 's' : ''}; rewrite it with saguard scan --write-baseline to drop ${stale === 1 ? 'it' : 'them'}` };
}
