/**
 * Everything the Action tells GitHub through its API, after the SARIF file is written: the pull
 * request's changed lines, the SARIF upload, the check run. All of it shares one deadline, each
 * phase within its own bound; whatever fails or runs out of time is a warning and a fallback, and
 * a line of "What did not fit" in the summary — never the reason the step fails.
 *
 * Octokit is loaded only when there is a token and a repository to use it with: without them the
 * Action starts faster and makes no request.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding } from '../../model/types.js';
import { onChanges } from '../diff.js';
import { changesFromApi, changesFromGit, pullRequestOf, type PullRequestContext } from './changes.js';
import { ApiError, Deadline, formatSeconds, timingFrom, type ApiTiming } from './deadline.js';
import { CHECK_RUN_ANNOTATIONS, encodeSarif, publishCheckRun, uploadProblems, uploadSarif, waitForProcessing } from './report.js';
import { countByLevel, plural } from '../../report/text.js';
import type { Gate } from '../../report/verdict.js';
import { pullRequestGate } from '../outcome.js';
import type { ActionInputs } from './inputs.js';
import type { ActionLog } from './log.js';
import type { GitHubClient } from './github.js';

export interface ReportingContext {
  env: Record<string, string | undefined>;
  inputs: ActionInputs;
  workspace: string;
  /** Findings not suppressed, sorted. */
  shown: readonly Finding[];
  /** Findings at or above `fail-on`, on any line. */
  failing: readonly Finding[];
  sarif: Sarif.Log;
  /** The commit the files were read at (`git rev-parse HEAD`, else `GITHUB_SHA`). */
  analysedSha: string | undefined;
  log: ActionLog;
  /** The check run's summary, within `limitBytes`, given what will not be annotated and what fails the step. */
  checkRunSummary: (onChanged: readonly Finding[], notShown: readonly string[], limitBytes: number, decided: Decided) => string;
}

/** What fails the step once the pull request's changed lines are known (`fail-scope`). */
export interface Decided {
  failing: readonly Finding[];
  gate?: Gate;
}

export interface Reported {
  pr: PullRequestContext | undefined;
  /** On a pull request, the findings on its changed lines (as filter-mode defines them). */
  changed: ReadonlySet<Finding> | undefined;
  onChanged: Finding[];
  /** The findings that fail the step: on a pull request with `fail-scope: changed`, those on its changed lines. */
  failing: readonly Finding[];
  /** On a pull request: which lines could fail the step, and what did not count. */
  gate?: Gate;
  /** Findings to annotate with workflow commands (within GitHub's caps, chosen by the caller). */
  workflowCommands: Finding[];
  /** Findings that should have been annotated and were not (check-run cap, failed requests). */
  unannotated: number;
  /** Lines for the summary's "What did not fit". */
  notShown: string[];
  sarifId?: string;
}

/** Why the token cannot write, when it is known before trying: forks under `pull_request`, Dependabot. */
function readOnlyReason(env: Record<string, string | undefined>, pr: PullRequestContext | undefined): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (event === 'pull_request_target' || event === 'workflow_run') return undefined;
  if (pr?.fork) return 'this pull request comes from a fork, so its token is read-only';
  if (env.GITHUB_ACTOR === 'dependabot[bot]' || pr?.author === 'dependabot[bot]') return "Dependabot's workflow runs get a read-only token";
  return undefined;
}

