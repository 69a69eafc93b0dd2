import { RBAC_GROUP } from '../load/kinds.js';
import { defineRule } from './rule.js';
import { bindingOf, isBinding } from './_rbac.js';

export default defineRule({
  id: 'invalid-binding-subject',
  meta: {
    title: 'Binding subject the API server rejects',
    description:
      'A binding subject the API server refuses: a ServiceAccount without a namespace in a ClusterRoleBinding, a kind other than User, Group or ServiceAccount, or an `apiGroup` that does not go with the kind.',
    level: 'error',
    tags: ['rbac', 'input'],
    precision: 'very-high',
    messages: {
      noNamespace:
        'this ClusterRoleBinding names ServiceAccount `{name}` without a `namespace`; the API server rejects the binding (only a RoleBinding lends its own namespace to a subject), so name the account\'s namespace',
      kind: 'subject kind `{kind}` is not `User`, `Group` or `ServiceAccount`; the API server rejects the binding',
      apiGroup: 'subject `{name}` of kind `{kind}` has `apiGroup: {apiGroup}`, but a {kind} takes {expected}; the API server rejects the binding',
    },
    remediation: 'Give every ServiceAccount subject of a ClusterRoleBinding its `namespace`, and use the kinds `User`, `Group` (`apiGroup: rbac.authorization.k8s.io`) and `ServiceAccount` (no `apiGroup`).',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects'],
    docs: {
      rationale:
        'The API server validates binding subjects: a ServiceAccount subject needs a namespace unless a RoleBinding lends it its own, the kind must be `User`, `Group` or `ServiceAccount`, and the `apiGroup` must be `rbac.authorization.k8s.io` for users and groups and empty for ServiceAccounts. A binding that breaks these is refused, so the access it was written for never exists, and `kubectl apply` of the whole manifest fails.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-reader
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-reader
subjects:
  - kind: ServiceAccount
    name: collector
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-reader
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-reader
subjects:
  - kind: ServiceAccount
    name: collector
    namespace: monitoring
`,
    },
  },
  appliesTo: isBinding,
  check(o, ctx) {
    const b = bindingOf(o, ctx);
    if (!b) return;
    for (const s of b.subjects) {
      const p = ['subjects', s.index];
      const apiGroup = ctx.inventory.reader.string(o, [...p, 'apiGroup']) ?? '';
      if (s.kind === 'ServiceAccount') {
        if (apiGroup !== '') ctx.report({ messageId: 'apiGroup', data: { name: s.name, kind: s.kind, apiGroup, expected: 'none (the core group)' }, path: [...p, 'apiGroup'] });
        else if (!s.namespace && b.kind === 'ClusterRoleBinding') ctx.report({ messageId: 'noNamespace', data: { name: s.name }, path: [...p, 'name'] });
      } else if (s.kind === 'User' || s.kind === 'Group') {
        if (apiGroup !== '' && apiGroup !== RBAC_GROUP) ctx.report({ messageId: 'apiGroup', data: { name: s.name, kind: s.kind, apiGroup, expected: `\`${RBAC_GROUP}\`` }, path: [...p, 'apiGroup'] });
      } else if (s.kind !== '') ctx.report({ messageId: 'kind', data: { kind: s.kind }, path: [...p, 'kind'] });
    }
  },
});
