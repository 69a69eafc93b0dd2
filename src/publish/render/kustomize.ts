/**
 * `kustomize build` with origin annotations, and the way back from rendered objects to the files
 * authors edit: the resource file named by `config.kubernetes.io/origin`, or the patch that sets
 * the field (strategic-merge or JSON 6902, in a file or inline in kustomization.yaml).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { Finding, JsonPath, Location, ObjectRef } from '../../model/types.js';
import type { SourceFile } from '../../load/load.js';
import { loadSources } from '../../load/load.js';
import { findSourceObject, locateInJsonPatch, locateInObject } from '../../load/sourcemap.js';
import { displayPath } from '../files.js';
import { available, RenderError, run } from './exec.js';
import { remapper } from './remap.js';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

interface Patch {
  /** File the patch text is in (kustomization.yaml for inline patches). */
  file: string;
  text: string;
  /** Line of the patch text's first line in `file`, minus one (0 for a patch file). */
  lineOffset: number;
  /** Indentation the block scalar of an inline patch removed. */
  columnOffset?: number;
  target: { kind?: string; name?: string } | undefined;
}

export interface Rendered {
  /** The rendered manifests, under a path that names the kustomization. */
  source: SourceFile;
  /** Moves findings on the rendered manifests to the files that produced them. */
  remap(f: Finding): Finding;
  /** Texts of the source files findings may move to, by reported path. */
  files: Map<string, string>;
}

function kustomizationFile(dir: string): string | undefined {
  for (const f of KUSTOMIZATION_FILES) if (fs.existsSync(path.join(dir, f))) return path.join(dir, f);
  return undefined;
}

/** Patches of a kustomization and of the local kustomizations it builds on, outermost first. */
function collectPatches(dir: string, seen = new Set<string>()): Patch[] {
  const real = fs.realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const kfile = kustomizationFile(dir);
  if (!kfile) return [];
  const ktext = fs.readFileSync(kfile, 'utf8');
  let k: Record<string, unknown>;
  try {
    k = (parse(ktext) as Record<string, unknown>) ?? {};
  } catch {
    return [];
  }
  const out: Patch[] = [];
  const klines = ktext.split('\n');
  /** Where an inline patch (a block scalar) starts in kustomization.yaml: its first line, and the indentation removed. */
  const inline = (patchText: string): { lineOffset: number; columnOffset: number } => {
    const first = patchText.split('\n')[0] ?? '';
    const idx = first.trim() === '' ? -1 : klines.findIndex((l) => l.trim() === first.trim());
    if (idx === -1) return { lineOffset: 0, columnOffset: 0 };
    return { lineOffset: idx, columnOffset: klines[idx]!.length - klines[idx]!.trimStart().length - (first.length - first.trimStart().length) };
  };
  const add = (entry: unknown): void => {
    if (typeof entry === 'string') {
      if (entry.includes('\n')) out.push({ file: kfile, text: entry, ...inline(entry), target: undefined });
      else if (fs.existsSync(path.join(dir, entry))) out.push({ file: path.join(dir, entry), text: fs.readFileSync(path.join(dir, entry), 'utf8'), lineOffset: 0, target: undefined });
      return;
    }
    if (typeof entry !== 'object' || entry === null) return;
    const e = entry as Record<string, unknown>;
    const target = typeof e.target === 'object' && e.target !== null ? (e.target as { kind?: string; name?: string }) : undefined;
    if (typeof e.path === 'string' && fs.existsSync(path.join(dir, e.path))) {
      out.push({ file: path.join(dir, e.path), text: fs.readFileSync(path.join(dir, e.path), 'utf8'), lineOffset: 0, target });
    } else if (typeof e.patch === 'string') out.push({ file: kfile, text: e.patch, ...inline(e.patch), target });
  };
  for (const key of ['patches', 'patchesStrategicMerge', 'patchesJson6902']) {
    const list = k[key];
    if (Array.isArray(list)) list.forEach(add);
  }
  const nested: Patch[] = [];
  for (const key of ['resources', 'bases', 'components']) {
    const list = k[key];
    if (!Array.isArray(list)) continue;
    for (const r of list) {
      if (typeof r !== 'string') continue;
      const p = path.join(dir, r);
      if (fs.existsSync(p) && fs.statSync(p).isDirectory()) nested.push(...collectPatches(p, seen));
    }
  }
  // Patches of this kustomization are applied after those of what it builds on: they win.
  return [...out.reverse(), ...nested];
}

function patchApplies(p: Patch, kind: string, renderedName: string, doc: { kind?: unknown; name?: unknown } | undefined): boolean {
  const nameOk = (n: unknown): boolean => typeof n === 'string' && (n === renderedName || renderedName.includes(n));
  if (p.target) return (p.target.kind === undefined || p.target.kind === kind) && (p.target.name === undefined || nameOk(p.target.name));
  return doc !== undefined && doc.kind === kind && nameOk(doc.name);
}

/** Removes the origin annotations kustomize adds, so that the analysis sees the manifests as written. */
export function stripOrigins(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)config\.kubernetes\.io\/origin:\s*\|?\s*$/.exec(lines[i]!);
    if (!m) {
      out.push(lines[i]!);
      continue;
    }
    const indent = m[1]!.length;
    while (i + 1 < lines.length && (lines[i + 1]!.trim() === '' || /^\s*/.exec(lines[i + 1]!)![0].length > indent)) i++;
  }
  return out.join('\n');
}

