import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const RB = binding('RoleBinding', 'd', { name: 'd' }, [sa('ci')], 'shop');
const code = (rule: string) => role('d', [rule]) + RB;
const pods = code('{ apiGroups: [""], resources: [pods], verbs: [create] }');
const controllers = code('{ apiGroups: [apps, batch], resources: [statefulsets, cronjobs], verbs: ["*"] }');
const rc = code('{ apiGroups: [""], resources: [configmaps, replicationcontrollers], verbs: [create, delete] }');

const cases: Case[] = [
  { name: 'create pods', code: pods, errors: [{ messageId: 'grant', ...at(pods, 5, 'pods'), level: 'warning', path: ['rules', 0, 'resources', 0] }] },
  { name: 'a pod controller through `*` verbs (first controller entry)', code: controllers, errors: [{ messageId: 'grant', ...at(controllers, 5, 'statefulsets'), message: '`*` on `statefulsets`' }] },
  { name: 'replicationcontrollers', code: rc, errors: [{ messageId: 'grant', ...at(rc, 5, 'replicationcontrollers') }] },
  { name: 'valid: create narrowed by resourceNames grants nothing (create carries no name)', code: code('{ apiGroups: [""], resources: [pods], resourceNames: [p], verbs: [create] }'), errors: [] },
  { name: 'valid: deployments in the core group do not exist', code: code('{ apiGroups: [""], resources: [deployments], verbs: [create] }'), errors: [] },
  { name: 'valid: update and delete only', code: code('{ apiGroups: [apps], resources: [deployments], verbs: [update, delete] }'), errors: [] },
  { name: 'valid: create on a subresource (eviction) is not pod creation', code: code('{ apiGroups: [""], resources: [pods/eviction], verbs: [create] }'), errors: [] },
];

describe('pod-create', () => {
  it.each(cases)('$name', (c) => runCase('pod-create', c));
});
