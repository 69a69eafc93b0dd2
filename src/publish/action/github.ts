/**
 * The GitHub REST calls the Action makes, through Octokit: `getOctokit` of `@actions/github`
 * (requests go through `HTTPS_PROXY`/`HTTP_PROXY` unless `NO_PROXY` says otherwise), with
 * `@octokit/plugin-throttling` (writes paced, rate limits waited out) and `@octokit/plugin-retry`
 * (5xx and timeouts retried), and Octokit's pagination.
 *
 * Nothing here waits past the caller's deadline: every request carries it, a try is bounded, a
 * retry or a rate-limit wait that would end after it is not made. Every answer is read up to a
 * size cap and checked for the shape the Action reads; a 2xx without it is an error like any
 * other. Errors are `ApiError`s, for the caller to turn into a warning and a fallback — reporting
 * problems never fail the step.
 */
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { VERSION } from '../../version.js';
import { ApiError, DEFAULT_TIMING, Deadline, DeadlineError, formatSeconds, type ApiTiming } from './deadline.js';

export { ApiError };

/** GitHub's answers are small JSON; a body larger than this is refused, not read. */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** GitHub lists at most 3,000 files of a pull request, 100 per page. */
export const MAX_FILE_PAGES = 30;

export interface ClientOptions {
  baseUrl: string;
  token: string;
  timing?: ApiTiming;
  maxResponseBytes?: number;
  /** Where the client says what it waits for (rate limits); the log in the Action. */
  log?: (message: string) => void;
}

export interface PullRequestFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

export type ProcessingStatus = { processing_status: 'pending' | 'complete' | 'failed'; errors: string[] };

/** An answer saguard refuses to read (too large, not JSON, from elsewhere): not retried. */
class BadAnswer extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A try that got no answer in time (retried while time remains). */
class TryTimedOut extends Error {}

/** The per-request options Octokit passes to its hooks. */
interface RequestOptions {
  request: { retries?: number; retryCount?: number };
  method: string;
  url: string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads a body, refusing more than `max` bytes (a declared length over it is refused unread). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (!res.body) return null;
  const tooLarge = (): BadAnswer => new BadAnswer(`the answer is larger than the ${Math.round(max / 1048576)} MiB saguard reads`, res.status);
  if (Number(res.headers.get('content-length')) > max) {
    await res.body.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Every answer of a successful call the Action makes is a JSON object or list. */
function checkJson(body: Uint8Array | null, status: number): void {
  const text = body ? Buffer.from(body).toString('utf8') : '';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BadAnswer(`without the expected JSON (got ${text.trim() === '' ? 'an empty body' : JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)})`, status);
  }
  if (typeof data !== 'object' || data === null) throw new BadAnswer(`without the expected JSON (got ${JSON.stringify(data)})`, status);
}

export class GitHubClient {
  private readonly octokit: ReturnType<typeof getOctokit>;
  readonly timing: ApiTiming;
  /** The deadline of the call in progress (the Action makes one call at a time). */
  private active: Deadline | undefined;

