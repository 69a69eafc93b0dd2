/** The pull request's changed lines, for the Action: from git (the API comes with check runs). */
import fs from 'node:fs';
import { run } from '../render/exec.js';
import { parsePatch, parseUnifiedDiff, type FileChanges } from '../diff.js';
import type { GitHubClient } from './github.js';
import type { Deadline } from './deadline.js';

export interface PullRequestContext {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head repository differs from the base (under `pull_request` the token is then read-only). */
  fork: boolean;
  /** The event: `pull_request`, `pull_request_target`, `pull_request_review`, … */
  event: string;
  /** Who opened it (`dependabot[bot]` gets a read-only token under `pull_request`). */
  author?: string;
}

/** The pull request of the event that started the workflow, if any. */
export function pullRequestOf(env: Record<string, string | undefined>): PullRequestContext | undefined {
  if (!env.GITHUB_EVENT_PATH || !/^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  try {
    const event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: number; user?: { login?: string }; base?: { sha?: string; repo?: { full_name?: string } }; head?: { sha?: string; repo?: { full_name?: string } } };
      repository?: { full_name?: string };
    };
    const pr = event.pull_request;
    if (!pr?.base?.sha || !pr.head?.sha || typeof pr.number !== 'number') return undefined;
    const base = pr.base.repo?.full_name ?? event.repository?.full_name;
    return {
      number: pr.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      fork: !!pr.head.repo?.full_name && pr.head.repo.full_name !== base,
      event: env.GITHUB_EVENT_NAME ?? '',
      ...(typeof pr.user?.login === 'string' ? { author: pr.user.login } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * Changed lines from git: the pull request's diff (`base...head`), or on the merge commit GitHub
 * checks out by default, its first parent against it. Undefined when git cannot tell.
 */
export async function changesFromGit(workspace: string, pr: PullRequestContext): Promise<Map<string, FileChanges> | undefined> {
  // core.quotePath=false: names with non-ASCII characters come as they are (the parser still reads quoted ones).
  const diff = ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '-M'];
  const attempts: string[][] = [
    [...diff, `${pr.baseSha}...${pr.headSha}`],
    [...diff, 'HEAD^1', 'HEAD'],
  ];
  for (const args of attempts) {
    try {
      const { stdout } = await run('git', args, { cwd: workspace, what: 'the pull request diff', timeoutMs: 60_000 });
      return new Map(parseUnifiedDiff(stdout).map((c) => [c.path, c]));
    } catch {
      // try the next way
    }
  }
  return undefined;
}

/** Changed lines from the pull request files API (every page); a file without a patch counts as changed everywhere. */
export async function changesFromApi(client: GitHubClient, deadline: Deadline, repo: { owner: string; repo: string }, pr: PullRequestContext): Promise<Map<string, FileChanges>> {
  const files = await client.pullRequestFiles(deadline, repo.owner, repo.repo, pr.number);
  const out = new Map<string, FileChanges>();
  for (const f of files) {
    const status = f.status === 'removed' ? 'removed' : f.status === 'added' ? 'added' : f.status === 'renamed' ? 'renamed' : 'modified';
    const lines = f.patch !== undefined ? parsePatch(f.patch) : { added: new Set<number>(), context: new Set<number>() };
    out.set(f.filename, {
      path: f.filename,
      status,
      ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
      ...lines,
      whole: f.patch === undefined && status !== 'removed',
    });
  }
  return out;
}
