/** The Markdown job summary: counts by level and rule, then the findings, within GitHub's size limit. */
import type { Finding, Level } from '../model/types.js';
import { ruleById } from '../rules/index.js';
import { formatMessage } from './messages.js';
import { countByLevel } from './text.js';

/** GitHub refuses step summaries over 1 MiB; stay well below it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

export interface MarkdownOptions {
  title?: string;
  /** Findings on changed lines, listed first (pull requests). */
  changed?: ReadonlySet<Finding>;
  /** Annotations that did not fit GitHub's caps. */
  omittedAnnotations?: number;
  limitBytes?: number;
}

const ICON: Record<Level, string> = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdown(findings: readonly Finding[], options: MarkdownOptions = {}): string {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const shown = findings.filter((f) => !f.suppression);
  const c = countByLevel(findings);
  const head: string[] = [`## ${options.title ?? 'saguard'}`, ''];
  if (shown.length === 0) {
    head.push('No findings.');
    return head.join('\n') + '\n';
  }
  head.push('| level | findings |', '| --- | ---: |');
  for (const l of ['error', 'warning', 'note'] as const) head.push(`| ${ICON[l]} | ${c[l]} |`);
  head.push('');
  const byRule = new Map<string, { level: Level; n: number }>();
  for (const f of shown) {
    const e = byRule.get(f.ruleId);
    if (e) e.n++;
    else byRule.set(f.ruleId, { level: f.level, n: 1 });
  }
  head.push('| rule | findings |', '| --- | ---: |');
  for (const [id, e] of [...byRule].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))) {
    head.push(`| \`${id}\` — ${cell(ruleById(id)?.meta.title ?? id)} | ${e.n} |`);
  }
  head.push('');
  if (options.omittedAnnotations) {
    head.push(`> ${options.omittedAnnotations} findings did not fit GitHub's annotation limits; they are all in the SARIF file and below.`, '');
  }
  const changed = options.changed;
  const ordered = changed ? [...shown.filter((f) => changed.has(f)), ...shown.filter((f) => !changed.has(f))] : shown;
  const rows: string[] = ['| level | rule | location | message |', '| --- | --- | --- | --- |'];
  let size = Buffer.byteLength(head.join('\n')) + 512;
  let included = 0;
  for (const f of ordered) {
    const r = f.location.region;
    const row = `| ${ICON[f.level]} | \`${f.ruleId}\` | \`${cell(f.location.file)}:${r.startLine}\`${changed?.has(f) ? ' (changed)' : ''} | ${cell(formatMessage(f))} |`;
    const bytes = Buffer.byteLength(row) + 1;
    if (size + bytes > limit) break;
    size += bytes;
    rows.push(row);
    included++;
  }
  const out = [...head, '### Findings', '', ...rows];
  if (included < ordered.length) {
    out.push('', `> The summary shows ${included} of ${ordered.length} findings (GitHub limits a step summary to 1 MiB); the SARIF file has all of them.`);
  }
  return out.join('\n') + '\n';
}
