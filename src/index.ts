/**
 * saguard as a library: `lint(sources, config)` is pure (text in, findings out); the CLI and the
 * Action are thin shells over it.
 */
import type { Finding, Level } from './model/types.js';
import { loadSources, type LoadResult, type SourceFile } from './load/load.js';
import { Inventory } from './inventory/inventory.js';
import { analyze, ruleSettings, sortFindings, type RuleSetting } from './analyze/analyze.js';
import { suppressConfigured } from './analyze/suppress.js';
import { applyBaseline, type Baseline } from './analyze/baseline.js';
import { RULES, type Rule } from './rules/index.js';
import type { IgnoreEntry, SaguardConfig } from './config/config.js';

export interface LintConfig {
  /** Namespace of namespaced objects that name none (default `default`). */
  namespace?: string;
  /** Per-rule level (`off` disables) and options. */
  rules?: Record<string, Level | 'off' | { level?: Level | 'off'; options?: Record<string, unknown> }>;
  /** `namespace/name` globs of ServiceAccounts created outside the scanned set. */
  knownServiceAccounts?: string[];
  /** Evaluate RBAC with Kubernetes' built-in roles and bindings (default true). */
  builtins?: boolean;
  /** Configured suppressions (`ignore:` of `.saguard.yaml`), matched after `relocate`. */
  ignore?: readonly IgnoreEntry[];
  /** Findings to hide because the repository accepted them when it adopted saguard. */
  baseline?: Baseline;
  /**
   * Moves findings to the files authors edit (rendered Helm or Kustomize output to its templates
   * and patches, merging what overlays repeat), before configured suppressions and the baseline
   * are matched.
   */
  relocate?: (findings: Finding[]) => Finding[];
  /** Today, `YYYY-MM-DD` in UTC, for the `expires` of `ignore:` entries (default: the clock's). */
  today?: string;
}

export interface LintResult {
  /** Every finding, suppressed ones included (with `suppression` set), sorted. */
  findings: Finding[];
  /** Findings the baseline hid, and baseline entries that matched nothing. */
  baseline?: { hidden: number; stale: number };
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
  let findings = analyze(inventory, RULES, settings);
  if (config.relocate) findings = config.relocate(findings);
  findings.push(...suppressConfigured(findings, config.ignore ?? [], settings, config.today ?? new Date().toISOString().slice(0, 10)));
  const baseline = config.baseline ? applyBaseline(sortFindings(findings), config.baseline) : undefined;
  return {
    findings: sortFindings(findings),
    ...(baseline ? { baseline } : {}),
    rules: RULES,
    skipped: load.skipped,
    stats: { ...load.stats, objects: load.objects.length },
  };
}

/** The parts of a `.saguard.yaml` that `lint` reads (paths and the baseline file are the caller's). */
export function lintConfigOf(config: SaguardConfig): Pick<LintConfig, 'rules' | 'knownServiceAccounts' | 'ignore'> {
  return { rules: config.rules, knownServiceAccounts: config.knownServiceAccounts, ignore: config.ignore };
}

/** Loads sources into an inventory (objects, workloads, the RBAC engine) without running rules. */
export function inventoryOf(sources: readonly SourceFile[], config: Pick<LintConfig, 'namespace' | 'builtins' | 'knownServiceAccounts'> = {}): Inventory {
  // The same set gives the same output whatever order the files were named in.
  const ordered = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const load = loadSources(ordered, { namespace: config.namespace ?? 'default', objectsOnly: true });
  return new Inventory(load, { knownServiceAccounts: config.knownServiceAccounts ?? [], builtins: config.builtins !== false });
}

export type { Finding, Level } from './model/types.js';
export type { SourceFile } from './load/load.js';
export { RULES } from './rules/index.js';
