/**
 * The Markdown job summary (GitHub-flavoured), in the order a reviewer reads it:
 *
 * 1. the title and one lead sentence: what failed the step (or that nothing did), and how many
 *    findings are new on the pull request's changed lines against those that were there already;
 * 2. counts by level, and by rule (folded);
 * 3. the findings by level, errors first (new ones first within a level), each location a link to
 *    the line at the analysed commit;
 * 4. the worst escalation paths as a Mermaid graph, and extra sections callers add (`sections`);
 *    the suppressed findings with their reasons (folded);
 * 5. what was scanned (paths, charts, overlays);
 * 6. what did not fit (annotations over GitHub's caps, reporting skipped, the summary's own cut).
 *
 * Everything but the findings tables is laid out first, so the tables get what is left of GitHub's
 * 1 MiB and the sections after them are never cut.
 */
import type { FailOn, Finding, Level } from '../model/types.js';
import { ruleById } from '../rules/index.js';
import { formatMessage } from './messages.js';
import { markdownCode, markdownText, markdownValue } from './escape.js';
import { withPlacement } from './rendered.js';
import { countByLevel, plural } from './text.js';
import { escalationSection } from './mermaid.js';
import { gateClause, type Gate } from './verdict.js';
import { compareSeverity } from './severity.js';

/** GitHub refuses step summaries over 1 MiB; stay well below it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

/** What decided the step's outcome. */
export interface SummaryOutcome {
  failOn: FailOn;
  /** Findings at or above `failOn` (those that fail the step). */
  failing: readonly Finding[];
  /** A configuration error that failed the step before anything was scanned. */
  error?: string;
  /** The CLI's wording (`the scan`, `--fail-on`) instead of the Action's (`the step`, `fail-on:`). */
  cli?: boolean;
  /** On a pull request: which lines count (`fail-scope`); with `changed`, `failing` holds only the findings on changed lines. */
  gate?: Gate;
}

/** Where the analysed files are on GitHub: locations become links to their lines at `sha`. */
export interface SummaryLinks {
  /** `GITHUB_SERVER_URL`, e.g. `https://github.com`. */
  serverUrl: string;
  /** `owner/repo`. */
  repository: string;
  /** The analysed commit. */
  sha: string;
}

/** What was scanned, as the user asked for it. */
export interface SummaryScope {
  paths: readonly string[];
  charts?: readonly string[];
  overlays?: readonly string[];
  /** Files read as they are (rendered charts and overlays are counted by `charts` and `overlays`). */
  files?: number;
  /** Kubernetes objects in all of them. */
  objects?: number;
  /** Further lines about the input, e.g. what was skipped and why. */
  notes?: readonly string[];
}

export interface MarkdownOptions {
  title?: string;
  /** On a pull request: the findings on its changed lines (new); the others existed before. */
  changed?: ReadonlySet<Finding>;
  outcome?: SummaryOutcome;
  links?: SummaryLinks;
  scanned?: SummaryScope;
  /** Annotations that did not fit GitHub's caps. */
  omittedAnnotations?: number;
  /** More lines for "What did not fit": reporting that was skipped or cut, and why. */
  notShown?: readonly string[];
  /** Sections placed after the findings, each `### title` then its Markdown. */
  sections?: readonly { title: string; markdown: string }[];
  limitBytes?: number;
}

const ICON: Record<Level, string> = { error: '🔴', warning: '🟠', note: '🔵' };
const HEADING: Record<Level, string> = { error: 'Errors', warning: 'Warnings', note: 'Notes' };
const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };

/** Text inside a table cell: no line breaks, no column separators. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A path shown as code, whatever it holds (backticks, control characters). */
const code = markdownCode;

/** Link text: literal, whatever the file name holds. */
const linkText = markdownText;

