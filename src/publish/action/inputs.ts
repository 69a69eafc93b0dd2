/**
 * The Action's inputs, read once into a typed object. `INPUTS` is the single list of what the
 * Action accepts; a test keeps it equal to `action.yml`.
 */
import type { FailOn } from '../../model/types.js';
import { FILTER_MODES, type FilterMode } from '../diff.js';
import { parseShard, type Shard } from '../../analyze/shard.js';

export class ConfigError extends Error {}

export interface InputSpec {
  name: string;
  default: string;
  description: string;
}

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'paths',
    default: '',
    description:
      'Newline-separated files, directories or globs of rendered manifests, relative to the workspace; when empty, the repository (checkout-path) unless helm-charts or kustomize-dirs is set.',
  },
  { name: 'helm-charts', default: '', description: 'Newline-separated Helm chart directories to render with helm template (helm on PATH); findings land in the templates.' },
  { name: 'helm-values', default: '', description: 'Newline-separated values files passed to every chart.' },
  {
    name: 'kustomize-dirs',
    default: '',
    description: 'Newline-separated kustomization directories to build (kustomize or kubectl kustomize on PATH); findings land in the resource and patch files.',
  },
  {
    name: 'kustomize-remote',
    default: 'false',
    description: 'Let kustomize load remote resources (URLs, git repositories) named by kustomize-dirs (true or false); off, such a kustomization is a configuration error.',
  },
  {
    name: 'checkout-path',
    default: '',
    description: 'Where the repository was checked out (actions/checkout path:), relative to the workspace; reported paths are relative to it. Default: the workspace.',
  },
  { name: 'namespace', default: 'default', description: 'Namespace of namespaced objects that name none (a Helm release namespace).' },
  { name: 'config', default: '', description: 'Configuration file (default: .saguard.yaml or .saguard.yml at the workspace root, if present).' },
  { name: 'baseline', default: '', description: 'Baseline file written by saguard scan --write-baseline: its findings are hidden (default: the configuration\'s baseline).' },
  { name: 'fail-on', default: 'error', description: 'Fail the step on findings at or above this level: error, warning, note or none.' },
  {
    name: 'fail-scope',
    default: 'changed',
    description: 'On pull requests, which findings can fail the step: changed (on the lines the pull request changed, as filter-mode defines them) or all.',
  },
  { name: 'sarif-file', default: 'saguard.sarif', description: 'Where the SARIF log is written, inside the workspace (always, also when the step fails).' },
  { name: 'category', default: 'saguard', description: 'SARIF automationDetails category; set one per matrix shard.' },
  {
    name: 'shard',
    default: '',
    description: 'I/N (e.g. 2/4): report only the findings in the files of shard I of N, split by a hash of the path; every shard still reads and analyses all paths. Give each shard its own category.',
  },
  {
    name: 'annotations',
    default: 'auto',
    description:
      'How findings become annotations: auto (a check run when the token may create one, else workflow commands), check-run, workflow-commands (within GitHub\'s caps), none.',
  },
  {
    name: 'filter-mode',
    default: 'added',
    description: 'On pull requests, which findings become annotations: added (on added lines), diff_context (in the diff hunks), file (in changed files), nofilter.',
  },
  { name: 'summary', default: 'true', description: 'Write the job summary (true or false).' },
  {
    name: 'upload-sarif',
    default: 'false',
    description: 'Also upload the SARIF to code scanning through the REST API (needs security-events: write); annotations: auto then makes no check run, since code scanning shows the findings.',
  },
  { name: 'wait-for-processing', default: 'true', description: 'With upload-sarif, wait until code scanning has processed the upload (within the reporting deadline) and warn when it failed.' },
  {
    name: 'token',
    default: '${{ github.token }}',
    description: 'Token for the GitHub API (pull request files, check runs, SARIF upload). Empty turns API use off: changed lines come from git, annotations are workflow commands.',
  },
];

export const OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'sarif-file', description: 'Path of the SARIF log.' },
  { name: 'findings', description: 'Number of findings (not suppressed).' },
  { name: 'errors', description: 'Number of error findings.' },
  { name: 'warnings', description: 'Number of warning findings.' },
  { name: 'notes', description: 'Number of note findings.' },
  { name: 'new-findings', description: 'Number of findings on the pull request\'s changed lines (as filter-mode defines them); all findings outside pull requests.' },
  { name: 'summary-file', description: "Path of a copy of the Markdown summary, in the runner's temporary folder (out of the checked-out tree)." },
  { name: 'sarif-id', description: 'The id of the SARIF upload to code scanning (with upload-sarif), to follow it with the API.' },
];

