/**
 * Rule matching exactly as the upstream RBAC authorizer (`RuleAllows` and its helpers) and the
 * escalation check (`Covers`) do it. All comparisons are exact and case-sensitive.
 */
import type { LabelSelector, PolicyRule, Request, SubjectInfo, UserInfo } from './types.js';

export const ALL = '*';

export const verbMatches = (rule: PolicyRule, verb: string): boolean => rule.verbs.some((v) => v === ALL || v === verb);

export const apiGroupMatches = (rule: PolicyRule, group: string): boolean => rule.apiGroups.some((g) => g === ALL || g === group);

/** `*` matches every resource and subresource; `*\/sub` matches any resource's `sub`; `pods/*` only a subresource named `*`. */
export function resourceMatches(rule: PolicyRule, combined: string, subresource: string): boolean {
  for (const r of rule.resources) {
    if (r === ALL || r === combined) return true;
    if (subresource === '') continue;
    if (r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource)) return true;
  }
  return false;
}

/** An empty list matches any name; otherwise only requests that carry one of the names. */
export const resourceNameMatches = (rule: PolicyRule, name: string): boolean => rule.resourceNames.length === 0 || rule.resourceNames.includes(name);

export function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  for (const u of rule.nonResourceURLs) {
    if (u === ALL || u === path) return true;
    if (u.endsWith('*') && path.startsWith(u.replace(/\*+$/, ''))) return true;
  }
  return false;
}

export function ruleAllows(rule: PolicyRule, req: Request): boolean {
  if (req.kind === 'resource') {
    const combined = req.subresource ? `${req.resource}/${req.subresource}` : req.resource;
    return verbMatches(rule, req.verb) && apiGroupMatches(rule, req.apiGroup) && resourceMatches(rule, combined, req.subresource) && resourceNameMatches(rule, req.name);
  }
  return verbMatches(rule, req.verb) && nonResourceURLMatches(rule, req.path);
}

export const serviceAccountUser = (namespace: string, name: string): string => `system:serviceaccount:${namespace}:${name}`;

/** Parses `system:serviceaccount:NS:NAME`. */
export function parseServiceAccountUser(user: string): { namespace: string; name: string } | undefined {
  const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(user);
  return m ? { namespace: m[1]!, name: m[2]! } : undefined;
}

/** The groups authentication gives a ServiceAccount token. */
export const serviceAccountGroups = (namespace: string): string[] => ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'];

/**
 * Does a binding subject apply to the user? `namespace` is the binding's namespace (a RoleBinding's
 * ServiceAccount subject without namespace defaults to it; in a ClusterRoleBinding it matches nothing).
 */
export function subjectApplies(subject: SubjectInfo, user: UserInfo, namespace: string): boolean {
  switch (subject.kind) {
    case 'User':
      return subject.name === user.user;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount': {
      const ns = subject.namespace || namespace;
      if (!ns) return false;
      return user.user === serviceAccountUser(ns, subject.name);
    }
    default:
      return false;
  }
}

/**
 * The key under which a binding subject can match, for indexes: `user:NAME` (a User, or a
 * ServiceAccount as the user its token authenticates as) or `group:NAME`; undefined when it matches
 * nobody. Kept beside `subjectApplies`: a subject applies to a user only if its key is one of
 * `userKeys(user)`.
 */
export function subjectKey(subject: SubjectInfo, namespace: string): string | undefined {
  switch (subject.kind) {
    case 'User':
      return `user:${subject.name}`;
    case 'Group':
      return `group:${subject.name}`;
    case 'ServiceAccount': {
      const ns = subject.namespace || namespace;
      return ns ? `user:${serviceAccountUser(ns, subject.name)}` : undefined;
    }
    default:
      return undefined;
  }
}

/** The keys (see `subjectKey`) a user can be matched by. */
export const userKeys = (user: UserInfo): string[] => [`user:${user.user}`, ...user.groups.map((g) => `group:${g}`)];

/** Kubernetes label selector semantics (`matchLabels` and `matchExpressions`, ANDed); an empty selector matches everything. */
export function selectorMatches(sel: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values = e.values ?? [];
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(labels[e.key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[e.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false; // an invalid operator selects nothing
    }
  }
  return true;
}

// ---- Covers (the escalation check) ----

const has = (set: string[], x: string): boolean => set.includes(x);
const hasAll = (set: string[], xs: string[]): boolean => xs.every((x) => set.includes(x));

function resourceCoversAll(set: string[], covers: string[]): boolean {
  if (has(set, ALL) || hasAll(set, covers)) return true;
  for (const p of covers) {
    if (has(set, p)) continue;
    const i = p.indexOf('/');
    if (i === -1) return false;
    if (!has(set, `*/${p.slice(i + 1)}`)) return false;
  }
  return true;
}

function nonResourceURLCovers(owner: string, sub: string): boolean {
  if (owner === sub) return true;
  return owner.endsWith('*') && sub.startsWith(owner.replace(/\*+$/, ''));
}

const nonResourceURLsCoverAll = (set: string[], covers: string[]): boolean => covers.every((p) => set.some((o) => nonResourceURLCovers(o, p)));

function ruleCovers(owner: PolicyRule, sub: PolicyRule): boolean {
  const verbs = has(owner.verbs, ALL) || hasAll(owner.verbs, sub.verbs);
  const groups = has(owner.apiGroups, ALL) || hasAll(owner.apiGroups, sub.apiGroups);
  const resources = resourceCoversAll(owner.resources, sub.resources);
  const urls = nonResourceURLsCoverAll(owner.nonResourceURLs, sub.nonResourceURLs);
  const names = sub.resourceNames.length === 0 ? owner.resourceNames.length === 0 : owner.resourceNames.length === 0 || hasAll(owner.resourceNames, sub.resourceNames);
  return verbs && groups && resources && names && urls;
}

const rule = (p: Partial<PolicyRule>): PolicyRule => ({ verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [], ...p });

/** Splits a rule into rules of one verb, group, resource (and name) each, as the upstream BreakdownRule does. */
export function breakdown(r: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const g of r.apiGroups) {
    for (const res of r.resources) {
      for (const v of r.verbs) {
        if (r.resourceNames.length > 0) for (const n of r.resourceNames) out.push(rule({ apiGroups: [g], resources: [res], verbs: [v], resourceNames: [n] }));
        else out.push(rule({ apiGroups: [g], resources: [res], verbs: [v] }));
      }
    }
  }
  for (const u of r.nonResourceURLs) for (const v of r.verbs) out.push(rule({ nonResourceURLs: [u], verbs: [v] }));
  return out;
}

/** Whether the owner rules cover every request the servant rules allow; the uncovered pieces otherwise. */
export function covers(owner: readonly PolicyRule[], servant: readonly PolicyRule[]): { covered: boolean; missing: PolicyRule[] } {
  const missing: PolicyRule[] = [];
  for (const s of servant) for (const piece of breakdown(s)) if (!owner.some((o) => ruleCovers(o, piece))) missing.push(piece);
  return { covered: missing.length === 0, missing };
}

export const ADMIN_RULE: PolicyRule = rule({ apiGroups: [ALL], resources: [ALL], verbs: [ALL] });

/** Admin-equivalent: the rules cover `*` verbs on `*` resources in `*` groups. */
export const isAdminEquivalent = (rules: readonly PolicyRule[]): boolean => covers(rules, [ADMIN_RULE]).covered;

export { rule as policyRule };
