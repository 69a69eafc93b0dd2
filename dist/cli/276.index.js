export const id = 276;
export const ids = [276,890];
export const modules = {

/***/ 2276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ORIGIN_ANNOTATION: () => (/* binding */ ORIGIN_ANNOTATION),
/* harmony export */   kustomizationFile: () => (/* binding */ kustomizationFile),
/* harmony export */   renderKustomize: () => (/* binding */ renderKustomize),
/* harmony export */   stripOrigins: () => (/* binding */ stripOrigins),
/* harmony export */   translate: () => (/* binding */ translate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _load_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8874);
/* harmony import */ var _load_yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6568);
/* harmony import */ var _load_lines_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8716);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3417);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2390);
/* harmony import */ var _remap_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2890);
/* harmony import */ var _kustomization_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3473);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1703);
/**
 * `kustomize build` with origin annotations, and the way back from rendered objects to the files
 * authors edit. The kustomization tree is read once: each kustomization's resources, components,
 * `namespace:`, patches (files, inline block scalars and JSON strings, located by their node in
 * the parsed kustomization), JSON 6902 patches and PatchTransformer/NamespaceTransformer configs,
 * numbered in the order kustomize applies them. A node of a rendered object is placed on the last
 * of these that sets it, among those that apply to the object (its origin file is in the
 * kustomization's tree, the target selector or the patch's own kind and name match the original
 * or the rendered name), else on the same node of the resource file named by
 * `config.kubernetes.io/origin`, list items found by their `name` or their value.
 * Remote resources are refused unless the caller allows them.
 */












const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (isRecord(a) && isRecord(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => deepEqual(a[k], b[k]));
    }
    return false;
}
function parseDocs(file, text) {
    return (0,_load_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSources */ .Dl)([{ path: file, text }], { namespace: 'default', keepDocuments: true })
        .documents.filter((d) => d.doc && d.problems.length === 0)
        .map((d) => ({ value: d.doc.toJS({ maxAliasCount: -1 }), doc: d }));
}
const anchored = (re) => {
    try {
        return new RegExp(`^(?:${re})$`);
    }
    catch {
        return undefined;
    }
};
/** Equality-based label selectors (`a=b,c!=d,e`); anything else is taken to match. */
function labelsMatch(selector, labels) {
    for (const term of selector.split(',').map((t) => t.trim()).filter(Boolean)) {
        let m;
        if ((m = /^([^=!\s]+)\s*!=\s*(\S*)$/.exec(term))) {
            if (labels[m[1]] === m[2])
                return false;
        }
        else if ((m = /^([^=!\s]+)\s*==?\s*(\S*)$/.exec(term))) {
            if (labels[m[1]] !== m[2])
                return false;
        }
        else if ((m = /^!([^=!\s]+)$/.exec(term))) {
            if (m[1] in labels)
                return false;
        }
        else if (/^[^=!\s(),]+$/.test(term)) {
            if (!(term in labels))
                return false;
        }
    }
    return true;
}
function selects(s, id) {
    if (s.kind !== undefined && !id.kinds.includes(s.kind))
        return false;
    if (s.group !== undefined && s.group !== id.group)
        return false;
    if (s.version !== undefined && s.version !== id.version)
        return false;
    if (s.name !== undefined) {
        const re = anchored(s.name);
        if (!re || !id.names.some((n) => re.test(n)))
            return false;
    }
    if (s.namespace !== undefined) {
        const re = anchored(s.namespace);
        if (!re || !id.namespaces.some((n) => n !== undefined && re.test(n)))
            return false;
    }
    if (s.labelSelector !== undefined && !labelsMatch(s.labelSelector, id.labels))
        return false;
    return true;
}
/**
 * The path in `source` of the node at `path` in `rendered`: keys as they are, list items by their
 * `name`, else at the same index when equal there, else the first equal item. Stops where the
 * source has no such node.
 */
