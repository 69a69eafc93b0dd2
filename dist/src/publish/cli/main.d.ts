export interface CliIO {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    readStdin: () => Promise<string>;
    cwd: string;
    env: Record<string, string | undefined>;
    stdoutIsTTY: boolean;
    stderrIsTTY: boolean;
}
export declare function main(argv: readonly string[], io: CliIO): Promise<number>;
export declare function nodeIO(): CliIO;
