import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const RB = binding('RoleBinding', 'x', { name: 'x' }, [sa('a')], 'shop');
const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('a', 'shop')]);
const all = role('x', ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }']) + CRB;
const allCore = role('x', ['{ apiGroups: [""], resources: ["*"], verbs: ["*"] }']) + RB;
const resources = role('x', ['{ apiGroups: [""], resources: [configmaps, "*"], verbs: [get] }']) + RB;
const groups = role('x', ['{ apiGroups: ["*"], resources: [widgets], verbs: [get] }']) + RB;
const urls = role('x', ['{ nonResourceURLs: ["*"], verbs: [get] }']) + CRB;

const cases: Case[] = [
  { name: '* verbs on * resources: error, on the verb, with what it implies', code: all, errors: [{ messageId: 'allOnAll', ...at(all, 5, '"*"', 3), level: 'error', message: 'in every API group' }] },
  { name: '* on * of the core group through a RoleBinding (error stays error)', code: allCore, errors: [{ messageId: 'allOnAll', ...at(allCore, 5, '"*"', 2), level: 'error', message: 'reach the kubelet API of every node' }] },
  { name: '* resources: warning on that entry', code: resources, errors: [{ messageId: 'wildcard', ...at(resources, 5, '"*"'), level: 'warning', path: ['rules', 0, 'resources', 1], message: 'read Secrets' }] },
  { name: '* apiGroups', code: groups, errors: [{ messageId: 'wildcard', ...at(groups, 5, '"*"'), level: 'warning', message: '`apiGroups`' }] },
  { name: '* nonResourceURLs, bound cluster-wide: error', code: urls, errors: [{ messageId: 'wildcard', ...at(urls, 5, '"*"'), level: 'error' }] },
  { name: 'valid: */scale is not a wildcard resource', code: role('x', ['{ apiGroups: [apps], resources: ["*/scale"], verbs: [get] }']) + RB, errors: [] },
  { name: 'valid: explicit lists', code: role('x', ['{ apiGroups: [apps], resources: [deployments], verbs: [get, list] }']) + RB, errors: [] },
];

describe('rbac-wildcard', () => {
  it.each(cases)('$name', (c) => runCase('rbac-wildcard', c));
});
