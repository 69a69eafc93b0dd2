/** The rule registry: one line per rule. */
import type { Rule } from './rule.js';
export declare const RULES: readonly Rule[];
export declare function ruleById(id: string): Rule | undefined;
export type { Rule } from './rule.js';
