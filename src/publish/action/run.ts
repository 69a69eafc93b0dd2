/** The GitHub Action: scan, always write the SARIF, annotate, summarise, set outputs, decide the outcome. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { lint, lintConfigOf } from '../../index.js';
import type { Finding } from '../../model/types.js';
import { countLevels, leftOutSentence, writeSarif } from '../../report/sarif.js';
import { writeFileWith } from '../sink.js';
import { escapeData, escapeProperty, selectAnnotations, workflowCommand } from '../../report/github.js';
import { renderMarkdown } from '../../report/markdown.js';
import { countByLevel, plural } from '../../report/text.js';
import { collectFiles, InputError, namedInside } from '../files.js';
import { isInside, linkOutside } from '../read.js';
import { writeFileSafely, WriteError } from '../write.js';
import { failing } from '../outcome.js';
import { ConfigError, readInputs } from './inputs.js';
import { ActionLog, setFailed, setOutput } from './log.js';
import { reportToGitHub } from './reporting.js';
import type { Rendered } from '../render/remap.js';
import { loadRendering } from '../render/lazy.js';
import { RenderError, run as runCommand } from '../render/exec.js';
import { sortFindings, UNSCANNED } from '../../analyze/analyze.js';
import { inShard } from '../../analyze/shard.js';
import { escapeControls, escapeTerminal, markdownValue } from '../../report/escape.js';
import { formatMessage } from '../../report/messages.js';
import type { Baseline } from '../../analyze/baseline.js';
import { verdictText } from '../../report/verdict.js';
import { staleBaselineNote } from '../../report/baseline.js';
import { ConfigFileError, excludedFiles, loadConfig, readScanBaseline, type LoadedConfig } from '../config.js';

const filesOrObjects = (n: number): string => `${n} ${n === 1 ? 'file or object' : 'files or objects'}`;

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (e) {
    if (e instanceof ConfigError) return configError(env, e.message);
    throw e;
  }
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  // The repository: reported paths are relative to it (actions/checkout may have put it in a folder).
  const root = path.resolve(workspace, inputs.checkoutPath || '.');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) return configError(env, `input checkout-path: ${escapeTerminal(inputs.checkoutPath)} is not a folder of the workspace`);
  const log = new ActionLog();
  // Everything the Action writes in the workspace stays in it (write.ts refuses links on the way).
  const sarifPath = path.resolve(workspace, inputs.sarifFile);
  if (!isInside(sarifPath, workspace) || sarifPath === workspace) {
    return configError(env, `input sarif-file is ${JSON.stringify(inputs.sarifFile)}, outside the workspace; give a path inside it`);
  }

  let loaded: LoadedConfig;
  let baseline: Baseline | undefined;
  try {
    // Inputs name files relative to the workspace; the default is found at the repository root.
    loaded = loadConfig({ explicit: inputs.config !== undefined ? path.resolve(workspace, inputs.config) : undefined, cwd: root, root, confinedTo: workspace });
    baseline = readScanBaseline(loaded, inputs.baseline !== undefined ? path.resolve(workspace, inputs.baseline) : undefined, root, root, workspace);
  } catch (e) {
    if (e instanceof ConfigFileError) return configFailure(env, e);
    throw e;
  }
  const { config } = loaded;

  // Inputs are named inside the repository, whose paths are the ones reported: with checkout-path,
  // its folder, not the whole workspace (links inside it may still reach the rest of the workspace).
  const within = inputs.checkoutPath ? { path: root, name: `the repository (checkout-path: ${escapeTerminal(inputs.checkoutPath)})` } : { path: workspace, name: 'the workspace' };
  const renderInputs = [['helm-charts', inputs.helmCharts], ['helm-values', inputs.helmValues], ['kustomize-dirs', inputs.kustomizeDirs]] as const;
  for (const [input, dirs] of renderInputs) {
    for (const dir of dirs) {
      const abs = path.resolve(workspace, dir);
      if (!namedInside(abs, within.path)) {
        return configError(env, `input ${input}: ${escapeTerminal(dir)} is outside ${within.name}; name a ${input === 'helm-values' ? 'file' : 'folder'} inside it`);
      }
    }
  }

  let collected;
  try {
    const excluded = excludedFiles(loaded, baseline);
    collected = await collectFiles(inputs.paths, { cwd: workspace, root, confined: workspace, ...(inputs.checkoutPath ? { inputsWithin: within } : {}), ...(excluded ? { excluded } : {}) });
  } catch (e) {
    if (e instanceof InputError) return configError(env, `input paths: ${escapeTerminal(e.message)}`);
    throw e;
  }
  // helm and kustomize read what they are given wherever it is: nothing out of the workspace, through links neither.
  const workspaceReal = fs.realpathSync(workspace);
  for (const [name, values] of renderInputs) {
    for (const value of values) {
      let real: string;
      try {
        real = fs.realpathSync(path.resolve(workspace, value));
      } catch {
        continue; // missing: the renderer says so
      }
      if (!isInside(real, workspaceReal)) {
        return configError(env, `input ${name}: ${escapeTerminal(value)} is a symbolic link to ${escapeTerminal(real)}, outside the workspace; ${name === 'kustomize-dirs' ? 'kustomize' : 'helm'} would read it there`);
      }
      if (name !== 'helm-charts') continue;
      const link = linkOutside(real, workspaceReal);
      if (link) {
        const shown = path.relative(workspaceReal, link.link).split(path.sep).join('/');
        return configError(env, `input helm-charts: ${escapeTerminal(shown)} is a symbolic link to ${escapeTerminal(link.target)}, outside the workspace; helm would read it, so commit the file itself`);
      }
    }
  }
  const rendered: Rendered[] = [];
  const render = inputs.helmCharts.length > 0 || inputs.kustomizeDirs.length > 0 ? await loadRendering() : undefined;
  try {
    for (const chart of inputs.helmCharts) {
      rendered.push(await render!.renderHelm(chart, { cwd: workspace, root, values: inputs.helmValues, set: [], namespace: inputs.namespace }));
    }
    for (const dir of inputs.kustomizeDirs) {
      rendered.push(await render!.renderKustomize(dir, { cwd: workspace, root, namespace: inputs.namespace, allowRemote: inputs.kustomizeRemote, confined: workspaceReal }));
    }
  } catch (e) {
    if (e instanceof RenderError) return configError(env, escapeTerminal(e.message));
    throw e;
  }
  collected.files.push(...rendered.map((r) => r.source));
  const inputNotes: string[] = [];
  if (collected.helmTemplates > 0) {
    log.notice(`saguard skipped ${plural(collected.helmTemplates, 'Helm chart template')} (files under templates/ of a chart); render them with helm template and scan the output.`);
    inputNotes.push(`${plural(collected.helmTemplates, 'Helm chart template')} skipped (files under \`templates/\` of a chart): list their charts in \`helm-charts\` to scan what they render`);
  }
  if (collected.kustomizeFiles > 0) {
    log.notice(`saguard skipped ${plural(collected.kustomizeFiles, 'patch file')} of kustomizations (partial objects, and files a kustomization does not list as resources); list the kustomization in kustomize-dirs to scan what it builds.`);
    inputNotes.push(`${plural(collected.kustomizeFiles, 'patch file')} of kustomizations skipped (partial objects, and files a kustomization does not list as resources): list the kustomization in \`kustomize-dirs\` to scan what it builds`);
  }

  // git runs beside the scan: the commit is needed only for the links of the summary and the upload.
  const analysedSha = analysedCommit(root, env);
  const result = lint(collected.files, {
    namespace: inputs.namespace,
    ...lintConfigOf(config),
    ...(baseline ? { baseline } : {}),
    ...(rendered.length > 0 ? { relocate: (fs: Finding[]) => render!.remapAll(fs, rendered, sortFindings) } : {}),
  });
  if (inputs.shard) {
    // Everything was read and analysed; this shard reports on its own files only.
    const shard = inputs.shard;
    result.findings = result.findings.filter((f) => inShard(f.location.file, shard));
    log.info(`saguard: shard ${shard.index}/${shard.count} reports the findings in its files (split by a hash of the path)`);
  }
  // What saguard could not check is a finding (SARIF, annotations, summary), and named in the log.
  const unscanned = result.findings.filter((f) => f.ruleId === UNSCANNED && !f.suppression);
  if (unscanned.length > 0) {
    const shown = unscanned.slice(0, 20).map((f) => `  ${escapeControls(f.location.file)}:${f.location.region.startLine}: ${formatMessage(f)}`);
    if (unscanned.length > shown.length) shown.push(`  and ${unscanned.length - shown.length} more (unscanned-input findings in the SARIF file)`);
    log.warning(`saguard could not check ${filesOrObjects(unscanned.length)}:\n${shown.join('\n')}`);
    inputNotes.push(`${filesOrObjects(unscanned.length)} not checked (links out of the workspace, files over the size limit, failures of saguard): see the \`unscanned-input\` findings`);
  }
  // Go templates outside a chart's templates/ folder: not manifests, and no syntax error either.
  const templates = result.skipped.filter((s) => s.template);
  if (templates.length > 0) {
    const shown = templates.slice(0, 10).map((s) => `  ${escapeControls(s.file)}:${s.line}`);
    if (templates.length > shown.length) shown.push(`  and ${templates.length - shown.length} more`);
    log.notice(`saguard skipped ${plural(templates.length, 'file')} that ${templates.length === 1 ? 'looks like a Go template' : 'look like Go templates'}; render ${templates.length === 1 ? 'it' : 'them'} (list their charts in helm-charts) and scan the output:\n${shown.join('\n')}`);
    inputNotes.push(`${plural(templates.length, 'file')} skipped that ${templates.length === 1 ? 'looks like a Go template' : 'look like Go templates'} (Helm): list their charts in \`helm-charts\` to scan what they render`);
  }
  const stale = result.baseline && baseline ? staleBaselineNote(baseline.file, result.baseline, result.findings.filter((f) => !f.suppression).length) : undefined;
  if (stale?.warning) {
    log.warning(`saguard: ${stale.text}.`);
    inputNotes.push(markdownValue(`${stale.text}.`));
  } else if (stale) log.info(`saguard: ${stale.text}.`);
  const counts = countByLevel(result.findings);
  const total = counts.error + counts.warning + counts.note;
  const failures = failing(result.findings, inputs.failOn);

  // 1. The SARIF file, before anything that talks to GitHub can go wrong.
  const sources = new Map(collected.files.map((f) => [f.path, f.text]));
  for (const r of rendered) for (const [p, t] of r.files) sources.set(p, t);
  if (loaded.file !== undefined && loaded.text !== undefined) sources.set(loaded.file, loaded.text);
  // Written as it is made: a large log is never one string in memory.
  const sarifOptions = { category: inputs.category, sources, srcRootUri: pathToFileURL(root + path.sep).href };
  let sarifStats: ReturnType<typeof writeSarif>;
  try {
    sarifStats = writeFileWith(sarifPath, (write) => writeSarif(result.findings, result.rules, sarifOptions, write), { root: workspace });
  } catch (e) {
    if (e instanceof WriteError) return configError(env, `input sarif-file: ${escapeTerminal(e.message)}`);
    throw e;
  }
  const sarifLeftOut = sarifStats.left.length > 0 ? leftOutSentence(sarifStats.results, countLevels(sarifStats.left)) : undefined;
  if (sarifLeftOut) log.warning(`saguard: ${sarifLeftOut}.`);
  // Rendered charts and overlays are scanned as one source each: they are counted as what they are, not as files.
  const filesRead = result.stats.files - rendered.length;
  const read = [
    filesRead > 0 || rendered.length === 0 ? `read ${plural(filesRead, 'file')}` : '',
    inputs.helmCharts.length > 0 ? `rendered ${plural(inputs.helmCharts.length, 'Helm chart')}` : '',
    inputs.kustomizeDirs.length > 0 ? `built ${plural(inputs.kustomizeDirs.length, 'Kustomize overlay')}` : '',
  ].filter(Boolean);
  log.info(
    `saguard ${read.join(', ')}: ${plural(result.stats.objects, 'object')}, ${plural(total, 'finding')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}); SARIF written to ${inputs.sarifFile}`,
  );
  // The log as uploaded is the file as written, read back only if it is uploaded (it holds at most 25,000 results).
  let uploaded: Sarif.Log | undefined;
  const sarifLog = (): Sarif.Log => (uploaded ??= JSON.parse(fs.readFileSync(sarifPath, 'utf8')) as Sarif.Log);

  // 2. GitHub: the pull request's changed lines, the upload, the check run (reporting problems are warnings).
  const analysed = await analysedSha;
  const repository = env.GITHUB_REPOSITORY ?? '';
  const links = /^[^/\s]+\/[^/\s]+$/.test(repository) && analysed ? { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository, sha: analysed } : undefined;
  const scanned = { paths: inputs.paths, charts: inputs.helmCharts, overlays: inputs.kustomizeDirs, files: filesRead, objects: result.stats.objects, notes: inputNotes };
  const shown = result.findings.filter((f) => !f.suppression);
  const gh = await reportToGitHub({
    env,
    inputs,
    // Git and the upload's checkout_uri work in the repository, not the workspace around it.
    workspace: root,
    shown,
    failing: failures,
    get sarif() {
      return sarifLog();
    },
    analysedSha: analysed,
    log,
    checkRunSummary: (onChanged, notShown, limitBytes, decided) =>
      renderMarkdown(result.findings, { outcome: { failOn: inputs.failOn, ...decided }, scanned, notShown, limitBytes, changed: new Set(onChanged), ...(links ? { links } : {}) }),
  });
  // On a pull request, by default only the findings on the lines it changed fail the step (fail-scope).
  const outcome = { failOn: inputs.failOn, failing: gh.failing, ...(gh.gate ? { gate: gh.gate } : {}) };

  // 3. Workflow-command annotations, within GitHub's caps: the step's own messages count against them.
  const select = () =>
    selectAnnotations(gh.workflowCommands, { error: log.counts.error + (gh.failing.length > 0 ? 1 : 0), warning: log.counts.warning, note: log.counts.note });
  let selection = select();

  // 4. Summary (a copy in the runner's temporary folder, out of the checked-out tree, and the job
  // summary), then outputs, then the annotations.
  let summaryPath: string | undefined;
  const summary = (): string =>
    renderMarkdown(result.findings, {
      omittedAnnotations: selection.omitted.length,
      outcome,
      scanned,
      notShown: sarifLeftOut ? [sarifLeftOut, ...gh.notShown] : gh.notShown,
      ...(gh.changed ? { changed: gh.changed } : {}),
      ...(links ? { links } : {}),
    });
  try {
    const dir = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'saguard-'));
    summaryPath = path.join(dir, 'saguard-summary.md');
    writeFileSafely(summaryPath, summary(), { root: dir, rootName: 'the runner temporary folder' });
  } catch (e) {
    summaryPath = undefined;
    log.warning(`saguard could not write the summary file: ${escapeTerminal((e as Error).message)}`);
    selection = select();
  }
  if (inputs.summary && env.GITHUB_STEP_SUMMARY) {
    try {
      fs.appendFileSync(env.GITHUB_STEP_SUMMARY, summary());
    } catch (e) {
      log.warning(`saguard could not write the job summary: ${(e as Error).message}`);
    }
  }

  try {
    setOutput('sarif-file', inputs.sarifFile, env);
    setOutput('findings', String(total), env);
    setOutput('errors', String(counts.error), env);
    setOutput('warnings', String(counts.warning), env);
    setOutput('notes', String(counts.note), env);
    setOutput('new-findings', String(gh.onChanged.length), env);
    if (summaryPath) setOutput('summary-file', summaryPath, env);
    if (gh.sarifId) setOutput('sarif-id', gh.sarifId, env);
  } catch (e) {
    return configError(env, `cannot write the step outputs to GITHUB_OUTPUT (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the runner sets it to a writable file`);
  }

  for (const f of selection.selected) process.stdout.write(workflowCommand(f) + '\n');
  const verdict = verdictText(inputs.failOn, gh.failing.length, gh.gate);
  if (gh.failing.length > 0) log.fail(verdict);
  else if (gh.gate?.scope === 'changed' && gh.gate.elsewhere > 0) log.info(verdict);
}

/** A configuration that cannot be used: an error annotation on each problem's line, then the step fails saying why. */
function configFailure(env: Record<string, string | undefined>, e: ConfigFileError): void {
  for (const p of e.problems) {
    const props = [`title=${escapeProperty(`saguard configuration: ${p.key || 'syntax'}`)}`, `file=${escapeProperty(p.file)}`, `line=${p.line}`, `col=${p.column}`];
    process.stdout.write(`::error ${props.join(',')}::${escapeData(escapeTerminal(`${p.key ? `${p.key}: ` : ''}${p.message}`))}${os.EOL}`);
  }
  const lines = e.message.split('\n').map(escapeTerminal);
  // The failure message lists every problem; the summary's one line counts the others.
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length === 2 ? '' : 's'}, each annotated on its line)` : '';
  configError(env, lines.join('\nsaguard: '), lines[0] + more);
}

/** The commit whose files were analysed: what is checked out in the workspace, else `GITHUB_SHA`. */
async function analysedCommit(workspace: string, env: Record<string, string | undefined>): Promise<string | undefined> {
  try {
    const { stdout } = await runCommand('git', ['rev-parse', '--verify', 'HEAD'], { cwd: workspace, what: 'the checked-out commit', timeoutMs: 10_000 });
    if (/^[0-9a-f]{40,64}$/.test(stdout.trim())) return stdout.trim();
  } catch {
    // not a git checkout
  }
  return env.GITHUB_SHA || undefined;
}

/** A configuration error fails the step with one line, and says so in the job summary too. */
function configError(env: Record<string, string | undefined>, message: string, summaryLine = message.split('\n')[0]!): void {
  setFailed(`saguard: ${message}`);
  if (!env.GITHUB_STEP_SUMMARY || /^false$/i.test(env.INPUT_SUMMARY?.trim() ?? '')) return;
  try {
    fs.appendFileSync(env.GITHUB_STEP_SUMMARY, renderMarkdown([], { outcome: { failOn: 'none', failing: [], error: summaryLine } }));
  } catch {
    // the failure itself is reported; a summary that cannot be written adds nothing
  }
}
