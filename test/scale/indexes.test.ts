/**
 * The inventory and the RBAC engine answer from indexes (by subject, namespace, binding object, role
 * name, label, cloud identity). These tests hold them to the plain scans they replace: the same
 * answers, and the same findings, on the fixtures, the examples, the real corpus and a synthetic
 * monorepo; and ClusterRole aggregation resolves long chains and cycles in one pass.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventoryOf, lint } from '../../src/index.js';
import { Inventory, type NamespaceAccount } from '../../src/inventory/inventory.js';
import { RbacEngine, type WhoCanRow } from '../../src/inventory/rbac/engine.js';
import { ruleAllows, selectorMatches, subjectApplies } from '../../src/inventory/rbac/match.js';
import type { BindingInfo, Decision, EffectiveRule, Request, RoleInfo, RuleRef, UserInfo } from '../../src/inventory/rbac/types.js';
import type { K8sObject } from '../../src/load/load.js';
import { readTree } from '../support/corpus.js';
import { synthetic } from '../support/synth.js';
import { API, binding, group, role, sa, user } from '../support/rbac.js';

const ROOT = path.resolve(__dirname, '..', '..');
const REAL = path.resolve(ROOT, '..', 'shared', 'corpus', 'real');

// ---- the scans the indexes replace, written as plainly as possible over the engine's public state ----

/** Bindings the authorizer consults for a request, in its order. */
function consulted(engine: RbacEngine, req: Request): BindingInfo[] {
  const cluster = engine.bindings.filter((b) => b.kind === 'ClusterRoleBinding');
  if (req.kind === 'resource' && req.namespace !== '') return [...cluster, ...engine.bindings.filter((b) => b.kind === 'RoleBinding' && (b.namespace ?? '') === req.namespace)];
  return cluster;
}

const scans = {
  authorize(this: RbacEngine, u: UserInfo, req: Request): Decision {
    if (u.groups.includes('system:masters')) return { allowed: true, bypass: 'system:masters', reason: undefined };
    for (const b of consulted(this, req)) {
      if (!b.role) continue;
      const subject = b.subjects.find((s) => subjectApplies(s, u, b.namespace ?? ''));
      if (!subject) continue;
      for (const rr of b.role.rules) if (ruleAllows(rr.rule, req)) return { allowed: true, bypass: undefined, reason: { binding: b, role: b.role, rule: rr, subject } };
    }
    return { allowed: false, bypass: undefined, reason: undefined };
  },
  rulesFor(this: RbacEngine, u: UserInfo): EffectiveRule[] {
    const out: EffectiveRule[] = [];
    for (const b of this.bindings) {
      if (!b.role) continue;
      const subject = b.subjects.find((s) => subjectApplies(s, u, b.namespace ?? ''));
      if (!subject) continue;
      for (const rr of b.role.rules) {
        if (b.kind === 'RoleBinding' && rr.rule.nonResourceURLs.length > 0 && rr.rule.resources.length === 0) continue;
        out.push({ rule: rr, namespace: b.kind === 'RoleBinding' ? b.namespace : undefined, binding: b, subject });
      }
    }
    return out;
  },
  grantsInSet(this: RbacEngine, u: UserInfo): BindingInfo[] {
    return this.bindings.filter((b) => !b.builtin && b.role && b.subjects.some((s) => subjectApplies(s, u, b.namespace ?? '')));
  },
  whoCan(this: RbacEngine, req: Request): WhoCanRow[] {
    const out: WhoCanRow[] = [];
    for (const b of consulted(this, req)) {
      if (!b.role) continue;
      const rr = b.role.rules.find((r) => ruleAllows(r.rule, req));
      if (!rr) continue;
      for (const s of b.subjects) {
        if (s.kind === 'ServiceAccount' && !s.namespace && b.kind === 'ClusterRoleBinding') continue;
        out.push({ subject: s, binding: b, role: b.role, rule: rr });
      }
    }
    return out;
  },
  bindingOf(this: RbacEngine, o: K8sObject): BindingInfo | undefined {
    return this.bindings.find((b) => b.object === o);
  },
  rolesNamed(this: RbacEngine, name: string): RoleInfo[] {
    return this.roles.filter((r) => r.kind === 'Role' && r.name === name);
  },
};

const inventoryScans = {
  accountsIn(this: Inventory, namespace: string): NamespaceAccount[] {
    const out: NamespaceAccount[] = this.ofKind('', 'ServiceAccount')
      .filter((a) => a.ref.namespace === namespace)
      .map((a) => ({ name: a.ref.name, labels: { ...this.reader.stringMap(a, ['metadata', 'labels']), 'projectcalico.org/name': a.ref.name }, object: a }));
    if (!out.some((a) => a.name === 'default')) out.push({ name: 'default', labels: { 'projectcalico.org/name': 'default' }, object: undefined });
    return out;
  },
  accountsWithIdentity(this: Inventory, annotation: string, value: string): K8sObject[] {
    return this.identityAccounts.filter((x) => x.identities.some((i) => i.annotation === annotation && i.value === value)).map((x) => x.account);
  },
};

