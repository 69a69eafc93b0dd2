/** One helper for every workload kind: the pod spec, its containers, volumes and token settings. */
import type { JsonPath } from '../model/types.js';
import type { K8sObject } from '../load/load.js';
import type { FieldReader, JsonObject } from './fields.js';
export declare const TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
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
    secretRef: {
        name: string;
        path: JsonPath;
    } | undefined;
}
export interface EnvFromInfo {
    path: JsonPath;
    secretRef: {
        name: string;
        path: JsonPath;
    } | undefined;
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
    secrets: {
        name: string;
        path: JsonPath;
    }[];
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
export declare function podSpecOf(obj: K8sObject, reader: FieldReader): PodSpecRef | undefined;
export declare function readPod(ref: PodSpecRef, reader: FieldReader): PodInfo;
/** Normalises a mount path for comparison: no trailing slashes, no `.` segments, no doubled slashes. */
export declare function normalizeMountPath(p: string): string;
/** True when a mount puts something at the default token directory or inside it. */
export declare function mountsTokenPath(mountPath: string): boolean;
