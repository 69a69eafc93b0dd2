/**
 * Escalation on the charts and overlays of shared/corpus/RENDERED.md, rendered by the real helm and
 * kubectl kustomize and mapped back to their sources: who is cluster-admin equivalent and through
 * which rule, the paths to stronger identities, and where each finding and each step of a path lands
 * (the line an author edits, whose text is pinned here).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import { pathWithHelm } from '../support/helm.js';
import { SHARED } from '../support/sarif-validate.js';

const CORPUS = path.join(SHARED, 'corpus');

interface Step {
  action: string;
  to: string;
  file?: string;
  startLine?: number;
}
interface JsonFinding {
  ruleId: string;
  level: string;
  messageId: string;
  message: string;
  file: string;
  startLine: number;
  object: { kind: string; namespace?: string; name: string };
  flows?: { from: string; to: string; steps: Step[] }[];
}

const savedPath = process.env.PATH;
beforeAll(() => {
  process.env.PATH = pathWithHelm(savedPath);
});
afterAll(() => {
  process.env.PATH = savedPath;
});

/** Scans the chart or overlay from its repository folder (paths in findings are relative to it). */
async function scan(repo: string, args: string[]): Promise<{ findings: JsonFinding[]; repo: string }> {
  const cwd = path.join(CORPUS, repo);
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(['scan', ...args, '--format', 'json', '--fail-on', 'none'], io);
  expect(code, err).toBe(0);
  return { findings: (JSON.parse(out) as { findings: JsonFinding[] }).findings, repo: cwd };
}

/** `file:line text of that line`: where a finding or step lands, and what the author sees there. */
function at(repo: string, file: string | undefined, line: number | undefined): string {
  if (file === undefined || line === undefined) return '(built in)';
  const text = fs.readFileSync(path.join(repo, file), 'utf8').split('\n')[line - 1]!.trim();
  return `${file}:${line} ${text}`;
}

