/**
 * What the Action tells the runner: log lines, its own notices, warnings and errors as workflow
 * commands, outputs through the `GITHUB_OUTPUT` file, the exit code.
 *
 * These are the few runner commands of @actions/core, written with the escaping the findings'
 * annotations already use (`report/github.ts`): @actions/core bundles an HTTP client (undici, for
 * OIDC tokens saguard never asks for), a megabyte of JavaScript compiled at start-up. Measured with
 * `log.ts` delegating to @actions/core 3.0.1 instead (CPU, median of 15): +44 ms on a push that
 * makes no API request (148 -> 193 ms), +44 ms on an empty workspace (82 -> 126 ms), nothing on a
 * pull request, where Octokit loads an HTTP client anyway (332 -> 334 ms).
 */
import fs from 'node:fs';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Level } from '../../model/types.js';
import { escapeData } from '../../report/github.js';

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** A workflow command without properties: `::warning::message`. */
export function issue(level: Level, message: string): void {
  process.stdout.write(`::${COMMAND[level]}::${escapeData(message)}${os.EOL}`);
}

/** Fails the step: exit code 1 and one error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issue('error', message);
}

/**
 * Sets a step output (`name<<DELIMITER` … `DELIMITER` in `GITHUB_OUTPUT`, as @actions/core writes
 * it). Outside a runner, without `GITHUB_OUTPUT`, there is nowhere to set it.
 */
export function setOutput(name: string, value: string, env: Record<string, string | undefined> = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  fs.appendFileSync(file, `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`, 'utf8');
}

/** The step's own messages in the workflow log, counted: they share GitHub's annotation caps with the findings. */
export class ActionLog {
  /** Annotations the step has made of its own, by level. */
  readonly counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };

  info(message: string): void {
    process.stdout.write(message + os.EOL);
  }

  notice(message: string): void {
    this.counts.note++;
    issue('note', message);
  }

  warning(message: string): void {
    this.counts.warning++;
    issue('warning', message);
  }

  /** Fails the step (one error annotation). */
  fail(message: string): void {
    this.counts.error++;
    setFailed(message);
  }
}
