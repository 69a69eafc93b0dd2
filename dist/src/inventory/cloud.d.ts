/** Knowledge about static cloud credentials (what workload identity replaces). Values are never returned. */
export type Cloud = 'AWS' | 'Google Cloud' | 'Azure' | 'Alibaba Cloud';
export declare const IDENTITY_ALTERNATIVE: Record<Cloud, string>;
/** The cloud of a variable or Secret key that holds a static secret credential (case-insensitive, `-` as `_`). */
export declare function secretVariableCloud(name: string): Cloud | undefined;
/** What kind of static credential a Secret value holds, judged by its content, or undefined. */
export declare function credentialContent(text: string): {
    cloud: Cloud;
    what: string;
} | undefined;
/** Decodes a Secret's `data` value; undefined when it is not base64 text. */
export declare function decodeSecretData(value: string): string | undefined;
