/**
 * Scans keep a compact position index instead of the yaml Documents. These tests hold every position
 * question (`locate`, `locateKey`, `locateInScalar`, `sourceOf`, `has`) to the answer the Document
 * itself gives through `nodeAt`, on every path of every document of the fixtures, the examples, the
 * real corpus, a synthetic monorepo and documents written to be awkward (aliases, merge keys,
 * duplicate keys, complex keys, recursion); and they check that the Documents are really gone.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlias, isCollection, isMap, isScalar, isSeq, visit, type Document } from 'yaml';
import { loadSources, type LoadedDocument } from '../../src/load/load.js';
import { isMergeKey, keyString, nodeAt, resolveAlias } from '../../src/load/yaml.js';
import type { JsonPath, Region } from '../../src/model/types.js';
import { readTree } from '../support/corpus.js';
import { synthetic } from '../support/synth.js';

const ROOT = path.resolve(__dirname, '..', '..');

// ---- the answers as the Document gives them (the code the index replaced) ----

const reference = {
  locate(d: LoadedDocument, doc: Document.Parsed, p: JsonPath): Region {
    const { node, key } = nodeAt(doc, p);
    if (node && (isScalar(node) || isAlias(node)) && node.range) return d.regionOf(node.range[0], node.range[1]);
    if (key?.range) return d.regionOf(key.range[0], key.range[1]);
    if (node?.range) {
      if (isCollection(node)) return d.lines.firstLineRegion(d.offset + node.range[0], d.offset + node.range[1]);
      return d.regionOf(node.range[0], node.range[1]);
    }
    return d.lines.region(d.offset, d.offset + 1);
  },
  locateKey(d: LoadedDocument, doc: Document.Parsed, p: JsonPath): Region {
    const { key, matched } = nodeAt(doc, p);
    if (key?.range && matched === p.length) return d.regionOf(key.range[0], key.range[1]);
    return reference.locate(d, doc, p);
  },
  locateInScalar(d: LoadedDocument, doc: Document.Parsed, p: JsonPath, offset: number): Region {
    const whole = reference.locate(d, doc, p);
    const { node, matched } = nodeAt(doc, p);
    if (matched !== p.length || !node || !isScalar(node) || !node.range) return whole;
    const [start, end] = node.range;
    const raw = d.lines.text.slice(d.offset + start, d.offset + end);
    if (raw.includes('\n')) return whole;
    let at: number;
    if (node.type === 'PLAIN') at = start + offset;
    else if (node.type === 'QUOTE_DOUBLE' && !raw.includes('\\')) at = start + 1 + offset;
    else if (node.type === 'QUOTE_SINGLE' && !raw.slice(1, -1).includes("''")) at = start + 1 + offset;
    else return whole;
    if (at >= end) at = Math.max(start, end - 1);
    return d.regionOf(at, at + 1);
  },
  sourceOf(doc: Document.Parsed, p: JsonPath): string | undefined {
    const { node, matched } = nodeAt(doc, p);
    if (matched !== p.length || !node || !isScalar(node)) return undefined;
    return node.source ?? undefined;
  },
  has(doc: Document.Parsed, p: JsonPath): boolean {
    return nodeAt(doc, p).matched === p.length;
  },
};

/**
 * Every path of a document, as written (keys of merged mappings included, aliases followed a few
 * levels), and paths just beside them that do not exist.
 */
function pathsOf(doc: Document.Parsed, limit: number): JsonPath[] {
  const out: JsonPath[] = [[], ['nothing-here'], [0], [0, 'x']];
  const walk = (n: unknown, p: JsonPath, depth: number): void => {
    if (out.length >= limit || depth > 12) return;
    if (isAlias(n)) {
      const target = resolveAlias(doc, n);
      if (target) walk(target, p, depth + 1);
      return;
    }
    if (isSeq(n)) {
      n.items.forEach((x, i) => {
        out.push([...p, i], [...p, i, 'nothing-here'], [...p, i, 0]);
        walk(x, [...p, i], depth + 1);
      });
    } else if (isMap(n)) {
      for (const pair of n.items) {
        if (isMergeKey(pair.key)) {
          for (const s of isSeq(pair.value) ? pair.value.items : [pair.value]) walk(s, p, depth + 1);
          continue;
        }
        const k = keyString(pair.key);
        out.push([...p, k], [...p, k, 'nothing-here'], [...p, k, 0], [...p, k, 7, 'x']);
        walk(pair.value, [...p, k], depth + 1);
      }
    }
  };
  walk(doc.contents, [], 0);
  return out;
}