export async function renderKustomize(dir: string, opts: { cwd: string; root: string }): Promise<Rendered> {
  const abs = path.resolve(opts.cwd, dir);
  const rel = displayPath(abs, opts.root, opts.cwd);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) throw new RenderError(`cannot render kustomization ${dir}: no such directory`);
  if (!kustomizationFile(abs)) throw new RenderError(`cannot render kustomization ${dir}: no kustomization.yaml in it`);
  const wrapper = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-kustomize-'));
  let text: string;
  try {
    fs.writeFileSync(
      path.join(wrapper, 'kustomization.yaml'),
      `# Written by saguard: builds ${rel} with origin annotations.\nresources:\n  - ${JSON.stringify(path.relative(wrapper, abs))}\nbuildMetadata: [originAnnotations]\n`,
    );
    // Plugins and exec functions stay disabled: neither --enable-alpha-plugins nor --enable-exec is passed.
    const useKustomize = await hasKustomize();
    const out = useKustomize
      ? await run('kustomize', ['build', wrapper], { cwd: opts.cwd, what: `kustomization ${rel}` })
      : await run('kubectl', ['kustomize', wrapper], { cwd: opts.cwd, what: `kustomization ${rel}` });
    text = out.stdout;
  } finally {
    fs.rmSync(wrapper, { recursive: true, force: true });
  }

  // Where each rendered object came from.
  const origins = new Map<string, string>();
  for (const o of loadSources([{ path: 'rendered.yaml', text }], { namespace: 'default' }).objects) {
    const ann = (o.value.metadata as { annotations?: Record<string, unknown> } | undefined)?.annotations?.[ORIGIN_ANNOTATION];
    if (typeof ann !== 'string') continue;
    let originPath: unknown;
    try {
      originPath = (parse(ann) as { path?: unknown } | null)?.path;
    } catch {
      continue;
    }
    if (typeof originPath !== 'string' || /^[a-z]+:\/\//.test(originPath)) continue; // remote resources stay on the rendered output
    origins.set(`${o.ref.group}/${o.ref.kind}/${o.ref.namespace ?? ''}/${o.ref.name}`, path.resolve(wrapper, originPath));
  }
  const patches = collectPatches(abs);
  const files = new Map<string, string>();
  const read = (file: string): string | undefined => {
    const shown = displayPath(file, opts.root, opts.cwd);
    if (!files.has(shown)) {
      try {
        files.set(shown, fs.readFileSync(file, 'utf8'));
      } catch {
        return undefined;
      }
    }
    return files.get(shown);
  };
  for (const p of patches) files.set(displayPath(p.file, opts.root, opts.cwd), p.file.endsWith('kustomization.yaml') || p.file.endsWith('kustomization.yml') ? fs.readFileSync(p.file, 'utf8') : p.text);

  const virtual = `${rel}/kustomize-build.yaml`;
  /** Where a node of a rendered object comes from: the patch that sets it, else its resource file. */
  const locate = (ref: ObjectRef, jsonPath: JsonPath): Location | undefined => {
    const { kind, name } = ref;
    for (const p of patches) {
      const shown = displayPath(p.file, opts.root, opts.cwd);
      let parsed: unknown;
      try {
        parsed = parse(p.text);
      } catch {
        continue;
      }
      if (Array.isArray(parsed)) {
        // A JSON 6902 patch: a list of operations.
        if (!patchApplies(p, kind, name, undefined)) continue;
        const region = locateInJsonPatch(p.text, jsonPath, p.lineOffset);
        if (region) return { file: shown, region: shiftColumns(region, p.columnOffset ?? 0) };
        continue;
      }
      const obj = findSourceObject(shown, p.text, kind, name);
      if (!obj || !patchApplies(p, kind, name, { kind: obj.ref.kind, name: obj.ref.name })) continue;
      if (jsonPath.length === 0 || !obj.document.has([...obj.basePath, ...jsonPath])) continue;
      const loc = locateInObject(obj, jsonPath);
      return { file: shown, region: shiftColumns({ ...loc.region, startLine: loc.region.startLine + p.lineOffset, endLine: loc.region.endLine + p.lineOffset }, p.columnOffset ?? 0) };
    }
    const origin = origins.get(`${ref.group}/${kind}/${ref.namespace ?? ''}/${name}`);
    if (!origin) return undefined;
    const shown = displayPath(origin, opts.root, opts.cwd);
    const src = read(origin);
    if (src === undefined) return undefined;
    const obj = findSourceObject(shown, src, kind, name);
    if (!obj) return { file: shown, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } };
    return { file: shown, region: locateInObject(obj, jsonPath).region };
  };
  const remap = remapper(virtual, `rendered by kustomize build ${rel}`, locate);
  return { source: { path: virtual, text: stripOrigins(text) }, remap, files };
}

const shiftColumns = (r: Location['region'], by: number): Location['region'] => (by === 0 ? r : { ...r, startColumn: r.startColumn + by, endColumn: r.endColumn + by });

let kustomizeOnPath: Promise<boolean> | undefined;
/** Whether a standalone `kustomize` is on PATH (asked once). */
const hasKustomize = (): Promise<boolean> => (kustomizeOnPath ??= available('kustomize'));
