import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('p', 'ops')]);
const RB = binding('RoleBinding', 'x', { name: 'x' }, [sa('p')], 'ops');
const withVerbs = (resources: string, verbs: string, bind = CRB) => role('x', [`{ apiGroups: [""], resources: [${resources}], verbs: [${verbs}] }`]) + bind;
const get = withVerbs('nodes, nodes/proxy', 'get');
const create = withVerbs('"*/proxy"', 'create');
const star = withVerbs('nodes/proxy', '"*"');
const update = withVerbs('nodes/proxy', 'list, update, patch');
const updateUnbound = role('x', ['{ apiGroups: [""], resources: [nodes/proxy], verbs: [patch] }']);

// nodes/proxy by verb: the kubelet maps GET to get, POST to create (exec, run), PUT/PATCH to update/patch (log verbosity only).
const cases: Case[] = [
  { name: 'get on nodes/proxy: the kubelet API (error, on the entry)', code: get, errors: [{ messageId: 'grant', ...at(get, 5, 'nodes/proxy'), level: 'error' }] },
  { name: 'create through */proxy reaches exec and run', code: create, errors: [{ messageId: 'grant', ...at(create, 5, '"*/proxy"'), level: 'error' }] },
  { name: '`*` verbs', code: star, errors: [{ messageId: 'grant', ...at(star, 5, 'nodes/proxy'), level: 'error', message: 'grants `*` on `nodes/proxy`' }] },
  { name: 'update and patch reach only log verbosity: a note even bound cluster-wide', code: update, errors: [{ messageId: 'logLevel', ...at(update, 5, 'nodes/proxy'), level: 'note', message: 'grants `update`, `patch` on `nodes/proxy`' }] },
  { name: 'update or patch not bound: a note', code: updateUnbound, errors: [{ messageId: 'logLevel', ...at(updateUnbound, 5, 'nodes/proxy'), level: 'note' }] },
  { name: 'valid: list, watch, delete and deletecollection grant nothing there', code: withVerbs('nodes/proxy', 'list, watch, delete, deletecollection'), errors: [] },
  { name: 'valid: approve is not a kubelet verb', code: withVerbs('"*/proxy"', 'approve'), errors: [] },
  { name: 'valid: a ClusterRole bound only by a RoleBinding grants nothing on nodes', code: withVerbs('nodes/proxy', 'get', RB), errors: [] },
  { name: 'valid: a Role cannot grant nodes/proxy', code: role('x', ['{ apiGroups: [""], resources: [nodes/proxy], verbs: [get] }'], { namespace: 'ops' }) + binding('RoleBinding', 'x', { name: 'x', kind: 'Role' }, [sa('p')], 'ops'), errors: [] },
  { name: 'valid: nodes/metrics and nodes/stats', code: withVerbs('nodes/metrics, nodes/stats', 'get'), errors: [] },
];

describe('nodes-proxy', () => {
  it.each(cases)('$name', (c) => runCase('nodes-proxy', c));
});
