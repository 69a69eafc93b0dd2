import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';

const KYVERNO = yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata: { name: disable-automount }
  spec:
    rules:
      - name: default-sa
        match:
          any:
            - resources: { kinds: [ServiceAccount], names: [default] }
        mutate:
          patchStrategicMerge:
            automountServiceAccountToken: false
`;

const cases: Case[] = [
  {
    name: 'a default account without the setting (kind line)',
    code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default, namespace: shop }\n',
    errors: [{ messageId: 'account', line: 2, column: 7, message: 'namespace `shop`' }],
  },
  {
    name: 'a default account set to true (the value)',
    code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default, namespace: shop }\nautomountServiceAccountToken: true\n',
    errors: [{ messageId: 'account', line: 4, column: 31 }],
  },
  {
    name: 'a Namespace without a hardened default account (its name)',
    code: yaml`
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
    `,
    errors: [{ messageId: 'namespace', line: 4, column: 9, path: ['metadata', 'name'] }],
  },
  {
    name: 'valid: Namespace with its hardened default account',
    code: yaml`
      apiVersion: v1
      kind: Namespace
      metadata: { name: shop }
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: default, namespace: shop }
      automountServiceAccountToken: false
    `,
    errors: [],
  },
  {
    name: 'valid: a Kyverno ClusterPolicy mutates every default account',
    code: `apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default, namespace: ops }\n---\n${KYVERNO}`,
    errors: [],
  },
  {
    name: 'valid: a Gatekeeper Assign mutation',
    code: yaml`
      apiVersion: v1
      kind: Namespace
      metadata: { name: shop }
      ---
      apiVersion: mutations.gatekeeper.sh/v1
      kind: Assign
      metadata: { name: sa-automount }
      spec:
        applyTo:
          - groups: [""]
            kinds: [ServiceAccount]
            versions: [v1]
        location: automountServiceAccountToken
        parameters:
          assign:
            value: false
    `,
    errors: [],
  },
  {
    name: 'a Kyverno policy that only validates does not harden (the namespace is still reported)',
    code: yaml`
      apiVersion: v1
      kind: Namespace
      metadata: { name: shop }
      ---
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata: { name: check }
      spec:
        rules:
          - name: default-sa
            match: { any: [{ resources: { kinds: [ServiceAccount] } }] }
            validate:
              pattern:
                automountServiceAccountToken: false
    `,
    errors: [{ messageId: 'namespace', line: 3, column: 19 }],
  },
  {
    name: 'a namespaced Kyverno Policy hardens only its own namespace',
    code: yaml`
      apiVersion: v1
      kind: Namespace
      metadata: { name: shop }
      ---
      apiVersion: kyverno.io/v1
      kind: Policy
      metadata: { name: p, namespace: other }
      spec:
        rules:
          - name: r
            match: { any: [{ resources: { kinds: [ServiceAccount] } }] }
            mutate:
              patchesJson6902: |-
                - op: add
                  path: /automountServiceAccountToken
                  value: false
    `,
    errors: [{ messageId: 'namespace', line: 3, column: 19 }],
  },
];

describe('default-sa-not-hardened', () => {
  it.each(cases)('$name', (c) => runCase('default-sa-not-hardened', c));
});
