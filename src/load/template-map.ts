/**
 * Reading a Helm template back from its output. A template is not YAML: it is text with Go
 * template actions. The literal lines of a template reach the output unchanged (template actions
 * become wildcards), in order, inside the control structure of `if`/`else`, `with` and `range`;
 * `---` lines split the output into documents, and Helm prints documents sorted by kind, so
 * neither the order of documents nor their kind alone tells which template document produced a
 * rendered one. `HelmTemplate.align` matches the lines of one rendered document against every
 * path through the template (a Viterbi walk over the template's control structure: a branch of
 * an `if` excludes its `else`, a `range` body may repeat, a document starts after a `---`) and
 * keeps the path that matches the most literal text: names with a literal part, the branch that
 * wrote the kind, the literal list items. Lines the template's actions emitted (`include`,
 * `toYaml`) stay unaligned; `locateInDefine` finds them by key path in the `define` the action
 * included (`_helpers.tpl`, `_podtemplate.tpl`), whatever order `toYaml` put them in.
 */

import { lastAtMost } from './lines.js';

/** A template action `{{ … }}`: offsets in the text, its body without delimiters and trim markers. */
interface Action {
  start: number;
  end: number;
  body: string;
  trimLeft: boolean;
  trimRight: boolean;
}

type Control = 'if' | 'else' | 'range' | 'with' | 'end' | 'define' | 'block';

/** A piece of a literal line: literal text, or the place of an action (which matches any text). */
interface Piece {
  literal: boolean;
  /** 0-based columns in the template line. */
  start: number;
  end: number;
  text: string;
}

export interface TemplateLine {
  /** 0-based line number. */
  index: number;
  text: string;
  kind: 'literal' | 'action' | 'blank' | 'docsep' | 'inside';
  pieces: Piece[];
  /** Literal lines: a pattern over the rendered line (groups = pieces), and its weight (literal characters). */
  pattern?: RegExp;
  /** The same without the line's indentation, over a rendered line without its own (text an include shifted). */
  loose?: RegExp;
  weight: number;
  /** Action lines: the control actions on the line, in order. */
  controls: Control[];
  /** Names of the templates this line's actions include (`include "x"`, `template "x"`). */
  includes: string[];
}

interface Frame {
  control: Control;
  line: number;
  /** Lines of `else` actions of this frame. */
  elses: number[];
  end: number;
}

const CONTROL = /^(if|else|range|with|end|define|block)\b/;
const INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;

