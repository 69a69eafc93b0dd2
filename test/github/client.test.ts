/** The GitHub client's retries: what it waits, and what it gives up on. */
import { describe, expect, it } from 'vitest';
import { ApiError, GitHubClient } from '../../src/publish/action/github.js';
import { startGitHub, type Reply } from '../support/github-server.js';

async function withServer(replies: Reply[], fn: (client: GitHubClient, waits: number[]) => Promise<void>): Promise<number> {
  const gh = await startGitHub((_, n) => replies[Math.min(n, replies.length) - 1]!);
  const waits: number[] = [];
  try {
    const client = new GitHubClient({ baseUrl: gh.url, token: 't', sleep: async (ms) => void waits.push(ms), now: () => 1_700_000_000_000 });
    await fn(client, waits);
  } finally {
    await gh.close();
  }
  return gh.calls.length;
}

const OK: Reply = { status: 201, body: { id: 1 } };

describe('GitHubClient retries', () => {
  it('waits what retry-after says', async () => {
    const calls = await withServer([{ status: 429, body: {}, headers: { 'retry-after': '7' } }, OK], async (c, waits) => {
      await c.createCheckRun('o', 'r', { name: 'saguard', head_sha: 'x' });
      expect(waits).toEqual([7000]);
    });
    expect(calls).toBe(2);
  });
  it('waits until x-ratelimit-reset on a rate-limited 403 (plus a second)', async () => {
    await withServer([{ status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_700_000_000 + 12) } }, OK], async (c, waits) => {
      await c.createCheckRun('o', 'r', { name: 'saguard', head_sha: 'x' });
      expect(waits).toEqual([13000]);
    });
  });
  it('backs off exponentially on 5xx, then gives up with the last error', async () => {
    const calls = await withServer([{ status: 502, body: { message: 'Bad Gateway' } }], async (c, waits) => {
      await expect(c.createCheckRun('o', 'r', { name: 'saguard', head_sha: 'x' })).rejects.toThrow('POST /repos/o/r/check-runs: 502 Bad Gateway');
      expect(waits).toEqual([1000, 2000, 4000]);
    });
    expect(calls).toBe(4);
  });
  it('does not retry a plain 403 or a 422', async () => {
    for (const status of [403, 422]) {
      const calls = await withServer([{ status, body: { message: 'no' } }], async (c) => {
        const e = await c.createCheckRun('o', 'r', { name: 'saguard', head_sha: 'x' }).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(ApiError);
        expect((e as ApiError).status).toBe(status);
      });
      expect(calls).toBe(1);
    }
  });
  it('follows pages of pull request files until a short page', async () => {
    const page = (n: number) => Array.from({ length: n }, (_, i) => ({ sha: 's', filename: `f${i}.yaml`, status: 'modified', additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '' }));
    const calls = await withServer([{ status: 200, body: page(100) }, { status: 200, body: page(100) }, { status: 200, body: page(3) }], async (c) => {
      expect(await c.pullRequestFiles('o', 'r', 1)).toHaveLength(203);
    });
    expect(calls).toBe(3);
  });
});
