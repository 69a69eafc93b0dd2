/**
 * Where the nodes of a parsed document are, without the document. A `yaml` Document costs some
 * 200 bytes per node, and saguard only ever asks it position questions (`nodeAt` for a JSON path:
 * the node's range and kind, the range of the key holding it). `PositionIndex` answers them from
 * six int32 per node in one typed array, so the Document can be dropped once it is converted (on a
 * monorepo of 100,000 objects the Documents were three quarters of the heap).
 *
 * The index is built by one walk of the document and resolves paths exactly as `nodeAt` in
 * `yaml.ts` does: the last of duplicate keys, merge keys searched in order (keys written in the
 * mapping first), aliases followed on the way and kept at the end of a path, the deepest existing
 * node for a path that does not exist. `test/scale/positions.test.ts` holds it to `nodeAt` on every
 * path of the fixtures and corpora.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { JsonPath } from '../model/types.js';

/** What an entry's value is. */
export const NONE = 0; // no node (a pair without a value)
export const PLAIN = 1;
export const QUOTE_SINGLE = 2;
export const QUOTE_DOUBLE = 3;
export const BLOCK_LITERAL = 4;
export const BLOCK_FOLDED = 5;
export const SCALAR = 6; // a scalar of no known style
export const ALIAS = 7;
export const MAP = 8;
export const SEQ = 9;
/** A source of a merge key (`<<: *base`): its child is the merged mapping. */
const MERGE = 10;

const SCALAR_TYPES: Record<string, number> = {
  PLAIN,
  QUOTE_SINGLE,
  QUOTE_DOUBLE,
  BLOCK_LITERAL,
  BLOCK_FOLDED,
};

/*
 * Entries, six int32 each: [keyStart, keyEnd, valueStart, valueEnd, meta, keyId].
 * meta = type | (child + 1) << 4. The child of a MAP or SEQ value is the index of its header entry
 * [count, 0, 0, 0, type, -1], followed by its `count` entries (pairs, then merge sources; items);
 * the child of an ALIAS is an entry describing the node it points to. Ranges are -1 when absent.
 */
const STRIDE = 6;
const K0 = 0;
const K1 = 1;
const V0 = 2;
const V1 = 3;
const META = 4;
const KEY = 5;

/** Mapping keys as small integers, shared by the documents of one load. */
export class KeyTable {
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  find(key: string): number | undefined {
    return this.ids.get(key);
  }
}

/** A node reached by a path: `node` and `key` are entry indexes (-1: none). */
export interface IndexedNodeAt {
  node: number;
  key: number;
  matched: number;
}

export class PositionIndex {
  private constructor(
    private readonly e: Int32Array,
    private readonly root: number,
    private readonly keys: KeyTable,
  ) {}

  /** Indexes a parsed document (see `build`); `keyString` and `isMergeKey` are yaml.ts's. */
  static of(doc: Document.Parsed, keys: KeyTable, keyString: (k: unknown) => string, isMergeKey: (k: unknown) => boolean): PositionIndex {
    const b = new Builder(keys, keyString, isMergeKey);
    const root = b.root(doc.contents as YamlNode | null);
    return new PositionIndex(Int32Array.from(b.out), root, keys);
  }

  /** Heap bytes of the index (for the bench and the tests). */
  get bytes(): number {
    return this.e.byteLength;
  }

  type(entry: number): number {
    return entry < 0 ? NONE : this.e[entry * STRIDE + META]! & 15;
  }

  /** [start, end) of an entry's value, or undefined. */
  valueRange(entry: number): [number, number] | undefined {
    if (entry < 0) return undefined;
    const s = this.e[entry * STRIDE + V0]!;
    return s < 0 ? undefined : [s, this.e[entry * STRIDE + V1]!];
  }

  /** [start, end) of an entry's key, or undefined. */
  keyRange(entry: number): [number, number] | undefined {
    if (entry < 0) return undefined;
    const s = this.e[entry * STRIDE + K0]!;
    return s < 0 ? undefined : [s, this.e[entry * STRIDE + K1]!];
  }

  private child(entry: number): number {
    return (this.e[entry * STRIDE + META]! >> 4) - 1;
  }

  /** The pair of a mapping (by its header) with the key, as `findPair` in yaml.ts finds it. */
  private findPair(header: number, key: number | undefined, depth: number): number {
    if (header < 0 || depth > 20) return -1;
    const e = this.e;
    const count = e[header * STRIDE]!;
    let found = -1;
    if (key !== undefined) {
      for (let i = header + 1; i <= header + count; i++) if (e[i * STRIDE + KEY] === key) found = i;
    }
    if (found >= 0) return found;
    for (let i = header + 1; i <= header + count; i++) {
      if ((e[i * STRIDE + META]! & 15) !== MERGE) continue;
      const p = this.findPair(this.child(i), key, depth + 1);
      if (p >= 0) return p;
    }
    return -1;
  }

  /** Resolves a JSON path as `nodeAt` does; stops at the deepest node that exists. */
  nodeAt(path: JsonPath): IndexedNodeAt {
    let node = this.root;
    let key = -1;
    let matched = 0;
    for (const step of path) {
      if (this.type(node) === ALIAS) node = this.child(node);
      const t = this.type(node);
      if (typeof step === 'number' && t === SEQ) {
        const header = this.child(node);
        if (!Number.isInteger(step) || step < 0 || step >= this.e[header * STRIDE]!) break;
        node = header + 1 + step;
        key = -1;
      } else if (t === MAP) {
        const pair = this.findPair(this.child(node), this.keys.find(String(step)), 0);
        if (pair < 0) break;
        key = pair;
        node = pair;
      } else break;
      matched++;
    }
    return { node: this.type(node) === NONE ? -1 : node, key, matched };
  }
}

