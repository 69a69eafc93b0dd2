/**
 * Permissions that are worth more than they say (SPEC §3.4, §6.2, docs/rbac-semantics.md): what
 * each one is, as checks against policy rules, and where a rule can grant it. Rules and the
 * escalation analysis ask here; nothing else spells them out.
 */
import { allowedInNamespace } from './catalog.js';
import { apiGroupMatches, isAdminEquivalent, ruleAllows, verbMatches } from './match.js';
import type { EffectiveRule, PolicyRule, RoleInfo, UserInfo } from './types.js';
import type { RbacEngine } from './engine.js';

export interface Check {
  /** Verbs that count. */
  verbs: readonly string[];
  group: string;
  /** `resource`, `resource/sub`, or `resource/*` for any of its subresources. */
  resource: string;
}

export type PermissionId =
  | 'secrets-read'
  | 'pod-create'
  | 'pod-update'
  | 'pod-exec'
  | 'escalation-verbs'
  | 'binding-write'
  | 'pv-create'
  | 'nodes-proxy'
  | 'nodes-proxy-loglevel'
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
  /** A few words for lists: "read Secrets", "approve CSRs". */
  short: string;
  checks: readonly Check[];
  /** Held only when every one of these is held (CSR approval needs both of its halves). */
  requires?: readonly PermissionId[];
}

/** Where a rule applies: cluster-wide (through a ClusterRoleBinding) or inside one namespace (a Role, or a RoleBinding). */
export type Scope = 'cluster' | 'namespace';

const core = (verbs: readonly string[], ...resources: string[]): Check[] => resources.map((resource) => ({ verbs, group: '', resource }));
const grp = (group: string, verbs: readonly string[], ...resources: string[]): Check[] => resources.map((resource) => ({ verbs, group, resource }));
const RBAC = 'rbac.authorization.k8s.io';

/** Verbs that change a pod template: whoever holds them on a controller chooses what its pods run as. */
const TEMPLATE_WRITE = ['create', 'update', 'patch'];

/**
 * Running pods as any ServiceAccount of the namespace: creating pods, and creating or editing the pod
 * template of a controller. A Job's template is immutable, so only `create` counts for jobs.
 */
export const POD_CONTROLLERS: readonly Check[] = [
  ...core(['create'], 'pods'),
  ...core(TEMPLATE_WRITE, 'replicationcontrollers'),
  ...grp('apps', TEMPLATE_WRITE, 'deployments', 'replicasets', 'statefulsets', 'daemonsets'),
  ...grp('batch', ['create'], 'jobs'),
  ...grp('batch', TEMPLATE_WRITE, 'cronjobs'),
];

