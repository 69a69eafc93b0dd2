import { describe, expect, it } from 'vitest';
import { runCase, scan, yaml, type Case } from '../support/helpers.js';
import { formatMessage } from '../../src/report/messages.js';

const GCP_KEY = JSON.stringify({ type: 'service_account', project_id: 'p', private_key_id: 'x', private_key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n' });

const cases: Case[] = [
  {
    name: 'env variables with a literal value or a reference (on the name)',
    code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: d }
      spec:
        template:
          spec:
            containers:
              - name: app
                image: nginx
                env:
                  - name: AWS_SECRET_ACCESS_KEY
                    value: verysecretvalue
                  - name: azure_client_secret
                    valueFrom: { secretKeyRef: { name: s, key: k } }
                  - name: AWS_REGION
                    value: eu-west-1
    `,
    errors: [
      { messageId: 'env', line: 11, column: 21, path: ['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'name'], message: 'a static AWS credential' },
      { messageId: 'env', line: 13, column: 21, path: ['spec', 'template', 'spec', 'containers', 0, 'env', 1, 'name'], message: 'Azure Workload Identity' },
    ],
  },
  {
    name: 'GOOGLE_APPLICATION_CREDENTIALS pointing into a Secret volume',
    code: yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: app
            image: nginx
            env:
              - name: GOOGLE_APPLICATION_CREDENTIALS
                value: /var/secrets/google/key.json
            volumeMounts:
              - { name: gcp, mountPath: /var/secrets/google }
        volumes:
          - name: gcp
            secret: { secretName: gcp-key }
    `,
    errors: [{ messageId: 'keyFile', line: 9, column: 17 }],
  },
  {
    name: 'Secret keys named like the variables, and key files by content (data is base64)',
    code: yaml`
      apiVersion: v1
      kind: Secret
      metadata: { name: creds }
      stringData:
        AWS_SECRET_ACCESS_KEY: abc
        credentials: |
          [default]
          aws_access_key_id = AKIAEXAMPLE
          aws_secret_access_key = abc
      data:
        key.json: ${Buffer.from(GCP_KEY).toString('base64')}
    `,
    errors: [
      { messageId: 'secretContent', line: 11, column: 3, path: ['data', 'key.json'], message: 'a Google service-account key file' },
      { messageId: 'secretKey', line: 5, column: 3, path: ['stringData', 'AWS_SECRET_ACCESS_KEY'] },
      { messageId: 'secretContent', line: 6, column: 3, path: ['stringData', 'credentials'], message: 'an AWS credentials file' },
    ].sort((a, b) => a.line - b.line),
  },
  {
    name: 'valid: GOOGLE_APPLICATION_CREDENTIALS into a ConfigMap (a federation config, no secret)',
    code: yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: app
            image: nginx
            env:
              - { name: GOOGLE_APPLICATION_CREDENTIALS, value: /etc/gcp/config.json }
            volumeMounts:
              - { name: gcp, mountPath: /etc/gcp }
        volumes:
          - name: gcp
            configMap: { name: gcp-federation }
    `,
    errors: [],
  },
  {
    name: 'valid: empty values and unrelated variables',
    code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      env:\n        - { name: AWS_SECRET_ACCESS_KEY, value: "" }\n        - { name: AWS_ACCESS_KEY_ID_FILE, value: /x }\n',
    errors: [],
  },
];

describe('static-cloud-credentials', () => {
  it.each(cases)('$name', (c) => runCase('static-cloud-credentials', c));
  it('never prints the values it finds', () => {
    const text = cases.map((c) => c.code).join('---\n');
    const messages = scan(text).filter((f) => f.ruleId === 'static-cloud-credentials').map((f) => formatMessage(f)).join('\n');
    expect(messages).not.toMatch(/verysecretvalue|AKIAEXAMPLE|PRIVATE KEY|abc/);
  });
});
