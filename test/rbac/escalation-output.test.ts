/** Escalation paths in the outputs: mapped back to the sources, as SARIF code flows, in the CLI. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { escalationMermaid, escalationSection, mermaidLabel, MERMAID_PATHS } from '../../src/report/mermaid.js';
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js';

const ROOT = path.resolve(__dirname, '..', '..');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd: ROOT, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

describe('escalation paths through kustomize', () => {
  it('each step of a code flow lands in the resource file that grants it, not in the rendered output', async () => {
    const r = await run(['scan', '--kustomize', 'test/rbac/escalation-kustomize', '--format', 'sarif', '--fail-on', 'none']);
    expect(r.err).toBe('');
    const result = JSON.parse(r.out).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'escalation-path');
    const where = (l: { physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } } }) => `${l.physicalLocation!.artifactLocation.uri}:${l.physicalLocation!.region.startLine}`;
    expect(where(result.locations[0])).toBe('test/rbac/escalation-kustomize/runner.yaml:12');
    expect(result.codeFlows[0].threadFlows[0].locations.map((l: { location: Parameters<typeof where>[0] }) => where(l.location))).toEqual([
      'test/rbac/escalation-kustomize/runner.yaml:12',
      'test/rbac/escalation-kustomize/rbac.yaml:7',
      'test/rbac/escalation-kustomize/rbac.yaml:22',
    ]);
  }, 60_000);
});

describe('the Mermaid graph of the worst paths (job summary and --format markdown)', () => {
  const FIXTURE = 'fixtures/escalation-path/ci-runner.yaml';

  it('is in the markdown output, and mermaid\'s own parser accepts it', async () => {
    const r = await run(['scan', FIXTURE, '--format', 'markdown', '--fail-on', 'none']);
    const blocks = mermaidBlocks(r.out);
    expect(blocks).toHaveLength(1);
    expect(r.out).toContain('### Escalation paths');
    expect(blocks[0]).toBe(
      [
        'flowchart LR',
        '  classDef admin fill:#ffebe9,stroke:#cf222e,color:#82071e',
        '  n0(["Deployment ci/runner"])',
        '  n1["ServiceAccount ci/runner"]',
        '  n0 -->|"runs as"| n1',
        '  n2["ServiceAccount ci/deployer"]',
        '  n1 -->|"create pods in namespace ci"| n2',
        '  n3{{"cluster-admin equivalence"}}',
        '  class n3 admin',
        '  n2 -->|"hold * on * cluster-wide"| n3',
        '',
      ].join('\n'),
    );
    expect((await parseMermaid(blocks[0]!)).diagramType).toBe('flowchart-v2');
  }, 60_000);

  it('the parser is strict: a broken graph is rejected', async () => {
    await expect(parseMermaid('flowchart LR\n  n0["a"b"] --> n1')).rejects.toThrow(/Parse error/);
    await expect(parseMermaid('flowchart LR\n  n0 -->|"x"| ')).rejects.toThrow(/Parse error/);
  }, 60_000);

  it('names from manifests cannot break the graph or inject markup', async () => {
    const hostile = 'a"]; click n0 "https://evil" ;%%<img src=x onerror=alert(1)>#quot;|`{}()[]\\';
    const label = mermaidLabel(hostile);
    expect(label).not.toMatch(/["<>`|[\]{}()]/);
    const graph = `flowchart LR\n  n0["${label}"] -->|"${label}"| n1["x"]`;
    expect((await parseMermaid(graph)).diagramType).toBe('flowchart-v2');
    const findings = lint([{ path: 'x.yaml', text: fs.readFileSync(path.join(ROOT, FIXTURE), 'utf8').replaceAll('deployer', 'dep"loy<er>') }]).findings;
    const section = escalationSection(findings)!;
    expect(section.markdown).toContain('dep#34;loy#60;er#62;');
    expect((await parseMermaid(mermaidBlocks(section.markdown)[0]!)).diagramType).toBe('flowchart-v2');
  }, 60_000);

  it('draws the worst paths only, each once, and says how many there are', () => {
    const text = fs.readFileSync(path.join(ROOT, FIXTURE), 'utf8');
    // Seven workloads with the same path are one path; then more distinct ones than are drawn.
    const copies = Array.from({ length: 7 }, (_, i) => text.split('---').find((d) => d.includes('kind: Deployment') && d.includes('name: runner\n'))!.replace('name: runner\n  namespace', `name: runner-${i}\n  namespace`)).join('---');
    const findings = lint([{ path: 'x.yaml', text: `${text}\n---${copies}` }]).findings;
    const m = escalationMermaid(findings)!;
    expect([m.shown, m.total]).toEqual([MERMAID_PATHS, 8]);
    expect(escalationSection(findings)!.markdown).toMatch(/^The 5 worst of 8 escalation paths/);
    expect(escalationMermaid(findings.filter((f) => f.ruleId !== 'escalation-path'))).toBeUndefined();
  });

  it('is in the Action\'s job summary too (renderMarkdown adds it)', () => {
    const findings = lint([{ path: FIXTURE, text: fs.readFileSync(path.join(ROOT, FIXTURE), 'utf8') }]).findings;
    expect(mermaidBlocks(renderMarkdown(findings))).toHaveLength(1);
    expect(renderMarkdown(findings.filter((f) => f.ruleId !== 'escalation-path'))).not.toContain('```mermaid');
  });
});

describe('escalation paths in JSON and text', () => {
  it('JSON: flows with each step and where it is granted, only on escalation-path findings', async () => {
    const r = await run(['scan', 'fixtures/escalation-path/ci-runner.yaml', '--format', 'json', '--fail-on', 'none']);
    const findings = JSON.parse(r.out).findings as { ruleId: string; flows?: unknown }[];
    expect(findings.filter((f) => f.flows).map((f) => f.ruleId)).toEqual(['escalation-path']);
    expect(findings.find((f) => f.flows)!.flows).toEqual([
      {
        from: 'ServiceAccount `ci/runner`',
        to: 'cluster-admin equivalence',
        steps: [
          { action: 'create `pods` in namespace `ci`', to: 'ServiceAccount `ci/deployer`', file: 'fixtures/escalation-path/ci-runner.yaml', startLine: 31, startColumn: 17 },
          { action: 'hold `*` on `*` cluster-wide', to: 'cluster-admin equivalence', file: 'fixtures/escalation-path/ci-runner.yaml', startLine: 52, startColumn: 17 },
        ],
      },
    ]);
  });

  it('text: the steps are listed under the finding, each at its file and line', async () => {
    const r = await run(['scan', 'fixtures/escalation-path/ci-runner.yaml', '--fail-on', 'none']);
    const lines = r.out.split('\n');
    const at = lines.findIndex((l) => l.includes(' escalation-path '));
    expect(lines.slice(at + 1, at + 3)).toEqual([
      // In the finding's own file: the line and column, not the path again.
      '    line 31:17 step 1 (RoleBinding ci/runner, Role ci/runner)',
      '    line 52:17 step 2 (ClusterRoleBinding deployer, ClusterRole deployer)',
    ]);
  });
});

describe('access --paths and who-can --paths', () => {
  const F = 'fixtures/escalation-path/ci-runner.yaml';

  it('access --paths: every stronger identity the subject can become, each step with its binding, role, file and line', async () => {
    const r = await run(['access', '--as', 'system:serviceaccount:ci:runner', '-f', F, '--paths']);
    expect(r.code).toBe(0);
    expect(r.out.slice(r.out.indexOf('\nescalation paths'))).toBe(
      [
        '',
        'escalation paths (what the subject can become, worst first, in every namespace):',
        '  cluster-admin equivalence (2 steps)',
        '    1. create pods in namespace ci → ServiceAccount ci/deployer',
        `       RoleBinding ci/runner, Role ci/runner, ${F}:31`,
        '    2. hold * on * cluster-wide → cluster-admin equivalence',
        `       ClusterRoleBinding deployer, ClusterRole deployer, ${F}:52`,
        '',
      ].join('\n'),
    );
  });

  it('access --paths: a subject that is cluster-admin equivalent, and one that can reach nothing stronger', async () => {
    expect((await run(['access', '--as', 'system:serviceaccount:ci:deployer', '-f', F, '--paths'])).out).toContain(
      '\nescalation paths: none needed, the subject is cluster-admin equivalent itself (it can do anything: * verbs on * resources cluster-wide)\n',
    );
    expect((await run(['access', '--as', 'system:serviceaccount:ci:sandbox', '-f', F, '--paths'])).out).toContain('\nescalation paths: none (no stronger identity is reachable)\n');
    // Without --paths, the matrix only.
    expect((await run(['access', '--as', 'system:serviceaccount:ci:runner', '-f', F])).out).not.toContain('escalation');
  });

  it('access --paths with --as-group: the user with exactly these groups', async () => {
    const r = await run(['access', '--as', 'someone', '--as-group', 'system:serviceaccounts:ci', '-f', F, '--paths', '--no-builtins']);
    expect(r.out).toContain('\nescalation paths: none (no stronger identity is reachable)\n');
  });

  it('access --paths -o json', async () => {
    const r = await run(['access', '--as', 'system:serviceaccount:ci:runner', '-f', F, '--paths', '-o', 'json']);
    const j = JSON.parse(r.out);
    expect(j.clusterAdminEquivalent).toBeNull();
    expect(j.paths).toHaveLength(1);
    expect(j.paths[0]).toMatchObject({ from: 'ServiceAccount ci/runner', to: 'cluster-admin equivalence', gains: ['do anything, as cluster-admin does'] });
    expect(j.paths[0].steps.map((s: { action: string; location: { line: number }; binding: { name: string } }) => [s.action, s.location.line, s.binding.name])).toEqual([
      ['create pods in namespace ci', 31, 'runner'],
      ['hold * on * cluster-wide', 52, 'deployer'],
    ]);
  });

  it('who-can --paths: the subjects that can become an allowed one, shortest first', async () => {
    const r = await run(['who-can', 'create', 'pods', '-n', 'kube-system', '-f', F, '--paths']);
    expect(r.code).toBe(0);
    expect(r.out.slice(r.out.indexOf('\nsubjects that can become'))).toBe(
      [
        '',
        'subjects that can become one of these, or cluster-admin equivalent (escalation paths, shortest first):',
        '  ServiceAccount ci/runner → ServiceAccount ci/deployer (1 step)',
        '    1. create pods in namespace ci → ServiceAccount ci/deployer',
        `       RoleBinding ci/runner, Role ci/runner, ${F}:31`,
        '  User system:kube-controller-manager → ServiceAccount ci/deployer (1 step)',
        '    1. create serviceaccounts/token cluster-wide → ServiceAccount ci/deployer',
        '       ClusterRoleBinding system:kube-controller-manager, ClusterRole system:kube-controller-manager, built in',
        '',
      ].join('\n'),
    );
    const j = JSON.parse((await run(['who-can', 'create', 'pods', '-n', 'kube-system', '-f', F, '--paths', '-o', 'json'])).out);
    expect(j.paths.map((p: { from: string; to: string }) => `${p.from} → ${p.to}`)).toEqual(['ServiceAccount ci/runner → ServiceAccount ci/deployer', 'User system:kube-controller-manager → ServiceAccount ci/deployer']);
  });

  it('text shows the 20 worst paths and counts the others; -o json has them all', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-paths-'));
    const file = path.join(dir, 'many.yaml');
    const docs = [
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: runner, namespace: ci }\nrules:\n  - { apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }\n',
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: runner, namespace: ci }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: runner }\nsubjects: [{ kind: ServiceAccount, name: runner, namespace: ci }]\n',
      ...Array.from({ length: 25 }, (_, i) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: r${i}, namespace: ci }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r${i} }\nsubjects: [{ kind: ServiceAccount, name: a${i}, namespace: ci }]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: r${i}, namespace: ci }\nrules:\n  - { apiGroups: [""], resources: [secrets], resourceNames: [s${i}], verbs: [get] }\n`),
    ];
    fs.writeFileSync(file, docs.join('---\n'));
    const text = (await run(['access', '--as', 'system:serviceaccount:ci:runner', '-f', file, '--paths'])).out;
    expect(text.match(/^  ServiceAccount ci\/a\d+ \(1 step\)/gm)).toHaveLength(20);
    expect(text).toContain('\n  … and 5 more (-o json lists them all)\n');
    expect(JSON.parse((await run(['access', '--as', 'system:serviceaccount:ci:runner', '-f', file, '--paths', '-o', 'json'])).out).paths).toHaveLength(25);
  });

  it('--paths is not an option of can-i', async () => {
    const r = await run(['can-i', 'get', 'pods', '--as', 'x', '-f', F, '--paths']);
    expect([r.code, r.err]).toEqual([2, 'saguard: --paths goes with who-can and access, not can-i\n']);
  });
});
