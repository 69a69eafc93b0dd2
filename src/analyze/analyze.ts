/** Runs the rules over the inventory and turns their reports into located, sorted findings. */
import type { Finding, Flow, Level, RelatedLocation } from '../model/types.js';
import type { K8sObject, LoadedDocument } from '../load/load.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Rule, RuleContext, DocumentContext, FlowRef, RelatedRef } from '../rules/rule.js';
import { ruleById } from '../rules/index.js';

export interface RuleSetting {
  level: Level | 'off';
  options: Record<string, number | boolean | string>;
}

export function ruleSettings(rule: Rule, override?: { level?: Level | 'off'; options?: Record<string, unknown> }): RuleSetting {
  const options: Record<string, number | boolean | string> = {};
  for (const [k, m] of Object.entries(rule.meta.options ?? {})) options[k] = m.default;
  for (const [k, v] of Object.entries(override?.options ?? {})) {
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') options[k] = v;
  }
  return { level: override?.level ?? rule.meta.level, options };
}

function relatedOf(refs: RelatedRef[] | undefined): RelatedLocation[] {
  return (refs ?? []).map((r) => ({
    label: r.label,
    location: { file: r.object.document.file, region: r.object.document.locate([...r.object.basePath, ...r.path]) },
    object: r.object.ref,
    path: [...r.path],
  }));
}

function flowsOf(refs: FlowRef[]): Flow[] {
  return refs.map((f) => ({
    from: f.from,
    to: f.to,
    steps: f.steps.map((s) =>
      s.at
        ? { action: s.action, to: s.to, location: { file: s.at.object.document.file, region: s.at.object.document.locate([...s.at.object.basePath, ...s.at.path]) }, object: s.at.object.ref, path: [...s.at.path] }
        : { action: s.action, to: s.to },
    ),
  }));
}

/** Level of a finding: the case's own level for mixed rules, lowered or raised by configuration. */
function levelOf(rule: Rule, setting: RuleSetting, own: Level | undefined): Level {
  if (setting.level === 'off') return 'note';
  if (setting.level !== rule.meta.level) return setting.level;
  return own ?? rule.meta.level;
}

/** The rule under which saguard reports what it could not check (its findings come from here). */
export const UNSCANNED = 'unscanned-input';

const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0]!.slice(0, 300);

/**
 * What the stages before could not do, as findings of `unscanned-input`: files not read, documents
 * and objects saguard failed on.
 */
function unscanned(inventory: Inventory, setting: RuleSetting, rule: Rule | undefined): Finding[] {
  if (!rule || setting.level === 'off') return [];
  const out: Finding[] = [];
  const level = levelOf(rule, setting, undefined);
  const start = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  for (const { file, unread } of inventory.load.unread) {
    const base = { ruleId: UNSCANNED, level, object: undefined, path: [], location: { file, region: start }, related: [], documentIndex: 0 };
    switch (unread.reason) {
      case 'link-outside':
        out.push({ ...base, messageId: 'linkOutside', data: { target: unread.target, boundary: unread.boundary } });
        break;
      case 'not-regular':
        out.push({ ...base, messageId: 'notRegular', data: { type: unread.type } });
        break;
      case 'too-large':
        out.push({ ...base, messageId: 'tooLarge', data: { size: unread.size, limit: unread.limit } });
        break;
      case 'unreadable':
        out.push({ ...base, messageId: 'unreadable', data: { code: unread.code } });
        break;
    }
  }
  for (const d of inventory.documents) {
    const p = d.problems.find((x) => x.code === 'internal');
    if (p) {
      out.push({ ruleId: UNSCANNED, messageId: 'documentFailed', data: { error: p.message }, level, object: undefined, path: [], location: { file: d.file, region: d.locate([]) }, related: [], documentIndex: d.index });
    }
  }
  for (const { object: o, error } of inventory.failures) {
    out.push({ ruleId: UNSCANNED, messageId: 'objectFailed', data: { error }, level, object: o.ref, path: [], location: { file: o.document.file, region: o.document.locate(o.basePath) }, related: [] });
  }
  return out;
}

