/**
 * Files written piece by piece as a report is made, so that no string of the whole report is
 * needed, through the one safe writer (`write.ts`): a temporary file renamed into place when the
 * report is complete, never written through a link.
 */
import fs from 'node:fs';
import { createSafely, WriteError, type WriteOptions } from './write.js';

export interface Sink {
  write(chunk: string): void;
  /** Flushes and puts the file in place; it is complete after it. */
  close(): void;
  /** Drops what was written; the target is left as it was. */
  abort(): void;
}

/** A file (created with its directory, replaced if it exists) written in chunks of about a megabyte. */
export function fileSink(file: string, opts: WriteOptions = {}): Sink {
  const out = createSafely(file, opts);
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    try {
      fs.writeSync(out.fd, pending.join(''));
    } catch (e) {
      out.abort();
      throw new WriteError(`cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    pending = [];
    size = 0;
  };
  return {
    write(chunk) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) flush();
    },
    close() {
      flush();
      out.commit();
    },
    abort: () => out.abort(),
  };
}

/** Writes a report to a file through `emit`: in place when `emit` completes, nothing when it throws. */
export function writeFileWith<T>(file: string, emit: (write: (chunk: string) => void) => T, opts: WriteOptions = {}): T {
  const sink = fileSink(file, opts);
  let result: T;
  try {
    result = emit((c) => sink.write(c));
  } catch (e) {
    sink.abort();
    throw e;
  }
  sink.close();
  return result;
}
