/**
 * Calico NetworkPolicy and GlobalNetworkPolicy (projectcalico.org/v3 and crd.projectcalico.org/v1),
 * read into one model: every selector field with its path, and the ServiceAccount parts of rules
 * with the namespace scope Calico gives them (shared/calico-serviceaccount-policy.md).
 */
import type { JsonPath } from '../../model/types.js';
import type { K8sObject } from '../../load/load.js';
import type { FieldReader } from '../fields.js';
import { evaluate, parseSelector, SelectorError, type Labels, type Selector } from './selector.js';

export const CALICO_GROUPS: readonly string[] = ['projectcalico.org', 'crd.projectcalico.org'];

export const isCalicoPolicy = (o: K8sObject): boolean =>
  CALICO_GROUPS.includes(o.ref.group) && (o.ref.kind === 'NetworkPolicy' || o.ref.kind === 'GlobalNetworkPolicy');

/** The CRD's maxLength for every selector field. */
export const MAX_SELECTOR = 1024;

export type SelectorRole = 'selector' | 'serviceAccountSelector' | 'namespaceSelector' | 'ruleSelector' | 'notSelector' | 'ruleNamespaceSelector' | 'serviceAccountsSelector';

export interface SelectorField {
  role: SelectorRole;
  path: JsonPath;
  text: string;
  selector: Selector | undefined;
  error: SelectorError | undefined;
}

export interface CalicoEntityRule {
  /** Path of the `source` or `destination`. */
  path: JsonPath;
  action: string | undefined;
  selector: SelectorField | undefined;
  notSelector: SelectorField | undefined;
  namespaceSelector: SelectorField | undefined;
  /** `serviceAccounts.names`, each with its path. */
  names: { name: string; path: JsonPath }[];
  serviceAccountsSelector: SelectorField | undefined;
  hasServiceAccounts: boolean;
}

export interface CalicoPolicy {
  object: K8sObject;
  global: boolean;
  /** The policy's namespace (NetworkPolicy only). */
  namespace: string | undefined;
  /** The name with a legacy `default.` tier prefix removed. */
  name: string;
  selector: SelectorField | undefined;
  serviceAccountSelector: SelectorField | undefined;
  namespaceSelector: SelectorField | undefined;
  rules: CalicoEntityRule[];
}

function field(o: K8sObject, r: FieldReader, path: JsonPath, role: SelectorRole): SelectorField | undefined {
  const text = r.string(o, path);
  if (text === undefined) return undefined;
  // Calico refuses it whatever it says (calico-selector-syntax reports the length): not parsed.
  if (text.length > MAX_SELECTOR) {
    return { role, path, text, selector: undefined, error: new SelectorError(`the selector has ${text.length} characters; Calico accepts at most ${MAX_SELECTOR}`, MAX_SELECTOR) };
  }
  try {
    return { role, path, text, selector: parseSelector(text), error: undefined };
  } catch (e) {
    if (e instanceof SelectorError) return { role, path, text, selector: undefined, error: e };
    throw e;
  }
}

export function readCalicoPolicy(o: K8sObject, r: FieldReader): CalicoPolicy {
  const global = o.ref.kind === 'GlobalNetworkPolicy';
  const rules: CalicoEntityRule[] = [];
  for (const direction of ['ingress', 'egress'] as const) {
    for (const { index } of r.mapItems(o, ['spec', direction])) {
      const action = r.string(o, ['spec', direction, index, 'action']);
      for (const side of ['source', 'destination'] as const) {
        const p = ['spec', direction, index, side];
        if (!r.map(o, p)) continue;
        const sa = r.map(o, [...p, 'serviceAccounts']);
        rules.push({
          path: p,
          action,
          selector: field(o, r, [...p, 'selector'], 'ruleSelector'),
          notSelector: field(o, r, [...p, 'notSelector'], 'notSelector'),
          namespaceSelector: field(o, r, [...p, 'namespaceSelector'], 'ruleNamespaceSelector'),
          names: sa ? r.strings(o, [...p, 'serviceAccounts', 'names']).map((name, i) => ({ name, path: [...p, 'serviceAccounts', 'names', i] })) : [],
          serviceAccountsSelector: sa ? field(o, r, [...p, 'serviceAccounts', 'selector'], 'serviceAccountsSelector') : undefined,
          hasServiceAccounts: !!sa,
        });
      }
    }
  }
  return {
    object: o,
    global,
    namespace: global ? undefined : o.ref.namespace,
    name: o.ref.group === 'crd.projectcalico.org' && o.ref.name.startsWith('default.') ? o.ref.name.slice('default.'.length) : o.ref.name,
    selector: field(o, r, ['spec', 'selector'], 'selector'),
    serviceAccountSelector: field(o, r, ['spec', 'serviceAccountSelector'], 'serviceAccountSelector'),
    namespaceSelector: global ? field(o, r, ['spec', 'namespaceSelector'], 'namespaceSelector') : undefined,
    rules,
  };
}

/** Every selector field of a policy. */
export function selectorFields(p: CalicoPolicy): SelectorField[] {
  const out = [p.selector, p.serviceAccountSelector, p.namespaceSelector];
  for (const r of p.rules) out.push(r.selector, r.notSelector, r.namespaceSelector, r.serviceAccountsSelector);
  return out.filter((f): f is SelectorField => f !== undefined);
}

/** A namespace as namespace selectors see it: its labels when the Namespace is in the set, always its name. */
export interface NamespaceView {
  name: string;
  /** False when the Namespace object is not in the set, so labels other than its name are unknown. */
  labelsKnown: boolean;
  labels: Labels;
}

/**
 * Does a namespace selector select the namespace? `unknown` when the answer depends on labels the
 * set does not show. `all()` means any namespace; `global()` only non-namespaced endpoints.
 */
export function namespaceMatches(sel: Selector, ns: NamespaceView): boolean | 'unknown' {
  if (sel.k === 'global') return false;
  const labels = { ...ns.labels, 'projectcalico.org/name': ns.name, 'kubernetes.io/metadata.name': ns.name };
  const result = evaluate(sel, labels);
  if (ns.labelsKnown || result) return result;
  // With unknown labels a false may become true.
  return 'unknown';
}

/**
 * The namespaces a ServiceAccount match of a policy reaches: the policy's own (a NetworkPolicy
 * without namespaceSelector), those a namespaceSelector selects, or every namespace (a
 * GlobalNetworkPolicy without one). Each with whether the match is certain.
 */
export function accountScope(
  p: CalicoPolicy,
  namespaceSelector: SelectorField | undefined,
  namespaces: readonly NamespaceView[],
): { all: boolean; namespaces: { name: string; certain: boolean }[] } {
  if (namespaceSelector?.selector) {
    const out: { name: string; certain: boolean }[] = [];
    for (const ns of namespaces) {
      const m = namespaceMatches(namespaceSelector.selector, ns);
      if (m !== false) out.push({ name: ns.name, certain: m === true });
    }
    return { all: false, namespaces: out };
  }
  if (namespaceSelector) return { all: false, namespaces: [] }; // invalid: calico-selector-syntax reports it
  if (!p.global) return { all: false, namespaces: [{ name: p.namespace ?? 'default', certain: true }] };
  return { all: true, namespaces: namespaces.map((n) => ({ name: n.name, certain: true })) };
}
