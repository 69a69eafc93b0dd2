import type * as Sarif from 'sarif';
import type { Finding } from '../model/types.js';
import type { Rule } from '../rules/rule.js';
export declare const INFORMATION_URI = "https://github.com/saguard/saguard";
export declare const helpUri: (id: string) => string;
export interface SarifOptions {
    /** `automationDetails.id` category (`<category>/`). */
    category: string;
    /** Text of each reported file as read, for `primaryLocationLineHash`. */
    sources: ReadonlyMap<string, string>;
    /** Absolute `file://` URI of the repository root, ending with `/`, for `%SRCROOT%`. */
    srcRootUri?: string;
}
export declare function ruleHelpMarkdown(rule: Rule): string;
/** `saguard/v1`: rule + file + object identity + field path, stable when lines move. */
export declare function saguardFingerprint(f: Finding): string;
export declare function renderSarif(findings: readonly Finding[], rules: readonly Rule[], options: SarifOptions): Sarif.Log;