/** The URL of lines of a file at a commit, as GitHub's blob view anchors them. */
export function lineUrl(links: SummaryLinks, file: string, startLine: number, endLine: number): string {
  const segment = (s: string): string => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const repo = links.repository.split('/').map(segment).join('/');
  const anchor = endLine > startLine ? `#L${startLine}-L${endLine}` : `#L${startLine}`;
  return `${links.serverUrl.replace(/\/+$/, '')}/${repo}/blob/${segment(links.sha)}/${file.split('/').map(segment).join('/')}${anchor}`;
}

/** The location of a finding: a link to its lines when the summary knows where the files are. */
function locationCell(f: Finding, links: SummaryLinks | undefined): string {
  const r = f.location.region;
  const label = `${f.location.file}:${r.startLine}`;
  if (!links) return cell(code(label));
  return `[${cell(linkText(label))}](${lineUrl(links, f.location.file, r.startLine, r.endLine)})`;
}

/**
 * The first sentence of the summary: what failed the step (or that nothing did), then how many
 * findings there are, new on the pull request against existing ones.
 */
export function leadSentence(shown: readonly Finding[], options: Pick<MarkdownOptions, 'outcome' | 'changed'>): string {
  const { outcome, changed } = options;
  const parts: string[] = [];
  const step = outcome?.cli ? 'scan' : 'step';
  const setting = outcome ? (outcome.cli ? `--fail-on ${outcome.failOn}` : `fail-on: ${outcome.failOn}`) : '';
  if (outcome?.error !== undefined) {
    parts.push(`❌ **The ${step} failed**: ${markdownValue(outcome.error.replace(/\.?$/, '.'))}`);
  } else if (outcome?.gate && outcome.failOn !== 'none' && (outcome.failing.length > 0 || (outcome.gate.scope === 'changed' && outcome.gate.elsewhere > 0))) {
    const n = outcome.failing.length;
    const clause = gateClause(outcome.gate, n, (x) => `\`${x}\``);
    parts.push(
      n > 0
        ? `❌ **The ${step} failed**: ${plural(n, 'finding')} at or above \`${setting}\`${clause}.`
        : `✅ **Nothing failed the ${step}**: no finding at or above \`${setting}\`${clause}.`,
    );
  } else if (outcome && outcome.failing.length > 0) {
    const n = outcome.failing.length;
    const onChanged = changed ? outcome.failing.filter((f) => changed.has(f)).length : undefined;
    const which =
      onChanged === undefined
        ? ''
        : onChanged === n
          ? n === 1
            ? ', on a line this pull request changes'
            : ', all on lines this pull request changes'
          : onChanged === 0
            ? ', none of them on lines this pull request changes'
            : `, ${onChanged} of them on lines this pull request changes`;
    parts.push(`❌ **The ${step} failed**: ${plural(n, 'finding')} at or above \`${setting}\`${which}.`);
  } else if (outcome) {
    parts.push(outcome.failOn === 'none' ? `✅ **Nothing failed the ${step}** (\`${setting}\`).` : `✅ **Nothing failed the ${step}**: no finding at or above \`${setting}\`.`);
  }
  if (outcome?.error === undefined) {
    if (shown.length === 0) parts.push('saguard found no findings.');
    else if (changed) {
      const fresh = shown.filter((f) => changed.has(f)).length;
      parts.push(`${plural(shown.length, 'finding')}: **${fresh} new** on lines this pull request changes, ${shown.length - fresh} existing.`);
    } else {
      const c = countByLevel(shown);
      parts.push(`${plural(shown.length, 'finding')}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}.`);
    }
  }
  return parts.join(' ');
}

const SUPPRESSED_BY: Record<string, string> = { annotation: '`saguard.dev/ignore`', config: '`ignore:` of the configuration' };

/** "by `saguard.dev/ignore`" or "1 by `saguard.dev/ignore`, 3 by `ignore:` of the configuration". */
function suppressedBy(suppressed: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of suppressed) counts.set(f.suppression!.source, (counts.get(f.suppression!.source) ?? 0) + 1);
  const sources = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  if (sources.length === 1) return `by ${SUPPRESSED_BY[sources[0]![0]] ?? sources[0]![0]}`;
  return sources.map(([source, n]) => `${n} by ${SUPPRESSED_BY[source] ?? source}`).join(', ');
}

