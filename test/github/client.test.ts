/** The Octokit client in process: what it retries, what it refuses, and that it keeps its deadline. */
import { describe, expect, it } from 'vitest';
import { GitHubClient, MAX_FILE_PAGES } from '../../src/publish/action/github.js';
import { ApiError, Deadline, DEFAULT_TIMING, timingFrom } from '../../src/publish/action/deadline.js';
import { ConfigError } from '../../src/publish/action/inputs.js';
import { startGitHub, type Call, type Reply } from '../support/github-server.js';

const TIMING = { ...DEFAULT_TIMING, requestTimeoutMs: 2000, retryBaseMs: 10, secondMs: 20, writeGapMs: 0, pollBaseMs: 10 };
const BODY = { name: 'saguard', head_sha: 'x', status: 'completed', conclusion: 'success', output: { title: 't', summary: 's' } } as const;

async function withServer(handler: (c: Call, n: number) => Reply, fn: (client: GitHubClient, url: string) => Promise<void>, timing = TIMING): Promise<Call[]> {
  const gh = await startGitHub(handler);
  try {
    await fn(new GitHubClient({ baseUrl: gh.url, token: 't', timing }), gh.url);
  } finally {
    await gh.close();
  }
  return gh.calls;
}

const deadline = (ms = 10_000) => new Deadline('test', ms);
const file = (name: string) => ({ sha: 's', filename: name, status: 'modified', additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '' });

