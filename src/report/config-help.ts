/** Configuration help: a rule's `.saguard.yaml` snippets (for `explain` and its doc page) and the file `saguard init` writes. */
import type { Rule } from '../rules/rule.js';
import { SUPPRESSION_RULES } from '../config/config.js';
import { SCHEMA_URL } from './config-schema.js';
import { INFORMATION_URI } from './sarif.js';

const yamlValue = (v: number | boolean | string): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** Markdown: how to change the rule's level and options, and how to suppress one of its findings. */
export function ruleConfigSection(rule: Rule): string[] {
  const id = rule.id;
  const options = Object.entries(rule.meta.options ?? {});
  const other = rule.meta.level === 'error' ? 'warning' : 'error';
  const out = ['## Configure', '', `In \`.saguard.yaml\` ([configuration](../configuration.md)):`, '', '```yaml', 'rules:'];
  out.push(`  ${id}: ${other}  # error | warning | note | off (default: ${rule.meta.level})`);
  if (options.length > 0) {
    out.push(`  # or, with options (shown with their defaults):`);
    out.push(`  # ${id}: { level: ${rule.meta.level}, options: { ${options.map(([k, o]) => `${k}: ${yamlValue(o.default)}`).join(', ')} } }`);
  }
  out.push('```', '');
  if (SUPPRESSION_RULES.includes(id)) {
    out.push('Findings of this rule cannot be suppressed; set its level to `off` to silence it.', '');
    return out;
  }
  out.push(
    'To accept one finding, annotate the object it is on (or the pod template, for a workload), with a reason:',
    '',
    '```yaml',
    'metadata:',
    '  annotations:',
    `    saguard.dev/ignore: ${id}`,
    '    saguard.dev/ignore-reason: "why this is accepted"',
    '```',
    '',
    'or list it in `.saguard.yaml`:',
    '',
    '```yaml',
    'ignore:',
    `  - rule: ${id}`,
    '    object: Kind/namespace/name      # or Kind/name; globs allowed',
    '    reason: why this is accepted',
    '    expires: 2030-12-31              # optional: reported again after this day',
    '```',
    '',
  );
  return out;
}

/** The commented `.saguard.yaml` of `saguard init`. */
export function initialConfig(options: { baseline?: string | undefined }): string {
  return `# yaml-language-server: $schema=${SCHEMA_URL}
# saguard configuration: ${INFORMATION_URI}/blob/main/docs/configuration.md
# \`saguard rules\` lists the rules; \`saguard explain RULE\` shows one with its options.

# Per rule: a level (error, warning, note, off), or { level, options }.
rules:
#  sa-automount-enabled: off
#  token-automount: error
#  projected-token-settings: { level: warning, options: { maxExpirationSeconds: 3600 } }

# ServiceAccounts that exist in the cluster but not in these manifests (namespace/name globs).
knownServiceAccounts:
#  - kube-system/*

# Accepted findings: the rule, the object (Kind[/namespace]/name, globs allowed) and/or a path,
# and why. After \`expires\` the findings are reported again.
ignore:
#  - rule: cluster-admin-binding
#    object: ClusterRoleBinding/argocd-*
#    reason: Argo CD manages the cluster
#    expires: 2027-06-30

# Files not to scan (globs, relative to this file's folder).
paths:
  exclude:
#    - charts/**/tests/**
${
  options.baseline !== undefined
    ? `\n# Findings accepted when saguard was adopted (saguard scan --write-baseline ${options.baseline}\n# rewrites it); only new findings are reported and fail the build.\nbaseline: ${options.baseline}\n`
    : `\n# Findings accepted when saguard was adopted: write it with\n# saguard scan --write-baseline saguard-baseline.json, then name it here.\n# baseline: saguard-baseline.json\n`
}`;
}
