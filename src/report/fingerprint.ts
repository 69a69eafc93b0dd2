/**
 * GitHub's `primaryLocationLineHash`: the rolling hash that `github/codeql-action`
 * (`src/fingerprints.ts`) computes over a file, so that alerts survive lines moving. For every line
 * it hashes the next 100 characters that are not spaces or tabs (CRLF and CR count as LF),
 * formats the 64-bit value in hex, and appends `:N`, N counting earlier lines with the same hash.
 */
const BLOCK_SIZE = 100;
const MOD = 37n;
const MASK = (1n << 64n) - 1n;
const TAB = 9;
const SPACE = 32;
const LF = 10;
const CR = 13;
const EOF = 65535;

function firstMod(): bigint {
  let m = 1n;
  for (let i = 0; i < BLOCK_SIZE; i++) m = (m * MOD) & MASK;
  return m;
}
const FIRST_MOD = firstMod();

/** Hashes of every line of `text`, indexed by 1-based line number. */
export function lineHashes(text: string): Map<number, string> {
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
    hash = (MOD * hash + BigInt(current) - FIRST_MOD * BigInt(begin)) & MASK;
    index = (index + 1) % BLOCK_SIZE;
  };
  const process = (c: number): void => {
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
  for (let i = 0; i < text.length; i++) process(text.charCodeAt(i));
  process(EOF);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1) outputHash();
    update(0);
  }
  return out;
}
