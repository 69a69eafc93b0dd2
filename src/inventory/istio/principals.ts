/** Istio AuthorizationPolicy identities (shared/istio-principals.md) as Kubernetes ServiceAccounts. */
import type { AccountId } from '../inventory.js';

export const ISTIO_SECURITY_GROUP = 'security.istio.io';

/**
 * The ServiceAccount a principal names exactly: `<td>/ns/<ns>/sa/<sa>` (the `spiffe://` scheme
 * stripped) with the trust domain `cluster.local` (which istiod maps to the mesh's own) or `*`.
 * Undefined for wildcards in the namespace or name, other trust domains and other forms.
 */
export function principalAccount(principal: string): AccountId | undefined {
  const p = principal.startsWith('spiffe://') ? principal.slice('spiffe://'.length) : principal;
  const parts = p.split('/');
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
