/**
 * Baselines: the findings a repository had when it adopted saguard, by `saguard/v1` fingerprint
 * (rule, file, object and field path: no line numbers, so they survive lines moving). Findings in
 * the baseline are hidden like suppressed ones; everything else is new.
 */
import type { Finding } from '../model/types.js';
import { saguardFingerprint } from './fingerprint.js';

export const BASELINE_VERSION = 1;

export interface Baseline {
  /** The file, as the user named it (for messages and SARIF justifications). */
  file: string;
  /** How many findings of each fingerprint the baseline accepts. */
  counts: ReadonlyMap<string, number>;
}

/** What `--write-baseline` writes: one entry per finding, readable in a review. */
export interface BaselineFile {
  version: 1;
  tool: 'saguard';
  findings: { fingerprint: string; rule: string; file: string; object?: string; message?: string }[];
}

/** Reads a baseline file; a problem is one sentence saying what is wrong. */
export function parseBaseline(text: string, file: string): { baseline: Baseline } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problem: `${file} is not JSON (${(e as Error).message}); write it with saguard scan --write-baseline ${file}` };
  }
  const d = data as Partial<BaselineFile> | null;
  if (!d || typeof d !== 'object' || d.tool !== 'saguard' || !Array.isArray(d.findings)) {
    return { problem: `${file} is not a saguard baseline (expected {"version": ${BASELINE_VERSION}, "tool": "saguard", "findings": [...]}); write it with saguard scan --write-baseline ${file}` };
  }
  if (d.version !== BASELINE_VERSION) return { problem: `${file} is a version ${JSON.stringify(d.version)} baseline; this saguard reads version ${BASELINE_VERSION}` };
  const counts = new Map<string, number>();
  for (const [i, e] of d.findings.entries()) {
    const fp = (e as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fp !== 'string' || !/^[0-9a-f]{32}$/.test(fp)) return { problem: `${file}: findings[${i}] has no valid fingerprint (32 hexadecimal digits)` };
    counts.set(fp, (counts.get(fp) ?? 0) + 1);
  }
  return { baseline: { file, counts } };
}

/**
 * Hides the findings the baseline holds (as many of each fingerprint as it counts), leaving
 * suppressed findings alone. Returns how many it hid and how many of its entries matched nothing.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { hidden: number; stale: number } {
  const left = new Map(baseline.counts);
  let hidden = 0;
  for (const f of findings) {
    if (f.suppression) continue;
    const fp = saguardFingerprint(f);
    const n = left.get(fp) ?? 0;
    if (n === 0) continue;
    left.set(fp, n - 1);
    f.suppression = { kind: 'external', justification: `in the baseline ${baseline.file}`, source: 'baseline' };
    hidden++;
  }
  let stale = 0;
  for (const n of left.values()) stale += n;
  return { hidden, stale };
}
