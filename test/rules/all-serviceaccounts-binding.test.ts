import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, group } from '../support/rbac.js';

const all = binding('ClusterRoleBinding', 'x', { name: 'view' }, [group('system:serviceaccounts')]);
const ns = binding('RoleBinding', 'x', { name: 'view' }, [group('system:serviceaccounts:shop')], 'shop');

const cases: Case[] = [
  { name: 'every account of the cluster', code: all, errors: [{ messageId: 'all', ...at(all, 7, '"system:serviceaccounts"'), message: 'every ServiceAccount of the cluster' }] },
  { name: 'every account of a namespace', code: ns, errors: [{ messageId: 'all', ...at(ns, 7, '"system:serviceaccounts:shop"'), message: 'of namespace `shop`' }] },
  { name: 'valid: the built-in issuer discovery', code: binding('ClusterRoleBinding', 'x', { name: 'system:service-account-issuer-discovery' }, [group('system:serviceaccounts')]), errors: [] },
  { name: 'valid: a group that only looks alike', code: binding('ClusterRoleBinding', 'x', { name: 'view' }, [group('system:serviceaccountsx')]), errors: [] },
];

describe('all-serviceaccounts-binding', () => {
  it.each(cases)('$name', (c) => runCase('all-serviceaccounts-binding', c));
});
