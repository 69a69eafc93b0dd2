import { PERMISSIONS, ruleGrantsPermission } from '../inventory/rbac/permissions.js';
import { defineRule } from './rule.js';
import { eachOwnRule, isRole, reportOnRole } from './_rbac.js';

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
    const visits: { index: number; path: readonly (string | number)[]; a?: number; b?: number }[] = [];
    let role: import('../inventory/rbac/types.js').RoleInfo | undefined;
    eachOwnRule(o, ctx, ({ role: r, rule, index, path }) => {
      role = r;
      const a = ruleGrantsPermission(rule, PERMISSIONS['csr-approval-update']);
      const b = ruleGrantsPermission(rule, PERMISSIONS['signer-approve']);
      // Grants through `resources: ["*"]` are rbac-wildcard's finding.
      const concrete = (i: number | undefined): number | undefined => (i !== undefined && rule.resources[i] !== '*' ? i : undefined);
      visits.push({ index, path, a: concrete(a?.resourceIndex), b: concrete(b?.resourceIndex) });
    });
    const approval = visits.find((v) => v.a !== undefined);
    const signer = visits.find((v) => v.b !== undefined);
    if (!role || !approval || !signer) return;
    reportOnRole(
      ctx,
      role,
      {
        messageId: 'approve',
        level: 'error',
        path: [...approval.path, 'resources', approval.a!],
        data: { resource: role.ownRules[approval.index]!.resources[approval.a!]!, other: signer.index + 1, signers: role.ownRules[signer.index]!.resources[signer.b!]! },
      },
      true,
    );
  },
});
