/**
 * The one way saguard writes its reports. Inside a checked-out tree every name may have been put
 * there by a pull request: a `saguard.sarif` committed as a symbolic link to `~/.bashrc`, or a
 * parent folder of `sarif-file` linked to another job's files, must not make the Action write
 * there. So, within `root`: no folder on the way may be a symbolic link (refused), the data goes
 * to a new temporary file opened exclusively beside the target, which is then renamed over it (a
 * link at the target is replaced, never written through). Without `root` (the CLI, writing where
 * its user asked) only the temporary file and the rename remain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { isInside } from './read.js';

/** The file cannot be written where it was asked to be: a one-line reason, for a configuration error. */
export class WriteError extends Error {}

const reason = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Creates the folders of `dir` below `root` one by one, refusing any that is a link or not a folder. */
function folders(dir: string, root: string, shown: (p: string) => string): void {
  const parts = path.relative(root, dir).split(path.sep).filter((p) => p !== '');
  let at = root;
  for (const part of parts) {
    at = path.join(at, part);
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(at);
    } catch {
      try {
        fs.mkdirSync(at);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteError(`cannot create the folder ${shown(at)} (${reason(e)})`);
      }
      st = fs.lstatSync(at);
    }
    if (st.isSymbolicLink()) throw new WriteError(`${shown(at)} is a symbolic link; saguard does not write through links in the workspace`);
    if (!st.isDirectory()) throw new WriteError(`${shown(at)} is not a folder`);
  }
}

export interface WriteOptions {
  /** The tree the file must be in (the workspace, or the runner's temporary folder). */
  root?: string;
  /** How messages name `root` (default: the workspace). */
  rootName?: string;
}

/** A new file being written: `fd` is a temporary file beside the target until `commit` renames it. */
export interface SafeFile {
  fd: number;
  /** Closes the file and renames it over the target. */
  commit(): void;
  /** Closes and removes the temporary file; the target is left as it was. */
  abort(): void;
}

/** Opens a new temporary file for `file`, as described above (folders checked, opened exclusively). */
export function createSafely(file: string, opts: WriteOptions = {}): SafeFile {
  const abs = path.resolve(file);
  const shown = (p: string): string => (opts.root ? path.relative(opts.root, p).split(path.sep).join('/') || '.' : p);
  const dir = path.dirname(abs);
  if (opts.root) {
    if (!isInside(abs, opts.root) || abs === opts.root) throw new WriteError(`${file} is outside ${opts.rootName ?? 'the workspace'}`);
    folders(dir, opts.root, shown);
  } else {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new WriteError(`cannot create the folder ${dir} (${reason(e)})`);
    }
  }
  try {
    if (fs.lstatSync(abs).isDirectory()) throw new WriteError(`${shown(abs)} is a folder`);
  } catch (e) {
    if (e instanceof WriteError) throw e;
    // absent: created by the rename
  }
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o644);
  } catch (e) {
    throw new WriteError(`cannot write in ${shown(dir)} (${reason(e)})`);
  }
  let open = true;
  const close = (): void => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  const abort = (): void => {
    try {
      close();
    } finally {
      try {
        fs.unlinkSync(tmp);
      } catch {
        // already gone
      }
    }
  };
  return {
    fd,
    commit() {
      try {
        close();
        fs.renameSync(tmp, abs);
      } catch (e) {
        abort();
        throw new WriteError(`cannot write ${shown(abs)} (${reason(e)})`);
      }
    },
    abort,
  };
}

/** Writes `data` to `file` in one go, as described above. */
export function writeFileSafely(file: string, data: string | Uint8Array, opts: WriteOptions = {}): void {
  const out = createSafely(file, opts);
  try {
    fs.writeFileSync(out.fd, data);
  } catch (e) {
    out.abort();
    throw new WriteError(`cannot write ${file} (${reason(e)})`);
  }
  out.commit();
}
