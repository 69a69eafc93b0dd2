/**
 * Typed reading of the fields saguard relies on. A field of the wrong type is recorded once as an
 * issue (reported by `invalid-field-type`) and read as absent, as the API server would refuse it.
 * `null` means absent, as in Kubernetes.
 */
import type { JsonPath } from '../model/types.js';
import type { K8sObject } from '../load/load.js';
export type Json = null | boolean | number | string | Json[] | {
    [k: string]: Json;
};
export type JsonObject = Record<string, unknown>;
export type TypeName = 'string' | 'boolean' | 'integer' | 'number' | 'list' | 'map' | 'null';
export interface FieldTypeIssue {
    object: K8sObject;
    path: JsonPath;
    expected: TypeName;
    actual: TypeName;
    /** The scalar as written, when it is short and harmless to show. */
    shown: string | undefined;
}
export declare const isRecord: (v: unknown) => v is JsonObject;
export declare function typeName(v: unknown): TypeName;
export declare function getIn(root: unknown, path: JsonPath): unknown;
export declare class FieldReader {
    readonly issues: FieldTypeIssue[];
    private readonly seen;
    private check;
    string(obj: K8sObject, path: JsonPath): string | undefined;
    bool(obj: K8sObject, path: JsonPath): boolean | undefined;
    int(obj: K8sObject, path: JsonPath): number | undefined;
    map(obj: K8sObject, path: JsonPath): JsonObject | undefined;
    /** The items of a list field (empty when absent or of the wrong type). */
    list(obj: K8sObject, path: JsonPath): unknown[];
    /** The map items of a list field with their index; items that are not maps are issues. */
    mapItems(obj: K8sObject, path: JsonPath): {
        index: number;
        value: JsonObject;
    }[];
}
