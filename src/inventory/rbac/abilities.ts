/**
 * What a policy rule lets its holder do towards another identity (SPEC §3.4): create or edit pods
 * (and so run as any account of the namespace), exec into running pods, mint tokens, read token
 * Secrets, impersonate, bind or escalate roles, and the permissions that amount to cluster-admin.
 * Each ability is a set of checks against the rule, matched with `ruleGrants` (permissions.ts).
 */
import { ruleGrants, type Check } from './permissions.js';
import { ALL } from './match.js';
import type { PolicyRule } from './types.js';

export type AbilityKind =
  | 'admin'
  | 'pod-create'
  | 'pod-template'
  | 'pod-exec'
  | 'token-create'
  | 'secrets-get'
  | 'secrets-list'
  | 'impersonate-sa'
  | 'impersonate-user'
  | 'impersonate-group'
  | 'bind-role'
  | 'bind-clusterrole'
  | 'escalate-role'
  | 'escalate-clusterrole'
  | 'write-role'
  | 'write-clusterrole'
  | 'rb-create'
  | 'rb-update'
  | 'crb-create'
  | 'crb-update'
  | 'mutating-webhook'
  | 'validating-webhook'
  | 'nodes-proxy'
  | 'csr-create'
  | 'csr-approve'
  | 'signer-approve'
  | 'pv-create';

interface AbilityDef {
  kind: AbilityKind;
  checks: readonly Check[];
  /**
   * The resource is cluster-scoped: requests carry no namespace, so only ClusterRoleBindings grant
   * it (`bind` on `clusterroles` is the exception: it is checked in the namespace of the RoleBinding
   * being written, so it is not marked here).
   */
  cluster?: boolean;
  /**
   * Requests name one object, so `resourceNames` narrow the ability to those names. When false, the
   * requests carry no name (create, list, watch, deletecollection) and a narrowed rule grants nothing.
   */
  named: boolean;
}

const RBAC = 'rbac.authorization.k8s.io';
const ADMISSION = 'admissionregistration.k8s.io';
const CERTS = 'certificates.k8s.io';
const c = (group: string, verbs: readonly string[], ...resources: string[]): Check[] => resources.map((resource) => ({ verbs, group, resource }));

/** Pod controllers whose pod template can be edited (a Job's template is immutable). */
const TEMPLATE_CONTROLLERS = [...c('', ['update', 'patch'], 'replicationcontrollers'), ...c('apps', ['update', 'patch'], 'deployments', 'replicasets', 'statefulsets', 'daemonsets'), ...c('batch', ['update', 'patch'], 'cronjobs')];

