import { describe, expect, it } from 'vitest';
import { runCase, scan, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const R = (rule: string, opts: Parameters<typeof role>[2] = {}) => role('reader', [rule], opts);
const CRB = binding('ClusterRoleBinding', 'reader', { name: 'reader' }, [sa('app', 'shop')]);
const RB = binding('RoleBinding', 'reader', { name: 'reader' }, [sa('app')], 'shop');

const listAll = R('{ apiGroups: [""], resources: [configmaps, secrets], verbs: [get, list, watch] }') + RB;
const getAny = R('{ apiGroups: [""], resources: [secrets], verbs: [get] }') + RB;
const named = R('{ apiGroups: [""], resources: [secrets], resourceNames: [db], verbs: [get] }') + RB;
const clusterWide = R('{ apiGroups: [""], resources: [secrets], verbs: [list] }') + CRB;
const unbound = R('{ apiGroups: [""], resources: [secrets], verbs: [watch] }');
const deleteCollection = R('{ apiGroups: [""], resources: [secrets], verbs: [delete, deletecollection] }') + RB;
const patch = R('{ apiGroups: [""], resources: [configmaps, secrets], verbs: [update, patch] }') + RB;
const aggregated =
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: reader }\naggregationRule:\n  clusterRoleSelectors: [{ matchLabels: { x: y } }]\nrules:\n  - { apiGroups: [""], resources: [secrets], verbs: [list] }\n' + RB;

const cases: Case[] = [
  { name: 'list/watch read every Secret (on the resource entry; bound in a namespace: warning)', code: listAll, errors: [{ messageId: 'listAll', ...at(listAll, 5, 'secrets'), level: 'warning', path: ['rules', 0, 'resources', 1] }] },
  { name: 'get on any Secret', code: getAny, errors: [{ messageId: 'getAny', ...at(getAny, 5, 'secrets'), level: 'warning' }] },
  { name: 'get narrowed by resourceNames is a note', code: named, errors: [{ messageId: 'named', ...at(named, 5, 'secrets'), level: 'note', message: 'for `db` only' }] },
  { name: 'bound cluster-wide: one level up (error)', code: clusterWide, errors: [{ messageId: 'listAll', ...at(clusterWide, 5, 'secrets'), level: 'error', message: 'bound cluster-wide by ClusterRoleBinding `reader`' }] },
  { name: 'not bound in the set: one level down (note)', code: unbound, errors: [{ messageId: 'listAll', ...at(unbound, 5, 'secrets'), level: 'note', message: 'not bound in the scanned files' }] },
  {
    name: 'a RoleBinding to a ClusterRole is namespace scope',
    code: R('{ apiGroups: [""], resources: [secrets], verbs: [list] }') + RB,
    errors: [{ messageId: 'listAll', line: 5, column: 36, level: 'warning' }],
  },
  { name: 'valid: secrets of another API group', code: R('{ apiGroups: [vault.example.com], resources: [secrets], verbs: [get, list] }') + RB, errors: [] },
  // Item 3: deletecollection returns the deleted Secrets; patch returns the patched one.
  { name: 'deletecollection reads every Secret it deletes', code: deleteCollection, errors: [{ messageId: 'deleteCollection', ...at(deleteCollection, 5, 'secrets'), level: 'warning' }] },
  { name: 'patch reads any Secret by name (an empty patch)', code: patch, errors: [{ messageId: 'patch', ...at(patch, 5, 'secrets'), level: 'warning' }] },
  { name: 'valid: create and update only (update does not read)', code: R('{ apiGroups: [""], resources: [secrets], verbs: [create, update] }') + RB, errors: [] },
  { name: 'valid: deletecollection narrowed by resourceNames is never allowed', code: R('{ apiGroups: [""], resources: [secrets], resourceNames: [db], verbs: [deletecollection] }') + RB, errors: [] },
  // Item 8: the aggregation controller overwrites an aggregated ClusterRole's own rules.
  { name: "valid: an aggregated ClusterRole's own rules are overwritten, so not granted", code: aggregated, errors: [] },
  { name: 'valid: `*` resources are rbac-wildcard\'s finding', code: R('{ apiGroups: [""], resources: ["*"], verbs: [get] }') + RB, errors: [] },
  { name: 'valid: a Role kind of another group is not RBAC', code: 'apiVersion: example.com/v1\nkind: Role\nmetadata: { name: r }\nrules:\n  - { apiGroups: [""], resources: [secrets], verbs: [list] }\n', errors: [] },
];

describe('secrets-access', () => {
  it.each(cases)('$name', (c) => runCase('secrets-access', c));
  it('relates the granting bindings', () => {
    const f = scan(clusterWide).find((x) => x.ruleId === 'secrets-access')!;
    expect(f.related.map((r) => [r.label, r.location.region.startLine])).toEqual([['ClusterRoleBinding `reader`', 10]]);
  });
  it('the verbs shown are the ones that read', () => {
    expect(scan(listAll).find((x) => x.ruleId === 'secrets-access')!.data.verb).toBe('get`, `list`, `watch');
  });
});
