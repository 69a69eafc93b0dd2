/** Command-line parsing: small, strict, with one-line errors. */
import type { FailOn } from '../../model/types.js';
import { VERSION } from '../../version.js';
import { ACCOUNT_PATTERN } from '../../config/patterns.js';
import { parseShard, type Shard } from '../../analyze/shard.js';

export class UsageError extends Error {}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

export interface ScanArgs {
  command: 'scan';
  paths: string[];
  format: Format;
  outputs: { format: Format; file: string }[];
  namespace: string;
  failOn: FailOn;
  category: string;
  verbose: boolean;
  color: boolean | undefined;
  /** Kustomization directories to build and scan. */
  kustomize: string[];
  /** Let kustomize load remote resources (off by default: a pull request could make it fetch anything). */
  kustomizeRemote: boolean;
  /** Helm charts to render and scan, with the values, --set and release name for all of them. */
  helmCharts: string[];
  values: string[];
  set: string[];
  release: string | undefined;
  /** At most this many results in the SARIF log (GitHub's limit by default); the most severe are kept. */
  maxResults: number;
  /** `--config FILE`; `--no-config` ignores any `.saguard.yaml`. */
  config: string | undefined;
  noConfig: boolean;
  /** `--known-service-account NS/NAME` globs, added to the configuration's. */
  knownServiceAccounts: string[];
  /** `--baseline FILE` hides the findings it holds; `--write-baseline FILE` records today's. */
  baseline: string | undefined;
  writeBaseline: string | undefined;
  /** Report only the findings of this shard's files. */
  shard: Shard | undefined;
}

export interface InitArgs {
  command: 'init';
  force: boolean;
  /** Also scan (with `scan`'s options and paths) and write this baseline beside the configuration. */
  baseline: string | undefined;
  scan: ScanArgs;
}

export interface RbacArgs {
  command: 'can-i' | 'who-can' | 'access';
  verb: string;
  target: string;
  as: string | undefined;
  asGroups: string[];
  namespace: string | undefined;
  subresource: string | undefined;
  files: string[];
  output: 'text' | 'json';
  builtins: boolean;
  /** `who-can` and `access`: also print escalation paths. */
  paths: boolean;
  /** Namespace of objects in the manifests that name none. */
  objectsNamespace: string;
}

export type Args =
  | ScanArgs
  | RbacArgs
  | InitArgs
  | { command: 'rules'; format: 'text' | 'json' }
  | { command: 'explain'; rule: string }
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | MergeArgs;

export interface MergeArgs {
  command: 'merge-sarif';
  files: string[];
  /** Category of the merged run (default: the first log's). */
  category: string | undefined;
  maxResults: number;
  /** Where the merged log goes (standard output when undefined). */
  output: string | undefined;
}

export const USAGE = `usage: saguard <command> [options]

commands:
  scan [PATH|GLOB|-]...     lint manifests (default: the current directory)
  rules                     the rule catalogue (id, level, title, CIS)
  explain RULE              the rule's documentation, options, and how to configure or suppress it
  init [--baseline[=FILE]] [--force] [scan options] [PATH]...
                            write a commented .saguard.yaml here; with --baseline, also scan and
                            write a baseline of today's findings (default saguard-baseline.json)
  can-i VERB TYPE[/NAME] | VERB /URL --as USER -f PATH...
                            offline kubectl auth can-i over the manifests: yes or no
  who-can VERB TYPE[/NAME] | VERB /URL -f PATH...
                            the subjects allowed to do it, and through which binding and role
  access --as USER -f PATH...
                            the access matrix of one subject (resources x verbs); --paths adds
                            what it can become
  merge-sarif FILE...       join the SARIF logs of the shards of one scan (scan --shard) into one
                            run, as the unsharded scan writes it; --output FILE (default: standard
                            output), --category NAME (default: the first log's), --max-results N

scan options:
  --format FORMAT           text (default), json, sarif, github, markdown
  --output FORMAT=FILE      also write FORMAT to FILE (repeatable)
  -n, --namespace NS        namespace of objects that name none (default: default)
  --fail-on LEVEL           error (default), warning, note, none
  --category NAME           SARIF automationDetails category (default: saguard)
  --max-results N           at most N results in the SARIF log, the most severe first
                            (default and most: 25000, what GitHub accepts per run)
  --shard I/N               report only the findings in the files of shard I of N (split by a
                            hash of the path); the whole input is still read and analysed
  --helm-chart DIR          render the chart with helm template and scan the result, findings
                            placed in the templates (repeatable); with --values FILE,
                            --set KEY=VALUE (both repeatable) and --release NAME
  --kustomize DIR           build DIR with kustomize (or kubectl kustomize) and scan the result,
                            findings placed in the resource or patch files (repeatable)
  --kustomize-remote        let kustomize load remote resources (URLs, git repositories);
                            off by default: a kustomization naming one is an error
  --config FILE             configuration (default: the nearest .saguard.yaml or .saguard.yml
                            from here up to the repository root); --no-config uses none
  --known-service-account NS/NAME
                            an account created outside the manifests (globs; repeatable)
  --baseline FILE           hide the findings recorded in FILE (gate only on new ones)
  --write-baseline FILE     record the findings in FILE (exit 0) for --baseline to hide
  --verbose                 list the documents and files that were skipped
  --no-color                plain text even on a terminal (NO_COLOR is honoured too)

can-i / who-can / access options:
  -f, --filename PATH       manifests (repeatable; files, directories, globs, - for stdin)
  --as USER                 the user, e.g. system:serviceaccount:NS:NAME; '' with --as-group
                            asks about exactly those groups
  --as-group GROUP          a group of the user (repeatable); a ServiceAccount without it gets
                            system:serviceaccounts, system:serviceaccounts:NS, system:authenticated
  -n, --namespace NS        the request's namespace (without it: cluster-scoped; ignored, with
                            a warning, for cluster-scoped resources such as nodes)
  --subresource SUB         the request's subresource
  -o, --output text|json    json explains the decision (binding, role, rule, files and lines)
  --no-builtins             leave out Kubernetes' built-in roles and bindings
  --paths                   who-can: also the subjects that can become an allowed one (escalation
                            paths); access: every stronger identity the subject can become
  --objects-namespace NS    namespace of objects in the manifests that name none (default: default)
  TYPE is resource or resource.group; VERB, resource, subresource and name are taken verbatim.

exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage or configuration error, 3 internal error
`;

