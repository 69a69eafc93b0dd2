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
    return new PositionIndex(b.result(), root, keys);
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

/**
 * Walks a document once, in document order (anchors are found as `resolveAlias` finds them). A
 * collection reserves its header and its entries before its children are walked, so that its entries
 * are contiguous and its header is known to aliases inside it.
 */
class Builder {
  private e = new Int32Array(STRIDE * 256);
  private n = 0;
  /** Header entries of the anchored collections (the only ones an alias or merge key can name). */
  private readonly headers = new Map<YamlNode, number>();
  /** The latest node of each anchor, in document order. */
  private readonly anchors = new Map<string, YamlNode>();

  constructor(
    private readonly keys: KeyTable,
    private readonly keyString: (k: unknown) => string,
    private readonly isMergeKey: (k: unknown) => boolean,
  ) {}

  result(): Int32Array {
    return this.e.slice(0, this.n * STRIDE);
  }

  root(contents: YamlNode | null): number {
    const r = this.reserve(1);
    this.fill(r, contents);
    return r;
  }

  /** Reserves entries (no key, no value yet) and returns the first. */
  private reserve(count: number): number {
    const first = this.n;
    this.n += count;
    if (this.n * STRIDE > this.e.length) {
      const e = new Int32Array(Math.max(this.e.length * 2, this.n * STRIDE));
      e.set(this.e);
      this.e = e;
    }
    const e = this.e;
    for (let i = first; i < this.n; i++) {
      const o = i * STRIDE;
      e[o + K0] = -1;
      e[o + K1] = -1;
      e[o + V0] = -1;
      e[o + V1] = -1;
      e[o + META] = NONE;
      e[o + KEY] = -1;
    }
    return first;
  }

  private setValue(i: number, type: number, node: YamlNode, child: number): void {
    const o = i * STRIDE;
    if (node.range) {
      this.e[o + V0] = node.range[0];
      this.e[o + V1] = node.range[1];
    }
    this.e[o + META] = type | ((child + 1) << 4);
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

  /** Writes a node into entry `i`, indexing its collection in entries reserved after those so far. */
  private fill(i: number, node: unknown): void {
    if (node === null || node === undefined || typeof node !== 'object') return;
    const n = node as YamlNode;
    if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      let child = -1;
      if (target) {
        // The node the alias points to, described once more (aliases are rare).
        child = this.reserve(1);
        this.describe(child, target);
      }
      this.setValue(i, ALIAS, n, child);
      return;
    }
    if (n.anchor) this.anchors.set(n.anchor, n);
    if (isScalar(node)) {
      this.setValue(i, SCALAR_TYPES[node.type ?? ''] ?? SCALAR, n, -1);
      return;
    }
    if (isMap(node)) {
      const pairs = node.items as Pair[];
      let own = 0;
      let sources = 0;
      for (const pair of pairs) {
        if (!this.isMergeKey(pair.key)) own++;
        else sources += isSeq(pair.value) ? pair.value.items.length : 1;
      }
      const header = this.reserve(1 + own + sources);
      this.e[header * STRIDE] = own + sources;
      this.e[header * STRIDE + META] = MAP;
      if (n.anchor) this.headers.set(n, header);
      this.setValue(i, MAP, n, header);
      let at = header + 1;
      let merge = header + 1 + own;
      for (const pair of pairs) {
        const k = pair.key as YamlNode | null;
        if (this.isMergeKey(k)) {
          // The sources of a merge key, in order, after the pairs (the value itself is never at the end
          // of a path); a source that is not a mapping stays an empty entry.
          const m = pair.value as YamlNode | null;
          const seq = isSeq(m);
          if (seq && m.anchor) this.anchors.set(m.anchor, m);
          for (const s of seq ? m.items : [m]) {
            const slot = merge++;
            if (isAlias(s)) {
              const target = this.anchors.get(s.source);
              if (isMap(target)) this.describe(slot, target);
            } else if (isMap(s)) this.fill(slot, s);
            else this.anchorsIn(s);
            const o = slot * STRIDE + META;
            if ((this.e[o]! & 15) === MAP) this.e[o] = (this.e[o]! & ~15) | MERGE;
            else this.e[o] = NONE;
          }
          continue;
        }
        this.anchorsIn(k);
        const o = at * STRIDE;
        if (k && typeof k === 'object' && k.range) {
          this.e[o + K0] = k.range[0];
          this.e[o + K1] = k.range[1];
        }
        this.e[o + KEY] = this.keys.id(this.keyString(k));
        this.fill(at++, pair.value);
      }
      return;
    }
    if (isSeq(node)) {
      const items = node.items;
      const header = this.reserve(1 + items.length);
      this.e[header * STRIDE] = items.length;
      this.e[header * STRIDE + META] = SEQ;
      if (n.anchor) this.headers.set(n, header);
      this.setValue(i, SEQ, n, header);
      for (let k = 0; k < items.length; k++) this.fill(header + 1 + k, items[k]);
    }
  }

  /** Writes a node already reached (an alias target) into entry `i`: its range, kind and header. */
  private describe(i: number, n: YamlNode): void {
    if (isScalar(n)) this.setValue(i, SCALAR_TYPES[n.type ?? ''] ?? SCALAR, n, -1);
    else if (isMap(n)) this.setValue(i, MAP, n, this.headers.get(n) ?? -1);
    else if (isSeq(n)) this.setValue(i, SEQ, n, this.headers.get(n) ?? -1);
  }
}
