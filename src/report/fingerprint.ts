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
  const window = new Uint16Array(BLOCK_SIZE);
  const lineNumbers = new Int32Array(BLOCK_SIZE).fill(-1);
  const counts = new Counts();
  let hi = 0;
  let lo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  let done = false;

  const outputHash = (): void => {
    const line = lineNumbers[index]!;
    const n = counts.bump(hi, lo);
    if (!wanted || wanted.has(line)) out.set(line, `${hex(hi, lo)}:${n}`);
    lineNumbers[index] = -1;
    if (line >= last) done = true;
  };
  // hash = 37 * hash + current - 37^100 * begin (mod 2^64)
  const update = (current: number): void => {
    const begin = window[index]!;
    window[index] = current;
    let l = lo * MOD + current;
    let carry = Math.floor(l / TWO32);
    l -= carry * TWO32;
    let h = hi * MOD + carry;
    const pl = begin * FIRST_LO;
    const pc = Math.floor(pl / TWO32);
    l -= pl - pc * TWO32;
    h -= begin * FIRST_HI + pc;
    if (l < 0) {
      l += TWO32;
      h -= 1;
    }
    carry = Math.floor(h / TWO32);
    hi = h - carry * TWO32;
    lo = l;
    index = index + 1 === BLOCK_SIZE ? 0 : index + 1;
  };
  const step = (c: number): void => {
    let current = c;
    if (current === SPACE || current === TAB || (prevCR && current === LF)) {
      prevCR = false;
      return;
    }
    if (current === CR) {
      current = LF;
      prevCR = true;
    } else prevCR = false;
    if (lineNumbers[index] !== -1) outputHash();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (current === LF) lineStart = true;
    update(current);
  };
  for (let i = 0; i < text.length && !done; i++) step(text.charCodeAt(i));
  if (done) return out;
  step(EOF);
  for (let i = 0; i < BLOCK_SIZE && !done; i++) {
    if (lineNumbers[index] !== -1) outputHash();
    update(0);
  }
  return out;
}
