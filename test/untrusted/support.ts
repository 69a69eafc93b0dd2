/**
 * Hostile inputs are run the way users run saguard: the bundled CLI (`bin/saguard.js`) or Action
 * (`dist/index.js`) in a child process with a heap limit and a timeout, so that a bound named in
 * a test is enforced by the process itself, not by a timer inside the test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Proc {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `node --max-old-space-size=HEAP bin/saguard.js ...args`, killed after `timeoutMs`. */
export function cli(args: string[], opts: { cwd: string; heapMb: number; timeoutMs: number; input?: string | Buffer; env?: Record<string, string> }): Proc {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${opts.heapMb}`, path.join(ROOT, 'bin', 'saguard.js'), ...args], {
    cwd: opts.cwd,
    input: opts.input,
    encoding: 'utf8',
    timeout: opts.timeoutMs,
    killSignal: 'SIGKILL',
    env: { PATH: process.env.PATH ?? '', ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

export interface ActionRun extends Proc {
  workspace: string;
  runnerTemp: string;
  summary: string;
  outputs: Record<string, string>;
}

/** `node dist/index.js` as the runner starts it, with a workspace prepared by `setup`. */
export function action(
  inputs: Record<string, string>,
  setup: (workspace: string) => void,
  opts: { heapMb?: number; timeoutMs?: number; env?: Record<string, string> } = {},
): ActionRun {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-hostile-ws-'));
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-hostile-runner-'));
  setup(workspace);
  const summaryFile = path.join(runnerTemp, 'step-summary.md');
  const outputFile = path.join(runnerTemp, 'output.txt');
  const event = path.join(runnerTemp, 'event.json');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(event, JSON.stringify({ repository: { full_name: 'o/r' } }));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${opts.heapMb ?? 256}`, path.join(ROOT, 'dist', 'index.js')], {
    cwd: workspace,
    env,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 30_000,
    killSignal: 'SIGKILL',
  });
  const outputs: Record<string, string> = {};
  const raw = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, 'utf8') : '';
  for (const m of raw.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
    ms: Date.now() - t0,
    workspace,
    runnerTemp,
    summary: fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : '',
    outputs,
  };
}

export const tmpdir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `saguard-${prefix}-`));
