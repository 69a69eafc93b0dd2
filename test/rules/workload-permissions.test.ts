import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';
import { binding, deployment, role, sa } from '../support/rbac.js';


const grant = (rules: string[], opts: { cluster?: boolean; account?: string } = {}): string =>
  '---\n' +
  role('runner', rules, opts.cluster ? {} : { namespace: 'ci' }) +
  binding(opts.cluster ? 'ClusterRoleBinding' : 'RoleBinding', 'runner', { name: 'runner', kind: opts.cluster ? 'ClusterRole' : 'Role' }, [sa(opts.account ?? 'runner', 'ci')], opts.cluster ? undefined : 'ci');

const D = deployment();
const cases: Case[] = [
  {
    name: 'create deployments in its namespace: runs pods as any account there (warning, on serviceAccountName)',
    code: D + grant(['{ apiGroups: [apps], resources: [deployments], verbs: [create] }']),
    errors: [{ messageId: 'holds', line: 8, column: 27, path: ['spec', 'template', 'spec', 'serviceAccountName'], level: 'warning', message: 'the account can create `deployments` in namespace `ci`, so run pods as any ServiceAccount there (RoleBinding `ci/runner`, Role `ci/runner`)' }],
  },
  {
    name: 'list secrets cluster-wide: an error',
    code: D + grant(['{ apiGroups: [""], resources: [secrets], verbs: [list] }'], { cluster: true }),
    errors: [{ messageId: 'holds', line: 8, column: 27, level: 'error', message: 'list `secrets` cluster-wide (ClusterRoleBinding `runner`, ClusterRole `runner`)' }],
  },
  {
    name: '* on * cluster-wide: cluster-admin equivalent',
    code: D + grant(['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }'], { cluster: true }),
    errors: [{ messageId: 'admin', line: 8, column: 27, level: 'error', message: 'is cluster-admin equivalent: it can do anything: `*` verbs on `*` resources cluster-wide (ClusterRoleBinding `runner`, ClusterRole `runner`)' }],
  },
  {
    name: 'a mutating webhook configuration: cluster-admin equivalent',
    code: D + grant(['{ apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [patch] }'], { cluster: true }),
    errors: [{ messageId: 'admin', line: 8, column: 27, level: 'error', message: 'patch `mutatingwebhookconfigurations`' }],
  },
  {
    name: 'narrowed to one named Secret: a note',
    code: D + grant(['{ apiGroups: [""], resources: [secrets], resourceNames: [web-tls], verbs: [get] }']),
    errors: [{ messageId: 'holds', line: 8, column: 27, level: 'note', message: 'get Secret `web-tls` in namespace `ci`' }],
  },
  {
    name: 'the worst three are named, worst first, and the rest counted',
    code:
      D +
      grant([
        '{ apiGroups: [""], resources: [secrets], verbs: [list] }',
        '{ apiGroups: [""], resources: [pods/exec], verbs: [create] }',
        '{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }',
        '{ apiGroups: [""], resources: [pods], verbs: [create] }',
      ]),
    errors: [{ messageId: 'holds', line: 8, column: 27, level: 'warning', message: 'the account can create `pods` in namespace `ci`, so run pods as any ServiceAccount there; create tokens for any ServiceAccount in namespace `ci`; exec into `pods` in namespace `ci`, so act as the accounts of running pods (all through RoleBinding `ci/runner`, Role `ci/runner`); and 1 more;' }],
  },
  {
    name: 'the permission that makes it an error is named first (a cluster-wide webhook write before pods in one namespace)',
    code: D + grant(['{ apiGroups: [""], resources: [pods], verbs: [create] }']) + grant(['{ apiGroups: [admissionregistration.k8s.io], resources: [validatingwebhookconfigurations], verbs: [update] }'], { cluster: true }),
    errors: [
      {
        messageId: 'holds',
        line: 8,
        column: 27,
        level: 'error',
        message:
          'the account can update `validatingwebhookconfigurations`, so see every write request and refuse any (ClusterRoleBinding `runner`, ClusterRole `runner`); create `pods` in namespace `ci`, so run pods as any ServiceAccount there (RoleBinding `ci/runner`, Role `ci/runner`);',
      },
    ],
  },
  {
    name: 'a ClusterRole bound in several namespaces by RoleBindings: each permission named once, with its namespaces and bindings',
    code:
      D +
      '---\n' +
      role('runner', ['{ apiGroups: [batch], resources: [jobs], verbs: [create] }', '{ apiGroups: [""], resources: [secrets], verbs: [list] }']) +
      ['ci', 'team-a', 'team-b'].map((ns) => binding('RoleBinding', 'runner', { name: 'runner' }, [sa('runner', 'ci')], ns)).join(''),
    errors: [
      {
        messageId: 'holds',
        line: 8,
        column: 27,
        level: 'warning',
        message:
          'the account can create `jobs` in namespaces `ci`, `team-a` and `team-b`, so run pods as any ServiceAccount there; list `secrets` in namespaces `ci`, `team-a` and `team-b` (all through RoleBindings `ci/runner`, `team-a/runner`, `team-b/runner`, ClusterRole `runner`);',
      },
    ],
  },
  {
    name: 'the implicit `default` account: on the pod spec',
    code: deployment('hostname: web') + grant(['{ apiGroups: [""], resources: [pods], verbs: [create] }'], { account: 'default' }),
    errors: [{ messageId: 'holds', line: 7, column: 5, path: ['spec', 'template', 'spec'], level: 'warning', message: 'runs as ServiceAccount `ci/default`' }],
  },
  {
    name: 'a projected token without audience in a mounted volume is the API token too',
    code:
      yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: web, namespace: ci }
      spec:
        serviceAccountName: runner
        automountServiceAccountToken: false
        containers: [{ name: web, image: nginx, volumeMounts: [{ name: kube, mountPath: /var/run/kube }] }]
        volumes:
          - name: kube
            projected: { sources: [{ serviceAccountToken: { path: token } }] }
    ` + grant(['{ apiGroups: [""], resources: [secrets], verbs: [list] }']),
    errors: [{ messageId: 'holds', line: 5, column: 23, level: 'warning' }],
  },
  { name: 'valid: the token is not mounted', code: deployment('serviceAccountName: runner\n        automountServiceAccountToken: false') + grant(['{ apiGroups: [""], resources: [secrets], verbs: [list] }']), errors: [] },
  {
    name: 'valid: a projected token for another audience cannot call the API',
    code:
      yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: web, namespace: ci }
      spec:
        serviceAccountName: runner
        automountServiceAccountToken: false
        containers: [{ name: web, image: nginx, volumeMounts: [{ name: vault, mountPath: /var/run/vault }] }]
        volumes:
          - name: vault
            projected: { sources: [{ serviceAccountToken: { path: token, audience: vault } }] }
    ` + grant(['{ apiGroups: [""], resources: [secrets], verbs: [list] }']),
    errors: [],
  },
  { name: 'valid: reading pods and config', code: D + grant(['{ apiGroups: [""], resources: [pods, configmaps], verbs: [get, list, watch] }'], { cluster: true }), errors: [] },
  { name: 'valid: a Role never grants cluster-scoped resources (nodes/proxy, webhooks)', code: D + grant(['{ apiGroups: ["", admissionregistration.k8s.io], resources: [nodes/proxy, mutatingwebhookconfigurations], verbs: [get, create] }']), errors: [] },
  { name: 'valid: bind without a binding to write grants nothing', code: D + grant(['{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind] }'], { cluster: true }), errors: [] },
  { name: 'valid: update on jobs (a Job\'s template is immutable)', code: D + grant(['{ apiGroups: [batch], resources: [jobs], verbs: [update, patch] }']), errors: [] },
  { name: 'valid: a grant to another account', code: D + grant(['{ apiGroups: [""], resources: [secrets], verbs: [list] }'], { account: 'other' }), errors: [] },
];

describe('workload-permissions', () => {
  it.each(cases)('$name', (c) => runCase('workload-permissions', c));
});
