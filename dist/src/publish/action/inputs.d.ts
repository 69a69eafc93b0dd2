/**
 * The Action's inputs, read once into a typed object. `INPUTS` is the single list of what the
 * Action accepts; a test keeps it equal to `action.yml`.
 */
import type { FailOn } from '../../model/types.js';
export declare class ConfigError extends Error {
}
export interface InputSpec {
    name: string;
    default: string;
    description: string;
}
export declare const INPUTS: readonly InputSpec[];
export declare const OUTPUTS: readonly {
    name: string;
    description: string;
}[];
export interface ActionInputs {
    paths: string[];
    namespace: string;
    failOn: FailOn;
    sarifFile: string;
    category: string;
    annotations: 'auto' | 'workflow-commands' | 'none';
    summary: boolean;
}
/** Reads `INPUT_<NAME>` as the runner sets it (upper case, hyphens kept), falling back to the defaults. */
export declare function readInputs(env: Record<string, string | undefined>): ActionInputs;
