/** GitHub workflow-command annotations, within GitHub's caps. */
import type { Finding, Level } from '../model/types.js';
import { ruleById } from '../rules/index.js';
import { formatMessage } from './messages.js';
import { withPlacement } from './rendered.js';
import { bySeverity } from './severity.js';
import { escapeTerminal } from './escape.js';

/** GitHub keeps at most 10 annotations of each level per step (and 50 per job). */
export const ANNOTATIONS_PER_LEVEL = 10;
export const ANNOTATIONS_PER_JOB = 50;

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function workflowCommand(f: Finding): string {
  const r = f.location.region;
  // A file name is data too: its escape bytes never reach the log raw (line breaks are encoded, as the runner decodes them).
  const props = [`file=${escapeProperty(escapeTerminal(f.location.file))}`, `line=${r.startLine}`, `endLine=${r.endLine}`];
  if (r.startLine === r.endLine) props.push(`col=${r.startColumn}`, `endColumn=${r.endColumn}`);
  const title = `${ruleById(f.ruleId)?.meta.title ?? f.ruleId} (${f.ruleId})`;
  props.push(`title=${escapeProperty(title)}`);
  return `::${COMMAND[f.level]} ${props.join(',')}::${escapeData(withPlacement(formatMessage(f), f))}`;
}

export interface AnnotationSelection {
  selected: Finding[];
  /** Findings that did not fit GitHub's caps. */
  omitted: Finding[];
}

/**
 * The findings that fit, most severe first. `reserved` keeps room for the annotations the step
 * itself makes at each level (its own notices and warnings, and the error of `core.setFailed`):
 * they count against the same caps, and what does not fit is dropped by GitHub without a word.
 */
export function selectAnnotations(findings: readonly Finding[], reserved: Partial<Record<Level, number>> = {}): AnnotationSelection {
  const ordered = bySeverity(findings.filter((f) => !f.suppression));
  const used: Record<Level, number> = { error: reserved.error ?? 0, warning: reserved.warning ?? 0, note: reserved.note ?? 0 };
  const selected: Finding[] = [];
  const omitted: Finding[] = [];
  let total = used.error + used.warning + used.note;
  for (const f of ordered) {
    if (used[f.level] < ANNOTATIONS_PER_LEVEL && total < ANNOTATIONS_PER_JOB) {
      used[f.level]++;
      total++;
      selected.push(f);
    } else omitted.push(f);
  }
  return { selected, omitted };
}

export function renderGithub(findings: readonly Finding[]): string {
  const { selected } = selectAnnotations(findings);
  return selected.map((f) => workflowCommand(f) + '\n').join('');
}
