/**
 * The one place where manifest files are opened. Whatever a pull request commits (links to
 * `/etc/passwd` or `/dev/zero`, FIFOs, huge files, names that are not UTF-8), a file is read only
 * when its real path is inside the scan root, it is a regular file, and it is no larger than the
 * cap; reading itself stops at the cap. A file kubectl would apply but that is not read becomes an
 * `unscanned-input` finding, never a silent skip.
 *
 * Paths here are "byte strings": one character per byte (latin1), so that names which are not
 * UTF-8 survive every `path` function and reach the file system unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FSOption } from 'glob';
import type { Unread } from '../load/load.js';
import { decodeName, decodeText } from '../load/decode.js';

/** Files larger than this are not read (the API server itself refuses objects over 3 MiB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A byte string as the file system takes it. */
export const fsPath = (p: string): Buffer => Buffer.from(p, 'latin1');
/** A JavaScript (UTF-16) path as a byte string. */
export const toBytes = (p: string): string => Buffer.from(p, 'utf8').toString('latin1');
/** A byte string for people: UTF-8, with `\xNN` for bytes that are not. */
export const fromBytes = (p: string): string => decodeName(fsPath(p));
/** A byte string as a JavaScript path, for code that opens it with the ordinary `fs` functions. */
export const asPath = (p: string): string => fsPath(p).toString('utf8');

const DIRENTS = { withFileTypes: true, encoding: 'latin1' } as const;

/** `fs` for byte strings: for the directory walk and for `glob` (its `fs` option). */
export const byteFs = {
  lstatSync: (p: string) => fs.lstatSync(fsPath(p)),
  statSync: (p: string) => fs.statSync(fsPath(p)),
  readdirSync: (p: string) => fs.readdirSync(fsPath(p), DIRENTS),
  readdir: (p: string, _o: unknown, cb: (e: NodeJS.ErrnoException | null, d?: fs.Dirent[]) => void) => fs.readdir(fsPath(p), DIRENTS, cb),
  readlinkSync: (p: string) => fs.readlinkSync(fsPath(p), 'latin1'),
  /** The native realpath: the JavaScript one decodes the path as UTF-8 on the way. */
  realpathSync: (p: string) => fs.realpathSync.native(fsPath(p), 'latin1'),
  existsSync: (p: string) => fs.existsSync(fsPath(p)),
  promises: {
    lstat: (p: string) => fs.promises.lstat(fsPath(p)),
    readdir: (p: string) => fs.promises.readdir(fsPath(p), DIRENTS),
    readlink: (p: string) => fs.promises.readlink(fsPath(p), 'latin1'),
    realpath: (p: string) => fs.promises.realpath(fsPath(p), 'latin1'),
  },
} satisfies FSOption;

export const isInside = (child: string, parent: string): boolean => {
  const r = path.relative(parent, child);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
};

function kindOf(st: fs.Stats): string {
  if (st.isFIFO()) return 'FIFO';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  if (st.isSocket()) return 'socket';
  if (st.isDirectory()) return 'directory';
  return 'special file';
}

export type ReadResult =
  | { kind: 'text'; text: string }
  | { kind: 'unread'; unread: Unread }
  /** Errors the caller reports its own way (an explicit path is a usage error, a walked one a finding). */
  | { kind: 'error'; code: string };

/**
 * Reads a file whose real path is known (`real`, a byte string, already checked to be inside the
 * scan root): opened without blocking (a FIFO never hangs), checked to be a regular file after
 * opening (no race between check and read), and read up to `limit` bytes.
 */
export function readRegular(real: string, limit = MAX_FILE_BYTES): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(fsPath(real), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    return { kind: 'error', code: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { kind: 'unread', unread: { reason: 'not-regular', type: kindOf(st) } };
    if (st.size > limit) return { kind: 'unread', unread: { reason: 'too-large', size: st.size, limit } };
    // The size can change while reading (or lie, as in /proc): read at most one byte past the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(st.size + 1, 64 * 1024)));
    for (;;) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, limit + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
      total += n;
      if (total > limit) return { kind: 'unread', unread: { reason: 'too-large', size: total, limit } };
    }
    return { kind: 'text', text: decodeText(Buffer.concat(chunks, total)) };
  } catch (e) {
    return { kind: 'error', code: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  } finally {
    fs.closeSync(fd);
  }
}

/** Standard input, read up to the cap and decoded like a file. */
export async function readStream(stream: AsyncIterable<Buffer | string>, limit = MAX_FILE_BYTES): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    total += b.length;
    if (total > limit) return { kind: 'unread', unread: { reason: 'too-large', size: total, limit } };
    chunks.push(b);
  }
  return { kind: 'text', text: decodeText(Buffer.concat(chunks, total)) };
}

/**
 * The first symbolic link under `dir` whose target is outside `boundary` (both real paths), for
 * trees a tool other than saguard reads whole (`helm template` follows links in a chart).
 * Directory links are checked, not walked into. Names are handled as bytes.
 */
export function linkOutside(dir: string, boundary: string): { link: string; target: string } | undefined {
  const stack = [toBytes(dir)];
  const limit = toBytes(boundary);
  while (stack.length > 0) {
    const d = stack.pop()!;
    let entries: ReturnType<typeof byteFs.readdirSync>;
    try {
      entries = byteFs.readdirSync(d);
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = byteFs.realpathSync(p);
        } catch {
          continue; // a broken link reads nothing
        }
        if (!isInside(target, limit)) return { link: fromBytes(p), target: fromBytes(target) };
      } else if (e.isDirectory()) stack.push(p);
    }
  }
  return undefined;
}

export { decodeName };
