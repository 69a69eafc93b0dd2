/** The scanned set, indexed once and read-only afterwards. */
import type { JsonPath } from '../model/types.js';
import type { K8sObject, LoadResult, LoadedDocument } from '../load/load.js';
import { FieldReader, isRecord } from './fields.js';
import { type PodInfo } from './podspec.js';
export declare const SA_TOKEN_SECRET_TYPE = "kubernetes.io/service-account-token";
export interface AccountId {
    namespace: string;
    name: string;
}
export declare const accountKey: (a: AccountId) => string;
/** How the token mount was decided (SPEC §3.1). */
export interface TokenDecision {
    mounted: boolean;
    /** `pod`: the pod field decided; `account`: the ServiceAccount's field; `default`: neither is set. */
    decidedBy: 'pod' | 'account' | 'default';
    podValue: boolean | undefined;
    accountValue: boolean | undefined;
    /** False when the ServiceAccount object is not in the scanned set (its field is unknown). */
    accountKnown: boolean;
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
export interface AccountUse {
    kind: 'workload' | 'binding' | 'secret' | 'custom-resource';
    object: K8sObject;
    path: JsonPath;
}
export interface InventoryOptions {
    /** `namespace/name` globs of accounts created outside the scanned set. */
    knownServiceAccounts?: readonly string[];
}
export declare class Inventory {
    readonly options: InventoryOptions;
    readonly reader: FieldReader;
    readonly objects: readonly K8sObject[];
    readonly documents: readonly LoadedDocument[];
    readonly workloads: Workload[];
    private readonly byKind;
    private readonly byName;
    private readonly workloadByObject;
    private readonly uses;
    private readonly known;
    constructor(load: LoadResult, options?: InventoryOptions);
    /** Objects of a kind, in input order. */
    ofKind(group: string, kind: string): readonly K8sObject[];
    /** The object with this identity; the last one wins when the set repeats it, as `kubectl apply` would. */
    find(group: string, kind: string, namespace: string | undefined, name: string): K8sObject | undefined;
    serviceAccount(a: AccountId): K8sObject | undefined;
    secret(namespace: string, name: string): K8sObject | undefined;
    workloadOf(o: K8sObject): Workload | undefined;
    /** Everything in the set that refers to the account, in input order. */
    usesOf(a: AccountId): readonly AccountUse[];
    workloadsOf(a: AccountId): Workload[];
    isKnownAccount(a: AccountId): boolean;
    /**
     * True when the set holds an admission policy that sets `automountServiceAccountToken: false` on
     * ServiceAccounts of the namespace: a Kyverno (Cluster)Policy mutate rule matching ServiceAccount,
     * or a Gatekeeper `Assign` mutation of that field on ServiceAccounts.
     */
    hardensDefaultAccounts(namespace: string): boolean;
    isLegacyTokenSecret(o: K8sObject | undefined): boolean;
    private addUse;
    private indexObject;
    private identify;
}
/** `*` matches any run of characters except `/`; `**` any run. */
export declare function globToRegExp(glob: string): RegExp;
export { isRecord };
