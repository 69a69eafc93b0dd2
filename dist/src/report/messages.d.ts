/** The one place where message ids and data become sentences. */
import type { Finding, ObjectRef } from '../model/types.js';
export declare function formatMessage(f: Pick<Finding, 'ruleId' | 'messageId' | 'data'>): string;
/** `Kind/namespace/name` (or `Kind/name` when cluster-scoped). */
export declare function objectName(ref: ObjectRef): string;
/** A message as one sentence with a capital letter and a period, for SARIF and summaries. */
export declare function sentence(text: string): string;