export function analyze(inventory: Inventory, rules: readonly Rule[], settings: ReadonlyMap<string, RuleSetting>): Finding[] {
  const findings: Finding[] = [];
  const unscannedRule = ruleById(UNSCANNED);
  const unscannedSetting = unscannedRule ? settings.get(UNSCANNED) ?? ruleSettings(unscannedRule) : undefined;
  if (unscannedSetting) findings.push(...unscanned(inventory, unscannedSetting, unscannedRule));
  /** A rule that throws on one object loses its findings there, and only there. */
  const failed = (rule: Rule, o: K8sObject | undefined, d: LoadedDocument, e: unknown): void => {
    if (!unscannedRule || !unscannedSetting || unscannedSetting.level === 'off') return;
    findings.push({
      ruleId: UNSCANNED,
      messageId: o ? 'ruleFailed' : 'documentFailed',
      data: o ? { rule: rule.id, error: errorText(e) } : { error: `rule ${rule.id}: ${errorText(e)}` },
      level: levelOf(unscannedRule, unscannedSetting, undefined),
      object: o?.ref,
      path: [],
      location: { file: d.file, region: d.locate(o ? o.basePath : []) },
      related: [],
      ...(o ? {} : { documentIndex: d.index }),
    });
  };
  const run = (rule: Rule): void => {
    const setting = settings.get(rule.id) ?? ruleSettings(rule);
    if (setting.level === 'off') return;
    if (rule.checkDocument) {
      for (const d of inventory.documents) {
        const ctx: DocumentContext = {
          options: setting.options,
          report: (r) => {
            findings.push({
              ruleId: rule.id,
              messageId: r.messageId,
              data: r.data ?? {},
              level: levelOf(rule, setting, undefined),
              object: undefined,
              path: [],
              location: { file: d.file, region: d.regionOf(r.start, r.end) },
              related: (r.related ?? []).map((x) => ({ label: x.label, location: { file: d.file, region: d.regionOf(x.start, x.end) } })),
              documentIndex: d.index,
            });
          },
        };
        try {
          rule.checkDocument(d, ctx);
        } catch (e) {
          failed(rule, undefined, d, e);
        }
      }
    }
    if (rule.check) {
      for (const o of inventory.objects) {
        const ctx: RuleContext = {
          inventory,
          options: setting.options,
          report: (r) => {
            const full = [...o.basePath, ...r.path];
            const region =
              r.offset !== undefined ? o.document.locateInScalar(full, r.offset) : r.key ? o.document.locateKey(full) : o.document.locate(full);
            findings.push({
              ruleId: rule.id,
              messageId: r.messageId,
              data: r.data ?? {},
              level: levelOf(rule, setting, r.level),
              object: o.ref,
              path: [...r.path],
              location: { file: o.document.file, region },
              related: relatedOf(r.related),
              ...(r.flows && r.flows.length > 0 ? { flows: flowsOf(r.flows) } : {}),
            });
          },
        };
        try {
          if (rule.appliesTo && !rule.appliesTo(o, inventory)) continue;
          rule.check(o, ctx);
        } catch (e) {
          failed(rule, o, o.document, e);
        }
      }
    }
  };
  for (const rule of rules) if (!rule.late) run(rule);
  for (const rule of rules) if (rule.late) run(rule);
  return sortFindings(dedupe(findings));
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.ruleId}|${f.messageId}|${f.location.file}|${f.location.region.startLine}|${f.location.region.startColumn}|${JSON.stringify(f.data)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.location.file, b.location.file) ||
    a.location.region.startLine - b.location.region.startLine ||
    a.location.region.startColumn - b.location.region.startColumn ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.messageId, b.messageId) ||
    cmp(JSON.stringify(a.data), JSON.stringify(b.data))
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

export type { LoadedDocument };
