/**
 * The JSON report, for scripts. Its shape is versioned (`schemaVersion`) and documented in
 * `docs/json-report.md`; fields are only ever added within a version.
 */
import type { Finding } from '../model/types.js';
export declare const JSON_SCHEMA_VERSION = 1;
export interface JsonReport {
    schemaVersion: 1;
    tool: {
        name: 'saguard';
        version: string;
    };
    summary: {
        findings: number;
        errors: number;
        warnings: number;
        notes: number;
        suppressed: number;
    };
    findings: {
        ruleId: string;
        level: string;
        message: string;
        messageId: string;
        data: Record<string, string | number>;
        file: string;
        startLine: number;
        startColumn: number;
        endLine: number;
        endColumn: number;
        object: {
            apiVersion: string;
            kind: string;
            namespace: string | null;
            name: string;
        } | null;
        path: (string | number)[];
        related: {
            file: string;
            startLine: number;
            startColumn: number;
            label: string;
        }[];
        suppressed: {
            kind: string;
            justification: string;
        } | null;
    }[];
}
export declare function renderJson(findings: readonly Finding[]): string;
