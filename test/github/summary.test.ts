/**
 * The job summary as GitHub renders it: the Markdown is parsed as GitHub-flavoured Markdown
 * (marked, GFM tables) and the rendered structure is checked, not the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { tablesOf } from '../support/markdown.js';
import { leadSentence, lineUrl, renderMarkdown, SUMMARY_LIMIT_BYTES, SUPPRESSED_ROWS } from '../../src/report/markdown.js';
import { lint } from '../../src/index.js';
import { failing } from '../../src/publish/outcome.js';
import { configOf } from '../support/helpers.js';
import { formatMessage } from '../../src/report/messages.js';
import { ruleById } from '../../src/rules/index.js';

const ROOT = path.resolve(__dirname, '..', '..');
const pods = (n: number) => Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: { name: pod-with-a-rather-long-name-${i}, namespace: shop }\nspec:\n  automountServiceAccountToken: false\n  containers: []\n`).join('---\n');
const LINKS = { serverUrl: 'https://github.example.com/', repository: 'octo/shop', sha: 'a'.repeat(40) };

const shop = fs.readFileSync(path.join(ROOT, 'examples', 'shop', 'rendered.yaml'), 'utf8');
const shopFindings = lint([{ path: 'examples/shop/rendered.yaml', text: shop }], { namespace: 'shop' }).findings;

describe('the job summary', () => {
  const findings = lint([{ path: 'many.yaml', text: pods(8000) }]).findings;

  it('leads with the outcome, then lists the findings by level, errors first, each location a link to its line at the commit', () => {
    const md = renderMarkdown(shopFindings, { outcome: { failOn: 'error', failing: failing(shopFindings, 'error') }, links: LINKS });
    const html = marked.parse(md, { gfm: true, async: false });
    // The lead sentence is the first paragraph and states the outcome.
    const lead = /<p>([\s\S]*?)<\/p>/.exec(html)![1]!;
    expect(lead).toBe('❌ <strong>The step failed</strong>: 3 findings at or above <code>fail-on: error</code>. 13 findings: 3 errors, 6 warnings, 4 notes.');
    const tables = tablesOf(md).filter((t) => t.heading !== '');
    expect(tables.map((t) => t.heading)).toEqual(['🔴 Errors (3)', '🟠 Warnings (6)', '🔵 Notes (4)']);
    const first = tables[0]!.rows[0]!;
    // The most severe: an error of the rule with the highest security-severity (first in file order among equals).
    const errors = shopFindings.filter((f) => f.level === 'error');
    const top = Math.max(...errors.map((f) => (Number(ruleById(f.ruleId)!.meta.securitySeverity) || 0)));
    const mostSevere = errors.find((f) => (Number(ruleById(f.ruleId)!.meta.securitySeverity) || 0) === top)!;
    expect(new Set(errors.map((f) => f.ruleId)).size).toBeGreaterThan(1); // the order is tested, not assumed
    expect(first[0]).toBe(`<code>${mostSevere.ruleId}</code>`);
    const r = mostSevere.location.region;
    expect(first[1]).toBe(`<a href="https://github.example.com/octo/shop/blob/${'a'.repeat(40)}/examples/shop/rendered.yaml#L${r.startLine}${r.endLine > r.startLine ? `-L${r.endLine}` : ''}">examples/shop/rendered.yaml:${r.startLine}</a>`);
    // Every row has its three cells (no stray `|` split one) and every location is a link.
    for (const t of tables) for (const row of t.rows) {
      expect(row).toHaveLength(3);
      expect(row[1]).toMatch(/^<a href="https:\/\/github\.example\.com\/octo\/shop\/blob\/a{40}\/examples\/shop\/rendered\.yaml#L\d+(-L\d+)?">/);
    }
    // Levels never interleave: the table of a level holds only its findings.
    expect(tables.map((t) => t.rows.length)).toEqual([3, 6, 4]);
  });

  it('on a pull request: new findings (on changed lines) first within their level, counted against existing ones', () => {
    const warnings = shopFindings.filter((f) => f.level === 'warning');
    const changed = new Set([warnings.at(-1)!, shopFindings.find((f) => f.level === 'note')!]);
    const md = renderMarkdown(shopFindings, { outcome: { failOn: 'error', failing: failing(shopFindings, 'error') }, changed, links: LINKS });
    expect(leadSentence(shopFindings, { outcome: { failOn: 'error', failing: failing(shopFindings, 'error') }, changed })).toBe(
      '❌ **The step failed**: 3 findings at or above `fail-on: error`, none of them on lines this pull request changes. 13 findings: **2 new** on lines this pull request changes, 11 existing.',
    );
    const [errors, warns] = tablesOf(md).filter((t) => t.heading !== '');
    expect(errors!.rows.every((r) => r[0] === '')).toBe(true);
    expect(warns!.rows[0]![0]).toBe('🆕 new');
    expect(warns!.rows[0]![2]).toContain(`#L${warnings.at(-1)!.location.region.startLine}`);
    expect(warns!.rows.slice(1).every((r) => r[0] === '')).toBe(true);
  });

  it('says when nothing failed the step, and when there is nothing at all', () => {
    expect(leadSentence(shopFindings, { outcome: { failOn: 'none', failing: [] } })).toBe('✅ **Nothing failed the step** (`fail-on: none`). 13 findings: 3 errors, 6 warnings, 4 notes.');
    expect(renderMarkdown([], { outcome: { failOn: 'error', failing: [] } })).toBe('## saguard\n\n✅ **Nothing failed the step**: no finding at or above `fail-on: error`. saguard found no findings.\n');
    expect(leadSentence([], { outcome: { failOn: 'error', failing: [], error: 'input fail-on is "x"; expected one of error, warning, note, none' } })).toBe(
      '❌ **The step failed**: input fail-on is "x"; expected one of error, warning, note, none.',
    );
  });

  it('lists the suppressed findings, folded, with what suppressed them and why; a reason is literal text', () => {
    const crb = (name: string, annotations = '') =>
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ${name}\n${annotations}subjects: [{ kind: ServiceAccount, name: ${name}, namespace: ops }]\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }\n`;
    const text = [
      crb('argocd', '  annotations:\n    saguard.dev/ignore: cluster-admin-binding\n    saguard.dev/ignore-reason: "Argo CD | <b>PLAT-42</b>"\n'),
      crb('flux'),
      crb('intruder'),
    ].join('---\n');
    const ignore = configOf('ignore:\n  - rule: cluster-admin-binding\n    object: ClusterRoleBinding/flux\n    reason: Flux reconciles the cluster\n').ignore;
    const found = lint([{ path: 'rbac.yaml', text }], { ignore }).findings;
    const md = renderMarkdown(found, { outcome: { failOn: 'error', failing: failing(found, 'error') }, links: LINKS });
    expect(md).toContain('1 finding at or above `fail-on: error`. 1 finding: 1 error, 0 warnings, 0 notes. 2 findings are suppressed (1 by `saguard.dev/ignore`, 1 by `ignore:` of the configuration).');
    expect(md).toContain('<details><summary>Suppressed findings (2)</summary>');
    const suppressedTable = (markdown: string) => tablesOf(markdown).find((t) => t.rows[0]?.length === 4)!;
    const table = suppressedTable(md);
    expect(table.rows.map((r) => [r[0], r[1]!.replace(/^<a href="[^"]+">|<\/a>$/g, ''), r[2], r[3]])).toEqual([
      ['<code>cluster-admin-binding</code>', 'rbac.yaml:9', '<code>saguard.dev/ignore</code>', 'Argo CD | &lt;b&gt;PLAT-42&lt;/b&gt;'],
      ['<code>cluster-admin-binding</code>', 'rbac.yaml:16', '<code>ignore:</code> of the configuration', 'Flux reconciles the cluster'],
    ]);
    // One suppression source: named once, without counts.
    const onlyInline = lint([{ path: 'rbac.yaml', text: crb('argocd', '  annotations:\n    saguard.dev/ignore: all\n') }]).findings;
    expect(renderMarkdown(onlyInline)).toContain('1 finding is suppressed (by `saguard.dev/ignore`).');
    expect(suppressedTable(renderMarkdown(onlyInline)).rows[0]![3]).toBe('<em>none given</em>');
    // Many: the first SUPPRESSED_ROWS, and a count of the rest.
    const many = lint([{ path: 'rbac.yaml', text: Array.from({ length: SUPPRESSED_ROWS + 5 }, (_, i) => crb(`b${i}`, '  annotations: { saguard.dev/ignore: all, saguard.dev/ignore-reason: ok }\n')).join('---\n') }]).findings;
    const manyMd = renderMarkdown(many);
    expect(suppressedTable(manyMd).rows).toHaveLength(SUPPRESSED_ROWS);
    expect(manyMd).toContain('and 5 more; the SARIF file has all of them, with their reasons.');
  });

  it('a list quoted in one code span of a message renders as one code span per item, never as a doubly fenced one', () => {
    const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: reader }\nrules:\n  - apiGroups: [""]\n    resources: [secrets]\n    verbs: [get, list, watch]\n';
    const f = lint([{ path: 'role.yaml', text: role }]).findings.find((x) => x.ruleId === 'secrets-access')!;
    expect(formatMessage(f)).toContain('grants `get`, `list`, `watch` on `secrets`');
    const html = marked.parse(renderMarkdown([f]), { gfm: true, async: false });
    expect(html).toContain('grants <code>get</code>, <code>list</code>, <code>watch</code> on <code>secrets</code>');
    // No code span shows a backtick of saguard's own quoting.
    expect(html.match(/<code>[^<]*`[^<]*<\/code>/g)).toBeNull();
  });

  it('links survive odd file names: spaces, parentheses, #, non-ASCII', () => {
    expect(lineUrl(LINKS, 'deploy/my app (v2)/#1/ä.yaml', 3, 5)).toBe(`https://github.example.com/octo/shop/blob/${'a'.repeat(40)}/deploy/my%20app%20%28v2%29/%231/%C3%A4.yaml#L3-L5`);
    const f = { ...shopFindings[0]!, location: { ...shopFindings[0]!.location, file: 'a|b_[x].yaml' } };
    const rows = tablesOf(renderMarkdown([f], { links: LINKS }))[1]!.rows;
    expect(rows[0]).toHaveLength(3);
    expect(rows[0]![1]).toBe(`<a href="https://github.example.com/octo/shop/blob/${'a'.repeat(40)}/a%7Cb_%5Bx%5D.yaml#L${f.location.region.startLine}">a|b_[x].yaml:${f.location.region.startLine}</a>`);
  });

  it('says what was scanned, and lists what did not fit after the findings', () => {
    const md = renderMarkdown(shopFindings, {
      scanned: { paths: ['examples/shop'], charts: ['charts/shop'], overlays: ['deploy/overlays/prod'], files: 1, objects: 20, notes: ['3 Helm chart templates skipped'] },
      omittedAnnotations: 4,
      notShown: ['the check run: the GitHub API did not answer within the reporting deadline (120 s)'],
    });
    const scanned = md.slice(md.indexOf('### What was scanned'));
    expect(scanned).toBe(
      [
        '### What was scanned',
        '',
        '- paths: `examples/shop`',
        '- Helm charts (rendered with `helm template`): `charts/shop`',
        '- Kustomize overlays (built with `kustomize build`): `deploy/overlays/prod`',
        '- 20 Kubernetes objects from 1 file, 1 Helm chart and 1 Kustomize overlay',
        '- 3 Helm chart templates skipped',
        '',
        '### What did not fit',
        '',
        "- 4 findings did not fit GitHub's annotation limits (10 per level and step for workflow commands); the SARIF file and this summary have them.",
        '- the check run: the GitHub API did not answer within the reporting deadline (120 s)',
        '',
      ].join('\n'),
    );
    expect(md.indexOf('### 🔵 Notes')).toBeLessThan(md.indexOf('### What was scanned'));
  });

  it("stays under GitHub's 1 MiB, keeps the sections after the findings, and says what it left out", () => {
    const md = renderMarkdown(findings, { scanned: { paths: ['.'] } });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(md)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 2000);
    expect(md).toMatch(/### What was scanned\n\n- paths: `\.`\n\n### What did not fit\n\n- the summary lists \d+ of 8000 findings \(GitHub limits a step summary to 1 MiB\); the SARIF file has all of them\.\n$/);
    expect(md).toContain('| 🟠 `default-service-account` — Workload runs as the default ServiceAccount | 8000 |');
  });
});