  constructor(opts: ClientOptions) {
    const timing = (this.timing = opts.timing ?? DEFAULT_TIMING);
    const max = opts.maxResponseBytes ?? MAX_RESPONSE_BYTES;
    const log = opts.log ?? (() => undefined);
    const origin = new URL(opts.baseUrl).origin;
    // @actions/github's fetch: undici with the runner's proxy settings for GITHUB_API_URL.
    const proxyFetch = ((defaults.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch) as typeof fetch;

    /** One try: bounded by the request timeout and the call's deadline; the answer read with a cap and checked. */
    const boundedFetch = async (url: string | URL, init: RequestInit = {}): Promise<Response> => {
      // A `link` to another host would carry the token there.
      if (new URL(url).origin !== origin) throw new BadAnswer(`a link to ${new URL(url).origin}, not ${origin}`, 200);
      const deadline = this.active?.signal;
      const tryMs = Math.min(timing.requestTimeoutMs, this.active?.remaining() ?? Infinity);
      const perTry = AbortSignal.timeout(tryMs);
      const signal = deadline ? AbortSignal.any([deadline, perTry]) : perTry;
      let res: Response;
      let body: Uint8Array | null;
      try {
        res = await proxyFetch(url, { ...init, signal });
        body = await readCapped(res, max);
      } catch (e) {
        if (e instanceof BadAnswer) throw e;
        // Octokit does not retry an AbortError: the deadline has passed. A try that timed out is retried.
        if (deadline?.aborted) throw Object.assign(new Error('the deadline passed'), { name: 'AbortError' });
        if (perTry.aborted) throw new TryTimedOut(`no answer within ${formatSeconds(tryMs)}`);
        throw e;
      }
      if (res.ok && res.status !== 204) checkJson(body, res.status);
      return new Response([101, 204, 205, 304].includes(res.status) ? null : (body as unknown as BodyInit), { status: res.status, statusText: res.statusText, headers: res.headers });
    };

    /** Before the retry plugin decides: no retry whose wait would end after the deadline, none of a refused answer. */
    const budget = (octokit: { hook: { error: (name: 'request', fn: (error: Error, options: RequestOptions) => never) => void } }): void => {
      octokit.hook.error('request', (error, options) => {
        const next = ((options.request.retryCount ?? 0) + 1) ** 2 * timing.retryBaseMs;
        if (error.cause instanceof BadAnswer || (this.active && this.active.remaining() <= next)) options.request.retries = 0;
        throw error;
      });
    };

    /**
     * Outermost: each request gets its own `request` options. Octokit hands every call without
     * per-call request options the instance's shared object, and the retry and throttling plugins
     * write their counters into it: a retry count (or the budget's "no more retries") would carry
     * over to the next call. (Hooks share one options object, so it is replaced in place.)
     */
    const isolate = (octokit: { hook: { wrap: (name: 'request', fn: (request: () => Promise<unknown>, options: RequestOptions) => Promise<unknown>) => void } }): void => {
      octokit.hook.wrap('request', (request, options) => {
        options.request = { ...options.request };
        return request();
      });
    };

    const onLimit =
      (kind: string) =>
      (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
        const wait = retryAfter * timing.secondMs;
        const left = this.active?.remaining() ?? Infinity;
        const what = `${options.method} ${new URL(options.url, origin).pathname}`;
        if (retryCount >= timing.retries || wait >= left) {
          log(`saguard: ${what} hit GitHub's ${kind}; waiting ${retryAfter} s would pass the time saguard allows it, so it is not retried`);
          return false;
        }
        log(`saguard: ${what} hit GitHub's ${kind}; retrying in ${retryAfter} s`);
        return true;
      };

    this.octokit = getOctokit(
      opts.token,
      {
        baseUrl: opts.baseUrl.replace(/\/+$/, ''),
        userAgent: `saguard/${VERSION}`,
        request: { fetch: boundedFetch },
        log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
        retry: { retries: timing.retries, retryAfterBaseValue: timing.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
          onRateLimit: onLimit('rate limit'),
          onSecondaryRateLimit: onLimit('secondary rate limit'),
          retryAfterBaseValue: timing.secondMs,
          fallbackSecondaryRateRetryAfter: 60,
          // Writes one at a time, `writeGapMs` apart (the plugin's own pace is one a second).
          write: new Bottleneck.Group({ id: 'saguard-write', maxConcurrent: 1, minTime: timing.writeGapMs }),
        },
      },
      budget as never,
      retry,
      throttling,
      isolate as never,
    );
  }

  /** Runs one API call within `deadline`; any failure, or an answer without the expected shape, becomes an ApiError naming the request. */
  private async call<T>(deadline: Deadline, method: string, path: string, fn: () => Promise<{ status: number; data: unknown }>, shape: (data: unknown) => T | undefined): Promise<T> {
    if (deadline.expired()) throw new ApiError(deadline.spent(`${method} ${path}`), undefined, true);
    let res: { status: number; data: unknown };
    this.active = deadline;
    try {
      res = await fn();
    } catch (e) {
      const err = e as Error & { status?: number; response?: unknown };
      if (err.name === 'AbortError' || err.cause instanceof TryTimedOut || deadline.expired()) throw new ApiError(new DeadlineError(`${method} ${path}`, deadline.ms).message, undefined, true);
      if (err.cause instanceof BadAnswer) throw new ApiError(`${method} ${path}: ${err.cause.status} ${err.cause.message}`, err.cause.status);
      const status = err.response !== undefined && typeof err.status === 'number' ? err.status : undefined;
      throw new ApiError(`${method} ${path}: ${status !== undefined ? `${status} ` : ''}${err.message}`, status);
    } finally {
      this.active = undefined;
    }
    const value = shape(res.data);
    if (value === undefined) {
      throw new ApiError(`${method} ${path}: ${res.status} without the expected JSON (got ${Array.isArray(res.data) ? 'a list' : 'an object'} of another shape)`, res.status);
    }
    return value;
  }

  /** The files of a pull request with their patches, every page (GitHub lists at most 3,000). */
  async pullRequestFiles(deadline: Deadline, owner: string, repo: string, pull: number): Promise<PullRequestFile[]> {
    const path = `/repos/${owner}/${repo}/pulls/${pull}/files`;
    const out: PullRequestFile[] = [];
    const pages = this.octokit.paginate.iterator(this.octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 })[Symbol.asyncIterator]();
    for (let page = 1; page <= MAX_FILE_PAGES; page++) {
      const files = await this.call(
        deadline,
        'GET',
        path,
        async () => {
          const r = await pages.next();
          return r.done ? { status: 200, data: null } : r.value;
        },
        (data) => (data === null ? null : Array.isArray(data) && data.every(isPullRequestFile) ? data : undefined),
      );
      if (files === null) break;
      out.push(...files);
    }
    return out;
  }

