/**
 * Splits a YAML stream into document segments at `---` and `...` lines, as YAML itself does
 * (a document marker at column 0 can never be content), and sniffs each segment's top-level
 * `apiVersion` and `kind` so that documents no rule reads need not be parsed.
 */
export interface Segment {
  /** Offset of the segment in the file's text. */
  start: number;
  end: number;
  text: string;
  /** Top-level `apiVersion:` value as written, if a line at column 0 names one. */
  apiVersion: string | undefined;
  /** Top-level `kind:` value as written, if a line at column 0 names one. */
  kind: string | undefined;
  /** Helm's `# Source: chart/templates/x.yaml` comment at the head of the document. */
  helmSource: string | undefined;
  /** The text starts like JSON (`{` or `[`). */
  json: boolean;
}

function isMarker(text: string, i: number, ch: string): boolean {
  if (text[i] !== ch || text[i + 1] !== ch || text[i + 2] !== ch) return false;
  const next = text[i + 3];
  return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
}

/** True when the text holds nothing but blank lines, comments and directives. */
function isEmptySegment(text: string): boolean {
  let i = 0;
  const n = text.length;
  while (i < n) {
    let e = text.indexOf('\n', i);
    if (e === -1) e = n;
    let j = i;
    while (j < e && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (j < e) {
      const c = text[j];
      if (c !== '#' && c !== '%') return false;
    }
    i = e + 1;
  }
  return true;
}

/** An empty document: a `---` line (with at most a comment after it), then blank lines and comments. */
export function isBlankSegment(text: string): boolean {
  const m = /^---[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/.exec(text);
  return isEmptySegment(m ? text.slice(m[0].length) : text);
}

const KIND_RE = /^kind:[ \t]*["']?([A-Za-z0-9_.-]+)/m;
const API_RE = /^apiVersion:[ \t]*["']?([A-Za-z0-9_./-]+)/m;
const SOURCE_RE = /^#[ \t]*Source:[ \t]*(\S.*?)[ \t\r]*$/m;

/** A whole line that is `---`, a comment or a directive (at column 0), or else a character of content. */
const SKIP_OR_CONTENT = /^(---$|[#%].*$)|(\S)/gm;

/** The first character of content, past marker, comment and directive lines (without copying the text). */
function firstContent(text: string): string | undefined {
  SKIP_OR_CONTENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SKIP_OR_CONTENT.exec(text)) !== null) if (m[2] !== undefined) return m[2];
  return undefined;
}

function sniff(text: string, start: number, end: number): Segment {
  const kind = KIND_RE.exec(text)?.[1];
  const apiVersion = API_RE.exec(text)?.[1];
  let helmSource: string | undefined;
  const m = SOURCE_RE.exec(text);
  if (m) {
    // Only a comment before the document's content counts.
    const before = text.slice(0, m.index);
    if (isEmptySegment(before.replace(/^---.*$/m, ''))) helmSource = m[1];
  }
  const first = firstContent(text);
  const json = first === '{' || first === '[';
  return { start, end, text, apiVersion, kind, helmSource, json };
}

export function splitDocuments(text: string): Segment[] {
  return [...documentSegments(text)];
}

/** The segments one at a time: a file of millions of `---` lines never holds them all at once. */
export function* documentSegments(text: string): Generator<Segment> {
  const bounds: number[] = [0];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isMarker(text, i, '-')) {
      if (i > 0) bounds.push(i);
    } else if (isMarker(text, i, '.')) {
      const e = text.indexOf('\n', i);
      const after = e === -1 ? n : e + 1;
      if (after < n) bounds.push(after);
    }
    const e = text.indexOf('\n', i);
    if (e === -1) break;
    i = e + 1;
  }
  bounds.push(n);
  let pendingStart: number | undefined;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = pendingStart ?? bounds[k]!;
    const end = bounds[k + 1]!;
    if (end <= bounds[k]!) continue;
    const seg = text.slice(start, end);
    const own = text.slice(bounds[k]!, end);
    if (isEmptySegment(own) && !/^---/.test(own)) {
      // Comments or directives only: they belong to the next document (a `%YAML` directive, a
      // comment before `---`).
      pendingStart = start;
      continue;
    }
    pendingStart = undefined;
    yield sniff(seg, start, end);
  }
}