function translate(rendered, source, p) {
    const out = [];
    let r = rendered;
    let s = source;
    for (const step of p) {
        if (typeof step === 'number') {
            if (!Array.isArray(r) || !Array.isArray(s))
                break;
            const item = r[step];
            let j = -1;
            if (isRecord(item) && typeof item.name === 'string')
                j = s.findIndex((x) => isRecord(x) && x.name === item.name);
            if (j === -1 && step < s.length && deepEqual(s[step], item))
                j = step;
            if (j === -1)
                j = s.findIndex((x) => deepEqual(x, item));
            // An item a patch or transformer changed: the same place in a list of the same length.
            if (j === -1 && r.length === s.length && step < s.length)
                j = step;
            if (j === -1)
                break;
            out.push(j);
            r = item;
            s = s[j];
        }
        else {
            if (!isRecord(r) || !isRecord(s) || !(step in s))
                break;
            out.push(step);
            r = r[step];
            s = s[step];
        }
    }
    return out;
}
const valueAt = (v, p) => {
    let x = v;
    for (const step of p) {
        if (typeof step === 'number')
            x = Array.isArray(x) ? x[step] : undefined;
        else
            x = isRecord(x) ? x[step] : undefined;
    }
    return x;
};
/** Where a scalar's text sits in its file: a block scalar line by line, a one-line quoted or plain scalar character by character. */
function scalarShift(d, node) {
    if (!node.range)
        return undefined;
    const start = d.offset + node.range[0];
    const end = d.offset + node.range[1];
    const at = d.lines.position(start);
    const raw = d.lines.text.slice(start, end);
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        let indent = 0;
        for (let l = at.line + 1; l <= d.lines.lineCount; l++) {
            const t = d.lines.lineText(l);
            if (t.trim() === '')
                continue;
            indent = t.length - t.trimStart().length;
            break;
        }
        return (r) => ({ startLine: at.line + r.startLine, startColumn: r.startColumn + indent, endLine: at.line + r.endLine, endColumn: r.endColumn + indent });
    }
    const oneLine = !raw.includes('\n');
    const simple = (node.type === 'PLAIN' && oneLine) || (node.type === 'QUOTE_SINGLE' && oneLine && !raw.slice(1, -1).includes("''")) || (node.type === 'QUOTE_DOUBLE' && oneLine && !raw.includes('\\'));
    if (simple) {
        const by = at.column - 1 + (node.type === 'PLAIN' ? 0 : 1);
        return (r) => ({ startLine: at.line, startColumn: r.startColumn + by, endLine: at.line, endColumn: (r.endLine === r.startLine ? r.endColumn : r.startColumn + 1) + by });
    }
    const whole = d.lines.firstLineRegion(start, end);
    return () => whole;
}
/** A resource or patch entry that kustomize would fetch from the network or from outside the tree. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|[a-z][a-z0-9+.-]*::|git@|ssh:|(?:github\.com|gitlab\.com|bitbucket\.org)\/)|\?ref=|\/\/.*\?/i;
function kustomizationFile(dir) {
    for (const f of _kustomization_file_js__WEBPACK_IMPORTED_MODULE_8__/* .KUSTOMIZATION_NAMES */ .H7) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, f);
        try {
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p).isFile())
                return p;
        }
        catch {
            // not this one
        }
    }
    return undefined;
}
/**
 * Reads a kustomization and the local ones below it. Refuses remote entries (unless allowed),
 * naming the file, line and entry.
 */
