import { API_SERVER_SIGNERS, narrowedStillStrong, PERMISSIONS, ruleGrantsPermission, type Grant, type Permission } from '../inventory/rbac/permissions.js';
import type { PolicyRule } from '../inventory/rbac/types.js';
import { defineRule } from './rule.js';
import { isRole, reportOnRole, roleReach } from './_rbac.js';

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
        'this rule of {role} grants `update` on `{resource}` and rule {other} grants `approve` on `signers`{names}: its holders approve client certificates for any identity the signer issues, `system:masters` included; the role is {scope}',
    },
    remediation: 'Leave CSR approval to the controller manager; if a controller must approve, narrow `approve` on `signers` with `resourceNames` to its own signer (not a `kubernetes.io` one that issues API server client certificates).',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization'],
    docs: {
      rationale:
        'Approving a CertificateSigningRequest needs two permissions: `update` on `certificatesigningrequests/approval`, and `approve` on `signers` (named by signer, or `*`). With both, a subject approves its own request for a client certificate with any user and groups the signer allows — for `kubernetes.io/kube-apiserver-client`, that includes `system:masters`. Either half alone is not reported, nor `approve` narrowed by `resourceNames` to signers whose certificates the API server does not accept (not `kubernetes.io/kube-apiserver-client`, `-client-kubelet`, `legacy-unknown` or `kubernetes.io/*`). CSRs are cluster-scoped: a ClusterRole bound only by RoleBindings grants neither half. CIS 5.1.11.',
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
    const engine = ctx.inventory.rbac;
    const role = engine.roleOf(o);
    // An aggregated role's own rules are overwritten; a ClusterRole bound only by RoleBindings grants nothing on CSRs.
    if (!role || role.aggregation || roleReach(engine, role) === 'namespace') return;
    // The first rule entry that grants each half; grants through `resources: ["*"]` are rbac-wildcard's finding.
    const first = (p: Permission, strong: (rule: PolicyRule, g: Grant) => boolean): { index: number; entry: number } | undefined => {
      for (const [index, rule] of role.ownRules.entries()) {
        const g = ruleGrantsPermission(rule, p, { explicit: true });
        if (g && strong(rule, g)) return { index, entry: g.resourceIndex };
      }
      return undefined;
    };
    const approval = first(PERMISSIONS['csr-approval-update'], () => true);
    // `approve` narrowed to signers that issue no API server client certificates approves nothing dangerous.
    const signer = first(PERMISSIONS['signer-approve'], (rule, g) => !g.narrowed || narrowedStillStrong(PERMISSIONS['signer-approve'], rule));
    if (!approval || !signer) return;
    const signerRule = role.ownRules[signer.index]!;
    reportOnRole(ctx, role, {
      messageId: 'approve',
      level: 'error',
      path: ['rules', approval.index, 'resources', approval.entry],
      data: {
        resource: role.ownRules[approval.index]!.resources[approval.entry]!,
        other: signer.index + 1,
        names: signerRule.resourceNames.length > 0 ? ` for \`${signerRule.resourceNames.filter((n) => API_SERVER_SIGNERS.includes(n)).join('`, `')}\`` : '',
      },
    });
  },
});
