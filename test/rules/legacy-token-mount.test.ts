import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';

const SECRET = yaml`
  apiVersion: v1
  kind: Secret
  metadata:
    name: tok
    namespace: ci
    annotations: { kubernetes.io/service-account.name: builder }
  type: kubernetes.io/service-account-token
  ---
`;

const cases: Case[] = [
  {
    name: 'a secret volume, an env reference, envFrom and a projected source',
    code:
      SECRET +
      yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: p, namespace: ci }
      spec:
        automountServiceAccountToken: false
        containers:
          - name: c
            image: nginx
            env:
              - name: TOKEN
                valueFrom: { secretKeyRef: { name: tok, key: token } }
            envFrom:
              - secretRef:
                  name: tok
        volumes:
          - name: a
            secret:
              secretName: tok
          - name: b
            projected:
              sources:
                - secret: { name: tok }
    `,
    errors: [
      { messageId: 'env', line: 19, column: 46, path: ['spec', 'containers', 0, 'env', 0, 'valueFrom', 'secretKeyRef', 'name'] },
      { messageId: 'envFrom', line: 22, column: 19, path: ['spec', 'containers', 0, 'envFrom', 0, 'secretRef', 'name'] },
      { messageId: 'volume', line: 26, column: 21, path: ['spec', 'volumes', 0, 'secret', 'secretName'] },
      { messageId: 'volume', line: 30, column: 29, path: ['spec', 'volumes', 1, 'projected', 'sources', 0, 'secret', 'name'] },
    ],
  },
  {
    name: 'valid: the same name in another namespace is another Secret',
    code: SECRET + 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: web }\nspec:\n  volumes:\n    - name: a\n      secret: { secretName: tok }\n  containers: []\n',
    errors: [],
  },
  {
    name: 'valid: an Opaque Secret',
    code: SECRET.replace('kubernetes.io/service-account-token', 'Opaque') + 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: ci }\nspec:\n  volumes:\n    - name: a\n      secret: { secretName: tok }\n  containers: []\n',
    errors: [],
  },
];

describe('legacy-token-mount', () => {
  it.each(cases)('$name', (c) => runCase('legacy-token-mount', c));
});
