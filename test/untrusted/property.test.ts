/**
 * Property tests (fast-check): no input crashes saguard.
 *
 * - The Calico selector grammar: selectors generated from the grammar parse, and evaluate as an
 *   independent evaluator of the generated tree says; any string over the selector alphabet either
 *   parses or is a SelectorError with an offset inside it (never another exception).
 * - YAML mutations of the fixtures and of documents of the corpora, through the whole pipeline:
 *   lint, every renderer, and the CLI (exit code never 3); a few through the bundled Action.
 *
 * `npm test` runs them with a fixed seed; `npm run soak` runs many more with a new seed (printed,
 * so that a failure can be replayed with SAGUARD_SOAK_SEED).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { evaluate, parseSelector, SelectorError } from '../../src/inventory/calico/selector.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJson } from '../../src/report/json.js';
import { renderGithub } from '../../src/report/github.js';
import { main, type CliIO } from '../../src/publish/cli/main.js';
import { fixtureFiles } from '../support/fixtures.js';
import { action, ROOT } from './support.js';

const SOAK = process.env.SAGUARD_SOAK === '1';
const SEED = Number(process.env.SAGUARD_SOAK_SEED ?? (SOAK ? Date.now() % 2 ** 31 : 20261126));
/** Runs per property: small in `npm test`, many in the soak. */
const runs = (n: number): number => (SOAK ? n * Number(process.env.SAGUARD_SOAK_FACTOR ?? 100) : n);
const params = (n: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: runs(n), endOnFailure: !SOAK, verbose: SOAK ? 1 : 0 });
/** Per-test time: generous in `npm test`, unbounded in the soak. */
const TIME = (ms: number): number => (SOAK ? 24 * 3600_000 : ms);
if (SOAK) console.log(`saguard soak: seed ${SEED} (replay with SAGUARD_SOAK_SEED=${SEED})`);

// ---------------------------------------------------------------- the selector grammar

type Ast =
  | { k: 'all' | 'global' }
  | { k: 'has'; l: string }
  | { k: 'eq' | 'ne' | 'contains' | 'starts' | 'ends'; l: string; v: string }
  | { k: 'in' | 'notin'; l: string; vs: string[] }
  | { k: 'not'; e: Ast }
  | { k: 'and' | 'or'; a: Ast; b: Ast }
  | { k: 'paren'; e: Ast };

const LABELS = ['a', 'b', 'app.kubernetes.io/name', 'has', 'in', 'contains', 'not', 'all', 'x-1_2'];
const VALUES = ['', 'b', 'x', 'a b', "'", '"', 'x && y)', '{}', 'é'];
const label = fc.constantFrom(...LABELS);
const value = fc.constantFrom(...VALUES);
const ws = fc.constantFrom('', ' ', '  ', '\t', ' \t');

const { ast } = fc.letrec<{ ast: Ast; leaf: Ast }>((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom<Ast>({ k: 'all' }, { k: 'global' }),
    label.map((l): Ast => ({ k: 'has', l })),
    fc.tuple(fc.constantFrom('eq', 'ne', 'contains', 'starts', 'ends') as fc.Arbitrary<'eq'>, label, value).map(([k, l, v]): Ast => ({ k, l, v })),
    fc.tuple(fc.constantFrom('in', 'notin') as fc.Arbitrary<'in'>, label, fc.array(value, { maxLength: 3 })).map(([k, l, vs]): Ast => ({ k, l, vs })),
  ),
  ast: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    tie('ast').map((e): Ast => ({ k: 'not', e })),
    fc.tuple(fc.constantFrom('and', 'or') as fc.Arbitrary<'and'>, tie('ast'), tie('ast')).map(([k, a, b]): Ast => ({ k, a, b })),
    tie('ast').map((e): Ast => ({ k: 'paren', e })),
  ),
}));

/** Prints a tree with the grammar's spellings; binary operators are parenthesised so the tree is what is read. */
function print(a: Ast, w: () => string): string {
  const q = (v: string): string => (v.includes('"') ? `'${v}'` : `"${v}"`);
  switch (a.k) {
    case 'all':
    case 'global':
      return `${a.k}(${w()})`;
    case 'has':
      return `has(${w()}${a.l}${w()})`;
    case 'eq':
      return `${a.l}${w()}==${w()}${q(a.v)}`;
    case 'ne':
      return `${a.l}${w()}!=${w()}${q(a.v)}`;
    case 'contains':
      return `${a.l} contains${w()}${q(a.v)}`;
    case 'starts':
      return `${a.l} ${w() ? 'starts with' : 'startswith'}${w()}${q(a.v)}`;
    case 'ends':
      return `${a.l} ${w() ? 'ends  with' : 'endswith'}${w()}${q(a.v)}`;
    case 'in':
      return `${a.l} in${w()}{${a.vs.map(q).join(`,${w()}`)}${a.vs.length > 0 && w() ? ',' : ''}}`;
    case 'notin':
      return `${a.l} ${w() ? 'not in' : 'notin'}${w()}{${a.vs.map(q).join(', ')}}`;
    case 'not':
      return `!${w()}${a.e.k === 'and' || a.e.k === 'or' ? `(${print(a.e, w)})` : print(a.e, w)}`;
    case 'and':
    case 'or':
      return `(${print(a.a, w)})${w()}${a.k === 'and' ? '&&' : '||'}${w()}(${print(a.b, w)})`;
    case 'paren':
      return `(${w()}${print(a.e, w)}${w()})`;
  }
}

