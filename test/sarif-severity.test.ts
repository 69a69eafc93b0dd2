/**
 * The severity GitHub shows for each alert agrees with saguard's level. GitHub ranks an alert by its
 * rule's `security-severity` when the rule has one (over 9.0 critical, 7.0–8.9 high, 4.0–6.9
 * medium, 0.1–3.9 low; GITHUB.md and GitHub's SARIF documentation), which cannot be set per
 * result; otherwise by the result's `level`. Derived here from the SARIF alone, as GitHub reads it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { renderSarif } from '../src/report/sarif.js';
import { mergeSarif } from '../src/report/merge.js';
import { RULES } from '../src/rules/index.js';
import { fixtureFiles } from './support/fixtures.js';
import { readTree } from './support/corpus.js';
import { SHARED } from './support/sarif-validate.js';
import { yaml } from './support/helpers.js';

function sarifOf(files: { path: string; text: string }[]): Sarif.Log {
  const r = lint(files);
  return renderSarif(r.findings, r.rules, { category: 'saguard', sources: new Map(files.map((f) => [f.path, f.text])) });
}

/** The severity GitHub shows for one result. */
function githubSeverity(run: Sarif.Run, result: Sarif.Result): string {
  const rule = run.tool.driver.rules![result.ruleIndex!]!;
  const s = rule.properties?.['security-severity'];
  if (s !== undefined) {
    const n = Number(s);
    return n > 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : 'low';
  }
  return result.level ?? rule.defaultConfiguration?.level ?? 'warning';
}

const AGREES: Record<string, string[]> = { error: ['critical', 'high', 'error'], warning: ['medium', 'warning'], note: ['low', 'note'] };

/** Results whose severity on GitHub says something else than their level: `rule level → shown`. */
function disagreements(log: Sarif.Log): string[] {
  const run = log.runs[0]!;
  return run.results!.filter((r) => !AGREES[r.level!]!.includes(githubSeverity(run, r))).map((r) => `${r.ruleId} ${r.level} → ${githubSeverity(run, r)}`);
}

const fixtures = fixtureFiles().map((f) => ({ path: path.relative(path.resolve(__dirname, '..'), f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));
const logs = { fixtures: sarifOf(fixtures), 'corpus/real': sarifOf(readTree(path.join(SHARED, 'corpus', 'real'))) };

describe('severity on GitHub', () => {
  it.each(Object.entries(logs))('%s: every result shows on GitHub with the severity of its level', (_, log) => {
    const run = log.runs[0]!;
    expect(run.results!.length).toBeGreaterThan(50);
    expect(disagreements(log)).toEqual([]);
    // Not vacuous: results of all three levels, and many of them ranked by a security band.
    const shown = run.results!.map((r) => githubSeverity(run, r));
    for (const level of ['error', 'warning', 'note']) expect(run.results!.some((r) => r.level === level)).toBe(true);
    expect(shown.filter((s) => ['critical', 'high', 'medium', 'low'].includes(s)).length).toBeGreaterThan(20);
  });

  it('the check is live: the rules\' own security-severity on every descriptor shows notes as high and errors as medium', () => {
    const log = structuredClone(logs.fixtures);
    for (const d of log.runs[0]!.tool.driver.rules!) {
      const s = RULES.find((r) => r.id === d.id)!.meta.securitySeverity;
      if (s) d.properties!['security-severity'] = s;
    }
    const wrong = disagreements(log);
    expect(wrong).toContain('secrets-access note → medium');
    expect(wrong).toContain('rbac-wildcard error → medium');
  });

  const CRB = (role: string, n: number) => yaml`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: { name: b${n} }
    roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${role} }
    subjects: [{ kind: ServiceAccount, name: a, namespace: x }]
  `;
  const role = (name: string) => yaml`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: ${name} }
    rules: [{ apiGroups: [""], resources: [secrets], verbs: [list] }]
  `;
  const descriptor = (log: Sarif.Log, id: string) => log.runs[0]!.tool.driver.rules!.find((d) => d.id === id)!;

  it('a rule whose results share a level in its band keeps its security-severity; one reported at several levels has none', () => {
    const namespaced = sarifOf([{ path: 'a.yaml', text: role('r') + '---\n' + CRB('r', 1).replace('ClusterRoleBinding', 'RoleBinding').replace('metadata: { name: b1 }', 'metadata: { name: b1, namespace: x }') }]);
    expect(namespaced.runs[0]!.results!.filter((r) => r.ruleId === 'secrets-access').map((r) => r.level)).toEqual(['warning']);
    expect(descriptor(namespaced, 'secrets-access').properties!['security-severity']).toBe('6.5');
    // Bound cluster-wide (error) and not bound at all (note) in one log: GitHub shows each result's level.
    const mixed = sarifOf([{ path: 'a.yaml', text: role('r') + '---\n' + CRB('r', 1) + '---\n' + role('unbound') }]);
    expect(mixed.runs[0]!.results!.filter((r) => r.ruleId === 'secrets-access').map((r) => r.level).sort()).toEqual(['error', 'note']);
    expect(descriptor(mixed, 'secrets-access').properties).not.toHaveProperty('security-severity');
    expect(descriptor(mixed, 'secrets-access').properties!.tags).toContain('security');
    expect(disagreements(mixed)).toEqual([]);
  });

  it('input-hygiene rules are not security rules: problem.severity, no security tag', () => {
    const log = sarifOf([{ path: 'a.yaml', text: 'a: [\n' }]);
    const d = descriptor(log, 'yaml-syntax');
    expect(d.properties!.tags).not.toContain('security');
    expect(d.properties).not.toHaveProperty('security-severity');
    expect(d.properties!['problem.severity']).toBe('error');
    expect(descriptor(log, 'suppression-unused').properties!['problem.severity']).toBe('recommendation');
  });

  it('merge-sarif decides again for the merged results: shards that each agree can disagree together', () => {
    const clusterWide = sarifOf([{ path: 'a.yaml', text: role('r') + '---\n' + CRB('r', 1) }]);
    const unbound = sarifOf([{ path: 'b.yaml', text: role('unbound') }]);
    expect(descriptor(clusterWide, 'secrets-access').properties!['security-severity']).toBeUndefined(); // 6.5 is medium, the result an error
    expect(descriptor(unbound, 'secrets-access').properties!['security-severity']).toBeUndefined();
    const warningOnly = sarifOf([{ path: 'c.yaml', text: role('r') + '---\n' + CRB('r', 1).replace('ClusterRoleBinding', 'RoleBinding').replace('metadata: { name: b1 }', 'metadata: { name: b1, namespace: x }') }]);
    expect(descriptor(warningOnly, 'secrets-access').properties!['security-severity']).toBe('6.5');
    const alone = mergeSarif([{ name: 'c', log: warningOnly }]);
    expect(alone.run.tool.driver.rules!.find((d) => d.id === 'secrets-access')!.properties!['security-severity']).toBe('6.5');
    const merged = mergeSarif([{ name: 'c', log: warningOnly }, { name: 'a', log: clusterWide }]);
    const log: Sarif.Log = { ...merged.log, runs: [{ ...merged.run, results: merged.results }] };
    expect(descriptor(log, 'secrets-access').properties).not.toHaveProperty('security-severity');
    expect(disagreements(log)).toEqual([]);
  });
});