export const PERMISSIONS: Record<PermissionId, Permission> = {
  'secrets-read': {
    id: 'secrets-read',
    means: 'read Secrets',
    short: 'read Secrets',
    // `patch` returns the object (an empty patch reads any Secret by name); `deletecollection` returns the deleted ones.
    checks: core(['get', 'list', 'watch', 'patch', 'deletecollection'], 'secrets'),
  },
  'pod-create': { id: 'pod-create', means: 'run pods as any ServiceAccount of the namespace and mount its Secrets', short: 'run pods as any ServiceAccount', checks: POD_CONTROLLERS },
  'pod-update': {
    id: 'pod-update',
    means: 'swap the image of running pods and so run code as their ServiceAccounts',
    short: 'swap images of running pods',
    checks: core(['update', 'patch'], 'pods'),
  },
  'pod-exec': {
    id: 'pod-exec',
    means: 'run commands in running pods and so act as their accounts',
    short: 'exec into pods',
    checks: [...core(['create', 'get'], 'pods/exec', 'pods/attach', 'pods/portforward'), ...core(['update', 'patch'], 'pods/ephemeralcontainers')],
  },
  'escalation-verbs': {
    id: 'escalation-verbs',
    means: 'grant or assume permissions it does not hold',
    short: 'bind, escalate or impersonate',
    checks: [
      ...grp(RBAC, ['bind', 'escalate'], 'roles', 'clusterroles'),
      ...core(['impersonate'], 'users', 'groups', 'serviceaccounts'),
      ...grp('authentication.k8s.io', ['impersonate'], 'uids', 'userextras/*'),
    ],
  },
  'binding-write': { id: 'binding-write', means: 'bind roles to subjects', short: 'write role bindings', checks: grp(RBAC, TEMPLATE_WRITE, 'rolebindings', 'clusterrolebindings') },
  'pv-create': { id: 'pv-create', means: 'create PersistentVolumes (hostPath volumes reach the node)', short: 'create PersistentVolumes', checks: core(['create'], 'persistentvolumes') },
  // The kubelet maps GET to `get` and POST to `create`: exec, attach, run and port-forward are among them.
  'nodes-proxy': { id: 'nodes-proxy', means: 'reach the kubelet API of every node', short: 'reach the kubelet API', checks: core(['get', 'create'], 'nodes/proxy') },
  // PUT and PATCH reach only the kubelet's log-verbosity endpoint (`/debug/flags/v`).
  'nodes-proxy-loglevel': { id: 'nodes-proxy-loglevel', means: "change the kubelets' log verbosity", short: 'set kubelet log verbosity', checks: core(['update', 'patch'], 'nodes/proxy') },
  'csr-approval-update': { id: 'csr-approval-update', means: 'approve CertificateSigningRequests', short: 'update CSR approvals', checks: grp('certificates.k8s.io', ['update'], 'certificatesigningrequests/approval') },
  'signer-approve': { id: 'signer-approve', means: 'approve for a signer', short: 'approve for signers', checks: grp('certificates.k8s.io', ['approve'], 'signers') },
  'csr-approve': {
    id: 'csr-approve',
    means: 'approve client certificates for any identity',
    short: 'approve client certificates',
    checks: [...grp('certificates.k8s.io', ['update'], 'certificatesigningrequests/approval'), ...grp('certificates.k8s.io', ['approve'], 'signers')],
    requires: ['csr-approval-update', 'signer-approve'],
  },
  'webhook-write': {
    id: 'webhook-write',
    means: 'see and refuse API requests with admission webhooks and policies (and rewrite them with mutating webhooks)',
    short: 'write admission webhooks',
    checks: grp(
      'admissionregistration.k8s.io',
      ['create', 'update', 'patch', 'delete'],
      'mutatingwebhookconfigurations',
      'validatingwebhookconfigurations',
      'validatingadmissionpolicies',
      'validatingadmissionpolicybindings',
    ),
  },
  'token-request': { id: 'token-request', means: 'mint tokens for ServiceAccounts', short: 'mint ServiceAccount tokens', checks: core(['create'], 'serviceaccounts/token') },
  'delete-rights': {
    id: 'delete-rights',
    means: 'delete workloads, Secrets, namespaces, audit events or RBAC objects',
    short: 'delete workloads, Secrets or RBAC objects',
    checks: [
      ...core(['delete', 'deletecollection'], 'pods', 'secrets', 'namespaces', 'events'),
      ...grp('events.k8s.io', ['delete', 'deletecollection'], 'events'),
      ...grp(RBAC, ['delete', 'deletecollection'], 'roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'),
    ],
  },
};

/**
 * Signer names (as `approve` on `signers` resourceNames) whose certificates the API server accepts as
 * client certificates: approving for them mints credentials for any user and group (or any node). The
 * approval check also tries `DOMAIN/*`, so `kubernetes.io/*` reaches them all.
 */
export const API_SERVER_SIGNERS: readonly string[] = [
  'kubernetes.io/kube-apiserver-client',
  'kubernetes.io/kube-apiserver-client-kubelet',
  'kubernetes.io/legacy-unknown',
  'kubernetes.io/*',
];

/** A grant narrowed by resourceNames that is as strong as an unrestricted one: `approve` for an API server client signer. */
export const narrowedStillStrong = (p: Permission, rule: PolicyRule): boolean =>
  p.id === 'signer-approve' && rule.resourceNames.some((n) => API_SERVER_SIGNERS.includes(n));

export interface Grant {
  check: Check;
  /** The first verb of the check the rule allows (the check's verb, `*` in the rule or not). */
  verb: string;
  /** Index in the rule's `resources` of the entry that grants it. */
  resourceIndex: number;
  /** The rule is restricted by resourceNames. */
  narrowed: boolean;
}

export interface GrantOptions {
  /** Where the rule applies (default `cluster`); in a namespace, requests without a namespace never match. */
  scope?: Scope;
  /** Only through resource entries other than `*` (what a `*` gives away is rbac-wildcard's to say). */
  explicit?: boolean;
}

