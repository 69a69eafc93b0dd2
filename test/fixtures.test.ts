/**
 * Realistic manifests whose offending lines carry `# expect: <rule-id>[, <rule-id>]`: the set of
 * (rule, line) saguard reports for each file must be exactly the set the markers state.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

export function fixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push(p);
    }
  };
  walk(FIXTURES);
  return out;
}

export function expectedMarkers(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /#\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/.exec(line);
    if (m) for (const id of m[1]!.split(',')) out.push(`${id.trim()}:${i + 1}`);
  });
  return out.sort();
}

describe('fixtures with # expect markers', () => {
  const files = fixtureFiles();
  it('exist', () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s', (_, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(path.dirname(FIXTURES), file).split(path.sep).join('/');
    const got = lint([{ path: rel, text }]).findings.map((f) => `${f.ruleId}:${f.location.region.startLine}`).sort();
    expect(got).toEqual(expectedMarkers(text));
  });
});
