export const id = 10;
export const ids = [10,890];
export const modules = {

/***/ 9010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseName: () => (/* binding */ releaseName),
  renderHelm: () => (/* binding */ renderHelm)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/load/load.js + 1 modules
var load = __webpack_require__(8874);
// EXTERNAL MODULE: ./lib/src/load/split.js
var split = __webpack_require__(1531);
// EXTERNAL MODULE: ./lib/src/load/lines.js
var load_lines = __webpack_require__(8716);
;// CONCATENATED MODULE: ./lib/src/load/template-map.js
/**
 * Reading a Helm template back from its output. A template is not YAML: it is text with Go
 * template actions. The literal lines of a template reach the output unchanged (template actions
 * become wildcards), in order, inside the control structure of `if`/`else`, `with` and `range`;
 * `---` lines split the output into documents, and Helm prints documents sorted by kind, so
 * neither the order of documents nor their kind alone tells which template document produced a
 * rendered one. `HelmTemplate.align` matches the lines of one rendered document against every
 * path through the template (a Viterbi walk over the template's control structure: a branch of
 * an `if` excludes its `else`, a `range` body may repeat, a document starts after a `---`) and
 * keeps the path that matches the most literal text: names with a literal part, the branch that
 * wrote the kind, the literal list items. Lines the template's actions emitted (`include`,
 * `toYaml`) stay unaligned; `locateInDefine` finds them by key path in the `define` the action
 * included (`_helpers.tpl`, `_podtemplate.tpl`), whatever order `toYaml` put them in.
 */

const CONTROL = /^(if|else|range|with|end|define|block)\b/;
const INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
function scanActions(text) {
    const out = [];
    let i = 0;
    const n = text.length;
    while ((i = text.indexOf('{{', i)) !== -1) {
        const start = i;
        let k = i + 2;
        const trimLeft = text[k] === '-' && /\s/.test(text[k + 1] ?? '');
        if (trimLeft)
            k++;
        const bodyStart = k;
        let end = -1;
        const rest = text.slice(k, k + 4).trimStart();
        if (rest.startsWith('/*')) {
            const c = text.indexOf('*/', k);
            const close = c === -1 ? -1 : text.indexOf('}}', c + 2);
            end = close === -1 ? n : close + 2;
            k = close === -1 ? n : close;
        }
        else {
            while (k < n) {
                const ch = text[k];
                if (ch === '"') {
                    k++;
                    while (k < n && text[k] !== '"' && text[k] !== '\n')
                        k += text[k] === '\\' ? 2 : 1;
                }
                else if (ch === '`') {
                    const e = text.indexOf('`', k + 1);
                    k = e === -1 ? n : e;
                }
                else if (text.startsWith('}}', k)) {
                    end = k + 2;
                    break;
                }
                k++;
            }
            if (end === -1)
                end = n;
        }
        const close = end === n && !text.endsWith('}}') ? n : end - 2;
        const trimRight = text[close - 1] === '-' && /\s/.test(text[close - 2] ?? '');
        out.push({ start, end, body: text.slice(bodyStart, trimRight ? close - 1 : close).trim(), trimLeft, trimRight });
        i = end;
    }
    return out;
}
const controlOf = (body) => {
    if (body.startsWith('/*'))
        return undefined;
    return CONTROL.exec(body)?.[1];
};
const template_map_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A literal line as a pattern (one group per piece); `loose` leaves its indentation out. */
function patternOf(pieces, loose) {
    const source = pieces
        .map((p, i) => {
        if (!p.literal)
            return '(.*?)';
        const t = loose && i === 0 ? p.text.trimStart() : p.text;
        // Space before an action that writes nothing (or a line break: nindent) is not kept at the end of a line.
        const tail = t !== t.trimEnd() && i < pieces.length - 1 ? '[ \\t]*' : '';
        return `(${template_map_escape(tail ? t.trimEnd() : t)}${tail})`;
    })
        .join('');
    return new RegExp(`^${source}$`, 'd');
}
class HelmTemplate {
    text;
    lines;
    frames = [];
    /** `define` bodies by name: 0-based line range [from, to). */
    defines = new Map();
    constructor(text) {
        this.text = text;
        const rawLines = text.split('\n').map((l) => l.replace(/\r$/, ''));
        const starts = [];
        let o = 0;
        for (const l of text.split('\n')) {
            starts.push(o);
            o += l.length + 1;
        }
        const actions = scanActions(text);
        const lineOf = (offset) => (0,load_lines/* lastAtMost */.f)(starts, offset);
        const byLine = rawLines.map(() => []);
        const inside = new Set();
        for (const a of actions) {
            const first = lineOf(a.start);
            const last = lineOf(Math.max(a.start, a.end - 1));
            byLine[first].push(a);
            for (let l = first + 1; l <= last; l++)
                inside.add(l);
        }
        this.lines = rawLines.map((text, index) => {
            const acts = byLine[index];
            const lineStart = starts[index];
            const pieces = [];
            let col = 0;
            // Text after an action that started on an earlier line is the tail of that action's line.
            if (inside.has(index)) {
                const prev = actions.find((a) => a.start < lineStart && a.end > lineStart);
                col = prev ? Math.min(text.length, prev.end - lineStart) : 0;
                if (text.slice(col).trim() === '' && acts.length === 0)
                    return { index, text, kind: 'inside', pieces: [], weight: 0, controls: [], includes: [] };
            }
            for (const a of acts) {
                const s = a.start - lineStart;
                if (s > col)
                    pieces.push({ literal: true, start: col, end: s, text: text.slice(col, s) });
                const e = Math.min(text.length, a.end - lineStart);
                pieces.push({ literal: false, start: s, end: e, text: a.body });
                col = e;
            }
            if (col < text.length)
                pieces.push({ literal: true, start: col, end: text.length, text: text.slice(col) });
            const includes = acts.flatMap((a) => [...a.body.matchAll(INCLUDE)].map((m) => m[1]));
            const literalText = pieces.filter((p) => p.literal).map((p) => p.text).join('');
            if (literalText.trim() === '') {
                if (acts.length === 0)
                    return { index, text, kind: 'blank', pieces, weight: 0, controls: [], includes };
                const controls = acts.map((a) => controlOf(a.body)).filter((c) => c !== undefined);
                return { index, text, kind: 'action', pieces, weight: 0, controls, includes };
            }
            if (acts.length === 0 && /^---(\s|$)/.test(text))
                return { index, text, kind: 'docsep', pieces, weight: 0, controls: [], includes };
            // Trim markers eat the whitespace next to the action.
            acts.forEach((a) => {
                const i = pieces.findIndex((p) => !p.literal && p.start === a.start - lineStart);
                const before = pieces[i - 1];
                const after = pieces[i + 1];
                if (a.trimLeft && before?.literal)
                    before.text = before.text.trimEnd();
                if (a.trimRight && after?.literal) {
                    const t = after.text.trimStart();
                    after.start += after.text.length - t.length;
                    after.text = t;
                }
            });
            const last = pieces[pieces.length - 1];
            if (last?.literal)
                last.text = last.text.trimEnd();
            const pattern = patternOf(pieces, false);
            const loose = patternOf(pieces, true);
            const weight = Math.max(1, literalText.replace(/\s/g, '').length);
            // Control actions balanced within a literal line are value logic, not structure.
            return { index, text, kind: 'literal', pieces, pattern, loose, weight, controls: [], includes };
        });
        this.buildFrames();
    }
    buildFrames() {
        const stack = [];
        for (const line of this.lines) {
            if (line.kind !== 'action')
                continue;
            for (const c of line.controls) {
                if (c === 'else')
                    stack[stack.length - 1]?.elses.push(line.index);
                else if (c === 'end') {
                    const f = stack.pop();
                    if (f) {
                        f.end = line.index;
                        this.frames.push(f);
                        if (f.control === 'define') {
                            const name = /^define\s+"([^"]+)"/.exec(this.actionBody(f.line, 'define') ?? '')?.[1];
                            if (name)
                                this.defines.set(name, { from: f.line + 1, to: f.end });
                        }
                    }
                }
                else
                    stack.push({ control: c, line: line.index, elses: [], end: this.lines.length });
            }
        }
        // Unclosed frames end with the text.
        for (const f of stack)
            this.frames.push(f);
    }
    actionBody(line, control) {
        const l = this.lines[line];
        return l.pieces.find((p) => !p.literal && controlOf(p.text) === control)?.text;
    }
    /**
     * Epsilon edges of the walk: from a position (before line p) to the positions reachable
     * without consuming a rendered line, with their cost.
     */
    edges() {
        const n = this.lines.length;
        const out = [];
        const redirected = new Set();
        for (const f of this.frames) {
            const after = Math.min(n, f.end + 1);
            if (f.control === 'define') {
                out.push({ from: f.line, to: after, cost: 0 });
                redirected.add(f.line);
                continue;
            }
            if (f.control === 'block')
                continue;
            // Into the first branch, into each else branch, or past the end.
            out.push({ from: f.line, to: f.line + 1, cost: 0 });
            for (const e of f.elses)
                out.push({ from: f.line, to: e + 1, cost: 0 });
            out.push({ from: f.line, to: after, cost: 0 });
            redirected.add(f.line);
            // The end of a branch jumps past the end.
            for (const e of f.elses) {
                out.push({ from: e, to: after, cost: 0 });
                redirected.add(e);
            }
            // A range body may run again.
            if (f.control === 'range')
                out.push({ from: f.elses[0] ?? f.end, to: f.line + 1, cost: 0 });
        }
        for (const l of this.lines) {
            if (redirected.has(l.index) || l.kind === 'docsep')
                continue;
            // Skipping a literal line costs a little: paths that match what the template writes win.
            out.push({ from: l.index, to: l.index + 1, cost: l.kind === 'literal' ? -0.01 : 0 });
        }
        return out;
    }
    edgeCache;
    outEdges() {
        if (!this.edgeCache) {
            const byFrom = Array.from({ length: this.lines.length + 1 }, () => []);
            for (const e of this.edges())
                byFrom[e.from].push(e);
            this.edgeCache = byFrom;
        }
        return this.edgeCache;
    }
    /**
     * For each line of a rendered document (without its `---` and `# Source:` lines), the 0-based
     * template line it was written by, or undefined for lines that actions emitted. `from`/`to`
     * restrict the walk to a line range (a define body); `indentFree` compares lines without their
     * indentation (text an `include … | nindent` shifted).
     */
    align(rendered, opts = {}) {
        const from = opts.from ?? 0;
        const to = opts.to ?? this.lines.length;
        const size = to - from + 1;
        const m = rendered.length;
        const out = new Array(m).fill(undefined);
        if (m === 0 || size <= 1 || m * size > 40_000_000)
            return out;
        const edges = this.outEdges();
        const NEG = -Infinity;
        // score[p] at the current rendered line; back pointers per rendered line.
        let score = new Float64Array(size).fill(NEG);
        // Where a document may start: the first line, or after a `---`.
        score[0] = 0;
        for (let p = from; p < to; p++)
            if (this.lines[p].kind === 'docsep')
                score[p + 1 - from] = 0;
        const closure = (s, back) => {
            for (let pass = 0; pass < 3; pass++) {
                let changed = false;
                for (let p = from; p <= to; p++) {
                    const v = s[p - from];
                    if (v === NEG)
                        continue;
                    for (const e of edges[p] ?? []) {
                        if (e.to < from || e.to > to)
                            continue;
                        const w = v + e.cost;
                        if (w > s[e.to - from]) {
                            s[e.to - from] = w;
                            if (back)
                                back[e.to - from] = back[p - from];
                            changed = true;
                        }
                    }
                }
                if (!changed)
                    break;
            }
        };
        // backs[i][p]: the template line rendered line i matched on the best path to p (or -1), and the
        // position before it; kept as two arrays per rendered line.
        const matchedAt = [];
        const prevPos = [];
        // origin[p]: the position the best path to p had before the current rendered line.
        let origin = new Int32Array(size).map((_, i) => i);
        closure(score, origin);
        for (let i = 0; i < m; i++) {
            const text = rendered[i].trimEnd();
            const cmp = opts.indentFree ? text.trimStart() : text;
            const next = new Float64Array(size).fill(NEG);
            const mat = new Int32Array(size).fill(-1);
            const prev = new Int32Array(size).fill(-1);
            for (let p = from; p <= to; p++) {
                const v = score[p - from];
                if (v === NEG)
                    continue;
                // The rendered line was emitted by an action: stay.
                if (v - 0.001 > next[p - from]) {
                    next[p - from] = v - 0.001;
                    mat[p - from] = -1;
                    prev[p - from] = p;
                }
                const line = this.lines[p];
                if (p < to && line?.kind === 'literal' && text !== '') {
                    if ((opts.indentFree ? line.loose : line.pattern).test(cmp)) {
                        const w = v + line.weight;
                        if (w > next[p + 1 - from]) {
                            next[p + 1 - from] = w;
                            mat[p + 1 - from] = p;
                            prev[p + 1 - from] = p;
                        }
                    }
                }
            }
            origin = new Int32Array(size).map((_, k) => k);
            closure(next, origin);
            // After the closure, a position reached by an epsilon edge keeps the match of the position it came from.
            const mat2 = new Int32Array(size);
            const prev2 = new Int32Array(size);
            for (let k = 0; k < size; k++) {
                const o2 = origin[k];
                mat2[k] = mat[o2];
                prev2[k] = prev[o2];
            }
            matchedAt.push(mat2);
            prevPos.push(prev2);
            score = next;
        }
        // The best end, and back along the path.
        let best = 0;
        for (let k = 1; k < size; k++)
            if (score[k] > score[best])
                best = k;
        if (score[best] === NEG)
            return out;
        let p = best + from;
        for (let i = m - 1; i >= 0; i--) {
            const k = p - from;
            const at = matchedAt[i][k];
            if (at >= 0)
                out[i] = at;
            p = prevPos[i][k];
            if (p < 0)
                break;
        }
        return out;
    }
    /**
     * The template columns (0-based, end exclusive) that wrote a rendered column (0-based): the same
     * place in literal text, else the action whose output holds it; `loose` for lines an include
     * shifted.
     */
    columns(line, rendered, column, loose = false) {
        const l = this.lines[line];
        const firstChar = l.text.length - l.text.trimStart().length;
        const whole = { start: firstChar, end: Math.max(firstChar + 1, l.text.trimEnd().length) };
        const shift = loose ? rendered.length - rendered.trimStart().length : 0;
        const m = (loose ? l.loose : l.pattern)?.exec(loose ? rendered.trim() : rendered.trimEnd());
        if (!m?.indices)
            return whole;
        const c = column - shift;
        for (let g = 1; g < m.indices.length; g++) {
            const [s, e] = m.indices[g];
            const piece = l.pieces[g - 1];
            if (c < s || c >= e)
                continue;
            if (!piece.literal)
                return { start: piece.start, end: piece.end };
            const lead = loose && g === 1 ? piece.text.length - piece.text.trimStart().length : 0;
            const at = piece.start + lead + (c - s);
            return { start: at, end: at + 1 };
        }
        return whole;
    }
    /** Includes made by a line and by the action lines of the block under it. */
    includesUnder(line) {
        const l = this.lines[line];
        const names = [...l.includes];
        const indent = l.text.length - l.text.trimStart().length;
        for (let i = line + 1; i < this.lines.length; i++) {
            const x = this.lines[i];
            if (x.kind === 'literal' || x.kind === 'docsep') {
                if (x.text.length - x.text.trimStart().length <= indent)
                    break;
                continue;
            }
            names.push(...x.includes);
        }
        return [...new Set(names)];
    }
    /** Key lines of a line range (a define body), with their key paths relative to it. */
    keyLines(from, to) {
        return keyLines(this.lines, from, to);
    }
}
const KEY = /^(\s*)((?:-\s+)*)(["']?)([A-Za-z0-9_.\/-]+)\3\s*:(?:\s|$)/;
const ITEM = /^(\s*)-\s+(?!.*:\s)(\S.*)$/;
function keyLines(lines, from, to) {
    const out = [];
    const stack = [{ indent: -1, path: [] }];
    const items = new Map();
    /** The frame a line at `indent` belongs to; a list item (`- …`) may sit at its parent key's indentation. */
    const pop = (indent, item = false) => {
        while (stack.length > 1 && (item ? stack[stack.length - 1].indent > indent : stack[stack.length - 1].indent >= indent))
            stack.pop();
        return stack[stack.length - 1];
    };
    for (let i = from; i < to; i++) {
        const l = lines[i];
        if (l.kind !== 'literal')
            continue;
        const text = l.text;
        if (text.trim().startsWith('#'))
            continue;
        const m = KEY.exec(text);
        if (!m) {
            const it = ITEM.exec(text);
            if (it) {
                const parent = pop(it[1].length, true);
                const id = JSON.stringify(parent.path);
                const index = items.get(id) ?? 0;
                items.set(id, index + 1);
                const column = it[1].length;
                out.push({ line: i, column, keyEnd: text.trimEnd().length, path: [...parent.path, index], item: true });
            }
            continue;
        }
        const dashIndent = m[1].length;
        const keyIndent = dashIndent + m[2].length;
        let parent;
        if (m[2]) {
            parent = pop(dashIndent, true);
            const id = JSON.stringify(parent.path);
            const index = items.get(id) ?? 0;
            items.set(id, index + 1);
            const item = { indent: dashIndent + 1, path: [...parent.path, index] };
            stack.push(item);
            parent = item;
        }
        else
            parent = pop(keyIndent);
        const frame = { indent: keyIndent, path: [...parent.path, m[4]] };
        stack.push(frame);
        items.delete(JSON.stringify(frame.path));
        const column = keyIndent + m[3].length;
        out.push({ line: i, column, keyEnd: column + m[4].length, path: frame.path, item: false });
    }
    return out;
}
const keysOnly = (a) => a.filter((x) => typeof x === 'string');
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/**
 * Finds a relative key path in a line range of a template (a define body): the line of the same
 * keys (list indices as written, else by keys alone, since loops render more items), for a list
 * item the written item whose text produces `renderedText`; else the deepest key of the path that
 * is written there. Lines are compared without indentation: include shifts them.
 */
function locateInDefine(t, from, to, path, renderedText) {
    const keys = t.keyLines(from, to);
    if (keys.length === 0)
        return undefined;
    const says = (k) => renderedText !== undefined && t.lines[k.line].loose.test(renderedText.trim());
    for (let n = path.length; n > 0; n--) {
        const prefix = path.slice(0, n);
        let hits;
        if (typeof prefix[n - 1] === 'number') {
            // A scalar list item: the written item that says the same.
            if (n !== path.length)
                continue;
            hits = keys.filter((k) => k.item && same(keysOnly(k.path), keysOnly(prefix)) && says(k));
        }
        else {
            hits = keys.filter((k) => !k.item && same(k.path, prefix));
            if (hits.length === 0)
                hits = keys.filter((k) => !k.item && same(keysOnly(k.path), keysOnly(prefix)));
            // Of several lines with the same keys (branches), the one that writes what was rendered.
            if (hits.length > 1 && n === path.length)
                hits = [...hits.filter(says), ...hits];
        }
        const hit = hits[0];
        if (hit)
            return { line: hit.line, start: hit.column, end: hit.keyEnd, depth: n };
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/src/publish/files.js
var publish_files = __webpack_require__(3417);
// EXTERNAL MODULE: ./lib/src/publish/render/exec.js
var exec = __webpack_require__(2390);
// EXTERNAL MODULE: ./lib/src/publish/render/remap.js
var render_remap = __webpack_require__(2890);
// EXTERNAL MODULE: ./lib/src/publish/render/kustomization-file.js
var kustomization_file = __webpack_require__(3473);
// EXTERNAL MODULE: ./lib/src/publish/read.js + 1 modules
var publish_read = __webpack_require__(1703);
;// CONCATENATED MODULE: ./lib/src/publish/render/helm.js
/**
 * `helm template`, and the way back from rendered documents to the templates. Each document's
 * `# Source: CHART/templates/x.yaml` names its template file (used only when it resolves to a file
 * inside the chart); the rendered document is aligned with that template's lines
 * (`HelmTemplate.align`), so a finding lands on the template line that wrote its node, on the
 * `define` an `include` of that line pulled in, else on the nearest parent key written in the
 * template, else on the template document's first line.
 */











const isInside = (child, parent) => {
    const r = external_node_path_.relative(parent, child);
    return r === '' || (!r.startsWith('..') && !external_node_path_.isAbsolute(r));
};
/** A file of the chart, by its real path: only regular files inside the chart's real directory. */
function chartFile(chartReal, rel) {
    const abs = external_node_path_.resolve(chartReal, rel);
    if (!isInside(abs, chartReal))
        return undefined;
    try {
        const real = external_node_fs_.realpathSync(abs);
        if (!isInside(real, chartReal) || !external_node_fs_.statSync(real).isFile())
            return undefined;
        return real;
    }
    catch {
        return undefined;
    }
}
/** A release name Helm accepts (lower-case DNS label, at most 53 characters) made from the chart's folder. */
function releaseName(dir) {
    const n = external_node_path_.basename(dir)
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 53)
        .replace(/-+$/, '');
    return n === '' ? 'release' : n;
}
async function renderHelm(chart, opts) {
    const abs = external_node_path_.resolve(opts.cwd, chart);
    const rel = external_node_path_.resolve(abs) === external_node_path_.resolve(opts.root) ? '.' : (0,publish_files/* displayPath */.Gt)(abs, opts.root, opts.cwd);
    if (!external_node_fs_.existsSync(external_node_path_.join(abs, 'Chart.yaml')))
        throw new exec/* RenderError */.vH(`cannot render Helm chart ${chart}: no Chart.yaml in it`);
    const chartReal = external_node_fs_.realpathSync(abs);
    const release = opts.release ?? releaseName(abs);
    const args = ['template', release, abs];
    if (opts.namespace)
        args.push('--namespace', opts.namespace);
    for (const v of opts.values)
        args.push('--values', external_node_path_.resolve(opts.cwd, v));
    for (const s of opts.set)
        args.push('--set', s);
    const { stdout: text } = await (0,exec/* run */.eF)('helm', args, { cwd: opts.cwd, what: `Helm chart ${rel}`, maxBytes: publish_read/* MAX_FILE_BYTES */.gZ });
    const renderer = `helm template ${rel}`;
    const files = new Map();
    const shown = (real) => (0,publish_files/* displayPath */.Gt)(real, opts.root, opts.cwd);
    const read = (real) => {
        const key = shown(real);
        let t = files.get(key);
        if (t === undefined) {
            t = (0,kustomization_file/* readText */.yR)(real) ?? '';
            files.set(key, t);
        }
        return t;
    };
    // The rendered documents, and the template file each came from.
    const lines = new load_lines/* LineIndex */.r(text);
    const segments = (0,split/* splitDocuments */.ZF)(text);
    const segmentLines = segments.map((s) => lines.position(s.start).line);
    const sources = [];
    segments.forEach((s, i) => {
        // A loop body that ends with `---` leaves the next document's `# Source:` alone before it.
        const prev = segments[i - 1];
        const inherited = !s.helmSource && prev?.helmSource && /^\s*(---[^\n]*\n)?\s*#[^\n]*\s*$/.test(prev.text) ? prev.helmSource : undefined;
        sources.push(s.helmSource ?? inherited);
    });
    const objects = (0,load/* loadSources */.Dl)([{ path: renderer, text }], { namespace: opts.namespace ?? 'default' }).objects;
    const templates = new Map();
    const templateOf = (real) => {
        let t = templates.get(real);
        if (!t) {
            t = new HelmTemplate(read(real));
            templates.set(real, t);
        }
        return t;
    };
    /** `CHART/templates/x.yaml` or `CHART/charts/SUB/templates/x.yaml`: relative to the chart directory. */
    const templateFile = (source) => {
        const inChart = source.split('/').slice(1).join('/');
        return inChart ? chartFile(chartReal, inChart) : undefined;
    };
    let defineIndex;
    const defines = () => {
        if (defineIndex)
            return defineIndex;
        defineIndex = new Map();
        const walk = (dir, inTemplates, depth) => {
            if (depth > 12)
                return;
            let entries;
            try {
                entries = external_node_fs_.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
            }
            catch {
                return;
            }
            for (const e of entries) {
                const p = external_node_path_.join(dir, e.name);
                if (e.isDirectory())
                    walk(p, inTemplates || e.name === 'templates', depth + 1);
                else if (e.isFile() && inTemplates && /\.(tpl|ya?ml|txt)$/.test(e.name)) {
                    const t = templateOf(p);
                    for (const [name, r] of t.defines)
                        if (!defineIndex.has(name))
                            defineIndex.set(name, { file: p, template: t, ...r });
                }
            }
        };
        walk(chartReal, false, 0);
        return defineIndex;
    };
    const alignments = new Map();
    /** The template line that wrote each line of a rendered document (by document index). */
    const alignment = (d, t) => {
        const s = segments[d];
        const first = segmentLines[d];
        let a = alignments.get(d);
        if (!a) {
            const docLines = s.text.split('\n').map((l) => l.replace(/\r$/, ''));
            // The `---` marker and Helm's `# Source:` comment are not the template's.
            const own = docLines.map((l) => (/^---(\s|$)/.test(l) || /^#\s*Source:/.test(l) ? '' : l));
            a = t.align(own);
            alignments.set(d, a);
        }
        return { first, lines: a };
    };
    const documentAt = (line) => (0,load_lines/* lastAtMost */.f)(segmentLines, line);
    const region = (file, line, start, end) => ({
        file: shown(file),
        region: { startLine: line + 1, startColumn: start + 1, endLine: line + 1, endColumn: Math.max(start + 2, end + 1) },
    });
    /** A relative path in the defines included at a template line: the deepest hit, following includes in defines. */
    const inDefines = (t, line, rel, renderedText, column, rendered, depth = 0) => {
        let best;
        for (const name of t.includesUnder(line)) {
            const d = defines().get(name);
            if (!d)
                continue;
            const hit = locateInDefine(d.template, d.from, d.to, rel, renderedText);
            if (!hit)
                continue;
            let found;
            if (hit.depth === rel.length) {
                // The same spot: by the line's text, else as far from the key as in the rendered line (toYaml drops comments).
                const keyCol = rendered.length - rendered.trimStart().length;
                const lineText = d.template.lines[hit.line].text;
                const off = hit.start + (column - keyCol);
                const cols = d.template.lines[hit.line].loose.test(rendered.trim())
                    ? d.template.columns(hit.line, rendered, column, true)
                    : column > keyCol && off < lineText.trimEnd().length
                        ? { start: off, end: off + 1 }
                        : { start: hit.start, end: hit.end };
                found = { loc: region(d.file, hit.line, cols.start, cols.end), depth: hit.depth };
            }
            else {
                found = { loc: region(d.file, hit.line, hit.start, hit.end), depth: hit.depth };
                if (depth < 4) {
                    const deeper = inDefines(d.template, hit.line, rel.slice(hit.depth), renderedText, column, rendered, depth + 1);
                    if (deeper)
                        found = { loc: deeper.loc, depth: hit.depth + deeper.depth };
                }
            }
            if (!best || found.depth > best.depth)
                best = found;
        }
        return best;
    };
    const place = (line, column, jsonPath) => {
        const d = documentAt(line);
        const source = sources[d];
        const file = source ? templateFile(source) : undefined;
        if (!file)
            return undefined;
        const t = templateOf(file);
        const { first, lines: aligned } = alignment(d, t);
        const firstLine = () => {
            const at = aligned.find((x) => x !== undefined) ?? t.lines.find((l) => l.kind === 'literal')?.index ?? 0;
            const l = t.lines[at];
            return { location: region(file, at, l.text.length - l.text.trimStart().length, l.text.trimEnd().length), mapping: 'document' };
        };
        const renderedText = (l) => lines.lineText(l);
        const exactAt = (l, col) => {
            const tl = aligned[l - first];
            if (tl === undefined)
                return undefined;
            const cols = t.columns(tl, renderedText(l), col - 1);
            return region(file, tl, cols.start, cols.end);
        };
        if (jsonPath === undefined)
            return exactAt(line, column) ? { location: exactAt(line, column), mapping: 'exact' } : firstLine();
        const obj = objects.find((o) => o.document.offset === segments[d].start) ?? undefined;
        if (!obj)
            return exactAt(line, column) ? { location: exactAt(line, column), mapping: 'exact' } : firstLine();
        const own = exactAt(line, column);
        if (own)
            return { location: own, mapping: 'exact' };
        // The nearest parent written in the template; what an include on its line wrote, in the define.
        for (let k = jsonPath.length - 1; k > 0; k--) {
            const prefix = [...obj.basePath, ...jsonPath.slice(0, k)];
            const key = obj.document.locateKey(prefix);
            const tl = aligned[key.startLine - first];
            if (tl === undefined)
                continue;
            const inc = inDefines(t, tl, jsonPath.slice(k), renderedText(line), column - 1, renderedText(line));
            if (inc) {
                const depth = k + inc.depth;
                return depth === jsonPath.length ? { location: inc.loc, mapping: 'exact' } : { location: inc.loc, mapping: 'parent', path: jsonPath.slice(0, depth) };
            }
            const cols = t.columns(tl, renderedText(key.startLine), key.startColumn - 1);
            return { location: region(file, tl, cols.start, cols.end), mapping: 'parent', path: jsonPath.slice(0, k) };
        }
        return firstLine();
    };
    const chartYaml = external_node_path_.join(chartReal, 'Chart.yaml');
    read(chartYaml);
    const remap = (0,render_remap.remapper)(renderer, renderer, place, { file: shown(chartYaml), region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } });
    return { source: { path: renderer, text }, remap, files };
}


/***/ }),

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
