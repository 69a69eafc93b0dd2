/**
 * Finding a key path in a Helm template, which is not YAML: lines are read by indentation and
 * `key:` prefix, template actions (`{{ ... }}`) are passed over, list indices are not counted
 * (templates generate lists). The nearest mapped parent key is used when the full path is not
 * written in the template (values spliced in with toYaml or include).
 */
import type { JsonPath, Region } from '../model/types.js';

interface KeyLine {
  line: number;
  column: number;
  keyEnd: number;
  /** Key path with list indices counted as written (template loops may render more items). */
  path: (string | number)[];
}

const KEY = /^(\s*)((?:-\s+)*)(["']?)([A-Za-z0-9_.\/-]+)\3\s*:(?:\s|$)/;
const ACTION_LINE = /^\{\{.*\}\}$/;

interface Frame {
  indent: number;
  path: (string | number)[];
}

/** The key lines of one template document, with their key paths. */
function keyLines(lines: readonly string[], from: number, to: number): KeyLine[] {
  const out: KeyLine[] = [];
  const stack: Frame[] = [{ indent: -1, path: [] }];
  const items = new Map<string, number>();
  const pop = (indent: number): Frame => {
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    return stack[stack.length - 1]!;
  };
  for (let i = from; i < to; i++) {
    const text = lines[i]!;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#') || ACTION_LINE.test(trimmed)) continue;
    const m = KEY.exec(text);
    if (!m) continue;
    const dashIndent = m[1]!.length;
    const keyIndent = dashIndent + m[2]!.length;
    const key = m[4]!;
    let parent: Frame;
    if (m[2]) {
      // `- key:` starts a list item of the parent key; an item frame holds its sibling keys.
      parent = pop(dashIndent);
      const listId = JSON.stringify(parent.path);
      const index = items.get(listId) ?? 0;
      items.set(listId, index + 1);
      const item: Frame = { indent: dashIndent + 1, path: [...parent.path, index] };
      stack.push(item);
      parent = item;
    } else parent = pop(keyIndent);
    const frame: Frame = { indent: keyIndent, path: [...parent.path, key] };
    stack.push(frame);
    // A new mapping under this key starts its lists afresh.
    items.delete(JSON.stringify(frame.path));
    const column = keyIndent + m[3]!.length + 1;
    out.push({ line: i + 1, column, keyEnd: column + key.length, path: frame.path });
  }
  return out;
}

/**
 * The region in a template of the deepest key of `path` that is written there, in the template
 * document whose `kind:` is `kind` (the first one when none says).
 */
export function locateInTemplate(text: string, kind: string, path: JsonPath): { region: Region; exact: boolean } {
  const lines = text.split(/\r?\n/);
  // Documents of the template.
  const starts = [0];
  lines.forEach((l, i) => {
    if (/^---(\s|$)/.test(l) && i > 0) starts.push(i);
  });
  starts.push(lines.length);
  let from = 0;
  let to = lines.length;
  for (let d = 0; d + 1 < starts.length; d++) {
    if (lines.slice(starts[d]!, starts[d + 1]!).some((l) => new RegExp(`^kind:\\s*["']?${kind}["']?\\s*$`).test(l))) {
      from = starts[d]!;
      to = starts[d + 1]!;
      break;
    }
  }
  const keys = keyLines(lines, from, to);
  const same = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  const keysOnly = (a: readonly (string | number)[]): string[] => a.filter((x): x is string => typeof x === 'string');
  // The deepest written prefix of the path: with list indices as written, or else by keys alone
  // (a template loop renders more items than it writes).
  for (let n = path.length; n > 0; n--) {
    const prefix = path.slice(0, n);
    if (typeof prefix[n - 1] === 'number') continue;
    const hit = keys.find((k) => same(k.path, prefix)) ?? keys.find((k) => same(keysOnly(k.path), keysOnly(prefix)));
    if (hit) return { region: { startLine: hit.line, startColumn: hit.column, endLine: hit.line, endColumn: hit.keyEnd }, exact: n === path.length };
  }
  // The document's first line of content.
  let first = from;
  while (first < to && (lines[first]!.trim() === '' || lines[first]!.trim().startsWith('#') || /^---/.test(lines[first]!) || /^\{\{/.test(lines[first]!.trim()))) first++;
  const line = Math.min(first, Math.max(0, lines.length - 1)) + 1;
  return { region: { startLine: line, startColumn: 1, endLine: line, endColumn: Math.max(2, (lines[line - 1] ?? '').length + 1) }, exact: false };
}
