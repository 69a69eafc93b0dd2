import { describe, expect, it } from 'vitest';
import { runCase, scan, type Case } from '../support/helpers.js';
import { at, binding, group, role, sa } from '../support/rbac.js';

const toClusterAdmin = binding('ClusterRoleBinding', 'ops', { name: 'cluster-admin' }, [sa('op', 'ops')]);
const inNamespace = binding('RoleBinding', 'ops', { name: 'cluster-admin' }, [sa('op')], 'shop');
const equivalent = role('god', ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }']) + binding('ClusterRoleBinding', 'god', { name: 'god' }, [group('ops')]);
const aggregated =
  role('parts', ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }'], { labels: 'give: all' }) +
  '---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: innocent-looking }\naggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: { give: all }\n' +
  binding('ClusterRoleBinding', 'b', { name: 'innocent-looking' }, [sa('x', 'shop')]);

const redefined = role('cluster-admin', ['{ apiGroups: [""], resources: [pods], verbs: [get] }']) + toClusterAdmin;
const replaced = redefined.replace('metadata: { name: cluster-admin }', 'metadata: { name: cluster-admin, annotations: { rbac.authorization.kubernetes.io/autoupdate: "false" } }');

const cases: Case[] = [
  { name: 'a ClusterRoleBinding to cluster-admin (on roleRef.name)', code: toClusterAdmin, errors: [{ messageId: 'clusterAdmin', ...at(toClusterAdmin, 5, 'cluster-admin'), path: ['roleRef', 'name'], message: 'cluster-wide to ServiceAccount `ops/op`' }] },
  // Item 6: through a RoleBinding it is the namespace, and the message says only that.
  { name: 'a RoleBinding to cluster-admin: the whole namespace, not the cluster', code: inNamespace, errors: [{ messageId: 'namespaceAdmin', ...at(inNamespace, 5, 'cluster-admin'), level: 'error', message: 'in namespace `shop` to ServiceAccount `shop/op`: they control everything in that namespace' }] },
  { name: 'a role whose rules cover * on * in every group, whatever its name', code: equivalent, errors: [{ messageId: 'equivalent', ...at(equivalent, 10, 'god'), message: 'to Group `ops`' }] },
  { name: 'an aggregated role that gathers * on *', code: aggregated, errors: [{ messageId: 'equivalent', ...at(aggregated, 17, 'innocent-looking') }] },
  { name: 'valid: * on * of the core group only is not cluster-admin', code: role('x', ['{ apiGroups: [""], resources: ["*"], verbs: ["*"] }']) + binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('a', 'b')]), errors: [] },
  { name: 'valid: a binding without subjects', code: binding('ClusterRoleBinding', 'x', { name: 'cluster-admin' }, []).replace('subjects:\n', 'subjects: []\n'), errors: [] },
  // Item 1: a manifest cluster-admin gets the built-in rules back at start-up.
  { name: 'cluster-admin redefined in the set is still cluster-admin', code: redefined, errors: [{ messageId: 'clusterAdmin', ...at(redefined, 10, 'cluster-admin'), level: 'error' }] },
  { name: 'valid: cluster-admin replaced (autoupdate "false") by a harmless role', code: replaced, errors: [] },
  { name: 'valid: without the built-ins there is no cluster-admin', code: toClusterAdmin, config: { builtins: false }, errors: [] },
];

describe('cluster-admin-binding', () => {
  it.each(cases)('$name', (c) => runCase('cluster-admin-binding', c));
  it('relates the role when it is in the set', () => {
    expect(scan(equivalent).find((f) => f.ruleId === 'cluster-admin-binding')!.related.map((r) => r.location.region.startLine)).toEqual([3]);
  });
});
