/**
 * saguard as a library: `lint(sources, config)` is pure (text in, findings out); the CLI and the
 * Action are thin shells over it.
 */
import type { Finding, Level } from './model/types.js';
import { loadSources, type LoadResult, type SourceFile } from './load/load.js';
import { Inventory } from './inventory/inventory.js';
import { analyze, ruleSettings, type RuleSetting } from './analyze/analyze.js';
import { RULES, type Rule } from './rules/index.js';

export interface LintConfig {
  /** Namespace of namespaced objects that name none (default `default`). */
  namespace?: string;
  /** Per-rule level (`off` disables) and options. */
  rules?: Record<string, Level | 'off' | { level?: Level | 'off'; options?: Record<string, unknown> }>;
  /** `namespace/name` globs of ServiceAccounts created outside the scanned set. */
  knownServiceAccounts?: string[];
}

export interface LintResult {
  findings: Finding[];
  rules: readonly Rule[];
  skipped: LoadResult['skipped'];
  stats: LoadResult['stats'] & { objects: number };
}

export function lint(sources: readonly SourceFile[], config: LintConfig = {}): LintResult {
  // The same set gives the same output whatever order the files were named in.
  const ordered = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const load = loadSources(ordered, { namespace: config.namespace ?? 'default' });
  const inventory = new Inventory(load, { knownServiceAccounts: config.knownServiceAccounts ?? [] });
  const settings = new Map<string, RuleSetting>();
  for (const rule of RULES) {
    const c = config.rules?.[rule.id];
    settings.set(rule.id, ruleSettings(rule, typeof c === 'string' ? { level: c } : c));
  }
  const findings = analyze(inventory, RULES, settings);
  return { findings, rules: RULES, skipped: load.skipped, stats: { ...load.stats, objects: load.objects.length } };
}

export type { Finding, Level } from './model/types.js';
export type { SourceFile } from './load/load.js';
export { RULES } from './rules/index.js';
