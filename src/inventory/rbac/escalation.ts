/**
 * The "can act as" graph of SPEC §3.4: every ServiceAccount, user and group of the set and the
 * built-in bindings, roles a subject could bind to itself, and cluster-admin equivalence. An edge
 * means "the subject can become that identity", labelled with the permission, binding, role and rule
 * that allow it. Built once over the RBAC engine; read-only afterwards.
 *
 * Edges (a namespaced grant gains only within its namespace):
 * - create pods or pod controllers, or update/patch a controller's pod template (not a Job's: it is
 *   immutable), in N → every ServiceAccount of N (a pod runs as any account of its namespace);
 * - exec/attach into pods, add ephemeral containers, or update/patch pods (swap an image) in N → the
 *   accounts of workloads of N whose pods mount their token;
 * - create `serviceaccounts/token` in N → those accounts (narrowed by resourceNames);
 * - read Secrets in N (get or patch by name, list, watch, deletecollection) → accounts whose legacy
 *   token Secrets are in N;
 * - impersonate serviceaccounts (namespaced), users or groups (cluster-wide; a group needs a user to
 *   impersonate too) → those identities (narrowed by resourceNames);
 * - `bind` on a role together with creating (or updating) bindings → holding that role, in the
 *   binding's namespace or cluster-wide; writing bindings alone gains nothing (the API server lets a
 *   subject bind only roles whose permissions it holds, or that it may `bind`);
 * - `escalate` together with update/patch on a role already bound to the subject → any permission
 *   where that role is bound;
 * - `*` on `*` cluster-wide, writing admission webhook configurations, get/create on `nodes/proxy`,
 *   CSR creation with approval and a client signer's approval, membership of `system:masters` →
 *   cluster-admin equivalence.
 */
import type { K8sObject } from '../../load/load.js';
import type { RbacEngine } from './engine.js';
import { parseServiceAccountUser, serviceAccountGroups, serviceAccountUser } from './match.js';
import type { BindingInfo, RoleInfo, RuleRef, UserInfo } from './types.js';
import { allowsName, CLIENT_SIGNERS, grantedInNamespace, isAdminRule, ruleAbilities, type AbilityKind, type RuleAbility } from './abilities.js';

export type NodeKind = 'ServiceAccount' | 'User' | 'Group' | 'Role' | 'NamespaceAdmin' | 'ClusterAdmin' | 'Hub';

export interface GraphNode {
  index: number;
  key: string;
  kind: NodeKind;
  name: string;
  /** The account's namespace; for a Role node, where the role is held (undefined: cluster-wide). */
  namespace: string | undefined;
  /** For a Role node: the role held. */
  role?: RoleInfo;
  /** For a subject asked about by user and groups (`access --as U --as-group G`): who it is. */
  identity?: UserInfo;
  /** "ServiceAccount `shop/web`", "cluster-admin equivalence". */
  label: string;
}

/** Where a permission comes from: the binding (absent for a role held through a path), the role's rule and entry. */
export interface GrantSource {
  binding: BindingInfo | undefined;
  rule: RuleRef;
  resourceIndex: number;
}

export type EdgeKind = 'run' | 'exec' | 'token' | 'secret' | 'impersonate' | 'bind' | 'escalate' | 'admin' | 'member';

export interface Edge {
  from: number;
  to: number;
  /** Hub edges cost nothing: a hub only stands for "every account of N" and is not a step. */
  cost: 0 | 1;
  kind: EdgeKind;
  /** What the subject does: "create `pods` in namespace `shop`". Empty on hub member edges. */
  action: string;
  grant: GrantSource | undefined;
  /** On hub member edges: what picks this member ("Secret `shop/api-token`"). */
  detail?: string;
  /** The object the detail is about (a Secret, a workload). */
  detailObject?: K8sObject;
}

/** A held ability with its scope and where it comes from. */
export interface Held extends RuleAbility {
  /** Namespace where it holds; undefined for cluster-wide. */
  namespace: string | undefined;
  grant: GrantSource;
}

export type PowerKind =
  | 'cluster-admin'
  | 'namespace-admin'
  | 'run-pods'
  | 'exec'
  | 'tokens'
  | 'secrets'
  | 'impersonate-sa'
  | 'impersonate-user'
  | 'impersonate-group'
  | 'bind'
  | 'escalate'
  | 'validating-webhook'
  | 'pv-create';

/** What makes an identity strong: a power, its scope, and the grant behind it. */
export interface Power {
  kind: PowerKind;
  namespace: string | undefined;
  names: readonly string[] | undefined;
  /** The ability that gives it (its first grant). */
  held: Held;
  /** For `cluster-admin`: how ("`*` on `*`", "write admission webhooks"...). */
  how: string;
}

export interface PathStep {
  kind: EdgeKind;
  action: string;
  to: GraphNode;
  grant: GrantSource | undefined;
  detail?: string;
  detailObject?: K8sObject;
}

export interface EscalationPath {
  from: GraphNode;
  to: GraphNode;
  steps: PathStep[];
  /** What the target holds that the start does not (never empty). */
  gain: Power[];
}

/** A search's arrays: valid where `stamp` equals `gen`; `touched` lists the nodes it reached. */
interface Search {
  stamp: Uint32Array;
  gen: number;
  dist: Int32Array;
  via: (Edge | undefined)[];
  touched: number[];
  /** With a base of powers: what the path held before reaching each node (the base and every identity on it). */
  before: (readonly Power[] | undefined)[];
}

/** What the inventory knows besides RBAC: accounts, namespaces, running workloads, token Secrets. */
export interface GraphInput {
  engine: RbacEngine;
  accounts: readonly { namespace: string; name: string }[];
  namespaces: readonly string[];
  /** Workloads whose pods mount their account's token. */
  running: readonly { namespace: string; account: string; object: K8sObject; label: string; podName: string | undefined }[];
  /** Secrets of type `kubernetes.io/service-account-token`. */
  tokenSecrets: readonly { namespace: string; name: string; account: string; object: K8sObject }[];
}

const CLUSTER_ADMIN = 'admin';

const q = (s: string): string => `\`${s}\``;
const where = (ns: string | undefined): string => (ns === undefined ? 'cluster-wide' : `in namespace ${q(ns)}`);

