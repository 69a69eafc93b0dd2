import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const RB = binding('RoleBinding', 'd', { name: 'd' }, [sa('ci')], 'shop');
const code = (rule: string) => role('d', [rule]) + RB;
const pods = code('{ apiGroups: [""], resources: [pods], verbs: [create] }');
const controllers = code('{ apiGroups: [apps, batch], resources: [statefulsets, cronjobs], verbs: ["*"] }');
const rc = code('{ apiGroups: [""], resources: [configmaps, replicationcontrollers], verbs: [create, delete] }');
const patchDeployments = code('{ apiGroups: [apps], resources: [deployments], verbs: [get, patch, update] }');
const patchCronJobs = code('{ apiGroups: [batch], resources: [jobs, cronjobs], verbs: [patch] }');
const patchPods = code('{ apiGroups: [""], resources: [pods], verbs: [get, patch] }');
const createAndPatch = code('{ apiGroups: [apps], resources: [daemonsets], verbs: [patch, create] }');

const cases: Case[] = [
  { name: 'create pods', code: pods, errors: [{ messageId: 'grant', ...at(pods, 5, 'pods'), level: 'warning', path: ['rules', 0, 'resources', 0] }] },
  { name: 'a pod controller through `*` verbs (first controller entry)', code: controllers, errors: [{ messageId: 'grant', ...at(controllers, 5, 'statefulsets'), level: 'warning', message: '`*` on `statefulsets`' }] },
  { name: 'replicationcontrollers', code: rc, errors: [{ messageId: 'grant', ...at(rc, 5, 'replicationcontrollers'), level: 'warning' }] },
  // Item 2: editing a pod template runs pods like creating them.
  { name: 'update/patch on deployments rewrites the pod template', code: patchDeployments, errors: [{ messageId: 'template', ...at(patchDeployments, 5, 'deployments'), level: 'warning', message: 'grants `patch`, `update` on `deployments`' }] },
  { name: 'patch on cronjobs (not on jobs, whose template is immutable)', code: patchCronJobs, errors: [{ messageId: 'template', ...at(patchCronJobs, 5, 'cronjobs'), level: 'warning' }] },
  { name: 'create and patch: the create message', code: createAndPatch, errors: [{ messageId: 'grant', ...at(createAndPatch, 5, 'daemonsets'), level: 'warning', message: 'grants `patch`, `create` on `daemonsets`' }] },
  { name: 'patch on pods swaps images of running pods', code: patchPods, errors: [{ messageId: 'podUpdate', ...at(patchPods, 5, 'pods'), level: 'warning', message: "run their own code as those pods' ServiceAccounts" }] },
  { name: 'valid: update and patch on jobs (the template of a Job cannot change)', code: code('{ apiGroups: [batch], resources: [jobs], verbs: [update, patch] }'), errors: [] },
  { name: 'valid: create narrowed by resourceNames grants nothing (create carries no name)', code: code('{ apiGroups: [""], resources: [pods], resourceNames: [p], verbs: [create] }'), errors: [] },
  { name: 'valid: deployments in the core group do not exist', code: code('{ apiGroups: [""], resources: [deployments], verbs: [create] }'), errors: [] },
  { name: 'valid: delete and deletecollection only', code: code('{ apiGroups: [apps], resources: [deployments], verbs: [delete, deletecollection] }'), errors: [] },
  { name: 'valid: scaling is the scale subresource, not the template', code: code('{ apiGroups: [apps], resources: [deployments/scale], verbs: [update, patch] }'), errors: [] },
  { name: 'valid: create on a subresource (eviction) is not pod creation', code: code('{ apiGroups: [""], resources: [pods/eviction], verbs: [create] }'), errors: [] },
];

describe('pod-create', () => {
  it.each(cases)('$name', (c) => runCase('pod-create', c));
});
