/**
 * The README's workflow recipes work when copied: each is a complete workflow, every action is at
 * its current major, every job holds the permissions for what it writes, and the fork recipe does
 * not rely on `workflow_run.pull_requests` (empty for pull requests from forks).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUTS } from '../src/publish/action/inputs.js';

const ROOT = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/**
 * The current major of every action the recipes use (late 2026). When an action publishes a new
 * major, update it here and in the README together.
 */
const CURRENT: Record<string, string> = {
  'actions/checkout': 'v6',
  'actions/upload-artifact': 'v6',
  'actions/download-artifact': 'v7',
  'github/codeql-action/upload-sarif': 'v4',
  'saguard/saguard': 'v0',
};

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps: Step[];
}
interface Workflow {
  name?: string;
  on: unknown;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

/** The YAML blocks that are workflows (they run jobs or steps), with the line each starts on. */
const snippets = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
  .filter((m) => /^\s*(jobs:|runs-on:|- uses:)/m.test(m[1]!))
  .map((m) => ({ text: m[1]!, line: readme.slice(0, m.index).split('\n').length + 1 }));

const events = (on: unknown): string[] => (typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(on as object));
const scopes = (w: Workflow, j: Job): Record<string, string> | undefined => {
  const p = j.permissions ?? w.permissions;
  if (p === undefined) return undefined;
  if (typeof p === 'string') return p === 'write-all' ? new Proxy({}, { get: () => 'write' }) : {};
  return p;
};

/** What a job writes, by the permission it needs, and why. */
function needs(w: Workflow, j: Job): Record<string, { level: 'read' | 'write'; why: string }> {
  const out: Record<string, { level: 'read' | 'write'; why: string }> = {};
  const on = events(w.on);
  for (const s of j.steps) {
    const uses = s.uses?.replace(/@.*$/, '');
    if (uses === 'saguard/saguard') {
      const upload = String(s.with?.['upload-sarif'] ?? 'false') === 'true';
      const annotations = String(s.with?.annotations ?? 'auto');
      if (upload) out['security-events'] = { level: 'write', why: 'upload-sarif: true' };
      if (on.includes('pull_request')) {
        out['pull-requests'] ??= { level: 'read', why: 'the changed lines of the pull request' };
        if (annotations === 'check-run' || (annotations === 'auto' && !upload)) out.checks = { level: 'write', why: `annotations: ${annotations}` };
      }
    }
    if (uses === 'github/codeql-action/upload-sarif') out['security-events'] = { level: 'write', why: 'upload-sarif' };
    if (uses === 'actions/download-artifact' && s.with?.['run-id'] !== undefined) out.actions = { level: 'read', why: 'an artifact of another run' };
    if (s.run?.includes('gh api') && s.run.includes('/pulls/')) out['pull-requests'] ??= { level: 'read', why: 'gh api …/pulls' };
  }
  return out;
}

describe('README workflow recipes', () => {
  it('there are recipes, and every one is a complete workflow', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(8);
    for (const s of snippets) {
      const w = parse(s.text) as Workflow;
      expect(w, `README.md:${s.line}`).toMatchObject({ on: expect.anything(), jobs: expect.any(Object) });
      for (const j of Object.values(w.jobs)) expect(Array.isArray(j.steps), `README.md:${s.line}`).toBe(true);
    }
  });

  it('every `uses:` names the current major of its action', () => {
    const used = snippets.flatMap((s) => [...s.text.matchAll(/uses:\s*([^\s#]+)/g)].map((m) => ({ ref: m[1]!, line: s.line })));
    expect(used.length).toBeGreaterThan(0);
    for (const { ref, line } of used) {
      const [action, version] = ref.split('@') as [string, string | undefined];
      expect(CURRENT[action], `README.md:${line}: ${action} is not in the table of current majors`).toBeDefined();
      expect(version, `README.md:${line}: ${ref}`).toBe(CURRENT[action]);
    }
    // The table and the README agree: nothing listed that no recipe uses.
    expect(new Set(used.map((u) => u.ref.split('@')[0]))).toEqual(new Set(Object.keys(CURRENT)));
  });

  it('every job that writes has a permissions block with what it writes', () => {
    for (const s of snippets) {
      const w = parse(s.text) as Workflow;
      for (const [name, j] of Object.entries(w.jobs)) {
        const want = needs(w, j);
        const have = scopes(w, j);
        if (Object.keys(want).length === 0) continue;
        expect(have, `README.md:${s.line}: job ${name} has no permissions block`).toBeDefined();
        for (const [scope, { level, why }] of Object.entries(want)) {
          const granted = have![scope];
          expect(level === 'read' ? ['read', 'write'] : ['write'], `README.md:${s.line}: job ${name} needs ${scope}: ${level} (${why})`).toContain(granted);
        }
      }
    }
  });

  it('every saguard input a recipe sets exists', () => {
    const names = new Set(INPUTS.map((i) => i.name));
    for (const s of snippets) {
      const w = parse(s.text) as Workflow;
      for (const j of Object.values(w.jobs)) {
        for (const step of j.steps.filter((x) => x.uses?.startsWith('saguard/saguard@'))) {
          for (const k of Object.keys(step.with ?? {})) expect(names.has(k), `README.md:${s.line}: input ${k}`).toBe(true);
        }
      }
    }
  });

  it('the fork recipe carries the pull request in the artifact, checks it, and never reads workflow_run.pull_requests', () => {
    expect(readme).not.toMatch(/workflow_run\.pull_requests\s*\[/);
    const upload = snippets.map((s) => parse(s.text) as Workflow).find((w) => events(w.on).includes('workflow_run'))!;
    expect(upload).toBeDefined();
    const scan = snippets.map((s) => parse(s.text) as Workflow).find((w) => w.name === (upload.on as { workflow_run: { workflows: string[] } }).workflow_run.workflows[0])!;
    expect(scan, 'the workflow that workflow_run names').toBeDefined();
    expect(events(scan.on)).toEqual(['pull_request']);
    // The scan keeps the number and head commit of its pull request beside the SARIF.
    const scanSteps = Object.values(scan.jobs).flatMap((j) => j.steps);
    expect(scanSteps.some((s) => s.run?.includes('saguard-pr/number') && s.run.includes('saguard-pr/head-sha'))).toBe(true);
    expect(String(scanSteps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!.with!.path)).toMatch(/saguard\.sarif[\s\S]*saguard-pr\//);
    // The upload reads them, checks them, and files the SARIF under them; it never checks out or runs the pull request's code.
    const steps = Object.values(upload.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    const sarif = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(sarif.with).toMatchObject({ ref: 'refs/pull/${{ steps.pr.outputs.number }}/head', sha: '${{ steps.pr.outputs.sha }}' });
    const check = steps.find((s) => (s as { id?: string }).id === 'pr')!;
    expect(check.run).toMatch(/\^\[0-9\]\+\$/);
    expect(check.run).toContain('RUN_HEAD_SHA');
    // Values from the artifact never reach a shell through ${{ }} (script injection).
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{/);
  });
});
