/**
 * `node dist/index.js` against a local server playing the GitHub REST API; every request is
 * checked against GitHub's OpenAPI description. Scenarios of issue 4: same-repository pull
 * request, fork, 120 findings, upload processed / rejected / unavailable, a 429, the API down.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../src/publish/action/inputs.js';
import { startGitHub, type Call, type Reply } from '../support/github-server.js';
import { checkAgainstOpenApi } from '../support/github-server.js';

const ROOT = path.resolve(__dirname, '..', '..');
const HEAD = 'b'.repeat(40);
const MERGE = 'a'.repeat(40);

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
}

async function runAction(apiUrl: string, inputs: Record<string, string>, files: Record<string, string>, event: Record<string, unknown>): Promise<Result> {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-api-'));
  for (const [p, t] of Object.entries(files)) fs.writeFileSync(path.join(ws, p), t);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-runner-'));
  const [summary, output, eventFile] = ['summary.md', 'output.txt', 'event.json'].map((f) => path.join(tmp, f)) as [string, string, string];
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  fs.writeFileSync(eventFile, JSON.stringify(event));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SHA: MERGE,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_API_URL: apiUrl,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: tmp,
  };
  for (const i of INPUTS) env[`INPUT_${i.name.toUpperCase()}`] = i.default;
  env.INPUT_TOKEN = 'ghs_test';
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { cwd: ws, env });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const status = await new Promise<number | null>((r) => child.on('close', r));
  const outputs: Record<string, string> = {};
  for (const m of fs.readFileSync(output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { status, stdout, outputs, summary: fs.readFileSync(summary, 'utf8'), workspace: ws };
}

const prEvent = (fork = false) => ({
  pull_request: { number: 7, base: { sha: 'c'.repeat(40), repo: { full_name: 'octo/shop' } }, head: { sha: HEAD, repo: { full_name: fork ? 'someone/shop' : 'octo/shop' } } },
  repository: { full_name: 'octo/shop' },
});

/** A GitHub that answers the files of the pull request and accepts check runs and uploads. */
function github(over: Partial<Record<string, (c: Call, n: number) => Reply | undefined>> = {}) {
  return (c: Call, n: number): Reply => {
    for (const [k, f] of Object.entries(over)) if (c.method + ' ' + c.path.replace(/\d+$/, 'N').replace(/sarifs\/[^/]+$/, 'sarifs/ID') === k) {
      const r = f!(c, n);
      if (r) return r;
    }
    if (c.method === 'GET' && c.path === '/repos/octo/shop/pulls/7/files') {
      return { status: 200, body: [{ sha: 'x', filename: 'new.yaml', status: 'added', additions: 40, deletions: 0, changes: 40, blob_url: '', raw_url: '', contents_url: '', patch: '@@ -0,0 +1,1000 @@\n' + '+x\n'.repeat(1000) }] };
    }
    if (c.method === 'POST' && c.path === '/repos/octo/shop/check-runs') return { status: 201, body: { id: 42 } };
    if (c.method === 'PATCH' && c.path === '/repos/octo/shop/check-runs/42') return { status: 200, body: { id: 42 } };
    if (c.method === 'POST' && c.path === '/repos/octo/shop/code-scanning/sarifs') return { status: 202, body: { id: 'up-1', url: 'x' } };
    if (c.method === 'GET' && c.path === '/repos/octo/shop/code-scanning/sarifs/up-1') return { status: 200, body: { processing_status: 'complete' } };
    return { status: 404, body: { message: 'Not Found' } };
  };
}

