import { defineRule } from './rule.js';
import { bindingOf, roleLabel } from './_rbac.js';

export default defineRule({
  id: 'cross-namespace-subject',
  meta: {
    title: 'RoleBinding grants to an account of another namespace',
    description: 'A RoleBinding grants to a ServiceAccount of a different namespace than its own.',
    level: 'note',
    tags: ['security', 'rbac'],
    securitySeverity: '3.0',
    precision: 'very-high',
    messages: {
      cross: 'this RoleBinding of namespace `{namespace}` grants {role} to ServiceAccount `{subjectNamespace}/{name}` of another namespace; make sure that namespace is meant to reach into this one',
    },
    remediation: 'Keep the grant if it is intended (a controller in its own namespace); otherwise bind an account of this namespace.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding'],
    docs: {
      rationale:
        'Namespaces are a trust boundary. A RoleBinding that reaches out to an account of another namespace lets whoever controls that namespace act in this one; it is sometimes intended (a central controller) and often a copy-paste. A note, so it is seen in review.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-deploy
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: tools
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-deploy
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
    },
  },
  appliesTo: (o) => o.ref.group === 'rbac.authorization.k8s.io' && o.ref.kind === 'RoleBinding',
  check(o, ctx) {
    const b = bindingOf(o, ctx);
    if (!b) return;
    const role = b.role ? roleLabel(b.role) : `\`${b.roleRef.name}\``;
    for (const s of b.subjects) {
      if (s.kind !== 'ServiceAccount' || !s.namespace || s.namespace === b.namespace) continue;
      ctx.report({
        messageId: 'cross',
        data: { namespace: b.namespace!, role, subjectNamespace: s.namespace, name: s.name },
        path: ['subjects', s.index, 'namespace'],
      });
    }
  },
});
