/**
 * YAML documents as the Kubernetes API server reads them: YAML 1.1 scalars (`no` is false,
 * `"false"` is a string), merge keys, the last of duplicate keys wins (and is reported), alias
 * expansion bounded. Every value keeps its node, so a JSON path resolves to a position.
 */
import {
  parseAllDocuments,
  visit,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node as YamlNode,
  type Pair,
  type Scalar,
} from 'yaml';
import type { JsonPath } from '../model/types.js';
import { KeyTable, PositionIndex } from './positions.js';

/** Nodes that may be produced through aliases before a document counts as an alias bomb. */
export const ALIAS_EXPANSION_LIMIT = 100_000;
/** Deeper nesting than this is refused (the API server's own decoder limits depth too). */
export const MAX_DEPTH = 500;
/**
 * Longer documents are refused unparsed: a parsed document costs some 80 times its size in
 * memory (a 50 MB one exhausted a 4 GB heap). The API server refuses objects over 3 MiB; a List
 * this long is split by kubectl, and is reported rather than read.
 */
export const MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;

/**
 * Duplicated keys recorded per document: one 4 MiB document of `k: v` lines repeats a key
 * 600,000 times (a 16 MB file gave 2.4 million findings, 140 s and 3.9 GB). The first ones are
 * reported; the last entry counts the rest.
 */
export const MAX_DUPLICATES_PER_DOCUMENT = 100;

export interface DuplicateKey {
  /** On the entry after the first `MAX_DUPLICATES_PER_DOCUMENT`: how many more duplicates the document has from there on (this one included). */
  more?: number;
  key: string;
  /** Path of the mapping that holds the duplicate. */
  path: JsonPath;
  /** Offsets (in the parsed text) of the repeated key and of its first occurrence. */
  start: number;
  end: number;
  firstStart: number;
  firstEnd: number;
}

export interface YamlProblem {
  /** `internal`: saguard itself failed on the document (a bug); it is reported, the scan goes on. */
  code: 'syntax' | 'alias-limit' | 'depth-limit' | 'size-limit' | 'internal';
  message: string;
  start: number;
  end: number;
}

export interface ParsedYaml {
  /** Undefined when the parser itself gave up (absurd nesting). */
  doc: Document.Parsed | undefined;
  /** Where its nodes are (see positions.ts); undefined with `doc`, or when it could not be indexed. */
  positions: PositionIndex | undefined;
  value: unknown;
  duplicates: DuplicateKey[];
  problems: YamlProblem[];
}

const PARSE_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  merge: true,
  prettyErrors: false,
  strict: false,
  keepSourceTokens: false,
};

/**
 * Where every alias of a document points: the last node with its anchor before it, as YAML and
 * `Alias.resolve` define it, found in one walk of the document. (`Alias.resolve` walks the whole
 * document for each alias: 20,000 aliases in 100 KB took minutes.)
 */
const aliasTargets = new WeakMap<Document.Parsed, Map<Alias, YamlNode>>();

export function resolveAlias(doc: Document.Parsed, alias: Alias): YamlNode | undefined {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = new Map<Alias, YamlNode>();
    const latest = new Map<string, YamlNode>();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) {
          const target = latest.get(node.source);
          if (target) found.set(node, target);
        } else if (node.anchor) latest.set(node.anchor, node);
      },
    });
    targets = found;
    aliasTargets.set(doc, targets);
  }
  return targets.get(alias);
}

class LimitError extends Error {
  constructor(readonly problem: YamlProblem) {
    super(problem.message);
  }
}

export function keyString(key: unknown): string {
  if (isScalar(key)) {
    const v = key.value;
    if (typeof v === 'symbol') return v.description ?? '';
    if (v === null || v === undefined) return 'null';
    if (v instanceof Date) return key.source ?? v.toISOString();
    return String(v);
  }
  return String(key);
}

export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const v = key.value;
  if (typeof v === 'symbol') return v.description === '<<';
  return v === '<<' && key.type === 'PLAIN';
}

