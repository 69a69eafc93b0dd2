import { describe, expect, it } from 'vitest';
import { renderMarkdown, SUMMARY_LIMIT_BYTES } from '../../src/report/markdown.js';
import { lint } from '../../src/index.js';

const pods = (n: number) => Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: { name: pod-with-a-rather-long-name-${i}, namespace: shop }\nspec:\n  automountServiceAccountToken: false\n  containers: []\n`).join('---\n');

describe('the job summary', () => {
  const findings = lint([{ path: 'many.yaml', text: pods(6000) }]).findings;
  it('stays under GitHub\'s 1 MiB and says what it left out', () => {
    const md = renderMarkdown(findings);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(md)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 2000);
    expect(md).toMatch(/> The summary shows \d+ of 6000 findings \(GitHub limits a step summary to 1 MiB\); the SARIF file has all of them\.\n$/);
    expect(md).toContain('| `default-service-account` — Workload runs as the default ServiceAccount | 6000 |');
  });
  it('lists the findings on changed lines first, marked', () => {
    const changed = new Set([findings[5999]!]);
    const md = renderMarkdown(findings.slice(5990), { changed });
    const rows = md.split('\n').filter((l) => l.startsWith('| 🟠 warning | `'));
    expect(rows[0]).toContain('(changed)');
    expect(rows[0]).toContain('`many.yaml:41997`'); // the last pod's spec
  });
});
