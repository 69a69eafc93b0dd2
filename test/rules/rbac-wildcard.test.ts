import { describe, expect, it } from 'vitest';
import { runCase, scan, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';
import { formatMessage } from '../../src/report/messages.js';

const RB = binding('RoleBinding', 'x', { name: 'x' }, [sa('a')], 'shop');
const RBRole = binding('RoleBinding', 'x', { name: 'x', kind: 'Role' }, [sa('a')], 'shop');
const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('a', 'shop')]);
const all = role('x', ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }']) + CRB;
const allInRole = role('x', ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }'], { namespace: 'shop' }) + RBRole;
const allCore = role('x', ['{ apiGroups: [""], resources: ["*"], verbs: ["*"] }']) + RB;
const allCoreCluster = role('x', ['{ apiGroups: [""], resources: ["*"], verbs: ["*"] }']) + CRB;
const resources = role('x', ['{ apiGroups: [""], resources: [configmaps, "*"], verbs: [get] }']) + RB;
const groups = role('x', ['{ apiGroups: ["*"], resources: [widgets], verbs: [get] }']) + RB;
const urls = role('x', ['{ nonResourceURLs: ["*"], verbs: [get] }']) + CRB;
const csrHalf = role('x', ['{ apiGroups: [certificates.k8s.io], resources: ["*"], verbs: [update] }']) + CRB;
const csrBoth = role('x', ['{ apiGroups: [certificates.k8s.io], resources: ["*"], verbs: [update] }', '{ apiGroups: [certificates.k8s.io], resources: [signers], verbs: [approve] }']) + CRB;
const starVerbsOnSecrets = role('x', ['{ apiGroups: [""], resources: [secrets], verbs: ["*"] }']) + RB;

const message = (code: string): string => formatMessage(scan(code).find((f) => f.ruleId === 'rbac-wildcard')!);

const cases: Case[] = [
  { name: '* on * in every group, cluster-wide: cluster-admin equivalent (error, on the verb)', code: all, errors: [{ messageId: 'clusterAdmin', ...at(all, 5, '"*"', 3), level: 'error' }] },
  // Item 6: a Role with `*` on `*` is a namespace admin, not cluster-admin equivalent.
  { name: '* on * in every group of a Role: a namespace admin', code: allInRole, errors: [{ messageId: 'namespaceAdmin', ...at(allInRole, 5, '"*"', 3), level: 'error' }] },
  { name: '* on * of the core group through a RoleBinding (error stays error)', code: allCore, errors: [{ messageId: 'allOnAll', ...at(allCore, 5, '"*"', 2), level: 'error', message: 'read Secrets' }] },
  { name: '* resources: warning on that entry', code: resources, errors: [{ messageId: 'wildcard', ...at(resources, 5, '"*"'), level: 'warning', path: ['rules', 0, 'resources', 1], message: 'read Secrets' }] },
  { name: '* apiGroups', code: groups, errors: [{ messageId: 'wildcard', ...at(groups, 5, '"*"'), level: 'warning', message: '`apiGroups`' }] },
  { name: '* nonResourceURLs, bound cluster-wide: error', code: urls, errors: [{ messageId: 'wildcard', ...at(urls, 5, '"*"'), level: 'error' }] },
  // Item 7: CSR approval needs both halves.
  { name: 'one half of CSR approval through `*` is not claimed', code: csrHalf, errors: [{ messageId: 'wildcard', ...at(csrHalf, 5, '"*"'), level: 'error' }] },
  { name: 'both halves (one through `*`): CSR approval is claimed', code: csrBoth, errors: [{ messageId: 'wildcard', ...at(csrBoth, 5, '"*"'), level: 'error', message: 'approve client certificates' }] },
  { name: '`*` verbs on secrets: the right is secrets-access\'s finding, not repeated here', code: starVerbsOnSecrets, errors: [{ messageId: 'wildcard', ...at(starVerbsOnSecrets, 5, '"*"'), level: 'warning' }] },
  { name: 'valid: */scale is not a wildcard resource', code: role('x', ['{ apiGroups: [apps], resources: ["*/scale"], verbs: [get] }']) + RB, errors: [] },
  { name: 'valid: explicit lists', code: role('x', ['{ apiGroups: [apps], resources: [deployments], verbs: [get, list] }']) + RB, errors: [] },
  { name: "valid: an aggregated ClusterRole's own rules are overwritten", code: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: x }\naggregationRule: { clusterRoleSelectors: [{ matchLabels: { a: b } }] }\nrules:\n  - { apiGroups: ["*"], resources: ["*"], verbs: ["*"] }\n' + CRB, errors: [] },
];

describe('rbac-wildcard', () => {
  it.each(cases)('$name', (c) => runCase('rbac-wildcard', c));

  // Items 6 and 7: the list is computed for the role's real scope, and is never cut.
  it('names no cluster-scoped right for a namespaced grant', () => {
    const m = message(allCore);
    expect(m).toBe(
      'this rule of ClusterRole `x` grants `*` verbs on `*` resources in API group `""` (core): everything there, including what future versions add; it includes the rights to bind, escalate or impersonate, mint ServiceAccount tokens, exec into pods, run pods as any ServiceAccount, swap images of running pods and read Secrets; the role is bound in namespace `shop` by RoleBinding `shop/x`',
    );
    for (const clusterRight of ['kubelet', 'PersistentVolumes', 'webhooks', 'certificates', 'cluster-admin']) expect(m).not.toContain(clusterRight);
    expect(message(allInRole)).not.toContain('cluster');
  });
  it('names the cluster-scoped rights when bound cluster-wide, all of them', () => {
    expect(message(allCoreCluster)).toContain(
      'it includes the rights to bind, escalate or impersonate, reach the kubelet API, mint ServiceAccount tokens, exec into pods, run pods as any ServiceAccount, swap images of running pods, read Secrets and create PersistentVolumes;',
    );
  });
  it('does not repeat a right that another rule reports on the same rule', () => {
    expect(message(starVerbsOnSecrets)).not.toContain('Secrets');
    expect(scan(starVerbsOnSecrets).some((f) => f.ruleId === 'secrets-access')).toBe(true);
  });
});