function scalarValue(node: Scalar): unknown {
  const v = node.value;
  // Timestamps and binary stay the text they were written as, like sigs.k8s.io/yaml.
  if (v instanceof Date || v instanceof Uint8Array) return node.source ?? String(v);
  if (typeof v === 'bigint') return Number(v);
  return v;
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

class Converter {
  private aliasBudget = ALIAS_EXPANSION_LIMIT;
  /** The alias written in the document whose expansion is under way (where a bomb is reported). */
  private aliasRoot: YamlNode | undefined;
  readonly duplicates: DuplicateKey[] = [];

  constructor(private readonly doc: Document.Parsed) {}

  convert(node: unknown, path: (string | number)[], depth: number, viaAlias: boolean): unknown {
    if (depth > MAX_DEPTH) {
      const r = (node as YamlNode | null)?.range ?? [0, 0, 0];
      throw new LimitError({
        code: 'depth-limit',
        message: `nesting is deeper than ${MAX_DEPTH} levels`,
        start: r[0],
        end: r[1],
      });
    }
    if (viaAlias && --this.aliasBudget < 0) {
      const r = this.aliasRoot?.range ?? (node as YamlNode | null)?.range ?? [0, 0, 0];
      throw new LimitError({
        code: 'alias-limit',
        message: `aliases expand to more than ${ALIAS_EXPANSION_LIMIT} nodes (a "billion laughs" document)`,
        start: r[0],
        end: r[1],
      });
    }
    if (node === null || node === undefined) return null;
    if (isScalar(node)) return scalarValue(node);
    if (isAlias(node)) {
      const target = resolveAlias(this.doc, node);
      if (target === undefined) return null;
      if (viaAlias) return this.convert(target, path, depth + 1, true);
      this.aliasRoot = node;
      const v = this.convert(target, path, depth + 1, true);
      this.aliasRoot = undefined;
      return v;
    }
    if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      const seen = new Map<string, Pair>();
      const merges: unknown[] = [];
      for (const pair of node.items) {
        if (isMergeKey(pair.key)) {
          merges.push(pair.value);
          continue;
        }
        const key = keyString(pair.key);
        const first = seen.get(key);
        if (first && !viaAlias) {
          const kr = (pair.key as YamlNode | null)?.range;
          const fr = (first.key as YamlNode | null)?.range;
          if (kr && fr) {
            if (this.duplicates.length < MAX_DUPLICATES_PER_DOCUMENT) this.duplicates.push({ key, path: [...path], start: kr[0], end: kr[1], firstStart: fr[0], firstEnd: fr[1] });
            else if (this.duplicates.length === MAX_DUPLICATES_PER_DOCUMENT) this.duplicates.push({ more: 1, key, path: [...path], start: kr[0], end: kr[1], firstStart: fr[0], firstEnd: fr[1] });
            else this.duplicates[MAX_DUPLICATES_PER_DOCUMENT]!.more!++;
          }
        }
        seen.set(key, pair);
        path.push(key);
        setKey(obj, key, this.convert(pair.value, path, depth + 1, viaAlias));
        path.pop();
      }
      // Merge keys: keys written in the mapping win over merged ones; earlier sources win over later.
      for (const m of merges) {
        const sources = isSeq(m) ? m.items : [m];
        for (const s of sources) {
          const v = this.convert(s, path, depth + 1, viaAlias || isAlias(s));
          if (v && typeof v === 'object' && !Array.isArray(v)) {
            for (const [k, val] of Object.entries(v)) if (!Object.prototype.hasOwnProperty.call(obj, k)) setKey(obj, k, val);
          }
        }
      }
      return obj;
    }
    if (isSeq(node)) {
      const arr: unknown[] = [];
      node.items.forEach((item, i) => {
        path.push(i);
        arr.push(this.convert(item, path, depth + 1, viaAlias));
        path.pop();
      });
      return arr;
    }
    if (isPair(node)) return null;
    return null;
  }
}

export function internalProblem(e: unknown): YamlProblem {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { code: 'internal', message: message.split('\n')[0]!.slice(0, 300), start: 0, end: 1 };
}

