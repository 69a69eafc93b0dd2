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
  /** Evaluate RBAC with Kubernetes' built-in roles and bindings (default true). */
  builtins?: boolean;
}

export interface LintResult {
  findings: Finding[];
  rules: readonly Rule[];
  skipped: LoadResult['skipped'];
  stats: LoadResult['stats'] & { objects: number };
}

export function lint(sources: readonly SourceFile[], config: LintConfig = {}): LintResult {
  const inventory = inventoryOf(sources, config);
  const load = inventory.load;
  const settings = new Map<string, RuleSetting>();
  for (const rule of RULES) {
    const c = config.rules?.[rule.id];
    settings.set(rule.id, ruleSettings(rule, typeof c === 'string' ? { level: c } : c));
  }
  const findings = analyze(inventory, RULES, settings);
  return { findings, rules: RULES, skipped: load.skipped, stats: { ...load.stats, objects: load.objects.length } };
}

/** Loads sources into an inventory (objects, workloads, the RBAC engine) without running rules. */
export function inventoryOf(sources: readonly SourceFile[], config: Pick<LintConfig, 'namespace' | 'builtins' | 'knownServiceAccounts'> = {}): Inventory {
  // The same set gives the same output whatever order the files were named in.
  const ordered = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const load = loadSources(ordered, { namespace: config.namespace ?? 'default' });
  return new Inventory(load, { knownServiceAccounts: config.knownServiceAccounts ?? [], builtins: config.builtins !== false });
}

export type { Finding, Level } from './model/types.js';
export type { SourceFile } from './load/load.js';
export { RULES } from './rules/index.js';
