/**
 * Finding the manifests to read: files, directories (recursively, skipping `.git` and
 * `node_modules`), globs and `-` for standard input. Helm chart templates are not manifests.
 *
 * Input comes from pull requests. Every file is opened by one guard (`read.ts`): its real path
 * must be inside the scan root (the repository, or the workspace in the Action), it must be a
 * regular file, and it is read up to a size cap. Directory links are followed only inside the
 * directory being scanned, and never in loops. Names are handled as bytes, so a name that is not
 * UTF-8 is read like any other. A file kubectl would apply but that is not read is passed on as
 * unread, and becomes an `unscanned-input` finding.
 */
import path from 'node:path';
import { Minimatch } from 'minimatch';
import type { SourceFile, Unread } from '../load/load.js';
import { byteFs, fromBytes, isInside, MAX_FILE_BYTES, readRegular, toBytes } from './read.js';
import { KUSTOMIZATION_NAMES, readKustomization } from './render/kustomization-file.js';

export class InputError extends Error {}

export interface CollectOptions {
  cwd: string;
  /** Repository root: reported paths are relative to it when the file is inside. */
  root: string;
  readStdin?: () => Promise<string>;
  /**
   * The Action's workspace: every input must be inside it, else it is a configuration error, and
   * nothing outside it is read. Without it (the CLI), files are read inside the repository, and
   * an input outside the repository within itself.
   */
  confined?: string;
  /**
   * The Action with `checkout-path`: where inputs must be named, since reported paths are relative
   * to it (`name` says it in the error). Links inside it may still reach the rest of `confined`.
   */
  inputsWithin?: { path: string; name: string };
  /** Files larger than this are not read (default 64 MiB). */
  maxFileBytes?: number;
  /** Files not to read (`paths.exclude` of the configuration, saguard's own files), by reported path: the reason, or false. */
  excluded?: (file: string) => string | false;
}

export interface Collected {
  files: SourceFile[];
  /** Files passed over, with the reason (shown with `--verbose`). */
  skipped: { file: string; reason: string }[];
  /** Helm chart templates skipped in directory scans. */
  helmTemplates: number;
  /** Patch files of kustomizations, and files a kustomization does not list as resources, skipped in directory scans. */
  kustomizeFiles: number;
}

const MANIFEST_EXT = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const KUSTOMIZATION = new Set(KUSTOMIZATION_NAMES);

export function displayPath(abs: string, root: string, cwd: string): string {
  const inRoot = path.relative(root, abs);
  const rel = !inRoot.startsWith('..') && !path.isAbsolute(inRoot) ? inRoot : path.relative(cwd, abs);
  return rel.split(path.sep).join('/') || path.basename(abs);
}

/** True when the directory (or one above it, up to `stop`) holds a Chart.yaml and `file` is under its `templates/`. */
function isHelmTemplate(file: string, stop: string): boolean {
  let dir = path.dirname(file);
  while (isInside(dir, stop) || dir === stop) {
    if (path.basename(dir) === 'templates' && byteFs.existsSync(path.join(path.dirname(dir), 'Chart.yaml'))) return true;
    const up = path.dirname(dir);
    if (up === dir || !isInside(up, stop)) break;
    dir = up;
  }
  return false;
}

/** The directory part of a glob that holds no pattern characters (where matching starts). */
/** Whether a pattern has glob characters (glob's own test, without loading glob: it is loaded only to match). */
const hasMagic = (pattern: string, options: { windowsPathsNoEscape: boolean }): boolean => new Minimatch(pattern, options).hasMagic();

function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const p of parts) {
    if (hasMagic(p, { windowsPathsNoEscape: true })) break;
    fixed.push(p);
  }
  return fixed.length === parts.length ? path.dirname(pattern) : fixed.join('/') || '.';
}

const realOrSelf = (p: string): string => {
  try {
    return byteFs.realpathSync(p);
  } catch {
    return p;
  }
};

/** True when `a` is inside `d` by its name or by its real path (byte strings). */
const insideBytes = (a: string, d: string): boolean => isInside(a, d) || isInside(realOrSelf(a), realOrSelf(d));

/** True when `abs` is inside `dir` by its name or by its real path. */
export const namedInside = (abs: string, dir: string): boolean => insideBytes(toBytes(abs), toBytes(dir));

/** Where an input may be read: a real directory, and how messages name it. */
interface Boundary {
  real: string;
  name: string;
}

