/**
 * SARIF and JSON are written as they are made: byte for byte what one JSON.stringify of the whole
 * report gives (indented for small logs, compact for large ones), in bounded pieces; and a SARIF
 * log holds at most the results GitHub accepts, the most severe first, saying what it left out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { capFindings, countLevels, COMPACT_ABOVE_RESULTS, GITHUB_MAX_RESULTS, renderSarif, writeSarif } from '../../src/report/sarif.js';
import { renderJson, writeJson } from '../../src/report/json.js';
import { writeJsonArray } from '../../src/report/stream.js';
import { RULES } from '../../src/rules/index.js';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import type { Finding } from '../../src/model/types.js';
import { readTree } from '../support/corpus.js';
import { schemaErrors } from '../support/sarif-validate.js';

const ROOT = path.resolve(__dirname, '..', '..');
const SETS: [string, { path: string; text: string }[]][] = [
  // fixtures/mapping holds charts and kustomizations, rendered before they are scanned.
  ['fixtures', readTree(path.join(ROOT, 'fixtures')).filter((f) => !f.path.startsWith('mapping/'))],
  ['the real corpus', readTree(path.resolve(ROOT, '..', 'shared', 'corpus', 'real'))],
];

const collect = (): { write: (c: string) => void; chunks: string[]; text: () => string } => {
  const chunks: string[] = [];
  return { write: (c) => chunks.push(c), chunks, text: () => chunks.join('') };
};

describe('streamed reports', () => {
  it.each(SETS)('SARIF of %s is byte-identical to the whole log stringified, indented and compact', (_, files) => {
    const r = lint(files);
    const options = { category: 'saguard', sources: new Map(files.map((f) => [f.path, f.text])), srcRootUri: 'file:///repo/' };
    const whole = renderSarif(r.findings, r.rules, options);
    expect(whole.runs[0]!.results!.length).toBeGreaterThan(10);
    expect(whole.runs[0]!.results!.length).toBeLessThanOrEqual(COMPACT_ABOVE_RESULTS);
    const auto = collect();
    const stats = writeSarif(r.findings, r.rules, options, auto.write);
    expect(auto.text()).toBe(JSON.stringify(whole, null, 2) + '\n');
    expect(stats).toEqual({ results: r.findings.length, left: [] });
    const compact = collect();
    writeSarif(r.findings, r.rules, options, compact.write, 'compact');
    expect(compact.text()).toBe(JSON.stringify(whole) + '\n');
  });

  it.each(SETS)('JSON of %s is byte-identical to the whole report stringified, indented and compact', (_, files) => {
    const { findings } = lint(files);
    const auto = collect();
    writeJson(findings, auto.write);
    expect(auto.text()).toBe(renderJson(findings));
    const compact = collect();
    writeJson(findings, compact.write, 'compact');
    expect(compact.text()).toBe(JSON.stringify(JSON.parse(renderJson(findings))) + '\n');
  });

  it('an empty log is the same either way', () => {
    const a = collect();
    writeSarif([], RULES, { category: 'c', sources: new Map() }, a.write);
    expect(a.text()).toBe(JSON.stringify(renderSarif([], RULES, { category: 'c', sources: new Map() }), null, 2) + '\n');
    const b = collect();
    writeJson([], b.write);
    expect(b.text()).toBe(renderJson([]));
  });

  it('writes a large array in pieces of about a megabyte, never the whole text at once', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => ({ n: i, text: `item ${i} with "quotes" and a\nline break` }));
    const root = { head: 1, items: [] as unknown[], tail: 'end' };
    for (const pretty of [true, false]) {
      const out = collect();
      writeJsonArray(root, root as unknown as Record<string, unknown>, 'items', items, (x) => x, pretty, out.write);
      const text = out.text();
      expect(text.length).toBeGreaterThan(8 << 20);
      expect(Math.max(...out.chunks.map((c) => c.length))).toBeLessThan((1 << 20) + 1000);
      expect(text).toBe(JSON.stringify({ head: 1, items, tail: 'end' }, null, pretty ? 2 : undefined) + '\n');
    }
  });
});

describe('the results cap', () => {
  const files = SETS[0]![1];
  const r = lint(files);
  const sources = new Map(files.map((f) => [f.path, f.text]));
  const rank = (f: Finding): number => ({ error: 0, warning: 1, note: 2 })[f.level];

  it('keeps the most severe results, in order, and counts the rest in the log', () => {
    const levels = new Set(r.findings.map((f) => f.level));
    expect(levels.size).toBe(3);
    const max = r.findings.filter((f) => f.level === 'error').length + 3;
    const { kept, left } = capFindings(r.findings, r.rules, max);
    expect(kept).toHaveLength(max);
    expect(kept.length + left.length).toBe(r.findings.length);
    // Every error is in, and nothing kept is less severe than anything left out.
    expect(kept.filter((f) => f.level === 'error')).toHaveLength(max - 3);
    expect(Math.max(...kept.map(rank))).toBeLessThanOrEqual(Math.min(...left.map(rank)));
    // Within a level, the rule's security-severity decides.
    const sev = (f: Finding): number => Number(RULES.find((x) => x.id === f.ruleId)!.meta.securitySeverity) || 0;
    const keptWarnings = kept.filter((f) => f.level === 'warning');
    const leftWarnings = left.filter((f) => f.level === 'warning');
    expect(Math.min(...keptWarnings.map(sev))).toBeGreaterThanOrEqual(Math.max(...leftWarnings.map(sev)));
    // Kept in the findings' own order.
    expect(kept).toEqual(r.findings.filter((f) => kept.includes(f)));

    const out = collect();
    const stats = writeSarif(r.findings, r.rules, { category: 'c', sources, maxResults: max }, out.write);
    const log = JSON.parse(out.text());
    const run = log.runs[0];
    expect(run.results).toHaveLength(max);
    expect(run.results.map((x: { ruleId: string }) => x.ruleId)).toEqual(kept.map((f) => f.ruleId));
    expect(run.properties).toEqual({ resultsLeftOut: left.length, resultsLeftOutByLevel: countLevels(left) });
    expect(schemaErrors(log)).toEqual([]);
    const note = run.invocations[0].toolExecutionNotifications[0].message.text;
    expect(note).toContain(`holds the ${max} most severe of ${r.findings.length} findings`);
    expect(note).toMatch(/left out: \d+ warnings?, \d+ notes?$/);
    expect(stats.left).toEqual(left);
  });

  it(`is GitHub's ${GITHUB_MAX_RESULTS} by default and leaves a log under it untouched`, () => {
    expect(capFindings(r.findings, r.rules).left).toEqual([]);
    const log = renderSarif(r.findings, r.rules, { category: 'c', sources });
    expect(log.runs[0]!.invocations).toBeUndefined();
    expect(log.runs[0]!.properties).toBeUndefined();
  });

  it('the CLI says what the SARIF log left out, in the text output, on stderr and in the Markdown summary', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-cap-'));
    const run = async (...argv: string[]): Promise<{ code: number; out: string; err: string }> => {
      let out = '';
      let err = '';
      const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd: ROOT, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
      const dirs = fs.readdirSync(path.join(ROOT, 'fixtures')).filter((d) => d !== 'mapping').map((d) => `fixtures/${d}`);
      const code = await main(['scan', ...dirs, '--fail-on', 'none', ...argv], io);
      return { code, out, err };
    };
    const sarif = path.join(dir, 'out.sarif');
    const text = await run('--max-results', '5', '--output', `sarif=${sarif}`);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(new RegExp(`note: the SARIF log holds the 5 most severe of ${r.findings.length} findings \\(at most 5 results were asked for\\); left out: \\d+ errors?`));
    expect(JSON.parse(fs.readFileSync(sarif, 'utf8')).runs[0].results).toHaveLength(5);
    const onStdout = await run('--max-results', '5', '--format', 'sarif');
    expect(JSON.parse(onStdout.out).runs[0].results).toHaveLength(5);
    expect(onStdout.err).toContain('saguard: the SARIF log holds the 5 most severe');
    const md = await run('--max-results', '5', '--format', 'markdown', '--output', `sarif=${sarif}`);
    expect(md.out).toContain('the SARIF log holds the 5 most severe');
    const plain = await run('--output', `sarif=${sarif}`);
    expect(plain.out).not.toContain('SARIF log holds');
    expect((await run('--max-results', '0')).code).toBe(2);
    expect((await run('--max-results', '25001')).code).toBe(2);
  });
});
