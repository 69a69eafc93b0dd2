/** Knowledge about static cloud credentials (what workload identity replaces). Values are never returned. */

export type Cloud = 'AWS' | 'Google Cloud' | 'Azure' | 'Alibaba Cloud';

export const IDENTITY_ALTERNATIVE: Record<Cloud, string> = {
  AWS: 'IAM Roles for Service Accounts or EKS Pod Identity',
  'Google Cloud': 'GKE Workload Identity Federation',
  Azure: 'Azure Workload Identity',
  'Alibaba Cloud': 'RRSA (RAM Roles for Service Accounts)',
};

/** Environment variables (and Secret keys) that carry a static secret credential. */
const SECRET_VARIABLES: Record<string, Cloud> = {
  AWS_SECRET_ACCESS_KEY: 'AWS',
  AWS_SESSION_TOKEN: 'AWS',
  AZURE_CLIENT_SECRET: 'Azure',
  AZURE_CLIENT_CERTIFICATE_PASSWORD: 'Azure',
  ARM_CLIENT_SECRET: 'Azure',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'Alibaba Cloud',
  ALICLOUD_SECRET_KEY: 'Alibaba Cloud',
};

/** The cloud of a variable or Secret key that holds a static secret credential (case-insensitive, `-` as `_`). */
export function secretVariableCloud(name: string): Cloud | undefined {
  return SECRET_VARIABLES[name.toUpperCase().replace(/-/g, '_')];
}

const AWS_CREDENTIALS_FILE = /^\s*aws_secret_access_key\s*=/im;
const GCP_KEY = /"type"\s*:\s*"service_account"[\s\S]*"private_key"|"private_key"[\s\S]*"type"\s*:\s*"service_account"/;
const AZURE_SP = /"clientSecret"\s*:\s*"[^"]+"[\s\S]*"tenantId"|"tenantId"[\s\S]*"clientSecret"\s*:\s*"[^"]+"/;

/** What kind of static credential a Secret value holds, judged by its content, or undefined. */
export function credentialContent(text: string): { cloud: Cloud; what: string } | undefined {
  if (AWS_CREDENTIALS_FILE.test(text)) return { cloud: 'AWS', what: 'an AWS credentials file with a secret access key' };
  if (GCP_KEY.test(text)) return { cloud: 'Google Cloud', what: 'a Google service-account key file' };
  if (AZURE_SP.test(text)) return { cloud: 'Azure', what: 'an Azure service-principal secret' };
  return undefined;
}

/** Decodes a Secret's `data` value; undefined when it is not base64 text. */
export function decodeSecretData(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (compact.length > 1_000_000 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('utf8');
}
