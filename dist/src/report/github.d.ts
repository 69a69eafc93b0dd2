/** GitHub workflow-command annotations, within GitHub's caps. */
import type { Finding } from '../model/types.js';
/** GitHub keeps at most 10 annotations of each level per step (and 50 per job). */
export declare const ANNOTATIONS_PER_LEVEL = 10;
export declare const ANNOTATIONS_PER_JOB = 50;
export declare const escapeData: (s: string) => string;
export declare const escapeProperty: (s: string) => string;
export declare function workflowCommand(f: Finding): string;
export interface AnnotationSelection {
    selected: Finding[];
    /** Findings that did not fit GitHub's caps. */
    omitted: Finding[];
}
/**
 * The findings that fit, most severe first. `reservedErrors` keeps room for errors the step
 * itself emits (`core.setFailed` uses one).
 */
export declare function selectAnnotations(findings: readonly Finding[], reservedErrors?: number): AnnotationSelection;
export declare function renderGithub(findings: readonly Finding[], reservedErrors?: number): string;
