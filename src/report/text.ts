/** Text for people: grouped by file, `file:line:col level rule-id message`, a closing count. */
import type { Finding, Level } from '../model/types.js';
import { formatMessage } from './messages.js';
import { escapeControls } from './escape.js';
import { placementNote, renderedNote } from './rendered.js';

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<Level, string> = { error: '\x1b[31m', warning: '\x1b[33m', note: '\x1b[36m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

export function countByLevel(findings: readonly Finding[]): Record<Level, number> {
  const c: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) if (!f.suppression) c[f.level]++;
  return c;
}

/** `1 file`, `2 files`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderText(findings: readonly Finding[], options: TextOptions): string {
  const paint = (code: string, s: string): string => (options.color ? `${code}${s}${RESET}` : s);
  const lines: string[] = [];
  let file: string | undefined;
  const shown = findings.filter((f) => !f.suppression);
  for (const f of shown) {
    if (f.location.file !== file) {
      if (file !== undefined) lines.push('');
      file = f.location.file;
      lines.push(paint(BOLD, escapeControls(file)));
    }
    const r = f.location.region;
    lines.push(
      `${escapeControls(f.location.file)}:${r.startLine}:${r.startColumn} ${paint(COLORS[f.level], f.level)} ${paint(DIM, f.ruleId)} ${formatMessage(f)}`,
    );
    for (const rel of f.related) {
      const at = `${escapeControls(rel.location.file)}:${rel.location.region.startLine}:${rel.location.region.startColumn}`;
      lines.push(paint(DIM, `    ${at} ${escapeControls(rel.label.replace(/`/g, ''))}`));
    }
    const rendered = renderedNote(f);
    if (rendered) lines.push(paint(DIM, `    rendered by ${rendered}`));
    const placed = placementNote(f);
    if (placed) lines.push(paint(DIM, `    ${placed.replace(/`/g, '')}`));
  }
  const c = countByLevel(findings);
  const total = c.error + c.warning + c.note;
  const inBaseline = findings.filter((f) => f.suppression?.source === 'baseline').length;
  const suppressed = findings.length - shown.length - inBaseline;
  if (lines.length > 0) lines.push('');
  const summary =
    total === 0
      ? 'no findings'
      : `${plural(total, 'finding')}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}`;
  const hidden = [...(suppressed > 0 ? [`${suppressed} suppressed`] : []), ...(inBaseline > 0 ? [`${inBaseline} in the baseline`] : [])];
  lines.push(paint(BOLD, summary + (hidden.length > 0 ? ` (${hidden.join(', ')})` : '')));
  return lines.join('\n') + '\n';
}
