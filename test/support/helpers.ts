import { lint, lintConfigOf, type LintConfig } from '../../src/index.js';
import { parseConfig } from '../../src/config/config.js';
import type { Finding } from '../../src/model/types.js';
import { formatMessage } from '../../src/report/messages.js';
import { expect } from 'vitest';

/** Strips the common indentation of a template literal so YAML can be written indented in tests. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((a, s, i) => a + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function scan(text: string, config: LintConfig = {}, file = 'test.yaml'): Finding[] {
  return lint([{ path: file, text }], config).findings;
}

export interface Expected {
  messageId: string;
  line: number;
  column: number;
  path?: (string | number)[];
  level?: string;
  /** The file the finding is in, when it is not the manifest (a configuration entry). */
  file?: string;
  /** A substring the formatted message must contain. */
  message?: string;
}

/** One row of a rule's table: a manifest and exactly the findings of that rule it must produce. */
export interface Case {
  name: string;
  code: string;
  errors: Expected[];
  config?: LintConfig;
}

/** The parts of a `.saguard.yaml` text that `lint` reads; the text must be a valid configuration. */
export function configOf(text: string, extra: LintConfig = {}): LintConfig {
  const { config, problems } = parseConfig(text, '.saguard.yaml');
  expect(problems).toEqual([]);
  return { ...lintConfigOf(config), ...extra };
}

export function runCase(ruleId: string, c: Case): void {
  const found = scan(c.code, c.config).filter((f) => f.ruleId === ruleId);
  const got = found.map((f) => ({
    messageId: f.messageId,
    line: f.location.region.startLine,
    column: f.location.region.startColumn,
    ...(c.errors.some((e) => e.path) ? { path: [...f.path] } : {}),
    ...(c.errors.some((e) => e.level) ? { level: f.level } : {}),
    ...(c.errors.some((e) => e.file) ? { file: f.location.file } : {}),
  }));
  const want = c.errors.map((e) => ({
    messageId: e.messageId,
    line: e.line,
    column: e.column,
    ...(c.errors.some((x) => x.path) ? { path: e.path } : {}),
    ...(c.errors.some((x) => x.level) ? { level: e.level } : {}),
    ...(c.errors.some((x) => x.file) ? { file: e.file ?? 'test.yaml' } : {}),
  }));
  expect(got).toEqual(want);
  c.errors.forEach((e, i) => {
    if (e.message) expect(formatMessage(found[i]!)).toContain(e.message);
  });
}
