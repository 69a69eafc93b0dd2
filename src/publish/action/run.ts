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
import { changesFromGit, pullRequestOf } from './changes.js';
import { onChanges } from '../diff.js';
import { renderKustomize, type Rendered } from '../render/kustomize.js';
import { renderHelm } from '../render/helm.js';
import { RenderError } from '../render/exec.js';
import { sortFindings } from '../../analyze/analyze.js';

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (e) {
    if (e instanceof ConfigError) return core.setFailed(`saguard: ${e.message}`);
    throw e;
  }
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());

  let collected;
  try {
    collected = await collectFiles(inputs.paths, { cwd: workspace, root: workspace });
  } catch (e) {
    if (e instanceof InputError) return core.setFailed(`saguard: input paths: ${e.message}`);
    throw e;
  }
  const rendered: Rendered[] = [];
  try {
    for (const chart of inputs.helmCharts) {
      rendered.push(await renderHelm(chart, { cwd: workspace, root: workspace, values: inputs.helmValues, set: [], namespace: inputs.namespace }));
    }
    for (const dir of inputs.kustomizeDirs) rendered.push(await renderKustomize(dir, { cwd: workspace, root: workspace }));
  } catch (e) {
    if (e instanceof RenderError) return core.setFailed(`saguard: ${e.message}`);
    throw e;
  }
  collected.files.push(...rendered.map((r) => r.source));
  if (collected.helmTemplates > 0) {
    core.notice(`saguard skipped ${collected.helmTemplates} Helm chart templates (files under templates/ of a chart); render them with helm template and scan the output.`);
  }
  if (collected.kustomizeFiles > 0) {
    core.notice(`saguard skipped ${collected.kustomizeFiles} files of kustomizations (directories with a kustomization.yaml); list them in kustomize-dirs to scan what they build.`);
  }
  if (collected.files.length === 0) core.warning(`saguard found no manifest files (.yaml, .yml, .json) in: ${inputs.paths.join(', ')}`);

  const result = lint(collected.files, { namespace: inputs.namespace });
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
  let onChanged = result.findings.filter((f) => !f.suppression);
  if (pr && inputs.filterMode !== 'nofilter') {
    const changes = await changesFromGit(workspace, pr);
    if (changes) onChanged = onChanged.filter((f) => onChanges(f, changes, inputs.filterMode));
    else core.warning('saguard could not read the pull request diff from git (check out with fetch-depth: 2 or more); annotating every finding.');
  }

  // 3. Annotations (reporting problems are warnings, never the reason the step fails).
  let omitted = 0;
  if (inputs.annotations !== 'none') {
    try {
      const selection = selectAnnotations(onChanged, failures.length > 0 ? 1 : 0);
      omitted = selection.omitted.length;
      for (const f of selection.selected) process.stdout.write(workflowCommand(f) + '\n');
    } catch (e) {
      core.warning(`saguard could not write annotations: ${(e as Error).message}`);
    }
  }

  // 4. Summary.
  const summaryPath = sarifPath.replace(/(\.sarif)?(\.json)?$/, '') + '-summary.md';
  const markdown = renderMarkdown(result.findings, { omittedAnnotations: omitted, ...(pr ? { changed: new Set(onChanged) } : {}) });
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

  // 5. Outputs and outcome.
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