/** Power kinds only a cluster-wide grant gives. */
const CLUSTER_POWERS: ReadonlySet<PowerKind> = new Set(['cluster-admin', 'impersonate-user', 'impersonate-group', 'pv-create', 'validating-webhook']);

/** How much a power weighs when ranking targets and choosing the worst permissions to name. */
export const POWER_WEIGHT: Record<PowerKind, number> = {
  'cluster-admin': 100,
  'namespace-admin': 70,
  'impersonate-group': 65,
  'impersonate-user': 60,
  bind: 60,
  escalate: 60,
  tokens: 50,
  'run-pods': 50,
  'impersonate-sa': 50,
  exec: 45,
  secrets: 40,
  'validating-webhook': 40,
  'pv-create': 35,
};

export class EscalationGraph {
  readonly nodes: GraphNode[] = [];
  private readonly byKey = new Map<string, GraphNode>();
  private readonly out: Edge[][] = [];
  private readonly held: (Held[] | undefined)[] = [];
  private readonly powers: (Power[] | undefined)[] = [];
  private readonly bindingsHeld: (readonly BindingInfo[] | undefined)[] = [];
  private rev: Edge[][] | undefined;
  private adminNext: Search | undefined;
  private readonly engine: RbacEngine;
  private readonly namespaces = new Set<string>();
  private readonly accountsByNs = new Map<string, GraphNode[]>();
  private readonly tokenSecrets = new Map<string, GraphInput['tokenSecrets'][number][]>();
  private readonly running = new Map<string, GraphInput['running'][number][]>();
  private readonly rolesByNs = new Map<string, RoleInfo[]>();
  private pending: GraphNode[] = [];
  readonly admin: GraphNode;

  constructor(input: GraphInput) {
    this.engine = input.engine;
    this.admin = this.add('ClusterAdmin', CLUSTER_ADMIN, undefined, 'cluster-admin equivalence');
    for (const ns of input.namespaces) this.namespaces.add(ns);
    for (const s of input.tokenSecrets) push(this.tokenSecrets, s.namespace, s);
    for (const r of input.running) push(this.running, r.namespace, r);
    for (const r of this.engine.roles) if (r.kind === 'Role' && r.namespace !== undefined) push(this.rolesByNs, r.namespace, r);
    for (const a of input.accounts) this.account(a.namespace, a.name);
    for (const s of input.tokenSecrets) this.account(s.namespace, s.account);
    for (const r of input.running) this.account(r.namespace, r.account);
    this.group('system:masters');
    for (const b of this.engine.bindings) {
      for (const s of b.subjects) {
        if (s.kind === 'ServiceAccount') {
          const ns = s.namespace || (b.kind === 'RoleBinding' ? b.namespace : undefined);
          if (ns) this.account(ns, s.name);
        } else if (s.kind === 'User') this.user(s.name);
        else if (s.kind === 'Group') this.group(s.name);
      }
    }
    // Every namespace has its `default` account.
    for (const ns of [...this.namespaces]) this.account(ns, 'default');
    this.settle();
  }