const annotationsOf = (calls: Call[]) => calls.filter((c) => c.path.includes('/check-runs')).map((c) => ((c.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length);
const noProblems = (calls: Call[]) => expect(calls.flatMap((c) => c.problems)).toEqual([]);

describe('the Action against a GitHub API', () => {
  it('the validator is live: a wrong body and an unknown query parameter are problems', () => {
    expect(checkAgainstOpenApi('POST', '/repos/o/r/check-runs', {}, { name: 'x' }).length).toBeGreaterThan(0);
    expect(checkAgainstOpenApi('GET', '/repos/o/r/pulls/1/files', { perpage: '1' }, undefined)).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}/files: unknown query parameter perpage']);
    expect(checkAgainstOpenApi('POST', '/repos/o/r/check-runs', {}, { name: 'saguard', head_sha: HEAD })).toEqual([]);
  });

  it('same-repository pull request: changed lines from the API, one check run on the head SHA, SARIF uploaded and processed', async () => {
    const gh = await startGitHub(github());
    try {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'error' }, { 'new.yaml': BAD + '---\n' + pods(2), 'old.yaml': pods(1, 'old') }, prEvent());
      expect(r.status).toBe(1); // the string "false" is an error
      noProblems(gh.calls);
      const run = gh.calls.find((c) => c.method === 'POST' && c.path.endsWith('/check-runs'))!;
      expect(run.body).toMatchObject({ name: 'saguard', head_sha: HEAD, status: 'completed', conclusion: 'failure' });
      // old.yaml is not changed: its finding is in the SARIF, not in the annotations.
      expect(annotationsOf(gh.calls)).toEqual([4]);
      expect(r.stdout).not.toMatch(/^::(warning|notice) file=/m);
      const upload = gh.calls.find((c) => c.sarif)!;
      expect(upload.body).toMatchObject({ commit_sha: MERGE, ref: 'refs/pull/7/merge', tool_name: 'saguard' });
      expect(upload.sarif!.runs[0]!.results).toHaveLength(5);
      expect(r.stdout).toContain('SARIF uploaded and processed (up-1)');
      expect([r.outputs.findings, r.outputs['new-findings']]).toEqual(['5', '4']);
    } finally {
      await gh.close();
    }
  }, 60_000);

  it('a pull request from a fork: no writes, workflow commands, one notice', async () => {
    const gh = await startGitHub(github({ 'POST /repos/octo/shop/check-runs': () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }) }));
    try {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'none' }, { 'new.yaml': pods(2) }, prEvent(true));
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([]);
      expect(r.stdout.match(/::notice::saguard: this pull request comes from a fork/g)).toHaveLength(1);
      expect(r.stdout.match(/^::warning file=new\.yaml/gm)).toHaveLength(2);
      expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(true);
    } finally {
      await gh.close();
    }
  }, 60_000);

  it('120 findings: the check run is created with 50 annotations and updated twice (50, 20)', async () => {
    const gh = await startGitHub(github());
    try {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(120) }, prEvent());
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(gh.calls.filter((c) => c.path.includes('check-runs')).map((c) => c.method)).toEqual(['POST', 'PATCH', 'PATCH']);
      expect(annotationsOf(gh.calls)).toEqual([50, 50, 20]);
    } finally {
      await gh.close();
    }
  }, 60_000);

  it('upload rejected by processing: a warning with the errors, the step decided by findings only', async () => {
    const gh = await startGitHub(github({ 'GET /repos/octo/shop/code-scanning/sarifs/ID': () => ({ status: 200, body: { processing_status: 'failed', errors: ['locationFromSarifResult: expected artifact location'] } }) }));
    try {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'none', annotations: 'none' }, { 'new.yaml': pods(1) }, prEvent());
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(r.stdout).toContain('::warning::saguard: code scanning could not process the SARIF upload up-1: locationFromSarifResult: expected artifact location');
    } finally {
      await gh.close();
    }
  }, 60_000);

  it('code scanning unavailable (403): a clear warning, nothing lost', async () => {
    const gh = await startGitHub(github({ 'POST /repos/octo/shop/code-scanning/sarifs': () => ({ status: 403, body: { message: 'Advanced Security must be enabled for this repository to use code scanning.' } }) }));
    try {
      const r = await runAction(gh.url, { 'upload-sarif': 'true', 'fail-on': 'none' }, { 'new.yaml': pods(1) }, prEvent());
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(r.stdout).toMatch(/::warning::saguard could not upload the SARIF: code scanning is not available to this token or repository \(POST \/repos\/octo\/shop\/code-scanning\/sarifs: 403 Advanced Security must be enabled/);
      expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(true);
    } finally {
      await gh.close();
    }
  }, 60_000);

  it('a 429 with retry-after is waited out and retried', async () => {
    let first = true;
    const gh = await startGitHub(
      github({
        'POST /repos/octo/shop/check-runs': () => {
          if (!first) return undefined;
          first = false;
          return { status: 429, body: { message: 'You have exceeded a secondary rate limit' }, headers: { 'retry-after': '1' } };
        },
      }),
    );
    try {
      const r = await runAction(gh.url, { 'fail-on': 'none' }, { 'new.yaml': pods(1) }, prEvent());
      expect(r.status).toBe(0);
      noProblems(gh.calls);
      expect(gh.calls.filter((c) => c.path.endsWith('/check-runs')).length).toBe(2);
      expect(r.stdout).not.toContain('could not create a check run');
    } finally {
      await gh.close();
    }
  }, 60_000);

  it('the API down entirely: the SARIF is written, annotations fall back, the outcome is the findings\'', async () => {
    const gh = await startGitHub(github());
    const url = gh.url;
    await gh.close(); // nothing listens there any more
    const r = await runAction(url, { 'upload-sarif': 'true', 'fail-on': 'error' }, { 'new.yaml': BAD }, prEvent());
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(r.workspace, 'saguard.sarif'))).toBe(true);
    expect(r.stdout).toContain('could not create a check run');
    expect(r.stdout).toContain('saguard could not upload the SARIF');
    expect(r.stdout).toMatch(/^::error file=new\.yaml,line=4/m);
    expect(r.stdout).toContain('::error::saguard: 1 finding at or above fail-on level error');
  }, 120_000);
});
