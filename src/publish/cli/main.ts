/** The `saguard` command: arguments in, files read, reports written, an exit code out. */
import fs from 'node:fs';
import path from 'node:path';
import { lint, lintConfigOf, type LintResult } from '../../index.js';
import type { Finding } from '../../model/types.js';
import { RULES, ruleById } from '../../rules/index.js';
import { renderText } from '../../report/text.js';
import { writeJson } from '../../report/json.js';
import { capFindings, countLevels, leftOutSentence, writeSarif } from '../../report/sarif.js';
import { writeFileWith } from '../sink.js';
import { mergeSarif, MergeError, writeMergedSarif } from '../../report/merge.js';
import { inShard } from '../../analyze/shard.js';
import { renderGithub } from '../../report/github.js';
import { renderMarkdown } from '../../report/markdown.js';
import { ruleDocTerminal } from '../../report/docs.js';
import { failing } from '../outcome.js';
import type { Rendered } from '../render/remap.js';
import { loadRendering } from '../render/lazy.js';
import { sortFindings } from '../../analyze/analyze.js';
import { RenderError } from '../render/exec.js';
import { collectFiles, displayPath, InputError, type Collected } from '../files.js';
import { readStream } from '../read.js';
import { WriteError } from '../write.js';
import { immediateAnswer, parseArgs, UsageError, type Format, type InitArgs, type MergeArgs, type ScanArgs } from './args.js';
import { ConfigFileError, excludedFiles, findConfigFile, loadConfig, readScanBaseline, writeFileIn, type LoadedConfig } from '../config.js';
import { CONFIG_FILE_NAMES, emptyConfig } from '../../config/config.js';
import { initialConfig } from '../../report/config-help.js';
import { renderBaseline, staleBaselineNote } from '../../report/baseline.js';
import type { Baseline } from '../../analyze/baseline.js';
import { closest } from '../../inventory/rbac/catalog.js';
import { findRepoRoot } from '../root.js';
import { access, canI, whoCan } from './rbac.js';
import { escapeControls, escapeTerminal } from '../../report/escape.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Columns of the terminal standard output is, when it is one. */
  stdoutColumns?: number;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
      case 'version':
        io.stdout(immediateAnswer(args)!);
        return 0;
      case 'rules':
        io.stdout(args.format === 'json' ? rulesJson() : rulesTable());
        return 0;
      case 'explain': {
        const rule = ruleById(args.rule);
        if (!rule) {
          const near = closest(args.rule, RULES.map((r) => r.id));
          throw new UsageError(`no rule ${JSON.stringify(args.rule)}${near ? `; did you mean ${near}?` : ''}; saguard rules lists them`);
        }
        const color = io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
        io.stdout(ruleDocTerminal(rule, { color, width: Math.min(io.stdoutColumns ?? 80, 100) }));
        return 0;
      }
      case 'scan':
        return await scan(args, io);
      case 'init':
        return await init(args, io);
      case 'can-i':
        return await canI(args, io);
      case 'who-can':
        return await whoCan(args, io);
      case 'access':
        return await access(args, io);
      case 'merge-sarif':
        return mergeSarifFiles(args, io);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof RenderError || e instanceof ConfigFileError) {
      // A configuration with several problems: one line each, every one naming file, line and key.
      const lines = e instanceof ConfigFileError ? e.message.split('\n') : [e.message];
      io.stderr(lines.map((l) => `saguard: ${escapeTerminal(l)}\n`).join(''));
      return 2;
    }
    io.stderr(`saguard: internal error: ${(e as Error).stack ?? String(e)}\nplease report it with the input that caused it\n`);
    return 3;
  }
}

function rulesTable(): string {
  const rows = RULES.map((r) => [r.id, r.meta.level, r.meta.tags.filter((t) => t.startsWith('cis-')).map((t) => t.slice(4)).join(' ') || '-', r.meta.title]);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['id', 'level', 'cis'][i]!.length));
  const line = (r: string[]): string => `${r[0]!.padEnd(w[0]!)}  ${r[1]!.padEnd(w[1]!)}  ${r[2]!.padEnd(w[2]!)}  ${r[3]}`.trimEnd();
  return [line(['id', 'level', 'cis', 'title']), ...rows.map(line)].join('\n') + '\n';
}

