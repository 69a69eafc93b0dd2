/** SARIF 2.1.0 for GitHub code scanning, built as typed objects. */
import type * as Sarif from 'sarif';
import type { Finding, Flow, Level, Region } from '../model/types.js';
import type { Rule } from '../rules/rule.js';
import { formatMessage, objectName, sentence } from './messages.js';
import { escapeControls, sarifText } from './escape.js';
import { lineHashes } from './fingerprint.js';
import { writeJsonArray } from './stream.js';
import { withPlacement } from './rendered.js';
import { VERSION } from '../version.js';
import { saguardFingerprint } from '../analyze/fingerprint.js';

export const INFORMATION_URI = 'https://github.com/saguard/saguard';
export const helpUri = (id: string): string => `${INFORMATION_URI}/blob/main/docs/rules/${id}.md`;

export interface SarifOptions {
  /** `automationDetails.id` category (`<category>/`). */
  category: string;
  /** Text of each reported file as read, for `primaryLocationLineHash`. */
  sources: ReadonlyMap<string, string>;
  /** Absolute `file://` URI of the repository root, ending with `/`, for `%SRCROOT%`. */
  srcRootUri?: string;
  /** At most this many results (default: GitHub's 25,000 per run); the most severe are kept. */
  maxResults?: number;
}

const pascal = (id: string): string => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

export function ruleHelpMarkdown(rule: Rule): string {
  const m = rule.meta;
  return [
    `# ${m.title}`,
    '',
    m.description,
    '',
    '## Why',
    '',
    m.docs.rationale,
    '',
    '## Fix',
    '',
    m.remediation,
    '',
    '```yaml',
    m.docs.passing.trimEnd(),
    '```',
    '',
    '## References',
    '',
    ...m.references.map((r) => `- ${r}`),
  ].join('\n');
}

/**
 * The severity GitHub shows for an alert: the band of its rule's `security-severity` when the rule
 * has one (over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low, as GitHub
 * documents it), otherwise the result's own level.
 */
export type GithubSeverity = 'critical' | 'high' | 'medium' | 'low' | Level;

export function securityBand(score: number): 'critical' | 'high' | 'medium' | 'low' | undefined {
  if (!(score > 0)) return undefined;
  return score > 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}

/** The bands of GitHub that say what a level says. */
export const BANDS_OF_LEVEL: Record<Level, readonly GithubSeverity[]> = {
  error: ['critical', 'high', 'error'],
  warning: ['medium', 'warning'],
  note: ['low', 'note'],
};

/** A rule is a security rule (GitHub's `security` tag, a `security-severity`), or an input-hygiene one. */
export const isSecurityRule = (rule: Rule): boolean => rule.meta.tags.includes('security') && rule.meta.securitySeverity !== undefined;

/**
 * The `security-severity` a security rule's descriptor carries in a log whose results of that rule
 * have these levels. GitHub ranks every alert of a rule by this one number and cannot take it per
 * result, so the rule keeps its own only when it agrees with every level (a scope-dependent rule
 * reported as error, warning and note in one log has none); without it GitHub shows each result's
 * level, which always agrees.
 */
export function descriptorSecuritySeverity(securitySeverity: string | undefined, levels: Iterable<Level>): string | undefined {
  const band = securityBand(Number(securitySeverity));
  if (securitySeverity === undefined || band === undefined) return undefined;
  for (const l of levels) if (!BANDS_OF_LEVEL[l].includes(band)) return undefined;
  return securitySeverity;
}

/** `problem.severity` of a rule that is not a security rule (CodeQL's names for the levels). */
const PROBLEM_SEVERITY: Record<Level, string> = { error: 'error', warning: 'warning', note: 'recommendation' };

function ruleDescriptor(rule: Rule, levels: ReadonlySet<Level>): Sarif.ReportingDescriptor {
  const m = rule.meta;
  const security = isSecurityRule(rule) ? descriptorSecuritySeverity(m.securitySeverity, levels) : undefined;
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: m.title },
    fullDescription: { text: m.description },
    helpUri: helpUri(rule.id),
    help: {
      text: `${m.description}\n\n${m.docs.rationale.replace(/`/g, '')}\n\nFix: ${m.remediation.replace(/`/g, '')}\n\nSee ${helpUri(rule.id)}`,
      markdown: ruleHelpMarkdown(rule),
    },
    defaultConfiguration: { level: m.level },
    properties: {
      tags: m.tags,
      precision: m.precision,
      ...(isSecurityRule(rule) ? (security ? { 'security-severity': security } : {}) : { 'problem.severity': PROBLEM_SEVERITY[m.level] }),
    },
  };
}

function region(r: Region): Sarif.Region {
  return { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn };
}

function artifact(file: string): Sarif.ArtifactLocation {
  return { uri: encodeURI(file), uriBaseId: '%SRCROOT%' };
}

/**
 * An escalation path as a code flow with one thread flow: the subject (the finding's location), then
 * each step where the permission that allows it is granted.
 */
