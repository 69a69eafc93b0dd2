import { describe, expect, it } from 'vitest';
import { runCase, scan, type Case } from '../support/helpers.js';
import { binding, role, sa } from '../support/rbac.js';

const SECRET = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: t\n  namespace: ci\n  annotations:\n    kubernetes.io/service-account.name: builder\ntype: kubernetes.io/service-account-token\n';

const cases: Case[] = [
  { name: 'a token Secret (its type)', code: SECRET, errors: [{ messageId: 'legacy', line: 8, column: 7, path: ['type'], message: '`ci/builder`' }] },
  {
    name: 'a token Secret without the account annotation',
    code: 'apiVersion: v1\nkind: Secret\nmetadata: { name: t }\ntype: "kubernetes.io/service-account-token"\n',
    errors: [{ messageId: 'noAccount', line: 4, column: 7 }],
  },
  {
    name: 'an error when the account holds sensitive permissions',
    code: SECRET + '---\n' + role('deployer', ['{ apiGroups: [apps], resources: [deployments], verbs: [create] }'], { namespace: 'ci' }) + binding('RoleBinding', 'd', { name: 'deployer', kind: 'Role' }, [sa('builder')], 'ci'),
    errors: [{ messageId: 'sensitive', line: 8, column: 7, level: 'error', message: 'which may run pods as any ServiceAccount of the namespace and mount its Secrets (through RoleBinding `ci/d`)' }],
  },
  { name: 'valid: an Opaque Secret', code: 'apiVersion: v1\nkind: Secret\nmetadata: { name: t }\ntype: Opaque\n', errors: [] },
  { name: 'valid: a Secret kind of another group', code: 'apiVersion: vault.example.com/v1\nkind: Secret\nmetadata: { name: t }\ntype: kubernetes.io/service-account-token\n', errors: [] },
];

describe('legacy-token-secret', () => {
  it.each(cases)('$name', (c) => runCase('legacy-token-secret', c));
  it('links the account when it is in the set', () => {
    const f = scan(`${SECRET}---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: builder, namespace: ci }\n`).find((x) => x.ruleId === 'legacy-token-secret')!;
    expect(f.related.map((r) => r.location.region.startLine)).toEqual([12]);
  });
});
