/** Check runs and SARIF uploads: the Action's reporting to GitHub, never the reason it fails. */
import type { Finding, Level } from '../../model/types.js';
import { ruleById } from '../../rules/index.js';
import { formatMessage } from '../../report/messages.js';
import type { GitHubClient } from './github.js';
import { encodeSarif } from './github.js';

export const CHECK_RUN_BATCH = 50;
const LEVEL: Record<Level, string> = { error: 'failure', warning: 'warning', note: 'notice' };
const RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };

export interface Repo {
  owner: string;
  repo: string;
}

function annotation(f: Finding): Record<string, unknown> {
  const r = f.location.region;
  return {
    path: f.location.file,
    start_line: r.startLine,
    end_line: r.endLine,
    ...(r.startLine === r.endLine ? { start_column: r.startColumn, end_column: Math.max(r.startColumn, r.endColumn - 1) } : {}),
    annotation_level: LEVEL[f.level],
    title: `${ruleById(f.ruleId)?.meta.title ?? f.ruleId} (${f.ruleId})`,
    message: formatMessage(f).slice(0, 64_000),
  };
}

/**
 * One check run on the pull request's head commit with every annotation, 50 per request (the
 * first with the creation, the rest appended by updates), most severe first.
 */
export async function publishCheckRun(
  client: GitHubClient,
  repo: Repo,
  headSha: string,
  findings: readonly Finding[],
  outcome: { conclusion: 'success' | 'neutral' | 'failure'; title: string; summary: string },
): Promise<number> {
  const ordered = [...findings].sort((a, b) => RANK[a.level] - RANK[b.level]);
  const batches: Finding[][] = [];
  for (let i = 0; i < ordered.length; i += CHECK_RUN_BATCH) batches.push(ordered.slice(i, i + CHECK_RUN_BATCH));
  const output = (batch: Finding[] | undefined) => ({
    title: outcome.title,
    summary: outcome.summary.slice(0, 65_000),
    ...(batch ? { annotations: batch.map(annotation) } : {}),
  });
  const created = await client.createCheckRun(repo.owner, repo.repo, {
    name: 'saguard',
    head_sha: headSha,
    status: 'completed',
    conclusion: outcome.conclusion,
    output: output(batches[0]),
  });
  for (const batch of batches.slice(1)) await client.updateCheckRun(repo.owner, repo.repo, created.data.id, { output: output(batch) });
  return created.data.id;
}

export type UploadResult = { state: 'complete'; id: string } | { state: 'failed'; id: string; errors: string[] } | { state: 'pending'; id: string };

/** Uploads the SARIF (gzip + base64) and follows its processing with growing waits. */
export async function uploadSarif(
  client: GitHubClient,
  repo: Repo,
  args: { sarif: string; commitSha: string; ref: string; checkoutUri?: string; startedAt?: string },
  poll: { tries: number; sleep: (ms: number) => Promise<void> } = { tries: 8, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
): Promise<UploadResult> {
  const res = await client.uploadSarif(repo.owner, repo.repo, {
    commit_sha: args.commitSha,
    ref: args.ref,
    sarif: encodeSarif(args.sarif),
    tool_name: 'saguard',
    ...(args.checkoutUri ? { checkout_uri: args.checkoutUri } : {}),
    ...(args.startedAt ? { started_at: args.startedAt } : {}),
  });
  const id = res.data.id;
  for (let i = 0; i < poll.tries; i++) {
    await poll.sleep(Math.min(30_000, 1000 * 2 ** i));
    const s = await client.sarifStatus(repo.owner, repo.repo, id);
    if (s.data.processing_status === 'complete') return { state: 'complete', id };
    if (s.data.processing_status === 'failed') return { state: 'failed', id, errors: s.data.errors ?? [] };
  }
  return { state: 'pending', id };
}
