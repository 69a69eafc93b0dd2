import type { FailOn, Finding, Level } from '../model/types.js';
import type { Gate } from '../report/verdict.js';
import type { FilterMode } from './diff.js';

const RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };
const FAIL_RANK: Record<FailOn, number> = { error: 3, warning: 2, note: 1, none: Infinity };

/** The findings that fail the run: not suppressed, at or above `failOn`. */
export function failing(findings: readonly Finding[], failOn: FailOn): Finding[] {
  return findings.filter((f) => !f.suppression && RANK[f.level] >= FAIL_RANK[failOn]);
}

/**
 * The pull-request gate. `failing` holds the findings at or above `fail-on`; `changed` is set on a
 * pull request (the findings on its changed lines, as `filter-mode` defines them). With
 * `fail-scope: changed` and a diff that could be read, only those on changed lines fail the step.
 */
export function pullRequestGate(
  failing: readonly Finding[],
  changed: ReadonlySet<Finding> | undefined,
  options: { failScope: 'changed' | 'all'; filterMode: FilterMode; diffRead: boolean },
): { failing: readonly Finding[]; gate?: Gate } {
  if (!changed) return { failing };
  if (options.failScope === 'all') return { failing, gate: { scope: 'all', why: 'fail-scope' } };
  if (options.filterMode === 'nofilter') return { failing, gate: { scope: 'all', why: 'nofilter' } };
  if (!options.diffRead) return { failing, gate: { scope: 'all', why: 'unknown-diff' } };
  const onChanged = failing.filter((f) => changed.has(f));
  return { failing: onChanged, gate: { scope: 'changed', elsewhere: failing.length - onChanged.length } };
}