function scanActions(text: string): Action[] {
  const out: Action[] = [];
  let i = 0;
  const n = text.length;
  while ((i = text.indexOf('{{', i)) !== -1) {
    const start = i;
    let k = i + 2;
    const trimLeft = text[k] === '-' && /\s/.test(text[k + 1] ?? '');
    if (trimLeft) k++;
    const bodyStart = k;
    let end = -1;
    const rest = text.slice(k, k + 4).trimStart();
    if (rest.startsWith('/*')) {
      const c = text.indexOf('*/', k);
      const close = c === -1 ? -1 : text.indexOf('}}', c + 2);
      end = close === -1 ? n : close + 2;
      k = close === -1 ? n : close;
    } else {
      while (k < n) {
        const ch = text[k];
        if (ch === '"') {
          k++;
          while (k < n && text[k] !== '"' && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
        } else if (ch === '`') {
          const e = text.indexOf('`', k + 1);
          k = e === -1 ? n : e;
        } else if (text.startsWith('}}', k)) {
          end = k + 2;
          break;
        }
        k++;
      }
      if (end === -1) end = n;
    }
    const close = end === n && !text.endsWith('}}') ? n : end - 2;
    const trimRight = text[close - 1] === '-' && /\s/.test(text[close - 2] ?? '');
    out.push({ start, end, body: text.slice(bodyStart, trimRight ? close - 1 : close).trim(), trimLeft, trimRight });
    i = end;
  }
  return out;
}

const controlOf = (body: string): Control | undefined => {
  if (body.startsWith('/*')) return undefined;
  return CONTROL.exec(body)?.[1] as Control | undefined;
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A literal line as a pattern (one group per piece); `loose` leaves its indentation out. */
function patternOf(pieces: readonly Piece[], loose: boolean): RegExp {
  const source = pieces
    .map((p, i) => {
      if (!p.literal) return '(.*?)';
      const t = loose && i === 0 ? p.text.trimStart() : p.text;
      // Space before an action that writes nothing (or a line break: nindent) is not kept at the end of a line.
      const tail = t !== t.trimEnd() && i < pieces.length - 1 ? '[ \\t]*' : '';
      return `(${escape(tail ? t.trimEnd() : t)}${tail})`;
    })
    .join('');
  return new RegExp(`^${source}$`, 'd');
}

export class HelmTemplate {
  readonly lines: TemplateLine[];
  private readonly frames: Frame[] = [];
  /** `define` bodies by name: 0-based line range [from, to). */
  readonly defines = new Map<string, { from: number; to: number }>();

  constructor(readonly text: string) {
    const rawLines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const starts: number[] = [];
    let o = 0;
    for (const l of text.split('\n')) {
      starts.push(o);
      o += l.length + 1;
    }
    const actions = scanActions(text);
    const lineOf = (offset: number): number => lastAtMost(starts, offset);
    const byLine: Action[][] = rawLines.map(() => []);
    const inside = new Set<number>();
    for (const a of actions) {
      const first = lineOf(a.start);
      const last = lineOf(Math.max(a.start, a.end - 1));
      byLine[first]!.push(a);
      for (let l = first + 1; l <= last; l++) inside.add(l);
    }
    this.lines = rawLines.map((text, index) => {
      const acts = byLine[index]!;
      const lineStart = starts[index]!;
      const pieces: Piece[] = [];
      let col = 0;
      // Text after an action that started on an earlier line is the tail of that action's line.
      if (inside.has(index)) {
        const prev = actions.find((a) => a.start < lineStart && a.end > lineStart);
        col = prev ? Math.min(text.length, prev.end - lineStart) : 0;
        if (text.slice(col).trim() === '' && acts.length === 0) return { index, text, kind: 'inside' as const, pieces: [], weight: 0, controls: [], includes: [] };
      }
      for (const a of acts) {
        const s = a.start - lineStart;
        if (s > col) pieces.push({ literal: true, start: col, end: s, text: text.slice(col, s) });
        const e = Math.min(text.length, a.end - lineStart);
        pieces.push({ literal: false, start: s, end: e, text: a.body });
        col = e;
      }
      if (col < text.length) pieces.push({ literal: true, start: col, end: text.length, text: text.slice(col) });
      const includes = acts.flatMap((a) => [...a.body.matchAll(INCLUDE)].map((m) => m[1]!));
      const literalText = pieces.filter((p) => p.literal).map((p) => p.text).join('');
      if (literalText.trim() === '') {
        if (acts.length === 0) return { index, text, kind: 'blank' as const, pieces, weight: 0, controls: [], includes };
        const controls = acts.map((a) => controlOf(a.body)).filter((c): c is Control => c !== undefined);
        return { index, text, kind: 'action' as const, pieces, weight: 0, controls, includes };
      }
      if (acts.length === 0 && /^---(\s|$)/.test(text)) return { index, text, kind: 'docsep' as const, pieces, weight: 0, controls: [], includes };
      // Trim markers eat the whitespace next to the action.
      acts.forEach((a) => {
        const i = pieces.findIndex((p) => !p.literal && p.start === a.start - lineStart);
        const before = pieces[i - 1];
        const after = pieces[i + 1];
        if (a.trimLeft && before?.literal) before.text = before.text.trimEnd();
        if (a.trimRight && after?.literal) {
          const t = after.text.trimStart();
          after.start += after.text.length - t.length;
          after.text = t;
        }
      });
      const last = pieces[pieces.length - 1];
      if (last?.literal) last.text = last.text.trimEnd();
      const pattern = patternOf(pieces, false);
      const loose = patternOf(pieces, true);
      const weight = Math.max(1, literalText.replace(/\s/g, '').length);
      // Control actions balanced within a literal line are value logic, not structure.
      return { index, text, kind: 'literal' as const, pieces, pattern, loose, weight, controls: [], includes };
    });
    this.buildFrames();
  }

  private buildFrames(): void {
    const stack: Frame[] = [];
    for (const line of this.lines) {
      if (line.kind !== 'action') continue;
      for (const c of line.controls) {
        if (c === 'else') stack[stack.length - 1]?.elses.push(line.index);
        else if (c === 'end') {
          const f = stack.pop();
          if (f) {
            f.end = line.index;
            this.frames.push(f);
            if (f.control === 'define') {
              const name = /^define\s+"([^"]+)"/.exec(this.actionBody(f.line, 'define') ?? '')?.[1];
              if (name) this.defines.set(name, { from: f.line + 1, to: f.end });
            }
          }
        } else stack.push({ control: c, line: line.index, elses: [], end: this.lines.length });
      }
    }
    // Unclosed frames end with the text.
    for (const f of stack) this.frames.push(f);
  }

  private actionBody(line: number, control: Control): string | undefined {
    const l = this.lines[line]!;
    return l.pieces.find((p) => !p.literal && controlOf(p.text) === control)?.text;
  }

  /**
   * Epsilon edges of the walk: from a position (before line p) to the positions reachable
   * without consuming a rendered line, with their cost.
   */
  private edges(): { from: number; to: number; cost: number }[] {
    const n = this.lines.length;
    const out: { from: number; to: number; cost: number }[] = [];
    const redirected = new Set<number>();
    for (const f of this.frames) {
      const after = Math.min(n, f.end + 1);
      if (f.control === 'define') {
        out.push({ from: f.line, to: after, cost: 0 });
        redirected.add(f.line);
        continue;
      }
      if (f.control === 'block') continue;
      // Into the first branch, into each else branch, or past the end.
      out.push({ from: f.line, to: f.line + 1, cost: 0 });
      for (const e of f.elses) out.push({ from: f.line, to: e + 1, cost: 0 });
      out.push({ from: f.line, to: after, cost: 0 });
      redirected.add(f.line);
      // The end of a branch jumps past the end.
      for (const e of f.elses) {
        out.push({ from: e, to: after, cost: 0 });
        redirected.add(e);
      }
      // A range body may run again.
      if (f.control === 'range') out.push({ from: f.elses[0] ?? f.end, to: f.line + 1, cost: 0 });
    }
    for (const l of this.lines) {
      if (redirected.has(l.index) || l.kind === 'docsep') continue;
      // Skipping a literal line costs a little: paths that match what the template writes win.
      out.push({ from: l.index, to: l.index + 1, cost: l.kind === 'literal' ? -0.01 : 0 });
    }
    return out;
  }

  private edgeCache: { from: number; to: number; cost: number }[][] | undefined;

  private outEdges(): { to: number; cost: number }[][] {
    if (!this.edgeCache) {
      const byFrom: { from: number; to: number; cost: number }[][] = Array.from({ length: this.lines.length + 1 }, () => []);
      for (const e of this.edges()) byFrom[e.from]!.push(e);
      this.edgeCache = byFrom;
    }
    return this.edgeCache;
  }

  /**
   * For each line of a rendered document (without its `---` and `# Source:` lines), the 0-based
   * template line it was written by, or undefined for lines that actions emitted. `from`/`to`
   * restrict the walk to a line range (a define body); `indentFree` compares lines without their
   * indentation (text an `include … | nindent` shifted).
   */
  align(rendered: readonly string[], opts: { from?: number; to?: number; indentFree?: boolean } = {}): (number | undefined)[] {
    const from = opts.from ?? 0;
    const to = opts.to ?? this.lines.length;
    const size = to - from + 1;
    const m = rendered.length;
    const out: (number | undefined)[] = new Array(m).fill(undefined);
    if (m === 0 || size <= 1 || m * size > 40_000_000) return out;
    const edges = this.outEdges();
    const NEG = -Infinity;
    // score[p] at the current rendered line; back pointers per rendered line.
    let score = new Float64Array(size).fill(NEG);
    // Where a document may start: the first line, or after a `---`.
    score[0] = 0;
    for (let p = from; p < to; p++) if (this.lines[p]!.kind === 'docsep') score[p + 1 - from] = 0;
    const closure = (s: Float64Array, back: Int32Array | undefined): void => {
      for (let pass = 0; pass < 3; pass++) {
        let changed = false;
        for (let p = from; p <= to; p++) {
          const v = s[p - from]!;
          if (v === NEG) continue;
          for (const e of edges[p] ?? []) {
            if (e.to < from || e.to > to) continue;
            const w = v + e.cost;
            if (w > s[e.to - from]!) {
              s[e.to - from] = w;
              if (back) back[e.to - from] = back[p - from]!;
              changed = true;
            }
          }
        }
        if (!changed) break;
      }
    };
    // backs[i][p]: the template line rendered line i matched on the best path to p (or -1), and the
    // position before it; kept as two arrays per rendered line.
    const matchedAt: Int32Array[] = [];
    const prevPos: Int32Array[] = [];
    // origin[p]: the position the best path to p had before the current rendered line.
    let origin = new Int32Array(size).map((_, i) => i);
    closure(score, origin);
    for (let i = 0; i < m; i++) {
      const text = rendered[i]!.trimEnd();
      const cmp = opts.indentFree ? text.trimStart() : text;
      const next = new Float64Array(size).fill(NEG);
      const mat = new Int32Array(size).fill(-1);
      const prev = new Int32Array(size).fill(-1);
      for (let p = from; p <= to; p++) {
        const v = score[p - from]!;
        if (v === NEG) continue;
        // The rendered line was emitted by an action: stay.
        if (v - 0.001 > next[p - from]!) {
          next[p - from] = v - 0.001;
          mat[p - from] = -1;
          prev[p - from] = p;
        }
        const line = this.lines[p];
        if (p < to && line?.kind === 'literal' && text !== '') {
          if ((opts.indentFree ? line.loose! : line.pattern!).test(cmp)) {
            const w = v + line.weight;
            if (w > next[p + 1 - from]!) {
              next[p + 1 - from] = w;
              mat[p + 1 - from] = p;
              prev[p + 1 - from] = p;
            }
          }
        }
      }
      origin = new Int32Array(size).map((_, k) => k);
      closure(next, origin);
      // After the closure, a position reached by an epsilon edge keeps the match of the position it came from.
      const mat2 = new Int32Array(size);
      const prev2 = new Int32Array(size);
      for (let k = 0; k < size; k++) {
        const o2 = origin[k]!;
        mat2[k] = mat[o2]!;
        prev2[k] = prev[o2]!;
      }
      matchedAt.push(mat2);
      prevPos.push(prev2);
      score = next;
    }
    // The best end, and back along the path.
    let best = 0;
    for (let k = 1; k < size; k++) if (score[k]! > score[best]!) best = k;
    if (score[best] === NEG) return out;
    let p = best + from;
    for (let i = m - 1; i >= 0; i--) {
      const k = p - from;
      const at = matchedAt[i]![k]!;
      if (at >= 0) out[i] = at;
      p = prevPos[i]![k]!;
      if (p < 0) break;
    }
    return out;
  }

  /**
   * The template columns (0-based, end exclusive) that wrote a rendered column (0-based): the same
   * place in literal text, else the action whose output holds it; `loose` for lines an include
   * shifted.
   */
  columns(line: number, rendered: string, column: number, loose = false): { start: number; end: number } {
    const l = this.lines[line]!;
    const firstChar = l.text.length - l.text.trimStart().length;
    const whole = { start: firstChar, end: Math.max(firstChar + 1, l.text.trimEnd().length) };
    const shift = loose ? rendered.length - rendered.trimStart().length : 0;
    const m = (loose ? l.loose : l.pattern)?.exec(loose ? rendered.trim() : rendered.trimEnd());
    if (!m?.indices) return whole;
    const c = column - shift;
    for (let g = 1; g < m.indices.length; g++) {
      const [s, e] = m.indices[g]!;
      const piece = l.pieces[g - 1]!;
      if (c < s || c >= e) continue;
      if (!piece.literal) return { start: piece.start, end: piece.end };
      const lead = loose && g === 1 ? piece.text.length - piece.text.trimStart().length : 0;
      const at = piece.start + lead + (c - s);
      return { start: at, end: at + 1 };
    }
    return whole;
  }

  /** Includes made by a line and by the action lines of the block under it. */
  includesUnder(line: number): string[] {
    const l = this.lines[line]!;
    const names = [...l.includes];
    const indent = l.text.length - l.text.trimStart().length;
    for (let i = line + 1; i < this.lines.length; i++) {
      const x = this.lines[i]!;
      if (x.kind === 'literal' || x.kind === 'docsep') {
        if (x.text.length - x.text.trimStart().length <= indent) break;
        continue;
      }
      names.push(...x.includes);
    }
    return [...new Set(names)];
  }

  /** Key lines of a line range (a define body), with their key paths relative to it. */
  keyLines(from: number, to: number): KeyLine[] {
    return keyLines(this.lines, from, to);
  }
}