export async function collectFiles(inputs: readonly string[], options: CollectOptions): Promise<Collected> {
  const out: Collected = { files: [], skipped: [], helmTemplates: 0, kustomizeFiles: 0 };
  const seen = new Set<string>();
  // Byte strings from here on (see read.ts).
  const cwd = toBytes(options.cwd);
  const root = toBytes(options.root);
  const rootReal = realOrSelf(root);
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const limit = options.confined !== undefined ? toBytes(options.confined) : root;
  const inLimit: Boundary = { real: realOrSelf(limit), name: options.confined !== undefined ? 'the workspace' : 'the repository' };
  /** Absolute path of each file read, and the patch files kustomizations name (partial objects, not manifests). */
  const absOf = new Map<SourceFile, string>();
  const patchFiles = new Set<string>();
  /** Files an input reached (read now, or already read for another input). */
  let reached = 0;

  /** The path people see: relative to the repository root (its real path too), else to the working directory. */
  const show = (p: string): string => {
    for (const base of [rootReal, root]) if (isInside(p, base) && p !== base) return fromBytes(path.relative(base, p).split(path.sep).join('/'));
    return fromBytes(displayPath(p, root, cwd));
  };

  /** An input outside the repository (CLI only) is read within itself; in the Action it is refused. */
  const boundaryOf = (input: string, abs: string, dir: string): Boundary => {
    if (options.inputsWithin && !insideBytes(abs, toBytes(options.inputsWithin.path))) {
      throw new InputError(`${input} is outside ${options.inputsWithin.name}; name files, directories or globs inside it`);
    }
    if (isInside(abs, limit) || isInside(realOrSelf(abs), inLimit.real)) return inLimit;
    if (options.confined !== undefined) throw new InputError(`${input} is outside the workspace; name files, directories or globs inside it`);
    return { real: realOrSelf(dir), name: `\`${show(dir)}\`` };
  };

  const unread = (file: string, u: Unread): void => void out.files.push({ path: file, text: '', unread: u });

  const addFile = (abs: string, explicit: boolean, boundary: Boundary): void => {
    let real: string;
    try {
      real = byteFs.realpathSync(abs);
    } catch {
      // kubectl cannot read it either.
      out.skipped.push({ file: show(abs), reason: 'broken symbolic link' });
      return;
    }
    reached++;
    if (seen.has(real)) return;
    seen.add(real);
    const excluded = options.excluded?.(show(real));
    if (excluded) {
      out.skipped.push({ file: show(real), reason: excluded });
      return;
    }
    if (!isInside(real, boundary.real)) return unread(show(abs), { reason: 'link-outside', target: fromBytes(real), boundary: boundary.name });
    const r = readRegular(real, maxBytes);
    if (r.kind === 'text') {
      const file = { path: show(real), text: r.text };
      absOf.set(file, abs);
      out.files.push(file);
    }
    else if (r.kind === 'error') {
      if (explicit) throw new InputError(`cannot read ${show(abs)}: ${r.code}`);
      unread(show(real), { reason: 'unreadable', code: r.code });
    } else if (explicit && r.unread.reason === 'not-regular') throw new InputError(`cannot read ${show(abs)}: it is a ${r.unread.type}, not a regular file`);
    else unread(show(real), r.unread);
  };

  /**
   * Walks a directory tree. Symbolic links are followed last, so that a file reachable both
   * directly and through a link is reported once, under its real path; links to directories that
   * leave the scanned directory, and directories already walked (loops), are passed over. Links
   * to files are read when the file is inside the scan root (kubectl follows them too).
   */
  const walkTree = (top: string, boundary: Boundary): void => {
    const topReal = realOrSelf(top);
    const visited = new Set<string>();
    const links: string[] = [];
    const walk = (dir: string): void => {
      try {
        visited.add(byteFs.realpathSync(dir));
      } catch {
        return;
      }
      let entries: ReturnType<typeof byteFs.readdirSync>;
      try {
        entries = byteFs.readdirSync(dir);
      } catch (e) {
        out.skipped.push({ file: show(dir), reason: `unreadable directory (${(e as NodeJS.ErrnoException).code})` });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      // Beside a kustomization, the files it lists as resources are manifests; its patches are
      // partial objects, and files it does not name are taken for patches too (kustomize builds them).
      const kustomization = entries.some((e) => KUSTOMIZATION.has(e.name)) ? readKustomization(fromBytes(dir)) : undefined;
      const resources = new Set([...(kustomization?.resources ?? [])].map(toBytes));
      for (const f of kustomization?.inputs ?? []) patchFiles.add(toBytes(f));
      for (const e of entries) {
        const abs = path.join(dir, e.name);
        if (kustomization && !e.isDirectory() && MANIFEST_EXT.test(e.name) && !resources.has(abs)) {
          if (abs !== toBytes(kustomization.file)) out.kustomizeFiles++;
          continue;
        }
        if (e.isSymbolicLink()) links.push(abs);
        else if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) walk(abs);
        } else if (MANIFEST_EXT.test(e.name)) {
          // Regular files, and FIFOs, sockets and devices named like manifests (the guard reports those).
          if (isHelmTemplate(abs, top)) out.helmTemplates++;
          else addFile(abs, false, boundary);
        }
      }
    };
    walk(top);
    while (links.length > 0) {
      const abs = links.shift()!;
      let real: string;
      try {
        real = byteFs.realpathSync(abs);
      } catch {
        out.skipped.push({ file: show(abs), reason: 'broken symbolic link' });
        continue;
      }
      let isDir: boolean;
      try {
        isDir = byteFs.statSync(real).isDirectory();
      } catch {
        out.skipped.push({ file: show(abs), reason: 'broken symbolic link' });
        continue;
      }
      if (isDir) {
        if (!isInside(real, topReal)) out.skipped.push({ file: show(abs), reason: 'symbolic link out of the scanned directory' });
        else if (!visited.has(real) && !SKIP_DIRS.has(path.basename(abs))) walk(abs);
      } else if (MANIFEST_EXT.test(abs)) {
        if (isHelmTemplate(abs, top)) out.helmTemplates++;
        else addFile(abs, false, boundary);
      }
    }
  };

  for (const input of inputs) {
    const before = { reached, helm: out.helmTemplates, kustomize: out.kustomizeFiles, skipped: out.skipped.length };
    await collectInput(input);
    // A path the user named that yields nothing to scan is a mistake, never a clean result.
    if (input !== '-' && reached === before.reached) {
      const why: string[] = [];
      const helm = out.helmTemplates - before.helm;
      const kust = out.kustomizeFiles - before.kustomize;
      if (kust > 0) why.push(`${kust} file${kust === 1 ? ' is a patch or an input' : 's are patches or inputs'} of kustomizations (build them with --kustomize DIR, or the Action input kustomize-dirs)`);
      if (helm > 0) why.push(`${helm} file${helm === 1 ? ' is a Helm chart template' : 's are Helm chart templates'} (render the chart with --helm-chart DIR, or the Action input helm-charts)`);
      for (const s of out.skipped.slice(before.skipped)) why.push(`${s.file}: ${s.reason}`);
      throw new InputError(`nothing to scan in ${input}: ${why.length > 0 ? why.slice(0, 3).join('; ') : 'no manifest files (.yaml, .yml, .json)'}`);
    }
  }
  // Patch files named by a kustomization of another folder are partial objects too.
  out.files = out.files.filter((f) => {
    const abs = absOf.get(f);
    if (abs === undefined || !patchFiles.has(abs)) return true;
    out.kustomizeFiles++;
    return false;
  });
  return out;

  async function collectInput(input: string): Promise<void> {
    if (input === '-') {
      if (!options.readStdin) throw new InputError('standard input is not available');
      out.files.push({ path: '<stdin>', text: await options.readStdin() });
      return;
    }
    const abs = path.resolve(cwd, toBytes(input));
    let st: ReturnType<typeof byteFs.statSync> | undefined;
    try {
      st = byteFs.statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      walkTree(abs, boundaryOf(input, abs, abs));
    } else if (st) {
      addFile(abs, true, boundaryOf(input, abs, path.dirname(abs)));
    } else if (hasMagic(input, { windowsPathsNoEscape: true })) {
      const base = path.resolve(cwd, toBytes(globBase(input)));
      const boundary = boundaryOf(input, base, base);
      const { glob } = await import('glob');
      const matches = (
        await glob(toBytes(input), { cwd, absolute: true, nodir: true, follow: false, dot: false, ignore: ['**/node_modules/**', '**/.git/**'], fs: byteFs })
      ).sort();
      if (matches.length === 0) throw new InputError(`no files match ${input}`);
      for (const m of matches) if (MANIFEST_EXT.test(m)) addFile(m, false, boundary);
    } else {
      throw new InputError(`cannot read ${input}: no such file or directory`);
    }
  }
}
