/**
 * Values from manifests are data. Whatever a pull request puts in a name, a label or a file name
 * must not steer a terminal (escape sequences, OSC 52 clipboard writes), fake lines in a log, or
 * turn into links, images or HTML in a Markdown summary. Every renderer calls these helpers on
 * every value it did not write itself.
 */

/**
 * C0 controls (tab, newline and carriage return included), DEL, C1 controls, the line and
 * paragraph separators, the bidirectional overrides and isolates ("Trojan source") and a stray BOM.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** The same without tab and newline, for multi-line text such as a renderer's error output. */
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of text with every control character shown as `\u001b`. */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, visible);
}

/** Text that may span lines (tabs and newlines kept), other control characters shown as `\u001b`. */
export function escapeTerminal(s: string): string {
  return s.replace(CONTROLS_BUT_LINES, visible);
}

/**
 * Literal text in Markdown: controls made visible, and backslash escapes on what Markdown could
 * read as syntax inline: code, emphasis, strikethrough, links and images, HTML, entities, and the
 * starts of GitHub's autolinks (`http:`, `www.`, `a@b`). `|` is left to the table-cell helper,
 * which escapes it in every context.
 */
export function markdownText(s: string): string {
  return escapeControls(s)
    .replace(/[\\`*_~[\]<>!&:@]/g, '\\$&')
    .replace(/(www)\./gi, '$1\\.');
}

/**
 * A Markdown code span holding `s` literally, whatever backticks it contains: the fence is one
 * backtick longer than the longest run inside, padded with a space where CommonMark strips one.
 */
export function markdownCode(s: string): string {
  const v = escapeControls(s);
  if (v === '') return '` `';
  const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = v.startsWith('`') || v.endsWith('`') || (v.startsWith(' ') && v.endsWith(' ') && v.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${v}${pad}${fence}`;
}

/**
 * A value that may itself quote names in backticks ("ClusterRole `edit`", as rules build them):
 * each quoted part becomes a code span, the rest literal text. Whatever the value holds, the
 * result is only escaped text and well-formed code spans.
 */
export function markdownValue(s: string): string {
  const parts = s.split('`');
  if (parts.length % 2 === 0) return markdownText(s);
  return parts.map((p, i) => (i % 2 === 1 ? markdownCode(p) : markdownText(p))).join('');
}

/** Plain SARIF message text: controls made visible, brackets escaped so a value cannot make a link. */
export function sarifText(s: string): string {
  return escapeControls(s).replace(/[[\]]/g, '\\$&');
}
