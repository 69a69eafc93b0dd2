/**
 * GitHub's `primaryLocationLineHash`: the rolling hash that `github/codeql-action`
 * (`src/fingerprints.ts`) computes over a file, so that alerts survive lines moving. For every line
 * it hashes the next 100 characters that are not spaces or tabs (CRLF and CR count as LF),
 * formats the 64-bit value in hex, and appends `:N`, N counting earlier lines with the same hash.
 *
 * The 64-bit arithmetic is done on two 32-bit halves held in doubles (every intermediate product
 * stays below 2^53), the `:N` counts in an open-addressing table, and a hash string is only made for
 * the lines asked for; hashing stops after the last of them.
 */
const BLOCK_SIZE = 100;
const MOD = 37;
const TAB = 9;
const SPACE = 32;
const LF = 10;
const CR = 13;
const EOF = 65535;
const TWO32 = 4294967296;

/** 37^100 mod 2^64, as high and low 32-bit halves. */
const [FIRST_HI, FIRST_LO] = (() => {
  let hi = 0;
  let lo = 1;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const l = lo * MOD;
    const carry = Math.floor(l / TWO32);
    lo = l - carry * TWO32;
    hi = (hi * MOD + carry) % TWO32;
  }
  return [hi, lo];
})();

const hex = (hi: number, lo: number): string => (hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0'));

/** Counts of 64-bit values (two uint32 halves), open addressing with linear probing. */
class Counts {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private n = new Uint32Array(1024);
  private size = 0;

  /** Adds one to the value's count and returns the new count. */
  bump(hi: number, lo: number): number {
    if (this.size * 2 >= this.n.length) this.grow();
    const mask = this.n.length - 1;
    let i = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
    while (this.n[i] !== 0) {
      if (this.hi[i] === hi && this.lo[i] === lo) return ++this.n[i]!;
      i = (i + 1) & mask;
    }
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.n[i] = 1;
    this.size++;
    return 1;
  }

  private grow(): void {
    const { hi, lo, n } = this;
    this.hi = new Uint32Array(n.length * 2);
    this.lo = new Uint32Array(n.length * 2);
    this.n = new Uint32Array(n.length * 2);
    const mask = this.n.length - 1;
    for (let j = 0; j < n.length; j++) {
      if (n[j] === 0) continue;
      let i = (Math.imul(lo[j]! ^ Math.imul(hi[j]!, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
      while (this.n[i] !== 0) i = (i + 1) & mask;
      this.hi[i] = hi[j]!;
      this.lo[i] = lo[j]!;
      this.n[i] = n[j]!;
    }
  }
}

/**
 * Hashes of the lines of `text`, indexed by 1-based line number: every line, or only those in
 * `wanted` (which saves the strings, and the rest of the file after the last one).
 */
export function lineHashes(text: string, wanted?: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  let last = Infinity;
  if (wanted) {
    last = 0;
    for (const l of wanted) if (l > last) last = l;
    if (last === 0) return out;
  }
  // One loop with its state in locals (closures over it were three times slower): the characters of
  // the text, then EOF, then BLOCK_SIZE zeros that flush the last lines' hashes.
  const window = new Uint16Array(BLOCK_SIZE);
  const lineNumbers = new Int32Array(BLOCK_SIZE).fill(-1);
  const counts = new Counts();
  const n = text.length;
  let hi = 0;
  let lo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  for (let i = 0, end = n + 1 + BLOCK_SIZE; i < end; i++) {
    let current = 0;
    if (i < n) {
      current = text.charCodeAt(i);
      if (current === SPACE || current === TAB || (prevCR && current === LF)) {
        prevCR = false;
        continue;
      }
      if (current === CR) {
        current = LF;
        prevCR = true;
      } else prevCR = false;
    } else if (i === n) {
      current = EOF;
      prevCR = false;
    }
    const line = lineNumbers[index]!;
    if (line !== -1) {
      const count = counts.bump(hi, lo);
      if (!wanted || wanted.has(line)) out.set(line, `${hex(hi, lo)}:${count}`);
      lineNumbers[index] = -1;
      if (line >= last) return out;
    }
    if (i <= n) {
      if (lineStart) {
        lineStart = false;
        lineNumbers[index] = ++lineNumber;
      }
      if (current === LF) lineStart = true;
    }
    // hash = 37 * hash + current - 37^100 * begin (mod 2^64), on 32-bit halves held in doubles
    // (every intermediate value is an integer below 2^53; `>>> 0` takes it modulo 2^32).
    const begin = window[index]!;
    window[index] = current;
    let l = lo * MOD + current;
    const low = l >>> 0;
    let h = hi * MOD + (l - low) / TWO32;
    const pl = begin * FIRST_LO;
    const plLow = pl >>> 0;
    l = low - plLow;
    h -= begin * FIRST_HI + (pl - plLow) / TWO32;
    if (l < 0) {
      l += TWO32;
      h -= 1;
    }
    lo = l;
    hi = h >>> 0;
    index = index + 1 === BLOCK_SIZE ? 0 : index + 1;
  }
  return out;
}
