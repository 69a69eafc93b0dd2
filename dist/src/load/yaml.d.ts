/**
 * YAML documents as the Kubernetes API server reads them: YAML 1.1 scalars (`no` is false,
 * `"false"` is a string), merge keys, the last of duplicate keys wins (and is reported), alias
 * expansion bounded. Every value keeps its node, so a JSON path resolves to a position.
 */
import { type Document, type Node as YamlNode } from 'yaml';
import type { JsonPath } from '../model/types.js';
/** Nodes that may be produced through aliases before a document counts as an alias bomb. */
export declare const ALIAS_EXPANSION_LIMIT = 100000;
/** Deeper nesting than this is refused (the API server's own decoder limits depth too). */
export declare const MAX_DEPTH = 500;
export interface DuplicateKey {
    key: string;
    /** Path of the mapping that holds the duplicate. */
    path: JsonPath;
    /** Offsets (in the parsed text) of the repeated key and of its first occurrence. */
    start: number;
    end: number;
    firstStart: number;
    firstEnd: number;
}
export interface YamlProblem {
    code: 'syntax' | 'alias-limit' | 'depth-limit';
    message: string;
    start: number;
    end: number;
}
export interface ParsedYaml {
    doc: Document.Parsed;
    value: unknown;
    duplicates: DuplicateKey[];
    problems: YamlProblem[];
}
/** Parses one document segment. Never throws for bad input. */
export declare function parseYamlSegment(text: string): ParsedYaml[];
export interface NodeAt {
    /** The value node at the path (aliases resolved). */
    node: YamlNode | null;
    /** The key node of the pair holding it, when the last step is a mapping key. */
    key: YamlNode | null;
}
/** Resolves a JSON path to its node; stops at the deepest node that exists. */
export declare function nodeAt(doc: Document.Parsed, path: JsonPath): NodeAt & {
    matched: number;
};
