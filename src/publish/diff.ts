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

/** A path of a diff header: git quotes unusual names and ends names containing spaces with a tab. */
const unquote = (raw: string): string => {
  const p = raw.replace(/\t$/, '');
  return p.startsWith('"') && p.endsWith('"') ? JSON.parse(p) : p;
};

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
      if (l.startsWith('--- ')) oldPath = l.slice(4) === '/dev/null' ? undefined : unquote(l.slice(4)).replace(/^a\//, '');
      else if (l.startsWith('+++ ')) newPath = l.slice(4) === '/dev/null' ? undefined : unquote(l.slice(4)).replace(/^b\//, '');
      else if (l.startsWith('new file mode')) status = 'added';
      else if (l.startsWith('deleted file mode')) status = 'removed';
      else if (l.startsWith('rename from ')) renameFrom = unquote(l.slice('rename from '.length));
      else if (l.startsWith('rename to ')) renameTo = unquote(l.slice('rename to '.length));
      else if (l.startsWith('Binary files ')) binary = true;
      else if (l.startsWith('@@')) break;
    }
    if (renameTo) status = 'renamed';
    const header = /^diff --git (?:"?a\/(.+?)"?) (?:"?b\/(.+?)"?)$/.exec(lines[0]!);
    const path = newPath ?? renameTo ?? (status === 'removed' ? (oldPath ?? header?.[1]) : header?.[2]) ?? '';
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
