import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('p', 'ops')]);
const RB = binding('RoleBinding', 'x', { name: 'x' }, [sa('p')], 'shop');
const rule = '{ apiGroups: [""], resources: [persistentvolumes], verbs: [create] }';
const bound = role('x', [rule]) + CRB;
const viaRoleBinding = role('x', [rule]) + RB;

const cases: Case[] = [
  { name: 'bound cluster-wide: error', code: bound, errors: [{ messageId: 'grant', ...at(bound, 5, 'persistentvolumes'), level: 'error' }] },
  { name: 'not bound in the set: a note (it may be bound cluster-wide elsewhere)', code: role('x', [rule]), errors: [{ messageId: 'grant', ...at(role('x', [rule]), 5, 'persistentvolumes'), level: 'note', message: 'not bound in the scanned files' }] },
  { name: 'valid: bound only by a RoleBinding, a ClusterRole grants nothing on a cluster-scoped resource', code: viaRoleBinding, errors: [] },
  { name: 'valid: a Role cannot grant it', code: role('x', [rule], { namespace: 'shop' }), errors: [] },
  { name: 'valid: claims', code: role('x', ['{ apiGroups: [""], resources: [persistentvolumeclaims], verbs: [create] }']) + CRB, errors: [] },
];

describe('pv-create', () => {
  it.each(cases)('$name', (c) => runCase('pv-create', c));
});
