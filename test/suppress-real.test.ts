/**
 * Suppressions and baselines on real input, as a team adopting saguard writes them:
 * `saguard.dev/ignore` in a Helm template, in a values file (`podAnnotations`) and in a Kustomize
 * patch survives rendering and suppresses its object's findings, while findings about the
 * annotations land on the lines that wrote them; Argo CD's cluster-admin binding accepted inline
 * and in `.saguard.yaml`, seen through text, SARIF, JSON and the summary; and `saguard init
 * --baseline` on Argo CD's install, after which only a new binding fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/publish/cli/main.js';
import { pathWithHelm } from './support/helm.js';
import { schemaErrors } from './support/sarif-validate.js';

const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const savedPath = process.env.PATH;
beforeAll(() => void (process.env.PATH = pathWithHelm(savedPath)));
afterAll(() => void (process.env.PATH = savedPath));

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => '', cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A repository (with `.git`) holding copies of corpus folders (`to` ← `from`, relative to the corpus). */
function repo(copies: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-adopt-'));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [to, from] of Object.entries(copies)) fs.cpSync(path.join(CORPUS, from), path.join(dir, to), { recursive: true });
  // The corpus is read-only; its copies are the team's to edit.
  const writable = (p: string): void => {
    fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o755 : 0o644);
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) writable(path.join(p, e));
  };
  writable(dir);
  return dir;
}

/** Replaces the one occurrence of `from` in a file. */
function edit(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.split(from)).toHaveLength(2);
  fs.writeFileSync(file, text.replace(from, to));
}

interface JsonFinding {
  ruleId: string;
  messageId: string;
  file: string;
  startLine: number;
  startColumn: number;
  object: { kind: string; namespace: string | null; name: string } | null;
  suppressed: { kind: string; justification: string; source: string } | null;
}
interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  suppressions?: { kind: string; status: string; justification?: string }[];
}

const at = (f: JsonFinding) => `${f.ruleId} ${f.file}:${f.startLine}:${f.startColumn}`;

