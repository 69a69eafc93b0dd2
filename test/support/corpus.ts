import fs from 'node:fs';
import path from 'node:path';

/** Every manifest under a directory, with paths relative to it, in a stable order. */
export function readTree(root: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push({ path: path.relative(root, p).split(path.sep).join('/'), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

/** The files of shared/data/kubernetes-bootstrap, by name. */
export function bootstrapTexts(): Record<string, string> {
  const dir = path.resolve(__dirname, '..', '..', '..', 'shared', 'data', 'kubernetes-bootstrap');
  return Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}
