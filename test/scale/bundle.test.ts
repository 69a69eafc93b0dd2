/** The bundles run the yaml parser without its per-token debug switches (a process.env read per token). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

describe('bundles', () => {
  it.each(['dist/index.js', 'dist/cli/index.js'])('%s reads no LOG_TOKENS or LOG_STREAM from the environment', (file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    expect(text).not.toMatch(/LOG_TOKENS|LOG_STREAM/);
    // The parser itself is in the bundle (the check above would pass without it).
    expect(text).toContain('Composer');
  });
});
