/** The repository root above `dir` (the folder holding `.git`), or `dir` itself. */
export declare function findRepoRoot(dir: string): string;