function rulesJson(): string {
  return (
    JSON.stringify(
      RULES.map((r) => ({ id: r.id, level: r.meta.level, title: r.meta.title, description: r.meta.description, tags: r.meta.tags, securitySeverity: r.meta.securitySeverity })),
      null,
      2,
    ) + '\n'
  );
}

interface Scanned {
  result: LintResult;
  collected: Collected;
  /** Text of every reported file (rendered sources, templates, the configuration) for SARIF line hashes. */
  sources: Map<string, string>;
  root: string;
}

/** Reads the configuration and the inputs, renders charts and kustomizations, and lints. */
async function runScan(args: ScanArgs, io: CliIO, loaded: LoadedConfig, baseline: Baseline | undefined): Promise<Scanned> {
  const root = findRepoRoot(io.cwd);
  const { config } = loaded;
  const excluded = excludedFiles(loaded, baseline);
  const collected = await collectFiles(args.paths, { cwd: io.cwd, root, readStdin: io.readStdin, ...(excluded ? { excluded } : {}) });
  const rendered: Rendered[] = [];
  const render = args.helmCharts.length > 0 || args.kustomize.length > 0 ? await loadRendering() : undefined;
  for (const chart of args.helmCharts) {
    rendered.push(await render!.renderHelm(chart, { cwd: io.cwd, root, values: args.values, set: args.set, namespace: args.namespace, ...(args.release ? { release: args.release } : {}) }));
  }
  for (const dir of args.kustomize) rendered.push(await render!.renderKustomize(dir, { cwd: io.cwd, root, namespace: args.namespace, allowRemote: args.kustomizeRemote }));
  collected.files.push(...rendered.map((r) => r.source));
  const bytes = collected.files.reduce((n, f) => n + f.text.length, 0);
  const progress = io.stderrIsTTY && bytes > 8 * 1024 * 1024;
  if (progress) io.stderr(`saguard: scanning ${collected.files.length} files (${(bytes / 1048576).toFixed(1)} MB)…`);
  const result = lint(collected.files, {
    namespace: args.namespace,
    ...lintConfigOf(config),
    knownServiceAccounts: [...config.knownServiceAccounts, ...args.knownServiceAccounts],
    ...(baseline ? { baseline } : {}),
    ...(rendered.length > 0 ? { relocate: (fs: Finding[]) => render!.remapAll(fs, rendered, sortFindings) } : {}),
  });
  if (progress) io.stderr('\r\x1b[K');

  const sources = new Map(collected.files.map((f) => [f.path, f.text]));
  for (const r of rendered) for (const [p, t] of r.files) sources.set(p, t);
  if (loaded.file !== undefined && loaded.text !== undefined) sources.set(loaded.file, loaded.text);
  return { result, collected, sources, root };
}

/** The configuration of a scan, and its baseline (`--baseline`, else the configuration's `baseline:`). */
function configure(args: ScanArgs, io: CliIO): { loaded: LoadedConfig; baseline: Baseline | undefined } {
  const root = findRepoRoot(io.cwd);
  const loaded = loadConfig({ explicit: args.config, none: args.noConfig, cwd: io.cwd, root });
  // Writing a baseline records every finding: an existing baseline hides none of them.
  return { loaded, baseline: args.writeBaseline !== undefined ? undefined : readScanBaseline(loaded, args.baseline, io.cwd, root) };
}

