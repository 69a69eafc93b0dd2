import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures');

/** Every fixture file, in a stable order (not the charts and kustomizations of fixtures/mapping, which are rendered first). */
export function fixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (p !== path.join(FIXTURES, 'mapping')) walk(p);
      } else if (/\.(ya?ml|json)$/.test(e.name)) out.push(p);
    }
  };
  walk(FIXTURES);
  return out;
}

/** `rule:line` for every `# expect: rule[, rule]` marker of a text, sorted. */
export function expectedMarkers(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /#\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/.exec(line);
    if (m) for (const id of m[1]!.split(',')) out.push(`${id.trim()}:${i + 1}`);
  });
  return out.sort();
}
