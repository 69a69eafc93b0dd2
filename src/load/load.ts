/** Bytes → Kubernetes objects with positions, plus the problems found while reading. */
import type { Document } from 'yaml';
import type { JsonPath, ObjectRef, Region, Unread } from '../model/types.js';
import { isClusterScoped, isUnreadKind, splitApiVersion } from './kinds.js';
import { LineIndex } from './lines.js';
import { documentSegments, isBlankSegment, type Segment } from './split.js';
import { internalProblem, nodeAt, parseYamlSegment, reparse, type DuplicateKey, type YamlProblem } from './yaml.js';
import { ALIAS, KeyTable, MAP, PLAIN, QUOTE_DOUBLE, QUOTE_SINGLE, SEQ, type PositionIndex } from './positions.js';
import { firstAction, isGoTemplate } from './go-template.js';

export interface SourceFile {
  /** Path as reported: relative to the repository root where known, forward slashes. */
  path: string;
  text: string;
  /** Set when the file was not read (its text is then empty): why, for an `unscanned-input` finding. */
  unread?: Unread;
}

export type { Unread };

export interface LoadOptions {
  /** Namespace of namespaced objects that name none. */
  namespace: string;
  /**
   * Drop parsed documents that hold no Kubernetes object and nothing to report (the scan: a
   * file of a million `a: 1` documents keeps none of them). Readers of other YAML (kustomization
   * files) keep every document.
   */
  objectsOnly?: boolean;
  /**
   * Keep each document's `yaml` Document (`LoadedDocument.doc`), for callers that walk its nodes
   * (the Kustomize mapping reads patches through them). Scans keep only the compact position index:
   * the Documents would be most of the heap.
   */
  keepDocuments?: boolean;
}

/** One parsed YAML document of a file. */
export class LoadedDocument {
  constructor(
    readonly file: string,
    readonly index: number,
    readonly lines: LineIndex,
    readonly offset: number,
    /** Where the document's nodes are; undefined when the parser gave up on it. */
    readonly positions: PositionIndex | undefined,
    /** The parsed Document, kept only with `keepDocuments`. */
    readonly doc: Document.Parsed | undefined,
    readonly segment: Segment,
    /** Which document of the segment this is (a segment normally holds one). */
    readonly part: number,
    readonly duplicates: DuplicateKey[],
    readonly problems: YamlProblem[],
  ) {}

  get helmSource(): string | undefined {
    return this.segment.helmSource;
  }

  /** Looks like a Kubernetes object (top-level `apiVersion:` and `kind:`), even if it does not parse. */
  get looksLikeObject(): boolean {
    if (this.segment.apiVersion !== undefined && this.segment.kind !== undefined) return true;
    return this.segment.json && /"apiVersion"/.test(this.segment.text) && /"kind"/.test(this.segment.text);
  }

  regionOf(start: number, end: number): Region {
    return this.lines.region(this.offset + start, this.offset + end);
  }

  /**
   * Region of the node at a JSON path: a scalar's own text; a mapping or sequence by the key that
   * holds it (or its first line). A path that does not exist resolves to its deepest existing parent.
   */
  locate(path: JsonPath): Region {
    const p = this.positions;
    if (!p) return this.lines.region(this.offset, this.offset + 1);
    const { node, key } = p.nodeAt(path);
    const type = p.type(node);
    const range = p.valueRange(node);
    if (range && type !== MAP && type !== SEQ) return this.regionOf(range[0], range[1]);
    const keyRange = p.keyRange(key);
    if (keyRange) return this.regionOf(keyRange[0], keyRange[1]);
    if (range) return this.lines.firstLineRegion(this.offset + range[0], this.offset + range[1]);
    return this.lines.region(this.offset, this.offset + 1);
  }

  /** Region of the key at a path (the `name:` part), falling back to `locate`. */
  locateKey(path: JsonPath): Region {
    const p = this.positions;
    if (!p) return this.locate(path);
    const { key, matched } = p.nodeAt(path);
    const keyRange = p.keyRange(key);
    if (keyRange && matched === path.length) return this.regionOf(keyRange[0], keyRange[1]);
    return this.locate(path);
  }

