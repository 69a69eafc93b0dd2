/** Entry of the Action: a bug is reported as such, never as a finding. */
export declare function main(): Promise<void>;
