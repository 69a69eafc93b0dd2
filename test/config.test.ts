/**
 * `.saguard.yaml`: parsing, every configuration error (file, line, key), the JSON Schema (Ajv)
 * against the documented examples and broken ones, and the schema against the rule registry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { formatConfigProblem, parseConfig } from '../src/config/config.js';
import { configSchema, SCHEMA_PATH } from '../src/report/config-schema.js';
import { initialConfig } from '../src/report/config-help.js';
import { RULES } from '../src/rules/index.js';

const ROOT = path.resolve(__dirname, '..');

const errorsOf = (text: string): string[] => parseConfig(text, '.saguard.yaml').problems.map(formatConfigProblem);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Ajv's CJS default export
const ajv = new (Ajv as any)({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(configSchema()) as ((data: unknown) => boolean) & { errors?: unknown[] };
const schemaAccepts = (text: string): boolean => validate(parse(text) ?? {});

/** The ```yaml blocks of a Markdown file that start with `# .saguard.yaml`. */
function documentedExamples(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => b.startsWith('# .saguard.yaml'));
}

describe('parseConfig', () => {
  it('reads the example of SPEC §5', () => {
    const { config, problems } = parseConfig(
      [
        'rules:',
        '  token-automount: warning',
        '  projected-token-settings: { level: error, options: { maxExpirationSeconds: 3600 } }',
        'knownServiceAccounts: [kube-system/*]',
        'ignore:',
        '  - rule: cluster-admin-binding',
        '    object: ClusterRoleBinding/argocd-*',
        '    reason: Argo CD needs it to manage the cluster',
        '    expires: 2027-06-30',
        'paths: { exclude: ["charts/**/tests/**"] }',
        '',
      ].join('\n'),
      'cfg/.saguard.yaml',
    );
    expect(problems).toEqual([]);
    expect(config.rules).toEqual({ 'token-automount': { level: 'warning' }, 'projected-token-settings': { level: 'error', options: { maxExpirationSeconds: 3600 } } });
    expect(config.knownServiceAccounts).toEqual(['kube-system/*']);
    expect(config.exclude).toEqual(['charts/**/tests/**']);
    expect(config.ignore).toEqual([
      {
        rules: ['cluster-admin-binding'],
        object: 'ClusterRoleBinding/argocd-*',
        reason: 'Argo CD needs it to manage the cluster',
        expires: '2027-06-30',
        location: { file: 'cfg/.saguard.yaml', region: { startLine: 6, startColumn: 5, endLine: 6, endColumn: 32 } },
        ruleLocations: [{ file: 'cfg/.saguard.yaml', region: { startLine: 6, startColumn: 11, endLine: 6, endColumn: 32 } }],
        expiresLocation: { file: 'cfg/.saguard.yaml', region: { startLine: 9, startColumn: 14, endLine: 9, endColumn: 24 } },
      },
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing yet\n'],
    ['keys with their entries commented out', 'rules:\n#  token-automount: off\nknownServiceAccounts:\nignore:\npaths:\n  exclude:\n'],
    ['a rule list and a null reason', 'ignore:\n  - rule: [token-automount, default-service-account]\n    path: x/**\n    reason:\n'],
  ])('accepts %s', (_, text) => expect(errorsOf(text)).toEqual([]));

  it.each([
    ['rules:\n  token-automont: error\n', '.saguard.yaml:2:3: rules.token-automont: unknown rule (did you mean token-automount?); `saguard rules` lists them'],
    ['rules:\n  kube-linter: error\n', '.saguard.yaml:2:3: rules.kube-linter: unknown rule; `saguard rules` lists them'],
    ['rules:\n  token-automount: fatal\n', '.saguard.yaml:2:20: rules.token-automount: expected error, warning, note, off (or { level, options }), got the string "fatal"'],
    ['rules:\n  token-automount: false\n', '.saguard.yaml:2:20: rules.token-automount: expected error, warning, note, off (or { level, options }), got boolean false'],
    ['rules:\n  token-automount: { levle: note }\n', '.saguard.yaml:2:22: rules.token-automount.levle: unknown key (did you mean level?); expected level and options'],
    ['rules:\n  token-automount: { options: { x: 1 } }\n', '.saguard.yaml:2:33: rules.token-automount.options.x: unknown option; token-automount has no options'],
    [
      'rules:\n  projected-token-settings:\n    options:\n      maxExpirationSecond: 3600\n',
      '.saguard.yaml:4:7: rules.projected-token-settings.options.maxExpirationSecond: unknown option (did you mean maxExpirationSeconds?); projected-token-settings has maxExpirationSeconds',
    ],
    [
      'rules:\n  projected-token-settings: { options: { maxExpirationSeconds: "1d" } }\n',
      '.saguard.yaml:2:64: rules.projected-token-settings.options.maxExpirationSeconds: expected a number, got the string "1d"',
    ],
    [
      'rules:\n  projected-token-settings: { options: { maxExpirationSeconds: 60 } }\n',
      '.saguard.yaml:2:64: rules.projected-token-settings.options.maxExpirationSeconds: 60 is below the smallest accepted value, 600',
    ],
    ['rules: [token-automount]\n', '.saguard.yaml:1:8: rules: expected a mapping of rule ids to a level or { level, options }, got a list'],
    ['knownServiceAcounts: []\n', '.saguard.yaml:1:1: knownServiceAcounts: unknown key (did you mean knownServiceAccounts?); expected rules, knownServiceAccounts, ignore, paths, baseline'],
    ['knownServiceAccounts: [kube-system]\n', '.saguard.yaml:1:24: knownServiceAccounts[0]: "kube-system" is not namespace/name (globs allowed, e.g. kube-system/*)'],
    ['knownServiceAccounts: kube-system/*\n', '.saguard.yaml:1:23: knownServiceAccounts: expected a list of namespace/name globs, got the string "kube-system/*"'],
    ['ignore:\n  - object: Deployment/x\n    reason: r\n', '.saguard.yaml:2:5: ignore[0]: needs rule: the rule id (or a list of them) it suppresses'],
    ['ignore:\n  - rule: token-automount\n    reason: r\n', '.saguard.yaml:2:5: ignore[0]: needs object (Kind[/namespace]/name) and/or path to say which findings it suppresses'],
    ['ignore:\n  - rule: token-automont\n    path: x\n', '.saguard.yaml:2:11: ignore[0].rule: unknown rule "token-automont" (did you mean token-automount?); `saguard rules` lists them'],
    ['ignore:\n  - rule: [token-automount, suppression-unused]\n    path: x\n', '.saguard.yaml:2:29: ignore[0].rule: findings of suppression-unused cannot be ignored; set rules.suppression-unused: off instead'],
    ['ignore:\n  - rule: token-automount\n    object: Deployment\n', '.saguard.yaml:3:13: ignore[0].object: "Deployment" is not Kind/name or Kind/namespace/name (globs allowed, e.g. ClusterRoleBinding/argocd-*)'],
    ['ignore:\n  - rule: token-automount\n    object: a/b/c/d\n', '.saguard.yaml:3:13: ignore[0].object: "a/b/c/d" is not Kind/name or Kind/namespace/name (globs allowed, e.g. ClusterRoleBinding/argocd-*)'],
    ['ignore:\n  - rule: token-automount\n    path: /etc/x.yaml\n', '.saguard.yaml:3:11: ignore[0].path: "/etc/x.yaml" is absolute; write it relative to the folder of .saguard.yaml'],
    ['ignore:\n  - rule: token-automount\n    path: x\n    expires: 2027-02-30\n', '.saguard.yaml:4:14: ignore[0].expires: "2027-02-30" is not a date; expected YYYY-MM-DD'],
    ['ignore:\n  - rule: token-automount\n    path: x\n    expires: next year\n', '.saguard.yaml:4:14: ignore[0].expires: "next year" is not a date; expected YYYY-MM-DD'],
    ['ignore:\n  - rule: token-automount\n    path: x\n    reason: [a]\n', '.saguard.yaml:4:13: ignore[0].reason: expected a sentence, got a list'],
    ['ignore:\n  - rule: token-automount\n    path: x\n    owner: me\n', '.saguard.yaml:4:5: ignore[0].owner: unknown key; expected rule, object, path, reason, expires'],
    ['ignore:\n  rule: token-automount\n', '.saguard.yaml:2:3: ignore: expected a list of entries ({ rule, object and/or path, reason, expires }), got a mapping'],
    ['paths: { include: [x] }\n', '.saguard.yaml:1:10: paths.include: unknown key (did you mean exclude?); expected exclude'],
    ['paths: { exclude: [/abs/**] }\n', '.saguard.yaml:1:20: paths.exclude[0]: "/abs/**" is absolute; write it relative to the folder of .saguard.yaml'],
    ['baseline: 3\n', '.saguard.yaml:1:11: baseline: expected the path of a baseline file, got number 3'],
    ['- rules\n', '.saguard.yaml:1:1: expected a mapping with rules, knownServiceAccounts, ignore, paths, baseline, got a list'],
    ['rules:\n  token-automount: off\n  token-automount: error\n', '.saguard.yaml:3:3: a key is repeated in one mapping'],
    ['rules: {\n', '.saguard.yaml:2:1: the file is not valid YAML'],
  ])('%j is an error naming file, line and key', (text, message) => {
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toContain(message);
  });

  it('reports every problem, in order of position', () => {
    expect(errorsOf('rules:\n  a-rule: off\n  token-automount: loud\nfoo: 1\n').map((e) => e.split(': ')[0])).toEqual(['.saguard.yaml:2:3', '.saguard.yaml:3:20', '.saguard.yaml:4:1']);
  });
});

describe('the JSON Schema', () => {
  it(`is generated into ${SCHEMA_PATH} (the drift test of generated files checks its content)`, () => {
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, SCHEMA_PATH), 'utf8'))).toEqual(configSchema());
  });

  it('names every rule of the registry with its declared options, types, defaults and bounds', () => {
    const rules = (configSchema().properties as { rules: { properties: Record<string, { anyOf: [unknown, { properties: { options: { properties: Record<string, unknown> } } }] }> } }).rules.properties;
    expect(Object.keys(rules)).toEqual(RULES.map((r) => r.id));
    for (const r of RULES) {
      const options = rules[r.id]!.anyOf[1].properties.options.properties;
      expect(Object.keys(options)).toEqual(Object.keys(r.meta.options ?? {}));
      for (const [name, o] of Object.entries(r.meta.options ?? {})) expect(options[name]).toMatchObject({ type: o.type, default: o.default, ...(o.minimum !== undefined ? { minimum: o.minimum } : {}) });
    }
  });

  const examples = [...documentedExamples('docs/configuration.md'), ...documentedExamples('README.md')];
  it('the documentation has examples', () => expect(examples.length).toBeGreaterThanOrEqual(3));
  it.each(examples.map((e, i) => [i, e]))('documented example %i is valid for the schema and for saguard', (_, text) => {
    expect(validate(parse(text as string)), JSON.stringify(validate.errors)).toBe(true);
    expect(errorsOf(text as string)).toEqual([]);
  });
  it.each([['without a baseline', undefined], ['with a baseline', 'saguard-baseline.json']])('the file saguard init writes (%s) is valid, and its commented examples too', (_, baseline) => {
    const text = initialConfig({ baseline });
    expect(schemaAccepts(text)).toBe(true);
    expect(errorsOf(text)).toEqual([]);
    const uncommented = text.replace(/^#( {2,}.*)$/gm, '$1');
    expect(uncommented).not.toBe(text);
    expect(schemaAccepts(uncommented), JSON.stringify(validate.errors)).toBe(true);
    expect(errorsOf(uncommented)).toEqual([]);
  });

  it.each([
    ['an unknown rule', 'rules:\n  token-automont: error\n'],
    ['an unknown level', 'rules:\n  token-automount: fatal\n'],
    ['an unknown option', 'rules:\n  projected-token-settings: { options: { maxExpiration: 1 } }\n'],
    ['an option of the wrong type', 'rules:\n  projected-token-settings: { options: { maxExpirationSeconds: "1d" } }\n'],
    ['an option below its minimum', 'rules:\n  projected-token-settings: { options: { maxExpirationSeconds: 60 } }\n'],
    ['an unknown top-level key', 'knownServiceAcounts: []\n'],
    ['an account without namespace', 'knownServiceAccounts: [prometheus]\n'],
    ['an ignore entry without rule', 'ignore:\n  - object: A/b\n'],
    ['an ignore entry without object or path', 'ignore:\n  - rule: token-automount\n    reason: r\n'],
    ['an ignore entry for a suppression rule', 'ignore:\n  - rule: suppression-unused\n    path: x\n'],
    ['an object pattern without name', 'ignore:\n  - rule: token-automount\n    object: Deployment\n'],
    ['a date that is not YYYY-MM-DD', 'ignore:\n  - rule: token-automount\n    path: x\n    expires: 30.06.2027\n'],
    ['an unknown ignore key', 'ignore:\n  - rule: token-automount\n    path: x\n    until: 2027-01-01\n'],
    ['an absolute exclude', 'paths: { exclude: [/x] }\n'],
  ])('rejects %s, as saguard does', (_, text) => {
    expect(schemaAccepts(text)).toBe(false);
    expect(errorsOf(text).length).toBeGreaterThan(0);
  });
});
