/**
 * Changed lines of a pull request, from unified diffs (git's, or the `patch` of GitHub's pull
 * request files API), and the filter that decides which findings become annotations.
 */
import type { Finding } from '../model/types.js';

export interface FileChanges {
  /** Path on the new side, repository-relative. */
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  previousPath?: string;
  /** Lines added on the new side. */
  added: Set<number>;
  /** Lines inside a hunk on the new side: added lines and the context around them. */
  context: Set<number>;
  /** No patch was available (binary or too large): every line counts as changed. */
  whole: boolean;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Added and context lines of the hunks of one file's patch (new-side line numbers). */
export function parsePatch(patch: string): { added: Set<number>; context: Set<number> } {
  const added = new Set<number>();
  const context = new Set<number>();
  let line = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const h = HUNK.exec(raw);
    if (h) {
      line = Number(h[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const c = raw[0];
    if (c === '+') {
      added.add(line);
      context.add(line);
      line++;
    } else if (c === ' ') {
      context.add(line);
      line++;
    } else if (c === '-' || c === '\\' || raw === '') {
      // removed lines, "\ No newline at end of file" and the text's final newline are not new-side lines
    } else inHunk = false;
  }
  return { added, context };
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as git writes it in a diff: names with unusual characters are C-quoted (`"a/\303\244.yaml"`:
 * octal escapes are the bytes of UTF-8), and a name containing spaces ends with a tab.
 */
export function unquotePath(raw: string): string {
  const p = raw.replace(/\t$/, '');
  if (!(p.length >= 2 && p.startsWith('"') && p.endsWith('"'))) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  let i = 0;
  while (i < body.length) {
    const slash = body.indexOf('\\', i);
    const end = slash < 0 ? body.length : slash;
    bytes.push(...Buffer.from(body.slice(i, end), 'utf8'));
    if (slash < 0) break;
    const octal = /^[0-3][0-7]{2}/.exec(body.slice(slash + 1, slash + 4));
    const next = body[slash + 1] ?? '';
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i = slash + 4;
    } else if (next in C_ESCAPES) {
      bytes.push(C_ESCAPES[next]!);
      i = slash + 2;
    } else {
      bytes.push(92);
      i = slash + 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The two paths of a `diff --git a/X b/Y` line, quoted or not (used when no ---/+++ lines follow). */
function headerPaths(line: string): [string, string] | undefined {
  const rest = line.slice('diff --git '.length);
  const quoted = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*")$|^("(?:[^"\\]|\\.)*") (\S.*)$/.exec(rest);
  if (quoted) {
    const [a, b] = quoted[1] !== undefined ? [quoted[1], quoted[2]!] : [quoted[3]!, quoted[4]!];
    return [unquotePath(a).replace(/^a\//, ''), unquotePath(b).replace(/^b\//, '')];
  }
  // Unquoted: the same name on both sides (no rename) splits in the middle.
  const plain = /^a\/(.+) b\/(.+)$/.exec(rest);
  return plain ? [plain[1]!, plain[2]!] : undefined;
}

/** Every file of a multi-file `git diff` (renames with -M, new and deleted files, binaries). */
export function parseUnifiedDiff(text: string): FileChanges[] {
  const out: FileChanges[] = [];
  const blocks = text.split(/^(?=diff --git )/m).filter((b) => b.startsWith('diff --git '));
  for (const block of blocks) {
    const lines = block.split('\n');
    let oldPath: string | undefined;
    let newPath: string | undefined;
    let status: FileChanges['status'] = 'modified';
    let renameFrom: string | undefined;
    let renameTo: string | undefined;
    let binary = false;
    for (const l of lines) {
      if (l.startsWith('--- ')) oldPath = l.slice(4) === '/dev/null' ? undefined : unquotePath(l.slice(4)).replace(/^a\//, '');
      else if (l.startsWith('+++ ')) newPath = l.slice(4) === '/dev/null' ? undefined : unquotePath(l.slice(4)).replace(/^b\//, '');
      else if (l.startsWith('new file mode')) status = 'added';
      else if (l.startsWith('deleted file mode')) status = 'removed';
      else if (l.startsWith('rename from ')) renameFrom = unquotePath(l.slice('rename from '.length));
      else if (l.startsWith('rename to ')) renameTo = unquotePath(l.slice('rename to '.length));
      else if (l.startsWith('Binary files ')) binary = true;
      else if (l.startsWith('@@')) break;
    }
    if (renameTo) status = 'renamed';
    const header = headerPaths(lines[0]!);
    const path = newPath ?? renameTo ?? (status === 'removed' ? (oldPath ?? header?.[0]) : header?.[1]) ?? '';
    const { added, context } = parsePatch(block);
    out.push({
      path,
      status,
      ...(status === 'renamed' ? { previousPath: renameFrom ?? oldPath } : {}),
      added,
      context,
      whole: binary,
    });
  }
  return out;
}

export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter';
export const FILTER_MODES: readonly FilterMode[] = ['added', 'diff_context', 'file', 'nofilter'];

/** Whether a finding is on the changed lines (as `mode` defines them): GitHub shows it on the pull request. */
export function onChanges(f: Finding, changes: ReadonlyMap<string, FileChanges>, mode: FilterMode): boolean {
  if (mode === 'nofilter') return true;
  const c = changes.get(f.location.file);
  if (!c || c.status === 'removed') return false;
  if (mode === 'file' || c.whole) return true;
  const set = mode === 'added' ? c.added : c.context;
  for (let l = f.location.region.startLine; l <= f.location.region.endLine; l++) if (!set.has(l)) return false;
  return true;
}
