/**
 * Finding and reading `.saguard.yaml` (from the working directory up to the repository root, or a
 * named file), and reading and writing baselines. Parsing and validation are `config/`'s.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES, emptyConfig, formatConfigProblem, parseConfig, type ConfigProblem, type SaguardConfig } from '../config/config.js';
import { parseBaseline, type Baseline } from '../analyze/baseline.js';
import { pathMatches } from '../analyze/suppress.js';
import { displayPath } from './files.js';
import { byteFs, isInside, readRegular, toBytes } from './read.js';

/** A configuration file that cannot be read or is invalid: one line per problem, naming file, line and key. */
export class ConfigFileError extends Error {
  constructor(
    message: string,
    /** The problems with their positions, when the file was read. */
    readonly problems: readonly ConfigProblem[] = [],
  ) {
    super(message);
  }
}

export interface LoadedConfig {
  /** The file as reported (repository-relative), when there is one. */
  file: string | undefined;
  /** Its text, for locations in it (SARIF line hashes). */
  text: string | undefined;
  /** Globs and `ignore[].path` resolved against the repository root; `baseline` absolute. */
  config: SaguardConfig;
}

/** The configuration file that applies in `cwd`: the nearest `.saguard.yaml` or `.saguard.yml` up to `root`. */
export function findConfigFile(cwd: string, root: string): string | undefined {
  let dir = path.resolve(cwd);
  const top = isInside(dir, root) ? path.resolve(root) : dir;
  for (;;) {
    const present = CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).filter((f) => fs.existsSync(f));
    if (present.length > 1) {
      throw new ConfigFileError(`both ${present.map((f) => displayPath(f, root, cwd)).join(' and ')} exist; keep one`);
    }
    if (present.length === 1) return present[0];
    if (dir === top) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * The configuration: `explicit` (a path from `--config` or the Action's `config` input) or the
 * one found from `cwd` up to `root`, or the defaults when there is none (or `none` is set).
 */
export function loadConfig(options: { explicit?: string | undefined; none?: boolean; cwd: string; root: string; confinedTo?: string }): LoadedConfig {
  const { cwd, root } = options;
  if (options.none) return { file: undefined, text: undefined, config: emptyConfig() };
  const abs = options.explicit !== undefined ? path.resolve(cwd, options.explicit) : findConfigFile(cwd, root);
  if (abs === undefined) return { file: undefined, text: undefined, config: emptyConfig() };
  const file = displayPath(abs, root, cwd);
  const text = readText(abs, `the configuration ${file}`, 'no such file', options.confinedTo);
  const { config, problems } = parseConfig(text, file);
  if (problems.length > 0) throw new ConfigFileError(problems.map(formatConfigProblem).join('\n'), problems);
  // Paths in the file are relative to its folder; findings and files are relative to the repository root.
  const dir = path.dirname(abs);
  const base = isInside(dir, root) ? path.relative(root, dir).split(path.sep).join('/') : '';
  const resolve = (glob: string): string => (base ? path.posix.join(base, glob) : path.posix.normalize(glob));
  return {
    file,
    text,
    config: {
      ...config,
      exclude: config.exclude.map(resolve),
      ignore: config.ignore.map((e) => (e.path !== undefined ? { ...e, path: resolve(e.path) } : e)),
      ...(config.baseline !== undefined ? { baseline: path.resolve(dir, config.baseline) } : {}),
    },
  };
}

/** The configuration and baselines are small; anything larger is not one. */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/**
 * A file's text, through the reading guard (it comes from the pull request too: a link to
 * `/dev/zero` or out of the workspace, a FIFO, a huge file are refused). `confinedTo`: the real
 * path must be inside it (the Action's workspace). A failure is a `ConfigFileError` saying what
 * could not be read and why.
 */
function readText(abs: string, what: string, missing: string, confinedTo: string | undefined): string {
  const fail = (why: string): never => {
    throw new ConfigFileError(`cannot read ${what}: ${why}`);
  };
  let real: string;
  try {
    real = byteFs.realpathSync(toBytes(abs));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? missing : (code ?? (e as Error).message));
  }
  if (confinedTo !== undefined && !isInside(real, byteFs.realpathSync(toBytes(confinedTo)))) fail('it is a link out of the workspace');
  const r = readRegular(real, MAX_CONFIG_BYTES);
  if (r.kind === 'text') return r.text;
  if (r.kind === 'error') return fail(r.code === 'EISDIR' ? 'it is a directory' : r.code);
  const u = r.unread;
  return fail(u.reason === 'not-regular' ? `it is a ${u.type}, not a regular file` : u.reason === 'too-large' ? `it is larger than ${MAX_CONFIG_BYTES / 1048576} MiB` : u.reason === 'unreadable' ? u.code : 'it is a link out of the workspace');
}

/** Reads a baseline file (`file` relative to `cwd`, or absolute); with `confinedTo`, only inside that folder. */
export function readBaseline(file: string, cwd: string, root: string, confinedTo?: string): Baseline {
  const abs = path.resolve(cwd, file);
  const shown = displayPath(abs, root, cwd);
  const text = readText(abs, `the baseline ${shown}`, 'no such file (write one with saguard scan --write-baseline FILE)', confinedTo);
  const parsed = parseBaseline(text, shown);
  if ('problem' in parsed) throw new ConfigFileError(parsed.problem);
  return parsed.baseline;
}

/**
 * The baseline of a scan: `explicit` (`--baseline`, the Action's `baseline` input; relative to
 * `cwd`), else the configuration's `baseline:`, whose problems are problems of the configuration
 * at that key (file, line and key, like every other).
 */
export function readScanBaseline(loaded: LoadedConfig, explicit: string | undefined, cwd: string, root: string, confinedTo?: string): Baseline | undefined {
  if (explicit !== undefined) return readBaseline(explicit, cwd, root, confinedTo);
  const { baseline, baselineAt } = loaded.config;
  if (baseline === undefined) return undefined;
  try {
    return readBaseline(baseline, root, root, confinedTo);
  } catch (e) {
    if (!(e instanceof ConfigFileError) || loaded.file === undefined || baselineAt === undefined) throw e;
    const problem: ConfigProblem = { file: loaded.file, ...baselineAt, key: 'baseline', message: e.message };
    throw new ConfigFileError(formatConfigProblem(problem), [problem]);
  }
}

/** Writes a file, creating its folder; a failure is a `ConfigFileError` naming it. */
export function writeFileIn(cwd: string, file: string, text: string): string {
  const abs = path.resolve(cwd, file);
  try {
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  } catch (e) {
    throw new ConfigFileError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return abs;
}

/**
 * What a scan does not read, by reported path, and why: the configuration and the baseline
 * (saguard's files, never manifests), and `paths.exclude`.
 */
export function excludedFiles(loaded: LoadedConfig, baseline: Baseline | undefined): ((file: string) => string | false) | undefined {
  const own = new Map<string, string>();
  if (loaded.file !== undefined) own.set(loaded.file, 'the saguard configuration');
  if (baseline !== undefined) own.set(baseline.file, 'the saguard baseline');
  const globs = loaded.config.exclude;
  if (own.size === 0 && globs.length === 0) return undefined;
  return (file) => own.get(file) ?? (globs.some((g) => pathMatches(g, file)) ? 'excluded by paths.exclude of the configuration' : false);
}
