/**
 * Text for people: one finding per line, `file:line:col level rule-id message` (the form editors and
 * terminals open, and grep keeps whole), files apart by a blank line, related locations indented
 * under it (the line and column alone when in the same file), a closing count. On a terminal of a
 * known width, messages wrap under an indentation instead of running past its edge.
 */
import type { Finding, Level } from '../model/types.js';
import { formatMessage } from './messages.js';
import { escapeControls } from './escape.js';
import { placementNote, renderedNote } from './rendered.js';

export interface TextOptions {
  color: boolean;
  /** Wrap lines at this many columns (a terminal's width); unset: one line per finding. */
  width?: number;
  /** List the suppressed findings (not the baseline's) after the count, with what suppressed them and why. */
  suppressed?: boolean;
}

const INDENT = '    ';

/**
 * Words of `text` after `head` on lines of at most `width` columns, continued under INDENT; a word
 * longer than a line stays whole. `visible` is the width `head` takes on screen.
 */
export function wrap(head: string, visible: number, text: string, width: number | undefined): string[] {
  if (width === undefined || visible + text.length <= width) return [head + text];
  const lines: string[] = [];
  let line = head;
  let used = visible;
  for (const word of text.split(' ')) {
    const first = line === head;
    // Break before a word that would pass the edge, unless the line holds nothing but indentation.
    if (used + (first ? 0 : 1) + word.length > width && (first ? head.trim() !== '' : used > INDENT.length)) {
      lines.push(line.trimEnd());
      line = INDENT + word;
      used = INDENT.length + word.length;
    } else {
      line += (first ? '' : ' ') + word;
      used += (first ? 0 : 1) + word.length;
    }
  }
  lines.push(line);
  return lines;
}

const SUPPRESSED_BY: Record<string, string> = { annotation: 'saguard.dev/ignore', config: 'ignore: of the configuration' };

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
  const dim = (s: string): string[] => wrap(INDENT, INDENT.length, s, options.width).map((l) => paint(DIM, l));
  for (const f of shown) {
    if (f.location.file !== file) {
      if (file !== undefined) lines.push('');
      file = f.location.file;
    }
    const r = f.location.region;
    const where = `${escapeControls(f.location.file)}:${r.startLine}:${r.startColumn} `;
    const head = `${where}${paint(COLORS[f.level], f.level)} ${paint(DIM, f.ruleId)} `;
    lines.push(...wrap(head, where.length + f.level.length + f.ruleId.length + 2, formatMessage(f), options.width));
    for (const rel of f.related) {
      const same = rel.location.file === f.location.file;
      const at = `${same ? '' : `${escapeControls(rel.location.file)}:`}${rel.location.region.startLine}:${rel.location.region.startColumn}`;
      lines.push(...dim(`${same ? 'line ' : ''}${at} ${escapeControls(rel.label.replace(/`/g, ''))}`));
    }
    const rendered = renderedNote(f);
    if (rendered) lines.push(...dim(`rendered by ${rendered}`));
    const placed = placementNote(f);
    if (placed) lines.push(...dim(placed.replace(/`/g, '')));
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
  const hidden = [
    ...(suppressed > 0 ? [`${suppressed} suppressed${options.suppressed ? '' : ', --verbose lists them'}`] : []),
    ...(inBaseline > 0 ? [`${inBaseline} in the baseline`] : []),
  ];
  lines.push(paint(BOLD, summary + (hidden.length > 0 ? ` (${hidden.join('; ')})` : '')));
  if (options.suppressed && suppressed > 0) {
    lines.push('', paint(BOLD, 'suppressed'));
    for (const f of findings) {
      const s = f.suppression;
      if (!s || s.source === 'baseline') continue;
      const r = f.location.region;
      const why = s.justification ? escapeControls(s.justification) : 'no reason given';
      lines.push(`${escapeControls(f.location.file)}:${r.startLine}:${r.startColumn} ${paint(DIM, f.ruleId)} by ${SUPPRESSED_BY[s.source] ?? s.source}: ${why}`);
    }
  }
  return lines.join('\n') + '\n';
}
