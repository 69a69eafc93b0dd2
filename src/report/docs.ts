/** The documentation page of a rule (`docs/rules/<id>.md`), generated from its metadata. */
import type { Unread } from '../model/types.js';
import type { Rule } from '../rules/rule.js';
import { ruleConfigSection } from './config-help.js';

/** How the documented failing file escaped reading, for rules about input saguard did not read. */
function unreadNote(u: Unread): string {
  switch (u.reason) {
    case 'link-outside':
      return `The file is a symbolic link to \`${u.target}\`, outside ${u.boundary}:`;
    case 'not-regular':
      return `The file is a ${u.type}, not a regular file:`;
    case 'too-large':
      return `The file has ${u.size} bytes, more than the ${u.limit} saguard reads:`;
    case 'unreadable':
      return `The file cannot be read (${u.code}):`;
  }
}

export function ruleDoc(rule: Rule): string {
  const m = rule.meta;
  const cis = m.tags.filter((t) => t.startsWith('cis-')).map((t) => t.slice(4));
  const out = [
    `<!-- Generated from src/rules/${rule.id}.ts by \`npm run generate\`; do not edit. -->`,
    `# ${rule.id}`,
    '',
    `**${m.title}**`,
    '',
    m.description,
    '',
    '| default level | security-severity | precision | CIS Kubernetes Benchmark | tags |',
    '| --- | --- | --- | --- | --- |',
    `| ${m.level} | ${m.securitySeverity ?? '— (input hygiene, not a security rule)'} | ${m.precision} | ${cis.length ? cis.join(', ') : '—'} | ${m.tags.map((t) => `\`${t}\``).join(' ')} |`,
    '',
    '## Why',
    '',
    m.docs.rationale,
    '',
    '## Fails',
    '',
    ...(m.docs.unread ? [unreadNote(m.docs.unread), ''] : []),
    '```yaml',
    m.docs.failing.trimEnd(),
    '```',
    '',
    '## Passes',
    '',
    '```yaml',
    m.docs.passing.trimEnd(),
    '```',
    '',
    '## Fix',
    '',
    m.remediation,
    '',
    '## Messages',
    '',
    ...Object.entries(m.messages).map(([id, t]) => `- \`${id}\`: ${t}`),
    '',
  ];
  if (m.options && Object.keys(m.options).length > 0) {
    out.push('## Options', '', '| option | default | meaning |', '| --- | --- | --- |');
    for (const [k, o] of Object.entries(m.options)) out.push(`| \`${k}\` | \`${String(o.default)}\` | ${o.description} |`);
    out.push('');
  }
  out.push(...ruleConfigSection(rule));
  out.push('## References', '', ...m.references.map((r) => `- <${r}>`), '');
  return out.join('\n');
}
