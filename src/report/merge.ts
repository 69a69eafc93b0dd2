/**
 * `saguard merge-sarif`: the SARIF logs of several shards of one scan joined into one run, as the
 * unsharded scan would have written it (results in file, line, column order; the results cap
 * applied again; what the shards left out still counted).
 */
import type * as Sarif from 'sarif';
import type { Level } from '../model/types.js';
import { COMPACT_ABOVE_RESULTS, descriptorSecuritySeverity, GITHUB_MAX_RESULTS, keepMostSevere, leftOutRecord, type LevelCounts } from './sarif.js';
import { writeJsonArray } from './stream.js';

export class MergeError extends Error {}

export interface MergeOptions {
  /** `automationDetails.id` category of the merged run (default: the first log's). */
  category?: string;
  /** At most this many results (default: GitHub's 25,000); the most severe are kept. */
  maxResults?: number;
}

const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function fileOf(r: Sarif.Result): string {
  const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
  try {
    return decodeURI(uri);
  } catch {
    return uri;
  }
}

/**
 * Checks that each input is a saguard SARIF log of one run; `name` says which input a problem is in.
 */
function runOf(log: unknown, name: string): Sarif.Run {
  const l = log as Sarif.Log;
  if (typeof log !== 'object' || log === null || l.version !== '2.1.0' || !Array.isArray(l.runs)) throw new MergeError(`${name} is not a SARIF 2.1.0 log`);
  if (l.runs.length !== 1) throw new MergeError(`${name} has ${l.runs.length} runs; saguard writes one per log`);
  const run = l.runs[0]!;
  if (run.tool?.driver?.name !== 'saguard') throw new MergeError(`${name} was written by ${JSON.stringify(run.tool?.driver?.name ?? 'an unknown tool')}, not saguard`);
  if (!Array.isArray(run.results)) throw new MergeError(`${name} has no results array`);
  return run;
}

/** The merged log (with empty results) and its results, ready to write. */
export function mergeSarif(logs: readonly { name: string; log: unknown }[], options: MergeOptions = {}): { log: Sarif.Log; run: Sarif.Run; results: Sarif.Result[] } {
  if (logs.length === 0) throw new MergeError('merge-sarif needs at least one SARIF file');
  const runs = logs.map((l) => runOf(l.log, l.name));
  const first = runs[0]!;
  const version = first.tool.driver.version;
  for (const [i, run] of runs.entries()) {
    if (run.tool.driver.version !== version) throw new MergeError(`${logs[i]!.name} was written by saguard ${run.tool.driver.version}, ${logs[0]!.name} by ${version}; merge logs of one version`);
  }
  // One rule list (the first log's, then any rule only a later log has), results re-indexed into it.
  const rules: Sarif.ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  // A rule's security-severity as any shard wrote it (a shard leaves it out when its results disagree with it).
  const securitySeverity = new Map<string, string>();
  for (const run of runs) {
    for (const r of run.tool.driver.rules ?? []) {
      const s = r.properties?.['security-severity'];
      if (typeof s === 'string' && !securitySeverity.has(r.id)) securitySeverity.set(r.id, s);
      if (!index.has(r.id)) {
        index.set(r.id, rules.length);
        rules.push(r);
      }
    }
  }
  const all: Sarif.Result[] = [];
  const left: LevelCounts = { error: 0, warning: 0, note: 0 };
  for (const run of runs) {
    for (const r of run.results!) all.push(r.ruleId !== undefined && index.has(r.ruleId) ? { ...r, ruleIndex: index.get(r.ruleId)! } : r);
    const byLevel = (run.properties?.resultsLeftOutByLevel ?? {}) as Partial<LevelCounts>;
    for (const l of LEVELS) left[l] += Number(byLevel[l]) || 0;
  }
  // The order of the unsharded scan: by file, line and column; results of one file come from one
  // shard, already in order, and the sort is stable.
  all.sort((a, b) => {
    const la = a.locations?.[0]?.physicalLocation?.region;
    const lb = b.locations?.[0]?.physicalLocation?.region;
    return cmp(fileOf(a), fileOf(b)) || (la?.startLine ?? 0) - (lb?.startLine ?? 0) || (la?.startColumn ?? 0) - (lb?.startColumn ?? 0);
  });
  const max = options.maxResults ?? GITHUB_MAX_RESULTS;
  const severity = (r: Sarif.Result): number => Number(securitySeverity.get(r.ruleId ?? '')) || 0;
  const levelOf = (r: Sarif.Result): Level => (r.level === 'error' || r.level === 'warning' ? r.level : 'note');
  const { kept, left: dropped } = keepMostSevere(all, max, (r) => ({ level: levelOf(r), suppressed: (r.suppressions?.length ?? 0) > 0, securitySeverity: severity(r) }));
  for (const r of dropped) left[levelOf(r)]++;
  // Each rule's security-severity again, for the results of the merged log.
  const levels = new Map<string, Set<Level>>();
  for (const r of kept) {
    if (r.ruleId === undefined) continue;
    const set = levels.get(r.ruleId);
    if (set) set.add(levelOf(r));
    else levels.set(r.ruleId, new Set([levelOf(r)]));
  }
  rules.forEach((rule, i) => {
    const s = securitySeverity.get(rule.id);
    if (s === undefined) return;
    const { 'security-severity': _, ...rest } = rule.properties ?? {};
    const agreed = descriptorSecuritySeverity(s, levels.get(rule.id) ?? []);
    rules[i] = { ...rule, properties: { ...rest, ...(agreed ? { 'security-severity': agreed } : {}) } };
  });

  const category = options.category ?? (first.automationDetails?.id ?? 'saguard/').replace(/\/+$/, '');
  const run: Sarif.Run = {
    tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
    automationDetails: { id: `${category}/` },
    ...(first.originalUriBaseIds ? { originalUriBaseIds: first.originalUriBaseIds } : {}),
    ...leftOutRecord(kept.length, left, max),
    ...(first.columnKind ? { columnKind: first.columnKind } : {}),
    results: [],
  };
  const log: Sarif.Log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return { log, run, results: kept };
}

/** Writes a merged log like `writeSarif` writes a scan's: indented up to 5,000 results, compact above. */
export function writeMergedSarif(merged: ReturnType<typeof mergeSarif>, write: (chunk: string) => void): void {
  writeJsonArray(merged.log, merged.run as unknown as Record<string, unknown>, 'results', merged.results, (r) => r, merged.results.length <= COMPACT_ABOVE_RESULTS, write);
}
