import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at } from '../support/rbac.js';

const sa = (name: string, annotations: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: shop\n  annotations:\n${annotations}\nautomountServiceAccountToken: false\n`;
const irsa = sa('default', '    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/s3');
const both = sa('default', '    iam.gke.io/gcp-service-account: app@shop-prod.iam.gserviceaccount.com\n    azure.workload.identity/client-id: 6f3c0e7a-1b2c-4d5e-8f90-123456789abc');

const cases: Case[] = [
  { name: 'an IRSA role on default (on the annotation key)', code: irsa, errors: [{ messageId: 'default', ...at(irsa, 7, 'eks.amazonaws.com/role-arn'), path: ['metadata', 'annotations', 'eks.amazonaws.com/role-arn'], message: 'the AWS identity' }] },
  {
    name: 'GKE and Azure identities on default',
    code: both,
    errors: [
      { messageId: 'default', ...at(both, 7, 'iam.gke.io'), message: 'Google Cloud' },
      { messageId: 'default', ...at(both, 8, 'azure.workload.identity/client-id'), message: 'Azure' },
    ],
  },
  { name: 'valid: a named account', code: sa('app', '    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/s3'), errors: [] },
  { name: 'valid: other annotations on default', code: sa('default', '    team: shop'), errors: [] },
];

describe('cloud-identity-default-sa', () => {
  it.each(cases)('$name', (c) => runCase('cloud-identity-default-sa', c));
});
