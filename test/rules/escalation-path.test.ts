import { describe, expect, it } from 'vitest';
import { runCase, scan, yaml, type Case } from '../support/helpers.js';
import { binding, deployment, role, sa } from '../support/rbac.js';


function grant(name: string, account: string, rules: string[], namespace?: string): string {
  const [ns, n] = account.split('/') as [string, string];
  return '---\n' + role(name, rules, namespace ? { namespace } : {}) + binding(namespace ? 'RoleBinding' : 'ClusterRoleBinding', name, { name, kind: namespace ? 'Role' : 'ClusterRole' }, [sa(n, ns)], namespace);
}

const PODS = grant('runner', 'ci/runner', ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], 'ci');
const ADMIN_IN_CI = grant('deployer', 'ci/deployer', ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }']);
const D = deployment();

const cases: Case[] = [
  {
    name: 'create pods → an account of the namespace that is cluster-admin: an error on serviceAccountName',
    code: D + PODS + ADMIN_IN_CI,
    errors: [
      {
        messageId: 'admin',
        line: 8,
        column: 27,
        path: ['spec', 'template', 'spec', 'serviceAccountName'],
        level: 'error',
        message:
          'Deployment `ci/web` runs as ServiceAccount `ci/runner`, which can become cluster-admin equivalent in 2 steps: create `pods` in namespace `ci` → ServiceAccount `ci/deployer`, then hold `*` on `*` cluster-wide → cluster-admin equivalence;',
      },
    ],
  },
  {
    name: 'a stronger account short of cluster-admin: a warning naming what it gains',
    code: D + PODS + grant('deployer', 'ci/deployer', ['{ apiGroups: [""], resources: [secrets], verbs: [list] }']),
    errors: [
      {
        messageId: 'stronger',
        line: 8,
        column: 27,
        level: 'warning',
        message: 'which can act as ServiceAccount `ci/deployer` in 1 step and so list `secrets` cluster-wide: create `pods` in namespace `ci` → ServiceAccount `ci/deployer`;',
      },
    ],
  },
  {
    name: 'several stronger identities: the worst first, the others counted',
    code: D + PODS + grant('deployer', 'ci/deployer', ['{ apiGroups: [""], resources: [secrets], verbs: [list] }']) + grant('minter', 'ci/minter', ['{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }'], 'prod'),
    errors: [{ messageId: 'stronger', line: 8, column: 27, level: 'warning', message: 'can act as ServiceAccount `ci/minter` in 1 step and so create tokens for any ServiceAccount in namespace `prod`: create `pods` in namespace `ci` → ServiceAccount `ci/minter` (and 1 more stronger identity);' }],
  },
  {
    name: 'valid: no gain for a pod creator in accounts that mint tokens, read Secrets or exec where it runs pods (a pod runs as any account of the namespace and mounts any Secret)',
    code:
      D +
      PODS +
      grant('minter', 'ci/minter', ['{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }'], 'ci') +
      grant('reader', 'ci/reader', ['{ apiGroups: [""], resources: [secrets], verbs: [list] }'], 'ci') +
      grant('debug', 'ci/debug', ['{ apiGroups: [""], resources: [pods/exec], verbs: [create] }'], 'ci'),
    errors: [],
  },
  {
    name: 'the implicit account: on the pod spec',
    code: deployment('hostname: web') + grant('runner', 'ci/default', ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], 'ci') + ADMIN_IN_CI,
    errors: [{ messageId: 'admin', line: 7, column: 5, path: ['spec', 'template', 'spec'], level: 'error', message: 'runs as ServiceAccount `ci/default`' }],
  },
  {
    name: 'a mounted legacy token Secret: the path does not need the workload\'s own token',
    code:
      deployment('serviceAccountName: runner\n        automountServiceAccountToken: false\n        volumes: [{ name: t, secret: { secretName: minter-token } }]') +
      yaml`
      ---
      apiVersion: v1
      kind: Secret
      metadata: { name: minter-token, namespace: ci, annotations: { kubernetes.io/service-account.name: minter } }
      type: kubernetes.io/service-account-token
    ` +
      grant('minter', 'ci/minter', ['{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }'], 'ci') +
      ADMIN_IN_CI,
    errors: [{ messageId: 'admin', line: 8, column: 27, level: 'error', message: 'Deployment `ci/web` mounts a token of ServiceAccount `ci/minter` (Secret `minter-token`), which can become cluster-admin equivalent in 2 steps: create `serviceaccounts/token` in namespace `ci` → ServiceAccount `ci/deployer`' }],
  },
  { name: 'valid: the token is not mounted', code: deployment('serviceAccountName: runner\n        automountServiceAccountToken: false') + PODS + ADMIN_IN_CI, errors: [] },
  { name: 'valid: the account is cluster-admin equivalent itself (workload-permissions says so; nothing is stronger)', code: D + grant('runner', 'ci/runner', ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }']), errors: [] },
  { name: 'valid: the gain is nil (the other account holds what the runner holds)', code: D + PODS + grant('peer', 'ci/peer', ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], 'ci'), errors: [] },
  { name: 'valid: a namespaced grant does not reach another namespace', code: D + PODS + grant('deployer', 'prod/deployer', ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }']), errors: [] },
  {
    name: 'valid: a Role with everything in its namespace reaches no cluster scope (no account there is stronger)',
    code: D + grant('runner', 'ci/runner', ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }'], 'ci'),
    errors: [],
  },
];

