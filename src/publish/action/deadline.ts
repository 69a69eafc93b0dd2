/**
 * Time bounds for the Action's reporting to GitHub: one deadline shared by every API phase (the
 * pull request's files, the check run, the SARIF upload and its processing), and a bound per phase
 * inside it, so one slow phase cannot starve the others and an API that never answers cannot hold
 * the step.
 */
import { ConfigError } from './inputs.js';

/** How long reporting may take, and how the client waits; tests shrink these (`SAGUARD_API_TIMING`). */
export interface ApiTiming {
  /** All reporting to GitHub, from the first request to the last. */
  deadlineMs: number;
  /** Bounds of the phases, each also within what is left of the deadline. */
  filesMs: number;
  checkRunMs: number;
  uploadMs: number;
  /** One request (one try); a try that times out is retried while time remains. */
  requestTimeoutMs: number;
  /** Retries of a 5xx or a request that timed out: try n + 1 waits (n + 1)² times this (Octokit's default, 1 s). */
  retries: number;
  retryBaseMs: number;
  /** What one second of `retry-after` or `x-ratelimit-reset` is worth (1000, unless a test shrinks it). */
  secondMs: number;
  /** The time between two writes (check runs, uploads): GitHub asks for a second, its secondary limits punish bursts. */
  writeGapMs: number;
  /** First wait between polls of the SARIF processing status; it doubles up to 30 times this. */
  pollBaseMs: number;
}

export const DEFAULT_TIMING: ApiTiming = {
  deadlineMs: 150_000,
  filesMs: 45_000,
  checkRunMs: 60_000,
  uploadMs: 60_000,
  requestTimeoutMs: 30_000,
  retries: 3,
  retryBaseMs: 1000,
  secondMs: 1000,
  writeGapMs: 1000,
  pollBaseMs: 1000,
};

/**
 * The timing, with the internal `SAGUARD_API_TIMING` variable (JSON, any subset of the keys)
 * applied: it exists so tests do not wait out real backoff; it is not a user setting.
 */
export function timingFrom(env: Record<string, string | undefined>): ApiTiming {
  const raw = env.SAGUARD_API_TIMING;
  if (!raw) return DEFAULT_TIMING;
  let over: unknown;
  try {
    over = JSON.parse(raw);
  } catch {
    throw new ConfigError(`SAGUARD_API_TIMING is not JSON: ${JSON.stringify(raw.slice(0, 80))}`);
  }
  const out = { ...DEFAULT_TIMING };
  for (const [k, v] of Object.entries(typeof over === 'object' && over !== null ? over : {})) {
    if (!(k in DEFAULT_TIMING) || typeof v !== 'number' || !(v >= 0)) throw new ConfigError(`SAGUARD_API_TIMING: ${k} must be one of ${Object.keys(DEFAULT_TIMING).join(', ')}, a number of milliseconds`);
    out[k as keyof ApiTiming] = v;
  }
  return out;
}

/** A GitHub API call that failed, answered what the Action cannot use, or ran out of time. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    /** The deadline of the call passed. */
    readonly timedOut = false,
  ) {
    super(message);
  }
}

/** Thrown when a deadline passes: not retried, reported as what was skipped. */
export class DeadlineError extends Error {
  override name = 'AbortError';
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what}: GitHub did not answer within the ${formatSeconds(ms)} saguard allows it`);
  }
}

export const formatSeconds = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

export class Deadline {
  readonly at: number;
  /** The bound in effect: `ms`, or what was left of the parent deadline if that was less. */
  readonly ms: number;
  readonly signal: AbortSignal;
  /** The outermost deadline (the one reporting as a whole has). */
  readonly root: Deadline;

  constructor(
    /** What the bound is of, for messages. */
    readonly what: string,
    ms: number,
    private readonly now: () => number = Date.now,
    parent?: Deadline,
  ) {
    const start = now();
    this.at = Math.min(start + ms, parent?.at ?? Infinity);
    this.ms = Math.max(0, this.at - start);
    this.root = parent?.root ?? this;
    const own = AbortSignal.timeout(Math.max(0, this.ms));
    this.signal = parent ? AbortSignal.any([parent.signal, own]) : own;
  }

  remaining(): number {
    return Math.max(0, this.at - this.now());
  }

  expired(): boolean {
    return this.remaining() === 0 || this.signal.aborted;
  }

  /** A phase: bounded by `ms` and by what is left of this deadline. */
  phase(what: string, ms: number): Deadline {
    return new Deadline(what, ms, this.now, this);
  }

  /** Why a request of `what` was not even sent: the time for all reporting had run out. */
  spent(what: string): string {
    return `${what}: not sent, the ${formatSeconds(this.root.ms)} saguard allows for reporting to GitHub had run out`;
  }
}
