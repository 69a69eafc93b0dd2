/**
 * What a kustomization file says about the files beside it, for directory scans: the files it
 * lists as resources are complete manifests; the patches it names are partial objects. A folder is
 * a kustomization only when its `kustomization.yaml` (or `Kustomization`) is one: a mapping with
 * kustomization fields. An empty file or some other YAML under that name is not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readRegular, toBytes } from '../read.js';

/**
 * The text of a file of the repository through the reading guard (a regular file, read up to the
 * size cap: a kustomization.yaml that is a FIFO or a link to /dev/zero is not one), or undefined.
 */
export function readText(file: string): string | undefined {
  try {
    const r = readRegular(toBytes(fs.realpathSync(file)));
    return r.kind === 'text' ? r.text : undefined;
  } catch {
    return undefined;
  }
}

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

const FIELDS = new Set([
  'resources',
  'bases',
  'components',
  'patches',
  'patchesStrategicMerge',
  'patchesJson6902',
  'namePrefix',
  'nameSuffix',
  'namespace',
  'commonLabels',
  'labels',
  'commonAnnotations',
  'configMapGenerator',
  'secretGenerator',
  'generatorOptions',
  'generators',
  'transformers',
  'validators',
  'images',
  'replicas',
  'replacements',
  'crds',
  'configurations',
  'openapi',
  'helmCharts',
  'helmGlobals',
  'vars',
  'buildMetadata',
  'sortOptions',
]);

export interface KustomizationFile {
  file: string;
  /** Absolute paths of the files it lists under `resources:` (complete manifests). */
  resources: Set<string>;
  /** Absolute paths of its patch files (partial objects) and configuration files. */
  inputs: Set<string>;
}

/** The kustomization of a folder, if its kustomization file is one. */
export function readKustomization(dir: string): KustomizationFile | undefined {
  for (const name of KUSTOMIZATION_NAMES) {
    const file = path.join(dir, name);
    const text = readText(file);
    if (text === undefined) continue;
    let k: unknown;
    try {
      k = parse(text, { maxAliasCount: 100 });
    } catch {
      // A kustomization kustomize cannot read is still one when it says so.
      return /^(kind:\s*(Kustomization|Component)|apiVersion:\s*kustomize\.config\.k8s\.io)/m.test(text)
        ? { file, resources: new Set(), inputs: new Set() }
        : undefined;
    }
    if (typeof k !== 'object' || k === null || Array.isArray(k)) continue;
    const o = k as Record<string, unknown>;
    const says = o.kind === 'Kustomization' || o.kind === 'Component' || (typeof o.apiVersion === 'string' && o.apiVersion.startsWith('kustomize.config.k8s.io/'));
    if (!says && !Object.keys(o).some((key) => FIELDS.has(key))) continue;
    const resources = new Set<string>();
    const inputs = new Set<string>();
    const list = (key: string): unknown[] => (Array.isArray(o[key]) ? (o[key] as unknown[]) : []);
    for (const r of list('resources')) if (typeof r === 'string') resources.add(path.resolve(dir, r));
    for (const key of ['patchesStrategicMerge', 'configurations', 'generators', 'transformers', 'validators', 'crds']) {
      for (const r of list(key)) if (typeof r === 'string' && !r.includes('\n')) inputs.add(path.resolve(dir, r));
    }
    for (const key of ['patches', 'patchesJson6902']) {
      for (const r of list(key)) {
        if (typeof r === 'object' && r !== null && typeof (r as { path?: unknown }).path === 'string') inputs.add(path.resolve(dir, (r as { path: string }).path));
      }
    }
    // CRDs listed under `crds:` are complete objects, but kustomize only reads them for their schemas.
    return { file, resources, inputs };
  }
  return undefined;
}