/**
 * Walks command-line words; `--name=value` and `--name value` are the same, and `take()` reads
 * the option's value (a missing one, or another option in its place, is a usage error).
 */
function eachOption(words: readonly string[], visit: (name: string, word: string, take: () => string) => void): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const eq = word.indexOf('=');
    const inline = word.startsWith('--') && eq > 0 ? word.slice(eq + 1) : undefined;
    const name = inline !== undefined ? word.slice(0, eq) : word;
    visit(name, word, () => {
      if (inline !== undefined) return inline;
      const v = words[++i];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${name} needs a value`);
      return v;
    });
  }
}

function maxResults(v: string): number {
  if (!/^[1-9][0-9]*$/.test(v) || Number(v) > 25_000) throw new UsageError(`--max-results takes a number from 1 to 25000 (GitHub's limit per run), not ${JSON.stringify(v)}`);
  return Number(v);
}

function category(v: string): string {
  if (!/^[A-Za-z0-9_.\-/]+$/.test(v)) throw new UsageError(`--category ${JSON.stringify(v)} may use letters, digits and _ . - / only`);
  return v.replace(/\/+$/, '');
}

function parseMergeArgs(rest: readonly string[]): MergeArgs {
  const args: MergeArgs = { command: 'merge-sarif', files: [], category: undefined, maxResults: 25_000, output: undefined };
  eachOption(rest, (a, word, take) => {
    switch (a) {
      case '--category':
        args.category = category(take());
        break;
      case '--max-results':
        args.maxResults = maxResults(take());
        break;
      case '--output':
      case '-o':
        args.output = take();
        break;
      default:
        if (word.startsWith('-') && word !== '-') throw new UsageError(`unknown option for merge-sarif: ${word}`);
        args.files.push(word);
    }
  });
  if (args.files.length === 0) throw new UsageError('merge-sarif takes the SARIF files to join, e.g. saguard merge-sarif shard-*.sarif --output saguard.sarif');
  return args;
}

function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/** What `help` and `version` print: nothing else is needed, so the CLI answers them before loading the scan pipeline. */
export function immediateAnswer(args: Args): string | undefined {
  if (args.command === 'help') return args.topic ? commandHelp(args.topic) : USAGE;
  if (args.command === 'version') return `saguard ${VERSION}\n`;
  return undefined;
}

const COMMANDS = ['scan', 'init', 'can-i', 'who-can', 'access', 'rules', 'explain', 'merge-sarif'];

/**
 * The help of one command, cut from USAGE: its lines under "commands:", the options it takes and
 * the exit codes; the whole usage for a topic that is not a command.
 */
export function commandHelp(topic: string): string {
  if (!COMMANDS.includes(topic)) return USAGE;
  const sections = USAGE.trimEnd().split('\n\n');
  const commands = sections.find((s) => s.startsWith('commands:'))!.split('\n').slice(1);
  const mine: string[] = [];
  let inside = false;
  for (const line of commands) {
    if (/^  \S/.test(line)) inside = line.slice(2).split(' ')[0] === topic;
    if (inside) mine.push(line);
  }
  const optionsOf = topic === 'init' ? 'scan' : topic;
  const options = sections.filter((s) => /^[^\n]* options:/.test(s) && s.split('\n')[0]!.split(/[ /]+/).includes(optionsOf));
  const exit = topic === 'scan' || topic === 'init' ? sections.filter((s) => s.startsWith('exit codes:')) : [];
  return [`usage: saguard ${topic} [options]\n${mine.join('\n')}`, ...options, ...exit].join('\n\n') + '\n';
}

export function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { command: 'help', ...(rest[0] ? { topic: rest[0] } : {}) };
  }
  // `saguard scan --help`, `saguard init -h`: what every CLI answers (that command's help), not an unknown option.
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', topic: command };
  if (command === '--version' || command === 'version') return { command: 'version' };
  if (command === 'rules') {
    let format: 'text' | 'json' = 'text';
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i]!;
      if (a === '--format' || a === '-o') {
        const v = rest[++i];
        if (v !== 'text' && v !== 'json') throw new UsageError(`${a} for rules takes text or json, not ${v ?? 'nothing'}`);
        format = v;
      } else throw new UsageError(`unknown option for rules: ${a}`);
    }
    return { command: 'rules', format };
  }
  if (command === 'explain') {
    if (rest.length !== 1 || rest[0]!.startsWith('-')) throw new UsageError('explain takes one rule id, e.g. saguard explain token-automount');
    return { command: 'explain', rule: rest[0]! };
  }
  if (command === 'can-i' || command === 'who-can' || command === 'access') return parseRbacArgs(command, rest);
  if (command === 'init') return parseInitArgs(rest);
  if (command === 'merge-sarif') return parseMergeArgs(rest);
  if (command !== 'scan') throw new UsageError(`unknown command ${JSON.stringify(command)}; commands are scan, init, can-i, who-can, access, rules, explain, merge-sarif`);
  return parseScanArgs(rest);
}

