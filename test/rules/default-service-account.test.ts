import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';
import { binding, group, sa } from '../support/rbac.js';

const cases: Case[] = [
  {
    name: 'a Deployment that names no account runs as default (reported on the pod spec key)',
    code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web, namespace: shop }
      spec:
        template:
          spec:
            automountServiceAccountToken: false
            containers: [{ name: web, image: nginx }]
    `,
    errors: [{ messageId: 'implicit', line: 6, column: 5, level: 'warning', path: ['spec', 'template', 'spec'], message: 'Deployment `web` names no ServiceAccount, so its pods run as `default` of namespace `shop`; give it its own account' }],
  },
  {
    name: 'serviceAccountName: default is reported on its value',
    code: yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        serviceAccountName: default
        automountServiceAccountToken: false
        containers: [{ name: c, image: nginx }]
    `,
    errors: [{ messageId: 'explicit', line: 5, column: 23, path: ['spec', 'serviceAccountName'], message: 'namespace `default`' }],
  },
  {
    name: 'the deprecated serviceAccount field naming default counts too',
    code: yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: j, namespace: ops }
      spec:
        template:
          spec:
            serviceAccount: default
            automountServiceAccountToken: false
            containers: [{ name: c, image: busybox }]
    `,
    errors: [{ messageId: 'explicit', line: 7, column: 23, path: ['spec', 'template', 'spec', 'serviceAccount'] }],
  },
  {
    name: "a CronJob's nested template",
    code: yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: cj, namespace: ops }
      spec:
        schedule: "* * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                automountServiceAccountToken: false
                containers: [{ name: c, image: busybox }]
    `,
    errors: [{ messageId: 'implicit', line: 9, column: 9, path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] }],
  },
  {
    name: 'an empty serviceAccountName means default',
    code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: d }
      spec:
        template:
          spec:
            serviceAccountName: ""
            automountServiceAccountToken: false
            containers: [{ name: c, image: busybox }]
    `,
    errors: [{ messageId: 'implicit', line: 6, column: 5 }],
  },
  {
    // Item 10: an error only for sensitive permissions given to `default` itself.
    name: 'an error when a binding gives the default account itself sensitive permissions (edit)',
    code:
      yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web, namespace: shop }
      spec:
        template:
          spec:
            automountServiceAccountToken: false
            containers: [{ name: web, image: nginx }]
    ` + binding('RoleBinding', 'default-edit', { name: 'edit' }, [sa('default')], 'shop'),
    errors: [{ messageId: 'implicitSensitive', line: 6, column: 5, level: 'error', message: 'which may bind, escalate or impersonate, mint ServiceAccount tokens, exec into pods, run pods as any ServiceAccount, swap images of running pods and read Secrets through RoleBinding `shop/default-edit`' }],
  },
  {
    name: 'a harmless grant to default (view) is a warning that names it, with the token mounted',
    code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: ops }\nspec:\n  containers: []\n' + binding('RoleBinding', 'default-view', { name: 'view' }, [sa('default')], 'ops'),
    errors: [{ messageId: 'implicitGranted', line: 4, column: 1, level: 'warning', message: 'Pod `p` names no ServiceAccount, so it runs as `default` of namespace `ops`, which RoleBinding `ops/default-view` grants ClusterRole `view`, and it gets its API token; give the workload its own account and grant that to it instead' }],
  },
  {
    name: 'serviceAccountName: default with a sensitive grant by User subject',
    code:
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web, namespace: ops }\nspec:\n  template:\n    spec:\n      serviceAccountName: default\n      automountServiceAccountToken: false\n      containers: []\n' +
      binding('RoleBinding', 'reader', { name: 'reader', kind: 'Role' }, ['{ kind: User, name: "system:serviceaccount:ops:default" }'], 'ops') +
      '---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: reader, namespace: ops }\nrules:\n  - { apiGroups: [""], resources: [secrets], verbs: [list] }\n',
    errors: [{ messageId: 'explicitSensitive', line: 7, column: 27, level: 'error', message: 'Deployment `web` runs its pods as ServiceAccount `default` of namespace `ops`, which may read Secrets through RoleBinding `ops/reader`; give the workload its own account and move that grant to it' }],
  },
  {
    name: 'serviceAccountName: default with a harmless grant',
    code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: ops }\nspec:\n  serviceAccountName: default\n  automountServiceAccountToken: false\n  containers: []\n' + binding('RoleBinding', 'v', { name: 'view' }, [sa('default')], 'ops'),
    errors: [{ messageId: 'explicitGranted', line: 5, column: 23, level: 'warning', message: 'Pod `p` runs as ServiceAccount `default` of namespace `ops`, which RoleBinding `ops/v` grants ClusterRole `view`; give' }],
  },
  {
    name: 'with the token mounted, workload-permissions lists the permissions on the same line: only the grant is named',
    code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: ops }\nspec:\n  containers: []\n' + binding('RoleBinding', 'd', { name: 'edit' }, [sa('default')], 'ops'),
    errors: [{ messageId: 'implicitSensitiveToken', line: 4, column: 1, level: 'error', message: 'which RoleBinding `ops/d` grants ClusterRole `edit` (workload-permissions lists what it can do), and it gets its API token' }],
  },
  {
    name: 'explicitly default, token mounted, sensitive grant',
    code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: ops }\nspec:\n  serviceAccountName: default\n  containers: []\n' + binding('RoleBinding', 'd', { name: 'edit' }, [sa('default')], 'ops'),
    errors: [{ messageId: 'explicitSensitiveToken', line: 5, column: 23, level: 'error' }],
  },
  {
    name: 'a grant of one named PodSecurityPolicy (use) is not sensitive',
    code:
      'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: ops }\nspec:\n  automountServiceAccountToken: false\n  containers: []\n---\n' +
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: psp, namespace: ops }\nrules:\n  - { apiGroups: [policy], resources: [podsecuritypolicies], resourceNames: [restricted], verbs: [use] }\n' +
      binding('RoleBinding', 'psp', { name: 'psp', kind: 'Role' }, [sa('default')], 'ops'),
    errors: [{ messageId: 'implicitGranted', line: 4, column: 1, level: 'warning' }],
  },
  {
    name: 'a grant to a group (system:serviceaccounts) is not "on default": a plain warning',
    code:
      'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: ops }\nspec:\n  serviceAccountName: default\n  containers: []\n' +
      binding('ClusterRoleBinding', 'all-sa', { name: 'edit' }, [group('system:serviceaccounts')]),
    errors: [{ messageId: 'explicit', line: 5, column: 23, level: 'warning', message: 'Pod `p` runs as ServiceAccount `default` of namespace `ops`, and it gets its API token; give it its own account' }],
  },
  {
    name: 'an error when the default account carries a cloud identity (implicit)',
    code:
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: shop\n  annotations: { iam.gke.io/gcp-service-account: app@shop-prod.iam.gserviceaccount.com }\nautomountServiceAccountToken: false\n---\napiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: shop }\nspec:\n  containers: []\n',
    errors: [{ messageId: 'implicitCloud', line: 12, column: 1, level: 'error', message: 'the Google Cloud identity `app@shop-prod.iam.gserviceaccount.com`' }],
  },
  {
    name: 'an error when the default account carries a cloud identity (explicit)',
    code:
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: shop\n  annotations: { eks.amazonaws.com/role-arn: "arn:aws:iam::123456789012:role/x" }\nautomountServiceAccountToken: false\n---\napiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: shop }\nspec:\n  serviceAccountName: default\n  containers: []\n',
    errors: [{ messageId: 'explicitCloud', line: 13, column: 23, level: 'error' }],
  },
  {
    name: 'valid: a workload with its own account',
    code: yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: web }
      automountServiceAccountToken: false
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: web }
      spec:
        template:
          spec:
            serviceAccountName: web
            containers: [{ name: web, image: nginx }]
    `,
    errors: [],
  },
  {
    name: 'valid: a Deployment of another API group is not a workload',
    code: yaml`
      apiVersion: example.com/v1
      kind: Deployment
      metadata: { name: x }
      spec:
        template:
          spec:
            containers: [{ name: c, image: nginx }]
    `,
    errors: [],
  },
];

describe('default-service-account', () => {
  it.each(cases)('$name', (c) => runCase('default-service-account', c));
});
