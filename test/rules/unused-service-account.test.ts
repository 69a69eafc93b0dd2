import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';

const SA = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: builder\n  namespace: ci\n';

const cases: Case[] = [
  { name: 'nothing uses it (its name)', code: SA, errors: [{ messageId: 'unused', line: 4, column: 9, path: ['metadata', 'name'] }] },
  {
    name: 'a workload in another namespace does not use it',
    code: `${SA}---\napiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: other }\nspec:\n  serviceAccountName: builder\n  containers: []\n`,
    errors: [{ messageId: 'unused', line: 4, column: 9 }],
  },
  {
    name: 'a ClusterRoleBinding subject without namespace matches nothing',
    code: `${SA}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: b }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }\nsubjects:\n  - kind: ServiceAccount\n    name: builder\n`,
    errors: [{ messageId: 'unused', line: 4, column: 9 }],
  },
  { name: 'valid: a pod uses it', code: `${SA}---\napiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: ci }\nspec:\n  serviceAccountName: builder\n  containers: []\n`, errors: [] },
  {
    name: 'valid: a RoleBinding subject without namespace defaults to the binding\'s',
    code: `${SA}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: b, namespace: ci }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }\nsubjects:\n  - kind: ServiceAccount\n    name: builder\n`,
    errors: [],
  },
  {
    name: 'valid: a User subject spelled as the account',
    code: `${SA}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: b }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }\nsubjects:\n  - kind: User\n    name: system:serviceaccount:ci:builder\n`,
    errors: [],
  },
  {
    name: 'valid: an operator resource runs pods as it (Prometheus)',
    code: `${SA}---\napiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: { name: k8s, namespace: ci }\nspec:\n  serviceAccountName: builder\n`,
    errors: [],
  },
  {
    name: 'valid: a token Secret names it',
    code: `${SA}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: t\n  namespace: ci\n  annotations: { kubernetes.io/service-account.name: builder }\ntype: kubernetes.io/service-account-token\n`,
    errors: [],
  },
  { name: 'valid: default accounts are never unused', code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default, namespace: ci }\n', errors: [] },
];

describe('unused-service-account', () => {
  it.each(cases)('$name', (c) => runCase('unused-service-account', c));
});
