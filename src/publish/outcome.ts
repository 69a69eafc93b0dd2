import type { FailOn, Finding, Level } from '../model/types.js';

const RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };
const FAIL_RANK: Record<FailOn, number> = { error: 3, warning: 2, note: 1, none: Infinity };

/** The findings that fail the run: not suppressed, at or above `failOn`. */
export function failing(findings: readonly Finding[], failOn: FailOn): Finding[] {
  return findings.filter((f) => !f.suppression && RANK[f.level] >= FAIL_RANK[failOn]);
}
