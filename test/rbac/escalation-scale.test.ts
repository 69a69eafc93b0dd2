/**
 * The synthetic RBAC set of the escalation bench (scripts/rbac-synth.js): its shape, and a generous
 * bound that catches a graph or a path search that grows with the square of the input (the figures
 * are `npm run bench`'s).
 */
import { describe, expect, it } from 'vitest';
import { generateRbac } from '../../scripts/rbac-synth.js';
import { inventoryOf } from '../../src/index.js';

describe('the synthetic RBAC set', () => {
  it('1× is 10,000 ServiceAccounts and 10,000 bindings in 200 namespaces, the same bytes for the same seed', () => {
    const a = generateRbac({ scale: 1 });
    expect([a.accounts, a.bindings, a.namespaces]).toEqual([10_000, 10_000, 200]);
    const docs = a.files.map((f) => f.text).join('');
    expect(docs.match(/^kind: ServiceAccount$/gm)).toHaveLength(10_000);
    expect(docs.match(/^kind: (Cluster)?RoleBinding$/gm)).toHaveLength(10_000);
    expect(generateRbac({ scale: 1 }).files).toEqual(a.files);
    expect(generateRbac({ scale: 1, seed: 7 }).files).not.toEqual(a.files);
  });

  it('a quarter of it (2,500 accounts): the graph and the paths from every account in under 15 s', () => {
    const inv = inventoryOf(generateRbac({ scale: 0.25 }).files);
    inv.rbac;
    const t = performance.now();
    const g = inv.escalation;
    let toAdmin = 0;
    for (const n of g.nodes.filter((x) => x.kind === 'ServiceAccount')) if (g.pathsFrom([n], { worst: true })[0]?.to === g.admin) toAdmin++;
    expect(performance.now() - t).toBeLessThan(15_000);
    // Some accounts deploy next to a cluster-wide operator: they are a pod away from cluster-admin.
    expect(toAdmin).toBeGreaterThan(0);
  }, 60_000);
});
