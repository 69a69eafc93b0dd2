import { generate, type SynthSummary } from '../../scripts/synth.js';

/** A seeded synthetic monorepo (scripts/synth.js) in memory. */
export function synthetic(relevant: number, seed = relevant): { files: { path: string; text: string }[]; summary: SynthSummary } {
  const files: { path: string; text: string }[] = [];
  const summary = generate({ relevant, seed, write: (path, text) => files.push({ path, text }) });
  return { files, summary };
}
