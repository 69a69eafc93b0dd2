/** Text for people: grouped by file, `file:line:col level rule-id message`, a closing count. */
import type { Finding, Level } from '../model/types.js';
export interface TextOptions {
    color: boolean;
}
export declare function countByLevel(findings: readonly Finding[]): Record<Level, number>;
export declare function renderText(findings: readonly Finding[], options: TextOptions): string;