export interface KeyLine {
  /** 0-based template line. */
  line: number;
  /** 0-based column of the key (or of the item, for a scalar list item). */
  column: number;
  keyEnd: number;
  /** Key path, with list indices counted as written. */
  path: (string | number)[];
  /** A scalar list item (`- secrets`): its path ends with its index. */
  item: boolean;
}

const KEY = /^(\s*)((?:-\s+)*)(["']?)([A-Za-z0-9_.\/-]+)\3\s*:(?:\s|$)/;
const ITEM = /^(\s*)-\s+(?!.*:\s)(\S.*)$/;

function keyLines(lines: readonly TemplateLine[], from: number, to: number): KeyLine[] {
  interface F {
    indent: number;
    path: (string | number)[];
  }
  const out: KeyLine[] = [];
  const stack: F[] = [{ indent: -1, path: [] }];
  const items = new Map<string, number>();
  /** The frame a line at `indent` belongs to; a list item (`- …`) may sit at its parent key's indentation. */
  const pop = (indent: number, item = false): F => {
    while (stack.length > 1 && (item ? stack[stack.length - 1]!.indent > indent : stack[stack.length - 1]!.indent >= indent)) stack.pop();
    return stack[stack.length - 1]!;
  };
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.kind !== 'literal') continue;
    const text = l.text;
    if (text.trim().startsWith('#')) continue;
    const m = KEY.exec(text);
    if (!m) {
      const it = ITEM.exec(text);
      if (it) {
        const parent = pop(it[1]!.length, true);
        const id = JSON.stringify(parent.path);
        const index = items.get(id) ?? 0;
        items.set(id, index + 1);
        const column = it[1]!.length;
        out.push({ line: i, column, keyEnd: text.trimEnd().length, path: [...parent.path, index], item: true });
      }
      continue;
    }
    const dashIndent = m[1]!.length;
    const keyIndent = dashIndent + m[2]!.length;
    let parent: F;
    if (m[2]) {
      parent = pop(dashIndent, true);
      const id = JSON.stringify(parent.path);
      const index = items.get(id) ?? 0;
      items.set(id, index + 1);
      const item: F = { indent: dashIndent + 1, path: [...parent.path, index] };
      stack.push(item);
      parent = item;
    } else parent = pop(keyIndent);
    const frame: F = { indent: keyIndent, path: [...parent.path, m[4]!] };
    stack.push(frame);
    items.delete(JSON.stringify(frame.path));
    const column = keyIndent + m[3]!.length;
    out.push({ line: i, column, keyEnd: column + m[4]!.length, path: frame.path, item: false });
  }
  return out;
}

