import { describe, it } from 'vitest';
import { runCase, yaml, type Case } from '../support/helpers.js';
import { binding, sa } from '../support/rbac.js';

/** A grant to the account in the set, so that the token has a use. */
const GRANT = binding('RoleBinding', 'api', { name: 'view' }, [sa('api')], 'shop');

/** The six rows of SPEC §3.1, with the account in the set. */
function precedence(account: string, pod: string, grant = GRANT): string {
  return (
    yaml`
    apiVersion: v1
    kind: ServiceAccount
    metadata: { name: api, namespace: shop }
    ${account}
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: api, namespace: shop }
    spec:
      serviceAccountName: api
      ${pod}
      containers: [{ name: c, image: nginx }]
  ` + grant
  );
}

const cases: Case[] = [
  { name: 'account unset, pod unset: mounted by default', code: precedence('', ''), errors: [{ messageId: 'byDefault', line: 9, column: 1, path: ['spec'] }] },
  {
    name: 'account true, pod unset: mounted by the account',
    code: precedence('automountServiceAccountToken: true', ''),
    errors: [{ messageId: 'byAccount', line: 9, column: 1, path: ['spec'] }],
  },
  { name: 'account unset, pod true: opted in explicitly', code: precedence('', 'automountServiceAccountToken: true'), errors: [] },
  { name: 'account true, pod false: not mounted', code: precedence('automountServiceAccountToken: true', 'automountServiceAccountToken: false'), errors: [] },
  { name: 'account false, pod unset: not mounted', code: precedence('automountServiceAccountToken: false', ''), errors: [] },
  { name: 'account false, pod true: mounted, but opted in explicitly', code: precedence('automountServiceAccountToken: false', 'automountServiceAccountToken: true'), errors: [] },
  { name: 'account false, pod false: not mounted', code: precedence('automountServiceAccountToken: false', 'automountServiceAccountToken: false'), errors: [] },
  { name: 'YAML 1.1: `no` on the account is false', code: precedence('automountServiceAccountToken: no', ''), errors: [] },
  { name: 'YAML 1.1: `Off` on the pod is false', code: precedence('', 'automountServiceAccountToken: Off'), errors: [] },
  {
    name: 'the account is not in the scanned files: treated as unset, and the message says so',
    code:
      yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api, namespace: shop }
      spec:
        template:
          spec:
            serviceAccountName: api
            containers: [{ name: c, image: nginx }]
    ` + GRANT,
    errors: [{ messageId: 'accountUnknown', line: 6, column: 5, message: 'Deployment `api` gets the API token of ServiceAccount `shop/api`: the pod does not set `automountServiceAccountToken` and the account is not in the scanned files' }],
  },
  {
    name: 'no grants in the set beyond the built-in defaults: the token is of no use, and which setting decided',
    code: precedence('automountServiceAccountToken: true', '', ''),
    errors: [{ messageId: 'useless', line: 9, column: 1, message: '(the account sets `automountServiceAccountToken: true`), but no binding of the scanned files grants that account anything' }],
  },
  {
    name: 'a grant through the all-accounts group of the namespace counts',
    code: precedence('', '', binding('RoleBinding', 'all', { name: 'view' }, ['{ kind: Group, name: "system:serviceaccounts:shop" }'], 'shop')),
    errors: [{ messageId: 'byDefault', line: 9, column: 1 }],
  },
  {
    name: 'the account holds sensitive permissions: says so instead of suggesting `true`',
    code: precedence('', '', binding('RoleBinding', 'api', { name: 'edit' }, [sa('api')], 'shop')),
    errors: [
      {
        messageId: 'sensitive',
        line: 9,
        column: 1,
        message: 'gets the API token of ServiceAccount `shop/api` because neither the pod nor the account sets `automountServiceAccountToken`, and the account holds sensitive permissions (`workload-permissions` names them on `serviceAccountName`); set `automountServiceAccountToken: false` in the pod spec unless the workload needs them',
      },
    ],
  },
  {
    name: 'the implicit `default` account with sensitive permissions: default-service-account says it on this same line',
    code:
      yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: api, namespace: shop }
      spec:
        containers: [{ name: c, image: nginx }]
    ` + binding('RoleBinding', 'd', { name: 'edit' }, [sa('default')], 'shop'),
    errors: [],
  },
  // One line, one problem: a workload running as default with its token mounted is default-service-account's.
  { name: 'valid: a workload that runs as default is default-service-account\'s finding', code: yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: p, namespace: shop }
      spec:
        containers: [{ name: c, image: nginx }]
    `, errors: [] },
  { name: 'a quoted "false" on the pod is invalid-field-type, not this rule', code: precedence('', 'automountServiceAccountToken: "false"'), errors: [] },
];

describe('token-automount', () => {
  it.each(cases)('$name', (c) => runCase('token-automount', c));
});
