/**
 * Suppressions: `saguard.dev/ignore` annotations on objects (and on pod templates, for their
 * workload's findings), and `ignore:` entries of the configuration. A suppressed finding is kept
 * (SARIF and JSON carry it) with `suppression` set; suppressions that are invalid or match nothing
 * are findings of `suppression-invalid` and `suppression-unused`.
 */
import type { Finding, JsonPath, ObjectRef } from '../model/types.js';
import type { K8sObject } from '../load/load.js';
import type { Inventory } from '../inventory/inventory.js';
import { getIn, isRecord } from '../inventory/fields.js';
import { matchesGlob } from '../inventory/glob.js';
import { closest } from '../inventory/rbac/catalog.js';
import { RULES, ruleById, type Rule } from '../rules/index.js';
import { describe } from '../rules/rule.js';
import { SUPPRESSION_RULES, type IgnoreEntry } from '../config/config.js';
import { levelOf, objectFinding, ruleSettings, type RuleSetting } from './finding.js';

export const IGNORE_ANNOTATION = 'saguard.dev/ignore';
export const IGNORE_REASON_ANNOTATION = 'saguard.dev/ignore-reason';

const INVALID = 'suppression-invalid';
const UNUSED = 'suppression-unused';

interface Named {
  rule: string;
  /** Offset of the id inside the annotation's value. */
  offset: number;
  used: boolean;
}

/** One `saguard.dev/ignore` annotation. */
interface Directive {
  /** Path of the annotations map inside the object. */
  annotations: JsonPath;
  all: boolean;
  allUsed: boolean;
  rules: Named[];
  reason: string | undefined;
  /** The annotation's value and reason: one decision, when many objects carry it alike. */
  key: string;
}

function settingOf(settings: ReadonlyMap<string, RuleSetting>, rule: Rule): RuleSetting {
  return settings.get(rule.id) ?? ruleSettings(rule);
}

/** Where an object's `saguard.dev/ignore` may be written: its own metadata, and its pod template's. */
function annotationMaps(o: K8sObject, inventory: Inventory): JsonPath[] {
  const out: JsonPath[] = [['metadata', 'annotations']];
  const template = inventory.workloadOf(o)?.pod.ref.templatePath;
  if (template && template.length > 0) out.push([...template, 'metadata', 'annotations']);
  return out;
}

/**
 * Applies the annotations to the findings on the objects that carry them (`owners` maps a finding
 * to its object) and returns the findings about the annotations themselves.
 */
