import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';

function pod(token: string, mountPath = '/var/run/secrets/tokens'): string {
  return yaml`
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers:
        - name: c
          image: nginx
          volumeMounts:
            - { name: t, mountPath: ${mountPath} }
      volumes:
        - name: t
          projected:
            sources:
              - serviceAccountToken: ${token}
  `;
}

const cases: Case[] = [
  {
    name: 'below 600 seconds is an error',
    code: pod('{ audience: vault, expirationSeconds: 599 }'),
    errors: [{ messageId: 'tooShort', line: 14, column: 72, level: 'error', path: ['spec', 'volumes', 0, 'projected', 'sources', 0, 'serviceAccountToken', 'expirationSeconds'] }],
  },
  {
    name: 'above the maximum is a warning',
    code: pod('{ audience: vault, expirationSeconds: 172800 }'),
    errors: [{ messageId: 'tooLong', line: 14, column: 72, level: 'warning', message: '86400' }],
  },
  {
    name: 'the maximum is an option',
    code: pod('{ audience: vault, expirationSeconds: 7200 }'),
    config: { rules: { 'projected-token-settings': { options: { maxExpirationSeconds: 3600 } } } },
    errors: [{ messageId: 'tooLong', line: 14, column: 72, level: 'warning', message: '3600 seconds' }],
  },
  {
    name: 'no audience, mounted outside the default path: a note on the source',
    code: pod('{ expirationSeconds: 3600 }'),
    errors: [{ messageId: 'noAudience', line: 14, column: 13, level: 'note', path: ['spec', 'volumes', 0, 'projected', 'sources', 0, 'serviceAccountToken'] }],
  },
  { name: 'valid: no audience at the default token path', code: pod('{ expirationSeconds: 3600 }', '/var/run/secrets/kubernetes.io/serviceaccount/'), errors: [] },
  { name: 'valid: 600 and 86400 are accepted', code: pod('{ audience: a, expirationSeconds: 600 }') + '---\n' + pod('{ audience: a, expirationSeconds: 86400 }'), errors: [] },
  { name: 'valid: expirationSeconds defaults to an hour', code: pod('{ audience: a }'), errors: [] },
];

describe('projected-token-settings', () => {
  it.each(cases)('$name', (c) => runCase('projected-token-settings', c));
});
