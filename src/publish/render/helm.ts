/**
 * `helm template`, and the way back from rendered documents to the templates: each document's
 * `# Source: CHART/templates/x.yaml` names the template; the finding goes to the line of the
 * same key path there, else the nearest parent key written in the template, else the template
 * document's first line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { JsonPath, Location, ObjectRef } from '../../model/types.js';
import { loadSources } from '../../load/load.js';
import { locateInTemplate } from '../../load/template-map.js';
import { displayPath } from '../files.js';
import { RenderError, run } from './exec.js';
import { remapper } from './remap.js';
import type { Rendered } from './kustomize.js';

export interface HelmOptions {
  cwd: string;
  root: string;
  release?: string;
  namespace?: string;
  values: readonly string[];
  set: readonly string[];
}

export async function renderHelm(chart: string, opts: HelmOptions): Promise<Rendered> {
  const abs = path.resolve(opts.cwd, chart);
  const rel = displayPath(abs, opts.root, opts.cwd);
  if (!fs.existsSync(path.join(abs, 'Chart.yaml'))) throw new RenderError(`cannot render Helm chart ${chart}: no Chart.yaml in it`);
  const release = opts.release ?? path.basename(abs);
  const args = ['template', release, abs];
  if (opts.namespace) args.push('--namespace', opts.namespace);
  for (const v of opts.values) args.push('--values', path.resolve(opts.cwd, v));
  for (const s of opts.set) args.push('--set', s);
  const { stdout: text } = await run('helm', args, { cwd: opts.cwd, what: `Helm chart ${rel}` });

  // Which template each rendered object came from.
  const sources = new Map<string, string>();
  const key = (r: ObjectRef): string => `${r.group}/${r.kind}/${r.namespace ?? ''}/${r.name}`;
  const virtual = `${rel}/helm-template.yaml`;
  for (const o of loadSources([{ path: virtual, text }], { namespace: opts.namespace ?? 'default' }).objects) {
    const src = o.document.helmSource;
    if (src) sources.set(key(o.ref), src);
  }
  const files = new Map<string, string>();
  const templateFile = (source: string): string | undefined => {
    // `CHART/templates/x.yaml` or `CHART/charts/SUB/templates/x.yaml`: relative to the chart directory.
    const inChart = source.split('/').slice(1).join('/');
    const file = path.join(abs, inChart);
    if (!inChart || !fs.existsSync(file)) return undefined;
    return file;
  };
  const locate = (ref: ObjectRef, jsonPath: JsonPath): Location | undefined => {
    const source = sources.get(key(ref));
    if (!source) return undefined;
    const file = templateFile(source);
    if (!file) return undefined;
    const shown = displayPath(file, opts.root, opts.cwd);
    let text = files.get(shown);
    if (text === undefined) {
      text = fs.readFileSync(file, 'utf8');
      files.set(shown, text);
    }
    return { file: shown, region: locateInTemplate(text, ref.kind, jsonPath).region };
  };
  const remap = remapper(virtual, `rendered by helm template ${rel}`, locate);
  return { source: { path: virtual, text }, remap, files };
}
