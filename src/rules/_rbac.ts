/**
 * Shared shape of the RBAC rules of SPEC §6.2. Findings about a role's content go on the rule's
 * entry in the Role/ClusterRole, with the bindings that grant it as related locations, and their
 * level rises with scope: bound cluster-wide (one level up), bound in a namespace (the rule's
 * level), not bound in the set (one level down).
 */
import type { JsonPath, Level, RuleMeta } from '../model/types.js';
import type { K8sObject } from '../load/load.js';
import { RBAC_GROUP } from '../load/kinds.js';
import type { RbacEngine } from '../inventory/rbac/engine.js';
import type { BindingInfo, PolicyRule, RoleInfo, SubjectInfo } from '../inventory/rbac/types.js';
import { ruleGrants, ruleGrantsPermission, type Grant, type Permission, type Scope } from '../inventory/rbac/permissions.js';
import { defineRule, type RelatedRef, type Rule, type RuleContext } from './rule.js';

export const isRole = (o: K8sObject): boolean => o.ref.group === RBAC_GROUP && (o.ref.kind === 'Role' || o.ref.kind === 'ClusterRole');
export const isBinding = (o: K8sObject): boolean => o.ref.group === RBAC_GROUP && (o.ref.kind === 'RoleBinding' || o.ref.kind === 'ClusterRoleBinding');

const UP: Record<Level, Level> = { note: 'warning', warning: 'error', error: 'error' };
const DOWN: Record<Level, Level> = { note: 'note', warning: 'note', error: 'warning' };

export function levelForScope(level: Level, scope: 'cluster' | 'namespace' | 'unbound'): Level {
  return scope === 'cluster' ? UP[level] : scope === 'unbound' ? DOWN[level] : level;
}

/** "a, b and c" */
export const and = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** `ns/name` of a RoleBinding, `name` of a ClusterRoleBinding. */
export const bindingName = (b: BindingInfo): string => `${b.namespace ? `${b.namespace}/` : ''}${b.name}`;

export const bindingLabel = (b: BindingInfo): string => `${b.kind} \`${b.namespace ? `${b.namespace}/` : ''}${b.name}\``;
export const roleLabel = (r: RoleInfo): string => `${r.kind} \`${r.namespace ? `${r.namespace}/` : ''}${r.name}\``;

/** "bound cluster-wide by ClusterRoleBinding `x`", "bound in namespace `ns` by RoleBinding `y`", "not bound in the scanned files". */
export function scopePhrase(engine: RbacEngine, role: RoleInfo): string {
  const bs = engine.grantingBindings(role).filter((b) => b.subjects.length > 0);
  const cluster = bs.filter((b) => b.kind === 'ClusterRoleBinding');
  const more = (n: number): string => (n > 1 ? ` and ${n - 1} more` : '');
  if (cluster.length > 0) return `bound cluster-wide by ${bindingLabel(cluster[0]!)}${more(cluster.length)}`;
  if (bs.length > 0) return `bound in namespace \`${bs[0]!.namespace}\` by ${bindingLabel(bs[0]!)}${more(bs.length)}`;
  return 'not bound in the scanned files';
}

/** The bindings of the set that grant a role, as related locations. */
export function grantingRefs(engine: RbacEngine, role: RoleInfo, limit = 10): RelatedRef[] {
  return engine
    .grantingBindings(role)
    .filter((b) => b.object)
    .slice(0, limit)
    .map((b) => ({ object: b.object!, path: ['roleRef', 'name'], label: bindingLabel(b) }));
}

export interface RoleRuleVisit {
  role: RoleInfo;
  rule: PolicyRule;
  index: number;
  /** Path of the rule in the object: `['rules', i]`. */
  path: JsonPath;
}

/**
 * Each rule written in a Role/ClusterRole object that is in force as written. An aggregated
 * ClusterRole's own rules are not: the aggregation controller overwrites them with the rules it
 * gathers, which are reported where they are written.
 */
export function eachOwnRule(o: K8sObject, ctx: RuleContext, visit: (v: RoleRuleVisit) => void): void {
  const role = ctx.inventory.rbac.roleOf(o);
  if (!role || role.aggregation) return;
  role.ownRules.forEach((rule, index) => visit({ role, rule, index, path: ['rules', index] }));
}

/**
 * Where a role's rules take effect in the set: a Role, or a ClusterRole that only RoleBindings bind,
 * grants inside namespaces only (and so nothing on cluster-scoped resources); a ClusterRole bound
 * cluster-wide, or not bound in the set, is judged for the whole cluster.
 */