function readTree(top, label, opts, shown) {
    const texts = new Map();
    const setters = [];
    let order = 0;
    const nodes = new Map();
    const refuse = (kfile, d, where, entry) => {
        const line = d.locate(where).startLine;
        const what = REMOTE.test(entry)
            ? `the remote resource ${JSON.stringify(entry)}`
            : `${JSON.stringify(entry)}, which is not in the repository (kustomize would fetch it as a remote repository)`;
        throw new _exec_js__WEBPACK_IMPORTED_MODULE_7__/* .RenderError */ .vH(`cannot render kustomization ${label}: ${shown(kfile)}:${line} lists ${what}; remote loading is off (--kustomize-remote, or the Action input kustomize-remote: true, allows it)`);
    };
    const readFile = (p) => {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(p);
        }
        catch {
            return undefined;
        }
        if (opts.confined !== undefined && !(0,_read_js__WEBPACK_IMPORTED_MODULE_9__/* .isInside */ .FK)(real, opts.confined))
            return undefined;
        let t = texts.get(real);
        if (t === undefined) {
            t = (0,_kustomization_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readText */ .yR)(real);
            if (t === undefined)
                return undefined;
            texts.set(real, t);
        }
        return t;
    };
    const visit = (dir, owner, stack) => {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(dir);
        }
        catch {
            return undefined;
        }
        const kfile = kustomizationFile(real);
        if (!kfile || stack.has(real))
            return undefined;
        const seen = nodes.get(real);
        if (seen && !owner)
            return seen;
        const text = readFile(kfile) ?? '';
        const doc = parseDocs(kfile, text)[0];
        const k = isRecord(doc?.value) ? doc.value : {};
        const node = { dir: real, file: kfile, files: new Set(), children: [] };
        if (!owner)
            nodes.set(real, node);
        // Components: their resources join the including kustomization, their patches apply to it.
        const applyTo = owner ?? node;
        const inner = new Set([...stack, real]);
        const list = (key) => (Array.isArray(k[key]) ? k[key] : []);
        const check = (key, i, entry, sub) => {
            if (!opts.allowRemote && REMOTE.test(entry))
                refuse(kfile, doc.doc, sub ? [key, i, sub] : [key, i], entry);
        };
        /** A local base or component must be inside the workspace (the Action): kustomize would read it wherever it is. */
        const inside = (key, i, entry, p) => {
            if (opts.confined === undefined)
                return;
            let target;
            try {
                target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(p);
            }
            catch {
                return;
            }
            if ((0,_read_js__WEBPACK_IMPORTED_MODULE_9__/* .isInside */ .FK)(target, opts.confined))
                return;
            const line = doc.doc.locate([key, i]).startLine;
            throw new _exec_js__WEBPACK_IMPORTED_MODULE_7__/* .RenderError */ .vH(`cannot render kustomization ${label}: ${shown(kfile)}:${line} lists ${JSON.stringify(entry)}, which is ${target}, outside the workspace; saguard does not let kustomize read outside it`);
        };
        for (const key of ['resources', 'bases']) {
            list(key).forEach((entry, i) => {
                if (typeof entry !== 'string')
                    return;
                check(key, i, entry);
                const p = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(real, entry);
                let st;
                try {
                    st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p);
                }
                catch {
                    st = undefined;
                }
                // kustomize fetches what is not on disk as a remote repository.
                if (!st && !opts.allowRemote)
                    refuse(kfile, doc.doc, [key, i], entry);
                if (st)
                    inside(key, i, entry, p);
                if (st?.isDirectory()) {
                    const child = visit(p, undefined, inner);
                    if (child)
                        applyTo.children.push(child);
                }
                else if (st?.isFile()) {
                    try {
                        applyTo.files.add(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(p));
                    }
                    catch {
                        // unreadable: kustomize says so
                    }
                }
            });
        }
        list('components').forEach((entry, i) => {
            if (typeof entry !== 'string')
                return;
            check('components', i, entry);
            const p = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(real, entry);
            if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(p) && !opts.allowRemote)
                refuse(kfile, doc.doc, ['components', i], entry);
            inside('components', i, entry, p);
            visit(p, applyTo, inner);
        });
        for (const key of ['configurations', 'crds', 'generators', 'transformers', 'validators']) {
            list(key).forEach((entry, i) => typeof entry === 'string' && check(key, i, entry));
        }
        for (const gen of ['configMapGenerator', 'secretGenerator']) {
            list(gen).forEach((g, i) => {
                if (!isRecord(g))
                    return;
                for (const f of ['files', 'envs']) {
                    if (Array.isArray(g[f]))
                        g[f].forEach((e) => typeof e === 'string' && check(gen, i, e.replace(/^[^=]*=/, ''), f));
                }
                if (typeof g.env === 'string')
                    check(gen, i, g.env, 'env');
            });
        }
        const fileShift = (r) => r;
        const addSmp = (file, docs, shift, target) => {
            setters.push({ type: 'smp', file: shown(file), docs, shift, target, owner: applyTo, order: order++ });
        };
        const addJson = (file, docs, shift, target) => {
            setters.push({ type: 'json6902', file: shown(file), docs, shift, target, owner: applyTo, order: order++ });
        };
        const selector = (v) => (isRecord(v) ? v : undefined);
        /** A patch given inline (`patch:` in a kustomization or a transformer config): its text and where it is. */
        const inline = (holder, d, where) => {
            const { node, matched } = d.doc ? (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .nodeAt */ .oB)(d.doc, where) : { node: null, matched: 0 };
            if (matched !== where.length || !node || !(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(node) || typeof node.value !== 'string')
                return undefined;
            const shift = scalarShift(d, node);
            if (!shift)
                return undefined;
            return { docs: parseDocs(holder, node.value), shift };
        };
        const isJsonPatch = (docs) => docs.length === 1 && Array.isArray(docs[0].value);
        const patchFile = (entry, key, i, sub) => {
            check(key, i, entry, sub);
            const p = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(real, entry);
            const t = readFile(p);
            return t === undefined ? undefined : { file: node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(p), docs: parseDocs(p, t) };
        };
        const json6902 = [];
        list('patchesStrategicMerge').forEach((entry, i) => {
            if (typeof entry !== 'string')
                return;
            if (entry.includes('\n')) {
                const x = inline(kfile, doc.doc, ['patchesStrategicMerge', i]);
                if (x)
                    addSmp(kfile, x.docs, x.shift, undefined);
            }
            else {
                const f = patchFile(entry, 'patchesStrategicMerge', i);
                if (f)
                    addSmp(f.file, f.docs, fileShift, undefined);
            }
        });
        list('patches').forEach((entry, i) => {
            if (!isRecord(entry))
                return;
            const target = selector(entry.target);
            const x = typeof entry.path === 'string' ? patchFile(entry.path, 'patches', i, 'path') : undefined;
            const y = !x && typeof entry.patch === 'string' ? inline(kfile, doc.doc, ['patches', i, 'patch']) : undefined;
            if (x)
                (isJsonPatch(x.docs) ? addJson : addSmp)(x.file, x.docs, fileShift, target);
            else if (y)
                (isJsonPatch(y.docs) ? addJson : addSmp)(kfile, y.docs, y.shift, target);
        });
        // The namespace transformer runs after the patches.
        if (typeof k.namespace === 'string' && k.namespace !== '') {
            setters.push({
                type: 'namespace',
                file: shown(kfile),
                docs: [],
                shift: fileShift,
                target: undefined,
                owner: applyTo,
                order: order++,
                namespace: { value: k.namespace, location: { file: shown(kfile), region: doc.doc.locate(['namespace']) } },
            });
        }
        list('patchesJson6902').forEach((entry, i) => {
            if (!isRecord(entry))
                return;
            const target = selector(entry.target);
            json6902.push(() => {
                const x = typeof entry.path === 'string' ? patchFile(entry.path, 'patchesJson6902', i, 'path') : undefined;
                const y = !x && typeof entry.patch === 'string' ? inline(kfile, doc.doc, ['patchesJson6902', i, 'patch']) : undefined;
                if (x)
                    addJson(x.file, x.docs, fileShift, target);
                else if (y)
                    addJson(kfile, y.docs, y.shift, target);
            });
        });
        json6902.forEach((f) => f());
        // Transformer configs run last, in the order listed.
        list('transformers').forEach((entry, i) => {
            if (typeof entry !== 'string' || entry.includes('\n'))
                return;
            const p = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(real, entry);
            const t = readFile(p);
            if (t === undefined)
                return;
            const file = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(p);
            for (const td of parseDocs(file, t)) {
                const v = td.value;
                if (!isRecord(v) || v.apiVersion !== 'builtin')
                    continue;
                if (v.kind === 'PatchTransformer') {
                    const target = selector(v.target);
                    const x = typeof v.path === 'string' ? patchFile(v.path, 'transformers', i) : undefined;
                    const y = !x && typeof v.patch === 'string' ? inline(file, td.doc, ['patch']) : undefined;
                    if (x)
                        (isJsonPatch(x.docs) ? addJson : addSmp)(x.file, x.docs, fileShift, target);
                    else if (y)
                        (isJsonPatch(y.docs) ? addJson : addSmp)(file, y.docs, y.shift, target);
                }
                else if (v.kind === 'NamespaceTransformer' && isRecord(v.metadata) && typeof v.metadata.namespace === 'string') {
                    setters.push({
                        type: 'namespace',
                        file: shown(file),
                        docs: [],
                        shift: fileShift,
                        target: undefined,
                        owner: applyTo,
                        order: order++,
                        namespace: { value: v.metadata.namespace, location: { file: shown(file), region: td.doc.locate(['metadata', 'namespace']) } },
                    });
                }
            }
        });
        return node;
    };
    const root = visit(top, undefined, new Set());
    if (!root)
        throw new _exec_js__WEBPACK_IMPORTED_MODULE_7__/* .RenderError */ .vH(`cannot render kustomization ${label}: no kustomization.yaml in it`);
    return { root, setters, texts };
}
/** Real paths of the resource files a kustomization builds (its own and those below). */
function reachable(node, memo = new Map()) {
    let s = memo.get(node);
    if (s)
        return s;
    s = new Set(node.files);
    memo.set(node, s);
    for (const c of node.children)
        for (const f of reachable(c, memo))
            s.add(f);
    return s;
}
/** Removes the origin annotations kustomize adds, so that the analysis sees the manifests as written. */
function stripOrigins(text) {
    const lines = text.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const m = /^(\s*)config\.kubernetes\.io\/origin:\s*\|?\s*$/.exec(lines[i]);
        if (!m) {
            out.push(lines[i]);
            continue;
        }
        const indent = m[1].length;
        while (i + 1 < lines.length && (lines[i + 1].trim() === '' || /^\s*/.exec(lines[i + 1])[0].length > indent))
            i++;
        // An `annotations:` left empty is left out too.
        const prev = out[out.length - 1];
        const next = lines[i + 1];
        if (prev !== undefined && /^\s*annotations:\s*$/.test(prev) && (next === undefined || /^\s*/.exec(next)[0].length <= indent - 2))
            out.pop();
    }
    return out.join('\n');
}
const pointer = (p) => p
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
async function renderKustomize(dir, opts) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.cwd, dir);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(abs) === node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.root) ? '.' : (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(abs, opts.root, opts.cwd);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(abs) || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs).isDirectory())
        throw new _exec_js__WEBPACK_IMPORTED_MODULE_7__/* .RenderError */ .vH(`cannot render kustomization ${dir}: no such directory`);
    if (!kustomizationFile(abs))
        throw new _exec_js__WEBPACK_IMPORTED_MODULE_7__/* .RenderError */ .vH(`cannot render kustomization ${dir}: no kustomization.yaml in it`);
    const shown = (p) => (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(p, opts.root, opts.cwd);
    const tree = readTree(abs, dir, opts, shown);
    const wrapper = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'saguard-kustomize-'));
    let text;
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(wrapper, 'kustomization.yaml'), `# Written by saguard: builds ${rel} with origin annotations.\nresources:\n  - ${JSON.stringify(node_path__WEBPACK_IMPORTED_MODULE_2__.relative(wrapper, abs))}\nbuildMetadata: [originAnnotations]\n`);
        // Plugins and exec functions stay disabled: neither --enable-alpha-plugins nor --enable-exec is passed.
        const useKustomize = await hasKustomize();
        const runOpts = { cwd: opts.cwd, what: `kustomization ${rel}`, maxBytes: _read_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_FILE_BYTES */ .gZ };
        const out = useKustomize ? await (0,_exec_js__WEBPACK_IMPORTED_MODULE_7__/* .run */ .eF)('kustomize', ['build', wrapper], runOpts) : await (0,_exec_js__WEBPACK_IMPORTED_MODULE_7__/* .run */ .eF)('kubectl', ['kustomize', wrapper], runOpts);
        text = out.stdout;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(wrapper, { recursive: true, force: true });
    }
    const renderer = `kustomize build ${rel}`;
    const stripped = stripOrigins(text);
    const files = new Map();
    for (const [real, t] of tree.texts)
        files.set(shown(real), t);
    // The rendered objects as scanned, and their origins (the same documents, in the same order).
    const scanned = (0,_load_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSources */ .Dl)([{ path: renderer, text: stripped }], { namespace: opts.namespace ?? 'default' });
    const annotated = (0,_load_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSources */ .Dl)([{ path: renderer, text }], { namespace: 'default' }).objects;
    const originOf = (i) => {
        const ann = annotated[i]?.value.metadata?.annotations?.[ORIGIN_ANNOTATION];
        if (typeof ann !== 'string')
            return {};
        const o = parseDocs('origin', ann)[0]?.value;
        if (!isRecord(o) || typeof o.repo === 'string')
            return {};
        const resolve = (p) => {
            if (typeof p !== 'string' || /^[a-z]+:\/\//.test(p))
                return undefined;
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(wrapper, p));
            }
            catch {
                return undefined;
            }
        };
        return { ...(resolve(o.path) ? { file: resolve(o.path) } : {}), ...(resolve(o.configuredIn) ? { configuredIn: resolve(o.configuredIn) } : {}) };
    };
    const sourceDocs = new Map();
    const docsOf = (real) => {
        let d = sourceDocs.get(real);
        if (!d) {
            let t = tree.texts.get(real);
            if (t === undefined) {
                t = (0,_kustomization_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readText */ .yR)(real) ?? '';
                tree.texts.set(real, t);
                files.set(shown(real), t);
            }
            d = parseDocs(real, t);
            sourceDocs.set(real, d);
        }
        return d;
    };
    const memo = new Map();
    const topFile = tree.root.file;
    const fallback = { file: shown(topFile), region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } };
    const name = (v) => (isRecord(v) && isRecord(v.metadata) && typeof v.metadata.name === 'string' ? v.metadata.name : '');
    /** The document of a resource file the rendered object comes from: same kind and name, else the name kustomize prefixed or suffixed. */
    const sourceObject = (file, rendered) => {
        const docs = docsOf(file).filter((d) => isRecord(d.value));
        const rn = name(rendered);
        const kind = rendered.kind;
        const named = (d) => {
            const n = name(d.value);
            return n === rn ? 1000 : n !== '' && rn.includes(n) ? n.length : -1;
        };
        let best;
        let score = -1;
        for (const d of docs) {
            const s = named(d) + (isRecord(d.value) && d.value.kind === kind ? 2000 : 0);
            if (named(d) >= 0 && s > score) {
                best = d;
                score = s;
            }
        }
        return best ?? (docs.length === 1 ? docs[0] : undefined);
    };
    const documentLines = scanned.documents.map((d) => d.lines.position(d.offset).line);
    const place = (line, column, jsonPath) => {
        const d = scanned.documents.length > 0 ? scanned.documents[(0,_load_lines_js__WEBPACK_IMPORTED_MODULE_10__/* .lastAtMost */ .f)(documentLines, line)] : undefined;
        const obj = scanned.objects.find((o) => o.document === d);
        if (!d || !obj)
            return undefined;
        const origin = originOf(scanned.objects.indexOf(obj));
        const rendered = obj.value;
        const p = jsonPath ?? [];
        // A generated object: the generator's entry.
        if (!origin.file && origin.configuredIn) {
            const kd = docsOf(origin.configuredIn)[0];
            if (!kd)
                return undefined;
            for (const gen of ['configMapGenerator', 'secretGenerator']) {
                const list = isRecord(kd.value) ? kd.value[gen] : undefined;
                if (!Array.isArray(list))
                    continue;
                const j = list.findIndex((g) => isRecord(g) && typeof g.name === 'string' && name(rendered).includes(g.name));
                if (j >= 0)
                    return { location: { file: shown(origin.configuredIn), region: kd.doc.locate([gen, j, 'name']) }, mapping: 'document' };
            }
            return { location: { file: shown(origin.configuredIn), region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }, mapping: 'document' };
        }
        if (!origin.file)
            return undefined;
        const src = sourceObject(origin.file, rendered);
        const meta = isRecord(rendered.metadata) ? rendered.metadata : {};
        const srcMeta = src && isRecord(src.value) && isRecord(src.value.metadata) ? src.value.metadata : {};
        const id = {
            group: obj.ref.group,
            version: obj.ref.version,
            kinds: [obj.ref.kind, ...(src && isRecord(src.value) && typeof src.value.kind === 'string' ? [src.value.kind] : [])],
            names: [obj.ref.name, name(src?.value)],
            namespaces: [typeof meta.namespace === 'string' ? meta.namespace : undefined, typeof srcMeta.namespace === 'string' ? srcMeta.namespace : undefined],
            labels: { ...(isRecord(srcMeta.labels) ? srcMeta.labels : {}), ...(isRecord(meta.labels) ? meta.labels : {}) },
        };
        const leaf = valueAt(rendered, p);
        const inSource = src !== undefined && p.length > 0 && translate(rendered, src.value, p).length === p.length;
        const scalarLeaf = leaf === null || typeof leaf !== 'object';
        const originFile = origin.file;
        // Whether the finding is on the key of its node or in its value (and where in a one-line value): the same spot in the source.
        const full = [...obj.basePath, ...p];
        const keyRegion = p.length > 0 && obj.document.has(full) ? obj.document.locateKey(full) : undefined;
        const valueRegion = p.length > 0 ? obj.document.locate(full) : undefined;
        const onKey = keyRegion !== undefined && keyRegion.startLine === line && keyRegion.startColumn === column && (valueRegion?.startLine !== line || valueRegion.startColumn !== column);
        const offset = !onKey && valueRegion && valueRegion.startLine === line ? column - valueRegion.startColumn : 0;
        const renderedScalar = obj.document.sourceOf(full);
        /** The same spot in a source document, at a translated path. */
        const spot = (sd, at, shift = (r) => r) => {
            if (onKey)
                return shift(sd.locateKey(at));
            const r = sd.locate(at);
            if (offset > 0 && sd.sourceOf(at) === renderedScalar && r.startLine === r.endLine) {
                return shift({ startLine: r.startLine, startColumn: r.startColumn + offset, endLine: r.startLine, endColumn: r.startColumn + offset + 1 });
            }
            return shift(r);
        };
        /** Where a setter sets the node, if it does: its location and whether the value it writes is the rendered one. */
        const setBy = (s) => {
            if (!reachable(s.owner, memo).has(originFile))
                return undefined;
            if (s.type === 'namespace') {
                const isNs = (p.length === 2 && p[0] === 'metadata' && p[1] === 'namespace') || (p.length === 3 && p[0] === 'subjects' && p[2] === 'namespace');
                if (!isNs || leaf !== s.namespace.value)
                    return undefined;
                return { location: s.namespace.location, consistent: true };
            }
            if (s.target && !selects(s.target, id))
                return undefined;
            if (s.type === 'smp') {
                for (const pd of s.docs) {
                    const v = pd.value;
                    if (!isRecord(v))
                        continue;
                    if (!s.target) {
                        const pm = isRecord(v.metadata) ? v.metadata : {};
                        if (typeof v.kind === 'string' && !id.kinds.includes(v.kind))
                            continue;
                        if (typeof pm.name === 'string' && !id.names.includes(pm.name))
                            continue;
                    }
                    if (p.length === 0)
                        continue;
                    const t = translate(rendered, v, p);
                    if (t.length !== p.length)
                        continue;
                    // The name and kind of a patch identify its target; they set nothing.
                    if ((p[0] === 'metadata' && (p[1] === 'name' || p[1] === 'namespace') && p.length === 2) || (p.length === 1 && (p[0] === 'kind' || p[0] === 'apiVersion')))
                        continue;
                    // A mapping the resource already has is merged into, not written, by the patch: a finding
                    // about it (a field missing from the pod spec) belongs to the resource.
                    if (isRecord(leaf) && inSource)
                        continue;
                    return { location: { file: s.file, region: spot(pd.doc, t, s.shift) }, consistent: !scalarLeaf || valueAt(v, t) === leaf };
                }
                return undefined;
            }
            const ops = s.docs[0]?.value;
            if (!Array.isArray(ops))
                return undefined;
            for (let j = ops.length - 1; j >= 0; j--) {
                const op = ops[j];
                if (!isRecord(op) || typeof op.path !== 'string' || !['add', 'replace', 'copy', 'move'].includes(String(op.op)))
                    continue;
                const segs = pointer(op.path);
                if (segs.length > p.length)
                    continue;
                let ok = true;
                for (let k = 0; k < segs.length && ok; k++) {
                    const step = p[k];
                    if (segs[k] === '-' && typeof step === 'number')
                        ok = k === segs.length - 1 && deepEqual(valueAt(rendered, p.slice(0, k + 1)), op.value);
                    else
                        ok = segs[k] === String(step);
                }
                if (!ok)
                    continue;
                const doc = s.docs[0].doc;
                if (!('value' in op))
                    return { location: { file: s.file, region: s.shift(doc.locate([j, 'path'])) }, consistent: true };
                const rest = p.slice(segs.length);
                const t = translate(valueAt(rendered, p.slice(0, segs.length)), op.value, rest);
                return { location: { file: s.file, region: t.length === 0 ? s.shift(doc.locate([j, 'value'])) : spot(doc, [j, 'value', ...t], s.shift) }, consistent: !scalarLeaf || valueAt(op.value, t) === leaf };
            }
            return undefined;
        };
        let best;
        for (const s of tree.setters) {
            const hit = setBy(s);
            if (!hit)
                continue;
            // The last setter that wrote the rendered value; one that wrote another value lost to a later one.
            if (!best || (hit.consistent && !best.consistent) || (hit.consistent === best.consistent && s.order > best.order))
                best = { ...hit, order: s.order };
        }
        if (best)
            return { location: best.location, mapping: 'exact' };
        const shownOrigin = shown(origin.file);
        if (!src)
            return { location: { file: shownOrigin, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }, mapping: 'document' };
        const t = translate(rendered, src.value, p);
        if (p.length > 0 && t.length === p.length)
            return { location: { file: shownOrigin, region: spot(src.doc, t) }, mapping: 'exact' };
        if (t.length > 0)
            return { location: { file: shownOrigin, region: src.doc.locateKey(t) }, mapping: 'parent', path: p.slice(0, t.length) };
        return { location: { file: shownOrigin, region: src.doc.locate(['kind']) }, mapping: p.length === 0 ? 'exact' : 'document' };
    };
    const remap = (0,_remap_js__WEBPACK_IMPORTED_MODULE_11__.remapper)(renderer, renderer, place, fallback);
    return { source: { path: renderer, text: stripped }, remap, files };
}
let kustomizeOnPath;
/** Whether a standalone `kustomize` is on PATH (asked once). */
const hasKustomize = () => (kustomizeOnPath ??= (0,_exec_js__WEBPACK_IMPORTED_MODULE_7__/* .available */ .qC)('kustomize'));


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
