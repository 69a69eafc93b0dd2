/**
 * Locations in the files authors edit (SPEC §4): the same JSON path in a source document, or the
 * nearest parent that exists there, or the document's first line.
 */
import type { JsonPath, Region } from '../model/types.js';
import { LineIndex } from './lines.js';
import { loadSources, type K8sObject } from './load.js';
import { nodeAt, parseYamlSegment } from './yaml.js';

export interface SourceLocation {
  region: Region;
  /** The whole path exists in the source (false: a parent, or the document's first line). */
  exact: boolean;
}

/** The object of a source file most likely to be the origin of a rendered object (same kind; the name a prefix/suffix transform kept). */
export function findSourceObject(file: string, text: string, kind: string, renderedName: string): K8sObject | undefined {
  const objects = loadSources([{ path: file, text }], { namespace: 'default' }).objects.filter((o) => o.ref.kind === kind);
  return objects.find((o) => o.ref.name === renderedName) ?? objects.find((o) => o.ref.name !== '' && renderedName.includes(o.ref.name)) ?? (objects.length === 1 ? objects[0] : undefined);
}

/** The deepest existing node on a path in an object of a source file. */
export function locateInObject(o: K8sObject, path: JsonPath): SourceLocation {
  const full = [...o.basePath, ...path];
  const matched = o.document.doc ? nodeAt(o.document.doc, full).matched : 0;
  // locate() resolves to the deepest existing parent; with none of the path there, the kind line.
  if (path.length > 0 && matched > o.basePath.length) return { region: o.document.locate(full), exact: matched === full.length };
  return { region: o.document.locate([...o.basePath, 'kind']), exact: false };
}

/** Converts a JSON path to a JSON pointer (`/spec/template/spec/x`). */
export const toPointer = (path: JsonPath): string => '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * In a JSON 6902 patch (a YAML list of operations), the operation whose `path` is the finding's
 * path or one of its parents (the deepest), with the region of that `path` value; `lineOffset`
 * places an inline patch (a block scalar in kustomization.yaml) in its file.
 */
export function locateInJsonPatch(text: string, path: JsonPath, lineOffset = 0): Region | undefined {
  const parsed = parseYamlSegment(text)[0];
  if (!parsed?.doc || parsed.problems.length > 0 || !Array.isArray(parsed.value)) return undefined;
  const target = toPointer(path);
  let best: { index: number; length: number } | undefined;
  parsed.value.forEach((op: unknown, index) => {
    if (typeof op !== 'object' || op === null) return;
    const p = (op as Record<string, unknown>).path;
    if (typeof p !== 'string') return;
    if ((target === p || target.startsWith(p.endsWith('/') ? p : p + '/')) && (!best || p.length > best.length)) best = { index, length: p.length };
  });
  if (!best) return undefined;
  const { node } = nodeAt(parsed.doc, [best.index, 'path']);
  if (!node?.range) return undefined;
  const lines = new LineIndex(text);
  const r = lines.region(node.range[0], node.range[1]);
  return { ...r, startLine: r.startLine + lineOffset, endLine: r.endLine + lineOffset };
}