/** Whether a resource entry of a rule covers a check's resource (`resource/*` standing for any subresource). */
function entryCovers(entry: string, resource: string): boolean {
  if (entry === '*') return true;
  const slash = resource.indexOf('/');
  const res = slash === -1 ? resource : resource.slice(0, slash);
  const sub = slash === -1 ? '' : resource.slice(slash + 1);
  if (sub === '*') return entry.startsWith(`${res}/`) || entry.startsWith('*/');
  return entry === resource || (sub !== '' && entry === `*/${sub}`);
}

/** Whether one policy rule grants one check, and through which entry. Resource names are not asked for. */
export function ruleGrants(rule: PolicyRule, check: Check, options: GrantOptions = {}): Grant | undefined {
  if (rule.resources.length === 0 || !apiGroupMatches(rule, check.group)) return undefined;
  const sub = check.resource.includes('/');
  const narrowed = rule.resourceNames.length > 0;
  // Requests that never carry a name (create, deletecollection on a resource itself) are never
  // allowed by a rule with resourceNames; on a subresource they carry the parent's name.
  const nameless = (v: string): boolean => narrowed && !sub && (v === 'create' || v === 'deletecollection');
  const verb = check.verbs.find(
    (v) => verbMatches(rule, v) && !nameless(v) && (options.scope !== 'namespace' || allowedInNamespace(check.group, check.resource.replace(/\/\*$/, ''), v)),
  );
  if (verb === undefined) return undefined;
  const resourceIndex = rule.resources.findIndex((r) => (!options.explicit || r !== '*') && entryCovers(r, check.resource));
  if (resourceIndex === -1) return undefined;
  return { check, verb, resourceIndex, narrowed };
}

/** How one rule grants a permission: through its first resource entry that grants any of the checks (all required parts, for a composite). */
export function ruleGrantsPermission(rule: PolicyRule, p: Permission, options: GrantOptions = {}): Grant | undefined {
  if (p.requires) {
    const parts = p.requires.map((id) => ruleGrantsPermission(rule, PERMISSIONS[id], options));
    return parts.every((g) => g !== undefined) ? parts[0] : undefined;
  }
  let best: Grant | undefined;
  for (const c of p.checks) {
    const g = ruleGrants(rule, c, options);
    if (g && (!best || g.resourceIndex < best.resourceIndex)) best = g;
  }
  return best;
}

/** Permissions that make a subject stronger than it looks, worst first, for "holds sensitive permissions". */
export const SENSITIVE: readonly PermissionId[] = [
  'escalation-verbs',
  'nodes-proxy',
  'webhook-write',
  'csr-approve',
  'binding-write',
  'token-request',
  'pod-exec',
  'pod-create',
  'pod-update',
  'secrets-read',
  'pv-create',
];

export interface RulesGrant {
  permission: Permission;
  /** Index (in the given list) of the first rule that grants it (for a composite, its first part). */
  index: number;
  grant: Grant;
}

/**
 * The permissions of `ids` that a set of rules holds together in a scope, in the order of `ids`.
 * Grants narrowed by resourceNames do not count (they reach named objects only); a composite
 * permission (CSR approval) counts when every part is granted, by one rule or several.
 */
export function rulesHold(rules: readonly PolicyRule[], ids: readonly PermissionId[] = SENSITIVE, options: GrantOptions = {}): RulesGrant[] {
  const out: RulesGrant[] = [];
  const first = (p: Permission): RulesGrant | undefined => {
    if (p.requires) {
      const parts = p.requires.map((id) => first(PERMISSIONS[id]));
      return parts.every((x) => x !== undefined) ? { permission: p, index: parts[0]!.index, grant: parts[0]!.grant } : undefined;
    }
    for (const [index, rule] of rules.entries()) {
      const grant = ruleGrantsPermission(rule, p, options);
      if (grant && (!grant.narrowed || narrowedStillStrong(p, rule))) return { permission: p, index, grant };
    }
    return undefined;
  };
  for (const id of ids) {
    const g = first(PERMISSIONS[id]);
    if (g) out.push(g);
  }
  return out;
}

/** What a role hands out when bound: admin-equivalent, or the sensitive permissions it holds (in the scope it would be bound in). */
export interface RoleStrength {
  adminEquivalent: boolean;
  sensitive: Permission[];
}

