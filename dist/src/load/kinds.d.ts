/** What saguard knows about Kubernetes kinds: groups, scope, workloads. */
import type { JsonPath } from '../model/types.js';
export declare function splitApiVersion(apiVersion: string): {
    group: string;
    version: string;
};
export declare const gk: (group: string, kind: string) => string;
export declare const RBAC_GROUP = "rbac.authorization.k8s.io";
export declare function isClusterScoped(group: string, kind: string): boolean;
export declare function isUnreadKind(group: string, kind: string): boolean;
export type WorkloadKind = 'Pod' | 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob' | 'ReplicationController' | 'PodTemplate' | 'Rollout';
/** Path of the pod template (the object holding the pod's `metadata` and `spec`), or undefined. */
export declare function podTemplatePath(group: string, kind: string): JsonPath | undefined;
/** The kinds whose instances are workloads, for docs and the `rules` listing. */
export declare const WORKLOAD_KINDS: string[];
