/** The GitHub Action: scan, always write the SARIF, annotate, summarise, set outputs, decide the outcome. */
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { lint } from '../../index.js';
import { renderSarif } from '../../report/sarif.js';
import { selectAnnotations, workflowCommand } from '../../report/github.js';
import { renderMarkdown } from '../../report/markdown.js';
import { countByLevel } from '../../report/text.js';
import { collectFiles, InputError } from '../files.js';
import { failing } from '../outcome.js';
import { ConfigError, readInputs } from './inputs.js';
import { changesFromApi, changesFromGit, pullRequestOf } from './changes.js';
import { ApiError, GitHubClient } from './github.js';
import { publishCheckRun, uploadSarif } from './report.js';
import { onChanges } from '../diff.js';
import { renderKustomize, type Rendered } from '../render/kustomize.js';
import { renderHelm } from '../render/helm.js';
import { RenderError, run as runCommand } from '../render/exec.js';
import { sortFindings, UNSCANNED } from '../../analyze/analyze.js';
import { escapeControls, escapeTerminal } from '../../report/escape.js';
import { formatMessage } from '../../report/messages.js';

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

  let collected;
  try {
    collected = await collectFiles(inputs.paths, { cwd: workspace, root: workspace, confined: true });
  } catch (e) {
    if (e instanceof InputError) return configError(env, `input paths: ${escapeTerminal(e.message)}`);
    throw e;
  }
  const rendered: Rendered[] = [];
  try {
    for (const chart of inputs.helmCharts) {
      rendered.push(await renderHelm(chart, { cwd: workspace, root: workspace, values: inputs.helmValues, set: [], namespace: inputs.namespace }));
    }
    for (const dir of inputs.kustomizeDirs) rendered.push(await renderKustomize(dir, { cwd: workspace, root: workspace }));
  } catch (e) {
    if (e instanceof RenderError) return configError(env, escapeTerminal(e.message));
    throw e;
  }
  collected.files.push(...rendered.map((r) => r.source));
  const inputNotes: string[] = [];
  if (collected.helmTemplates > 0) {
    core.notice(`saguard skipped ${collected.helmTemplates} Helm chart templates (files under templates/ of a chart); render them with helm template and scan the output.`);
    inputNotes.push(`${collected.helmTemplates} Helm chart templates skipped (files under \`templates/\` of a chart): list their charts in \`helm-charts\` to scan what they render`);
  }
  if (collected.kustomizeFiles > 0) {
    core.notice(`saguard skipped ${collected.kustomizeFiles} files of kustomizations (directories with a kustomization.yaml); list them in kustomize-dirs to scan what they build.`);
    inputNotes.push(`${collected.kustomizeFiles} files of kustomizations skipped: list their directories in \`kustomize-dirs\` to scan what they build`);
  }
  if (collected.files.length === 0) core.warning(`saguard found no manifest files (.yaml, .yml, .json) in: ${inputs.paths.join(', ')}`);

  const result = lint(collected.files, { namespace: inputs.namespace });
  // What saguard could not check is a finding (SARIF, annotations, summary), and named in the log.
  const unscanned = result.findings.filter((f) => f.ruleId === UNSCANNED && !f.suppression);
  if (unscanned.length > 0) {
    const shown = unscanned.slice(0, 20).map((f) => `  ${escapeControls(f.location.file)}:${f.location.region.startLine}: ${formatMessage(f)}`);
    if (unscanned.length > shown.length) shown.push(`  and ${unscanned.length - shown.length} more (unscanned-input findings in the SARIF file)`);
    core.warning(`saguard could not check ${filesOrObjects(unscanned.length)}:\n${shown.join('\n')}`);
    inputNotes.push(`${filesOrObjects(unscanned.length)} not checked (links out of the workspace, files over the size limit, failures of saguard): see the \`unscanned-input\` findings`);
  }
  if (rendered.length > 0) result.findings = sortFindings(result.findings.map((f) => rendered.reduce((g, r) => r.remap(g), f)));
  const counts = countByLevel(result.findings);
  const total = counts.error + counts.warning + counts.note;
  const failures = failing(result.findings, inputs.failOn);

  // 1. The SARIF file, before anything that talks to GitHub can go wrong.
  const sarifPath = path.resolve(workspace, inputs.sarifFile);
  const sources = new Map(collected.files.map((f) => [f.path, f.text]));
  for (const r of rendered) for (const [p, t] of r.files) sources.set(p, t);
  const sarif = renderSarif(result.findings, result.rules, {
    category: inputs.category,
    sources,
    srcRootUri: `file://${encodeURI(workspace.split(path.sep).join('/'))}/`,
  });
  fs.mkdirSync(path.dirname(sarifPath), { recursive: true });
  fs.writeFileSync(sarifPath, JSON.stringify(sarif, null, 2) + '\n');
  core.info(`saguard: ${result.stats.files} files, ${result.stats.objects} objects, ${total} findings (${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes); SARIF written to ${inputs.sarifFile}`);

  // 2. Changed lines of the pull request: which findings are new, and annotated.
  const pr = pullRequestOf(env);
  const [owner, repoName] = (env.GITHUB_REPOSITORY ?? '/').split('/') as [string, string];
  const repo = { owner, repo: repoName };
  const analysed = await analysedCommit(workspace, env);
  const links = owner && repoName && analysed ? { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository: `${owner}/${repoName}`, sha: analysed } : undefined;
  const client = inputs.token && owner && repoName ? new GitHubClient({ baseUrl: env.GITHUB_API_URL || 'https://api.github.com', token: inputs.token }) : undefined;
  if (pr?.fork && (inputs.uploadSarif || inputs.annotations === 'auto' || inputs.annotations === 'check-run')) {
    core.notice('saguard: this pull request comes from a fork, so the token is read-only: annotations are workflow commands and the SARIF is not uploaded (upload it from a workflow_run workflow).');
  }
  let onChanged = result.findings.filter((f) => !f.suppression);
  if (pr && inputs.filterMode !== 'nofilter') {
    let changes = client ? await changesFromApi(client, repo, pr).catch((e: Error) => void core.info(`saguard: pull request files from the API: ${e.message}; trying git`)) : undefined;
    changes ??= await changesFromGit(workspace, pr);
    if (changes) onChanged = onChanged.filter((f) => onChanges(f, changes, inputs.filterMode));
    else core.warning('saguard could not read the pull request diff (API or git with fetch-depth: 2 or more); annotating every finding.');
  }

  // 3. Annotations (reporting problems are warnings, never the reason the step fails).
  let omitted = 0;
  let viaCheckRun = false;
  const wantsCheckRun = inputs.annotations === 'check-run' || (inputs.annotations === 'auto' && !!pr);
  if (wantsCheckRun && client && !pr?.fork) {
    try {
      const headSha = pr?.headSha ?? env.GITHUB_SHA ?? '';
      const c = countByLevel(onChanged);
      await publishCheckRun(client, repo, headSha, onChanged, {
        conclusion: failures.length > 0 ? 'failure' : onChanged.length > 0 ? 'neutral' : 'success',
        title: `${onChanged.length} finding${onChanged.length === 1 ? '' : 's'}${pr ? ' on changed lines' : ''}: ${c.error} errors, ${c.warning} warnings, ${c.note} notes`,
        summary: `saguard found ${total} findings in all (${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes); the SARIF file ${inputs.sarifFile} has every one of them.`,
      });
      viaCheckRun = true;
    } catch (e) {
      core.warning(`saguard could not create a check run (${(e as Error).message}); using workflow commands instead.`);
    }
  } else if (inputs.annotations === 'check-run' && !client) {
    core.warning('saguard has no token for a check run; using workflow commands instead.');
  }
  if (inputs.annotations !== 'none' && !viaCheckRun) {
    try {
      const selection = selectAnnotations(onChanged, failures.length > 0 ? 1 : 0);
      omitted = selection.omitted.length;
      for (const f of selection.selected) process.stdout.write(workflowCommand(f) + '\n');
    } catch (e) {
      core.warning(`saguard could not write annotations: ${(e as Error).message}`);
    }
  }

  // 4. Upload to code scanning.
  if (inputs.uploadSarif && !pr?.fork) {
    if (!client) core.warning('saguard: upload-sarif needs a token; the SARIF file is written and can be uploaded with github/codeql-action/upload-sarif.');
    else {
      try {
        const up = await uploadSarif(client, repo, {
          sarif: fs.readFileSync(sarifPath, 'utf8'),
          commitSha: env.GITHUB_SHA ?? '',
          ref: env.GITHUB_REF ?? '',
          checkoutUri: `file://${workspace}`,
        });
        if (up.state === 'complete') core.info(`saguard: SARIF uploaded and processed (${up.id})`);
        else if (up.state === 'failed') core.warning(`saguard: code scanning could not process the SARIF upload ${up.id}: ${up.errors.join('; ') || 'no reason given'}`);
        else core.info(`saguard: SARIF uploaded (${up.id}); processing is still pending`);
      } catch (e) {
        const status = e instanceof ApiError ? e.status : undefined;
        core.warning(
          status === 403
            ? `saguard could not upload the SARIF: code scanning is not available to this token or repository (${(e as Error).message}); grant security-events: write, or upload with github/codeql-action/upload-sarif.`
            : `saguard could not upload the SARIF (${(e as Error).message}); the file ${inputs.sarifFile} is written.`,
        );
      }
    }
  }

  // 5. Summary.
  const summaryPath = sarifPath.replace(/(\.sarif)?(\.json)?$/, '') + '-summary.md';
  const markdown = renderMarkdown(result.findings, {
    omittedAnnotations: omitted,
    outcome: { failOn: inputs.failOn, failing: failures },
    scanned: { paths: inputs.paths, charts: inputs.helmCharts, overlays: inputs.kustomizeDirs, files: result.stats.files, objects: result.stats.objects, notes: inputNotes },
    ...(pr ? { changed: new Set(onChanged) } : {}),
    ...(links ? { links } : {}),
  });
  try {
    fs.writeFileSync(summaryPath, markdown);
    core.setOutput('summary-file', path.relative(workspace, summaryPath).split(path.sep).join('/'));
  } catch (e) {
    core.warning(`saguard could not write ${summaryPath}: ${(e as Error).message}`);
  }
  if (inputs.summary && env.GITHUB_STEP_SUMMARY) {
    try {
      fs.appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
    } catch (e) {
      core.warning(`saguard could not write the job summary: ${(e as Error).message}`);
    }
  }

  // 6. Outputs and outcome.
  core.setOutput('sarif-file', inputs.sarifFile);
  core.setOutput('findings', String(total));
  core.setOutput('errors', String(counts.error));
  core.setOutput('warnings', String(counts.warning));
  core.setOutput('notes', String(counts.note));
  core.setOutput('new-findings', String(onChanged.length));
  if (failures.length > 0) {
    core.setFailed(`saguard: ${failures.length} finding${failures.length === 1 ? '' : 's'} at or above fail-on level ${inputs.failOn}`);
  }
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
function configError(env: Record<string, string | undefined>, message: string): void {
  core.setFailed(`saguard: ${message}`);
  if (!env.GITHUB_STEP_SUMMARY || /^false$/i.test(env.INPUT_SUMMARY?.trim() ?? '')) return;
  try {
    fs.appendFileSync(env.GITHUB_STEP_SUMMARY, renderMarkdown([], { outcome: { failOn: 'none', failing: [], error: message.split('\n')[0]! } }));
  } catch {
    // the failure itself is reported; a summary that cannot be written adds nothing
  }
}