class Builder {
  readonly out: number[] = [];
  /** Header entries of the collections indexed so far. */
  private readonly headers = new Map<YamlNode, number>();
  /** The latest node of each anchor, in document order (as `resolveAlias` finds them). */
  private readonly anchors = new Map<string, YamlNode>();
  /** Children to fill in once their collection is indexed: [entry, collection]. */
  private readonly pending: [number, YamlNode][] = [];

  constructor(
    private readonly keys: KeyTable,
    private readonly keyString: (k: unknown) => string,
    private readonly isMergeKey: (k: unknown) => boolean,
  ) {}

  root(contents: YamlNode | null): number {
    const v = this.value(contents);
    const root = this.push(-1, -1, v, -1);
    for (const [entry, node] of this.pending) {
      const header = this.headers.get(node);
      if (header !== undefined) this.out[entry * STRIDE + META] = (this.out[entry * STRIDE + META]! & 15) | ((header + 1) << 4);
    }
    return root;
  }

  private push(k0: number, k1: number, v: Value, keyId: number): number {
    const i = this.out.length / STRIDE;
    this.out.push(k0, k1, v.start, v.end, v.type | ((v.child + 1) << 4), keyId);
    if (v.wait) this.pending.push([i, v.wait]);
    return i;
  }

  /** Records anchors inside a node without indexing it (mapping keys that are collections). */
  private anchorsIn(node: unknown): void {
    if (!node || typeof node !== 'object') return;
    if (isAlias(node)) return;
    const n = node as YamlNode;
    if (n.anchor) this.anchors.set(n.anchor, n);
    if (isMap(node)) for (const p of node.items) (this.anchorsIn(p.key), this.anchorsIn(p.value));
    else if (isSeq(node)) for (const x of node.items) this.anchorsIn(x);
  }

  /** Indexes a node (its collection entries first) and describes it for the entry that holds it. */
  private value(node: unknown): Value {
    if (node === null || node === undefined || typeof node !== 'object') return { type: NONE, start: -1, end: -1, child: -1, wait: undefined };
    const n = node as YamlNode;
    const start = n.range ? n.range[0] : -1;
    const end = n.range ? n.range[1] : -1;
    if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      if (!target) return { type: ALIAS, start, end, child: -1, wait: undefined };
      // The node the alias points to, described once more (aliases are rare).
      const t = this.describe(target);
      const child = this.push(-1, -1, t, -1);
      return { type: ALIAS, start, end, child, wait: undefined };
    }
    if (n.anchor) this.anchors.set(n.anchor, n);
    if (isScalar(node)) return { type: SCALAR_TYPES[node.type ?? ''] ?? SCALAR, start, end, child: -1, wait: undefined };
    if (isMap(node)) {
      const rows: [number, number, Value, number][] = [];
      const merges: Value[] = [];
      for (const pair of node.items as Pair[]) {
        const k = pair.key as YamlNode | null;
        if (this.isMergeKey(k)) {
          // The sources of a merge key, in order; the value itself is never at the end of a path.
          const m = pair.value as YamlNode | null;
          const seq = isSeq(m);
          if (seq && m.anchor) this.anchors.set(m.anchor, m);
          for (const s of seq ? m.items : [m]) {
            let target: unknown = s;
            if (isAlias(s)) target = this.anchors.get(s.source);
            else this.value(s);
            if (isMap(target)) merges.push({ ...this.describe(target as YamlNode), type: MERGE });
          }
          continue;
        }
        this.anchorsIn(k);
        const kr = k && typeof k === 'object' && k.range ? k.range : undefined;
        const keyId = this.keys.id(this.keyString(k));
        rows.push([kr ? kr[0] : -1, kr ? kr[1] : -1, this.value(pair.value), keyId]);
      }
      const header = this.push(rows.length + merges.length, 0, { type: MAP, start: 0, end: 0, child: -1, wait: undefined }, -1);
      for (const [k0, k1, v, keyId] of rows) this.push(k0, k1, v, keyId);
      for (const m of merges) this.push(-1, -1, m, -1);
      this.headers.set(n, header);
      return { type: MAP, start, end, child: header, wait: undefined };
    }
    if (isSeq(node)) {
      const items = node.items.map((x) => this.value(x));
      const header = this.push(items.length, 0, { type: SEQ, start: 0, end: 0, child: -1, wait: undefined }, -1);
      for (const v of items) this.push(-1, -1, v, -1);
      this.headers.set(n, header);
      return { type: SEQ, start, end, child: header, wait: undefined };
    }
    return { type: NONE, start: -1, end: -1, child: -1, wait: undefined };
  }

  /** Describes a node already walked (an alias target): its collection header, now or once indexed. */
  private describe(n: YamlNode): Value {
    const start = n.range ? n.range[0] : -1;
    const end = n.range ? n.range[1] : -1;
    if (isScalar(n)) return { type: SCALAR_TYPES[n.type ?? ''] ?? SCALAR, start, end, child: -1, wait: undefined };
    const type = isMap(n) ? MAP : isSeq(n) ? SEQ : NONE;
    const header = this.headers.get(n);
    return { type, start, end, child: header ?? -1, wait: header === undefined && type !== NONE ? n : undefined };
  }
}

interface Value {
  type: number;
  start: number;
  end: number;
  child: number;
  /** The collection whose header becomes `child` once it is indexed (an alias inside its own anchor). */
  wait: YamlNode | undefined;
}
