/** Moving findings from rendered output (not a file of the repository) to the source files that produced it. */
import type { Finding, JsonPath, Location, Rendering } from '../../model/types.js';

/** Manifests rendered by helm or kustomize, and the way back to their sources. */
export interface Rendered {
  /** The rendered manifests, scanned under a name that says what rendered them (not a file). */
  source: { path: string; text: string };
  /** Moves findings on the rendered manifests to the files that produced them. */
  remap(f: Finding): Finding;
  /** Texts of the source files findings moved to, by reported path. */
  files: Map<string, string>;
}

/** Where a node of the rendered output comes from. */
export interface Placement {
  location: Location;
  mapping: Rendering['mapping'];
  /** For `parent`: the path of the parent the location is of. */
  path?: JsonPath;
}

/**
 * A remapper for findings on `rendered` (the name the rendered output was scanned under):
 * `place` says where the node at a rendered line and column (and JSON path, when known) comes
 * from; `fallback` is a file of the repository for what cannot be placed (the chart's
 * Chart.yaml, the kustomization). Related locations move too. No location keeps the rendered
 * name: the rendered position stays in `rendered`.
 */
export function remapper(
  rendered: string,
  renderer: string,
  place: (line: number, column: number, path: JsonPath | undefined) => Placement | undefined,
  fallback: Location,
): (f: Finding) => Finding {
  const at = (loc: Location, path: JsonPath | undefined): Placement =>
    place(loc.region.startLine, loc.region.startColumn, path) ?? { location: fallback, mapping: 'document' };
  return (f) => {
    if (f.location.file !== rendered) return f;
    try {
      return move(f);
    } catch {
      // Placing one finding failed (a bug): it keeps its rendered position and lands on the
      // fallback file, like a node that cannot be placed; the other findings move as usual.
      const flows = f.flows?.map((flow) => ({ ...flow, steps: flow.steps.map((s) => (s.location?.file === rendered ? { ...s, location: fallback } : s)) }));
      return { ...f, location: fallback, related: [], ...(flows ? { flows } : {}), rendered: { renderer, region: f.location.region, mapping: 'document' } };
    }
  };
  function move(f: Finding): Finding {
    const to = at(f.location, f.object ? f.path : undefined);
    const related = f.related.map((r) => (r.location.file === rendered ? { ...r, location: at(r.location, r.path).location } : r));
    // Escalation paths: each step moves to the template or patch that grants it.
    const flows = f.flows?.map((flow) => ({ ...flow, steps: flow.steps.map((s) => (s.location?.file === rendered ? { ...s, location: at(s.location, s.path).location } : s)) }));
    return {
      ...f,
      location: to.location,
      related,
      ...(flows ? { flows } : {}),
      rendered: { renderer, region: f.location.region, mapping: to.mapping, ...(to.path ? { path: to.path } : {}) },
    };
  }
}

/**
 * Findings of several renderings (overlays of one base) that sit on the same source line and
 * say the same problem are one finding: the first (in sorted order) is kept and names the others.
 */
export function mergeRenderings(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    if (!f.rendered) {
      out.push(f);
      continue;
    }
    const r = f.location.region;
    const key = `${f.ruleId}|${f.messageId}|${f.location.file}|${r.startLine}:${r.startColumn}|${f.path.join('.')}|${f.suppression ? 's' : ''}`;
    const first = seen.get(key);
    if (!first) {
      const copy = { ...f, rendered: { ...f.rendered } };
      seen.set(key, copy);
      out.push(copy);
      continue;
    }
    if (first.rendered!.renderer === f.rendered.renderer) {
      out.push(f);
      continue;
    }
    const also = new Set(first.rendered!.also ?? []);
    also.add(f.rendered.renderer);
    first.rendered!.also = [...also].sort();
  }
  return out;
}

/** Moves every finding of rendered output to its sources, then merges what overlays repeat. */
export function remapAll(findings: readonly Finding[], rendered: readonly Rendered[], sort: (f: Finding[]) => Finding[]): Finding[] {
  if (rendered.length === 0) return [...findings];
  return mergeRenderings(sort(findings.map((f) => rendered.reduce((g, r) => r.remap(g), f))));
}
