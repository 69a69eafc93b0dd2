/** The rule registry: one line per rule. */
import type { Rule } from './rule.js';
import defaultServiceAccount from './default-service-account.js';
import deprecatedServiceAccountField from './deprecated-service-account-field.js';
import tokenAutomount from './token-automount.js';
import saAutomountEnabled from './sa-automount-enabled.js';
import defaultSaNotHardened from './default-sa-not-hardened.js';
import missingServiceAccount from './missing-service-account.js';
import sharedServiceAccount from './shared-service-account.js';
import unusedServiceAccount from './unused-service-account.js';
import legacyTokenSecret from './legacy-token-secret.js';
import legacyTokenMount from './legacy-token-mount.js';
import projectedTokenSettings from './projected-token-settings.js';
import manualTokenMount from './manual-token-mount.js';
import staticCloudCredentials from './static-cloud-credentials.js';
import yamlSyntax from './yaml-syntax.js';
import duplicateKey from './duplicate-key.js';
import invalidFieldType from './invalid-field-type.js';

export const RULES: readonly Rule[] = [
  defaultServiceAccount,
  deprecatedServiceAccountField,
  tokenAutomount,
  saAutomountEnabled,
  defaultSaNotHardened,
  missingServiceAccount,
  sharedServiceAccount,
  unusedServiceAccount,
  legacyTokenSecret,
  legacyTokenMount,
  projectedTokenSettings,
  manualTokenMount,
  staticCloudCredentials,
  yamlSyntax,
  duplicateKey,
  invalidFieldType,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export type { Rule } from './rule.js';
