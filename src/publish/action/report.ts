/** Check runs and SARIF uploads: the Action's reporting to GitHub, never the reason it fails. */
import type * as Sarif from 'sarif';
import type { Finding, Level } from '../../model/types.js';
import { ruleById } from '../../rules/index.js';
import { formatMessage } from '../../report/messages.js';
import { bySeverity } from '../../report/severity.js';
import { gzipSync } from 'node:zlib';
import type { ApiError, Deadline } from './deadline.js';
import type { GitHubClient } from './github.js';

/** Annotations per check-run request (GitHub's limit). */
export const CHECK_RUN_BATCH = 50;
/**
 * Annotations per check run, most severe first: 20 requests, which the throttling plugin paces at
 * one write a second, well inside GitHub's secondary limit of 80 content-creating requests a minute.
 */
export const CHECK_RUN_ANNOTATIONS = 1000;
const LEVEL: Record<Level, string> = { error: 'failure', warning: 'warning', note: 'notice' };

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
    title: `${ruleById(f.ruleId)?.meta.title ?? f.ruleId} (${f.ruleId})`.slice(0, 255),
    message: formatMessage(f).slice(0, 64_000),
  };
}

export interface CheckRunResult {
  id: number;
  /** The findings the check run carries as annotations. */
  annotated: Finding[];
  /** The findings it does not: over the cap, or in requests that failed after it was created. */
  rest: Finding[];
  /** Why some were not sent, when a request failed after the check run was created. */
  error?: ApiError;
}

/**
 * One check run on the pull request's head commit, its annotations most severe first, at most
 * `CHECK_RUN_ANNOTATIONS`, 50 per request (the first with the creation, the rest appended by
 * updates). Throws when the check run cannot be created; a failed update ends the appending and
 * is returned with what was not sent.
 */
export async function publishCheckRun(
  client: GitHubClient,
  deadline: Deadline,
  repo: Repo,
  headSha: string,
  findings: readonly Finding[],
  outcome: { conclusion: 'success' | 'neutral' | 'failure'; title: string; summary: string },
): Promise<CheckRunResult> {
  const ordered = bySeverity(findings);
  const capped = ordered.slice(0, CHECK_RUN_ANNOTATIONS);
  const batches: Finding[][] = [];
  for (let i = 0; i < capped.length; i += CHECK_RUN_BATCH) batches.push(capped.slice(i, i + CHECK_RUN_BATCH));
  const output = (batch: Finding[] | undefined) => ({
    title: outcome.title.slice(0, 255),
    summary: outcome.summary.slice(0, 65_535),
    ...(batch ? { annotations: batch.map(annotation) } : {}),
  });
  const id = await client.createCheckRun(deadline, repo.owner, repo.repo, {
    name: 'saguard',
    head_sha: headSha,
    status: 'completed',
    conclusion: outcome.conclusion,
    output: output(batches[0]),
  });
  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    try {
      await client.updateCheckRun(deadline, repo.owner, repo.repo, id, { output: output(batch) });
      sent += batch.length;
    } catch (e) {
      return { id, annotated: ordered.slice(0, sent), rest: ordered.slice(sent), error: e as ApiError };
    }
  }
  return { id, annotated: ordered.slice(0, sent), rest: ordered.slice(sent) };
}

/** Code scanning's limits on an uploaded SARIF file (GITHUB.md). */
export const UPLOAD_LIMITS = { gzipBytes: 10 * 1024 * 1024, runs: 20, resultsPerRun: 25_000, rulesPerRun: 25_000, locationsPerResult: 1000 };

/** Every `artifactLocation.uri` of a SARIF log, wherever it sits (results, related locations, code flows). */
function* artifactUris(x: unknown): Generator<string> {
  const stack: unknown[] = [x];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, child] of Object.entries(v)) {
        if (k === 'artifactLocation' && typeof child === 'object' && child !== null && typeof (child as { uri?: unknown }).uri === 'string') yield (child as { uri: string }).uri;
        else if (k !== 'originalUriBaseIds' && k !== 'tool') stack.push(child);
      }
    }
  }
}