async function scan(args: ScanArgs, io: CliIO): Promise<number> {
  const { loaded, baseline } = configure(args, io);
  const { result, collected, sources, root } = await runScan(args, io, loaded, baseline);
  if (args.shard) {
    // Everything was read and analysed; this shard reports on its own files only.
    const shard = args.shard;
    result.findings = result.findings.filter((f) => inShard(f.location.file, shard));
    const mine = [...sources.keys()].filter((p) => inShard(p, shard)).length;
    io.stderr(`saguard: shard ${shard.index}/${shard.count}: findings in ${mine} of ${sources.size} files\n`);
  }
  const scope = { paths: args.paths, charts: args.helmCharts, overlays: args.kustomize, files: result.stats.files, objects: result.stats.objects };
  const sarifOptions = { category: args.category, sources, srcRootUri: rootUri(root), maxResults: args.maxResults };
  // GitHub takes at most 25,000 results per run: what the SARIF log leaves out is said wherever people read.
  const wantsSarif = args.format === 'sarif' || args.outputs.some((o) => o.format === 'sarif');
  const { kept, left } = wantsSarif ? capFindings(result.findings, result.rules, args.maxResults) : { kept: result.findings, left: [] };
  const leftOut = left.length > 0 ? leftOutSentence(kept.length, countLevels(left), args.maxResults) : undefined;
  const text = (color: boolean, width?: number): string => renderText(result.findings, { color, suppressed: args.verbose, ...(width ? { width } : {}) }) + (leftOut ? `note: ${leftOut}\n` : '');
  // SARIF and JSON are written as they are made (a large log never is one string); the others are small.
  const emit = (format: Format, write: (chunk: string) => void, terminal: boolean): void => {
    switch (format) {
      case 'text':
        write(text(terminal && (args.color ?? (io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== ''))), terminal ? io.stdoutColumns : undefined));
        return;
      case 'json':
        writeJson(result.findings, write);
        return;
      case 'sarif':
        writeSarif(result.findings, result.rules, sarifOptions, write);
        return;
      case 'github':
        write(renderGithub(result.findings));
        return;
      case 'markdown':
        write(renderMarkdown(result.findings, { outcome: { failOn: args.failOn, failing: failing(result.findings, args.failOn), cli: true }, scanned: scope, ...(leftOut ? { notShown: [leftOut] } : {}) }));
        return;
    }
  };
  for (const o of args.outputs) {
    try {
      writeFileWith(path.resolve(io.cwd, o.file), (write) => emit(o.format, write, false));
    } catch (e) {
      if (e instanceof WriteError) throw new InputError(`--output ${o.format}=${o.file}: ${e.message}`);
      throw e;
    }
  }
  emit(args.format, io.stdout, true);
  if (leftOut && args.format !== 'text' && !args.outputs.some((o) => o.format === 'text')) io.stderr(`saguard: ${leftOut}\n`);

  if (args.verbose) {
    if (loaded.file !== undefined) io.stderr(`saguard: configuration ${escapeControls(loaded.file)}\n`);
    for (const s of collected.skipped) io.stderr(`saguard: skipped ${escapeControls(s.file)}: ${escapeControls(s.reason)}\n`);
    for (const s of result.skipped) io.stderr(`saguard: skipped ${escapeControls(s.file)}:${s.line}: ${escapeControls(s.reason)}\n`);
  }
  if (!args.verbose) {
    // Go templates outside a chart's templates/ folder are named even without --verbose: they look like manifests.
    const templates = result.skipped.filter((s) => s.template);
    for (const s of templates.slice(0, 10)) io.stderr(`saguard: skipped ${escapeControls(s.file)}:${s.line}: ${escapeControls(s.reason)}\n`);
    if (templates.length > 10) io.stderr(`saguard: skipped ${templates.length - 10} more files that look like Go templates (--verbose lists them)\n`);
  }
  if (collected.helmTemplates > 0) {
    io.stderr(
      `saguard: skipped ${collected.helmTemplates} Helm chart template${collected.helmTemplates === 1 ? '' : 's'} (files under templates/ of a chart are not manifests; render them with helm template first)\n`,
    );
  }
  if (collected.kustomizeFiles > 0) {
    io.stderr(
      `saguard: skipped ${collected.kustomizeFiles} patch file${collected.kustomizeFiles === 1 ? '' : 's'} of kustomizations (partial objects, and files a kustomization does not list as resources; build it with --kustomize DIR)\n`,
    );
  }
  const stale = result.baseline ? staleBaselineNote(baseline!.file, result.baseline, result.findings.filter((f) => !f.suppression).length) : undefined;
  if (stale) io.stderr(`saguard: ${stale.text}\n`);
  if (args.writeBaseline !== undefined) {
    writeFileIn(io.cwd, args.writeBaseline, renderBaseline(result.findings));
    const n = result.findings.filter((f) => !f.suppression).length;
    io.stderr(`saguard: wrote ${n} finding${n === 1 ? '' : 's'} to the baseline ${args.writeBaseline}; scans with --baseline ${args.writeBaseline} (or baseline: in .saguard.yaml) hide them\n`);
    return 0;
  }
  return failing(result.findings, args.failOn).length > 0 ? 1 : 0;
}

