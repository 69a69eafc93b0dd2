/**
 * The worst escalation paths as a Mermaid flowchart, for the job summary and `--format markdown`
 * (GitHub renders ```mermaid blocks). Each path starts at the workload, goes to the identity it runs
 * as, then step by step to the stronger identity; shared nodes are drawn once.
 */
import type { Finding, Level } from '../model/types.js';
import { escapeControls } from './escape.js';

/** Paths drawn at most (worst first); the section says how many more there are. */
export const MERMAID_PATHS = 5;

const RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };

/**
 * Text inside a quoted Mermaid label: no quotes, no HTML, no entity, no Markdown string, one line.
 * Mermaid reads `#name;` as an entity, so `#` and the characters it would read as markup become
 * numeric entity codes.
 */
export function mermaidLabel(s: string): string {
  return escapeControls(s.replace(/`/g, ''))
    .replace(/[#"<>&|\\[\]{}()]/g, (c) => `#${c.charCodeAt(0)};`);
}

interface Drawn {
  workload: string;
  steps: { from: string; action: string; to: string }[];
  admin: boolean;
}

/** The paths worth drawing: one per escalation finding (its worst path), errors first, each distinct path once. */
function worstPaths(findings: readonly Finding[]): { paths: Drawn[]; total: number } {
  const candidates = findings
    .filter((f) => f.flows && f.flows.length > 0 && !f.suppression)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.f.flows![0]!.steps.length - b.f.flows![0]!.steps.length || a.i - b.i)
    .map((x) => x.f);
  const seen = new Set<string>();
  const paths: Drawn[] = [];
  for (const f of candidates) {
    const flow = f.flows![0]!;
    const workload = `${String(f.data.kind ?? f.object?.kind ?? '')} ${String(f.data.name ?? f.object?.name ?? '')}`.trim();
    const steps = flow.steps.map((s, i) => ({ from: i === 0 ? flow.from : flow.steps[i - 1]!.to, action: s.action, to: s.to }));
    const key = JSON.stringify([workload, flow.from, steps]);
    if (seen.has(key)) continue;
    seen.add(key);
    paths.push({ workload, steps: [{ from: workload, action: 'runs as', to: flow.from }, ...steps], admin: f.level === 'error' && flow.to === 'cluster-admin equivalence' });
  }
  return { paths: paths.slice(0, MERMAID_PATHS), total: paths.length };
}

/** The flowchart of the worst paths, or undefined when there is none. */
export function escalationMermaid(findings: readonly Finding[]): { mermaid: string; shown: number; total: number } | undefined {
  const { paths, total } = worstPaths(findings);
  if (paths.length === 0) return undefined;
  const ids = new Map<string, string>();
  const lines = ['flowchart LR', '  classDef admin fill:#ffebe9,stroke:#cf222e,color:#82071e'];
  const node = (label: string, kind: 'workload' | 'identity' | 'admin'): string => {
    let id = ids.get(label);
    if (id) return id;
    id = `n${ids.size}`;
    ids.set(label, id);
    const text = `"${mermaidLabel(label)}"`;
    lines.push(`  ${id}${kind === 'admin' ? `{{${text}}}` : kind === 'workload' ? `([${text}])` : `[${text}]`}`);
    if (kind === 'admin') lines.push(`  class ${id} admin`);
    return id;
  };
  const edges = new Set<string>();
  for (const p of paths) {
    for (const [i, s] of p.steps.entries()) {
      const from = node(s.from, i === 0 ? 'workload' : 'identity');
      const to = node(s.to, s.to === 'cluster-admin equivalence' ? 'admin' : 'identity');
      const edge = `  ${from} -->|"${mermaidLabel(s.action)}"| ${to}`;
      if (edges.has(edge)) continue;
      edges.add(edge);
      lines.push(edge);
    }
  }
  return { mermaid: lines.join('\n'), shown: paths.length, total };
}

/** The summary section: the Mermaid block and a line saying what it shows. */
export function escalationSection(findings: readonly Finding[]): { title: string; markdown: string } | undefined {
  const m = escalationMermaid(findings);
  if (!m) return undefined;
  const what = m.total > m.shown ? `The ${m.shown} worst of ${m.total} escalation paths` : m.total === 1 ? 'The escalation path' : `The ${m.total} escalation paths`;
  return {
    title: 'Escalation paths',
    markdown: `${what} (\`escalation-path\`): from each workload to the identity it runs as, then step by step to a stronger one. The SARIF file has each step's location.\n\n\`\`\`mermaid\n${m.mermaid}\n\`\`\`\n`,
  };
}
