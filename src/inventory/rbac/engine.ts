/**
 * The RBAC authorizer over the scanned set plus the built-in roles and bindings: which bindings are
 * consulted, subject matching, aggregation to a fixed point, effective rules, who-can.
 */
import type { K8sObject } from '../../load/load.js';
import { RBAC_GROUP } from '../../load/kinds.js';
import type { FieldReader } from '../fields.js';
import { BOOTSTRAP } from './bootstrap.generated.js';
import { covers, policyRule, ruleAllows, selectorMatches, subjectApplies, subjectKey, userKeys } from './match.js';
import type { BindingInfo, Decision, EffectiveRule, LabelSelector, PolicyRule, Request, RoleInfo, RuleRef, SubjectInfo, UserInfo } from './types.js';

export interface EngineOptions {
  /** Include the built-in roles and bindings (default true). */
  builtins?: boolean;
}

/** Start-up reconciliation of built-in roles and bindings leaves alone objects annotated with `"false"`. */
export const AUTOUPDATE = 'rbac.authorization.kubernetes.io/autoupdate';

const ruleKeys = new WeakMap<PolicyRule, string>();
/** Identity of a rule's content, for dropping exact duplicates. */
function ruleKey(r: PolicyRule): string {
  let k = ruleKeys.get(r);
  if (k === undefined) {
    k = JSON.stringify([r.verbs, r.apiGroups, r.resources, r.resourceNames, r.nonResourceURLs]);
    ruleKeys.set(r, k);
  }
  return k;
}