/** "3 findings are hidden by the baseline; 1 is suppressed by …." */
function hiddenNote(findings: readonly Finding[]): string | undefined {
  const baseline = findings.filter((f) => f.suppression?.source === 'baseline').length;
  const suppressed = findings.filter((f) => f.suppression && f.suppression.source !== 'baseline');
  const parts: string[] = [];
  if (baseline > 0) parts.push(`${plural(baseline, 'finding')} ${baseline === 1 ? 'is' : 'are'} hidden by the baseline`);
  if (suppressed.length > 0) {
    const n = suppressed.length;
    parts.push(`${parts.length > 0 ? n : plural(n, 'finding')} ${n === 1 ? 'is' : 'are'} suppressed (${suppressedBy(suppressed)})`);
  }
  return parts.length > 0 ? `${parts.join('; ')}.` : undefined;
}

/** At most this many suppressed findings are listed (the SARIF file has them all). */
export const SUPPRESSED_ROWS = 100;

/**
 * The suppressed findings (not the baseline's), folded: what was accepted, where, by what and why,
 * so that a reviewer sees a suppression a pull request adds as well as the finding it hides.
 */
function suppressedSection(findings: readonly Finding[], links: SummaryLinks | undefined): string[] {
  const suppressed = findings.filter((f) => f.suppression && f.suppression.source !== 'baseline');
  if (suppressed.length === 0) return [];
  const out = [`<details><summary>Suppressed findings (${suppressed.length})</summary>`, '', '| rule | location | suppressed by | reason |', '| --- | --- | --- | --- |'];
  for (const f of suppressed.slice(0, SUPPRESSED_ROWS)) {
    const s = f.suppression!;
    const reason = s.justification ? cell(markdownText(s.justification)) : '*none given*';
    out.push(`| \`${f.ruleId}\` | ${locationCell(f, links)} | ${SUPPRESSED_BY[s.source] ?? s.source} | ${reason} |`);
  }
  if (suppressed.length > SUPPRESSED_ROWS) out.push('', `and ${suppressed.length - SUPPRESSED_ROWS} more; the SARIF file has all of them, with their reasons.`);
  out.push('', '</details>', '');
  return out;
}

/** Counts by level (one line) and by rule (folded). */
function countsSection(findings: readonly Finding[], shown: readonly Finding[]): string[] {
  if (shown.length === 0) return [];
  const c = countByLevel(findings);
  const out = [`${ICON.error} ${plural(c.error, 'error')} · ${ICON.warning} ${plural(c.warning, 'warning')} · ${ICON.note} ${plural(c.note, 'note')}`, ''];
  const byRule = new Map<string, { level: Level; n: number }>();
  for (const f of shown) {
    const e = byRule.get(f.ruleId);
    if (e) {
      e.n++;
      if (LEVEL_RANK[f.level] < LEVEL_RANK[e.level]) e.level = f.level;
    } else byRule.set(f.ruleId, { level: f.level, n: 1 });
  }
  out.push('<details><summary>Findings by rule</summary>', '', '| rule | findings |', '| --- | ---: |');
  for (const [id, e] of [...byRule].sort((a, b) => LEVEL_RANK[a[1].level] - LEVEL_RANK[b[1].level] || b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))) {
    out.push(`| ${ICON[e.level]} \`${id}\` — ${cell(ruleById(id)?.meta.title ?? id)} | ${e.n} |`);
  }
  out.push('', '</details>', '');
  return out;
}

/** The findings in the order they are listed: by level, new (on changed lines) first, the most severe rules first, then as sorted. */
function ordered(shown: readonly Finding[], changed: ReadonlySet<Finding> | undefined): Finding[] {
  const fresh = (f: Finding): number => (changed && !changed.has(f) ? 1 : 0);
  return [...shown].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || fresh(a) - fresh(b) || compareSeverity(a, b));
}