  /** Expands every node created and not yet expanded (expanding one can create more). */
  private drain(): void {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      for (const n of batch) this.expand(n);
    }
  }

  /** Expands the nodes created since (an account the set does not mention, asked for by name) and links the hubs. */
  private settle(): void {
    if (this.pending.length > 0 || !this.settled) this.finishHubs();
    this.settled = true;
  }
  private settled = false;

  // ---- nodes ----

  private add(kind: NodeKind, key: string, namespace: string | undefined, label: string, name = key, role?: RoleInfo): GraphNode {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const node: GraphNode = { index: this.nodes.length, key, kind, name, namespace, label, ...(role ? { role } : {}) };
    this.nodes.push(node);
    this.byKey.set(key, node);
    this.out.push([]);
    this.held.push(undefined);
    this.powers.push(undefined);
    this.bindingsHeld.push(undefined);
    this.rev = undefined;
    this.adminNext = undefined;
    if (kind !== 'Hub' && kind !== 'ClusterAdmin') this.pending.push(node);
    return node;
  }

  node(key: string): GraphNode | undefined {
    return this.byKey.get(key);
  }

  /** The node of a ServiceAccount (created when the set does not mention it). */
  account(namespace: string, name: string): GraphNode {
    const key = `sa:${namespace}/${name}`;
    const found = this.byKey.get(key);
    if (found) return found;
    const n = this.add('ServiceAccount', key, namespace, `ServiceAccount ${q(`${namespace}/${name}`)}`, name);
    push(this.accountsByNs, namespace, n);
    if (!this.namespaces.has(namespace)) {
      this.namespaces.add(namespace);
      if (name !== 'default') this.account(namespace, 'default');
    }
    const hub = this.byKey.get(`hub:accounts:${namespace}`);
    if (hub) this.link(hub, n);
    return n;
  }

  user(name: string): GraphNode {
    const sa = parseServiceAccountUser(name);
    if (sa) return this.account(sa.namespace, sa.name);
    return this.add('User', `user:${name}`, undefined, `User ${q(name)}`, name);
  }

  group(name: string): GraphNode {
    return this.add('Group', `group:${name}`, undefined, `Group ${q(name)}`, name);
  }

  /**
   * The node of a user with exactly these groups: a ServiceAccount's or a user's node when the groups
   * are those its token or impersonation gives, else a node of its own.
   */
  subject(u: UserInfo): GraphNode {
    const sa = parseServiceAccountUser(u.user);
    const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
    if (sa && same(u.groups, serviceAccountGroups(sa.namespace))) return this.account(sa.namespace, sa.name);
    if (!sa && u.user !== '' && same(u.groups, ['system:authenticated'])) return this.user(u.user);
    const groups = [...u.groups].sort();
    const label = `${u.user === '' ? 'a user' : `User ${q(u.user)}`} with groups ${groups.map(q).join(', ') || 'none'}`;
    const n = this.add('User', `as:${u.user}|${groups.join(',')}`, undefined, label, u.user);
    n.identity = { user: u.user === '' ? '\u0000' : u.user, groups };
    return n;
  }

  /** The identity of a node as the authorizer sees it. */
  static userOf(n: GraphNode): UserInfo | undefined {
    if (n.identity) return n.identity;
    switch (n.kind) {
      case 'ServiceAccount':
        return { user: serviceAccountUser(n.namespace!, n.name), groups: serviceAccountGroups(n.namespace!) };
      case 'User':
        return { user: n.name, groups: ['system:authenticated'] };
      case 'Group':
        // A member of the group whose user name nobody binds: only the group's grants count.
        return { user: '\u0000', groups: [n.name, 'system:authenticated'] };
      default:
        return undefined;
    }
  }

  private roleNode(role: RoleInfo, namespace: string | undefined): GraphNode {
    if (role.rules.some((r) => isAdminRule(r.rule))) {
      return namespace === undefined ? this.admin : this.namespaceAdmin(namespace);
    }
    const id = `${role.kind}/${role.namespace ?? ''}/${role.name}`;
    const label = role.kind === 'Role' ? `Role ${q(`${role.namespace}/${role.name}`)}` : `ClusterRole ${q(role.name)} ${where(namespace)}`;
    return this.add('Role', `role:${id}@${namespace ?? '*'}`, namespace, label, role.name, role);
  }

  private namespaceAdmin(namespace: string): GraphNode {
    return this.add('NamespaceAdmin', `nsadmin:${namespace}`, namespace, `any permission in namespace ${q(namespace)}`, namespace);
  }

  private hub(kind: 'accounts' | 'running' | 'tokens' | 'users' | 'groups', namespace: string | undefined): GraphNode {
    const key = `hub:${kind}:${namespace ?? '*'}`;
    const found = this.byKey.get(key);
    if (found) return found;
    const h = this.add('Hub', key, namespace, key);
    if (namespace === undefined) return h; // filled by finishHubs
    if (kind === 'accounts') for (const a of this.accountsByNs.get(namespace) ?? []) this.link(h, a);
    if (kind === 'running') {
      const seen = new Set<GraphNode>();
      for (const r of this.running.get(namespace) ?? []) {
        const a = this.account(namespace, r.account);
        if (seen.has(a)) continue;
        seen.add(a);
        this.link(h, a, `pods of ${r.label}`, r.object);
      }
    }
    if (kind === 'tokens') for (const s of this.tokenSecrets.get(namespace) ?? []) this.link(h, this.account(namespace, s.account), `Secret ${q(`${namespace}/${s.name}`)}`, s.object);
    return h;
  }

  /**
   * Cluster-wide hubs point at the hubs of every namespace, and the users and groups hubs at every
   * user and group; linking them can create nodes, whose expansion can create more, so repeat until
   * nothing changes.
   */
  private finishHubs(): void {
    const linked = new Map<string, Set<number>>();
    for (;;) {
      this.drain();
      let changed = false;
      const linkAll = (hubKey: string, targets: () => GraphNode[]): void => {
        const h = this.byKey.get(hubKey);
        if (!h) return;
        let done = linked.get(hubKey);
        if (!done) linked.set(hubKey, (done = new Set()));
        for (const t of targets()) {
          if (done.has(t.index)) continue;
          done.add(t.index);
          this.link(h, t);
          changed = true;
        }
      };
      for (const kind of ['accounts', 'running', 'tokens'] as const) linkAll(`hub:${kind}:*`, () => [...this.namespaces].sort().map((ns) => this.hub(kind, ns)));
      linkAll('hub:users:*', () => this.nodes.filter((n) => n.kind === 'User'));
      linkAll('hub:groups:*', () => this.nodes.filter((n) => n.kind === 'Group'));
      if (!changed && this.pending.length === 0) return;
    }
  }

  private link(from: GraphNode, to: GraphNode, detail?: string, detailObject?: K8sObject): void {
    this.out[from.index]!.push({ from: from.index, to: to.index, cost: 0, kind: 'member', action: '', grant: undefined, ...(detail ? { detail } : {}), ...(detailObject ? { detailObject } : {}) });
  }

  private edge(from: GraphNode, to: GraphNode, kind: EdgeKind, action: string, h: Held | undefined): void {
    if (from === to) return;
    this.out[from.index]!.push({ from: from.index, to: to.index, cost: 1, kind, action, grant: h?.grant });
  }

  // ---- what a node holds ----

  /** Every ability the node holds, with its scope and grant. */
  heldBy(n: GraphNode): Held[] {
    let h = this.held[n.index];
    if (h) return h;
    let out: Held[] = [];
    const bindings: BindingInfo[] = [];
    if (n.kind === 'Role') for (const r of n.role!.rules) scoped(r, n.namespace, undefined, out);
    else if (n.kind === 'NamespaceAdmin') scoped(ANY_RULE, n.namespace, undefined, out);
    else {
      const user = EscalationGraph.userOf(n);
      if (user) {
        // Many subjects share a binding (every account has those of its groups): its abilities are read once.
        for (const er of this.engine.rulesFor(user)) {
          if (bindings[bindings.length - 1] === er.binding) continue;
          bindings.push(er.binding);
        }
        const lists = bindings.map((b) => this.heldThrough(b));
        out = lists.length === 1 ? [...lists[0]!] : lists.flat();
      }
    }
    this.held[n.index] = out;
    this.bindingsHeld[n.index] = bindings;
    return out;
  }

  private readonly byBinding = new Map<BindingInfo, Held[]>();

  /** The abilities a binding grants its subjects, in its scope. */
  private heldThrough(b: BindingInfo): Held[] {
    let out = this.byBinding.get(b);
    if (!out) {
      out = [];
      for (const r of b.role?.rules ?? []) {
        // RoleBindings never grant non-resource access.
        if (b.kind === 'RoleBinding' && r.rule.nonResourceURLs.length > 0 && r.rule.resources.length === 0) continue;
        scoped(r, b.kind === 'RoleBinding' ? b.namespace : undefined, b, out);
      }
      this.byBinding.set(b, out);
    }
    return out;
  }

  /** The bindings that grant the node its roles (for `escalate`). */
  private bindingsOf(n: GraphNode): readonly BindingInfo[] {
    this.heldBy(n);
    return this.bindingsHeld[n.index] ?? [];
  }

  /** What makes the node strong, worst first. */
  powersOf(n: GraphNode): Power[] {
    const p = this.powers[n.index];
    if (p) return p;
    if (n.kind === 'ClusterAdmin' || n.kind === 'Hub') return [];
    this.expand(n);
    return this.powers[n.index]!;
  }

  /** The node holds cluster-admin equivalence itself (not through another identity). */
  isAdminEquivalent(n: GraphNode): boolean {
    return n === this.admin || this.powersOf(n).some((p) => p.kind === 'cluster-admin');
  }

  // ---- edges ----

  private expand(n: GraphNode): void {
    if (this.powers[n.index]) return;
    const powers: Power[] = [];
    this.powers[n.index] = powers;
    const held = this.heldBy(n);
    const byKind = new Map<AbilityKind, Held[]>();
    for (const h of held) push(byKind, h.kind, h);
    const of = (k: AbilityKind): Held[] => byKind.get(k) ?? [];
    const power = (kind: PowerKind, h: Held, how = '', names = h.names, namespace = h.namespace): void => {
      if (!powers.some((p) => p.kind === kind && p.namespace === namespace && sameNames(p.names, names))) powers.push({ kind, namespace, names, held: h, how });
    };
    const toAdmin = (h: Held, action: string, how: string): void => {
      this.edge(n, this.admin, 'admin', action, h);
      power('cluster-admin', h, how, undefined, undefined);
    };

    if (n.kind === 'Group' && n.name === 'system:masters') {
      this.out[n.index]!.push({ from: n.index, to: this.admin.index, cost: 1, kind: 'admin', action: `members of group ${q('system:masters')} bypass authorization`, grant: undefined });
    }

    // Cluster-admin equivalence.
    for (const h of of('admin')) {
      if (h.namespace === undefined) toAdmin(h, `hold ${q('*')} on ${q('*')} cluster-wide`, `do anything: ${q('*')} verbs on ${q('*')} resources cluster-wide`);
      else power('namespace-admin', h);
    }
    // A mutating webhook rewrites any object (a privileged container into every pod); a validating one
    // sees every write and can refuse it, but grants its author nothing by itself.
    // Creating one needs nothing else; updating one needs a configuration to exist, so the
    // unconditional ways are named first.
    const mutating = of('mutating-webhook');
    const mwc = mutating.find((h) => h.verb === 'create') ?? mutating[0];
    const webhook = (h: Held): void => {
      const what = `${h.verb} ${h.names ? `MutatingWebhookConfiguration ${list(h.names)}` : q(h.target)}`;
      toAdmin(h, `${what}, whose webhooks rewrite every object written`, `${what}, whose webhooks rewrite every object written (a privileged container into any pod)`);
    };
    if (mwc?.verb === 'create') webhook(mwc);
    for (const h of of('validating-webhook').slice(0, 1)) power('validating-webhook', h);
    for (const h of of('nodes-proxy').slice(0, 1)) toAdmin(h, `${h.verb} ${q('nodes/proxy')}, the kubelet API that runs commands in every pod`, `${h.verb} ${q('nodes/proxy')}, the kubelet API that runs commands in every pod of every node`);
    if (mwc && mwc.verb !== 'create') webhook(mwc);
    const signer = of('signer-approve').find((h) => h.names === undefined || h.names.some((x) => CLIENT_SIGNERS.includes(x)));
    const csrCreate = of('csr-create')[0];
    const csrApprove = of('csr-approve')[0];
    if (signer && csrCreate && csrApprove) {
      toAdmin(csrApprove, `create and approve a client certificate for group ${q('system:masters')} (${q('certificatesigningrequests/approval')} and ${q('approve')} on ${q('signers')})`, `create and approve a client certificate for any user and group, ${q('system:masters')} included`);
    }

    // Cluster-admin equivalence covers every other power, and paths never go on from here but to it.
    if (powers.some((p) => p.kind === 'cluster-admin')) {
      powers.sort((a, b) => POWER_WEIGHT[b.kind] - POWER_WEIGHT[a.kind]);
      return;
    }

    // Pods: run as any account of the namespace.
    for (const h of of('pod-run')) {
      power('run-pods', h, '', undefined);
      this.edge(n, this.hub('accounts', h.namespace), 'run', `${h.verb} ${q(h.target)} ${where(h.namespace)}`, h);
    }
    for (const h of of('pod-exec')) {
      power('exec', h);
      const action = `${execPhrase(h)} ${where(h.namespace)}`;
      if (h.names === undefined) this.edge(n, this.hub('running', h.namespace), 'exec', action, h);
      else for (const r of this.runningNamed(h.namespace, h.names)) this.edge(n, this.account(r.namespace, r.account), 'exec', `${action} (pod ${q(r.podName!)})`, h);
    }
    // Tokens.
    for (const h of of('token-create')) {
      power('tokens', h);
      const action = `create ${q('serviceaccounts/token')} ${where(h.namespace)}`;
      if (h.names === undefined) this.edge(n, this.hub('accounts', h.namespace), 'token', action, h);
      else for (const ns of this.scopeNamespaces(h.namespace)) for (const name of h.names) this.edge(n, this.account(ns, name), 'token', `create ${q('serviceaccounts/token')} for ${q(name)} ${where(h.namespace)}`, h);
    }
    for (const h of [...of('secrets-list'), ...of('secrets-get')]) {
      power('secrets', h);
      const action = `${h.verb} ${q('secrets')} ${where(h.namespace)}`;
      if (h.names === undefined) this.edge(n, this.hub('tokens', h.namespace), 'secret', action, h);
      else {
        for (const ns of this.scopeNamespaces(h.namespace)) {
          for (const s of this.tokenSecrets.get(ns) ?? []) {
            if (h.names.includes(s.name)) this.edge(n, this.account(ns, s.account), 'secret', `${h.verb} Secret ${q(`${ns}/${s.name}`)}, a token`, h);
          }
        }
      }
    }
    // Impersonation.
    for (const h of of('impersonate-sa')) {
      power('impersonate-sa', h);
      const action = `impersonate ${q('serviceaccounts')} ${where(h.namespace)}`;
      if (h.names === undefined) this.edge(n, this.hub('accounts', h.namespace), 'impersonate', action, h);
      else for (const ns of this.scopeNamespaces(h.namespace)) for (const name of h.names) this.edge(n, this.account(ns, name), 'impersonate', action, h);
    }
    const users = of('impersonate-user');
    for (const h of users) {
      power('impersonate-user', h);
      if (h.names === undefined) this.edge(n, this.hub('users', undefined), 'impersonate', `impersonate ${q('users')}`, h);
      else for (const name of h.names) if (!parseServiceAccountUser(name)) this.edge(n, this.user(name), 'impersonate', `impersonate user ${q(name)}`, h);
    }
    // Impersonating a group needs a user to impersonate with it.
    if (users.length > 0 || of('impersonate-sa').length > 0) {
      for (const h of of('impersonate-group')) {
        power('impersonate-group', h);
        if (h.names === undefined) this.edge(n, this.hub('groups', undefined), 'impersonate', `impersonate ${q('groups')}`, h);
        else for (const name of h.names) this.edge(n, this.group(name), 'impersonate', `impersonate group ${q(name)}`, h);
      }
    }
    this.bindEdges(n, of, power);
    this.escalateEdges(n, of, power);
    for (const h of of('pv-create').slice(0, 1)) power('pv-create', h);
    powers.sort((a, b) => POWER_WEIGHT[b.kind] - POWER_WEIGHT[a.kind] || (a.namespace === undefined ? 0 : 1) - (b.namespace === undefined ? 0 : 1));
  }

  /** `bind` on a role plus writing a binding: the subject binds the role to itself. */
  private bindEdges(n: GraphNode, of: (k: AbilityKind) => Held[], power: (kind: PowerKind, h: Held, how?: string, names?: readonly string[] | undefined, namespace?: string | undefined) => void): void {
    const bindCR = of('bind-clusterrole');
    const bindR = of('bind-role');
    if (bindCR.length === 0 && bindR.length === 0) return;
    // Cluster-wide: bind a ClusterRole with a ClusterRoleBinding.
    const crbCreate = of('crb-create')[0];
    const crbUpdate = of('crb-update');
    for (const b of bindCR.filter((h) => h.namespace === undefined)) {
      const targets = this.bindable(b, undefined, crbCreate !== undefined, crbUpdate);
      if (targets.length > 0) power('bind', b, '', b.names, undefined);
      for (const r of targets) {
        const t = this.roleNode(r, undefined);
        // Binding an admin-equivalent ClusterRole to itself makes the subject cluster-admin equivalent.
        if (t === this.admin) power('cluster-admin', b, `bind ClusterRole ${q(r.name)} to itself cluster-wide`, undefined, undefined);
        this.edge(n, t, 'bind', `bind ClusterRole ${q(r.name)} with a ClusterRoleBinding`, b);
      }
    }
    // In a namespace: bind a Role of it, or a ClusterRole, with a RoleBinding.
    const rbCreate = of('rb-create');
    const rbUpdate = of('rb-update');
    if (rbCreate.length === 0 && rbUpdate.length === 0) return;
    const namespaces = new Set<string>();
    for (const h of [...rbCreate, ...rbUpdate]) for (const ns of this.scopeNamespaces(h.namespace)) namespaces.add(ns);
    for (const ns of [...namespaces].sort()) {
      const covers = (h: Held): boolean => h.namespace === undefined || h.namespace === ns;
      const create = rbCreate.some(covers);
      const update = rbUpdate.filter(covers);
      for (const b of bindCR.filter(covers)) {
        const targets = this.bindable(b, ns, create, update);
        if (targets.length > 0) power('bind', b, '', b.names, b.namespace);
        for (const r of targets) this.edge(n, this.roleNode(r, ns), 'bind', `bind ClusterRole ${q(r.name)} in namespace ${q(ns)}`, b);
      }
      for (const b of bindR.filter(covers)) {
        const targets = this.bindable(b, ns, create, update, true);
        if (targets.length > 0) power('bind', b, '', b.names, b.namespace);
        for (const r of targets) this.edge(n, this.roleNode(r, ns), 'bind', `bind Role ${q(`${ns}/${r.name}`)}`, b);
      }
    }
  }

  /**
   * Roles a `bind` grant lets the subject bind to itself in `namespace` (undefined: cluster-wide): any
   * it names when it may create bindings (without names, ClusterRole `cluster-admin`, present in every
   * cluster, stands for all ClusterRoles); when it may only update bindings, the roles of the bindings
   * it may update.
   */
  private bindable(b: Held, namespace: string | undefined, create: boolean, update: Held[], roles = false): RoleInfo[] {
    if (create) {
      if (roles) return (this.rolesByNs.get(namespace!) ?? []).filter((r) => allowsName(b.names, r.name));
      if (b.names !== undefined) return b.names.map((name) => this.engine.clusterRole(name)).filter((r): r is RoleInfo => r !== undefined);
      const admin = this.engine.clusterRole('cluster-admin');
      return admin ? [admin] : this.engine.roles.filter((r) => r.kind === 'ClusterRole');
    }
    if (update.length === 0) return [];
    // Updating an existing binding (to add oneself) keeps its roleRef: the roles of the bindings it may update.
    const kind = namespace === undefined ? 'ClusterRoleBinding' : 'RoleBinding';
    const refs = new Set<RoleInfo>();
    for (const x of this.engine.bindings) {
      if (x.kind !== kind || (namespace !== undefined && x.namespace !== namespace) || !x.role) continue;
      if ((x.role.kind === 'Role') !== roles || !allowsName(b.names, x.role.name)) continue;
      if (update.some((u) => allowsName(u.names, x.name))) refs.add(x.role);
    }
    return [...refs];
  }

  /** `escalate` plus update on a role bound to the subject: it can write any permission into it. */
  private escalateEdges(n: GraphNode, of: (k: AbilityKind) => Held[], power: (kind: PowerKind, h: Held, how?: string, names?: readonly string[] | undefined, namespace?: string | undefined) => void): void {
    const escR = of('escalate-role');
    const escCR = of('escalate-clusterrole');
    if (escR.length === 0 && escCR.length === 0) return;
    const wR = of('write-role');
    const wCR = of('write-clusterrole');
    for (const b of this.bindingsOf(n)) {
      const role = b.role;
      if (!role || role.aggregation !== undefined) continue; // the aggregation controller rewrites its rules
      const scope = b.kind === 'ClusterRoleBinding' ? undefined : b.namespace;
      const ok = (hs: Held[], ns: string | undefined): Held | undefined => hs.find((h) => (h.namespace === undefined || h.namespace === ns) && allowsName(h.names, role.name));
      let esc: Held | undefined;
      if (role.kind === 'Role') esc = ok(escR, role.namespace) && ok(wR, role.namespace) ? ok(escR, role.namespace) : undefined;
      else esc = ok(escCR, undefined) && ok(wCR, undefined) ? ok(escCR, undefined) : undefined;
      if (!esc) continue;
      const label = role.kind === 'Role' ? `Role ${q(`${role.namespace}/${role.name}`)}` : `ClusterRole ${q(role.name)}`;
      const target = scope === undefined ? this.admin : this.namespaceAdmin(scope);
      power('escalate', esc, '', undefined, scope);
      if (target === this.admin) power('cluster-admin', esc, `${q('escalate')} and update ${label}, bound to it cluster-wide, and so write any permission into it`, undefined, undefined);
      this.edge(n, target, 'escalate', `${q('escalate')} and update ${label}, which ${b.kind === 'ClusterRoleBinding' ? 'ClusterRoleBinding' : 'RoleBinding'} ${q(b.namespace ? `${b.namespace}/${b.name}` : b.name)} grants it`, esc);
    }
  }

  private scopeNamespaces(ns: string | undefined): string[] {
    return ns === undefined ? [...this.namespaces].sort() : [ns];
  }

  private runningNamed(ns: string | undefined, names: readonly string[]): GraphInput['running'][number][] {
    const out: GraphInput['running'][number][] = [];
    for (const n of this.scopeNamespaces(ns)) for (const r of this.running.get(n) ?? []) if (r.podName !== undefined && names.includes(r.podName)) out.push(r);
    return out;
  }

  // ---- paths ----

  edgesFrom(n: GraphNode): readonly Edge[] {
    return this.out[n.index]!;
  }

  private reverse(): Edge[][] {
    if (!this.rev) {
      const rev: Edge[][] = this.nodes.map(() => []);
      for (const es of this.out) for (const e of es) rev[e.to]!.push(e);
      this.rev = rev;
    }
    return this.rev;
  }

  /**
   * Shortest distances (steps) from the roots, with the edge each node was reached by; 0-1 BFS. The
   * arrays are reused from search to search (a stamp marks what this one set), and only the nodes
   * it reached are listed, so a search costs what it visits, not the size of the graph.
   */
  private search(roots: readonly GraphNode[], reverse: boolean, stopAtAdmin: boolean, own = false, base?: readonly Power[]): Search {
    const n = this.nodes.length;
    let s = own ? undefined : this.scratch;
    if (!s || s.stamp.length < n) {
      s = { stamp: new Uint32Array(n), gen: 0, dist: new Int32Array(n), via: new Array<Edge | undefined>(n), touched: [], before: new Array<readonly Power[] | undefined>(n) };
      if (!own) this.scratch = s;
    }
    const search = s;
    search.gen++;
    search.touched = [];
    const gen = search.gen;
    const { stamp, dist, via, touched, before } = search;
    const adj = reverse ? this.reverse() : this.out;
    const adminEq = this.adminFlags();
    const admin = this.admin.index;
    let bucket: number[] = [];
    for (const r of roots) if (stamp[r.index] !== gen) {
      stamp[r.index] = gen;
      dist[r.index] = 0;
      via[r.index] = undefined;
      before[r.index] = base;
      touched.push(r.index);
      bucket.push(r.index);
    }
    for (let d = 0; bucket.length > 0; d++) {
      const next: number[] = [];
      for (let i = 0; i < bucket.length; i++) {
        const u = bucket[i]!;
        if (dist[u] !== d) continue;
        if (stopAtAdmin && u === admin) continue;
        // Past an identity that is cluster-admin equivalent, only its step to equivalence counts: it covers every other gain.
        const onlyAdmin = stopAtAdmin && d > 0 && adminEq[u] === 1;
        // With `base`: an identity that adds nothing to what the path already holds leads nowhere new.
        let acc = before[u];
        if (base && d > 0 && this.nodes[u]!.kind !== 'Hub') {
          const own = this.powersOf(this.nodes[u]!);
          if (!onlyAdmin && !own.some((p) => adds(acc!, p))) continue;
          acc = [...acc!, ...own];
        }
        for (const e of adj[u]!) {
          if (onlyAdmin && e.to !== admin) continue;
          const v = reverse ? e.from : e.to;
          const nd = d + e.cost;
          if (stamp[v] === gen && dist[v]! <= nd) continue;
          if (stamp[v] !== gen) {
            stamp[v] = gen;
            touched.push(v);
          }
          dist[v] = nd;
          via[v] = e;
          before[v] = acc;
          // Hub hops cost nothing: the node joins the bucket being walked.
          if (e.cost === 0) bucket.push(v);
          else next.push(v);
        }
      }
      bucket = next;
    }
    return search;
  }

  private scratch: Search | undefined;
  private adminEq: Uint8Array | undefined;

  /** For each node, 1 when it is cluster-admin equivalent itself. */
  private adminFlags(): Uint8Array {
    if (!this.adminEq || this.adminEq.length < this.nodes.length) {
      const f = new Uint8Array(this.nodes.length);
      for (const n of this.nodes) if (n !== this.admin && this.isAdminEquivalent(n)) f[n.index] = 1;
      this.adminEq = f;
    }
    return this.adminEq;
  }

  /** Steps from a BFS tree: hub hops folded into the step that enters the hub. */
  private stepsTo(target: number, via: readonly (Edge | undefined)[], reverse: boolean): PathStep[] {
    const edges: Edge[] = [];
    if (reverse) {
      let e = via[target];
      while (e) {
        edges.push(e);
        e = via[e.to];
      }
    } else {
      let e = via[target];
      while (e) {
        edges.unshift(e);
        e = via[e.from];
      }
    }
    const steps: PathStep[] = [];
    for (const e of edges) {
      const to = this.nodes[e.to]!;
      if (e.cost === 0) {
        const last = steps[steps.length - 1];
        if (!last) continue;
        last.to = to;
        if (e.detail) {
          last.detail = e.detail;
          if (e.detailObject) last.detailObject = e.detailObject;
        }
        continue;
      }
      steps.push({ kind: e.kind, action: e.action, to, grant: e.grant });
    }
    return steps;
  }

  /**
   * Shortest paths from the roots (identities held at once, e.g. a workload's account and the tokens it
   * mounts) to every stronger identity: one holding a power that neither the roots nor the identities
   * the path goes through hold (the subject holds those too by then; past an identity that adds
   * nothing, the search does not go on). Worst first. With
   * `worst`, a path to cluster-admin equivalence, when there is one, is the only one returned (it
   * covers every other gain).
   */
  pathsFrom(roots: readonly GraphNode[], options: { worst?: boolean } = {}): EscalationPath[] {
    if (roots.length === 0) return [];
    const base = roots.flatMap((r) => this.powersOf(r));
    this.settle();
    if (base.some((p) => p.kind === 'cluster-admin')) return [];
    if (options.worst) {
      const a = this.adminDistances();
      let best: GraphNode | undefined;
      for (const r of roots) if (a.stamp[r.index] === a.gen && (!best || a.dist[r.index]! < a.dist[best.index]!)) best = r;
      if (best) {
        const steps = this.stepsTo(best.index, a.via, true);
        return [{ from: best, to: this.admin, steps, gain: [ADMIN_GAIN(steps)] }];
      }
    }
    const found = this.search(roots, false, true, false, base);
    const adminEq = this.adminFlags();
    const out: EscalationPath[] = [];
    for (const i of found.touched) {
      if (found.dist[i] === 0) continue;
      const t = this.nodes[i]!;
      // Hubs are no identities; an identity that is cluster-admin equivalent is shown by the path through it to equivalence.
      if (t.kind === 'Hub' || adminEq[i] === 1) continue;
      // What it adds to the start and to every identity the path went through (which the subject holds too by then).
      const gain = t === this.admin ? [] : this.powersOf(t).filter((p) => adds(found.before[i]!, p));
      if (t !== this.admin && gain.length === 0) continue;
      const steps = this.stepsTo(i, found.via, false);
      if (steps.length === 0) continue;
      out.push({ from: this.nodes[this.rootOf(i, found.via)]!, to: t, steps, gain: t === this.admin ? [ADMIN_GAIN(steps)] : gain });
    }
    return out.sort(comparePaths);
  }

  private rootOf(i: number, via: readonly (Edge | undefined)[]): number {
    let cur = i;
    for (let e = via[cur]; e; e = via[cur]) cur = e.from;
    return cur;
  }

  /** Distance of every node to cluster-admin equivalence, and the next edge on a shortest path (kept). */
  private adminDistances(): Search {
    if (!this.adminNext) this.adminNext = this.search([this.admin], true, false, true);
    return this.adminNext;
  }

  /**
   * For every node that can reach one of the holders (but is none), the shortest path to one:
   * `who-can --paths`. Cluster-admin equivalence holds every permission.
   */
  pathsTo(holders: readonly GraphNode[]): EscalationPath[] {
    this.settle();
    const set = new Set([...holders, this.admin]);
    const found = this.search([...set], true, false);
    const out: EscalationPath[] = [];
    for (const i of found.touched) {
      const n = this.nodes[i]!;
      if (found.dist[i] === 0 || set.has(n) || !(n.kind === 'ServiceAccount' || n.kind === 'User' || n.kind === 'Group')) continue;
      const steps = this.stepsTo(i, found.via, true);
      if (steps.length === 0) continue;
      out.push({ from: n, to: steps[steps.length - 1]!.to, steps, gain: [] });
    }
    return out.sort((a, b) => a.steps.length - b.steps.length || cmp(a.from.label, b.from.label));
  }
}

