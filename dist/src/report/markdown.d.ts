/** The Markdown job summary: counts by level and rule, then the findings, within GitHub's size limit. */
import type { Finding } from '../model/types.js';
/** GitHub refuses step summaries over 1 MiB; stay well below it. */
export declare const SUMMARY_LIMIT_BYTES: number;
export interface MarkdownOptions {
    title?: string;
    /** Findings on changed lines, listed first (pull requests). */
    changed?: ReadonlySet<Finding>;
    /** Annotations that did not fit GitHub's caps. */
    omittedAnnotations?: number;
    limitBytes?: number;
}
export declare function renderMarkdown(findings: readonly Finding[], options?: MarkdownOptions): string;
