import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('p', 'ops')]);
const APPROVAL = '{ apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests/approval], verbs: [update] }';
const SIGNER = '{ apiGroups: [certificates.k8s.io], resources: [signers], resourceNames: [kubernetes.io/kube-apiserver-client], verbs: [approve] }';
const both = role('x', [APPROVAL, SIGNER]) + CRB;
const reversed = role('x', [SIGNER, APPROVAL]);

const cases: Case[] = [
  { name: 'both rules: on the approval entry, naming the signer rule', code: both, errors: [{ messageId: 'approve', ...at(both, 5, 'certificatesigningrequests/approval'), level: 'error', message: 'rule 2 grants `approve` on `signers` for `kubernetes.io/kube-apiserver-client`' }] },
  { name: 'either order; not bound cluster-wide: a warning', code: reversed, errors: [{ messageId: 'approve', ...at(reversed, 6, 'certificatesigningrequests/approval'), level: 'warning' }] },
  { name: 'valid: the approval rule alone', code: role('x', [APPROVAL]) + CRB, errors: [] },
  { name: 'valid: the signer rule alone', code: role('x', [SIGNER]) + CRB, errors: [] },
  { name: 'valid: approve narrowed to a signer the API server does not trust for clients', code: role('x', [APPROVAL, SIGNER.replace('kubernetes.io/kube-apiserver-client', 'example.com/serving')]) + CRB, errors: [] },
  { name: 'valid: bound only by a RoleBinding, CSRs (cluster-scoped) are out of reach', code: both.replace(CRB, binding('RoleBinding', 'x', { name: 'x' }, [sa('p')], 'ops')), errors: [] },
];

describe('csr-approval', () => {
  it.each(cases)('$name', (c) => runCase('csr-approval', c));
});
