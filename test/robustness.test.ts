/**
 * Random YAML and fields of the wrong type never crash saguard: every input ends in findings or
 * skips. Mutated manifests of the fixtures and corpora: test/untrusted/property.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

describe('robustness', () => {
  // Mutated manifests (fixtures and corpora) through the whole pipeline: test/untrusted/property.test.ts.
  it('random text as YAML and as JSON (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 400 }), fc.constantFrom('r.yaml', 'r.json'), (text, file) => {
        expect(() => lint([{ path: file, text }])).not.toThrow();
      }),
      { seed: 7, numRuns: 200 },
    );
  });
  it('objects of the right kind with every field of the wrong type', () => {
    const values = ['[]', '{}', '"s"', '1', 'true', 'null', '[1, {a: 2}]'];
    for (const v of values) {
      const docs = [
        `apiVersion: v1\nkind: Pod\nmetadata: ${v}\nspec: ${v}\n`,
        `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: ${v}\n  volumes: ${v}\n  serviceAccountName: ${v}\n`,
        `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - ${v}\n    - env: ${v}\n      envFrom: ${v}\n      volumeMounts: [${v}]\n  volumes:\n    - projected: { sources: ${v} }\n    - projected: { sources: [ { serviceAccountToken: ${v} }, { secret: ${v} } ] }\n`,
        `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec: { template: ${v} }\n`,
        `apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c }\nspec: { jobTemplate: { spec: ${v} } }\n`,
        `apiVersion: v1\nkind: Secret\nmetadata: { name: s, annotations: ${v} }\ntype: ${v}\ndata: ${v}\nstringData: ${v}\n`,
        `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: b }\nsubjects: ${v}\nroleRef: ${v}\n`,
        `apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: { name: k }\nspec: { rules: ${v} }\n`,
        `apiVersion: v1\nkind: List\nitems: ${v}\n`,
      ];
      expect(() => lint([{ path: 'a.yaml', text: docs.join('---\n') }])).not.toThrow();
    }
  });
});
