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
    errors: [{ messageId: 'implicit', line: 6, column: 5, path: ['spec', 'template', 'spec'], message: 'namespace `shop`' }],
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
    name: 'an error when the default account holds grants in the set (by name)',
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
    errors: [{ messageId: 'implicitGranted', line: 6, column: 5, level: 'error', message: 'RoleBinding `shop/default-edit`' }],
  },
  {
    name: 'an error when the default account holds grants through its groups',
    code:
      'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: ops }\nspec:\n  serviceAccountName: default\n  containers: []\n' +
      binding('ClusterRoleBinding', 'all-sa', { name: 'view' }, [group('system:serviceaccounts')]),
    errors: [{ messageId: 'explicitGranted', line: 5, column: 23, level: 'error' }],
  },
  {
    name: 'an error when the default account carries a cloud identity (implicit)',
    code:
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: shop\n  annotations: { iam.gke.io/gcp-service-account: app@shop-prod.iam.gserviceaccount.com }\nautomountServiceAccountToken: false\n---\napiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: shop }\nspec:\n  containers: []\n',
    errors: [{ messageId: 'implicitCloud', line: 12, column: 1, level: 'error', message: 'a Google Cloud identity' }],
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