/** Runs `fn` with the indexed lookups replaced by the scans above. */
function withScans<T>(fn: () => T): T {
  const saved: [object, string, unknown][] = [];
  const patch = (proto: object, impl: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(impl)) {
      saved.push([proto, k, (proto as Record<string, unknown>)[k]]);
      (proto as Record<string, unknown>)[k] = v;
    }
  };
  patch(RbacEngine.prototype, scans);
  patch(Inventory.prototype, inventoryScans);
  try {
    return fn();
  } finally {
    for (const [proto, k, v] of saved.reverse()) (proto as Record<string, unknown>)[k] = v;
  }
}

/** Aggregation as a fixed-point iteration over every ClusterRole (the algorithm the SCC pass replaced). */
function iteratedAggregation(clusterRoles: readonly RoleInfo[]): Map<RoleInfo, RuleRef[]> {
  const key = (rr: RuleRef): string => JSON.stringify([rr.rule.verbs, rr.rule.apiGroups, rr.rule.resources, rr.rule.resourceNames, rr.rule.nonResourceURLs]);
  const all = [...clusterRoles].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rules = new Map(all.map((r) => [r, r.ownRules.map((rule, index) => ({ rule, origin: r, index }))]));
  const aggregated = all.filter((r) => r.aggregation !== undefined);
  for (let pass = 0; pass <= aggregated.length + 1; pass++) {
    let changed = false;
    for (const r of aggregated) {
      const seen = new Set<string>();
      const next: RuleRef[] = [];
      for (const sel of r.aggregation!) {
        for (const m of all) {
          if (m === r || !selectorMatches(sel, m.labels)) continue;
          for (const rr of rules.get(m)!) if (!seen.has(key(rr))) (seen.add(key(rr)), next.push(rr));
        }
      }
      const cur = rules.get(r)!;
      if (next.length !== cur.length || next.some((x, i) => key(x) !== key(cur[i]!))) {
        rules.set(r, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return rules;
}

// ---- the sets compared ----

const synth = synthetic(1500, 7);
const once = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};
const SETS: [string, () => { path: string; text: string }[]][] = [
  ['fixtures', once(() => readTree(path.join(ROOT, 'fixtures')).map((f) => ({ ...f, path: `fixtures/${f.path}` })))],
  ['examples', once(() => readTree(path.join(ROOT, 'examples')))],
  ['the real corpus', once(() => readTree(REAL))],
  [`a synthetic monorepo (${synth.summary.relevant} objects)`, () => synth.files],
];

/** Every user the set can name: its ServiceAccounts, binding subjects, and a stranger. */
function usersOf(inv: Inventory): UserInfo[] {
  const users = new Map<string, UserInfo>();
  for (const o of inv.ofKind('', 'ServiceAccount')) users.set(`sa:${o.ref.namespace}/${o.ref.name}`, Inventory.accountUser({ namespace: o.ref.namespace!, name: o.ref.name }));
  for (const b of inv.rbac.bindings) {
    for (const s of b.subjects) {
      if (s.kind === 'ServiceAccount' && (s.namespace || b.namespace)) users.set(`sa:${s.namespace || b.namespace}/${s.name}`, Inventory.accountUser({ namespace: (s.namespace || b.namespace)!, name: s.name }));
      else if (s.kind === 'User') users.set(`user:${s.name}`, { user: s.name, groups: ['system:authenticated'] });
      else if (s.kind === 'Group') users.set(`group:${s.name}`, { user: 'someone', groups: [s.name, 'system:authenticated'] });
    }
  }
  users.set('stranger', { user: 'stranger', groups: [] });
  return [...users.values()];
}

const REQUESTS = (namespaces: string[]): Request[] => {
  const out: Request[] = [];
  for (const namespace of ['', ...namespaces]) {
    for (const [verb, apiGroup, resource, subresource] of [
      ['get', '', 'secrets', ''],
      ['create', '', 'pods', ''],
      ['update', '', 'serviceaccounts', ''],
      ['create', 'apps', 'deployments', ''],
      ['create', '', 'pods', 'exec'],
      ['bind', 'rbac.authorization.k8s.io', 'clusterroles', ''],
      ['list', 'coordination.k8s.io', 'leases', ''],
    ] as const) {
      out.push({ kind: 'resource', verb, apiGroup, resource, subresource, name: '', namespace });
    }
  }
  out.push({ kind: 'nonResource', verb: 'get', path: '/metrics' });
  return out;
};

describe('indexes answer as the scans they replace', () => {
  it.each(SETS)('engine answers on %s', (_, files) => {
    const inv = inventoryOf(files());
    const engine = inv.rbac;
    const namespaces = [...new Set(inv.objects.map((o) => o.ref.namespace).filter((n): n is string => !!n))].slice(0, 40);
    const requests = REQUESTS(namespaces);
    let decisions = 0;
    for (const u of usersOf(inv)) {
      expect(engine.rulesFor(u)).toEqual(scans.rulesFor.call(engine, u));
      expect(engine.grantsInSet(u)).toEqual(scans.grantsInSet.call(engine, u));
      for (const req of requests.slice(0, 8)) {
        expect(engine.authorize(u, req)).toEqual(scans.authorize.call(engine, u, req));
        decisions++;
      }
    }
    for (const req of requests) expect(engine.whoCan(req)).toEqual(scans.whoCan.call(engine, req));
    for (const o of inv.objects) expect(engine.bindingOf(o)).toBe(scans.bindingOf.call(engine, o));
    for (const r of engine.roles) expect(engine.rolesNamed(r.name)).toEqual(scans.rolesNamed.call(engine, r.name));
    for (const ns of ['default', ...namespaces]) expect(inv.accountsIn(ns)).toEqual(inventoryScans.accountsIn.call(inv, ns));
    for (const x of inv.identityAccounts) {
      for (const i of x.identities) expect(inv.accountsWithIdentity(i.annotation, i.value)).toEqual(inventoryScans.accountsWithIdentity.call(inv, i.annotation, i.value));
    }
    expect(decisions).toBeGreaterThan(0);
  });

  it.each(SETS)('aggregation on %s equals the fixed-point iteration', (_, files) => {
    const engine = inventoryOf(files()).rbac;
    const clusterRoles = engine.roles.filter((r) => r.kind === 'ClusterRole');
    const expected = iteratedAggregation(clusterRoles);
    const aggregated = clusterRoles.filter((r) => r.aggregation);
    expect(aggregated.length).toBeGreaterThan(0); // the built-in admin, edit and view at least
    for (const r of aggregated) expect(r.rules.map((x) => [x.origin.name, x.index]), r.name).toEqual(expected.get(r)!.map((x) => [x.origin.name, x.index]));
  });

  it.each(SETS)('findings on %s are the same as with scans', (_, files) => {
    const f = files();
    const indexed = lint(f).findings;
    const scanned = withScans(() => lint(f).findings);
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed).toEqual(scanned);
  });
});

describe('aggregation over the "selects" graph', () => {
  /** A chain: `chain-K` aggregates `chain-(K-1)` and `rule-K`, whose own rule grants `things-K`. */
  function chain(depth: number): string {
    const docs = [role('rule-0', ['{ apiGroups: [example.com], resources: [things-0], verbs: [get] }'], { labels: 'feeds: chain-1' })];
    for (let k = 1; k <= depth; k++) {
      const name = `chain-${String(k).padStart(4, '0')}`;
      const labels = k < depth ? `    feeds: chain-${k + 1}\n` : '';
      docs.push(`apiVersion: ${API}\nkind: ClusterRole\nmetadata:\n  name: ${name}\n${labels ? `  labels:\n${labels}` : ''}aggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: { feeds: chain-${k} }\nrules: []\n`);
      if (k < depth) docs.push(role(`rule-${k}`, [`{ apiGroups: [example.com], resources: [things-${k}], verbs: [get] }`], { labels: `feeds: chain-${k + 1}` }));
    }
    docs.push(binding('ClusterRoleBinding', 'top', { name: `chain-${String(depth).padStart(4, '0')}` }, [user('alice')]).slice(4));
    return docs.join('---\n');
  }

  it('resolves a 1,000-deep aggregation chain correctly (under 2 s)', () => {
    const inv = inventoryOf([{ path: 'chain.yaml', text: chain(1000) }]);
    const t = performance.now();
    const engine = inv.rbac;
    const alice = { user: 'alice', groups: ['system:authenticated'] };
    const get = (resource: string): Request => ({ kind: 'resource', verb: 'get', apiGroup: 'example.com', resource, subresource: '', name: '', namespace: '' });
    const top = engine.clusterRole('chain-1000')!;
    const decisions = [engine.authorize(alice, get('things-0')).allowed, engine.authorize(alice, get('things-500')).allowed, engine.authorize(alice, get('things-999')).allowed, engine.authorize(alice, get('things-1000')).allowed];
    const elapsed = performance.now() - t;
    // Every level's rule reaches the top, in the order of the chain; nothing else does.
    expect(top.rules.map((r) => r.rule.resources[0])).toEqual(Array.from({ length: 1000 }, (_, k) => `things-${k}`));
    expect(engine.clusterRole('chain-0001')!.rules.map((r) => r.rule.resources[0])).toEqual(['things-0']);
    expect(decisions).toEqual([true, true, true, false]);
    expect(engine.aggregatedRolesOf(engine.clusterRole('rule-0')!)).toHaveLength(1000);
    expect(elapsed).toBeLessThan(2000);
  });

  it('gives every role of a cycle what any of them may end with', () => {
    const text = [
      role('a', ['{ apiGroups: [""], resources: [configmaps], verbs: [get] }'], { labels: 'to: b' }).replace('rules:', 'aggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: { to: a }\nrules:'),
      role('b', ['{ apiGroups: [""], resources: [secrets], verbs: [get] }'], { labels: 'to: a' }).replace('rules:', 'aggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: { to: b }\nrules:'),
      role('c', ['{ apiGroups: [""], resources: [pods], verbs: [list] }'], { labels: 'to: b' }),
      role('d', [], {}).replace('rules:\n', 'aggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: { to: a }\nrules: []\n'),
    ].join('---\n');
    const engine = inventoryOf([{ path: 'cycle.yaml', text }]).rbac;
    const names = (n: string): string[] => engine.clusterRole(n)!.rules.map((r) => `${r.origin.name}:${r.rule.resources[0]}`);
    expect(names('a')).toEqual(['a:configmaps', 'b:secrets', 'c:pods']);
    expect(names('b')).toEqual(['a:configmaps', 'b:secrets', 'c:pods']);
    expect(names('d')).toEqual(['a:configmaps', 'b:secrets', 'c:pods']);
  });

  it('selects by matchExpressions and by several selectors, each role once', () => {
    const text = [
      role('r1', ['{ apiGroups: [""], resources: [pods], verbs: [get] }'], { labels: 'tier: one, extra: "yes"' }),
      role('r2', ['{ apiGroups: [""], resources: [pods], verbs: [get] }', '{ apiGroups: [""], resources: [secrets], verbs: [get] }'], { labels: 'tier: two' }),
      role('r3', ['{ apiGroups: [""], resources: [nodes], verbs: [get] }'], { labels: 'tier: three' }),
      `apiVersion: ${API}\nkind: ClusterRole\nmetadata: { name: agg }\naggregationRule:\n  clusterRoleSelectors:\n    - matchExpressions: [{ key: tier, operator: In, values: [two, one] }]\n    - matchExpressions: [{ key: extra, operator: Exists }]\n    - matchExpressions: [{ key: tier, operator: NotIn, values: [one, two] }, { key: tier, operator: Exists }]\n`,
    ].join('---\n');
    const engine = inventoryOf([{ path: 'sel.yaml', text }]).rbac;
    const agg = engine.clusterRole('agg')!;
    expect(agg.rules.map((r) => `${r.origin.name}:${r.rule.resources[0]}`)).toEqual(['r1:pods', 'r2:secrets', 'r3:nodes']);
    const expected = iteratedAggregation(engine.roles.filter((r) => r.kind === 'ClusterRole')).get(agg)!;
    expect(agg.rules).toEqual(expected);
  });

  it('finds bindings of groups and of ServiceAccounts by subject', () => {
    const text = [
      role('r', ['{ apiGroups: [""], resources: [pods], verbs: [get] }'], { namespace: 'ns' }),
      binding('RoleBinding', 'to-sa', { kind: 'Role', name: 'r' }, [sa('app')], 'ns'),
      binding('RoleBinding', 'to-group', { kind: 'Role', name: 'r' }, [group('system:serviceaccounts:ns')], 'ns'),
      binding('RoleBinding', 'to-user', { kind: 'Role', name: 'r' }, [user('system:serviceaccount:ns:app')], 'ns'),
      binding('ClusterRoleBinding', 'sa-without-namespace', { name: 'view' }, [sa('app')]),
    ].join('');
    const engine = inventoryOf([{ path: 'b.yaml', text }]).rbac;
    const app = Inventory.accountUser({ namespace: 'ns', name: 'app' });
    expect(engine.grantsInSet(app).map((b) => b.name)).toEqual(['to-sa', 'to-group', 'to-user']);
    expect(engine.grantsInSet(Inventory.accountUser({ namespace: 'ns', name: 'other' })).map((b) => b.name)).toEqual(['to-group']);
    expect(engine.grantsInSet(Inventory.accountUser({ namespace: 'elsewhere', name: 'app' })).map((b) => b.name)).toEqual([]);
  });
});
