/**
 * Permissions that are worth more than they say (SPEC §3.4, §6.2): what each one is, as checks
 * against policy rules. Rules and the escalation analysis ask here; nothing else spells them out.
 */
import { apiGroupMatches, ruleAllows, verbMatches } from './match.js';
import type { PolicyRule, UserInfo } from './types.js';
import type { RbacEngine } from './engine.js';
import type { EffectiveRule } from './types.js';

export interface Check {
  /** Verbs that count; `any` for every verb. */
  verbs: readonly string[] | 'any';
  group: string;
  /** `resource`, `resource/sub`, or `resource/*` for any of its subresources. */
  resource: string;
}

export type PermissionId =
  | 'secrets-read'
  | 'pod-create'
  | 'pod-exec'
  | 'escalation-verbs'
  | 'binding-write'
  | 'pv-create'
  | 'nodes-proxy'
  | 'csr-approve'
  | 'csr-approval-update'
  | 'signer-approve'
  | 'webhook-write'
  | 'token-request'
  | 'delete-rights';

export interface Permission {
  id: PermissionId;
  /** What holding it means, as a phrase: "read Secrets". */
  means: string;
  checks: readonly Check[];
}

const core = (verbs: readonly string[] | 'any', ...resources: string[]): Check[] => resources.map((resource) => ({ verbs, group: '', resource }));
const grp = (group: string, verbs: readonly string[] | 'any', ...resources: string[]): Check[] => resources.map((resource) => ({ verbs, group, resource }));
const RBAC = 'rbac.authorization.k8s.io';

export const POD_CONTROLLERS: readonly Check[] = [
  ...core(['create'], 'pods', 'replicationcontrollers'),
  ...grp('apps', ['create'], 'deployments', 'replicasets', 'statefulsets', 'daemonsets'),
  ...grp('batch', ['create'], 'jobs', 'cronjobs'),
];

export const PERMISSIONS: Record<PermissionId, Permission> = {
  'secrets-read': { id: 'secrets-read', means: 'read Secrets', checks: core(['get', 'list', 'watch'], 'secrets') },
  'pod-create': { id: 'pod-create', means: 'run pods as any ServiceAccount of the namespace and mount its Secrets', checks: POD_CONTROLLERS },
  'pod-exec': {
    id: 'pod-exec',
    means: 'run commands in running pods and so act as their accounts',
    checks: [...core(['create', 'get'], 'pods/exec', 'pods/attach', 'pods/portforward'), ...core(['update', 'patch'], 'pods/ephemeralcontainers')],
  },
  'escalation-verbs': {
    id: 'escalation-verbs',
    means: 'grant or assume permissions it does not hold',
    checks: [
      ...grp(RBAC, ['bind', 'escalate'], 'roles', 'clusterroles'),
      ...core(['impersonate'], 'users', 'groups', 'serviceaccounts'),
      ...grp('authentication.k8s.io', ['impersonate'], 'uids', 'userextras/*'),
    ],
  },
  'binding-write': { id: 'binding-write', means: 'bind roles to subjects', checks: grp(RBAC, ['create', 'update', 'patch'], 'rolebindings', 'clusterrolebindings') },
  'pv-create': { id: 'pv-create', means: 'create PersistentVolumes (hostPath volumes reach the node)', checks: core(['create'], 'persistentvolumes') },
  'nodes-proxy': { id: 'nodes-proxy', means: 'reach the kubelet API of every node', checks: core('any', 'nodes/proxy') },
  'csr-approval-update': { id: 'csr-approval-update', means: 'approve CertificateSigningRequests', checks: grp('certificates.k8s.io', ['update'], 'certificatesigningrequests/approval') },
  'signer-approve': { id: 'signer-approve', means: 'approve for a signer', checks: grp('certificates.k8s.io', ['approve'], 'signers') },
  'csr-approve': {
    id: 'csr-approve',
    means: 'approve client certificates for any identity',
    checks: [...grp('certificates.k8s.io', ['update'], 'certificatesigningrequests/approval'), ...grp('certificates.k8s.io', ['approve'], 'signers')],
  },
  'webhook-write': {
    id: 'webhook-write',
    means: 'intercept or rewrite every API request with admission webhooks',
    checks: grp(
      'admissionregistration.k8s.io',
      ['create', 'update', 'patch', 'delete'],
      'mutatingwebhookconfigurations',
      'validatingwebhookconfigurations',
      'validatingadmissionpolicies',
      'validatingadmissionpolicybindings',
    ),
  },
  'token-request': { id: 'token-request', means: 'mint tokens for ServiceAccounts', checks: core(['create'], 'serviceaccounts/token') },
  'delete-rights': {
    id: 'delete-rights',
    means: 'delete workloads, Secrets, namespaces, audit events or RBAC objects',
    checks: [
      ...core(['delete', 'deletecollection'], 'pods', 'secrets', 'namespaces', 'events'),
      ...grp('events.k8s.io', ['delete', 'deletecollection'], 'events'),
      ...grp(RBAC, ['delete', 'deletecollection'], 'roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'),
    ],
  },
};

