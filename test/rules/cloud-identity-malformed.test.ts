import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at } from '../support/rbac.js';

const sa = (annotation: string, value: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n  namespace: shop\n  annotations:\n    ${annotation}: "${value}"\nautomountServiceAccountToken: false\n`;
const bad = (annotation: string, value: string, expected: string): Case => {
  const code = sa(annotation, value);
  return { name: `${annotation}: ${value}`, code, errors: [{ messageId: 'malformed', ...at(code, 7, `"${value}"`), message: expected }] };
};
const good = (annotation: string, value: string): Case => ({ name: `valid: ${annotation}: ${value}`, code: sa(annotation, value), errors: [] });

const R = 'eks.amazonaws.com/role-arn';
const G = 'iam.gke.io/gcp-service-account';
const A = 'azure.workload.identity/client-id';
const T = 'azure.workload.identity/tenant-id';

const cases: Case[] = [
  bad(R, 'arn:aws:iam::12345678901:role/s3', 'a 12-digit account id'),
  bad(R, 'arn:aws:iam::123456789012:user/deployer', 'not a user ARN'),
  bad(R, 'arn:aws:iam:eu-west-1:123456789012:role/s3', 'an IAM role ARN'),
  bad(R, 'arn:aws-eu:iam::123456789012:role/s3', 'a known AWS partition'),
  bad(R, 's3-role', 'an IAM role ARN'),
  bad(R, `arn:aws:iam::123456789012:role/${'r'.repeat(65)}`, 'at most 64 characters'),
  bad(R, 'arn:aws:iam::123456789012:role/', 'an IAM role ARN'),
  good(R, 'arn:aws:iam::123456789012:role/s3'),
  good(R, 'arn:aws-cn:iam::123456789012:role/service-role/app.v2@team'),
  good(R, 'arn:aws-us-gov:iam::123456789012:role/a/b/c/app'),
  // The real reason, not only the shape.
  bad(G, 'app@shop-prod.iam.gservice.com', '`shop-prod.iam.gservice.com` does not end with `.iam.gserviceaccount.com`'),
  bad(G, 'app', 'a Google service-account e-mail (`NAME@PROJECT_ID.iam.gserviceaccount.com`)'),
  bad(G, 'a@shop-prod.iam.gserviceaccount.com', 'a service-account name of 6 to 30 characters (`a` has 1)'),
  bad(G, 'app@shop-prod.iam.gserviceaccount.com', 'a service-account name of 6 to 30 characters (`app` has 3)'),
  bad(G, 'App-sync@shop-prod.iam.gserviceaccount.com', 'a service-account name of lower-case letters, digits and hyphens that starts with a letter and ends with a letter or digit (not `App-sync`)'),
  bad(G, 'app-sync@shop.iam.gserviceaccount.com', 'a project ID of 6 to 30 characters (`shop` has 4)'),
  bad(G, `app-sync@${'p'.repeat(31)}.iam.gserviceaccount.com`, 'a project ID of 6 to 30 characters'),
  good(G, 'app-sync@shop-prod.iam.gserviceaccount.com'),
  good(G, 'app-sync@my-project.example.com.iam.gserviceaccount.com'),
  good(G, '123456789012-compute@developer.gserviceaccount.com'),
  good(G, 'shop-prod@appspot.gserviceaccount.com'),
  bad(A, '6f3c0e7a1b2c4d5e8f90123456789abc', 'a UUID'),
  bad(A, 'my-app-client', 'a UUID'),
  bad(T, '6f3c0e7a-1b2c-4d5e-8f90-123456789ab', 'a UUID'),
  good(A, '6F3C0E7A-1B2C-4D5E-8F90-123456789ABC'),
  good(T, '72f988bf-86f1-41af-91ab-2d7cd011db47'),
];

describe('cloud-identity-malformed', () => {
  it.each(cases)('$name', (c) => runCase('cloud-identity-malformed', c));
});
