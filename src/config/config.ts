/**
 * `.saguard.yaml`: text in, a typed configuration out, or problems that name the file, the line
 * and the key. Pure: finding and reading the file is `publish/`'s business.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Level, Location, Region, RuleOptionMeta } from '../model/types.js';
import { LineIndex } from '../load/lines.js';
import { closest } from '../inventory/rbac/catalog.js';
import { RULES, ruleById } from '../rules/index.js';
import { ACCOUNT_PATTERN, OBJECT_PATTERN } from './patterns.js';

export { ACCOUNT_PATTERN, OBJECT_PATTERN };

export const CONFIG_FILE_NAMES = ['.saguard.yaml', '.saguard.yml'] as const;
export type LevelSetting = Level | 'off';
export const LEVEL_SETTINGS: readonly LevelSetting[] = ['error', 'warning', 'note', 'off'];
export const TOP_LEVEL_KEYS = ['rules', 'knownServiceAccounts', 'ignore', 'paths', 'baseline'] as const;
export const IGNORE_KEYS = ['rule', 'object', 'path', 'reason', 'expires'] as const;
/** Rules about suppressions: their findings cannot themselves be suppressed (turn them off instead). */
export const SUPPRESSION_RULES: readonly string[] = ['suppression-invalid', 'suppression-unused'];

export type OptionValue = number | boolean | string;

export interface RuleConfig {
  level?: LevelSetting;
  options?: Record<string, OptionValue>;
}

/** One `ignore:` entry: findings of `rules` on objects matching `object` and/or files matching `path`. */
export interface IgnoreEntry {
  rules: string[];
  /** `Kind[/namespace]/name`, each part a glob. */
  object?: string;
  /** A file glob, relative to the folder of the configuration file. */
  path?: string;
  reason?: string;
  /** `YYYY-MM-DD`: the entry stops suppressing after this day (UTC). */
  expires?: string;
  /** Where the entry is written (its first line), and its `expires` value, for findings about it. */
  location?: Location;
  /** Where each id of `rules` is written (same order). */
  ruleLocations?: Location[];
  expiresLocation?: Location;
}

export interface SaguardConfig {
  rules: Record<string, RuleConfig>;
  /** `namespace/name` globs of ServiceAccounts created outside the scanned set. */
  knownServiceAccounts: string[];
  ignore: IgnoreEntry[];
  /** `paths.exclude`: file globs relative to the folder of the configuration file. */
  exclude: string[];
  /** A baseline file, relative to the folder of the configuration file. */
  baseline?: string;
  /** Where `baseline:` is written, for a problem with the file it names. */
  baselineAt?: { line: number; column: number };
}

export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  /** The key the problem is about: `rules.token-automount.level`, `ignore[2].expires`. */
  key: string;
  message: string;
}

export const emptyConfig = (): SaguardConfig => ({ rules: {}, knownServiceAccounts: [], ignore: [], exclude: [] });

/** `file:line:column: key: message` — one line. */
export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}

