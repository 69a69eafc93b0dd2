/** The one place where message ids and data become sentences. */
import type { Finding, ObjectRef } from '../model/types.js';
import { ruleById } from '../rules/index.js';

export function formatMessage(f: Pick<Finding, 'ruleId' | 'messageId' | 'data'>): string {
  const template = ruleById(f.ruleId)?.meta.messages[f.messageId];
  if (template === undefined) throw new Error(`rule ${f.ruleId} has no message ${f.messageId}`);
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = f.data[k];
    return v === undefined ? m : String(v);
  });
}

/** `Kind/namespace/name` (or `Kind/name` when cluster-scoped). */
export function objectName(ref: ObjectRef): string {
  return ref.namespace !== undefined ? `${ref.kind}/${ref.namespace}/${ref.name}` : `${ref.kind}/${ref.name}`;
}

/** A message as one sentence with a capital letter and a period, for SARIF and summaries. */
export function sentence(text: string): string {
  const t = text.trim();
  const s = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