export const DEFAULT_BASELINE = 'saguard-baseline.json';

function parseInitArgs(rest: readonly string[]): InitArgs {
  let force = false;
  let baseline: string | undefined;
  const scanWords: string[] = [];
  for (const w of rest) {
    if (w === '--force') force = true;
    else if (w === '--baseline') baseline = DEFAULT_BASELINE;
    else if (w.startsWith('--baseline=')) {
      baseline = w.slice('--baseline='.length);
      if (baseline === '') throw new UsageError('--baseline=FILE needs a file name');
    } else scanWords.push(w);
  }
  const scan = parseScanArgs(scanWords);
  if (scan.config !== undefined || scan.noConfig || scan.baseline !== undefined || scan.writeBaseline !== undefined) {
    throw new UsageError('init writes the configuration and the baseline itself; it takes no --config, --no-config, --baseline FILE or --write-baseline');
  }
  return { command: 'init', force, baseline, scan };
}

function parseScanArgs(rest: readonly string[]): ScanArgs {
  const args: ScanArgs = {
    command: 'scan',
    paths: [],
    format: 'text',
    outputs: [],
    namespace: 'default',
    failOn: 'error',
    category: 'saguard',
    verbose: false,
    color: undefined,
    kustomize: [],
    kustomizeRemote: false,
    helmCharts: [],
    values: [],
    set: [],
    release: undefined,
    maxResults: 25_000,
    config: undefined,
    noConfig: false,
    knownServiceAccounts: [],
    baseline: undefined,
    writeBaseline: undefined,
    shard: undefined,
  };
  eachOption(rest, (a, word, take) => {
    switch (a) {
      case '--format':
      case '-f': {
        const v = take();
        if (!isFormat(v)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not ${JSON.stringify(v)}`);
        args.format = v;
        break;
      }
      case '--output': {
        const v = take();
        const k = v.indexOf('=');
        const fmt = k > 0 ? v.slice(0, k) : '';
        if (k <= 0 || !isFormat(fmt) || k === v.length - 1) {
          throw new UsageError(`--output takes FORMAT=FILE with FORMAT one of ${FORMATS.join(', ')}, not ${JSON.stringify(v)}`);
        }
        args.outputs.push({ format: fmt, file: v.slice(k + 1) });
        break;
      }
      case '--namespace':
      case '-n': {
        const v = take();
        if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v) || v.length > 63) throw new UsageError(`--namespace ${JSON.stringify(v)} is not a valid namespace name`);
        args.namespace = v;
        break;
      }
      case '--fail-on': {
        const v = take();
        if (!(FAIL_ON as readonly string[]).includes(v)) throw new UsageError(`--fail-on takes ${FAIL_ON.join(', ')}, not ${JSON.stringify(v)}`);
        args.failOn = v as FailOn;
        break;
      }
      case '--category': {
        const v = take();
        if (!/^[A-Za-z0-9_.\-/]+$/.test(v)) throw new UsageError(`--category ${JSON.stringify(v)} may use letters, digits and _ . - / only`);
        args.category = v.replace(/\/+$/, '');
        break;
      }
      case '--max-results':
        args.maxResults = maxResults(take());
        break;
      case '--shard': {
        const v = take();
        const shard = parseShard(v);
        if (!shard) throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N ≤ 1000 (e.g. 2/4), not ${JSON.stringify(v)}`);
        args.shard = shard;
        break;
      }
      case '--kustomize':
        args.kustomize.push(take());
        break;
      case '--kustomize-remote':
        args.kustomizeRemote = true;
        break;
      case '--helm-chart':
        args.helmCharts.push(take());
        break;
      case '--values':
        args.values.push(take());
        break;
      case '--set': {
        const v = take();
        if (!v.includes('=')) throw new UsageError(`--set takes KEY=VALUE, not ${JSON.stringify(v)}`);
        args.set.push(v);
        break;
      }
      case '--release':
        args.release = take();
        break;
      case '--config':
        args.config = take();
        break;
      case '--no-config':
        args.noConfig = true;
        break;
      case '--known-service-account': {
        const v = take();
        if (!ACCOUNT_PATTERN.test(v)) throw new UsageError(`--known-service-account takes NAMESPACE/NAME (globs allowed, e.g. kube-system/*), not ${JSON.stringify(v)}`);
        args.knownServiceAccounts.push(v);
        break;
      }
      case '--baseline':
        args.baseline = take();
        break;
      case '--write-baseline':
        args.writeBaseline = take();
        break;
      case '--verbose':
      case '-v':
        args.verbose = true;
        break;
      case '--no-color':
        args.color = false;
        break;
      case '--color':
        args.color = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}; see saguard help`);
        args.paths.push(word);
    }
  });
  if (args.kustomizeRemote && args.kustomize.length === 0) throw new UsageError('--kustomize-remote goes with --kustomize DIR');
  if ((args.values.length > 0 || args.set.length > 0 || args.release) && args.helmCharts.length === 0) {
    throw new UsageError('--values, --set and --release go with --helm-chart DIR');
  }
  if (args.config !== undefined && args.noConfig) throw new UsageError('--config and --no-config exclude each other');
  if (args.paths.length === 0 && args.kustomize.length === 0 && args.helmCharts.length === 0) args.paths.push('.');
  return args;
}

function parseRbacArgs(command: RbacArgs['command'], rest: readonly string[]): RbacArgs {
  const args: RbacArgs = {
    command,
    verb: '',
    target: '',
    as: undefined,
    asGroups: [],
    namespace: undefined,
    subresource: undefined,
    files: [],
    output: 'text',
    builtins: true,
    paths: false,
    objectsNamespace: 'default',
  };
  const positional: string[] = [];
  eachOption(rest, (a, word, take) => {
    switch (a) {
      case '-f':
      case '--filename':
        args.files.push(take());
        break;
      case '--as':
        args.as = take();
        break;
      case '--as-group':
        args.asGroups.push(take());
        break;
      case '-n':
      case '--namespace':
        args.namespace = take();
        break;
      case '--subresource':
        args.subresource = take();
        break;
      case '-o':
      case '--output': {
        const v = take();
        if (v !== 'text' && v !== 'json') throw new UsageError(`${a} takes text or json, not ${JSON.stringify(v)}`);
        args.output = v;
        break;
      }
      case '--no-builtins':
        args.builtins = false;
        break;
      case '--paths':
        if (command === 'can-i') throw new UsageError('--paths goes with who-can and access, not can-i');
        args.paths = true;
        break;
      case '--objects-namespace':
        args.objectsNamespace = take();
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a} for ${command}; see saguard help`);
        positional.push(word);
    }
  });
  if (args.files.length === 0) throw new UsageError(`${command} needs the manifests: -f PATH (repeatable)`);
  if (command === 'access') {
    if (positional.length > 0) throw new UsageError(`access takes no arguments besides options, got ${JSON.stringify(positional[0])}`);
    if (args.as === undefined) throw new UsageError('access needs --as USER');
    return args;
  }
  if (positional.length !== 2) throw new UsageError(`${command} takes VERB and TYPE[/NAME] or VERB and /URL, e.g. ${command} get secrets -n shop`);
  [args.verb, args.target] = positional as [string, string];
  if (command === 'can-i' && args.as === undefined) throw new UsageError("can-i needs --as USER (offline, there is no current user; --as '' with --as-group asks about groups only)");
  if (args.target.startsWith('/') && (args.namespace !== undefined || args.subresource !== undefined)) {
    throw new UsageError('a non-resource URL takes no --namespace or --subresource');
  }
  return args;
}