export interface Grant {
  check: Check;
  /** The verb of the rule that grants it (as written, possibly `*`). */
  verb: string;
  /** Index in the rule's `resources` of the entry that grants it. */
  resourceIndex: number;
  /** The rule is restricted by resourceNames. */
  narrowed: boolean;
}

/** Whether one policy rule grants one check, and through which entries. Resource names are not asked for. */
export function ruleGrants(rule: PolicyRule, check: Check): Grant | undefined {
  if (rule.resources.length === 0 || !apiGroupMatches(rule, check.group)) return undefined;
  const slash = check.resource.indexOf('/');
  const res = slash === -1 ? check.resource : check.resource.slice(0, slash);
  const sub = slash === -1 ? '' : check.resource.slice(slash + 1);
  const narrowed = rule.resourceNames.length > 0;
  // Requests that never carry a name (create, deletecollection on a resource itself) are never
  // allowed by a rule with resourceNames; on a subresource they carry the parent's name.
  const nameless = (v: string): boolean => narrowed && sub === '' && (v === 'create' || v === 'deletecollection');
  let verb: string | undefined;
  if (check.verbs === 'any') verb = rule.verbs[0];
  else for (const v of check.verbs) if (verbMatches(rule, v) && !nameless(v)) {
    verb = v;
    break;
  }
  if (verb === undefined) return undefined;
  const resourceIndex = rule.resources.findIndex((r) => {
    if (r === '*') return true;
    if (sub === '*') return r.startsWith(`${res}/`) || r.startsWith('*/');
    return r === check.resource || (sub !== '' && r === `*/${sub}`);
  });
  if (resourceIndex === -1) return undefined;
  return { check, verb, resourceIndex, narrowed };
}

/** How a rule grants a permission: through its first resource entry that grants any of the checks. */
export function ruleGrantsPermission(rule: PolicyRule, p: Permission): Grant | undefined {
  let best: Grant | undefined;
  for (const c of p.checks) {
    const g = ruleGrants(rule, c);
    if (g && (!best || g.resourceIndex < best.resourceIndex)) best = g;
  }
  return best;
}

/** Permissions that make a subject stronger than it looks, for "holds sensitive permissions". */
export const SENSITIVE: readonly PermissionId[] = ['escalation-verbs', 'nodes-proxy', 'webhook-write', 'csr-approve', 'binding-write', 'token-request', 'pod-exec', 'pod-create', 'secrets-read', 'pv-create'];

export interface HeldPermission {
  permission: Permission;
  /** Namespace where it is held; undefined for cluster-wide. */
  namespace: string | undefined;
  via: EffectiveRule;
  grant: Grant;
}

/** Sensitive permissions the user holds through bindings (each permission once per scope), worst first. */
export function sensitivePermissions(engine: RbacEngine, user: UserInfo): HeldPermission[] {
  const held: HeldPermission[] = [];
  const seen = new Set<string>();
  const rules = engine.rulesFor(user);
  for (const id of SENSITIVE) {
    const p = PERMISSIONS[id];
    if (id === 'csr-approve') {
      // CertificateSigningRequests are cluster-scoped: both halves must be held cluster-wide.
      const clusterWide = rules.filter((r) => r.namespace === undefined);
      const a = clusterWide.find((r) => ruleGrantsPermission(r.rule.rule, PERMISSIONS['csr-approval-update']));
      const b = clusterWide.some((r) => ruleGrantsPermission(r.rule.rule, PERMISSIONS['signer-approve']));
      if (a && b) held.push({ permission: p, namespace: undefined, via: a, grant: ruleGrantsPermission(a.rule.rule, PERMISSIONS['csr-approval-update'])! });
      continue;
    }
    for (const r of rules) {
      const g = ruleGrantsPermission(r.rule.rule, p);
      if (!g || g.narrowed) continue;
      const key = `${id}|${r.namespace ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      held.push({ permission: p, namespace: r.namespace, via: r, grant: g });
    }
  }
  return held;
}

export { ruleAllows };
