/** Command-line parsing: small, strict, with one-line errors. */
import type { FailOn } from '../../model/types.js';
export declare class UsageError extends Error {
}
export declare const FORMATS: readonly ["text", "json", "sarif", "github", "markdown"];
export type Format = (typeof FORMATS)[number];
export declare const FAIL_ON: readonly FailOn[];
export interface ScanArgs {
    command: 'scan';
    paths: string[];
    format: Format;
    outputs: {
        format: Format;
        file: string;
    }[];
    namespace: string;
    failOn: FailOn;
    category: string;
    verbose: boolean;
    color: boolean | undefined;
}
export type Args = ScanArgs | {
    command: 'rules';
    format: 'text' | 'json';
} | {
    command: 'explain';
    rule: string;
} | {
    command: 'help';
    topic?: string;
} | {
    command: 'version';
};
export declare const USAGE = "usage: saguard <command> [options]\n\ncommands:\n  scan [PATH|GLOB|-]...     lint manifests (default: the current directory)\n  rules                     the rule catalogue (id, level, title, CIS)\n  explain RULE              the rule's documentation\n\nscan options:\n  --format FORMAT           text (default), json, sarif, github, markdown\n  --output FORMAT=FILE      also write FORMAT to FILE (repeatable)\n  -n, --namespace NS        namespace of objects that name none (default: default)\n  --fail-on LEVEL           error (default), warning, note, none\n  --category NAME           SARIF automationDetails category (default: saguard)\n  --verbose                 list the documents and files that were skipped\n  --no-color                plain text even on a terminal (NO_COLOR is honoured too)\n\nexit codes: 0 nothing at or above --fail-on, 1 findings at or above it,\n            2 usage or configuration error, 3 internal error\n";
export declare function parseArgs(argv: readonly string[]): Args;
