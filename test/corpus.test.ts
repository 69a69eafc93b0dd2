/**
 * The real manifests of shared/corpus/real (published by Argo CD, kube-prometheus, Calico and
 * ingress-nginx): they scan without crashes, and what saguard reports there is pinned, so any
 * change in behaviour shows up here as a failing assertion.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventoryOf, lint } from '../src/index.js';
import type { Finding } from '../src/model/types.js';
import { formatMessage } from '../src/report/messages.js';
import { readTree } from './support/corpus.js';
import { SHARED } from './support/sarif-validate.js';
import { main, type CliIO } from '../src/publish/cli/main.js';

const corpus = readTree(path.join(SHARED, 'corpus', 'real'));
const result = lint(corpus);
const pins = (rule: string) =>
  result.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location.file}:${f.location.region.startLine} ${f.object?.kind}/${f.object?.name} ${f.messageId}`);

describe('shared/corpus/real', () => {
  it('reads every file and object', () => {
    expect(result.stats.files).toBe(99);
    expect(result.stats.objects).toBe(150);
    // CRDs, ConfigMaps, PrometheusRules... are recognised by kind and not parsed, and so is the
    // ConfigMapList of Grafana dashboards (1 MB).
    expect(result.stats.unread).toBe(84);
  });

  it('has no input-hygiene findings (the projects publish valid YAML)', () => {
    expect(result.findings.filter((f) => ['yaml-syntax', 'duplicate-key', 'invalid-field-type'].includes(f.ruleId))).toEqual([]);
  });

  it('token-automount: six Argo CD workloads mount the token with neither the pod nor the account deciding (and their accounts hold sensitive permissions); repo-server opts out, kube-prometheus pods opt in explicitly', () => {
    const argo = ['argocd-applicationset-controller', 'argocd-dex-server', 'argocd-notifications-controller', 'argocd-redis', 'argocd-server', 'argocd-application-controller'];
    expect(pins('token-automount')).toEqual([
      ...['32127 Deployment', '32461 Deployment', '32591 Deployment', '32726 Deployment', '33246 Deployment', '33777 StatefulSet'].map(
        (l, i) => `argo-cd/install.yaml:${l.split(' ')[0]} ${l.split(' ')[1]}/${argo[i]} sensitive`,
      ),
      ...['777 Deployment', '1111 Deployment', '1241 Deployment', '1376 Deployment', '1896 Deployment', '2427 StatefulSet'].map(
        (l, i) => `argo-cd/namespace-install.yaml:${l.split(' ')[0]} ${l.split(' ')[1]}/${argo[i]} sensitive`,
      ),
      'tigera-operator/tigera-operator.yaml:756 Deployment/tigera-operator sensitive',
    ]);
    const msg = formatMessage(result.findings.find((f) => f.ruleId === 'token-automount')!);
    expect(msg).toBe(
      'Deployment `argocd-applicationset-controller` gets the API token of ServiceAccount `default/argocd-applicationset-controller` because neither the pod nor the account sets `automountServiceAccountToken`, and the account holds sensitive permissions (`workload-permissions` names them on `serviceAccountName`); set `automountServiceAccountToken: false` in the pod spec unless the workload needs them',
    );
    expect(result.findings.some((f) => f.ruleId === 'token-automount' && f.location.file.startsWith('kube-prometheus/'))).toBe(false);
  });

  it('sa-automount-enabled: every Argo CD account (twice: two install variants), the two ingress-nginx accounts and prometheus-k8s (explicit true)', () => {
    const p = pins('sa-automount-enabled');
    expect(p.filter((x) => x.startsWith('argo-cd/'))).toHaveLength(14);
    expect(p.filter((x) => !x.startsWith('argo-cd/'))).toEqual([
      'ingress-nginx/deploy.yaml:10 ServiceAccount/ingress-nginx explicitTrue',
      'ingress-nginx/deploy.yaml:23 ServiceAccount/ingress-nginx-admission explicitTrue',
      'kube-prometheus/prometheus-serviceAccount.yaml:2 ServiceAccount/prometheus-k8s explicitTrue',
      'tigera-operator/tigera-operator.yaml:11 ServiceAccount/tigera-operator unset',
    ]);
  });

  it('default-sa-not-hardened: the three Namespaces the projects create', () => {
    expect(pins('default-sa-not-hardened')).toEqual([
      'ingress-nginx/deploy.yaml:7 Namespace/ingress-nginx namespace',
      'kube-prometheus/setup/namespace.yaml:7 Namespace/monitoring namespace',
      'tigera-operator/tigera-operator.yaml:4 Namespace/tigera-operator namespace',
    ]);
  });

  it('shared-service-account: the two ingress-nginx admission Jobs share one account; Argo CD repeated in two files is not sharing', () => {
    // One finding, on the account, listing both Jobs.
    expect(pins('shared-service-account')).toEqual(['ingress-nginx/deploy.yaml:32 ServiceAccount/ingress-nginx-admission shared']);
    expect(formatMessage(result.findings.find((f) => f.ruleId === 'shared-service-account')!)).toBe(
      'ServiceAccount `ingress-nginx/ingress-nginx-admission` is used by 2 workloads (Job ingress-nginx-admission-create and Job ingress-nginx-admission-patch); give each workload its own account',
    );
  });

  it('RBAC: the Argo CD application controller holds * on * cluster-wide (cluster-admin equivalent), reported once on the binding and once on the rule', () => {
    expect(pins('cluster-admin-binding')).toEqual(['argo-cd/install.yaml:31726 ClusterRoleBinding/argocd-application-controller equivalent']);
    expect(pins('rbac-wildcard')).toEqual([
      'argo-cd/install.yaml:31480 ClusterRole/argocd-application-controller clusterAdmin',
      'argo-cd/install.yaml:31484 ClusterRole/argocd-application-controller wildcard',
      'argo-cd/install.yaml:31573 ClusterRole/argocd-server wildcard',
      'argo-cd/install.yaml:31579 ClusterRole/argocd-server wildcard',
      'kube-prometheus/prometheusAdapter-clusterRoleServerResources.yaml:16 ClusterRole/resource-metrics-server-resources allOnAll',
      'kube-prometheus/prometheusOperator-clusterRole.yaml:38 ClusterRole/prometheus-operator wildcard',
      'kube-prometheus/prometheusOperator-clusterRole.yaml:44 ClusterRole/prometheus-operator wildcard',
      'kube-prometheus/prometheusOperator-clusterRole.yaml:51 ClusterRole/prometheus-operator wildcard',
    ]);
    const f = result.findings.find((x) => x.ruleId === 'rbac-wildcard')!;
    expect([f.level, f.related.map((r) => r.label)]).toEqual(['error', ['ClusterRoleBinding `argocd-application-controller`']]);
    // The metrics adapter's `*` on `*` is confined to metrics.k8s.io and bound nowhere in the set: a warning.
    expect(result.findings.find((x) => x.ruleId === 'rbac-wildcard' && x.data.role === 'ClusterRole `resource-metrics-server-resources`')!.level).toBe('warning');
  });

  it('RBAC: who reads Secrets, and how widely', () => {
    const levels = (rule: string) => result.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location.file}:${f.location.region.startLine} ${f.level}`);
    expect(levels('secrets-access').filter((x) => x.endsWith('error'))).toEqual([
      'argo-cd/install.yaml:31538 error',
      'ingress-nginx/deploy.yaml:162 error',
      'kube-prometheus/kubeStateMetrics-clusterRole.yaml:15 error',
      'kube-prometheus/prometheusOperator-clusterRole.yaml:49 error',
      'tigera-operator/tigera-operator.yaml:170 error',
    ]);
    expect(levels('secrets-access').filter((x) => x.endsWith('note'))).toHaveLength(4); // get narrowed by resourceNames
  });

  it('RBAC: operators that write webhooks, bind and escalate, create pods', () => {
    expect(pins('webhook-config-write').map((p) => p.split(' ')[0])).toEqual([
      'ingress-nginx/deploy.yaml:240',
      'tigera-operator/tigera-operator.yaml:407',
      'tigera-operator/tigera-operator.yaml:471',
      'tigera-operator/tigera-operator.yaml:497',
    ]);
    // Lines 418 and 430 update webhooks narrowed by resourceNames to the operator's own: not reported.
    expect(pins('rbac-escalation-verbs')).toEqual(['tigera-operator/tigera-operator.yaml:210 ClusterRole/tigera-operator escalate']);
    expect(pins('rbac-binding-write')).toEqual(['tigera-operator/tigera-operator.yaml:211 ClusterRole/tigera-operator grant']);
    expect(pins('pod-create')).toHaveLength(5);
  });

  it('RBAC: chart roles aggregated into the built-ins, and RoleBindings that reach across namespaces', () => {
    // One finding for the role with three aggregation labels; reading metrics is harmless: a note.
    expect(pins('aggregate-to-builtin')).toEqual(['kube-prometheus/prometheusAdapter-clusterRoleAggregatedMetricsReader.yaml:9 ClusterRole/system:aggregated-metrics-reader reads']);
    expect(result.findings.find((f) => f.ruleId === 'aggregate-to-builtin')!.level).toBe('note');
    expect(pins('cross-namespace-subject')).toHaveLength(3);
  });

  it('nothing else: no default-account workloads, no missing or unused accounts (Prometheus and Alertmanager resources use theirs), no token Secrets, no dangling bindings', () => {
    const counts: Record<string, number> = {};
    for (const f of result.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    expect(counts).toEqual({
      'aggregate-to-builtin': 1,
      'cluster-admin-binding': 1,
      'cross-namespace-subject': 3,
      'default-sa-not-hardened': 3,
      'escalation-path': 1,
      'pod-create': 5,
      'rbac-binding-write': 1,
      'rbac-delete-rights': 7,
      'rbac-escalation-verbs': 1,
      'rbac-wildcard': 8,
      'sa-automount-enabled': 18,
      'secrets-access': 21,
      'shared-service-account': 1,
      'token-automount': 13,
      'webhook-config-write': 4,
      'workload-permissions': 18,
    });
  });
});

/**
 * Escalation on the real manifests, each project scanned as it is installed (Argo CD into namespace
 * `argocd`, as its documentation says): who is cluster-admin equivalent, what each workload's token
 * can do, and the paths to stronger identities.
 */
