/** The one place where message ids and data become sentences. */
import type { Finding, ObjectRef } from '../model/types.js';
import { ruleById } from '../rules/index.js';
import { escapeControls, markdownCode, markdownValue, sarifText } from './escape.js';

/**
 * How the values of a message are written: `plain` for terminals, logs, JSON and check runs
 * (control characters made visible), `sarif` (also brackets escaped, so no value makes a link),
 * `markdown` (values in code spans that hold whatever they contain, or escaped text).
 */
export type MessageStyle = 'plain' | 'sarif' | 'markdown';

const PLACEHOLDER = /\{(\w+)\}/g;

export function formatMessage(f: Pick<Finding, 'ruleId' | 'messageId' | 'data'>, style: MessageStyle = 'plain'): string {
  const template = ruleById(f.ruleId)?.meta.messages[f.messageId];
  if (template === undefined) throw new Error(`rule ${f.ruleId} has no message ${f.messageId}`);
  const fill = (t: string, write: (v: string) => string): string =>
    t.replace(PLACEHOLDER, (m, k: string) => {
      const v = f.data[k];
      return v === undefined ? m : write(String(v));
    });
  if (style !== 'markdown') return fill(template, style === 'sarif' ? sarifText : escapeControls);
  // The template is ours: its backtick pairs are code spans, refilled with the raw values and re-fenced.
  const parts = template.split('`');
  if (parts.length % 2 === 0) return fill(template, markdownValue);
  return parts.map((p, i) => (i % 2 === 1 ? codeList(fill(p, (v) => v)) : fill(p, markdownValue))).join('');
}

/**
 * A code span of a template, filled: rules quote a list in one span by joining its items with
 * `` `, ` `` (`` `get`, `list` ``), which reads right as plain text; in Markdown each item becomes
 * its own code span, each holding its item literally, whatever it contains.
 */
function codeList(filled: string): string {
  return filled.split(LIST_SEPARATOR).map(markdownCode).join(', ');
}

/** How rules join the items of a list quoted in one code span of a message. */
export const LIST_SEPARATOR = '`, `';

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
