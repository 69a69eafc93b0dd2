/** The built-in verbs, API groups and resources, for telling typos from intent. */

export const KNOWN_VERBS: readonly string[] = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate', 'approve', 'sign', 'attest', '*'];

const sub = (resource: string, ...subs: string[]): string[] => [resource, ...subs.map((s) => `${resource}/${s}`)];

/** Built-in API groups whose resources are listed completely here; other groups are not judged. */
export const BUILTIN_RESOURCES: Record<string, readonly string[]> = {
  '': [
    ...sub('pods', 'log', 'exec', 'attach', 'portforward', 'proxy', 'ephemeralcontainers', 'eviction', 'status', 'binding', 'resize'),
    ...sub('services', 'proxy', 'status'),
    'endpoints',
    'configmaps',
    'secrets',
    ...sub('serviceaccounts', 'token'),
    ...sub('persistentvolumeclaims', 'status'),
    ...sub('persistentvolumes', 'status'),
    ...sub('nodes', 'proxy', 'status', 'stats', 'metrics', 'log', 'spec', 'configz', 'healthz', 'pods', 'checkpoint'),
    ...sub('namespaces', 'status', 'finalize'),
    'events',
    'limitranges',
    ...sub('resourcequotas', 'status'),
    ...sub('replicationcontrollers', 'scale', 'status'),
    'podtemplates',
    'bindings',
    'componentstatuses',
    // Impersonation targets.
    'users',
    'groups',
  ],
  apps: [...sub('deployments', 'scale', 'status'), ...sub('replicasets', 'scale', 'status'), ...sub('statefulsets', 'scale', 'status'), ...sub('daemonsets', 'status'), 'controllerrevisions'],
  batch: [...sub('jobs', 'status'), ...sub('cronjobs', 'status')],
  'rbac.authorization.k8s.io': ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'],
  'admissionregistration.k8s.io': [
    'mutatingwebhookconfigurations',
    'validatingwebhookconfigurations',
    ...sub('validatingadmissionpolicies', 'status'),
    'validatingadmissionpolicybindings',
    ...sub('mutatingadmissionpolicies', 'status'),
    'mutatingadmissionpolicybindings',
  ],
  'certificates.k8s.io': [...sub('certificatesigningrequests', 'approval', 'status'), 'signers', 'clustertrustbundles'],
  'authentication.k8s.io': ['tokenreviews', 'selfsubjectreviews', 'uids', 'userextras'],
  'authorization.k8s.io': ['subjectaccessreviews', 'selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'localsubjectaccessreviews'],
  'networking.k8s.io': ['networkpolicies', ...sub('ingresses', 'status'), 'ingressclasses', 'ipaddresses', ...sub('servicecidrs', 'status')],
  policy: [...sub('poddisruptionbudgets', 'status'), 'podsecuritypolicies'],
  'coordination.k8s.io': ['leases', 'leasecandidates'],
  'storage.k8s.io': ['storageclasses', 'csidrivers', 'csinodes', ...sub('volumeattachments', 'status'), 'csistoragecapacities', 'volumeattributesclasses'],
  'apiextensions.k8s.io': [...sub('customresourcedefinitions', 'status')],
  'events.k8s.io': ['events'],
  'discovery.k8s.io': ['endpointslices'],
  autoscaling: [...sub('horizontalpodautoscalers', 'status')],
  'scheduling.k8s.io': ['priorityclasses'],
  'node.k8s.io': ['runtimeclasses'],
};

export const isBuiltinGroup = (g: string): boolean => Object.prototype.hasOwnProperty.call(BUILTIN_RESOURCES, g);

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      // A swap of two neighbours is one typo (optimal string alignment distance).
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of the candidates within a small edit distance, if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const limit = word.length >= 6 ? 2 : 1;
  for (const c of candidates) {
    if (c === '*') continue;
    const d = c.toLowerCase() === word.toLowerCase() ? 0.5 : distance(word, c);
    if (d <= limit && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

export type ResourceProblem =
  | { kind: 'singular'; suggestion: string }
  | { kind: 'wrongGroup'; groups: string[] }
  | { kind: 'typo'; suggestion: string };

/**
 * What is wrong with a resource entry of a rule whose API groups are all built-in ones, judged
 * against those groups; undefined when it is known there (or cannot be judged).
 */
export function resourceProblem(groups: readonly string[], resource: string): ResourceProblem | undefined {
  if (resource === '*' || resource.startsWith('*/') || groups.length === 0 || !groups.every(isBuiltinGroup)) return undefined;
  const base = resource.replace(/\/\*$/, '');
  const known = groups.flatMap((g) => BUILTIN_RESOURCES[g]!);
  if (known.includes(resource) || (resource.endsWith('/*') && known.includes(base))) return undefined;
  const plural = [`${resource}s`, `${resource}es`, resource.replace(/y$/, 'ies')];
  const singularOf = plural.find((p) => known.includes(p));
  if (singularOf) return { kind: 'singular', suggestion: singularOf };
  const elsewhere = Object.entries(BUILTIN_RESOURCES)
    .filter(([g, rs]) => !groups.includes(g) && rs.includes(resource))
    .map(([g]) => g);
  if (elsewhere.length > 0) return { kind: 'wrongGroup', groups: elsewhere };
  const typo = closest(resource, known);
  if (typo) return { kind: 'typo', suggestion: typo };
  return undefined;
}

/**
 * Built-in resources whose requests carry no namespace (cluster-scoped), by API group. Impersonation
 * of users, groups, uids and user extras is checked without a namespace too; impersonating a
 * ServiceAccount is checked in the account's namespace, and `signers` (CSR approval) have none.
 */
const CLUSTER_RESOURCES: Record<string, readonly string[]> = {
  '': ['nodes', 'persistentvolumes', 'namespaces', 'componentstatuses', 'users', 'groups'],
  'rbac.authorization.k8s.io': ['clusterroles', 'clusterrolebindings'],
  'admissionregistration.k8s.io': [
    'mutatingwebhookconfigurations',
    'validatingwebhookconfigurations',
    'validatingadmissionpolicies',
    'validatingadmissionpolicybindings',
    'mutatingadmissionpolicies',
    'mutatingadmissionpolicybindings',
  ],
  'certificates.k8s.io': ['certificatesigningrequests', 'signers', 'clustertrustbundles'],
  'authentication.k8s.io': ['tokenreviews', 'selfsubjectreviews', 'uids', 'userextras'],
  'authorization.k8s.io': ['subjectaccessreviews', 'selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
  'networking.k8s.io': ['ingressclasses', 'ipaddresses', 'servicecidrs'],
  policy: ['podsecuritypolicies'],
  'storage.k8s.io': ['storageclasses', 'csidrivers', 'csinodes', 'volumeattachments', 'volumeattributesclasses'],
  'apiextensions.k8s.io': ['customresourcedefinitions'],
  'apiregistration.k8s.io': ['apiservices'],
  'scheduling.k8s.io': ['priorityclasses'],
  'node.k8s.io': ['runtimeclasses'],
  'flowcontrol.apiserver.k8s.io': ['flowschemas', 'prioritylevelconfigurations'],
  'resource.k8s.io': ['deviceclasses', 'resourceslices'],
};

/** Whether a built-in resource (or `resource/subresource`) is cluster-scoped; unknown resources count as namespaced. */
export function isClusterScopedResource(group: string, resource: string): boolean {
  const base = resource.split('/')[0]!;
  return CLUSTER_RESOURCES[group]?.includes(base) ?? false;
}

/** Verbs of requests that name one object (and so, for `namespaces`, carry that namespace). */
const NAMED_VERBS: ReadonlySet<string> = new Set(['get', 'update', 'patch', 'delete']);

/**
 * Whether a RoleBinding can allow this verb on a resource, that is whether such requests carry a
 * namespace. Requests on namespaced resources do. Requests on cluster-scoped ones do not, with two
 * exceptions: a request on one Namespace object (`get`, `update`, `patch`, `delete` of
 * `/api/v1/namespaces/NS`, its `status` and `finalize`) carries that namespace, so a RoleBinding in
 * NS can allow deleting NS; and `bind` on `clusterroles` is checked in the namespace of the
 * RoleBinding being written, so a Role may let its holders bind a ClusterRole in that namespace.
 */
export function allowedInNamespace(group: string, resource: string, verb: string): boolean {
  if (!isClusterScopedResource(group, resource)) return true;
  const base = resource.split('/')[0]!;
  if (group === '' && base === 'namespaces') return NAMED_VERBS.has(verb);
  if (group === 'rbac.authorization.k8s.io' && resource === 'clusterroles') return verb === 'bind';
  return false;
}