const byName = (a: RoleInfo, b: RoleInfo): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

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
  /** The binding read from each binding object. */
  private readonly bindingByObject = new Map<K8sObject, BindingInfo>();
  /** Position of each binding in `bindings`: the order every answer keeps. */
  private readonly order = new Map<BindingInfo, number>();
  /** Bindings by the key of a subject they name (see `subjectKey`), in binding order. */
  private readonly bySubject = new Map<string, BindingInfo[]>();
  /** Namespaced Roles by name, in every namespace. */
  private readonly rolesByName = new Map<string, RoleInfo[]>();
  /** Per user (name and groups): the bindings with a subject that may match, in binding order. */
  private readonly candidateCache = new Map<string, BindingInfo[]>();
  /** Per request without its namespace: what the ClusterRoleBindings answer to who-can. */
  private readonly clusterWhoCan = new Map<string, WhoCanRow[]>();

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
    // Within the set the last object wins, as with kubectl apply. A role of the set named like a
    // built-in one is in force, but start-up reconciliation adds the built-in back into it.
    const protectedObjects = new Set<K8sObject>();
    for (const o of objects) if (o.ref.group === RBAC_GROUP && reader.string(o, ['metadata', 'annotations', AUTOUPDATE]) === 'false') protectedObjects.add(o);
    for (const r of roles) {
      const key = r.kind === 'ClusterRole' ? r.name : `${r.namespace}/${r.name}`;
      const map = r.kind === 'ClusterRole' ? this.clusterRoles : this.namespacedRoles;
      const prev = map.get(key);
      if (prev && !prev.builtin && r.builtin) {
        prev.redefines = { builtin: r, protected: protectedObjects.has(prev.object!) };
        continue;
      }
      map.set(key, r);
    }
    this.roles.push(...this.clusterRoles.values(), ...this.namespacedRoles.values());
    for (const r of this.namespacedRoles.values()) push(this.rolesByName, r.name, r);
    for (const r of roles) r.rules = r.ownRules.map((rule, index) => ({ rule, origin: r, index }));
    for (const r of this.roles) if (r.redefines && !r.redefines.protected) reconcileRole(r, r.redefines.builtin);
    this.aggregate();
    const inSet = new Map<string, BindingInfo>();
    for (const b of bindings) if (!b.builtin) inSet.set(bindingKey(b), b);
    for (const b of bindings) {
      const redefined = b.builtin ? inSet.get(bindingKey(b)) : undefined;
      if (redefined) {
        const isProtected = protectedObjects.has(redefined.object!);
        redefined.redefines = { builtin: b, protected: isProtected };
        if (isProtected) continue;
        // Reconciliation adds the built-in subjects back (and, at the next start, resets a changed
        // roleRef): with the same roleRef, only the subjects the set's binding lacks still come from the built-in.
        if (sameRoleRef(b, redefined)) {
          b.subjects = b.subjects.filter((s) => !redefined.subjects.some((x) => sameSubject(s, b, x, redefined)));
          if (b.subjects.length === 0) continue;
        }
      }
      b.role = this.resolve(b);
      this.order.set(b, this.bindings.length);
      this.bindings.push(b);
      if (b.object) this.bindingByObject.set(b.object, b);
      if (b.kind === 'ClusterRoleBinding') this.clusterBindings.push(b);
      else push(this.roleBindings, b.namespace ?? '', b);
      if (b.role) push(this.bindingsByRole, b.role, b);
      for (const subject of b.subjects) {
        const key = subjectKey(subject, b.namespace ?? '');
        if (key === undefined) continue;
        const list = this.bySubject.get(key);
        if (!list) this.bySubject.set(key, [b]);
        else if (list[list.length - 1] !== b) list.push(b);
      }
    }
  }

  /**
   * The bindings that may apply to a user, in binding order: those naming the user or one of its
   * groups. Each answer below still asks `subjectApplies`, so this only saves looking at the others.
   */
  private candidates(user: UserInfo): readonly BindingInfo[] {
    const cacheKey = `${user.user}\u0000${user.groups.join('\u0000')}`;
    let out = this.candidateCache.get(cacheKey);
    if (!out) {
      const lists = userKeys(user)
        .map((k) => this.bySubject.get(k))
        .filter((l): l is BindingInfo[] => l !== undefined);
      if (lists.length === 0) out = [];
      else if (lists.length === 1) out = lists[0]!;
      else out = [...new Set(lists.flat())].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
      this.candidateCache.set(cacheKey, out);
    }
    return out;
  }

  /** The role a binding's roleRef names, or undefined (a binding to a missing role grants nothing). */
  private resolve(b: BindingInfo): RoleInfo | undefined {
    if (b.roleRef.apiGroup !== RBAC_GROUP && b.roleRef.apiGroup !== '') return undefined;
    if (b.roleRef.kind === 'ClusterRole') return this.clusterRoles.get(b.roleRef.name);
    if (b.roleRef.kind === 'Role' && b.kind === 'RoleBinding') return this.namespacedRoles.get(`${b.namespace}/${b.roleRef.name}`);
    return undefined;
  }

  /**
   * Aggregated ClusterRoles: rules replaced by the union of the selected roles' rules, to a fixed
   * point. The "selects" graph is resolved once: its strongly connected components in reverse
   * topological order (a role after everything it selects), so each role is gathered once. Roles
   * that select each other (a cycle) end, in a cluster, with whatever the controller ran last; each
   * of them is given everything any of them may end with: the union of what the cycle selects.
   */
  private aggregate(): void {
    const all = [...this.clusterRoles.values()].sort(byName);
    const aggregated = all.filter((r) => r.aggregation !== undefined);
    if (aggregated.length === 0) return;
    const labels = new LabelIndex(all);
    // For each aggregated role, the roles each selector picks (itself excluded), by name.
    const selects = new Map<RoleInfo, RoleInfo[]>();
    for (const role of aggregated) {
      const picked: RoleInfo[] = [];
      for (const sel of role.aggregation!) for (const m of labels.select(sel)) if (m !== role) picked.push(m);
      selects.set(role, picked);
    }
    const gather = (roles: readonly RoleInfo[], rulesOf: (m: RoleInfo) => readonly RuleRef[]): RuleRef[] => {
      const seen = new Set<string>();
      const rules: RuleRef[] = [];
      for (const role of roles) {
        for (const m of selects.get(role)!) {
          for (const rr of rulesOf(m)) {
            const k = ruleKey(rr.rule);
            if (seen.has(k)) continue;
            seen.add(k);
            rules.push(rr);
          }
        }
      }
      return rules;
    };
    for (const scc of stronglyConnected(aggregated, (r) => selects.get(r)!.filter((m) => m.aggregation !== undefined))) {
      if (scc.length === 1) {
        scc[0]!.rules = gather(scc, (m) => m.rules);
        continue;
      }
      const members = new Set(scc);
      // Not gathered yet: each member's rules are still its own.
      const ownRules = [...scc].sort(byName).flatMap((m) => m.rules);
      const outside = gather([...scc].sort(byName), (m) => (members.has(m) ? [] : m.rules));
      const seen = new Set<string>();
      const union = [...ownRules, ...outside].filter((rr) => {
        const k = ruleKey(rr.rule);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      for (const m of scc) m.rules = union;
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
    return this.bindingByObject.get(o);
  }

  /** Namespaced Roles of this name, in every namespace. */
  rolesNamed(name: string): readonly RoleInfo[] {
    return this.rolesByName.get(name) ?? [];
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

  authorize(user: UserInfo, req: Request): Decision {
    if (user.groups.includes('system:masters')) return { allowed: true, bypass: 'system:masters', reason: undefined };
    // The authorizer's order: ClusterRoleBindings, then the RoleBindings of the request's namespace
    // (RoleBindings never grant non-resource access).
    const namespace = req.kind === 'resource' ? req.namespace : '';
    const candidates = this.candidates(user);
    for (const pass of [0, 1]) {
      if (pass === 1 && namespace === '') break;
      for (const b of candidates) {
        if (pass === 0 ? b.kind !== 'ClusterRoleBinding' : b.kind !== 'RoleBinding' || (b.namespace ?? '') !== namespace) continue;
        if (!b.role) continue;
        const subject = b.subjects.find((s) => subjectApplies(s, user, b.namespace ?? ''));
        if (!subject) continue;
        for (const rr of b.role.rules) {
          if (ruleAllows(rr.rule, req)) return { allowed: true, bypass: undefined, reason: { binding: b, role: b.role, rule: rr, subject } };
        }
      }
    }
    return { allowed: false, bypass: undefined, reason: undefined };
  }

  /** Every rule in force for the user: cluster-wide (ClusterRoleBindings) or in a namespace (RoleBindings). */
  rulesFor(user: UserInfo): EffectiveRule[] {
    const out: EffectiveRule[] = [];
    for (const b of this.candidates(user)) {
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
    return this.candidates(user).filter((b) => !b.builtin && b.role && b.subjects.some((s) => subjectApplies(s, user, b.namespace ?? '')));
  }

  /**
   * Every binding subject allowed to make the request, with the binding, role and rule: the
   * ClusterRoleBindings' part (the same for every namespace, computed once per request), then the
   * RoleBindings of the request's namespace.
   */
  whoCan(req: Request): WhoCanRow[] {
    const { namespace, ...rest } = req.kind === 'resource' ? req : { ...req, namespace: '' };
    const key = JSON.stringify(rest);
    let cluster = this.clusterWhoCan.get(key);
    if (!cluster) {
      cluster = this.whoCanIn(this.clusterBindings, req);
      this.clusterWhoCan.set(key, cluster);
    }
    if (namespace === '') return [...cluster];
    return [...cluster, ...this.whoCanIn(this.roleBindings.get(namespace) ?? [], req)];
  }

  private whoCanIn(bindings: readonly BindingInfo[], req: Request): WhoCanRow[] {
    const out: WhoCanRow[] = [];
    for (const b of bindings) {
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

export interface WhoCanRow {
  subject: SubjectInfo;
  binding: BindingInfo;
  role: RoleInfo;
  rule: RuleRef;
}

/** ClusterRoles by label, to find what an aggregation selector selects without testing every role. */
class LabelIndex {
  private readonly byPair = new Map<string, RoleInfo[]>();
  private readonly byKey = new Map<string, RoleInfo[]>();

  constructor(private readonly all: readonly RoleInfo[]) {
    for (const r of all) {
      for (const [k, v] of Object.entries(r.labels)) {
        push(this.byPair, `${k}=${v}`, r);
        push(this.byKey, k, r);
      }
    }
  }

  /** The roles the selector selects, by name. */
  select(sel: LabelSelector): RoleInfo[] {
    let candidates: readonly RoleInfo[] = this.all;
    let narrowed = false;
    const narrow = (c: readonly RoleInfo[]): void => {
      if (c.length < candidates.length) candidates = c;
      narrowed = true;
    };
    for (const [k, v] of Object.entries(sel.matchLabels ?? {})) narrow(this.byPair.get(`${k}=${v}`) ?? []);
    for (const e of sel.matchExpressions ?? []) {
      if (e.operator === 'Exists') narrow(this.byKey.get(e.key) ?? []);
      else if (e.operator === 'In') narrow([...new Set((e.values ?? []).flatMap((v) => this.byPair.get(`${e.key}=${v}`) ?? []))]);
    }
    const out = candidates.filter((m) => selectorMatches(sel, m.labels));
    return narrowed ? out.sort(byName) : out;
  }
}

/**
 * Tarjan's strongly connected components, without recursion (chains may be thousands deep). Each
 * component comes after every component it reaches, so a role's selections are resolved before it.
 */
function stronglyConnected<T>(nodes: readonly T[], next: (n: T) => readonly T[]): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const out: T[][] = [];
  let counter = 0;
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: T; edges: readonly T[]; i: number }[] = [];
    const open = (n: T): void => {
      index.set(n, counter);
      low.set(n, counter);
      counter++;
      stack.push(n);
      onStack.add(n);
      work.push({ node: n, edges: next(n), i: 0 });
    };
    open(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.edges.length) {
        const m = top.edges[top.i++]!;
        if (!index.has(m)) open(m);
        else if (onStack.has(m)) low.set(top.node, Math.min(low.get(top.node)!, index.get(m)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        const scc: T[] = [];
        let m: T;
        do {
          m = stack.pop()!;
          onStack.delete(m);
          scc.push(m);
        } while (m !== top.node);
        out.push(scc);
      }
    }
  }
  return out;
}

/**
 * What the API server's start-up reconciliation makes of a role of the set that redefines a built-in
 * one (`ReconcileRoleOptions` without `RemoveExtraPermissions`): the built-in labels and aggregation
 * selectors are merged in, and every built-in rule the role does not cover is added to its rules.
 */
function reconcileRole(r: RoleInfo, builtin: RoleInfo): void {
  r.labels = { ...builtin.labels, ...r.labels };
  if (builtin.aggregation) {
    const have = new Set((r.aggregation ?? []).map((s) => JSON.stringify(s)));
    r.aggregation = [...(r.aggregation ?? []), ...builtin.aggregation.filter((s) => !have.has(JSON.stringify(s)))];
  }
  const own = r.ownRules;
  for (const rr of builtin.rules) if (!covers(own, [rr.rule]).covered) r.rules.push(rr);
}

const bindingKey = (b: BindingInfo): string => `${b.kind}|${b.namespace ?? ''}|${b.name}`;

const sameRoleRef = (a: BindingInfo, b: BindingInfo): boolean =>
  a.roleRef.kind === b.roleRef.kind && a.roleRef.name === b.roleRef.name && (a.roleRef.apiGroup || RBAC_GROUP) === (b.roleRef.apiGroup || RBAC_GROUP);

/** Two binding subjects that name the same user, group or account (a ServiceAccount's namespace defaults to a RoleBinding's). */
function sameSubject(s: SubjectInfo, sb: BindingInfo, x: SubjectInfo, xb: BindingInfo): boolean {
  if (s.kind !== x.kind || s.name !== x.name) return false;
  if (s.kind !== 'ServiceAccount') return true;
  return (s.namespace || sb.namespace) === (x.namespace || xb.namespace);
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
