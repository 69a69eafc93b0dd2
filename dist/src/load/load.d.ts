/** Bytes → Kubernetes objects with positions, plus the problems found while reading. */
import { type Document } from 'yaml';
import type { JsonPath, ObjectRef, Region } from '../model/types.js';
import { LineIndex } from './lines.js';
import { type Segment } from './split.js';
import { type DuplicateKey, type YamlProblem } from './yaml.js';
export interface SourceFile {
    /** Path as reported: relative to the repository root where known, forward slashes. */
    path: string;
    text: string;
}
export interface LoadOptions {
    /** Namespace of namespaced objects that name none. */
    namespace: string;
}
/** One parsed YAML document of a file. */
export declare class LoadedDocument {
    readonly file: string;
    readonly index: number;
    readonly lines: LineIndex;
    readonly offset: number;
    readonly doc: Document.Parsed | undefined;
    readonly segment: Segment;
    readonly duplicates: DuplicateKey[];
    readonly problems: YamlProblem[];
    constructor(file: string, index: number, lines: LineIndex, offset: number, doc: Document.Parsed | undefined, segment: Segment, duplicates: DuplicateKey[], problems: YamlProblem[]);
    get helmSource(): string | undefined;
    /** Looks like a Kubernetes object (top-level `apiVersion:` and `kind:`), even if it does not parse. */
    get looksLikeObject(): boolean;
    regionOf(start: number, end: number): Region;
    /**
     * Region of the node at a JSON path: a scalar's own text; a mapping or sequence by the key that
     * holds it (or its first line). A path that does not exist resolves to its deepest existing parent.
     */
    locate(path: JsonPath): Region;
    /** Region of the key at a path (the `name:` part), falling back to `locate`. */
    locateKey(path: JsonPath): Region;
    /** The text of the scalar at a path as written in the file (`no`, `"false"`), if it is a scalar. */
    sourceOf(path: JsonPath): string | undefined;
    /** True when the exact path exists in the document. */
    has(path: JsonPath): boolean;
}
export interface K8sObject {
    id: number;
    ref: ObjectRef;
    apiVersion: string;
    value: Record<string, unknown>;
    document: LoadedDocument;
    /** Where the object sits in its document: `[]`, or `['items', 3]` inside a List. */
    basePath: JsonPath;
    /** True when `metadata.namespace` was absent and the default namespace was used. */
    namespaceDefaulted: boolean;
}
export interface SkippedDocument {
    file: string;
    line: number;
    reason: string;
}
export interface LoadResult {
    documents: LoadedDocument[];
    objects: K8sObject[];
    skipped: SkippedDocument[];
    stats: {
        files: number;
        bytes: number;
        documents: number;
        parsed: number;
        unread: number;
    };
}
export declare function loadSources(files: readonly SourceFile[], options: LoadOptions): LoadResult;
