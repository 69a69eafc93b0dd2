/**
 * The JSON Schema of `.saguard.yaml` (draft-07, what editors' YAML language servers read), generated
 * from the rule registry so that rule ids, levels and options cannot drift from it.
 */
import { RULES } from '../rules/index.js';
import { INFORMATION_URI } from './sarif.js';
import { IGNORE_KEYS, LEVEL_SETTINGS, SUPPRESSION_RULES } from '../config/config.js';

export const SCHEMA_PATH = 'schema/saguard.schema.json';
export const SCHEMA_URL = `https://raw.githubusercontent.com/saguard/saguard/main/${SCHEMA_PATH}`;

type Schema = Record<string, unknown>;

export function configSchema(): Schema {
  const ruleIds = RULES.map((r) => r.id);
  const rules: Record<string, Schema> = {};
  for (const r of RULES) {
    const options: Record<string, Schema> = {};
    for (const [name, o] of Object.entries(r.meta.options ?? {})) {
      options[name] = {
        type: o.type,
        default: o.default,
        description: o.description,
        ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
      };
    }
    rules[r.id] = {
      description: `${r.meta.title} (default: ${r.meta.level}). ${INFORMATION_URI}/blob/main/docs/rules/${r.id}.md`,
      anyOf: [
        { $ref: '#/definitions/level' },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            level: { $ref: '#/definitions/level' },
            options: { type: 'object', additionalProperties: false, properties: options },
          },
        },
      ],
    };
  }
  const ignorable = ruleIds.filter((id) => !SUPPRESSION_RULES.includes(id));
  const nonEmpty = { type: 'string', minLength: 1, pattern: '\\S' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_URL,
    title: 'saguard configuration (.saguard.yaml)',
    description: `Rule levels and options, accounts created elsewhere, suppressions, excluded paths and a baseline. ${INFORMATION_URI}/blob/main/docs/configuration.md`,
    type: 'object',
    additionalProperties: false,
    definitions: {
      level: { type: 'string', enum: [...LEVEL_SETTINGS], description: 'error, warning or note; off disables the rule.' },
      ruleId: { type: 'string', enum: ignorable },
    },
    properties: {
      rules: {
        type: ['object', 'null'],
        description: 'Per rule: a level (error, warning, note, off) or { level, options }.',
        additionalProperties: false,
        properties: rules,
      },
      knownServiceAccounts: {
        type: ['array', 'null'],
        description: 'namespace/name globs of ServiceAccounts created outside the scanned manifests (e.g. kube-system/*).',
        items: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$' },
      },
      ignore: {
        type: ['array', 'null'],
        description: 'Configured suppressions: the findings of rule on objects matching object and/or files matching path.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['rule'],
          anyOf: [{ required: ['object'] }, { required: ['path'] }],
          properties: {
            rule: {
              description: 'The rule id, or a list of them.',
              anyOf: [{ $ref: '#/definitions/ruleId' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/ruleId' } }],
            },
            object: { type: 'string', pattern: '^[^/\\s]+(/[^/\\s]+){1,2}$', description: 'Kind/name or Kind/namespace/name; each part may be a glob.' },
            path: { ...nonEmpty, not: { pattern: '^(/|[A-Za-z]:[\\\\/])' }, description: 'A file glob, relative to the folder of this file.' },
            reason: { type: ['string', 'null'], description: 'Why the finding is accepted (an entry without one is reported by suppression-invalid).' },
            expires: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'YYYY-MM-DD: after this day the findings are reported again.' },
          },
        },
      },
      paths: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          exclude: { type: ['array', 'null'], description: 'File globs not to scan, relative to the folder of this file.', items: { ...nonEmpty, not: { pattern: '^/' } } },
        },
      },
      baseline: { ...nonEmpty, description: 'A baseline written by saguard scan --write-baseline, relative to the folder of this file: its findings are hidden.' },
    },
  };
}

export function configSchemaText(): string {
  return JSON.stringify(configSchema(), null, 2) + '\n';
}
