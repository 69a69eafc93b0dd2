export const id = 890;
export const ids = [890];
export const modules = {

/***/ 2890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeRenderings: () => (/* binding */ mergeRenderings),
/* harmony export */   remapAll: () => (/* binding */ remapAll),
/* harmony export */   remapper: () => (/* binding */ remapper)
/* harmony export */ });
/**
 * A remapper for findings on `rendered` (the name the rendered output was scanned under):
 * `place` says where the node at a rendered line and column (and JSON path, when known) comes
 * from; `fallback` is a file of the repository for what cannot be placed (the chart's
 * Chart.yaml, the kustomization). Related locations move too. No location keeps the rendered
 * name: the rendered position stays in `rendered`.
 */
function remapper(rendered, renderer, place, fallback) {
    const at = (loc, path) => place(loc.region.startLine, loc.region.startColumn, path) ?? { location: fallback, mapping: 'document' };
    return (f) => {
        if (f.location.file !== rendered)
            return f;
        try {
            return move(f);
        }
        catch {
            // Placing one finding failed (a bug): it keeps its rendered position and lands on the
            // fallback file, like a node that cannot be placed; the other findings move as usual.
            const flows = f.flows?.map((flow) => ({ ...flow, steps: flow.steps.map((s) => (s.location?.file === rendered ? { ...s, location: fallback } : s)) }));
            return { ...f, location: fallback, related: [], ...(flows ? { flows } : {}), rendered: { renderer, region: f.location.region, mapping: 'document' } };
        }
    };
    function move(f) {
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
function mergeRenderings(findings) {
    const out = [];
    const seen = new Map();
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
        if (first.rendered.renderer === f.rendered.renderer) {
            out.push(f);
            continue;
        }
        const also = new Set(first.rendered.also ?? []);
        also.add(f.rendered.renderer);
        first.rendered.also = [...also].sort();
    }
    return out;
}
/** Moves every finding of rendered output to its sources, then merges what overlays repeat. */
function remapAll(findings, rendered, sort) {
    if (rendered.length === 0)
        return [...findings];
    return mergeRenderings(sort(findings.map((f) => rendered.reduce((g, r) => r.remap(g), f))));
}


/***/ })

};
