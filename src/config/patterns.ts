/** The shapes of names in the configuration, without dependencies (the CLI's argument parser loads them before anything else). */

/** `Kind/name` or `Kind/namespace/name`, no part empty. */
export const OBJECT_PATTERN = /^[^/\s]+(\/[^/\s]+){1,2}$/;
/** `namespace/name`. */
export const ACCOUNT_PATTERN = /^[^/\s]+\/[^/\s]+$/;
