import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';

function pod(automount: string, mountPath: string, list = 'containers'): string {
  return yaml`
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      ${automount}
      ${list}:
        - name: c
          image: nginx
          volumeMounts:
            - name: t
              mountPath: ${mountPath}
      volumes:
        - { name: t, secret: { secretName: s } }
  `;
}

const cases: Case[] = [
  {
    name: 'the token directory with automount off',
    code: pod('automountServiceAccountToken: false', '/var/run/secrets/kubernetes.io/serviceaccount'),
    errors: [{ messageId: 'manual', line: 11, column: 22, path: ['spec', 'containers', 0, 'volumeMounts', 0, 'mountPath'] }],
  },
  {
    name: 'a file inside it, spelled with a trailing slash and a dot segment, in an init container',
    code: pod('automountServiceAccountToken: false', '/var/run/secrets/kubernetes.io/./serviceaccount/token/', 'initContainers'),
    errors: [{ messageId: 'manual', line: 11, column: 22 }],
  },
  { name: 'valid: automount on (the mount shadows the automounted token; not this rule)', code: pod('automountServiceAccountToken: true', '/var/run/secrets/kubernetes.io/serviceaccount'), errors: [] },
  { name: 'valid: another path', code: pod('automountServiceAccountToken: false', '/var/run/secrets/kubernetes.io/serviceaccounts'), errors: [] },
];

describe('manual-token-mount', () => {
  it.each(cases)('$name', (c) => runCase('manual-token-mount', c));
});