export const ABILITIES: readonly AbilityDef[] = [
  {
    kind: 'pod-create',
    checks: [...c('', ['create'], 'pods', 'replicationcontrollers'), ...c('apps', ['create'], 'deployments', 'replicasets', 'statefulsets', 'daemonsets'), ...c('batch', ['create'], 'jobs', 'cronjobs')],
    named: false,
  },
  { kind: 'pod-template', checks: TEMPLATE_CONTROLLERS, named: true },
  {
    kind: 'pod-exec',
    checks: [...c('', ['create', 'get'], 'pods/exec', 'pods/attach'), ...c('', ['update', 'patch'], 'pods/ephemeralcontainers', 'pods')],
    named: true,
  },
  { kind: 'token-create', checks: c('', ['create'], 'serviceaccounts/token'), named: true },
  { kind: 'secrets-get', checks: c('', ['get', 'patch'], 'secrets'), named: true },
  { kind: 'secrets-list', checks: c('', ['list', 'watch', 'deletecollection'], 'secrets'), named: false },
  { kind: 'impersonate-sa', checks: c('', ['impersonate'], 'serviceaccounts'), named: true },
  { kind: 'impersonate-user', checks: c('', ['impersonate'], 'users'), cluster: true, named: true },
  { kind: 'impersonate-group', checks: c('', ['impersonate'], 'groups'), cluster: true, named: true },
  { kind: 'bind-role', checks: c(RBAC, ['bind'], 'roles'), named: true },
  { kind: 'bind-clusterrole', checks: c(RBAC, ['bind'], 'clusterroles'), named: true },
  { kind: 'escalate-role', checks: c(RBAC, ['escalate'], 'roles'), named: true },
  { kind: 'escalate-clusterrole', checks: c(RBAC, ['escalate'], 'clusterroles'), cluster: true, named: true },
  { kind: 'write-role', checks: c(RBAC, ['update', 'patch'], 'roles'), named: true },
  { kind: 'write-clusterrole', checks: c(RBAC, ['update', 'patch'], 'clusterroles'), cluster: true, named: true },
  { kind: 'rb-create', checks: c(RBAC, ['create'], 'rolebindings'), named: false },
  { kind: 'rb-update', checks: c(RBAC, ['update', 'patch'], 'rolebindings'), named: true },
  { kind: 'crb-create', checks: c(RBAC, ['create'], 'clusterrolebindings'), cluster: true, named: false },
  { kind: 'crb-update', checks: c(RBAC, ['update', 'patch'], 'clusterrolebindings'), cluster: true, named: true },
  { kind: 'mutating-webhook', checks: c(ADMISSION, ['create', 'update', 'patch'], 'mutatingwebhookconfigurations'), cluster: true, named: true },
  { kind: 'validating-webhook', checks: c(ADMISSION, ['create', 'update', 'patch'], 'validatingwebhookconfigurations'), cluster: true, named: true },
  { kind: 'nodes-proxy', checks: c('', ['get', 'create'], 'nodes/proxy'), cluster: true, named: true },
  { kind: 'csr-create', checks: c(CERTS, ['create'], 'certificatesigningrequests'), cluster: true, named: false },
  { kind: 'csr-approve', checks: c(CERTS, ['update'], 'certificatesigningrequests/approval'), cluster: true, named: true },
  { kind: 'signer-approve', checks: c(CERTS, ['approve'], 'signers'), cluster: true, named: true },
  { kind: 'pv-create', checks: c('', ['create'], 'persistentvolumes'), cluster: true, named: false },
];

const DEFS = new Map(ABILITIES.map((d) => [d.kind, d]));

export const isClusterAbility = (kind: AbilityKind): boolean => DEFS.get(kind)?.cluster === true;

/** An ability one policy rule grants, before its scope is known. */
export interface RuleAbility {
  kind: AbilityKind;
  /** The verb that grants it (the check's verb; the rule may say `*`). */
  verb: string;
  /** The resource entry of the rule that grants it, as written, and its index. */
  resource: string;
  resourceIndex: number;
  /** The check's resource (`pods`, `deployments`, `serviceaccounts/token`...). */
  target: string;
  /** `resourceNames` of the rule; undefined when the rule allows any name. */
  names: readonly string[] | undefined;
}

/** `*` verbs on `*` resources in `*` groups, not narrowed: cluster-admin, or namespace admin through a RoleBinding. */
export const isAdminRule = (r: PolicyRule): boolean =>
  r.verbs.includes(ALL) && r.apiGroups.includes(ALL) && r.resources.includes(ALL) && r.resourceNames.length === 0;

const memo = new WeakMap<PolicyRule, RuleAbility[]>();

/** The abilities one rule grants (memoized: roles are shared by many bindings). */
export function ruleAbilities(rule: PolicyRule): RuleAbility[] {
  let out = memo.get(rule);
  if (out) return out;
  out = [];
  if (isAdminRule(rule)) out.push({ kind: 'admin', verb: ALL, resource: ALL, resourceIndex: rule.resources.indexOf(ALL), target: ALL, names: undefined });
  const narrowed = rule.resourceNames.length > 0;
  for (const d of ABILITIES) {
    if (narrowed && !d.named) continue;
    for (const check of d.checks) {
      const g = ruleGrants(rule, check);
      if (!g) continue;
      // list, watch and deletecollection never carry a name (ruleGrants knows create and deletecollection).
      out.push({ kind: d.kind, verb: g.verb, resource: rule.resources[g.resourceIndex]!, resourceIndex: g.resourceIndex, target: check.resource, names: narrowed ? rule.resourceNames : undefined });
      break;
    }
  }
  memo.set(rule, out);
  return out;
}

/** Whether the names an ability is narrowed to allow `name` (undefined: any name). */
export const allowsName = (names: readonly string[] | undefined, name: string): boolean => names === undefined || names.includes(name);
