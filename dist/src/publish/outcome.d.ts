import type { FailOn, Finding } from '../model/types.js';
/** The findings that fail the run: not suppressed, at or above `failOn`. */
export declare function failing(findings: readonly Finding[], failOn: FailOn): Finding[];
