/**
 * The pull-request gate in words: why the step failed or passed when only findings on the lines a
 * pull request changed can fail it (`fail-scope: changed`), or why every line counts. One wording
 * for the job summary's lead sentence and for the step's failure message.
 */
import type { FailOn } from '../model/types.js';

/**
 * `changed`: on a pull request only findings on its changed lines (as `filter-mode` defines them)
 * fail the step; `elsewhere` counts those at or above `fail-on` on other lines. `all`: on a pull
 * request every line counts, for the reason given.
 */
export type Gate = { scope: 'changed'; elsewhere: number } | { scope: 'all'; why: 'fail-scope' | 'nofilter' | 'unknown-diff' };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * After "failed: N findings at or above `fail-on: error`" (or "passed: no finding …"): where they
 * are and what did not count. `code` formats a setting (backticks in Markdown).
 */
export function gateClause(gate: Gate, failing: number, code: (s: string) => string = (s) => s): string {
  if (gate.scope === 'all') {
    if (failing === 0) return '';
    return {
      'fail-scope': ` (${code('fail-scope: all')} counts every line, not only the changed ones)`,
      nofilter: ` (${code('filter-mode: nofilter')} counts every line as changed)`,
      'unknown-diff': " (the pull request's changed lines could not be read, so every line counts)",
    }[gate.why];
  }
  const here = failing === 0 ? ' on lines this pull request changes' : failing === 1 ? ', on a line this pull request changes' : ', all on lines this pull request changes';
  if (gate.elsewhere === 0) return here;
  return `${here}; ${plural(gate.elsewhere, 'finding')} at or above it on lines it does not change ${gate.elsewhere === 1 ? 'does' : 'do'} not fail the step (${code('fail-scope: changed')})`;
}

/** The step's failure (or pass) message, plain text: `saguard failed: 2 findings at or above fail-on: error on lines …`. */
export function verdictText(failOn: FailOn, failing: number, gate: Gate | undefined): string {
  if (failOn === 'none') return 'saguard passed: fail-on: none never fails the step';
  const head = failing > 0 ? `saguard failed: ${plural(failing, 'finding')} at or above fail-on: ${failOn}` : `saguard passed: no finding at or above fail-on: ${failOn}`;
  return head + (gate ? gateClause(gate, failing) : '');
}
