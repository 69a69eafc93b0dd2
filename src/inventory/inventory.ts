/** The scanned set, indexed once and read-only afterwards. */
import type { JsonPath } from '../model/types.js';
import type { K8sObject, LoadResult, LoadedDocument } from '../load/load.js';
import { RBAC_GROUP, gk } from '../load/kinds.js';
import { FieldReader, getIn, isRecord } from './fields.js';
import { podSpecOf, readPod, type PodInfo } from './podspec.js';
import { RbacEngine } from './rbac/engine.js';
import { cloudIdentities, type CloudIdentity } from './cloud.js';
import { identityEntries, ISTIO_SECURITY_GROUP } from './istio/principals.js';
import { accountScope, isCalicoPolicy, readCalicoPolicy, type CalicoPolicy, type NamespaceView } from './calico/policy.js';
import { evaluate } from './calico/selector.js';
import { parseServiceAccountUser, serviceAccountGroups, serviceAccountUser } from './rbac/match.js';
import type { UserInfo } from './rbac/types.js';
import { EscalationGraph } from './rbac/escalation.js';
import { matchesGlob } from './glob.js';

export const SA_TOKEN_SECRET_TYPE = 'kubernetes.io/service-account-token';

export interface AccountId {
  namespace: string;
  name: string;
}

export const accountKey = (a: AccountId): string => `${a.namespace}/${a.name}`;

/** How the token mount was decided (SPEC §3.1). */
export interface TokenDecision {
  mounted: boolean;
  /** `pod`: the pod field decided; `account`: the ServiceAccount's field; `default`: neither is set. */
  decidedBy: 'pod' | 'account' | 'default';
  podValue: boolean | undefined;
  accountValue: boolean | undefined;
  /** False when the ServiceAccount object is not in the scanned set (its field is unknown). */
  accountKnown: boolean;
  /** The pod sets the field with a value of the wrong type (the API server rejects the pod). */
  podInvalid: boolean;
}

export interface Workload {
  object: K8sObject;
  pod: PodInfo;
  account: AccountId;
  /** Which field named the account; `default` when none did. */
  accountSource: 'serviceAccountName' | 'serviceAccount' | 'default';
  /** Path of that field (undefined when the account is the implicit default). */
  accountPath: JsonPath | undefined;
  accountObject: K8sObject | undefined;
  token: TokenDecision;
}

/** A workload's reference to a legacy token Secret of the set (`kubernetes.io/service-account-token`). */
export interface TokenSecretRef {
  via: 'volume' | 'env' | 'envFrom';
  /** Path of the reference (the Secret's name) in the workload. */
  path: JsonPath;
  secret: K8sObject;
  /** The account the token is of (`?` when the Secret does not say). */
  account: AccountId;
  /** The volume, or the variable and container, that holds it. */
  volume?: string;
  variable?: string;
  container?: string;
}

export interface AccountUse {
  kind: 'workload' | 'binding' | 'secret' | 'custom-resource' | 'policy';
  object: K8sObject;
  path: JsonPath;
}

/** A ServiceAccount of a namespace as Calico's selectors see it (`object` undefined for an implicit `default`). */
export interface NamespaceAccount {
  name: string;
  labels: Record<string, string>;
  object: K8sObject | undefined;
}

export interface InventoryOptions {
  /** `namespace/name` globs of accounts created outside the scanned set. */
  knownServiceAccounts?: readonly string[];
  /** Include Kubernetes' built-in roles and bindings in RBAC evaluation (default true). */
  builtins?: boolean;
}

export class Inventory {
  readonly reader = new FieldReader();
  readonly objects: readonly K8sObject[];
  readonly documents: readonly LoadedDocument[];
  readonly workloads: Workload[] = [];
  private readonly byKind = new Map<string, K8sObject[]>();
  private readonly byName = new Map<string, K8sObject[]>();
  private readonly workloadByObject = new Map<number, Workload>();
  private readonly uses = new Map<string, AccountUse[]>();
  private readonly known: readonly string[];
  private engine: RbacEngine | undefined;
  private graph: EscalationGraph | undefined;
  private identities: { account: K8sObject; identities: CloudIdentity[] }[] | undefined;

