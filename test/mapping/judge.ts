/**
 * Judges source mapping: pairs the findings of a scan of rendered output with those of the same
 * scan mapped back to the sources (by rule, message, object and JSON path), and tells for each
 * pair whether the mapped line says what the rendered line says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadSources } from '../../src/load/load.js';

export interface JsonLocation {
  file: string;
  startLine: number;
  startColumn: number;
}

export interface JsonFinding extends JsonLocation {
  ruleId: string;
  messageId: string;
  object: { apiVersion: string; kind: string; namespace: string | null; name: string } | null;
  path: (string | number)[];
  related: (JsonLocation & { label: string })[];
  /** Where the finding is in the rendered output, and how it was mapped (absent on plain scans). */
  rendered?: { renderer: string; startLine: number; startColumn: number; mapping: 'exact' | 'parent' | 'document'; path?: (string | number)[] } | null;
}

export interface Verdict {
  pairs: number;
  right: number;
  exact: number;
  parent: number;
  wrong: string[];
  unpaired: string[];
  badRelated: string[];
}

const keyOf = (f: JsonFinding): string =>
  `${f.ruleId} ${f.messageId} ${f.object ? `${f.object.kind}/${f.object.namespace ?? ''}/${f.object.name}` : '-'} ${JSON.stringify(f.path)}`;

const indent = (s: string): number => s.length - s.trimStart().length;

interface KeyValue {
  dashes: number;
  key: string | undefined;
  value: string;
}

/** `- - key: value` → its list dashes, key and value (a plain list item has no key). */
export function keyValue(line: string): KeyValue {
  let s = line.trim();
  let dashes = 0;
  while (/^-(\s|$)/.test(s)) {
    dashes++;
    s = s.slice(1).trimStart();
  }
  const m = /^(?:"([^"]*)"|'([^']*)'|([^\s"'{[#][^:#]*?))\s*:(?:\s+(.*)|$)/.exec(s);
  if (m) return { dashes, key: m[1] ?? m[2] ?? m[3], value: (m[4] ?? '').trim() };
  return { dashes, key: undefined, value: s };
}

const unquote = (s: string): string => s.replace(/^(["'])(.*)\1$/, '$2');

/** A template line as a pattern: template actions match any text. */
function templatePattern(line: string): RegExp | undefined {
  const parts = line.split(/\{\{.*?\}\}/);
  if (parts.some((p) => p.includes('{{') || p.includes('}}'))) return undefined;
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/**
 * Whether a source line says what the rendered line says: the same text; for Helm a template
 * line whose actions produce the rendered line; for Kustomize the same key whose value a
 * transformer renamed (name prefix, namespace), or the `value:` of a JSON 6902 operation.
 */
export function sameLine(rendered: string, mapped: string, tool: 'helm' | 'kustomize'): boolean {
  const r = rendered.trim();
  const m = mapped.trim();
  if (r === m) return true;
  if (tool === 'helm') {
    const p = m.includes('{{') ? templatePattern(m) : undefined;
    return p !== undefined && p.test(r);
  }
  const a = keyValue(r);
  const b = keyValue(m);
  if (b.key === 'value' && a.value !== '' && unquote(a.value) === unquote(b.value)) return true;
  if (a.key === undefined || a.key !== b.key || a.dashes !== b.dashes) return false;
  return b.value !== '' && (unquote(a.value).includes(unquote(b.value)) || a.key === 'namespace');
}

function lineOf(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? '';
}

/** The rendered line of a node: where the plain finding is, or (for a parent mapping) the line of that parent. */
function renderedLine(renderedText: string, plain: JsonFinding, mapped: JsonFinding): { line: string; column: number | undefined } {
  const r = mapped.rendered;
  if (!r || r.mapping === 'exact' || !plain.object) return { line: lineOf(renderedText, plain.startLine), column: plain.startColumn };
  const objects = loadSources([{ path: 'rendered.yaml', text: renderedText }], { namespace: plain.object.namespace ?? 'default' }).objects;
  const o = objects.find((x) => x.document.locate([]).startLine <= plain.startLine && x.ref.kind === plain.object!.kind && x.ref.name === plain.object!.name);
  if (!o) return { line: '', column: undefined };
  if (r.mapping === 'document') return { line: lineOf(renderedText, o.document.locate([...o.basePath, 'kind']).startLine), column: undefined };
  const at = o.document.locate([...o.basePath, ...(r.path ?? [])]);
  return { line: lineOf(renderedText, at.startLine), column: undefined };
}

function inRepository(repo: string, file: string): string | undefined {
  if (path.isAbsolute(file) || file.split('/').includes('..')) return `${file} is not a path inside the repository`;
  const abs = path.join(repo, file);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) return `${file} does not exist in the repository`;
  return undefined;
}

export function judge(plain: readonly JsonFinding[], renderedText: string, mapped: readonly JsonFinding[], repo: string, tool: 'helm' | 'kustomize'): Verdict {
  const v: Verdict = { pairs: 0, right: 0, exact: 0, parent: 0, wrong: [], unpaired: [], badRelated: [] };
  const byKey = new Map<string, JsonFinding[]>();
  for (const f of mapped) {
    const k = keyOf(f);
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const texts = new Map<string, string>();
  const textOf = (file: string): string => {
    let t = texts.get(file);
    if (t === undefined) {
      t = fs.readFileSync(path.join(repo, file), 'utf8');
      texts.set(file, t);
    }
    return t;
  };
  for (const p of plain) {
    const k = keyOf(p);
    const m = byKey.get(k)?.shift();
    if (!m) {
      v.unpaired.push(`rendered only: ${k} at rendered.yaml:${p.startLine}`);
      continue;
    }
    v.pairs++;
    for (const r of m.related) {
      const bad = inRepository(repo, r.file);
      if (bad) v.badRelated.push(`${k}: related ${r.label}: ${bad}`);
    }
    const bad = inRepository(repo, m.file);
    if (bad) {
      v.wrong.push(`${k}: ${bad}`);
      continue;
    }
    const want = renderedLine(renderedText, p, m);
    const got = lineOf(textOf(m.file), m.startLine);
    const where = `${k}: rendered ${JSON.stringify(want.line.trim())} (line ${p.startLine}) but ${m.file}:${m.startLine}:${m.startColumn} says ${JSON.stringify(got.trim())}`;
    if (!sameLine(want.line, got, tool)) {
      v.wrong.push(where);
      continue;
    }
    // The same text: the same column too.
    if (want.column !== undefined && want.line.trim() === got.trim() && want.column - indent(want.line) !== m.startColumn - indent(got)) {
      v.wrong.push(`${where} (column ${m.startColumn}, expected ${want.column - indent(want.line) + indent(got)})`);
      continue;
    }
    v.right++;
    if (!m.rendered || m.rendered.mapping === 'exact') v.exact++;
    else v.parent++;
  }
  for (const rest of byKey.values()) for (const m of rest) v.unpaired.push(`mapped only: ${keyOf(m)} at ${m.file}:${m.startLine}`);
  return v;
}
