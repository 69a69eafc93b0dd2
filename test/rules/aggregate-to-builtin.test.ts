import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, role } from '../support/rbac.js';

const view = role('w', ['{ apiGroups: [example.com], resources: [widgets], verbs: [get, list, watch] }'], { labels: 'rbac.authorization.k8s.io/aggregate-to-view: "true"' });
const edit = role('w', ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], {
  labels: 'rbac.authorization.k8s.io/aggregate-to-edit: "true", rbac.authorization.k8s.io/aggregate-to-admin: "true"',
});

const cases: Case[] = [
  { name: 'aggregating read access to a CRD into view (warning, on the label key)', code: view, errors: [{ messageId: 'adds', ...at(view, 3, 'rbac.authorization.k8s.io/aggregate-to-view'), level: 'warning' }] },
  {
    name: 'aggregating pod creation into edit and admin (errors)',
    code: edit,
    errors: [
      { messageId: 'sensitive', ...at(edit, 3, 'rbac.authorization.k8s.io/aggregate-to-edit'), level: 'error', message: 'run pods as any ServiceAccount' },
      { messageId: 'sensitive', ...at(edit, 3, 'rbac.authorization.k8s.io/aggregate-to-admin'), level: 'error' },
    ].sort((a, b) => a.column - b.column),
  },
  { name: 'valid: the label set to "false"', code: role('w', ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], { labels: 'rbac.authorization.k8s.io/aggregate-to-edit: "false"' }), errors: [] },
  { name: 'valid: a label that only looks alike', code: role('w', ['{ apiGroups: [""], resources: [pods], verbs: [get] }'], { labels: 'example.com/aggregate-to-edit: "true"' }), errors: [] },
];

describe('aggregate-to-builtin', () => {
  it.each(cases)('$name', (c) => runCase('aggregate-to-builtin', c));
});
