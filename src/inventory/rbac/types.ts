/** The RBAC model: roles, bindings, rules and requests, as the API server's authorizer sees them. */
import type { JsonPath } from '../../model/types.js';
import type { K8sObject } from '../../load/load.js';

export interface PolicyRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** A rule as written in some role (`origin`), at `index` in that role's `rules`. */
export interface RuleRef {
  rule: PolicyRule;
  origin: RoleInfo;
  index: number;
}

export interface RoleInfo {
  kind: 'Role' | 'ClusterRole';
  /** Namespace of a Role; undefined for a ClusterRole. */
  namespace: string | undefined;
  name: string;
  /** The object in the scanned set; undefined for a built-in role. */
  object: K8sObject | undefined;
  builtin: boolean;
  labels: Record<string, string>;
  /** Rules as written in the role. */
  ownRules: PolicyRule[];
  /** `aggregationRule.clusterRoleSelectors`, when the role is aggregated. */
  aggregation: LabelSelector[] | undefined;
  /** Rules in force: the own rules, or for an aggregated role the union gathered from the roles it selects. */
  rules: RuleRef[];
  /**
   * A role of the set with the kind, namespace and name of a built-in one. The API server reconciles
   * built-in roles at start-up: unless the role carries `rbac.authorization.kubernetes.io/autoupdate:
   * "false"` (`protected`), the built-in rules, labels and aggregation selectors are added back.
   */
  redefines?: { builtin: RoleInfo; protected: boolean };
}

export interface SubjectInfo {
  kind: string;
  name: string;
  namespace: string | undefined;
  /** Index in the binding's `subjects`. */
  index: number;
}

export interface BindingInfo {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  namespace: string | undefined;
  name: string;
  object: K8sObject | undefined;
  builtin: boolean;
  roleRef: { kind: string; name: string; apiGroup: string };
  subjects: SubjectInfo[];
  /** The role the roleRef resolves to, if any (a RoleBinding's Role is looked up in its own namespace). */
  role: RoleInfo | undefined;
  /**
   * A binding of the set with the kind, namespace and name of a built-in one. Unless it carries
   * `rbac.authorization.kubernetes.io/autoupdate: "false"` (`protected`), start-up reconciliation
   * resets its roleRef to the built-in one and adds the built-in subjects back.
   */
  redefines?: { builtin: BindingInfo; protected: boolean };
}

export interface UserInfo {
  user: string;
  groups: string[];
}

export interface ResourceRequest {
  kind: 'resource';
  verb: string;
  apiGroup: string;
  resource: string;
  subresource: string;
  name: string;
  /** Empty for cluster-scoped requests. */
  namespace: string;
}

export interface NonResourceRequest {
  kind: 'nonResource';
  verb: string;
  path: string;
}

export type Request = ResourceRequest | NonResourceRequest;

/** Why a request was allowed: the binding, the role and the rule that matched. */
export interface Reason {
  binding: BindingInfo;
  role: RoleInfo;
  rule: RuleRef;
  /** The binding subject that matched. */
  subject: SubjectInfo;
}

export interface Decision {
  allowed: boolean;
  /** `system:masters` bypasses authorization before RBAC is asked. */
  bypass: 'system:masters' | undefined;
  reason: Reason | undefined;
}

/** A rule in force for a subject, and where: a namespace, or `undefined` for cluster-wide. */
export interface EffectiveRule {
  rule: RuleRef;
  namespace: string | undefined;
  binding: BindingInfo;
  subject: SubjectInfo;
}

export type { JsonPath };