export function roleStrength(role: RoleInfo, scope: Scope): RoleStrength {
  const rules = role.rules.map((r) => r.rule);
  return { adminEquivalent: isAdminEquivalent(rules), sensitive: rulesHold(rules, SENSITIVE, { scope }).map((g) => g.permission) };
}

/** A role a `bind` rule narrowed by resourceNames may bind, with what binding it hands out. */
export interface BindTarget {
  /** The name as written in resourceNames (`*` is a literal name, not a wildcard). */
  name: string;
  kind: 'Role' | 'ClusterRole';
  /** The roles of that name the rule reaches (none when not in the scanned files or built in). */
  roles: RoleInfo[];
  strength: RoleStrength | undefined;
}

/**
 * The roles a `bind` grant narrowed by resourceNames reaches: ClusterRoles by name for `clusterroles`;
 * for `roles`, the Roles of that name in `namespace` (the Role's, or a RoleBinding's), or in any
 * namespace when the rule applies cluster-wide. Binding a harmless role (`view`) is no escalation.
 */
export function bindTargets(engine: RbacEngine, rule: PolicyRule, grant: Grant, namespace: string | undefined): BindTarget[] {
  const kind = grant.check.resource === 'clusterroles' ? 'ClusterRole' : 'Role';
  const scope: Scope = kind === 'Role' ? 'namespace' : namespace === undefined ? 'cluster' : 'namespace';
  return rule.resourceNames.map((name) => {
    const roles =
      kind === 'ClusterRole'
        ? [engine.clusterRole(name)].filter((r): r is RoleInfo => r !== undefined)
        : engine.rolesNamed(name).filter((r) => namespace === undefined || r.namespace === namespace);
    const strengths = roles.map((r) => roleStrength(r, scope));
    const strength =
      strengths.length === 0
        ? undefined
        : { adminEquivalent: strengths.some((s) => s.adminEquivalent), sensitive: [...new Set(strengths.flatMap((s) => s.sensitive))] };
    return { name, kind, roles, strength };
  });
}

/** A bind target that hands out something sensitive. */
export const isStrong = (t: BindTarget): boolean => !!t.strength && (t.strength.adminEquivalent || t.strength.sensitive.length > 0);

export interface HeldPermission {
  permission: Permission;
  /** Namespace where it is held; undefined for cluster-wide. */
  namespace: string | undefined;
  via: EffectiveRule;
  grant: Grant;
}

/**
 * Sensitive permissions the user holds through bindings (each permission once per scope), worst
 * first. RoleBindings grant nothing on cluster-scoped resources; `bind` narrowed by resourceNames
 * counts only when a named role hands out something sensitive.
 */
export function sensitivePermissions(engine: RbacEngine, user: UserInfo): HeldPermission[] {
  const held: HeldPermission[] = [];
  const seen = new Set<string>();
  const rules = engine.rulesFor(user);
  const scopeOf = (r: EffectiveRule): Scope => (r.namespace === undefined ? 'cluster' : 'namespace');
  for (const id of SENSITIVE) {
    const p = PERMISSIONS[id];
    if (p.requires) {
      // CertificateSigningRequests are cluster-scoped: every part must be held cluster-wide.
      const clusterWide = rules.filter((r) => r.namespace === undefined);
      const parts = p.requires.map((part) =>
        clusterWide.find((r) => {
          const g = ruleGrantsPermission(r.rule.rule, PERMISSIONS[part]);
          return g && (!g.narrowed || narrowedStillStrong(PERMISSIONS[part], r.rule.rule));
        }),
      );
      if (parts.every((x) => x !== undefined)) held.push({ permission: p, namespace: undefined, via: parts[0]!, grant: ruleGrantsPermission(parts[0]!.rule.rule, PERMISSIONS[p.requires[0]!])! });
      continue;
    }
    for (const r of rules) {
      const g = ruleGrantsPermission(r.rule.rule, p, { scope: scopeOf(r) });
      if (!g) continue;
      if (g.narrowed) {
        const bind = id === 'escalation-verbs' && g.verb === 'bind' && bindTargets(engine, r.rule.rule, g, r.namespace).some(isStrong);
        if (!bind) continue;
      }
      const key = `${id}|${r.namespace ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      held.push({ permission: p, namespace: r.namespace, via: r, grant: g });
    }
  }
  return held;
}

export { ruleAllows };