/** The meaning of a tree, written from shared/calico-selectors.md §3, independently of the parser. */
function meaning(a: Ast, labels: Record<string, string>): boolean {
  const v = Object.prototype.hasOwnProperty.call(labels, 'l' in a ? a.l : '') ? labels[(a as { l: string }).l] : undefined;
  switch (a.k) {
    case 'all':
    case 'global':
      return true;
    case 'has':
      return v !== undefined;
    case 'eq':
      return v !== undefined && v === a.v;
    case 'ne':
      return v === undefined || v !== a.v;
    case 'contains':
      return v !== undefined && v.includes(a.v);
    case 'starts':
      return v !== undefined && v.startsWith(a.v);
    case 'ends':
      return v !== undefined && v.endsWith(a.v);
    case 'in':
      return v !== undefined && a.vs.includes(v);
    case 'notin':
      return v === undefined || !a.vs.includes(v);
    case 'not':
      return !meaning(a.e, labels);
    case 'and':
      return meaning(a.a, labels) && meaning(a.b, labels);
    case 'or':
      return meaning(a.a, labels) || meaning(a.b, labels);
    case 'paren':
      return meaning(a.e, labels);
  }
}

const labelSet = fc.dictionary(label, value, { maxKeys: 4 });

describe('the Calico selector grammar (fast-check)', () => {
  it('generated selectors parse and mean what the grammar says', () => {
    fc.assert(
      fc.property(ast, fc.array(ws, { minLength: 1, maxLength: 8 }), fc.array(labelSet, { minLength: 1, maxLength: 4 }), (tree, spaces, sets) => {
        let i = 0;
        const text = print(tree, () => spaces[i++ % spaces.length]!);
        const sel = parseSelector(text);
        for (const labels of sets) expect(evaluate(sel, labels)).toBe(meaning(tree, labels));
      }),
      params(400),
    );
  });

  it('any string over the selector alphabet parses or is a SelectorError inside it, never a crash', () => {
    const piece = fc.oneof(
      fc.constantFrom('(', ')', '!', '&&', '||', '&', '|', '==', '!=', '=', '{', '}', ',', '"', "'", ' ', '\t', '\n', 'has(', 'all(', 'global(', ' in ', ' not in ', ' contains ', ' starts with ', 'a', 'b.c/d', '"v"'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        try {
          const sel = parseSelector(text);
          evaluate(sel, { a: 'v' });
        } catch (e) {
          expect(e).toBeInstanceOf(SelectorError);
          expect((e as SelectorError).offset).toBeGreaterThanOrEqual(0);
          expect((e as SelectorError).offset).toBeLessThanOrEqual(text.length);
        }
      }),
      params(1000),
    );
  });
});

// ---------------------------------------------------------------- YAML mutations through the pipeline

/** Documents of the fixtures and the corpora that are small enough to mutate many times. */
function seeds(): string[] {
  const out = fixtureFiles().map((f) => fs.readFileSync(f, 'utf8'));
  out.push(fs.readFileSync(path.join(ROOT, 'examples', 'shop', 'rendered.yaml'), 'utf8'));
  const corpus = path.resolve(ROOT, '..', 'shared', 'corpus');
  const docs: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) {
        for (const doc of fs.readFileSync(p, 'utf8').split(/^---\s*$/m)) if (doc.trim() !== '' && doc.length <= 6000) docs.push(doc);
      }
    }
  };
  if (fs.existsSync(corpus)) walk(corpus);
  // Every seventh document: a stable sample of every kind the corpora hold (templates and patches included).
  return [...out, ...docs.filter((_, i) => i % 7 === 0)];
}
const SEEDS = seeds();

