/** The step's own messages in the workflow log, counted: they share GitHub's annotation caps with the findings. */
import * as core from '@actions/core';
import type { Level } from '../../model/types.js';

export class ActionLog {
  /** Annotations the step has made of its own, by level. */
  readonly counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };

  info(message: string): void {
    core.info(message);
  }

  notice(message: string): void {
    this.counts.note++;
    core.notice(message);
  }

  warning(message: string): void {
    this.counts.warning++;
    core.warning(message);
  }

  /** Fails the step (one error annotation). */
  fail(message: string): void {
    this.counts.error++;
    core.setFailed(message);
  }
}
