/**
 * The line hashes (GitHub's primaryLocationLineHash) without BigInt give exactly what the BigInt
 * transcription of github/codeql-action's algorithm gives, on every line of every kind of text.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineHashes } from '../../src/report/fingerprint.js';
import { readTree } from '../support/corpus.js';

/** The reference: codeql-action's `hash` (src/fingerprints.ts) with BigInt for its 64-bit Long. */
function reference(text: string): Map<number, string> {
  const BLOCK_SIZE = 100;
  const MOD = 37n;
  const MASK = (1n << 64n) - 1n;
  let firstMod = 1n;
  for (let i = 0; i < BLOCK_SIZE; i++) firstMod = (firstMod * MOD) & MASK;
  const out = new Map<number, string>();
  const window = new Array<number>(BLOCK_SIZE).fill(0);
  const lineNumbers = new Array<number>(BLOCK_SIZE).fill(-1);
  const counts = new Map<string, number>();
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  const outputHash = (): void => {
    const value = hash.toString(16);
    const n = (counts.get(value) ?? 0) + 1;
    counts.set(value, n);
    out.set(lineNumbers[index]!, `${value}:${n}`);
    lineNumbers[index] = -1;
  };
  const update = (current: number): void => {
    const begin = window[index]!;
    window[index] = current;
    hash = (MOD * hash + BigInt(current) - firstMod * BigInt(begin)) & MASK;
    index = (index + 1) % BLOCK_SIZE;
  };
  const step = (c: number): void => {
    let current = c;
    if (current === 32 || current === 9 || (prevCR && current === 10)) {
      prevCR = false;
      return;
    }
    if (current === 13) {
      current = 10;
      prevCR = true;
    } else prevCR = false;
    if (lineNumbers[index] !== -1) outputHash();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (current === 10) lineStart = true;
    update(current);
  };
  for (let i = 0; i < text.length; i++) step(text.charCodeAt(i));
  step(65535);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1) outputHash();
    update(0);
  }
  return out;
}

/** Seeded texts of every awkward kind: CR, CRLF, tabs, blank and long lines, non-ASCII, repeats. */
function texts(): string[] {
  let seed = 12345;
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const pieces = ['a', 'key: value', '  - item', '\t', ' ', '\r', '\n', '\r\n', 'é', '日本', '😀', '{', '"quoted"', 'x'.repeat(150), '', '\uffff', '\u0000'];
  const out = ['', '\n', 'a', 'a\n', '\r\r\r', 'x\n'.repeat(300), 'same\n'.repeat(50) + 'other\n' + 'same\n'.repeat(50)];
  for (let t = 0; t < 60; t++) {
    let s = '';
    for (let i = 0, n = Math.floor(rnd() * 400); i < n; i++) s += pieces[Math.floor(rnd() * pieces.length)];
    out.push(s);
  }
  return out;
}

describe('line hashes', () => {
  it('equal the BigInt reference on generated texts', () => {
    for (const t of texts()) expect(lineHashes(t)).toEqual(reference(t));
  });

  it('equal the BigInt reference on every line of the real corpus and the fixtures', () => {
    const root = path.resolve(__dirname, '..', '..');
    const files = [...readTree(path.resolve(root, '..', 'shared', 'corpus', 'real')), ...readTree(path.join(root, 'fixtures'))];
    let lines = 0;
    for (const f of files) {
      const want = reference(f.text);
      expect(lineHashes(f.text), f.path).toEqual(want);
      lines += want.size;
    }
    expect(lines).toBeGreaterThan(100_000);
  });

  it('give only the lines asked for, the same values as for the whole file', () => {
    for (const t of texts().filter((x) => x.length > 200)) {
      const all = reference(t);
      const wanted = new Set([...all.keys()].filter((l) => l % 3 === 1));
      wanted.add(all.size + 5); // a line the text does not have
      const got = lineHashes(t, wanted);
      expect([...got.keys()].sort((a, b) => a - b)).toEqual([...wanted].filter((l) => all.has(l)).sort((a, b) => a - b));
      for (const [l, h] of got) expect(h).toBe(all.get(l));
    }
    expect(lineHashes('a\nb\n', new Set())).toEqual(new Map());
  });
});