/** The abilities of one rule in a scope (a RoleBinding's namespace, or cluster-wide), appended to `out`. */
function scoped(rule: RuleRef, namespace: string | undefined, binding: BindingInfo | undefined, out: Held[]): void {
  for (const a of ruleAbilities(rule.rule)) {
    // RoleBindings grant nothing on cluster-scoped resources.
    if (namespace !== undefined && !grantedInNamespace(a)) continue;
    out.push({ ...a, namespace, grant: { binding, rule, resourceIndex: a.resourceIndex } });
  }
}

/** What a subject holds where it can write any permission into a role bound to it. */
const ANY_ROLE: RoleInfo = { kind: 'ClusterRole', namespace: undefined, name: '(any permission)', object: undefined, builtin: true, labels: {}, ownRules: [], aggregation: undefined, rules: [] };
const ANY_RULE: RuleRef = { rule: { verbs: ['*'], apiGroups: ['*'], resources: ['*'], resourceNames: [], nonResourceURLs: [] }, origin: ANY_ROLE, index: 0 };

const EXEC_VERB: Record<string, string> = {
  'pods/exec': `exec into ${q('pods')}`,
  'pods/attach': `attach to ${q('pods')}`,
  'pods/ephemeralcontainers': `add ephemeral containers to ${q('pods')}`,
  pods: `update ${q('pods')} (swap an image)`,
};

