/**
 * Typed reading of the fields saguard relies on. A field of the wrong type is recorded once as an
 * issue (reported by `invalid-field-type`) and read as absent, as the API server would refuse it.
 * `null` means absent, as in Kubernetes.
 */
import type { JsonPath } from '../model/types.js';
import type { K8sObject } from '../load/load.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = Record<string, unknown>;

export type TypeName = 'string' | 'boolean' | 'integer' | 'number' | 'list' | 'map' | 'null';

export interface FieldTypeIssue {
  object: K8sObject;
  path: JsonPath;
  expected: TypeName;
  actual: TypeName;
  /** The scalar as read, when it is short and harmless to show. */
  shown: string | undefined;
  /** The scalar as written in the file (`no`, `"false"`), when it is a scalar. */
  written: string | undefined;
}

export const isRecord = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function typeName(v: unknown): TypeName {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'map';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return 'string';
}

export function getIn(root: unknown, path: JsonPath): unknown {
  let v: unknown = root;
  for (const step of path) {
    if (Array.isArray(v) && typeof step === 'number') v = v[step];
    else if (isRecord(v) && typeof step === 'string') v = Object.prototype.hasOwnProperty.call(v, step) ? v[step] : undefined;
    else return undefined;
  }
  return v;
}

export class FieldReader {
  readonly issues: FieldTypeIssue[] = [];
  private readonly seen = new Set<string>();

  private check(obj: K8sObject, path: JsonPath, expected: TypeName): unknown {
    const v = getIn(obj.value, path);
    if (v === null || v === undefined) return undefined;
    const actual = typeName(v);
    const ok = actual === expected || (expected === 'number' && actual === 'integer');
    if (ok) return v;
    const key = `${obj.id}:${JSON.stringify(path)}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      const shown = actual === 'string' || actual === 'boolean' || actual === 'integer' || actual === 'number' ? String(v) : undefined;
      this.issues.push({
        object: obj,
        path: [...path],
        expected,
        actual,
        shown: shown !== undefined && shown.length <= 60 ? shown : undefined,
        written: shown !== undefined ? obj.document.sourceOf([...obj.basePath, ...path]) : undefined,
      });
    }
    return undefined;
  }

  string(obj: K8sObject, path: JsonPath): string | undefined {
    return this.check(obj, path, 'string') as string | undefined;
  }

  bool(obj: K8sObject, path: JsonPath): boolean | undefined {
    return this.check(obj, path, 'boolean') as boolean | undefined;
  }

  int(obj: K8sObject, path: JsonPath): number | undefined {
    return this.check(obj, path, 'integer') as number | undefined;
  }

  map(obj: K8sObject, path: JsonPath): JsonObject | undefined {
    return this.check(obj, path, 'map') as JsonObject | undefined;
  }

  /** The items of a list field (empty when absent or of the wrong type). */
  list(obj: K8sObject, path: JsonPath): unknown[] {
    return (this.check(obj, path, 'list') as unknown[] | undefined) ?? [];
  }

  /** A list of strings (absent: empty); items that are not strings are issues and left out. */
  strings(obj: K8sObject, path: JsonPath): string[] {
    const out: string[] = [];
    this.list(obj, path).forEach((_, i) => {
      const v = this.string(obj, [...path, i]);
      if (v !== undefined) out.push(v);
    });
    return out;
  }

  /** A map of strings (labels, annotations); values that are not strings are issues and left out. */
  stringMap(obj: K8sObject, path: JsonPath): Record<string, string> {
    const out: Record<string, string> = {};
    const m = this.map(obj, path);
    if (m) for (const k of Object.keys(m)) {
      const v = this.string(obj, [...path, k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }

  /** The map items of a list field with their index; items that are not maps are issues. */
  mapItems(obj: K8sObject, path: JsonPath): { index: number; value: JsonObject }[] {
    const out: { index: number; value: JsonObject }[] = [];
    this.list(obj, path).forEach((_, index) => {
      const v = this.map(obj, [...path, index]);
      if (v) out.push({ index, value: v });
    });
    return out;
  }
}
