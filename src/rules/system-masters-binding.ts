import { defineRule } from './rule.js';
import { bindingOf, isBinding } from './_rbac.js';

export default defineRule({
  id: 'system-masters-binding',
  meta: {
    title: 'Binding to the system:masters group',
    description: 'A binding names the group `system:masters`, whose members bypass authorization altogether.',
    level: 'error',
    tags: ['security', 'rbac', 'cis-5.1.7'],
    securitySeverity: '8.0',
    precision: 'very-high',
    messages: {
      masters: 'this binding grants to group `system:masters`, whose members bypass RBAC and whose membership comes from certificates that cannot be revoked; use a dedicated group',
    },
    remediation: 'Bind a dedicated group and issue credentials for it; keep `system:masters` for break-glass certificates only.',
    references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
    docs: {
      rationale:
        'Membership of `system:masters` short-circuits authorization before RBAC is asked, and it comes from client certificates, which the API server cannot revoke. A binding to it signals that the group is in use: the role adds nothing its members lack, and removing the binding takes nothing away from them. CIS 5.1.7.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform-admins
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: system:masters
    apiGroup: rbac.authorization.k8s.io
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform-admins
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: platform-admins
    apiGroup: rbac.authorization.k8s.io
`,
    },
  },
  appliesTo: isBinding,
  check(o, ctx) {
    const b = bindingOf(o, ctx);
    for (const s of b?.subjects ?? []) {
      if (s.kind === 'Group' && s.name === 'system:masters') ctx.report({ messageId: 'masters', path: ['subjects', s.index, 'name'] });
    }
  },
});
