/**
 * `helm template`, and the way back from rendered documents to the templates. Each document's
 * `# Source: CHART/templates/x.yaml` names its template file (used only when it resolves to a file
 * inside the chart); the rendered document is aligned with that template's lines
 * (`HelmTemplate.align`), so a finding lands on the template line that wrote its node, on the
 * `define` an `include` of that line pulled in, else on the nearest parent key written in the
 * template, else on the template document's first line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { JsonPath, Location } from '../../model/types.js';
import { loadSources, type K8sObject } from '../../load/load.js';
import { splitDocuments } from '../../load/split.js';
import { LineIndex, lastAtMost } from '../../load/lines.js';
import { HelmTemplate, locateInDefine } from '../../load/template-map.js';
import { displayPath } from '../files.js';
import { RenderError, run } from './exec.js';
import { remapper, type Placement, type Rendered } from './remap.js';
import { readText } from './kustomization-file.js';
import { MAX_FILE_BYTES } from '../read.js';

export interface HelmOptions {
  cwd: string;
  root: string;
  release?: string;
  namespace?: string;
  values: readonly string[];
  set: readonly string[];
}


const isInside = (child: string, parent: string): boolean => {
  const r = path.relative(parent, child);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
};

/** A file of the chart, by its real path: only regular files inside the chart's real directory. */
function chartFile(chartReal: string, rel: string): string | undefined {
  const abs = path.resolve(chartReal, rel);
  if (!isInside(abs, chartReal)) return undefined;
  try {
    const real = fs.realpathSync(abs);
    if (!isInside(real, chartReal) || !fs.statSync(real).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

/** A release name Helm accepts (lower-case DNS label, at most 53 characters) made from the chart's folder. */
export function releaseName(dir: string): string {
  const n = path
    .basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 53)
    .replace(/-+$/, '');
  return n === '' ? 'release' : n;
}

interface Define {
  file: string;
  template: HelmTemplate;
  from: number;
  to: number;
}

export async function renderHelm(chart: string, opts: HelmOptions): Promise<Rendered> {
  const abs = path.resolve(opts.cwd, chart);
  const rel = path.resolve(abs) === path.resolve(opts.root) ? '.' : displayPath(abs, opts.root, opts.cwd);
  if (!fs.existsSync(path.join(abs, 'Chart.yaml'))) throw new RenderError(`cannot render Helm chart ${chart}: no Chart.yaml in it`);
  const chartReal = fs.realpathSync(abs);
  const release = opts.release ?? releaseName(abs);
  const args = ['template', release, abs];
  if (opts.namespace) args.push('--namespace', opts.namespace);
  for (const v of opts.values) args.push('--values', path.resolve(opts.cwd, v));
  for (const s of opts.set) args.push('--set', s);
  const { stdout: text } = await run('helm', args, { cwd: opts.cwd, what: `Helm chart ${rel}`, maxBytes: MAX_FILE_BYTES });
  const renderer = `helm template ${rel}`;
  const files = new Map<string, string>();
  const shown = (real: string): string => displayPath(real, opts.root, opts.cwd);
  const read = (real: string): string => {
    const key = shown(real);
    let t = files.get(key);
    if (t === undefined) {
      t = readText(real) ?? '';
      files.set(key, t);
    }
    return t;
  };

  // The rendered documents, and the template file each came from.
  const lines = new LineIndex(text);
  const segments = splitDocuments(text);
  const segmentLines = segments.map((s) => lines.position(s.start).line);
  const sources: (string | undefined)[] = [];
  segments.forEach((s, i) => {
    // A loop body that ends with `---` leaves the next document's `# Source:` alone before it.
    const prev = segments[i - 1];
    const inherited = !s.helmSource && prev?.helmSource && /^\s*(---[^\n]*\n)?\s*#[^\n]*\s*$/.test(prev.text) ? prev.helmSource : undefined;
    sources.push(s.helmSource ?? inherited);
  });
  const objects = loadSources([{ path: renderer, text }], { namespace: opts.namespace ?? 'default' }).objects;
  const templates = new Map<string, HelmTemplate>();
  const templateOf = (real: string): HelmTemplate => {
    let t = templates.get(real);
    if (!t) {
      t = new HelmTemplate(read(real));
      templates.set(real, t);
    }
    return t;
  };
  /** `CHART/templates/x.yaml` or `CHART/charts/SUB/templates/x.yaml`: relative to the chart directory. */
  const templateFile = (source: string): string | undefined => {
    const inChart = source.split('/').slice(1).join('/');
    return inChart ? chartFile(chartReal, inChart) : undefined;
  };

  let defineIndex: Map<string, Define> | undefined;
  const defines = (): Map<string, Define> => {
    if (defineIndex) return defineIndex;
    defineIndex = new Map();
    const walk = (dir: string, inTemplates: boolean, depth: number): void => {
      if (depth > 12) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
      } catch {
        return;
      }
      for (const e of entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p, inTemplates || e.name === 'templates', depth + 1);
        else if (e.isFile() && inTemplates && /\.(tpl|ya?ml|txt)$/.test(e.name)) {
          const t = templateOf(p);
          for (const [name, r] of t.defines) if (!defineIndex!.has(name)) defineIndex!.set(name, { file: p, template: t, ...r });
        }
      }
    };
    walk(chartReal, false, 0);
    return defineIndex;
  };

  const alignments = new Map<number, (number | undefined)[]>();
  /** The template line that wrote each line of a rendered document (by document index). */
  const alignment = (d: number, t: HelmTemplate): { first: number; lines: (number | undefined)[] } => {
    const s = segments[d]!;
    const first = segmentLines[d]!;
    let a = alignments.get(d);
    if (!a) {
      const docLines = s.text.split('\n').map((l) => l.replace(/\r$/, ''));
      // The `---` marker and Helm's `# Source:` comment are not the template's.
      const own = docLines.map((l) => (/^---(\s|$)/.test(l) || /^#\s*Source:/.test(l) ? '' : l));
      a = t.align(own);
      alignments.set(d, a);
    }
    return { first, lines: a };
  };
  const documentAt = (line: number): number => lastAtMost(segmentLines, line);
  const region = (file: string, line: number, start: number, end: number): Location => ({
    file: shown(file),
    region: { startLine: line + 1, startColumn: start + 1, endLine: line + 1, endColumn: Math.max(start + 2, end + 1) },
  });

  /** A relative path in the defines included at a template line: the deepest hit, following includes in defines. */
  const inDefines = (t: HelmTemplate, line: number, rel: JsonPath, renderedText: string | undefined, column: number, rendered: string, depth = 0): { loc: Location; depth: number } | undefined => {
    let best: { loc: Location; depth: number } | undefined;
    for (const name of t.includesUnder(line)) {
      const d = defines().get(name);
      if (!d) continue;
      const hit = locateInDefine(d.template, d.from, d.to, rel, renderedText);
      if (!hit) continue;
      let found: { loc: Location; depth: number };
      if (hit.depth === rel.length) {
        // The same spot: by the line's text, else as far from the key as in the rendered line (toYaml drops comments).
        const keyCol = rendered.length - rendered.trimStart().length;
        const lineText = d.template.lines[hit.line]!.text;
        const off = hit.start + (column - keyCol);
        const cols = d.template.lines[hit.line]!.loose!.test(rendered.trim())
          ? d.template.columns(hit.line, rendered, column, true)
          : column > keyCol && off < lineText.trimEnd().length
            ? { start: off, end: off + 1 }
            : { start: hit.start, end: hit.end };
        found = { loc: region(d.file, hit.line, cols.start, cols.end), depth: hit.depth };
      } else {
        found = { loc: region(d.file, hit.line, hit.start, hit.end), depth: hit.depth };
        if (depth < 4) {
          const deeper = inDefines(d.template, hit.line, rel.slice(hit.depth), renderedText, column, rendered, depth + 1);
          if (deeper) found = { loc: deeper.loc, depth: hit.depth + deeper.depth };
        }
      }
      if (!best || found.depth > best.depth) best = found;
    }
    return best;
  };

  const place = (line: number, column: number, jsonPath: JsonPath | undefined): Placement | undefined => {
    const d = documentAt(line);
    const source = sources[d];
    const file = source ? templateFile(source) : undefined;
    if (!file) return undefined;
    const t = templateOf(file);
    const { first, lines: aligned } = alignment(d, t);
    const firstLine = (): Placement => {
      const at = aligned.find((x) => x !== undefined) ?? t.lines.find((l) => l.kind === 'literal')?.index ?? 0;
      const l = t.lines[at]!;
      return { location: region(file, at, l.text.length - l.text.trimStart().length, l.text.trimEnd().length), mapping: 'document' };
    };
    const renderedText = (l: number): string => lines.lineText(l);
    const exactAt = (l: number, col: number): Location | undefined => {
      const tl = aligned[l - first];
      if (tl === undefined) return undefined;
      const cols = t.columns(tl, renderedText(l), col - 1);
      return region(file, tl, cols.start, cols.end);
    };
    if (jsonPath === undefined) return exactAt(line, column) ? { location: exactAt(line, column)!, mapping: 'exact' } : firstLine();
    const obj: K8sObject | undefined = objects.find((o) => o.document.offset === segments[d]!.start) ?? undefined;
    if (!obj) return exactAt(line, column) ? { location: exactAt(line, column)!, mapping: 'exact' } : firstLine();
    const own = exactAt(line, column);
    if (own) return { location: own, mapping: 'exact' };
    // The nearest parent written in the template; what an include on its line wrote, in the define.
    for (let k = jsonPath.length - 1; k > 0; k--) {
      const prefix = [...obj.basePath, ...jsonPath.slice(0, k)];
      const key = obj.document.locateKey(prefix);
      const tl = aligned[key.startLine - first];
      if (tl === undefined) continue;
      const inc = inDefines(t, tl, jsonPath.slice(k), renderedText(line), column - 1, renderedText(line));
      if (inc) {
        const depth = k + inc.depth;
        return depth === jsonPath.length ? { location: inc.loc, mapping: 'exact' } : { location: inc.loc, mapping: 'parent', path: jsonPath.slice(0, depth) };
      }
      const cols = t.columns(tl, renderedText(key.startLine), key.startColumn - 1);
      return { location: region(file, tl, cols.start, cols.end), mapping: 'parent', path: jsonPath.slice(0, k) };
    }
    return firstLine();
  };
  const chartYaml = path.join(chartReal, 'Chart.yaml');
  read(chartYaml);
  const remap = remapper(renderer, renderer, place, { file: shown(chartYaml), region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } });
  return { source: { path: renderer, text }, remap, files };
}
