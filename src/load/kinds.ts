/** What saguard knows about Kubernetes kinds: groups, scope, workloads. */
import type { JsonPath } from '../model/types.js';

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.lastIndexOf('/');
  if (i === -1) return { group: '', version: apiVersion };
  return { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

export const gk = (group: string, kind: string): string => `${group}/${kind}`;

export const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** Cluster-scoped kinds by `group/kind`; everything else is namespaced. */
const CLUSTER_SCOPED = new Set<string>([
  gk('', 'Namespace'),
  gk('', 'Node'),
  gk('', 'PersistentVolume'),
  gk('', 'ComponentStatus'),
  gk(RBAC_GROUP, 'ClusterRole'),
  gk(RBAC_GROUP, 'ClusterRoleBinding'),
  gk('apiextensions.k8s.io', 'CustomResourceDefinition'),
  gk('apiregistration.k8s.io', 'APIService'),
  gk('admissionregistration.k8s.io', 'MutatingWebhookConfiguration'),
  gk('admissionregistration.k8s.io', 'ValidatingWebhookConfiguration'),
  gk('admissionregistration.k8s.io', 'ValidatingAdmissionPolicy'),
  gk('admissionregistration.k8s.io', 'ValidatingAdmissionPolicyBinding'),
  gk('admissionregistration.k8s.io', 'MutatingAdmissionPolicy'),
  gk('admissionregistration.k8s.io', 'MutatingAdmissionPolicyBinding'),
  gk('storage.k8s.io', 'StorageClass'),
  gk('storage.k8s.io', 'CSIDriver'),
  gk('storage.k8s.io', 'CSINode'),
  gk('storage.k8s.io', 'VolumeAttachment'),
  gk('scheduling.k8s.io', 'PriorityClass'),
  gk('node.k8s.io', 'RuntimeClass'),
  gk('networking.k8s.io', 'IngressClass'),
  gk('certificates.k8s.io', 'CertificateSigningRequest'),
  gk('policy', 'PodSecurityPolicy'),
  gk('flowcontrol.apiserver.k8s.io', 'FlowSchema'),
  gk('flowcontrol.apiserver.k8s.io', 'PriorityLevelConfiguration'),
  gk('projectcalico.org', 'GlobalNetworkPolicy'),
  gk('projectcalico.org', 'GlobalNetworkSet'),
  gk('projectcalico.org', 'HostEndpoint'),
  gk('projectcalico.org', 'Tier'),
  gk('projectcalico.org', 'IPPool'),
  gk('projectcalico.org', 'FelixConfiguration'),
  gk('projectcalico.org', 'BGPConfiguration'),
  gk('projectcalico.org', 'BGPPeer'),
  gk('projectcalico.org', 'ClusterInformation'),
  gk('crd.projectcalico.org', 'GlobalNetworkPolicy'),
  gk('crd.projectcalico.org', 'GlobalNetworkSet'),
  gk('crd.projectcalico.org', 'HostEndpoint'),
  gk('crd.projectcalico.org', 'Tier'),
  gk('crd.projectcalico.org', 'IPPool'),
  gk('crd.projectcalico.org', 'FelixConfiguration'),
  gk('crd.projectcalico.org', 'BGPConfiguration'),
  gk('crd.projectcalico.org', 'BGPPeer'),
  gk('crd.projectcalico.org', 'ClusterInformation'),
  gk('operator.tigera.io', 'Installation'),
  gk('operator.tigera.io', 'APIServer'),
  gk('kyverno.io', 'ClusterPolicy'),
  gk('kyverno.io', 'ClusterCleanupPolicy'),
  gk('templates.gatekeeper.sh', 'ConstraintTemplate'),
  gk('mutations.gatekeeper.sh', 'Assign'),
  gk('mutations.gatekeeper.sh', 'AssignMetadata'),
  gk('mutations.gatekeeper.sh', 'ModifySet'),
]);

export function isClusterScoped(group: string, kind: string): boolean {
  if (group === 'constraints.gatekeeper.sh') return true;
  return CLUSTER_SCOPED.has(gk(group, kind));
}

/**
 * Kinds no rule reads, whose documents are often large (CRD schemas, rule and dashboard bodies).
 * They are not parsed at all: this is most of the bytes of a typical rendered chart.
 */
const UNREAD = new Set<string>([
  gk('apiextensions.k8s.io', 'CustomResourceDefinition'),
  gk('', 'ConfigMap'),
  gk('', 'Service'),
  gk('', 'Endpoints'),
  gk('discovery.k8s.io', 'EndpointSlice'),
  gk('monitoring.coreos.com', 'PrometheusRule'),
  gk('monitoring.coreos.com', 'ServiceMonitor'),
  gk('monitoring.coreos.com', 'PodMonitor'),
  gk('monitoring.coreos.com', 'Probe'),
  gk('networking.k8s.io', 'Ingress'),
  gk('networking.k8s.io', 'IngressClass'),
  gk('policy', 'PodDisruptionBudget'),
  gk('apiregistration.k8s.io', 'APIService'),
  gk('scheduling.k8s.io', 'PriorityClass'),
  gk('autoscaling', 'HorizontalPodAutoscaler'),
]);

export function isUnreadKind(group: string, kind: string): boolean {
  return UNREAD.has(gk(group, kind));
}

export type WorkloadKind =
  | 'Pod'
  | 'Deployment'
  | 'ReplicaSet'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'Job'
  | 'CronJob'
  | 'ReplicationController'
  | 'PodTemplate'
  | 'Rollout';

/** Where each workload kind keeps its pod template (`metadata` + `spec`). */
const POD_TEMPLATE_PATHS: Record<string, JsonPath> = {
  [gk('', 'Pod')]: [],
  [gk('', 'PodTemplate')]: ['template'],
  [gk('', 'ReplicationController')]: ['spec', 'template'],
  [gk('apps', 'Deployment')]: ['spec', 'template'],
  [gk('apps', 'ReplicaSet')]: ['spec', 'template'],
  [gk('apps', 'StatefulSet')]: ['spec', 'template'],
  [gk('apps', 'DaemonSet')]: ['spec', 'template'],
  [gk('extensions', 'Deployment')]: ['spec', 'template'],
  [gk('extensions', 'ReplicaSet')]: ['spec', 'template'],
  [gk('extensions', 'DaemonSet')]: ['spec', 'template'],
  [gk('batch', 'Job')]: ['spec', 'template'],
  [gk('batch', 'CronJob')]: ['spec', 'jobTemplate', 'spec', 'template'],
  [gk('argoproj.io', 'Rollout')]: ['spec', 'template'],
};

/** Path of the pod template (the object holding the pod's `metadata` and `spec`), or undefined. */
export function podTemplatePath(group: string, kind: string): JsonPath | undefined {
  return POD_TEMPLATE_PATHS[gk(group, kind)];
}

/** The kinds whose instances are workloads, for docs and the `rules` listing. */
export const WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATHS);