const ESCALATION = new Set(['workload-permissions', 'escalation-path']);
const plain = (s: string): string => s.replace(/`/g, '');

/** The escalation findings: where they land, the workload, level and message id. */
function findings(r: { findings: JsonFinding[]; repo: string }): string[] {
  return r.findings.filter((f) => ESCALATION.has(f.ruleId)).map((f) => `${at(r.repo, f.file, f.startLine)} | ${f.ruleId} ${f.object.kind}/${f.object.namespace}/${f.object.name} ${f.level} ${f.messageId}`);
}

/** Each flow of each escalation-path finding: the steps, each where it is granted. */
function flows(r: { findings: JsonFinding[]; repo: string }): string[][] {
  return r.findings
    .filter((f) => f.ruleId === 'escalation-path')
    .flatMap((f) => f.flows!.map((fl) => [`${plain(fl.from)} → ${plain(fl.to)}`, ...fl.steps.map((s) => `${plain(s.action)} → ${plain(s.to)} @ ${at(r.repo, s.file, s.startLine)}`)]));
}

describe('escalation on the rendered corpus (findings and steps on the lines authors edit)', () => {
  it('argo-workflows quick-start/sso: argo-server execs into the workflow controller\'s pods (get on pods/exec) and so runs pods anywhere; dex reads the token Secret of `default`; the controller, which runs pods anywhere, gains nothing from the Secret readers', async () => {
    const r = await scan('kustomize/argo-workflows', ['--kustomize', 'manifests/quick-start/sso']);
    expect(findings(r)).toEqual([
      'manifests/base/argo-server/argo-server-deployment.yaml:14 serviceAccountName: argo-server | escalation-path Deployment/argo/argo-server warning stronger',
      'manifests/base/argo-server/argo-server-deployment.yaml:14 serviceAccountName: argo-server | workload-permissions Deployment/argo/argo-server error holds',
      'manifests/base/workflow-controller/workflow-controller-deployment.yaml:15 serviceAccountName: argo | workload-permissions Deployment/argo/workflow-controller error holds',
      'manifests/components/sso/dex/dex-deploy.yaml:16 serviceAccountName: dex | escalation-path Deployment/default/dex warning stronger',
      'manifests/components/sso/dex/dex-deploy.yaml:16 serviceAccountName: dex | workload-permissions Deployment/default/dex warning holds',
    ]);
    expect(flows(r)).toEqual([
      [
        'ServiceAccount argo/argo-server → ServiceAccount argo/argo',
        'exec into pods over a WebSocket (get on pods/exec) cluster-wide (pods of Deployment argo/workflow-controller) → ServiceAccount argo/argo @ manifests/cluster-install-no-crds/argo-server-rbac/argo-server-clusterole.yaml:27 - pods/exec',
      ],
      [
        'ServiceAccount argo/argo-server → ServiceAccount default/default',
        'get secrets cluster-wide (Secret default/default.service-account-token) → ServiceAccount default/default @ manifests/cluster-install-no-crds/argo-server-rbac/argo-server-clusterole.yaml:19 - secrets',
      ],
      [
        'ServiceAccount default/dex → ServiceAccount default/default',
        'list secrets in namespace default (Secret default/default.service-account-token) → ServiceAccount default/default @ manifests/components/sso/dex/dex-role.yaml:9 - secrets',
      ],
    ]);
    const dex = r.findings.find((f) => f.ruleId === 'escalation-path' && f.object.name === 'dex')!;
    // What `default` holds there: the quick-start's pod-manager Role (create and patch pods).
    expect(plain(dex.message)).toContain('can act as ServiceAccount default/default in 1 step and so create pods in namespace default, so run pods as any ServiceAccount there');
  }, 120_000);

  it('KEDA (default values): the operator is cluster-admin equivalent through `get` on every resource of every group, nodes/proxy included (the scaledRefKinds rule)', async () => {
    const r = await scan('charts/charts', ['--helm-chart', 'keda', '--release', 'keda', '-n', 'keda']);
    expect(findings(r)).toEqual(['keda/templates/manager/deployment.yaml:56 serviceAccountName: {{ (.Values.serviceAccount.operator).name | default .Values.serviceAccount.name }} | workload-permissions Deployment/keda/keda-operator error admin']);
    const f = r.findings.find((x) => x.ruleId === 'workload-permissions')!;
    expect(plain(f.message)).toContain('is cluster-admin equivalent: it can get nodes/proxy, the kubelet API that runs commands in every pod of every node (ClusterRoleBinding keda-operator, ClusterRole keda-operator)');
    expect(flows(r)).toEqual([]);
  }, 120_000);

  it('KEDA with watchNamespace: RoleBindings only for the operator\'s ClusterRole, so no nodes/proxy; the error is its cluster-wide validating webhook write, named first; the ClusterRole\'s grants named once for the three namespaces', async () => {
    const r = await scan('charts/charts', ['--helm-chart', 'keda', '--release', 'keda', '-n', 'keda', '--set', 'watchNamespace=team-a\\,team-b']);
    expect(findings(r)).toEqual(['keda/templates/manager/deployment.yaml:56 serviceAccountName: {{ (.Values.serviceAccount.operator).name | default .Values.serviceAccount.name }} | workload-permissions Deployment/keda/keda-operator error holds']);
    const f = r.findings.find((x) => x.ruleId === 'workload-permissions')!;
    expect(plain(f.message)).toMatch(/the account can update validatingwebhookconfigurations, so see every write request and refuse any \(ClusterRoleBinding keda-operator-minimal, ClusterRole keda-operator-minimal-cluster-role\); create jobs in namespaces team-a, team-b and keda, so run pods as any ServiceAccount there; /);
  }, 120_000);

  it('Kyverno: the admission controller, and the hook Jobs that run as its account, are cluster-admin equivalent (create on mutating webhooks, from the aggregated :core role)', async () => {
    const r = await scan('charts/kyverno', ['--helm-chart', 'charts/kyverno', '--release', 'kyverno', '-n', 'kyverno']);
    expect(findings(r)).toEqual([
      'charts/kyverno/templates/admission-controller/deployment.yaml:94 serviceAccountName: {{ template "kyverno.admission-controller.serviceAccountName" . }} | workload-permissions Deployment/kyverno/kyverno-admission-controller error admin',
      'charts/kyverno/templates/background-controller/deployment.yaml:85 serviceAccountName: {{ template "kyverno.background-controller.serviceAccountName" . }} | workload-permissions Deployment/kyverno/kyverno-background-controller warning holds',
      'charts/kyverno/templates/cleanup-controller/deployment.yaml:92 serviceAccountName: {{ template "kyverno.cleanup-controller.serviceAccountName" . }} | workload-permissions Deployment/kyverno/kyverno-cleanup-controller error holds',
      'charts/kyverno/templates/hooks/post-upgrade-clean-reports.yaml:28 serviceAccountName: {{ template "kyverno.admission-controller.serviceAccountName" . }} | workload-permissions Job/kyverno/kyverno-clean-reports error admin',
      'charts/kyverno/templates/hooks/pre-delete-scale-to-zero.yaml:29 serviceAccountName: {{ template "kyverno.admission-controller.serviceAccountName" . }} | workload-permissions Job/kyverno/kyverno-scale-to-zero error admin',
      'charts/kyverno/templates/reports-controller/deployment.yaml:85 serviceAccountName: {{ template "kyverno.reports-controller.serviceAccountName" . }} | workload-permissions Deployment/kyverno/kyverno-reports-controller warning holds',
    ]);
    expect(flows(r)).toEqual([]);
  }, 120_000);

  it('kueue (config/dev): the controller manager may update its own mutating webhook configuration, so it is cluster-admin equivalent', async () => {
    const r = await scan('kustomize/kueue', ['--kustomize', 'config/dev']);
    expect(findings(r)).toEqual(['config/components/manager/manager.yaml:57 serviceAccountName: controller-manager | workload-permissions Deployment/kueue-system/kueue-controller-manager error admin']);
    expect(plain(r.findings.find((x) => x.ruleId === 'workload-permissions')!.message)).toContain('it can update MutatingWebhookConfiguration kueue-mutating-webhook-configuration, whose webhooks rewrite every object written');
  }, 120_000);
});