/** "exec into `pods`"; through `get` (what WebSocket clients are checked for), says so, since the rule reads like read access. */
function execPhrase(h: RuleAbility): string {
  const what = EXEC_VERB[h.target] ?? `${h.verb} ${q(h.target)}`;
  return h.verb === 'get' && (h.target === 'pods/exec' || h.target === 'pods/attach') ? `${what} over a WebSocket (${q('get')} on ${q(h.target)})` : what;
}

const ADMIN_GAIN = (steps: PathStep[]): Power => ({
  kind: 'cluster-admin',
  namespace: undefined,
  names: undefined,
  held: { kind: 'admin', verb: '*', resource: '*', resourceIndex: 0, group: '*', target: '*', names: undefined, namespace: undefined, grant: steps[steps.length - 1]?.grant ?? { binding: undefined, rule: { rule: { verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [] }, origin: ANY_ROLE, index: 0 }, resourceIndex: 0 } },
  how: 'do anything, as cluster-admin does',
});

/** Whether the powers already held cover a power (cluster-wide covers any namespace; no names cover any names). */
export function covered(base: readonly Power[], p: Power): boolean {
  if (base.some((b) => b.kind === 'cluster-admin')) return true;
  if (p.kind === 'cluster-admin') return false;
  if (p.namespace !== undefined && !CLUSTER_POWERS.has(p.kind) && base.some((b) => b.kind === 'namespace-admin' && b.namespace === p.namespace)) return true;
  return base.some(
    (b) =>
      b.kind === p.kind &&
      (b.namespace === undefined || b.namespace === p.namespace) &&
      (b.names === undefined || (p.names !== undefined && p.names.every((x) => b.names!.includes(x)))),
  );
}