export function roleReach(engine: RbacEngine, role: RoleInfo): Scope {
  if (role.kind === 'Role') return 'namespace';
  return engine.scopeOf(role) === 'namespace' ? 'namespace' : 'cluster';
}

/** Reports a finding about a role's content with its scope: level, phrase and granting bindings. */
export function reportOnRole(
  ctx: RuleContext,
  role: RoleInfo,
  r: { messageId: string; level: Level; path: JsonPath; data: Record<string, string | number>; /** The level does not follow the scope. */ fixed?: boolean },
): void {
  const engine = ctx.inventory.rbac;
  ctx.report({
    messageId: r.messageId,
    level: r.fixed ? r.level : levelForScope(r.level, engine.scopeOf(role)),
    path: r.path,
    data: { role: roleLabel(role), scope: scopePhrase(engine, role), ...r.data },
    related: grantingRefs(engine, role),
  });
}

/** How a rule classifies one grant: its message, level (before scope) and extra data. */
export interface Classified {
  messageId: string;
  level: Level;
  data?: Record<string, string | number>;
}

export interface PermissionRuleSpec {
  id: string;
  meta: RuleMeta;
  permission: Permission;
  /** Message and level for a grant (before scope); undefined skips it. Default: `grant` at the rule's level. */
  classify?: (grant: Grant, rule: PolicyRule, ctx: { engine: RbacEngine; role: RoleInfo }) => Classified | undefined;
  /** A weaker permission reported (with its own message and level) when a rule grants only that. */
  fallback?: { permission: Permission; messageId: string; level: Level; fixed?: boolean };
}

/** The verbs of a rule that count for a permission, as written (`*` included). */
export function grantedVerbs(rule: PolicyRule, p: Permission, scope: Scope = 'cluster'): string[] {
  const verbs = rule.verbs.filter((v) => v === '*' || p.checks.some((c) => c.verbs.includes(v) && ruleGrants({ ...rule, verbs: [v] }, c, { scope, explicit: true })));
  return verbs.length > 0 ? verbs : rule.verbs.slice(0, 1);
}

/**
 * A rule that reports every role rule granting a permission where the role takes effect, on the
 * resource entry that grants it. Grants through `resources: ["*"]` are left to rbac-wildcard, which
 * names what the wildcard implies.
 */
export function permissionRule(spec: PermissionRuleSpec): Rule {
  return defineRule({
    id: spec.id,
    meta: spec.meta,
    appliesTo: isRole,
    check(o, ctx) {
      eachOwnRule(o, ctx, ({ role, rule, path }) => {
        const engine = ctx.inventory.rbac;
        const scope = roleReach(engine, role);
        let permission = spec.permission;
        let grant = ruleGrantsPermission(rule, permission, { scope, explicit: true });
        let c: (Classified & { fixed?: boolean }) | undefined;
        if (grant) c = spec.classify ? spec.classify(grant, rule, { engine, role }) : { messageId: 'grant', level: spec.meta.level };
        else if (spec.fallback) {
          permission = spec.fallback.permission;
          grant = ruleGrantsPermission(rule, permission, { scope, explicit: true });
          c = spec.fallback;
        }
        if (!grant || !c) return;
        const resource = rule.resources[grant.resourceIndex]!;
        reportOnRole(ctx, role, {
          messageId: c.messageId,
          level: c.level,
          path: [...path, 'resources', grant.resourceIndex],
          data: { verb: grantedVerbs(rule, permission, scope).join('`, `'), resource, names: rule.resourceNames.join(', '), ...c.data },
          ...(c.fixed ? { fixed: true } : {}),
        });
      });
    },
  });
}

export const subjectLabel = (s: SubjectInfo, b: BindingInfo): string =>
  s.kind === 'ServiceAccount' ? `ServiceAccount \`${s.namespace || b.namespace || '?'}/${s.name}\`` : `${s.kind} \`${s.name}\``;

/** "ServiceAccount `a/b`, Group `c` and 2 more" */
export function subjectsText(b: BindingInfo): string {
  const shown = b.subjects.slice(0, 3).map((s) => subjectLabel(s, b));
  if (shown.length === 0) return 'no subject';
  return shown.join(', ') + (b.subjects.length > 3 ? ` and ${b.subjects.length - 3} more` : '');
}

/** "cluster-wide" or "in namespace `ns`" */
export const bindingScope = (b: BindingInfo): string => (b.kind === 'ClusterRoleBinding' ? 'cluster-wide' : `in namespace \`${b.namespace}\``);

/** The binding read from a RoleBinding or ClusterRoleBinding object. */
export function bindingOf(o: K8sObject, ctx: RuleContext): BindingInfo | undefined {
  return ctx.inventory.rbac.bindingOf(o);
}

