import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { renderSarif } from '../src/report/sarif.js';
import { lineHashes } from '../src/report/fingerprint.js';
import { fixtureFiles } from './support/fixtures.js';
import { multitool, schemaErrors, SHARED } from './support/sarif-validate.js';
import { readTree } from './support/corpus.js';

function sarifOf(files: { path: string; text: string }[], category = 'saguard') {
  const r = lint(files);
  return renderSarif(r.findings, r.rules, { category, sources: new Map(files.map((f) => [f.path, f.text])), srcRootUri: 'file:///work/repo/' });
}

const fixtures = fixtureFiles().map((f) => ({ path: path.relative(path.resolve(__dirname, '..'), f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));
const corpus = readTree(path.join(SHARED, 'corpus', 'real'));

const logs = { fixtures: sarifOf(fixtures), corpus: sarifOf(corpus) };

describe('SARIF', () => {

  it.each(Object.entries(logs))('%s: valid against the OASIS SARIF 2.1.0 schema (Ajv 2020)', (_, log) => {
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results!.length).toBeGreaterThan(10);
  });

  it('the schema check is live: a result without a message is rejected', () => {
    const bad = structuredClone(logs.fixtures);
    delete (bad.runs[0]!.results![0] as { message?: unknown }).message;
    expect(schemaErrors(bad).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(logs))('%s: the multitool with GitHub ingestion rules (GH1001–GH1007 as errors) reports no error or warning', (_, log) => {
    const problems = multitool(log).filter((r) => r.level === 'error' || r.level === 'warning');
    expect(problems).toEqual([]);
  }, 60_000);

  it('the multitool check is live: absolute URIs, missing regions and message ids are GitHub errors', () => {
    const bad = structuredClone(logs.fixtures);
    const r = bad.runs[0]!.results![0]!;
    r.locations![0]!.physicalLocation = { artifactLocation: { uri: 'file:///abs/x.yaml' } };
    r.message = { id: 'nope' };
    const ids = multitool(bad).filter((x) => x.level === 'error').map((x) => x.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['GH1003', 'GH1006', 'GH1007']));
  }, 60_000);

  it('within GitHub limits: ≤ 25,000 results, ≤ 20 tags per rule, descriptions ≤ 1,024 characters, ≤ 1,000 locations per result', () => {
    for (const log of Object.values(logs)) {
      const run = log.runs[0]!;
      expect(run.results!.length).toBeLessThanOrEqual(25_000);
      for (const rule of run.tool.driver.rules!) {
        expect((rule.properties!.tags as string[]).length).toBeLessThanOrEqual(20);
        expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024);
        expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024);
        expect(rule.name!.length).toBeLessThanOrEqual(255);
        // Security rules carry a security-severity unless their levels disagree with it (test/sarif-severity.test.ts).
        if (rule.properties!['security-severity'] !== undefined) expect(Number(rule.properties!['security-severity'])).toBeGreaterThan(0);
      }
      for (const res of run.results!) expect(1 + (res.relatedLocations?.length ?? 0)).toBeLessThanOrEqual(1000);
    }
  });

  it('results: rule index, repo-relative URI with %SRCROOT%, full region, logical location, fingerprints, links to related locations', () => {
    const run = logs.fixtures.runs[0]!;
    expect(run.automationDetails).toEqual({ id: 'saguard/' });
    for (const r of run.results!) {
      expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
      const loc = r.locations![0]!.physicalLocation!;
      expect(loc.artifactLocation!.uri).toMatch(/^fixtures\/[a-z-]+\/[a-z-]+\.yaml$/);
      expect(loc.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      expect(Object.keys(loc.region!).sort()).toEqual(['endColumn', 'endLine', 'startColumn', 'startLine']);
      expect(r.partialFingerprints!['saguard/v1']).toMatch(/^[0-9a-f]{32}$/);
      expect(r.partialFingerprints!.primaryLocationLineHash).toMatch(/^[0-9a-f]+:\d+$/);
      expect(r.message.text).toMatch(/^[A-Z`].*\.$/s);
      for (const rel of r.relatedLocations ?? []) expect(r.message.text).toContain(`](${rel.id})`);
    }
    const withObject = run.results!.find((r) => r.ruleId === 'shared-service-account' && r.locations![0]!.physicalLocation!.artifactLocation!.uri!.endsWith('backend.yaml'))!;
    expect(withObject.locations![0]!.logicalLocations).toEqual([{ name: 'backend', fullyQualifiedName: 'ServiceAccount/shop/backend', kind: 'object' }]);
  });

  it('is byte-identical for the same input, whatever the order of files', () => {
    const a = JSON.stringify(sarifOf(fixtures));
    const b = JSON.stringify(sarifOf([...fixtures].reverse()));
    expect(b).toBe(a);
  });

  it('saguard/v1 fingerprints do not change when lines move', () => {
    const text = fixtures.find((f) => f.path.endsWith('shop.yaml'))!;
    const moved = { path: text.path, text: '# a new comment\n# and another\n' + text.text };
    const fp = (log: ReturnType<typeof sarifOf>) => log.runs[0]!.results!.map((r) => r.partialFingerprints!['saguard/v1']);
    expect(fp(sarifOf([moved]))).toEqual(fp(sarifOf([text])));
  });
});

describe('SARIF code flows (escalation paths)', () => {
  // A path through a built-in identity: its step is granted by built-in roles, written in no file.
  const text = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: web, namespace: ci }',
    'spec:',
    '  template:',
    '    spec:',
    '      serviceAccountName: web',
    '      containers: [{ name: web, image: nginx }]',
    '---',
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRole',
    'metadata: { name: imp }',
    'rules:',
    '  - { apiGroups: [""], resources: [users], resourceNames: ["system:kube-controller-manager"], verbs: [impersonate] }',
    '---',
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRoleBinding',
    'metadata: { name: imp }',
    'roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: imp }',
    'subjects: [{ kind: ServiceAccount, name: web, namespace: ci }]',
    '---',
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRoleBinding',
    'metadata: { name: deployer }',
    'roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }',
    'subjects: [{ kind: ServiceAccount, name: deployer, namespace: ci }]',
    '',
  ].join('\n');
  const log = sarifOf([{ path: 'deploy/ci.yaml', text }]);
  const result = log.runs[0]!.results!.find((r) => r.ruleId === 'escalation-path')!;

  it('one code flow per path, one thread flow each: the subject, then each step where it is granted (or only its text when built-in roles grant it)', () => {
    expect(result.level).toBe('error');
    expect(result.codeFlows).toHaveLength(1);
    const flow = result.codeFlows![0]!;
    expect(flow.message!.text).toBe('ServiceAccount ci/web → cluster-admin equivalence in 3 steps');
    expect(flow.threadFlows).toHaveLength(1);
    const steps = flow.threadFlows[0]!.locations!.map((l) => [l.location!.physicalLocation?.region?.startLine ?? null, l.location!.message!.text]);
    expect(steps).toEqual([
      [7, 'ServiceAccount ci/web'],
      [14, 'step 1: impersonate user system:kube-controller-manager → User system:kube-controller-manager'],
      [null, 'step 2: create serviceaccounts/token cluster-wide → ServiceAccount ci/deployer'],
      [25, 'step 3: hold * on * cluster-wide → cluster-admin equivalence'],
    ]);
    // The steps written in files are related locations, linked from the message.
    expect(result.relatedLocations!.map((r) => r.physicalLocation!.region!.startLine)).toEqual([14, 25]);
    for (const r of result.relatedLocations!) expect(result.message.text).toContain(`](${r.id})`);
  });

  it('passes the OASIS schema and the multitool with GitHub\'s rules', () => {
    expect(schemaErrors(log)).toEqual([]);
    expect(multitool(log).filter((r) => r.level === 'error' || r.level === 'warning')).toEqual([]);
  }, 60_000);

  it('the fixtures\' log carries code flows too (so the validators above checked them)', () => {
    expect(logs.fixtures.runs[0]!.results!.filter((r) => r.codeFlows).length).toBeGreaterThan(0);
  });
});

describe('primaryLocationLineHash (GitHub rolling hash)', () => {
  it('ignores spaces and tabs and survives lines moving down', () => {
    const a = lineHashes('a: 1\nb: 2\n');
    const b = lineHashes('# new\na:\t1\nb:  2\n');
    expect(b.get(2)).toBe(a.get(1));
    expect(b.get(3)).toBe(a.get(2));
  });
  it('CRLF and LF hash alike', () => {
    expect([...lineHashes('a: 1\r\nb: 2\r\n')]).toEqual([...lineHashes('a: 1\nb: 2\n')]);
  });
  it('identical windows are told apart by a counter', () => {
    const h = lineHashes('x\n'.repeat(200));
    const [v1, n1] = h.get(1)!.split(':');
    const [v2, n2] = h.get(2)!.split(':');
    expect([v2, n1, n2]).toEqual([v1, '1', '2']);
    expect(h.get(200)!.split(':')[0]).not.toBe(v1);
  });
  it('hashes every line, empty ones included', () => {
    expect([...lineHashes('a\n\nb\n').keys()]).toEqual([1, 2, 3, 4]);
  });
});