/**
 * What a pod creator holds already where it runs pods: a pod runs as any ServiceAccount of its
 * namespace and mounts any Secret of it, so minting tokens, reading Secrets, impersonating accounts
 * or exec into running pods there reaches no identity it could not become.
 */
const RUN_COVERS: ReadonlySet<PowerKind> = new Set(['tokens', 'secrets', 'impersonate-sa', 'exec']);
const SAME_REACH: Partial<Record<PowerKind, PowerKind>> = { tokens: 'impersonate-sa', 'impersonate-sa': 'tokens' };

/**
 * Whether an identity holding `p` is stronger than what the path holds (`base`): `p` is not
 * covered, and it reaches identities the path could not (a pod creator's namespace is no gain).
 */
export function adds(base: readonly Power[], p: Power): boolean {
  if (covered(base, p)) return false;
  // Minting tokens for accounts and impersonating them reach the same identities.
  const twin = SAME_REACH[p.kind];
  if (twin && covered(base.filter((b) => b.kind === twin).map((b) => ({ ...b, kind: p.kind })), p)) return false;
  return !(RUN_COVERS.has(p.kind) && base.some((b) => b.kind === 'run-pods' && (b.namespace === undefined || b.namespace === p.namespace)));
}

function comparePaths(a: EscalationPath, b: EscalationPath): number {
  const w = (p: EscalationPath): number => Math.max(...p.gain.map((g) => POWER_WEIGHT[g.kind] + (g.namespace === undefined ? 5 : 0)));
  return w(b) - w(a) || a.steps.length - b.steps.length || cmp(a.to.label, b.to.label);
}

