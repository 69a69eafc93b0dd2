/** The bundles run the yaml parser without its per-token debug switches (a process.env read per token). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

describe('bundles', () => {
  // A bundle is its entry and the chunks it loads with import() (the CLI loads the scan pipeline lazily).
  it.each(['dist', 'dist/cli'])('%s reads no LOG_TOKENS or LOG_STREAM from the environment', (dir) => {
    const texts = fs
      .readdirSync(path.join(ROOT, dir))
      .filter((n) => n.endsWith('.js'))
      .map((n) => fs.readFileSync(path.join(ROOT, dir, n), 'utf8'));
    for (const text of texts) expect(text).not.toMatch(/LOG_TOKENS|LOG_STREAM/);
    // The parser itself is in the bundle (the check above would pass without it).
    expect(texts.some((t) => t.includes('Composer'))).toBe(true);
  });
});
