import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('p', 'ops')]);
const patch = role('x', ['{ apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [get, patch] }']) + CRB;
const del = role('x', ['{ apiGroups: [admissionregistration.k8s.io], resources: [validatingadmissionpolicybindings], verbs: [delete] }']) + CRB;

const cases: Case[] = [
  { name: 'patch mutating webhooks', code: patch, errors: [{ messageId: 'grant', ...at(patch, 5, 'mutatingwebhookconfigurations'), level: 'error', message: '`patch` on' }] },
  { name: 'delete policy bindings', code: del, errors: [{ messageId: 'grant', ...at(del, 5, 'validatingadmissionpolicybindings'), level: 'error' }] },
  { name: 'valid: narrowed to the operator\'s own configuration', code: role('x', ['{ apiGroups: [admissionregistration.k8s.io], resources: [validatingwebhookconfigurations], resourceNames: [mine], verbs: [update, delete] }']) + CRB, errors: [] },
  { name: 'valid: reading webhooks', code: role('x', ['{ apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [get, list, watch] }']) + CRB, errors: [] },
];

describe('webhook-config-write', () => {
  it.each(cases)('$name', (c) => runCase('webhook-config-write', c));
});
