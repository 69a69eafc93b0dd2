/**
 * The RBAC authorizer over the scanned set plus the built-in roles and bindings: which bindings are
 * consulted, subject matching, aggregation to a fixed point, effective rules, who-can.
 */
import type { K8sObject } from '../../load/load.js';
import { RBAC_GROUP } from '../../load/kinds.js';
import type { FieldReader } from '../fields.js';
import { BOOTSTRAP } from './bootstrap.generated.js';
import { policyRule, ruleAllows, selectorMatches, subjectApplies } from './match.js';
import type { BindingInfo, Decision, EffectiveRule, LabelSelector, PolicyRule, Request, RoleInfo, RuleRef, SubjectInfo, UserInfo } from './types.js';

export interface EngineOptions {
  /** Include the built-in roles and bindings (default true). */
  builtins?: boolean;
}

const ruleKey = (r: PolicyRule): string => JSON.stringify([r.verbs, r.apiGroups, r.resources, r.resourceNames, r.nonResourceURLs]);

export class RbacEngine {
  readonly roles: RoleInfo[] = [];
  readonly bindings: BindingInfo[] = [];
  private readonly clusterRoles = new Map<string, RoleInfo>();
  private readonly namespacedRoles = new Map<string, RoleInfo>();
  private readonly clusterBindings: BindingInfo[] = [];
  private readonly roleBindings = new Map<string, BindingInfo[]>();
  private readonly bindingsByRole = new Map<RoleInfo, BindingInfo[]>();
  /** Every Role and ClusterRole object of the set, also those a later object of the same name replaces. */
  private readonly roleByObject = new Map<K8sObject, RoleInfo>();
  /** For each role, the aggregated roles that carry its rules. */
  private readonly aggregatedInto = new Map<RoleInfo, RoleInfo[]>();

  constructor(objects: readonly K8sObject[], reader: FieldReader, options: EngineOptions = {}) {
    const roles: RoleInfo[] = [];
    const bindings: BindingInfo[] = [];
    for (const o of objects) {
      if (o.ref.group !== RBAC_GROUP) continue;
      if (o.ref.kind === 'Role' || o.ref.kind === 'ClusterRole') roles.push(readRole(o, reader));
      else if (o.ref.kind === 'RoleBinding' || o.ref.kind === 'ClusterRoleBinding') bindings.push(readBinding(o, reader));
    }
    if (options.builtins !== false) {
      for (const r of BOOTSTRAP.roles) {
        roles.push({
          kind: r.kind,
          namespace: r.kind === 'Role' ? r.namespace : undefined,
          name: r.name,
          object: undefined,
          builtin: true,
          labels: r.labels,
          ownRules: r.rules.map((x) => policyRule(x)),
          aggregation: r.aggregationRule,
          rules: [],
        });
      }
      for (const b of BOOTSTRAP.bindings) {
        bindings.push({
          kind: b.kind,
          namespace: b.kind === 'RoleBinding' ? b.namespace : undefined,
          name: b.name,
          object: undefined,
          builtin: true,
          roleRef: b.roleRef,
          subjects: b.subjects.map((s, index) => ({ kind: s.kind, name: s.name, namespace: s.namespace, index })),
          role: undefined,
        });
      }
    }
    for (const r of roles) if (r.object) this.roleByObject.set(r.object, r);
    // The set wins over a built-in of the same name; within the set the last object wins, as with kubectl apply.
    for (const r of roles) {
      const key = r.kind === 'ClusterRole' ? r.name : `${r.namespace}/${r.name}`;
      const map = r.kind === 'ClusterRole' ? this.clusterRoles : this.namespacedRoles;
      const prev = map.get(key);
      if (prev && !prev.builtin && r.builtin) continue;
      map.set(key, r);
    }
    this.roles.push(...this.clusterRoles.values(), ...this.namespacedRoles.values());
    for (const r of roles) r.rules = r.ownRules.map((rule, index) => ({ rule, origin: r, index }));
    this.aggregate();
    for (const b of bindings) {
      b.role = this.resolve(b);
      this.bindings.push(b);
      if (b.kind === 'ClusterRoleBinding') this.clusterBindings.push(b);
      else push(this.roleBindings, b.namespace ?? '', b);
      if (b.role) push(this.bindingsByRole, b.role, b);
    }
  }

  /** The role a binding's roleRef names, or undefined (a binding to a missing role grants nothing). */
  private resolve(b: BindingInfo): RoleInfo | undefined {
    if (b.roleRef.apiGroup !== RBAC_GROUP && b.roleRef.apiGroup !== '') return undefined;
    if (b.roleRef.kind === 'ClusterRole') return this.clusterRoles.get(b.roleRef.name);
    if (b.roleRef.kind === 'Role' && b.kind === 'RoleBinding') return this.namespacedRoles.get(`${b.namespace}/${b.roleRef.name}`);
    return undefined;
  }