describe('GitHubClient (Octokit with retry and throttling)', () => {
  it('retries a 5xx three times, waiting (n + 1)² × the base, then gives up with the last error', async () => {
    const calls = await withServer(
      () => ({ status: 502, body: { message: 'Bad Gateway' } }),
      async (c) => {
        const e = await c.createCheckRun(deadline(), 'o', 'r', BODY).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(ApiError);
        expect((e as ApiError).message).toBe('POST /repos/o/r/check-runs: 502 Bad Gateway');
        expect((e as ApiError).status).toBe(502);
      },
    );
    expect(calls).toHaveLength(4);
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(10);
    expect(gaps[1]).toBeGreaterThanOrEqual(40);
    expect(gaps[2]).toBeGreaterThanOrEqual(90);
  });

  it('does not retry a plain 403, a 404 or a 422', async () => {
    for (const status of [403, 404, 422]) {
      const calls = await withServer(
        () => ({ status, body: { message: 'no' } }),
        async (c) => {
          const e = await c.createCheckRun(deadline(), 'o', 'r', BODY).catch((x: unknown) => x);
          expect((e as ApiError).status).toBe(status);
        },
      );
      expect(calls).toHaveLength(1);
    }
  });

  it('makes no retry whose wait would end after the deadline', async () => {
    const calls = await withServer(
      () => ({ status: 500, body: { message: 'boom' } }),
      async (c) => {
        const started = Date.now();
        const e = await c.createCheckRun(deadline(500), 'o', 'r', BODY).catch((x: unknown) => x);
        expect((e as ApiError).message).toBe('POST /repos/o/r/check-runs: 500 boom');
        expect(Date.now() - started).toBeLessThan(500);
      },
      { ...TIMING, retryBaseMs: 1000 },
    );
    expect(calls).toHaveLength(1);
  });

  it('a try that does not answer is retried; the deadline ends it (hanging API, 600 ms deadline, under 2 s)', async () => {
    const calls = await withServer(
      () => ({ status: 200, hang: true }),
      async (c) => {
        const started = Date.now();
        const e = await c.createCheckRun(deadline(600), 'o', 'r', BODY).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(ApiError);
        expect((e as ApiError).timedOut).toBe(true);
        expect((e as ApiError).message).toBe('POST /repos/o/r/check-runs: GitHub did not answer within the 600 ms saguard allows it');
        expect(Date.now() - started).toBeLessThan(2000);
      },
      { ...TIMING, requestTimeoutMs: 150 },
    );
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });

  it('an expired deadline makes no request', async () => {
    const d = deadline(0);
    const calls = await withServer(
      () => ({ status: 201, body: { id: 1 } }),
      async (c) => {
        await expect(c.createCheckRun(d, 'o', 'r', BODY)).rejects.toThrow('POST /repos/o/r/check-runs: not sent, the 0 ms saguard allows for reporting to GitHub had run out');
      },
    );
    expect(calls).toEqual([]);
  });

  it('follows link headers through every page of pull request files, and stops at 30 pages (3,000 files)', async () => {
    let base = '';
    const calls = await withServer(
      (c) => {
        const page = Number(c.query.page ?? '1');
        return { status: 200, body: Array.from({ length: 100 }, (_, i) => file(`p${page}-${i}.yaml`)), headers: { link: `<${base}/repositories/9/pulls/1/files?per_page=100&page=${page + 1}>; rel="next"` } };
      },
      async (c, url) => {
        base = url;
        const files = await c.pullRequestFiles(deadline(), 'o', 'r', 1);
        expect(files).toHaveLength(MAX_FILE_PAGES * 100);
        expect(files.at(-1)!.filename).toBe('p30-99.yaml');
      },
    );
    expect(calls).toHaveLength(MAX_FILE_PAGES);
    expect(calls[0]!.query).toEqual({ per_page: '100' });
  });

  it('refuses answers without the shape it reads, and answers over the size cap', async () => {
    const replies: [Reply, string][] = [
      [{ status: 200, body: { files: [] } }, 'GET /repos/o/r/pulls/1/files: 200 without the expected JSON (got an object of another shape)'],
      [{ status: 200, body: [{ filename: 7 }] }, 'GET /repos/o/r/pulls/1/files: 200 without the expected JSON (got a list of another shape)'],
      [{ status: 200, raw: '' }, 'GET /repos/o/r/pulls/1/files: 200 without the expected JSON (got an empty body)'],
      [{ status: 200, raw: 'null' }, 'GET /repos/o/r/pulls/1/files: 200 without the expected JSON (got null)'],
      [{ status: 200, raw: '[' + '"x",'.repeat(300_000) + '"x"]' }, 'GET /repos/o/r/pulls/1/files: 200 the answer is larger than the 1 MiB saguard reads'],
    ];
    for (const [reply, message] of replies) {
      const gh = await startGitHub(() => reply);
      try {
        const c = new GitHubClient({ baseUrl: gh.url, token: 't', timing: TIMING, maxResponseBytes: 1024 * 1024 });
        await expect(c.pullRequestFiles(deadline(), 'o', 'r', 1)).rejects.toThrow(message);
        expect(gh.calls).toHaveLength(1); // refused answers are not retried
      } finally {
        await gh.close();
      }
    }
  });

  it('reads the processing status of an upload, and refuses one it does not know', async () => {
    await withServer(
      (_c, n) => (n === 1 ? { status: 200, body: { processing_status: 'failed', errors: ['bad', 3] } } : { status: 200, body: { processing_status: 'queued' } }),
      async (c) => {
        expect(await c.sarifStatus(deadline(), 'o', 'r', 'id-1')).toEqual({ processing_status: 'failed', errors: ['bad'] });
        await expect(c.sarifStatus(deadline(), 'o', 'r', 'id-1')).rejects.toThrow('without the expected JSON');
      },
    );
  });
});

describe('SAGUARD_API_TIMING', () => {
  it('overrides some of the timing, and is checked', () => {
    expect(timingFrom({})).toEqual(DEFAULT_TIMING);
    expect(timingFrom({ SAGUARD_API_TIMING: '{"deadlineMs":5}' })).toEqual({ ...DEFAULT_TIMING, deadlineMs: 5 });
    expect(() => timingFrom({ SAGUARD_API_TIMING: '{"deadline":5}' })).toThrow(ConfigError);
    expect(() => timingFrom({ SAGUARD_API_TIMING: 'fast' })).toThrow('SAGUARD_API_TIMING is not JSON: "fast"');
  });
});
