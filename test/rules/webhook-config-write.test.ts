import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/report/messages.js';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('p', 'ops')]);
const patch = role('x', ['{ apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [get, patch] }']) + CRB;
const validating = role('x', ['{ apiGroups: [admissionregistration.k8s.io], resources: [validatingwebhookconfigurations], verbs: [update] }']) + CRB;
const del = role('x', ['{ apiGroups: [admissionregistration.k8s.io], resources: [validatingadmissionpolicybindings], verbs: [delete] }']) + CRB;

const cases: Case[] = [
  { name: 'patch mutating webhooks', code: patch, errors: [{ messageId: 'grant', ...at(patch, 5, 'mutatingwebhookconfigurations'), level: 'error', message: '`patch` on' }] },
  { name: 'delete policy bindings', code: del, errors: [{ messageId: 'policy', ...at(del, 5, 'validatingadmissionpolicybindings'), level: 'error', message: 'switch admission policies off' }] },
  // A validating webhook sees and refuses requests; it cannot rewrite them, and the message must not say it can.
  { name: 'update validating webhooks', code: validating, errors: [{ messageId: 'validating', ...at(validating, 5, 'validatingwebhookconfigurations'), level: 'error', message: 'sees the objects of API requests (Secrets included) and refuses them' }] },
  { name: 'valid: narrowed to the operator\'s own configuration', code: role('x', ['{ apiGroups: [admissionregistration.k8s.io], resources: [validatingwebhookconfigurations], resourceNames: [mine], verbs: [update, delete] }']) + CRB, errors: [] },
  { name: 'valid: reading webhooks', code: role('x', ['{ apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [get, list, watch] }']) + CRB, errors: [] },
];

describe('webhook-config-write', () => {
  it.each(cases)('$name', (c) => runCase('webhook-config-write', c));
  it('never says a validating webhook or policy rewrites objects', async () => {
    const { lint } = await import('../../src/index.js');
    const findings = [validating, del].flatMap((text, i) => lint([{ path: `v${i}.yaml`, text }]).findings).filter((f) => f.ruleId === 'webhook-config-write');
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(formatMessage(f)).not.toMatch(/rewrit/);
  });
  it('other rules naming the permission do not claim rewriting for a validating webhook alone', async () => {
    const { lint } = await import('../../src/index.js');
    const secret = '---\napiVersion: v1\nkind: Secret\nmetadata: { name: p-token, namespace: ops, annotations: { kubernetes.io/service-account.name: p } }\ntype: kubernetes.io/service-account-token\n';
    const f = lint([{ path: 'v.yaml', text: validating + secret }]).findings.find((x) => x.ruleId === 'legacy-token-secret');
    expect(f?.messageId).toBe('sensitive');
    expect(formatMessage(f!)).toContain('see and refuse API requests with admission webhooks and policies (and rewrite them with mutating webhooks)');
  });
});
