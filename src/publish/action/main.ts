import { setFailed } from './log.js';
import { run } from './run.js';

/** Entry of the Action: a bug is reported as such, never as a finding. */
export async function main(): Promise<void> {
  try {
    await run();
  } catch (e) {
    setFailed(`saguard internal error: ${(e as Error).stack ?? String(e)}`);
  }
}