  constructor(readonly load: LoadResult, readonly options: InventoryOptions = {}) {
    this.objects = load.objects;
    this.documents = load.documents;
    this.known = options.knownServiceAccounts ?? [];
    for (const o of load.objects) {
      const k = gk(o.ref.group, o.ref.kind);
      push(this.byKind, k, o);
      push(this.byName, `${k}|${o.ref.namespace ?? ''}|${o.ref.name}`, o);
    }
    // One object that saguard fails on (a bug) must not lose the rest of the scan: it is recorded,
    // and reported as an `unscanned-input` finding on the object.
    const isolated = (o: K8sObject, index: (o: K8sObject) => void): void => {
      try {
        index(o);
      } catch (e) {
        this.failures.push({ object: o, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      }
    };
    for (const o of load.objects) isolated(o, (x) => this.indexObject(x));
    // Calico policies use accounts by name and by label, in namespaces only known once all is indexed.
    for (const o of load.objects) if (isCalicoPolicy(o)) isolated(o, (x) => this.indexCalicoUses(x));
  }

  /** Objects the inventory failed to index (a bug in saguard), with the error. */
  readonly failures: { object: K8sObject; error: string }[] = [];

  private calico = new Map<number, CalicoPolicy>();

  /** The Calico policy read from a NetworkPolicy or GlobalNetworkPolicy object. */
  calicoPolicyOf(o: K8sObject): CalicoPolicy {
    let p = this.calico.get(o.id);
    if (!p) {
      p = readCalicoPolicy(o, this.reader);
      this.calico.set(o.id, p);
    }
    return p;
  }

  private nsViews: NamespaceView[] | undefined;

  /** Every namespace the set mentions, with its labels when its Namespace object is there. */
  get namespaces(): readonly NamespaceView[] {
    if (!this.nsViews) {
      const views = new Map<string, NamespaceView>();
      for (const n of this.ofKind('', 'Namespace')) views.set(n.ref.name, { name: n.ref.name, labelsKnown: true, labels: this.reader.stringMap(n, ['metadata', 'labels']) });
      for (const o of this.objects) {
        const ns = o.ref.namespace;
        if (ns && !views.has(ns)) views.set(ns, { name: ns, labelsKnown: false, labels: {} });
      }
      this.nsViews = [...views.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    return this.nsViews;
  }

  /**
   * The ServiceAccounts of a namespace as Calico's ServiceAccount selectors see them: their labels
   * plus `projectcalico.org/name`. The `default` account is always there (created by Kubernetes).
   */
  accountsIn(namespace: string): readonly NamespaceAccount[] {
    let out = this.accountsByNs?.get(namespace);
    if (out) return out;
    if (!this.saByNs) {
      this.saByNs = new Map();
      for (const a of this.ofKind('', 'ServiceAccount')) push(this.saByNs, a.ref.namespace ?? '', a);
    }
    // Labels are read here, on first use, so that only namespaces a question reaches can raise field-type issues.
    out = (this.saByNs.get(namespace) ?? []).map((a) => ({ name: a.ref.name, labels: { ...this.reader.stringMap(a, ['metadata', 'labels']), 'projectcalico.org/name': a.ref.name }, object: a as K8sObject | undefined }));
    if (!out.some((a) => a.name === 'default')) out.push({ name: 'default', labels: { 'projectcalico.org/name': 'default' }, object: undefined });
    (this.accountsByNs ??= new Map()).set(namespace, out);
    return out;
  }

  private saByNs: Map<string, K8sObject[]> | undefined;
  private accountsByNs: Map<string, NamespaceAccount[]> | undefined;

  private indexCalicoUses(o: K8sObject): void {
    const p = this.calicoPolicyOf(o);
    const useAll = (scope: ReturnType<typeof accountScope>, match: (a: { name: string; labels: Record<string, string> }) => boolean, path: JsonPath): void => {
      for (const ns of scope.namespaces) {
        for (const a of this.accountsIn(ns.name)) if (a.object && match(a)) this.addUse({ namespace: ns.name, name: a.name }, { kind: 'policy', object: o, path });
      }
    };
    if (p.serviceAccountSelector?.selector) {
      const sel = p.serviceAccountSelector.selector;
      useAll(accountScope(p, p.namespaceSelector, this.namespaces), (a) => evaluate(sel, a.labels), p.serviceAccountSelector.path);
    }
    for (const r of p.rules) {
      if (!r.hasServiceAccounts) continue;
      const scope = accountScope(p, r.namespaceSelector, this.namespaces);
      const names = new Set(r.names.map((n) => n.name));
      const sel = r.serviceAccountsSelector?.selector;
      useAll(scope, (a) => (names.size === 0 || names.has(a.name)) && (!sel || evaluate(sel, a.labels)) && (names.size > 0 || !!sel), r.path);
    }
  }

  /** The RBAC engine over the set (and the built-ins unless disabled), built on first use. */
  get rbac(): RbacEngine {
    this.engine ??= new RbacEngine(this.objects, this.reader, { builtins: this.options.builtins !== false });
    return this.engine;
  }

  /** The "can act as" graph over the set (SPEC §3.4), built on first use. */
  get escalation(): EscalationGraph {
    if (!this.graph) {
      const sa = (o: K8sObject): string | undefined => this.reader.string(o, ['metadata', 'annotations', 'kubernetes.io/service-account.name']);
      this.graph = new EscalationGraph({
        engine: this.rbac,
        namespaces: this.namespaces.map((n) => n.name),
        accounts: [...this.ofKind('', 'ServiceAccount').map((o) => ({ namespace: o.ref.namespace ?? 'default', name: o.ref.name })), ...this.workloads.map((w) => w.account)],
        running: this.workloads
          .filter((w) => this.apiTokenMounted(w))
          .map((w) => ({
            namespace: w.account.namespace,
            account: w.account.name,
            object: w.object,
            label: `${w.object.ref.kind} \`${w.account.namespace}/${w.object.ref.name}\``,
            podName: w.object.ref.kind === 'Pod' && w.object.ref.group === '' ? w.object.ref.name : undefined,
          })),
        tokenSecrets: this.ofKind('', 'Secret')
          .filter((o) => o.ref.namespace && this.isLegacyTokenSecret(o) && sa(o))
          .map((o) => ({ namespace: o.ref.namespace!, name: o.ref.name, account: sa(o)!, object: o })),
      });
    }
    return this.graph;
  }

  /** The legacy token Secrets of the set that the workload reads (volumes, projected sources, env, envFrom). */
  tokenSecretRefs(w: Workload): TokenSecretRef[] {
    const ns = w.account.namespace;
    const out: TokenSecretRef[] = [];
    const add = (via: TokenSecretRef['via'], name: string, path: JsonPath, more: Partial<TokenSecretRef>): void => {
      const secret = this.secret(ns, name);
      if (!secret || !this.isLegacyTokenSecret(secret)) return;
      const account = this.reader.string(secret, ['metadata', 'annotations', 'kubernetes.io/service-account.name']) ?? '?';
      out.push({ via, path, secret, account: { namespace: ns, name: account }, ...more });
    };
    for (const v of w.pod.volumes) for (const s of v.secrets) add('volume', s.name, s.path, { volume: v.name ?? '?' });
    for (const c of w.pod.containers) {
      for (const e of c.env) if (e.secretRef) add('env', e.secretRef.name, e.secretRef.path, { variable: e.name ?? '?', container: c.name ?? '?' });
      for (const e of c.envFrom) if (e.secretRef) add('envFrom', e.secretRef.name, e.secretRef.path, { container: c.name ?? '?' });
    }
    return out;
  }

  /**
   * Whether the workload's containers can use an API token of its account: the automounted one, or a
   * projected `serviceAccountToken` without an `audience` (the API server's) in a mounted volume.
   */
  apiTokenMounted(w: Workload): boolean {
    if (w.token.mounted) return true;
    const mounted = new Set(w.pod.containers.flatMap((c) => c.volumeMounts.map((m) => m.name)));
    return w.pod.volumes.some((v) => v.name !== undefined && mounted.has(v.name) && v.tokens.some((t) => t.audience === undefined));
  }

  /** The user and groups a ServiceAccount's token authenticates as. */
  static accountUser(a: AccountId): UserInfo {
    return { user: serviceAccountUser(a.namespace, a.name), groups: serviceAccountGroups(a.namespace) };
  }

  /** Objects of a kind, in input order. */
  ofKind(group: string, kind: string): readonly K8sObject[] {
    return this.byKind.get(gk(group, kind)) ?? [];
  }

  /** The object with this identity; the last one wins when the set repeats it, as `kubectl apply` would. */
  find(group: string, kind: string, namespace: string | undefined, name: string): K8sObject | undefined {
    const all = this.byName.get(`${gk(group, kind)}|${namespace ?? ''}|${name}`);
    return all?.[all.length - 1];
  }

  serviceAccount(a: AccountId): K8sObject | undefined {
    return this.find('', 'ServiceAccount', a.namespace, a.name);
  }

  secret(namespace: string, name: string): K8sObject | undefined {
    return this.find('', 'Secret', namespace, name);
  }

  workloadOf(o: K8sObject): Workload | undefined {
    return this.workloadByObject.get(o.id);
  }

  /** Everything in the set that refers to the account, in input order. */
  usesOf(a: AccountId): readonly AccountUse[] {
    return this.uses.get(accountKey(a)) ?? [];
  }

  workloadsOf(a: AccountId): Workload[] {
    return this.usesOf(a).filter((u) => u.kind === 'workload').map((u) => this.workloadByObject.get(u.object.id)!);
  }

  isKnownAccount(a: AccountId): boolean {
    const key = accountKey(a);
    return this.known.some((g) => matchesGlob(g, key));
  }

  /**
   * True when the set holds an admission policy that sets `automountServiceAccountToken: false` on
   * ServiceAccounts of the namespace: a Kyverno (Cluster)Policy mutate rule matching ServiceAccount,
   * or a Gatekeeper `Assign` mutation of that field on ServiceAccounts.
   */
  hardensDefaultAccounts(namespace: string): boolean {
    const kyverno = [...this.ofKind('kyverno.io', 'ClusterPolicy'), ...this.ofKind('kyverno.io', 'Policy').filter((p) => p.ref.namespace === namespace)];
    for (const p of kyverno) {
      const rules = getIn(p.value, ['spec', 'rules']);
      if (!Array.isArray(rules)) continue;
      for (const rule of rules) {
        if (!isRecord(rule) || !mentionsKind(rule.match, 'ServiceAccount')) continue;
        if (setsFalse(rule.mutate, 'automountServiceAccountToken')) return true;
      }
    }
    for (const a of this.ofKind('mutations.gatekeeper.sh', 'Assign')) {
      if (getIn(a.value, ['spec', 'location']) !== 'automountServiceAccountToken') continue;
      if (getIn(a.value, ['spec', 'parameters', 'assign', 'value']) !== false) continue;
      if (mentionsKind(getIn(a.value, ['spec', 'applyTo']), 'ServiceAccount')) return true;
    }
    return false;
  }

  /** The cloud identities a ServiceAccount object's annotations name. */
  cloudIdentitiesOf(sa: K8sObject): CloudIdentity[] {
    return cloudIdentities(this.reader.stringMap(sa, ['metadata', 'annotations']));
  }

  /** ServiceAccount objects of the set that carry a cloud identity, each with its identities. */
  get identityAccounts(): { account: K8sObject; identities: CloudIdentity[] }[] {
    this.identities ??= this.ofKind('', 'ServiceAccount')
      .map((account) => ({ account, identities: this.cloudIdentitiesOf(account) }))
      .filter((x) => x.identities.length > 0);
    return this.identities;
  }

  /** ServiceAccount objects whose annotation `annotation` names the cloud identity `value`, in input order. */
  accountsWithIdentity(annotation: string, value: string): readonly K8sObject[] {
    if (!this.identityIndex) {
      this.identityIndex = new Map();
      for (const x of this.identityAccounts) {
        for (const i of x.identities) {
          const list = this.identityIndex.get(`${i.annotation}\u0000${i.value}`);
          if (!list) this.identityIndex.set(`${i.annotation}\u0000${i.value}`, [x.account]);
          else if (list[list.length - 1] !== x.account) list.push(x.account);
        }
      }
    }
    return this.identityIndex.get(`${annotation}\u0000${value}`) ?? [];
  }

  private identityIndex: Map<string, K8sObject[]> | undefined;

  isLegacyTokenSecret(o: K8sObject | undefined): boolean {
    return !!o && this.reader.string(o, ['type']) === SA_TOKEN_SECRET_TYPE;
  }

  private addUse(a: AccountId, use: AccountUse): void {
    push(this.uses, accountKey(a), use);
  }

  private indexObject(o: K8sObject): void {
    const { group, kind } = o.ref;
    const r = this.reader;
    const ref = podSpecOf(o, r);
    if (ref) {
      const w = this.identify(o, readPod(ref, r));
      this.workloads.push(w);
      this.workloadByObject.set(o.id, w);
      this.addUse(w.account, { kind: 'workload', object: o, path: w.accountPath ?? ref.specPath });
      return;
    }
    if (group === RBAC_GROUP && (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')) {
      for (const { index } of r.mapItems(o, ['subjects'])) {
        const sk = r.string(o, ['subjects', index, 'kind']);
        const name = r.string(o, ['subjects', index, 'name']);
        if (name === undefined) continue;
        if (sk === 'ServiceAccount') {
          const ns = r.string(o, ['subjects', index, 'namespace']) || (kind === 'RoleBinding' ? o.ref.namespace : undefined);
          if (ns) this.addUse({ namespace: ns, name }, { kind: 'binding', object: o, path: ['subjects', index] });
        } else if (sk === 'User') {
          const a = parseServiceAccountUser(name);
          if (a) this.addUse(a, { kind: 'binding', object: o, path: ['subjects', index] });
        }
      }
      return;
    }
    if (group === '' && kind === 'Secret') {
      if (r.string(o, ['type']) === SA_TOKEN_SECRET_TYPE && o.ref.namespace) {
        const path = ['metadata', 'annotations', 'kubernetes.io/service-account.name'];
        const name = r.string(o, path);
        if (name) this.addUse({ namespace: o.ref.namespace, name }, { kind: 'secret', object: o, path });
      }
      return;
    }
    if (group === ISTIO_SECURITY_GROUP && kind === 'AuthorizationPolicy') {
      // Allowing or denying an account by name uses it (a `not*` field only excludes it).
      for (const e of identityEntries(o, r)) {
        if (e.account && !e.field.startsWith('not')) this.addUse(e.account, { kind: 'policy', object: o, path: e.path });
      }
      return;
    }
    // Operators' custom resources that run pods as an account (Prometheus, Alertmanager, Argo
    // Workflows, Flux, Tekton...) name it in `spec.serviceAccountName`.
    if (group !== '' && o.ref.namespace) {
      const name = getIn(o.value, ['spec', 'serviceAccountName']);
      if (typeof name === 'string' && name !== '') {
        this.addUse({ namespace: o.ref.namespace, name }, { kind: 'custom-resource', object: o, path: ['spec', 'serviceAccountName'] });
      }
    }
  }

  private identify(o: K8sObject, pod: PodInfo): Workload {
    const namespace = o.ref.namespace ?? 'default';
    let name = 'default';
    let accountSource: Workload['accountSource'] = 'default';
    let accountPath: JsonPath | undefined;
    if (pod.serviceAccountName) {
      name = pod.serviceAccountName;
      accountSource = 'serviceAccountName';
      accountPath = [...pod.ref.specPath, 'serviceAccountName'];
    } else if (pod.serviceAccount) {
      name = pod.serviceAccount;
      accountSource = 'serviceAccount';
      accountPath = [...pod.ref.specPath, 'serviceAccount'];
    }
    const account = { namespace, name };
    const accountObject = this.serviceAccount(account);
    const accountValue = accountObject ? this.reader.bool(accountObject, ['automountServiceAccountToken']) : undefined;
    const podInvalid = pod.automount === undefined && getIn(pod.ref.spec, ['automountServiceAccountToken']) != null;
    let token: TokenDecision;
    if (pod.automount !== undefined) {
      token = { mounted: pod.automount, decidedBy: 'pod', podValue: pod.automount, accountValue, accountKnown: !!accountObject, podInvalid };
    } else if (accountValue !== undefined) {
      token = { mounted: accountValue, decidedBy: 'account', podValue: undefined, accountValue, accountKnown: true, podInvalid };
    } else {
      token = { mounted: true, decidedBy: 'default', podValue: undefined, accountValue: undefined, accountKnown: !!accountObject, podInvalid };
    }
    return { object: o, pod, account, accountSource, accountPath, accountObject, token };
  }
}

/** True when a string equal to `kind` appears anywhere in the value (a `kinds:` list of a match clause). */
function mentionsKind(v: unknown, kind: string, depth = 0): boolean {
  if (depth > 12) return false;
  if (v === kind) return true;
  if (Array.isArray(v)) return v.some((x) => mentionsKind(x, kind, depth + 1));
  if (isRecord(v)) return Object.values(v).some((x) => mentionsKind(x, kind, depth + 1));
  return false;
}

/** True when the value holds `field: false` anywhere, or a JSON patch setting `/field` to false. */
function setsFalse(v: unknown, field: string, depth = 0): boolean {
  if (depth > 12) return false;
  if (Array.isArray(v)) return v.some((x) => setsFalse(x, field, depth + 1));
  if (typeof v === 'string') return new RegExp(`(^|\\s)${field}:\\s*false\\b|"?path"?:\\s*"?/${field}"?[\\s\\S]*?"?value"?:\\s*false`).test(v);
  if (!isRecord(v)) return false;
  if (v[field] === false) return true;
  return Object.values(v).some((x) => setsFalse(x, field, depth + 1));
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

export { isRecord };
