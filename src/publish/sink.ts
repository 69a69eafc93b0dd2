/** Files written piece by piece as a report is made, so that no string of the whole report is needed. */
import fs from 'node:fs';
import path from 'node:path';

export interface Sink {
  write(chunk: string): void;
  /** Flushes and closes; the file is complete after it. */
  close(): void;
}

/** A file (created with its directory, replaced if it exists) written in chunks of about a megabyte. */
export function fileSink(file: string): Sink {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    fs.writeSync(fd, pending.join(''));
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
      try {
        flush();
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/** Writes a report to a file through `emit`, closing the file whatever happens. */
export function writeFileWith<T>(file: string, emit: (write: (chunk: string) => void) => T): T {
  const sink = fileSink(file);
  try {
    return emit((c) => sink.write(c));
  } finally {
    sink.close();
  }
}
