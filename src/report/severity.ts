/**
 * "Most severe first", the one order every capped or leading list uses (the summary's tables, the
 * check run's and the workflow commands' annotations): the level, then the rule's
 * security-severity (GitHub's 0.1–10 score), otherwise the order given (findings come sorted by
 * file and line).
 */
import type { Finding, Level } from '../model/types.js';
import { ruleById } from '../rules/index.js';

const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };

/** The rule's security-severity as a number (0 when it has none). */
export const securitySeverityOf = (f: Pick<Finding, 'ruleId'>): number => Number(ruleById(f.ruleId)?.meta.securitySeverity) || 0;

/** Negative when `a` is more severe than `b`, zero when they are as severe. */
export const compareSeverity = (a: Finding, b: Finding): number => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || securitySeverityOf(b) - securitySeverityOf(a);

/** A copy, most severe first (stable: equally severe findings keep their order). */
export const bySeverity = (findings: readonly Finding[]): Finding[] => [...findings].sort(compareSeverity);
