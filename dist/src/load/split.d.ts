/**
 * Splits a YAML stream into document segments at `---` and `...` lines, as YAML itself does
 * (a document marker at column 0 can never be content), and sniffs each segment's top-level
 * `apiVersion` and `kind` so that documents no rule reads need not be parsed.
 */
export interface Segment {
    /** Offset of the segment in the file's text. */
    start: number;
    end: number;
    text: string;
    /** Top-level `apiVersion:` value as written, if a line at column 0 names one. */
    apiVersion: string | undefined;
    /** Top-level `kind:` value as written, if a line at column 0 names one. */
    kind: string | undefined;
    /** Helm's `# Source: chart/templates/x.yaml` comment at the head of the document. */
    helmSource: string | undefined;
    /** The text starts like JSON (`{` or `[`). */
    json: boolean;
}
export declare function splitDocuments(text: string): Segment[];