describe('escalation on shared/corpus/real', () => {
  const project = (dir: string, namespace?: string) => corpus.filter((f) => f.path.startsWith(`${dir}/`) || f.path === dir);
  const scanOf = (files: typeof corpus, namespace?: string) => lint(files, namespace ? { namespace } : {});
  const line = (f: Finding) => `${f.location.file}:${f.location.region.startLine} ${f.object?.kind}/${f.object?.name} ${f.level} ${f.messageId}`;
  const of = (r: ReturnType<typeof lint>, rule: string) => r.findings.filter((f) => f.ruleId === rule);

  it('Argo CD (install.yaml): the application controller is cluster-admin equivalent through its ClusterRole (`*` on `*`), and so is argocd-server (get and patch on every resource: `nodes/proxy`, mutating webhooks)', () => {
    const r = scanOf(project('argo-cd').filter((f) => f.path.endsWith('/install.yaml')), 'argocd');
    expect(of(r, 'workload-permissions').map(line)).toEqual([
      'argo-cd/install.yaml:32400 Deployment/argocd-applicationset-controller error holds',
      'argo-cd/install.yaml:32555 Deployment/argocd-dex-server warning holds',
      'argo-cd/install.yaml:32682 Deployment/argocd-notifications-controller warning holds',
      'argo-cd/install.yaml:32790 Deployment/argocd-redis note holds',
      'argo-cd/install.yaml:33708 Deployment/argocd-server error admin',
      'argo-cd/install.yaml:34206 StatefulSet/argocd-application-controller error admin',
    ]);
    const controller = of(r, 'workload-permissions').find((f) => f.object?.name === 'argocd-application-controller')!;
    expect(formatMessage(controller)).toBe(
      'StatefulSet `argocd/argocd-application-controller` runs as ServiceAccount `argocd/argocd-application-controller` with its API token mounted, and the account is cluster-admin equivalent: it can do anything: `*` verbs on `*` resources cluster-wide (ClusterRoleBinding `argocd-application-controller`, ClusterRole `argocd-application-controller`); whoever takes over the workload controls the cluster, so grant only what it needs',
    );
    // The related locations point at the rule's resource entry and the binding.
    expect(controller.related.map((x) => `${x.location.file}:${x.location.region.startLine}`)).toEqual(['argo-cd/install.yaml:31478', 'argo-cd/install.yaml:31726']);
    // `get` on every resource includes `nodes/proxy` (named before patching a webhook configuration, which needs one to exist).
    expect(formatMessage(of(r, 'workload-permissions').find((f) => f.object?.name === 'argocd-server')!)).toContain('it can get `nodes/proxy`, the kubelet API that runs commands in every pod of every node (ClusterRoleBinding `argocd-server`, ClusterRole `argocd-server`)');
    // Both are cluster-admin equivalent themselves, and no other Argo CD workload can reach a stronger identity.
    expect(of(r, 'escalation-path')).toEqual([]);
    const g = inventoryOf(project('argo-cd').filter((f) => f.path.endsWith('/install.yaml')), { namespace: 'argocd' }).escalation;
    const admins = g.nodes.filter((n) => n.kind === 'ServiceAccount' && g.isAdminEquivalent(n)).map((n) => n.label);
    expect(admins).toEqual(['ServiceAccount `argocd/argocd-application-controller`', 'ServiceAccount `argocd/argocd-server`']);
    // Who can become cluster-admin: the two accounts, system:masters, and the built-in controller
    // manager, which mints tokens for any account (the application controller's included).
    expect(g.pathsTo([]).map((p) => `${p.from.label}: ${p.steps.map((s) => s.action).join(', then ')}`.replace(/`/g, ''))).toEqual([
      'Group system:masters: members of group system:masters bypass authorization',
      'ServiceAccount argocd/argocd-application-controller: hold * on * cluster-wide',
      'ServiceAccount argocd/argocd-server: get nodes/proxy, the kubelet API that runs commands in every pod',
      'User system:kube-controller-manager: create serviceaccounts/token cluster-wide, then hold * on * cluster-wide',
    ]);
  });

  it('Argo CD (namespace-install.yaml): Roles only, so nothing reaches cluster scope', () => {
    const r = scanOf(project('argo-cd').filter((f) => f.path.endsWith('namespace-install.yaml')), 'argocd');
    expect(of(r, 'workload-permissions').map(line)).toEqual([
      'argo-cd/namespace-install.yaml:1050 Deployment/argocd-applicationset-controller warning holds',
      'argo-cd/namespace-install.yaml:1205 Deployment/argocd-dex-server warning holds',
      'argo-cd/namespace-install.yaml:1332 Deployment/argocd-notifications-controller warning holds',
      'argo-cd/namespace-install.yaml:1440 Deployment/argocd-redis note holds',
      'argo-cd/namespace-install.yaml:2358 Deployment/argocd-server warning holds',
      'argo-cd/namespace-install.yaml:2856 StatefulSet/argocd-application-controller warning holds',
    ]);
    expect(of(r, 'escalation-path')).toEqual([]);
  });

  it('ingress-nginx: the controller lists Secrets cluster-wide; the admission Jobs may rewrite validating webhooks (seen, not cluster-admin)', () => {
    const r = scanOf(project('ingress-nginx'));
    expect(of(r, 'workload-permissions').map(line)).toEqual([
      'ingress-nginx/deploy.yaml:508 Deployment/ingress-nginx-controller error holds',
      'ingress-nginx/deploy.yaml:566 Job/ingress-nginx-admission-create error holds',
      'ingress-nginx/deploy.yaml:622 Job/ingress-nginx-admission-patch error holds',
    ]);
    expect(formatMessage(of(r, 'workload-permissions')[1]!)).toContain('update `validatingwebhookconfigurations`, so see every write request and refuse any');
    expect(of(r, 'escalation-path')).toEqual([]);
  });

  it('kube-prometheus: kube-state-metrics lists Secrets and the operator creates StatefulSets cluster-wide; alone, nothing stronger to reach', () => {
    const r = scanOf(project('kube-prometheus'));
    expect(of(r, 'workload-permissions').map(line)).toEqual([
      'kube-prometheus/kubeStateMetrics-deployment.yaml:111 Deployment/kube-state-metrics error holds',
      'kube-prometheus/prometheusOperator-deployment.yaml:93 Deployment/prometheus-operator error holds',
    ]);
    expect(of(r, 'escalation-path')).toEqual([]);
  });

  it('tigera-operator: cluster-admin equivalent (it creates mutating webhook configurations)', () => {
    const r = scanOf(project('tigera-operator'));
    expect(of(r, 'workload-permissions').map(line)).toEqual(['tigera-operator/tigera-operator.yaml:764 Deployment/tigera-operator error admin']);
    expect(formatMessage(of(r, 'workload-permissions')[0]!)).toContain('it can create `mutatingwebhookconfigurations`, whose webhooks rewrite every object written');
  });

  it('installed together: the Prometheus operator, which creates StatefulSets anywhere, is two steps from cluster-admin through the Calico operator\'s account', () => {
    const paths = of(result, 'escalation-path');
    expect(paths.map(line)).toEqual(['kube-prometheus/prometheusOperator-deployment.yaml:93 Deployment/prometheus-operator error admin']);
    expect(paths[0]!.flows!.map((f) => f.steps.map((s) => `${s.action} → ${s.to} @${s.location!.file}:${s.location!.region.startLine}`))).toEqual([
      [
        'create `statefulsets` cluster-wide → ServiceAccount `tigera-operator/tigera-operator` @kube-prometheus/prometheusOperator-clusterRole.yaml:42',
        'create `mutatingwebhookconfigurations`, whose webhooks rewrite every object written → cluster-admin equivalence @tigera-operator/tigera-operator.yaml:408',
      ],
    ]);
  });
});

describe('saguard can-i on shared/corpus/real', () => {
  const CORPUS = path.join(SHARED, 'corpus', 'real');
  async function canI(args: string[]): Promise<string> {
    let out = '';
    const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (out += s), readStdin: async () => '', cwd: path.resolve(__dirname, '..'), env: {}, stdoutIsTTY: false, stderrIsTTY: false };
    await main(['can-i', ...args, '-f', CORPUS], io);
    return out.trim();
  }
  it.each([
    ['* * --as system:serviceaccount:argocd:argocd-application-controller', 'yes', 'its ClusterRoleBinding names the account in namespace argocd'],
    ['* * --as system:serviceaccount:default:argocd-application-controller', 'no', 'the objects default to namespace default, the binding subject does not'],
    ['get secrets -n default --as system:serviceaccount:default:argocd-server', 'yes', 'its Role in the install namespace'],
    ['create pods -n default --as system:serviceaccount:default:argocd-server', 'no', 'argocd-server may not create pods'],
    ['delete pods -n kube-system --as system:serviceaccount:argocd:argocd-server', 'yes', 'its ClusterRole grants delete on * in every group'],
    ['get pods -n default --as system:serviceaccount:monitoring:prometheus-k8s', 'yes', 'a RoleBinding in default grants to the monitoring account'],
    ['get pods -n shop --as system:serviceaccount:monitoring:prometheus-k8s', 'no', 'only in the namespaces with a RoleBinding'],
    ['get /metrics --as system:serviceaccount:monitoring:prometheus-k8s', 'yes', 'a non-resource URL through its ClusterRoleBinding'],
    ['list secrets --as system:serviceaccount:monitoring:kube-state-metrics', 'yes', 'kube-state-metrics lists Secrets cluster-wide'],
    ['get secrets -n monitoring --as system:serviceaccount:monitoring:grafana', 'no', 'grafana has no RBAC grants'],
    ['list secrets --as system:serviceaccount:ingress-nginx:ingress-nginx', 'yes', 'the controller lists Secrets cluster-wide'],
    ['create pods -n ingress-nginx --as system:serviceaccount:ingress-nginx:ingress-nginx', 'no', 'nor creates pods'],
    ['escalate clusterroles.rbac.authorization.k8s.io --as system:serviceaccount:tigera-operator:tigera-operator', 'yes', 'the operator may escalate'],
  ])('%s → %s (%s)', async (args, expected) => {
    expect(await canI(args.split(' '))).toBe(expected);
  });
  it('-o json names the binding, role and rule with their files and lines', async () => {
    const out = JSON.parse(await canI(['get', '/metrics', '--as', 'system:serviceaccount:monitoring:prometheus-k8s', '-o', 'json']));
    expect(out.binding).toMatchObject({ kind: 'ClusterRoleBinding', name: 'prometheus-k8s', location: { file: '../shared/corpus/real/kube-prometheus/prometheus-clusterRoleBinding.yaml', line: 10 } });
    expect(out.role.location).toEqual({ file: '../shared/corpus/real/kube-prometheus/prometheus-clusterRole.yaml', line: 10 });
    expect(out.rule).toMatchObject({ index: 1, location: { file: '../shared/corpus/real/kube-prometheus/prometheus-clusterRole.yaml', line: 18 } });
  });
});
