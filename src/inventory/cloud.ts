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

// ---- Workload identity: the annotations that federate a ServiceAccount to a cloud identity ----

export const AWS_ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';
export const GKE_ANNOTATION = 'iam.gke.io/gcp-service-account';
export const AZURE_CLIENT_ANNOTATION = 'azure.workload.identity/client-id';
export const AZURE_TENANT_ANNOTATION = 'azure.workload.identity/tenant-id';
export const AZURE_USE_LABEL = 'azure.workload.identity/use';

export interface CloudIdentity {
  cloud: 'AWS' | 'Google Cloud' | 'Azure';
  annotation: string;
  value: string;
}

/** The cloud identities a ServiceAccount's annotations name (not yet validated). */
export function cloudIdentities(annotations: Readonly<Record<string, string>>): CloudIdentity[] {
  const out: CloudIdentity[] = [];
  const a = annotations[AWS_ROLE_ANNOTATION];
  if (a !== undefined) out.push({ cloud: 'AWS', annotation: AWS_ROLE_ANNOTATION, value: a });
  const g = annotations[GKE_ANNOTATION];
  if (g !== undefined) out.push({ cloud: 'Google Cloud', annotation: GKE_ANNOTATION, value: g });
  const z = annotations[AZURE_CLIENT_ANNOTATION];
  if (z !== undefined) out.push({ cloud: 'Azure', annotation: AZURE_CLIENT_ANNOTATION, value: z });
  return out;
}

/** IAM role ARN: partition, empty region, 12-digit account, `role/` with an optional path. */
const PARTITION = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):/;
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** GCP service-account e-mails: user-managed, domain-scoped projects, and the Google-managed default accounts. */
const GSA_EMAIL = /^(?:[a-z](?:[a-z0-9-]{4,28})[a-z0-9]@[a-z][a-z0-9-]{4,28}[a-z0-9](?:\.[a-z0-9][a-z0-9.-]*[a-z0-9])?\.iam\.gserviceaccount\.com|\d+-compute@developer\.gserviceaccount\.com|[a-z][a-z0-9-]{4,28}[a-z0-9]@appspot\.gserviceaccount\.com)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An account or project ID: 6 to 30 lower-case letters, digits and hyphens, from a letter to a letter or digit. */
function idProblem(what: string, id: string): string | undefined {
  if (id.length < 6 || id.length > 30) return `${what} of 6 to 30 characters (\`${id}\` has ${id.length})`;
  if (!/^[a-z][a-z0-9-]*[a-z0-9]$/.test(id)) return `${what} of lower-case letters, digits and hyphens that starts with a letter and ends with a letter or digit (not \`${id}\`)`;
  return undefined;
}

/** Why a value is not a Google service-account e-mail: the part that is wrong, and what it must be. */
function gsaProblem(value: string): string {
  const form = 'a Google service-account e-mail (`NAME@PROJECT_ID.iam.gserviceaccount.com`)';
  const at = value.indexOf('@');
  if (at === -1 || at !== value.lastIndexOf('@')) return form;
  const name = value.slice(0, at);
  const domain = value.slice(at + 1);
  const suffix = '.iam.gserviceaccount.com';
  if (!domain.endsWith(suffix)) return `${form}; \`${domain}\` does not end with \`${suffix}\``;
  // A domain-scoped project (`example.com:proj`) is written `proj.example.com` here.
  const project = domain.slice(0, -suffix.length).split('.')[0]!;
  return idProblem('a service-account name', name) ?? idProblem('a project ID', project) ?? form;
}

/** What is wrong with an identity annotation's value, or undefined when it is well-formed. */
export function identityProblem(annotation: string, value: string): string | undefined {
  switch (annotation) {
    case AWS_ROLE_ANNOTATION: {
      if (ROLE_ARN.test(value)) return undefined;
      if (/^arn:[^:]*:iam::[^:]*:user\//.test(value)) return 'a role ARN, not a user ARN (IRSA assumes roles)';
      if (/^arn:[^:]*:iam::[^:]*:role\//.test(value) && !/^arn:[^:]*:iam::\d{12}:/.test(value)) return 'a 12-digit account id in the role ARN';
      if (/^arn:/.test(value) && !PARTITION.test(value)) return 'a known AWS partition (`aws`, `aws-cn`, `aws-us-gov`, ...) in the role ARN';
      return 'an IAM role ARN (`arn:aws:iam::123456789012:role/PATH/NAME`, the region empty, a role name of at most 64 characters)';
    }
    case GKE_ANNOTATION:
      return GSA_EMAIL.test(value) ? undefined : gsaProblem(value);
    case AZURE_CLIENT_ANNOTATION:
    case AZURE_TENANT_ANNOTATION:
      return UUID.test(value) ? undefined : 'a UUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`)';
    default:
      return undefined;
  }
}