describe('saguard.dev/ignore survives rendering', () => {
  it('Helm: in a template and in podAnnotations of a values file (traefik)', async () => {
    const dir = repo({ chart: 'charts/traefik-helm-chart/traefik' });
    // A literal annotation in the chart's ClusterRole, without a reason.
    edit(path.join(dir, 'chart/templates/rbac/clusterrole.yaml'), '  name: {{ template "traefik.clusterRoleName" . }}\n', '  name: {{ template "traefik.clusterRoleName" . }}\n  annotations:\n    saguard.dev/ignore: secrets-access\n');
    // The workload's, through the chart's podAnnotations value; token-automount has nothing to suppress.
    fs.writeFileSync(
      path.join(dir, 'values-prod.yaml'),
      'deployment:\n  podAnnotations:\n    saguard.dev/ignore: workload-permissions,token-automount\n    saguard.dev/ignore-reason: traefik reads the TLS Secrets of every namespace (NET-12)\n',
    );
    const args = ['scan', '--helm-chart', 'chart', '--values', 'values-prod.yaml', '-n', 'traefik', '--release', 'traefik'];
    const r = await cli([...args, '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    const shown = findings.filter((f) => !f.suppressed);
    expect(shown.map(at)).toEqual([
      // On the key the annotations were written under: the value came from the values file.
      'suppression-unused chart/templates/_podtemplate.tpl:4:7',
      // On the template line of the annotation.
      'suppression-invalid chart/templates/rbac/clusterrole.yaml:9:5',
    ]);
    expect(shown.map((f) => f.messageId)).toEqual(['inline', 'noReason']);
    const suppressed = findings.filter((f) => f.suppressed);
    expect(suppressed.map((f) => [f.ruleId, f.file, f.object?.name, f.suppressed])).toEqual([
      ['workload-permissions', 'chart/templates/_podtemplate.tpl', 'traefik', { kind: 'inSource', justification: 'traefik reads the TLS Secrets of every namespace (NET-12)', source: 'annotation' }],
      ['secrets-access', 'chart/templates/rbac/clusterrole.yaml', 'traefik-traefik', { kind: 'inSource', justification: '', source: 'annotation' }],
    ]);

    const sarif = JSON.parse((await cli([...args, '--format', 'sarif'], dir)).stdout);
    expect(schemaErrors(sarif)).toEqual([]);
    expect((sarif.runs[0].results as SarifResult[]).filter((x) => x.suppressions).map((x) => [x.ruleId, x.suppressions])).toEqual([
      ['workload-permissions', [{ kind: 'inSource', status: 'accepted', justification: 'traefik reads the TLS Secrets of every namespace (NET-12)' }]],
      ['secrets-access', [{ kind: 'inSource', status: 'accepted' }]],
    ]);
  }, 60_000);

  it('Kustomize: in a patch of the overlay (argo-rollouts), a misspelled id found at its column in the patch', async () => {
    const dir = repo({ manifests: 'kustomize/argo-rollouts/manifests' });
    const overlay = path.join(dir, 'manifests/namespace-install');
    fs.writeFileSync(
      path.join(overlay, 'saguard-accept.yaml'),
      [
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: ClusterRole',
        'metadata:',
        '  name: argo-rollouts',
        '  annotations:',
        '    saguard.dev/ignore: pod-create, secrets-acess',
        '    saguard.dev/ignore-reason: the rollouts controller runs ReplicaSets and Jobs (PLAT-9)',
        '',
      ].join('\n'),
    );
    edit(path.join(overlay, 'kustomization.yaml'), '- path: add-namespaced-flag.yaml\n', '- path: add-namespaced-flag.yaml\n- path: saguard-accept.yaml\n');
    const r = await cli(['scan', '--kustomize', 'manifests/namespace-install', '-n', 'rollouts', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    const onRole = findings.filter((f) => f.object?.kind === 'Role' && f.object.name === 'argo-rollouts');
    // The patch turns the ClusterRole into a Role; its pod-create findings are suppressed, secrets-access is not (misspelled).
    expect(onRole.filter((f) => f.ruleId === 'pod-create').length).toBeGreaterThanOrEqual(3);
    for (const f of onRole.filter((x) => x.ruleId === 'pod-create')) {
      expect(f.file).toBe('manifests/role/argo-rollouts-clusterrole.yaml');
      expect(f.suppressed).toEqual({ kind: 'inSource', justification: 'the rollouts controller runs ReplicaSets and Jobs (PLAT-9)', source: 'annotation' });
    }
    expect(onRole.filter((f) => f.ruleId === 'secrets-access').map((f) => [at(f), f.suppressed])).toEqual([['secrets-access manifests/role/argo-rollouts-clusterrole.yaml:97:5', null]]);
    expect(findings.filter((f) => f.ruleId === 'suppression-invalid').map((f) => [at(f), f.messageId])).toEqual([['suppression-invalid manifests/namespace-install/saguard-accept.yaml:6:37', 'unknownRule']]);
  }, 60_000);

  it('Kustomize: commonAnnotations of the overlay put one suppression on every object; it is used where the findings are, unused nowhere', async () => {
    const dir = repo({ manifests: 'kustomize/argo-rollouts/manifests' });
    fs.appendFileSync(
      path.join(dir, 'manifests/namespace-install/kustomization.yaml'),
      'commonAnnotations:\n  saguard.dev/ignore: pod-create\n  saguard.dev/ignore-reason: the rollouts controller runs ReplicaSets and Jobs (PLAT-9)\n',
    );
    const r = await cli(['scan', '--kustomize', 'manifests/namespace-install', '-n', 'rollouts', '--format', 'json'], dir);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.filter((f) => f.ruleId === 'pod-create').map((f) => f.suppressed?.source)).toEqual(['annotation', 'annotation', 'annotation', 'annotation']);
    expect(findings.filter((f) => f.ruleId.startsWith('suppression-')).map(at)).toEqual([]);
  }, 60_000);
});

describe("Argo CD's cluster-admin, accepted as a newcomer would", () => {
  /** The binding of the application controller to its cluster-admin-equivalent ClusterRole. */
  const BINDING = 'kind: ClusterRoleBinding\nmetadata:\n  labels:\n    app.kubernetes.io/component: application-controller\n';
  const REASON = 'Argo CD deploys to every namespace of this cluster (PLAT-42)';

  it('inline on the binding and in .saguard.yaml: out of the text, in SARIF (inSource and external), JSON and the summary', async () => {
    const dir = repo({ 'argocd/install.yaml': 'real/argo-cd/install.yaml' });
    edit(
      path.join(dir, 'argocd/install.yaml'),
      BINDING,
      `kind: ClusterRoleBinding\nmetadata:\n  annotations:\n    saguard.dev/ignore: cluster-admin-binding\n    saguard.dev/ignore-reason: ${REASON}\n  labels:\n    app.kubernetes.io/component: application-controller\n`,
    );
    // What the same grant gives on its role and its workload, by object glob.
    fs.writeFileSync(
      path.join(dir, '.saguard.yaml'),
      `ignore:\n  - rule: [rbac-wildcard, workload-permissions]\n    object: "*/argocd-application-controller"\n    reason: ${REASON}\n    expires: 2099-06-30\n`,
    );
    const args = ['scan', 'argocd', '-n', 'argocd'];
    const text = await cli(args, dir);
    expect(text.stdout).not.toMatch(/ (cluster-admin-binding|rbac-wildcard) .*`argocd-application-controller`/);
    expect(text.stdout).not.toMatch(/workload-permissions StatefulSet `argocd\/argocd-application-controller`/);
    expect(text.stdout).not.toContain('suppression-');
    expect(text.stdout).toMatch(/\n\d+ findings: .* \(4 suppressed, --verbose lists them\)\n$/);
    const verbose = (await cli([...args, '--verbose'], dir)).stdout;
    expect(verbose.slice(verbose.indexOf('\nsuppressed\n'))).toMatch(
      new RegExp(
        [
          '\nsuppressed',
          'argocd/install\\.yaml:\\d+:5 rbac-wildcard by ignore: of the configuration: Argo CD deploys to every namespace of this cluster \\(PLAT-42\\)',
          'argocd/install\\.yaml:\\d+:5 rbac-wildcard by ignore: of the configuration: .*',
          'argocd/install\\.yaml:\\d+:9 cluster-admin-binding by saguard\\.dev/ignore: Argo CD deploys .*',
          'argocd/install\\.yaml:\\d+:27 workload-permissions by ignore: of the configuration: .*\n$',
        ].join('\n'),
      ),
    );

    const json = JSON.parse((await cli([...args, '--format', 'json'], dir)).stdout) as { summary: { suppressed: number }; findings: JsonFinding[] };
    expect(json.summary.suppressed).toBe(4);
    expect(json.findings.filter((f) => f.suppressed).map((f) => [f.ruleId, `${f.object!.kind}/${f.object!.name}`, f.suppressed!.source, f.suppressed!.justification])).toEqual([
      ['rbac-wildcard', 'ClusterRole/argocd-application-controller', 'config', REASON],
      ['rbac-wildcard', 'ClusterRole/argocd-application-controller', 'config', REASON],
      ['cluster-admin-binding', 'ClusterRoleBinding/argocd-application-controller', 'annotation', REASON],
      ['workload-permissions', 'StatefulSet/argocd-application-controller', 'config', REASON],
    ]);

    const sarif = JSON.parse((await cli([...args, '--format', 'sarif'], dir)).stdout);
    expect(schemaErrors(sarif)).toEqual([]);
    expect((sarif.runs[0].results as SarifResult[]).filter((x) => x.suppressions).map((x) => [x.ruleId, x.suppressions])).toEqual([
      ['rbac-wildcard', [{ kind: 'external', status: 'accepted', justification: REASON }]],
      ['rbac-wildcard', [{ kind: 'external', status: 'accepted', justification: REASON }]],
      ['cluster-admin-binding', [{ kind: 'inSource', status: 'accepted', justification: REASON }]],
      ['workload-permissions', [{ kind: 'external', status: 'accepted', justification: REASON }]],
    ]);

    const md = (await cli([...args, '--format', 'markdown'], dir)).stdout;
    expect(md).toContain('4 findings are suppressed (1 by `saguard.dev/ignore`, 3 by `ignore:` of the configuration).');
    expect(md).toContain('<details><summary>Suppressed findings (4)</summary>');
  }, 60_000);

  it('saguard init --baseline, then unrelated lines above every finding and a new binding: only the new one shows and fails', async () => {
    const dir = repo({ 'argocd/install.yaml': 'real/argo-cd/install.yaml' });
    const init = await cli(['init', '--baseline', '-n', 'argocd', 'argocd'], dir);
    expect(init.code).toBe(0);
    const recorded = Number(/saguard-baseline\.json \((\d+) findings of today/.exec(init.stdout)?.[1]);
    expect(recorded).toBeGreaterThan(10);
    expect(await cli(['scan', 'argocd', '-n', 'argocd'], dir)).toMatchObject({ code: 0, stdout: `no findings (${recorded} in the baseline)\n` });

    const file = path.join(dir, 'argocd/install.yaml');
    fs.writeFileSync(
      file,
      '# Argo CD v2 install, vendored by the platform team (PLAT-7)\n# do not edit by hand\n\n' +
        fs.readFileSync(file, 'utf8') +
        '---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ci-deployer\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n- kind: ServiceAccount\n  name: ci-deployer\n  namespace: ci\n',
    );
    const lines = fs.readFileSync(file, 'utf8').split('\n').length;
    const r = await cli(['scan', 'argocd', '-n', 'argocd'], dir);
    expect(r.code).toBe(1);
    const reported = r.stdout.split('\n').filter((l) => / (error|warning|note) /.test(l));
    expect(reported).toEqual([expect.stringMatching(new RegExp(`^argocd/install\\.yaml:${lines - 5}:9 error cluster-admin-binding .*\`ci/ci-deployer\`$`))]);
    expect(r.stdout).toContain(`1 finding: 1 error, 0 warnings, 0 notes (${recorded} in the baseline)`);
  }, 60_000);
});
