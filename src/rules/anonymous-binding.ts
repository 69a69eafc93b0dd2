import { defineRule } from './rule.js';
import { bindingOf, bindingScope, isBinding, roleLabel } from './_rbac.js';
import { isDiscoveryBinding } from '../inventory/rbac/engine.js';

export default defineRule({
  id: 'anonymous-binding',
  meta: {
    title: 'Binding to anonymous or all authenticated users',
    description:
      'A binding grants a role beyond the built-in discovery roles to `system:anonymous` or `system:unauthenticated` (error), or to `system:authenticated` (warning).',
    level: 'error',
    tags: ['security', 'rbac'],
    securitySeverity: '9.0',
    precision: 'very-high',
    messages: {
      anonymous: 'this binding grants {role} {scope} to `{subject}`: anyone who can reach the API server, without credentials',
      authenticated: 'this binding grants {role} {scope} to `system:authenticated`: every user and every ServiceAccount token of the cluster',
    },
    remediation: 'Bind the role to the users, groups or ServiceAccounts that need it.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles'],
    docs: {
      rationale:
        '`system:anonymous` and `system:unauthenticated` are requests without credentials; `system:authenticated` includes every ServiceAccount token, so any compromised pod holds what it grants. The built-in discovery roles (`system:discovery`, `system:basic-user`, `system:public-info-viewer`) are bound this way by Kubernetes itself and are not reported.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: public-read
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: system:unauthenticated
    apiGroup: rbac.authorization.k8s.io
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: public-read
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: system:public-info-viewer
subjects:
  - kind: Group
    name: system:unauthenticated
    apiGroup: rbac.authorization.k8s.io
`,
    },
  },
  appliesTo: isBinding,
  check(o, ctx) {
    const b = bindingOf(o, ctx);
    if (!b || isDiscoveryBinding(b)) return;
    const role = b.role ? roleLabel(b.role) : `\`${b.roleRef.name}\``;
    for (const s of b.subjects) {
      const anonymous = (s.kind === 'User' && s.name === 'system:anonymous') || (s.kind === 'Group' && s.name === 'system:unauthenticated');
      const authenticated = s.kind === 'Group' && s.name === 'system:authenticated';
      if (!anonymous && !authenticated) continue;
      ctx.report({
        messageId: anonymous ? 'anonymous' : 'authenticated',
        level: anonymous ? 'error' : 'warning',
        data: { role, scope: bindingScope(b), subject: s.name },
        path: ['subjects', s.index, 'name'],
      });
    }
  },
});