const sameNames = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

const list = (names: readonly string[]): string => names.map(q).join(', ');
const and = (xs: readonly string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** What a power lets its holder do, as a phrase: "create `pods` in namespace `shop` (so run pods as any of its ServiceAccounts)". */
export function powerPhrase(p: Power, namespaces?: readonly string[]): string {
  const h = p.held;
  const at = namespaces && namespaces.length > 1 ? `in namespaces ${and(namespaces.map(q))}` : where(p.namespace);
  switch (p.kind) {
    case 'cluster-admin':
      return p.how;
    case 'namespace-admin':
      return `do anything ${at}`;
    case 'run-pods':
      return `${h.verb} ${q(h.target)} ${at}, so run pods as any ServiceAccount ${p.namespace === undefined ? 'of any namespace' : 'there'}`;
    case 'exec':
      return `${execPhrase(h)} ${at}${p.names ? ` (${list(p.names)})` : ''}, so act as the accounts of running pods`;
    case 'tokens':
      return `create tokens for ${p.names ? `ServiceAccount ${list(p.names)}` : 'any ServiceAccount'} ${at}`;
    case 'secrets':
      return `${h.verb} ${p.names ? `Secret ${list(p.names)}` : q('secrets')} ${at}`;
    case 'impersonate-sa':
      return `impersonate ${p.names ? `ServiceAccount ${list(p.names)}` : 'any ServiceAccount'} ${at}`;
    case 'impersonate-user':
      return `impersonate ${p.names ? `user ${list(p.names)}` : 'any user'}`;
    case 'impersonate-group':
      return `impersonate ${p.names ? `group ${list(p.names)}` : 'any group'}`;
    case 'bind':
      return `bind ${p.names ? `role ${list(p.names)}` : 'any role'} to itself ${at}`;
    case 'escalate':
      return `write any permission into a role bound to it ${at}`;
    case 'validating-webhook':
      return `${h.verb} ${q('validatingwebhookconfigurations')}, so see every write request and refuse any`;
    case 'pv-create':
      return `create ${q('persistentvolumes')} (a ${q('hostPath')} volume reaches a node's disk)`;
  }
}

/** Where a grant is written: the rule entry in the role, else the binding's roleRef (a built-in role); undefined when both are built in. */
export function grantAt(g: GrantSource | undefined): { object: K8sObject; path: (string | number)[] } | undefined {
  if (!g) return undefined;
  const role = g.rule.origin;
  if (role.object) return { object: role.object, path: ['rules', g.rule.index, 'resources', g.resourceIndex] };
  if (g.binding?.object) return { object: g.binding.object, path: ['roleRef', 'name'] };
  return undefined;
}

/**
 * "ClusterRoleBinding `x`, ClusterRole `y`": where a grant comes from (and the role aggregated into
 * it). `more`: other bindings of the same kind and role that grant the same rule elsewhere
 * ("RoleBindings `a/x`, `b/x`, ClusterRole `y`").
 */
export function grantPhrase(g: GrantSource, withOrigin = true, more: readonly GrantSource[] = []): string {
  const name = (x: { namespace: string | undefined; name: string }): string => q(x.namespace ? `${x.namespace}/${x.name}` : x.name);
  const origin = g.rule.origin;
  const bound = g.binding?.role ?? origin;
  const parts: string[] = [];
  const others = more.flatMap((m) => (m.binding && m.binding !== g.binding ? [m.binding] : []));
  if (g.binding) parts.push(`${g.binding.kind}${others.length > 0 ? 's' : ''} ${[g.binding, ...others].map(name).join(', ')}`);
  if (bound !== ANY_ROLE) parts.push(`${bound.kind} ${name(bound)}`);
  if (withOrigin && origin !== bound && origin !== ANY_ROLE) parts.push(`rule of ${origin.kind} ${name(origin)}`);
  return parts.join(', ');
}
