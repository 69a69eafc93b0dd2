import { describe, expect, it } from 'vitest';
import { loadSources } from '../src/load/load.js';
import { Inventory } from '../src/inventory/inventory.js';

const inv = (text: string) => new Inventory(loadSources([{ path: 'a.yaml', text }], { namespace: 'ns' }));

const POD_SPEC = 'serviceAccountName: sa\ncontainers: [{ name: c, image: x }]';
const indent = (s: string, n: number) => s.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

const WORKLOADS: [string, string, string, (string | number)[]][] = [
  ['v1', 'Pod', `spec:\n${indent(POD_SPEC, 2)}`, ['spec']],
  ['v1', 'PodTemplate', `template:\n  spec:\n${indent(POD_SPEC, 4)}`, ['template', 'spec']],
  ['v1', 'ReplicationController', `spec:\n  template:\n    spec:\n${indent(POD_SPEC, 6)}`, ['spec', 'template', 'spec']],
  ...(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].map((k) => ['apps/v1', k, `spec:\n  template:\n    spec:\n${indent(POD_SPEC, 6)}`, ['spec', 'template', 'spec']]) as [string, string, string, string[]][]),
  ['batch/v1', 'Job', `spec:\n  template:\n    spec:\n${indent(POD_SPEC, 6)}`, ['spec', 'template', 'spec']],
  ['batch/v1', 'CronJob', `spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${indent(POD_SPEC, 10)}`, ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
  ['argoproj.io/v1alpha1', 'Rollout', `spec:\n  template:\n    spec:\n${indent(POD_SPEC, 6)}`, ['spec', 'template', 'spec']],
];

describe('one pod-spec helper for every workload kind', () => {
  it.each(WORKLOADS)('%s %s', (apiVersion, kind, body, specPath) => {
    const i = inv(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: w }\n${body}\n`);
    expect(i.workloads).toHaveLength(1);
    const w = i.workloads[0]!;
    expect(w.pod.ref.specPath).toEqual(specPath);
    expect(w.account).toEqual({ namespace: 'ns', name: 'sa' });
    expect(w.pod.containers.map((c) => c.name)).toEqual(['c']);
  });
  it('a workload without a pod template (an Argo Rollout with workloadRef) is not a workload', () => {
    expect(inv('apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: { name: r }\nspec:\n  workloadRef: { kind: Deployment, name: d }\n').workloads).toEqual([]);
  });
});

describe('effective ServiceAccount and token (SPEC §3.1)', () => {
  const decide = (sa: string | undefined, pod: string | undefined) => {
    const account = sa === undefined ? '' : `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: sa }\n${sa === 'unset' ? '' : `automountServiceAccountToken: ${sa}\n`}---\n`;
    const p = `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  serviceAccountName: sa\n${pod === undefined ? '' : `  automountServiceAccountToken: ${pod}\n`}  containers: []\n`;
    const t = inv(account + p).workloads[0]!.token;
    return [t.mounted, t.decidedBy];
  };
  it.each([
    ['true', undefined, [true, 'account']],
    ['unset', undefined, [true, 'default']],
    ['true', 'true', [true, 'pod']],
    ['unset', 'true', [true, 'pod']],
    ['true', 'false', [false, 'pod']],
    ['unset', 'false', [false, 'pod']],
    ['false', undefined, [false, 'account']],
    ['false', 'true', [true, 'pod']],
    ['false', 'false', [false, 'pod']],
  ] as const)('account %s, pod %s', (sa, pod, want) => expect(decide(sa, pod)).toEqual(want));
  it('the account is unknown when not in the set', () => {
    const t = inv('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { serviceAccountName: sa, containers: [] }\n').workloads[0]!.token;
    expect(t).toMatchObject({ mounted: true, decidedBy: 'default', accountKnown: false });
  });
  it('serviceAccountName wins over the deprecated serviceAccount', () => {
    const w = inv('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { serviceAccountName: a, serviceAccount: b, containers: [] }\n').workloads[0]!;
    expect([w.account.name, w.accountSource]).toEqual(['a', 'serviceAccountName']);
  });
});
