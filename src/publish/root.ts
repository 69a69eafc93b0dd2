import fs from 'node:fs';
import path from 'node:path';

/** The repository root above `dir` (the folder holding `.git`), or `dir` itself. */
export function findRepoRoot(dir: string): string {
  let d = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return path.resolve(dir);
    d = up;
  }
}
