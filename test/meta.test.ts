/** Keeps every rule complete: tests, fixtures, docs, metadata. Adding a rule without them fails here. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { generatedFiles } from '../src/generated.js';
import { lint } from '../src/index.js';
import { expectedMarkers } from './support/fixtures.js';
import { bootstrapTexts } from './support/corpus.js';

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Rules about the input itself, not about a risk in it: not security rules on GitHub. */
const INPUT_HYGIENE = [
  'yaml-syntax',
  'duplicate-key',
  'invalid-field-type',
  'unscanned-input',
  'suppression-invalid',
  'suppression-unused',
  'invalid-binding-subject',
  'rbac-unknown-verb-or-resource',
  'deprecated-service-account-field',
  'cloud-identity-malformed',
  'calico-selector-syntax',
];

describe('the rule registry', () => {
  it('has unique kebab-case ids, one file per rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(fs.existsSync(path.join(ROOT, 'src', 'rules', `${id}.ts`)), `src/rules/${id}.ts`).toBe(true);
    }
    // index.ts (the registry), rule.ts (the rule shape) and _*.ts (helpers shared by rules) are not rules.
    const files = fs.readdirSync(path.join(ROOT, 'src', 'rules')).filter((f) => !['index.ts', 'rule.ts'].includes(f) && !f.startsWith('_'));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...ids].sort());
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const m = rule.meta;
  it('has a test file that exercises every message', () => {
    const file = path.join(ROOT, 'test', 'rules', `${id}.test.ts`);
    expect(fs.existsSync(file), `test/rules/${id}.test.ts`).toBe(true);
    const text = fs.readFileSync(file, 'utf8');
    for (const messageId of Object.keys(m.messages)) expect(text, `message ${messageId} is not tested`).toContain(`messageId: '${messageId}'`);
  });
  it('has fixtures that expect it', () => {
    // Its findings are about files that were not read (links out of the workspace, FIFOs, files
    // over the cap) and failures of saguard itself: test/rules/unscanned-input.test.ts builds them.
    if (m.docs.unread) return expect(fs.readFileSync(path.join(ROOT, 'test', 'rules', `${id}.test.ts`), 'utf8')).toMatch(/mkfifo|symlinkSync/);
    const dir = path.join(ROOT, 'fixtures', id);
    expect(fs.existsSync(dir), `fixtures/${id}/`).toBe(true);
    const markers = fs.readdirSync(dir).flatMap((f) => expectedMarkers(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(markers.some((x) => x.startsWith(`${id}:`))).toBe(true);
  });
  it('has an up-to-date doc page (npm run generate)', () => {
    const file = path.join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(generatedFiles(pkg.version, bootstrapTexts())[`docs/rules/${id}.md`]);
  });
  it('has complete metadata within GitHub limits', () => {
    expect(m.title.length).toBeGreaterThan(0);
    expect(m.title.length).toBeLessThanOrEqual(120);
    expect(m.description.length).toBeLessThanOrEqual(1024);
    expect(m.remediation).toMatch(/\.$/);
    expect(m.tags.length).toBeLessThanOrEqual(10);
    for (const t of m.tags.filter((t) => t.startsWith('cis-'))) expect(t).toMatch(/^cis-5\.\d+\.\d+$/);
    if (INPUT_HYGIENE.includes(id)) {
      // Not a security rule: GitHub ranks it by problem.severity and the result's level.
      expect(m.tags).not.toContain('security');
      expect(m.tags).toContain('input');
      expect(m.securitySeverity).toBeUndefined();
    } else {
      expect(m.tags).toContain('security');
      expect(m.securitySeverity).toMatch(/^\d+\.\d$/);
      // In the band GitHub shows for the default level: error 7.0 and up, warning 4.0–6.9, note 0.1–3.9.
      const s = Number(m.securitySeverity);
      const band = s >= 7 ? 'error' : s >= 4 ? 'warning' : 'note';
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThanOrEqual(10);
      expect(band).toBe(m.level);
    }
    expect(m.references.length).toBeGreaterThan(0);
    for (const r of m.references) expect(r).toMatch(/^https:\/\//);
    for (const t of Object.values(m.messages)) {
      // One lower-case sentence; it may open with a kind name and its object (`Secret \`x\``).
      expect(t).toMatch(/^([a-z`]|(ServiceAccount|Secret|Namespace|Role|ClusterRole|RoleBinding|ClusterRoleBinding) `|\{(kind|cloud|field)\} )/);
      expect(t).not.toMatch(/\.$/);
    }
  });
  it('its documented failing example fails and its passing example passes', () => {
    const failing = lint([{ path: 'failing.yaml', text: m.docs.failing, ...(m.docs.unread ? { unread: m.docs.unread } : {}) }]).findings.filter((f) => f.ruleId === id);
    const passing = lint([{ path: 'passing.yaml', text: m.docs.passing }]).findings.filter((f) => f.ruleId === id);
    expect(failing.length).toBeGreaterThan(0);
    expect(passing).toEqual([]);
  });
});

describe('generated files', () => {
  it.each(Object.keys(generatedFiles(pkg.version, bootstrapTexts())))('%s is up to date (npm run generate)', (rel) => {
    expect(fs.readFileSync(path.join(ROOT, rel), 'utf8')).toBe(generatedFiles(pkg.version, bootstrapTexts())[rel]);
  });
  it('no doc page for a rule that does not exist', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'docs', 'rules'))) expect(RULES.map((r) => `${r.id}.md`)).toContain(f);
  });
});