describe('escalation-path', () => {
  it.each(cases)('$name', (c) => runCase('escalation-path', c));

  it('carries each path as a flow whose steps point at the rules that grant them, and the steps as related locations', () => {
    const code = D + PODS + ADMIN_IN_CI;
    const [f] = scan(code).filter((x) => x.ruleId === 'escalation-path');
    const lines = code.split('\n');
    expect(f!.flows).toHaveLength(1);
    const flow = f!.flows![0]!;
    expect([flow.from, flow.to]).toEqual(['ServiceAccount `ci/runner`', 'cluster-admin equivalence']);
    // Each step on the resource entry of the rule that grants it.
    const podsLine = lines.findIndex((l) => l.includes('resources: [pods]'));
    const adminLine = lines.findIndex((l) => l.includes('resources: ["*"]'));
    expect(flow.steps.map((s) => [s.action, s.to, s.location!.region.startLine, s.location!.region.startColumn])).toEqual([
      ['create `pods` in namespace `ci`', 'ServiceAccount `ci/deployer`', podsLine + 1, lines[podsLine]!.indexOf('pods]') + 1],
      ['hold `*` on `*` cluster-wide', 'cluster-admin equivalence', adminLine + 1, lines[adminLine]!.indexOf('"*"], verbs') + 1],
    ]);
    expect(f!.related.map((r) => [r.label, r.location.region.startLine])).toEqual([
      ['step 1 (RoleBinding `ci/runner`, Role `ci/runner`)', flow.steps[0]!.location!.region.startLine],
      ['step 2 (ClusterRoleBinding `deployer`, ClusterRole `deployer`)', flow.steps[1]!.location!.region.startLine],
    ]);
  });

  it('one flow per stronger identity, at most five', () => {
    const many = Array.from({ length: 7 }, (_, i) => grant(`r${i}`, `ci/a${i}`, [`{ apiGroups: [""], resources: [secrets], resourceNames: [s${i}], verbs: [get] }`], `team-${i}`)).join('');
    const [f] = scan(D + PODS + many).filter((x) => x.ruleId === 'escalation-path');
    expect(f!.flows!.map((x) => x.to)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4'].map((a) => `ServiceAccount \`ci/${a}\``));
    expect(f!.data.more).toBe(' (and 6 more stronger identities)');
  });
});
