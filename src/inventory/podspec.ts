/** One helper for every workload kind: the pod spec, its containers, volumes and token settings. */
import type { JsonPath } from '../model/types.js';
import type { K8sObject } from '../load/load.js';
import { podTemplatePath } from '../load/kinds.js';
import type { FieldReader, JsonObject } from './fields.js';

export const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface PodSpecRef {
  object: K8sObject;
  /** Path of the pod template (`[]` for a Pod): holds `metadata` and `spec`. */
  templatePath: JsonPath;
  /** Path of the pod spec. */
  specPath: JsonPath;
  spec: JsonObject;
}

export interface VolumeMountInfo {
  path: JsonPath;
  name: string | undefined;
  mountPath: string | undefined;
}

export interface EnvInfo {
  path: JsonPath;
  name: string | undefined;
  value: string | undefined;
  /** The variable takes its value from a reference (`valueFrom`). */
  valueFrom: boolean;
  /** `valueFrom.secretKeyRef.name` and its path. */
  secretRef: { name: string; path: JsonPath } | undefined;
}

export interface EnvFromInfo {
  path: JsonPath;
  secretRef: { name: string; path: JsonPath } | undefined;
}

export interface ContainerInfo {
  path: JsonPath;
  name: string | undefined;
  list: 'containers' | 'initContainers' | 'ephemeralContainers';
  volumeMounts: VolumeMountInfo[];
  env: EnvInfo[];
  envFrom: EnvFromInfo[];
}

export interface ProjectedTokenInfo {
  /** Path of the `serviceAccountToken` source. */
  path: JsonPath;
  expirationSeconds: number | undefined;
  audience: string | undefined;
  file: string | undefined;
}

export interface VolumeInfo {
  path: JsonPath;
  name: string | undefined;
  /** `secret.secretName`, and projected `secret.name` sources. */
  secrets: { name: string; path: JsonPath }[];
  tokens: ProjectedTokenInfo[];
}

export interface PodInfo {
  ref: PodSpecRef;
  serviceAccountName: string | undefined;
  serviceAccount: string | undefined;
  automount: boolean | undefined;
  labels: Record<string, string>;
  containers: ContainerInfo[];
  volumes: VolumeInfo[];
}

export function podSpecOf(obj: K8sObject, reader: FieldReader): PodSpecRef | undefined {
  const templatePath = podTemplatePath(obj.ref.group, obj.ref.kind);
  if (!templatePath) return undefined;
  const specPath = [...templatePath, 'spec'];
  if (templatePath.length > 0 && !reader.map(obj, templatePath)) return undefined;
  const spec = reader.map(obj, specPath);
  if (!spec) return undefined;
  return { object: obj, templatePath, specPath, spec };
}

export function readPod(ref: PodSpecRef, reader: FieldReader): PodInfo {
  const obj = ref.object;
  const at = (...p: (string | number)[]): JsonPath => [...ref.specPath, ...p];
  const labels: Record<string, string> = {};
  const labelMap = reader.map(obj, [...ref.templatePath, 'metadata', 'labels']);
  if (labelMap) for (const k of Object.keys(labelMap)) {
    const v = reader.string(obj, [...ref.templatePath, 'metadata', 'labels', k]);
    if (v !== undefined) labels[k] = v;
  }
  const containers: ContainerInfo[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    for (const { index } of reader.mapItems(obj, at(list))) {
      const cp = at(list, index);
      containers.push({
        path: cp,
        list,
        name: reader.string(obj, [...cp, 'name']),
        volumeMounts: reader.mapItems(obj, [...cp, 'volumeMounts']).map(({ index: i }) => ({
          path: [...cp, 'volumeMounts', i],
          name: reader.string(obj, [...cp, 'volumeMounts', i, 'name']),
          mountPath: reader.string(obj, [...cp, 'volumeMounts', i, 'mountPath']),
        })),
        env: reader.mapItems(obj, [...cp, 'env']).map(({ index: i }) => {
          const ep = [...cp, 'env', i];
          const refPath = [...ep, 'valueFrom', 'secretKeyRef', 'name'];
          const refName = reader.string(obj, refPath);
          return {
            path: ep,
            name: reader.string(obj, [...ep, 'name']),
            value: reader.string(obj, [...ep, 'value']),
            valueFrom: reader.map(obj, [...ep, 'valueFrom']) !== undefined,
            secretRef: refName !== undefined ? { name: refName, path: refPath } : undefined,
          };
        }),
        envFrom: reader.mapItems(obj, [...cp, 'envFrom']).map(({ index: i }) => {
          const refPath = [...cp, 'envFrom', i, 'secretRef', 'name'];
          const refName = reader.string(obj, refPath);
          return { path: [...cp, 'envFrom', i], secretRef: refName !== undefined ? { name: refName, path: refPath } : undefined };
        }),
      });
    }
  }
  const volumes: VolumeInfo[] = reader.mapItems(obj, at('volumes')).map(({ index }) => {
    const vp = at('volumes', index);
    const secrets: VolumeInfo['secrets'] = [];
    const tokens: ProjectedTokenInfo[] = [];
    const secretName = reader.string(obj, [...vp, 'secret', 'secretName']);
    if (secretName !== undefined) secrets.push({ name: secretName, path: [...vp, 'secret', 'secretName'] });
    for (const { index: s } of reader.mapItems(obj, [...vp, 'projected', 'sources'])) {
      const sp = [...vp, 'projected', 'sources', s];
      const name = reader.string(obj, [...sp, 'secret', 'name']);
      if (name !== undefined) secrets.push({ name, path: [...sp, 'secret', 'name'] });
      if (reader.map(obj, [...sp, 'serviceAccountToken'])) {
        const tp = [...sp, 'serviceAccountToken'];
        tokens.push({
          path: tp,
          expirationSeconds: reader.int(obj, [...tp, 'expirationSeconds']),
          audience: reader.string(obj, [...tp, 'audience']),
          file: reader.string(obj, [...tp, 'path']),
        });
      }
    }
    return { path: vp, name: reader.string(obj, [...vp, 'name']), secrets, tokens };
  });
  return {
    ref,
    serviceAccountName: reader.string(obj, at('serviceAccountName')),
    serviceAccount: reader.string(obj, at('serviceAccount')),
    automount: reader.bool(obj, at('automountServiceAccountToken')),
    labels,
    containers,
    volumes,
  };
}

/** Normalises a mount path for comparison: no trailing slashes, no `.` segments, no doubled slashes. */
export function normalizeMountPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

/** True when a mount puts something at the default token directory or inside it. */
export function mountsTokenPath(mountPath: string): boolean {
  const p = normalizeMountPath(mountPath);
  return p === TOKEN_PATH || p.startsWith(TOKEN_PATH + '/');
}
