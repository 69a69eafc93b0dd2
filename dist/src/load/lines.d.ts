import type { Region } from '../model/types.js';
/** Maps offsets in a text to 1-based lines and columns. Computed once per file, resolved lazily. */
export declare class LineIndex {
    readonly text: string;
    private readonly starts;
    constructor(text: string);
    get lineCount(): number;
    /** 1-based line and column of an offset. */
    position(offset: number): {
        line: number;
        column: number;
    };
    /** The text of a 1-based line, without its line break. */
    lineText(line: number): string;
    /** Region of [start, end) offsets. An empty range covers one character. */
    region(start: number, end: number): Region;
    /** Region covering the first line from `start` (used for collections: their first line). */
    firstLineRegion(start: number, end: number): Region;
    private trimEnd;
}