  /**
   * Region of one character inside a one-line scalar (a column within a selector, say): exact for
   * plain scalars and for quoted ones without escapes; the whole scalar otherwise.
   */
  locateInScalar(path: JsonPath, offset: number): Region {
    const whole = this.locate(path);
    const p = this.positions;
    if (!p) return whole;
    const { node, matched } = p.nodeAt(path);
    const type = p.type(node);
    const range = p.valueRange(node);
    if (matched !== path.length || !range || type === ALIAS || type === MAP || type === SEQ) return whole;
    const [start, end] = range;
    const raw = this.lines.text.slice(this.offset + start, this.offset + end);
    if (raw.includes('\n')) return whole;
    let at: number;
    if (type === PLAIN) at = start + offset;
    else if (type === QUOTE_DOUBLE && !raw.includes('\\')) at = start + 1 + offset;
    else if (type === QUOTE_SINGLE && !raw.slice(1, -1).includes("''")) at = start + 1 + offset;
    else return whole;
    if (at >= end) at = Math.max(start, end - 1);
    return this.regionOf(at, at + 1);
  }

  /**
   * The text of the scalar at a path as written in the file (`no`, `"false"`), if it is a scalar.
   * Asked only about values of the wrong type, so the document is parsed again for it.
   */
  sourceOf(path: JsonPath): string | undefined {
    const p = this.positions;
    if (!p) return undefined;
    const { node, matched } = p.nodeAt(path);
    const type = p.type(node);
    if (matched !== path.length || node < 0 || type === ALIAS || type === MAP || type === SEQ) return undefined;
    const doc = this.doc ?? reparse(this.segment.text)[this.part];
    if (!doc) return undefined;
    const found = nodeAt(doc, path);
    return found.node && 'source' in found.node && typeof found.node.source === 'string' ? found.node.source : undefined;
  }

  /** True when the exact path exists in the document. */
  has(path: JsonPath): boolean {
    return !!this.positions && this.positions.nodeAt(path).matched === path.length;
  }
}

export interface K8sObject {
  id: number;
  ref: ObjectRef;
  apiVersion: string;
  value: Record<string, unknown>;
  document: LoadedDocument;
  /** Where the object sits in its document: `[]`, or `['items', 3]` inside a List. */
  basePath: JsonPath;
  /** True when `metadata.namespace` was absent and the default namespace was used. */
  namespaceDefaulted: boolean;
}

export interface SkippedDocument {
  file: string;
  line: number;
  reason: string;
  /** For the entry that stands for the documents over the per-file listing bound: how many. */
  count?: number;
  /** The whole file was skipped as a Go template (`line` is its first template action). */
  template?: true;
}

export const TEMPLATE_REASON = 'looks like a Go template (Helm); render it (helm template, or scan --helm-chart DIR) and scan the output';