/** A URI that names a file inside the repository: relative, no scheme, no `..`, no leading `/`. */
function insideRepository(uri: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(uri);
  } catch {
    return false;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || path.startsWith('/') || path.includes('\\') || /^[a-z]:/i.test(path)) return false;
  return !path.split('/').some((s) => s === '..');
}

/**
 * What stops code scanning from accepting a SARIF log, checked before uploading it as upload-sarif
 * does: the size once gzipped, the counts, and URIs outside the repository. Empty when it fits.
 */
export function uploadProblems(sarif: Sarif.Log, encoded: string): string[] {
  const problems: string[] = [];
  const gzipBytes = Math.floor((encoded.length * 3) / 4);
  if (gzipBytes > UPLOAD_LIMITS.gzipBytes) problems.push(`it is ${(gzipBytes / 1048576).toFixed(1)} MB gzipped; code scanning accepts at most 10 MB`);
  if (sarif.runs.length > UPLOAD_LIMITS.runs) problems.push(`it has ${sarif.runs.length} runs; code scanning accepts at most 20`);
  for (const run of sarif.runs) {
    const results = run.results?.length ?? 0;
    if (results > UPLOAD_LIMITS.resultsPerRun) problems.push(`a run has ${results} results; code scanning accepts at most 25,000 per run`);
    const rules = run.tool.driver.rules?.length ?? 0;
    if (rules > UPLOAD_LIMITS.rulesPerRun) problems.push(`a run has ${rules} rules; code scanning accepts at most 25,000 per run`);
    const crowded = run.results?.find((r) => (r.locations?.length ?? 0) > UPLOAD_LIMITS.locationsPerResult);
    if (crowded) problems.push(`a result has ${crowded.locations!.length} locations; code scanning accepts at most 1,000`);
  }
  for (const uri of artifactUris(sarif.runs)) {
    if (!insideRepository(uri)) {
      problems.push(`the URI ${JSON.stringify(uri)} is not a path inside the repository`);
      break;
    }
  }
  return problems;
}

/** The SARIF upload's `sarif` field: compact JSON, gzip, then base64. */
export const encodeSarif = (json: string): string => gzipSync(Buffer.from(json, 'utf8')).toString('base64');

/** Uploads the SARIF (`encoded` by `encodeSarif`); its id, to follow its processing. */
export function uploadSarif(
  client: GitHubClient,
  deadline: Deadline,
  repo: Repo,
  args: { encoded: string; commitSha: string; ref: string; checkoutUri: string; startedAt?: string },
): Promise<string> {
  return client.uploadSarif(deadline, repo.owner, repo.repo, {
    commit_sha: args.commitSha,
    ref: args.ref,
    sarif: args.encoded,
    tool_name: 'saguard',
    checkout_uri: args.checkoutUri,
    ...(args.startedAt ? { started_at: args.startedAt } : {}),
  });
}

export type ProcessingResult = { state: 'complete' } | { state: 'failed'; errors: string[] } | { state: 'pending' };

/** Follows an upload's processing with growing waits until it completes or fails, or the deadline leaves no room for another look. */
export async function waitForProcessing(
  client: GitHubClient,
  deadline: Deadline,
  repo: Repo,
  id: string,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<ProcessingResult> {
  const base = client.timing.pollBaseMs;
  for (let i = 0; ; i++) {
    const wait = Math.min(30 * base, base * 2 ** i);
    // Room for the wait and one more answer, else stop looking: the upload itself succeeded.
    if (deadline.remaining() < wait + Math.min(client.timing.requestTimeoutMs, 5 * base)) return { state: 'pending' };
    await sleep(wait);
    const s = await client.sarifStatus(deadline, repo.owner, repo.repo, id);
    if (s.processing_status === 'complete') return { state: 'complete' };
    if (s.processing_status === 'failed') return { state: 'failed', errors: s.errors };
  }
}