export async function reportToGitHub(ctx: ReportingContext): Promise<Reported> {
  const { env, inputs, log } = ctx;
  const pr = pullRequestOf(env);
  const [owner = '', name = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repo = { owner, repo: name };
  const timing: ApiTiming = timingFrom(env);
  const notShown: string[] = [];
  const readOnly = readOnlyReason(env, pr);
  const wantsWrites = inputs.uploadSarif || inputs.annotations === 'check-run' || (inputs.annotations === 'auto' && !!pr);
  let client: GitHubClient | undefined;
  /** Why there is no client, when there is a token. */
  let unusable: string | undefined;
  // Octokit (and its HTTP client) is loaded only when a request will be made: not on a push that
  // uploads nothing and annotates with workflow commands.
  const needsApi = (!!pr && inputs.filterMode !== 'nofilter') || wantsWrites;
  if (!needsApi) {
    // nothing to ask GitHub
  } else if (inputs.token && owner && name) {
    try {
      const { GitHubClient } = await import('./github.js');
      client = new GitHubClient({ baseUrl: env.GITHUB_API_URL || 'https://api.github.com', token: inputs.token, timing, log: (m) => log.info(m) });
    } catch (e) {
      // An unusable GITHUB_API_URL or event file: the scan stands, reporting goes without the API.
      unusable = `saguard cannot use the GitHub API (${(e as Error).message})`;
      log.warning(`${unusable}; annotations are workflow commands and nothing is uploaded.`);
    }
  } else {
    log.info(`saguard: no token (input token is empty${owner ? '' : ', or GITHUB_REPOSITORY is not set'}), so it makes no GitHub API request: changed lines come from git, annotations are workflow commands.`);
  }
  if (readOnly && client && wantsWrites) {
    log.notice(`saguard: ${readOnly}: annotations are workflow commands and the SARIF is not uploaded (upload it from a workflow_run workflow, see the README).`);
  }
  const deadline = new Deadline('reporting to GitHub', timing.deadlineMs);

  // 1. The pull request's changed lines: which findings are new.
  let onChanged = [...ctx.shown];
  let diffRead = false;
  if (pr && inputs.filterMode !== 'nofilter') {
    let changes = client
      ? await changesFromApi(client, deadline.phase('the pull request files', timing.filesMs), repo, pr).catch((e: Error) => void log.info(`saguard: pull request files from the API: ${e.message}; trying git`))
      : undefined;
    changes ??= await changesFromGit(ctx.workspace, pr);
    if (changes) {
      diffRead = true;
      onChanged = onChanged.filter((f) => onChanges(f, changes, inputs.filterMode));
    } else {
      log.warning(
        `saguard could not read the pull request diff (neither the API nor git with fetch-depth: 2 or more); every finding counts as new${inputs.failScope === 'changed' ? ' and can fail the step' : ''}.`,
      );
    }
  }
  const decided = pullRequestGate(ctx.failing, pr ? new Set(onChanged) : undefined, { failScope: inputs.failScope, filterMode: inputs.filterMode, diffRead });

  // 2. The upload (before the annotations: an accepted upload makes `auto` skip the check run).
  let sarifId: string | undefined;
  let pendingProcessing: (() => Promise<void>) | undefined;
  if (inputs.uploadSarif) {
    if (readOnly) notShown.push(`the SARIF was not uploaded: ${readOnly}`);
    else if (unusable) notShown.push(`the SARIF was not uploaded: ${unusable}`);
    else if (!client) {
      log.warning('saguard: upload-sarif needs a token; the SARIF file is written and can be uploaded with github/codeql-action/upload-sarif.');
      notShown.push('the SARIF was not uploaded: there is no token');
    } else {
      const up = await upload(ctx, client, deadline.phase('the SARIF upload', timing.uploadMs), repo, pr);
      if ('problem' in up) notShown.push(`the SARIF was not uploaded: ${up.problem}`);
      else {
        sarifId = up.id;
        pendingProcessing = up.follow;
      }
    }
  }

  // 3. Annotations: a check run, else workflow commands (chosen by the caller within GitHub's caps).
  let workflowCommands: Finding[] = [];
  let unannotated = 0;
  const mode = inputs.annotations;
  const checkRun = mode === 'check-run' || (mode === 'auto' && !!pr && !sarifId);
  if (mode === 'auto' && sarifId) log.info('saguard: the SARIF is uploaded, so code scanning shows the findings on the pull request; no check run (annotations: auto).');
  else if (checkRun && client && !readOnly) {
    const r = await annotateWithCheckRun(ctx, client, deadline.phase('the check run', timing.checkRunMs), repo, pr, onChanged, decided);
    workflowCommands = r.rest;
    unannotated = r.unannotated;
    notShown.push(...r.notShown);
  } else if (mode !== 'none') {
    if (mode === 'check-run' && !client && !unusable) log.warning('saguard has no token for a check run; using workflow commands instead.');
    workflowCommands = onChanged;
  }

  // 4. The processing of the upload, with what time is left.
  if (pendingProcessing) await pendingProcessing();
  if (deadline.expired()) notShown.push(`reporting to GitHub stopped at its deadline (${formatSeconds(timing.deadlineMs)} in all)`);
  return { pr, changed: pr ? new Set(onChanged) : undefined, onChanged, ...decided, workflowCommands, unannotated, notShown, ...(sarifId ? { sarifId } : {}) };
}

/** The check run on the pull request's head commit; what it could not carry goes back to workflow commands. */
async function annotateWithCheckRun(
  ctx: ReportingContext,
  client: GitHubClient,
  deadline: Deadline,
  repo: { owner: string; repo: string },
  pr: PullRequestContext | undefined,
  onChanged: readonly Finding[],
  decided: Decided,
): Promise<{ rest: Finding[]; unannotated: number; notShown: string[] }> {
  const notShown: string[] = [];
  const over = Math.max(0, onChanged.length - CHECK_RUN_ANNOTATIONS);
  const capNote = over > 0 ? [`${plural(over, 'finding')} not annotated on the check run, which carries the ${CHECK_RUN_ANNOTATIONS} most severe (GitHub limits how fast annotations can be written); the SARIF file has them`] : [];
  const c = countByLevel(onChanged);
  try {
    const r = await publishCheckRun(client, deadline, repo, pr?.headSha ?? ctx.env.GITHUB_SHA ?? '', onChanged, {
      conclusion: decided.failing.length > 0 ? 'failure' : onChanged.length > 0 ? 'neutral' : 'success',
      title: `${plural(onChanged.length, 'finding')}${pr ? ' on changed lines' : ''}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}`,
      summary: ctx.checkRunSummary(onChanged, capNote, 60_000, decided),
    });
    ctx.log.info(`saguard: check run ${r.id} created with ${plural(r.annotated.length, 'annotation')}`);
    if (r.error) {
      ctx.log.warning(`saguard could not add every annotation to the check run (${r.error.message}); the rest are workflow commands.`);
      notShown.push(`${plural(r.rest.length, 'finding')} not annotated on the check run: ${r.error.message}`);
      return { rest: r.rest, unannotated: 0, notShown };
    }
    notShown.push(...capNote);
    return { rest: [], unannotated: r.rest.length, notShown };
  } catch (e) {
    const status = e instanceof ApiError ? e.status : undefined;
    ctx.log.warning(
      status === 403
        ? `saguard could not create a check run: the token may not write checks (${(e as Error).message}); grant checks: write (forks and Dependabot get read-only tokens). Using workflow commands instead.`
        : `saguard could not create a check run (${(e as Error).message}); using workflow commands instead.`,
    );
    notShown.push(`no check run: ${(e as Error).message}`);
    return { rest: [...onChanged], unannotated: 0, notShown };
  }
}

/**
 * The commit and ref an upload is filed under: the analysed commit; on a pull request whose head
 * was checked out, its head ref. Under `pull_request_target` the default checkout is the base
 * branch's commit, whose results must not be filed against the pull request: refused.
 */
export function uploadTarget(env: Record<string, string | undefined>, pr: PullRequestContext | undefined, analysedSha: string | undefined): { commitSha: string; ref: string } | { problem: string } {
  const sha = analysedSha ?? env.GITHUB_SHA ?? '';
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return { problem: 'the analysed commit is not known (GITHUB_SHA is not set)' };
  if (pr && sha === pr.headSha) return { commitSha: sha, ref: `refs/pull/${pr.number}/head` };
  if (env.GITHUB_EVENT_NAME === 'pull_request_target') {
    if (pr && sha === env.GITHUB_SHA) {
      return {
        problem: `under pull_request_target the checkout is the base branch's commit ${sha.slice(0, 7)}, not pull request #${pr.number}: its results would be filed against the wrong code (scan under pull_request and upload from a workflow_run workflow, see the README)`,
      };
    }
    if (pr) return { commitSha: sha, ref: `refs/pull/${pr.number}/merge` };
  }
  const ref = env.GITHUB_REF ?? '';
  if (!ref.startsWith('refs/')) return { problem: `GITHUB_REF is ${JSON.stringify(ref)}, not a ref` };
  return { commitSha: sha, ref };
}

/** Uploads the SARIF after checking it against code scanning's limits; `follow` waits for its processing. */
async function upload(
  ctx: ReportingContext,
  client: GitHubClient,
  deadline: Deadline,
  repo: { owner: string; repo: string },
  pr: PullRequestContext | undefined,
): Promise<{ id: string; follow: () => Promise<void> } | { problem: string }> {
  const { log, inputs } = ctx;
  const target = uploadTarget(ctx.env, pr, ctx.analysedSha);
  if ('problem' in target) {
    log.warning(`saguard did not upload the SARIF: ${target.problem}.`);
    return { problem: target.problem };
  }
  const encoded = encodeSarif(JSON.stringify(ctx.sarif));
  const problems = uploadProblems(ctx.sarif, encoded);
  if (problems.length > 0) {
    const problem = `code scanning would reject it: ${problems.join('; ')}`;
    log.warning(`saguard did not upload the SARIF: ${problem}. The file ${inputs.sarifFile} is written.`);
    return { problem };
  }
  try {
    const id = await uploadSarif(client, deadline, repo, { encoded, ...target, checkoutUri: pathToFileURL(ctx.workspace).href });
    log.info(`saguard: SARIF uploaded (${id}) for ${target.ref} at ${target.commitSha.slice(0, 7)}`);
    const follow = async (): Promise<void> => {
      if (!inputs.waitForProcessing) return;
      try {
        const s = await waitForProcessing(client, deadline, repo, id);
        if (s.state === 'complete') log.info(`saguard: code scanning processed the SARIF (${id})`);
        else if (s.state === 'failed') log.warning(`saguard: code scanning could not process the SARIF upload ${id}: ${s.errors.join('; ') || 'no reason given'}`);
        else log.info(`saguard: the SARIF (${id}) is uploaded; its processing had not finished when saguard stopped waiting`);
      } catch (e) {
        log.info(`saguard: the SARIF (${id}) is uploaded; its processing status could not be read (${(e as Error).message})`);
      }
    };
    return { id, follow };
  } catch (e) {
    const status = e instanceof ApiError ? e.status : undefined;
    log.warning(
      status === 403
        ? `saguard could not upload the SARIF: code scanning is not available to this token or repository (${(e as Error).message}); grant security-events: write, or upload with github/codeql-action/upload-sarif.`
        : `saguard could not upload the SARIF (${(e as Error).message}); the file ${inputs.sarifFile} is written.`,
    );
    return { problem: (e as Error).message };
  }
}
