/** Types of scripts/synth.js, for the tests that generate corpora in memory. */
export interface SynthSummary {
  target: number;
  seed: number;
  relevant: number;
  objects: number;
  apps: number;
  namespaces: number;
  files: number;
  bytes: number;
  counts: Record<string, number>;
}
export function generate(options: { relevant: number; seed?: number; write: (file: string, text: string) => void }): SynthSummary;
export function generateTo(dir: string, relevant: number, seed?: number): SynthSummary;