function codeFlow(f: Finding, flow: Flow): Sarif.CodeFlow {
  const plain = (s: string): string => sarifText(s.replace(/`/g, ''));
  const at = (file: string, r: Region, text: string): Sarif.ThreadFlowLocation => ({
    location: { physicalLocation: { artifactLocation: artifact(file), region: region(r) }, message: { text: plain(text) } },
  });
  const locations: Sarif.ThreadFlowLocation[] = [at(f.location.file, f.location.region, flow.from)];
  flow.steps.forEach((s, i) => {
    const text = `step ${i + 1}: ${s.action} → ${s.to}`;
    // A step that only built-in roles grant is written in no file.
    locations.push(s.location ? at(s.location.file, s.location.region, text) : { location: { message: { text: plain(text) } } });
  });
  return {
    message: { text: plain(`${flow.from} → ${flow.to} in ${flow.steps.length} step${flow.steps.length === 1 ? '' : 's'}`) },
    threadFlows: [{ locations }],
  };
}

/** GitHub code scanning rejects a run with more results than this (GITHUB.md). */
export const GITHUB_MAX_RESULTS = 25_000;
/** Logs with more results than this are written as compact JSON (nobody reads them by eye). */
export const COMPACT_ABOVE_RESULTS = 5_000;

const LEVEL_RANK: Record<Finding['level'], number> = { error: 0, warning: 1, note: 2 };

/** How severe a result is, most severe first: its level, unsuppressed before suppressed, then the rule's security-severity. */
export interface SeverityKey {
  level: Finding['level'];
  suppressed: boolean;
  securitySeverity: number;
}

/**
 * The items a log of at most `max` results holds: the most severe (see SeverityKey), in their given
 * order; and those left out.
 */
export function keepMostSevere<T>(items: readonly T[], max: number, key: (x: T) => SeverityKey): { kept: T[]; left: T[] } {
  if (items.length <= max) return { kept: [...items], left: [] };
  const order = items.map((x, i) => ({ k: key(x), i }));
  order.sort((a, b) => LEVEL_RANK[a.k.level] - LEVEL_RANK[b.k.level] || Number(a.k.suppressed) - Number(b.k.suppressed) || b.k.securitySeverity - a.k.securitySeverity || a.i - b.i);
  const keep = new Set(order.slice(0, max).map((x) => x.i));
  const kept: T[] = [];
  const left: T[] = [];
  items.forEach((x, i) => (keep.has(i) ? kept : left).push(x));
  return { kept, left };
}

/** The findings a log of at most `max` results holds (the most severe, in order), and those left out. */
export function capFindings(findings: readonly Finding[], rules: readonly Rule[], max = GITHUB_MAX_RESULTS): { kept: Finding[]; left: Finding[] } {
  const severity = new Map(rules.map((r) => [r.id, Number(r.meta.securitySeverity) || 0]));
  return keepMostSevere(findings, max, (f) => ({ level: f.level, suppressed: !!f.suppression, securitySeverity: severity.get(f.ruleId) ?? 0 }));
}

export type LevelCounts = Record<Finding['level'], number>;

export function countLevels(items: readonly { level: Finding['level'] }[]): LevelCounts {
  const by = { error: 0, warning: 0, note: 0 };
  for (const x of items) by[x.level]++;
  return by;
}

/** What a SARIF log holds: the findings in it and those the results cap left out. */
export interface SarifStats {
  results: number;
  left: Finding[];
}

/** The log with an empty `results`, and a function making the result of each finding in it. */
function sarifParts(findings: readonly Finding[], rules: readonly Rule[], options: SarifOptions): { log: Sarif.Log; run: Sarif.Run; kept: Finding[]; left: Finding[]; result: (f: Finding) => Sarif.Result } {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const { kept, left } = capFindings(findings, rules, options.maxResults);
  // Line hashes only for the lines results start on.
  const wanted = new Map<string, Set<number>>();
  for (const f of kept) {
    const lines = wanted.get(f.location.file);
    if (lines) lines.add(f.location.region.startLine);
    else wanted.set(f.location.file, new Set([f.location.region.startLine]));
  }
  const hashes = new Map<string, Map<number, string>>();
  const hashOf = (file: string, line: number): string | undefined => {
    let h = hashes.get(file);
    if (!h) {
      const text = options.sources.get(file);
      if (text === undefined) return undefined;
      h = lineHashes(text, wanted.get(file));
      hashes.set(file, h);
    }
    return h.get(line);
  };

  const result = (f: Finding): Sarif.Result => {
    let text = withPlacement(formatMessage(f, 'sarif'), f, 'sarif');
    if (f.related.length > 0) {
      text += ` (${f.related.map((r, i) => `[${escapeControls(r.label.replace(/[[\]]/g, ''))}](${i + 1})`).join(', ')})`;
    }
    const fingerprints: Record<string, string> = { 'saguard/v1': saguardFingerprint(f) };
    const lineHash = hashOf(f.location.file, f.location.region.startLine);
    if (lineHash) fingerprints.primaryLocationLineHash = lineHash;
    const result: Sarif.Result = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: f.level,
      message: { text: sentence(text) },
      locations: [
        {
          physicalLocation: { artifactLocation: artifact(f.location.file), region: region(f.location.region) },
          ...(f.object
            ? {
                logicalLocations: [
                  { name: f.object.name, fullyQualifiedName: objectName(f.object), kind: 'object' },
                ],
              }
            : {}),
        },
      ],
      partialFingerprints: fingerprints,
    };
    if (f.related.length > 0) {
      result.relatedLocations = f.related.map((r, i) => ({
        id: i + 1,
        physicalLocation: { artifactLocation: artifact(r.location.file), region: region(r.location.region) },
        message: { text: escapeControls(r.label.replace(/`/g, '')) },
      }));
    }
    if (f.rendered) {
      // The position in the rendered output, which is not a file of the repository.
      result.properties = {
        rendered: {
          renderer: f.rendered.renderer,
          region: region(f.rendered.region),
          mapping: f.rendered.mapping,
          ...(f.rendered.path ? { path: [...f.rendered.path] } : {}),
          ...(f.rendered.also ? { also: [...f.rendered.also] } : {}),
        },
      };
    }
    if (f.flows && f.flows.length > 0) result.codeFlows = f.flows.map((flow) => codeFlow(f, flow));
    if (f.suppression) {
      const { kind, justification } = f.suppression;
      result.suppressions = [{ kind, status: 'accepted', ...(justification ? { justification } : {}) }];
    }
    return result;
  };

  // Every result shows on GitHub, suppressed ones too (GitHub ignores `suppressions`).
  const levelsOf = new Map<string, Set<Level>>();
  for (const f of kept) {
    const set = levelsOf.get(f.ruleId);
    if (set) set.add(f.level);
    else levelsOf.set(f.ruleId, new Set([f.level]));
  }
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'saguard',
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: INFORMATION_URI,
        rules: rules.map((r) => ruleDescriptor(r, levelsOf.get(r.id) ?? new Set())),
      },
    },
    automationDetails: { id: `${options.category}/` },
    ...(options.srcRootUri ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.srcRootUri } } } : {}),
    ...leftOutRecord(kept.length, countLevels(left), options.maxResults),
    columnKind: 'utf16CodeUnits',
    results: [],
  };
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  };
  return { log, run, kept, left, result };
}