const quote = (v: unknown): string => JSON.stringify(v);

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return `the string ${quote(v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return Array.isArray(v) ? 'a list' : 'a mapping';
}

const hint = (word: string, candidates: readonly string[]): string => {
  const c = closest(word, candidates);
  return c ? ` (did you mean ${c}?)` : '';
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}


/** Parses and validates a configuration file. Problems come sorted by position. */
export function parseConfig(text: string, file: string): { config: SaguardConfig; problems: ConfigProblem[] } {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const lines = new LineIndex(text);
  const at = (offset: number): { line: number; column: number } => lines.position(offset);
  const region = (n: Node | null | undefined): Region => (n?.range ? lines.region(n.range[0], n.range[1]) : lines.region(0, 1));
  const problem = (n: Node | null | undefined, key: string, message: string): void => {
    const p = at(n?.range?.[0] ?? 0);
    problems.push({ file, line: p.line, column: p.column, key, message });
  };

  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  for (const e of doc.errors) {
    const p = at(e.pos[0]);
    const what = e.code === 'DUPLICATE_KEY' ? 'a key is repeated in one mapping' : `the file is not valid YAML (${e.message.split('\n')[0]})`;
    problems.push({ file, line: p.line, column: p.column, key: '', message: what });
  }
  if (problems.length > 0) return { config, problems };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return { config, problems }; // empty file: defaults
  if (!isMap(root)) {
    problem(root, '', `expected a mapping with ${TOP_LEVEL_KEYS.join(', ')}, got ${describeValue(root.toJSON())}`);
    return { config, problems };
  }

  const keyOf = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
  const keyNode = (pair: Pair): Node | null => (pair.key as Node | null) ?? null;
  const valueNode = (pair: Pair): Node | null => (pair.value as Node | null) ?? null;
  const stringValue = (n: Node | null, key: string, what: string): string | undefined => {
    if (isScalar(n) && typeof n.value === 'string' && n.value.trim() !== '') return n.value;
    problem(n, key, `expected ${what}, got ${describeValue(isScalar(n) ? n.value : n?.toJSON())}`);
    return undefined;
  };
  const stringList = (n: Node | null, key: string, what: string, check?: (s: string, item: Node, itemKey: string) => void): string[] => {
    if (!isSeq(n)) {
      problem(n, key, `expected a list of ${what}, got ${describeValue(isScalar(n) ? n.value : n?.toJSON())}`);
      return [];
    }
    const out: string[] = [];
    n.items.forEach((item, i) => {
      const v = stringValue(item as Node, `${key}[${i}]`, what);
      if (v === undefined) return;
      check?.(v, item as Node, `${key}[${i}]`);
      out.push(v);
    });
    return out;
  };

  /** A key written with nothing after it (its items commented out) is an empty collection. */
  const isEmpty = (n: Node | null): boolean => n === null || (isScalar(n) && n.value === null);

  for (const pair of root.items) {
    const key = keyOf(pair);
    const value = valueNode(pair);
    if (isEmpty(value) && (key === 'rules' || key === 'knownServiceAccounts' || key === 'ignore' || key === 'paths')) continue;
    switch (key) {
      case 'rules':
        readRules(value);
        break;
      case 'knownServiceAccounts':
        config.knownServiceAccounts = stringList(value, key, 'namespace/name globs', (s, item, k) => {
          if (!ACCOUNT_PATTERN.test(s)) problem(item, k, `${quote(s)} is not namespace/name (globs allowed, e.g. kube-system/*)`);
        });
        break;
      case 'ignore':
        readIgnore(value);
        break;
      case 'paths':
        readPaths(value);
        break;
      case 'baseline': {
        const v = stringValue(value, key, 'the path of a baseline file');
        if (v !== undefined) {
          config.baseline = v;
          config.baselineAt = at(value?.range?.[0] ?? 0);
        }
        break;
      }
      default:
        problem(keyNode(pair), key, `unknown key${hint(key, TOP_LEVEL_KEYS)}; expected ${TOP_LEVEL_KEYS.join(', ')}`);
    }
  }

  function readRules(n: Node | null): void {
    if (!isMap(n)) {
      problem(n, 'rules', `expected a mapping of rule ids to a level or { level, options }, got ${describeValue(isScalar(n) ? n.value : n?.toJSON())}`);
      return;
    }
    for (const pair of n.items) {
      const id = keyOf(pair);
      const key = `rules.${id}`;
      const rule = ruleById(id);
      if (!rule) {
        problem(keyNode(pair), key, `unknown rule${hint(id, RULES.map((r) => r.id))}; \`saguard rules\` lists them`);
        continue;
      }
      const v = valueNode(pair);
      if (isMap(v)) {
        const rc: RuleConfig = {};
        for (const p of v.items) {
          const k = keyOf(p);
          if (k === 'level') {
            const level = readLevel(valueNode(p), `${key}.level`);
            if (level) rc.level = level;
          } else if (k === 'options') {
            const options = readOptions(valueNode(p), `${key}.options`, rule.id, rule.meta.options ?? {});
            if (options) rc.options = options;
          } else problem(keyNode(p), `${key}.${k}`, `unknown key${hint(k, ['level', 'options'])}; expected level and options`);
        }
        config.rules[id] = rc;
      } else {
        const level = readLevel(v, key);
        if (level) config.rules[id] = { level };
      }
    }
  }

  function readLevel(n: Node | null, key: string): LevelSetting | undefined {
    const v = isScalar(n) ? n.value : n?.toJSON();
    if (typeof v === 'string' && (LEVEL_SETTINGS as readonly string[]).includes(v)) return v as LevelSetting;
    problem(n, key, `expected ${LEVEL_SETTINGS.join(', ')} (or { level, options }), got ${describeValue(v)}`);
    return undefined;
  }

  function readOptions(n: Node | null, key: string, ruleId: string, declared: Record<string, RuleOptionMeta>): Record<string, OptionValue> | undefined {
    const names = Object.keys(declared);
    if (!isMap(n)) {
      problem(n, key, `expected a mapping of options, got ${describeValue(isScalar(n) ? n.value : n?.toJSON())}`);
      return undefined;
    }
    const out: Record<string, OptionValue> = {};
    for (const p of n.items) {
      const name = keyOf(p);
      const meta = declared[name];
      if (!meta || !Object.hasOwn(declared, name)) {
        problem(keyNode(p), `${key}.${name}`, `unknown option${hint(name, names)}; ${names.length ? `${ruleId} has ${names.join(', ')}` : `${ruleId} has no options`}`);
        continue;
      }
      const vn = valueNode(p);
      const v = isScalar(vn) ? vn.value : vn?.toJSON();
      if (meta.type === 'number' ? typeof v !== 'number' || !Number.isFinite(v) : typeof v !== meta.type) {
        problem(vn, `${key}.${name}`, `expected a ${meta.type}, got ${describeValue(v)}`);
        continue;
      }
      if (meta.type === 'number' && meta.minimum !== undefined && (v as number) < meta.minimum) {
        problem(vn, `${key}.${name}`, `${String(v)} is below the smallest accepted value, ${meta.minimum}`);
        continue;
      }
      out[name] = v as OptionValue;
    }
    return out;
  }

  function readIgnore(n: Node | null): void {
    if (!isSeq(n)) {
      problem(n, 'ignore', `expected a list of entries ({ rule, object and/or path, reason, expires }), got ${describeValue(isScalar(n) ? n.value : n?.toJSON())}`);
      return;
    }
    n.items.forEach((item, i) => {
      const key = `ignore[${i}]`;
      const node = item as Node;
      if (!isMap(node)) {
        problem(node, key, `expected { rule, object and/or path, reason, expires }, got ${describeValue(isScalar(node) ? node.value : node?.toJSON())}`);
        return;
      }
      const entry: IgnoreEntry = { rules: [], location: { file, region: firstLine(node) }, ruleLocations: [] };
      let ok = true;
      let sawRule = false;
      for (const p of node.items) {
        const k = keyOf(p);
        const v = valueNode(p);
        const kk = `${key}.${k}`;
        switch (k) {
          case 'rule': {
            sawRule = true;
            const ids = isSeq(v) ? stringList(v, kk, 'rule ids') : [stringValue(v, kk, 'a rule id or a list of rule ids')].filter((x): x is string => x !== undefined);
            if (ids.length === 0) ok = false;
            ids.forEach((id, j) => {
              const where = isSeq(v) ? (v.items[j] as Node) : v;
              if (!ruleById(id)) {
                problem(where, kk, `unknown rule ${quote(id)}${hint(id, RULES.map((r) => r.id))}; \`saguard rules\` lists them`);
                ok = false;
              } else if (SUPPRESSION_RULES.includes(id)) {
                problem(where, kk, `findings of ${id} cannot be ignored; set rules.${id}: off instead`);
                ok = false;
              } else {
                entry.rules.push(id);
                entry.ruleLocations!.push({ file, region: region(where) });
              }
            });
            break;
          }
          case 'object': {
            const s = stringValue(v, kk, 'Kind/name or Kind/namespace/name');
            if (s === undefined) ok = false;
            else if (!OBJECT_PATTERN.test(s)) {
              problem(v, kk, `${quote(s)} is not Kind/name or Kind/namespace/name (globs allowed, e.g. ClusterRoleBinding/argocd-*)`);
              ok = false;
            } else entry.object = s;
            break;
          }
          case 'path': {
            const s = stringValue(v, kk, 'a file glob');
            if (s === undefined) ok = false;
            else if (s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s)) {
              problem(v, kk, `${quote(s)} is absolute; write it relative to the folder of ${file}`);
              ok = false;
            } else entry.path = s;
            break;
          }
          case 'reason': {
            // An empty reason is a finding (suppression-invalid), not a configuration error.
            const raw = isScalar(v) ? v.value : v?.toJSON();
            if (raw === null || raw === undefined) break;
            if (typeof raw !== 'string') {
              problem(v, kk, `expected a sentence, got ${describeValue(raw)}`);
              ok = false;
            } else if (raw.trim() !== '') entry.reason = raw.trim();
            break;
          }
          case 'expires': {
            const raw = isScalar(v) ? v.value : v?.toJSON();
            if (typeof raw !== 'string' || !isDate(raw)) {
              problem(v, kk, `${typeof raw === 'string' ? quote(raw) : describeValue(raw)} is not a date; expected YYYY-MM-DD`);
              ok = false;
            } else {
              entry.expires = raw;
              entry.expiresLocation = { file, region: region(v) };
            }
            break;
          }
          default:
            problem(keyNode(p), kk, `unknown key${hint(k, IGNORE_KEYS)}; expected ${IGNORE_KEYS.join(', ')}`);
            ok = false;
        }
      }
      if (!sawRule) {
        problem(node, key, 'needs rule: the rule id (or a list of them) it suppresses');
        ok = false;
      }
      const keys = node.items.map(keyOf);
      if (!keys.includes('object') && !keys.includes('path')) {
        problem(node, key, 'needs object (Kind[/namespace]/name) and/or path to say which findings it suppresses');
        ok = false;
      }
      if (ok) config.ignore.push(entry);
    });
  }

  function readPaths(n: Node | null): void {
    if (!isMap(n)) {
      problem(n, 'paths', `expected a mapping with exclude, got ${describeValue(isScalar(n) ? n.value : n?.toJSON())}`);
      return;
    }
    for (const p of n.items) {
      const k = keyOf(p);
      if (k === 'exclude' && isEmpty(valueNode(p))) continue;
      if (k !== 'exclude') {
        problem(keyNode(p), `paths.${k}`, `unknown key${hint(k, ['exclude'])}; expected exclude`);
        continue;
      }
      config.exclude = stringList(valueNode(p), 'paths.exclude', 'file globs', (s, item, kk) => {
        if (s.startsWith('/')) problem(item, kk, `${quote(s)} is absolute; write it relative to the folder of ${file}`);
      });
    }
  }

  /** The region of the first line of a collection (an ignore entry's `- rule: …` line). */
  function firstLine(node: Node): Region {
    return node.range ? lines.firstLineRegion(node.range[0], node.range[1]) : lines.region(0, 1);
  }

  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { config, problems };
}
