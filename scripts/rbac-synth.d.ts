/** Types of scripts/rbac-synth.js, for the tests that generate RBAC sets in memory. */
export interface RbacSet {
  files: { path: string; text: string }[];
  accounts: number;
  bindings: number;
  namespaces: number;
  roles: number;
  workloads: number;
}
export function generateRbac(options?: { scale?: number; seed?: number }): RbacSet;
