/** Hashes of every line of `text`, indexed by 1-based line number. */
export declare function lineHashes(text: string): Map<number, string>;
