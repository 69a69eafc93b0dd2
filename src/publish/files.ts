/**
 * Finding the manifests to read: files, directories (recursively, skipping `.git` and
 * `node_modules`), globs and `-` for standard input. Symbolic links are not followed out of the
 * directory they were found in, and never in loops. Helm chart templates are not manifests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { glob, hasMagic } from 'glob';
import type { SourceFile } from '../load/load.js';

export class InputError extends Error {}

export interface CollectOptions {
  cwd: string;
  /** Repository root: reported paths are relative to it when the file is inside. */
  root: string;
  readStdin?: () => Promise<string>;
}

export interface Collected {
  files: SourceFile[];
  /** Files passed over, with the reason (shown with `--verbose`). */
  skipped: { file: string; reason: string }[];
  /** Helm chart templates skipped in directory scans. */
  helmTemplates: number;
  /** Files of kustomizations (directories with a kustomization.yaml) skipped in directory scans. */
  kustomizeFiles: number;
}

const MANIFEST_EXT = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const KUSTOMIZATION = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

export function displayPath(abs: string, root: string, cwd: string): string {
  const inRoot = path.relative(root, abs);
  const rel = !inRoot.startsWith('..') && !path.isAbsolute(inRoot) ? inRoot : path.relative(cwd, abs);
  return rel.split(path.sep).join('/') || path.basename(abs);
}

const isInside = (child: string, parent: string): boolean => {
  const r = path.relative(parent, child);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
};

/** True when the directory (or one above it, up to `stop`) holds a Chart.yaml and `file` is under its `templates/`. */
function isHelmTemplate(file: string, stop: string): boolean {
  let dir = path.dirname(file);
  while (isInside(dir, stop) || dir === stop) {
    if (path.basename(dir) === 'templates' && fs.existsSync(path.join(path.dirname(dir), 'Chart.yaml'))) return true;
    const up = path.dirname(dir);
    if (up === dir || !isInside(up, stop)) break;
    dir = up;
  }
  return false;
}

export async function collectFiles(inputs: readonly string[], options: CollectOptions): Promise<Collected> {
  const out: Collected = { files: [], skipped: [], helmTemplates: 0, kustomizeFiles: 0 };
  const seen = new Set<string>();
  const { cwd, root } = options;

  const addFile = (abs: string, explicit: boolean): void => {
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      out.skipped.push({ file: displayPath(abs, root, cwd), reason: 'broken symbolic link' });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let buf: Buffer;
    try {
      buf = fs.readFileSync(real);
    } catch (e) {
      if (explicit) throw new InputError(`cannot read ${displayPath(abs, root, cwd)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      out.skipped.push({ file: displayPath(abs, root, cwd), reason: 'unreadable' });
      return;
    }
    if (buf.subarray(0, 8192).includes(0)) {
      out.skipped.push({ file: displayPath(abs, root, cwd), reason: 'binary file' });
      return;
    }
    out.files.push({ path: displayPath(abs, root, cwd), text: buf.toString('utf8') });
  };

  /**
   * Walks a directory tree. Symbolic links are followed last, so that a file reachable both
   * directly and through a link is reported under its real path; links that leave the scanned
   * directory, and directories already walked (loops), are passed over.
   */
  const walkTree = (top: string): void => {
    const topReal = fs.realpathSync(top);
    const visited = new Set<string>();
    const links: string[] = [];
    const walk = (dir: string): void => {
      try {
        visited.add(fs.realpathSync(dir));
      } catch {
        return;
      }
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        out.skipped.push({ file: displayPath(dir, root, cwd), reason: `unreadable directory (${(e as NodeJS.ErrnoException).code})` });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      // A kustomization's files are inputs of `kustomize build` (patches are partial objects), not manifests.
      const kustomization = entries.some((e) => KUSTOMIZATION.has(e.name));
      for (const e of entries) {
        const abs = path.join(dir, e.name);
        if (kustomization && !e.isDirectory() && MANIFEST_EXT.test(e.name)) {
          if (!KUSTOMIZATION.has(e.name)) out.kustomizeFiles++;
          continue;
        }
        if (e.isSymbolicLink()) links.push(abs);
        else if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) walk(abs);
        } else if (e.isFile() && MANIFEST_EXT.test(e.name)) {
          if (isHelmTemplate(abs, top)) out.helmTemplates++;
          else addFile(abs, false);
        }
      }
    };
    walk(top);
    while (links.length > 0) {
      const abs = links.shift()!;
      let real: string;
      try {
        real = fs.realpathSync(abs);
      } catch {
        out.skipped.push({ file: displayPath(abs, root, cwd), reason: 'broken symbolic link' });
        continue;
      }
      if (!isInside(real, topReal)) {
        out.skipped.push({ file: displayPath(abs, root, cwd), reason: 'symbolic link out of the scanned directory' });
        continue;
      }
      const st = fs.statSync(real);
      if (st.isDirectory()) {
        if (!visited.has(real) && !SKIP_DIRS.has(path.basename(abs))) walk(abs);
      } else if (st.isFile() && MANIFEST_EXT.test(abs)) {
        if (isHelmTemplate(abs, top)) out.helmTemplates++;
        else addFile(abs, false);
      }
    }
  };

  for (const input of inputs) {
    if (input === '-') {
      if (!options.readStdin) throw new InputError('standard input is not available');
      out.files.push({ path: '<stdin>', text: await options.readStdin() });
      continue;
    }
    const abs = path.resolve(cwd, input);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      walkTree(abs);
    } else if (st?.isFile()) {
      addFile(abs, true);
    } else if (hasMagic(input, { windowsPathsNoEscape: true })) {
      const matches = (await glob(input, { cwd, absolute: true, nodir: true, follow: false, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] })).sort();
      if (matches.length === 0) throw new InputError(`no files match ${input}`);
      for (const m of matches) if (MANIFEST_EXT.test(m)) addFile(m, false);
    } else {
      throw new InputError(`cannot read ${input}: no such file or directory`);
    }
  }
  return out;
}
