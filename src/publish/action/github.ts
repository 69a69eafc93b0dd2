/**
 * The GitHub REST calls the Action makes, on Node's fetch: retries with backoff for 429, 5xx and
 * timeouts (honouring `retry-after` and `x-ratelimit-reset`), never throwing for a reporting
 * problem the caller cannot fix — it gets an ApiError to turn into a warning.
 */
import { gzipSync } from 'node:zlib';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly body: unknown,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  baseUrl: string;
  token: string;
  /** Tries per request (default 4). */
  tries?: number;
  /** Per-request timeout in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Longest wait between tries, in milliseconds (default 60 s). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface Response<T> {
  status: number;
  data: T;
  headers: Headers;
}

const RETRY = new Set([429, 500, 502, 503, 504]);

export class GitHubClient {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(readonly opts: ClientOptions) {
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = opts.now ?? Date.now;
  }

  /** How long to wait before the next try: the server's word (retry-after, rate-limit reset), else exponential. */
  private waitFor(res: globalThis.Response | undefined, attempt: number): number {
    const max = this.opts.maxWaitMs ?? 60_000;
    const retryAfter = res?.headers.get('retry-after');
    if (retryAfter && /^\d+$/.test(retryAfter)) return Math.min(max, Number(retryAfter) * 1000);
    const reset = res?.headers.get('x-ratelimit-reset');
    if (reset && res?.headers.get('x-ratelimit-remaining') === '0' && /^\d+$/.test(reset)) return Math.min(max, Math.max(0, Number(reset) * 1000 - this.now()) + 1000);
    return Math.min(max, 1000 * 2 ** attempt);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<Response<T>> {
    const tries = this.opts.tries ?? 4;
    let last: ApiError | undefined;
    for (let attempt = 0; attempt < tries; attempt++) {
      let res: globalThis.Response | undefined;
      try {
        res = await fetch(this.opts.baseUrl.replace(/\/$/, '') + path, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.opts.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'saguard',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
        });
      } catch (e) {
        last = new ApiError(`${method} ${path}: ${(e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message}`, undefined, undefined);
        if (attempt + 1 < tries) await this.sleep(this.waitFor(undefined, attempt));
        continue;
      }
      const text = await res.text();
      let data: unknown = text;
      try {
        data = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON
      }
      if (res.ok) return { status: res.status, data: data as T, headers: res.headers };
      const message = typeof data === 'object' && data !== null && 'message' in data ? String((data as { message: unknown }).message) : res.statusText;
      last = new ApiError(`${method} ${path}: ${res.status} ${message}`, res.status, data);
      // A secondary rate limit comes as 403 with retry-after.
      const rateLimited = res.status === 403 && (res.headers.has('retry-after') || res.headers.get('x-ratelimit-remaining') === '0');
      if (!RETRY.has(res.status) && !rateLimited) throw last;
      if (attempt + 1 < tries) await this.sleep(this.waitFor(res, attempt));
    }
    throw last ?? new ApiError(`${method} ${path}: failed`, undefined, undefined);
  }

  /** The files of a pull request with their patches, every page (GitHub lists at most 3,000). */
  async pullRequestFiles(owner: string, repo: string, pull: number): Promise<{ filename: string; status: string; patch?: string; previous_filename?: string }[]> {
    const out: { filename: string; status: string; patch?: string; previous_filename?: string }[] = [];
    for (let page = 1; page <= 30; page++) {
      const r = await this.request<{ filename: string; status: string; patch?: string; previous_filename?: string }[]>('GET', `/repos/${owner}/${repo}/pulls/${pull}/files?per_page=100&page=${page}`);
      out.push(...r.data);
      if (r.data.length < 100) break;
    }
    return out;
  }

  createCheckRun(owner: string, repo: string, body: Record<string, unknown>): Promise<Response<{ id: number }>> {
    return this.request('POST', `/repos/${owner}/${repo}/check-runs`, body);
  }

  updateCheckRun(owner: string, repo: string, id: number, body: Record<string, unknown>): Promise<Response<{ id: number }>> {
    return this.request('PATCH', `/repos/${owner}/${repo}/check-runs/${id}`, body);
  }

  uploadSarif(owner: string, repo: string, body: { commit_sha: string; ref: string; sarif: string; tool_name?: string; checkout_uri?: string; started_at?: string }): Promise<Response<{ id: string; url: string }>> {
    return this.request('POST', `/repos/${owner}/${repo}/code-scanning/sarifs`, body);
  }

  sarifStatus(owner: string, repo: string, id: string): Promise<Response<{ processing_status?: string; errors?: string[] | null }>> {
    return this.request('GET', `/repos/${owner}/${repo}/code-scanning/sarifs/${id}`);
  }
}

/** The SARIF upload's `sarif` field: gzip, then base64. */
export const encodeSarif = (json: string): string => gzipSync(Buffer.from(json, 'utf8')).toString('base64');
