import * as core from '@actions/core';
import { run } from './run.js';

/** Entry of the Action: a bug is reported as such, never as a finding. */
export async function main(): Promise<void> {
  try {
    await run();
  } catch (e) {
    core.setFailed(`saguard internal error: ${(e as Error).stack ?? String(e)}`);
  }
}
