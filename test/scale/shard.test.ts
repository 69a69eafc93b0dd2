/**
 * `scan --shard I/N` splits the files to report on, every shard reading everything; `merge-sarif`
 * joins the shards' logs into exactly the log of the unsharded scan.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import { parseShard, shardOf } from '../../src/analyze/shard.js';
import { mergeSarif } from '../../src/report/merge.js';
import { readInputs } from '../../src/publish/action/inputs.js';

const ROOT = path.resolve(__dirname, '..', '..');
const REAL = path.resolve(ROOT, '..', 'shared', 'corpus', 'real');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd: ROOT, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('--shard and merge-sarif', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-shard-'));

  it.each([
    ['fixtures', 'fixtures', 3],
    ['the real corpus', REAL, 4],
  ])('the merged shards of %s equal the unsharded SARIF, byte for byte', async (_, input, n) => {
    const whole = await cli('scan', input, '--format', 'sarif', '--fail-on', 'none');
    expect(whole.code).toBe(0);
    const results = JSON.parse(whole.out).runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    const files: string[] = [];
    const counts: number[] = [];
    for (let i = 1; i <= n; i++) {
      const file = path.join(dir, `${path.basename(input)}-${i}.sarif`);
      const shard = await cli('scan', input, '--shard', `${i}/${n}`, '--format', 'json', '--output', `sarif=${file}`, '--fail-on', 'none');
      expect(shard.code).toBe(0);
      expect(shard.err).toMatch(new RegExp(`shard ${i}/${n}: findings in \\d+ of \\d+ files`));
      const mine = JSON.parse(fs.readFileSync(file, 'utf8')).runs[0].results as typeof results;
      // Every result of a shard is in one of its files.
      for (const r of mine) expect(shardOf(decodeURI(r.locations[0]!.physicalLocation.artifactLocation.uri), n)).toBe(i);
      counts.push(mine.length);
      files.push(file);
    }
    // Each shard has a share, and together they have everything once.
    expect(counts.filter((c) => c > 0).length).toBeGreaterThan(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(results.length);
    const merged = await cli('merge-sarif', ...files.reverse());
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(whole.out);
    const out = path.join(dir, 'merged.sarif');
    expect((await cli('merge-sarif', ...files, '--output', out)).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(whole.out);
  });

  it('a shard is a function of the path alone', () => {
    expect(shardOf('teams/payments/api.yaml', 4)).toBe(shardOf('teams/payments/api.yaml', 4));
    const spread = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`ns-${i}/release.yaml`, 4)));
    expect([...spread].sort()).toEqual([1, 2, 3, 4]);
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '2', '1/1001', '-1/2']) expect(parseShard(bad), bad).toBeUndefined();
  });

  it('refuses bad shards, and logs that are not saguard logs of one version', async () => {
    const bad = await cli('scan', 'fixtures', '--shard', '5/4');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--shard takes I/N');
    const write = (name: string, v: unknown): string => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, typeof v === 'string' ? v : JSON.stringify(v));
      return f;
    };
    const good = path.join(dir, 'good.sarif');
    expect((await cli('scan', 'fixtures', '--output', `sarif=${good}`, '--fail-on', 'none')).code).toBe(0);
    const log = JSON.parse(fs.readFileSync(good, 'utf8'));
    const other = structuredClone(log);
    other.runs[0].tool.driver.name = 'kube-linter';
    const older = structuredClone(log);
    older.runs[0].tool.driver.version = '0.0.1';
    const cases: [string, string][] = [
      [write('notjson.sarif', '{'), 'is not JSON'],
      [write('notsarif.sarif', { hello: 1 }), 'is not a SARIF 2.1.0 log'],
      [write('other.sarif', other), 'was written by "kube-linter", not saguard'],
      [write('older.sarif', older), 'merge logs of one version'],
      [path.join(dir, 'missing.sarif'), 'cannot read'],
    ];
    for (const [file, message] of cases) {
      const r = await cli('merge-sarif', good, file);
      expect(r.code, file).toBe(2);
      expect(r.err).toContain(message);
    }
    expect((await cli('merge-sarif')).code).toBe(2);
  });

  it('applies the results cap again, counting what the shards left out', async () => {
    const a = path.join(dir, 'cap-1.sarif');
    const b = path.join(dir, 'cap-2.sarif');
    expect((await cli('scan', 'fixtures', '--shard', '1/2', '--max-results', '7', '--output', `sarif=${a}`, '--fail-on', 'none')).code).toBe(0);
    expect((await cli('scan', 'fixtures', '--shard', '2/2', '--output', `sarif=${b}`, '--fail-on', 'none')).code).toBe(0);
    const la = JSON.parse(fs.readFileSync(a, 'utf8'));
    const lb = JSON.parse(fs.readFileSync(b, 'utf8'));
    const leftA = la.runs[0].properties.resultsLeftOut as number;
    expect(leftA).toBeGreaterThan(0);
    const total = 7 + leftA + lb.runs[0].results.length;
    const merged = mergeSarif([{ name: 'a', log: la }, { name: 'b', log: lb }], { maxResults: 10, category: 'all' });
    expect(merged.results).toHaveLength(10);
    expect(merged.run.properties!.resultsLeftOut).toBe(total - 10);
    expect(merged.run.automationDetails!.id).toBe('all/');
    const rank = { error: 0, warning: 1, note: 2 } as Record<string, number>;
    const kept = Math.max(...merged.results.map((r) => rank[r.level!]!));
    const all = [...la.runs[0].results, ...lb.runs[0].results] as { level: string }[];
    expect(all.filter((r) => rank[r.level]! < kept).length).toBeLessThanOrEqual(10);
    const cliMerged = await cli('merge-sarif', a, b, '--max-results', '10');
    expect(cliMerged.err).toContain(`the SARIF log holds the 10 most severe of ${total} findings`);
  });

  it('the Action takes a shard input', () => {
    expect(readInputs({ INPUT_SHARD: '3/8' }).shard).toEqual({ index: 3, count: 8 });
    expect(readInputs({}).shard).toBeUndefined();
    expect(() => readInputs({ INPUT_SHARD: '9/8' })).toThrow(/input shard is "9\/8"; expected I\/N/);
  });
});