  createCheckRun(deadline: Deadline, owner: string, repo: string, body: { name: string; head_sha: string; status: 'completed'; conclusion: 'success' | 'neutral' | 'failure'; output: CheckRunOutput }): Promise<number> {
    return this.call(deadline, 'POST', `/repos/${owner}/${repo}/check-runs`, () => this.octokit.rest.checks.create({ owner, repo, ...body } as never), checkRunId);
  }

  updateCheckRun(deadline: Deadline, owner: string, repo: string, id: number, body: { output: CheckRunOutput }): Promise<number> {
    return this.call(deadline, 'PATCH', `/repos/${owner}/${repo}/check-runs/${id}`, () => this.octokit.rest.checks.update({ owner, repo, check_run_id: id, ...body } as never), checkRunId);
  }

  uploadSarif(deadline: Deadline, owner: string, repo: string, body: { commit_sha: string; ref: string; sarif: string; tool_name?: string; checkout_uri?: string; started_at?: string }): Promise<string> {
    return this.call(deadline, 'POST', `/repos/${owner}/${repo}/code-scanning/sarifs`, () => this.octokit.rest.codeScanning.uploadSarif({ owner, repo, ...body }), (d) =>
      isObject(d) && typeof d.id === 'string' && d.id !== '' ? d.id : undefined,
    );
  }

  sarifStatus(deadline: Deadline, owner: string, repo: string, id: string): Promise<ProcessingStatus> {
    return this.call(deadline, 'GET', `/repos/${owner}/${repo}/code-scanning/sarifs/${id}`, () => this.octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id: id }), (d) => {
      if (!isObject(d) || !['pending', 'complete', 'failed'].includes(d.processing_status as string)) return undefined;
      const errors = Array.isArray(d.errors) ? d.errors.filter((e): e is string => typeof e === 'string') : [];
      return { processing_status: d.processing_status as ProcessingStatus['processing_status'], errors };
    });
  }
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations?: Record<string, unknown>[];
}

const isPullRequestFile = (f: unknown): f is PullRequestFile =>
  isObject(f) &&
  typeof f.filename === 'string' &&
  f.filename !== '' &&
  typeof f.status === 'string' &&
  (f.patch === undefined || typeof f.patch === 'string') &&
  (f.previous_filename === undefined || typeof f.previous_filename === 'string');

const checkRunId = (d: unknown): number | undefined => (isObject(d) && typeof d.id === 'number' && Number.isSafeInteger(d.id) && d.id > 0 ? d.id : undefined);