export interface ActionInputs {
  paths: string[];
  helmCharts: string[];
  helmValues: string[];
  kustomizeDirs: string[];
  kustomizeRemote: boolean;
  /** The repository's checkout, relative to the workspace ('' for the workspace itself). */
  checkoutPath: string;
  namespace: string;
  /** The configuration file, when named. */
  config: string | undefined;
  baseline: string | undefined;
  failOn: FailOn;
  failScope: 'changed' | 'all';
  sarifFile: string;
  category: string;
  /** Report only the findings of this shard's files. */
  shard: Shard | undefined;
  annotations: 'auto' | 'check-run' | 'workflow-commands' | 'none';
  filterMode: FilterMode;
  summary: boolean;
  uploadSarif: boolean;
  waitForProcessing: boolean;
  /** Empty when there is no usable token: no API request is made. */
  token: string;
}

/** An empty token, or one that is obviously not a token (an unexpanded expression, `null`), turns API use off. */
export function usableToken(token: string): boolean {
  const t = token.trim();
  return t !== '' && !t.startsWith('${{') && !/^(null|undefined|false|none)$/i.test(t);
}

/** Reads `INPUT_<NAME>` as the runner sets it (upper case, hyphens kept), falling back to the defaults. */
export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const get = (name: string): string => {
    const raw = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    const v = raw?.trim() ?? '';
    return v === '' ? INPUTS.find((i) => i.name === name)!.default : v;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T => {
    const v = get(name);
    if (!(allowed as readonly string[]).includes(v)) {
      throw new ConfigError(`input ${name} is ${JSON.stringify(v)}; expected one of ${allowed.join(', ')}`);
    }
    return v as T;
  };
  const bool = (name: string): boolean => {
    const v = get(name);
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new ConfigError(`input ${name} is ${JSON.stringify(v)}; expected true or false`);
  };
  const lines = (name: string): string[] =>
    get(name)
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#'));
  const paths = lines('paths');
  const kustomizeDirs = lines('kustomize-dirs');
  const helmCharts = lines('helm-charts');
  const helmValues = lines('helm-values');
  if (helmValues.length > 0 && helmCharts.length === 0) throw new ConfigError('input helm-values is set but helm-charts is empty; values go with charts');
  const checkoutPath = get('checkout-path').replace(/\\/g, '/').replace(/\/+$/, '');
  if (checkoutPath.startsWith('/') || /^[A-Za-z]:/.test(checkoutPath) || checkoutPath.split('/').includes('..')) {
    throw new ConfigError(`input checkout-path is ${JSON.stringify(checkoutPath)}; expected a folder inside the workspace, relative to it (the path: given to actions/checkout)`);
  }
  const namespace = get('namespace');
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || namespace.length > 63) {
    throw new ConfigError(`input namespace is ${JSON.stringify(namespace)}; expected a namespace name (lower-case letters, digits and -)`);
  }
  const sarifFile = get('sarif-file');
  if (/[\0\r\n]/.test(sarifFile) || /[\\/]$/.test(sarifFile)) {
    throw new ConfigError(`input sarif-file is ${JSON.stringify(sarifFile)}; expected the path of a file inside the workspace`);
  }
  const category = get('category').replace(/\/+$/, '');
  if (!/^[A-Za-z0-9_.\-/]+$/.test(category)) {
    throw new ConfigError(`input category is ${JSON.stringify(category)}; use letters, digits and _ . - / only`);
  }
  const shardText = get('shard');
  const shard = shardText === '' ? undefined : parseShard(shardText);
  if (shardText !== '' && !shard) throw new ConfigError(`input shard is ${JSON.stringify(shardText)}; expected I/N with 1 ≤ I ≤ N ≤ 1000, e.g. 2/4`);
  return {
    // Only rendered output is scanned when charts or kustomizations are named: the repository's own
    // copies of rendered manifests would be scanned twice.
    paths: paths.length > 0 || kustomizeDirs.length > 0 || helmCharts.length > 0 ? paths : [checkoutPath || '.'],
    helmCharts,
    helmValues,
    kustomizeDirs,
    kustomizeRemote: bool('kustomize-remote'),
    checkoutPath,
    namespace,
    config: get('config') || undefined,
    baseline: get('baseline') || undefined,
    failOn: oneOf('fail-on', ['error', 'warning', 'note', 'none'] as const),
    failScope: oneOf('fail-scope', ['changed', 'all'] as const),
    sarifFile,
    category,
    shard,
    annotations: oneOf('annotations', ['auto', 'check-run', 'workflow-commands', 'none'] as const),
    filterMode: oneOf('filter-mode', FILTER_MODES),
    summary: bool('summary'),
    uploadSarif: bool('upload-sarif'),
    waitForProcessing: bool('wait-for-processing'),
    // An empty input reads as the default, which outside a runner is the unexpanded expression.
    token: usableToken(env.INPUT_TOKEN ?? '') ? env.INPUT_TOKEN!.trim() : '',
  };
}
