/**
 * saguard as a library: `lint(sources, config)` is pure (text in, findings out); the CLI and the
 * Action are thin shells over it.
 */
import type { Finding, Level } from './model/types.js';
import { type LoadResult, type SourceFile } from './load/load.js';
import { type Rule } from './rules/index.js';
export interface LintConfig {
    /** Namespace of namespaced objects that name none (default `default`). */
    namespace?: string;
    /** Per-rule level (`off` disables) and options. */
    rules?: Record<string, Level | 'off' | {
        level?: Level | 'off';
        options?: Record<string, unknown>;
    }>;
    /** `namespace/name` globs of ServiceAccounts created outside the scanned set. */
    knownServiceAccounts?: string[];
}
export interface LintResult {
    findings: Finding[];
    rules: readonly Rule[];
    skipped: LoadResult['skipped'];
    stats: LoadResult['stats'] & {
        objects: number;
    };
}
export declare function lint(sources: readonly SourceFile[], config?: LintConfig): LintResult;
export type { Finding, Level } from './model/types.js';
export type { SourceFile } from './load/load.js';
export { RULES } from './rules/index.js';