/** The documents of a segment, parsed again (for the rare question only the Document answers). */
export function reparse(text: string): Document.Parsed[] {
  try {
    const parsed = parseAllDocuments(text, PARSE_OPTIONS);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/**
 * Parses one document segment. Never throws. `keys` is the key table of the load the documents'
 * position indexes share.
 */
export function parseYamlSegment(text: string, keys: KeyTable = new KeyTable()): ParsedYaml[] {
  if (text.length > MAX_DOCUMENT_CHARS) {
    const message = `it has ${text.length} characters, more than the ${MAX_DOCUMENT_CHARS} saguard reads in one document (the API server refuses objects over 3 MiB; split a List)`;
    return [{ doc: undefined, positions: undefined, value: null, duplicates: [], problems: [{ code: 'size-limit', message, start: 0, end: 1 }] }];
  }
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, PARSE_OPTIONS);
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    // The parser recurses; absurd nesting can exhaust the stack.
    return [
      {
        doc: undefined,
        positions: undefined,
        value: null,
        duplicates: [],
        problems: [{ code: 'depth-limit', message: `the document cannot be parsed: ${(e as Error).message}`, start: 0, end: 1 }],
      },
    ];
  }
  return docs.map((doc) => {
    const problems: YamlProblem[] = doc.errors.map((e) => {
      // The parser turns its own stack overflow (absurd nesting) into an error; say what it means.
      const tooDeep = e.message.includes('Maximum call stack size exceeded');
      return {
        code: tooDeep ? ('depth-limit' as const) : ('syntax' as const),
        message: tooDeep ? 'nesting is too deep to read' : e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        start: e.pos[0],
        end: e.pos[1],
      };
    });
    const conv = new Converter(doc);
    let value: unknown = null;
    if (problems.length === 0) {
      try {
        value = conv.convert(doc.contents, [], 0, false);
      } catch (e) {
        if (e instanceof LimitError) problems.push(e.problem);
        else if (e instanceof RangeError) problems.push({ code: 'depth-limit', message: 'nesting is too deep', start: 0, end: 1 });
        else problems.push(internalProblem(e));
      }
    }
    let positions: PositionIndex | undefined;
    try {
      positions = PositionIndex.of(doc, keys, keyString, isMergeKey);
    } catch (e) {
      // Nesting the converter refused can be too deep to walk; nothing is read from such a document.
      if (problems.length === 0) problems.push(e instanceof RangeError ? { code: 'depth-limit', message: 'nesting is too deep', start: 0, end: 1 } : internalProblem(e));
    }
    return { doc, positions, value, duplicates: conv.duplicates, problems };
  });
}

export interface NodeAt {
  /** The value node at the path (aliases resolved). */
  node: YamlNode | null;
  /** The key node of the pair holding it, when the last step is a mapping key. */
  key: YamlNode | null;
}

function findPair(doc: Document.Parsed, map: unknown, key: string, depth = 0): Pair | undefined {
  if (!isMap(map) || depth > 20) return undefined;
  let found: Pair | undefined;
  const merges: unknown[] = [];
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) merges.push(pair.value);
    else if (keyString(pair.key) === key) found = pair;
  }
  if (found) return found;
  for (const m of merges) {
    const sources = isSeq(m) ? m.items : [m];
    for (const s of sources) {
      const target = isAlias(s) ? resolveAlias(doc, s) : s;
      const p = findPair(doc, target, key, depth + 1);
      if (p) return p;
    }
  }
  return undefined;
}

/** Resolves a JSON path to its node; stops at the deepest node that exists. */
export function nodeAt(doc: Document.Parsed, path: JsonPath): NodeAt & { matched: number } {
  let node: unknown = doc.contents;
  let key: YamlNode | null = null;
  let matched = 0;
  for (const step of path) {
    if (isAlias(node)) node = resolveAlias(doc, node);
    if (typeof step === 'number' && isSeq(node)) {
      const item = node.items[step];
      if (item === undefined) break;
      node = item;
      key = null;
    } else if (isMap(node)) {
      const pair = findPair(doc, node, String(step));
      if (!pair) break;
      key = (pair.key as YamlNode | null) ?? null;
      node = pair.value;
    } else break;
    matched++;
  }
  // A final alias stays itself: its position is where the value is used.
  return { node: (node as YamlNode | null) ?? null, key, matched };
}
