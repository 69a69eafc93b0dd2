import type { SourceFile } from '../load/load.js';
export declare class InputError extends Error {
}
export interface CollectOptions {
    cwd: string;
    /** Repository root: reported paths are relative to it when the file is inside. */
    root: string;
    readStdin?: () => Promise<string>;
}
export interface Collected {
    files: SourceFile[];
    /** Files passed over, with the reason (shown with `--verbose`). */
    skipped: {
        file: string;
        reason: string;
    }[];
    /** Helm chart templates skipped in directory scans. */
    helmTemplates: number;
}
export declare function displayPath(abs: string, root: string, cwd: string): string;
export declare function collectFiles(inputs: readonly string[], options: CollectOptions): Promise<Collected>;
