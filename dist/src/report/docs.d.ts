/** The documentation page of a rule (`docs/rules/<id>.md`), generated from its metadata. */
import type { Rule } from '../rules/rule.js';
export declare function ruleDoc(rule: Rule): string;
