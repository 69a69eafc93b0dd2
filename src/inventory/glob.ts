/** Globs in the configuration (`knownServiceAccounts`, `ignore:`, `paths.exclude`), matched with glob's own matcher. */
import { Minimatch } from 'minimatch';

const GLOB_OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;
const compiled = new Map<string, Minimatch>();

/**
 * Whether `value` matches `glob`, as `glob` (the file walker) matches paths: `*` within a part
 * between slashes, `**` across parts, `?`, `[...]` and `{a,b}`. Dotfiles are not special.
 * Patterns are compiled once (configurations hold a few, checked against every finding or file).
 */
export function matchesGlob(glob: string, value: string): boolean {
  let m = compiled.get(glob);
  if (!m) {
    m = new Minimatch(glob, GLOB_OPTIONS);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(glob, m);
  }
  return m.match(value);
}
