/**
 * The real manifests of shared/corpus/real (published by Argo CD, kube-prometheus, Calico and
 * ingress-nginx): they scan without crashes, and what saguard reports there is pinned, so any
 * change in behaviour shows up here as a failing assertion.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { formatMessage } from '../src/report/messages.js';
import { readTree } from './support/corpus.js';
import { SHARED } from './support/sarif-validate.js';

const corpus = readTree(path.join(SHARED, 'corpus', 'real'));
const result = lint(corpus);
const pins = (rule: string) =>
  result.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location.file}:${f.location.region.startLine} ${f.object?.kind}/${f.object?.name} ${f.messageId}`);

describe('shared/corpus/real', () => {
  it('reads every file and object', () => {
    expect(result.stats.files).toBe(99);
    expect(result.stats.objects).toBe(183);
    // CRDs, ConfigMaps, PrometheusRules... are recognised by kind and not parsed.
    expect(result.stats.unread).toBe(83);
  });

  it('has no input-hygiene findings (the projects publish valid YAML)', () => {
    expect(result.findings.filter((f) => ['yaml-syntax', 'duplicate-key', 'invalid-field-type'].includes(f.ruleId))).toEqual([]);
  });

  it('token-automount: six Argo CD workloads mount the token with neither the pod nor the account deciding; repo-server opts out, kube-prometheus pods opt in explicitly', () => {
    const argo = ['argocd-applicationset-controller', 'argocd-dex-server', 'argocd-notifications-controller', 'argocd-redis', 'argocd-server', 'argocd-application-controller'];
    expect(pins('token-automount')).toEqual([
      ...['32127 Deployment', '32461 Deployment', '32591 Deployment', '32726 Deployment', '33246 Deployment', '33777 StatefulSet'].map(
        (l, i) => `argo-cd/install.yaml:${l.split(' ')[0]} ${l.split(' ')[1]}/${argo[i]} byDefault`,
      ),
      ...['777 Deployment', '1111 Deployment', '1241 Deployment', '1376 Deployment', '1896 Deployment', '2427 StatefulSet'].map(
        (l, i) => `argo-cd/namespace-install.yaml:${l.split(' ')[0]} ${l.split(' ')[1]}/${argo[i]} byDefault`,
      ),
      'tigera-operator/tigera-operator.yaml:756 Deployment/tigera-operator byDefault',
    ]);
    const msg = formatMessage(result.findings.find((f) => f.ruleId === 'token-automount')!);
    expect(msg).toBe(
      'the API token of ServiceAccount `default/argocd-applicationset-controller` is mounted because neither the pod nor the account sets `automountServiceAccountToken`; set it to `false` in the pod spec, or to `true` if the workload calls the API',
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
    expect(pins('shared-service-account')).toEqual([
      'ingress-nginx/deploy.yaml:566 Job/ingress-nginx-admission-create shared',
      'ingress-nginx/deploy.yaml:622 Job/ingress-nginx-admission-patch shared',
    ]);
  });

  it('nothing else: no default-account workloads, no missing or unused accounts (Prometheus and Alertmanager resources use theirs), no token Secrets', () => {
    const rules = new Set(result.findings.map((f) => f.ruleId));
    expect([...rules].sort()).toEqual(['default-sa-not-hardened', 'sa-automount-enabled', 'shared-service-account', 'token-automount']);
    expect(result.findings).toHaveLength(36);
  });
});