  /** Aggregated ClusterRoles: rules replaced by the union of the selected roles' rules, to a fixed point. */
  private aggregate(): void {
    const all = [...this.clusterRoles.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const aggregated = all.filter((r) => r.aggregation !== undefined);
    for (let pass = 0; pass <= aggregated.length + 1; pass++) {
      let changed = false;
      for (const role of aggregated) {
        const seen = new Set<string>();
        const rules: RuleRef[] = [];
        for (const sel of role.aggregation!) {
          for (const m of all) {
            if (m === role || !selectorMatches(sel, m.labels)) continue;
            for (const rr of m.rules) {
              const k = ruleKey(rr.rule);
              if (seen.has(k)) continue;
              seen.add(k);
              rules.push(rr);
            }
          }
        }
        if (rules.length !== role.rules.length || rules.some((r, i) => ruleKey(r.rule) !== ruleKey(role.rules[i]!.rule))) {
          role.rules = rules;
          changed = true;
        }
      }
      if (!changed) break;
    }
    for (const role of aggregated) {
      for (const rr of role.rules) if (rr.origin !== role) push(this.aggregatedInto, rr.origin, role);
    }
    for (const [k, v] of this.aggregatedInto) this.aggregatedInto.set(k, [...new Set(v)]);
  }

  clusterRole(name: string): RoleInfo | undefined {
    return this.clusterRoles.get(name);
  }

  role(namespace: string, name: string): RoleInfo | undefined {
    return this.namespacedRoles.get(`${namespace}/${name}`);
  }

  /** The role read from a Role or ClusterRole object of the set. */
  roleOf(o: K8sObject): RoleInfo | undefined {
    return this.roleByObject.get(o);
  }

  /** The role in force under the same identity (a later object of the same name replaces an earlier one). */
  inForce(role: RoleInfo): RoleInfo {
    const r = role.kind === 'ClusterRole' ? this.clusterRoles.get(role.name) : this.namespacedRoles.get(`${role.namespace}/${role.name}`);
    return r ?? role;
  }

  bindingOf(o: K8sObject): BindingInfo | undefined {
    return this.bindings.find((b) => b.object === o);
  }

  /** Bindings that name this role directly. */
  bindingsOf(role: RoleInfo): readonly BindingInfo[] {
    return this.bindingsByRole.get(role) ?? [];
  }

  /** Aggregated ClusterRoles that carry this role's rules. */
  aggregatedRolesOf(role: RoleInfo): readonly RoleInfo[] {
    return this.aggregatedInto.get(role) ?? [];
  }

  /** Bindings through which this role's rules are granted: its own, and those of roles it aggregates into. */
  grantingBindings(role: RoleInfo): BindingInfo[] {
    const r = this.inForce(role);
    return [...this.bindingsOf(r), ...this.aggregatedRolesOf(r).flatMap((a) => this.bindingsOf(a))];
  }

  /** How widely the role's rules are granted in the set. */
  scopeOf(role: RoleInfo): 'cluster' | 'namespace' | 'unbound' {
    const bs = this.grantingBindings(role).filter((b) => b.subjects.length > 0);
    if (bs.some((b) => b.kind === 'ClusterRoleBinding')) return 'cluster';
    return bs.length > 0 ? 'namespace' : 'unbound';
  }

  /** Bindings consulted for a request, in the authorizer's order: ClusterRoleBindings, then RoleBindings of the namespace. */
  private consulted(req: Request): BindingInfo[] {
    if (req.kind === 'resource' && req.namespace !== '') return [...this.clusterBindings, ...(this.roleBindings.get(req.namespace) ?? [])];
    return this.clusterBindings;
  }

  authorize(user: UserInfo, req: Request): Decision {
    if (user.groups.includes('system:masters')) return { allowed: true, bypass: 'system:masters', reason: undefined };
    for (const b of this.consulted(req)) {
      if (!b.role) continue;
      const subject = b.subjects.find((s) => subjectApplies(s, user, b.namespace ?? ''));
      if (!subject) continue;
      // RoleBindings never grant non-resource access (consulted() already keeps them out).
      for (const rr of b.role.rules) {
        if (ruleAllows(rr.rule, req)) return { allowed: true, bypass: undefined, reason: { binding: b, role: b.role, rule: rr, subject } };
      }
    }
    return { allowed: false, bypass: undefined, reason: undefined };
  }

  /** Every rule in force for the user: cluster-wide (ClusterRoleBindings) or in a namespace (RoleBindings). */
  rulesFor(user: UserInfo): EffectiveRule[] {
    const out: EffectiveRule[] = [];
    for (const b of this.bindings) {
      if (!b.role) continue;
      const subject = b.subjects.find((s) => subjectApplies(s, user, b.namespace ?? ''));
      if (!subject) continue;
      for (const rr of b.role.rules) {
        if (b.kind === 'RoleBinding' && rr.rule.nonResourceURLs.length > 0 && rr.rule.resources.length === 0) continue;
        out.push({ rule: rr, namespace: b.kind === 'RoleBinding' ? b.namespace : undefined, binding: b, subject });
      }
    }
    return out;
  }

  /** Bindings in the set (not built in) whose subjects include the user. */
  grantsInSet(user: UserInfo): BindingInfo[] {
    return this.bindings.filter((b) => !b.builtin && b.role && b.subjects.some((s) => subjectApplies(s, user, b.namespace ?? '')));
  }

  /** Every binding subject allowed to make the request, with the binding, role and rule. */
  whoCan(req: Request): { subject: SubjectInfo; binding: BindingInfo; role: RoleInfo; rule: RuleRef }[] {
    const out: { subject: SubjectInfo; binding: BindingInfo; role: RoleInfo; rule: RuleRef }[] = [];
    for (const b of this.consulted(req)) {
      if (!b.role) continue;
      const rr = b.role.rules.find((r) => ruleAllows(r.rule, req));
      if (!rr) continue;
      for (const s of b.subjects) {
        // A ServiceAccount subject of a ClusterRoleBinding without namespace matches nobody.
        if (s.kind === 'ServiceAccount' && !s.namespace && b.kind === 'ClusterRoleBinding') continue;
        out.push({ subject: s, binding: b, role: b.role, rule: rr });
      }
    }
    return out;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function readRole(o: K8sObject, r: FieldReader): RoleInfo {
  const ownRules = r.mapItems(o, ['rules']).map(({ index }) => {
    const p = ['rules', index];
    return policyRule({
      verbs: r.strings(o, [...p, 'verbs']),
      apiGroups: r.strings(o, [...p, 'apiGroups']),
      resources: r.strings(o, [...p, 'resources']),
      resourceNames: r.strings(o, [...p, 'resourceNames']),
      nonResourceURLs: r.strings(o, [...p, 'nonResourceURLs']),
    });
  });
  let aggregation: LabelSelector[] | undefined;
  if (o.ref.kind === 'ClusterRole' && r.map(o, ['aggregationRule'])) {
    aggregation = r.mapItems(o, ['aggregationRule', 'clusterRoleSelectors']).map(({ index }) => {
      const p = ['aggregationRule', 'clusterRoleSelectors', index];
      const sel: LabelSelector = {};
      if (r.map(o, [...p, 'matchLabels'])) sel.matchLabels = r.stringMap(o, [...p, 'matchLabels']);
      const exprs = r.mapItems(o, [...p, 'matchExpressions']);
      if (exprs.length > 0) {
        sel.matchExpressions = exprs.map(({ index: i }) => ({
          key: r.string(o, [...p, 'matchExpressions', i, 'key']) ?? '',
          operator: r.string(o, [...p, 'matchExpressions', i, 'operator']) ?? '',
          values: r.strings(o, [...p, 'matchExpressions', i, 'values']),
        }));
      }
      return sel;
    });
  }
  return {
    kind: o.ref.kind as 'Role' | 'ClusterRole',
    namespace: o.ref.kind === 'Role' ? o.ref.namespace : undefined,
    name: o.ref.name,
    object: o,
    builtin: false,
    labels: r.stringMap(o, ['metadata', 'labels']),
    ownRules,
    aggregation,
    rules: [],
  };
}

function readBinding(o: K8sObject, r: FieldReader): BindingInfo {
  return {
    kind: o.ref.kind as 'RoleBinding' | 'ClusterRoleBinding',
    namespace: o.ref.kind === 'RoleBinding' ? o.ref.namespace : undefined,
    name: o.ref.name,
    object: o,
    builtin: false,
    roleRef: {
      kind: r.string(o, ['roleRef', 'kind']) ?? '',
      name: r.string(o, ['roleRef', 'name']) ?? '',
      apiGroup: r.string(o, ['roleRef', 'apiGroup']) ?? '',
    },
    subjects: r.mapItems(o, ['subjects']).map(({ index }) => ({
      kind: r.string(o, ['subjects', index, 'kind']) ?? '',
      name: r.string(o, ['subjects', index, 'name']) ?? '',
      namespace: r.string(o, ['subjects', index, 'namespace']) || undefined,
      index,
    })),
    role: undefined,
  };
}

/** Built-in ClusterRoles that only let subjects discover the API (Kubernetes binds them to everyone). */
export const DISCOVERY_ROLES: ReadonlySet<string> = new Set(['system:discovery', 'system:basic-user', 'system:public-info-viewer', 'system:service-account-issuer-discovery']);

/** A binding to one of the built-in discovery roles. */
export const isDiscoveryBinding = (b: BindingInfo): boolean => b.role?.builtin === true && b.role.kind === 'ClusterRole' && DISCOVERY_ROLES.has(b.role.name);
