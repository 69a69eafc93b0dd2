export declare function run(env?: Record<string, string | undefined>): Promise<void>;
