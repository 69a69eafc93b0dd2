import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const SA = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ci\n  namespace: ci\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/deployer\nautomountServiceAccountToken: false\n';
const edit = SA + binding('RoleBinding', 'ci', { name: 'edit' }, [sa('ci')], 'ci');
const viaRole = SA + '---\n' + role('reader', ['{ apiGroups: [""], resources: [secrets], verbs: [list] }']) + binding('ClusterRoleBinding', 'ci', { name: 'reader' }, [sa('ci', 'ci')]);

const cases: Case[] = [
  { name: 'edit in its namespace', code: edit, errors: [{ messageId: 'both', ...at(edit, 7, 'eks.amazonaws.com/role-arn'), message: 'through RoleBinding `ci/ci`' }] },
  { name: 'reading Secrets cluster-wide', code: viaRole, errors: [{ messageId: 'both', line: 7, column: 5, message: 'read Secrets' }] },
  { name: 'valid: only harmless grants', code: SA + binding('RoleBinding', 'ci', { name: 'view' }, [sa('ci')], 'ci'), errors: [] },
  { name: 'valid: sensitive grants without a cloud identity', code: SA.replace('eks.amazonaws.com/role-arn', 'team') + binding('RoleBinding', 'ci', { name: 'edit' }, [sa('ci')], 'ci'), errors: [] },
];

describe('cloud-identity-with-cluster-rbac', () => {
  it.each(cases)('$name', (c) => runCase('cloud-identity-with-cluster-rbac', c));
});