/** "the SARIF log holds the 25000 most severe of 25012 findings (…); left out: 12 notes" */
export function leftOutSentence(kept: number, left: LevelCounts, max = GITHUB_MAX_RESULTS): string {
  const total = left.error + left.warning + left.note;
  const parts = (['error', 'warning', 'note'] as const).filter((l) => left[l] > 0).map((l) => `${left[l]} ${l}${left[l] === 1 ? '' : 's'}`);
  const why = max >= GITHUB_MAX_RESULTS ? `GitHub code scanning rejects runs of more than ${GITHUB_MAX_RESULTS} results` : `at most ${max} results were asked for`;
  return `the SARIF log holds the ${kept} most severe of ${kept + total} findings (${why}); left out: ${parts.join(', ')}`;
}

/** The run's record of what the cap left out (nothing when nothing was). */
export function leftOutRecord(kept: number, left: LevelCounts, max = GITHUB_MAX_RESULTS): Pick<Sarif.Run, 'invocations' | 'properties'> {
  const total = left.error + left.warning + left.note;
  if (total === 0) return {};
  return {
    // GitHub ignores these; other viewers show them, and they say the log is not complete.
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: leftOutSentence(kept, left, max) } }] }],
    properties: { resultsLeftOut: total, resultsLeftOutByLevel: { ...left } },
  };
}

/** The whole log as one object (small logs, tests); `writeSarif` writes the same log piece by piece. */
export function renderSarif(findings: readonly Finding[], rules: readonly Rule[], options: SarifOptions): Sarif.Log {
  const { log, run, kept, result } = sarifParts(findings, rules, options);
  run.results = kept.map(result);
  return log;
}

/**
 * Writes the log as it is made, one result at a time, through `write` (no string of the whole log
 * is ever held): indented like `JSON.stringify(log, null, 2)`, byte for byte, or compact (`auto`:
 * compact above COMPACT_ABOVE_RESULTS results). Ends with a line break.
 */
export function writeSarif(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: SarifOptions,
  write: (chunk: string) => void,
  style: 'pretty' | 'compact' | 'auto' = 'auto',
): SarifStats {
  const { log, run, kept, left, result } = sarifParts(findings, rules, options);
  const pretty = style === 'pretty' || (style === 'auto' && kept.length <= COMPACT_ABOVE_RESULTS);
  writeJsonArray(log, run as unknown as Record<string, unknown>, 'results', kept, (f) => result(f), pretty, write);
  return { results: kept.length, left };
}
