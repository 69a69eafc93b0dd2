/** Istio AuthorizationPolicy identities (shared/istio-principals.md) as Kubernetes ServiceAccounts. */
import type { JsonPath } from '../../model/types.js';
import type { K8sObject } from '../../load/load.js';
import type { FieldReader } from '../fields.js';
import type { AccountId } from '../inventory.js';

export const ISTIO_SECURITY_GROUP = 'security.istio.io';

/**
 * Istio writes principals without the SPIFFE scheme and adds `spiffe://` itself when it configures
 * the proxies, so a principal written with it is compared as `spiffe://spiffe://…` and matches nobody.
 */
export const SPIFFE_SCHEME = 'spiffe://';

/**
 * The ServiceAccount a principal names exactly: `<td>/ns/<ns>/sa/<sa>` with the trust domain
 * `cluster.local` (which istiod maps to the mesh's own) or `*`. Undefined for wildcards in the
 * namespace or name, other trust domains, other forms, and principals written with `spiffe://`.
 */
export function principalAccount(principal: string): AccountId | undefined {
  if (principal.startsWith(SPIFFE_SCHEME)) return undefined;
  const parts = principal.split('/');
  if (parts.length !== 5 || parts[1] !== 'ns' || parts[3] !== 'sa') return undefined;
  const [td, , namespace, , name] = parts as [string, string, string, string, string];
  if (td !== 'cluster.local' && td !== '*') return undefined;
  if (!namespace || !name || namespace.includes('*') || name.includes('*')) return undefined;
  return { namespace, name };
}

/** An entry of `serviceAccounts`: `ns/sa`, or a bare `sa` of the policy's namespace. No wildcards. */
export function serviceAccountEntry(entry: string, policyNamespace: string): AccountId | undefined {
  const parts = entry.split('/');
  if (parts.length === 1 && parts[0]) return { namespace: policyNamespace, name: parts[0] };
  if (parts.length === 2 && parts[0] && parts[1]) return { namespace: parts[0], name: parts[1] };
  return undefined;
}

export const IDENTITY_FIELDS = ['principals', 'notPrincipals', 'serviceAccounts', 'notServiceAccounts'] as const;

export interface IdentityEntry {
  field: (typeof IDENTITY_FIELDS)[number];
  entry: string;
  path: JsonPath;
  /** The account the entry names exactly; undefined for wildcards and other trust domains. */
  account: AccountId | undefined;
  /** A principal written with the `spiffe://` scheme: it matches no peer. */
  spiffe: boolean;
}

/** Every entry of the identity fields of an AuthorizationPolicy's rules, with the account it names. */
export function identityEntries(o: K8sObject, r: FieldReader): IdentityEntry[] {
  const out: IdentityEntry[] = [];
  for (const { index: ri } of r.mapItems(o, ['spec', 'rules'])) {
    for (const { index: fi } of r.mapItems(o, ['spec', 'rules', ri, 'from'])) {
      const base = ['spec', 'rules', ri, 'from', fi, 'source'];
      for (const field of IDENTITY_FIELDS) {
        r.strings(o, [...base, field]).forEach((entry, i) => {
          const account = field.endsWith('rincipals') ? principalAccount(entry) : serviceAccountEntry(entry, o.ref.namespace ?? 'default');
          out.push({ field, entry, path: [...base, field, i], account, spiffe: field.endsWith('rincipals') && entry.startsWith(SPIFFE_SCHEME) });
        });
      }
    }
  }
  return out;
}
