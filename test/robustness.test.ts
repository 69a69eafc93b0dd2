/**
 * Random and mutated YAML never crashes saguard: every input ends in findings or skips, in
 * bounded time. The generator is seeded, so a failure is reproducible from its seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderText } from '../src/report/text.js';
import { fixtureFiles } from './support/fixtures.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [':', '-', ' ', '\n', '\t', '{', '}', '[', ']', '"', "'", '&a', '*a', '<<', '---', '...', '#', '!!str', '|', '>', '%YAML 1.1', '\r\n', '\uFEFF', 'no', 'yes', '~', 'null', '0x1F', '1e9', 'kind: Pod', 'apiVersion: v1', 'serviceAccountName: ', 'automountServiceAccountToken: '];

function mutate(text: string, rnd: () => number): string {
  let t = text;
  const n = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * (t.length + 1));
    const op = rnd();
    if (op < 0.4) t = t.slice(0, at) + TOKENS[Math.floor(rnd() * TOKENS.length)] + t.slice(at);
    else if (op < 0.7) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 20));
    else if (op < 0.85) {
      const from = Math.floor(rnd() * t.length);
      t = t.slice(0, at) + t.slice(from, from + Math.floor(rnd() * 80)) + t.slice(at);
    } else t = t.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 0xffff)) + t.slice(at);
  }
  return t;
}

const seeds = fixtureFiles().map((f) => fs.readFileSync(f, 'utf8'));
seeds.push(fs.readFileSync(path.resolve(__dirname, '..', 'examples', 'shop', 'rendered.yaml'), 'utf8'));

describe('robustness', () => {
  it('600 mutated manifests: no crash, and every report renders', () => {
    const rnd = prng(20261122);
    for (let i = 0; i < 600; i++) {
      const text = mutate(seeds[i % seeds.length]!, rnd);
      let result;
      try {
        result = lint([{ path: 'm.yaml', text }]);
        renderText(result.findings, { color: false });
        renderSarif(result.findings, result.rules, { category: 'x', sources: new Map([['m.yaml', text]]) });
      } catch (e) {
        throw new Error(`mutation ${i} crashed: ${(e as Error).stack}\n--- input ---\n${text}`);
      }
      for (const f of result.findings) {
        expect(f.location.region.startLine).toBeGreaterThanOrEqual(1);
        expect(f.location.region.startColumn).toBeGreaterThanOrEqual(1);
      }
    }
  });
  it('random bytes as YAML and as JSON', () => {
    const rnd = prng(7);
    for (let i = 0; i < 200; i++) {
      const text = Array.from({ length: 1 + Math.floor(rnd() * 400) }, () => String.fromCharCode(Math.floor(rnd() * 128))).join('');
      expect(() => lint([{ path: i % 2 ? 'r.json' : 'r.yaml', text }])).not.toThrow();
    }
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
