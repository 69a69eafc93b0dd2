/** Runs the rules over the inventory and turns their reports into located, sorted findings. */
import type { Finding } from '../model/types.js';
import type { K8sObject, LoadedDocument } from '../load/load.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Rule, RuleContext, DocumentContext } from '../rules/rule.js';
import { ruleById } from '../rules/index.js';
import { suppressInline } from './suppress.js';
import { objectFinding, levelOf, ruleSettings, type RuleSetting } from './finding.js';

export { ruleSettings, type RuleSetting };

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

/**
 * Runs the rules, then applies the `saguard.dev/ignore` annotations of the objects the findings
 * are on (and reports the annotations that are invalid or unused).
 */
export function analyze(inventory: Inventory, rules: readonly Rule[], settings: ReadonlyMap<string, RuleSetting>): Finding[] {
  const findings: Finding[] = [];
  /** The object each object finding is on, for its annotations. */
  const owners = new Map<Finding, K8sObject>();
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
            const f = objectFinding(rule, setting, o, r);
            owners.set(f, o);
            findings.push(f);
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
  const out = dedupe(findings);
  out.push(...suppressInline(inventory, out, owners, settings));
  return sortFindings(out);
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
