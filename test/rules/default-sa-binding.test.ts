import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, sa } from '../support/rbac.js';

const rb = binding('RoleBinding', 'x', { name: 'view' }, [sa('default')], 'shop');
const crb = binding('ClusterRoleBinding', 'x', { name: 'view' }, [sa('default', 'ops')]);

const cases: Case[] = [
  { name: 'a RoleBinding subject without namespace: the binding\'s default account', code: rb, errors: [{ messageId: 'default', ...at(rb, 7, 'default'), message: 'ServiceAccount `shop/default`' }] },
  { name: 'a ClusterRoleBinding with the namespace', code: crb, errors: [{ messageId: 'default', ...at(crb, 7, 'default'), message: '`ops/default`' }] },
  { name: 'valid: a ClusterRoleBinding subject without namespace matches nothing', code: binding('ClusterRoleBinding', 'x', { name: 'view' }, [sa('default')]), errors: [] },
  { name: 'valid: another account', code: binding('RoleBinding', 'x', { name: 'view' }, [sa('app')], 'shop'), errors: [] },
];

describe('default-sa-binding', () => {
  it.each(cases)('$name', (c) => runCase('default-sa-binding', c));
});
