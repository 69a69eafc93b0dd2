/**
 * The JSON report, for scripts. Its shape is versioned (`schemaVersion`) and documented in
 * `docs/json-report.md`; fields are only ever added within a version.
 */
import type { Finding } from '../model/types.js';
import { formatMessage } from './messages.js';
import { countByLevel } from './text.js';
import { VERSION } from '../version.js';
import { writeJsonArray } from './stream.js';

export const JSON_SCHEMA_VERSION = 1;

export interface JsonReport {
  schemaVersion: 1;
  tool: { name: 'saguard'; version: string };
  summary: { findings: number; errors: number; warnings: number; notes: number; suppressed: number; inBaseline: number };
  findings: {
    ruleId: string;
    level: string;
    message: string;
    messageId: string;
    data: Record<string, string | number>;
    file: string;
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
    object: { apiVersion: string; kind: string; namespace: string | null; name: string } | null;
    path: (string | number)[];
    related: { file: string; startLine: number; startColumn: number; label: string }[];
    suppressed: { kind: string; justification: string; source: string } | null;
    /** Findings in rendered output (helm template, kustomize build): where they are there, and how they were placed in the sources. */
    rendered: {
      renderer: string;
      startLine: number;
      startColumn: number;
      mapping: 'exact' | 'parent' | 'document';
      path?: (string | number)[];
      also?: string[];
    } | null;
    /** Escalation paths (`escalation-path` findings only): each step and where it is granted (null when only built-in roles grant it). */
    flows?: { from: string; to: string; steps: { action: string; to: string; file: string | null; startLine: number | null; startColumn: number | null }[] }[];
  }[];
}

type JsonFinding = JsonReport['findings'][number];

/**
 * A finding's message arguments as plain values for scripts: the backticks that quote names in
 * the sentence (`Role \`shop/app\``, `get\`, \`list`) are Markdown, not part of the value.
 */
export function plainData(data: Readonly<Record<string, string | number>>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/`/g, '') : v]));
}

function jsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: formatMessage(f),
    messageId: f.messageId,
    data: plainData(f.data),
    file: f.location.file,
    ...f.location.region,
    object: f.object
      ? {
          apiVersion: f.object.group ? `${f.object.group}/${f.object.version}` : f.object.version,
          kind: f.object.kind,
          namespace: f.object.namespace ?? null,
          name: f.object.name,
        }
      : null,
    path: [...f.path],
    related: f.related.map((r) => ({ file: r.location.file, startLine: r.location.region.startLine, startColumn: r.location.region.startColumn, label: r.label })),
    suppressed: f.suppression ? { ...f.suppression } : null,
    rendered: f.rendered
      ? {
          renderer: f.rendered.renderer,
          startLine: f.rendered.region.startLine,
          startColumn: f.rendered.region.startColumn,
          mapping: f.rendered.mapping,
          ...(f.rendered.path ? { path: [...f.rendered.path] } : {}),
          ...(f.rendered.also ? { also: [...f.rendered.also] } : {}),
        }
      : null,
    ...(f.flows
      ? {
          flows: f.flows.map((fl) => ({
            from: fl.from,
            to: fl.to,
            steps: fl.steps.map((s) => ({ action: s.action, to: s.to, file: s.location?.file ?? null, startLine: s.location?.region.startLine ?? null, startColumn: s.location?.region.startColumn ?? null })),
          })),
        }
      : {}),
  };
}

function header(findings: readonly Finding[]): JsonReport {
  const c = countByLevel(findings);
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'saguard', version: VERSION },
    summary: {
      findings: c.error + c.warning + c.note,
      errors: c.error,
      warnings: c.warning,
      notes: c.note,
      suppressed: findings.filter((f) => f.suppression && f.suppression.source !== 'baseline').length,
      inBaseline: findings.filter((f) => f.suppression?.source === 'baseline').length,
    },
    findings: [],
  };
}

/** The report as one string (small reports, tests); `writeJson` writes the same bytes piece by piece. */
export function renderJson(findings: readonly Finding[]): string {
  const report = header(findings);
  report.findings = findings.map(jsonFinding);
  return JSON.stringify(report, null, 2) + '\n';
}

/** Reports with more findings than this are written as compact JSON. */
export const COMPACT_ABOVE_FINDINGS = 5_000;

/**
 * Writes the report as it is made, one finding at a time: indented like `renderJson`, byte for
 * byte, or compact (`auto`: compact above COMPACT_ABOVE_FINDINGS findings).
 */
export function writeJson(findings: readonly Finding[], write: (chunk: string) => void, style: 'pretty' | 'compact' | 'auto' = 'auto'): void {
  const report = header(findings);
  const pretty = style === 'pretty' || (style === 'auto' && findings.length <= COMPACT_ABOVE_FINDINGS);
  writeJsonArray(report, report as unknown as Record<string, unknown>, 'findings', findings, jsonFinding, pretty, write);
}