function scannedSection(scope: SummaryScope | undefined): string[] {
  if (!scope) return [];
  const list = (xs: readonly string[]): string => xs.map(code).join(', ');
  const out = ['### What was scanned', ''];
  if (scope.paths.length > 0) out.push(`- paths: ${list(scope.paths)}`);
  if (scope.charts?.length) out.push(`- Helm charts (rendered with \`helm template\`): ${list(scope.charts)}`);
  if (scope.overlays?.length) out.push(`- Kustomize overlays (built with \`kustomize build\`): ${list(scope.overlays)}`);
  if (scope.objects !== undefined) {
    const from = [scope.files ? plural(scope.files, 'file') : '', scope.charts?.length ? plural(scope.charts.length, 'Helm chart') : '', scope.overlays?.length ? plural(scope.overlays.length, 'Kustomize overlay') : ''];
    out.push(`- ${plural(scope.objects, 'Kubernetes object')}${from.some(Boolean) ? ` from ${andList(from.filter(Boolean))}` : ''}`);
  }
  for (const n of scope.notes ?? []) out.push(`- ${n}`);
  out.push('');
  return out;
}

/** `a`, `a and b`, `a, b and c`. */
const andList = (xs: readonly string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)!}`);

function notShownSection(lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['### What did not fit', '', ...lines.map((l) => `- ${l}`), ''];
}

export function renderMarkdown(findings: readonly Finding[], options: MarkdownOptions = {}): string {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const shown = findings.filter((f) => !f.suppression);
  const changed = options.changed;
  const hidden = hiddenNote(findings);
  const head = [`## ${options.title ?? 'saguard'}`, '', leadSentence(shown, options) + (hidden ? ` ${hidden}` : ''), '', ...countsSection(findings, shown)];
  const notShown = [...(options.notShown ?? [])];
  if (options.omittedAnnotations) {
    notShown.unshift(
      `${plural(options.omittedAnnotations, 'finding')} did not fit GitHub's annotation limits (10 per level and step for workflow commands); the SARIF file and this summary have them.`,
    );
  }
  const middle: string[] = [];
  const escalation = escalationSection(shown);
  for (const s of [...(escalation ? [escalation] : []), ...(options.sections ?? [])]) middle.push(`### ${s.title}`, '', s.markdown.replace(/\n+$/, ''), '');
  const tail = [...middle, ...suppressedSection(findings, options.links), ...scannedSection(options.scanned)];

  const list = ordered(shown, changed);
  const bytes = (lines: readonly string[]): number => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  const cutNote = (included: number): string =>
    `the summary lists ${included} of ${list.length} findings (GitHub limits a step summary to 1 MiB); the SARIF file has all of them.`;
  // Room for the findings: everything else, and the note saying they were cut, is laid out first.
  let budget = limit - bytes(head) - bytes(tail) - bytes(notShownSection([...notShown, cutNote(list.length)])) - 64;
  const body: string[] = [];
  let included = 0;
  let level: Level | undefined;
  for (const f of list) {
    const rows: string[] = [];
    if (f.level !== level) {
      const n = list.filter((g) => g.level === f.level).length;
      if (level !== undefined) rows.push('');
      rows.push(`### ${ICON[f.level]} ${HEADING[f.level]} (${n})`, '', changed ? '| | rule | location | message |' : '| rule | location | message |', changed ? '| --- | --- | --- | --- |' : '| --- | --- | --- |');
    }
    const isNew = changed?.has(f) ? '🆕 new' : '';
    rows.push(`| ${changed ? `${isNew} | ` : ''}\`${f.ruleId}\` | ${locationCell(f, options.links)} | ${cell(withPlacement(formatMessage(f, 'markdown'), f, 'markdown'))} |`);
    const size = bytes(rows);
    if (size > budget) break;
    budget -= size;
    level = f.level;
    body.push(...rows);
    included++;
  }
  if (body.length > 0) body.push('');
  if (included < list.length) notShown.push(cutNote(included));
  return [...head, ...body, ...tail, ...notShownSection(notShown)].join('\n').replace(/\n+$/, '') + '\n';
}