export function suppressInline(
  inventory: Inventory,
  findings: readonly Finding[],
  owners: ReadonlyMap<Finding, K8sObject>,
  settings: ReadonlyMap<string, RuleSetting>,
): Finding[] {
  const invalidRule = ruleById(INVALID)!;
  const unusedRule = ruleById(UNUSED)!;
  const invalid = settingOf(settings, invalidRule);
  const unused = settingOf(settings, unusedRule);
  const out: Finding[] = [];
  const problem = (o: K8sObject, messageId: string, data: Record<string, string>, path: JsonPath, extra: { key?: boolean; offset?: number } = {}): void => {
    if (invalid.level !== 'off') out.push(objectFinding(invalidRule, invalid, o, { messageId, data, path, ...extra }));
  };

  const directives = new Map<number, Directive[]>();
  for (const o of inventory.objects) {
    const found: Directive[] = [];
    for (const annotations of annotationMaps(o, inventory)) {
      const map = getIn(o.value, annotations);
      if (!isRecord(map)) continue;
      const raw = map[IGNORE_ANNOTATION];
      const rawReason = map[IGNORE_REASON_ANNOTATION];
      const where = (name: string): JsonPath => [...annotations, name];
      if (rawReason !== undefined && rawReason !== null && typeof rawReason !== 'string') {
        problem(o, 'notString', { annotation: IGNORE_REASON_ANNOTATION, shown: shown(rawReason) }, where(IGNORE_REASON_ANNOTATION));
      }
      if (raw === undefined) {
        if (typeof rawReason === 'string') problem(o, 'reasonWithoutIgnore', { object: describe(o) }, where(IGNORE_REASON_ANNOTATION), { key: true });
        continue;
      }
      if (raw !== null && typeof raw !== 'string') {
        problem(o, 'notString', { annotation: IGNORE_ANNOTATION, shown: shown(raw) }, where(IGNORE_ANNOTATION));
        continue;
      }
      const reason = typeof rawReason === 'string' && rawReason.trim() !== '' ? rawReason.trim() : undefined;
      const d: Directive = { annotations, all: false, allUsed: false, rules: [], reason, key: `${raw ?? ''}\u0000${reason ?? ''}` };
      let named = 0;
      for (const { word, offset } of words(raw ?? '')) {
        named++;
        if (word === 'all') d.all = true;
        else if (SUPPRESSION_RULES.includes(word)) problem(o, 'cannotSuppress', { rule: word }, where(IGNORE_ANNOTATION), { offset });
        else if (ruleById(word)) d.rules.push({ rule: word, offset, used: false });
        else {
          const near = closest(word, RULES.map((r) => r.id));
          problem(o, 'unknownRule', { rule: word, hint: near ? ` (did you mean \`${near}\`?)` : '' }, where(IGNORE_ANNOTATION), { offset });
        }
      }
      if (named === 0) problem(o, 'empty', { object: describe(o) }, where(IGNORE_ANNOTATION));
      if ((d.all || d.rules.length > 0) && d.reason === undefined) {
        problem(o, 'noReason', { rules: d.all ? 'all' : d.rules.map((r) => r.rule).join(', '), object: describe(o) }, where(IGNORE_ANNOTATION), { key: true });
      }
      if (d.all || d.rules.length > 0) found.push(d);
    }
    if (found.length > 0) directives.set(o.id, found);
  }
  if (directives.size === 0) return out;

  for (const f of findings) {
    const o = owners.get(f);
    const ds = o && directives.get(o.id);
    if (!ds || SUPPRESSION_RULES.includes(f.ruleId)) continue;
    for (const d of ds) {
      const named = d.rules.find((r) => r.rule === f.ruleId);
      if (!named && !d.all) continue;
      if (named) named.used = true;
      else d.allUsed = true;
      if (!f.suppression || (!f.suppression.justification && d.reason)) {
        f.suppression = { kind: 'inSource', justification: d.reason ?? '', source: 'annotation' };
      }
    }
  }

  if (unused.level === 'off') return out;
  // The same annotation (value and reason) on several objects is one decision written once and
  // copied by a generator (kustomize's commonAnnotations, a chart's common annotations value): a
  // rule it suppresses on one of them is not unused on the others.
  const shared = new Map<string, { all: boolean; rules: Set<string> }>();
  for (const ds of directives.values()) {
    for (const d of ds) {
      const g = shared.get(d.key) ?? { all: false, rules: new Set<string>() };
      if (d.allUsed) g.all = true;
      for (const r of d.rules) if (r.used) g.rules.add(r.rule);
      shared.set(d.key, g);
    }
  }
  for (const o of inventory.objects) {
    for (const d of directives.get(o.id) ?? []) {
      const path = [...d.annotations, IGNORE_ANNOTATION];
      const g = shared.get(d.key)!;
      if (d.all && !g.all && g.rules.size === 0) out.push(objectFinding(unusedRule, unused, o, { messageId: 'inlineAll', data: { object: describe(o) }, path }));
      for (const r of d.rules) {
        // A rule turned off could match nothing: its suppressions are not judged.
        if (r.used || g.rules.has(r.rule) || d.all || settingOf(settings, ruleById(r.rule)!).level === 'off') continue;
        out.push(objectFinding(unusedRule, unused, o, { messageId: 'inline', data: { rule: r.rule, object: describe(o) }, path, offset: r.offset }));
      }
    }
  }
  return out;
}

