/** Runs the rules over the inventory and turns their reports into located, sorted findings. */
import type { Finding, Level, RelatedLocation } from '../model/types.js';
import type { LoadedDocument } from '../load/load.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Rule, RuleContext, DocumentContext, RelatedRef } from '../rules/rule.js';

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

/** Level of a finding: the case's own level for mixed rules, lowered or raised by configuration. */
function levelOf(rule: Rule, setting: RuleSetting, own: Level | undefined): Level {
  if (setting.level === 'off') return 'note';
  if (setting.level !== rule.meta.level) return setting.level;
  return own ?? rule.meta.level;
}

export function analyze(inventory: Inventory, rules: readonly Rule[], settings: ReadonlyMap<string, RuleSetting>): Finding[] {
  const findings: Finding[] = [];
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
        rule.checkDocument(d, ctx);
      }
    }
    if (rule.check) {
      for (const o of inventory.objects) {
        if (rule.appliesTo && !rule.appliesTo(o, inventory)) continue;
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
            });
          },
        };
        rule.check(o, ctx);
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
