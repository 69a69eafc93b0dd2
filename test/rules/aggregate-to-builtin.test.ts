import { describe, expect, it } from 'vitest';
import { runCase, scan, type Case } from '../support/helpers.js';
import { at, role } from '../support/rbac.js';
import { formatMessage } from '../../src/report/messages.js';

const view = role('w', ['{ apiGroups: [example.com], resources: [widgets], verbs: [get, list, watch] }'], { labels: 'rbac.authorization.k8s.io/aggregate-to-view: "true"' });
const editWrite = role('w', ['{ apiGroups: [example.com], resources: [widgets], verbs: [get, create, delete] }'], { labels: 'rbac.authorization.k8s.io/aggregate-to-edit: "true"' });
const edit = role('w', ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], {
  labels: 'rbac.authorization.k8s.io/aggregate-to-edit: "true", rbac.authorization.k8s.io/aggregate-to-admin: "true"',
});
const csrHalf = role('w', ['{ apiGroups: [certificates.k8s.io], resources: [signers], verbs: [approve] }'], { labels: 'rbac.authorization.k8s.io/aggregate-to-admin: "true"' });
// An aggregated role labelled itself: it adds what it gathers, not its own (overwritten) rules.
const gathering =
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: g, labels: { rbac.authorization.k8s.io/aggregate-to-view: "true" } }\naggregationRule: { clusterRoleSelectors: [{ matchLabels: { part: g } }] }\nrules:\n  - { apiGroups: [""], resources: [secrets], verbs: [list] }\n---\n' +
  role('part', ['{ apiGroups: [example.com], resources: [widgets], verbs: [get] }'], { labels: 'part: g' });

// Item 8: once per role (not per label), a note when harmless.
const cases: Case[] = [
  { name: 'read-only access to a CRD into view: a note, on the label key', code: view, errors: [{ messageId: 'reads', ...at(view, 3, 'rbac.authorization.k8s.io/aggregate-to-view'), level: 'note' }] },
  { name: 'write access to a CRD into edit: a warning', code: editWrite, errors: [{ messageId: 'adds', ...at(editWrite, 3, 'rbac.authorization.k8s.io/aggregate-to-edit'), level: 'warning' }] },
  { name: 'pod creation into edit and admin: one error for the role, on its first label', code: edit, errors: [{ messageId: 'sensitive', ...at(edit, 3, 'rbac.authorization.k8s.io/aggregate-to-edit'), level: 'error', message: 'to built-in `edit` and `admin`, including the rights to run pods as any ServiceAccount' }] },
  { name: 'an aggregated role adds what it gathers (read-only here), not its overwritten rules', code: gathering, errors: [{ messageId: 'reads', ...at(gathering, 3, 'rbac.authorization.k8s.io/aggregate-to-view'), level: 'note' }] },
  { name: 'one half of CSR approval is not sensitive', code: csrHalf, errors: [{ messageId: 'adds', ...at(csrHalf, 3, 'rbac.authorization.k8s.io/aggregate-to-admin'), level: 'warning' }] },
  { name: 'valid: the label set to "false"', code: role('w', ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], { labels: 'rbac.authorization.k8s.io/aggregate-to-edit: "false"' }), errors: [] },
  { name: 'valid: a label that only looks alike', code: role('w', ['{ apiGroups: [""], resources: [pods], verbs: [get] }'], { labels: 'example.com/aggregate-to-edit: "true"' }), errors: [] },
  { name: 'valid: a role without rules adds nothing', code: "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: w, labels: { rbac.authorization.k8s.io/aggregate-to-view: \"true\" } }\nrules: []\n", errors: [] },
];

describe('aggregate-to-builtin', () => {
  it.each(cases)('$name', (c) => runCase('aggregate-to-builtin', c));
  it('names every built-in role the label feeds (view flows into edit and admin)', () => {
    expect(formatMessage(scan(view).find((f) => f.ruleId === 'aggregate-to-builtin')!)).toContain('to built-in `view`, `edit` and `admin`');
  });
});