/** The comma-separated words of an annotation value, with their offsets. */
function words(value: string): { word: string; offset: number }[] {
  const out: { word: string; offset: number }[] = [];
  const re = /[^,\s]+/g;
  for (let m = re.exec(value); m; m = re.exec(value)) out.push({ word: m[0], offset: m.index });
  return out;
}

function shown(v: unknown): string {
  if (v === null) return '`null`';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `\`${String(v)}\``;
}

/** `Kind/name` (any namespace, or none) or `Kind/namespace/name`, each part a glob. */
export function objectMatches(pattern: string, ref: ObjectRef): boolean {
  const parts = pattern.split('/');
  const [kind, namespace, name] = parts.length === 2 ? [parts[0]!, undefined, parts[1]!] : [parts[0]!, parts[1]!, parts[2]!];
  if (!matchesGlob(kind, ref.kind) || !matchesGlob(name, ref.name)) return false;
  return namespace === undefined || (ref.namespace !== undefined && matchesGlob(namespace, ref.namespace));
}

export function pathMatches(pattern: string, file: string): boolean {
  return matchesGlob(pattern, file);
}

function target(e: IgnoreEntry): string {
  if (e.object !== undefined && e.path !== undefined) return `\`${e.object}\` in files \`${e.path}\``;
  if (e.object !== undefined) return `\`${e.object}\``;
  return `files \`${e.path}\``;
}

/**
 * Applies the configuration's `ignore:` entries (to findings already relocated to the files
 * authors edit) and returns the findings about the entries: without a reason, expired (it then
 * suppresses nothing), or matching no finding. `today` is `YYYY-MM-DD` (UTC).
 */
export function suppressConfigured(findings: readonly Finding[], entries: readonly IgnoreEntry[], settings: ReadonlyMap<string, RuleSetting>, today: string): Finding[] {
  const invalidRule = ruleById(INVALID)!;
  const unusedRule = ruleById(UNUSED)!;
  const invalid = settingOf(settings, invalidRule);
  const unused = settingOf(settings, unusedRule);
  const out: Finding[] = [];
  const about = (rule: Rule, setting: RuleSetting, e: IgnoreEntry, messageId: string, location = e.location, extra: Record<string, string> = {}): void => {
    if (setting.level === 'off' || !location) return;
    out.push({
      ruleId: rule.id,
      messageId,
      data: { rules: e.rules.join(', '), target: target(e), ...(e.expires ? { expires: e.expires } : {}), ...extra },
      level: levelOf(rule, setting, undefined),
      object: undefined,
      path: [],
      location,
      related: [],
    });
  };
  for (const e of entries) {
    if (e.expires !== undefined && e.expires < today) {
      about(invalidRule, invalid, e, 'expired', e.expiresLocation ?? e.location);
      continue;
    }
    if (e.reason === undefined) about(invalidRule, invalid, e, 'configNoReason');
    const used = new Set<string>();
    for (const f of findings) {
      if (!e.rules.includes(f.ruleId)) continue;
      if (e.object !== undefined && (!f.object || !objectMatches(e.object, f.object))) continue;
      if (e.path !== undefined && !pathMatches(e.path, f.location.file)) continue;
      used.add(f.ruleId);
      if (!f.suppression) f.suppression = { kind: 'external', justification: e.reason ?? '', source: 'config' };
    }
    // A rule turned off could match nothing: its suppressions are not judged.
    const judged = e.rules.filter((id) => settingOf(settings, ruleById(id)!).level !== 'off');
    if (used.size === 0) {
      if (judged.length > 0) about(unusedRule, unused, e, 'config');
      continue;
    }
    // One rule of a list that matched nothing, on its item of the list.
    e.rules.forEach((id, i) => {
      if (!used.has(id) && judged.includes(id)) about(unusedRule, unused, e, 'configRule', e.ruleLocations?.[i] ?? e.location, { rule: id });
    });
  }
  return out;
}
