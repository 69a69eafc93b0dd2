import { PERMISSIONS, ruleGrantsPermission } from '../inventory/rbac/permissions.js';
import { defineRule } from './rule.js';
import { isRole, reportOnRole } from './_rbac.js';

export default defineRule({
  id: 'csr-approval',
  meta: {
    title: 'ClusterRole approves certificate signing requests',
    description:
      'A ClusterRole grants both update on certificatesigningrequests/approval and approve on signers, which together approve client certificates.',
    level: 'error',
    tags: ['security', 'rbac', 'cis-5.1.11'],
    securitySeverity: '8.0',
    precision: 'very-high',
    messages: {
      approve:
        'this rule of {role} grants `update` on `{resource}` and rule {other} grants `approve` on `{signers}`: its holders approve client certificates for any identity the signer issues, `system:masters` included; the role is {scope}',
    },
    remediation: 'Leave CSR approval to the controller manager; if a controller must approve, narrow `approve` on `signers` with `resourceNames` to its own signer.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization'],
    docs: {
      rationale:
        'Approving a CertificateSigningRequest needs two permissions: `update` on `certificatesigningrequests/approval`, and `approve` on `signers` (named by signer, or `*`). With both, a subject approves its own request for a client certificate with any user and groups the signer allows — for `kubernetes.io/kube-apiserver-client`, that includes `system:masters`. Either half alone is not reported. CIS 5.1.11.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-approver
rules:
  - apiGroups: [certificates.k8s.io]
    resources: [certificatesigningrequests/approval]
    verbs: [update]
  - apiGroups: [certificates.k8s.io]
    resources: [signers]
    verbs: [approve]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: csr-approver
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: csr-approver
subjects:
  - kind: ServiceAccount
    name: approver
    namespace: ops
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-approver
rules:
  - apiGroups: [certificates.k8s.io]
    resources: [certificatesigningrequests]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: csr-approver
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: csr-approver
subjects:
  - kind: ServiceAccount
    name: approver
    namespace: ops
`,
    },
  },
  appliesTo: (o) => isRole(o) && o.ref.kind === 'ClusterRole',
  check(o, ctx) {
    const role = ctx.inventory.rbac.roleOf(o);
    if (!role) return;
    // The first rule entry that grants each half; grants through `resources: ["*"]` are rbac-wildcard's finding.
    const first = (p: (typeof PERMISSIONS)[keyof typeof PERMISSIONS]): { index: number; entry: number } | undefined => {
      for (const [index, rule] of role.ownRules.entries()) {
        const g = ruleGrantsPermission(rule, p);
        if (g && rule.resources[g.resourceIndex] !== '*') return { index, entry: g.resourceIndex };
      }
      return undefined;
    };
    const approval = first(PERMISSIONS['csr-approval-update']);
    const signer = first(PERMISSIONS['signer-approve']);
    if (!approval || !signer) return;
    reportOnRole(
      ctx,
      role,
      {
        messageId: 'approve',
        level: 'error',
        path: ['rules', approval.index, 'resources', approval.entry],
        data: { resource: role.ownRules[approval.index]!.resources[approval.entry]!, other: signer.index + 1, signers: role.ownRules[signer.index]!.resources[signer.entry]! },
      },
      true,
    );
  },
});