const keysOnly = (a: readonly (string | number)[]): string[] => a.filter((x): x is string => typeof x === 'string');
const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export interface DefineHit {
  /** 0-based template line and columns. */
  line: number;
  start: number;
  end: number;
  /** How much of the path is written there (the whole path when equal to its length). */
  depth: number;
}

/**
 * Finds a relative key path in a line range of a template (a define body): the line of the same
 * keys (list indices as written, else by keys alone, since loops render more items), for a list
 * item the written item whose text produces `renderedText`; else the deepest key of the path that
 * is written there. Lines are compared without indentation: include shifts them.
 */
export function locateInDefine(t: HelmTemplate, from: number, to: number, path: readonly (string | number)[], renderedText: string | undefined): DefineHit | undefined {
  const keys = t.keyLines(from, to);
  if (keys.length === 0) return undefined;
  const says = (k: KeyLine): boolean => renderedText !== undefined && t.lines[k.line]!.loose!.test(renderedText.trim());
  for (let n = path.length; n > 0; n--) {
    const prefix = path.slice(0, n);
    let hits: KeyLine[];
    if (typeof prefix[n - 1] === 'number') {
      // A scalar list item: the written item that says the same.
      if (n !== path.length) continue;
      hits = keys.filter((k) => k.item && same(keysOnly(k.path), keysOnly(prefix)) && says(k));
    } else {
      hits = keys.filter((k) => !k.item && same(k.path, prefix));
      if (hits.length === 0) hits = keys.filter((k) => !k.item && same(keysOnly(k.path), keysOnly(prefix)));
      // Of several lines with the same keys (branches), the one that writes what was rendered.
      if (hits.length > 1 && n === path.length) hits = [...hits.filter(says), ...hits];
    }
    const hit = hits[0];
    if (hit) return { line: hit.line, start: hit.column, end: hit.keyEnd, depth: n };
  }
  return undefined;
}