/** Compares every answer of the index with the Document's on the documents of some files. */
function compare(files: { path: string; text: string }[], perDocument = Infinity): number {
  const load = loadSources(files, { namespace: 'default', keepDocuments: true });
  let asked = 0;
  for (const d of load.documents) {
    const doc = d.doc;
    if (!doc) {
      expect(d.positions).toBeUndefined();
      continue;
    }
    expect(d.positions, `${d.file} #${d.index}`).toBeDefined();
    const got: unknown[] = [];
    const want: unknown[] = [];
    for (const p of pathsOf(doc, perDocument)) {
      const offsets = [0, 2, 40];
      got.push([p, d.locate(p), d.locateKey(p), ...offsets.map((o) => d.locateInScalar(p, o)), d.sourceOf(p), d.has(p)]);
      want.push([
        p,
        reference.locate(d, doc, p),
        reference.locateKey(d, doc, p),
        ...offsets.map((o) => reference.locateInScalar(d, doc, p, o)),
        reference.sourceOf(doc, p),
        reference.has(doc, p),
      ]);
      asked++;
    }
    expect(got, `${d.file} #${d.index}`).toEqual(want);
  }
  return asked;
}

const AWKWARD = `base: &b { a: 1, b: [x, "y"], 'c': it''s }
m:
  <<: *b
  a: 2
  a: 3
  q: "esc\\"aped"
seq: &s [1, { k: v }, [deep, er]]
alias-of-seq: *s
alias-of-scalar: &sc plain words
again: *sc
multi:
  <<: [*b, { c: 1, z: &inner { w: 1 } }, *inner]
  own: yes
empty:
"quoted key": 'single ''quoted'''
? complex
: value
? [a, b]
: flow key
folded: >
  folded
  text
literal: |
  literal
  text
multiline plain: one
  two
123: numeric key
null: null key
~: tilde key
true: bool key
dup: 1
dup: { x: 1 }
<<: { merged-at-root: 1 }
list:
  - &item { name: a }
  - *item
  - <<: *item
    extra: 1
  -
  - - nested
---
rec: &r
  - *r
  - plain
---
&top { a: *top }
---
plain scalar document
---
- a
- { b: c }
---
unknown: *nowhere
---
bad: [unclosed
`;

describe('the position index', () => {
  it('answers as the Document on awkward documents', () => {
    expect(compare([{ path: 'awkward.yaml', text: AWKWARD }])).toBeGreaterThan(200);
  });

  it.each([
    ['fixtures', () => readTree(path.join(ROOT, 'fixtures')).map((f) => ({ ...f, path: `fixtures/${f.path}` }))],
    ['examples', () => readTree(path.join(ROOT, 'examples'))],
    ['the real corpus', () => readTree(path.resolve(ROOT, '..', 'shared', 'corpus', 'real'))],
    ['a synthetic monorepo', () => synthetic(150, 11).files],
  ])(
    'answers as the Document on every path of %s',
    (_, files) => {
      expect(compare(files(), 250)).toBeGreaterThan(500);
    },
    120_000,
  );

  it('is all a scan keeps: no Documents, a few bytes per node', () => {
    const files = synthetic(400, 3).files;
    const load = loadSources(files, { namespace: 'default' });
    expect(load.documents.length).toBeGreaterThan(100);
    let bytes = 0;
    let nodes = 0;
    for (const d of load.documents) {
      expect(d.doc).toBeUndefined();
      bytes += d.positions!.bytes;
    }
    const kept = loadSources(files, { namespace: 'default', keepDocuments: true });
    for (const d of kept.documents) visit(d.doc!, { Node: () => void nodes++ });
    // Six int32 per node, and a header per collection.
    expect(bytes / nodes).toBeLessThan(40);
  });
});
