import type { Region } from '../model/types.js';

/** The index of the last element of an ascending array that is at most `value` (0 when none is). */
export function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps offsets in a text to 1-based lines and columns. Computed once per file, resolved lazily. */
export class LineIndex {
  /** Offsets of the line starts (an Int32Array: half the memory of a number array, for every line read). */
  private readonly starts: Int32Array;

  constructor(readonly text: string) {
    let count = 1;
    let i = text.indexOf('\n');
    while (i !== -1) {
      count++;
      i = text.indexOf('\n', i + 1);
    }
    const starts = new Int32Array(count);
    let k = 1;
    i = text.indexOf('\n');
    while (i !== -1) {
      starts[k++] = i + 1;
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const lo = lastAtMost(this.starts, offset);
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  /** Region of [start, end) offsets. An empty range covers one character. */
  region(start: number, end: number): Region {
    const a = this.position(start);
    const b = this.position(Math.max(start + 1, end));
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  }

  /** Region covering the first line from `start` (used for collections: their first line). */
  firstLineRegion(start: number, end: number): Region {
    const a = this.position(start);
    const text = this.lineText(a.line);
    const lineEnd = this.starts[a.line - 1]! + text.length;
    const stop = Math.min(Math.max(start + 1, end), Math.max(start + 1, lineEnd));
    const trimmed = this.trimEnd(start, stop);
    return this.region(start, trimmed);
  }

  private trimEnd(start: number, end: number): number {
    let e = end;
    while (e > start + 1 && /\s/.test(this.text[e - 1]!)) e--;
    return e;
  }
}
