/**
 * What a policy rule lets its holder do towards another identity (SPEC §3.4): create or edit pods
 * (and so run as any account of the namespace), exec into running pods, mint tokens, read token
 * Secrets, impersonate, bind or escalate roles, and the permissions that amount to cluster-admin.
 * Each ability is a set of checks against the rule, matched with `ruleGrants` (permissions.ts).
 */
import { API_SERVER_SIGNERS, PERMISSIONS, POD_CONTROLLERS, ruleGrants, type Check } from './permissions.js';
import { allowedInNamespace } from './catalog.js';
import { ALL } from './match.js';
import type { PolicyRule } from './types.js';

export type AbilityKind =
  | 'admin'
  | 'pod-run'
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
   * Requests name one object, so `resourceNames` narrow the ability to those names. When false, the
   * requests carry no name (create, list, watch, deletecollection) and a narrowed rule grants nothing.
   */
  named: boolean;
}

const RBAC = 'rbac.authorization.k8s.io';
const ADMISSION = 'admissionregistration.k8s.io';
const CERTS = 'certificates.k8s.io';
const c = (group: string, verbs: readonly string[], ...resources: string[]): Check[] => resources.map((resource) => ({ verbs, group, resource }));
const P = PERMISSIONS;

/**
 * The abilities, from the permissions of permissions.ts where they are the same, split where the
 * graph needs more: which requests carry a name, which binding kind is written, which webhook.
 */
export const ABILITIES: readonly AbilityDef[] = [
  // Creating pods or controllers, or editing a controller's pod template (a Job's is immutable); a
  // narrowed rule still lets its holder edit the named controller's template.
  { kind: 'pod-run', checks: POD_CONTROLLERS, named: true },
  // Into running pods: exec, attach, an ephemeral container, or an image swap (port-forward runs no code).
  { kind: 'pod-exec', checks: [...P['pod-exec'].checks.filter((x) => x.resource !== 'pods/portforward'), ...P['pod-update'].checks], named: true },
  { kind: 'token-create', checks: P['token-request'].checks, named: true },
  // Secrets: get and patch name one Secret; list, watch and deletecollection read them all.
  { kind: 'secrets-get', checks: c('', ['get', 'patch'], 'secrets'), named: true },
  { kind: 'secrets-list', checks: c('', ['list', 'watch', 'deletecollection'], 'secrets'), named: false },
  { kind: 'impersonate-sa', checks: c('', ['impersonate'], 'serviceaccounts'), named: true },
  { kind: 'impersonate-user', checks: c('', ['impersonate'], 'users'), named: true },
  { kind: 'impersonate-group', checks: c('', ['impersonate'], 'groups'), named: true },
  { kind: 'bind-role', checks: c(RBAC, ['bind'], 'roles'), named: true },
  { kind: 'bind-clusterrole', checks: c(RBAC, ['bind'], 'clusterroles'), named: true },
  { kind: 'escalate-role', checks: c(RBAC, ['escalate'], 'roles'), named: true },
  { kind: 'escalate-clusterrole', checks: c(RBAC, ['escalate'], 'clusterroles'), named: true },
  { kind: 'write-role', checks: c(RBAC, ['update', 'patch'], 'roles'), named: true },
  { kind: 'write-clusterrole', checks: c(RBAC, ['update', 'patch'], 'clusterroles'), named: true },
  { kind: 'rb-create', checks: c(RBAC, ['create'], 'rolebindings'), named: false },
  { kind: 'rb-update', checks: c(RBAC, ['update', 'patch'], 'rolebindings'), named: true },
  { kind: 'crb-create', checks: c(RBAC, ['create'], 'clusterrolebindings'), named: false },
  { kind: 'crb-update', checks: c(RBAC, ['update', 'patch'], 'clusterrolebindings'), named: true },
  { kind: 'mutating-webhook', checks: c(ADMISSION, ['create', 'update', 'patch'], 'mutatingwebhookconfigurations'), named: true },
  { kind: 'validating-webhook', checks: c(ADMISSION, ['create', 'update', 'patch'], 'validatingwebhookconfigurations'), named: true },
  { kind: 'nodes-proxy', checks: P['nodes-proxy'].checks, named: true },
  { kind: 'csr-create', checks: c(CERTS, ['create'], 'certificatesigningrequests'), named: false },
  { kind: 'csr-approve', checks: P['csr-approval-update'].checks, named: true },
  { kind: 'signer-approve', checks: P['signer-approve'].checks, named: true },
  { kind: 'pv-create', checks: P['pv-create'].checks, named: false },
];

/**
 * Whether a RoleBinding can grant an ability: whether its requests carry a namespace (a Role never
 * grants cluster-scoped resources; `bind` on `clusterroles` is checked in the binding's namespace).
 */
export const grantedInNamespace = (a: RuleAbility): boolean => a.kind === 'admin' || allowedInNamespace(a.group, a.target, a.verb);

/** Signers whose certificates the API server takes for any user and group, `system:masters` included (not the kubelet client signer: node identities only). */
export const CLIENT_SIGNERS: readonly string[] = API_SERVER_SIGNERS.filter((x) => x !== 'kubernetes.io/kube-apiserver-client-kubelet');

/** An ability one policy rule grants, before its scope is known. */
export interface RuleAbility {
  kind: AbilityKind;
  /** The verb that grants it (the check's verb; the rule may say `*`). */
  verb: string;
  /** The resource entry of the rule that grants it, as written, and its index. */
  resource: string;
  resourceIndex: number;
  /** The check's API group and resource (`pods`, `deployments`, `serviceaccounts/token`...). */
  group: string;
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
  if (isAdminRule(rule)) out.push({ kind: 'admin', verb: ALL, resource: ALL, resourceIndex: rule.resources.indexOf(ALL), group: ALL, target: ALL, names: undefined });
  const narrowed = rule.resourceNames.length > 0;
  for (const d of ABILITIES) {
    if (narrowed && !d.named) continue;
    for (const check of d.checks) {
      const g = ruleGrants(rule, check);
      if (!g) continue;
      // list, watch and deletecollection never carry a name (ruleGrants knows create and deletecollection).
      out.push({ kind: d.kind, verb: g.verb, resource: rule.resources[g.resourceIndex]!, resourceIndex: g.resourceIndex, group: check.group, target: check.resource, names: narrowed ? rule.resourceNames : undefined });
      break;
    }
  }
  memo.set(rule, out);
  return out;
}

/** Whether the names an ability is narrowed to allow `name` (undefined: any name). */
export const allowsName = (names: readonly string[] | undefined, name: string): boolean => names === undefined || names.includes(name);