const TOKENS = [':', '- ', ' ', '\n', '\t', '{', '}', '[', ']', '"', "'", '&a ', '*a', '<<: *a', '---\n', '...', '#', '!!str ', '!!binary ', '|', '>-', '%YAML 1.1\n', '\r\n', '\uFEFF', '\u0000', '\u001b[2K', 'no', 'yes', '~', '0x1F', '1e9', 'kind: Pod', 'apiVersion: v1', 'kind: List\nitems:\n', 'serviceAccountName: ', 'automountServiceAccountToken: ', '{{ .Values.x }}', 'selector: ', "'(((a == \"b\")))'", 'kind: ClusterRoleBinding', 'name: cluster-admin',
  // Hostile: deep nesting, self-referencing and multiplying aliases, merge keys.
  '['.repeat(700), '{a: '.repeat(300), '&r [*r]', '&b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', '<<: [*a, *b, *a]', '*b '.repeat(30)];

type Mutation = { op: 'insert'; at: number; s: string } | { op: 'delete'; at: number; n: number } | { op: 'copy'; at: number; from: number; n: number } | { op: 'indent'; line: number; by: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 4 })) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), n: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);

function apply(text: string, muts: readonly Mutation[]): string {
  let t = text;
  for (const m of muts) {
    if (m.op === 'indent') {
      const lines = t.split('\n');
      const i = m.line % lines.length;
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      t = lines.join('\n');
      continue;
    }
    const at = m.at % (t.length + 1);
    if (m.op === 'insert') t = t.slice(0, at) + m.s + t.slice(at);
    else if (m.op === 'delete') t = t.slice(0, at) + t.slice(at + m.n);
    else {
      const from = t.length === 0 ? 0 : m.from % t.length;
      t = t.slice(0, at) + t.slice(from, from + m.n) + t.slice(at);
    }
  }
  return t;
}

const manifest = fc.tuple(fc.array(fc.constantFrom(...SEEDS), { minLength: 1, maxLength: 3 }), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([docs, muts]) => apply(docs.join('\n---\n'), muts));

/** Everything a scan produces, from one text: findings with valid positions, and every report. */
function throughThePipeline(text: string, file: string): void {
  const result = lint([{ path: file, text }]);
  for (const f of result.findings) {
    expect(f.location.region.startLine).toBeGreaterThanOrEqual(1);
    expect(f.location.region.startColumn).toBeGreaterThanOrEqual(1);
    expect(f.location.region.endLine).toBeGreaterThanOrEqual(f.location.region.startLine);
  }
  renderText(result.findings, { color: true });
  renderJson(result.findings);
  renderGithub(result.findings);
  renderMarkdown(result.findings);
  JSON.stringify(renderSarif(result.findings, result.rules, { category: 'p', sources: new Map([[file, text]]) }));
}

async function cliExit(argv: readonly string[], stdin: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: CliIO = { stdout: () => {}, stderr: (s) => void (stderr += s), readStdin: async () => stdin, cwd: ROOT, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  return { code: await main(argv, io), stderr };
}

describe('mutated manifests through the whole pipeline (fast-check)', () => {
  it(`${SEEDS.length} seed documents of the fixtures and corpora, mutated: never an exception, every report renders`, () => {
    expect(SEEDS.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(manifest, fc.constantFrom('m.yaml', 'm.json'), (text, file) => throughThePipeline(text, file)),
      params(300),
    );
  }, TIME(120_000));

  it('the CLI never exits 3 on them (scan, SARIF, who-can)', async () => {
    await fc.assert(
      fc.asyncProperty(manifest, fc.constantFrom(['scan', '-', '--format', 'sarif'], ['scan', '-', '--format', 'markdown'], ['who-can', 'get', 'secrets', '-f', '-'], ['access', '--as', 'system:serviceaccount:shop:api', '-f', '-']), async (text, argv) => {
        const r = await cliExit(argv, text);
        expect(r.code, r.stderr).not.toBe(3);
      }),
      params(60),
    );
  }, TIME(120_000));

  it('the bundled Action writes its SARIF and summary on mutated workspaces, and never fails internally', () => {
    const samples = fc.sample(fc.array(manifest, { minLength: 1, maxLength: 4 }), { seed: SEED, numRuns: Math.max(1, Math.round(runs(3) / (SOAK ? 10 : 1))) });
    for (const texts of samples) {
      const r = action({ paths: '.', 'fail-on': 'none' }, (ws) => texts.forEach((t, i) => fs.writeFileSync(path.join(ws, `m${i}.yaml`), t)), { timeoutMs: 30_000 });
      expect([r.status, r.signal], r.stdout + r.stderr).toEqual([0, null]);
      expect(r.stdout).not.toContain('internal error');
      expect(JSON.parse(fs.readFileSync(path.join(r.workspace, 'saguard.sarif'), 'utf8')).version).toBe('2.1.0');
      expect(r.summary).toContain('## saguard');
    }
  }, TIME(300_000));
});
