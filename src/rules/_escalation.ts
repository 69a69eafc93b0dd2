/**
 * Shared shape of the escalation rules (SPEC §6.3): a workload's identities in the "can act as"
 * graph, and grants and paths turned into locations.
 */
import type { JsonPath, Level } from '../model/types.js';
import type { Inventory, Workload } from '../inventory/inventory.js';
import { covered, grantAt, grantPhrase, type EscalationPath, type GraphNode, type GrantSource, type Power } from '../inventory/rbac/escalation.js';
import type { FlowRef, RelatedRef } from './rule.js';

/** The line the workload's identity is decided on: `serviceAccountName`, else the pod spec. */
export const accountLine = (w: Workload): JsonPath => w.accountPath ?? w.pod.ref.specPath;

export interface Identity {
  node: GraphNode;
  /** "runs as ServiceAccount `shop/web`", "mounts a token of ServiceAccount `shop/ci` (Secret `ci-token`)". */
  how: string;
}

/**
 * The identities a workload's code can use: its account when the API token is mounted, and the
 * accounts whose legacy token Secrets it mounts (those paths do not need its own token).
 */
export function identitiesOf(inv: Inventory, w: Workload): Identity[] {
  const g = inv.escalation;
  const out: Identity[] = [];
  if (inv.apiTokenMounted(w)) out.push({ node: g.account(w.account.namespace, w.account.name), how: `runs as ServiceAccount \`${w.account.namespace}/${w.account.name}\`` });
  for (const r of inv.tokenSecretRefs(w)) {
    if (r.account.name === '?') continue;
    const node = g.account(r.account.namespace, r.account.name);
    if (out.some((i) => i.node === node)) continue;
    out.push({ node, how: `mounts a token of ServiceAccount \`${r.account.namespace}/${r.account.name}\` (Secret \`${r.secret.ref.name}\`)` });
  }
  return out;
}

/** Powers not covered by a stronger one held too (cluster-wide over namespaced, any name over some), worst first. */
export function strongest(powers: readonly Power[]): Power[] {
  const kept: Power[] = [];
  for (const p of powers) if (!covered(kept, p)) kept.push(p);
  return kept;
}

/** What makes a workload's account strong (its powers not covered by stronger ones), worst first. */
export function accountPowers(inv: Inventory, a: { namespace: string; name: string }): Power[] {
  const g = inv.escalation;
  return strongest(g.powersOf(g.account(a.namespace, a.name)));
}

/** Level of a power: cluster-admin and user/group impersonation are errors; others warnings, raised cluster-wide, lowered when narrowed to names. */
export function powerLevel(p: Power): Level {
  if (p.kind === 'cluster-admin' || p.kind === 'impersonate-user' || p.kind === 'impersonate-group') return 'error';
  if (p.namespace === undefined) return p.names ? 'warning' : 'error';
  return p.names ? 'note' : 'warning';
}

export const worstLevel = (levels: Level[]): Level => (levels.includes('error') ? 'error' : levels.includes('warning') ? 'warning' : 'note');

/** The grant of a power as related locations: the rule entry, and the binding when it is in the set. */
export function grantRefs(g: GrantSource, label: string): RelatedRef[] {
  const out: RelatedRef[] = [];
  const at = grantAt(g);
  if (at) out.push({ ...at, label: `${label} (${grantPhrase(g)})` });
  if (g.binding?.object && at?.object !== g.binding.object) out.push({ object: g.binding.object, path: ['roleRef', 'name'], label: `${g.binding.kind} \`${g.binding.namespace ? `${g.binding.namespace}/` : ''}${g.binding.name}\`` });
  return out;
}

/** Related locations without repeats (two permissions granted through one binding). */
export function uniqueRefs(refs: RelatedRef[]): RelatedRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.object.id}|${r.path.join('.')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A path as a code flow: each step located where its permission is granted. */
export function flowOf(p: EscalationPath): FlowRef {
  return {
    from: p.from.label,
    to: p.to.label,
    steps: p.steps.map((s) => {
      const at = grantAt(s.grant);
      return { action: s.detail ? `${s.action} (${s.detail})` : s.action, to: s.to.label, ...(at ? { at } : {}) };
    }),
  };
}

/** "create `pods` in namespace `shop` → ServiceAccount `shop/deployer`, hold … → cluster-admin equivalence" */
export const stepsText = (p: EscalationPath): string => p.steps.map((s) => `${s.action}${s.detail ? ` (${s.detail})` : ''} → ${s.to.label}`).join(', then ');

export const stepCount = (n: number): string => (n === 1 ? '1 step' : `${n} steps`);

export { grantAt };
