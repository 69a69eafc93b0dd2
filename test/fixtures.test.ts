/**
 * Realistic manifests whose offending lines carry `# expect: <rule-id>[, <rule-id>]`: the set of
 * (rule, line) saguard reports for each file must be exactly the set the markers state (findings
 * suppressed by `saguard.dev/ignore` are not reported, so no marker states them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { expectedMarkers, fixtureFiles, FIXTURES } from './support/fixtures.js';

describe('fixtures with # expect markers', () => {
  const files = fixtureFiles();
  it('exist', () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s', (_, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(path.dirname(FIXTURES), file).split(path.sep).join('/');
    // Suppressed findings are not reported: no marker expects them.
    const got = lint([{ path: rel, text }]).findings.filter((f) => !f.suppression).map((f) => `${f.ruleId}:${f.location.region.startLine}`).sort();
    expect(got).toEqual(expectedMarkers(text));
  });
});
