/**
 * `node dist/index.js` against a local server playing the GitHub REST API; every request is
 * checked against GitHub's OpenAPI description. The Action talks through Octokit (retry and
 * throttling plugins, pagination); `SAGUARD_API_TIMING` shrinks its waits so that no test waits
 * out real backoff, and the bounds stated in the test names are what the Action must keep.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../src/publish/action/inputs.js';
import { startGitHub, type Call, type Reply } from '../support/github-server.js';
import { checkAgainstOpenApi } from '../support/github-server.js';
import { startProxy } from '../support/proxy.js';

const ROOT = path.resolve(__dirname, '..', '..');
const HEAD = 'b'.repeat(40);
const MERGE = 'a'.repeat(40);
const BASE = 'c'.repeat(40);
/** Fast waits; a deadline long enough for every scenario that does not test it. */
const FAST = { deadlineMs: 20_000, requestTimeoutMs: 3000, retryBaseMs: 20, secondMs: 50, writeGapMs: 0, pollBaseMs: 20 };

function pods(n: number, prefix = 'p'): string {
  return Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: { name: ${prefix}${i}, namespace: shop }\nspec:\n  automountServiceAccountToken: false\n  containers: []\n`).join('---\n');
}
const BAD = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a, namespace: shop }\nautomountServiceAccountToken: "false"\n';

interface Result {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  ms: number;
}

interface Options {
  event?: Record<string, unknown>;
  eventName?: string;
  env?: Record<string, string>;
  timing?: Record<string, number>;
  /** Prepares the workspace (a git repository, say) after the files are written. */
  setup?: (ws: string) => void;
}

async function runAction(apiUrl: string, inputs: Record<string, string>, files: Record<string, string>, opts: Options = {}): Promise<Result> {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-api-'));
  for (const [p, t] of Object.entries(files)) fs.writeFileSync(path.join(ws, p), t);
  opts.setup?.(ws);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-runner-'));
  const [summary, output, eventFile] = ['summary.md', 'output.txt', 'event.json'].map((f) => path.join(tmp, f)) as [string, string, string];
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  fs.writeFileSync(eventFile, JSON.stringify(opts.event ?? prEvent()));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SHA: MERGE,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_ACTOR: 'octocat',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: tmp,
    SAGUARD_API_TIMING: JSON.stringify({ ...FAST, ...opts.timing }),
    ...opts.env,
  };
  for (const i of INPUTS) env[`INPUT_${i.name.toUpperCase()}`] = i.default;
  env.INPUT_TOKEN = 'ghs_test';
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { cwd: ws, env });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const status = await new Promise<number | null>((r) => child.on('close', r));
  const ms = Date.now() - started;
  const outputs: Record<string, string> = {};
  for (const m of fs.readFileSync(output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { status, stdout, outputs, summary: fs.readFileSync(summary, 'utf8'), workspace: ws, ms };
}

function prEvent(opts: { fork?: boolean; head?: string; author?: string } = {}) {
  return {
    pull_request: {
      number: 7,
      user: { login: opts.author ?? 'octocat' },
      base: { sha: BASE, repo: { full_name: 'octo/shop' } },
      head: { sha: opts.head ?? HEAD, repo: { full_name: opts.fork ? 'someone/shop' : 'octo/shop' } },
    },
    repository: { full_name: 'octo/shop' },
  };
}

const FILE = (name: string, patch?: string) => ({ sha: 'x', filename: name, status: 'added', additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '', ...(patch !== undefined ? { patch } : {}) });
const ADDED_1000 = '@@ -0,0 +1,1000 @@\n' + '+x\n'.repeat(1000);

type Override = (c: Call, n: number) => Reply | undefined;

/** A GitHub that answers the files of the pull request (new.yaml added) and accepts check runs and uploads. */
function github(over: Partial<Record<string, Override>> = {}) {
  return (c: Call, n: number): Reply => {
    const key = c.method + ' ' + c.path.replace(/\/\d+$/, '/N').replace(/sarifs\/[^/]+$/, 'sarifs/ID');
    const r = over[key]?.(c, n);
    if (r) return r;
    if (c.method === 'GET' && c.path === '/repos/octo/shop/pulls/7/files') return { status: 200, body: [FILE('new.yaml', ADDED_1000)] };
    if (c.method === 'POST' && c.path === '/repos/octo/shop/check-runs') return { status: 201, body: { id: 42 } };
    if (c.method === 'PATCH' && c.path === '/repos/octo/shop/check-runs/42') return { status: 200, body: { id: 42 } };
    if (c.method === 'POST' && c.path === '/repos/octo/shop/code-scanning/sarifs') return { status: 202, body: { id: 'up-1', url: 'x' } };
    if (c.method === 'GET' && c.path === '/repos/octo/shop/code-scanning/sarifs/up-1') return { status: 200, body: { processing_status: 'complete' } };
    return { status: 404, body: { message: 'Not Found' } };
  };
}

const checkRunCalls = (calls: Call[]) => calls.filter((c) => c.path.includes('/check-runs'));
const annotationsOf = (calls: Call[]) => checkRunCalls(calls).map((c) => ((c.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length);
const noProblems = (calls: Call[]) => expect(calls.flatMap((c) => c.problems)).toEqual([]);
const commands = (stdout: string) => stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));

async function withGitHub<T>(handler: (c: Call, n: number) => Reply, fn: (gh: Awaited<ReturnType<typeof startGitHub>>) => Promise<T>): Promise<T> {
  const gh = await startGitHub(handler);
  try {
    return await fn(gh);
  } finally {
    await gh.close();
  }
}

describe('the Action against a GitHub API, through Octokit', () => {
  it('the validator is live: a wrong body and an unknown query parameter are problems', () => {
    expect(checkAgainstOpenApi('POST', '/repos/o/r/check-runs', {}, { name: 'x' }).length).toBeGreaterThan(0);
    expect(checkAgainstOpenApi('GET', '/repos/o/r/pulls/1/files', { perpage: '1' }, undefined)).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}/files: unknown query parameter perpage']);
    expect(checkAgainstOpenApi('POST', '/repos/o/r/check-runs', {}, { name: 'saguard', head_sha: HEAD })).toEqual([]);
  });

  it('same-repository pull request: changed lines from 4 pages of files (link headers), one check run on the head SHA', async () => {
    let url = '';
    const page = (n: number) => Array.from({ length: 100 }, (_, i) => FILE(`other-${n}-${i}.yaml`, '@@ -1 +1 @@\n-a\n+b'));
    const link = (p: number) => ({ link: `<${url}/repositories/1/pulls/7/files?per_page=100&page=${p}>; rel="next", <${url}/repositories/1/pulls/7/files?per_page=100&page=4>; rel="last"` });
    await withGitHub(
      github({
        'GET /repos/octo/shop/pulls/7/files': () => ({ status: 200, body: page(1), headers: link(2) }),
        'GET /repositories/1/pulls/7/files': (c) => {
          const p = Number(c.query.page);
          return p < 4 ? { status: 200, body: page(p), headers: link(p + 1) } : { status: 200, body: [FILE('new.yaml', ADDED_1000)] };
        },
      }),
      async (gh) => {
        url = gh.url;
        const r = await runAction(gh.url, { 'fail-on': 'error' }, { 'new.yaml': BAD + '---\n' + pods(2), 'old.yaml': pods(1, 'old') });
        expect(r.status).toBe(1);
        expect(gh.calls.filter((c) => c.path.endsWith('/files')).map((c) => c.query.page ?? '1')).toEqual(['1', '2', '3', '4']);
        expect(gh.calls.filter((c) => c.path.startsWith('/repos/')).flatMap((c) => c.problems)).toEqual([]);
        const run = gh.calls.find((c) => c.method === 'POST' && c.path.endsWith('/check-runs'))!;
        expect(run.body).toMatchObject({ name: 'saguard', head_sha: HEAD, status: 'completed', conclusion: 'failure' });
        expect((run.body as { output: { summary: string } }).output.summary).toMatch(/^## saguard\n\n❌ \*\*The step failed\*\*: 1 finding at or above `fail-on: error`, on a line this pull request changes\. 5 findings: \*\*4 new\*\*/);
        // old.yaml is not changed: its finding is in the SARIF, not in the annotations.
        expect(annotationsOf(gh.calls)).toEqual([4]);
        expect(commands(r.stdout)).toEqual([]);
        expect([r.outputs.findings, r.outputs['new-findings']]).toEqual(['5', '4']);
        expect(r.summary).toContain('5 findings: **4 new** on lines this pull request changes, 1 existing.');
      },
    );
  }, 60_000);

  it('upload-sarif with annotations auto: compact SARIF uploaded for the analysed commit, processing followed, sarif-id set, no check run', async () => {
    await withGitHub(
      github({ 'GET /repos/octo/shop/code-scanning/sarifs/ID': (_c, n) => ({ status: 200, body: { processing_status: n < 5 ? 'pending' : 'complete' } }) }),
      async (gh) => {
        const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'none' }, { 'new.yaml': BAD + '---\n' + pods(2) });
        expect(r.status).toBe(0);
        noProblems(gh.calls);
        expect(checkRunCalls(gh.calls)).toEqual([]);
        expect(commands(r.stdout)).toEqual([]);
        const upload = gh.calls.find((c) => c.sarif)!;
        expect(upload.body).toMatchObject({ commit_sha: MERGE, ref: 'refs/pull/7/merge', tool_name: 'saguard', checkout_uri: pathToFileURL(r.workspace).href });
        expect(upload.sarifText).toBe(JSON.stringify(JSON.parse(upload.sarifText!)));
        expect(upload.sarif!.runs[0]!.results).toHaveLength(4);
        expect(gh.calls.filter((c) => c.path.endsWith('/sarifs/up-1')).length).toBeGreaterThanOrEqual(2);
        expect(r.stdout).toContain('saguard: code scanning processed the SARIF (up-1)');
        expect(r.outputs['sarif-id']).toBe('up-1');
      },
    );
  }, 60_000);

  it('upload-sarif with wait-for-processing false: uploaded, not followed; annotations check-run makes the check run too', async () => {
    await withGitHub(github(), async (gh) => {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'wait-for-processing': 'false', annotations: 'check-run', 'fail-on': 'none' }, { 'new.yaml': pods(1) });
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(gh.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /repos/octo/shop/pulls/7/files', 'POST /repos/octo/shop/code-scanning/sarifs', 'POST /repos/octo/shop/check-runs']);
      expect(r.outputs['sarif-id']).toBe('up-1');
    });
  }, 60_000);

  it('a pull request from a fork: no writes, workflow commands, one notice', async () => {
    await withGitHub(github(), async (gh) => {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'none' }, { 'new.yaml': pods(2) }, { event: prEvent({ fork: true }) });
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([]);
      expect(r.stdout.match(/::notice::saguard: this pull request comes from a fork/g)).toHaveLength(1);
      expect(commands(r.stdout).filter((l) => l.startsWith('::warning file=new.yaml'))).toHaveLength(2);
      expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(true);
      expect(r.summary).toContain('- the SARIF was not uploaded: this pull request comes from a fork, so its token is read-only');
    });
  }, 60_000);

  it("Dependabot's read-only token (403 on writes): no writes attempted, one notice, workflow commands", async () => {
    // The stand-in answers writes as GitHub answers Dependabot's token: 403.
    const readOnly = () => ({ status: 403, body: { message: 'Resource not accessible by integration' } });
    await withGitHub(github({ 'POST /repos/octo/shop/check-runs': readOnly, 'POST /repos/octo/shop/code-scanning/sarifs': readOnly }), async (gh) => {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'none' }, { 'new.yaml': pods(1) }, { env: { GITHUB_ACTOR: 'dependabot[bot]' }, event: prEvent({ author: 'dependabot[bot]' }) });
      expect(r.status).toBe(0);
      expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([]);
      expect(r.stdout.match(/::notice::saguard: Dependabot's workflow runs get a read-only token/g)).toHaveLength(1);
      expect(commands(r.stdout)).toHaveLength(1);
    });
  }, 60_000);

  it('a 403 on writes the Action did not foresee: a warning naming checks: write, annotations fall back, nothing lost', async () => {
    await withGitHub(github({ 'POST /repos/octo/shop/check-runs': () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }) }), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(2) });
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(checkRunCalls(gh.calls)).toHaveLength(1); // a 403 is not retried
      expect(r.stdout).toContain('::warning::saguard could not create a check run: the token may not write checks (POST /repos/octo/shop/check-runs: 403 Resource not accessible by integration); grant checks: write');
      expect(commands(r.stdout)).toHaveLength(2);
      expect(r.summary).toContain('- no check run: POST /repos/octo/shop/check-runs: 403 Resource not accessible by integration');
    });
  }, 60_000);

  it('120 findings: the check run is created with 50 annotations and updated twice (50, 20)', async () => {
    await withGitHub(github(), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(120) });
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(checkRunCalls(gh.calls).map((c) => c.method)).toEqual(['POST', 'PATCH', 'PATCH']);
      expect(annotationsOf(gh.calls)).toEqual([50, 50, 20]);
    });
  }, 60_000);

  it('1,100 findings: the check run carries the 1,000 most severe in 20 requests, the summary counts the other 100', async () => {
    await withGitHub(github(), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none', 'filter-mode': 'file' }, { 'new.yaml': BAD + '---\n' + pods(1098) });
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      const counts = annotationsOf(gh.calls);
      expect(counts).toHaveLength(20);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
      const first = (checkRunCalls(gh.calls)[0]!.body as { output: { annotations: { annotation_level: string }[] } }).output.annotations;
      expect(first[0]!.annotation_level).toBe('failure'); // the error first
      expect(r.summary).toContain("- 100 findings not annotated on the check run, which carries the 1000 most severe (GitHub limits how fast annotations can be written); the SARIF file has them");
      expect(commands(r.stdout)).toEqual([]);
    });
  }, 60_000);

  it('upload rejected by processing: a warning with the errors, the step decided by findings only', async () => {
    await withGitHub(github({ 'GET /repos/octo/shop/code-scanning/sarifs/ID': () => ({ status: 200, body: { processing_status: 'failed', errors: ['locationFromSarifResult: expected artifact location'] } }) }), async (gh) => {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'none', annotations: 'none' }, { 'new.yaml': pods(1) });
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(r.stdout).toContain('::warning::saguard: code scanning could not process the SARIF upload up-1: locationFromSarifResult: expected artifact location');
    });
  }, 60_000);

  it('code scanning unavailable (403): a clear warning, annotations fall back to a check run, nothing lost', async () => {
    await withGitHub(github({ 'POST /repos/octo/shop/code-scanning/sarifs': () => ({ status: 403, body: { message: 'Advanced Security must be enabled for this repository to use code scanning.' } }) }), async (gh) => {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'none' }, { 'new.yaml': pods(1) });
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(r.stdout).toMatch(/::warning::saguard could not upload the SARIF: code scanning is not available to this token or repository \(POST \/repos\/octo\/shop\/code-scanning\/sarifs: 403 Advanced Security must be enabled/);
      expect(annotationsOf(gh.calls)).toEqual([1]);
      expect(r.outputs['sarif-id']).toBeUndefined();
      expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(true);
    });
  }, 60_000);

  it('a 429 secondary rate limit with retry-after is waited out (retry-after × the second) and retried', async () => {
    await withGitHub(
      github({ 'POST /repos/octo/shop/check-runs': (_c, n) => (n === 2 ? { status: 429, body: { message: 'You have exceeded a secondary rate limit' }, headers: { 'retry-after': '4' } } : undefined) }),
      async (gh) => {
        const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) });
        expect(r.status).toBe(0);
        noProblems(gh.calls);
        const runs = checkRunCalls(gh.calls);
        expect(runs).toHaveLength(2);
        expect(runs[1]!.at - runs[0]!.at).toBeGreaterThanOrEqual(4 * FAST.secondMs);
        expect(r.stdout).toContain("hit GitHub's secondary rate limit; retrying in 4 s");
        expect(r.stdout).not.toContain('could not create a check run');
      },
    );
  }, 60_000);

  it('a 403 secondary rate limit and a primary rate limit (x-ratelimit-reset) are waited out too', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    await withGitHub(
      github({
        'GET /repos/octo/shop/pulls/7/files': (_c, n) => (n === 1 ? { status: 403, body: { message: 'API rate limit exceeded for installation' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } } : undefined),
        'POST /repos/octo/shop/check-runs': (_c, n) => (n === 3 ? { status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, headers: { 'retry-after': '1' } } : undefined),
      }),
      async (gh) => {
        const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) });
        expect(r.status).toBe(0);
        expect(gh.calls.map((c) => `${c.method} ${c.path.split('/').pop()}`)).toEqual(['GET files', 'GET files', 'POST check-runs', 'POST check-runs']);
        expect(annotationsOf(gh.calls)).toEqual([1, 1]);
        expect(commands(r.stdout)).toEqual([]);
      },
    );
  }, 60_000);

  it('a retry-after longer than the time left is not waited: the step ends at once (under 15 s), annotations fall back', async () => {
    await withGitHub(
      github({ 'POST /repos/octo/shop/check-runs': () => ({ status: 429, body: { message: 'You have exceeded a secondary rate limit' }, headers: { 'retry-after': '3600' } }) }),
      async (gh) => {
        const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) }, { timing: { secondMs: 1000, deadlineMs: 150_000 } });
        expect(r.status).toBe(0);
        expect(r.ms).toBeLessThan(15_000);
        expect(checkRunCalls(gh.calls)).toHaveLength(1);
        expect(r.stdout).toContain("hit GitHub's secondary rate limit; waiting 3600 s would pass the time saguard allows it, so it is not retried");
        expect(r.stdout).toContain('could not create a check run (POST /repos/octo/shop/check-runs: 429 You have exceeded a secondary rate limit)');
        expect(commands(r.stdout)).toHaveLength(1);
      },
    );
  }, 60_000);

  it('5xx: retried with backoff (3 retries), then a warning and the fallback', async () => {
    await withGitHub(github({ 'POST /repos/octo/shop/check-runs': (_c, n) => (n === 2 ? { status: 502, body: { message: 'Bad Gateway' } } : undefined) }), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) });
      expect(checkRunCalls(gh.calls)).toHaveLength(2);
      expect(commands(r.stdout)).toEqual([]);
    });
    await withGitHub(github({ 'POST /repos/octo/shop/check-runs': () => ({ status: 503, body: { message: 'Service Unavailable' } }) }), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) });
      const runs = checkRunCalls(gh.calls);
      expect(runs).toHaveLength(4);
      // Octokit's waits: (n + 1)² × the base, here 20 ms: 20, 80, 180.
      expect(runs[3]!.at - runs[0]!.at).toBeGreaterThanOrEqual(280);
      expect(r.stdout).toContain('could not create a check run (POST /repos/octo/shop/check-runs: 503 Service Unavailable)');
      expect(commands(r.stdout)).toHaveLength(1);
    });
  }, 60_000);

  it('an API that never answers: the step ends within its 3 s deadline (under 15 s in all), with the SARIF, the summary and the outputs', async () => {
    await withGitHub(
      () => ({ status: 200, hang: true }),
      async (gh) => {
        const r = await runAction(gh.url, { 'upload-sarif': 'true', annotations: 'check-run', 'fail-on': 'error' }, { 'new.yaml': BAD }, { timing: { deadlineMs: 3000, requestTimeoutMs: 1000 } });
        expect(r.status).toBe(1);
        expect(r.ms).toBeLessThan(15_000);
        expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(true);
        expect(r.outputs.findings).toBe('2');
        expect(r.stdout).toMatch(/^::error file=new\.yaml,line=4/m);
        expect(r.summary).toContain('### What did not fit');
        expect(r.stdout).toContain('saguard: pull request files from the API: GET /repos/octo/shop/pulls/7/files: GitHub did not answer within the 3 s saguard allows it; trying git');
        expect(r.summary).toContain('- the SARIF was not uploaded: POST /repos/octo/shop/code-scanning/sarifs: not sent, the 3 s saguard allows for reporting to GitHub had run out');
        expect(r.summary).toContain('- no check run: POST /repos/octo/shop/check-runs: not sent, the 3 s saguard allows for reporting to GitHub had run out');
        expect(r.summary).toContain('- reporting to GitHub stopped at its deadline (3 s in all)');
      },
    );
  }, 60_000);

  it('the API down entirely (connection refused): the SARIF is written, annotations fall back, the outcome is the findings\'', async () => {
    const gh = await startGitHub(github());
    const url = gh.url;
    await gh.close(); // nothing listens there any more
    const r = await runAction(url, { 'upload-sarif': 'true', 'fail-on': 'error' }, { 'new.yaml': BAD });
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(15_000);
    expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(true);
    expect(r.stdout).toContain('could not create a check run');
    expect(r.stdout).toContain('saguard could not upload the SARIF');
    expect(r.stdout).toMatch(/^::error file=new\.yaml,line=4/m);
    expect(r.stdout).toContain("::error::saguard failed: 1 finding at or above fail-on: error (the pull request's changed lines could not be read, so every line counts)");
  }, 60_000);

  it('a 2xx without the expected JSON is an error with the fallback: not JSON, the wrong shape, a string for a list', async () => {
    await withGitHub(github({ 'POST /repos/octo/shop/check-runs': () => ({ status: 201, raw: '<html>ok</html>' }) }), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) });
      expect(r.stdout).toContain('could not create a check run (POST /repos/octo/shop/check-runs: 201 without the expected JSON (got "<html>ok</html>"))');
      expect(checkRunCalls(gh.calls)).toHaveLength(1);
      expect(commands(r.stdout)).toHaveLength(1);
    });
    await withGitHub(github({ 'POST /repos/octo/shop/check-runs': () => ({ status: 201, body: { ok: true } }) }), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) });
      expect(r.stdout).toContain('could not create a check run (POST /repos/octo/shop/check-runs: 201 without the expected JSON (got an object of another shape))');
      expect(commands(r.stdout)).toHaveLength(1);
    });
    await withGitHub(github({ 'GET /repos/octo/shop/pulls/7/files': () => ({ status: 200, body: 'new.yaml' }) }), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) });
      expect(r.stdout).toContain('saguard: pull request files from the API: GET /repos/octo/shop/pulls/7/files: 200 without the expected JSON (got "new.yaml"); trying git');
      expect(r.stdout).toContain('::warning::saguard could not read the pull request diff');
    });
  }, 60_000);

  it('an answer larger than the cap is refused unread (a 30 MB body, in under 15 s)', async () => {
    const big = JSON.stringify([FILE('new.yaml', ADDED_1000), ...Array.from({ length: 3000 }, (_, i) => FILE(`f${i}.yaml`, 'x'.repeat(10_000)))]);
    expect(big.length).toBeGreaterThan(30_000_000);
    await withGitHub(github({ 'GET /repos/octo/shop/pulls/7/files': () => ({ status: 200, raw: big }) }), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) });
      expect(r.ms).toBeLessThan(15_000);
      expect(r.stdout).toContain('GET /repos/octo/shop/pulls/7/files: 200 the answer is larger than the 16 MiB saguard reads; trying git');
      expect(gh.calls.filter((c) => c.path.endsWith('/files'))).toHaveLength(1);
    });
  }, 60_000);

  it('a pagination link to another host is not followed (the token would go there)', async () => {
    await withGitHub(
      github({ 'GET /repos/octo/shop/pulls/7/files': () => ({ status: 200, body: [FILE('new.yaml', ADDED_1000)], headers: { link: '<https://evil.example/steal?page=2>; rel="next"' } }) }),
      async (gh) => {
        const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) });
        expect(r.stdout).toContain('GET /repos/octo/shop/pulls/7/files: 200 a link to https://evil.example');
        expect(gh.calls.filter((c) => c.path.endsWith('/files'))).toHaveLength(1);
      },
    );
  }, 60_000);

  it('pull_request_target with the base branch checked out: no upload (it would be filed against the pull request), the check run on the head', async () => {
    await withGitHub(github(), async (gh) => {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'none' }, { 'new.yaml': pods(1) }, { eventName: 'pull_request_target', event: prEvent({ fork: true }), env: { GITHUB_SHA: BASE, GITHUB_REF: 'refs/heads/main' } });
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(gh.calls.filter((c) => c.sarif)).toEqual([]);
      expect(r.stdout).toContain(`::warning::saguard did not upload the SARIF: under pull_request_target the checkout is the base branch's commit ccccccc, not pull request #7`);
      // A fork under pull_request_target has a write token: the check run is made, on the head.
      expect(checkRunCalls(gh.calls).map((c) => (c.body as { head_sha: string }).head_sha)).toEqual([HEAD]);
    });
  }, 60_000);

  it("pull_request_target with the pull request's head checked out: uploaded for the head commit and refs/pull/N/head", async () => {
    // A repository whose HEAD is the pull request's head commit, as `actions/checkout` with `ref: head.sha` leaves it.
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-prt-'));
    fs.writeFileSync(path.join(repo, 'new.yaml'), pods(1));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'head');
    const head = git('rev-parse', 'HEAD');
    await withGitHub(github(), async (gh) => {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', annotations: 'none', 'fail-on': 'none' }, {}, {
        eventName: 'pull_request_target',
        event: prEvent({ head }),
        env: { GITHUB_SHA: BASE, GITHUB_REF: 'refs/heads/main' },
        setup: (ws) => fs.cpSync(repo, ws, { recursive: true }),
      });
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      const upload = gh.calls.find((c) => c.sarif)!;
      expect(upload.body).toMatchObject({ commit_sha: head, ref: 'refs/pull/7/head' });
    });
  }, 60_000);

  it('requests go through HTTPS_PROXY/HTTP_PROXY (a self-hosted runner behind a proxy), and NO_PROXY is honoured', async () => {
    await withGitHub(github(), async (gh) => {
      const proxy = await startProxy({ host: '127.0.0.1', port: gh.port });
      try {
        // The API's name does not resolve: only the proxy can reach it.
        const api = `http://api.github.test:${gh.port}`;
        const r = await runAction(api, { 'fail-on': 'none' }, { 'new.yaml': pods(1) }, { env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } });
        expect(r.status).toBe(0);
        noProblems(gh.calls);
        expect(gh.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /repos/octo/shop/pulls/7/files', 'POST /repos/octo/shop/check-runs']);
        expect(proxy.seen.length).toBeGreaterThan(0);
        expect(proxy.seen.every((h) => h === `api.github.test:${gh.port}`)).toBe(true);
        expect(commands(r.stdout)).toEqual([]);

        const seen = proxy.seen.length;
        const direct = await runAction(api, { 'fail-on': 'none' }, { 'new.yaml': pods(1) }, { env: { HTTP_PROXY: proxy.url, NO_PROXY: 'api.github.test' } });
        expect(proxy.seen.length).toBe(seen);
        expect(direct.stdout).toContain('could not create a check run');
      } finally {
        await proxy.close();
      }
    });
  }, 60_000);

  it('an unusable GITHUB_API_URL: one warning, workflow commands, the outcome is the findings\'', async () => {
    const r = await runAction('not a url', { 'upload-sarif': 'true', 'fail-on': 'error' }, { 'new.yaml': BAD });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::warning::saguard cannot use the GitHub API \(.*\); annotations are workflow commands and nothing is uploaded\.$/m);
    expect(r.stdout).toMatch(/^::error file=new\.yaml,line=4/m);
    expect(r.stdout).not.toContain('internal error');
    expect(r.stdout).not.toContain('needs a token');
    expect(r.summary).toMatch(/- the SARIF was not uploaded: saguard cannot use the GitHub API \(/);
  }, 60_000);

  it('a push that uploads nothing asks GitHub nothing: Octokit is not even loaded (an unusable API URL goes unnoticed)', async () => {
    await withGitHub(github(), async (gh) => {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) }, { eventName: 'push', env: { GITHUB_REF: 'refs/heads/main' } });
      expect(r.status).toBe(0);
      expect(gh.calls).toEqual([]);
      expect(commands(r.stdout)).toHaveLength(1);
    });
    const r = await runAction('not a url', { 'fail-on': 'none' }, { 'new.yaml': pods(1) }, { eventName: 'push', env: { GITHUB_REF: 'refs/heads/main' } });
    expect(r.stdout).not.toContain('cannot use the GitHub API');
    expect(commands(r.stdout)).toHaveLength(1);
  }, 60_000);

  it('an empty token turns API use off: no request at all, workflow commands, changed lines from git', async () => {
    for (const token of ['', '  ', 'null']) {
      await withGitHub(github(), async (gh) => {
        const r = await runAction(gh.url, { token, 'upload-sarif': 'true', 'fail-on': 'none' }, { 'new.yaml': pods(1) });
        expect(r.status).toBe(0);
        expect(gh.calls).toEqual([]);
        expect(r.stdout).toContain('saguard: no token (input token is empty), so it makes no GitHub API request');
        expect(r.stdout).toContain('::warning::saguard: upload-sarif needs a token');
        expect(commands(r.stdout)).toHaveLength(1);
      });
    }
  }, 60_000);

  it('the gate: an error on a line the pull request changed fails the step, one on an unchanged line does not', async () => {
    await withGitHub(github(), async (gh) => {
      // new.yaml is changed (the files API), old.yaml is not; each has one error.
      const r = await runAction(gh.url, {}, { 'new.yaml': BAD, 'old.yaml': BAD });
      expect(r.status).toBe(1);
      noProblems(gh.calls);
      const run = gh.calls.find((c) => c.method === 'POST' && c.path.endsWith('/check-runs'))!;
      expect(run.body).toMatchObject({ conclusion: 'failure' });
      const annotated = (run.body as { output: { annotations: { path: string; start_line: number; annotation_level: string }[] } }).output.annotations;
      expect(annotated.filter((a) => a.annotation_level === 'failure').map((a) => `${a.path}:${a.start_line}`)).toEqual(['new.yaml:4']);
      expect(r.stdout).toContain(
        '::error::saguard failed: 1 finding at or above fail-on: error, on a line this pull request changes; 1 finding at or above it on lines it does not change does not fail the step (fail-scope: changed)',
      );
      expect(r.summary).toContain('❌ **The step failed**: 1 finding at or above `fail-on: error`, on a line this pull request changes; 1 finding at or above it');

      // The error on the unchanged line alone: the step passes, and says why; fail-scope: all fails it.
      const unchanged = await runAction(gh.url, {}, { 'old.yaml': BAD });
      expect(unchanged.status).toBe(0);
      expect(unchanged.summary).toContain(
        '✅ **Nothing failed the step**: no finding at or above `fail-on: error` on lines this pull request changes; 1 finding at or above it on lines it does not change does not fail the step (`fail-scope: changed`).',
      );
      const all = await runAction(gh.url, { 'fail-scope': 'all' }, { 'old.yaml': BAD });
      expect(all.status).toBe(1);
      expect(all.stdout).toContain('::error::saguard failed: 1 finding at or above fail-on: error (fail-scope: all counts every line, not only the changed ones)');
    });
  }, 120_000);
});
