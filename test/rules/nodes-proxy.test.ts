import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('p', 'ops')]);
const get = role('x', ['{ apiGroups: [""], resources: [nodes, nodes/proxy], verbs: [get] }']) + CRB;
const any = role('x', ['{ apiGroups: [""], resources: ["*/proxy"], verbs: [deletecollection] }']) + CRB;

const cases: Case[] = [
  { name: 'any verb on nodes/proxy', code: get, errors: [{ messageId: 'grant', ...at(get, 5, 'nodes/proxy'), level: 'error' }] },
  { name: '*/proxy includes nodes/proxy', code: any, errors: [{ messageId: 'grant', ...at(any, 5, '"*/proxy"'), level: 'error' }] },
  { name: 'valid: nodes/metrics and nodes/stats', code: role('x', ['{ apiGroups: [""], resources: [nodes/metrics, nodes/stats], verbs: [get] }']) + CRB, errors: [] },
];

describe('nodes-proxy', () => {
  it.each(cases)('$name', (c) => runCase('nodes-proxy', c));
});