export interface LoadResult {
  documents: LoadedDocument[];
  objects: K8sObject[];
  skipped: SkippedDocument[];
  /** Files that were not read, and why. */
  unread: { file: string; unread: Unread }[];
  stats: { files: number; bytes: number; documents: number; parsed: number; unread: number };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every `kind:` written anywhere in a text (block or flow, quoted or not). */
const ANY_KIND = /["']?\bkind["']?[ \t]*:[ \t]*["']?([A-Za-z0-9_.-]*)/g;

/** True when the only kinds a text names are `kinds` (a typed List that holds nothing else). */
function namesOnly(text: string, kinds: readonly string[]): boolean {
  for (const m of text.matchAll(ANY_KIND)) if (!kinds.includes(m[1]!)) return false;
  return true;
}

function shouldParse(seg: Segment): boolean {
  if (seg.json || seg.kind === undefined || seg.apiVersion === undefined) return true;
  const { group } = splitApiVersion(seg.apiVersion);
  if (seg.kind.endsWith('List')) {
    // A typed List of a kind no rule reads (a ConfigMapList of dashboards) is not read either, unless
    // something else hides in it: kubectl applies whatever a List's items are.
    const item = seg.kind.slice(0, -'List'.length);
    return !(item !== '' && isUnreadKind(group, item) && namesOnly(seg.text, [item, seg.kind]));
  }
  return !isUnreadKind(group, seg.kind);
}

/** Documents listed as skipped per file; the rest are counted in one more entry (a file of a million `---a: 1` stays small). */
export const MAX_SKIPPED_PER_FILE = 100;

export function loadSources(files: readonly SourceFile[], options: LoadOptions): LoadResult {
  const documents: LoadedDocument[] = [];
  const objects: K8sObject[] = [];
  const skipped: SkippedDocument[] = [];
  const unread: LoadResult['unread'] = [];
  // `files` counts the files read; those that were not are in `unread`.
  const stats = { files: 0, bytes: 0, documents: 0, parsed: 0, unread: 0 };
  const keys = new KeyTable();

  for (const file of files) {
    if (file.unread) {
      unread.push({ file: file.path, unread: file.unread });
      continue;
    }
    stats.files++;
    let text = file.text;
    stats.bytes += text.length;
    // A BOM is not content: positions are counted as editors show them.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // A lone CR ends a line in YAML (and for kubectl) as LF does; one character for one keeps every offset.
    if (/\r(?!\n)/.test(text)) text = text.replace(/\r(?!\n)/g, '\n');
    const lines = new LineIndex(text);
    const segments = file.path.endsWith('.json') ? [wholeFile(text)] : documentSegments(text);
    // Where this file's entries start: a file found to be a Go template gives none of them.
    const mark = { documents: documents.length, objects: objects.length, skipped: skipped.length };
    let template = false;
    // What a file may list as skipped is bounded; the rest is counted.
    let listed = 0;
    let more: SkippedDocument | undefined;
    const fileSkipped = {
      push(s: SkippedDocument): void {
        if (listed++ < MAX_SKIPPED_PER_FILE) skipped.push(s);
        else if (more) more.count = (more.count ?? 1) + 1;
        else more = { file: s.file, line: s.line, reason: '', count: 1 };
      },
    };
    let index = 0;
    for (const seg of segments) {
      if (template) break;
      stats.documents++;
      // Nothing but `---` and comments: an empty document, nothing to parse or keep.
      if (!shouldParse(seg) || isBlankSegment(seg.text)) {
        stats.unread++;
        index++;
        continue;
      }
      stats.parsed++;
      let part = 0;
      for (const parsed of parseYamlSegment(seg.text, keys)) {
        if (isGoTemplate(parsed.doc, seg.text, parsed.problems.length > 0)) {
          template = true;
          break;
        }
        const doc = options.keepDocuments ? parsed.doc : undefined;
        const ld = new LoadedDocument(file.path, index++, lines, seg.start, parsed.positions, doc, seg, part++, parsed.duplicates, parsed.problems);
        documents.push(ld);
        if (parsed.problems.length > 0) {
          if (!ld.looksLikeObject && parsed.problems[0]!.code !== 'internal') {
            fileSkipped.push({ file: file.path, line: lines.position(seg.start).line, reason: `not valid YAML: ${parsed.problems[0]!.message}` });
          }
          continue;
        }
        const before = objects.length;
        try {
          collectObjects(parsed.value, ld, options, objects, fileSkipped);
        } catch (e) {
          // A bug must not lose the rest of the scan: the document is reported as not read.
          parsed.problems.push(internalProblem(e));
        }
        // A document without objects or anything to report is not kept (its parsed tree is large).
        if (options.objectsOnly && objects.length === before && parsed.problems.length === 0 && parsed.duplicates.length === 0) documents.pop();
      }
    }
    if (template) {
      documents.length = mark.documents;
      objects.length = mark.objects;
      skipped.length = mark.skipped;
      skipped.push({ file: file.path, line: lines.position(Math.max(0, firstAction(text))).line, reason: TEMPLATE_REASON, template: true });
      continue;
    }
    if (more) skipped.push({ ...more, reason: `and ${more.count} more documents skipped in this file, from this line on` });
  }
  return { documents, objects, skipped, unread, stats };
}

function wholeFile(text: string): Segment {
  return { start: 0, end: text.length, text, apiVersion: undefined, kind: undefined, helmSource: undefined, json: true };
}

function collectObjects(
  value: unknown,
  doc: LoadedDocument,
  options: LoadOptions,
  out: K8sObject[],
  skipped: { push(s: SkippedDocument): void },
): void {
  const line = doc.lines.position(doc.offset).line;
  if (value === null || value === undefined) return; // empty or comments only
  if (!isRecord(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') {
    skipped.push({ file: doc.file, line, reason: 'not a Kubernetes object (no apiVersion and kind)' });
    return;
  }
  const add = (v: Record<string, unknown>, basePath: JsonPath): void => {
    const apiVersion = v.apiVersion as string;
    const kind = v.kind as string;
    const { group, version } = splitApiVersion(apiVersion);
    const metadata = isRecord(v.metadata) ? v.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? `${metadata.generateName}*` : '';
    const clusterScoped = isClusterScoped(group, kind);
    const explicitNs = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
    const namespace = clusterScoped ? undefined : explicitNs ?? options.namespace;
    out.push({
      id: out.length,
      ref: { group, version, kind, namespace, name },
      apiVersion,
      value: v,
      document: doc,
      basePath,
      namespaceDefaulted: !clusterScoped && explicitNs === undefined,
    });
  };
  const kind = value.kind as string;
  if (kind.endsWith('List') && Array.isArray(value.items)) {
    value.items.forEach((item, i) => {
      if (isRecord(item) && typeof item.apiVersion === 'string' && typeof item.kind === 'string') add(item, ['items', i]);
      else skipped.push({ file: doc.file, line: doc.locate(['items', i]).startLine, reason: 'List item is not a Kubernetes object' });
    });
    return;
  }
  add(value, []);
}