/** `saguard init`: a commented `.saguard.yaml` here, and with `--baseline` a baseline of today's findings. */
async function init(args: InitArgs, io: CliIO): Promise<number> {
  const file = path.join(io.cwd, CONFIG_FILE_NAMES[0]);
  const other = CONFIG_FILE_NAMES.map((n) => path.join(io.cwd, n)).find((f) => fs.existsSync(f));
  if (other && !args.force) throw new UsageError(`${path.basename(other)} already exists here; edit it, or run saguard init --force to replace it`);
  const root = findRepoRoot(io.cwd);
  const above = path.resolve(io.cwd) !== path.resolve(root) ? findConfigFile(path.dirname(io.cwd), root) : undefined;
  const text = initialConfig({ baseline: args.baseline });
  let baselineNote = '';
  if (args.baseline !== undefined) {
    const loaded: LoadedConfig = { file: undefined, text: undefined, config: { ...emptyConfig() } };
    const { result } = await runScan(args.scan, io, loaded, undefined);
    writeFileIn(io.cwd, args.baseline, renderBaseline(result.findings));
    const n = result.findings.filter((f) => !f.suppression).length;
    baselineNote = ` and ${args.baseline} (${n} finding${n === 1 ? '' : 's'} of today, hidden from now on)`;
  }
  writeFileIn(io.cwd, file, text);
  io.stdout(
    `saguard: wrote ${CONFIG_FILE_NAMES[0]}${baselineNote}; commit ${args.baseline !== undefined ? 'them' : 'it'}, and see saguard explain RULE for each rule's options\n`,
  );
  if (above) io.stderr(`saguard: note: ${displayPath(above, root, io.cwd)} above this folder no longer applies here\n`);
  return 0;
}

/** `merge-sarif`: the shards' logs joined into one. */
function mergeSarifFiles(args: MergeArgs, io: CliIO): number {
  const logs = args.files.map((file) => {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
    } catch (e) {
      throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    try {
      return { name: file, log: JSON.parse(text) as unknown };
    } catch (e) {
      throw new InputError(`${file} is not JSON: ${(e as Error).message}`);
    }
  });
  let merged: ReturnType<typeof mergeSarif>;
  try {
    merged = mergeSarif(logs, { maxResults: args.maxResults, ...(args.category ? { category: args.category } : {}) });
  } catch (e) {
    if (e instanceof MergeError) throw new InputError(e.message);
    throw e;
  }
  if (args.output) {
    try {
      writeFileWith(path.resolve(io.cwd, args.output), (write) => writeMergedSarif(merged, write));
    } catch (e) {
      if (e instanceof WriteError) throw new InputError(`--output ${args.output}: ${e.message}`);
      throw e;
    }
  } else writeMergedSarif(merged, io.stdout);
  const notice = merged.run.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text;
  if (notice) io.stderr(`saguard: ${notice}\n`);
  return 0;
}

function rootUri(root: string): string {
  const p = root.split(path.sep).join('/');
  return `file://${encodeURI(p.startsWith('/') ? p : '/' + p)}${p.endsWith('/') ? '' : '/'}`;
}

export function nodeIO(): CliIO {
  // A reader that stops reading (`saguard scan … | head`) closes the pipe: what is left to write is
  // not wanted, and that is no error. The exit code stays the scan's.
  const closed = { stdout: false, stderr: false };
  for (const name of ['stdout', 'stderr'] as const) {
    process[name].on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      closed[name] = true;
    });
  }
  return {
    stdout: (s) => void (closed.stdout || process.stdout.write(s)),
    stderr: (s) => void (closed.stderr || process.stderr.write(s)),
    readStdin: async () => {
      const r = await readStream(process.stdin);
      if (r.kind === 'text') return r.text;
      throw new InputError(r.kind === 'unread' && r.unread.reason === 'too-large' ? `standard input has more than ${r.unread.limit} bytes, the most saguard reads from one file` : 'cannot read standard input');
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { stdoutColumns: process.stdout.columns } : {}),
  };
}
