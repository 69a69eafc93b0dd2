/** Runs the rules over the inventory and turns their reports into located, sorted findings. */
import type { Finding, Level } from '../model/types.js';
import type { LoadedDocument } from '../load/load.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Rule } from '../rules/rule.js';
export interface RuleSetting {
    level: Level | 'off';
    options: Record<string, number | boolean | string>;
}
export declare function ruleSettings(rule: Rule, override?: {
    level?: Level | 'off';
    options?: Record<string, unknown>;
}): RuleSetting;
export declare function analyze(inventory: Inventory, rules: readonly Rule[], settings: ReadonlyMap<string, RuleSetting>): Finding[];
export declare function compareFindings(a: Finding, b: Finding): number;
export declare function sortFindings(findings: Finding[]): Finding[];
export type { LoadedDocument };
