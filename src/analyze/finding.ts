/** Turning a rule's report on an object into a located finding. */
import type { Finding, Flow, Level, RelatedLocation } from '../model/types.js';
import type { K8sObject } from '../load/load.js';
import type { Rule, FlowRef, RelatedRef, ObjectReport } from '../rules/rule.js';

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
export function levelOf(rule: Rule, setting: RuleSetting, own: Level | undefined): Level {
  if (setting.level === 'off') return 'note';
  if (setting.level !== rule.meta.level) return setting.level;
  return own ?? rule.meta.level;
}

/** A finding of `rule` on object `o`, located in its document. */
export function objectFinding(rule: Rule, setting: RuleSetting, o: K8sObject, r: ObjectReport): Finding {
  const full = [...o.basePath, ...r.path];
  const region = r.offset !== undefined ? o.document.locateInScalar(full, r.offset) : r.key ? o.document.locateKey(full) : o.document.locate(full);
  return {
    ruleId: rule.id,
    messageId: r.messageId,
    data: r.data ?? {},
    level: levelOf(rule, setting, r.level),
    object: o.ref,
    path: [...r.path],
    location: { file: o.document.file, region },
    related: relatedOf(r.related),
    ...(r.flows && r.flows.length > 0 ? { flows: flowsOf(r.flows) } : {}),
  };
}

