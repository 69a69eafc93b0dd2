import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, group, sa } from '../support/rbac.js';

const crbNoNs = binding('ClusterRoleBinding', 'x', { name: 'view' }, [sa('collector', 'ops'), sa('collector')]);
const kind = binding('ClusterRoleBinding', 'x', { name: 'view' }, ['{ kind: Serviceaccount, name: a, namespace: b }']);
const saGroup = binding('RoleBinding', 'x', { name: 'view' }, ['{ kind: ServiceAccount, name: a, apiGroup: rbac.authorization.k8s.io }'], 'shop');
const userGroup = binding('ClusterRoleBinding', 'x', { name: 'view' }, ['{ kind: User, name: alice, apiGroup: v1 }']);

// Item 11: a ClusterRoleBinding ServiceAccount subject without a namespace is rejected by the API server.
const cases: Case[] = [
  { name: 'a ServiceAccount without namespace in a ClusterRoleBinding (on its name)', code: crbNoNs, errors: [{ messageId: 'noNamespace', ...at(crbNoNs, 8, 'collector'), level: 'error', path: ['subjects', 1, 'name'] }] },
  { name: 'a kind the API server does not know', code: kind, errors: [{ messageId: 'kind', ...at(kind, 7, 'Serviceaccount'), level: 'error' }] },
  { name: 'a ServiceAccount with an apiGroup', code: saGroup, errors: [{ messageId: 'apiGroup', ...at(saGroup, 7, 'rbac.authorization.k8s.io'), level: 'error' }] },
  { name: 'a User with another apiGroup', code: userGroup, errors: [{ messageId: 'apiGroup', ...at(userGroup, 7, 'v1'), level: 'error', message: 'a User takes `rbac.authorization.k8s.io`' }] },
  { name: 'valid: a RoleBinding lends its namespace to a ServiceAccount subject', code: binding('RoleBinding', 'x', { name: 'view' }, [sa('collector')], 'ops'), errors: [] },
  { name: 'valid: users and groups with the RBAC group or none', code: binding('ClusterRoleBinding', 'x', { name: 'view' }, [group('devs'), '{ kind: User, name: alice }']), errors: [] },
];

describe('invalid-binding-subject', () => {
  it.each(cases)('$name', (c) => runCase('invalid-binding-subject', c));
});
