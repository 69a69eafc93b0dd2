export const id = 868;
export const ids = [868];
export const modules = {

/***/ 7764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ RBAC_GROUP),
/* harmony export */   ET: () => (/* binding */ isUnreadKind),
/* harmony export */   Np: () => (/* binding */ splitApiVersion),
/* harmony export */   Z6: () => (/* binding */ isClusterScoped),
/* harmony export */   gk: () => (/* binding */ gk),
/* harmony export */   vt: () => (/* binding */ podTemplatePath)
/* harmony export */ });
/* unused harmony export WORKLOAD_KINDS */
function splitApiVersion(apiVersion) {
    const i = apiVersion.lastIndexOf('/');
    if (i === -1)
        return { group: '', version: apiVersion };
    return { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
const gk = (group, kind) => `${group}/${kind}`;
const RBAC_GROUP = 'rbac.authorization.k8s.io';
/** Cluster-scoped kinds by `group/kind`; everything else is namespaced. */
const CLUSTER_SCOPED = new Set([
    gk('', 'Namespace'),
    gk('', 'Node'),
    gk('', 'PersistentVolume'),
    gk('', 'ComponentStatus'),
    gk(RBAC_GROUP, 'ClusterRole'),
    gk(RBAC_GROUP, 'ClusterRoleBinding'),
    gk('apiextensions.k8s.io', 'CustomResourceDefinition'),
    gk('apiregistration.k8s.io', 'APIService'),
    gk('admissionregistration.k8s.io', 'MutatingWebhookConfiguration'),
    gk('admissionregistration.k8s.io', 'ValidatingWebhookConfiguration'),
    gk('admissionregistration.k8s.io', 'ValidatingAdmissionPolicy'),
    gk('admissionregistration.k8s.io', 'ValidatingAdmissionPolicyBinding'),
    gk('admissionregistration.k8s.io', 'MutatingAdmissionPolicy'),
    gk('admissionregistration.k8s.io', 'MutatingAdmissionPolicyBinding'),
    gk('storage.k8s.io', 'StorageClass'),
    gk('storage.k8s.io', 'CSIDriver'),
    gk('storage.k8s.io', 'CSINode'),
    gk('storage.k8s.io', 'VolumeAttachment'),
    gk('scheduling.k8s.io', 'PriorityClass'),
    gk('node.k8s.io', 'RuntimeClass'),
    gk('networking.k8s.io', 'IngressClass'),
    gk('certificates.k8s.io', 'CertificateSigningRequest'),
    gk('policy', 'PodSecurityPolicy'),
    gk('flowcontrol.apiserver.k8s.io', 'FlowSchema'),
    gk('flowcontrol.apiserver.k8s.io', 'PriorityLevelConfiguration'),
    gk('projectcalico.org', 'GlobalNetworkPolicy'),
    gk('projectcalico.org', 'GlobalNetworkSet'),
    gk('projectcalico.org', 'HostEndpoint'),
    gk('projectcalico.org', 'Tier'),
    gk('projectcalico.org', 'IPPool'),
    gk('projectcalico.org', 'FelixConfiguration'),
    gk('projectcalico.org', 'BGPConfiguration'),
    gk('projectcalico.org', 'BGPPeer'),
    gk('projectcalico.org', 'ClusterInformation'),
    gk('crd.projectcalico.org', 'GlobalNetworkPolicy'),
    gk('crd.projectcalico.org', 'GlobalNetworkSet'),
    gk('crd.projectcalico.org', 'HostEndpoint'),
    gk('crd.projectcalico.org', 'Tier'),
    gk('crd.projectcalico.org', 'IPPool'),
    gk('crd.projectcalico.org', 'FelixConfiguration'),
    gk('crd.projectcalico.org', 'BGPConfiguration'),
    gk('crd.projectcalico.org', 'BGPPeer'),
    gk('crd.projectcalico.org', 'ClusterInformation'),
    gk('operator.tigera.io', 'Installation'),
    gk('operator.tigera.io', 'APIServer'),
    gk('kyverno.io', 'ClusterPolicy'),
    gk('kyverno.io', 'ClusterCleanupPolicy'),
    gk('templates.gatekeeper.sh', 'ConstraintTemplate'),
    gk('mutations.gatekeeper.sh', 'Assign'),
    gk('mutations.gatekeeper.sh', 'AssignMetadata'),
    gk('mutations.gatekeeper.sh', 'ModifySet'),
]);
function isClusterScoped(group, kind) {
    if (group === 'constraints.gatekeeper.sh')
        return true;
    return CLUSTER_SCOPED.has(gk(group, kind));
}
/**
 * Kinds no rule reads, whose documents are often large (CRD schemas, rule and dashboard bodies).
 * They are not parsed at all: this is most of the bytes of a typical rendered chart.
 */
const UNREAD = new Set([
    gk('apiextensions.k8s.io', 'CustomResourceDefinition'),
    gk('', 'ConfigMap'),
    gk('', 'Service'),
    gk('', 'Endpoints'),
    gk('discovery.k8s.io', 'EndpointSlice'),
    gk('monitoring.coreos.com', 'PrometheusRule'),
    gk('monitoring.coreos.com', 'ServiceMonitor'),
    gk('monitoring.coreos.com', 'PodMonitor'),
    gk('monitoring.coreos.com', 'Probe'),
    gk('networking.k8s.io', 'Ingress'),
    gk('networking.k8s.io', 'IngressClass'),
    gk('policy', 'PodDisruptionBudget'),
    gk('apiregistration.k8s.io', 'APIService'),
    gk('scheduling.k8s.io', 'PriorityClass'),
    gk('autoscaling', 'HorizontalPodAutoscaler'),
]);
function isUnreadKind(group, kind) {
    return UNREAD.has(gk(group, kind));
}
/** Where each workload kind keeps its pod template (`metadata` + `spec`). */
const POD_TEMPLATE_PATHS = {
    [gk('', 'Pod')]: [],
    [gk('', 'PodTemplate')]: ['template'],
    [gk('', 'ReplicationController')]: ['spec', 'template'],
    [gk('apps', 'Deployment')]: ['spec', 'template'],
    [gk('apps', 'ReplicaSet')]: ['spec', 'template'],
    [gk('apps', 'StatefulSet')]: ['spec', 'template'],
    [gk('apps', 'DaemonSet')]: ['spec', 'template'],
    [gk('extensions', 'Deployment')]: ['spec', 'template'],
    [gk('extensions', 'ReplicaSet')]: ['spec', 'template'],
    [gk('extensions', 'DaemonSet')]: ['spec', 'template'],
    [gk('batch', 'Job')]: ['spec', 'template'],
    [gk('batch', 'CronJob')]: ['spec', 'jobTemplate', 'spec', 'template'],
    [gk('argoproj.io', 'Rollout')]: ['spec', 'template'],
};
/** Path of the pod template (the object holding the pod's `metadata` and `spec`), or undefined. */
function podTemplatePath(group, kind) {
    return POD_TEMPLATE_PATHS[gk(group, kind)];
}
/** The kinds whose instances are workloads, for docs and the `rules` listing. */
const WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATHS);


/***/ }),

/***/ 8716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ lastAtMost),
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** The index of the last element of an ascending array that is at most `value` (0 when none is). */
function lastAtMost(sorted, value) {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sorted[mid] <= value)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** Maps offsets in a text to 1-based lines and columns. Computed once per file, resolved lazily. */
class LineIndex {
    text;
    /** Offsets of the line starts (an Int32Array: half the memory of a number array, for every line read). */
    starts;
    constructor(text) {
        this.text = text;
        let count = 1;
        let i = text.indexOf('\n');
        while (i !== -1) {
            count++;
            i = text.indexOf('\n', i + 1);
        }
        const starts = new Int32Array(count);
        let k = 1;
        i = text.indexOf('\n');
        while (i !== -1) {
            starts[k++] = i + 1;
            i = text.indexOf('\n', i + 1);
        }
        this.starts = starts;
    }
    get lineCount() {
        return this.starts.length;
    }
    /** 1-based line and column of an offset. */
    position(offset) {
        const lo = lastAtMost(this.starts, offset);
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
    /** The text of a 1-based line, without its line break. */
    lineText(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const next = this.starts[line];
        let end = next === undefined ? this.text.length : next - 1;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(start, end);
    }
    /** Region of [start, end) offsets. An empty range covers one character. */
    region(start, end) {
        const a = this.position(start);
        const b = this.position(Math.max(start + 1, end));
        return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
    }
    /** Region covering the first line from `start` (used for collections: their first line). */
    firstLineRegion(start, end) {
        const a = this.position(start);
        const text = this.lineText(a.line);
        const lineEnd = this.starts[a.line - 1] + text.length;
        const stop = Math.min(Math.max(start + 1, end), Math.max(start + 1, lineEnd));
        const trimmed = this.trimEnd(start, stop);
        return this.region(start, trimmed);
    }
    trimEnd(start, end) {
        let e = end;
        while (e > start + 1 && /\s/.test(this.text[e - 1]))
            e--;
        return e;
    }
}


/***/ }),

/***/ 8874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dl: () => (/* binding */ loadSources)
});

// UNUSED EXPORTS: LoadedDocument, MAX_SKIPPED_PER_FILE, TEMPLATE_REASON

// EXTERNAL MODULE: ./lib/src/load/kinds.js
var kinds = __webpack_require__(7764);
// EXTERNAL MODULE: ./lib/src/load/lines.js
var load_lines = __webpack_require__(8716);
// EXTERNAL MODULE: ./lib/src/load/split.js
var split = __webpack_require__(1531);
// EXTERNAL MODULE: ./lib/src/load/yaml.js
var yaml = __webpack_require__(6568);
// EXTERNAL MODULE: ./lib/src/load/positions.js
var positions = __webpack_require__(5371);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/src/load/go-template.js
/**
 * Files that are Go templates (Helm chart templates outside `templates/`, `helm create` copies,
 * generator inputs), not manifests: `{{ .Values.x }}`, `{{- if … }}`, `{{ include … }}` where YAML
 * expects content. They are listed as skipped ("looks like a template; render it") rather than
 * reported as YAML syntax errors or read as objects whose names are maps. Go template actions inside
 * strings and block scalars (Argo Workflows' `{{inputs.parameters.x}}`, Prometheus alert texts) are
 * content, and do not make a file a template.
 */

/** A Go template action: `{{` (with optional `-` trim) opening a pipeline on `.`/`$`, a keyword, or a comment. */
const ACTION = /\{\{-?\s*(?:[.$]|\/\*|(?:if|else|end|range|with|define|template|include|block|toYaml|toJson|tpl|required|printf|quote|default|fail|lookup|nindent|indent|not|and|or|eq|ne)\b)/;
/** Offset of the first Go template action outside comment lines, or -1. */
function firstAction(text) {
    const re = new RegExp(ACTION.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        if (!/^\s*#/.test(text.slice(lineStart, m.index)))
            return m.index;
    }
    return -1;
}
/** An action where YAML expects content: at the start of a line, after `- `, or as an unquoted value. */
const STRUCTURAL = new RegExp(`^[ \\t]*(?:-[ \\t]+)*(?:[^\\s#'"{][^#'"]*?:[ \\t]+)?${ACTION.source}`, 'm');
/**
 * Whether a parsed YAML document is a Go template: it has syntax errors and a template action where
 * YAML expects content, or a template action stands where YAML reads a flow mapping
 * (`name: {{ .Release.Name }}` parses as a map whose key is a map).
 */
function isGoTemplate(doc, text, hasProblems) {
    if (firstAction(text) === -1)
        return false;
    if (hasProblems || !doc)
        return STRUCTURAL.test(text);
    let found = false;
    (0,dist/* visit */.YR)(doc, {
        Map(_, node) {
            const first = node.items[0];
            if (node.flow && first && (0,dist/* isMap */.jh)(first.key) && first.key.flow) {
                found = true;
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return found;
}

;// CONCATENATED MODULE: ./lib/src/load/load.js






/** One parsed YAML document of a file. */
class LoadedDocument {
    file;
    index;
    lines;
    offset;
    positions;
    doc;
    segment;
    part;
    duplicates;
    problems;
    constructor(file, index, lines, offset, 
    /** Where the document's nodes are; undefined when the parser gave up on it. */
    positions, 
    /** The parsed Document, kept only with `keepDocuments`. */
    doc, segment, 
    /** Which document of the segment this is (a segment normally holds one). */
    part, duplicates, problems) {
        this.file = file;
        this.index = index;
        this.lines = lines;
        this.offset = offset;
        this.positions = positions;
        this.doc = doc;
        this.segment = segment;
        this.part = part;
        this.duplicates = duplicates;
        this.problems = problems;
    }
    get helmSource() {
        return this.segment.helmSource;
    }
    /** Looks like a Kubernetes object (top-level `apiVersion:` and `kind:`), even if it does not parse. */
    get looksLikeObject() {
        if (this.segment.apiVersion !== undefined && this.segment.kind !== undefined)
            return true;
        return this.segment.json && /"apiVersion"/.test(this.segment.text) && /"kind"/.test(this.segment.text);
    }
    regionOf(start, end) {
        return this.lines.region(this.offset + start, this.offset + end);
    }
    /**
     * Region of the node at a JSON path: a scalar's own text; a mapping or sequence by the key that
     * holds it (or its first line). A path that does not exist resolves to its deepest existing parent.
     */
    locate(path) {
        const p = this.positions;
        if (!p)
            return this.lines.region(this.offset, this.offset + 1);
        const { node, key } = p.nodeAt(path);
        const type = p.type(node);
        const range = p.valueRange(node);
        if (range && type !== positions/* MAP */.lC && type !== positions/* SEQ */.kN)
            return this.regionOf(range[0], range[1]);
        const keyRange = p.keyRange(key);
        if (keyRange)
            return this.regionOf(keyRange[0], keyRange[1]);
        if (range)
            return this.lines.firstLineRegion(this.offset + range[0], this.offset + range[1]);
        return this.lines.region(this.offset, this.offset + 1);
    }
    /** Region of the key at a path (the `name:` part), falling back to `locate`. */
    locateKey(path) {
        const p = this.positions;
        if (!p)
            return this.locate(path);
        const { key, matched } = p.nodeAt(path);
        const keyRange = p.keyRange(key);
        if (keyRange && matched === path.length)
            return this.regionOf(keyRange[0], keyRange[1]);
        return this.locate(path);
    }
    /**
     * Region of one character inside a one-line scalar (a column within a selector, say): exact for
     * plain scalars and for quoted ones without escapes; the whole scalar otherwise.
     */
    locateInScalar(path, offset) {
        const whole = this.locate(path);
        const p = this.positions;
        if (!p)
            return whole;
        const { node, matched } = p.nodeAt(path);
        const type = p.type(node);
        const range = p.valueRange(node);
        if (matched !== path.length || !range || type === positions/* ALIAS */.dt || type === positions/* MAP */.lC || type === positions/* SEQ */.kN)
            return whole;
        const [start, end] = range;
        const raw = this.lines.text.slice(this.offset + start, this.offset + end);
        if (raw.includes('\n'))
            return whole;
        let at;
        if (type === positions/* PLAIN */.tZ)
            at = start + offset;
        else if (type === positions/* QUOTE_DOUBLE */.DR && !raw.includes('\\'))
            at = start + 1 + offset;
        else if (type === positions/* QUOTE_SINGLE */.c$ && !raw.slice(1, -1).includes("''"))
            at = start + 1 + offset;
        else
            return whole;
        if (at >= end)
            at = Math.max(start, end - 1);
        return this.regionOf(at, at + 1);
    }
    /**
     * The text of the scalar at a path as written in the file (`no`, `"false"`), if it is a scalar.
     * Asked only about values of the wrong type, so the document is parsed again for it.
     */
    sourceOf(path) {
        const p = this.positions;
        if (!p)
            return undefined;
        const { node, matched } = p.nodeAt(path);
        const type = p.type(node);
        if (matched !== path.length || node < 0 || type === positions/* ALIAS */.dt || type === positions/* MAP */.lC || type === positions/* SEQ */.kN)
            return undefined;
        const doc = this.doc ?? (0,yaml/* reparse */.bk)(this.segment.text)[this.part];
        if (!doc)
            return undefined;
        const found = (0,yaml/* nodeAt */.oB)(doc, path);
        return found.node && 'source' in found.node && typeof found.node.source === 'string' ? found.node.source : undefined;
    }
    /** True when the exact path exists in the document. */
    has(path) {
        return !!this.positions && this.positions.nodeAt(path).matched === path.length;
    }
}
const TEMPLATE_REASON = 'looks like a Go template (Helm); render it (helm template, or scan --helm-chart DIR) and scan the output';
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Every `kind:` written anywhere in a text (block or flow, quoted or not). */
const ANY_KIND = /["']?\bkind["']?[ \t]*:[ \t]*["']?([A-Za-z0-9_.-]*)/g;
/** True when the only kinds a text names are `kinds` (a typed List that holds nothing else). */
function namesOnly(text, kinds) {
    for (const m of text.matchAll(ANY_KIND))
        if (!kinds.includes(m[1]))
            return false;
    return true;
}
function shouldParse(seg) {
    if (seg.json || seg.kind === undefined || seg.apiVersion === undefined)
        return true;
    const { group } = (0,kinds/* splitApiVersion */.Np)(seg.apiVersion);
    if (seg.kind.endsWith('List')) {
        // A typed List of a kind no rule reads (a ConfigMapList of dashboards) is not read either, unless
        // something else hides in it: kubectl applies whatever a List's items are.
        const item = seg.kind.slice(0, -'List'.length);
        return !(item !== '' && (0,kinds/* isUnreadKind */.ET)(group, item) && namesOnly(seg.text, [item, seg.kind]));
    }
    return !(0,kinds/* isUnreadKind */.ET)(group, seg.kind);
}
/** Documents listed as skipped per file; the rest are counted in one more entry (a file of a million `---a: 1` stays small). */
const MAX_SKIPPED_PER_FILE = 100;
function loadSources(files, options) {
    const documents = [];
    const objects = [];
    const skipped = [];
    const unread = [];
    // `files` counts the files read; those that were not are in `unread`.
    const stats = { files: 0, bytes: 0, documents: 0, parsed: 0, unread: 0 };
    const keys = new positions/* KeyTable */.a4();
    for (const file of files) {
        if (file.unread) {
            unread.push({ file: file.path, unread: file.unread });
            continue;
        }
        stats.files++;
        let text = file.text;
        stats.bytes += text.length;
        // A BOM is not content: positions are counted as editors show them.
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        // A lone CR ends a line in YAML (and for kubectl) as LF does; one character for one keeps every offset.
        if (/\r(?!\n)/.test(text))
            text = text.replace(/\r(?!\n)/g, '\n');
        const lines = new load_lines/* LineIndex */.r(text);
        const segments = file.path.endsWith('.json') ? [wholeFile(text)] : (0,split/* documentSegments */.AM)(text);
        // Where this file's entries start: a file found to be a Go template gives none of them.
        const mark = { documents: documents.length, objects: objects.length, skipped: skipped.length };
        let template = false;
        // What a file may list as skipped is bounded; the rest is counted.
        let listed = 0;
        let more;
        const fileSkipped = {
            push(s) {
                if (listed++ < MAX_SKIPPED_PER_FILE)
                    skipped.push(s);
                else if (more)
                    more.count = (more.count ?? 1) + 1;
                else
                    more = { file: s.file, line: s.line, reason: '', count: 1 };
            },
        };
        let index = 0;
        for (const seg of segments) {
            if (template)
                break;
            stats.documents++;
            // Nothing but `---` and comments: an empty document, nothing to parse or keep.
            if (!shouldParse(seg) || (0,split/* isBlankSegment */.Ei)(seg.text)) {
                stats.unread++;
                index++;
                continue;
            }
            stats.parsed++;
            let part = 0;
            for (const parsed of (0,yaml/* parseYamlSegment */.uS)(seg.text, keys)) {
                if (isGoTemplate(parsed.doc, seg.text, parsed.problems.length > 0)) {
                    template = true;
                    break;
                }
                const doc = options.keepDocuments ? parsed.doc : undefined;
                const ld = new LoadedDocument(file.path, index++, lines, seg.start, parsed.positions, doc, seg, part++, parsed.duplicates, parsed.problems);
                documents.push(ld);
                if (parsed.problems.length > 0) {
                    if (!ld.looksLikeObject && parsed.problems[0].code !== 'internal') {
                        fileSkipped.push({ file: file.path, line: lines.position(seg.start).line, reason: `not valid YAML: ${parsed.problems[0].message}` });
                    }
                    continue;
                }
                const before = objects.length;
                try {
                    collectObjects(parsed.value, ld, options, objects, fileSkipped);
                }
                catch (e) {
                    // A bug must not lose the rest of the scan: the document is reported as not read.
                    parsed.problems.push((0,yaml/* internalProblem */.R3)(e));
                }
                // A document without objects or anything to report is not kept (its parsed tree is large).
                if (options.objectsOnly && objects.length === before && parsed.problems.length === 0 && parsed.duplicates.length === 0)
                    documents.pop();
            }
        }
        if (template) {
            documents.length = mark.documents;
            objects.length = mark.objects;
            skipped.length = mark.skipped;
            skipped.push({ file: file.path, line: lines.position(Math.max(0, firstAction(text))).line, reason: TEMPLATE_REASON, template: true });
            continue;
        }
        if (more)
            skipped.push({ ...more, reason: `and ${more.count} more documents skipped in this file, from this line on` });
    }
    return { documents, objects, skipped, unread, stats };
}
function wholeFile(text) {
    return { start: 0, end: text.length, text, apiVersion: undefined, kind: undefined, helmSource: undefined, json: true };
}
function collectObjects(value, doc, options, out, skipped) {
    const line = doc.lines.position(doc.offset).line;
    if (value === null || value === undefined)
        return; // empty or comments only
    if (!isRecord(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') {
        skipped.push({ file: doc.file, line, reason: 'not a Kubernetes object (no apiVersion and kind)' });
        return;
    }
    const add = (v, basePath) => {
        const apiVersion = v.apiVersion;
        const kind = v.kind;
        const { group, version } = (0,kinds/* splitApiVersion */.Np)(apiVersion);
        const metadata = isRecord(v.metadata) ? v.metadata : {};
        const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? `${metadata.generateName}*` : '';
        const clusterScoped = (0,kinds/* isClusterScoped */.Z6)(group, kind);
        const explicitNs = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
        const namespace = clusterScoped ? undefined : explicitNs ?? options.namespace;
        out.push({
            id: out.length,
            ref: { group, version, kind, namespace, name },
            apiVersion,
            value: v,
            document: doc,
            basePath,
            namespaceDefaulted: !clusterScoped && explicitNs === undefined,
        });
    };
    const kind = value.kind;
    if (kind.endsWith('List') && Array.isArray(value.items)) {
        value.items.forEach((item, i) => {
            if (isRecord(item) && typeof item.apiVersion === 'string' && typeof item.kind === 'string')
                add(item, ['items', i]);
            else
                skipped.push({ file: doc.file, line: doc.locate(['items', i]).startLine, reason: 'List item is not a Kubernetes object' });
        });
        return;
    }
    add(value, []);
}


/***/ }),

/***/ 5371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ QUOTE_DOUBLE),
/* harmony export */   a4: () => (/* binding */ KeyTable),
/* harmony export */   c$: () => (/* binding */ QUOTE_SINGLE),
/* harmony export */   dt: () => (/* binding */ ALIAS),
/* harmony export */   kN: () => (/* binding */ SEQ),
/* harmony export */   lC: () => (/* binding */ MAP),
/* harmony export */   tZ: () => (/* binding */ PLAIN),
/* harmony export */   uH: () => (/* binding */ PositionIndex)
/* harmony export */ });
/* unused harmony exports NONE, BLOCK_LITERAL, BLOCK_FOLDED, SCALAR */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Where the nodes of a parsed document are, without the document. A `yaml` Document costs some
 * 200 bytes per node, and saguard only ever asks it position questions (`nodeAt` for a JSON path:
 * the node's range and kind, the range of the key holding it). `PositionIndex` answers them from
 * six int32 per node in one typed array, so the Document can be dropped once it is converted (on a
 * monorepo of 100,000 objects the Documents were three quarters of the heap).
 *
 * The index is built by one walk of the document and resolves paths exactly as `nodeAt` in
 * `yaml.ts` does: the last of duplicate keys, merge keys searched in order (keys written in the
 * mapping first), aliases followed on the way and kept at the end of a path, the deepest existing
 * node for a path that does not exist. `test/scale/positions.test.ts` holds it to `nodeAt` on every
 * path of the fixtures and corpora.
 */

/** What an entry's value is. */
const NONE = 0; // no node (a pair without a value)
const PLAIN = 1;
const QUOTE_SINGLE = 2;
const QUOTE_DOUBLE = 3;
const BLOCK_LITERAL = 4;
const BLOCK_FOLDED = 5;
const SCALAR = 6; // a scalar of no known style
const ALIAS = 7;
const MAP = 8;
const SEQ = 9;
/** A source of a merge key (`<<: *base`): its child is the merged mapping. */
const MERGE = 10;
const SCALAR_TYPES = {
    PLAIN,
    QUOTE_SINGLE,
    QUOTE_DOUBLE,
    BLOCK_LITERAL,
    BLOCK_FOLDED,
};
/*
 * Entries, six int32 each: [keyStart, keyEnd, valueStart, valueEnd, meta, keyId].
 * meta = type | (child + 1) << 4. The child of a MAP or SEQ value is the index of its header entry
 * [count, 0, 0, 0, type, -1], followed by its `count` entries (pairs, then merge sources; items);
 * the child of an ALIAS is an entry describing the node it points to. Ranges are -1 when absent.
 */
const STRIDE = 6;
const K0 = 0;
const K1 = 1;
const V0 = 2;
const V1 = 3;
const META = 4;
const KEY = 5;
/** Mapping keys as small integers, shared by the documents of one load. */
class KeyTable {
    ids = new Map();
    id(key) {
        let id = this.ids.get(key);
        if (id === undefined) {
            id = this.ids.size;
            this.ids.set(key, id);
        }
        return id;
    }
    find(key) {
        return this.ids.get(key);
    }
}
class PositionIndex {
    e;
    root;
    keys;
    constructor(e, root, keys) {
        this.e = e;
        this.root = root;
        this.keys = keys;
    }
    /** Indexes a parsed document (see `build`); `keyString` and `isMergeKey` are yaml.ts's. */
    static of(doc, keys, keyString, isMergeKey) {
        const b = new Builder(keys, keyString, isMergeKey);
        const root = b.root(doc.contents);
        return new PositionIndex(b.result(), root, keys);
    }
    /** Heap bytes of the index (for the bench and the tests). */
    get bytes() {
        return this.e.byteLength;
    }
    type(entry) {
        return entry < 0 ? NONE : this.e[entry * STRIDE + META] & 15;
    }
    /** [start, end) of an entry's value, or undefined. */
    valueRange(entry) {
        if (entry < 0)
            return undefined;
        const s = this.e[entry * STRIDE + V0];
        return s < 0 ? undefined : [s, this.e[entry * STRIDE + V1]];
    }
    /** [start, end) of an entry's key, or undefined. */
    keyRange(entry) {
        if (entry < 0)
            return undefined;
        const s = this.e[entry * STRIDE + K0];
        return s < 0 ? undefined : [s, this.e[entry * STRIDE + K1]];
    }
    child(entry) {
        return (this.e[entry * STRIDE + META] >> 4) - 1;
    }
    /** The pair of a mapping (by its header) with the key, as `findPair` in yaml.ts finds it. */
    findPair(header, key, depth) {
        if (header < 0 || depth > 20)
            return -1;
        const e = this.e;
        const count = e[header * STRIDE];
        let found = -1;
        if (key !== undefined) {
            for (let i = header + 1; i <= header + count; i++)
                if (e[i * STRIDE + KEY] === key)
                    found = i;
        }
        if (found >= 0)
            return found;
        for (let i = header + 1; i <= header + count; i++) {
            if ((e[i * STRIDE + META] & 15) !== MERGE)
                continue;
            const p = this.findPair(this.child(i), key, depth + 1);
            if (p >= 0)
                return p;
        }
        return -1;
    }
    /** Resolves a JSON path as `nodeAt` does; stops at the deepest node that exists. */
    nodeAt(path) {
        let node = this.root;
        let key = -1;
        let matched = 0;
        for (const step of path) {
            if (this.type(node) === ALIAS)
                node = this.child(node);
            const t = this.type(node);
            if (typeof step === 'number' && t === SEQ) {
                const header = this.child(node);
                if (!Number.isInteger(step) || step < 0 || step >= this.e[header * STRIDE])
                    break;
                node = header + 1 + step;
                key = -1;
            }
            else if (t === MAP) {
                const pair = this.findPair(this.child(node), this.keys.find(String(step)), 0);
                if (pair < 0)
                    break;
                key = pair;
                node = pair;
            }
            else
                break;
            matched++;
        }
        return { node: this.type(node) === NONE ? -1 : node, key, matched };
    }
}
/**
 * Walks a document once, in document order (anchors are found as `resolveAlias` finds them). A
 * collection reserves its header and its entries before its children are walked, so that its entries
 * are contiguous and its header is known to aliases inside it.
 */
class Builder {
    keys;
    keyString;
    isMergeKey;
    e = new Int32Array(STRIDE * 256);
    n = 0;
    /** Header entries of the anchored collections (the only ones an alias or merge key can name). */
    headers = new Map();
    /** The latest node of each anchor, in document order. */
    anchors = new Map();
    constructor(keys, keyString, isMergeKey) {
        this.keys = keys;
        this.keyString = keyString;
        this.isMergeKey = isMergeKey;
    }
    result() {
        return this.e.slice(0, this.n * STRIDE);
    }
    root(contents) {
        const r = this.reserve(1);
        this.fill(r, contents);
        return r;
    }
    /** Reserves entries (no key, no value yet) and returns the first. */
    reserve(count) {
        const first = this.n;
        this.n += count;
        if (this.n * STRIDE > this.e.length) {
            const e = new Int32Array(Math.max(this.e.length * 2, this.n * STRIDE));
            e.set(this.e);
            this.e = e;
        }
        const e = this.e;
        for (let i = first; i < this.n; i++) {
            const o = i * STRIDE;
            e[o + K0] = -1;
            e[o + K1] = -1;
            e[o + V0] = -1;
            e[o + V1] = -1;
            e[o + META] = NONE;
            e[o + KEY] = -1;
        }
        return first;
    }
    setValue(i, type, node, child) {
        const o = i * STRIDE;
        if (node.range) {
            this.e[o + V0] = node.range[0];
            this.e[o + V1] = node.range[1];
        }
        this.e[o + META] = type | ((child + 1) << 4);
    }
    /** Records anchors inside a node without indexing it (mapping keys that are collections). */
    anchorsIn(node) {
        if (!node || typeof node !== 'object')
            return;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return;
        const n = node;
        if (n.anchor)
            this.anchors.set(n.anchor, n);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            for (const p of node.items)
                (this.anchorsIn(p.key), this.anchorsIn(p.value));
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            for (const x of node.items)
                this.anchorsIn(x);
    }
    /** Writes a node into entry `i`, indexing its collection in entries reserved after those so far. */
    fill(i, node) {
        if (node === null || node === undefined || typeof node !== 'object')
            return;
        const n = node;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = this.anchors.get(node.source);
            let child = -1;
            if (target) {
                // The node the alias points to, described once more (aliases are rare).
                child = this.reserve(1);
                this.describe(child, target);
            }
            this.setValue(i, ALIAS, n, child);
            return;
        }
        if (n.anchor)
            this.anchors.set(n.anchor, n);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            this.setValue(i, SCALAR_TYPES[node.type ?? ''] ?? SCALAR, n, -1);
            return;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pairs = node.items;
            let own = 0;
            let sources = 0;
            for (const pair of pairs) {
                if (!this.isMergeKey(pair.key))
                    own++;
                else
                    sources += (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(pair.value) ? pair.value.items.length : 1;
            }
            const header = this.reserve(1 + own + sources);
            this.e[header * STRIDE] = own + sources;
            this.e[header * STRIDE + META] = MAP;
            if (n.anchor)
                this.headers.set(n, header);
            this.setValue(i, MAP, n, header);
            let at = header + 1;
            let merge = header + 1 + own;
            for (const pair of pairs) {
                const k = pair.key;
                if (this.isMergeKey(k)) {
                    // The sources of a merge key, in order, after the pairs (the value itself is never at the end
                    // of a path); a source that is not a mapping stays an empty entry.
                    const m = pair.value;
                    const seq = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(m);
                    if (seq && m.anchor)
                        this.anchors.set(m.anchor, m);
                    for (const s of seq ? m.items : [m]) {
                        const slot = merge++;
                        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(s)) {
                            const target = this.anchors.get(s.source);
                            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(target))
                                this.describe(slot, target);
                        }
                        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(s))
                            this.fill(slot, s);
                        else
                            this.anchorsIn(s);
                        const o = slot * STRIDE + META;
                        if ((this.e[o] & 15) === MAP)
                            this.e[o] = (this.e[o] & ~15) | MERGE;
                        else
                            this.e[o] = NONE;
                    }
                    continue;
                }
                this.anchorsIn(k);
                const o = at * STRIDE;
                if (k && typeof k === 'object' && k.range) {
                    this.e[o + K0] = k.range[0];
                    this.e[o + K1] = k.range[1];
                }
                this.e[o + KEY] = this.keys.id(this.keyString(k));
                this.fill(at++, pair.value);
            }
            return;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const items = node.items;
            const header = this.reserve(1 + items.length);
            this.e[header * STRIDE] = items.length;
            this.e[header * STRIDE + META] = SEQ;
            if (n.anchor)
                this.headers.set(n, header);
            this.setValue(i, SEQ, n, header);
            for (let k = 0; k < items.length; k++)
                this.fill(header + 1 + k, items[k]);
        }
    }
    /** Writes a node already reached (an alias target) into entry `i`: its range, kind and header. */
    describe(i, n) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
            this.setValue(i, SCALAR_TYPES[n.type ?? ''] ?? SCALAR, n, -1);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n))
            this.setValue(i, MAP, n, this.headers.get(n) ?? -1);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n))
            this.setValue(i, SEQ, n, this.headers.get(n) ?? -1);
    }
}


/***/ }),

/***/ 1531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ documentSegments),
/* harmony export */   Ei: () => (/* binding */ isBlankSegment),
/* harmony export */   ZF: () => (/* binding */ splitDocuments)
/* harmony export */ });
function isMarker(text, i, ch) {
    if (text[i] !== ch || text[i + 1] !== ch || text[i + 2] !== ch)
        return false;
    const next = text[i + 3];
    return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
}
/** True when the text holds nothing but blank lines, comments and directives. */
function isEmptySegment(text) {
    let i = 0;
    const n = text.length;
    while (i < n) {
        let e = text.indexOf('\n', i);
        if (e === -1)
            e = n;
        let j = i;
        while (j < e && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r'))
            j++;
        if (j < e) {
            const c = text[j];
            if (c !== '#' && c !== '%')
                return false;
        }
        i = e + 1;
    }
    return true;
}
/** An empty document: a `---` line (with at most a comment after it), then blank lines and comments. */
function isBlankSegment(text) {
    const m = /^---[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/.exec(text);
    return isEmptySegment(m ? text.slice(m[0].length) : text);
}
const KIND_RE = /^kind:[ \t]*["']?([A-Za-z0-9_.-]+)/m;
const API_RE = /^apiVersion:[ \t]*["']?([A-Za-z0-9_./-]+)/m;
const SOURCE_RE = /^#[ \t]*Source:[ \t]*(\S.*?)[ \t\r]*$/m;
/** A whole line that is `---`, a comment or a directive (at column 0), or else a character of content. */
const SKIP_OR_CONTENT = /^(---$|[#%].*$)|(\S)/gm;
/** The first character of content, past marker, comment and directive lines (without copying the text). */
function firstContent(text) {
    SKIP_OR_CONTENT.lastIndex = 0;
    let m;
    while ((m = SKIP_OR_CONTENT.exec(text)) !== null)
        if (m[2] !== undefined)
            return m[2];
    return undefined;
}
function sniff(text, start, end) {
    const kind = KIND_RE.exec(text)?.[1];
    const apiVersion = API_RE.exec(text)?.[1];
    let helmSource;
    const m = SOURCE_RE.exec(text);
    if (m) {
        // Only a comment before the document's content counts.
        const before = text.slice(0, m.index);
        if (isEmptySegment(before.replace(/^---.*$/m, '')))
            helmSource = m[1];
    }
    const first = firstContent(text);
    const json = first === '{' || first === '[';
    return { start, end, text, apiVersion, kind, helmSource, json };
}
function splitDocuments(text) {
    return [...documentSegments(text)];
}
/** The segments one at a time: a file of millions of `---` lines never holds them all at once. */
function* documentSegments(text) {
    const bounds = [0];
    const n = text.length;
    let i = 0;
    while (i < n) {
        if (isMarker(text, i, '-')) {
            if (i > 0)
                bounds.push(i);
        }
        else if (isMarker(text, i, '.')) {
            const e = text.indexOf('\n', i);
            const after = e === -1 ? n : e + 1;
            if (after < n)
                bounds.push(after);
        }
        const e = text.indexOf('\n', i);
        if (e === -1)
            break;
        i = e + 1;
    }
    bounds.push(n);
    let pendingStart;
    for (let k = 0; k + 1 < bounds.length; k++) {
        const start = pendingStart ?? bounds[k];
        const end = bounds[k + 1];
        if (end <= bounds[k])
            continue;
        const seg = text.slice(start, end);
        const own = text.slice(bounds[k], end);
        if (isEmptySegment(own) && !/^---/.test(own)) {
            // Comments or directives only: they belong to the next document (a `%YAML` directive, a
            // comment before `---`).
            pendingStart = start;
            continue;
        }
        pendingStart = undefined;
        yield sniff(seg, start, end);
    }
}


/***/ }),

/***/ 6568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ MAX_DUPLICATES_PER_DOCUMENT),
/* harmony export */   R3: () => (/* binding */ internalProblem),
/* harmony export */   bk: () => (/* binding */ reparse),
/* harmony export */   oB: () => (/* binding */ nodeAt),
/* harmony export */   uS: () => (/* binding */ parseYamlSegment)
/* harmony export */ });
/* unused harmony exports ALIAS_EXPANSION_LIMIT, MAX_DEPTH, MAX_DOCUMENT_CHARS, resolveAlias, keyString, isMergeKey */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5371);
/**
 * YAML documents as the Kubernetes API server reads them: YAML 1.1 scalars (`no` is false,
 * `"false"` is a string), merge keys, the last of duplicate keys wins (and is reported), alias
 * expansion bounded. Every value keeps its node, so a JSON path resolves to a position.
 */


/** Nodes that may be produced through aliases before a document counts as an alias bomb. */
const ALIAS_EXPANSION_LIMIT = 100_000;
/** Deeper nesting than this is refused (the API server's own decoder limits depth too). */
const MAX_DEPTH = 500;
/**
 * Longer documents are refused unparsed: a parsed document costs some 80 times its size in
 * memory (a 50 MB one exhausted a 4 GB heap). The API server refuses objects over 3 MiB; a List
 * this long is split by kubectl, and is reported rather than read.
 */
const MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;
/**
 * Duplicated keys recorded per document: one 4 MiB document of `k: v` lines repeats a key
 * 600,000 times (a 16 MB file gave 2.4 million findings, 140 s and 3.9 GB). The first ones are
 * reported; the last entry counts the rest.
 */
const MAX_DUPLICATES_PER_DOCUMENT = 100;
const PARSE_OPTIONS = {
    version: '1.1',
    uniqueKeys: false,
    merge: true,
    prettyErrors: false,
    strict: false,
    keepSourceTokens: false,
};
/**
 * Where every alias of a document points: the last node with its anchor before it, as YAML and
 * `Alias.resolve` define it, found in one walk of the document. (`Alias.resolve` walks the whole
 * document for each alias: 20,000 aliases in 100 KB took minutes.)
 */
const aliasTargets = new WeakMap();
function resolveAlias(doc, alias) {
    let targets = aliasTargets.get(doc);
    if (!targets) {
        const found = new Map();
        const latest = new Map();
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
            Node: (_key, node) => {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
                    const target = latest.get(node.source);
                    if (target)
                        found.set(node, target);
                }
                else if (node.anchor)
                    latest.set(node.anchor, node);
            },
        });
        targets = found;
        aliasTargets.set(doc, targets);
    }
    return targets.get(alias);
}
class LimitError extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
function keyString(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key)) {
        const v = key.value;
        if (typeof v === 'symbol')
            return v.description ?? '';
        if (v === null || v === undefined)
            return 'null';
        if (v instanceof Date)
            return key.source ?? v.toISOString();
        return String(v);
    }
    return String(key);
}
function isMergeKey(key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return false;
    const v = key.value;
    if (typeof v === 'symbol')
        return v.description === '<<';
    return v === '<<' && key.type === 'PLAIN';
}
function scalarValue(node) {
    const v = node.value;
    // Timestamps and binary stay the text they were written as, like sigs.k8s.io/yaml.
    if (v instanceof Date || v instanceof Uint8Array)
        return node.source ?? String(v);
    if (typeof v === 'bigint')
        return Number(v);
    return v;
}
function setKey(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
    else
        obj[key] = value;
}
class Converter {
    doc;
    aliasBudget = ALIAS_EXPANSION_LIMIT;
    /** The alias written in the document whose expansion is under way (where a bomb is reported). */
    aliasRoot;
    duplicates = [];
    constructor(doc) {
        this.doc = doc;
    }
    convert(node, path, depth, viaAlias) {
        if (depth > MAX_DEPTH) {
            const r = node?.range ?? [0, 0, 0];
            throw new LimitError({
                code: 'depth-limit',
                message: `nesting is deeper than ${MAX_DEPTH} levels`,
                start: r[0],
                end: r[1],
            });
        }
        if (viaAlias && --this.aliasBudget < 0) {
            const r = this.aliasRoot?.range ?? node?.range ?? [0, 0, 0];
            throw new LimitError({
                code: 'alias-limit',
                message: `aliases expand to more than ${ALIAS_EXPANSION_LIMIT} nodes (a "billion laughs" document)`,
                start: r[0],
                end: r[1],
            });
        }
        if (node === null || node === undefined)
            return null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return scalarValue(node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = resolveAlias(this.doc, node);
            if (target === undefined)
                return null;
            if (viaAlias)
                return this.convert(target, path, depth + 1, true);
            this.aliasRoot = node;
            const v = this.convert(target, path, depth + 1, true);
            this.aliasRoot = undefined;
            return v;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const obj = {};
            const seen = new Map();
            const merges = [];
            for (const pair of node.items) {
                if (isMergeKey(pair.key)) {
                    merges.push(pair.value);
                    continue;
                }
                const key = keyString(pair.key);
                const first = seen.get(key);
                if (first && !viaAlias) {
                    const kr = pair.key?.range;
                    const fr = first.key?.range;
                    if (kr && fr) {
                        if (this.duplicates.length < MAX_DUPLICATES_PER_DOCUMENT)
                            this.duplicates.push({ key, path: [...path], start: kr[0], end: kr[1], firstStart: fr[0], firstEnd: fr[1] });
                        else if (this.duplicates.length === MAX_DUPLICATES_PER_DOCUMENT)
                            this.duplicates.push({ more: 1, key, path: [...path], start: kr[0], end: kr[1], firstStart: fr[0], firstEnd: fr[1] });
                        else
                            this.duplicates[MAX_DUPLICATES_PER_DOCUMENT].more++;
                    }
                }
                seen.set(key, pair);
                path.push(key);
                setKey(obj, key, this.convert(pair.value, path, depth + 1, viaAlias));
                path.pop();
            }
            // Merge keys: keys written in the mapping win over merged ones; earlier sources win over later.
            for (const m of merges) {
                const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(m) ? m.items : [m];
                for (const s of sources) {
                    const v = this.convert(s, path, depth + 1, viaAlias || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(s));
                    if (v && typeof v === 'object' && !Array.isArray(v)) {
                        for (const [k, val] of Object.entries(v))
                            if (!Object.prototype.hasOwnProperty.call(obj, k))
                                setKey(obj, k, val);
                    }
                }
            }
            return obj;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const arr = [];
            node.items.forEach((item, i) => {
                path.push(i);
                arr.push(this.convert(item, path, depth + 1, viaAlias));
                path.pop();
            });
            return arr;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node))
            return null;
        return null;
    }
}
function internalProblem(e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { code: 'internal', message: message.split('\n')[0].slice(0, 300), start: 0, end: 1 };
}
/** The documents of a segment, parsed again (for the rare question only the Document answers). */
function reparse(text) {
    try {
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, PARSE_OPTIONS);
        return Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return [];
    }
}
/**
 * Parses one document segment. Never throws. `keys` is the key table of the load the documents'
 * position indexes share.
 */
function parseYamlSegment(text, keys = new _positions_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyTable */ .a4()) {
    if (text.length > MAX_DOCUMENT_CHARS) {
        const message = `it has ${text.length} characters, more than the ${MAX_DOCUMENT_CHARS} saguard reads in one document (the API server refuses objects over 3 MiB; split a List)`;
        return [{ doc: undefined, positions: undefined, value: null, duplicates: [], problems: [{ code: 'size-limit', message, start: 0, end: 1 }] }];
    }
    let docs;
    try {
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, PARSE_OPTIONS);
        docs = Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        // The parser recurses; absurd nesting can exhaust the stack.
        return [
            {
                doc: undefined,
                positions: undefined,
                value: null,
                duplicates: [],
                problems: [{ code: 'depth-limit', message: `the document cannot be parsed: ${e.message}`, start: 0, end: 1 }],
            },
        ];
    }
    return docs.map((doc) => {
        const problems = doc.errors.map((e) => {
            // The parser turns its own stack overflow (absurd nesting) into an error; say what it means.
            const tooDeep = e.message.includes('Maximum call stack size exceeded');
            return {
                code: tooDeep ? 'depth-limit' : 'syntax',
                message: tooDeep ? 'nesting is too deep to read' : e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
                start: e.pos[0],
                end: e.pos[1],
            };
        });
        const conv = new Converter(doc);
        let value = null;
        if (problems.length === 0) {
            try {
                value = conv.convert(doc.contents, [], 0, false);
            }
            catch (e) {
                if (e instanceof LimitError)
                    problems.push(e.problem);
                else if (e instanceof RangeError)
                    problems.push({ code: 'depth-limit', message: 'nesting is too deep', start: 0, end: 1 });
                else
                    problems.push(internalProblem(e));
            }
        }
        let positions;
        try {
            positions = _positions_js__WEBPACK_IMPORTED_MODULE_1__/* .PositionIndex */ .uH.of(doc, keys, keyString, isMergeKey);
        }
        catch (e) {
            // Nesting the converter refused can be too deep to walk; nothing is read from such a document.
            if (problems.length === 0)
                problems.push(e instanceof RangeError ? { code: 'depth-limit', message: 'nesting is too deep', start: 0, end: 1 } : internalProblem(e));
        }
        return { doc, positions, value, duplicates: conv.duplicates, problems };
    });
}
function findPair(doc, map, key, depth = 0) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) || depth > 20)
        return undefined;
    let found;
    const merges = [];
    for (const pair of map.items) {
        if (isMergeKey(pair.key))
            merges.push(pair.value);
        else if (keyString(pair.key) === key)
            found = pair;
    }
    if (found)
        return found;
    for (const m of merges) {
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(m) ? m.items : [m];
        for (const s of sources) {
            const target = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(s) ? resolveAlias(doc, s) : s;
            const p = findPair(doc, target, key, depth + 1);
            if (p)
                return p;
        }
    }
    return undefined;
}
/** Resolves a JSON path to its node; stops at the deepest node that exists. */
function nodeAt(doc, path) {
    let node = doc.contents;
    let key = null;
    let matched = 0;
    for (const step of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            node = resolveAlias(doc, node);
        if (typeof step === 'number' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const item = node.items[step];
            if (item === undefined)
                break;
            node = item;
            key = null;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = findPair(doc, node, String(step));
            if (!pair)
                break;
            key = pair.key ?? null;
            node = pair.value;
        }
        else
            break;
        matched++;
    }
    // A final alias stays itself: its position is where the value is used.
    return { node: node ?? null, key, matched };
}


/***/ }),

/***/ 8868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  nodeIO: () => (/* binding */ nodeIO)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/load/load.js + 1 modules
var load_load = __webpack_require__(8874);
// EXTERNAL MODULE: ./lib/src/load/kinds.js
var kinds = __webpack_require__(7764);
;// CONCATENATED MODULE: ./lib/src/inventory/fields.js
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function typeName(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'list';
    if (typeof v === 'object')
        return 'map';
    if (typeof v === 'boolean')
        return 'boolean';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    return 'string';
}
function getIn(root, path) {
    let v = root;
    for (const step of path) {
        if (Array.isArray(v) && typeof step === 'number')
            v = v[step];
        else if (isRecord(v) && typeof step === 'string')
            v = Object.prototype.hasOwnProperty.call(v, step) ? v[step] : undefined;
        else
            return undefined;
    }
    return v;
}
class FieldReader {
    issues = [];
    seen = new Set();
    check(obj, path, expected) {
        const v = getIn(obj.value, path);
        if (v === null || v === undefined)
            return undefined;
        const actual = typeName(v);
        const ok = actual === expected || (expected === 'number' && actual === 'integer');
        if (ok)
            return v;
        const key = `${obj.id}:${JSON.stringify(path)}`;
        if (!this.seen.has(key)) {
            this.seen.add(key);
            const shown = actual === 'string' || actual === 'boolean' || actual === 'integer' || actual === 'number' ? String(v) : undefined;
            this.issues.push({
                object: obj,
                path: [...path],
                expected,
                actual,
                shown: shown !== undefined && shown.length <= 60 ? shown : undefined,
                written: shown !== undefined ? obj.document.sourceOf([...obj.basePath, ...path]) : undefined,
            });
        }
        return undefined;
    }
    string(obj, path) {
        return this.check(obj, path, 'string');
    }
    bool(obj, path) {
        return this.check(obj, path, 'boolean');
    }
    int(obj, path) {
        return this.check(obj, path, 'integer');
    }
    map(obj, path) {
        return this.check(obj, path, 'map');
    }
    /** The items of a list field (empty when absent or of the wrong type). */
    list(obj, path) {
        return this.check(obj, path, 'list') ?? [];
    }
    /** A list of strings (absent: empty); items that are not strings are issues and left out. */
    strings(obj, path) {
        const out = [];
        this.list(obj, path).forEach((_, i) => {
            const v = this.string(obj, [...path, i]);
            if (v !== undefined)
                out.push(v);
        });
        return out;
    }
    /** A map of strings (labels, annotations); values that are not strings are issues and left out. */
    stringMap(obj, path) {
        const out = {};
        const m = this.map(obj, path);
        if (m)
            for (const k of Object.keys(m)) {
                const v = this.string(obj, [...path, k]);
                if (v !== undefined)
                    out[k] = v;
            }
        return out;
    }
    /** The map items of a list field with their index; items that are not maps are issues. */
    mapItems(obj, path) {
        const out = [];
        this.list(obj, path).forEach((_, index) => {
            const v = this.map(obj, [...path, index]);
            if (v)
                out.push({ index, value: v });
        });
        return out;
    }
}

;// CONCATENATED MODULE: ./lib/src/inventory/podspec.js

const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
function podSpecOf(obj, reader) {
    const templatePath = (0,kinds/* podTemplatePath */.vt)(obj.ref.group, obj.ref.kind);
    if (!templatePath)
        return undefined;
    const specPath = [...templatePath, 'spec'];
    if (templatePath.length > 0 && !reader.map(obj, templatePath))
        return undefined;
    const spec = reader.map(obj, specPath);
    if (!spec)
        return undefined;
    return { object: obj, templatePath, specPath, spec };
}
function readPod(ref, reader) {
    const obj = ref.object;
    const at = (...p) => [...ref.specPath, ...p];
    const labels = {};
    const labelMap = reader.map(obj, [...ref.templatePath, 'metadata', 'labels']);
    if (labelMap)
        for (const k of Object.keys(labelMap)) {
            const v = reader.string(obj, [...ref.templatePath, 'metadata', 'labels', k]);
            if (v !== undefined)
                labels[k] = v;
        }
    const containers = [];
    for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
        for (const { index } of reader.mapItems(obj, at(list))) {
            const cp = at(list, index);
            containers.push({
                path: cp,
                list,
                name: reader.string(obj, [...cp, 'name']),
                volumeMounts: reader.mapItems(obj, [...cp, 'volumeMounts']).map(({ index: i }) => ({
                    path: [...cp, 'volumeMounts', i],
                    name: reader.string(obj, [...cp, 'volumeMounts', i, 'name']),
                    mountPath: reader.string(obj, [...cp, 'volumeMounts', i, 'mountPath']),
                })),
                env: reader.mapItems(obj, [...cp, 'env']).map(({ index: i }) => {
                    const ep = [...cp, 'env', i];
                    const refPath = [...ep, 'valueFrom', 'secretKeyRef', 'name'];
                    const refName = reader.string(obj, refPath);
                    return {
                        path: ep,
                        name: reader.string(obj, [...ep, 'name']),
                        value: reader.string(obj, [...ep, 'value']),
                        valueFrom: reader.map(obj, [...ep, 'valueFrom']) !== undefined,
                        secretRef: refName !== undefined ? { name: refName, path: refPath } : undefined,
                    };
                }),
                envFrom: reader.mapItems(obj, [...cp, 'envFrom']).map(({ index: i }) => {
                    const refPath = [...cp, 'envFrom', i, 'secretRef', 'name'];
                    const refName = reader.string(obj, refPath);
                    return { path: [...cp, 'envFrom', i], secretRef: refName !== undefined ? { name: refName, path: refPath } : undefined };
                }),
            });
        }
    }
    const volumes = reader.mapItems(obj, at('volumes')).map(({ index }) => {
        const vp = at('volumes', index);
        const secrets = [];
        const tokens = [];
        const secretName = reader.string(obj, [...vp, 'secret', 'secretName']);
        if (secretName !== undefined)
            secrets.push({ name: secretName, path: [...vp, 'secret', 'secretName'] });
        for (const { index: s } of reader.mapItems(obj, [...vp, 'projected', 'sources'])) {
            const sp = [...vp, 'projected', 'sources', s];
            const name = reader.string(obj, [...sp, 'secret', 'name']);
            if (name !== undefined)
                secrets.push({ name, path: [...sp, 'secret', 'name'] });
            if (reader.map(obj, [...sp, 'serviceAccountToken'])) {
                const tp = [...sp, 'serviceAccountToken'];
                tokens.push({
                    path: tp,
                    expirationSeconds: reader.int(obj, [...tp, 'expirationSeconds']),
                    audience: reader.string(obj, [...tp, 'audience']),
                    file: reader.string(obj, [...tp, 'path']),
                });
            }
        }
        return { path: vp, name: reader.string(obj, [...vp, 'name']), secrets, tokens };
    });
    return {
        ref,
        serviceAccountName: reader.string(obj, at('serviceAccountName')),
        serviceAccount: reader.string(obj, at('serviceAccount')),
        automount: reader.bool(obj, at('automountServiceAccountToken')),
        labels,
        containers,
        volumes,
    };
}
/** Normalises a mount path for comparison: no trailing slashes, no `.` segments, no doubled slashes. */
function normalizeMountPath(p) {
    const parts = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return '/' + parts.join('/');
}
/** True when a mount puts something at the default token directory or inside it. */
function mountsTokenPath(mountPath) {
    const p = normalizeMountPath(mountPath);
    return p === TOKEN_PATH || p.startsWith(TOKEN_PATH + '/');
}

;// CONCATENATED MODULE: ./lib/src/inventory/rbac/bootstrap.generated.js
const BOOTSTRAP = {
    roles: [
        { "kind": "ClusterRole", "name": "admin", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [], "aggregationRule": [{ "matchLabels": { "rbac.authorization.k8s.io/aggregate-to-admin": "true" } }] },
        { "kind": "ClusterRole", "name": "cluster-admin", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["*"], "apiGroups": ["*"], "resources": ["*"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["*"], "apiGroups": [], "resources": [], "resourceNames": [], "nonResourceURLs": ["*"] }] },
        { "kind": "ClusterRole", "name": "edit", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults", "rbac.authorization.k8s.io/aggregate-to-admin": "true" }, "rules": [], "aggregationRule": [{ "matchLabels": { "rbac.authorization.k8s.io/aggregate-to-edit": "true" } }] },
        { "kind": "ClusterRole", "name": "system:aggregate-to-admin", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults", "rbac.authorization.k8s.io/aggregate-to-admin": "true" }, "rules": [{ "verbs": ["create"], "apiGroups": ["authorization.k8s.io"], "resources": ["localsubjectaccessreviews"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"], "apiGroups": ["rbac.authorization.k8s.io"], "resources": ["rolebindings", "roles"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:aggregate-to-edit", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults", "rbac.authorization.k8s.io/aggregate-to-edit": "true" }, "rules": [{ "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["impersonate"], "apiGroups": [""], "resources": ["serviceaccounts"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "patch", "update"], "apiGroups": [""], "resources": ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": [""], "resources": ["pods/eviction"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "patch", "update"], "apiGroups": [""], "resources": ["configmaps", "events", "persistentvolumeclaims", "replicationcontrollers", "replicationcontrollers/scale", "secrets", "serviceaccounts", "services", "services/proxy"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": [""], "resources": ["serviceaccounts/token"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "patch", "update"], "apiGroups": ["apps"], "resources": ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "replicasets", "replicasets/scale", "statefulsets", "statefulsets/scale"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "patch", "update"], "apiGroups": ["autoscaling"], "resources": ["horizontalpodautoscalers"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "patch", "update"], "apiGroups": ["batch"], "resources": ["cronjobs", "jobs"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "patch", "update"], "apiGroups": ["extensions"], "resources": ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "ingresses", "networkpolicies", "replicasets", "replicasets/scale", "replicationcontrollers/scale"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "patch", "update"], "apiGroups": ["policy"], "resources": ["poddisruptionbudgets"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "patch", "update"], "apiGroups": ["networking.k8s.io"], "resources": ["ingresses", "networkpolicies"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"], "apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:aggregate-to-view", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults", "rbac.authorization.k8s.io/aggregate-to-view": "true" }, "rules": [{ "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["configmaps", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status", "pods", "replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services", "services/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["bindings", "events", "limitranges", "namespaces/status", "pods/log", "pods/status", "replicationcontrollers/status", "resourcequotas", "resourcequotas/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["namespaces"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["apps"], "resources": ["controllerrevisions", "daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "replicasets", "replicasets/scale", "replicasets/status", "statefulsets", "statefulsets/scale", "statefulsets/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["autoscaling"], "resources": ["horizontalpodautoscalers", "horizontalpodautoscalers/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["batch"], "resources": ["cronjobs", "cronjobs/status", "jobs", "jobs/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["extensions"], "resources": ["daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "ingresses", "ingresses/status", "networkpolicies", "replicasets", "replicasets/scale", "replicasets/status", "replicationcontrollers/scale"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["policy"], "resources": ["poddisruptionbudgets", "poddisruptionbudgets/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["networking.k8s.io"], "resources": ["ingresses", "ingresses/status", "networkpolicies"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:auth-delegator", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create"], "apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:basic-user", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create"], "apiGroups": ["authorization.k8s.io"], "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": ["authentication.k8s.io"], "resources": ["selfsubjectreviews"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:certificates.k8s.io:certificatesigningrequests:nodeclient", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create"], "apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests/nodeclient"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create"], "apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests/selfnodeclient"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:certificates.k8s.io:kube-apiserver-client-approver", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["approve"], "apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "resourceNames": ["kubernetes.io/kube-apiserver-client"], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:certificates.k8s.io:kube-apiserver-client-kubelet-approver", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["approve"], "apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "resourceNames": ["kubernetes.io/kube-apiserver-client-kubelet"], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:certificates.k8s.io:kubelet-serving-approver", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["approve"], "apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "resourceNames": ["kubernetes.io/kubelet-serving"], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:certificates.k8s.io:legacy-unknown-approver", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["approve"], "apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "resourceNames": ["kubernetes.io/legacy-unknown"], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:discovery", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get"], "apiGroups": [], "resources": [], "resourceNames": [], "nonResourceURLs": ["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"] }] },
        { "kind": "ClusterRole", "name": "system:heapster", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["events", "namespaces", "nodes", "pods"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["extensions"], "resources": ["deployments"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:kube-aggregator", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["endpoints", "services"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:kube-controller-manager", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create", "patch", "update"], "apiGroups": ["", "events.k8s.io"], "resources": ["events"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "update"], "apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": ["kube-controller-manager"], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": [""], "resources": ["secrets", "serviceaccounts"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["delete"], "apiGroups": [""], "resources": ["secrets"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get"], "apiGroups": [""], "resources": ["configmaps", "namespaces", "secrets", "serviceaccounts"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["update"], "apiGroups": [""], "resources": ["secrets", "serviceaccounts"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["list", "watch"], "apiGroups": ["*"], "resources": ["*"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": [""], "resources": ["serviceaccounts/token"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:kube-dns", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["list", "watch"], "apiGroups": [""], "resources": ["endpoints", "services"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:kube-scheduler", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create", "patch", "update"], "apiGroups": ["", "events.k8s.io"], "resources": ["events"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "update"], "apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": ["kube-scheduler"], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["nodes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["delete", "get", "list", "watch"], "apiGroups": [""], "resources": ["pods"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": [""], "resources": ["bindings", "pods/binding"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["patch", "update"], "apiGroups": [""], "resources": ["pods/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["replicationcontrollers", "services"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["apps", "extensions"], "resources": ["replicasets"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["apps"], "resources": ["statefulsets"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["policy"], "resources": ["poddisruptionbudgets"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["persistentvolumeclaims", "persistentvolumes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["storage.k8s.io"], "resources": ["csinodes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["namespaces"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["storage.k8s.io"], "resources": ["csidrivers"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["storage.k8s.io"], "resources": ["csistoragecapacities"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:kubelet-api-admin", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["nodes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["proxy"], "apiGroups": [""], "resources": ["nodes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["*"], "apiGroups": [""], "resources": ["nodes/log", "nodes/metrics", "nodes/proxy", "nodes/stats"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:monitoring", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get"], "apiGroups": [], "resources": [], "resourceNames": [], "nonResourceURLs": ["/healthz", "/healthz/*", "/livez", "/livez/*", "/metrics", "/metrics/slis", "/readyz", "/readyz/*"] }] },
        { "kind": "ClusterRole", "name": "system:node", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create"], "apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": ["authorization.k8s.io"], "resources": ["localsubjectaccessreviews", "subjectaccessreviews"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["services"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "get", "list", "watch"], "apiGroups": [""], "resources": ["nodes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["patch", "update"], "apiGroups": [""], "resources": ["nodes/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["patch", "update"], "apiGroups": [""], "resources": ["nodes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "patch", "update"], "apiGroups": [""], "resources": ["events"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["pods"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete"], "apiGroups": [""], "resources": ["pods"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["patch", "update"], "apiGroups": [""], "resources": ["pods/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": [""], "resources": ["pods/eviction"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["configmaps", "secrets"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get"], "apiGroups": [""], "resources": ["persistentvolumeclaims", "persistentvolumes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get"], "apiGroups": [""], "resources": ["endpoints"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "get", "list", "watch"], "apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "get", "patch", "update"], "apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get"], "apiGroups": ["storage.k8s.io"], "resources": ["volumeattachments"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create"], "apiGroups": [""], "resources": ["serviceaccounts/token"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "patch", "update"], "apiGroups": [""], "resources": ["persistentvolumeclaims/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["storage.k8s.io"], "resources": ["csidrivers"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "delete", "get", "patch", "update"], "apiGroups": ["storage.k8s.io"], "resources": ["csinodes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["node.k8s.io"], "resources": ["runtimeclasses"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:node-bootstrapper", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create", "get", "list", "watch"], "apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:node-problem-detector", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get"], "apiGroups": [""], "resources": ["nodes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["patch"], "apiGroups": [""], "resources": ["nodes/status"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "patch", "update"], "apiGroups": ["", "events.k8s.io"], "resources": ["events"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:node-proxier", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["list", "watch"], "apiGroups": [""], "resources": ["endpoints", "services"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["nodes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "patch", "update"], "apiGroups": ["", "events.k8s.io"], "resources": ["events"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["list", "watch"], "apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:persistent-volume-provisioner", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create", "delete", "get", "list", "watch"], "apiGroups": [""], "resources": ["persistentvolumes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "update", "watch"], "apiGroups": [""], "resources": ["persistentvolumeclaims"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["storage.k8s.io"], "resources": ["storageclasses"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["watch"], "apiGroups": [""], "resources": ["events"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "patch", "update"], "apiGroups": ["", "events.k8s.io"], "resources": ["events"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "system:public-info-viewer", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get"], "apiGroups": [], "resources": [], "resourceNames": [], "nonResourceURLs": ["/healthz", "/livez", "/readyz", "/version", "/version/"] }] },
        { "kind": "ClusterRole", "name": "system:service-account-issuer-discovery", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get"], "apiGroups": [], "resources": [], "resourceNames": [], "nonResourceURLs": ["/.well-known/openid-configuration", "/openid/v1/jwks"] }] },
        { "kind": "ClusterRole", "name": "system:volume-scheduler", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get", "list", "patch", "update", "watch"], "apiGroups": [""], "resources": ["persistentvolumes"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "watch"], "apiGroups": ["storage.k8s.io"], "resources": ["storageclasses"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["get", "list", "patch", "update", "watch"], "apiGroups": [""], "resources": ["persistentvolumeclaims"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "ClusterRole", "name": "view", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults", "rbac.authorization.k8s.io/aggregate-to-edit": "true" }, "rules": [], "aggregationRule": [{ "matchLabels": { "rbac.authorization.k8s.io/aggregate-to-view": "true" } }] },
        { "kind": "Role", "name": "system:controller:bootstrap-signer", "namespace": "kube-public", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["configmaps"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["update"], "apiGroups": [""], "resources": ["configmaps"], "resourceNames": ["cluster-info"], "nonResourceURLs": [] }, { "verbs": ["create", "patch", "update"], "apiGroups": ["", "events.k8s.io"], "resources": ["events"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "Role", "name": "extension-apiserver-authentication-reader", "namespace": "kube-system", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["configmaps"], "resourceNames": ["extension-apiserver-authentication"], "nonResourceURLs": [] }] },
        { "kind": "Role", "name": "system::leader-locking-kube-controller-manager", "namespace": "kube-system", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create", "get", "list", "update", "watch"], "apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "get", "list", "update", "watch"], "apiGroups": ["coordination.k8s.io"], "resources": ["leasecandidates"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "Role", "name": "system::leader-locking-kube-scheduler", "namespace": "kube-system", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create", "get", "list", "update", "watch"], "apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "get", "list", "update", "watch"], "apiGroups": ["coordination.k8s.io"], "resources": ["leasecandidates"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "Role", "name": "system:controller:bootstrap-signer", "namespace": "kube-system", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["secrets"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "Role", "name": "system:controller:cloud-provider", "namespace": "kube-system", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["create", "get", "list", "watch"], "apiGroups": [""], "resources": ["configmaps"], "resourceNames": [], "nonResourceURLs": [] }] },
        { "kind": "Role", "name": "system:controller:token-cleaner", "namespace": "kube-system", "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" }, "rules": [{ "verbs": ["delete", "get", "list", "watch"], "apiGroups": [""], "resources": ["secrets"], "resourceNames": [], "nonResourceURLs": [] }, { "verbs": ["create", "patch", "update"], "apiGroups": ["", "events.k8s.io"], "resources": ["events"], "resourceNames": [], "nonResourceURLs": [] }] },
    ],
    bindings: [
        { "kind": "ClusterRoleBinding", "name": "cluster-admin", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin" }, "subjects": [{ "kind": "Group", "name": "system:masters" }] },
        { "kind": "ClusterRoleBinding", "name": "system:basic-user", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:basic-user" }, "subjects": [{ "kind": "Group", "name": "system:authenticated" }] },
        { "kind": "ClusterRoleBinding", "name": "system:discovery", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:discovery" }, "subjects": [{ "kind": "Group", "name": "system:authenticated" }] },
        { "kind": "ClusterRoleBinding", "name": "system:kube-controller-manager", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:kube-controller-manager" }, "subjects": [{ "kind": "User", "name": "system:kube-controller-manager" }] },
        { "kind": "ClusterRoleBinding", "name": "system:kube-dns", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:kube-dns" }, "subjects": [{ "kind": "ServiceAccount", "name": "kube-dns", "namespace": "kube-system" }] },
        { "kind": "ClusterRoleBinding", "name": "system:kube-scheduler", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:kube-scheduler" }, "subjects": [{ "kind": "User", "name": "system:kube-scheduler" }] },
        { "kind": "ClusterRoleBinding", "name": "system:monitoring", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:monitoring" }, "subjects": [{ "kind": "Group", "name": "system:monitoring" }] },
        { "kind": "ClusterRoleBinding", "name": "system:node", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:node" }, "subjects": [] },
        { "kind": "ClusterRoleBinding", "name": "system:node-proxier", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:node-proxier" }, "subjects": [{ "kind": "User", "name": "system:kube-proxy" }] },
        { "kind": "ClusterRoleBinding", "name": "system:public-info-viewer", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:public-info-viewer" }, "subjects": [{ "kind": "Group", "name": "system:authenticated" }, { "kind": "Group", "name": "system:unauthenticated" }] },
        { "kind": "ClusterRoleBinding", "name": "system:service-account-issuer-discovery", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:service-account-issuer-discovery" }, "subjects": [{ "kind": "Group", "name": "system:serviceaccounts" }] },
        { "kind": "ClusterRoleBinding", "name": "system:volume-scheduler", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:volume-scheduler" }, "subjects": [{ "kind": "User", "name": "system:kube-scheduler" }] },
        { "kind": "RoleBinding", "name": "system:controller:bootstrap-signer", "namespace": "kube-public", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "system:controller:bootstrap-signer" }, "subjects": [{ "kind": "ServiceAccount", "name": "bootstrap-signer", "namespace": "kube-system" }] },
        { "kind": "RoleBinding", "name": "system::extension-apiserver-authentication-reader", "namespace": "kube-system", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "extension-apiserver-authentication-reader" }, "subjects": [{ "kind": "User", "name": "system:kube-controller-manager" }, { "kind": "User", "name": "system:kube-scheduler" }] },
        { "kind": "RoleBinding", "name": "system::leader-locking-kube-controller-manager", "namespace": "kube-system", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "system::leader-locking-kube-controller-manager" }, "subjects": [{ "kind": "User", "name": "system:kube-controller-manager" }, { "kind": "ServiceAccount", "name": "kube-controller-manager", "namespace": "kube-system" }, { "kind": "ServiceAccount", "name": "leader-election-controller", "namespace": "kube-system" }] },
        { "kind": "RoleBinding", "name": "system::leader-locking-kube-scheduler", "namespace": "kube-system", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "system::leader-locking-kube-scheduler" }, "subjects": [{ "kind": "User", "name": "system:kube-scheduler" }, { "kind": "ServiceAccount", "name": "kube-scheduler", "namespace": "kube-system" }] },
        { "kind": "RoleBinding", "name": "system:controller:bootstrap-signer", "namespace": "kube-system", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "system:controller:bootstrap-signer" }, "subjects": [{ "kind": "ServiceAccount", "name": "bootstrap-signer", "namespace": "kube-system" }] },
        { "kind": "RoleBinding", "name": "system:controller:cloud-provider", "namespace": "kube-system", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "system:controller:cloud-provider" }, "subjects": [{ "kind": "ServiceAccount", "name": "cloud-provider", "namespace": "kube-system" }] },
        { "kind": "RoleBinding", "name": "system:controller:token-cleaner", "namespace": "kube-system", "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "system:controller:token-cleaner" }, "subjects": [{ "kind": "ServiceAccount", "name": "token-cleaner", "namespace": "kube-system" }] },
    ],
};

;// CONCATENATED MODULE: ./lib/src/inventory/rbac/match.js
const ALL = '*';
const verbMatches = (rule, verb) => rule.verbs.some((v) => v === ALL || v === verb);
const apiGroupMatches = (rule, group) => rule.apiGroups.some((g) => g === ALL || g === group);
/** `*` matches every resource and subresource; `*\/sub` matches any resource's `sub`; `pods/*` only a subresource named `*`. */
function resourceMatches(rule, combined, subresource) {
    for (const r of rule.resources) {
        if (r === ALL || r === combined)
            return true;
        if (subresource === '')
            continue;
        if (r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource))
            return true;
    }
    return false;
}
/** An empty list matches any name; otherwise only requests that carry one of the names. */
const resourceNameMatches = (rule, name) => rule.resourceNames.length === 0 || rule.resourceNames.includes(name);
function nonResourceURLMatches(rule, path) {
    for (const u of rule.nonResourceURLs) {
        if (u === ALL || u === path)
            return true;
        if (u.endsWith('*') && path.startsWith(u.replace(/\*+$/, '')))
            return true;
    }
    return false;
}
function ruleAllows(rule, req) {
    if (req.kind === 'resource') {
        const combined = req.subresource ? `${req.resource}/${req.subresource}` : req.resource;
        return verbMatches(rule, req.verb) && apiGroupMatches(rule, req.apiGroup) && resourceMatches(rule, combined, req.subresource) && resourceNameMatches(rule, req.name);
    }
    return verbMatches(rule, req.verb) && nonResourceURLMatches(rule, req.path);
}
const serviceAccountUser = (namespace, name) => `system:serviceaccount:${namespace}:${name}`;
/** Parses `system:serviceaccount:NS:NAME`. */
function parseServiceAccountUser(user) {
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(user);
    return m ? { namespace: m[1], name: m[2] } : undefined;
}
/** The groups authentication gives a ServiceAccount token. */
const serviceAccountGroups = (namespace) => ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'];
/**
 * Does a binding subject apply to the user? `namespace` is the binding's namespace (a RoleBinding's
 * ServiceAccount subject without namespace defaults to it; in a ClusterRoleBinding it matches nothing).
 */
function subjectApplies(subject, user, namespace) {
    switch (subject.kind) {
        case 'User':
            return subject.name === user.user;
        case 'Group':
            return user.groups.includes(subject.name);
        case 'ServiceAccount': {
            const ns = subject.namespace || namespace;
            if (!ns)
                return false;
            return user.user === serviceAccountUser(ns, subject.name);
        }
        default:
            return false;
    }
}
/**
 * The key under which a binding subject can match, for indexes: `user:NAME` (a User, or a
 * ServiceAccount as the user its token authenticates as) or `group:NAME`; undefined when it matches
 * nobody. Kept beside `subjectApplies`: a subject applies to a user only if its key is one of
 * `userKeys(user)`.
 */
function subjectKey(subject, namespace) {
    switch (subject.kind) {
        case 'User':
            return `user:${subject.name}`;
        case 'Group':
            return `group:${subject.name}`;
        case 'ServiceAccount': {
            const ns = subject.namespace || namespace;
            return ns ? `user:${serviceAccountUser(ns, subject.name)}` : undefined;
        }
        default:
            return undefined;
    }
}
/** The keys (see `subjectKey`) a user can be matched by. */
const userKeys = (user) => [`user:${user.user}`, ...user.groups.map((g) => `group:${g}`)];
/** Kubernetes label selector semantics (`matchLabels` and `matchExpressions`, ANDed); an empty selector matches everything. */
function selectorMatches(sel, labels) {
    for (const [k, v] of Object.entries(sel.matchLabels ?? {}))
        if (labels[k] !== v)
            return false;
    for (const e of sel.matchExpressions ?? []) {
        const has = Object.prototype.hasOwnProperty.call(labels, e.key);
        const values = e.values ?? [];
        switch (e.operator) {
            case 'In':
                if (!has || !values.includes(labels[e.key]))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(labels[e.key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false; // an invalid operator selects nothing
        }
    }
    return true;
}
// ---- Covers (the escalation check) ----
const has = (set, x) => set.includes(x);
const hasAll = (set, xs) => xs.every((x) => set.includes(x));
function resourceCoversAll(set, covers) {
    if (has(set, ALL) || hasAll(set, covers))
        return true;
    for (const p of covers) {
        if (has(set, p))
            continue;
        const i = p.indexOf('/');
        if (i === -1)
            return false;
        if (!has(set, `*/${p.slice(i + 1)}`))
            return false;
    }
    return true;
}
function nonResourceURLCovers(owner, sub) {
    if (owner === sub)
        return true;
    return owner.endsWith('*') && sub.startsWith(owner.replace(/\*+$/, ''));
}
const nonResourceURLsCoverAll = (set, covers) => covers.every((p) => set.some((o) => nonResourceURLCovers(o, p)));
function ruleCovers(owner, sub) {
    const verbs = has(owner.verbs, ALL) || hasAll(owner.verbs, sub.verbs);
    const groups = has(owner.apiGroups, ALL) || hasAll(owner.apiGroups, sub.apiGroups);
    const resources = resourceCoversAll(owner.resources, sub.resources);
    const urls = nonResourceURLsCoverAll(owner.nonResourceURLs, sub.nonResourceURLs);
    const names = sub.resourceNames.length === 0 ? owner.resourceNames.length === 0 : owner.resourceNames.length === 0 || hasAll(owner.resourceNames, sub.resourceNames);
    return verbs && groups && resources && names && urls;
}
const rule = (p) => ({ verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [], ...p });
/** Splits a rule into rules of one verb, group, resource (and name) each, as the upstream BreakdownRule does. */
function breakdown(r) {
    const out = [];
    for (const g of r.apiGroups) {
        for (const res of r.resources) {
            for (const v of r.verbs) {
                if (r.resourceNames.length > 0)
                    for (const n of r.resourceNames)
                        out.push(rule({ apiGroups: [g], resources: [res], verbs: [v], resourceNames: [n] }));
                else
                    out.push(rule({ apiGroups: [g], resources: [res], verbs: [v] }));
            }
        }
    }
    for (const u of r.nonResourceURLs)
        for (const v of r.verbs)
            out.push(rule({ nonResourceURLs: [u], verbs: [v] }));
    return out;
}
/** Whether the owner rules cover every request the servant rules allow; the uncovered pieces otherwise. */
function covers(owner, servant) {
    const missing = [];
    for (const s of servant)
        for (const piece of breakdown(s))
            if (!owner.some((o) => ruleCovers(o, piece)))
                missing.push(piece);
    return { covered: missing.length === 0, missing };
}
const ADMIN_RULE = rule({ apiGroups: [ALL], resources: [ALL], verbs: [ALL] });
/** Admin-equivalent: the rules cover `*` verbs on `*` resources in `*` groups. */
const isAdminEquivalent = (rules) => covers(rules, [ADMIN_RULE]).covered;


;// CONCATENATED MODULE: ./lib/src/inventory/rbac/engine.js



/** Start-up reconciliation of built-in roles and bindings leaves alone objects annotated with `"false"`. */
const AUTOUPDATE = 'rbac.authorization.kubernetes.io/autoupdate';
const ruleKeys = new WeakMap();
/** Identity of a rule's content, for dropping exact duplicates. */
function ruleKey(r) {
    let k = ruleKeys.get(r);
    if (k === undefined) {
        k = JSON.stringify([r.verbs, r.apiGroups, r.resources, r.resourceNames, r.nonResourceURLs]);
        ruleKeys.set(r, k);
    }
    return k;
}
const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
class RbacEngine {
    roles = [];
    bindings = [];
    clusterRoles = new Map();
    namespacedRoles = new Map();
    clusterBindings = [];
    roleBindings = new Map();
    bindingsByRole = new Map();
    /** Every Role and ClusterRole object of the set, also those a later object of the same name replaces. */
    roleByObject = new Map();
    /** For each role, the aggregated roles that carry its rules. */
    aggregatedInto = new Map();
    /** The binding read from each binding object. */
    bindingByObject = new Map();
    /** Position of each binding in `bindings`: the order every answer keeps. */
    order = new Map();
    /** Bindings by the key of a subject they name (see `subjectKey`), in binding order. */
    bySubject = new Map();
    /** Namespaced Roles by name, in every namespace. */
    rolesByName = new Map();
    /** Per user (name and groups): the bindings with a subject that may match, in binding order. */
    candidateCache = new Map();
    /** Per request without its namespace: what the ClusterRoleBindings answer to who-can. */
    clusterWhoCan = new Map();
    constructor(objects, reader, options = {}) {
        const roles = [];
        const bindings = [];
        for (const o of objects) {
            if (o.ref.group !== kinds/* RBAC_GROUP */.$j)
                continue;
            if (o.ref.kind === 'Role' || o.ref.kind === 'ClusterRole')
                roles.push(readRole(o, reader));
            else if (o.ref.kind === 'RoleBinding' || o.ref.kind === 'ClusterRoleBinding')
                bindings.push(readBinding(o, reader));
        }
        if (options.builtins !== false) {
            for (const r of BOOTSTRAP.roles) {
                roles.push({
                    kind: r.kind,
                    namespace: r.kind === 'Role' ? r.namespace : undefined,
                    name: r.name,
                    object: undefined,
                    builtin: true,
                    labels: r.labels,
                    ownRules: r.rules.map((x) => rule(x)),
                    aggregation: r.aggregationRule,
                    rules: [],
                });
            }
            for (const b of BOOTSTRAP.bindings) {
                bindings.push({
                    kind: b.kind,
                    namespace: b.kind === 'RoleBinding' ? b.namespace : undefined,
                    name: b.name,
                    object: undefined,
                    builtin: true,
                    roleRef: b.roleRef,
                    subjects: b.subjects.map((s, index) => ({ kind: s.kind, name: s.name, namespace: s.namespace, index })),
                    role: undefined,
                });
            }
        }
        for (const r of roles)
            if (r.object)
                this.roleByObject.set(r.object, r);
        // Within the set the last object wins, as with kubectl apply. A role of the set named like a
        // built-in one is in force, but start-up reconciliation adds the built-in back into it.
        const protectedObjects = new Set();
        for (const o of objects)
            if (o.ref.group === kinds/* RBAC_GROUP */.$j && reader.string(o, ['metadata', 'annotations', AUTOUPDATE]) === 'false')
                protectedObjects.add(o);
        for (const r of roles) {
            const key = r.kind === 'ClusterRole' ? r.name : `${r.namespace}/${r.name}`;
            const map = r.kind === 'ClusterRole' ? this.clusterRoles : this.namespacedRoles;
            const prev = map.get(key);
            if (prev && !prev.builtin && r.builtin) {
                prev.redefines = { builtin: r, protected: protectedObjects.has(prev.object) };
                continue;
            }
            map.set(key, r);
        }
        this.roles.push(...this.clusterRoles.values(), ...this.namespacedRoles.values());
        for (const r of this.namespacedRoles.values())
            push(this.rolesByName, r.name, r);
        for (const r of roles)
            r.rules = r.ownRules.map((rule, index) => ({ rule, origin: r, index }));
        for (const r of this.roles)
            if (r.redefines && !r.redefines.protected)
                reconcileRole(r, r.redefines.builtin);
        this.aggregate();
        const inSet = new Map();
        for (const b of bindings)
            if (!b.builtin)
                inSet.set(bindingKey(b), b);
        for (const b of bindings) {
            const redefined = b.builtin ? inSet.get(bindingKey(b)) : undefined;
            if (redefined) {
                const isProtected = protectedObjects.has(redefined.object);
                redefined.redefines = { builtin: b, protected: isProtected };
                if (isProtected)
                    continue;
                // Reconciliation adds the built-in subjects back (and, at the next start, resets a changed
                // roleRef): with the same roleRef, only the subjects the set's binding lacks still come from the built-in.
                if (sameRoleRef(b, redefined)) {
                    b.subjects = b.subjects.filter((s) => !redefined.subjects.some((x) => sameSubject(s, b, x, redefined)));
                    if (b.subjects.length === 0)
                        continue;
                }
            }
            b.role = this.resolve(b);
            this.order.set(b, this.bindings.length);
            this.bindings.push(b);
            if (b.object)
                this.bindingByObject.set(b.object, b);
            if (b.kind === 'ClusterRoleBinding')
                this.clusterBindings.push(b);
            else
                push(this.roleBindings, b.namespace ?? '', b);
            if (b.role)
                push(this.bindingsByRole, b.role, b);
            for (const subject of b.subjects) {
                const key = subjectKey(subject, b.namespace ?? '');
                if (key === undefined)
                    continue;
                const list = this.bySubject.get(key);
                if (!list)
                    this.bySubject.set(key, [b]);
                else if (list[list.length - 1] !== b)
                    list.push(b);
            }
        }
    }
    /**
     * The bindings that may apply to a user, in binding order: those naming the user or one of its
     * groups. Each answer below still asks `subjectApplies`, so this only saves looking at the others.
     */
    candidates(user) {
        const cacheKey = `${user.user}\u0000${user.groups.join('\u0000')}`;
        let out = this.candidateCache.get(cacheKey);
        if (!out) {
            const lists = userKeys(user)
                .map((k) => this.bySubject.get(k))
                .filter((l) => l !== undefined);
            if (lists.length === 0)
                out = [];
            else if (lists.length === 1)
                out = lists[0];
            else
                out = [...new Set(lists.flat())].sort((a, b) => this.order.get(a) - this.order.get(b));
            this.candidateCache.set(cacheKey, out);
        }
        return out;
    }
    /** The role a binding's roleRef names, or undefined (a binding to a missing role grants nothing). */
    resolve(b) {
        if (b.roleRef.apiGroup !== kinds/* RBAC_GROUP */.$j && b.roleRef.apiGroup !== '')
            return undefined;
        if (b.roleRef.kind === 'ClusterRole')
            return this.clusterRoles.get(b.roleRef.name);
        if (b.roleRef.kind === 'Role' && b.kind === 'RoleBinding')
            return this.namespacedRoles.get(`${b.namespace}/${b.roleRef.name}`);
        return undefined;
    }
    /**
     * Aggregated ClusterRoles: rules replaced by the union of the selected roles' rules, to a fixed
     * point. The "selects" graph is resolved once: its strongly connected components in reverse
     * topological order (a role after everything it selects), so each role is gathered once. Roles
     * that select each other (a cycle) end, in a cluster, with whatever the controller ran last; each
     * of them is given everything any of them may end with: the union of what the cycle selects.
     */
    aggregate() {
        const all = [...this.clusterRoles.values()].sort(byName);
        const aggregated = all.filter((r) => r.aggregation !== undefined);
        if (aggregated.length === 0)
            return;
        const labels = new LabelIndex(all);
        // For each aggregated role, the roles each selector picks (itself excluded), by name.
        const selects = new Map();
        for (const role of aggregated) {
            const picked = [];
            for (const sel of role.aggregation)
                for (const m of labels.select(sel))
                    if (m !== role)
                        picked.push(m);
            selects.set(role, picked);
        }
        const gather = (roles, rulesOf) => {
            const seen = new Set();
            const rules = [];
            for (const role of roles) {
                for (const m of selects.get(role)) {
                    for (const rr of rulesOf(m)) {
                        const k = ruleKey(rr.rule);
                        if (seen.has(k))
                            continue;
                        seen.add(k);
                        rules.push(rr);
                    }
                }
            }
            return rules;
        };
        for (const scc of stronglyConnected(aggregated, (r) => selects.get(r).filter((m) => m.aggregation !== undefined))) {
            if (scc.length === 1) {
                scc[0].rules = gather(scc, (m) => m.rules);
                continue;
            }
            const members = new Set(scc);
            // Not gathered yet: each member's rules are still its own.
            const ownRules = [...scc].sort(byName).flatMap((m) => m.rules);
            const outside = gather([...scc].sort(byName), (m) => (members.has(m) ? [] : m.rules));
            const seen = new Set();
            const union = [...ownRules, ...outside].filter((rr) => {
                const k = ruleKey(rr.rule);
                if (seen.has(k))
                    return false;
                seen.add(k);
                return true;
            });
            for (const m of scc)
                m.rules = union;
        }
        for (const role of aggregated) {
            for (const rr of role.rules)
                if (rr.origin !== role)
                    push(this.aggregatedInto, rr.origin, role);
        }
        for (const [k, v] of this.aggregatedInto)
            this.aggregatedInto.set(k, [...new Set(v)]);
    }
    clusterRole(name) {
        return this.clusterRoles.get(name);
    }
    role(namespace, name) {
        return this.namespacedRoles.get(`${namespace}/${name}`);
    }
    /** The role read from a Role or ClusterRole object of the set. */
    roleOf(o) {
        return this.roleByObject.get(o);
    }
    /** The role in force under the same identity (a later object of the same name replaces an earlier one). */
    inForce(role) {
        const r = role.kind === 'ClusterRole' ? this.clusterRoles.get(role.name) : this.namespacedRoles.get(`${role.namespace}/${role.name}`);
        return r ?? role;
    }
    bindingOf(o) {
        return this.bindingByObject.get(o);
    }
    /** Namespaced Roles of this name, in every namespace. */
    rolesNamed(name) {
        return this.rolesByName.get(name) ?? [];
    }
    /** Bindings that name this role directly. */
    bindingsOf(role) {
        return this.bindingsByRole.get(role) ?? [];
    }
    /** Aggregated ClusterRoles that carry this role's rules. */
    aggregatedRolesOf(role) {
        return this.aggregatedInto.get(role) ?? [];
    }
    /** Bindings through which this role's rules are granted: its own, and those of roles it aggregates into. */
    grantingBindings(role) {
        const r = this.inForce(role);
        return [...this.bindingsOf(r), ...this.aggregatedRolesOf(r).flatMap((a) => this.bindingsOf(a))];
    }
    /** How widely the role's rules are granted in the set. */
    scopeOf(role) {
        const bs = this.grantingBindings(role).filter((b) => b.subjects.length > 0);
        if (bs.some((b) => b.kind === 'ClusterRoleBinding'))
            return 'cluster';
        return bs.length > 0 ? 'namespace' : 'unbound';
    }
    authorize(user, req) {
        if (user.groups.includes('system:masters'))
            return { allowed: true, bypass: 'system:masters', reason: undefined };
        // The authorizer's order: ClusterRoleBindings, then the RoleBindings of the request's namespace
        // (RoleBindings never grant non-resource access).
        const namespace = req.kind === 'resource' ? req.namespace : '';
        const candidates = this.candidates(user);
        for (const pass of [0, 1]) {
            if (pass === 1 && namespace === '')
                break;
            for (const b of candidates) {
                if (pass === 0 ? b.kind !== 'ClusterRoleBinding' : b.kind !== 'RoleBinding' || (b.namespace ?? '') !== namespace)
                    continue;
                if (!b.role)
                    continue;
                const subject = b.subjects.find((s) => subjectApplies(s, user, b.namespace ?? ''));
                if (!subject)
                    continue;
                for (const rr of b.role.rules) {
                    if (ruleAllows(rr.rule, req))
                        return { allowed: true, bypass: undefined, reason: { binding: b, role: b.role, rule: rr, subject } };
                }
            }
        }
        return { allowed: false, bypass: undefined, reason: undefined };
    }
    /** Every rule in force for the user: cluster-wide (ClusterRoleBindings) or in a namespace (RoleBindings). */
    rulesFor(user) {
        const out = [];
        for (const b of this.candidates(user)) {
            if (!b.role)
                continue;
            const subject = b.subjects.find((s) => subjectApplies(s, user, b.namespace ?? ''));
            if (!subject)
                continue;
            for (const rr of b.role.rules) {
                if (b.kind === 'RoleBinding' && rr.rule.nonResourceURLs.length > 0 && rr.rule.resources.length === 0)
                    continue;
                out.push({ rule: rr, namespace: b.kind === 'RoleBinding' ? b.namespace : undefined, binding: b, subject });
            }
        }
        return out;
    }
    /** Bindings in the set (not built in) whose subjects include the user. */
    grantsInSet(user) {
        return this.candidates(user).filter((b) => !b.builtin && b.role && b.subjects.some((s) => subjectApplies(s, user, b.namespace ?? '')));
    }
    /**
     * Every binding subject allowed to make the request, with the binding, role and rule: the
     * ClusterRoleBindings' part (the same for every namespace, computed once per request), then the
     * RoleBindings of the request's namespace.
     */
    whoCan(req) {
        const { namespace, ...rest } = req.kind === 'resource' ? req : { ...req, namespace: '' };
        const key = JSON.stringify(rest);
        let cluster = this.clusterWhoCan.get(key);
        if (!cluster) {
            cluster = this.whoCanIn(this.clusterBindings, req);
            this.clusterWhoCan.set(key, cluster);
        }
        if (namespace === '')
            return [...cluster];
        return [...cluster, ...this.whoCanIn(this.roleBindings.get(namespace) ?? [], req)];
    }
    whoCanIn(bindings, req) {
        const out = [];
        for (const b of bindings) {
            if (!b.role)
                continue;
            const rr = b.role.rules.find((r) => ruleAllows(r.rule, req));
            if (!rr)
                continue;
            for (const s of b.subjects) {
                // A ServiceAccount subject of a ClusterRoleBinding without namespace matches nobody.
                if (s.kind === 'ServiceAccount' && !s.namespace && b.kind === 'ClusterRoleBinding')
                    continue;
                out.push({ subject: s, binding: b, role: b.role, rule: rr });
            }
        }
        return out;
    }
}
/** ClusterRoles by label, to find what an aggregation selector selects without testing every role. */
class LabelIndex {
    all;
    byPair = new Map();
    byKey = new Map();
    constructor(all) {
        this.all = all;
        for (const r of all) {
            for (const [k, v] of Object.entries(r.labels)) {
                push(this.byPair, `${k}=${v}`, r);
                push(this.byKey, k, r);
            }
        }
    }
    /** The roles the selector selects, by name. */
    select(sel) {
        let candidates = this.all;
        let narrowed = false;
        const narrow = (c) => {
            if (c.length < candidates.length)
                candidates = c;
            narrowed = true;
        };
        for (const [k, v] of Object.entries(sel.matchLabels ?? {}))
            narrow(this.byPair.get(`${k}=${v}`) ?? []);
        for (const e of sel.matchExpressions ?? []) {
            if (e.operator === 'Exists')
                narrow(this.byKey.get(e.key) ?? []);
            else if (e.operator === 'In')
                narrow([...new Set((e.values ?? []).flatMap((v) => this.byPair.get(`${e.key}=${v}`) ?? []))]);
        }
        const out = candidates.filter((m) => selectorMatches(sel, m.labels));
        return narrowed ? out.sort(byName) : out;
    }
}
/**
 * Tarjan's strongly connected components, without recursion (chains may be thousands deep). Each
 * component comes after every component it reaches, so a role's selections are resolved before it.
 */
function stronglyConnected(nodes, next) {
    const index = new Map();
    const low = new Map();
    const onStack = new Set();
    const stack = [];
    const out = [];
    let counter = 0;
    for (const start of nodes) {
        if (index.has(start))
            continue;
        const work = [];
        const open = (n) => {
            index.set(n, counter);
            low.set(n, counter);
            counter++;
            stack.push(n);
            onStack.add(n);
            work.push({ node: n, edges: next(n), i: 0 });
        };
        open(start);
        while (work.length > 0) {
            const top = work[work.length - 1];
            if (top.i < top.edges.length) {
                const m = top.edges[top.i++];
                if (!index.has(m))
                    open(m);
                else if (onStack.has(m))
                    low.set(top.node, Math.min(low.get(top.node), index.get(m)));
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].node;
                low.set(parent, Math.min(low.get(parent), low.get(top.node)));
            }
            if (low.get(top.node) === index.get(top.node)) {
                const scc = [];
                let m;
                do {
                    m = stack.pop();
                    onStack.delete(m);
                    scc.push(m);
                } while (m !== top.node);
                out.push(scc);
            }
        }
    }
    return out;
}
/**
 * What the API server's start-up reconciliation makes of a role of the set that redefines a built-in
 * one (`ReconcileRoleOptions` without `RemoveExtraPermissions`): the built-in labels and aggregation
 * selectors are merged in, and every built-in rule the role does not cover is added to its rules.
 */
function reconcileRole(r, builtin) {
    r.labels = { ...builtin.labels, ...r.labels };
    if (builtin.aggregation) {
        const have = new Set((r.aggregation ?? []).map((s) => JSON.stringify(s)));
        r.aggregation = [...(r.aggregation ?? []), ...builtin.aggregation.filter((s) => !have.has(JSON.stringify(s)))];
    }
    const own = r.ownRules;
    for (const rr of builtin.rules)
        if (!covers(own, [rr.rule]).covered)
            r.rules.push(rr);
}
const bindingKey = (b) => `${b.kind}|${b.namespace ?? ''}|${b.name}`;
const sameRoleRef = (a, b) => a.roleRef.kind === b.roleRef.kind && a.roleRef.name === b.roleRef.name && (a.roleRef.apiGroup || kinds/* RBAC_GROUP */.$j) === (b.roleRef.apiGroup || kinds/* RBAC_GROUP */.$j);
/** Two binding subjects that name the same user, group or account (a ServiceAccount's namespace defaults to a RoleBinding's). */
function sameSubject(s, sb, x, xb) {
    if (s.kind !== x.kind || s.name !== x.name)
        return false;
    if (s.kind !== 'ServiceAccount')
        return true;
    return (s.namespace || sb.namespace) === (x.namespace || xb.namespace);
}
function push(m, k, v) {
    const a = m.get(k);
    if (a)
        a.push(v);
    else
        m.set(k, [v]);
}
function readRole(o, r) {
    const ownRules = r.mapItems(o, ['rules']).map(({ index }) => {
        const p = ['rules', index];
        return rule({
            verbs: r.strings(o, [...p, 'verbs']),
            apiGroups: r.strings(o, [...p, 'apiGroups']),
            resources: r.strings(o, [...p, 'resources']),
            resourceNames: r.strings(o, [...p, 'resourceNames']),
            nonResourceURLs: r.strings(o, [...p, 'nonResourceURLs']),
        });
    });
    let aggregation;
    if (o.ref.kind === 'ClusterRole' && r.map(o, ['aggregationRule'])) {
        aggregation = r.mapItems(o, ['aggregationRule', 'clusterRoleSelectors']).map(({ index }) => {
            const p = ['aggregationRule', 'clusterRoleSelectors', index];
            const sel = {};
            if (r.map(o, [...p, 'matchLabels']))
                sel.matchLabels = r.stringMap(o, [...p, 'matchLabels']);
            const exprs = r.mapItems(o, [...p, 'matchExpressions']);
            if (exprs.length > 0) {
                sel.matchExpressions = exprs.map(({ index: i }) => ({
                    key: r.string(o, [...p, 'matchExpressions', i, 'key']) ?? '',
                    operator: r.string(o, [...p, 'matchExpressions', i, 'operator']) ?? '',
                    values: r.strings(o, [...p, 'matchExpressions', i, 'values']),
                }));
            }
            return sel;
        });
    }
    return {
        kind: o.ref.kind,
        namespace: o.ref.kind === 'Role' ? o.ref.namespace : undefined,
        name: o.ref.name,
        object: o,
        builtin: false,
        labels: r.stringMap(o, ['metadata', 'labels']),
        ownRules,
        aggregation,
        rules: [],
    };
}
function readBinding(o, r) {
    return {
        kind: o.ref.kind,
        namespace: o.ref.kind === 'RoleBinding' ? o.ref.namespace : undefined,
        name: o.ref.name,
        object: o,
        builtin: false,
        roleRef: {
            kind: r.string(o, ['roleRef', 'kind']) ?? '',
            name: r.string(o, ['roleRef', 'name']) ?? '',
            apiGroup: r.string(o, ['roleRef', 'apiGroup']) ?? '',
        },
        subjects: r.mapItems(o, ['subjects']).map(({ index }) => ({
            kind: r.string(o, ['subjects', index, 'kind']) ?? '',
            name: r.string(o, ['subjects', index, 'name']) ?? '',
            namespace: r.string(o, ['subjects', index, 'namespace']) || undefined,
            index,
        })),
        role: undefined,
    };
}
/** Built-in ClusterRoles that only let subjects discover the API (Kubernetes binds them to everyone). */
const DISCOVERY_ROLES = new Set(['system:discovery', 'system:basic-user', 'system:public-info-viewer', 'system:service-account-issuer-discovery']);
/** A binding to one of the built-in discovery roles. */
const isDiscoveryBinding = (b) => b.role?.builtin === true && b.role.kind === 'ClusterRole' && DISCOVERY_ROLES.has(b.role.name);

;// CONCATENATED MODULE: ./lib/src/inventory/cloud.js
/** Knowledge about static cloud credentials (what workload identity replaces). Values are never returned. */
const IDENTITY_ALTERNATIVE = {
    AWS: 'IAM Roles for Service Accounts or EKS Pod Identity',
    'Google Cloud': 'GKE Workload Identity Federation',
    Azure: 'Azure Workload Identity',
    'Alibaba Cloud': 'RRSA (RAM Roles for Service Accounts)',
};
/** Environment variables (and Secret keys) that carry a static secret credential. */
const SECRET_VARIABLES = {
    AWS_SECRET_ACCESS_KEY: 'AWS',
    AWS_SESSION_TOKEN: 'AWS',
    AZURE_CLIENT_SECRET: 'Azure',
    AZURE_CLIENT_CERTIFICATE_PASSWORD: 'Azure',
    ARM_CLIENT_SECRET: 'Azure',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'Alibaba Cloud',
    ALICLOUD_SECRET_KEY: 'Alibaba Cloud',
};
/** The cloud of a variable or Secret key that holds a static secret credential (case-insensitive, `-` as `_`). */
function secretVariableCloud(name) {
    return SECRET_VARIABLES[name.toUpperCase().replace(/-/g, '_')];
}
const AWS_CREDENTIALS_FILE = /^\s*aws_secret_access_key\s*=/im;
const GCP_KEY = /"type"\s*:\s*"service_account"[\s\S]*"private_key"|"private_key"[\s\S]*"type"\s*:\s*"service_account"/;
const AZURE_SP = /"clientSecret"\s*:\s*"[^"]+"[\s\S]*"tenantId"|"tenantId"[\s\S]*"clientSecret"\s*:\s*"[^"]+"/;
/** What kind of static credential a Secret value holds, judged by its content, or undefined. */
function credentialContent(text) {
    if (AWS_CREDENTIALS_FILE.test(text))
        return { cloud: 'AWS', what: 'an AWS credentials file with a secret access key' };
    if (GCP_KEY.test(text))
        return { cloud: 'Google Cloud', what: 'a Google service-account key file' };
    if (AZURE_SP.test(text))
        return { cloud: 'Azure', what: 'an Azure service-principal secret' };
    return undefined;
}
/** Decodes a Secret's `data` value; undefined when it is not base64 text. */
function decodeSecretData(value) {
    const compact = value.replace(/\s+/g, '');
    if (compact.length > 1_000_000 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
        return undefined;
    return Buffer.from(compact, 'base64').toString('utf8');
}
// ---- Workload identity: the annotations that federate a ServiceAccount to a cloud identity ----
const AWS_ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';
const GKE_ANNOTATION = 'iam.gke.io/gcp-service-account';
const AZURE_CLIENT_ANNOTATION = 'azure.workload.identity/client-id';
const AZURE_TENANT_ANNOTATION = 'azure.workload.identity/tenant-id';
const AZURE_USE_LABEL = 'azure.workload.identity/use';
/** The cloud identities a ServiceAccount's annotations name (not yet validated). */
function cloudIdentities(annotations) {
    const out = [];
    const a = annotations[AWS_ROLE_ANNOTATION];
    if (a !== undefined)
        out.push({ cloud: 'AWS', annotation: AWS_ROLE_ANNOTATION, value: a });
    const g = annotations[GKE_ANNOTATION];
    if (g !== undefined)
        out.push({ cloud: 'Google Cloud', annotation: GKE_ANNOTATION, value: g });
    const z = annotations[AZURE_CLIENT_ANNOTATION];
    if (z !== undefined)
        out.push({ cloud: 'Azure', annotation: AZURE_CLIENT_ANNOTATION, value: z });
    return out;
}
/** IAM role ARN: partition, empty region, 12-digit account, `role/` with an optional path. */
const PARTITION = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):/;
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** GCP service-account e-mails: user-managed, domain-scoped projects, and the Google-managed default accounts. */
const GSA_EMAIL = /^(?:[a-z](?:[a-z0-9-]{4,28})[a-z0-9]@[a-z][a-z0-9-]{4,28}[a-z0-9](?:\.[a-z0-9][a-z0-9.-]*[a-z0-9])?\.iam\.gserviceaccount\.com|\d+-compute@developer\.gserviceaccount\.com|[a-z][a-z0-9-]{4,28}[a-z0-9]@appspot\.gserviceaccount\.com)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An account or project ID: 6 to 30 lower-case letters, digits and hyphens, from a letter to a letter or digit. */
function idProblem(what, id) {
    if (id.length < 6 || id.length > 30)
        return `${what} of 6 to 30 characters (\`${id}\` has ${id.length})`;
    if (!/^[a-z][a-z0-9-]*[a-z0-9]$/.test(id))
        return `${what} of lower-case letters, digits and hyphens that starts with a letter and ends with a letter or digit (not \`${id}\`)`;
    return undefined;
}
/** Why a value is not a Google service-account e-mail: the part that is wrong, and what it must be. */
function gsaProblem(value) {
    const form = 'a Google service-account e-mail (`NAME@PROJECT_ID.iam.gserviceaccount.com`)';
    const at = value.indexOf('@');
    if (at === -1 || at !== value.lastIndexOf('@'))
        return form;
    const name = value.slice(0, at);
    const domain = value.slice(at + 1);
    const suffix = '.iam.gserviceaccount.com';
    if (!domain.endsWith(suffix))
        return `${form}; \`${domain}\` does not end with \`${suffix}\``;
    // A domain-scoped project (`example.com:proj`) is written `proj.example.com` here.
    const project = domain.slice(0, -suffix.length).split('.')[0];
    return idProblem('a service-account name', name) ?? idProblem('a project ID', project) ?? form;
}
/** What is wrong with an identity annotation's value, or undefined when it is well-formed. */
function identityProblem(annotation, value) {
    switch (annotation) {
        case AWS_ROLE_ANNOTATION: {
            if (ROLE_ARN.test(value))
                return undefined;
            if (/^arn:[^:]*:iam::[^:]*:user\//.test(value))
                return 'a role ARN, not a user ARN (IRSA assumes roles)';
            if (/^arn:[^:]*:iam::[^:]*:role\//.test(value) && !/^arn:[^:]*:iam::\d{12}:/.test(value))
                return 'a 12-digit account id in the role ARN';
            if (/^arn:/.test(value) && !PARTITION.test(value))
                return 'a known AWS partition (`aws`, `aws-cn`, `aws-us-gov`, ...) in the role ARN';
            return 'an IAM role ARN (`arn:aws:iam::123456789012:role/PATH/NAME`, the region empty, a role name of at most 64 characters)';
        }
        case GKE_ANNOTATION:
            return GSA_EMAIL.test(value) ? undefined : gsaProblem(value);
        case AZURE_CLIENT_ANNOTATION:
        case AZURE_TENANT_ANNOTATION:
            return UUID.test(value) ? undefined : 'a UUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`)';
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/src/inventory/istio/principals.js
const ISTIO_SECURITY_GROUP = 'security.istio.io';
/**
 * Istio writes principals without the SPIFFE scheme and adds `spiffe://` itself when it configures
 * the proxies, so a principal written with it is compared as `spiffe://spiffe://…` and matches nobody.
 */
const SPIFFE_SCHEME = 'spiffe://';
/**
 * The ServiceAccount a principal names exactly: `<td>/ns/<ns>/sa/<sa>` with the trust domain
 * `cluster.local` (which istiod maps to the mesh's own) or `*`. Undefined for wildcards in the
 * namespace or name, other trust domains, other forms, and principals written with `spiffe://`.
 */
function principalAccount(principal) {
    if (principal.startsWith(SPIFFE_SCHEME))
        return undefined;
    const parts = principal.split('/');
    if (parts.length !== 5 || parts[1] !== 'ns' || parts[3] !== 'sa')
        return undefined;
    const [td, , namespace, , name] = parts;
    if (td !== 'cluster.local' && td !== '*')
        return undefined;
    if (!namespace || !name || namespace.includes('*') || name.includes('*'))
        return undefined;
    return { namespace, name };
}
/** An entry of `serviceAccounts`: `ns/sa`, or a bare `sa` of the policy's namespace. No wildcards. */
function serviceAccountEntry(entry, policyNamespace) {
    const parts = entry.split('/');
    if (parts.length === 1 && parts[0])
        return { namespace: policyNamespace, name: parts[0] };
    if (parts.length === 2 && parts[0] && parts[1])
        return { namespace: parts[0], name: parts[1] };
    return undefined;
}
const IDENTITY_FIELDS = ['principals', 'notPrincipals', 'serviceAccounts', 'notServiceAccounts'];
/** Every entry of the identity fields of an AuthorizationPolicy's rules, with the account it names. */
function identityEntries(o, r) {
    const out = [];
    for (const { index: ri } of r.mapItems(o, ['spec', 'rules'])) {
        for (const { index: fi } of r.mapItems(o, ['spec', 'rules', ri, 'from'])) {
            const base = ['spec', 'rules', ri, 'from', fi, 'source'];
            for (const field of IDENTITY_FIELDS) {
                r.strings(o, [...base, field]).forEach((entry, i) => {
                    const account = field.endsWith('rincipals') ? principalAccount(entry) : serviceAccountEntry(entry, o.ref.namespace ?? 'default');
                    out.push({ field, entry, path: [...base, field, i], account, spiffe: field.endsWith('rincipals') && entry.startsWith(SPIFFE_SCHEME) });
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/inventory/calico/selector.js
/**
 * Calico's label-selector language (shared/calico-selectors.md): a scanner-less recursive-descent
 * parser whose errors carry the offset inside the selector, and the evaluator.
 *
 * Selectors come from pull requests, so no input may exhaust the stack: `&&` and `||` chains are
 * flat lists (10,000 terms cost no depth), runs of `!` collapse into one negation, and parentheses
 * nest at most MAX_NESTING deep, more than a selector within Calico's 1,024 characters can hold.
 */
class SelectorError extends Error {
    offset;
    constructor(message, 
    /** 0-based offset in the selector where the problem is. */
    offset) {
        super(message);
        this.offset = offset;
    }
}
const MAX_LABEL = 512;
/** Deepest nesting of parentheses parsed; 1,024 characters hold at most 509 levels. */
const MAX_NESTING = 512;
const isLabelChar = (c) => c !== undefined && /[A-Za-z0-9_./-]/.test(c);
class Parser {
    s;
    pos = 0;
    depth = 0;
    constructor(s) {
        this.s = s;
    }
    ws() {
        while (this.s[this.pos] === ' ' || this.s[this.pos] === '\t')
            this.pos++;
    }
    fail(message, at = this.pos) {
        throw new SelectorError(message, at);
    }
    describe(at = this.pos) {
        const c = this.s[at];
        if (c === undefined)
            return 'the end of the selector';
        if (c === '\n')
            return 'a newline';
        if (c === '\r')
            return 'a carriage return';
        return `\`${c}\``;
    }
    word() {
        const start = this.pos;
        while (isLabelChar(this.s[this.pos]))
            this.pos++;
        return this.s.slice(start, this.pos);
    }
    label(what) {
        const start = this.pos;
        const l = this.word();
        if (l === '')
            this.fail(`expected ${what}, found ${this.describe(start)}`, start);
        if (l.length > MAX_LABEL)
            this.fail(`a label name is at most ${MAX_LABEL} characters, this one has ${l.length}`, start);
        return l;
    }
    string(after) {
        this.ws();
        const q = this.s[this.pos];
        if (q !== '"' && q !== "'")
            this.fail(`expected a quoted string after ${after}, found ${this.describe()}`);
        const start = this.pos;
        const end = this.s.indexOf(q, start + 1);
        if (end === -1)
            this.fail(`the string that starts here has no closing ${q}`, start);
        this.pos = end + 1;
        return this.s.slice(start + 1, end);
    }
    set(after) {
        this.ws();
        if (this.s[this.pos] !== '{')
            this.fail(`expected a set {"a", "b"} after ${after}, found ${this.describe()}`);
        this.pos++;
        const values = [];
        this.ws();
        if (this.s[this.pos] === '}') {
            this.pos++;
            return values;
        }
        for (;;) {
            values.push(this.string('`{` or `,`'));
            this.ws();
            const c = this.s[this.pos];
            if (c === '}') {
                this.pos++;
                return [...new Set(values)];
            }
            if (c !== ',')
                this.fail(`expected \`,\` or \`}\` in the set, found ${this.describe()}`);
            this.pos++;
            this.ws();
            if (this.s[this.pos] === '}') {
                this.pos++;
                return [...new Set(values)];
            }
        }
    }
    parse() {
        this.ws();
        if (this.pos === this.s.length)
            return { k: 'all' };
        const e = this.or();
        this.ws();
        if (this.pos !== this.s.length)
            this.fail(`unexpected ${this.describe()} after a complete expression`);
        return e;
    }
    or() {
        const items = [this.and()];
        for (;;) {
            this.ws();
            if (this.s.startsWith('||', this.pos)) {
                this.pos += 2;
                items.push(this.and());
            }
            else if (this.s[this.pos] === '|')
                this.fail('a single `|` is not an operator; use `||`');
            else
                return items.length === 1 ? items[0] : { k: 'or', items };
        }
    }
    and() {
        const items = [this.term()];
        for (;;) {
            this.ws();
            if (this.s.startsWith('&&', this.pos)) {
                this.pos += 2;
                items.push(this.term());
            }
            else if (this.s[this.pos] === '&')
                this.fail('a single `&` is not an operator; use `&&`');
            else
                return items.length === 1 ? items[0] : { k: 'and', items };
        }
    }
    term() {
        let negations = 0;
        for (;;) {
            this.ws();
            if (this.s[this.pos] === '!' && this.s[this.pos + 1] !== '=') {
                negations++;
                this.pos++;
            }
            else
                break;
        }
        const p = this.primary();
        return negations % 2 === 1 ? { k: 'not', e: p } : p;
    }
    primary() {
        this.ws();
        const start = this.pos;
        const c = this.s[this.pos];
        if (c === '(') {
            if (++this.depth > MAX_NESTING)
                this.fail(`parentheses are nested more than ${MAX_NESTING} levels deep`);
            this.pos++;
            const e = this.or();
            this.depth--;
            this.ws();
            if (this.s[this.pos] !== ')')
                this.fail(`expected \`)\` to close the \`(\` at column ${start + 1}, found ${this.describe()}`);
            this.pos++;
            return e;
        }
        if (!isLabelChar(c))
            this.fail(`expected a label, \`has(\`, \`all()\`, \`!\` or \`(\`, found ${this.describe()}`);
        const label = this.label('a label');
        if (this.s[this.pos] === '(') {
            if (label === 'has') {
                this.pos++;
                this.ws();
                const l = this.label('a label inside `has(`');
                this.ws();
                if (this.s[this.pos] !== ')')
                    this.fail(`expected \`)\` to close \`has(\`, found ${this.describe()}`);
                this.pos++;
                return { k: 'has', label: l };
            }
            if (label === 'all' || label === 'global') {
                this.pos++;
                this.ws();
                if (this.s[this.pos] !== ')')
                    this.fail(`\`${label}(\` takes no argument; expected \`)\`, found ${this.describe()}`);
                this.pos++;
                return { k: label };
            }
            this.fail(`\`${label}(\` is not a function; only has(), all() and global() are`, start);
        }
        this.ws();
        const opAt = this.pos;
        if (this.s.startsWith('==', this.pos)) {
            this.pos += 2;
            return { k: 'eq', label, value: this.string('`==`') };
        }
        if (this.s.startsWith('!=', this.pos)) {
            this.pos += 2;
            return { k: 'ne', label, value: this.string('`!=`') };
        }
        if (this.s[this.pos] === '=')
            this.fail('a single `=` is not an operator; use `==`');
        const w = this.word();
        switch (w) {
            case 'in':
                return { k: 'in', label, values: this.set('`in`') };
            case 'notin':
                return { k: 'notin', label, values: this.set('`not in`') };
            case 'not': {
                this.ws();
                const at = this.pos;
                if (this.word() !== 'in')
                    this.fail('expected `in` after `not`', at);
                return { k: 'notin', label, values: this.set('`not in`') };
            }
            case 'contains':
                return { k: 'contains', label, value: this.string('`contains`') };
            case 'startswith':
                return { k: 'starts', label, value: this.string('`starts with`') };
            case 'endswith':
                return { k: 'ends', label, value: this.string('`ends with`') };
            case 'starts':
            case 'ends': {
                this.ws();
                const at = this.pos;
                if (this.word() !== 'with')
                    this.fail(`expected \`with\` after \`${w}\``, at);
                return w === 'starts' ? { k: 'starts', label, value: this.string('`starts with`') } : { k: 'ends', label, value: this.string('`ends with`') };
            }
            case '':
                return this.fail(`expected an operator after label \`${label}\` (==, !=, in, not in, contains, starts with, ends with), found ${this.describe(opAt)}`, opAt);
            default:
                return this.fail(`\`${w}\` is not an operator; expected ==, !=, in, not in, contains, starts with or ends with`, opAt);
        }
    }
}
/** Parses a selector; throws SelectorError with the offset of the problem. */
function parseSelector(s) {
    return new Parser(s).parse();
}
function evaluate(sel, labels) {
    const has = (l) => Object.prototype.hasOwnProperty.call(labels, l);
    switch (sel.k) {
        case 'all':
        case 'global':
            return true;
        case 'has':
            return has(sel.label);
        case 'eq':
            return has(sel.label) && labels[sel.label] === sel.value;
        case 'ne':
            return !has(sel.label) || labels[sel.label] !== sel.value;
        case 'in':
            return has(sel.label) && sel.values.includes(labels[sel.label]);
        case 'notin':
            return !has(sel.label) || !sel.values.includes(labels[sel.label]);
        case 'contains':
            return has(sel.label) && labels[sel.label].includes(sel.value);
        case 'starts':
            return has(sel.label) && labels[sel.label].startsWith(sel.value);
        case 'ends':
            return has(sel.label) && labels[sel.label].endsWith(sel.value);
        case 'not':
            return !evaluate(sel.e, labels);
        case 'and':
            return sel.items.every((e) => evaluate(e, labels));
        case 'or':
            return sel.items.some((e) => evaluate(e, labels));
    }
}
/** Every label name the selector reads. */
function labelsOf(sel) {
    switch (sel.k) {
        case 'all':
        case 'global':
            return [];
        case 'not':
            return labelsOf(sel.e);
        case 'and':
        case 'or':
            return sel.items.flatMap(labelsOf);
        default:
            return [sel.label];
    }
}
/** True when `global()` appears anywhere in the selector. */
function usesGlobal(sel) {
    switch (sel.k) {
        case 'global':
            return true;
        case 'not':
            return usesGlobal(sel.e);
        case 'and':
        case 'or':
            return sel.items.some(usesGlobal);
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./lib/src/inventory/calico/policy.js

const CALICO_GROUPS = ['projectcalico.org', 'crd.projectcalico.org'];
const isCalicoPolicy = (o) => CALICO_GROUPS.includes(o.ref.group) && (o.ref.kind === 'NetworkPolicy' || o.ref.kind === 'GlobalNetworkPolicy');
/** The CRD's maxLength for every selector field. */
const MAX_SELECTOR = 1024;
function field(o, r, path, role) {
    const text = r.string(o, path);
    if (text === undefined)
        return undefined;
    // Calico refuses it whatever it says (calico-selector-syntax reports the length): not parsed.
    if (text.length > MAX_SELECTOR) {
        return { role, path, text, selector: undefined, error: new SelectorError(`the selector has ${text.length} characters; Calico accepts at most ${MAX_SELECTOR}`, MAX_SELECTOR) };
    }
    try {
        return { role, path, text, selector: parseSelector(text), error: undefined };
    }
    catch (e) {
        if (e instanceof SelectorError)
            return { role, path, text, selector: undefined, error: e };
        throw e;
    }
}
function readCalicoPolicy(o, r) {
    const global = o.ref.kind === 'GlobalNetworkPolicy';
    const rules = [];
    for (const direction of ['ingress', 'egress']) {
        for (const { index } of r.mapItems(o, ['spec', direction])) {
            const action = r.string(o, ['spec', direction, index, 'action']);
            for (const side of ['source', 'destination']) {
                const p = ['spec', direction, index, side];
                if (!r.map(o, p))
                    continue;
                const sa = r.map(o, [...p, 'serviceAccounts']);
                rules.push({
                    path: p,
                    action,
                    selector: field(o, r, [...p, 'selector'], 'ruleSelector'),
                    notSelector: field(o, r, [...p, 'notSelector'], 'notSelector'),
                    namespaceSelector: field(o, r, [...p, 'namespaceSelector'], 'ruleNamespaceSelector'),
                    names: sa ? r.strings(o, [...p, 'serviceAccounts', 'names']).map((name, i) => ({ name, path: [...p, 'serviceAccounts', 'names', i] })) : [],
                    serviceAccountsSelector: sa ? field(o, r, [...p, 'serviceAccounts', 'selector'], 'serviceAccountsSelector') : undefined,
                    hasServiceAccounts: !!sa,
                });
            }
        }
    }
    return {
        object: o,
        global,
        namespace: global ? undefined : o.ref.namespace,
        name: o.ref.group === 'crd.projectcalico.org' && o.ref.name.startsWith('default.') ? o.ref.name.slice('default.'.length) : o.ref.name,
        selector: field(o, r, ['spec', 'selector'], 'selector'),
        serviceAccountSelector: field(o, r, ['spec', 'serviceAccountSelector'], 'serviceAccountSelector'),
        namespaceSelector: global ? field(o, r, ['spec', 'namespaceSelector'], 'namespaceSelector') : undefined,
        rules,
    };
}
/** Every selector field of a policy. */
function selectorFields(p) {
    const out = [p.selector, p.serviceAccountSelector, p.namespaceSelector];
    for (const r of p.rules)
        out.push(r.selector, r.notSelector, r.namespaceSelector, r.serviceAccountsSelector);
    return out.filter((f) => f !== undefined);
}
/**
 * Does a namespace selector select the namespace? `unknown` when the answer depends on labels the
 * set does not show. `all()` means any namespace; `global()` only non-namespaced endpoints.
 */
function namespaceMatches(sel, ns) {
    if (sel.k === 'global')
        return false;
    const labels = { ...ns.labels, 'projectcalico.org/name': ns.name, 'kubernetes.io/metadata.name': ns.name };
    const result = evaluate(sel, labels);
    if (ns.labelsKnown || result)
        return result;
    // With unknown labels a false may become true.
    return 'unknown';
}
/**
 * The namespaces a ServiceAccount match of a policy reaches: the policy's own (a NetworkPolicy
 * without namespaceSelector), those a namespaceSelector selects, or every namespace (a
 * GlobalNetworkPolicy without one). Each with whether the match is certain.
 */
function accountScope(p, namespaceSelector, namespaces) {
    if (namespaceSelector?.selector) {
        const out = [];
        for (const ns of namespaces) {
            const m = namespaceMatches(namespaceSelector.selector, ns);
            if (m !== false)
                out.push({ name: ns.name, certain: m === true });
        }
        return { all: false, namespaces: out };
    }
    if (namespaceSelector)
        return { all: false, namespaces: [] }; // invalid: calico-selector-syntax reports it
    if (!p.global)
        return { all: false, namespaces: [{ name: p.namespace ?? 'default', certain: true }] };
    return { all: true, namespaces: namespaces.map((n) => ({ name: n.name, certain: true })) };
}

;// CONCATENATED MODULE: ./lib/src/inventory/rbac/catalog.js
/** The built-in verbs, API groups and resources, for telling typos from intent. */
const KNOWN_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate', 'approve', 'sign', 'attest', '*'];
const sub = (resource, ...subs) => [resource, ...subs.map((s) => `${resource}/${s}`)];
/** Built-in API groups whose resources are listed completely here; other groups are not judged. */
const BUILTIN_RESOURCES = {
    '': [
        ...sub('pods', 'log', 'exec', 'attach', 'portforward', 'proxy', 'ephemeralcontainers', 'eviction', 'status', 'binding', 'resize'),
        ...sub('services', 'proxy', 'status'),
        'endpoints',
        'configmaps',
        'secrets',
        ...sub('serviceaccounts', 'token'),
        ...sub('persistentvolumeclaims', 'status'),
        ...sub('persistentvolumes', 'status'),
        ...sub('nodes', 'proxy', 'status', 'stats', 'metrics', 'log', 'spec', 'configz', 'healthz', 'pods', 'checkpoint'),
        ...sub('namespaces', 'status', 'finalize'),
        'events',
        'limitranges',
        ...sub('resourcequotas', 'status'),
        ...sub('replicationcontrollers', 'scale', 'status'),
        'podtemplates',
        'bindings',
        'componentstatuses',
        // Impersonation targets.
        'users',
        'groups',
    ],
    apps: [...sub('deployments', 'scale', 'status'), ...sub('replicasets', 'scale', 'status'), ...sub('statefulsets', 'scale', 'status'), ...sub('daemonsets', 'status'), 'controllerrevisions'],
    batch: [...sub('jobs', 'status'), ...sub('cronjobs', 'status')],
    'rbac.authorization.k8s.io': ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'],
    'admissionregistration.k8s.io': [
        'mutatingwebhookconfigurations',
        'validatingwebhookconfigurations',
        ...sub('validatingadmissionpolicies', 'status'),
        'validatingadmissionpolicybindings',
        ...sub('mutatingadmissionpolicies', 'status'),
        'mutatingadmissionpolicybindings',
    ],
    'certificates.k8s.io': [...sub('certificatesigningrequests', 'approval', 'status'), 'signers', 'clustertrustbundles'],
    'authentication.k8s.io': ['tokenreviews', 'selfsubjectreviews', 'uids', 'userextras'],
    'authorization.k8s.io': ['subjectaccessreviews', 'selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'localsubjectaccessreviews'],
    'networking.k8s.io': ['networkpolicies', ...sub('ingresses', 'status'), 'ingressclasses', 'ipaddresses', ...sub('servicecidrs', 'status')],
    policy: [...sub('poddisruptionbudgets', 'status'), 'podsecuritypolicies'],
    'coordination.k8s.io': ['leases', 'leasecandidates'],
    'storage.k8s.io': ['storageclasses', 'csidrivers', 'csinodes', ...sub('volumeattachments', 'status'), 'csistoragecapacities', 'volumeattributesclasses'],
    'apiextensions.k8s.io': [...sub('customresourcedefinitions', 'status')],
    'events.k8s.io': ['events'],
    'discovery.k8s.io': ['endpointslices'],
    autoscaling: [...sub('horizontalpodautoscalers', 'status')],
    'scheduling.k8s.io': ['priorityclasses'],
    'node.k8s.io': ['runtimeclasses'],
};
const isBuiltinGroup = (g) => Object.prototype.hasOwnProperty.call(BUILTIN_RESOURCES, g);
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            // A swap of two neighbours is one typo (optimal string alignment distance).
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** The closest of the candidates within a small edit distance, if any. */
function closest(word, candidates) {
    let best;
    let bestD = Infinity;
    const limit = word.length >= 6 ? 2 : 1;
    for (const c of candidates) {
        if (c === '*')
            continue;
        const d = c.toLowerCase() === word.toLowerCase() ? 0.5 : distance(word, c);
        if (d <= limit && d < bestD) {
            best = c;
            bestD = d;
        }
    }
    return best;
}
/**
 * What is wrong with a resource entry of a rule whose API groups are all built-in ones, judged
 * against those groups; undefined when it is known there (or cannot be judged).
 */
function resourceProblem(groups, resource) {
    if (resource === '*' || resource.startsWith('*/') || groups.length === 0 || !groups.every(isBuiltinGroup))
        return undefined;
    const base = resource.replace(/\/\*$/, '');
    const known = groups.flatMap((g) => BUILTIN_RESOURCES[g]);
    if (known.includes(resource) || (resource.endsWith('/*') && known.includes(base)))
        return undefined;
    const plural = [`${resource}s`, `${resource}es`, resource.replace(/y$/, 'ies')];
    const singularOf = plural.find((p) => known.includes(p));
    if (singularOf)
        return { kind: 'singular', suggestion: singularOf };
    const elsewhere = Object.entries(BUILTIN_RESOURCES)
        .filter(([g, rs]) => !groups.includes(g) && rs.includes(resource))
        .map(([g]) => g);
    if (elsewhere.length > 0)
        return { kind: 'wrongGroup', groups: elsewhere };
    const typo = closest(resource, known);
    if (typo)
        return { kind: 'typo', suggestion: typo };
    return undefined;
}
/**
 * Built-in resources whose requests carry no namespace (cluster-scoped), by API group. Impersonation
 * of users, groups, uids and user extras is checked without a namespace too; impersonating a
 * ServiceAccount is checked in the account's namespace, and `signers` (CSR approval) have none.
 */
const CLUSTER_RESOURCES = {
    '': ['nodes', 'persistentvolumes', 'namespaces', 'componentstatuses', 'users', 'groups'],
    'rbac.authorization.k8s.io': ['clusterroles', 'clusterrolebindings'],
    'admissionregistration.k8s.io': [
        'mutatingwebhookconfigurations',
        'validatingwebhookconfigurations',
        'validatingadmissionpolicies',
        'validatingadmissionpolicybindings',
        'mutatingadmissionpolicies',
        'mutatingadmissionpolicybindings',
    ],
    'certificates.k8s.io': ['certificatesigningrequests', 'signers', 'clustertrustbundles'],
    'authentication.k8s.io': ['tokenreviews', 'selfsubjectreviews', 'uids', 'userextras'],
    'authorization.k8s.io': ['subjectaccessreviews', 'selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
    'networking.k8s.io': ['ingressclasses', 'ipaddresses', 'servicecidrs'],
    policy: ['podsecuritypolicies'],
    'storage.k8s.io': ['storageclasses', 'csidrivers', 'csinodes', 'volumeattachments', 'volumeattributesclasses'],
    'apiextensions.k8s.io': ['customresourcedefinitions'],
    'apiregistration.k8s.io': ['apiservices'],
    'scheduling.k8s.io': ['priorityclasses'],
    'node.k8s.io': ['runtimeclasses'],
    'flowcontrol.apiserver.k8s.io': ['flowschemas', 'prioritylevelconfigurations'],
    'resource.k8s.io': ['deviceclasses', 'resourceslices'],
};
/** Whether a built-in resource (or `resource/subresource`) is cluster-scoped; unknown resources count as namespaced. */
function isClusterScopedResource(group, resource) {
    const base = resource.split('/')[0];
    return CLUSTER_RESOURCES[group]?.includes(base) ?? false;
}
/** Verbs of requests that name one object (and so, for `namespaces`, carry that namespace). */
const NAMED_VERBS = new Set(['get', 'update', 'patch', 'delete']);
/**
 * Whether a RoleBinding can allow this verb on a resource, that is whether such requests carry a
 * namespace. Requests on namespaced resources do. Requests on cluster-scoped ones do not, with two
 * exceptions: a request on one Namespace object (`get`, `update`, `patch`, `delete` of
 * `/api/v1/namespaces/NS`, its `status` and `finalize`) carries that namespace, so a RoleBinding in
 * NS can allow deleting NS; and `bind` on `clusterroles` is checked in the namespace of the
 * RoleBinding being written, so a Role may let its holders bind a ClusterRole in that namespace.
 */
function allowedInNamespace(group, resource, verb) {
    if (!isClusterScopedResource(group, resource))
        return true;
    const base = resource.split('/')[0];
    if (group === '' && base === 'namespaces')
        return NAMED_VERBS.has(verb);
    if (group === 'rbac.authorization.k8s.io' && resource === 'clusterroles')
        return verb === 'bind';
    return false;
}

;// CONCATENATED MODULE: ./lib/src/inventory/rbac/permissions.js
/**
 * Permissions that are worth more than they say (SPEC §3.4, §6.2, docs/rbac-semantics.md): what
 * each one is, as checks against policy rules, and where a rule can grant it. Rules and the
 * escalation analysis ask here; nothing else spells them out.
 */


const core = (verbs, ...resources) => resources.map((resource) => ({ verbs, group: '', resource }));
const grp = (group, verbs, ...resources) => resources.map((resource) => ({ verbs, group, resource }));
const RBAC = 'rbac.authorization.k8s.io';
/** Verbs that change a pod template: whoever holds them on a controller chooses what its pods run as. */
const TEMPLATE_WRITE = ['create', 'update', 'patch'];
/**
 * Running pods as any ServiceAccount of the namespace: creating pods, and creating or editing the pod
 * template of a controller. A Job's template is immutable, so only `create` counts for jobs.
 */
const POD_CONTROLLERS = [
    ...core(['create'], 'pods'),
    ...core(TEMPLATE_WRITE, 'replicationcontrollers'),
    ...grp('apps', TEMPLATE_WRITE, 'deployments', 'replicasets', 'statefulsets', 'daemonsets'),
    ...grp('batch', ['create'], 'jobs'),
    ...grp('batch', TEMPLATE_WRITE, 'cronjobs'),
];
const PERMISSIONS = {
    'secrets-read': {
        id: 'secrets-read',
        means: 'read Secrets',
        short: 'read Secrets',
        // `patch` returns the object (an empty patch reads any Secret by name); `deletecollection` returns the deleted ones.
        checks: core(['get', 'list', 'watch', 'patch', 'deletecollection'], 'secrets'),
    },
    'pod-create': { id: 'pod-create', means: 'run pods as any ServiceAccount of the namespace and mount its Secrets', short: 'run pods as any ServiceAccount', checks: POD_CONTROLLERS },
    'pod-update': {
        id: 'pod-update',
        means: 'swap the image of running pods and so run code as their ServiceAccounts',
        short: 'swap images of running pods',
        checks: core(['update', 'patch'], 'pods'),
    },
    'pod-exec': {
        id: 'pod-exec',
        means: 'run commands in running pods and so act as their accounts',
        short: 'exec into pods',
        checks: [...core(['create', 'get'], 'pods/exec', 'pods/attach', 'pods/portforward'), ...core(['update', 'patch'], 'pods/ephemeralcontainers')],
    },
    'escalation-verbs': {
        id: 'escalation-verbs',
        means: 'grant or assume permissions it does not hold',
        short: 'bind, escalate or impersonate',
        checks: [
            ...grp(RBAC, ['bind', 'escalate'], 'roles', 'clusterroles'),
            ...core(['impersonate'], 'users', 'groups', 'serviceaccounts'),
            ...grp('authentication.k8s.io', ['impersonate'], 'uids', 'userextras/*'),
        ],
    },
    'binding-write': { id: 'binding-write', means: 'bind roles to subjects', short: 'write role bindings', checks: grp(RBAC, TEMPLATE_WRITE, 'rolebindings', 'clusterrolebindings') },
    'pv-create': { id: 'pv-create', means: 'create PersistentVolumes (hostPath volumes reach the node)', short: 'create PersistentVolumes', checks: core(['create'], 'persistentvolumes') },
    // The kubelet maps GET to `get` and POST to `create`: exec, attach, run and port-forward are among them.
    'nodes-proxy': { id: 'nodes-proxy', means: 'reach the kubelet API of every node', short: 'reach the kubelet API', checks: core(['get', 'create'], 'nodes/proxy') },
    // PUT and PATCH reach only the kubelet's log-verbosity endpoint (`/debug/flags/v`).
    'nodes-proxy-loglevel': { id: 'nodes-proxy-loglevel', means: "change the kubelets' log verbosity", short: 'set kubelet log verbosity', checks: core(['update', 'patch'], 'nodes/proxy') },
    'csr-approval-update': { id: 'csr-approval-update', means: 'approve CertificateSigningRequests', short: 'update CSR approvals', checks: grp('certificates.k8s.io', ['update'], 'certificatesigningrequests/approval') },
    'signer-approve': { id: 'signer-approve', means: 'approve for a signer', short: 'approve for signers', checks: grp('certificates.k8s.io', ['approve'], 'signers') },
    'csr-approve': {
        id: 'csr-approve',
        means: 'approve client certificates for any identity',
        short: 'approve client certificates',
        checks: [...grp('certificates.k8s.io', ['update'], 'certificatesigningrequests/approval'), ...grp('certificates.k8s.io', ['approve'], 'signers')],
        requires: ['csr-approval-update', 'signer-approve'],
    },
    'webhook-write': {
        id: 'webhook-write',
        means: 'see and refuse API requests with admission webhooks and policies (and rewrite them with mutating webhooks)',
        short: 'write admission webhooks',
        checks: grp('admissionregistration.k8s.io', ['create', 'update', 'patch', 'delete'], 'mutatingwebhookconfigurations', 'validatingwebhookconfigurations', 'validatingadmissionpolicies', 'validatingadmissionpolicybindings'),
    },
    'token-request': { id: 'token-request', means: 'mint tokens for ServiceAccounts', short: 'mint ServiceAccount tokens', checks: core(['create'], 'serviceaccounts/token') },
    'delete-rights': {
        id: 'delete-rights',
        means: 'delete workloads, Secrets, namespaces, audit events or RBAC objects',
        short: 'delete workloads, Secrets or RBAC objects',
        checks: [
            ...core(['delete', 'deletecollection'], 'pods', 'secrets', 'namespaces', 'events'),
            ...grp('events.k8s.io', ['delete', 'deletecollection'], 'events'),
            ...grp(RBAC, ['delete', 'deletecollection'], 'roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'),
        ],
    },
};
/**
 * Signer names (as `approve` on `signers` resourceNames) whose certificates the API server accepts as
 * client certificates: approving for them mints credentials for any user and group (or any node). The
 * approval check also tries `DOMAIN/*`, so `kubernetes.io/*` reaches them all.
 */
const API_SERVER_SIGNERS = [
    'kubernetes.io/kube-apiserver-client',
    'kubernetes.io/kube-apiserver-client-kubelet',
    'kubernetes.io/legacy-unknown',
    'kubernetes.io/*',
];
/** A grant narrowed by resourceNames that is as strong as an unrestricted one: `approve` for an API server client signer. */
const narrowedStillStrong = (p, rule) => p.id === 'signer-approve' && rule.resourceNames.some((n) => API_SERVER_SIGNERS.includes(n));
/** Whether a resource entry of a rule covers a check's resource (`resource/*` standing for any subresource). */
function entryCovers(entry, resource) {
    if (entry === '*')
        return true;
    const slash = resource.indexOf('/');
    const res = slash === -1 ? resource : resource.slice(0, slash);
    const sub = slash === -1 ? '' : resource.slice(slash + 1);
    if (sub === '*')
        return entry.startsWith(`${res}/`) || entry.startsWith('*/');
    return entry === resource || (sub !== '' && entry === `*/${sub}`);
}
/** Whether one policy rule grants one check, and through which entry. Resource names are not asked for. */
function ruleGrants(rule, check, options = {}) {
    if (rule.resources.length === 0 || !apiGroupMatches(rule, check.group))
        return undefined;
    const sub = check.resource.includes('/');
    const narrowed = rule.resourceNames.length > 0;
    // Requests that never carry a name (create, deletecollection on a resource itself) are never
    // allowed by a rule with resourceNames; on a subresource they carry the parent's name.
    const nameless = (v) => narrowed && !sub && (v === 'create' || v === 'deletecollection');
    const verb = check.verbs.find((v) => verbMatches(rule, v) && !nameless(v) && (options.scope !== 'namespace' || allowedInNamespace(check.group, check.resource.replace(/\/\*$/, ''), v)));
    if (verb === undefined)
        return undefined;
    const resourceIndex = rule.resources.findIndex((r) => (!options.explicit || r !== '*') && entryCovers(r, check.resource));
    if (resourceIndex === -1)
        return undefined;
    return { check, verb, resourceIndex, narrowed };
}
/** How one rule grants a permission: through its first resource entry that grants any of the checks (all required parts, for a composite). */
function ruleGrantsPermission(rule, p, options = {}) {
    if (p.requires) {
        const parts = p.requires.map((id) => ruleGrantsPermission(rule, PERMISSIONS[id], options));
        return parts.every((g) => g !== undefined) ? parts[0] : undefined;
    }
    let best;
    for (const c of p.checks) {
        const g = ruleGrants(rule, c, options);
        if (g && (!best || g.resourceIndex < best.resourceIndex))
            best = g;
    }
    return best;
}
/** Permissions that make a subject stronger than it looks, worst first, for "holds sensitive permissions". */
const SENSITIVE = [
    'escalation-verbs',
    'nodes-proxy',
    'webhook-write',
    'csr-approve',
    'binding-write',
    'token-request',
    'pod-exec',
    'pod-create',
    'pod-update',
    'secrets-read',
    'pv-create',
];
/**
 * The permissions of `ids` that a set of rules holds together in a scope, in the order of `ids`.
 * Grants narrowed by resourceNames do not count (they reach named objects only); a composite
 * permission (CSR approval) counts when every part is granted, by one rule or several.
 */
function rulesHold(rules, ids = SENSITIVE, options = {}) {
    const out = [];
    const first = (p) => {
        if (p.requires) {
            const parts = p.requires.map((id) => first(PERMISSIONS[id]));
            return parts.every((x) => x !== undefined) ? { permission: p, index: parts[0].index, grant: parts[0].grant } : undefined;
        }
        for (const [index, rule] of rules.entries()) {
            const grant = ruleGrantsPermission(rule, p, options);
            if (grant && (!grant.narrowed || narrowedStillStrong(p, rule)))
                return { permission: p, index, grant };
        }
        return undefined;
    };
    for (const id of ids) {
        const g = first(PERMISSIONS[id]);
        if (g)
            out.push(g);
    }
    return out;
}
function roleStrength(role, scope) {
    const rules = role.rules.map((r) => r.rule);
    return { adminEquivalent: isAdminEquivalent(rules), sensitive: rulesHold(rules, SENSITIVE, { scope }).map((g) => g.permission) };
}
/**
 * The roles a `bind` grant narrowed by resourceNames reaches: ClusterRoles by name for `clusterroles`;
 * for `roles`, the Roles of that name in `namespace` (the Role's, or a RoleBinding's), or in any
 * namespace when the rule applies cluster-wide. Binding a harmless role (`view`) is no escalation.
 */
function bindTargets(engine, rule, grant, namespace) {
    const kind = grant.check.resource === 'clusterroles' ? 'ClusterRole' : 'Role';
    const scope = kind === 'Role' ? 'namespace' : namespace === undefined ? 'cluster' : 'namespace';
    return rule.resourceNames.map((name) => {
        const roles = kind === 'ClusterRole'
            ? [engine.clusterRole(name)].filter((r) => r !== undefined)
            : engine.rolesNamed(name).filter((r) => namespace === undefined || r.namespace === namespace);
        const strengths = roles.map((r) => roleStrength(r, scope));
        const strength = strengths.length === 0
            ? undefined
            : { adminEquivalent: strengths.some((s) => s.adminEquivalent), sensitive: [...new Set(strengths.flatMap((s) => s.sensitive))] };
        return { name, kind, roles, strength };
    });
}
/** A bind target that hands out something sensitive. */
const isStrong = (t) => !!t.strength && (t.strength.adminEquivalent || t.strength.sensitive.length > 0);
/**
 * Sensitive permissions the user holds through bindings (each permission once per scope), worst
 * first. RoleBindings grant nothing on cluster-scoped resources; `bind` narrowed by resourceNames
 * counts only when a named role hands out something sensitive.
 */
function sensitivePermissions(engine, user) {
    const held = [];
    const seen = new Set();
    const rules = engine.rulesFor(user);
    const scopeOf = (r) => (r.namespace === undefined ? 'cluster' : 'namespace');
    for (const id of SENSITIVE) {
        const p = PERMISSIONS[id];
        if (p.requires) {
            // CertificateSigningRequests are cluster-scoped: every part must be held cluster-wide.
            const clusterWide = rules.filter((r) => r.namespace === undefined);
            const parts = p.requires.map((part) => clusterWide.find((r) => {
                const g = ruleGrantsPermission(r.rule.rule, PERMISSIONS[part]);
                return g && (!g.narrowed || narrowedStillStrong(PERMISSIONS[part], r.rule.rule));
            }));
            if (parts.every((x) => x !== undefined))
                held.push({ permission: p, namespace: undefined, via: parts[0], grant: ruleGrantsPermission(parts[0].rule.rule, PERMISSIONS[p.requires[0]]) });
            continue;
        }
        for (const r of rules) {
            const g = ruleGrantsPermission(r.rule.rule, p, { scope: scopeOf(r) });
            if (!g)
                continue;
            if (g.narrowed) {
                const bind = id === 'escalation-verbs' && g.verb === 'bind' && bindTargets(engine, r.rule.rule, g, r.namespace).some(isStrong);
                if (!bind)
                    continue;
            }
            const key = `${id}|${r.namespace ?? ''}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            held.push({ permission: p, namespace: r.namespace, via: r, grant: g });
        }
    }
    return held;
}


;// CONCATENATED MODULE: ./lib/src/inventory/rbac/abilities.js
/**
 * What a policy rule lets its holder do towards another identity (SPEC §3.4): create or edit pods
 * (and so run as any account of the namespace), exec into running pods, mint tokens, read token
 * Secrets, impersonate, bind or escalate roles, and the permissions that amount to cluster-admin.
 * Each ability is a set of checks against the rule, matched with `ruleGrants` (permissions.ts).
 */



const abilities_RBAC = 'rbac.authorization.k8s.io';
const ADMISSION = 'admissionregistration.k8s.io';
const CERTS = 'certificates.k8s.io';
const c = (group, verbs, ...resources) => resources.map((resource) => ({ verbs, group, resource }));
const P = PERMISSIONS;
/**
 * The abilities, from the permissions of permissions.ts where they are the same, split where the
 * graph needs more: which requests carry a name, which binding kind is written, which webhook.
 */
const ABILITIES = [
    // Creating pods or controllers, or editing a controller's pod template (a Job's is immutable); a
    // narrowed rule still lets its holder edit the named controller's template.
    { kind: 'pod-run', checks: POD_CONTROLLERS, named: true },
    // Into running pods: exec, attach, an ephemeral container, or an image swap (port-forward runs no code).
    { kind: 'pod-exec', checks: [...P['pod-exec'].checks.filter((x) => x.resource !== 'pods/portforward'), ...P['pod-update'].checks], named: true },
    { kind: 'token-create', checks: P['token-request'].checks, named: true },
    // Secrets: get and patch name one Secret; list, watch and deletecollection read them all.
    { kind: 'secrets-get', checks: c('', ['get', 'patch'], 'secrets'), named: true },
    { kind: 'secrets-list', checks: c('', ['list', 'watch', 'deletecollection'], 'secrets'), named: false },
    { kind: 'impersonate-sa', checks: c('', ['impersonate'], 'serviceaccounts'), named: true },
    { kind: 'impersonate-user', checks: c('', ['impersonate'], 'users'), named: true },
    { kind: 'impersonate-group', checks: c('', ['impersonate'], 'groups'), named: true },
    { kind: 'bind-role', checks: c(abilities_RBAC, ['bind'], 'roles'), named: true },
    { kind: 'bind-clusterrole', checks: c(abilities_RBAC, ['bind'], 'clusterroles'), named: true },
    { kind: 'escalate-role', checks: c(abilities_RBAC, ['escalate'], 'roles'), named: true },
    { kind: 'escalate-clusterrole', checks: c(abilities_RBAC, ['escalate'], 'clusterroles'), named: true },
    { kind: 'write-role', checks: c(abilities_RBAC, ['update', 'patch'], 'roles'), named: true },
    { kind: 'write-clusterrole', checks: c(abilities_RBAC, ['update', 'patch'], 'clusterroles'), named: true },
    { kind: 'rb-create', checks: c(abilities_RBAC, ['create'], 'rolebindings'), named: false },
    { kind: 'rb-update', checks: c(abilities_RBAC, ['update', 'patch'], 'rolebindings'), named: true },
    { kind: 'crb-create', checks: c(abilities_RBAC, ['create'], 'clusterrolebindings'), named: false },
    { kind: 'crb-update', checks: c(abilities_RBAC, ['update', 'patch'], 'clusterrolebindings'), named: true },
    { kind: 'mutating-webhook', checks: c(ADMISSION, ['create', 'update', 'patch'], 'mutatingwebhookconfigurations'), named: true },
    { kind: 'validating-webhook', checks: c(ADMISSION, ['create', 'update', 'patch'], 'validatingwebhookconfigurations'), named: true },
    { kind: 'nodes-proxy', checks: P['nodes-proxy'].checks, named: true },
    { kind: 'csr-create', checks: c(CERTS, ['create'], 'certificatesigningrequests'), named: false },
    { kind: 'csr-approve', checks: P['csr-approval-update'].checks, named: true },
    { kind: 'signer-approve', checks: P['signer-approve'].checks, named: true },
    { kind: 'pv-create', checks: P['pv-create'].checks, named: false },
];
/**
 * Whether a RoleBinding can grant an ability: whether its requests carry a namespace (a Role never
 * grants cluster-scoped resources; `bind` on `clusterroles` is checked in the binding's namespace).
 */
const grantedInNamespace = (a) => a.kind === 'admin' || allowedInNamespace(a.group, a.target, a.verb);
/** Signers whose certificates the API server takes for any user and group, `system:masters` included (not the kubelet client signer: node identities only). */
const CLIENT_SIGNERS = API_SERVER_SIGNERS.filter((x) => x !== 'kubernetes.io/kube-apiserver-client-kubelet');
/** `*` verbs on `*` resources in `*` groups, not narrowed: cluster-admin, or namespace admin through a RoleBinding. */
const isAdminRule = (r) => r.verbs.includes(ALL) && r.apiGroups.includes(ALL) && r.resources.includes(ALL) && r.resourceNames.length === 0;
const memo = new WeakMap();
/** The abilities one rule grants (memoized: roles are shared by many bindings). */
function ruleAbilities(rule) {
    let out = memo.get(rule);
    if (out)
        return out;
    out = [];
    if (isAdminRule(rule))
        out.push({ kind: 'admin', verb: ALL, resource: ALL, resourceIndex: rule.resources.indexOf(ALL), group: ALL, target: ALL, names: undefined });
    const narrowed = rule.resourceNames.length > 0;
    for (const d of ABILITIES) {
        if (narrowed && !d.named)
            continue;
        for (const check of d.checks) {
            const g = ruleGrants(rule, check);
            if (!g)
                continue;
            // list, watch and deletecollection never carry a name (ruleGrants knows create and deletecollection).
            out.push({ kind: d.kind, verb: g.verb, resource: rule.resources[g.resourceIndex], resourceIndex: g.resourceIndex, group: check.group, target: check.resource, names: narrowed ? rule.resourceNames : undefined });
            break;
        }
    }
    memo.set(rule, out);
    return out;
}
/** Whether the names an ability is narrowed to allow `name` (undefined: any name). */
const allowsName = (names, name) => names === undefined || names.includes(name);

;// CONCATENATED MODULE: ./lib/src/inventory/rbac/escalation.js


const CLUSTER_ADMIN = 'admin';
const q = (s) => `\`${s}\``;
const where = (ns) => (ns === undefined ? 'cluster-wide' : `in namespace ${q(ns)}`);
/** Power kinds only a cluster-wide grant gives. */
const CLUSTER_POWERS = new Set(['cluster-admin', 'impersonate-user', 'impersonate-group', 'pv-create', 'validating-webhook']);
/** How much a power weighs when ranking targets and choosing the worst permissions to name. */
const POWER_WEIGHT = {
    'cluster-admin': 100,
    'namespace-admin': 70,
    'impersonate-group': 65,
    'impersonate-user': 60,
    bind: 60,
    escalate: 60,
    tokens: 50,
    'run-pods': 50,
    'impersonate-sa': 50,
    exec: 45,
    secrets: 40,
    'validating-webhook': 40,
    'pv-create': 35,
};
class EscalationGraph {
    nodes = [];
    byKey = new Map();
    out = [];
    held = [];
    powers = [];
    bindingsHeld = [];
    rev;
    adminNext;
    engine;
    namespaces = new Set();
    accountsByNs = new Map();
    tokenSecrets = new Map();
    running = new Map();
    rolesByNs = new Map();
    pending = [];
    admin;
    constructor(input) {
        this.engine = input.engine;
        this.admin = this.add('ClusterAdmin', CLUSTER_ADMIN, undefined, 'cluster-admin equivalence');
        for (const ns of input.namespaces)
            this.namespaces.add(ns);
        for (const s of input.tokenSecrets)
            escalation_push(this.tokenSecrets, s.namespace, s);
        for (const r of input.running)
            escalation_push(this.running, r.namespace, r);
        for (const r of this.engine.roles)
            if (r.kind === 'Role' && r.namespace !== undefined)
                escalation_push(this.rolesByNs, r.namespace, r);
        for (const a of input.accounts)
            this.account(a.namespace, a.name);
        for (const s of input.tokenSecrets)
            this.account(s.namespace, s.account);
        for (const r of input.running)
            this.account(r.namespace, r.account);
        this.group('system:masters');
        for (const b of this.engine.bindings) {
            for (const s of b.subjects) {
                if (s.kind === 'ServiceAccount') {
                    const ns = s.namespace || (b.kind === 'RoleBinding' ? b.namespace : undefined);
                    if (ns)
                        this.account(ns, s.name);
                }
                else if (s.kind === 'User')
                    this.user(s.name);
                else if (s.kind === 'Group')
                    this.group(s.name);
            }
        }
        // Every namespace has its `default` account.
        for (const ns of [...this.namespaces])
            this.account(ns, 'default');
        this.settle();
    }
    /** Expands every node created and not yet expanded (expanding one can create more). */
    drain() {
        while (this.pending.length > 0) {
            const batch = this.pending;
            this.pending = [];
            for (const n of batch)
                this.expand(n);
        }
    }
    /** Expands the nodes created since (an account the set does not mention, asked for by name) and links the hubs. */
    settle() {
        if (this.pending.length > 0 || !this.settled)
            this.finishHubs();
        this.settled = true;
    }
    settled = false;
    // ---- nodes ----
    add(kind, key, namespace, label, name = key, role) {
        const existing = this.byKey.get(key);
        if (existing)
            return existing;
        const node = { index: this.nodes.length, key, kind, name, namespace, label, ...(role ? { role } : {}) };
        this.nodes.push(node);
        this.byKey.set(key, node);
        this.out.push([]);
        this.held.push(undefined);
        this.powers.push(undefined);
        this.bindingsHeld.push(undefined);
        this.rev = undefined;
        this.adminNext = undefined;
        if (kind !== 'Hub' && kind !== 'ClusterAdmin')
            this.pending.push(node);
        return node;
    }
    node(key) {
        return this.byKey.get(key);
    }
    /** The node of a ServiceAccount (created when the set does not mention it). */
    account(namespace, name) {
        const key = `sa:${namespace}/${name}`;
        const found = this.byKey.get(key);
        if (found)
            return found;
        const n = this.add('ServiceAccount', key, namespace, `ServiceAccount ${q(`${namespace}/${name}`)}`, name);
        escalation_push(this.accountsByNs, namespace, n);
        if (!this.namespaces.has(namespace)) {
            this.namespaces.add(namespace);
            if (name !== 'default')
                this.account(namespace, 'default');
        }
        const hub = this.byKey.get(`hub:accounts:${namespace}`);
        if (hub)
            this.link(hub, n);
        return n;
    }
    user(name) {
        const sa = parseServiceAccountUser(name);
        if (sa)
            return this.account(sa.namespace, sa.name);
        return this.add('User', `user:${name}`, undefined, `User ${q(name)}`, name);
    }
    group(name) {
        return this.add('Group', `group:${name}`, undefined, `Group ${q(name)}`, name);
    }
    /**
     * The node of a user with exactly these groups: a ServiceAccount's or a user's node when the groups
     * are those its token or impersonation gives, else a node of its own.
     */
    subject(u) {
        const sa = parseServiceAccountUser(u.user);
        const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
        if (sa && same(u.groups, serviceAccountGroups(sa.namespace)))
            return this.account(sa.namespace, sa.name);
        if (!sa && u.user !== '' && same(u.groups, ['system:authenticated']))
            return this.user(u.user);
        const groups = [...u.groups].sort();
        const label = `${u.user === '' ? 'a user' : `User ${q(u.user)}`} with groups ${groups.map(q).join(', ') || 'none'}`;
        const n = this.add('User', `as:${u.user}|${groups.join(',')}`, undefined, label, u.user);
        n.identity = { user: u.user === '' ? '\u0000' : u.user, groups };
        return n;
    }
    /** The identity of a node as the authorizer sees it. */
    static userOf(n) {
        if (n.identity)
            return n.identity;
        switch (n.kind) {
            case 'ServiceAccount':
                return { user: serviceAccountUser(n.namespace, n.name), groups: serviceAccountGroups(n.namespace) };
            case 'User':
                return { user: n.name, groups: ['system:authenticated'] };
            case 'Group':
                // A member of the group whose user name nobody binds: only the group's grants count.
                return { user: '\u0000', groups: [n.name, 'system:authenticated'] };
            default:
                return undefined;
        }
    }
    roleNode(role, namespace) {
        if (role.rules.some((r) => isAdminRule(r.rule))) {
            return namespace === undefined ? this.admin : this.namespaceAdmin(namespace);
        }
        const id = `${role.kind}/${role.namespace ?? ''}/${role.name}`;
        const label = role.kind === 'Role' ? `Role ${q(`${role.namespace}/${role.name}`)}` : `ClusterRole ${q(role.name)} ${where(namespace)}`;
        return this.add('Role', `role:${id}@${namespace ?? '*'}`, namespace, label, role.name, role);
    }
    namespaceAdmin(namespace) {
        return this.add('NamespaceAdmin', `nsadmin:${namespace}`, namespace, `any permission in namespace ${q(namespace)}`, namespace);
    }
    hub(kind, namespace) {
        const key = `hub:${kind}:${namespace ?? '*'}`;
        const found = this.byKey.get(key);
        if (found)
            return found;
        const h = this.add('Hub', key, namespace, key);
        if (namespace === undefined)
            return h; // filled by finishHubs
        if (kind === 'accounts')
            for (const a of this.accountsByNs.get(namespace) ?? [])
                this.link(h, a);
        if (kind === 'running') {
            const seen = new Set();
            for (const r of this.running.get(namespace) ?? []) {
                const a = this.account(namespace, r.account);
                if (seen.has(a))
                    continue;
                seen.add(a);
                this.link(h, a, `pods of ${r.label}`, r.object);
            }
        }
        if (kind === 'tokens')
            for (const s of this.tokenSecrets.get(namespace) ?? [])
                this.link(h, this.account(namespace, s.account), `Secret ${q(`${namespace}/${s.name}`)}`, s.object);
        return h;
    }
    /**
     * Cluster-wide hubs point at the hubs of every namespace, and the users and groups hubs at every
     * user and group; linking them can create nodes, whose expansion can create more, so repeat until
     * nothing changes.
     */
    finishHubs() {
        const linked = new Map();
        for (;;) {
            this.drain();
            let changed = false;
            const linkAll = (hubKey, targets) => {
                const h = this.byKey.get(hubKey);
                if (!h)
                    return;
                let done = linked.get(hubKey);
                if (!done)
                    linked.set(hubKey, (done = new Set()));
                for (const t of targets()) {
                    if (done.has(t.index))
                        continue;
                    done.add(t.index);
                    this.link(h, t);
                    changed = true;
                }
            };
            for (const kind of ['accounts', 'running', 'tokens'])
                linkAll(`hub:${kind}:*`, () => [...this.namespaces].sort().map((ns) => this.hub(kind, ns)));
            linkAll('hub:users:*', () => this.nodes.filter((n) => n.kind === 'User'));
            linkAll('hub:groups:*', () => this.nodes.filter((n) => n.kind === 'Group'));
            if (!changed && this.pending.length === 0)
                return;
        }
    }
    link(from, to, detail, detailObject) {
        this.out[from.index].push({ from: from.index, to: to.index, cost: 0, kind: 'member', action: '', grant: undefined, ...(detail ? { detail } : {}), ...(detailObject ? { detailObject } : {}) });
    }
    edge(from, to, kind, action, h) {
        if (from === to)
            return;
        this.out[from.index].push({ from: from.index, to: to.index, cost: 1, kind, action, grant: h?.grant });
    }
    // ---- what a node holds ----
    /** Every ability the node holds, with its scope and grant. */
    heldBy(n) {
        let h = this.held[n.index];
        if (h)
            return h;
        let out = [];
        const bindings = [];
        if (n.kind === 'Role')
            for (const r of n.role.rules)
                scoped(r, n.namespace, undefined, out);
        else if (n.kind === 'NamespaceAdmin')
            scoped(ANY_RULE, n.namespace, undefined, out);
        else {
            const user = EscalationGraph.userOf(n);
            if (user) {
                // Many subjects share a binding (every account has those of its groups): its abilities are read once.
                for (const er of this.engine.rulesFor(user)) {
                    if (bindings[bindings.length - 1] === er.binding)
                        continue;
                    bindings.push(er.binding);
                }
                const lists = bindings.map((b) => this.heldThrough(b));
                out = lists.length === 1 ? [...lists[0]] : lists.flat();
            }
        }
        this.held[n.index] = out;
        this.bindingsHeld[n.index] = bindings;
        return out;
    }
    byBinding = new Map();
    /** The abilities a binding grants its subjects, in its scope. */
    heldThrough(b) {
        let out = this.byBinding.get(b);
        if (!out) {
            out = [];
            for (const r of b.role?.rules ?? []) {
                // RoleBindings never grant non-resource access.
                if (b.kind === 'RoleBinding' && r.rule.nonResourceURLs.length > 0 && r.rule.resources.length === 0)
                    continue;
                scoped(r, b.kind === 'RoleBinding' ? b.namespace : undefined, b, out);
            }
            this.byBinding.set(b, out);
        }
        return out;
    }
    /** The bindings that grant the node its roles (for `escalate`). */
    bindingsOf(n) {
        this.heldBy(n);
        return this.bindingsHeld[n.index] ?? [];
    }
    /** What makes the node strong, worst first. */
    powersOf(n) {
        const p = this.powers[n.index];
        if (p)
            return p;
        if (n.kind === 'ClusterAdmin' || n.kind === 'Hub')
            return [];
        this.expand(n);
        return this.powers[n.index];
    }
    /** The node holds cluster-admin equivalence itself (not through another identity). */
    isAdminEquivalent(n) {
        return n === this.admin || this.powersOf(n).some((p) => p.kind === 'cluster-admin');
    }
    // ---- edges ----
    expand(n) {
        if (this.powers[n.index])
            return;
        const powers = [];
        this.powers[n.index] = powers;
        const held = this.heldBy(n);
        const byKind = new Map();
        for (const h of held)
            escalation_push(byKind, h.kind, h);
        const of = (k) => byKind.get(k) ?? [];
        const power = (kind, h, how = '', names = h.names, namespace = h.namespace) => {
            if (!powers.some((p) => p.kind === kind && p.namespace === namespace && sameNames(p.names, names)))
                powers.push({ kind, namespace, names, held: h, how });
        };
        const toAdmin = (h, action, how) => {
            this.edge(n, this.admin, 'admin', action, h);
            power('cluster-admin', h, how, undefined, undefined);
        };
        if (n.kind === 'Group' && n.name === 'system:masters') {
            this.out[n.index].push({ from: n.index, to: this.admin.index, cost: 1, kind: 'admin', action: `members of group ${q('system:masters')} bypass authorization`, grant: undefined });
        }
        // Cluster-admin equivalence.
        for (const h of of('admin')) {
            if (h.namespace === undefined)
                toAdmin(h, `hold ${q('*')} on ${q('*')} cluster-wide`, `do anything: ${q('*')} verbs on ${q('*')} resources cluster-wide`);
            else
                power('namespace-admin', h);
        }
        // A mutating webhook rewrites any object (a privileged container into every pod); a validating one
        // sees every write and can refuse it, but grants its author nothing by itself.
        // Creating one needs nothing else; updating one needs a configuration to exist, so the
        // unconditional ways are named first.
        const mutating = of('mutating-webhook');
        const mwc = mutating.find((h) => h.verb === 'create') ?? mutating[0];
        const webhook = (h) => {
            const what = `${h.verb} ${h.names ? `MutatingWebhookConfiguration ${list(h.names)}` : q(h.target)}`;
            toAdmin(h, `${what}, whose webhooks rewrite every object written`, `${what}, whose webhooks rewrite every object written (a privileged container into any pod)`);
        };
        if (mwc?.verb === 'create')
            webhook(mwc);
        for (const h of of('validating-webhook').slice(0, 1))
            power('validating-webhook', h);
        for (const h of of('nodes-proxy').slice(0, 1))
            toAdmin(h, `${h.verb} ${q('nodes/proxy')}, the kubelet API that runs commands in every pod`, `${h.verb} ${q('nodes/proxy')}, the kubelet API that runs commands in every pod of every node`);
        if (mwc && mwc.verb !== 'create')
            webhook(mwc);
        const signer = of('signer-approve').find((h) => h.names === undefined || h.names.some((x) => CLIENT_SIGNERS.includes(x)));
        const csrCreate = of('csr-create')[0];
        const csrApprove = of('csr-approve')[0];
        if (signer && csrCreate && csrApprove) {
            toAdmin(csrApprove, `create and approve a client certificate for group ${q('system:masters')} (${q('certificatesigningrequests/approval')} and ${q('approve')} on ${q('signers')})`, `create and approve a client certificate for any user and group, ${q('system:masters')} included`);
        }
        // Cluster-admin equivalence covers every other power, and paths never go on from here but to it.
        if (powers.some((p) => p.kind === 'cluster-admin')) {
            powers.sort((a, b) => POWER_WEIGHT[b.kind] - POWER_WEIGHT[a.kind]);
            return;
        }
        // Pods: run as any account of the namespace.
        for (const h of of('pod-run')) {
            power('run-pods', h, '', undefined);
            this.edge(n, this.hub('accounts', h.namespace), 'run', `${h.verb} ${q(h.target)} ${where(h.namespace)}`, h);
        }
        for (const h of of('pod-exec')) {
            power('exec', h);
            const action = `${execPhrase(h)} ${where(h.namespace)}`;
            if (h.names === undefined)
                this.edge(n, this.hub('running', h.namespace), 'exec', action, h);
            else
                for (const r of this.runningNamed(h.namespace, h.names))
                    this.edge(n, this.account(r.namespace, r.account), 'exec', `${action} (pod ${q(r.podName)})`, h);
        }
        // Tokens.
        for (const h of of('token-create')) {
            power('tokens', h);
            const action = `create ${q('serviceaccounts/token')} ${where(h.namespace)}`;
            if (h.names === undefined)
                this.edge(n, this.hub('accounts', h.namespace), 'token', action, h);
            else
                for (const ns of this.scopeNamespaces(h.namespace))
                    for (const name of h.names)
                        this.edge(n, this.account(ns, name), 'token', `create ${q('serviceaccounts/token')} for ${q(name)} ${where(h.namespace)}`, h);
        }
        for (const h of [...of('secrets-list'), ...of('secrets-get')]) {
            power('secrets', h);
            const action = `${h.verb} ${q('secrets')} ${where(h.namespace)}`;
            if (h.names === undefined)
                this.edge(n, this.hub('tokens', h.namespace), 'secret', action, h);
            else {
                for (const ns of this.scopeNamespaces(h.namespace)) {
                    for (const s of this.tokenSecrets.get(ns) ?? []) {
                        if (h.names.includes(s.name))
                            this.edge(n, this.account(ns, s.account), 'secret', `${h.verb} Secret ${q(`${ns}/${s.name}`)}, a token`, h);
                    }
                }
            }
        }
        // Impersonation.
        for (const h of of('impersonate-sa')) {
            power('impersonate-sa', h);
            const action = `impersonate ${q('serviceaccounts')} ${where(h.namespace)}`;
            if (h.names === undefined)
                this.edge(n, this.hub('accounts', h.namespace), 'impersonate', action, h);
            else
                for (const ns of this.scopeNamespaces(h.namespace))
                    for (const name of h.names)
                        this.edge(n, this.account(ns, name), 'impersonate', action, h);
        }
        const users = of('impersonate-user');
        for (const h of users) {
            power('impersonate-user', h);
            if (h.names === undefined)
                this.edge(n, this.hub('users', undefined), 'impersonate', `impersonate ${q('users')}`, h);
            else
                for (const name of h.names)
                    if (!parseServiceAccountUser(name))
                        this.edge(n, this.user(name), 'impersonate', `impersonate user ${q(name)}`, h);
        }
        // Impersonating a group needs a user to impersonate with it.
        if (users.length > 0 || of('impersonate-sa').length > 0) {
            for (const h of of('impersonate-group')) {
                power('impersonate-group', h);
                if (h.names === undefined)
                    this.edge(n, this.hub('groups', undefined), 'impersonate', `impersonate ${q('groups')}`, h);
                else
                    for (const name of h.names)
                        this.edge(n, this.group(name), 'impersonate', `impersonate group ${q(name)}`, h);
            }
        }
        this.bindEdges(n, of, power);
        this.escalateEdges(n, of, power);
        for (const h of of('pv-create').slice(0, 1))
            power('pv-create', h);
        powers.sort((a, b) => POWER_WEIGHT[b.kind] - POWER_WEIGHT[a.kind] || (a.namespace === undefined ? 0 : 1) - (b.namespace === undefined ? 0 : 1));
    }
    /** `bind` on a role plus writing a binding: the subject binds the role to itself. */
    bindEdges(n, of, power) {
        const bindCR = of('bind-clusterrole');
        const bindR = of('bind-role');
        if (bindCR.length === 0 && bindR.length === 0)
            return;
        // Cluster-wide: bind a ClusterRole with a ClusterRoleBinding.
        const crbCreate = of('crb-create')[0];
        const crbUpdate = of('crb-update');
        for (const b of bindCR.filter((h) => h.namespace === undefined)) {
            const targets = this.bindable(b, undefined, crbCreate !== undefined, crbUpdate);
            if (targets.length > 0)
                power('bind', b, '', b.names, undefined);
            for (const r of targets) {
                const t = this.roleNode(r, undefined);
                // Binding an admin-equivalent ClusterRole to itself makes the subject cluster-admin equivalent.
                if (t === this.admin)
                    power('cluster-admin', b, `bind ClusterRole ${q(r.name)} to itself cluster-wide`, undefined, undefined);
                this.edge(n, t, 'bind', `bind ClusterRole ${q(r.name)} with a ClusterRoleBinding`, b);
            }
        }
        // In a namespace: bind a Role of it, or a ClusterRole, with a RoleBinding.
        const rbCreate = of('rb-create');
        const rbUpdate = of('rb-update');
        if (rbCreate.length === 0 && rbUpdate.length === 0)
            return;
        const namespaces = new Set();
        for (const h of [...rbCreate, ...rbUpdate])
            for (const ns of this.scopeNamespaces(h.namespace))
                namespaces.add(ns);
        for (const ns of [...namespaces].sort()) {
            const covers = (h) => h.namespace === undefined || h.namespace === ns;
            const create = rbCreate.some(covers);
            const update = rbUpdate.filter(covers);
            for (const b of bindCR.filter(covers)) {
                const targets = this.bindable(b, ns, create, update);
                if (targets.length > 0)
                    power('bind', b, '', b.names, b.namespace);
                for (const r of targets)
                    this.edge(n, this.roleNode(r, ns), 'bind', `bind ClusterRole ${q(r.name)} in namespace ${q(ns)}`, b);
            }
            for (const b of bindR.filter(covers)) {
                const targets = this.bindable(b, ns, create, update, true);
                if (targets.length > 0)
                    power('bind', b, '', b.names, b.namespace);
                for (const r of targets)
                    this.edge(n, this.roleNode(r, ns), 'bind', `bind Role ${q(`${ns}/${r.name}`)}`, b);
            }
        }
    }
    /**
     * Roles a `bind` grant lets the subject bind to itself in `namespace` (undefined: cluster-wide): any
     * it names when it may create bindings (without names, ClusterRole `cluster-admin`, present in every
     * cluster, stands for all ClusterRoles); when it may only update bindings, the roles of the bindings
     * it may update.
     */
    bindable(b, namespace, create, update, roles = false) {
        if (create) {
            if (roles)
                return (this.rolesByNs.get(namespace) ?? []).filter((r) => allowsName(b.names, r.name));
            if (b.names !== undefined)
                return b.names.map((name) => this.engine.clusterRole(name)).filter((r) => r !== undefined);
            const admin = this.engine.clusterRole('cluster-admin');
            return admin ? [admin] : this.engine.roles.filter((r) => r.kind === 'ClusterRole');
        }
        if (update.length === 0)
            return [];
        // Updating an existing binding (to add oneself) keeps its roleRef: the roles of the bindings it may update.
        const kind = namespace === undefined ? 'ClusterRoleBinding' : 'RoleBinding';
        const refs = new Set();
        for (const x of this.engine.bindings) {
            if (x.kind !== kind || (namespace !== undefined && x.namespace !== namespace) || !x.role)
                continue;
            if ((x.role.kind === 'Role') !== roles || !allowsName(b.names, x.role.name))
                continue;
            if (update.some((u) => allowsName(u.names, x.name)))
                refs.add(x.role);
        }
        return [...refs];
    }
    /** `escalate` plus update on a role bound to the subject: it can write any permission into it. */
    escalateEdges(n, of, power) {
        const escR = of('escalate-role');
        const escCR = of('escalate-clusterrole');
        if (escR.length === 0 && escCR.length === 0)
            return;
        const wR = of('write-role');
        const wCR = of('write-clusterrole');
        for (const b of this.bindingsOf(n)) {
            const role = b.role;
            if (!role || role.aggregation !== undefined)
                continue; // the aggregation controller rewrites its rules
            const scope = b.kind === 'ClusterRoleBinding' ? undefined : b.namespace;
            const ok = (hs, ns) => hs.find((h) => (h.namespace === undefined || h.namespace === ns) && allowsName(h.names, role.name));
            let esc;
            if (role.kind === 'Role')
                esc = ok(escR, role.namespace) && ok(wR, role.namespace) ? ok(escR, role.namespace) : undefined;
            else
                esc = ok(escCR, undefined) && ok(wCR, undefined) ? ok(escCR, undefined) : undefined;
            if (!esc)
                continue;
            const label = role.kind === 'Role' ? `Role ${q(`${role.namespace}/${role.name}`)}` : `ClusterRole ${q(role.name)}`;
            const target = scope === undefined ? this.admin : this.namespaceAdmin(scope);
            power('escalate', esc, '', undefined, scope);
            if (target === this.admin)
                power('cluster-admin', esc, `${q('escalate')} and update ${label}, bound to it cluster-wide, and so write any permission into it`, undefined, undefined);
            this.edge(n, target, 'escalate', `${q('escalate')} and update ${label}, which ${b.kind === 'ClusterRoleBinding' ? 'ClusterRoleBinding' : 'RoleBinding'} ${q(b.namespace ? `${b.namespace}/${b.name}` : b.name)} grants it`, esc);
        }
    }
    scopeNamespaces(ns) {
        return ns === undefined ? [...this.namespaces].sort() : [ns];
    }
    runningNamed(ns, names) {
        const out = [];
        for (const n of this.scopeNamespaces(ns))
            for (const r of this.running.get(n) ?? [])
                if (r.podName !== undefined && names.includes(r.podName))
                    out.push(r);
        return out;
    }
    // ---- paths ----
    edgesFrom(n) {
        return this.out[n.index];
    }
    reverse() {
        if (!this.rev) {
            const rev = this.nodes.map(() => []);
            for (const es of this.out)
                for (const e of es)
                    rev[e.to].push(e);
            this.rev = rev;
        }
        return this.rev;
    }
    /**
     * Shortest distances (steps) from the roots, with the edge each node was reached by; 0-1 BFS. The
     * arrays are reused from search to search (a stamp marks what this one set), and only the nodes
     * it reached are listed, so a search costs what it visits, not the size of the graph.
     */
    search(roots, reverse, stopAtAdmin, own = false, base) {
        const n = this.nodes.length;
        let s = own ? undefined : this.scratch;
        if (!s || s.stamp.length < n) {
            s = { stamp: new Uint32Array(n), gen: 0, dist: new Int32Array(n), via: new Array(n), touched: [], before: new Array(n) };
            if (!own)
                this.scratch = s;
        }
        const search = s;
        search.gen++;
        search.touched = [];
        const gen = search.gen;
        const { stamp, dist, via, touched, before } = search;
        const adj = reverse ? this.reverse() : this.out;
        const adminEq = this.adminFlags();
        const admin = this.admin.index;
        let bucket = [];
        for (const r of roots)
            if (stamp[r.index] !== gen) {
                stamp[r.index] = gen;
                dist[r.index] = 0;
                via[r.index] = undefined;
                before[r.index] = base;
                touched.push(r.index);
                bucket.push(r.index);
            }
        for (let d = 0; bucket.length > 0; d++) {
            const next = [];
            for (let i = 0; i < bucket.length; i++) {
                const u = bucket[i];
                if (dist[u] !== d)
                    continue;
                if (stopAtAdmin && u === admin)
                    continue;
                // Past an identity that is cluster-admin equivalent, only its step to equivalence counts: it covers every other gain.
                const onlyAdmin = stopAtAdmin && d > 0 && adminEq[u] === 1;
                // With `base`: an identity that adds nothing to what the path already holds leads nowhere new.
                let acc = before[u];
                if (base && d > 0 && this.nodes[u].kind !== 'Hub') {
                    const own = this.powersOf(this.nodes[u]);
                    if (!onlyAdmin && !own.some((p) => adds(acc, p)))
                        continue;
                    acc = [...acc, ...own];
                }
                for (const e of adj[u]) {
                    if (onlyAdmin && e.to !== admin)
                        continue;
                    const v = reverse ? e.from : e.to;
                    const nd = d + e.cost;
                    if (stamp[v] === gen && dist[v] <= nd)
                        continue;
                    if (stamp[v] !== gen) {
                        stamp[v] = gen;
                        touched.push(v);
                    }
                    dist[v] = nd;
                    via[v] = e;
                    before[v] = acc;
                    // Hub hops cost nothing: the node joins the bucket being walked.
                    if (e.cost === 0)
                        bucket.push(v);
                    else
                        next.push(v);
                }
            }
            bucket = next;
        }
        return search;
    }
    scratch;
    adminEq;
    /** For each node, 1 when it is cluster-admin equivalent itself. */
    adminFlags() {
        if (!this.adminEq || this.adminEq.length < this.nodes.length) {
            const f = new Uint8Array(this.nodes.length);
            for (const n of this.nodes)
                if (n !== this.admin && this.isAdminEquivalent(n))
                    f[n.index] = 1;
            this.adminEq = f;
        }
        return this.adminEq;
    }
    /** Steps from a BFS tree: hub hops folded into the step that enters the hub. */
    stepsTo(target, via, reverse) {
        const edges = [];
        if (reverse) {
            let e = via[target];
            while (e) {
                edges.push(e);
                e = via[e.to];
            }
        }
        else {
            let e = via[target];
            while (e) {
                edges.unshift(e);
                e = via[e.from];
            }
        }
        const steps = [];
        for (const e of edges) {
            const to = this.nodes[e.to];
            if (e.cost === 0) {
                const last = steps[steps.length - 1];
                if (!last)
                    continue;
                last.to = to;
                if (e.detail) {
                    last.detail = e.detail;
                    if (e.detailObject)
                        last.detailObject = e.detailObject;
                }
                continue;
            }
            steps.push({ kind: e.kind, action: e.action, to, grant: e.grant });
        }
        return steps;
    }
    /**
     * Shortest paths from the roots (identities held at once, e.g. a workload's account and the tokens it
     * mounts) to every stronger identity: one holding a power that neither the roots nor the identities
     * the path goes through hold (the subject holds those too by then; past an identity that adds
     * nothing, the search does not go on). Worst first. With
     * `worst`, a path to cluster-admin equivalence, when there is one, is the only one returned (it
     * covers every other gain).
     */
    pathsFrom(roots, options = {}) {
        if (roots.length === 0)
            return [];
        const base = roots.flatMap((r) => this.powersOf(r));
        this.settle();
        if (base.some((p) => p.kind === 'cluster-admin'))
            return [];
        if (options.worst) {
            const a = this.adminDistances();
            let best;
            for (const r of roots)
                if (a.stamp[r.index] === a.gen && (!best || a.dist[r.index] < a.dist[best.index]))
                    best = r;
            if (best) {
                const steps = this.stepsTo(best.index, a.via, true);
                return [{ from: best, to: this.admin, steps, gain: [ADMIN_GAIN(steps)] }];
            }
        }
        const found = this.search(roots, false, true, false, base);
        const adminEq = this.adminFlags();
        const out = [];
        for (const i of found.touched) {
            if (found.dist[i] === 0)
                continue;
            const t = this.nodes[i];
            // Hubs are no identities; an identity that is cluster-admin equivalent is shown by the path through it to equivalence.
            if (t.kind === 'Hub' || adminEq[i] === 1)
                continue;
            // What it adds to the start and to every identity the path went through (which the subject holds too by then).
            const gain = t === this.admin ? [] : this.powersOf(t).filter((p) => adds(found.before[i], p));
            if (t !== this.admin && gain.length === 0)
                continue;
            const steps = this.stepsTo(i, found.via, false);
            if (steps.length === 0)
                continue;
            out.push({ from: this.nodes[this.rootOf(i, found.via)], to: t, steps, gain: t === this.admin ? [ADMIN_GAIN(steps)] : gain });
        }
        return out.sort(comparePaths);
    }
    rootOf(i, via) {
        let cur = i;
        for (let e = via[cur]; e; e = via[cur])
            cur = e.from;
        return cur;
    }
    /** Distance of every node to cluster-admin equivalence, and the next edge on a shortest path (kept). */
    adminDistances() {
        if (!this.adminNext)
            this.adminNext = this.search([this.admin], true, false, true);
        return this.adminNext;
    }
    /**
     * For every node that can reach one of the holders (but is none), the shortest path to one:
     * `who-can --paths`. Cluster-admin equivalence holds every permission.
     */
    pathsTo(holders) {
        this.settle();
        const set = new Set([...holders, this.admin]);
        const found = this.search([...set], true, false);
        const out = [];
        for (const i of found.touched) {
            const n = this.nodes[i];
            if (found.dist[i] === 0 || set.has(n) || !(n.kind === 'ServiceAccount' || n.kind === 'User' || n.kind === 'Group'))
                continue;
            const steps = this.stepsTo(i, found.via, true);
            if (steps.length === 0)
                continue;
            out.push({ from: n, to: steps[steps.length - 1].to, steps, gain: [] });
        }
        return out.sort((a, b) => a.steps.length - b.steps.length || cmp(a.from.label, b.from.label));
    }
}
/** The abilities of one rule in a scope (a RoleBinding's namespace, or cluster-wide), appended to `out`. */
function scoped(rule, namespace, binding, out) {
    for (const a of ruleAbilities(rule.rule)) {
        // RoleBindings grant nothing on cluster-scoped resources.
        if (namespace !== undefined && !grantedInNamespace(a))
            continue;
        out.push({ ...a, namespace, grant: { binding, rule, resourceIndex: a.resourceIndex } });
    }
}
/** What a subject holds where it can write any permission into a role bound to it. */
const ANY_ROLE = { kind: 'ClusterRole', namespace: undefined, name: '(any permission)', object: undefined, builtin: true, labels: {}, ownRules: [], aggregation: undefined, rules: [] };
const ANY_RULE = { rule: { verbs: ['*'], apiGroups: ['*'], resources: ['*'], resourceNames: [], nonResourceURLs: [] }, origin: ANY_ROLE, index: 0 };
const EXEC_VERB = {
    'pods/exec': `exec into ${q('pods')}`,
    'pods/attach': `attach to ${q('pods')}`,
    'pods/ephemeralcontainers': `add ephemeral containers to ${q('pods')}`,
    pods: `update ${q('pods')} (swap an image)`,
};
/** "exec into `pods`"; through `get` (what WebSocket clients are checked for), says so, since the rule reads like read access. */
function execPhrase(h) {
    const what = EXEC_VERB[h.target] ?? `${h.verb} ${q(h.target)}`;
    return h.verb === 'get' && (h.target === 'pods/exec' || h.target === 'pods/attach') ? `${what} over a WebSocket (${q('get')} on ${q(h.target)})` : what;
}
const ADMIN_GAIN = (steps) => ({
    kind: 'cluster-admin',
    namespace: undefined,
    names: undefined,
    held: { kind: 'admin', verb: '*', resource: '*', resourceIndex: 0, group: '*', target: '*', names: undefined, namespace: undefined, grant: steps[steps.length - 1]?.grant ?? { binding: undefined, rule: { rule: { verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [] }, origin: ANY_ROLE, index: 0 }, resourceIndex: 0 } },
    how: 'do anything, as cluster-admin does',
});
/** Whether the powers already held cover a power (cluster-wide covers any namespace; no names cover any names). */
function covered(base, p) {
    if (base.some((b) => b.kind === 'cluster-admin'))
        return true;
    if (p.kind === 'cluster-admin')
        return false;
    if (p.namespace !== undefined && !CLUSTER_POWERS.has(p.kind) && base.some((b) => b.kind === 'namespace-admin' && b.namespace === p.namespace))
        return true;
    return base.some((b) => b.kind === p.kind &&
        (b.namespace === undefined || b.namespace === p.namespace) &&
        (b.names === undefined || (p.names !== undefined && p.names.every((x) => b.names.includes(x)))));
}
/**
 * What a pod creator holds already where it runs pods: a pod runs as any ServiceAccount of its
 * namespace and mounts any Secret of it, so minting tokens, reading Secrets, impersonating accounts
 * or exec into running pods there reaches no identity it could not become.
 */
const RUN_COVERS = new Set(['tokens', 'secrets', 'impersonate-sa', 'exec']);
const SAME_REACH = { tokens: 'impersonate-sa', 'impersonate-sa': 'tokens' };
/**
 * Whether an identity holding `p` is stronger than what the path holds (`base`): `p` is not
 * covered, and it reaches identities the path could not (a pod creator's namespace is no gain).
 */
function adds(base, p) {
    if (covered(base, p))
        return false;
    // Minting tokens for accounts and impersonating them reach the same identities.
    const twin = SAME_REACH[p.kind];
    if (twin && covered(base.filter((b) => b.kind === twin).map((b) => ({ ...b, kind: p.kind })), p))
        return false;
    return !(RUN_COVERS.has(p.kind) && base.some((b) => b.kind === 'run-pods' && (b.namespace === undefined || b.namespace === p.namespace)));
}
function comparePaths(a, b) {
    const w = (p) => Math.max(...p.gain.map((g) => POWER_WEIGHT[g.kind] + (g.namespace === undefined ? 5 : 0)));
    return w(b) - w(a) || a.steps.length - b.steps.length || cmp(a.to.label, b.to.label);
}
const sameNames = (a, b) => a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function escalation_push(m, k, v) {
    const a = m.get(k);
    if (a)
        a.push(v);
    else
        m.set(k, [v]);
}
const list = (names) => names.map(q).join(', ');
const and = (xs) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
/** What a power lets its holder do, as a phrase: "create `pods` in namespace `shop` (so run pods as any of its ServiceAccounts)". */
function powerPhrase(p, namespaces) {
    const h = p.held;
    const at = namespaces && namespaces.length > 1 ? `in namespaces ${and(namespaces.map(q))}` : where(p.namespace);
    switch (p.kind) {
        case 'cluster-admin':
            return p.how;
        case 'namespace-admin':
            return `do anything ${at}`;
        case 'run-pods':
            return `${h.verb} ${q(h.target)} ${at}, so run pods as any ServiceAccount ${p.namespace === undefined ? 'of any namespace' : 'there'}`;
        case 'exec':
            return `${execPhrase(h)} ${at}${p.names ? ` (${list(p.names)})` : ''}, so act as the accounts of running pods`;
        case 'tokens':
            return `create tokens for ${p.names ? `ServiceAccount ${list(p.names)}` : 'any ServiceAccount'} ${at}`;
        case 'secrets':
            return `${h.verb} ${p.names ? `Secret ${list(p.names)}` : q('secrets')} ${at}`;
        case 'impersonate-sa':
            return `impersonate ${p.names ? `ServiceAccount ${list(p.names)}` : 'any ServiceAccount'} ${at}`;
        case 'impersonate-user':
            return `impersonate ${p.names ? `user ${list(p.names)}` : 'any user'}`;
        case 'impersonate-group':
            return `impersonate ${p.names ? `group ${list(p.names)}` : 'any group'}`;
        case 'bind':
            return `bind ${p.names ? `role ${list(p.names)}` : 'any role'} to itself ${at}`;
        case 'escalate':
            return `write any permission into a role bound to it ${at}`;
        case 'validating-webhook':
            return `${h.verb} ${q('validatingwebhookconfigurations')}, so see every write request and refuse any`;
        case 'pv-create':
            return `create ${q('persistentvolumes')} (a ${q('hostPath')} volume reaches a node's disk)`;
    }
}
/** Where a grant is written: the rule entry in the role, else the binding's roleRef (a built-in role); undefined when both are built in. */
function grantAt(g) {
    if (!g)
        return undefined;
    const role = g.rule.origin;
    if (role.object)
        return { object: role.object, path: ['rules', g.rule.index, 'resources', g.resourceIndex] };
    if (g.binding?.object)
        return { object: g.binding.object, path: ['roleRef', 'name'] };
    return undefined;
}
/**
 * "ClusterRoleBinding `x`, ClusterRole `y`": where a grant comes from (and the role aggregated into
 * it). `more`: other bindings of the same kind and role that grant the same rule elsewhere
 * ("RoleBindings `a/x`, `b/x`, ClusterRole `y`").
 */
function grantPhrase(g, withOrigin = true, more = []) {
    const name = (x) => q(x.namespace ? `${x.namespace}/${x.name}` : x.name);
    const origin = g.rule.origin;
    const bound = g.binding?.role ?? origin;
    const parts = [];
    const others = more.flatMap((m) => (m.binding && m.binding !== g.binding ? [m.binding] : []));
    if (g.binding)
        parts.push(`${g.binding.kind}${others.length > 0 ? 's' : ''} ${[g.binding, ...others].map(name).join(', ')}`);
    if (bound !== ANY_ROLE)
        parts.push(`${bound.kind} ${name(bound)}`);
    if (withOrigin && origin !== bound && origin !== ANY_ROLE)
        parts.push(`rule of ${origin.kind} ${name(origin)}`);
    return parts.join(', ');
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./lib/src/inventory/glob.js
/** Globs in the configuration (`knownServiceAccounts`, `ignore:`, `paths.exclude`), matched with glob's own matcher. */

const GLOB_OPTIONS = { dot: true, nocomment: true, nonegate: true };
const compiled = new Map();
/**
 * Whether `value` matches `glob`, as `glob` (the file walker) matches paths: `*` within a part
 * between slashes, `**` across parts, `?`, `[...]` and `{a,b}`. Dotfiles are not special.
 * Patterns are compiled once (configurations hold a few, checked against every finding or file).
 */
function matchesGlob(glob, value) {
    let m = compiled.get(glob);
    if (!m) {
        m = new esm/* Minimatch */.VR(glob, GLOB_OPTIONS);
        if (compiled.size > 10_000)
            compiled.clear();
        compiled.set(glob, m);
    }
    return m.match(value);
}

;// CONCATENATED MODULE: ./lib/src/inventory/inventory.js











const SA_TOKEN_SECRET_TYPE = 'kubernetes.io/service-account-token';
const accountKey = (a) => `${a.namespace}/${a.name}`;
class Inventory {
    load;
    options;
    reader = new FieldReader();
    objects;
    documents;
    workloads = [];
    byKind = new Map();
    byName = new Map();
    workloadByObject = new Map();
    uses = new Map();
    known;
    engine;
    graph;
    identities;
    constructor(load, options = {}) {
        this.load = load;
        this.options = options;
        this.objects = load.objects;
        this.documents = load.documents;
        this.known = options.knownServiceAccounts ?? [];
        for (const o of load.objects) {
            const k = (0,kinds.gk)(o.ref.group, o.ref.kind);
            inventory_push(this.byKind, k, o);
            inventory_push(this.byName, `${k}|${o.ref.namespace ?? ''}|${o.ref.name}`, o);
        }
        // One object that saguard fails on (a bug) must not lose the rest of the scan: it is recorded,
        // and reported as an `unscanned-input` finding on the object.
        const isolated = (o, index) => {
            try {
                index(o);
            }
            catch (e) {
                this.failures.push({ object: o, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
            }
        };
        for (const o of load.objects)
            isolated(o, (x) => this.indexObject(x));
        // Calico policies use accounts by name and by label, in namespaces only known once all is indexed.
        for (const o of load.objects)
            if (isCalicoPolicy(o))
                isolated(o, (x) => this.indexCalicoUses(x));
    }
    /** Objects the inventory failed to index (a bug in saguard), with the error. */
    failures = [];
    calico = new Map();
    /** The Calico policy read from a NetworkPolicy or GlobalNetworkPolicy object. */
    calicoPolicyOf(o) {
        let p = this.calico.get(o.id);
        if (!p) {
            p = readCalicoPolicy(o, this.reader);
            this.calico.set(o.id, p);
        }
        return p;
    }
    nsViews;
    /** Every namespace the set mentions, with its labels when its Namespace object is there. */
    get namespaces() {
        if (!this.nsViews) {
            const views = new Map();
            for (const n of this.ofKind('', 'Namespace'))
                views.set(n.ref.name, { name: n.ref.name, labelsKnown: true, labels: this.reader.stringMap(n, ['metadata', 'labels']) });
            for (const o of this.objects) {
                const ns = o.ref.namespace;
                if (ns && !views.has(ns))
                    views.set(ns, { name: ns, labelsKnown: false, labels: {} });
            }
            this.nsViews = [...views.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        }
        return this.nsViews;
    }
    /**
     * The ServiceAccounts of a namespace as Calico's ServiceAccount selectors see them: their labels
     * plus `projectcalico.org/name`. The `default` account is always there (created by Kubernetes).
     */
    accountsIn(namespace) {
        let out = this.accountsByNs?.get(namespace);
        if (out)
            return out;
        if (!this.saByNs) {
            this.saByNs = new Map();
            for (const a of this.ofKind('', 'ServiceAccount'))
                inventory_push(this.saByNs, a.ref.namespace ?? '', a);
        }
        // Labels are read here, on first use, so that only namespaces a question reaches can raise field-type issues.
        out = (this.saByNs.get(namespace) ?? []).map((a) => ({ name: a.ref.name, labels: { ...this.reader.stringMap(a, ['metadata', 'labels']), 'projectcalico.org/name': a.ref.name }, object: a }));
        if (!out.some((a) => a.name === 'default'))
            out.push({ name: 'default', labels: { 'projectcalico.org/name': 'default' }, object: undefined });
        (this.accountsByNs ??= new Map()).set(namespace, out);
        return out;
    }
    saByNs;
    accountsByNs;
    indexCalicoUses(o) {
        const p = this.calicoPolicyOf(o);
        const useAll = (scope, match, path) => {
            for (const ns of scope.namespaces) {
                for (const a of this.accountsIn(ns.name))
                    if (a.object && match(a))
                        this.addUse({ namespace: ns.name, name: a.name }, { kind: 'policy', object: o, path });
            }
        };
        if (p.serviceAccountSelector?.selector) {
            const sel = p.serviceAccountSelector.selector;
            useAll(accountScope(p, p.namespaceSelector, this.namespaces), (a) => evaluate(sel, a.labels), p.serviceAccountSelector.path);
        }
        for (const r of p.rules) {
            if (!r.hasServiceAccounts)
                continue;
            const scope = accountScope(p, r.namespaceSelector, this.namespaces);
            const names = new Set(r.names.map((n) => n.name));
            const sel = r.serviceAccountsSelector?.selector;
            useAll(scope, (a) => (names.size === 0 || names.has(a.name)) && (!sel || evaluate(sel, a.labels)) && (names.size > 0 || !!sel), r.path);
        }
    }
    /** The RBAC engine over the set (and the built-ins unless disabled), built on first use. */
    get rbac() {
        this.engine ??= new RbacEngine(this.objects, this.reader, { builtins: this.options.builtins !== false });
        return this.engine;
    }
    /** The "can act as" graph over the set (SPEC §3.4), built on first use. */
    get escalation() {
        if (!this.graph) {
            const sa = (o) => this.reader.string(o, ['metadata', 'annotations', 'kubernetes.io/service-account.name']);
            this.graph = new EscalationGraph({
                engine: this.rbac,
                namespaces: this.namespaces.map((n) => n.name),
                accounts: [...this.ofKind('', 'ServiceAccount').map((o) => ({ namespace: o.ref.namespace ?? 'default', name: o.ref.name })), ...this.workloads.map((w) => w.account)],
                running: this.workloads
                    .filter((w) => this.apiTokenMounted(w))
                    .map((w) => ({
                    namespace: w.account.namespace,
                    account: w.account.name,
                    object: w.object,
                    label: `${w.object.ref.kind} \`${w.account.namespace}/${w.object.ref.name}\``,
                    podName: w.object.ref.kind === 'Pod' && w.object.ref.group === '' ? w.object.ref.name : undefined,
                })),
                tokenSecrets: this.ofKind('', 'Secret')
                    .filter((o) => o.ref.namespace && this.isLegacyTokenSecret(o) && sa(o))
                    .map((o) => ({ namespace: o.ref.namespace, name: o.ref.name, account: sa(o), object: o })),
            });
        }
        return this.graph;
    }
    /** The legacy token Secrets of the set that the workload reads (volumes, projected sources, env, envFrom). */
    tokenSecretRefs(w) {
        const ns = w.account.namespace;
        const out = [];
        const add = (via, name, path, more) => {
            const secret = this.secret(ns, name);
            if (!secret || !this.isLegacyTokenSecret(secret))
                return;
            const account = this.reader.string(secret, ['metadata', 'annotations', 'kubernetes.io/service-account.name']) ?? '?';
            out.push({ via, path, secret, account: { namespace: ns, name: account }, ...more });
        };
        for (const v of w.pod.volumes)
            for (const s of v.secrets)
                add('volume', s.name, s.path, { volume: v.name ?? '?' });
        for (const c of w.pod.containers) {
            for (const e of c.env)
                if (e.secretRef)
                    add('env', e.secretRef.name, e.secretRef.path, { variable: e.name ?? '?', container: c.name ?? '?' });
            for (const e of c.envFrom)
                if (e.secretRef)
                    add('envFrom', e.secretRef.name, e.secretRef.path, { container: c.name ?? '?' });
        }
        return out;
    }
    /**
     * Whether the workload's containers can use an API token of its account: the automounted one, or a
     * projected `serviceAccountToken` without an `audience` (the API server's) in a mounted volume.
     */
    apiTokenMounted(w) {
        if (w.token.mounted)
            return true;
        const mounted = new Set(w.pod.containers.flatMap((c) => c.volumeMounts.map((m) => m.name)));
        return w.pod.volumes.some((v) => v.name !== undefined && mounted.has(v.name) && v.tokens.some((t) => t.audience === undefined));
    }
    /** The user and groups a ServiceAccount's token authenticates as. */
    static accountUser(a) {
        return { user: serviceAccountUser(a.namespace, a.name), groups: serviceAccountGroups(a.namespace) };
    }
    /** Objects of a kind, in input order. */
    ofKind(group, kind) {
        return this.byKind.get((0,kinds.gk)(group, kind)) ?? [];
    }
    /** The object with this identity; the last one wins when the set repeats it, as `kubectl apply` would. */
    find(group, kind, namespace, name) {
        const all = this.byName.get(`${(0,kinds.gk)(group, kind)}|${namespace ?? ''}|${name}`);
        return all?.[all.length - 1];
    }
    serviceAccount(a) {
        return this.find('', 'ServiceAccount', a.namespace, a.name);
    }
    secret(namespace, name) {
        return this.find('', 'Secret', namespace, name);
    }
    workloadOf(o) {
        return this.workloadByObject.get(o.id);
    }
    /** Everything in the set that refers to the account, in input order. */
    usesOf(a) {
        return this.uses.get(accountKey(a)) ?? [];
    }
    workloadsOf(a) {
        return this.usesOf(a).filter((u) => u.kind === 'workload').map((u) => this.workloadByObject.get(u.object.id));
    }
    isKnownAccount(a) {
        const key = accountKey(a);
        return this.known.some((g) => matchesGlob(g, key));
    }
    /**
     * True when the set holds an admission policy that sets `automountServiceAccountToken: false` on
     * ServiceAccounts of the namespace: a Kyverno (Cluster)Policy mutate rule matching ServiceAccount,
     * or a Gatekeeper `Assign` mutation of that field on ServiceAccounts.
     */
    hardensDefaultAccounts(namespace) {
        const kyverno = [...this.ofKind('kyverno.io', 'ClusterPolicy'), ...this.ofKind('kyverno.io', 'Policy').filter((p) => p.ref.namespace === namespace)];
        for (const p of kyverno) {
            const rules = getIn(p.value, ['spec', 'rules']);
            if (!Array.isArray(rules))
                continue;
            for (const rule of rules) {
                if (!isRecord(rule) || !mentionsKind(rule.match, 'ServiceAccount'))
                    continue;
                if (setsFalse(rule.mutate, 'automountServiceAccountToken'))
                    return true;
            }
        }
        for (const a of this.ofKind('mutations.gatekeeper.sh', 'Assign')) {
            if (getIn(a.value, ['spec', 'location']) !== 'automountServiceAccountToken')
                continue;
            if (getIn(a.value, ['spec', 'parameters', 'assign', 'value']) !== false)
                continue;
            if (mentionsKind(getIn(a.value, ['spec', 'applyTo']), 'ServiceAccount'))
                return true;
        }
        return false;
    }
    /** The cloud identities a ServiceAccount object's annotations name. */
    cloudIdentitiesOf(sa) {
        return cloudIdentities(this.reader.stringMap(sa, ['metadata', 'annotations']));
    }
    /** ServiceAccount objects of the set that carry a cloud identity, each with its identities. */
    get identityAccounts() {
        this.identities ??= this.ofKind('', 'ServiceAccount')
            .map((account) => ({ account, identities: this.cloudIdentitiesOf(account) }))
            .filter((x) => x.identities.length > 0);
        return this.identities;
    }
    /** ServiceAccount objects whose annotation `annotation` names the cloud identity `value`, in input order. */
    accountsWithIdentity(annotation, value) {
        if (!this.identityIndex) {
            this.identityIndex = new Map();
            for (const x of this.identityAccounts) {
                for (const i of x.identities) {
                    const list = this.identityIndex.get(`${i.annotation}\u0000${i.value}`);
                    if (!list)
                        this.identityIndex.set(`${i.annotation}\u0000${i.value}`, [x.account]);
                    else if (list[list.length - 1] !== x.account)
                        list.push(x.account);
                }
            }
        }
        return this.identityIndex.get(`${annotation}\u0000${value}`) ?? [];
    }
    identityIndex;
    isLegacyTokenSecret(o) {
        return !!o && this.reader.string(o, ['type']) === SA_TOKEN_SECRET_TYPE;
    }
    addUse(a, use) {
        inventory_push(this.uses, accountKey(a), use);
    }
    indexObject(o) {
        const { group, kind } = o.ref;
        const r = this.reader;
        const ref = podSpecOf(o, r);
        if (ref) {
            const w = this.identify(o, readPod(ref, r));
            this.workloads.push(w);
            this.workloadByObject.set(o.id, w);
            this.addUse(w.account, { kind: 'workload', object: o, path: w.accountPath ?? ref.specPath });
            return;
        }
        if (group === kinds/* RBAC_GROUP */.$j && (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')) {
            for (const { index } of r.mapItems(o, ['subjects'])) {
                const sk = r.string(o, ['subjects', index, 'kind']);
                const name = r.string(o, ['subjects', index, 'name']);
                if (name === undefined)
                    continue;
                if (sk === 'ServiceAccount') {
                    const ns = r.string(o, ['subjects', index, 'namespace']) || (kind === 'RoleBinding' ? o.ref.namespace : undefined);
                    if (ns)
                        this.addUse({ namespace: ns, name }, { kind: 'binding', object: o, path: ['subjects', index] });
                }
                else if (sk === 'User') {
                    const a = parseServiceAccountUser(name);
                    if (a)
                        this.addUse(a, { kind: 'binding', object: o, path: ['subjects', index] });
                }
            }
            return;
        }
        if (group === '' && kind === 'Secret') {
            if (r.string(o, ['type']) === SA_TOKEN_SECRET_TYPE && o.ref.namespace) {
                const path = ['metadata', 'annotations', 'kubernetes.io/service-account.name'];
                const name = r.string(o, path);
                if (name)
                    this.addUse({ namespace: o.ref.namespace, name }, { kind: 'secret', object: o, path });
            }
            return;
        }
        if (group === ISTIO_SECURITY_GROUP && kind === 'AuthorizationPolicy') {
            // Allowing or denying an account by name uses it (a `not*` field only excludes it).
            for (const e of identityEntries(o, r)) {
                if (e.account && !e.field.startsWith('not'))
                    this.addUse(e.account, { kind: 'policy', object: o, path: e.path });
            }
            return;
        }
        // Operators' custom resources that run pods as an account (Prometheus, Alertmanager, Argo
        // Workflows, Flux, Tekton...) name it in `spec.serviceAccountName`.
        if (group !== '' && o.ref.namespace) {
            const name = getIn(o.value, ['spec', 'serviceAccountName']);
            if (typeof name === 'string' && name !== '') {
                this.addUse({ namespace: o.ref.namespace, name }, { kind: 'custom-resource', object: o, path: ['spec', 'serviceAccountName'] });
            }
        }
    }
    identify(o, pod) {
        const namespace = o.ref.namespace ?? 'default';
        let name = 'default';
        let accountSource = 'default';
        let accountPath;
        if (pod.serviceAccountName) {
            name = pod.serviceAccountName;
            accountSource = 'serviceAccountName';
            accountPath = [...pod.ref.specPath, 'serviceAccountName'];
        }
        else if (pod.serviceAccount) {
            name = pod.serviceAccount;
            accountSource = 'serviceAccount';
            accountPath = [...pod.ref.specPath, 'serviceAccount'];
        }
        const account = { namespace, name };
        const accountObject = this.serviceAccount(account);
        const accountValue = accountObject ? this.reader.bool(accountObject, ['automountServiceAccountToken']) : undefined;
        const podInvalid = pod.automount === undefined && getIn(pod.ref.spec, ['automountServiceAccountToken']) != null;
        let token;
        if (pod.automount !== undefined) {
            token = { mounted: pod.automount, decidedBy: 'pod', podValue: pod.automount, accountValue, accountKnown: !!accountObject, podInvalid };
        }
        else if (accountValue !== undefined) {
            token = { mounted: accountValue, decidedBy: 'account', podValue: undefined, accountValue, accountKnown: true, podInvalid };
        }
        else {
            token = { mounted: true, decidedBy: 'default', podValue: undefined, accountValue: undefined, accountKnown: !!accountObject, podInvalid };
        }
        return { object: o, pod, account, accountSource, accountPath, accountObject, token };
    }
}
/** True when a string equal to `kind` appears anywhere in the value (a `kinds:` list of a match clause). */
function mentionsKind(v, kind, depth = 0) {
    if (depth > 12)
        return false;
    if (v === kind)
        return true;
    if (Array.isArray(v))
        return v.some((x) => mentionsKind(x, kind, depth + 1));
    if (isRecord(v))
        return Object.values(v).some((x) => mentionsKind(x, kind, depth + 1));
    return false;
}
/** True when the value holds `field: false` anywhere, or a JSON patch setting `/field` to false. */
function setsFalse(v, field, depth = 0) {
    if (depth > 12)
        return false;
    if (Array.isArray(v))
        return v.some((x) => setsFalse(x, field, depth + 1));
    if (typeof v === 'string')
        return new RegExp(`(^|\\s)${field}:\\s*false\\b|"?path"?:\\s*"?/${field}"?[\\s\\S]*?"?value"?:\\s*false`).test(v);
    if (!isRecord(v))
        return false;
    if (v[field] === false)
        return true;
    return Object.values(v).some((x) => setsFalse(x, field, depth + 1));
}
function inventory_push(m, k, v) {
    const a = m.get(k);
    if (a)
        a.push(v);
    else
        m.set(k, [v]);
}


;// CONCATENATED MODULE: ./lib/src/rules/rule.js
function defineRule(rule) {
    return rule;
}
/** "Deployment `shop/web`" */
function describe(o) {
    const id = o.ref.namespace ? `${o.ref.namespace}/${o.ref.name}` : o.ref.name;
    return `${o.ref.kind} \`${id}\``;
}

;// CONCATENATED MODULE: ./lib/src/rules/_escalation.js

/** The line the workload's identity is decided on: `serviceAccountName`, else the pod spec. */
const accountLine = (w) => w.accountPath ?? w.pod.ref.specPath;
/**
 * The identities a workload's code can use: its account when the API token is mounted, and the
 * accounts whose legacy token Secrets it mounts (those paths do not need its own token).
 */
function identitiesOf(inv, w) {
    const g = inv.escalation;
    const out = [];
    if (inv.apiTokenMounted(w))
        out.push({ node: g.account(w.account.namespace, w.account.name), how: `runs as ServiceAccount \`${w.account.namespace}/${w.account.name}\`` });
    for (const r of inv.tokenSecretRefs(w)) {
        if (r.account.name === '?')
            continue;
        const node = g.account(r.account.namespace, r.account.name);
        if (out.some((i) => i.node === node))
            continue;
        out.push({ node, how: `mounts a token of ServiceAccount \`${r.account.namespace}/${r.account.name}\` (Secret \`${r.secret.ref.name}\`)` });
    }
    return out;
}
/** Powers not covered by a stronger one held too (cluster-wide over namespaced, any name over some), worst first. */
function strongest(powers) {
    const kept = [];
    for (const p of powers)
        if (!covered(kept, p))
            kept.push(p);
    return kept;
}
/** What makes a workload's account strong (its powers not covered by stronger ones), worst first. */
function accountPowers(inv, a) {
    const g = inv.escalation;
    return strongest(g.powersOf(g.account(a.namespace, a.name)));
}
/** Level of a power: cluster-admin and user/group impersonation are errors; others warnings, raised cluster-wide, lowered when narrowed to names. */
function powerLevel(p) {
    if (p.kind === 'cluster-admin' || p.kind === 'impersonate-user' || p.kind === 'impersonate-group')
        return 'error';
    if (p.namespace === undefined)
        return p.names ? 'warning' : 'error';
    return p.names ? 'note' : 'warning';
}
const worstLevel = (levels) => (levels.includes('error') ? 'error' : levels.includes('warning') ? 'warning' : 'note');
/** The grant of a power as related locations: the rule entry, and the binding when it is in the set. */
function grantRefs(g, label) {
    const out = [];
    const at = grantAt(g);
    if (at)
        out.push({ ...at, label: `${label} (${grantPhrase(g)})` });
    if (g.binding?.object && at?.object !== g.binding.object)
        out.push({ object: g.binding.object, path: ['roleRef', 'name'], label: `${g.binding.kind} \`${g.binding.namespace ? `${g.binding.namespace}/` : ''}${g.binding.name}\`` });
    return out;
}
/** Related locations without repeats (two permissions granted through one binding). */
function uniqueRefs(refs) {
    const seen = new Set();
    return refs.filter((r) => {
        const k = `${r.object.id}|${r.path.join('.')}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** A path as a code flow: each step located where its permission is granted. */
function flowOf(p) {
    return {
        from: p.from.label,
        to: p.to.label,
        steps: p.steps.map((s) => {
            const at = grantAt(s.grant);
            return { action: s.detail ? `${s.action} (${s.detail})` : s.action, to: s.to.label, ...(at ? { at } : {}) };
        }),
    };
}
/** "create `pods` in namespace `shop` → ServiceAccount `shop/deployer`, hold … → cluster-admin equivalence" */
const stepsText = (p) => p.steps.map((s) => `${s.action}${s.detail ? ` (${s.detail})` : ''} → ${s.to.label}`).join(', then ');
const stepCount = (n) => (n === 1 ? '1 step' : `${n} steps`);


;// CONCATENATED MODULE: ./lib/src/rules/_rbac.js



const isRole = (o) => o.ref.group === kinds/* RBAC_GROUP */.$j && (o.ref.kind === 'Role' || o.ref.kind === 'ClusterRole');
const isBinding = (o) => o.ref.group === kinds/* RBAC_GROUP */.$j && (o.ref.kind === 'RoleBinding' || o.ref.kind === 'ClusterRoleBinding');
const UP = { note: 'warning', warning: 'error', error: 'error' };
const DOWN = { note: 'note', warning: 'note', error: 'warning' };
function levelForScope(level, scope) {
    return scope === 'cluster' ? UP[level] : scope === 'unbound' ? DOWN[level] : level;
}
/** "a, b and c" */
const _rbac_and = (xs) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
/** `ns/name` of a RoleBinding, `name` of a ClusterRoleBinding. */
const bindingName = (b) => `${b.namespace ? `${b.namespace}/` : ''}${b.name}`;
const bindingLabel = (b) => `${b.kind} \`${b.namespace ? `${b.namespace}/` : ''}${b.name}\``;
const roleLabel = (r) => `${r.kind} \`${r.namespace ? `${r.namespace}/` : ''}${r.name}\``;
/** "bound cluster-wide by ClusterRoleBinding `x`", "bound in namespace `ns` by RoleBinding `y`", "not bound in the scanned files". */
function scopePhrase(engine, role) {
    const bs = engine.grantingBindings(role).filter((b) => b.subjects.length > 0);
    const cluster = bs.filter((b) => b.kind === 'ClusterRoleBinding');
    const more = (n) => (n > 1 ? ` and ${n - 1} more` : '');
    if (cluster.length > 0)
        return `bound cluster-wide by ${bindingLabel(cluster[0])}${more(cluster.length)}`;
    if (bs.length > 0)
        return `bound in namespace \`${bs[0].namespace}\` by ${bindingLabel(bs[0])}${more(bs.length)}`;
    return 'not bound in the scanned files';
}
/** The bindings of the set that grant a role, as related locations. */
function grantingRefs(engine, role, limit = 10) {
    return engine
        .grantingBindings(role)
        .filter((b) => b.object)
        .slice(0, limit)
        .map((b) => ({ object: b.object, path: ['roleRef', 'name'], label: bindingLabel(b) }));
}
/**
 * Each rule written in a Role/ClusterRole object that is in force as written. An aggregated
 * ClusterRole's own rules are not: the aggregation controller overwrites them with the rules it
 * gathers, which are reported where they are written.
 */
function eachOwnRule(o, ctx, visit) {
    const role = ctx.inventory.rbac.roleOf(o);
    if (!role || role.aggregation)
        return;
    role.ownRules.forEach((rule, index) => visit({ role, rule, index, path: ['rules', index] }));
}
/**
 * Where a role's rules take effect in the set: a Role, or a ClusterRole that only RoleBindings bind,
 * grants inside namespaces only (and so nothing on cluster-scoped resources); a ClusterRole bound
 * cluster-wide, or not bound in the set, is judged for the whole cluster.
 */
function roleReach(engine, role) {
    if (role.kind === 'Role')
        return 'namespace';
    return engine.scopeOf(role) === 'namespace' ? 'namespace' : 'cluster';
}
/** Reports a finding about a role's content with its scope: level, phrase and granting bindings. */
function reportOnRole(ctx, role, r) {
    const engine = ctx.inventory.rbac;
    ctx.report({
        messageId: r.messageId,
        level: r.fixed ? r.level : levelForScope(r.level, engine.scopeOf(role)),
        path: r.path,
        data: { role: roleLabel(role), scope: scopePhrase(engine, role), ...r.data },
        related: grantingRefs(engine, role),
    });
}
/** The verbs of a rule that count for a permission, as written (`*` included). */
function grantedVerbs(rule, p, scope = 'cluster') {
    const verbs = rule.verbs.filter((v) => v === '*' || p.checks.some((c) => c.verbs.includes(v) && ruleGrants({ ...rule, verbs: [v] }, c, { scope, explicit: true })));
    return verbs.length > 0 ? verbs : rule.verbs.slice(0, 1);
}
/**
 * A rule that reports every role rule granting a permission where the role takes effect, on the
 * resource entry that grants it. Grants through `resources: ["*"]` are left to rbac-wildcard, which
 * names what the wildcard implies.
 */
function permissionRule(spec) {
    return defineRule({
        id: spec.id,
        meta: spec.meta,
        appliesTo: isRole,
        check(o, ctx) {
            eachOwnRule(o, ctx, ({ role, rule, path }) => {
                const engine = ctx.inventory.rbac;
                const scope = roleReach(engine, role);
                let permission = spec.permission;
                let grant = ruleGrantsPermission(rule, permission, { scope, explicit: true });
                let c;
                if (grant)
                    c = spec.classify ? spec.classify(grant, rule, { engine, role }) : { messageId: 'grant', level: spec.meta.level };
                else if (spec.fallback) {
                    permission = spec.fallback.permission;
                    grant = ruleGrantsPermission(rule, permission, { scope, explicit: true });
                    c = spec.fallback;
                }
                if (!grant || !c)
                    return;
                const resource = rule.resources[grant.resourceIndex];
                reportOnRole(ctx, role, {
                    messageId: c.messageId,
                    level: c.level,
                    path: [...path, 'resources', grant.resourceIndex],
                    data: { verb: grantedVerbs(rule, permission, scope).join('`, `'), resource, names: rule.resourceNames.join(', '), ...c.data },
                    ...(c.fixed ? { fixed: true } : {}),
                });
            });
        },
    });
}
const subjectLabel = (s, b) => s.kind === 'ServiceAccount' ? `ServiceAccount \`${s.namespace || b.namespace || '?'}/${s.name}\`` : `${s.kind} \`${s.name}\``;
/** "ServiceAccount `a/b`, Group `c` and 2 more" */
function subjectsText(b) {
    const shown = b.subjects.slice(0, 3).map((s) => subjectLabel(s, b));
    if (shown.length === 0)
        return 'no subject';
    return shown.join(', ') + (b.subjects.length > 3 ? ` and ${b.subjects.length - 3} more` : '');
}
/** "cluster-wide" or "in namespace `ns`" */
const bindingScope = (b) => (b.kind === 'ClusterRoleBinding' ? 'cluster-wide' : `in namespace \`${b.namespace}\``);
/** The binding read from a RoleBinding or ClusterRoleBinding object. */
function bindingOf(o, ctx) {
    return ctx.inventory.rbac.bindingOf(o);
}

;// CONCATENATED MODULE: ./lib/src/rules/default-service-account.js





/* harmony default export */ const default_service_account = (defineRule({
    id: 'default-service-account',
    meta: {
        title: 'Workload runs as the default ServiceAccount',
        description: "A workload runs as its namespace's `default` ServiceAccount, which every other workload of the namespace that names no account shares; an error when a binding of the scanned files gives that account sensitive permissions, or it carries a cloud identity.",
        level: 'warning',
        tags: ['security', 'service-accounts', 'cis-5.1.5'],
        securitySeverity: '4.0',
        precision: 'very-high',
        messages: {
            implicit: '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`{token}; give it its own account',
            explicit: '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`{token}; give it its own account',
            implicitGranted: '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`, which {bindingKind} `{binding}` grants {roleKind} `{role}`{more}{token}; give the workload its own account and grant that to it instead',
            explicitGranted: '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`, which {bindingKind} `{binding}` grants {roleKind} `{role}`{more}{token}; give the workload its own account and grant that to it instead',
            implicitSensitive: '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`, which may {means} through {bindingKind} `{binding}`{token}; give the workload its own account and move that grant to it',
            explicitSensitive: '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`, which may {means} through {bindingKind} `{binding}`{token}; give the workload its own account and move that grant to it',
            implicitSensitiveToken: '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`, which {bindingKind} `{binding}` grants {roleKind} `{role}` (workload-permissions lists what it can do){token}; give the workload its own account and move that grant to it',
            explicitSensitiveToken: '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`, which {bindingKind} `{binding}` grants {roleKind} `{role}` (workload-permissions lists what it can do){token}; give the workload its own account and move that grant to it',
            implicitCloud: '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`, which carries the {cloud} identity `{identity}`{token}; give the workload its own account',
            explicitCloud: '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`, which carries the {cloud} identity `{identity}`{token}; give the workload its own account',
        },
        remediation: 'Create a ServiceAccount for the workload, set `serviceAccountName` to it, and grant that account only what the workload needs.',
        references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/'],
        docs: {
            rationale: "Every namespace has a `default` account and every pod that names no account runs as it. Permissions granted to it for one workload are held by all of them, and an attacker in any such pod gets them. The CIS Kubernetes Benchmark (5.1.5) asks that default accounts are not actively used. The finding is an error when a binding of the scanned files gives `default` itself sensitive permissions (a grant to a group such as `system:serviceaccounts` reaches every account and is `all-serviceaccounts-binding`\'s finding), or when `default` carries a cloud identity. It also says when the pods get the account\'s API token, which `token-automount` then does not repeat.",
            failing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      automountServiceAccountToken: false
      containers:
        - name: web
          image: nginx:1.27
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: shop
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      serviceAccountName: web
      automountServiceAccountToken: false
      containers:
        - name: web
          image: nginx:1.27
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const inv = ctx.inventory;
        const w = inv.workloadOf(o);
        if (w.account.name !== 'default')
            return;
        const implicit = w.accountSource === 'default';
        const path = w.accountPath ?? w.pod.ref.specPath;
        // token-automount leaves default-account workloads to this rule: one finding says both.
        const base = {
            kind: o.ref.kind,
            workload: o.ref.name,
            namespace: w.account.namespace,
            // A Pod runs as the account; a controller's pods do.
            pods: o.ref.kind === 'Pod' ? 'it runs' : 'its pods run',
            runs: o.ref.kind === 'Pod' ? 'runs' : 'runs its pods',
            token: w.token.mounted ? (o.ref.kind === 'Pod' ? ', and it gets its API token' : ', and they get its API token') : '',
        };
        const accountLabel = `ServiceAccount \`${w.account.namespace}/default\``;
        // Grants "on default" name the account itself (as a ServiceAccount or User subject), in bindings
        // of the scanned files; a grant to a group such as system:serviceaccounts is all-serviceaccounts-binding's.
        const own = { user: Inventory.accountUser(w.account).user, groups: [] };
        const engine = inv.rbac;
        const held = sensitivePermissions(engine, own).filter((h) => !h.via.binding.builtin);
        const related = (bs) => bs.filter((b) => b.object).slice(0, 10).map((b) => ({ object: b.object, path: ['roleRef', 'name'], label: bindingLabel(b) }));
        if (held.length > 0) {
            const b = held[0].via.binding;
            // With the token mounted, workload-permissions lists the permissions on this same line: name only the grant.
            const listed = inv.apiTokenMounted(w) && accountPowers(inv, w.account).length > 0;
            ctx.report({
                messageId: (implicit ? 'implicit' : 'explicit') + (listed ? 'SensitiveToken' : 'Sensitive'),
                level: 'error',
                data: { ...base, means: _rbac_and([...new Set(held.map((h) => h.permission.short))]), bindingKind: b.kind, binding: bindingName(b), roleKind: b.roleRef.kind, role: b.roleRef.name },
                path,
                related: related([...new Set(held.map((h) => h.via.binding))]),
            });
            return;
        }
        const cloud = w.accountObject ? inv.cloudIdentitiesOf(w.accountObject) : [];
        if (cloud.length > 0) {
            ctx.report({
                messageId: implicit ? 'implicitCloud' : 'explicitCloud',
                level: 'error',
                data: { ...base, cloud: cloud[0].cloud, identity: cloud[0].value },
                path,
                related: [{ object: w.accountObject, path: ['metadata', 'annotations', cloud[0].annotation], label: accountLabel }],
            });
            return;
        }
        const grants = engine.grantsInSet(own);
        if (grants.length > 0) {
            const b = grants[0];
            ctx.report({
                messageId: implicit ? 'implicitGranted' : 'explicitGranted',
                data: {
                    ...base,
                    bindingKind: b.kind,
                    binding: bindingName(b),
                    roleKind: b.roleRef.kind,
                    role: b.roleRef.name,
                    more: grants.length > 1 ? ` (and ${grants.length - 1} more binding${grants.length > 2 ? 's' : ''})` : '',
                },
                path,
                related: related(grants),
            });
            return;
        }
        ctx.report({ messageId: implicit ? 'implicit' : 'explicit', data: base, path });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/deprecated-service-account-field.js

/* harmony default export */ const deprecated_service_account_field = (defineRule({
    id: 'deprecated-service-account-field',
    meta: {
        title: 'Deprecated `serviceAccount` field',
        description: 'A pod spec sets the deprecated `serviceAccount` field alone (a warning), or with a different `serviceAccountName`, so the pod does not run as the account the author may think (an error); the same value in both, as the API server writes it back, is a note.',
        level: 'warning',
        tags: ['service-accounts', 'input'],
        precision: 'very-high',
        messages: {
            deprecated: '`serviceAccount` is deprecated; write `serviceAccountName: {name}` instead',
            redundant: '`serviceAccount: {name}` repeats `serviceAccountName` (the API server writes it back on every read, so exported manifests carry both); remove it',
            conflict: '`serviceAccount: {deprecated}` disagrees with `serviceAccountName: {name}`; the pod runs as `{name}`, remove `serviceAccount`',
        },
        remediation: 'Replace `serviceAccount` with `serviceAccountName` and keep a single account name.',
        references: ['https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context'],
        docs: {
            rationale: '`spec.serviceAccount` is a deprecated alias of `serviceAccountName`. The API server uses it only when `serviceAccountName` is empty, so a manifest that sets both to different names documents one identity and runs as another, and reviewers read the wrong one (an error). The API server also writes `serviceAccount` equal to `serviceAccountName` into every pod spec it returns, so manifests exported from a cluster carry both with the same value: that is only redundant (a note).',
            failing: `apiVersion: v1
kind: Pod
metadata:
  name: api
  namespace: shop
spec:
  serviceAccountName: api
  serviceAccount: admin
  automountServiceAccountToken: false
  containers:
    - name: api
      image: example/api:1.0
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
`,
            passing: `apiVersion: v1
kind: Pod
metadata:
  name: api
  namespace: shop
spec:
  serviceAccountName: api
  automountServiceAccountToken: false
  containers:
    - name: api
      image: example/api:1.0
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const w = ctx.inventory.workloadOf(o);
        const { serviceAccount, serviceAccountName } = w.pod;
        if (serviceAccount === undefined)
            return;
        const path = [...w.pod.ref.specPath, 'serviceAccount'];
        if (serviceAccountName && serviceAccountName !== serviceAccount) {
            ctx.report({ messageId: 'conflict', level: 'error', data: { deprecated: serviceAccount, name: serviceAccountName }, path });
        }
        else if (serviceAccountName) {
            ctx.report({ messageId: 'redundant', level: 'note', data: { name: serviceAccount }, path });
        }
        else {
            ctx.report({ messageId: 'deprecated', data: { name: serviceAccount }, path });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/token-automount.js



/* harmony default export */ const token_automount = (defineRule({
    id: 'token-automount',
    meta: {
        title: 'API token mounted without an explicit opt-in',
        description: 'The ServiceAccount token is mounted into a workload that did not set `automountServiceAccountToken` itself.',
        level: 'warning',
        tags: ['security', 'tokens', 'cis-5.1.6'],
        securitySeverity: '5.0',
        precision: 'very-high',
        messages: {
            byDefault: '{kind} `{workload}` gets the API token of ServiceAccount `{account}` because neither the pod nor the account sets `automountServiceAccountToken`; set it to `false` in the pod spec, or to `true` if the workload calls the API',
            byAccount: '{kind} `{workload}` gets the API token of ServiceAccount `{account}` because the account sets `automountServiceAccountToken: true`; set it in the pod spec, `false` unless the workload calls the API',
            useless: '{kind} `{workload}` gets the API token of ServiceAccount `{account}` ({decided}), but no binding of the scanned files grants that account anything beyond the built-in defaults, so the workload has no use for it; set `automountServiceAccountToken: false` in the pod spec',
            sensitive: '{kind} `{workload}` gets the API token of ServiceAccount `{account}` because {decided}, and the account holds sensitive permissions (`workload-permissions` names them on `serviceAccountName`); set `automountServiceAccountToken: false` in the pod spec unless the workload needs them',
            accountUnknown: '{kind} `{workload}` gets the API token of ServiceAccount `{account}`: the pod does not set `automountServiceAccountToken` and the account is not in the scanned files, so its setting is unknown (treated as unset); set it in the pod spec',
        },
        remediation: 'Set `automountServiceAccountToken: false` in the pod spec, or `true` when the workload really calls the Kubernetes API.',
        references: [
            'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
        ],
        docs: {
            rationale: 'Unless disabled, every pod gets a token for its ServiceAccount at `/var/run/secrets/kubernetes.io/serviceaccount`. Most workloads never call the Kubernetes API, and for them the token is only something to steal. The pod field overrides the account field (SPEC §3.1), so the pod spec is where the decision is visible to reviewers: saguard asks every workload to state it there, and the message says which setting decided today. When no binding of the scanned files grants the account anything beyond the built-in defaults (discovery), the message says the token is of no use to the workload; when it holds sensitive permissions, the message says so and `workload-permissions` names them on the `serviceAccountName` line. A workload that runs as its namespace\'s `default` account is reported once, by `default-service-account`, whose message says when the token is mounted.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: web, namespace: shop }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: nginx:1.27
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: web, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      serviceAccountName: web
      automountServiceAccountToken: false
      containers:
        - name: web
          image: nginx:1.27
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const w = ctx.inventory.workloadOf(o);
        // A pod field of the wrong type is `invalid-field-type`'s finding: the API server rejects the pod.
        if (!w.token.mounted || w.token.decidedBy === 'pod' || w.token.podInvalid)
            return;
        // A workload that runs as `default` is default-service-account's finding, which says the token is mounted.
        if (w.account.name === 'default')
            return;
        const messageId = w.token.decidedBy === 'account' ? 'byAccount' : w.token.accountKnown ? 'byDefault' : 'accountUnknown';
        const useless = ctx.inventory.rbac.grantsInSet(Inventory.accountUser(w.account)).length === 0;
        const decided = { byAccount: 'the account sets `automountServiceAccountToken: true`', byDefault: 'neither the pod nor the account sets `automountServiceAccountToken`', accountUnknown: 'the pod does not set `automountServiceAccountToken` and the account is not in the scanned files' }[messageId];
        // An account with sensitive permissions: say so rather than suggest `true`.
        const sensitive = !useless && accountPowers(ctx.inventory, w.account).length > 0;
        ctx.report({
            messageId: useless ? 'useless' : sensitive ? 'sensitive' : messageId,
            data: { kind: o.ref.kind, workload: o.ref.name, account: `${w.account.namespace}/${w.account.name}`, decided },
            path: w.pod.ref.specPath,
            related: w.accountObject && w.token.decidedBy === 'account'
                ? [{ object: w.accountObject, path: ['automountServiceAccountToken'], label: `ServiceAccount \`${w.account.namespace}/${w.account.name}\`` }]
                : [],
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/sa-automount-enabled.js

/* harmony default export */ const sa_automount_enabled = (defineRule({
    id: 'sa-automount-enabled',
    meta: {
        title: 'ServiceAccount mounts its token by default',
        description: 'A ServiceAccount object does not set `automountServiceAccountToken: false`, so every pod that uses it and does not opt out gets its API token.',
        level: 'note',
        tags: ['security', 'tokens', 'cis-5.1.6'],
        securitySeverity: '2.0',
        precision: 'very-high',
        messages: {
            explicitTrue: 'ServiceAccount `{name}` sets `automountServiceAccountToken: true`, so every pod using it gets an API token unless it opts out; set `false` here and opt in the pods that need one',
            unset: 'ServiceAccount `{name}` does not set `automountServiceAccountToken: false`, so every pod using it gets an API token unless it opts out',
        },
        remediation: 'Set `automountServiceAccountToken: false` on the ServiceAccount and `automountServiceAccountToken: true` on the pods that call the API.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/'],
        docs: {
            rationale: 'Disabling the token on the account makes "no token" the default for every pod that uses it, including pods added later by someone who never thought about it. Pods that need the API opt in with the pod field, which overrides the account (SPEC §3.1). The `default` account is covered by `default-sa-not-hardened`.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: shop
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: shop
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount' && o.ref.name !== 'default',
    check(o, ctx) {
        const v = ctx.inventory.reader.bool(o, ['automountServiceAccountToken']);
        if (v === false)
            return;
        if (v === true)
            ctx.report({ messageId: 'explicitTrue', data: { name: o.ref.name }, path: ['automountServiceAccountToken'] });
        // A value of the wrong type is `invalid-field-type`'s finding, not this one.
        else if (o.value.automountServiceAccountToken == null)
            ctx.report({ messageId: 'unset', data: { name: o.ref.name }, path: ['kind'] });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/default-sa-not-hardened.js

/* harmony default export */ const default_sa_not_hardened = (defineRule({
    id: 'default-sa-not-hardened',
    meta: {
        title: 'Default ServiceAccount not hardened',
        description: "A namespace's `default` ServiceAccount does not set `automountServiceAccountToken: false`, so every pod that names no account gets an API token.",
        level: 'note',
        tags: ['security', 'service-accounts', 'cis-5.1.5'],
        securitySeverity: '3.0',
        precision: 'high',
        messages: {
            account: 'the `default` ServiceAccount of namespace `{namespace}` does not set `automountServiceAccountToken: false`; every pod that names no account gets an API token',
            namespace: 'the scanned files create namespace `{namespace}` but no `default` ServiceAccount for it with `automountServiceAccountToken: false`, nor a Kyverno or Gatekeeper policy that sets it',
        },
        remediation: 'Add a `default` ServiceAccount with `automountServiceAccountToken: false` to the namespace, or a Kyverno or Gatekeeper mutation that sets it on every `default` account.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/'],
        docs: {
            rationale: 'The `default` account is created by the ServiceAccount controller in every namespace with the token automounted. CIS 5.1.5 asks that it is not used and has no token mounted. A chart that creates a Namespace should ship its hardened `default` account too (a manifest with `automountServiceAccountToken: false` replaces the controller\'s), unless the cluster hardens all of them with a Kyverno `ClusterPolicy` or a Gatekeeper `Assign` mutation, which saguard recognises when it is in the scanned set.',
            failing: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
`,
            passing: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: default
  namespace: shop
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o) => o.ref.group === '' && ((o.ref.kind === 'ServiceAccount' && o.ref.name === 'default') || o.ref.kind === 'Namespace'),
    check(o, ctx) {
        const inv = ctx.inventory;
        if (o.ref.kind === 'ServiceAccount') {
            const v = inv.reader.bool(o, ['automountServiceAccountToken']);
            if (v === false || (v === undefined && o.value.automountServiceAccountToken != null))
                return;
            if (inv.hardensDefaultAccounts(o.ref.namespace))
                return;
            ctx.report({
                messageId: 'account',
                data: { namespace: o.ref.namespace },
                path: v === true ? ['automountServiceAccountToken'] : ['kind'],
            });
            return;
        }
        const ns = o.ref.name;
        if (!ns || inv.serviceAccount({ namespace: ns, name: 'default' }) || inv.hardensDefaultAccounts(ns))
            return;
        ctx.report({ messageId: 'namespace', data: { namespace: ns }, path: ['metadata', 'name'] });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/missing-service-account.js

/* harmony default export */ const missing_service_account = (defineRule({
    id: 'missing-service-account',
    meta: {
        title: 'ServiceAccount not in the scanned files',
        description: 'A workload names a ServiceAccount that is neither in the scanned files nor declared as created elsewhere (`knownServiceAccounts`).',
        level: 'warning',
        tags: ['security', 'service-accounts'],
        securitySeverity: '4.0',
        precision: 'high',
        messages: {
            missing: '{kind} `{workload}` runs as ServiceAccount `{namespace}/{name}`, which is not in the scanned files; pods are refused until it exists, so add it or list `{namespace}/{name}` in `knownServiceAccounts`',
        },
        remediation: 'Add the ServiceAccount to the manifests, fix the name, or list it under `knownServiceAccounts` when another tool creates it.',
        references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
        docs: {
            rationale: 'The ServiceAccount admission plugin refuses pods whose account does not exist, so a misspelled or forgotten account is a failed rollout. It is also a review problem: whoever creates the account later decides what the workload may do, outside the pull request. `default` always exists and is never reported here.',
            failing: `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false
      containers:
        - name: api
          image: example/api:1.0
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false
      containers:
        - name: api
          image: example/api:1.0
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const inv = ctx.inventory;
        const w = inv.workloadOf(o);
        if (w.account.name === 'default' || w.accountObject || !w.accountPath || inv.isKnownAccount(w.account))
            return;
        ctx.report({ messageId: 'missing', data: { kind: o.ref.kind, workload: o.ref.name, name: w.account.name, namespace: w.account.namespace }, path: w.accountPath });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/shared-service-account.js


/* harmony default export */ const shared_service_account = (defineRule({
    id: 'shared-service-account',
    meta: {
        title: 'ServiceAccount shared by several workloads',
        description: 'One non-default ServiceAccount is used by several different workloads, so each holds the permissions and cloud identity all of them need; one finding per account, on the account (or on the first workload when the account is not in the scanned files).',
        level: 'note',
        tags: ['security', 'service-accounts'],
        securitySeverity: '2.0',
        precision: 'high',
        messages: {
            shared: 'ServiceAccount `{account}` is used by {count} workloads ({workloads}); give each workload its own account',
        },
        remediation: 'Give each workload its own ServiceAccount and bind to each only the roles it needs.',
        references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
        docs: {
            rationale: 'Permissions are granted to accounts, not to workloads. When two workloads share an account, each holds the union of what both need, and a compromise of the weaker one yields the stronger one\'s rights. Separate accounts also make audit logs say which workload acted. An account that carries a cloud identity is reported by `cloud-identity-shared` instead, which names the identity.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: backend, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      serviceAccountName: backend
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: cleanup, namespace: shop }
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          serviceAccountName: backend
          automountServiceAccountToken: false
          restartPolicy: OnFailure
          containers: [{ name: cleanup, image: example/cleanup:1.0 }]
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: cleanup, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: cleanup, namespace: shop }
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          serviceAccountName: cleanup
          automountServiceAccountToken: false
          restartPolicy: OnFailure
          containers: [{ name: cleanup, image: example/cleanup:1.0 }]
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined || (o.ref.group === '' && o.ref.kind === 'ServiceAccount'),
    check(o, ctx) {
        const inv = ctx.inventory;
        const w = inv.workloadOf(o);
        const account = w ? w.account : { namespace: o.ref.namespace ?? 'default', name: o.ref.name };
        if (account.name === 'default')
            return;
        // The account object, when in the scanned files, carries the finding; else the first workload does.
        if (w && (!w.accountPath || inv.serviceAccount(account)))
            return;
        if (!w && inv.serviceAccount(account) !== o)
            return;
        // An account with a cloud identity is cloud-identity-shared's finding, which names the identity too.
        const object = inv.serviceAccount(account);
        if (object && inv.cloudIdentitiesOf(object).length > 0)
            return;
        // The same object repeated (two install variants in one scan) is one workload, not two.
        const distinct = [...new Map(inv.workloadsOf(account).map((x) => [`${x.object.ref.group}/${x.object.ref.kind}/${x.object.ref.name}`, x])).values()];
        if (distinct.length < 2 || (w && distinct[0].object !== o))
            return;
        const names = distinct.map((x) => `${x.object.ref.kind} ${x.object.ref.name}`);
        ctx.report({
            messageId: 'shared',
            data: { account: `${account.namespace}/${account.name}`, count: distinct.length, workloads: names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : _rbac_and(names) },
            path: w ? w.accountPath : ['metadata', 'name'],
            related: distinct
                .filter((x) => x.object !== o)
                .slice(0, 20)
                .map((x) => ({ object: x.object, path: x.accountPath ?? x.pod.ref.specPath, label: describe(x.object) })),
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/unused-service-account.js

/* harmony default export */ const unused_service_account = (defineRule({
    id: 'unused-service-account',
    meta: {
        title: 'ServiceAccount used by nothing in the scanned files',
        description: 'A ServiceAccount that no workload, binding, token Secret, policy or operator resource in the scanned files refers to.',
        level: 'note',
        tags: ['security', 'service-accounts'],
        securitySeverity: '1.0',
        precision: 'medium',
        messages: {
            unused: 'no workload, binding or policy in the scanned files uses ServiceAccount `{name}` of namespace `{namespace}`; remove it if nothing else does, or check how its users spell it',
        },
        remediation: 'Remove the ServiceAccount, or fix the name in the workload or binding that was meant to use it.',
        references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
        docs: {
            rationale: 'An account nobody uses is either dead weight or the sign of a typo: the workload that was meant to run as it runs as another account (often `default`), or a binding grants to a name that does not exist. `default` accounts are never reported. Custom resources that run pods as an account through `spec.serviceAccountName` (Prometheus, Alertmanager, Argo Workflows, Flux...) count as uses.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: reporting, namespace: shop }
automountServiceAccountToken: false
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: reporting, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: batch/v1
kind: Job
metadata: { name: report, namespace: shop }
spec:
  template:
    spec:
      serviceAccountName: reporting
      automountServiceAccountToken: false
      restartPolicy: Never
      containers: [{ name: report, image: example/report:1.0 }]
`,
        },
    },
    appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount' && o.ref.name !== 'default',
    check(o, ctx) {
        const account = { namespace: o.ref.namespace, name: o.ref.name };
        if (!account.name || ctx.inventory.usesOf(account).length > 0)
            return;
        ctx.report({ messageId: 'unused', data: account, path: ['metadata', 'name'] });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/legacy-token-secret.js




/* harmony default export */ const legacy_token_secret = (defineRule({
    id: 'legacy-token-secret',
    meta: {
        title: 'Long-lived ServiceAccount token Secret',
        description: 'A Secret of type `kubernetes.io/service-account-token`, which the token controller fills with a token that never expires; an error when its account holds sensitive permissions.',
        level: 'warning',
        tags: ['security', 'tokens'],
        securitySeverity: '5.5',
        precision: 'very-high',
        messages: {
            legacy: 'Secret `{name}` of type `kubernetes.io/service-account-token` holds a non-expiring token of ServiceAccount `{account}`; use a projected token or the TokenRequest API instead',
            sensitive: 'Secret `{name}` of type `kubernetes.io/service-account-token` holds a non-expiring token of ServiceAccount `{account}`, which may {means} ({via}); whoever reads the Secret holds that for good',
            noAccount: 'Secret `{name}` of type `kubernetes.io/service-account-token` names no account in annotation `kubernetes.io/service-account.name`; the API server rejects it, and with the annotation it would hold a non-expiring token',
        },
        remediation: 'Remove the Secret; mount a projected `serviceAccountToken` volume in pods, or request short-lived tokens with `kubectl create token` / the TokenRequest API.',
        references: ['https://kubernetes.io/docs/concepts/configuration/secret/#service-account-token-secrets'],
        docs: {
            rationale: 'Tokens in `kubernetes.io/service-account-token` Secrets do not expire and are not bound to a pod: whoever reads the Secret (anyone with `get secrets` in the namespace, a backup, a log) holds the account until the Secret is deleted. Since Kubernetes 1.24 they are no longer created automatically; bound, expiring tokens from the TokenRequest API replace them.',
            failing: `apiVersion: v1
kind: Secret
metadata:
  name: ci-deployer-token
  namespace: shop
  annotations:
    kubernetes.io/service-account.name: ci-deployer
type: kubernetes.io/service-account-token
`,
            passing: `apiVersion: v1
kind: Secret
metadata:
  name: ci-settings
  namespace: shop
type: Opaque
stringData:
  region: eu-west-1
`,
        },
    },
    appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'Secret',
    check(o, ctx) {
        if (!ctx.inventory.isLegacyTokenSecret(o))
            return;
        const account = ctx.inventory.reader.string(o, ['metadata', 'annotations', 'kubernetes.io/service-account.name']);
        if (!account) {
            ctx.report({ messageId: 'noAccount', data: { name: o.ref.name }, path: ['type'] });
            return;
        }
        const id = { namespace: o.ref.namespace, name: account };
        const sa = ctx.inventory.serviceAccount(id);
        const held = sensitivePermissions(ctx.inventory.rbac, Inventory.accountUser(id));
        const via = held[0] ? `through ${bindingLabel(held[0].via.binding)}` : '';
        ctx.report({
            messageId: held.length > 0 ? 'sensitive' : 'legacy',
            level: held.length > 0 ? 'error' : 'warning',
            data: { name: o.ref.name, account: `${o.ref.namespace}/${account}`, means: held.slice(0, 2).map((h) => h.permission.means).join(' and '), via },
            path: ['type'],
            related: sa ? [{ object: sa, path: ['metadata', 'name'], label: `ServiceAccount \`${o.ref.namespace}/${account}\`` }] : [],
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/legacy-token-mount.js

/* harmony default export */ const legacy_token_mount = (defineRule({
    id: 'legacy-token-mount',
    meta: {
        title: 'Workload uses a long-lived token Secret',
        description: 'A workload mounts a `kubernetes.io/service-account-token` Secret (volume, projected source, env or envFrom), a token that never expires.',
        level: 'error',
        tags: ['security', 'tokens'],
        securitySeverity: '7.0',
        precision: 'very-high',
        messages: {
            volume: 'volume `{volume}` mounts Secret `{secret}`, a non-expiring token of ServiceAccount `{account}`; use a projected `serviceAccountToken` source instead',
            env: 'env `{variable}` of container `{container}` reads Secret `{secret}`, a non-expiring token of ServiceAccount `{account}`; use a projected `serviceAccountToken` volume instead',
            envFrom: 'container `{container}` loads Secret `{secret}` with `envFrom`, a non-expiring token of ServiceAccount `{account}`; use a projected `serviceAccountToken` volume instead',
        },
        remediation: 'Replace the Secret reference with a projected `serviceAccountToken` volume source (with `audience` and `expirationSeconds`), and delete the token Secret.',
        references: ['https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken'],
        docs: {
            rationale: 'A token read from a `kubernetes.io/service-account-token` Secret never expires and survives the pod: copied out once, it works until someone deletes the Secret. Projected tokens are bound to the pod, rotated by the kubelet and expire. saguard reports references to Secrets in the scanned set whose type it can see.',
            failing: `apiVersion: v1
kind: Secret
metadata:
  name: deployer-token
  namespace: shop
  annotations: { kubernetes.io/service-account.name: deployer }
type: kubernetes.io/service-account-token
---
apiVersion: v1
kind: Pod
metadata: { name: deploy, namespace: shop }
spec:
  serviceAccountName: deployer
  automountServiceAccountToken: false
  containers:
    - name: deploy
      image: example/deploy:1.0
      env:
        - name: KUBE_TOKEN
          valueFrom:
            secretKeyRef: { name: deployer-token, key: token }
`,
            passing: `apiVersion: v1
kind: Pod
metadata: { name: deploy, namespace: shop }
spec:
  serviceAccountName: deployer
  automountServiceAccountToken: false
  containers:
    - name: deploy
      image: example/deploy:1.0
      volumeMounts:
        - { name: kube-token, mountPath: /var/run/secrets/tokens, readOnly: true }
  volumes:
    - name: kube-token
      projected:
        sources:
          - serviceAccountToken: { path: token, expirationSeconds: 3600, audience: https://kubernetes.default.svc }
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const inv = ctx.inventory;
        for (const r of inv.tokenSecretRefs(inv.workloadOf(o))) {
            const secret = `${r.account.namespace}/${r.secret.ref.name}`;
            ctx.report({
                messageId: r.via,
                path: r.path,
                data: {
                    ...(r.volume !== undefined ? { volume: r.volume } : {}),
                    ...(r.variable !== undefined ? { variable: r.variable } : {}),
                    ...(r.container !== undefined ? { container: r.container } : {}),
                    secret: r.secret.ref.name,
                    account: `${r.account.namespace}/${r.account.name}`,
                },
                related: [{ object: r.secret, path: ['type'], label: `Secret \`${secret}\`` }],
            });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/projected-token-settings.js


/* harmony default export */ const projected_token_settings = (defineRule({
    id: 'projected-token-settings',
    meta: {
        title: 'Projected token with unsafe or invalid settings',
        description: 'A projected `serviceAccountToken` source whose `expirationSeconds` the API server rejects (below 600) or that lives longer than the configured maximum, or that has no `audience` while mounted outside the default token path.',
        level: 'warning',
        tags: ['security', 'tokens'],
        securitySeverity: '4.0',
        precision: 'very-high',
        options: {
            maxExpirationSeconds: { type: 'number', default: 86400, minimum: 600, description: 'Longest acceptable token lifetime, in seconds.' },
        },
        messages: {
            tooShort: '`expirationSeconds: {value}` is below 600, the shortest lifetime the API server accepts; the pod is rejected',
            tooLong: '`expirationSeconds: {value}` is longer than {max} seconds; a leaked token stays valid that long, so shorten it',
            noAudience: 'projected token of volume `{volume}` mounted at `{mountPath}` has no `audience`, so it is accepted by the Kubernetes API server; set the audience of the service that reads it',
        },
        remediation: 'Set `expirationSeconds` between 600 and the maximum (the kubelet rotates the token), and set `audience` to the service that consumes the token.',
        references: ['https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken'],
        docs: {
            rationale: 'Projected tokens are the safe replacement for token Secrets, but their settings matter: the API server rejects lifetimes under 10 minutes, long lifetimes make a leaked token useful for days, and a token without `audience` defaults to the API server\'s audience, so a token meant for a vault or a message broker also works against the Kubernetes API. A projected token mounted at the default path replaces the automounted one and is expected to target the API server, so only tokens mounted elsewhere need an audience.',
            failing: `apiVersion: v1
kind: Pod
metadata: { name: vault-agent, namespace: shop }
spec:
  serviceAccountName: vault-agent
  automountServiceAccountToken: false
  containers:
    - name: agent
      image: hashicorp/vault:1.17
      volumeMounts:
        - { name: vault-token, mountPath: /var/run/secrets/vault }
  volumes:
    - name: vault-token
      projected:
        sources:
          - serviceAccountToken:
              path: token
              expirationSeconds: 300
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: vault-agent, namespace: shop }
automountServiceAccountToken: false
`,
            passing: `apiVersion: v1
kind: Pod
metadata: { name: vault-agent, namespace: shop }
spec:
  serviceAccountName: vault-agent
  automountServiceAccountToken: false
  containers:
    - name: agent
      image: hashicorp/vault:1.17
      volumeMounts:
        - { name: vault-token, mountPath: /var/run/secrets/vault }
  volumes:
    - name: vault-token
      projected:
        sources:
          - serviceAccountToken:
              path: token
              expirationSeconds: 3600
              audience: vault
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: vault-agent, namespace: shop }
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const w = ctx.inventory.workloadOf(o);
        const max = Number(ctx.options.maxExpirationSeconds ?? 86400);
        for (const v of w.pod.volumes) {
            for (const t of v.tokens) {
                const exp = t.expirationSeconds;
                if (exp !== undefined && exp < 600) {
                    ctx.report({ messageId: 'tooShort', level: 'error', data: { value: exp }, path: [...t.path, 'expirationSeconds'] });
                }
                else if (exp !== undefined && exp > max) {
                    ctx.report({ messageId: 'tooLong', level: 'warning', data: { value: exp, max }, path: [...t.path, 'expirationSeconds'] });
                }
                if (t.audience)
                    continue;
                const mount = v.name === undefined ? undefined : w.pod.containers.flatMap((c) => c.volumeMounts).find((m) => m.name === v.name && m.mountPath !== undefined && !mountsTokenPath(m.mountPath));
                if (mount) {
                    ctx.report({
                        messageId: 'noAudience',
                        level: 'note',
                        data: { volume: v.name, mountPath: mount.mountPath },
                        path: t.path,
                        related: [{ object: o, path: [...mount.path, 'mountPath'], label: `mount at \`${mount.mountPath}\`` }],
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/manual-token-mount.js


/* harmony default export */ const manual_token_mount = (defineRule({
    id: 'manual-token-mount',
    meta: {
        title: 'Token path mounted by hand while automount is off',
        description: 'A container mounts something at `/var/run/secrets/kubernetes.io/serviceaccount` while the token automount is off for the pod.',
        level: 'warning',
        tags: ['security', 'tokens', 'cis-5.1.6'],
        securitySeverity: '5.0',
        precision: 'high',
        messages: {
            manual: 'container `{container}` mounts volume `{volume}` at the API token path `{mountPath}` although the token automount is off; it brings back what `automountServiceAccountToken: false` keeps out',
        },
        remediation: 'Remove the mount, or enable the automount explicitly (`automountServiceAccountToken: true` in the pod spec) if the container needs the API, so that reviewers see it.',
        references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting'],
        docs: {
            rationale: 'Tools that audit token automount read `automountServiceAccountToken`. A volume mounted by hand at the default token path gives the container an API credential anyway (often a long-lived Secret, or a projected token with the API server audience) while the pod claims to have none.',
            failing: `apiVersion: v1
kind: Pod
metadata: { name: job, namespace: shop }
spec:
  serviceAccountName: job
  automountServiceAccountToken: false
  containers:
    - name: job
      image: example/job:1.0
      volumeMounts:
        - name: token
          mountPath: /var/run/secrets/kubernetes.io/serviceaccount
  volumes:
    - name: token
      projected:
        sources:
          - serviceAccountToken: { path: token, expirationSeconds: 3600 }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: job, namespace: shop }
automountServiceAccountToken: false
`,
            passing: `apiVersion: v1
kind: Pod
metadata: { name: job, namespace: shop }
spec:
  serviceAccountName: job
  automountServiceAccountToken: false
  containers:
    - name: job
      image: example/job:1.0
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: job, namespace: shop }
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const w = ctx.inventory.workloadOf(o);
        if (w.token.mounted)
            return;
        for (const c of w.pod.containers) {
            for (const m of c.volumeMounts) {
                if (m.mountPath === undefined || !mountsTokenPath(m.mountPath))
                    continue;
                ctx.report({
                    messageId: 'manual',
                    data: { container: c.name ?? '?', volume: m.name ?? '?', mountPath: m.mountPath },
                    path: [...m.path, 'mountPath'],
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/static-cloud-credentials.js



/* harmony default export */ const static_cloud_credentials = (defineRule({
    id: 'static-cloud-credentials',
    meta: {
        title: 'Static cloud credentials where workload identity belongs',
        description: 'A Secret or a container environment carries a static cloud credential (an AWS secret key, a Google service-account key file, an Azure client secret) instead of using workload identity.',
        level: 'warning',
        tags: ['security', 'workload-identity'],
        securitySeverity: '6.5',
        precision: 'high',
        messages: {
            env: 'container `{container}` sets `{variable}`, a static {cloud} credential; use {alternative} instead',
            keyFile: 'container `{container}` points `GOOGLE_APPLICATION_CREDENTIALS` at `{file}` in Secret volume `{volume}`, a static service-account key; use {alternative} instead',
            secretKey: 'Secret `{name}` key `{key}` holds a static {cloud} credential; use {alternative} instead',
            secretContent: 'Secret `{name}` key `{key}` holds {what}; use {alternative} instead',
        },
        remediation: 'Delete the static key and give the workload a cloud identity through its ServiceAccount (IRSA or EKS Pod Identity, GKE Workload Identity Federation, Azure Workload Identity).',
        references: [
            'https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html',
            'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity',
            'https://azure.github.io/azure-workload-identity/docs/',
        ],
        docs: {
            rationale: 'Static cloud keys do not expire, are copied into every environment that renders the chart, and are readable by anyone who can read the Secret or exec into the pod. Workload identity federates the pod\'s ServiceAccount token to a cloud role instead, with short-lived credentials and no secret to leak. saguard never prints the values it finds.',
            failing: `apiVersion: v1
kind: Pod
metadata: { name: uploader, namespace: shop }
spec:
  serviceAccountName: uploader
  automountServiceAccountToken: false
  containers:
    - name: uploader
      image: example/uploader:1.0
      env:
        - name: AWS_ACCESS_KEY_ID
          valueFrom: { secretKeyRef: { name: aws, key: id } }
        - name: AWS_SECRET_ACCESS_KEY
          valueFrom: { secretKeyRef: { name: aws, key: secret } }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: uploader, namespace: shop }
automountServiceAccountToken: false
`,
            passing: `apiVersion: v1
kind: Pod
metadata: { name: uploader, namespace: shop }
spec:
  serviceAccountName: uploader
  automountServiceAccountToken: false
  containers:
    - name: uploader
      image: example/uploader:1.0
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/uploader
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined || (o.ref.group === '' && o.ref.kind === 'Secret'),
    check(o, ctx) {
        const inv = ctx.inventory;
        const w = inv.workloadOf(o);
        if (w) {
            for (const c of w.pod.containers) {
                for (const e of c.env) {
                    if (!e.name)
                        continue;
                    const cloud = secretVariableCloud(e.name);
                    const hasValue = (e.value !== undefined && e.value !== '') || e.valueFrom;
                    if (cloud && hasValue) {
                        ctx.report({
                            messageId: 'env',
                            data: { container: c.name ?? '?', variable: e.name, cloud, alternative: IDENTITY_ALTERNATIVE[cloud] },
                            path: [...e.path, 'name'],
                        });
                    }
                    else if (e.name === 'GOOGLE_APPLICATION_CREDENTIALS' && e.value) {
                        // A key file inside a mounted Secret is a static key; a ConfigMap holds federation configs.
                        const file = normalizeMountPath(e.value);
                        for (const m of c.volumeMounts) {
                            if (!m.mountPath || !m.name)
                                continue;
                            const dir = normalizeMountPath(m.mountPath);
                            if (file !== dir && !file.startsWith(dir === '/' ? '/' : dir + '/'))
                                continue;
                            const vol = w.pod.volumes.find((v) => v.name === m.name);
                            if (!vol || vol.secrets.length === 0)
                                continue;
                            ctx.report({
                                messageId: 'keyFile',
                                data: { container: c.name ?? '?', file: e.value, volume: m.name, alternative: IDENTITY_ALTERNATIVE['Google Cloud'] },
                                path: [...e.path, 'name'],
                                related: [{ object: o, path: [...m.path, 'mountPath'], label: `mount of volume \`${m.name}\`` }],
                            });
                            break;
                        }
                    }
                }
            }
            return;
        }
        // A Secret: keys named like the variables, or content that is a key file.
        for (const field of ['data', 'stringData']) {
            const map = inv.reader.map(o, [field]);
            if (!map)
                continue;
            for (const key of Object.keys(map).sort()) {
                const raw = map[key];
                if (typeof raw !== 'string' || raw === '')
                    continue;
                const cloud = secretVariableCloud(key);
                if (cloud) {
                    ctx.report({ messageId: 'secretKey', data: { name: o.ref.name, key, cloud, alternative: IDENTITY_ALTERNATIVE[cloud] }, path: [field, key], key: true });
                    continue;
                }
                const text = field === 'data' ? decodeSecretData(raw) : raw;
                const found = text === undefined ? undefined : credentialContent(text);
                if (found) {
                    ctx.report({
                        messageId: 'secretContent',
                        data: { name: o.ref.name, key, what: found.what, alternative: IDENTITY_ALTERNATIVE[found.cloud] },
                        path: [field, key],
                        key: true,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/cluster-admin-binding.js



/* harmony default export */ const cluster_admin_binding = (defineRule({
    id: 'cluster-admin-binding',
    meta: {
        title: 'Binding to cluster-admin or an equivalent role',
        description: 'A RoleBinding or ClusterRoleBinding grants `cluster-admin`, or a role whose effective rules cover `*` verbs on `*` resources in `*` API groups.',
        level: 'error',
        tags: ['security', 'rbac', 'cis-5.1.1'],
        securitySeverity: '9.5',
        precision: 'very-high',
        messages: {
            clusterAdmin: 'this binding grants `cluster-admin` cluster-wide to {subjects}',
            equivalent: 'this binding grants {role}, whose rules cover `*` verbs on `*` resources in every API group (cluster-admin equivalent), cluster-wide to {subjects}',
            namespaceAdmin: 'this binding grants {role}, whose rules cover `*` verbs on `*` resources in every API group, in namespace `{namespace}` to {subjects}: they control everything in that namespace, its Secrets and ServiceAccounts included',
        },
        remediation: 'Bind a role with the permissions the subject needs; keep cluster-admin for break-glass access by people.',
        references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
        docs: {
            rationale: "`cluster-admin` can do anything, and so can any role that covers `*` on `*` in `*` groups, whatever its name. A workload holding it turns any vulnerability into control of the cluster (through a RoleBinding, of the namespace). saguard resolves the role, aggregation included, and checks what it covers, not what it is called. CIS 5.1.1.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: operator
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: operator
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: operator
subjects:
  - kind: ServiceAccount
    name: operator
    namespace: ops
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: operator
rules:
  - apiGroups: [example.com]
    resources: [widgets, widgets/status]
    verbs: [get, list, watch, update, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: operator
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: operator
subjects:
  - kind: ServiceAccount
    name: operator
    namespace: ops
`,
        },
    },
    appliesTo: isBinding,
    check(o, ctx) {
        const b = bindingOf(o, ctx);
        if (!b?.role || b.subjects.length === 0)
            return;
        // A role of the set named `cluster-admin` gets the built-in rules back at start-up unless protected.
        const builtinAdmin = b.role.name === 'cluster-admin' && b.role.kind === 'ClusterRole' && (b.role.builtin || (b.role.redefines !== undefined && !b.role.redefines.protected));
        if (!builtinAdmin && !isAdminEquivalent(b.role.rules.map((r) => r.rule)))
            return;
        const related = b.role.object ? [{ object: b.role.object, path: ['metadata', 'name'], label: roleLabel(b.role) }] : [];
        // Through a RoleBinding, `*` on `*` is everything in one namespace, not the cluster.
        const messageId = b.kind === 'RoleBinding' ? 'namespaceAdmin' : builtinAdmin ? 'clusterAdmin' : 'equivalent';
        ctx.report({
            messageId,
            data: { role: roleLabel(b.role), namespace: b.namespace ?? '', subjects: subjectsText(b) },
            path: ['roleRef', 'name'],
            related,
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/builtin-admin-edit-binding.js


const GRANTS = {
    edit: 'read every Secret, exec into pods, run pods as any ServiceAccount and impersonate any ServiceAccount',
    admin: 'read every Secret, exec into pods, run pods as any ServiceAccount, and create Roles and RoleBindings',
};
/* harmony default export */ const builtin_admin_edit_binding = (defineRule({
    id: 'builtin-admin-edit-binding',
    meta: {
        title: 'Binding to the built-in admin or edit role',
        description: 'A binding grants the built-in `admin` or `edit` ClusterRole, which carry far more than their names suggest.',
        level: 'warning',
        tags: ['security', 'rbac'],
        securitySeverity: '6.5',
        precision: 'very-high',
        messages: {
            builtin: 'this binding grants built-in `{role}` {scope} to {subjects}: they {grants}',
        },
        remediation: 'Write a Role with what the subject needs; if it must be `view`-like, bind `view`, which reads no Secrets.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles'],
        docs: {
            rationale: '`edit` reads every Secret of the namespace, execs into its pods, creates pods (so runs as any of its ServiceAccounts) and impersonates its ServiceAccounts; `admin` adds Roles and RoleBindings. Both grow with every ClusterRole labelled to aggregate into them. Bound by a ClusterRoleBinding, that is every namespace, and the finding is an error.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-edit
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-view
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
        },
    },
    appliesTo: isBinding,
    check(o, ctx) {
        const b = bindingOf(o, ctx);
        if (!b?.role?.builtin || b.role.kind !== 'ClusterRole' || !(b.role.name in GRANTS) || b.subjects.length === 0)
            return;
        ctx.report({
            messageId: 'builtin',
            level: b.kind === 'ClusterRoleBinding' ? 'error' : 'warning',
            data: { role: b.role.name, scope: bindingScope(b), subjects: subjectsText(b), grants: GRANTS[b.role.name] },
            path: ['roleRef', 'name'],
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/rbac-wildcard.js



/**
 * The sensitive rights a wildcard of this rule gives away where the role takes effect, which no other
 * rule reports on this rule: rights granted only through `resources: ["*"]` (a right granted through
 * a named resource is reported there by its own rule), CSR approval only when the role holds both halves.
 */
function wildcardRights(role, rule, scope) {
    const out = [];
    const throughStar = (id) => {
        const p = PERMISSIONS[id];
        const g = ruleGrantsPermission(rule, p, { scope });
        if (!g || (g.narrowed && !narrowedStillStrong(p, rule)))
            return false;
        return !ruleGrantsPermission(rule, p, { scope, explicit: true });
    };
    for (const id of SENSITIVE) {
        const p = PERMISSIONS[id];
        if (p.requires) {
            if (p.requires.some(throughStar) && rulesHold(role.ownRules, [id], { scope }).length > 0)
                out.push(p.short);
        }
        else if (throughStar(id))
            out.push(p.short);
    }
    return out;
}
/* harmony default export */ const rbac_wildcard = (defineRule({
    id: 'rbac-wildcard',
    meta: {
        title: 'Wildcard in a role rule',
        description: 'A Role or ClusterRole rule uses `*` in verbs, resources or apiGroups; `*` verbs on `*` resources is an error.',
        level: 'warning',
        tags: ['security', 'rbac', 'cis-5.1.3'],
        securitySeverity: '6.0',
        precision: 'very-high',
        messages: {
            allOnAll: 'this rule of {role} grants `*` verbs on `*` resources {groups}: everything there, including what future versions add{implies}; the role is {scope}',
            clusterAdmin: 'this rule of {role} grants `*` verbs on `*` resources in every API group: its holders are cluster-admin equivalent; the role is {scope}',
            namespaceAdmin: 'this rule of {role} grants `*` verbs on `*` resources in every API group: its holders control everything in their namespace, its Secrets and ServiceAccounts included; the role is {scope}',
            wildcard: 'this rule of {role} uses `*` in {fields}: it grants whatever the cluster has there now and will have later{implies}; the role is {scope}',
        },
        remediation: 'List the verbs, resources and API groups the workload needs.',
        references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
        docs: {
            rationale: 'A wildcard grants more than its author saw: `*` resources include Secrets and every subresource (exec, proxy, token), `*` verbs include `escalate`, `bind` and `impersonate`, and both grow with every CRD and API version the cluster gains. CIS 5.1.3 asks to minimise wildcards. The finding sits on the first `*` of the rule.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: app-manager
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: ["*"]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: app-manager
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: app-manager
subjects:
  - kind: ServiceAccount
    name: dashboard
    namespace: shop
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: app-manager
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: [deployments, replicasets]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: app-manager
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: app-manager
subjects:
  - kind: ServiceAccount
    name: dashboard
    namespace: shop
`,
        },
    },
    appliesTo: isRole,
    check(o, ctx) {
        eachOwnRule(o, ctx, ({ role, rule, path }) => {
            const scope = roleReach(ctx.inventory.rbac, role);
            const rights = wildcardRights(role, rule, scope);
            const implies = rights.length > 0 ? `; it includes the rights to ${_rbac_and(rights)}` : '';
            const v = rule.verbs.indexOf('*');
            const r = rule.resources.indexOf('*');
            const g = rule.apiGroups.indexOf('*');
            const u = rule.nonResourceURLs.indexOf('*');
            if (v !== -1 && r !== -1) {
                if (g !== -1) {
                    // Everything: what that means depends only on where the role takes effect.
                    reportOnRole(ctx, role, { messageId: scope === 'cluster' ? 'clusterAdmin' : 'namespaceAdmin', level: 'error', path: [...path, 'verbs', v], data: {} });
                    return;
                }
                const groups = `in API group ${rule.apiGroups.map((x) => (x === '' ? '`""` (core)' : `\`${x}\``)).join(', ')}`;
                reportOnRole(ctx, role, { messageId: 'allOnAll', level: 'error', path: [...path, 'verbs', v], data: { groups, implies } });
                return;
            }
            const fields = [v !== -1 && 'verbs', r !== -1 && 'resources', g !== -1 && 'apiGroups', u !== -1 && 'nonResourceURLs'].filter((x) => !!x);
            if (fields.length === 0)
                return;
            const first = fields[0];
            const index = { verbs: v, resources: r, apiGroups: g, nonResourceURLs: u }[first];
            reportOnRole(ctx, role, {
                messageId: 'wildcard',
                level: 'warning',
                path: [...path, first, index],
                data: { fields: fields.map((f) => `\`${f}\``).join(' and '), implies },
            });
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/secrets-access.js


/* harmony default export */ const secrets_access = (permissionRule({
    id: 'secrets-access',
    permission: PERMISSIONS['secrets-read'],
    classify: (grant, rule) => {
        if (grant.narrowed)
            return { messageId: 'named', level: 'note' };
        const has = (v) => rule.verbs.includes('*') || rule.verbs.includes(v);
        if (has('list') || has('watch'))
            return { messageId: 'listAll', level: 'warning' };
        if (has('deletecollection'))
            return { messageId: 'deleteCollection', level: 'warning' };
        if (has('get'))
            return { messageId: 'getAny', level: 'warning' };
        return { messageId: 'patch', level: 'warning' };
    },
    meta: {
        title: "Role reads Secrets",
        description: "A Role or ClusterRole grants a verb that reads Secrets: list, watch and deletecollection read every Secret in reach, get and patch any Secret whose name is known; a grant narrowed by resourceNames is a note.",
        level: 'warning',
        tags: ["security", "rbac", "cis-5.1.2"],
        securitySeverity: '6.5',
        precision: 'high',
        messages: {
            listAll: "this rule of {role} grants `{verb}` on `{resource}`: its holders read every Secret in reach, ServiceAccount tokens included; the role is {scope}",
            getAny: "this rule of {role} grants `get` on `{resource}`: its holders read any Secret whose name they know; the role is {scope}",
            deleteCollection: "this rule of {role} grants `deletecollection` on `{resource}`: deleting a collection returns the deleted Secrets, data included, so its holders read (and destroy) every Secret in reach; the role is {scope}",
            patch: "this rule of {role} grants `patch` on `{resource}`: a patch returns the Secret, so its holders read any Secret whose name they know (an empty patch or `dryRun=All` changes nothing); the role is {scope}",
            named: "this rule of {role} grants `{verb}` on `{resource}` for `{names}` only; the role is {scope}",
        },
        remediation: "Grant access to the named Secrets the workload needs (`resourceNames`), or mount them into its pods instead of reading them through the API.",
        references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"],
        docs: {
            rationale: "Secrets hold tokens, passwords and keys; reading them is often the step from one workload to many. `list` and `watch` return the content of every Secret, not just names, so they are as strong as `get` on all of them. Two write verbs read too: `deletecollection` returns the Secrets it deleted, and `patch` returns the patched Secret, so an empty patch (or one sent with `dryRun=All`) reads any Secret by name. `update` alone does not: it must send the whole object. The level rises with scope: bound by a ClusterRoleBinding it is every namespace's Secrets (error), not bound in the set it is a note.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: config-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: config-reader
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: config-reader
subjects:
  - kind: ServiceAccount
    name: api
    namespace: shop
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: config-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: config-reader
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: config-reader
subjects:
  - kind: ServiceAccount
    name: api
    namespace: shop
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/pod-create.js


/* harmony default export */ const pod_create = (permissionRule({
    id: 'pod-create',
    permission: PERMISSIONS['pod-create'],
    // A grant of create on the resource is the stronger message; update or patch only rewrites the template.
    classify: (grant) => ({ messageId: grant.verb === 'create' ? 'grant' : 'template', level: 'warning' }),
    // Image swaps on running pods act as those pods' accounts, like exec (pod-exec is a warning too).
    fallback: { permission: PERMISSIONS['pod-update'], messageId: 'podUpdate', level: 'warning' },
    meta: {
        title: "Role runs pods: creates them or edits pod templates",
        description: "A Role or ClusterRole grants create on pods or jobs, or create, update or patch on a pod controller (deployments, replicasets, statefulsets, daemonsets, cronjobs, replicationcontrollers), which runs pods as any ServiceAccount of the namespace; or update or patch on pods, which swaps the image of running pods.",
        level: 'warning',
        tags: ["security", "rbac", "cis-5.1.4"],
        securitySeverity: '6.5',
        precision: 'high',
        messages: {
            grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders run pods as any ServiceAccount of the namespace and mount any of its Secrets; the role is {scope}",
            template: "this rule of {role} grants `{verb}` on `{resource}`: its holders rewrite the pod template, so they run pods as any ServiceAccount of the namespace and mount any of its Secrets; the role is {scope}",
            podUpdate: "this rule of {role} grants `{verb}` on `{resource}`: its holders swap the image of running pods and run their own code as those pods' ServiceAccounts; the role is {scope}",
        },
        remediation: "Give pod creation and template changes to deployment tooling only, in the namespaces it deploys to; workloads rarely need them (scaling needs only the `scale` subresource).",
        references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"],
        docs: {
            rationale: "Whoever creates a pod chooses its `serviceAccountName` and volumes: creating pods (directly or through a Deployment, Job, CronJob...) is holding every ServiceAccount and every Secret of the namespace. Updating or patching a controller does the same, since its controller rolls out the new template (a Job's template is immutable, so only creating jobs counts). Updating or patching a pod cannot change its account, but it can change a container's image, which runs new code as the pod's account. CIS 5.1.4 asks to minimise pod creation.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [create, update]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: deployer
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: deployer
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/pod-exec.js


/* harmony default export */ const pod_exec = (permissionRule({
    id: 'pod-exec',
    permission: PERMISSIONS['pod-exec'],
    meta: {
        title: "Role execs into pods",
        description: "A Role or ClusterRole grants pods/exec, pods/attach or pods/portforward (create or get), or update or patch on pods/ephemeralcontainers.",
        level: 'warning',
        tags: ["security", "rbac"],
        securitySeverity: '6.5',
        precision: 'high',
        messages: {
            grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders run commands in or connect to running pods and act as their ServiceAccounts; the role is {scope}",
        },
        remediation: "Remove exec, attach, port-forward and ephemeral-container rights from roles that workloads hold; give them to people through short-lived, audited access.",
        references: ["https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb"],
        docs: {
            rationale: "Exec and attach are `create` on `pods/exec` and `pods/attach`; older clients use `get` over WebSocket, so `get` is as dangerous. Ephemeral containers (`update`/`patch` on `pods/ephemeralcontainers`) do the same. A shell in a pod is its token, its Secrets and its network position.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: debugger
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pods/exec]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: debugger
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: debugger
subjects:
  - kind: ServiceAccount
    name: support
    namespace: shop
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: debugger
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pods/log]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: debugger
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: debugger
subjects:
  - kind: ServiceAccount
    name: support
    namespace: shop
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/rbac-escalation-verbs.js



/* harmony default export */ const rbac_escalation_verbs = (permissionRule({
    id: 'rbac-escalation-verbs',
    permission: PERMISSIONS['escalation-verbs'],
    classify: (grant, rule, { engine, role }) => {
        if (grant.check.resource !== 'roles' && grant.check.resource !== 'clusterroles')
            return { messageId: 'impersonate', level: 'error' };
        if (!grant.narrowed)
            return { messageId: 'escalate', level: 'error' };
        // Narrowed by resourceNames: `bind` hands out only the roles named, so it is rated by them
        // (`*` is a literal name there, not a wildcard); `escalate` may still write anything into them.
        if (verbMatches(rule, 'bind')) {
            const targets = bindTargets(engine, rule, grant, role.kind === 'Role' ? role.namespace : undefined);
            const strong = targets.filter(isStrong);
            if (strong.length > 0) {
                const s = strong[0].strength;
                const hands = s.adminEquivalent ? 'covers `*` on `*`' : `may ${s.sensitive.map((p) => p.short).join(', ')}`;
                return { messageId: 'bindStrong', level: 'error', data: { target: strong[0].name, hands } };
            }
            const unknown = targets.filter((t) => t.roles.length === 0 && t.name !== '*');
            if (!verbMatches(rule, 'escalate'))
                return unknown.length > 0 ? { messageId: 'bindUnknown', level: 'warning', data: { missing: unknown.map((t) => t.name).join('`, `') } } : undefined;
        }
        return { messageId: 'escalateNamed', level: 'warning' };
    },
    meta: {
        title: "Role holds bind, escalate or impersonate",
        description: "A Role or ClusterRole grants bind or escalate on roles or clusterroles, or impersonate on users, groups, serviceaccounts, uids or userextras.",
        level: 'error',
        tags: ["security", "rbac", "cis-5.1.8"],
        securitySeverity: '9.0',
        precision: 'high',
        messages: {
            escalate: "this rule of {role} grants `{verb}` on `{resource}`: its holders grant permissions they do not hold themselves; the role is {scope}",
            bindStrong: "this rule of {role} grants `bind` on `{resource}` named `{names}`, and `{target}` {hands}: its holders can hand that to any subject they may bind; the role is {scope}",
            bindUnknown: "this rule of {role} grants `bind` on `{resource}` named `{missing}`, which is neither in the scanned files nor built in; its holders hand out whatever a role of that name will hold; the role is {scope}",
            escalateNamed: "this rule of {role} grants `escalate` on `{resource}` named `{names}`: its holders may write any permission into those roles, for every subject bound to them; the role is {scope}",
            impersonate: "this rule of {role} grants `impersonate` on `{resource}`: its holders act as other users, groups or accounts; the role is {scope}",
        },
        remediation: "Remove `bind`, `escalate` and `impersonate`; where a controller must bind roles, narrow `bind` with `resourceNames` to roles that hold nothing sensitive (binding `view` is no escalation).",
        references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"],
        docs: {
            rationale: "RBAC prevents subjects from granting permissions they lack, except through these verbs: `escalate` lets a subject write roles with any permission, `bind` lets it bind roles it does not hold, and `impersonate` lets it act as anyone it may impersonate. `bind` and `escalate` are checked on roles and clusterroles, not on bindings. `bind` narrowed by `resourceNames` hands out only the roles it names, so it is rated by what they hold: binding `view` is no escalation, binding `edit` is. A `*` in `resourceNames` is a literal name, not a wildcard.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: role-manager
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [clusterroles]
    verbs: [bind, escalate]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: role-manager
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: role-manager
subjects:
  - kind: ServiceAccount
    name: operator
    namespace: ops
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: role-manager
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [clusterroles]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: role-manager
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: role-manager
subjects:
  - kind: ServiceAccount
    name: operator
    namespace: ops
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/rbac-binding-write.js


/* harmony default export */ const rbac_binding_write = (permissionRule({
    id: 'rbac-binding-write',
    permission: PERMISSIONS['binding-write'],
    meta: {
        title: "Role writes RoleBindings or ClusterRoleBindings",
        description: "A Role or ClusterRole grants create, update or patch on rolebindings or clusterrolebindings.",
        level: 'warning',
        tags: ["security", "rbac", "cis-5.1.8"],
        securitySeverity: '6.5',
        precision: 'high',
        messages: {
            grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders hand every permission they hold (and any role they may bind) to any subject; the role is {scope}",
        },
        remediation: "Keep binding management with the people or controllers that own access control, and narrow it by namespace.",
        references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#restrictions-on-role-binding-creation-or-update"],
        docs: {
            rationale: "RBAC lets a subject create a binding only to a role whose permissions it already holds (or may `bind`). Binding rights still let it pass its own permissions to any other subject, and combined with `bind` they are a path to anything.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: access-manager
  namespace: shop
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [rolebindings]
    verbs: [create, update, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: access-manager
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: access-manager
subjects:
  - kind: ServiceAccount
    name: admin-bot
    namespace: shop
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: access-manager
  namespace: shop
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [rolebindings]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: access-manager
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: access-manager
subjects:
  - kind: ServiceAccount
    name: admin-bot
    namespace: shop
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/pv-create.js


/* harmony default export */ const pv_create = (permissionRule({
    id: 'pv-create',
    permission: PERMISSIONS['pv-create'],
    meta: {
        title: "ClusterRole creates PersistentVolumes",
        description: "A ClusterRole grants create on persistentvolumes (a cluster-scoped resource).",
        level: 'warning',
        tags: ["security", "rbac", "cis-5.1.9"],
        securitySeverity: '6.0',
        precision: 'high',
        messages: {
            grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders create hostPath volumes that reach the file system of the nodes; the role is {scope}",
        },
        remediation: "Let a storage provisioner create PersistentVolumes; users and workloads create PersistentVolumeClaims.",
        references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation"],
        docs: {
            rationale: "A PersistentVolume can be a `hostPath` to any directory of the node; a pod that claims it reads and writes the node. CIS 5.1.9 asks to minimise access to create PersistentVolumes. Roles and RoleBindings cannot grant it: PersistentVolumes are cluster-scoped.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: volume-maker
rules:
  - apiGroups: [""]
    resources: [persistentvolumes]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: volume-maker
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: volume-maker
subjects:
  - kind: ServiceAccount
    name: installer
    namespace: ops
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: volume-maker
rules:
  - apiGroups: [""]
    resources: [persistentvolumeclaims]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: volume-maker
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: volume-maker
subjects:
  - kind: ServiceAccount
    name: installer
    namespace: ops
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/nodes-proxy.js


/* harmony default export */ const nodes_proxy = (permissionRule({
    id: 'nodes-proxy',
    permission: PERMISSIONS['nodes-proxy'],
    // The kubelet maps PUT and PATCH to `update` and `patch`: they reach only its log-verbosity endpoint.
    fallback: { permission: PERMISSIONS['nodes-proxy-loglevel'], messageId: 'logLevel', level: 'note', fixed: true },
    meta: {
        title: "ClusterRole proxies to nodes",
        description: "A ClusterRole grants get or create on nodes/proxy, which reaches the kubelet API of every node (exec and run included); update or patch reach only the log-verbosity endpoint, a note.",
        level: 'error',
        tags: ["security", "rbac", "cis-5.1.10"],
        securitySeverity: '8.5',
        precision: 'high',
        messages: {
            grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders reach the kubelet API, which runs commands in every pod of the node; the role is {scope}",
            logLevel: "this rule of {role} grants `{verb}` on `{resource}`: through the kubelet these verbs reach only its log-verbosity endpoint (`/debug/flags/v`); the role is {scope}",
        },
        remediation: "Remove `nodes/proxy`; metrics collectors need `nodes/metrics` and `nodes/stats` instead.",
        references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes"],
        docs: {
            rationale: "Requests through `nodes/proxy` go straight to the kubelet, which does not audit them through the API server and lets them exec into every container of the node. The kubelet authorizes each HTTP method as a verb: GET is `get` (and WebSocket exec), POST is `create` (exec, run, attach, port-forward), PUT and PATCH are `update` and `patch`, which reach only the log-verbosity endpoint; `list`, `watch` and `delete` reach nothing. `nodes` are cluster-scoped, so only a ClusterRole bound by a ClusterRoleBinding grants it. CIS 5.1.10 asks to minimise it.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: node-metrics
rules:
  - apiGroups: [""]
    resources: [nodes/proxy]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-metrics
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-metrics
subjects:
  - kind: ServiceAccount
    name: collector
    namespace: ops
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: node-metrics
rules:
  - apiGroups: [""]
    resources: [nodes/metrics, nodes/stats]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-metrics
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-metrics
subjects:
  - kind: ServiceAccount
    name: collector
    namespace: ops
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/csr-approval.js



/* harmony default export */ const csr_approval = (defineRule({
    id: 'csr-approval',
    meta: {
        title: 'ClusterRole approves certificate signing requests',
        description: 'A ClusterRole grants both update on certificatesigningrequests/approval and approve on signers, which together approve client certificates.',
        level: 'error',
        tags: ['security', 'rbac', 'cis-5.1.11'],
        securitySeverity: '8.0',
        precision: 'very-high',
        messages: {
            approve: 'this rule of {role} grants `update` on `{resource}` and rule {other} grants `approve` on `signers`{names}: its holders approve client certificates for any identity the signer issues, `system:masters` included; the role is {scope}',
        },
        remediation: 'Leave CSR approval to the controller manager; if a controller must approve, narrow `approve` on `signers` with `resourceNames` to its own signer (not a `kubernetes.io` one that issues API server client certificates).',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization'],
        docs: {
            rationale: 'Approving a CertificateSigningRequest needs two permissions: `update` on `certificatesigningrequests/approval`, and `approve` on `signers` (named by signer, or `*`). With both, a subject approves its own request for a client certificate with any user and groups the signer allows — for `kubernetes.io/kube-apiserver-client`, that includes `system:masters`. Either half alone is not reported, nor `approve` narrowed by `resourceNames` to signers whose certificates the API server does not accept (not `kubernetes.io/kube-apiserver-client`, `-client-kubelet`, `legacy-unknown` or `kubernetes.io/*`). CSRs are cluster-scoped: a ClusterRole bound only by RoleBindings grants neither half. CIS 5.1.11.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-approver
rules:
  - apiGroups: [certificates.k8s.io]
    resources: [certificatesigningrequests/approval]
    verbs: [update]
  - apiGroups: [certificates.k8s.io]
    resources: [signers]
    verbs: [approve]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: csr-approver
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: csr-approver
subjects:
  - kind: ServiceAccount
    name: approver
    namespace: ops
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-approver
rules:
  - apiGroups: [certificates.k8s.io]
    resources: [certificatesigningrequests]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: csr-approver
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: csr-approver
subjects:
  - kind: ServiceAccount
    name: approver
    namespace: ops
`,
        },
    },
    appliesTo: (o) => isRole(o) && o.ref.kind === 'ClusterRole',
    check(o, ctx) {
        const engine = ctx.inventory.rbac;
        const role = engine.roleOf(o);
        // An aggregated role's own rules are overwritten; a ClusterRole bound only by RoleBindings grants nothing on CSRs.
        if (!role || role.aggregation || roleReach(engine, role) === 'namespace')
            return;
        // The first rule entry that grants each half; grants through `resources: ["*"]` are rbac-wildcard's finding.
        const first = (p, strong) => {
            for (const [index, rule] of role.ownRules.entries()) {
                const g = ruleGrantsPermission(rule, p, { explicit: true });
                if (g && strong(rule, g))
                    return { index, entry: g.resourceIndex };
            }
            return undefined;
        };
        const approval = first(PERMISSIONS['csr-approval-update'], () => true);
        // `approve` narrowed to signers that issue no API server client certificates approves nothing dangerous.
        const signer = first(PERMISSIONS['signer-approve'], (rule, g) => !g.narrowed || narrowedStillStrong(PERMISSIONS['signer-approve'], rule));
        if (!approval || !signer)
            return;
        const signerRule = role.ownRules[signer.index];
        reportOnRole(ctx, role, {
            messageId: 'approve',
            level: 'error',
            path: ['rules', approval.index, 'resources', approval.entry],
            data: {
                resource: role.ownRules[approval.index].resources[approval.entry],
                other: signer.index + 1,
                names: signerRule.resourceNames.length > 0 ? ` for \`${signerRule.resourceNames.filter((n) => API_SERVER_SIGNERS.includes(n)).join('`, `')}\`` : '',
            },
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/webhook-config-write.js


/* harmony default export */ const webhook_config_write = (permissionRule({
    id: 'webhook-config-write',
    permission: PERMISSIONS['webhook-write'],
    // Narrowed to named configurations, it is an operator keeping its own webhook up to date.
    // What a holder can do depends on the resource: only a mutating webhook rewrites objects.
    classify: (grant, rule) => {
        if (grant.narrowed)
            return undefined;
        const resource = rule.resources[grant.resourceIndex] ?? '';
        if (resource.startsWith('mutatingwebhookconfigurations'))
            return { messageId: 'grant', level: 'error' };
        if (resource.startsWith('validatingwebhookconfigurations'))
            return { messageId: 'validating', level: 'error' };
        return { messageId: 'policy', level: 'error' };
    },
    meta: {
        title: "ClusterRole writes admission webhooks or policies",
        description: "A ClusterRole grants create, update, patch or delete on mutating or validating webhook configurations, or on validating admission policies and their bindings.",
        level: 'error',
        tags: ["security", "rbac", "cis-5.1.12"],
        securitySeverity: '8.5',
        precision: 'high',
        messages: {
            grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders can register a webhook that sees and rewrites the objects of API requests (pod specs, Secrets), or switch one off; the role is {scope}",
            validating: "this rule of {role} grants `{verb}` on `{resource}`: its holders can register a webhook that sees the objects of API requests (Secrets included) and refuses them, or switch admission checks off; the role is {scope}",
            policy: "this rule of {role} grants `{verb}` on `{resource}`: its holders can switch admission policies off or make them refuse API requests; the role is {scope}",
        },
        remediation: "Narrow the rule with `resourceNames` to the configurations the controller owns, or drop write access when it only needs to read them.",
        references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks"],
        docs: {
            rationale: "A mutating webhook sees and rewrites every object it selects (pod specs, Secrets); deleting a validating webhook or policy removes a guard rail. CIS 5.1.12 asks to minimise these rights. The resources are cluster-scoped, so only ClusterRoleBindings grant them. Rules narrowed by `resourceNames` to named configurations (an operator maintaining its own webhook) are not reported.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: webhook-manager
rules:
  - apiGroups: [admissionregistration.k8s.io]
    resources: [mutatingwebhookconfigurations]
    verbs: [create, update, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: webhook-manager
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: webhook-manager
subjects:
  - kind: ServiceAccount
    name: cert-injector
    namespace: ops
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: webhook-manager
rules:
  - apiGroups: [admissionregistration.k8s.io]
    resources: [mutatingwebhookconfigurations]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: webhook-manager
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: webhook-manager
subjects:
  - kind: ServiceAccount
    name: cert-injector
    namespace: ops
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/token-request.js


/* harmony default export */ const token_request = (permissionRule({
    id: 'token-request',
    permission: PERMISSIONS['token-request'],
    classify: (grant) => (grant.narrowed ? { messageId: 'named', level: 'note' } : { messageId: 'grant', level: 'warning' }),
    meta: {
        title: "Role mints ServiceAccount tokens",
        description: "A Role or ClusterRole grants create on serviceaccounts/token (the TokenRequest API).",
        level: 'warning',
        tags: ["security", "rbac", "cis-5.1.13"],
        securitySeverity: '6.5',
        precision: 'high',
        messages: {
            grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders mint tokens for the ServiceAccounts in reach and act as them; the role is {scope}",
            named: "this rule of {role} grants `{verb}` on `{resource}` for `{names}`: its holders act as those accounts; the role is {scope}",
        },
        remediation: "Narrow the rule with `resourceNames` to the accounts whose tokens are needed, or remove it.",
        references: ["https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/"],
        docs: {
            rationale: "`create` on `serviceaccounts/token` returns a token for the named account: holding it is holding every account it reaches. CIS 5.1.13 asks to minimise it.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: token-minter
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [serviceaccounts/token]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: token-minter
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: token-minter
subjects:
  - kind: ServiceAccount
    name: gateway
    namespace: shop
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: token-minter
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [serviceaccounts]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: token-minter
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: token-minter
subjects:
  - kind: ServiceAccount
    name: gateway
    namespace: shop
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/system-masters-binding.js


/* harmony default export */ const system_masters_binding = (defineRule({
    id: 'system-masters-binding',
    meta: {
        title: 'Binding to the system:masters group',
        description: 'A binding names the group `system:masters`, whose members bypass authorization altogether.',
        level: 'error',
        tags: ['security', 'rbac', 'cis-5.1.7'],
        securitySeverity: '8.0',
        precision: 'very-high',
        messages: {
            masters: 'this binding grants to group `system:masters`, whose members bypass RBAC and whose membership comes from certificates that cannot be revoked; use a dedicated group',
        },
        remediation: 'Bind a dedicated group and issue credentials for it; keep `system:masters` for break-glass certificates only.',
        references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
        docs: {
            rationale: 'Membership of `system:masters` short-circuits authorization before RBAC is asked, and it comes from client certificates, which the API server cannot revoke. A binding to it signals that the group is in use: the role adds nothing its members lack, and removing the binding takes nothing away from them. CIS 5.1.7.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform-admins
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: system:masters
    apiGroup: rbac.authorization.k8s.io
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform-admins
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: platform-admins
    apiGroup: rbac.authorization.k8s.io
`,
        },
    },
    appliesTo: isBinding,
    check(o, ctx) {
        const b = bindingOf(o, ctx);
        for (const s of b?.subjects ?? []) {
            if (s.kind === 'Group' && s.name === 'system:masters')
                ctx.report({ messageId: 'masters', path: ['subjects', s.index, 'name'] });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/anonymous-binding.js



/* harmony default export */ const anonymous_binding = (defineRule({
    id: 'anonymous-binding',
    meta: {
        title: 'Binding to anonymous or all authenticated users',
        description: 'A binding grants a role beyond the built-in discovery roles to `system:anonymous` or `system:unauthenticated` (error), or to `system:authenticated` (warning).',
        level: 'error',
        tags: ['security', 'rbac'],
        securitySeverity: '9.0',
        precision: 'very-high',
        messages: {
            anonymous: 'this binding grants {role} {scope} to `{subject}`: anyone who can reach the API server, without credentials',
            authenticated: 'this binding grants {role} {scope} to `system:authenticated`: every user and every ServiceAccount token of the cluster',
        },
        remediation: 'Bind the role to the users, groups or ServiceAccounts that need it.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles'],
        docs: {
            rationale: '`system:anonymous` and `system:unauthenticated` are requests without credentials; `system:authenticated` includes every ServiceAccount token, so any compromised pod holds what it grants. The built-in discovery roles (`system:discovery`, `system:basic-user`, `system:public-info-viewer`) are bound this way by Kubernetes itself and are not reported.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: public-read
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: system:unauthenticated
    apiGroup: rbac.authorization.k8s.io
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: public-read
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: system:public-info-viewer
subjects:
  - kind: Group
    name: system:unauthenticated
    apiGroup: rbac.authorization.k8s.io
`,
        },
    },
    appliesTo: isBinding,
    check(o, ctx) {
        const b = bindingOf(o, ctx);
        if (!b || isDiscoveryBinding(b))
            return;
        const role = b.role ? roleLabel(b.role) : `\`${b.roleRef.name}\``;
        for (const s of b.subjects) {
            const anonymous = (s.kind === 'User' && s.name === 'system:anonymous') || (s.kind === 'Group' && s.name === 'system:unauthenticated');
            const authenticated = s.kind === 'Group' && s.name === 'system:authenticated';
            if (!anonymous && !authenticated)
                continue;
            ctx.report({
                messageId: anonymous ? 'anonymous' : 'authenticated',
                level: anonymous ? 'error' : 'warning',
                data: { role, scope: bindingScope(b), subject: s.name },
                path: ['subjects', s.index, 'name'],
            });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/all-serviceaccounts-binding.js



/* harmony default export */ const all_serviceaccounts_binding = (defineRule({
    id: 'all-serviceaccounts-binding',
    meta: {
        title: 'Binding to every ServiceAccount',
        description: 'A binding grants to the group `system:serviceaccounts` (every account of the cluster) or `system:serviceaccounts:NS` (every account of a namespace).',
        level: 'warning',
        tags: ['security', 'rbac'],
        securitySeverity: '6.0',
        precision: 'very-high',
        messages: {
            all: 'this binding grants {role} {scope} to `{group}`: {who}, including every pod that runs as `default`',
        },
        remediation: 'Bind the role to the ServiceAccounts that need it, by name.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions'],
        docs: {
            rationale: 'Every ServiceAccount token carries the groups `system:serviceaccounts` and `system:serviceaccounts:NS`. A binding to them hands the role to every workload, present and future, including those that run as `default` and those of other teams. Built-in discovery bindings are not reported.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: all-read-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: system:serviceaccounts:shop
    apiGroup: rbac.authorization.k8s.io
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: all-read-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: dashboard
    namespace: shop
`,
        },
    },
    appliesTo: isBinding,
    check(o, ctx) {
        const b = bindingOf(o, ctx);
        if (!b || isDiscoveryBinding(b))
            return;
        const role = b.role ? roleLabel(b.role) : `\`${b.roleRef.name}\``;
        for (const s of b.subjects) {
            if (s.kind !== 'Group')
                continue;
            const m = /^system:serviceaccounts(?::(.+))?$/.exec(s.name);
            if (!m)
                continue;
            const who = m[1] ? `every ServiceAccount of namespace \`${m[1]}\`` : 'every ServiceAccount of the cluster';
            ctx.report({ messageId: 'all', data: { role, scope: bindingScope(b), group: s.name, who }, path: ['subjects', s.index, 'name'] });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/default-sa-binding.js


/* harmony default export */ const default_sa_binding = (defineRule({
    id: 'default-sa-binding',
    meta: {
        title: 'Binding to a default ServiceAccount',
        description: "A binding grants a role to a namespace's `default` ServiceAccount, which every pod that names no account runs as.",
        level: 'warning',
        tags: ['security', 'rbac', 'cis-5.1.5'],
        securitySeverity: '6.0',
        precision: 'very-high',
        messages: {
            default: 'this binding grants {role} {scope} to ServiceAccount `{namespace}/default`, which every pod of the namespace that names no account runs as',
        },
        remediation: 'Create a ServiceAccount for the workload that needs the role, bind it, and set `serviceAccountName`.',
        references: ['https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts'],
        docs: {
            rationale: 'Permissions given to `default` are given to every pod that forgets `serviceAccountName`, now and later, including third-party charts installed into the namespace. CIS 5.1.5 asks that default accounts get no grants.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: app-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: default
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: app-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: app
`,
        },
    },
    appliesTo: isBinding,
    check(o, ctx) {
        const b = bindingOf(o, ctx);
        if (!b)
            return;
        const role = b.role ? roleLabel(b.role) : `\`${b.roleRef.name}\``;
        for (const s of b.subjects) {
            if (s.kind !== 'ServiceAccount' || s.name !== 'default')
                continue;
            const ns = s.namespace || b.namespace;
            if (!ns)
                continue; // a ClusterRoleBinding subject without namespace matches nothing (dangling-role-ref's business is the role)
            ctx.report({ messageId: 'default', data: { role, scope: bindingScope(b), namespace: ns }, path: ['subjects', s.index, 'name'] });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/cross-namespace-subject.js


/* harmony default export */ const cross_namespace_subject = (defineRule({
    id: 'cross-namespace-subject',
    meta: {
        title: 'RoleBinding grants to an account of another namespace',
        description: 'A RoleBinding grants to a ServiceAccount of a different namespace than its own.',
        level: 'note',
        tags: ['security', 'rbac'],
        securitySeverity: '3.0',
        precision: 'very-high',
        messages: {
            cross: 'this RoleBinding of namespace `{namespace}` grants {role} to ServiceAccount `{subjectNamespace}/{name}` of another namespace; make sure that namespace is meant to reach into this one',
        },
        remediation: 'Keep the grant if it is intended (a controller in its own namespace); otherwise bind an account of this namespace.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding'],
        docs: {
            rationale: 'Namespaces are a trust boundary. A RoleBinding that reaches out to an account of another namespace lets whoever controls that namespace act in this one; it is sometimes intended (a central controller) and often a copy-paste. A note, so it is seen in review.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-deploy
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: tools
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-deploy
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: shop
`,
        },
    },
    appliesTo: (o) => o.ref.group === 'rbac.authorization.k8s.io' && o.ref.kind === 'RoleBinding',
    check(o, ctx) {
        const b = bindingOf(o, ctx);
        if (!b)
            return;
        const role = b.role ? roleLabel(b.role) : `\`${b.roleRef.name}\``;
        for (const s of b.subjects) {
            if (s.kind !== 'ServiceAccount' || !s.namespace || s.namespace === b.namespace)
                continue;
            ctx.report({
                messageId: 'cross',
                data: { namespace: b.namespace, role, subjectNamespace: s.namespace, name: s.name },
                path: ['subjects', s.index, 'namespace'],
            });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/dangling-role-ref.js


/* harmony default export */ const dangling_role_ref = (defineRule({
    id: 'dangling-role-ref',
    meta: {
        title: 'Binding to a role that does not exist',
        description: 'A roleRef names a role that is neither in the scanned files nor built in, a RoleBinding names a Role of another namespace, or a ClusterRoleBinding names a Role: the binding grants nothing.',
        level: 'warning',
        tags: ['security', 'rbac'],
        securitySeverity: '4.0',
        precision: 'high',
        messages: {
            missing: '{kind} `{name}` is neither in the scanned files nor built in, so this binding grants nothing there; a role created later under that name is granted at once',
            otherNamespace: 'Role `{name}` exists only in namespace {namespaces}, but a RoleBinding refers to a Role of its own namespace `{namespace}`, so it grants nothing',
            roleInClusterBinding: 'a ClusterRoleBinding can only refer to a ClusterRole, not to Role `{name}`; the API server rejects it',
        },
        remediation: 'Fix the role name or kind, add the role to the manifests, or remove the binding.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding'],
        docs: {
            rationale: 'A binding to a missing role is inert today and dangerous tomorrow: whoever creates a role with that name (a chart installed later, a typo fixed elsewhere) instantly grants it to the binding\'s subjects. A RoleBinding looks its Role up only in its own namespace.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: api-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: config-reader
subjects:
  - kind: ServiceAccount
    name: api
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: config-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: api-config
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: config-reader
subjects:
  - kind: ServiceAccount
    name: api
`,
        },
    },
    appliesTo: isBinding,
    check(o, ctx) {
        const b = bindingOf(o, ctx);
        if (!b || b.role || !b.roleRef.name)
            return;
        const engine = ctx.inventory.rbac;
        const { kind, name } = b.roleRef;
        if (b.kind === 'ClusterRoleBinding' && kind === 'Role') {
            ctx.report({ messageId: 'roleInClusterBinding', data: { name }, path: ['roleRef', 'kind'] });
            return;
        }
        if (kind === 'Role') {
            const elsewhere = engine.rolesNamed(name).filter((r) => r.namespace !== b.namespace);
            if (elsewhere.length > 0) {
                ctx.report({
                    messageId: 'otherNamespace',
                    data: { name, namespace: b.namespace, namespaces: elsewhere.map((r) => `\`${r.namespace}\``).join(', ') },
                    path: ['roleRef', 'name'],
                    related: elsewhere.filter((r) => r.object).map((r) => ({ object: r.object, path: ['metadata', 'name'], label: `Role \`${r.namespace}/${r.name}\`` })),
                });
                return;
            }
        }
        if (kind !== 'Role' && kind !== 'ClusterRole')
            return; // invalid kinds are rejected by the API server
        ctx.report({ messageId: 'missing', data: { kind, name }, path: ['roleRef', 'name'] });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/invalid-binding-subject.js



/* harmony default export */ const invalid_binding_subject = (defineRule({
    id: 'invalid-binding-subject',
    meta: {
        title: 'Binding subject the API server rejects',
        description: 'A binding subject the API server refuses: a ServiceAccount without a namespace in a ClusterRoleBinding, a kind other than User, Group or ServiceAccount, or an `apiGroup` that does not go with the kind.',
        level: 'error',
        tags: ['rbac', 'input'],
        precision: 'very-high',
        messages: {
            noNamespace: 'this ClusterRoleBinding names ServiceAccount `{name}` without a `namespace`; the API server rejects the binding (only a RoleBinding lends its own namespace to a subject), so name the account\'s namespace',
            kind: 'subject kind `{kind}` is not `User`, `Group` or `ServiceAccount`; the API server rejects the binding',
            apiGroup: 'subject `{name}` of kind `{kind}` has `apiGroup: {apiGroup}`, but a {kind} takes {expected}; the API server rejects the binding',
        },
        remediation: 'Give every ServiceAccount subject of a ClusterRoleBinding its `namespace`, and use the kinds `User`, `Group` (`apiGroup: rbac.authorization.k8s.io`) and `ServiceAccount` (no `apiGroup`).',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects'],
        docs: {
            rationale: 'The API server validates binding subjects: a ServiceAccount subject needs a namespace unless a RoleBinding lends it its own, the kind must be `User`, `Group` or `ServiceAccount`, and the `apiGroup` must be `rbac.authorization.k8s.io` for users and groups and empty for ServiceAccounts. A binding that breaks these is refused, so the access it was written for never exists, and `kubectl apply` of the whole manifest fails.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-reader
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-reader
subjects:
  - kind: ServiceAccount
    name: collector
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-reader
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-reader
subjects:
  - kind: ServiceAccount
    name: collector
    namespace: monitoring
`,
        },
    },
    appliesTo: isBinding,
    check(o, ctx) {
        const b = bindingOf(o, ctx);
        if (!b)
            return;
        for (const s of b.subjects) {
            const p = ['subjects', s.index];
            const apiGroup = ctx.inventory.reader.string(o, [...p, 'apiGroup']) ?? '';
            if (s.kind === 'ServiceAccount') {
                if (apiGroup !== '')
                    ctx.report({ messageId: 'apiGroup', data: { name: s.name, kind: s.kind, apiGroup, expected: 'none (the core group)' }, path: [...p, 'apiGroup'] });
                else if (!s.namespace && b.kind === 'ClusterRoleBinding')
                    ctx.report({ messageId: 'noNamespace', data: { name: s.name }, path: [...p, 'name'] });
            }
            else if (s.kind === 'User' || s.kind === 'Group') {
                if (apiGroup !== '' && apiGroup !== kinds/* RBAC_GROUP */.$j)
                    ctx.report({ messageId: 'apiGroup', data: { name: s.name, kind: s.kind, apiGroup, expected: `\`${kinds/* RBAC_GROUP */.$j}\`` }, path: [...p, 'apiGroup'] });
            }
            else if (s.kind !== '')
                ctx.report({ messageId: 'kind', data: { kind: s.kind }, path: [...p, 'kind'] });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/aggregate-to-builtin.js



const PREFIX = 'rbac.authorization.k8s.io/aggregate-to-';
/** The built-in roles each label feeds: `view` aggregates into `edit`, and `edit` into `admin`. */
const FEEDS = { view: ['view', 'edit', 'admin'], edit: ['edit', 'admin'], admin: ['admin'] };
const READ_VERBS = new Set(['get', 'list', 'watch']);
/* harmony default export */ const aggregate_to_builtin = (defineRule({
    id: 'aggregate-to-builtin',
    meta: {
        title: 'ClusterRole aggregates into a built-in role',
        description: 'A ClusterRole labelled `rbac.authorization.k8s.io/aggregate-to-admin`, `-edit` or `-view` adds its rules to that built-in role for every subject bound to it: an error when what it adds is sensitive, a note when it adds only read access.',
        level: 'warning',
        tags: ['security', 'rbac'],
        securitySeverity: '6.5',
        precision: 'very-high',
        messages: {
            adds: 'label `{label}` adds the rules of ClusterRole `{name}`, write access included, to built-in {targets} for every subject bound to them, in every namespace',
            reads: 'label `{label}` adds the read-only rules of ClusterRole `{name}` to built-in {targets} for every subject bound to them, in every namespace',
            sensitive: 'label `{label}` adds the rules of ClusterRole `{name}` to built-in {targets}, including the rights to {means}, for every subject bound to them, in every namespace',
        },
        remediation: 'Aggregate only read access to your custom resources into `view`, and write access into `edit`; grant anything else through a role of its own.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#aggregated-clusterroles'],
        docs: {
            rationale: 'Charts aggregate their CRDs into the user-facing roles so that namespace users can use them. What the label adds is added for every holder of `admin`, `edit` or `view` (and `view` flows into `edit` and `admin`), across the cluster, without any binding in the chart. Adding Secrets, pod creation, exec or RBAC rights this way widens every team\'s role silently. saguard reports each role once, on its first such label, judging what the role holds (for an aggregated role, what it gathers): an error when that is sensitive, a note when it only reads (`get`, `list`, `watch`) and reads nothing sensitive.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: widgets-view
  labels:
    rbac.authorization.k8s.io/aggregate-to-view: "true"
rules:
  - apiGroups: [example.com]
    resources: [widgets]
    verbs: [get, list, watch]
  - apiGroups: [""]
    resources: [secrets]
    verbs: [get, list]
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: widgets-view
rules:
  - apiGroups: [example.com]
    resources: [widgets]
    verbs: [get, list, watch]
`,
        },
    },
    appliesTo: (o) => isRole(o) && o.ref.kind === 'ClusterRole',
    check(o, ctx) {
        const role = ctx.inventory.rbac.roleOf(o);
        // A role named like a built-in one carries the built-in's labels; builtin-rbac-redefined reports it.
        if (!role || role.redefines)
            return;
        const labels = Object.keys(role.labels).filter((k) => k.startsWith(PREFIX) && FEEDS[k.slice(PREFIX.length)] && role.labels[k] === 'true');
        // What the role holds (an aggregated role holds what it gathers), once per role whatever its labels.
        const rules = role.rules.map((r) => r.rule);
        if (labels.length === 0 || rules.length === 0)
            return;
        const targets = _rbac_and([...new Set(labels.flatMap((k) => FEEDS[k.slice(PREFIX.length)]))].map((t) => `\`${t}\``));
        const data = { label: labels[0], name: role.name, targets };
        const path = ['metadata', 'labels', labels[0]];
        // Built-in roles may be bound cluster-wide: judge what the rules give there.
        const sensitive = rulesHold(rules, SENSITIVE, { scope: 'cluster' });
        if (sensitive.length > 0) {
            ctx.report({ messageId: 'sensitive', level: 'error', data: { ...data, means: _rbac_and(sensitive.map((h) => h.permission.short)) }, path, key: true });
        }
        else if (rules.every((r) => r.verbs.every((v) => READ_VERBS.has(v)))) {
            ctx.report({ messageId: 'reads', level: 'note', data, path, key: true });
        }
        else
            ctx.report({ messageId: 'adds', data, path, key: true });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/builtin-rbac-redefined.js





/* harmony default export */ const builtin_rbac_redefined = (defineRule({
    id: 'builtin-rbac-redefined',
    meta: {
        title: 'Role or binding named like a built-in one',
        description: 'A Role, ClusterRole or binding has the name of one the API server creates (`cluster-admin`, `admin`, `edit`, `view`, `system:*`): start-up reconciliation adds the built-in rules and subjects back unless it is annotated `autoupdate: "false"`; an error when it widens the built-in role with sensitive rights.',
        level: 'warning',
        tags: ['security', 'rbac'],
        securitySeverity: '5.0',
        precision: 'very-high',
        messages: {
            role: '{kind} `{name}` has the name of a built-in role: at start-up the API server adds the built-in rules back, so this definition can widen the role but never narrow it; give it a name of its own',
            widens: '{kind} `{name}` has the name of a built-in role and adds the rights to {means} to it, for every subject the cluster binds to `{name}`; at start-up the API server adds the built-in rules back too; give it a name of its own',
            replaces: '{kind} `{name}` replaces the built-in role (`{annotation}: "false"` keeps start-up reconciliation away): every binding to `{name}`, the cluster\'s own included, grants these rules instead{adds}',
            binding: '{kind} `{name}` has the name of a built-in binding: at start-up the API server resets its roleRef to {builtinRole} and adds the built-in subjects back; give it a name of its own',
            bindingReplaces: '{kind} `{name}` replaces the built-in binding of {builtinRole} (`{annotation}: "false"`): the subjects the cluster binds there lose it, and these get it instead',
        },
        remediation: 'Give your role or binding a name of its own; to change what a built-in role grants, aggregate a role of your own into it or bind another role instead.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#auto-reconciliation'],
        docs: {
            rationale: 'The API server creates `cluster-admin`, `admin`, `edit`, `view`, the `system:` roles and their bindings, and reconciles them every time it starts: a role of the same name gets every built-in rule it lacks added back (and keeps its own additions), a binding gets its roleRef reset and the built-in subjects added back. A manifest that "narrows" `view` therefore does nothing after the next restart, while one that adds a rule to it widens it for every subject the cluster binds to `view`. Only the annotation `rbac.authorization.kubernetes.io/autoupdate: "false"` stops reconciliation, and then the manifest replaces what the control plane relies on. saguard evaluates such roles as the reconciled union; a binding to a redefined `cluster-admin` is still `cluster-admin-binding`.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: view
rules:
  - apiGroups: [""]
    resources: [pods, services]
    verbs: [get, list]
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: shop-viewer
rules:
  - apiGroups: [""]
    resources: [pods, services]
    verbs: [get, list]
`,
        },
    },
    appliesTo: (o) => isRole(o) || isBinding(o),
    check(o, ctx) {
        const engine = ctx.inventory.rbac;
        const kind = o.ref.kind;
        const name = o.ref.name;
        const path = ['metadata', 'name'];
        if (isBinding(o)) {
            const b = bindingOf(o, ctx);
            if (!b?.redefines)
                return;
            const r = b.redefines.builtin.roleRef;
            const builtinRole = `${r.kind} \`${r.name}\``;
            if (b.redefines.protected)
                ctx.report({ messageId: 'bindingReplaces', data: { kind, name, builtinRole, annotation: AUTOUPDATE }, path });
            else
                ctx.report({ messageId: 'binding', data: { kind, name, builtinRole }, path });
            return;
        }
        const role = engine.roleOf(o);
        if (!role?.redefines || engine.inForce(role) !== role)
            return;
        // What the set's rules add to the built-in's (an aggregated built-in is judged by what it gathers).
        const added = covers(role.redefines.builtin.rules.map((r) => r.rule), role.ownRules).missing;
        const means = rulesHold(added, SENSITIVE, { scope: role.kind === 'Role' ? 'namespace' : 'cluster' }).map((h) => h.permission.short);
        if (role.redefines.protected) {
            ctx.report({
                messageId: 'replaces',
                level: means.length > 0 ? 'error' : 'warning',
                data: { kind, name, annotation: AUTOUPDATE, adds: means.length > 0 ? `, and they add the rights to ${_rbac_and(means)}` : '' },
                path,
            });
        }
        else if (means.length > 0)
            ctx.report({ messageId: 'widens', level: 'error', data: { kind, name, means: _rbac_and(means) }, path });
        else
            ctx.report({ messageId: 'role', data: { kind, name }, path });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/rbac-unknown-verb-or-resource.js



const groupName = (g) => (g === '' ? '"" (core)' : g);
/* harmony default export */ const rbac_unknown_verb_or_resource = (defineRule({
    id: 'rbac-unknown-verb-or-resource',
    meta: {
        title: 'Role rule names a verb or resource that does not exist',
        description: 'A verb outside the known set, a misspelled or singular resource (`pod`, `secret`), or a known resource under the wrong API group: the rule grants nothing of what it was written for.',
        level: 'warning',
        tags: ['rbac', 'input'],
        precision: 'high',
        messages: {
            verb: 'verb `{verb}` of this rule of {role} is not a Kubernetes verb{hint}, so it grants nothing; the role is {scope}',
            singular: 'resource `{resource}` of this rule of {role} is singular; RBAC names resources in the plural (`{suggestion}`), so it grants nothing; the role is {scope}',
            wrongGroup: 'resource `{resource}` of this rule of {role} is not in API group {groups}, it is in {rightGroups}, so it grants nothing; the role is {scope}',
            typo: 'resource `{resource}` of this rule of {role} does not exist in API group {groups}; did you mean `{suggestion}`? As written it grants nothing; the role is {scope}',
        },
        remediation: 'Use the plural, lower-case resource name with its API group (`kubectl api-resources` lists them) and the standard verbs.',
        references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources'],
        docs: {
            rationale: 'RBAC compares strings exactly and never complains: `resources: [pod]`, `verbs: [read]` or `deployments` under the core group are accepted and grant nothing, so the workload fails in production, or someone "fixes" it with a wildcard. saguard judges only rules whose API groups are all built-in ones, so custom resources and aggregated APIs are never reported.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pod, deployments]
    verbs: [get, read]
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [get, list]
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list]
`,
        },
    },
    appliesTo: isRole,
    check(o, ctx) {
        eachOwnRule(o, ctx, ({ role, rule, path }) => {
            const builtin = rule.nonResourceURLs.length === 0 && rule.apiGroups.length > 0 && rule.apiGroups.every(isBuiltinGroup);
            if (builtin) {
                rule.verbs.forEach((verb, i) => {
                    if (KNOWN_VERBS.includes(verb))
                        return;
                    const suggestion = closest(verb, KNOWN_VERBS);
                    reportOnRole(ctx, role, { messageId: 'verb', level: 'warning', path: [...path, 'verbs', i], data: { verb, hint: suggestion ? ` (did you mean \`${suggestion}\`?)` : '' } });
                });
            }
            rule.resources.forEach((resource, i) => {
                const p = resourceProblem(rule.apiGroups, resource);
                if (!p)
                    return;
                const data = { resource, groups: rule.apiGroups.map(groupName).join(', ') };
                if (p.kind === 'wrongGroup')
                    data.rightGroups = p.groups.map(groupName).join(', ');
                else
                    data.suggestion = p.suggestion;
                reportOnRole(ctx, role, { messageId: p.kind, level: 'warning', path: [...path, 'resources', i], data });
            });
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/rbac-delete-rights.js


/* harmony default export */ const rbac_delete_rights = (permissionRule({
    id: 'rbac-delete-rights',
    permission: PERMISSIONS['delete-rights'],
    meta: {
        title: "Role deletes pods, Secrets, namespaces, events or RBAC objects",
        description: "A Role or ClusterRole grants delete or deletecollection on pods, secrets, namespaces, events or RBAC objects.",
        level: 'note',
        tags: ["security", "rbac"],
        securitySeverity: '3.0',
        precision: 'high',
        messages: {
            grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders remove workloads, credentials, audit trails or access control; the role is {scope}",
        },
        remediation: "Keep delete rights with the controllers that own the objects; remove them from roles that only read or create.",
        references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
        docs: {
            rationale: "Deleting is quiet damage: deleting events hides what happened, deleting RoleBindings or namespaces takes access or whole applications away, and deleting pods can force a reschedule onto a node of the attacker's choosing.",
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: cleaner
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [events]
    verbs: [delete, deletecollection]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: cleaner
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: cleaner
subjects:
  - kind: ServiceAccount
    name: janitor
    namespace: shop
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: cleaner
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [events]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: cleaner
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: cleaner
subjects:
  - kind: ServiceAccount
    name: janitor
    namespace: shop
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/workload-permissions.js



const SHOWN = 3;
/* harmony default export */ const workload_permissions = (defineRule({
    id: 'workload-permissions',
    meta: {
        title: 'Workload holds sensitive permissions through its token',
        description: 'A workload runs with the API token of a ServiceAccount that holds sensitive permissions: the worst ones are named with the binding and role behind each.',
        level: 'warning',
        tags: ['security', 'rbac', 'escalation'],
        securitySeverity: '6.5',
        precision: 'high',
        messages: {
            holds: '{kind} `{name}` runs as ServiceAccount `{account}` with its API token mounted, and the account can {permissions}; remove what the workload does not need, or set `automountServiceAccountToken: false` if it does not call the API',
            admin: '{kind} `{name}` runs as ServiceAccount `{account}` with its API token mounted, and the account is cluster-admin equivalent: it can {permissions}; whoever takes over the workload controls the cluster, so grant only what it needs',
        },
        remediation: 'Bind the account to a role with only the permissions the workload uses (in its namespace where it can), or set `automountServiceAccountToken: false` in the pod spec when the workload does not call the Kubernetes API.',
        references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/', 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping'],
        docs: {
            rationale: 'A workload is as powerful as the token in its pod: a remote-code-execution bug, a malicious dependency or a leaked image turns into whatever the ServiceAccount may do. saguard evaluates the account with the RBAC engine (its own bindings, its groups, the built-in bindings, aggregation) and names, on the line that chooses the account, the permissions that let a subject act as others or take over the cluster: creating pods or editing pod templates (a pod runs as any account of its namespace), exec into pods, minting tokens, reading Secrets, impersonation, binding or escalating roles, and what amounts to cluster-admin (`*` on `*`, mutating webhooks, `nodes/proxy`, client-certificate approval). A namespaced grant counts only in its namespace; a Role never grants cluster-scoped resources. The level follows the worst permission: error for cluster-admin equivalence, impersonation of users or groups and cluster-wide grants, warning in one namespace, note when narrowed to named objects. Only workloads whose token is mounted are reported.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: deployer, namespace: ci }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: deployer, namespace: ci }
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [create, update, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: deployer, namespace: ci }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer }
subjects:
  - { kind: ServiceAccount, name: deployer, namespace: ci }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: runner, namespace: ci }
spec:
  selector: { matchLabels: { app: runner } }
  template:
    metadata: { labels: { app: runner } }
    spec:
      serviceAccountName: deployer
      containers:
        - name: runner
          image: example/runner:1.0
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata: { name: deployer, namespace: ci }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: deployer, namespace: ci }
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: deployer, namespace: ci }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer }
subjects:
  - { kind: ServiceAccount, name: deployer, namespace: ci }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: runner, namespace: ci }
spec:
  selector: { matchLabels: { app: runner } }
  template:
    metadata: { labels: { app: runner } }
    spec:
      serviceAccountName: deployer
      containers:
        - name: runner
          image: example/runner:1.0
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const inv = ctx.inventory;
        const w = inv.workloadOf(o);
        if (!inv.apiTokenMounted(w))
            return;
        // The worst first: by level (the finding's level is the first one's), then by weight.
        const rank = { error: 0, warning: 1, note: 2 };
        const powers = accountPowers(inv, w.account).sort((a, b) => rank[powerLevel(a)] - rank[powerLevel(b)]);
        if (powers.length === 0)
            return;
        const admin = powers[0].kind === 'cluster-admin';
        const merged = mergeNamespaces(powers);
        const shown = admin ? merged.slice(0, 1) : merged.slice(0, SHOWN);
        // Permissions granted through the same binding and role are named together, then their source.
        const groups = [];
        for (const m of shown) {
            const source = grantPhrase(m.power.held.grant, false, m.grants);
            const phrase = powerPhrase(m.power, m.namespaces);
            const last = groups[groups.length - 1];
            if (last && last.source === source)
                last.phrases.push(phrase);
            else
                groups.push({ source, phrases: [phrase] });
        }
        const phrase = groups.map((g) => `${g.phrases.join('; ')} (${g.phrases.length > 1 ? 'all through ' : ''}${g.source})`).join('; ');
        const more = merged.length - shown.length;
        ctx.report({
            messageId: admin ? 'admin' : 'holds',
            level: worstLevel(powers.map(powerLevel)),
            path: accountLine(w),
            data: { kind: o.ref.kind, name: `${w.account.namespace}/${o.ref.name}`, account: `${w.account.namespace}/${w.account.name}`, permissions: admin || more === 0 ? phrase : `${phrase}; and ${more} more` },
            related: uniqueRefs(shown.flatMap((m) => m.grants.flatMap((g) => grantRefs(g, powerPhrase(m.power, m.namespaces))))).slice(0, 10),
        });
    },
}));
function mergeNamespaces(powers) {
    const out = [];
    const role = (p) => p.held.grant.binding?.role ?? p.held.grant.rule.origin;
    const same = (a, b) => a.kind === b.kind &&
        a.held.verb === b.held.verb &&
        a.held.target === b.held.target &&
        a.held.grant.rule === b.held.grant.rule &&
        role(a) === role(b) &&
        a.held.grant.binding?.kind === b.held.grant.binding?.kind &&
        (a.names ?? []).join('\u0000') === (b.names ?? []).join('\u0000');
    for (const p of powers) {
        const m = p.namespace === undefined ? undefined : out.find((x) => x.power.namespace !== undefined && same(x.power, p));
        if (m) {
            m.namespaces.push(p.namespace);
            m.grants.push(p.held.grant);
        }
        else
            out.push({ power: p, namespaces: p.namespace === undefined ? [] : [p.namespace], grants: [p.held.grant] });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/rules/escalation-path.js



/** Paths shown per workload (SARIF code flows); the message counts the others. */
const FLOWS = 5;
/* harmony default export */ const escalation_path = (defineRule({
    id: 'escalation-path',
    meta: {
        title: 'Workload can become a stronger identity',
        description: 'Through its permissions, a workload can act as another ServiceAccount, user or group with more rights, up to cluster-admin equivalence; the path is shown step by step.',
        level: 'warning',
        tags: ['security', 'rbac', 'escalation'],
        securitySeverity: '6.5',
        precision: 'high',
        messages: {
            admin: '{kind} `{name}` {identity}, which can become cluster-admin equivalent in {count}: {steps}; remove the permission behind the first step, or give the workload an account without it',
            stronger: '{kind} `{name}` {identity}, which can act as {target} in {count} and so {gain}: {steps}{more}; remove the permission behind the first step, or give the workload an account without it',
        },
        remediation: 'Remove the permission that allows the first step of the path (create pods, mint tokens, read Secrets, impersonate, bind), narrow it with `resourceNames` or to another namespace, or run the workload as an account without it.',
        references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks', 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping'],
        docs: {
            rationale: 'A permission is worth what it leads to. Whoever can create pods in a namespace can run one as any ServiceAccount of it; whoever can mint tokens, read token Secrets or impersonate can act as those identities; `bind` with a binding, or `escalate` with an update of a role bound to the subject, grants any role; mutating webhooks, `nodes/proxy` and client-certificate approval amount to cluster-admin. saguard builds this "can act as" graph over every ServiceAccount, user and group of the scanned files and the built-in bindings (a namespaced grant gains only in its namespace), and reports, on the line that chooses the workload\'s account, the shortest path from the identities the workload holds (its account when the token is mounted, and any legacy token Secret it mounts) to every stronger identity: one holding something the workload does not (where the workload runs pods, it already acts as every account and reads every Secret of the namespace, so an account that mints tokens, reads Secrets or execs there is no gain). A path to cluster-admin equivalence is an error and the only one shown (it covers every other gain). In SARIF, each path is a code flow whose steps point at the role rules that grant them. A workload that is already cluster-admin equivalent is `workload-permissions`\' finding, not this one.',
            failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: runner, namespace: ci }
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: runner, namespace: ci }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: runner }
subjects:
  - { kind: ServiceAccount, name: runner, namespace: ci }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ci-deployer }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: deployer, namespace: ci }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: runner, namespace: ci }
spec:
  selector: { matchLabels: { app: runner } }
  template:
    metadata: { labels: { app: runner } }
    spec:
      serviceAccountName: runner
      containers:
        - name: runner
          image: example/runner:1.0
`,
            passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: runner, namespace: ci }
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: runner, namespace: ci }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: runner }
subjects:
  - { kind: ServiceAccount, name: runner, namespace: ci }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: deploy-deployer }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: deployer, namespace: deploy }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: runner, namespace: ci }
spec:
  selector: { matchLabels: { app: runner } }
  template:
    metadata: { labels: { app: runner } }
    spec:
      serviceAccountName: runner
      containers:
        - name: runner
          image: example/runner:1.0
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const inv = ctx.inventory;
        const w = inv.workloadOf(o);
        const ids = identitiesOf(inv, w);
        const paths = inv.escalation.pathsFrom(ids.map((i) => i.node), { worst: true });
        if (paths.length === 0)
            return;
        const worst = paths[0];
        const shown = paths.slice(0, FLOWS);
        const identity = ids.find((i) => i.node === worst.from).how;
        const related = [];
        worst.steps.forEach((s, i) => {
            const at = grantAt(s.grant);
            if (at)
                related.push({ ...at, label: `step ${i + 1} (${grantPhrase(s.grant)})` });
        });
        const admin = worst.to === inv.escalation.admin;
        const more = paths.length - 1;
        ctx.report({
            messageId: admin ? 'admin' : 'stronger',
            level: admin ? 'error' : 'warning',
            path: accountLine(w),
            data: {
                kind: o.ref.kind, name: `${w.account.namespace}/${o.ref.name}`,
                identity,
                count: stepCount(worst.steps.length),
                steps: stepsText(worst),
                ...(admin
                    ? {}
                    : {
                        target: worst.to.label,
                        gain: worst.gain.slice(0, 2).map((g) => powerPhrase(g)).join(' and '),
                        more: more > 0 ? ` (and ${more} more stronger identit${more === 1 ? 'y' : 'ies'})` : '',
                    }),
            },
            related,
            flows: shown.map(flowOf),
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/cloud-identity-default-sa.js

/* harmony default export */ const cloud_identity_default_sa = (defineRule({
    id: 'cloud-identity-default-sa',
    meta: {
        title: 'Cloud identity on a default ServiceAccount',
        description: "A namespace's `default` ServiceAccount carries a cloud identity annotation (IRSA role, GKE service account, Azure client id).",
        level: 'error',
        tags: ['security', 'workload-identity'],
        securitySeverity: '8.0',
        precision: 'very-high',
        messages: {
            default: 'the `default` ServiceAccount of namespace `{namespace}` carries the {cloud} identity in `{annotation}`, so every pod of the namespace that names no account holds it; give the workload its own account',
        },
        remediation: 'Move the annotation to a ServiceAccount of the workload that needs the cloud identity, and set `serviceAccountName` on it.',
        references: ['https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html', 'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity'],
        docs: {
            rationale: "Workload identity federates a Kubernetes ServiceAccount to a cloud identity. On `default` it reaches every pod that forgets `serviceAccountName`, including third-party charts installed in the namespace later: the cloud's S3 buckets, databases or key vaults become reachable from all of them.",
            failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: default
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/shop-s3
automountServiceAccountToken: false
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/shop-s3
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount' && o.ref.name === 'default',
    check(o, ctx) {
        for (const id of ctx.inventory.cloudIdentitiesOf(o)) {
            ctx.report({ messageId: 'default', data: { namespace: o.ref.namespace, cloud: id.cloud, annotation: id.annotation }, path: ['metadata', 'annotations', id.annotation], key: true });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/cloud-identity-malformed.js


/* harmony default export */ const cloud_identity_malformed = (defineRule({
    id: 'cloud-identity-malformed',
    meta: {
        title: 'Malformed cloud identity annotation',
        description: '`eks.amazonaws.com/role-arn` is not an IAM role ARN, `iam.gke.io/gcp-service-account` is not a Google service-account e-mail, or `azure.workload.identity/client-id` or `tenant-id` is not a UUID.',
        level: 'error',
        tags: ['workload-identity', 'input'],
        precision: 'very-high',
        messages: {
            malformed: '`{annotation}` is `{value}`, but it must be {expected}; the pods get no cloud identity and fail at their first cloud call',
        },
        remediation: 'Correct the annotation value (copy it from the cloud console or the infrastructure code that created the identity).',
        references: [
            'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
            'https://cloud.google.com/iam/docs/service-accounts#user-managed',
            'https://azure.github.io/azure-workload-identity/docs/topics/service-account-labels-and-annotations.html',
        ],
        docs: {
            rationale: "The identity webhooks and SDKs take the annotation as it is: a role ARN with an 11-digit account, a user ARN, a region where none belongs, a truncated e-mail or a client id that is not a UUID gives pods no credentials (or the credential chain falls back to something else, such as the node's identity). saguard checks the ARN's partition, 12-digit account and role name, the e-mail's form (including Google's default compute and App Engine accounts), and UUIDs.",
            failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::12345678901:role/shop-s3
automountServiceAccountToken: false
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/shop-s3
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount',
    check(o, ctx) {
        const annotations = ctx.inventory.reader.stringMap(o, ['metadata', 'annotations']);
        const ids = ctx.inventory.cloudIdentitiesOf(o).map((i) => i.annotation);
        if (annotations[AZURE_TENANT_ANNOTATION] !== undefined)
            ids.push(AZURE_TENANT_ANNOTATION);
        for (const annotation of ids) {
            const value = annotations[annotation];
            const expected = identityProblem(annotation, value);
            if (expected)
                ctx.report({ messageId: 'malformed', data: { annotation, value: value.length > 120 ? `${value.slice(0, 117)}...` : value, expected }, path: ['metadata', 'annotations', annotation] });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/azure-wi-pod-label-missing.js



/* harmony default export */ const azure_wi_pod_label_missing = (defineRule({
    id: 'azure-wi-pod-label-missing',
    meta: {
        title: 'Azure workload identity without the pod label',
        description: 'A pod runs as a ServiceAccount with `azure.workload.identity/client-id` but its template lacks the label `azure.workload.identity/use: "true"`, so no token is injected.',
        level: 'warning',
        tags: ['security', 'workload-identity'],
        securitySeverity: '4.0',
        precision: 'very-high',
        messages: {
            missing: 'pod template runs as ServiceAccount `{account}`, which has an Azure workload identity, but lacks the label `azure.workload.identity/use: "true"`; the webhook injects no token and the SDK falls back to other credentials',
        },
        remediation: 'Add the label `azure.workload.identity/use: "true"` to the pod template (not to the Deployment).',
        references: ['https://azure.github.io/azure-workload-identity/docs/topics/service-account-labels-and-annotations.html#pod'],
        docs: {
            rationale: 'Since Azure Workload Identity v1.0 the mutating webhook only touches pods labelled `azure.workload.identity/use: "true"`. Without the label the pod gets neither the projected token nor the environment, and `DefaultAzureCredential` silently tries the next credential — often a managed identity of the node with far wider rights.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: reporter
  namespace: shop
  annotations:
    azure.workload.identity/client-id: 6f3c0e7a-1b2c-4d5e-8f90-123456789abc
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: reporter, namespace: shop }
spec:
  template:
    metadata:
      labels: { app: reporter }
    spec:
      serviceAccountName: reporter
      containers: [{ name: reporter, image: example/reporter:1 }]
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: reporter
  namespace: shop
  annotations:
    azure.workload.identity/client-id: 6f3c0e7a-1b2c-4d5e-8f90-123456789abc
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: reporter, namespace: shop }
spec:
  template:
    metadata:
      labels:
        app: reporter
        azure.workload.identity/use: "true"
    spec:
      serviceAccountName: reporter
      containers: [{ name: reporter, image: example/reporter:1 }]
`,
        },
    },
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const inv = ctx.inventory;
        const w = inv.workloadOf(o);
        if (!w.accountObject || !inv.cloudIdentitiesOf(w.accountObject).some((i) => i.annotation === AZURE_CLIENT_ANNOTATION))
            return;
        if (w.pod.labels[AZURE_USE_LABEL] === 'true')
            return;
        const labelsPath = [...w.pod.ref.templatePath, 'metadata', 'labels'];
        // A non-string value is invalid-field-type's finding (the API server rejects the pod).
        if (getIn(o.value, [...labelsPath, AZURE_USE_LABEL]) != null && w.pod.labels[AZURE_USE_LABEL] === undefined)
            return;
        const path = getIn(o.value, labelsPath) !== undefined ? labelsPath : w.pod.ref.specPath;
        ctx.report({ messageId: 'missing', data: { account: `${w.account.namespace}/${w.account.name}` }, path, related: [{ object: w.accountObject, path: ['metadata', 'annotations', AZURE_CLIENT_ANNOTATION], label: `ServiceAccount \`${w.account.namespace}/${w.account.name}\`` }] });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/cloud-identity-shared.js


/* harmony default export */ const cloud_identity_shared = (defineRule({
    id: 'cloud-identity-shared',
    meta: {
        title: 'Cloud identity shared',
        description: 'One cloud identity is federated to several ServiceAccounts, or one identity-carrying ServiceAccount is used by several workloads.',
        level: 'note',
        tags: ['security', 'workload-identity'],
        securitySeverity: '3.0',
        precision: 'high',
        messages: {
            accounts: '{cloud} identity `{value}` is federated to {count} ServiceAccounts ({accounts}); every pod of those accounts holds it',
            workloads: 'ServiceAccount `{account}` carries the {cloud} identity `{value}` and is used by {count} workloads ({workloads}); each of them holds it',
        },
        remediation: 'Give each workload its own ServiceAccount and its own cloud identity with only the permissions it needs.',
        references: ['https://cloud.google.com/kubernetes-engine/docs/concepts/workload-identity#identity_sameness'],
        docs: {
            rationale: 'Cloud permissions are granted to the cloud identity. When several accounts or workloads share one, each holds what all of them need, and the cloud audit log cannot tell them apart.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
  annotations:
    iam.gke.io/gcp-service-account: shop-backend@shop-prod.iam.gserviceaccount.com
automountServiceAccountToken: false
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: shop
  annotations:
    iam.gke.io/gcp-service-account: shop-backend@shop-prod.iam.gserviceaccount.com
automountServiceAccountToken: false
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
  annotations:
    iam.gke.io/gcp-service-account: shop-api@shop-prod.iam.gserviceaccount.com
automountServiceAccountToken: false
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: shop
  annotations:
    iam.gke.io/gcp-service-account: shop-worker@shop-prod.iam.gserviceaccount.com
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount',
    check(o, ctx) {
        const inv = ctx.inventory;
        const mine = inv.cloudIdentitiesOf(o);
        // The same account repeated (two install variants in one scan) is one account: the last one speaks.
        if (mine.length === 0 || inv.serviceAccount({ namespace: o.ref.namespace, name: o.ref.name }) !== o)
            return;
        const id = (x) => `${x.ref.namespace}/${x.ref.name}`;
        for (const identity of mine) {
            // One finding per identity, on the first account that carries it.
            const holders = [
                ...new Map(inv.identityAccounts.filter((x) => x.identities.some((i) => i.annotation === identity.annotation && i.value === identity.value)).map((x) => [id(x.account), x.account])).values(),
            ];
            if (holders.length > 1 && holders[0] === o) {
                ctx.report({
                    messageId: 'accounts',
                    data: { cloud: identity.cloud, value: identity.value, count: holders.length, accounts: cloud_identity_shared_list(holders.map(id)) },
                    path: ['metadata', 'annotations', identity.annotation],
                    related: holders.filter((a) => a !== o).slice(0, 20).map((a) => ({ object: a, path: ['metadata', 'annotations', identity.annotation], label: `ServiceAccount \`${id(a)}\`` })),
                });
            }
        }
        // One finding per account used by several workloads (shared-service-account leaves it to this rule).
        const workloads = [...new Map(inv.workloadsOf({ namespace: o.ref.namespace, name: o.ref.name }).map((w) => [`${w.object.ref.group}/${w.object.ref.kind}/${w.object.ref.name}`, w])).values()];
        if (workloads.length < 2)
            return;
        const identity = mine[0];
        ctx.report({
            messageId: 'workloads',
            data: { account: id(o), cloud: identity.cloud, value: identity.value, count: workloads.length, workloads: cloud_identity_shared_list(workloads.map((w) => `${w.object.ref.kind} ${w.object.ref.name}`)) },
            path: ['metadata', 'annotations', identity.annotation],
            related: workloads.slice(0, 20).map((w) => ({ object: w.object, path: w.accountPath ?? w.pod.ref.specPath, label: describe(w.object) })),
        });
    },
}));
/** "a, b and c", at most five named. */
const cloud_identity_shared_list = (xs) => (xs.length > 5 ? `${xs.slice(0, 5).join(', ')} and ${xs.length - 5} more` : _rbac_and(xs));

;// CONCATENATED MODULE: ./lib/src/rules/cloud-identity-with-cluster-rbac.js




/* harmony default export */ const cloud_identity_with_cluster_rbac = (defineRule({
    id: 'cloud-identity-with-cluster-rbac',
    meta: {
        title: 'Cloud identity on an account with sensitive Kubernetes permissions',
        description: 'A ServiceAccount federated to a cloud identity also holds sensitive Kubernetes permissions, so a compromise of either side yields both.',
        level: 'warning',
        tags: ['security', 'workload-identity', 'rbac'],
        securitySeverity: '6.5',
        precision: 'high',
        messages: {
            both: 'ServiceAccount `{account}` carries the {cloud} identity `{value}` and may also {means} ({via}); split the cloud and the cluster duties over two accounts',
        },
        remediation: 'Run the part that talks to the cloud and the part that manages the cluster as different workloads with different ServiceAccounts.',
        references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
        docs: {
            rationale: "An account that holds both a cloud identity and, say, the right to read Secrets or create pods bridges two trust domains: whoever gets its token (or creates a pod as it) reaches the cloud, and whoever reaches the cloud role's workloads reaches the cluster.",
            failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci
  namespace: ci
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ci-deployer
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-edit
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: ci
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci
  namespace: ci
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ci-deployer
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o) => o.ref.group === '' && o.ref.kind === 'ServiceAccount',
    check(o, ctx) {
        const inv = ctx.inventory;
        const ids = inv.cloudIdentitiesOf(o);
        if (ids.length === 0)
            return;
        const held = sensitivePermissions(inv.rbac, Inventory.accountUser({ namespace: o.ref.namespace, name: o.ref.name }));
        if (held.length === 0)
            return;
        const id = ids[0];
        ctx.report({
            messageId: 'both',
            data: {
                account: `${o.ref.namespace}/${o.ref.name}`,
                cloud: id.cloud,
                value: id.value,
                means: held.slice(0, 2).map((h) => h.permission.means).join(' and '),
                via: `through ${bindingLabel(held[0].via.binding)}`,
            },
            path: ['metadata', 'annotations', id.annotation],
            key: true,
            related: held
                .map((h) => h.via.binding)
                .filter((b, i, a) => b.object && a.indexOf(b) === i)
                .slice(0, 10)
                .map((b) => ({ object: b.object, path: ['roleRef', 'name'], label: bindingLabel(b) })),
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/_calico.js

const appliesToCalico = (o) => isCalicoPolicy(o);

;// CONCATENATED MODULE: ./lib/src/rules/calico-selector-syntax.js




/* harmony default export */ const calico_selector_syntax = (defineRule({
    id: 'calico-selector-syntax',
    meta: {
        title: 'Invalid Calico selector',
        description: 'A selector field of a Calico NetworkPolicy or GlobalNetworkPolicy (either API group) does not parse, is longer than 1024 characters, or uses `global()` outside a rule\'s namespaceSelector.',
        level: 'error',
        tags: ['network-identity', 'input'],
        precision: 'very-high',
        messages: {
            syntax: '`{field}` is not a valid Calico selector: {detail} (column {column} of the selector)',
            tooLong: '`{field}` has {length} characters; Calico accepts at most 1024',
            global: '`global()` in `{field}` is rejected by Calico; it is only meaningful in a rule\'s `namespaceSelector`',
        },
        remediation: 'Fix the selector: values in double or single quotes (no escapes), `==` not `=`, `&&`/`||`, sets as `{"a", "b"}`, `has(label)` without a space.',
        references: ['https://docs.tigera.io/calico/latest/reference/resources/networkpolicy#selectors'],
        docs: {
            rationale: "Calico selectors are not Kubernetes label selectors: `app=web` (one `=`, unquoted value) is an error, `\\\\\"` is no escape, and only spaces and tabs separate tokens. A policy with an invalid selector is rejected by the API or, in the `crd.projectcalico.org` group, stored and then ignored by Felix — the traffic it was meant to restrict stays open. saguard parses every selector field with Calico's grammar and points at the column of the problem.",
            failing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  selector: app=db
  ingress:
    - action: Allow
      source:
        selector: app == "api"
`,
            passing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        selector: app == "api"
`,
        },
    },
    appliesTo: appliesToCalico,
    check(o, ctx) {
        const p = ctx.inventory.calicoPolicyOf(o);
        for (const f of selectorFields(p)) {
            const name = String(f.path[f.path.length - 1]);
            if (f.text.length > MAX_SELECTOR) {
                ctx.report({ messageId: 'tooLong', data: { field: name, length: f.text.length }, path: f.path });
                continue;
            }
            if (f.error) {
                ctx.report({ messageId: 'syntax', data: { field: name, detail: f.error.message, column: f.error.offset + 1 }, path: f.path, offset: f.error.offset });
                continue;
            }
            if (f.selector && usesGlobal(f.selector) && f.role !== 'ruleNamespaceSelector') {
                ctx.report({ messageId: 'global', data: { field: name }, path: f.path });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/calico-sa-name-unknown.js



/* harmony default export */ const calico_sa_name_unknown = (defineRule({
    id: 'calico-sa-name-unknown',
    meta: {
        title: 'Calico rule names an unknown ServiceAccount',
        description: '`serviceAccounts.names` in a Calico rule names an account absent from the namespaces the rule reaches: the policy\'s own for a NetworkPolicy, every namespace for a GlobalNetworkPolicy, or those its namespaceSelector selects.',
        level: 'warning',
        tags: ['security', 'network-identity'],
        securitySeverity: '4.0',
        precision: 'high',
        messages: {
            policyNamespace: 'ServiceAccount `{name}` of namespace `{namespace}` is not in the scanned files; a NetworkPolicy rule without namespaceSelector matches accounts of its own namespace only',
            anyNamespace: 'no namespace of the scanned files has a ServiceAccount `{name}`, so this rule matches no pod of theirs',
            selected: 'none of the namespaces the namespaceSelector reaches ({namespaces}) has a ServiceAccount `{name}` in the scanned files',
        },
        remediation: 'Fix the account name, add a namespaceSelector when the account lives in another namespace, or add the account to the manifests.',
        references: ['https://docs.tigera.io/calico/latest/network-policy/policy-rules/service-accounts'],
        docs: {
            rationale: "`serviceAccounts.names` becomes `projectcalico.org/serviceaccount in {...}`: it tests the name only, and in a NetworkPolicy the namespace is the policy's own unless the rule has a namespaceSelector. A name that exists only in another namespace — the usual mistake — or a typo matches no pod, so an Allow rule allows nothing and a Deny rule denies nothing.",
            failing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: demo-calico
  namespace: prod-engineering
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          names: [api-service, user-auth-service]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api-service, namespace: prod-engineering }
automountServiceAccountToken: false
`,
            passing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: demo-calico
  namespace: prod-engineering
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          names: [api-service, user-auth-service]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api-service, namespace: prod-engineering }
automountServiceAccountToken: false
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: user-auth-service, namespace: prod-engineering }
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: appliesToCalico,
    check(o, ctx) {
        const inv = ctx.inventory;
        const p = inv.calicoPolicyOf(o);
        for (const r of p.rules) {
            if (r.names.length === 0 || (r.namespaceSelector && !r.namespaceSelector.selector))
                continue;
            const scope = accountScope(p, r.namespaceSelector, inv.namespaces);
            for (const { name, path } of r.names) {
                if (name === 'default')
                    continue; // always exists; calico-allows-default-sa's business
                const found = scope.namespaces.some((ns) => inv.serviceAccount({ namespace: ns.name, name }) || inv.isKnownAccount({ namespace: ns.name, name }));
                if (found)
                    continue;
                if (r.namespaceSelector) {
                    ctx.report({ messageId: 'selected', data: { name, namespaces: scope.namespaces.map((n) => `\`${n.name}\``).join(', ') || 'none' }, path });
                }
                else if (scope.all)
                    ctx.report({ messageId: 'anyNamespace', data: { name }, path });
                else
                    ctx.report({ messageId: 'policyNamespace', data: { name, namespace: p.namespace ?? 'default' }, path });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/calico-sa-selector-empty.js




/* harmony default export */ const calico_sa_selector_empty = (defineRule({
    id: 'calico-sa-selector-empty',
    meta: {
        title: 'Calico ServiceAccount selector matches no account',
        description: '`serviceAccountSelector` or a rule\'s `serviceAccounts.selector` matches no ServiceAccount of the scanned files in the namespaces it reaches.',
        level: 'warning',
        tags: ['security', 'network-identity'],
        securitySeverity: '4.0',
        precision: 'high',
        messages: {
            empty: '`{field}` `{selector}` matches no ServiceAccount of the scanned files in {where}; ServiceAccount selectors test the account\'s labels (and `projectcalico.org/name`), not the pod\'s',
        },
        remediation: 'Label the ServiceAccounts the policy is meant for, or fix the selector (it tests ServiceAccount labels, not pod labels).',
        references: ['https://docs.tigera.io/calico/latest/network-policy/policy-rules/service-accounts'],
        docs: {
            rationale: "Calico prefixes every label of a ServiceAccount selector with `pcsa.` and tests it against the labels of the pod's ServiceAccount. Writing pod labels there (`app == \"web\"` when the pods, not their account, carry `app: web`) selects nobody: an Allow rule opens nothing, and a policy whose `serviceAccountSelector` is empty protects nothing.",
            failing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: allow-web-frontend
  namespace: prod-engineering
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          selector: app == "web-frontend"
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: web, namespace: prod-engineering }
automountServiceAccountToken: false
`,
            passing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: allow-web-frontend
  namespace: prod-engineering
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          selector: app == "web-frontend"
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: prod-engineering
  labels: { app: web-frontend }
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: appliesToCalico,
    check(o, ctx) {
        const inv = ctx.inventory;
        const p = inv.calicoPolicyOf(o);
        const judge = (f, nsSelector) => {
            if (!f?.selector || (nsSelector && !nsSelector.selector))
                return;
            const sel = f.selector;
            const scope = accountScope(p, nsSelector, inv.namespaces);
            const matched = scope.namespaces.some((ns) => inv.accountsIn(ns.name).some((a) => evaluate(sel, a.labels)));
            if (matched)
                return;
            const where = scope.all ? 'any namespace' : scope.namespaces.length === 0 ? 'the namespaces its namespaceSelector reaches (none in the scanned files)' : `namespace ${scope.namespaces.map((n) => `\`${n.name}\``).join(', ')}`;
            ctx.report({ messageId: 'empty', data: { field: String(f.path[f.path.length - 1]), selector: f.text, where }, path: f.path });
        };
        judge(p.serviceAccountSelector, p.namespaceSelector);
        for (const r of p.rules)
            judge(r.serviceAccountsSelector, r.namespaceSelector);
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/calico-allows-default-sa.js




/* harmony default export */ const calico_allows_default_sa = (defineRule({
    id: 'calico-allows-default-sa',
    meta: {
        title: 'Calico Allow rule matches a default ServiceAccount',
        description: "An Allow rule's ServiceAccount match (`serviceAccounts.names` or `.selector`) includes a namespace's `default` account.",
        level: 'warning',
        tags: ['security', 'network-identity', 'cis-5.1.5'],
        securitySeverity: '5.5',
        precision: 'high',
        messages: {
            name: 'this Allow rule names the `default` ServiceAccount, which every pod of {where} that names no account runs as',
            selector: 'this Allow rule\'s ServiceAccount selector `{selector}` matches the `default` account of {where}, which every pod that names no account runs as',
        },
        remediation: 'Give the workloads that need the traffic their own ServiceAccount and allow that account by name or label.',
        references: ['https://docs.tigera.io/calico/latest/network-policy/policy-rules/service-accounts'],
        docs: {
            rationale: "Allowing traffic by ServiceAccount is only as precise as the accounts are: the `default` account is shared by every pod that forgets `serviceAccountName`, so an Allow rule for it (by name, or by a selector such as `!has(restricted)` that the unlabelled `default` also satisfies) lets all of them through.",
            failing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          names: [default]
`,
            passing: `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  selector: app == "db"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          names: [api]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: appliesToCalico,
    check(o, ctx) {
        const inv = ctx.inventory;
        const p = inv.calicoPolicyOf(o);
        for (const r of p.rules) {
            if (r.action !== 'Allow' || !r.hasServiceAccounts || (r.namespaceSelector && !r.namespaceSelector.selector))
                continue;
            const scope = accountScope(p, r.namespaceSelector, inv.namespaces);
            const where = scope.all ? 'every namespace' : scope.namespaces.length === 1 ? `namespace \`${scope.namespaces[0].name}\`` : `${scope.namespaces.length} namespaces`;
            const named = r.names.find((n) => n.name === 'default');
            if (r.names.length > 0) {
                if (!named)
                    continue; // names and selector are ANDed: default is out
                const sel = r.serviceAccountsSelector?.selector;
                if (r.serviceAccountsSelector && !sel)
                    continue;
                const matches = !sel || scope.namespaces.some((ns) => ns.certain && evaluate(sel, inv.accountsIn(ns.name).find((a) => a.name === 'default').labels));
                if (matches)
                    ctx.report({ messageId: 'name', data: { where }, path: named.path });
                continue;
            }
            const sel = r.serviceAccountsSelector?.selector;
            if (!sel)
                continue;
            const hit = scope.namespaces.filter((ns) => ns.certain && evaluate(sel, inv.accountsIn(ns.name).find((a) => a.name === 'default').labels));
            if (hit.length === 0)
                continue;
            ctx.report({
                messageId: 'selector',
                data: { selector: r.serviceAccountsSelector.text, where: hit.length === 1 ? `namespace \`${hit[0].name}\`` : `${hit.length} namespaces` },
                path: r.serviceAccountsSelector.path,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/calico-sa-label-control.js





/* harmony default export */ const calico_sa_label_control = (defineRule({
    id: 'calico-sa-label-control',
    meta: {
        title: 'ServiceAccount labels that pick Calico policy groups are writable',
        description: 'A Calico policy selects ServiceAccounts by label, and subjects in the set may update or patch those ServiceAccounts, so they can move workloads between policy groups.',
        level: 'warning',
        tags: ['security', 'network-identity', 'rbac'],
        securitySeverity: '6.0',
        precision: 'medium',
        messages: {
            control: '`{field}` `{selector}` selects ServiceAccounts by label, and {subjects} may update or patch ServiceAccounts in {where}; relabelling an account moves its pods into or out of this policy',
        },
        remediation: 'Keep update and patch on ServiceAccounts with the people or controllers that decide network access, or select accounts by name.',
        references: ['https://docs.tigera.io/calico/latest/network-policy/policy-rules/service-accounts#use-kubernetes-rbac-to-control-service-account-label-assignment'],
        docs: {
            rationale: "Calico's documentation recommends ServiceAccount labels because RBAC controls who may set them — which only holds if few subjects may update ServiceAccounts. saguard asks the RBAC engine who may `update` or `patch` `serviceaccounts` where the selector reaches and names them (bindings in the set; built-in bootstrap bindings are left out). Selectors that test only `projectcalico.org/name` are not label-based and are not reported.",
            failing: `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: restrict-intern-access
spec:
  serviceAccountSelector: role == "intern"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          selector: role == "intern"
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: intern-tools
  namespace: dev
  labels: { role: intern }
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: dev-team, namespace: dev }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
subjects:
  - { kind: Group, name: dev-team, apiGroup: rbac.authorization.k8s.io }
`,
            passing: `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: restrict-intern-access
spec:
  serviceAccountSelector: role == "intern"
  ingress:
    - action: Allow
      source:
        serviceAccounts:
          selector: role == "intern"
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: intern-tools
  namespace: dev
  labels: { role: intern }
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: dev-team, namespace: dev }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
  - { kind: Group, name: dev-team, apiGroup: rbac.authorization.k8s.io }
`,
        },
    },
    appliesTo: appliesToCalico,
    check(o, ctx) {
        const inv = ctx.inventory;
        const engine = inv.rbac;
        const p = inv.calicoPolicyOf(o);
        const judge = (f, nsSelector) => {
            if (!f?.selector || labelsOf(f.selector).every((l) => l === 'projectcalico.org/name'))
                return;
            const scope = accountScope(p, nsSelector, inv.namespaces);
            // Cluster-wide grants, and each namespace the selector reaches.
            const namespaces = scope.all ? ['', ...scope.namespaces.map((n) => n.name)] : scope.namespaces.map((n) => n.name);
            const found = new Map();
            for (const ns of namespaces) {
                for (const verb of ['update', 'patch']) {
                    for (const w of engine.whoCan({ kind: 'resource', verb, apiGroup: '', resource: 'serviceaccounts', subresource: '', name: '', namespace: ns })) {
                        if (w.binding.builtin)
                            continue;
                        const key = `${subjectLabel(w.subject, w.binding)}|${bindingLabel(w.binding)}`;
                        if (!found.has(key))
                            found.set(key, { subject: w.subject, binding: w.binding });
                    }
                }
            }
            if (found.size === 0)
                return;
            const list = [...found.values()];
            const subjects = list.slice(0, 3).map((x) => `${subjectLabel(x.subject, x.binding)} (through ${bindingLabel(x.binding)})`).join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
            ctx.report({
                messageId: 'control',
                data: { field: String(f.path[f.path.length - 1]), selector: f.text, subjects, where: scope.all ? 'the cluster' : namespaces.map((n) => `\`${n}\``).join(', ') },
                path: f.path,
                related: list.filter((x) => x.binding.object).slice(0, 10).map((x) => ({ object: x.binding.object, path: ['subjects', x.subject.index], label: bindingLabel(x.binding) })),
            });
        };
        judge(p.serviceAccountSelector, p.namespaceSelector);
        for (const r of p.rules)
            judge(r.serviceAccountsSelector, r.namespaceSelector);
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/istio-principal-unknown.js


/* harmony default export */ const istio_principal_unknown = (defineRule({
    id: 'istio-principal-unknown',
    meta: {
        title: 'Istio policy names an unknown or default ServiceAccount',
        description: 'An Istio AuthorizationPolicy principal (`cluster.local/ns/NS/sa/NAME`) or `serviceAccounts` entry names a ServiceAccount that is not in the scanned files, or a `default` account, or a principal is written with `spiffe://` and so matches nobody.',
        level: 'warning',
        tags: ['security', 'network-identity'],
        securitySeverity: '5.0',
        precision: 'high',
        messages: {
            unknown: '{field} entry `{entry}` names ServiceAccount `{account}`, which is not in the scanned files; a typo here silently matches nobody (or, in a DENY policy, protects nothing)',
            spiffe: '{field} entry `{entry}` starts with `spiffe://`, which Istio adds itself, so it matches no peer (an ALLOW grants nothing, a DENY blocks nothing); write `{fixed}`',
            default: '{field} entry `{entry}` names the `default` ServiceAccount of namespace `{namespace}`, which every pod that names no account runs as; name the workload\'s own account',
        },
        remediation: 'Use the exact namespace and ServiceAccount name of the workload (`cluster.local/ns/NS/sa/NAME`), give workloads their own accounts, or list accounts created elsewhere in `knownServiceAccounts`.',
        references: ['https://istio.io/latest/docs/reference/config/security/authorization-policy/#Source'],
        docs: {
            rationale: "Istio matches principals as strings: a principal for an account that does not exist matches no peer, so an ALLOW rule grants nothing and a DENY rule blocks nothing, without any error. The `default` account is shared by every pod that names no account, so allowing it allows all of them. Istio adds the `spiffe://` scheme to principals itself, so one written with it matches nobody. `cluster.local` stands for the mesh's trust domain; principals with wildcards in the namespace or name and principals of other trust domains are not judged.",
            failing: `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  action: ALLOW
  rules:
    - from:
        - source:
            principals: ["cluster.local/ns/shop/sa/frontend"]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: front-end, namespace: shop }
automountServiceAccountToken: false
`,
            passing: `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  action: ALLOW
  rules:
    - from:
        - source:
            principals: ["cluster.local/ns/shop/sa/front-end"]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: front-end, namespace: shop }
automountServiceAccountToken: false
`,
        },
    },
    appliesTo: (o) => o.ref.group === ISTIO_SECURITY_GROUP && o.ref.kind === 'AuthorizationPolicy',
    check(o, ctx) {
        const inv = ctx.inventory;
        for (const { field, entry, path, account, spiffe } of identityEntries(o, inv.reader)) {
            if (spiffe) {
                ctx.report({ messageId: 'spiffe', data: { field, entry, fixed: entry.slice(SPIFFE_SCHEME.length) }, path });
                continue;
            }
            if (!account)
                continue;
            if (account.name === 'default') {
                ctx.report({ messageId: 'default', data: { field, entry, namespace: account.namespace }, path });
            }
            else if (!inv.serviceAccount(account) && !inv.isKnownAccount(account)) {
                ctx.report({ messageId: 'unknown', data: { field, entry, account: `${account.namespace}/${account.name}` }, path });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/yaml-syntax.js

/* harmony default export */ const yaml_syntax = (defineRule({
    id: 'yaml-syntax',
    meta: {
        title: 'YAML that does not parse',
        description: 'A document that looks like a Kubernetes object is not valid YAML, or exceeds the limits saguard sets on untrusted input (alias expansion, nesting, 4 MiB in one document).',
        level: 'error',
        tags: ['input'],
        precision: 'very-high',
        messages: {
            syntax: 'the document does not parse: {detail}',
            limit: 'the document is refused: {detail}',
        },
        remediation: 'Fix the YAML at the reported position; `kubectl apply --dry-run=client -f FILE` shows the same error.',
        references: ['https://yaml.org/spec/1.1/'],
        docs: {
            rationale: 'A manifest that does not parse is not applied, and nothing in it can be checked. saguard reports syntax errors only for documents that look like Kubernetes objects (top-level `apiVersion:` and `kind:`); other YAML files are skipped. Alias expansion is bounded so that a "billion laughs" document ends as this finding rather than exhausting memory.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
  labels: { app: api
automountServiceAccountToken: false
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
  labels: { app: api }
automountServiceAccountToken: false
`,
        },
    },
    checkDocument(d, ctx) {
        const p = d.problems[0];
        // `internal` is saguard's own failure, reported by unscanned-input.
        if (!p || p.code === 'internal' || !d.looksLikeObject)
            return;
        ctx.report({ messageId: p.code === 'syntax' ? 'syntax' : 'limit', data: { detail: p.message }, start: p.start, end: p.end });
    },
}));

// EXTERNAL MODULE: ./lib/src/load/yaml.js
var yaml = __webpack_require__(6568);
;// CONCATENATED MODULE: ./lib/src/rules/duplicate-key.js


/* harmony default export */ const duplicate_key = (defineRule({
    id: 'duplicate-key',
    meta: {
        title: 'Duplicated mapping key',
        description: 'A mapping repeats a key. The API server\'s strict field validation rejects it; lenient decoding keeps the last value and hides the first.',
        level: 'error',
        tags: ['input'],
        precision: 'very-high',
        messages: {
            duplicate: 'key `{key}` repeats an earlier key of the same mapping; the last value wins and the first is silently ignored, so keep one',
            more: 'key `{key}` repeats an earlier key of the same mapping, and so do {count} more keys of this document from here on (saguard lists the first {limit}); the last values win, so keep one of each',
        },
        remediation: 'Remove one of the two keys, keeping the value that is meant.',
        references: ['https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation'],
        docs: {
            rationale: 'With duplicate keys, what a reviewer reads is not what the cluster gets: `automountServiceAccountToken: false` followed further down by `automountServiceAccountToken: true` mounts the token. Helm templates and hand merges produce such documents easily. saguard reads the last value, like the lenient decoder, and reports the repetition.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: false
automountServiceAccountToken: true
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: false
`,
        },
    },
    checkDocument(d, ctx) {
        if (d.problems.length > 0)
            return;
        for (const dup of d.duplicates) {
            ctx.report({
                // Past the per-document bound, one finding counts the rest.
                ...(dup.more !== undefined ? { messageId: 'more', data: { key: dup.key, count: dup.more - 1, limit: yaml/* MAX_DUPLICATES_PER_DOCUMENT */.ID } } : { messageId: 'duplicate', data: { key: dup.key } }),
                start: dup.start,
                end: dup.end,
                related: [{ start: dup.firstStart, end: dup.firstEnd, label: `first \`${dup.key}\`` }],
            });
        }
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/invalid-field-type.js

const ARTICLE = {
    string: 'a string',
    boolean: 'a boolean',
    integer: 'an integer',
    number: 'a number',
    list: 'a list',
    map: 'a map',
    null: 'null',
};
/* harmony default export */ const invalid_field_type = (defineRule({
    id: 'invalid-field-type',
    meta: {
        title: 'Field of the wrong type',
        description: 'A field saguard reads has a type the API server rejects, such as `"false"` (a string) where a boolean belongs, or a map where a list belongs.',
        level: 'error',
        tags: ['input'],
        precision: 'very-high',
        messages: {
            quotedScalar: '`{field}` is the string `"{shown}"` but the API server expects {expected}; write `{shown}` without quotes',
            yaml11: '`{field}` is {actual} `{shown}` (YAML 1.1 reads it so) but the API server expects {expected}; quote it',
            scalar: '`{field}` is {actual} `{shown}` but the API server expects {expected}',
            other: '`{field}` is {actual} but the API server expects {expected}',
        },
        remediation: 'Write the field with the type the Kubernetes API expects: booleans and numbers without quotes, names as strings, lists as `- item` sequences.',
        references: ['https://kubernetes.io/docs/reference/kubernetes-api/'],
        docs: {
            rationale: 'Kubernetes decodes manifests with YAML 1.1 rules and then checks types. `automountServiceAccountToken: "false"` is a string and is rejected, while `serviceAccountName: no` is the boolean `false` and is rejected too. Linters that compare text see `false` and `no` and guess; saguard reads the values as the API server does and reports the ones it would refuse.',
            failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: "false"
`,
            passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: false
`,
        },
    },
    late: true,
    check(o, ctx) {
        for (const issue of ctx.inventory.reader.issues) {
            if (issue.object !== o)
                continue;
            const last = issue.path[issue.path.length - 1];
            const field = typeof last === 'number' ? `${String(issue.path[issue.path.length - 2])}[${last}]` : String(last);
            const data = { field, expected: ARTICLE[issue.expected], actual: ARTICLE[issue.actual], shown: issue.shown ?? '' };
            let messageId = 'other';
            if (issue.shown !== undefined) {
                const written = issue.written;
                if (issue.actual === 'string' && ((issue.expected === 'boolean' && isBoolText(issue.shown)) || (issue.expected === 'integer' && /^-?\d+$/.test(issue.shown)))) {
                    messageId = 'quotedScalar';
                }
                else if (issue.actual === 'boolean' && issue.expected === 'string' && written !== undefined && !/^(true|false)$/i.test(written)) {
                    messageId = 'yaml11';
                    data.shown = written;
                }
                else
                    messageId = 'scalar';
            }
            ctx.report({ messageId, data, path: issue.path });
        }
    },
}));
const isBoolText = (s) => s === 'true' || s === 'false';

;// CONCATENATED MODULE: ./lib/src/rules/unscanned-input.js

/**
 * What saguard did not check, said where it happened. The findings come from the stages that
 * could not do their part: files the reading guard would not open (`publish/read.ts`), and
 * documents, objects and rules that failed (a bug), isolated by `load/`, `inventory/` and
 * `analyze/` so that the rest of the scan stands. The analyzer reports them under this rule.
 */
/* harmony default export */ const unscanned_input = (defineRule({
    id: 'unscanned-input',
    meta: {
        title: 'Input saguard could not check',
        description: 'A file kubectl would apply was not read (a link out of the workspace, not a regular file, over the size limit, unreadable), or saguard failed on a document, an object or a rule, so what it holds was not fully checked.',
        level: 'warning',
        tags: ['input'],
        precision: 'very-high',
        messages: {
            linkOutside: 'the file is a symbolic link to `{target}`, outside {boundary}; saguard reads nothing there, but kubectl would follow the link and apply it, so commit the manifest itself',
            notRegular: 'the file is a {type}, not a regular file; saguard reads only regular files, so commit the manifest as one',
            tooLarge: 'the file has {size} bytes, more than the {limit} saguard reads from one file; kubectl would apply it unchecked, so split it',
            unreadable: 'the file cannot be read ({code}); kubectl with other permissions would apply it unchecked, so make it readable',
            documentFailed: 'saguard failed on this document ({error}) and did not check it; please report it with the document',
            objectFailed: 'saguard failed to index this object ({error}); rules that depend on it may miss findings, so please report it with the object',
            ruleFailed: 'rule `{rule}` failed on this object ({error}) and its findings here are missing; the other rules ran, so please report it with the object',
        },
        remediation: 'Commit manifests as regular files inside the repository, under the size limit; report a failure of saguard itself with the input that caused it.',
        references: ['https://kubernetes.io/docs/reference/kubectl/generated/kubectl_apply/'],
        docs: {
            rationale: 'A pull request can hide a binding from a scanner without hiding it from `kubectl apply -f`: commit it as a symbolic link to a file outside the workspace (which saguard never reads: runners hold other jobs\' files and tokens), make it larger than the scanner reads, or craft input that makes one check fail. saguard reads only regular files inside the workspace, up to 64 MiB each, isolates every document, object and rule so that one failure never stops the scan, and reports whatever it could not check here, on the file or object concerned, instead of a silent count.',
            failing: `# deploy/extra-rbac.yaml: a symbolic link to /etc/kubernetes/extra-rbac.yaml, outside the workspace.
# kubectl apply -f deploy/ follows the link and applies this binding; saguard does not read it.
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-admin
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: ci, namespace: tools }
`,
            unread: { reason: 'link-outside', target: '/etc/kubernetes/extra-rbac.yaml', boundary: 'the workspace' },
            passing: `# deploy/extra-rbac.yaml: the manifest itself, committed as a regular file.
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-view
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
  - { kind: ServiceAccount, name: ci, namespace: tools }
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/suppression-invalid.js

/**
 * Reported by the suppression stage of `analyze/` (it reads `saguard.dev/ignore` annotations and the
 * configuration's `ignore:` entries), not by a check of its own.
 */
/* harmony default export */ const suppression_invalid = (defineRule({
    id: 'suppression-invalid',
    meta: {
        title: 'Suppression without a reason, expired, or naming no rule',
        description: 'A `saguard.dev/ignore` annotation or an `ignore:` entry of `.saguard.yaml` that gives no reason, is past its `expires` date, or names something that is not a saguard rule.',
        level: 'warning',
        tags: ['suppressions', 'input'],
        precision: 'very-high',
        messages: {
            noReason: '`saguard.dev/ignore` suppresses `{rules}` on {object} without a reason; say why in `saguard.dev/ignore-reason`',
            unknownRule: '`saguard.dev/ignore` names `{rule}`, which is not a saguard rule{hint}, so nothing is suppressed for it; write rule ids as `saguard rules` lists them',
            empty: '`saguard.dev/ignore` on {object} names no rule; list rule ids separated by commas, or write `all`',
            notString: '`{annotation}` is {shown}, not a string; the API server accepts only string annotations, so quote it',
            cannotSuppress: '`saguard.dev/ignore` names `{rule}`, whose findings cannot be suppressed; set `{rule}: off` under `rules:` in `.saguard.yaml` instead',
            reasonWithoutIgnore: '`saguard.dev/ignore-reason` is set on {object} without `saguard.dev/ignore`, so nothing is suppressed; add the rule ids it is meant for',
            configNoReason: 'ignore entry for `{rules}` on {target} has no `reason`; say why its findings are accepted',
            expired: 'ignore entry for `{rules}` on {target} expired on {expires}, so its findings are reported again; fix them, or set a later `expires` if the reason still holds',
        },
        remediation: 'Give every suppression a reason (`saguard.dev/ignore-reason`, or `reason:` in `.saguard.yaml`), spell rule ids as `saguard rules` lists them, and renew or remove expired entries.',
        references: ['https://github.com/saguard/saguard/blob/main/docs/configuration.md#suppressions'],
        docs: {
            rationale: 'A suppression is a decision that a risk is accepted; without the reason, the next reader cannot tell an informed exception from a way to make the build pass. A suppression without a reason still suppresses (the finding is in the SARIF log as suppressed), and this finding takes its place. An `ignore:` entry past its `expires` date stops suppressing: its findings come back, and this finding says why. A misspelled rule id suppresses nothing. Findings of `suppression-invalid` and `suppression-unused` cannot be suppressed themselves; set their level in `.saguard.yaml`.',
            failing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    saguard.dev/ignore: default-service-account
spec:
  template:
    spec:
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
`,
            passing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    saguard.dev/ignore: default-service-account
    saguard.dev/ignore-reason: "the shop namespace's default account has no grants and no token (INC-4711)"
spec:
  template:
    spec:
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/suppression-unused.js

/** Reported by the suppression stage of `analyze/`, like `suppression-invalid`. */
/* harmony default export */ const suppression_unused = (defineRule({
    id: 'suppression-unused',
    meta: {
        title: 'Suppression that matches no finding',
        description: 'A `saguard.dev/ignore` annotation or an `ignore:` entry of `.saguard.yaml` that suppresses nothing: the problem was fixed, or the suppression names the wrong rule, object or path.',
        level: 'note',
        tags: ['suppressions', 'input'],
        precision: 'high',
        messages: {
            inline: '`saguard.dev/ignore` suppresses `{rule}` but {object} has no such finding; remove it from the annotation',
            inlineAll: '`saguard.dev/ignore: all` suppresses nothing on {object}; remove the annotation',
            config: 'ignore entry for `{rules}` on {target} matches no finding; remove it, or correct its `rule`, `object` or `path`',
            configRule: 'ignore entry for `{rules}` on {target} matches no finding of `{rule}`; remove `{rule}` from its `rule` list',
        },
        remediation: 'Remove the suppression, or correct the rule id, object or path so that it names the finding it was written for.',
        references: ['https://github.com/saguard/saguard/blob/main/docs/configuration.md#suppressions'],
        docs: {
            rationale: 'Suppressions outlive the problems they were written for. A stale one is harmless until the same problem comes back and is silently accepted without anyone deciding it again; one that names the wrong rule or object never suppressed what its author meant. Suppressions of rules turned `off` are not reported (nothing could match them). An `ignore:` entry is judged against the whole scan: when one configuration serves several scans (matrix shards), entries for objects of the other shards are reported; give each shard its own configuration, or turn this rule off there.',
            failing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    saguard.dev/ignore: token-automount
    saguard.dev/ignore-reason: the API client needs the token
spec:
  template:
    spec:
      serviceAccountName: default
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
`,
            passing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  template:
    spec:
      serviceAccountName: default
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
`,
        },
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/index.js
























































const rules_RULES = [
    default_service_account,
    deprecated_service_account_field,
    token_automount,
    sa_automount_enabled,
    default_sa_not_hardened,
    missing_service_account,
    shared_service_account,
    unused_service_account,
    legacy_token_secret,
    legacy_token_mount,
    projected_token_settings,
    manual_token_mount,
    static_cloud_credentials,
    cluster_admin_binding,
    builtin_admin_edit_binding,
    rbac_wildcard,
    secrets_access,
    pod_create,
    pod_exec,
    rbac_escalation_verbs,
    rbac_binding_write,
    pv_create,
    nodes_proxy,
    csr_approval,
    webhook_config_write,
    token_request,
    system_masters_binding,
    anonymous_binding,
    all_serviceaccounts_binding,
    default_sa_binding,
    cross_namespace_subject,
    dangling_role_ref,
    invalid_binding_subject,
    aggregate_to_builtin,
    builtin_rbac_redefined,
    rbac_unknown_verb_or_resource,
    rbac_delete_rights,
    workload_permissions,
    escalation_path,
    cloud_identity_default_sa,
    cloud_identity_malformed,
    azure_wi_pod_label_missing,
    cloud_identity_shared,
    cloud_identity_with_cluster_rbac,
    calico_selector_syntax,
    calico_sa_name_unknown,
    calico_sa_selector_empty,
    calico_allows_default_sa,
    calico_sa_label_control,
    istio_principal_unknown,
    yaml_syntax,
    duplicate_key,
    invalid_field_type,
    unscanned_input,
    suppression_invalid,
    suppression_unused,
];
const BY_ID = new Map(rules_RULES.map((r) => [r.id, r]));
function ruleById(id) {
    return BY_ID.get(id);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/src/load/lines.js
var load_lines = __webpack_require__(8716);
// EXTERNAL MODULE: ./lib/src/config/patterns.js
var patterns = __webpack_require__(9418);
;// CONCATENATED MODULE: ./lib/src/config/config.js
/**
 * `.saguard.yaml`: text in, a typed configuration out, or problems that name the file, the line
 * and the key. Pure: finding and reading the file is `publish/`'s business.
 */






const CONFIG_FILE_NAMES = ['.saguard.yaml', '.saguard.yml'];
const config_LEVEL_SETTINGS = ['error', 'warning', 'note', 'off'];
const TOP_LEVEL_KEYS = ['rules', 'knownServiceAccounts', 'ignore', 'paths', 'baseline'];
const IGNORE_KEYS = ['rule', 'object', 'path', 'reason', 'expires'];
/** Rules about suppressions: their findings cannot themselves be suppressed (turn them off instead). */
const config_SUPPRESSION_RULES = ['suppression-invalid', 'suppression-unused'];
const emptyConfig = () => ({ rules: {}, knownServiceAccounts: [], ignore: [], exclude: [] });
/** `file:line:column: key: message` — one line. */
function formatConfigProblem(p) {
    return `${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}
const quote = (v) => JSON.stringify(v);
function describeValue(v) {
    if (v === null || v === undefined)
        return 'nothing';
    if (typeof v === 'string')
        return `the string ${quote(v)}`;
    if (typeof v === 'number' || typeof v === 'boolean')
        return `${typeof v} ${String(v)}`;
    return Array.isArray(v) ? 'a list' : 'a mapping';
}
const hint = (word, candidates) => {
    const c = closest(word, candidates);
    return c ? ` (did you mean ${c}?)` : '';
};
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** True for a real calendar date written `YYYY-MM-DD`. */
function isDate(s) {
    const m = DATE.exec(s);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
/** Parses and validates a configuration file. Problems come sorted by position. */
function parseConfig(text, file) {
    const config = emptyConfig();
    const problems = [];
    const lines = new load_lines/* LineIndex */.r(text);
    const at = (offset) => lines.position(offset);
    const region = (n) => (n?.range ? lines.region(n.range[0], n.range[1]) : lines.region(0, 1));
    const problem = (n, key, message) => {
        const p = at(n?.range?.[0] ?? 0);
        problems.push({ file, line: p.line, column: p.column, key, message });
    };
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true, strict: true });
    for (const e of doc.errors) {
        const p = at(e.pos[0]);
        const what = e.code === 'DUPLICATE_KEY' ? 'a key is repeated in one mapping' : `the file is not valid YAML (${e.message.split('\n')[0]})`;
        problems.push({ file, line: p.line, column: p.column, key: '', message: what });
    }
    if (problems.length > 0)
        return { config, problems };
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === undefined)))
        return { config, problems }; // empty file: defaults
    if (!(0,dist/* isMap */.jh)(root)) {
        problem(root, '', `expected a mapping with ${TOP_LEVEL_KEYS.join(', ')}, got ${describeValue(root.toJSON())}`);
        return { config, problems };
    }
    const keyOf = (pair) => ((0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key));
    const keyNode = (pair) => pair.key ?? null;
    const valueNode = (pair) => pair.value ?? null;
    const stringValue = (n, key, what) => {
        if ((0,dist/* isScalar */.jn)(n) && typeof n.value === 'string' && n.value.trim() !== '')
            return n.value;
        problem(n, key, `expected ${what}, got ${describeValue((0,dist/* isScalar */.jn)(n) ? n.value : n?.toJSON())}`);
        return undefined;
    };
    const stringList = (n, key, what, check) => {
        if (!(0,dist/* isSeq */.oP)(n)) {
            problem(n, key, `expected a list of ${what}, got ${describeValue((0,dist/* isScalar */.jn)(n) ? n.value : n?.toJSON())}`);
            return [];
        }
        const out = [];
        n.items.forEach((item, i) => {
            const v = stringValue(item, `${key}[${i}]`, what);
            if (v === undefined)
                return;
            check?.(v, item, `${key}[${i}]`);
            out.push(v);
        });
        return out;
    };
    /** A key written with nothing after it (its items commented out) is an empty collection. */
    const isEmpty = (n) => n === null || ((0,dist/* isScalar */.jn)(n) && n.value === null);
    for (const pair of root.items) {
        const key = keyOf(pair);
        const value = valueNode(pair);
        if (isEmpty(value) && (key === 'rules' || key === 'knownServiceAccounts' || key === 'ignore' || key === 'paths'))
            continue;
        switch (key) {
            case 'rules':
                readRules(value);
                break;
            case 'knownServiceAccounts':
                config.knownServiceAccounts = stringList(value, key, 'namespace/name globs', (s, item, k) => {
                    if (!patterns/* ACCOUNT_PATTERN */.j.test(s))
                        problem(item, k, `${quote(s)} is not namespace/name (globs allowed, e.g. kube-system/*)`);
                });
                break;
            case 'ignore':
                readIgnore(value);
                break;
            case 'paths':
                readPaths(value);
                break;
            case 'baseline': {
                const v = stringValue(value, key, 'the path of a baseline file');
                if (v !== undefined) {
                    config.baseline = v;
                    config.baselineAt = at(value?.range?.[0] ?? 0);
                }
                break;
            }
            default:
                problem(keyNode(pair), key, `unknown key${hint(key, TOP_LEVEL_KEYS)}; expected ${TOP_LEVEL_KEYS.join(', ')}`);
        }
    }
    function readRules(n) {
        if (!(0,dist/* isMap */.jh)(n)) {
            problem(n, 'rules', `expected a mapping of rule ids to a level or { level, options }, got ${describeValue((0,dist/* isScalar */.jn)(n) ? n.value : n?.toJSON())}`);
            return;
        }
        for (const pair of n.items) {
            const id = keyOf(pair);
            const key = `rules.${id}`;
            const rule = ruleById(id);
            if (!rule) {
                problem(keyNode(pair), key, `unknown rule${hint(id, rules_RULES.map((r) => r.id))}; \`saguard rules\` lists them`);
                continue;
            }
            const v = valueNode(pair);
            if ((0,dist/* isMap */.jh)(v)) {
                const rc = {};
                for (const p of v.items) {
                    const k = keyOf(p);
                    if (k === 'level') {
                        const level = readLevel(valueNode(p), `${key}.level`);
                        if (level)
                            rc.level = level;
                    }
                    else if (k === 'options') {
                        const options = readOptions(valueNode(p), `${key}.options`, rule.id, rule.meta.options ?? {});
                        if (options)
                            rc.options = options;
                    }
                    else
                        problem(keyNode(p), `${key}.${k}`, `unknown key${hint(k, ['level', 'options'])}; expected level and options`);
                }
                config.rules[id] = rc;
            }
            else {
                const level = readLevel(v, key);
                if (level)
                    config.rules[id] = { level };
            }
        }
    }
    function readLevel(n, key) {
        const v = (0,dist/* isScalar */.jn)(n) ? n.value : n?.toJSON();
        if (typeof v === 'string' && config_LEVEL_SETTINGS.includes(v))
            return v;
        problem(n, key, `expected ${config_LEVEL_SETTINGS.join(', ')} (or { level, options }), got ${describeValue(v)}`);
        return undefined;
    }
    function readOptions(n, key, ruleId, declared) {
        const names = Object.keys(declared);
        if (!(0,dist/* isMap */.jh)(n)) {
            problem(n, key, `expected a mapping of options, got ${describeValue((0,dist/* isScalar */.jn)(n) ? n.value : n?.toJSON())}`);
            return undefined;
        }
        const out = {};
        for (const p of n.items) {
            const name = keyOf(p);
            const meta = declared[name];
            if (!meta || !Object.hasOwn(declared, name)) {
                problem(keyNode(p), `${key}.${name}`, `unknown option${hint(name, names)}; ${names.length ? `${ruleId} has ${names.join(', ')}` : `${ruleId} has no options`}`);
                continue;
            }
            const vn = valueNode(p);
            const v = (0,dist/* isScalar */.jn)(vn) ? vn.value : vn?.toJSON();
            if (meta.type === 'number' ? typeof v !== 'number' || !Number.isFinite(v) : typeof v !== meta.type) {
                problem(vn, `${key}.${name}`, `expected a ${meta.type}, got ${describeValue(v)}`);
                continue;
            }
            if (meta.type === 'number' && meta.minimum !== undefined && v < meta.minimum) {
                problem(vn, `${key}.${name}`, `${String(v)} is below the smallest accepted value, ${meta.minimum}`);
                continue;
            }
            out[name] = v;
        }
        return out;
    }
    function readIgnore(n) {
        if (!(0,dist/* isSeq */.oP)(n)) {
            problem(n, 'ignore', `expected a list of entries ({ rule, object and/or path, reason, expires }), got ${describeValue((0,dist/* isScalar */.jn)(n) ? n.value : n?.toJSON())}`);
            return;
        }
        n.items.forEach((item, i) => {
            const key = `ignore[${i}]`;
            const node = item;
            if (!(0,dist/* isMap */.jh)(node)) {
                problem(node, key, `expected { rule, object and/or path, reason, expires }, got ${describeValue((0,dist/* isScalar */.jn)(node) ? node.value : node?.toJSON())}`);
                return;
            }
            const entry = { rules: [], location: { file, region: firstLine(node) }, ruleLocations: [] };
            let ok = true;
            let sawRule = false;
            for (const p of node.items) {
                const k = keyOf(p);
                const v = valueNode(p);
                const kk = `${key}.${k}`;
                switch (k) {
                    case 'rule': {
                        sawRule = true;
                        const ids = (0,dist/* isSeq */.oP)(v) ? stringList(v, kk, 'rule ids') : [stringValue(v, kk, 'a rule id or a list of rule ids')].filter((x) => x !== undefined);
                        if (ids.length === 0)
                            ok = false;
                        ids.forEach((id, j) => {
                            const where = (0,dist/* isSeq */.oP)(v) ? v.items[j] : v;
                            if (!ruleById(id)) {
                                problem(where, kk, `unknown rule ${quote(id)}${hint(id, rules_RULES.map((r) => r.id))}; \`saguard rules\` lists them`);
                                ok = false;
                            }
                            else if (config_SUPPRESSION_RULES.includes(id)) {
                                problem(where, kk, `findings of ${id} cannot be ignored; set rules.${id}: off instead`);
                                ok = false;
                            }
                            else {
                                entry.rules.push(id);
                                entry.ruleLocations.push({ file, region: region(where) });
                            }
                        });
                        break;
                    }
                    case 'object': {
                        const s = stringValue(v, kk, 'Kind/name or Kind/namespace/name');
                        if (s === undefined)
                            ok = false;
                        else if (!patterns/* OBJECT_PATTERN */.t.test(s)) {
                            problem(v, kk, `${quote(s)} is not Kind/name or Kind/namespace/name (globs allowed, e.g. ClusterRoleBinding/argocd-*)`);
                            ok = false;
                        }
                        else
                            entry.object = s;
                        break;
                    }
                    case 'path': {
                        const s = stringValue(v, kk, 'a file glob');
                        if (s === undefined)
                            ok = false;
                        else if (s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s)) {
                            problem(v, kk, `${quote(s)} is absolute; write it relative to the folder of ${file}`);
                            ok = false;
                        }
                        else
                            entry.path = s;
                        break;
                    }
                    case 'reason': {
                        // An empty reason is a finding (suppression-invalid), not a configuration error.
                        const raw = (0,dist/* isScalar */.jn)(v) ? v.value : v?.toJSON();
                        if (raw === null || raw === undefined)
                            break;
                        if (typeof raw !== 'string') {
                            problem(v, kk, `expected a sentence, got ${describeValue(raw)}`);
                            ok = false;
                        }
                        else if (raw.trim() !== '')
                            entry.reason = raw.trim();
                        break;
                    }
                    case 'expires': {
                        const raw = (0,dist/* isScalar */.jn)(v) ? v.value : v?.toJSON();
                        if (typeof raw !== 'string' || !isDate(raw)) {
                            problem(v, kk, `${typeof raw === 'string' ? quote(raw) : describeValue(raw)} is not a date; expected YYYY-MM-DD`);
                            ok = false;
                        }
                        else {
                            entry.expires = raw;
                            entry.expiresLocation = { file, region: region(v) };
                        }
                        break;
                    }
                    default:
                        problem(keyNode(p), kk, `unknown key${hint(k, IGNORE_KEYS)}; expected ${IGNORE_KEYS.join(', ')}`);
                        ok = false;
                }
            }
            if (!sawRule) {
                problem(node, key, 'needs rule: the rule id (or a list of them) it suppresses');
                ok = false;
            }
            const keys = node.items.map(keyOf);
            if (!keys.includes('object') && !keys.includes('path')) {
                problem(node, key, 'needs object (Kind[/namespace]/name) and/or path to say which findings it suppresses');
                ok = false;
            }
            if (ok)
                config.ignore.push(entry);
        });
    }
    function readPaths(n) {
        if (!(0,dist/* isMap */.jh)(n)) {
            problem(n, 'paths', `expected a mapping with exclude, got ${describeValue((0,dist/* isScalar */.jn)(n) ? n.value : n?.toJSON())}`);
            return;
        }
        for (const p of n.items) {
            const k = keyOf(p);
            if (k === 'exclude' && isEmpty(valueNode(p)))
                continue;
            if (k !== 'exclude') {
                problem(keyNode(p), `paths.${k}`, `unknown key${hint(k, ['exclude'])}; expected exclude`);
                continue;
            }
            config.exclude = stringList(valueNode(p), 'paths.exclude', 'file globs', (s, item, kk) => {
                if (s.startsWith('/'))
                    problem(item, kk, `${quote(s)} is absolute; write it relative to the folder of ${file}`);
            });
        }
    }
    /** The region of the first line of a collection (an ignore entry's `- rule: …` line). */
    function firstLine(node) {
        return node.range ? lines.firstLineRegion(node.range[0], node.range[1]) : lines.region(0, 1);
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { config, problems };
}

;// CONCATENATED MODULE: ./lib/src/analyze/finding.js
function ruleSettings(rule, override) {
    const options = {};
    for (const [k, m] of Object.entries(rule.meta.options ?? {}))
        options[k] = m.default;
    for (const [k, v] of Object.entries(override?.options ?? {})) {
        if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string')
            options[k] = v;
    }
    return { level: override?.level ?? rule.meta.level, options };
}
function relatedOf(refs) {
    return (refs ?? []).map((r) => ({
        label: r.label,
        location: { file: r.object.document.file, region: r.object.document.locate([...r.object.basePath, ...r.path]) },
        object: r.object.ref,
        path: [...r.path],
    }));
}
function flowsOf(refs) {
    return refs.map((f) => ({
        from: f.from,
        to: f.to,
        steps: f.steps.map((s) => s.at
            ? { action: s.action, to: s.to, location: { file: s.at.object.document.file, region: s.at.object.document.locate([...s.at.object.basePath, ...s.at.path]) }, object: s.at.object.ref, path: [...s.at.path] }
            : { action: s.action, to: s.to }),
    }));
}
/** Level of a finding: the case's own level for mixed rules, lowered or raised by configuration. */
function levelOf(rule, setting, own) {
    if (setting.level === 'off')
        return 'note';
    if (setting.level !== rule.meta.level)
        return setting.level;
    return own ?? rule.meta.level;
}
/** A finding of `rule` on object `o`, located in its document. */
function objectFinding(rule, setting, o, r) {
    const full = [...o.basePath, ...r.path];
    const region = r.offset !== undefined ? o.document.locateInScalar(full, r.offset) : r.key ? o.document.locateKey(full) : o.document.locate(full);
    return {
        ruleId: rule.id,
        messageId: r.messageId,
        data: r.data ?? {},
        level: levelOf(rule, setting, r.level),
        object: o.ref,
        path: [...r.path],
        location: { file: o.document.file, region },
        related: relatedOf(r.related),
        ...(r.flows && r.flows.length > 0 ? { flows: flowsOf(r.flows) } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/src/analyze/suppress.js







const IGNORE_ANNOTATION = 'saguard.dev/ignore';
const IGNORE_REASON_ANNOTATION = 'saguard.dev/ignore-reason';
const INVALID = 'suppression-invalid';
const UNUSED = 'suppression-unused';
function settingOf(settings, rule) {
    return settings.get(rule.id) ?? ruleSettings(rule);
}
/** Where an object's `saguard.dev/ignore` may be written: its own metadata, and its pod template's. */
function annotationMaps(o, inventory) {
    const out = [['metadata', 'annotations']];
    const template = inventory.workloadOf(o)?.pod.ref.templatePath;
    if (template && template.length > 0)
        out.push([...template, 'metadata', 'annotations']);
    return out;
}
/**
 * Applies the annotations to the findings on the objects that carry them (`owners` maps a finding
 * to its object) and returns the findings about the annotations themselves.
 */
function suppressInline(inventory, findings, owners, settings) {
    const invalidRule = ruleById(INVALID);
    const unusedRule = ruleById(UNUSED);
    const invalid = settingOf(settings, invalidRule);
    const unused = settingOf(settings, unusedRule);
    const out = [];
    const problem = (o, messageId, data, path, extra = {}) => {
        if (invalid.level !== 'off')
            out.push(objectFinding(invalidRule, invalid, o, { messageId, data, path, ...extra }));
    };
    const directives = new Map();
    for (const o of inventory.objects) {
        const found = [];
        for (const annotations of annotationMaps(o, inventory)) {
            const map = getIn(o.value, annotations);
            if (!isRecord(map))
                continue;
            const raw = map[IGNORE_ANNOTATION];
            const rawReason = map[IGNORE_REASON_ANNOTATION];
            const where = (name) => [...annotations, name];
            if (rawReason !== undefined && rawReason !== null && typeof rawReason !== 'string') {
                problem(o, 'notString', { annotation: IGNORE_REASON_ANNOTATION, shown: shown(rawReason) }, where(IGNORE_REASON_ANNOTATION));
            }
            if (raw === undefined) {
                if (typeof rawReason === 'string')
                    problem(o, 'reasonWithoutIgnore', { object: describe(o) }, where(IGNORE_REASON_ANNOTATION), { key: true });
                continue;
            }
            if (raw !== null && typeof raw !== 'string') {
                problem(o, 'notString', { annotation: IGNORE_ANNOTATION, shown: shown(raw) }, where(IGNORE_ANNOTATION));
                continue;
            }
            const reason = typeof rawReason === 'string' && rawReason.trim() !== '' ? rawReason.trim() : undefined;
            const d = { annotations, all: false, allUsed: false, rules: [], reason, key: `${raw ?? ''}\u0000${reason ?? ''}` };
            let named = 0;
            for (const { word, offset } of words(raw ?? '')) {
                named++;
                if (word === 'all')
                    d.all = true;
                else if (config_SUPPRESSION_RULES.includes(word))
                    problem(o, 'cannotSuppress', { rule: word }, where(IGNORE_ANNOTATION), { offset });
                else if (ruleById(word))
                    d.rules.push({ rule: word, offset, used: false });
                else {
                    const near = closest(word, rules_RULES.map((r) => r.id));
                    problem(o, 'unknownRule', { rule: word, hint: near ? ` (did you mean \`${near}\`?)` : '' }, where(IGNORE_ANNOTATION), { offset });
                }
            }
            if (named === 0)
                problem(o, 'empty', { object: describe(o) }, where(IGNORE_ANNOTATION));
            if ((d.all || d.rules.length > 0) && d.reason === undefined) {
                problem(o, 'noReason', { rules: d.all ? 'all' : d.rules.map((r) => r.rule).join(', '), object: describe(o) }, where(IGNORE_ANNOTATION), { key: true });
            }
            if (d.all || d.rules.length > 0)
                found.push(d);
        }
        if (found.length > 0)
            directives.set(o.id, found);
    }
    if (directives.size === 0)
        return out;
    for (const f of findings) {
        const o = owners.get(f);
        const ds = o && directives.get(o.id);
        if (!ds || config_SUPPRESSION_RULES.includes(f.ruleId))
            continue;
        for (const d of ds) {
            const named = d.rules.find((r) => r.rule === f.ruleId);
            if (!named && !d.all)
                continue;
            if (named)
                named.used = true;
            else
                d.allUsed = true;
            if (!f.suppression || (!f.suppression.justification && d.reason)) {
                f.suppression = { kind: 'inSource', justification: d.reason ?? '', source: 'annotation' };
            }
        }
    }
    if (unused.level === 'off')
        return out;
    // The same annotation (value and reason) on several objects is one decision written once and
    // copied by a generator (kustomize's commonAnnotations, a chart's common annotations value): a
    // rule it suppresses on one of them is not unused on the others.
    const shared = new Map();
    for (const ds of directives.values()) {
        for (const d of ds) {
            const g = shared.get(d.key) ?? { all: false, rules: new Set() };
            if (d.allUsed)
                g.all = true;
            for (const r of d.rules)
                if (r.used)
                    g.rules.add(r.rule);
            shared.set(d.key, g);
        }
    }
    for (const o of inventory.objects) {
        for (const d of directives.get(o.id) ?? []) {
            const path = [...d.annotations, IGNORE_ANNOTATION];
            const g = shared.get(d.key);
            if (d.all && !g.all && g.rules.size === 0)
                out.push(objectFinding(unusedRule, unused, o, { messageId: 'inlineAll', data: { object: describe(o) }, path }));
            for (const r of d.rules) {
                // A rule turned off could match nothing: its suppressions are not judged.
                if (r.used || g.rules.has(r.rule) || d.all || settingOf(settings, ruleById(r.rule)).level === 'off')
                    continue;
                out.push(objectFinding(unusedRule, unused, o, { messageId: 'inline', data: { rule: r.rule, object: describe(o) }, path, offset: r.offset }));
            }
        }
    }
    return out;
}
/** The comma-separated words of an annotation value, with their offsets. */
function words(value) {
    const out = [];
    const re = /[^,\s]+/g;
    for (let m = re.exec(value); m; m = re.exec(value))
        out.push({ word: m[0], offset: m.index });
    return out;
}
function shown(v) {
    if (v === null)
        return '`null`';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `\`${String(v)}\``;
}
/** `Kind/name` (any namespace, or none) or `Kind/namespace/name`, each part a glob. */
function objectMatches(pattern, ref) {
    const parts = pattern.split('/');
    const [kind, namespace, name] = parts.length === 2 ? [parts[0], undefined, parts[1]] : [parts[0], parts[1], parts[2]];
    if (!matchesGlob(kind, ref.kind) || !matchesGlob(name, ref.name))
        return false;
    return namespace === undefined || (ref.namespace !== undefined && matchesGlob(namespace, ref.namespace));
}
function pathMatches(pattern, file) {
    return matchesGlob(pattern, file);
}
function target(e) {
    if (e.object !== undefined && e.path !== undefined)
        return `\`${e.object}\` in files \`${e.path}\``;
    if (e.object !== undefined)
        return `\`${e.object}\``;
    return `files \`${e.path}\``;
}
/**
 * Applies the configuration's `ignore:` entries (to findings already relocated to the files
 * authors edit) and returns the findings about the entries: without a reason, expired (it then
 * suppresses nothing), or matching no finding. `today` is `YYYY-MM-DD` (UTC).
 */
function suppressConfigured(findings, entries, settings, today) {
    const invalidRule = ruleById(INVALID);
    const unusedRule = ruleById(UNUSED);
    const invalid = settingOf(settings, invalidRule);
    const unused = settingOf(settings, unusedRule);
    const out = [];
    const about = (rule, setting, e, messageId, location = e.location, extra = {}) => {
        if (setting.level === 'off' || !location)
            return;
        out.push({
            ruleId: rule.id,
            messageId,
            data: { rules: e.rules.join(', '), target: target(e), ...(e.expires ? { expires: e.expires } : {}), ...extra },
            level: levelOf(rule, setting, undefined),
            object: undefined,
            path: [],
            location,
            related: [],
        });
    };
    for (const e of entries) {
        if (e.expires !== undefined && e.expires < today) {
            about(invalidRule, invalid, e, 'expired', e.expiresLocation ?? e.location);
            continue;
        }
        if (e.reason === undefined)
            about(invalidRule, invalid, e, 'configNoReason');
        const used = new Set();
        for (const f of findings) {
            if (!e.rules.includes(f.ruleId))
                continue;
            if (e.object !== undefined && (!f.object || !objectMatches(e.object, f.object)))
                continue;
            if (e.path !== undefined && !pathMatches(e.path, f.location.file))
                continue;
            used.add(f.ruleId);
            if (!f.suppression)
                f.suppression = { kind: 'external', justification: e.reason ?? '', source: 'config' };
        }
        // A rule turned off could match nothing: its suppressions are not judged.
        const judged = e.rules.filter((id) => settingOf(settings, ruleById(id)).level !== 'off');
        if (used.size === 0) {
            if (judged.length > 0)
                about(unusedRule, unused, e, 'config');
            continue;
        }
        // One rule of a list that matched nothing, on its item of the list.
        e.rules.forEach((id, i) => {
            if (!used.has(id) && judged.includes(id))
                about(unusedRule, unused, e, 'configRule', e.ruleLocations?.[i] ?? e.location, { rule: id });
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/analyze/analyze.js




/** The rule under which saguard reports what it could not check (its findings come from here). */
const UNSCANNED = 'unscanned-input';
const errorText = (e) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0].slice(0, 300);
/**
 * What the stages before could not do, as findings of `unscanned-input`: files not read, documents
 * and objects saguard failed on.
 */
function unscanned(inventory, setting, rule) {
    if (!rule || setting.level === 'off')
        return [];
    const out = [];
    const level = levelOf(rule, setting, undefined);
    const start = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    for (const { file, unread } of inventory.load.unread) {
        const base = { ruleId: UNSCANNED, level, object: undefined, path: [], location: { file, region: start }, related: [], documentIndex: 0 };
        switch (unread.reason) {
            case 'link-outside':
                out.push({ ...base, messageId: 'linkOutside', data: { target: unread.target, boundary: unread.boundary } });
                break;
            case 'not-regular':
                out.push({ ...base, messageId: 'notRegular', data: { type: unread.type } });
                break;
            case 'too-large':
                out.push({ ...base, messageId: 'tooLarge', data: { size: unread.size, limit: unread.limit } });
                break;
            case 'unreadable':
                out.push({ ...base, messageId: 'unreadable', data: { code: unread.code } });
                break;
        }
    }
    for (const d of inventory.documents) {
        const p = d.problems.find((x) => x.code === 'internal');
        if (p) {
            out.push({ ruleId: UNSCANNED, messageId: 'documentFailed', data: { error: p.message }, level, object: undefined, path: [], location: { file: d.file, region: d.locate([]) }, related: [], documentIndex: d.index });
        }
    }
    for (const { object: o, error } of inventory.failures) {
        out.push({ ruleId: UNSCANNED, messageId: 'objectFailed', data: { error }, level, object: o.ref, path: [], location: { file: o.document.file, region: o.document.locate(o.basePath) }, related: [] });
    }
    return out;
}
/**
 * Runs the rules, then applies the `saguard.dev/ignore` annotations of the objects the findings
 * are on (and reports the annotations that are invalid or unused).
 */
function analyze(inventory, rules, settings) {
    const findings = [];
    /** The object each object finding is on, for its annotations. */
    const owners = new Map();
    const unscannedRule = ruleById(UNSCANNED);
    const unscannedSetting = unscannedRule ? settings.get(UNSCANNED) ?? ruleSettings(unscannedRule) : undefined;
    if (unscannedSetting)
        findings.push(...unscanned(inventory, unscannedSetting, unscannedRule));
    /** A rule that throws on one object loses its findings there, and only there. */
    const failed = (rule, o, d, e) => {
        if (!unscannedRule || !unscannedSetting || unscannedSetting.level === 'off')
            return;
        findings.push({
            ruleId: UNSCANNED,
            messageId: o ? 'ruleFailed' : 'documentFailed',
            data: o ? { rule: rule.id, error: errorText(e) } : { error: `rule ${rule.id}: ${errorText(e)}` },
            level: levelOf(unscannedRule, unscannedSetting, undefined),
            object: o?.ref,
            path: [],
            location: { file: d.file, region: d.locate(o ? o.basePath : []) },
            related: [],
            ...(o ? {} : { documentIndex: d.index }),
        });
    };
    const run = (rule) => {
        const setting = settings.get(rule.id) ?? ruleSettings(rule);
        if (setting.level === 'off')
            return;
        if (rule.checkDocument) {
            for (const d of inventory.documents) {
                const ctx = {
                    options: setting.options,
                    report: (r) => {
                        findings.push({
                            ruleId: rule.id,
                            messageId: r.messageId,
                            data: r.data ?? {},
                            level: levelOf(rule, setting, undefined),
                            object: undefined,
                            path: [],
                            location: { file: d.file, region: d.regionOf(r.start, r.end) },
                            related: (r.related ?? []).map((x) => ({ label: x.label, location: { file: d.file, region: d.regionOf(x.start, x.end) } })),
                            documentIndex: d.index,
                        });
                    },
                };
                try {
                    rule.checkDocument(d, ctx);
                }
                catch (e) {
                    failed(rule, undefined, d, e);
                }
            }
        }
        if (rule.check) {
            for (const o of inventory.objects) {
                const ctx = {
                    inventory,
                    options: setting.options,
                    report: (r) => {
                        const f = objectFinding(rule, setting, o, r);
                        owners.set(f, o);
                        findings.push(f);
                    },
                };
                try {
                    if (rule.appliesTo && !rule.appliesTo(o, inventory))
                        continue;
                    rule.check(o, ctx);
                }
                catch (e) {
                    failed(rule, o, o.document, e);
                }
            }
        }
    };
    for (const rule of rules)
        if (!rule.late)
            run(rule);
    for (const rule of rules)
        if (rule.late)
            run(rule);
    const out = dedupe(findings);
    out.push(...suppressInline(inventory, out, owners, settings));
    return sortFindings(out);
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const k = `${f.ruleId}|${f.messageId}|${f.location.file}|${f.location.region.startLine}|${f.location.region.startColumn}|${JSON.stringify(f.data)}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function compareFindings(a, b) {
    return (analyze_cmp(a.location.file, b.location.file) ||
        a.location.region.startLine - b.location.region.startLine ||
        a.location.region.startColumn - b.location.region.startColumn ||
        analyze_cmp(a.ruleId, b.ruleId) ||
        analyze_cmp(a.messageId, b.messageId) ||
        analyze_cmp(JSON.stringify(a.data), JSON.stringify(b.data)));
}
const analyze_cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function sortFindings(findings) {
    return findings.sort(compareFindings);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/src/analyze/fingerprint.js

/**
 * `saguard/v1`: rule + file + object identity + field path, stable when lines move (SARIF
 * `partialFingerprints`, and the key of baselines).
 */
function saguardFingerprint(f) {
    const identity = f.object
        ? `${f.object.group}/${f.object.kind}/${f.object.namespace ?? ''}/${f.object.name}|${f.path.join('.')}`
        : `#${f.documentIndex ?? 0}|${JSON.stringify(f.data)}`;
    return (0,external_node_crypto_.createHash)('sha256').update(`${f.ruleId}|${f.location.file}|${identity}`).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./lib/src/analyze/baseline.js

const BASELINE_VERSION = 1;
/** Reads a baseline file; a problem is one sentence saying what is wrong. */
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        return { problem: `${file} is not JSON (${e.message}); write it with saguard scan --write-baseline ${file}` };
    }
    const d = data;
    if (!d || typeof d !== 'object' || d.tool !== 'saguard' || !Array.isArray(d.findings)) {
        return { problem: `${file} is not a saguard baseline (expected {"version": ${BASELINE_VERSION}, "tool": "saguard", "findings": [...]}); write it with saguard scan --write-baseline ${file}` };
    }
    if (d.version !== BASELINE_VERSION)
        return { problem: `${file} is a version ${JSON.stringify(d.version)} baseline; this saguard reads version ${BASELINE_VERSION}` };
    const counts = new Map();
    for (const [i, e] of d.findings.entries()) {
        const fp = e?.fingerprint;
        if (typeof fp !== 'string' || !/^[0-9a-f]{32}$/.test(fp))
            return { problem: `${file}: findings[${i}] has no valid fingerprint (32 hexadecimal digits)` };
        counts.set(fp, (counts.get(fp) ?? 0) + 1);
    }
    return { baseline: { file, counts } };
}
/**
 * Hides the findings the baseline holds (as many of each fingerprint as it counts), leaving
 * suppressed findings alone. Returns how many it hid and how many of its entries matched nothing.
 */
function applyBaseline(findings, baseline) {
    const left = new Map(baseline.counts);
    let hidden = 0;
    for (const f of findings) {
        if (f.suppression)
            continue;
        const fp = saguardFingerprint(f);
        const n = left.get(fp) ?? 0;
        if (n === 0)
            continue;
        left.set(fp, n - 1);
        f.suppression = { kind: 'external', justification: `in the baseline ${baseline.file}`, source: 'baseline' };
        hidden++;
    }
    let stale = 0;
    for (const n of left.values())
        stale += n;
    return { hidden, stale };
}

;// CONCATENATED MODULE: ./lib/src/index.js






function lint(sources, config = {}) {
    const inventory = inventoryOf(sources, config);
    const load = inventory.load;
    const settings = new Map();
    for (const rule of rules_RULES) {
        const c = config.rules?.[rule.id];
        settings.set(rule.id, ruleSettings(rule, typeof c === 'string' ? { level: c } : c));
    }
    let findings = analyze(inventory, rules_RULES, settings);
    if (config.relocate)
        findings = config.relocate(findings);
    findings.push(...suppressConfigured(findings, config.ignore ?? [], settings, config.today ?? new Date().toISOString().slice(0, 10)));
    const baseline = config.baseline ? applyBaseline(sortFindings(findings), config.baseline) : undefined;
    return {
        findings: sortFindings(findings),
        ...(baseline ? { baseline } : {}),
        rules: rules_RULES,
        skipped: load.skipped,
        stats: { ...load.stats, objects: load.objects.length },
    };
}
/** The parts of a `.saguard.yaml` that `lint` reads (paths and the baseline file are the caller's). */
function lintConfigOf(config) {
    return { rules: config.rules, knownServiceAccounts: config.knownServiceAccounts, ignore: config.ignore };
}
/** Loads sources into an inventory (objects, workloads, the RBAC engine) without running rules. */
function inventoryOf(sources, config = {}) {
    // The same set gives the same output whatever order the files were named in.
    const ordered = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const load = (0,load_load/* loadSources */.Dl)(ordered, { namespace: config.namespace ?? 'default', objectsOnly: true });
    return new Inventory(load, { knownServiceAccounts: config.knownServiceAccounts ?? [], builtins: config.builtins !== false });
}


;// CONCATENATED MODULE: ./lib/src/report/escape.js
/**
 * Values from manifests are data. Whatever a pull request puts in a name, a label or a file name
 * must not steer a terminal (escape sequences, OSC 52 clipboard writes), fake lines in a log, or
 * turn into links, images or HTML in a Markdown summary. Every renderer calls these helpers on
 * every value it did not write itself.
 */
/**
 * C0 controls (tab, newline and carriage return included), DEL, C1 controls, the line and
 * paragraph separators, the bidirectional overrides and isolates ("Trojan source") and a stray BOM.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** The same without tab and newline, for multi-line text such as a renderer's error output. */
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const visible = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** One line of text with every control character shown as `\u001b`. */
function escapeControls(s) {
    return s.replace(CONTROLS, visible);
}
/** Text that may span lines (tabs and newlines kept), other control characters shown as `\u001b`. */
function escapeTerminal(s) {
    return s.replace(CONTROLS_BUT_LINES, visible);
}
/**
 * Literal text in Markdown: controls made visible, and backslash escapes on what Markdown could
 * read as syntax inline: code, emphasis, strikethrough, links and images, HTML, entities, and the
 * starts of GitHub's autolinks (`http:`, `www.`, `a@b`). `|` is left to the table-cell helper,
 * which escapes it in every context.
 */
function markdownText(s) {
    return escapeControls(s)
        .replace(/[\\`*_~[\]<>!&:@]/g, '\\$&')
        .replace(/(www)\./gi, '$1\\.');
}
/**
 * A Markdown code span holding `s` literally, whatever backticks it contains: the fence is one
 * backtick longer than the longest run inside, padded with a space where CommonMark strips one.
 */
function markdownCode(s) {
    const v = escapeControls(s);
    if (v === '')
        return '` `';
    const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = v.startsWith('`') || v.endsWith('`') || (v.startsWith(' ') && v.endsWith(' ') && v.trim() !== '') ? ' ' : '';
    return `${fence}${pad}${v}${pad}${fence}`;
}
/**
 * A value that may itself quote names in backticks ("ClusterRole `edit`", as rules build them):
 * each quoted part becomes a code span, the rest literal text. Whatever the value holds, the
 * result is only escaped text and well-formed code spans.
 */
function markdownValue(s) {
    const parts = s.split('`');
    if (parts.length % 2 === 0)
        return markdownText(s);
    return parts.map((p, i) => (i % 2 === 1 ? markdownCode(p) : markdownText(p))).join('');
}
/** Plain SARIF message text: controls made visible, brackets escaped so a value cannot make a link. */
function sarifText(s) {
    return escapeControls(s).replace(/[[\]]/g, '\\$&');
}

;// CONCATENATED MODULE: ./lib/src/report/messages.js


const PLACEHOLDER = /\{(\w+)\}/g;
function formatMessage(f, style = 'plain') {
    const template = ruleById(f.ruleId)?.meta.messages[f.messageId];
    if (template === undefined)
        throw new Error(`rule ${f.ruleId} has no message ${f.messageId}`);
    const fill = (t, write) => t.replace(PLACEHOLDER, (m, k) => {
        const v = f.data[k];
        return v === undefined ? m : write(String(v));
    });
    if (style !== 'markdown')
        return fill(template, style === 'sarif' ? sarifText : escapeControls);
    // The template is ours: its backtick pairs are code spans, refilled with the raw values and re-fenced.
    const parts = template.split('`');
    if (parts.length % 2 === 0)
        return fill(template, markdownValue);
    return parts.map((p, i) => (i % 2 === 1 ? codeList(fill(p, (v) => v)) : fill(p, markdownValue))).join('');
}
/**
 * A code span of a template, filled: rules quote a list in one span by joining its items with
 * `` `, ` `` (`` `get`, `list` ``), which reads right as plain text; in Markdown each item becomes
 * its own code span, each holding its item literally, whatever it contains.
 */
function codeList(filled) {
    return filled.split(LIST_SEPARATOR).map(markdownCode).join(', ');
}
/** How rules join the items of a list quoted in one code span of a message. */
const LIST_SEPARATOR = '`, `';
/** `Kind/namespace/name` (or `Kind/name` when cluster-scoped). */
function objectName(ref) {
    return ref.namespace !== undefined ? `${ref.kind}/${ref.namespace}/${ref.name}` : `${ref.kind}/${ref.name}`;
}
/** A message as one sentence with a capital letter and a period, for SARIF and summaries. */
function sentence(text) {
    const t = text.trim();
    const s = t.charAt(0).toUpperCase() + t.slice(1);
    return /[.!?]$/.test(s) ? s : `${s}.`;
}

;// CONCATENATED MODULE: ./lib/src/report/rendered.js

const rendered_text = (s, style) => (style === 'markdown' ? markdownText(s) : style === 'sarif' ? sarifText(s) : escapeControls(s));
const code = (s, style) => (style === 'markdown' ? markdownCode(s) : `\`${rendered_text(s, style)}\``);
const keyPath = (path) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
/**
 * For findings not placed on their own node: why the line is another one
 * (placed on `rules`, the nearest parent written in the source: …).
 */
function placementNote(f, style = 'plain') {
    const r = f.rendered;
    if (!r || r.mapping === 'exact')
        return undefined;
    if (r.mapping === 'parent' && r.path && r.path.length > 0) {
        return `placed on ${code(keyPath(r.path), style)}, the nearest parent written in the source: the value comes from a template action, a values file or a generator`;
    }
    return 'placed on the first line of the source document: the node is not written there';
}
/** Where the finding is in the rendered output, and the other renderings that gave it. */
function renderedNote(f, style = 'plain') {
    const r = f.rendered;
    if (!r)
        return undefined;
    const also = r.also && r.also.length > 0 ? `; also in ${r.also.map((a) => rendered_text(a, style)).join(', ')}` : '';
    return `${rendered_text(r.renderer, style)}, line ${r.region.startLine}:${r.region.startColumn}${also}`;
}
/** The message of a finding with its placement note and the other overlays, for one-line displays (annotations, SARIF, summary). */
function withPlacement(message, f, style = 'plain') {
    const note = placementNote(f, style);
    const also = f.rendered?.also && f.rendered.also.length > 0 ? ` (also in ${f.rendered.also.map((a) => rendered_text(a, style)).join(', ')})` : '';
    return (note ? `${message.replace(/[.\s]+$/, '')} (${note})` : message) + also;
}

;// CONCATENATED MODULE: ./lib/src/report/text.js



const INDENT = '    ';
/**
 * Words of `text` after `head` on lines of at most `width` columns, continued under INDENT; a word
 * longer than a line stays whole. `visible` is the width `head` takes on screen.
 */
function wrap(head, visible, text, width) {
    if (width === undefined || visible + text.length <= width)
        return [head + text];
    const lines = [];
    let line = head;
    let used = visible;
    for (const word of text.split(' ')) {
        const first = line === head;
        // Break before a word that would pass the edge, unless the line holds nothing but indentation.
        if (used + (first ? 0 : 1) + word.length > width && (first ? head.trim() !== '' : used > INDENT.length)) {
            lines.push(line.trimEnd());
            line = INDENT + word;
            used = INDENT.length + word.length;
        }
        else {
            line += (first ? '' : ' ') + word;
            used += (first ? 0 : 1) + word.length;
        }
    }
    lines.push(line);
    return lines;
}
const SUPPRESSED_BY = { annotation: 'saguard.dev/ignore', config: 'ignore: of the configuration' };
const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', note: '\x1b[36m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';
function countByLevel(findings) {
    const c = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        if (!f.suppression)
            c[f.level]++;
    return c;
}
/** `1 file`, `2 files`. */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function renderText(findings, options) {
    const paint = (code, s) => (options.color ? `${code}${s}${RESET}` : s);
    const lines = [];
    let file;
    const shown = findings.filter((f) => !f.suppression);
    const dim = (s) => wrap(INDENT, INDENT.length, s, options.width).map((l) => paint(DIM, l));
    for (const f of shown) {
        if (f.location.file !== file) {
            if (file !== undefined)
                lines.push('');
            file = f.location.file;
        }
        const r = f.location.region;
        const where = `${escapeControls(f.location.file)}:${r.startLine}:${r.startColumn} `;
        const head = `${where}${paint(COLORS[f.level], f.level)} ${paint(DIM, f.ruleId)} `;
        lines.push(...wrap(head, where.length + f.level.length + f.ruleId.length + 2, formatMessage(f), options.width));
        for (const rel of f.related) {
            const same = rel.location.file === f.location.file;
            const at = `${same ? '' : `${escapeControls(rel.location.file)}:`}${rel.location.region.startLine}:${rel.location.region.startColumn}`;
            lines.push(...dim(`${same ? 'line ' : ''}${at} ${escapeControls(rel.label.replace(/`/g, ''))}`));
        }
        const rendered = renderedNote(f);
        if (rendered)
            lines.push(...dim(`rendered by ${rendered}`));
        const placed = placementNote(f);
        if (placed)
            lines.push(...dim(placed.replace(/`/g, '')));
    }
    const c = countByLevel(findings);
    const total = c.error + c.warning + c.note;
    const inBaseline = findings.filter((f) => f.suppression?.source === 'baseline').length;
    const suppressed = findings.length - shown.length - inBaseline;
    if (lines.length > 0)
        lines.push('');
    const summary = total === 0
        ? 'no findings'
        : `${plural(total, 'finding')}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}`;
    const hidden = [
        ...(suppressed > 0 ? [`${suppressed} suppressed${options.suppressed ? '' : ', --verbose lists them'}`] : []),
        ...(inBaseline > 0 ? [`${inBaseline} in the baseline`] : []),
    ];
    lines.push(paint(BOLD, summary + (hidden.length > 0 ? ` (${hidden.join('; ')})` : '')));
    if (options.suppressed && suppressed > 0) {
        lines.push('', paint(BOLD, 'suppressed'));
        for (const f of findings) {
            const s = f.suppression;
            if (!s || s.source === 'baseline')
                continue;
            const r = f.location.region;
            const why = s.justification ? escapeControls(s.justification) : 'no reason given';
            lines.push(`${escapeControls(f.location.file)}:${r.startLine}:${r.startColumn} ${paint(DIM, f.ruleId)} by ${SUPPRESSED_BY[s.source] ?? s.source}: ${why}`);
        }
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./lib/src/version.js
var version = __webpack_require__(1294);
;// CONCATENATED MODULE: ./lib/src/report/stream.js
/** JSON written as it is made: a document whose one big array is serialised item by item. */
/**
 * Writes `root` as JSON, where `holder[key]` (an empty array inside `root`) is filled with
 * `item(x)` for every x of `items`, serialised one by one. Pretty output equals
 * `JSON.stringify(root, null, 2)` with the array filled in; a line break ends it.
 */
function writeJsonArray(root, holder, key, items, item, pretty, write) {
    if (items.length === 0) {
        holder[key] = [];
        write(JSON.stringify(root, null, pretty ? 2 : undefined) + '\n');
        return;
    }
    const MARK = '\u0000saguard-items\u0000';
    holder[key] = [MARK];
    const text = JSON.stringify(root, null, pretty ? 2 : undefined);
    const quoted = JSON.stringify(MARK);
    const at = text.indexOf(quoted);
    holder[key] = [];
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const indent = pretty ? text.slice(lineStart, at) : '';
    write(text.slice(0, pretty ? lineStart : at));
    let chunk = '';
    items.forEach((x, i) => {
        const json = JSON.stringify(item(x), null, pretty ? 2 : undefined);
        chunk += (i === 0 ? '' : pretty ? ',\n' : ',') + (pretty ? indent + json.replace(/\n/g, `\n${indent}`) : json);
        if (chunk.length > 1 << 20) {
            write(chunk);
            chunk = '';
        }
    });
    write(chunk + text.slice(at + quoted.length) + '\n');
}

;// CONCATENATED MODULE: ./lib/src/report/json.js




const JSON_SCHEMA_VERSION = 1;
/**
 * A finding's message arguments as plain values for scripts: the backticks that quote names in
 * the sentence (`Role \`shop/app\``, `get\`, \`list`) are Markdown, not part of the value.
 */
function plainData(data) {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/`/g, '') : v]));
}
function jsonFinding(f) {
    return {
        ruleId: f.ruleId,
        level: f.level,
        message: formatMessage(f),
        messageId: f.messageId,
        data: plainData(f.data),
        file: f.location.file,
        ...f.location.region,
        object: f.object
            ? {
                apiVersion: f.object.group ? `${f.object.group}/${f.object.version}` : f.object.version,
                kind: f.object.kind,
                namespace: f.object.namespace ?? null,
                name: f.object.name,
            }
            : null,
        path: [...f.path],
        related: f.related.map((r) => ({ file: r.location.file, startLine: r.location.region.startLine, startColumn: r.location.region.startColumn, label: r.label })),
        suppressed: f.suppression ? { ...f.suppression } : null,
        rendered: f.rendered
            ? {
                renderer: f.rendered.renderer,
                startLine: f.rendered.region.startLine,
                startColumn: f.rendered.region.startColumn,
                mapping: f.rendered.mapping,
                ...(f.rendered.path ? { path: [...f.rendered.path] } : {}),
                ...(f.rendered.also ? { also: [...f.rendered.also] } : {}),
            }
            : null,
        ...(f.flows
            ? {
                flows: f.flows.map((fl) => ({
                    from: fl.from,
                    to: fl.to,
                    steps: fl.steps.map((s) => ({ action: s.action, to: s.to, file: s.location?.file ?? null, startLine: s.location?.region.startLine ?? null, startColumn: s.location?.region.startColumn ?? null })),
                })),
            }
            : {}),
    };
}
function header(findings) {
    const c = countByLevel(findings);
    return {
        schemaVersion: JSON_SCHEMA_VERSION,
        tool: { name: 'saguard', version: version/* VERSION */.x },
        summary: {
            findings: c.error + c.warning + c.note,
            errors: c.error,
            warnings: c.warning,
            notes: c.note,
            suppressed: findings.filter((f) => f.suppression && f.suppression.source !== 'baseline').length,
            inBaseline: findings.filter((f) => f.suppression?.source === 'baseline').length,
        },
        findings: [],
    };
}
/** The report as one string (small reports, tests); `writeJson` writes the same bytes piece by piece. */
function renderJson(findings) {
    const report = header(findings);
    report.findings = findings.map(jsonFinding);
    return JSON.stringify(report, null, 2) + '\n';
}
/** Reports with more findings than this are written as compact JSON. */
const COMPACT_ABOVE_FINDINGS = 5_000;
/**
 * Writes the report as it is made, one finding at a time: indented like `renderJson`, byte for
 * byte, or compact (`auto`: compact above COMPACT_ABOVE_FINDINGS findings).
 */
function writeJson(findings, write, style = 'auto') {
    const report = header(findings);
    const pretty = style === 'pretty' || (style === 'auto' && findings.length <= COMPACT_ABOVE_FINDINGS);
    writeJsonArray(report, report, 'findings', findings, jsonFinding, pretty, write);
}

;// CONCATENATED MODULE: ./lib/src/report/fingerprint.js
/**
 * GitHub's `primaryLocationLineHash`: the rolling hash that `github/codeql-action`
 * (`src/fingerprints.ts`) computes over a file, so that alerts survive lines moving. For every line
 * it hashes the next 100 characters that are not spaces or tabs (CRLF and CR count as LF),
 * formats the 64-bit value in hex, and appends `:N`, N counting earlier lines with the same hash.
 *
 * The 64-bit arithmetic is done on two 32-bit halves held in doubles (every intermediate product
 * stays below 2^53), the `:N` counts in an open-addressing table, and a hash string is only made for
 * the lines asked for; hashing stops after the last of them.
 */
const BLOCK_SIZE = 100;
const MOD = 37;
const TAB = 9;
const SPACE = 32;
const LF = 10;
const CR = 13;
const EOF = 65535;
const TWO32 = 4294967296;
/** 37^100 mod 2^64, as high and low 32-bit halves. */
const [FIRST_HI, FIRST_LO] = (() => {
    let hi = 0;
    let lo = 1;
    for (let i = 0; i < BLOCK_SIZE; i++) {
        const l = lo * MOD;
        const carry = Math.floor(l / TWO32);
        lo = l - carry * TWO32;
        hi = (hi * MOD + carry) % TWO32;
    }
    return [hi, lo];
})();
const hex = (hi, lo) => (hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0'));
/** Counts of 64-bit values (two uint32 halves), open addressing with linear probing. */
class Counts {
    hi = new Uint32Array(1024);
    lo = new Uint32Array(1024);
    n = new Uint32Array(1024);
    size = 0;
    /** Adds one to the value's count and returns the new count. */
    bump(hi, lo) {
        if (this.size * 2 >= this.n.length)
            this.grow();
        const mask = this.n.length - 1;
        let i = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
        while (this.n[i] !== 0) {
            if (this.hi[i] === hi && this.lo[i] === lo)
                return ++this.n[i];
            i = (i + 1) & mask;
        }
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.n[i] = 1;
        this.size++;
        return 1;
    }
    grow() {
        const { hi, lo, n } = this;
        this.hi = new Uint32Array(n.length * 2);
        this.lo = new Uint32Array(n.length * 2);
        this.n = new Uint32Array(n.length * 2);
        const mask = this.n.length - 1;
        for (let j = 0; j < n.length; j++) {
            if (n[j] === 0)
                continue;
            let i = (Math.imul(lo[j] ^ Math.imul(hi[j], 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
            while (this.n[i] !== 0)
                i = (i + 1) & mask;
            this.hi[i] = hi[j];
            this.lo[i] = lo[j];
            this.n[i] = n[j];
        }
    }
}
/**
 * Hashes of the lines of `text`, indexed by 1-based line number: every line, or only those in
 * `wanted` (which saves the strings, and the rest of the file after the last one).
 */
function lineHashes(text, wanted) {
    const out = new Map();
    let last = Infinity;
    if (wanted) {
        last = 0;
        for (const l of wanted)
            if (l > last)
                last = l;
        if (last === 0)
            return out;
    }
    // One loop with its state in locals (closures over it were three times slower): the characters of
    // the text, then EOF, then BLOCK_SIZE zeros that flush the last lines' hashes.
    const window = new Uint16Array(BLOCK_SIZE);
    const lineNumbers = new Int32Array(BLOCK_SIZE).fill(-1);
    const counts = new Counts();
    const n = text.length;
    let hi = 0;
    let lo = 0;
    let index = 0;
    let lineNumber = 0;
    let lineStart = true;
    let prevCR = false;
    for (let i = 0, end = n + 1 + BLOCK_SIZE; i < end; i++) {
        let current = 0;
        if (i < n) {
            current = text.charCodeAt(i);
            if (current === SPACE || current === TAB || (prevCR && current === LF)) {
                prevCR = false;
                continue;
            }
            if (current === CR) {
                current = LF;
                prevCR = true;
            }
            else
                prevCR = false;
        }
        else if (i === n) {
            current = EOF;
            prevCR = false;
        }
        const line = lineNumbers[index];
        if (line !== -1) {
            const count = counts.bump(hi, lo);
            if (!wanted || wanted.has(line))
                out.set(line, `${hex(hi, lo)}:${count}`);
            lineNumbers[index] = -1;
            if (line >= last)
                return out;
        }
        if (i <= n) {
            if (lineStart) {
                lineStart = false;
                lineNumbers[index] = ++lineNumber;
            }
            if (current === LF)
                lineStart = true;
        }
        // hash = 37 * hash + current - 37^100 * begin (mod 2^64), on 32-bit halves held in doubles
        // (every intermediate value is an integer below 2^53; `>>> 0` takes it modulo 2^32).
        const begin = window[index];
        window[index] = current;
        let l = lo * MOD + current;
        const low = l >>> 0;
        let h = hi * MOD + (l - low) / TWO32;
        const pl = begin * FIRST_LO;
        const plLow = pl >>> 0;
        l = low - plLow;
        h -= begin * FIRST_HI + (pl - plLow) / TWO32;
        if (l < 0) {
            l += TWO32;
            h -= 1;
        }
        lo = l;
        hi = h >>> 0;
        index = index + 1 === BLOCK_SIZE ? 0 : index + 1;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/report/sarif.js







const sarif_INFORMATION_URI = 'https://github.com/saguard/saguard';
const helpUri = (id) => `${sarif_INFORMATION_URI}/blob/main/docs/rules/${id}.md`;
const pascal = (id) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
function ruleHelpMarkdown(rule) {
    const m = rule.meta;
    return [
        `# ${m.title}`,
        '',
        m.description,
        '',
        '## Why',
        '',
        m.docs.rationale,
        '',
        '## Fix',
        '',
        m.remediation,
        '',
        '```yaml',
        m.docs.passing.trimEnd(),
        '```',
        '',
        '## References',
        '',
        ...m.references.map((r) => `- ${r}`),
    ].join('\n');
}
function securityBand(score) {
    if (!(score > 0))
        return undefined;
    return score > 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
/** The bands of GitHub that say what a level says. */
const BANDS_OF_LEVEL = {
    error: ['critical', 'high', 'error'],
    warning: ['medium', 'warning'],
    note: ['low', 'note'],
};
/** A rule is a security rule (GitHub's `security` tag, a `security-severity`), or an input-hygiene one. */
const isSecurityRule = (rule) => rule.meta.tags.includes('security') && rule.meta.securitySeverity !== undefined;
/**
 * The `security-severity` a security rule's descriptor carries in a log whose results of that rule
 * have these levels. GitHub ranks every alert of a rule by this one number and cannot take it per
 * result, so the rule keeps its own only when it agrees with every level (a scope-dependent rule
 * reported as error, warning and note in one log has none); without it GitHub shows each result's
 * level, which always agrees.
 */
function descriptorSecuritySeverity(securitySeverity, levels) {
    const band = securityBand(Number(securitySeverity));
    if (securitySeverity === undefined || band === undefined)
        return undefined;
    for (const l of levels)
        if (!BANDS_OF_LEVEL[l].includes(band))
            return undefined;
    return securitySeverity;
}
/** `problem.severity` of a rule that is not a security rule (CodeQL's names for the levels). */
const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', note: 'recommendation' };
function ruleDescriptor(rule, levels) {
    const m = rule.meta;
    const security = isSecurityRule(rule) ? descriptorSecuritySeverity(m.securitySeverity, levels) : undefined;
    return {
        id: rule.id,
        name: pascal(rule.id),
        shortDescription: { text: m.title },
        fullDescription: { text: m.description },
        helpUri: helpUri(rule.id),
        help: {
            text: `${m.description}\n\n${m.docs.rationale.replace(/`/g, '')}\n\nFix: ${m.remediation.replace(/`/g, '')}\n\nSee ${helpUri(rule.id)}`,
            markdown: ruleHelpMarkdown(rule),
        },
        defaultConfiguration: { level: m.level },
        properties: {
            tags: m.tags,
            precision: m.precision,
            ...(isSecurityRule(rule) ? (security ? { 'security-severity': security } : {}) : { 'problem.severity': PROBLEM_SEVERITY[m.level] }),
        },
    };
}
function region(r) {
    return { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn };
}
function artifact(file) {
    return { uri: encodeURI(file), uriBaseId: '%SRCROOT%' };
}
/**
 * An escalation path as a code flow with one thread flow: the subject (the finding's location), then
 * each step where the permission that allows it is granted.
 */
function codeFlow(f, flow) {
    const plain = (s) => sarifText(s.replace(/`/g, ''));
    const at = (file, r, text) => ({
        location: { physicalLocation: { artifactLocation: artifact(file), region: region(r) }, message: { text: plain(text) } },
    });
    const locations = [at(f.location.file, f.location.region, flow.from)];
    flow.steps.forEach((s, i) => {
        const text = `step ${i + 1}: ${s.action} → ${s.to}`;
        // A step that only built-in roles grant is written in no file.
        locations.push(s.location ? at(s.location.file, s.location.region, text) : { location: { message: { text: plain(text) } } });
    });
    return {
        message: { text: plain(`${flow.from} → ${flow.to} in ${flow.steps.length} step${flow.steps.length === 1 ? '' : 's'}`) },
        threadFlows: [{ locations }],
    };
}
/** GitHub code scanning rejects a run with more results than this (GITHUB.md). */
const GITHUB_MAX_RESULTS = 25_000;
/** Logs with more results than this are written as compact JSON (nobody reads them by eye). */
const COMPACT_ABOVE_RESULTS = 5_000;
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
/**
 * The items a log of at most `max` results holds: the most severe (see SeverityKey), in their given
 * order; and those left out.
 */
function keepMostSevere(items, max, key) {
    if (items.length <= max)
        return { kept: [...items], left: [] };
    const order = items.map((x, i) => ({ k: key(x), i }));
    order.sort((a, b) => LEVEL_RANK[a.k.level] - LEVEL_RANK[b.k.level] || Number(a.k.suppressed) - Number(b.k.suppressed) || b.k.securitySeverity - a.k.securitySeverity || a.i - b.i);
    const keep = new Set(order.slice(0, max).map((x) => x.i));
    const kept = [];
    const left = [];
    items.forEach((x, i) => (keep.has(i) ? kept : left).push(x));
    return { kept, left };
}
/** The findings a log of at most `max` results holds (the most severe, in order), and those left out. */
function capFindings(findings, rules, max = GITHUB_MAX_RESULTS) {
    const severity = new Map(rules.map((r) => [r.id, Number(r.meta.securitySeverity) || 0]));
    return keepMostSevere(findings, max, (f) => ({ level: f.level, suppressed: !!f.suppression, securitySeverity: severity.get(f.ruleId) ?? 0 }));
}
function countLevels(items) {
    const by = { error: 0, warning: 0, note: 0 };
    for (const x of items)
        by[x.level]++;
    return by;
}
/** The log with an empty `results`, and a function making the result of each finding in it. */
function sarifParts(findings, rules, options) {
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const { kept, left } = capFindings(findings, rules, options.maxResults);
    // Line hashes only for the lines results start on.
    const wanted = new Map();
    for (const f of kept) {
        const lines = wanted.get(f.location.file);
        if (lines)
            lines.add(f.location.region.startLine);
        else
            wanted.set(f.location.file, new Set([f.location.region.startLine]));
    }
    const hashes = new Map();
    const hashOf = (file, line) => {
        let h = hashes.get(file);
        if (!h) {
            const text = options.sources.get(file);
            if (text === undefined)
                return undefined;
            h = lineHashes(text, wanted.get(file));
            hashes.set(file, h);
        }
        return h.get(line);
    };
    const result = (f) => {
        let text = withPlacement(formatMessage(f, 'sarif'), f, 'sarif');
        if (f.related.length > 0) {
            text += ` (${f.related.map((r, i) => `[${escapeControls(r.label.replace(/[[\]]/g, ''))}](${i + 1})`).join(', ')})`;
        }
        const fingerprints = { 'saguard/v1': saguardFingerprint(f) };
        const lineHash = hashOf(f.location.file, f.location.region.startLine);
        if (lineHash)
            fingerprints.primaryLocationLineHash = lineHash;
        const result = {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: f.level,
            message: { text: sentence(text) },
            locations: [
                {
                    physicalLocation: { artifactLocation: artifact(f.location.file), region: region(f.location.region) },
                    ...(f.object
                        ? {
                            logicalLocations: [
                                { name: f.object.name, fullyQualifiedName: objectName(f.object), kind: 'object' },
                            ],
                        }
                        : {}),
                },
            ],
            partialFingerprints: fingerprints,
        };
        if (f.related.length > 0) {
            result.relatedLocations = f.related.map((r, i) => ({
                id: i + 1,
                physicalLocation: { artifactLocation: artifact(r.location.file), region: region(r.location.region) },
                message: { text: escapeControls(r.label.replace(/`/g, '')) },
            }));
        }
        if (f.rendered) {
            // The position in the rendered output, which is not a file of the repository.
            result.properties = {
                rendered: {
                    renderer: f.rendered.renderer,
                    region: region(f.rendered.region),
                    mapping: f.rendered.mapping,
                    ...(f.rendered.path ? { path: [...f.rendered.path] } : {}),
                    ...(f.rendered.also ? { also: [...f.rendered.also] } : {}),
                },
            };
        }
        if (f.flows && f.flows.length > 0)
            result.codeFlows = f.flows.map((flow) => codeFlow(f, flow));
        if (f.suppression) {
            const { kind, justification } = f.suppression;
            result.suppressions = [{ kind, status: 'accepted', ...(justification ? { justification } : {}) }];
        }
        return result;
    };
    // Every result shows on GitHub, suppressed ones too (GitHub ignores `suppressions`).
    const levelsOf = new Map();
    for (const f of kept) {
        const set = levelsOf.get(f.ruleId);
        if (set)
            set.add(f.level);
        else
            levelsOf.set(f.ruleId, new Set([f.level]));
    }
    const run = {
        tool: {
            driver: {
                name: 'saguard',
                version: version/* VERSION */.x,
                semanticVersion: version/* VERSION */.x,
                informationUri: sarif_INFORMATION_URI,
                rules: rules.map((r) => ruleDescriptor(r, levelsOf.get(r.id) ?? new Set())),
            },
        },
        automationDetails: { id: `${options.category}/` },
        ...(options.srcRootUri ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.srcRootUri } } } : {}),
        ...leftOutRecord(kept.length, countLevels(left), options.maxResults),
        columnKind: 'utf16CodeUnits',
        results: [],
    };
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [run],
    };
    return { log, run, kept, left, result };
}
/** "the SARIF log holds the 25000 most severe of 25012 findings (…); left out: 12 notes" */
function leftOutSentence(kept, left, max = GITHUB_MAX_RESULTS) {
    const total = left.error + left.warning + left.note;
    const parts = ['error', 'warning', 'note'].filter((l) => left[l] > 0).map((l) => `${left[l]} ${l}${left[l] === 1 ? '' : 's'}`);
    const why = max >= GITHUB_MAX_RESULTS ? `GitHub code scanning rejects runs of more than ${GITHUB_MAX_RESULTS} results` : `at most ${max} results were asked for`;
    return `the SARIF log holds the ${kept} most severe of ${kept + total} findings (${why}); left out: ${parts.join(', ')}`;
}
/** The run's record of what the cap left out (nothing when nothing was). */
function leftOutRecord(kept, left, max = GITHUB_MAX_RESULTS) {
    const total = left.error + left.warning + left.note;
    if (total === 0)
        return {};
    return {
        // GitHub ignores these; other viewers show them, and they say the log is not complete.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: leftOutSentence(kept, left, max) } }] }],
        properties: { resultsLeftOut: total, resultsLeftOutByLevel: { ...left } },
    };
}
/** The whole log as one object (small logs, tests); `writeSarif` writes the same log piece by piece. */
function renderSarif(findings, rules, options) {
    const { log, run, kept, result } = sarifParts(findings, rules, options);
    run.results = kept.map(result);
    return log;
}
/**
 * Writes the log as it is made, one result at a time, through `write` (no string of the whole log
 * is ever held): indented like `JSON.stringify(log, null, 2)`, byte for byte, or compact (`auto`:
 * compact above COMPACT_ABOVE_RESULTS results). Ends with a line break.
 */
function writeSarif(findings, rules, options, write, style = 'auto') {
    const { log, run, kept, left, result } = sarifParts(findings, rules, options);
    const pretty = style === 'pretty' || (style === 'auto' && kept.length <= COMPACT_ABOVE_RESULTS);
    writeJsonArray(log, run, 'results', kept, (f) => result(f), pretty, write);
    return { results: kept.length, left };
}

// EXTERNAL MODULE: ./lib/src/publish/read.js + 1 modules
var read = __webpack_require__(1703);
;// CONCATENATED MODULE: ./lib/src/publish/write.js
/**
 * The one way saguard writes its reports. Inside a checked-out tree every name may have been put
 * there by a pull request: a `saguard.sarif` committed as a symbolic link to `~/.bashrc`, or a
 * parent folder of `sarif-file` linked to another job's files, must not make the Action write
 * there. So, within `root`: no folder on the way may be a symbolic link (refused), the data goes
 * to a new temporary file opened exclusively beside the target, which is then renamed over it (a
 * link at the target is replaced, never written through). Without `root` (the CLI, writing where
 * its user asked) only the temporary file and the rename remain.
 */




/** The file cannot be written where it was asked to be: a one-line reason, for a configuration error. */
class WriteError extends Error {
}
const reason = (e) => e.code ?? e.message;
/** Creates the folders of `dir` below `root` one by one, refusing any that is a link or not a folder. */
function folders(dir, root, shown) {
    const parts = external_node_path_.relative(root, dir).split(external_node_path_.sep).filter((p) => p !== '');
    let at = root;
    for (const part of parts) {
        at = external_node_path_.join(at, part);
        let st;
        try {
            st = external_node_fs_.lstatSync(at);
        }
        catch {
            try {
                external_node_fs_.mkdirSync(at);
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw new WriteError(`cannot create the folder ${shown(at)} (${reason(e)})`);
            }
            st = external_node_fs_.lstatSync(at);
        }
        if (st.isSymbolicLink())
            throw new WriteError(`${shown(at)} is a symbolic link; saguard does not write through links in the workspace`);
        if (!st.isDirectory())
            throw new WriteError(`${shown(at)} is not a folder`);
    }
}
/** Opens a new temporary file for `file`, as described above (folders checked, opened exclusively). */
function createSafely(file, opts = {}) {
    const abs = external_node_path_.resolve(file);
    const shown = (p) => (opts.root ? external_node_path_.relative(opts.root, p).split(external_node_path_.sep).join('/') || '.' : p);
    const dir = external_node_path_.dirname(abs);
    if (opts.root) {
        if (!(0,read/* isInside */.FK)(abs, opts.root) || abs === opts.root)
            throw new WriteError(`${file} is outside ${opts.rootName ?? 'the workspace'}`);
        folders(dir, opts.root, shown);
    }
    else {
        try {
            external_node_fs_.mkdirSync(dir, { recursive: true });
        }
        catch (e) {
            throw new WriteError(`cannot create the folder ${dir} (${reason(e)})`);
        }
    }
    try {
        if (external_node_fs_.lstatSync(abs).isDirectory())
            throw new WriteError(`${shown(abs)} is a folder`);
    }
    catch (e) {
        if (e instanceof WriteError)
            throw e;
        // absent: created by the rename
    }
    const tmp = external_node_path_.join(dir, `.${external_node_path_.basename(abs)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let fd;
    try {
        fd = external_node_fs_.openSync(tmp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o644);
    }
    catch (e) {
        throw new WriteError(`cannot write in ${shown(dir)} (${reason(e)})`);
    }
    let open = true;
    const close = () => {
        if (open)
            external_node_fs_.closeSync(fd);
        open = false;
    };
    const abort = () => {
        try {
            close();
        }
        finally {
            try {
                external_node_fs_.unlinkSync(tmp);
            }
            catch {
                // already gone
            }
        }
    };
    return {
        fd,
        commit() {
            try {
                close();
                external_node_fs_.renameSync(tmp, abs);
            }
            catch (e) {
                abort();
                throw new WriteError(`cannot write ${shown(abs)} (${reason(e)})`);
            }
        },
        abort,
    };
}
/** Writes `data` to `file` in one go, as described above. */
function writeFileSafely(file, data, opts = {}) {
    const out = createSafely(file, opts);
    try {
        fs.writeFileSync(out.fd, data);
    }
    catch (e) {
        out.abort();
        throw new WriteError(`cannot write ${file} (${reason(e)})`);
    }
    out.commit();
}

;// CONCATENATED MODULE: ./lib/src/publish/sink.js
/**
 * Files written piece by piece as a report is made, so that no string of the whole report is
 * needed, through the one safe writer (`write.ts`): a temporary file renamed into place when the
 * report is complete, never written through a link.
 */


/** A file (created with its directory, replaced if it exists) written in chunks of about a megabyte. */
function fileSink(file, opts = {}) {
    const out = createSafely(file, opts);
    let pending = [];
    let size = 0;
    const flush = () => {
        if (pending.length === 0)
            return;
        try {
            external_node_fs_.writeSync(out.fd, pending.join(''));
        }
        catch (e) {
            out.abort();
            throw new WriteError(`cannot write ${file} (${e.code ?? e.message})`);
        }
        pending = [];
        size = 0;
    };
    return {
        write(chunk) {
            pending.push(chunk);
            size += chunk.length;
            if (size >= 1 << 20)
                flush();
        },
        close() {
            flush();
            out.commit();
        },
        abort: () => out.abort(),
    };
}
/** Writes a report to a file through `emit`: in place when `emit` completes, nothing when it throws. */
function writeFileWith(file, emit, opts = {}) {
    const sink = fileSink(file, opts);
    let result;
    try {
        result = emit((c) => sink.write(c));
    }
    catch (e) {
        sink.abort();
        throw e;
    }
    sink.close();
    return result;
}

;// CONCATENATED MODULE: ./lib/src/report/merge.js


class MergeError extends Error {
}
const LEVELS = ['error', 'warning', 'note'];
const merge_cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function fileOf(r) {
    const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    try {
        return decodeURI(uri);
    }
    catch {
        return uri;
    }
}
/**
 * Checks that each input is a saguard SARIF log of one run; `name` says which input a problem is in.
 */
function runOf(log, name) {
    const l = log;
    if (typeof log !== 'object' || log === null || l.version !== '2.1.0' || !Array.isArray(l.runs))
        throw new MergeError(`${name} is not a SARIF 2.1.0 log`);
    if (l.runs.length !== 1)
        throw new MergeError(`${name} has ${l.runs.length} runs; saguard writes one per log`);
    const run = l.runs[0];
    if (run.tool?.driver?.name !== 'saguard')
        throw new MergeError(`${name} was written by ${JSON.stringify(run.tool?.driver?.name ?? 'an unknown tool')}, not saguard`);
    if (!Array.isArray(run.results))
        throw new MergeError(`${name} has no results array`);
    return run;
}
/** The merged log (with empty results) and its results, ready to write. */
function mergeSarif(logs, options = {}) {
    if (logs.length === 0)
        throw new MergeError('merge-sarif needs at least one SARIF file');
    const runs = logs.map((l) => runOf(l.log, l.name));
    const first = runs[0];
    const version = first.tool.driver.version;
    for (const [i, run] of runs.entries()) {
        if (run.tool.driver.version !== version)
            throw new MergeError(`${logs[i].name} was written by saguard ${run.tool.driver.version}, ${logs[0].name} by ${version}; merge logs of one version`);
    }
    // One rule list (the first log's, then any rule only a later log has), results re-indexed into it.
    const rules = [];
    const index = new Map();
    // A rule's security-severity as any shard wrote it (a shard leaves it out when its results disagree with it).
    const securitySeverity = new Map();
    for (const run of runs) {
        for (const r of run.tool.driver.rules ?? []) {
            const s = r.properties?.['security-severity'];
            if (typeof s === 'string' && !securitySeverity.has(r.id))
                securitySeverity.set(r.id, s);
            if (!index.has(r.id)) {
                index.set(r.id, rules.length);
                rules.push(r);
            }
        }
    }
    const all = [];
    const left = { error: 0, warning: 0, note: 0 };
    for (const run of runs) {
        for (const r of run.results)
            all.push(r.ruleId !== undefined && index.has(r.ruleId) ? { ...r, ruleIndex: index.get(r.ruleId) } : r);
        const byLevel = (run.properties?.resultsLeftOutByLevel ?? {});
        for (const l of LEVELS)
            left[l] += Number(byLevel[l]) || 0;
    }
    // The order of the unsharded scan: by file, line and column; results of one file come from one
    // shard, already in order, and the sort is stable.
    all.sort((a, b) => {
        const la = a.locations?.[0]?.physicalLocation?.region;
        const lb = b.locations?.[0]?.physicalLocation?.region;
        return merge_cmp(fileOf(a), fileOf(b)) || (la?.startLine ?? 0) - (lb?.startLine ?? 0) || (la?.startColumn ?? 0) - (lb?.startColumn ?? 0);
    });
    const max = options.maxResults ?? GITHUB_MAX_RESULTS;
    const severity = (r) => Number(securitySeverity.get(r.ruleId ?? '')) || 0;
    const levelOf = (r) => (r.level === 'error' || r.level === 'warning' ? r.level : 'note');
    const { kept, left: dropped } = keepMostSevere(all, max, (r) => ({ level: levelOf(r), suppressed: (r.suppressions?.length ?? 0) > 0, securitySeverity: severity(r) }));
    for (const r of dropped)
        left[levelOf(r)]++;
    // Each rule's security-severity again, for the results of the merged log.
    const levels = new Map();
    for (const r of kept) {
        if (r.ruleId === undefined)
            continue;
        const set = levels.get(r.ruleId);
        if (set)
            set.add(levelOf(r));
        else
            levels.set(r.ruleId, new Set([levelOf(r)]));
    }
    rules.forEach((rule, i) => {
        const s = securitySeverity.get(rule.id);
        if (s === undefined)
            return;
        const { 'security-severity': _, ...rest } = rule.properties ?? {};
        const agreed = descriptorSecuritySeverity(s, levels.get(rule.id) ?? []);
        rules[i] = { ...rule, properties: { ...rest, ...(agreed ? { 'security-severity': agreed } : {}) } };
    });
    const category = options.category ?? (first.automationDetails?.id ?? 'saguard/').replace(/\/+$/, '');
    const run = {
        tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
        automationDetails: { id: `${category}/` },
        ...(first.originalUriBaseIds ? { originalUriBaseIds: first.originalUriBaseIds } : {}),
        ...leftOutRecord(kept.length, left, max),
        ...(first.columnKind ? { columnKind: first.columnKind } : {}),
        results: [],
    };
    const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
    return { log, run, results: kept };
}
/** Writes a merged log like `writeSarif` writes a scan's: indented up to 5,000 results, compact above. */
function writeMergedSarif(merged, write) {
    writeJsonArray(merged.log, merged.run, 'results', merged.results, (r) => r, merged.results.length <= COMPACT_ABOVE_RESULTS, write);
}

// EXTERNAL MODULE: ./lib/src/analyze/shard.js
var analyze_shard = __webpack_require__(6917);
;// CONCATENATED MODULE: ./lib/src/report/severity.js

const severity_LEVEL_RANK = { error: 0, warning: 1, note: 2 };
/** The rule's security-severity as a number (0 when it has none). */
const securitySeverityOf = (f) => Number(ruleById(f.ruleId)?.meta.securitySeverity) || 0;
/** Negative when `a` is more severe than `b`, zero when they are as severe. */
const compareSeverity = (a, b) => severity_LEVEL_RANK[a.level] - severity_LEVEL_RANK[b.level] || securitySeverityOf(b) - securitySeverityOf(a);
/** A copy, most severe first (stable: equally severe findings keep their order). */
const bySeverity = (findings) => [...findings].sort(compareSeverity);

;// CONCATENATED MODULE: ./lib/src/report/github.js





/** GitHub keeps at most 10 annotations of each level per step (and 50 per job). */
const ANNOTATIONS_PER_LEVEL = 10;
const ANNOTATIONS_PER_JOB = 50;
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' };
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function workflowCommand(f) {
    const r = f.location.region;
    // A file name is data too: its escape bytes never reach the log raw (line breaks are encoded, as the runner decodes them).
    const props = [`file=${escapeProperty(escapeTerminal(f.location.file))}`, `line=${r.startLine}`, `endLine=${r.endLine}`];
    if (r.startLine === r.endLine)
        props.push(`col=${r.startColumn}`, `endColumn=${r.endColumn}`);
    const title = `${ruleById(f.ruleId)?.meta.title ?? f.ruleId} (${f.ruleId})`;
    props.push(`title=${escapeProperty(title)}`);
    return `::${COMMAND[f.level]} ${props.join(',')}::${escapeData(withPlacement(formatMessage(f), f))}`;
}
/**
 * The findings that fit, most severe first. `reserved` keeps room for the annotations the step
 * itself makes at each level (its own notices and warnings, and the error of `core.setFailed`):
 * they count against the same caps, and what does not fit is dropped by GitHub without a word.
 */
function selectAnnotations(findings, reserved = {}) {
    const ordered = bySeverity(findings.filter((f) => !f.suppression));
    const used = { error: reserved.error ?? 0, warning: reserved.warning ?? 0, note: reserved.note ?? 0 };
    const selected = [];
    const omitted = [];
    let total = used.error + used.warning + used.note;
    for (const f of ordered) {
        if (used[f.level] < ANNOTATIONS_PER_LEVEL && total < ANNOTATIONS_PER_JOB) {
            used[f.level]++;
            total++;
            selected.push(f);
        }
        else
            omitted.push(f);
    }
    return { selected, omitted };
}
function renderGithub(findings) {
    const { selected } = selectAnnotations(findings);
    return selected.map((f) => workflowCommand(f) + '\n').join('');
}

;// CONCATENATED MODULE: ./lib/src/report/mermaid.js

/** Paths drawn at most (worst first); the section says how many more there are. */
const MERMAID_PATHS = 5;
const RANK = { error: 0, warning: 1, note: 2 };
/**
 * Text inside a quoted Mermaid label: no quotes, no HTML, no entity, no Markdown string, one line.
 * Mermaid reads `#name;` as an entity, so `#` and the characters it would read as markup become
 * numeric entity codes.
 */
function mermaidLabel(s) {
    return escapeControls(s.replace(/`/g, ''))
        .replace(/[#"<>&|\\[\]{}()]/g, (c) => `#${c.charCodeAt(0)};`);
}
/** The paths worth drawing: one per escalation finding (its worst path), errors first, each distinct path once. */
function worstPaths(findings) {
    const candidates = findings
        .filter((f) => f.flows && f.flows.length > 0 && !f.suppression)
        .map((f, i) => ({ f, i }))
        .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.f.flows[0].steps.length - b.f.flows[0].steps.length || a.i - b.i)
        .map((x) => x.f);
    const seen = new Set();
    const paths = [];
    for (const f of candidates) {
        const flow = f.flows[0];
        const workload = `${String(f.data.kind ?? f.object?.kind ?? '')} ${String(f.data.name ?? f.object?.name ?? '')}`.trim();
        const steps = flow.steps.map((s, i) => ({ from: i === 0 ? flow.from : flow.steps[i - 1].to, action: s.action, to: s.to }));
        const key = JSON.stringify([workload, flow.from, steps]);
        if (seen.has(key))
            continue;
        seen.add(key);
        paths.push({ workload, steps: [{ from: workload, action: 'runs as', to: flow.from }, ...steps], admin: f.level === 'error' && flow.to === 'cluster-admin equivalence' });
    }
    return { paths: paths.slice(0, MERMAID_PATHS), total: paths.length };
}
/** The flowchart of the worst paths, or undefined when there is none. */
function escalationMermaid(findings) {
    const { paths, total } = worstPaths(findings);
    if (paths.length === 0)
        return undefined;
    const ids = new Map();
    const lines = ['flowchart LR', '  classDef admin fill:#ffebe9,stroke:#cf222e,color:#82071e'];
    const node = (label, kind) => {
        let id = ids.get(label);
        if (id)
            return id;
        id = `n${ids.size}`;
        ids.set(label, id);
        const text = `"${mermaidLabel(label)}"`;
        lines.push(`  ${id}${kind === 'admin' ? `{{${text}}}` : kind === 'workload' ? `([${text}])` : `[${text}]`}`);
        if (kind === 'admin')
            lines.push(`  class ${id} admin`);
        return id;
    };
    const edges = new Set();
    for (const p of paths) {
        for (const [i, s] of p.steps.entries()) {
            const from = node(s.from, i === 0 ? 'workload' : 'identity');
            const to = node(s.to, s.to === 'cluster-admin equivalence' ? 'admin' : 'identity');
            const edge = `  ${from} -->|"${mermaidLabel(s.action)}"| ${to}`;
            if (edges.has(edge))
                continue;
            edges.add(edge);
            lines.push(edge);
        }
    }
    return { mermaid: lines.join('\n'), shown: paths.length, total };
}
/** The summary section: the Mermaid block and a line saying what it shows. */
function escalationSection(findings) {
    const m = escalationMermaid(findings);
    if (!m)
        return undefined;
    const what = m.total > m.shown ? `The ${m.shown} worst of ${m.total} escalation paths` : m.total === 1 ? 'The escalation path' : `The ${m.total} escalation paths`;
    return {
        title: 'Escalation paths',
        markdown: `${what} (\`escalation-path\`): from each workload to the identity it runs as, then step by step to a stronger one. The SARIF file has each step's location.\n\n\`\`\`mermaid\n${m.mermaid}\n\`\`\`\n`,
    };
}

;// CONCATENATED MODULE: ./lib/src/report/verdict.js
const verdict_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * After "failed: N findings at or above `fail-on: error`" (or "passed: no finding …"): where they
 * are and what did not count. `code` formats a setting (backticks in Markdown).
 */
function gateClause(gate, failing, code = (s) => s) {
    if (gate.scope === 'all') {
        if (failing === 0)
            return '';
        return {
            'fail-scope': ` (${code('fail-scope: all')} counts every line, not only the changed ones)`,
            nofilter: ` (${code('filter-mode: nofilter')} counts every line as changed)`,
            'unknown-diff': " (the pull request's changed lines could not be read, so every line counts)",
        }[gate.why];
    }
    const here = failing === 0 ? ' on lines this pull request changes' : failing === 1 ? ', on a line this pull request changes' : ', all on lines this pull request changes';
    if (gate.elsewhere === 0)
        return here;
    return `${here}; ${verdict_plural(gate.elsewhere, 'finding')} at or above it on lines it does not change ${gate.elsewhere === 1 ? 'does' : 'do'} not fail the step (${code('fail-scope: changed')})`;
}
/** The step's failure (or pass) message, plain text: `saguard failed: 2 findings at or above fail-on: error on lines …`. */
function verdictText(failOn, failing, gate) {
    if (failOn === 'none')
        return 'saguard passed: fail-on: none never fails the step';
    const head = failing > 0 ? `saguard failed: ${verdict_plural(failing, 'finding')} at or above fail-on: ${failOn}` : `saguard passed: no finding at or above fail-on: ${failOn}`;
    return head + (gate ? gateClause(gate, failing) : '');
}

;// CONCATENATED MODULE: ./lib/src/report/markdown.js








/** GitHub refuses step summaries over 1 MiB; stay well below it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
const ICON = { error: '🔴', warning: '🟠', note: '🔵' };
const HEADING = { error: 'Errors', warning: 'Warnings', note: 'Notes' };
const markdown_LEVEL_RANK = { error: 0, warning: 1, note: 2 };
/** Text inside a table cell: no line breaks, no column separators. */
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** A path shown as code, whatever it holds (backticks, control characters). */
const markdown_code = markdownCode;
/** Link text: literal, whatever the file name holds. */
const linkText = markdownText;
/** The URL of lines of a file at a commit, as GitHub's blob view anchors them. */
function lineUrl(links, file, startLine, endLine) {
    const segment = (s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const repo = links.repository.split('/').map(segment).join('/');
    const anchor = endLine > startLine ? `#L${startLine}-L${endLine}` : `#L${startLine}`;
    return `${links.serverUrl.replace(/\/+$/, '')}/${repo}/blob/${segment(links.sha)}/${file.split('/').map(segment).join('/')}${anchor}`;
}
/** The location of a finding: a link to its lines when the summary knows where the files are. */
function locationCell(f, links) {
    const r = f.location.region;
    const label = `${f.location.file}:${r.startLine}`;
    if (!links)
        return cell(markdown_code(label));
    return `[${cell(linkText(label))}](${lineUrl(links, f.location.file, r.startLine, r.endLine)})`;
}
/**
 * The first sentence of the summary: what failed the step (or that nothing did), then how many
 * findings there are, new on the pull request against existing ones.
 */
function leadSentence(shown, options) {
    const { outcome, changed } = options;
    const parts = [];
    const step = outcome?.cli ? 'scan' : 'step';
    const setting = outcome ? (outcome.cli ? `--fail-on ${outcome.failOn}` : `fail-on: ${outcome.failOn}`) : '';
    if (outcome?.error !== undefined) {
        parts.push(`❌ **The ${step} failed**: ${markdownValue(outcome.error.replace(/\.?$/, '.'))}`);
    }
    else if (outcome?.gate && outcome.failOn !== 'none' && (outcome.failing.length > 0 || (outcome.gate.scope === 'changed' && outcome.gate.elsewhere > 0))) {
        const n = outcome.failing.length;
        const clause = gateClause(outcome.gate, n, (x) => `\`${x}\``);
        parts.push(n > 0
            ? `❌ **The ${step} failed**: ${plural(n, 'finding')} at or above \`${setting}\`${clause}.`
            : `✅ **Nothing failed the ${step}**: no finding at or above \`${setting}\`${clause}.`);
    }
    else if (outcome && outcome.failing.length > 0) {
        const n = outcome.failing.length;
        const onChanged = changed ? outcome.failing.filter((f) => changed.has(f)).length : undefined;
        const which = onChanged === undefined
            ? ''
            : onChanged === n
                ? n === 1
                    ? ', on a line this pull request changes'
                    : ', all on lines this pull request changes'
                : onChanged === 0
                    ? ', none of them on lines this pull request changes'
                    : `, ${onChanged} of them on lines this pull request changes`;
        parts.push(`❌ **The ${step} failed**: ${plural(n, 'finding')} at or above \`${setting}\`${which}.`);
    }
    else if (outcome) {
        parts.push(outcome.failOn === 'none' ? `✅ **Nothing failed the ${step}** (\`${setting}\`).` : `✅ **Nothing failed the ${step}**: no finding at or above \`${setting}\`.`);
    }
    if (outcome?.error === undefined) {
        if (shown.length === 0)
            parts.push('saguard found no findings.');
        else if (changed) {
            const fresh = shown.filter((f) => changed.has(f)).length;
            parts.push(`${plural(shown.length, 'finding')}: **${fresh} new** on lines this pull request changes, ${shown.length - fresh} existing.`);
        }
        else {
            const c = countByLevel(shown);
            parts.push(`${plural(shown.length, 'finding')}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}.`);
        }
    }
    return parts.join(' ');
}
const markdown_SUPPRESSED_BY = { annotation: '`saguard.dev/ignore`', config: '`ignore:` of the configuration' };
/** "by `saguard.dev/ignore`" or "1 by `saguard.dev/ignore`, 3 by `ignore:` of the configuration". */
function suppressedBy(suppressed) {
    const counts = new Map();
    for (const f of suppressed)
        counts.set(f.suppression.source, (counts.get(f.suppression.source) ?? 0) + 1);
    const sources = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (sources.length === 1)
        return `by ${markdown_SUPPRESSED_BY[sources[0][0]] ?? sources[0][0]}`;
    return sources.map(([source, n]) => `${n} by ${markdown_SUPPRESSED_BY[source] ?? source}`).join(', ');
}
/** "3 findings are hidden by the baseline; 1 is suppressed by …." */
function hiddenNote(findings) {
    const baseline = findings.filter((f) => f.suppression?.source === 'baseline').length;
    const suppressed = findings.filter((f) => f.suppression && f.suppression.source !== 'baseline');
    const parts = [];
    if (baseline > 0)
        parts.push(`${plural(baseline, 'finding')} ${baseline === 1 ? 'is' : 'are'} hidden by the baseline`);
    if (suppressed.length > 0) {
        const n = suppressed.length;
        parts.push(`${parts.length > 0 ? n : plural(n, 'finding')} ${n === 1 ? 'is' : 'are'} suppressed (${suppressedBy(suppressed)})`);
    }
    return parts.length > 0 ? `${parts.join('; ')}.` : undefined;
}
/** At most this many suppressed findings are listed (the SARIF file has them all). */
const SUPPRESSED_ROWS = 100;
/**
 * The suppressed findings (not the baseline's), folded: what was accepted, where, by what and why,
 * so that a reviewer sees a suppression a pull request adds as well as the finding it hides.
 */
function suppressedSection(findings, links) {
    const suppressed = findings.filter((f) => f.suppression && f.suppression.source !== 'baseline');
    if (suppressed.length === 0)
        return [];
    const out = [`<details><summary>Suppressed findings (${suppressed.length})</summary>`, '', '| rule | location | suppressed by | reason |', '| --- | --- | --- | --- |'];
    for (const f of suppressed.slice(0, SUPPRESSED_ROWS)) {
        const s = f.suppression;
        const reason = s.justification ? cell(markdownText(s.justification)) : '*none given*';
        out.push(`| \`${f.ruleId}\` | ${locationCell(f, links)} | ${markdown_SUPPRESSED_BY[s.source] ?? s.source} | ${reason} |`);
    }
    if (suppressed.length > SUPPRESSED_ROWS)
        out.push('', `and ${suppressed.length - SUPPRESSED_ROWS} more; the SARIF file has all of them, with their reasons.`);
    out.push('', '</details>', '');
    return out;
}
/** Counts by level (one line) and by rule (folded). */
function countsSection(findings, shown) {
    if (shown.length === 0)
        return [];
    const c = countByLevel(findings);
    const out = [`${ICON.error} ${plural(c.error, 'error')} · ${ICON.warning} ${plural(c.warning, 'warning')} · ${ICON.note} ${plural(c.note, 'note')}`, ''];
    const byRule = new Map();
    for (const f of shown) {
        const e = byRule.get(f.ruleId);
        if (e) {
            e.n++;
            if (markdown_LEVEL_RANK[f.level] < markdown_LEVEL_RANK[e.level])
                e.level = f.level;
        }
        else
            byRule.set(f.ruleId, { level: f.level, n: 1 });
    }
    out.push('<details><summary>Findings by rule</summary>', '', '| rule | findings |', '| --- | ---: |');
    for (const [id, e] of [...byRule].sort((a, b) => markdown_LEVEL_RANK[a[1].level] - markdown_LEVEL_RANK[b[1].level] || b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))) {
        out.push(`| ${ICON[e.level]} \`${id}\` — ${cell(ruleById(id)?.meta.title ?? id)} | ${e.n} |`);
    }
    out.push('', '</details>', '');
    return out;
}
/** The findings in the order they are listed: by level, new (on changed lines) first, the most severe rules first, then as sorted. */
function ordered(shown, changed) {
    const fresh = (f) => (changed && !changed.has(f) ? 1 : 0);
    return [...shown].sort((a, b) => markdown_LEVEL_RANK[a.level] - markdown_LEVEL_RANK[b.level] || fresh(a) - fresh(b) || compareSeverity(a, b));
}
function scannedSection(scope) {
    if (!scope)
        return [];
    const list = (xs) => xs.map(markdown_code).join(', ');
    const out = ['### What was scanned', ''];
    if (scope.paths.length > 0)
        out.push(`- paths: ${list(scope.paths)}`);
    if (scope.charts?.length)
        out.push(`- Helm charts (rendered with \`helm template\`): ${list(scope.charts)}`);
    if (scope.overlays?.length)
        out.push(`- Kustomize overlays (built with \`kustomize build\`): ${list(scope.overlays)}`);
    if (scope.objects !== undefined) {
        const from = [scope.files ? plural(scope.files, 'file') : '', scope.charts?.length ? plural(scope.charts.length, 'Helm chart') : '', scope.overlays?.length ? plural(scope.overlays.length, 'Kustomize overlay') : ''];
        out.push(`- ${plural(scope.objects, 'Kubernetes object')}${from.some(Boolean) ? ` from ${andList(from.filter(Boolean))}` : ''}`);
    }
    for (const n of scope.notes ?? [])
        out.push(`- ${n}`);
    out.push('');
    return out;
}
/** `a`, `a and b`, `a, b and c`. */
const andList = (xs) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
function notShownSection(lines) {
    return lines.length === 0 ? [] : ['### What did not fit', '', ...lines.map((l) => `- ${l}`), ''];
}
function renderMarkdown(findings, options = {}) {
    const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
    const shown = findings.filter((f) => !f.suppression);
    const changed = options.changed;
    const hidden = hiddenNote(findings);
    const head = [`## ${options.title ?? 'saguard'}`, '', leadSentence(shown, options) + (hidden ? ` ${hidden}` : ''), '', ...countsSection(findings, shown)];
    const notShown = [...(options.notShown ?? [])];
    if (options.omittedAnnotations) {
        notShown.unshift(`${plural(options.omittedAnnotations, 'finding')} did not fit GitHub's annotation limits (10 per level and step for workflow commands); the SARIF file and this summary have them.`);
    }
    const middle = [];
    const escalation = escalationSection(shown);
    for (const s of [...(escalation ? [escalation] : []), ...(options.sections ?? [])])
        middle.push(`### ${s.title}`, '', s.markdown.replace(/\n+$/, ''), '');
    const tail = [...middle, ...suppressedSection(findings, options.links), ...scannedSection(options.scanned)];
    const list = ordered(shown, changed);
    const bytes = (lines) => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
    const cutNote = (included) => `the summary lists ${included} of ${list.length} findings (GitHub limits a step summary to 1 MiB); the SARIF file has all of them.`;
    // Room for the findings: everything else, and the note saying they were cut, is laid out first.
    let budget = limit - bytes(head) - bytes(tail) - bytes(notShownSection([...notShown, cutNote(list.length)])) - 64;
    const body = [];
    let included = 0;
    let level;
    for (const f of list) {
        const rows = [];
        if (f.level !== level) {
            const n = list.filter((g) => g.level === f.level).length;
            if (level !== undefined)
                rows.push('');
            rows.push(`### ${ICON[f.level]} ${HEADING[f.level]} (${n})`, '', changed ? '| | rule | location | message |' : '| rule | location | message |', changed ? '| --- | --- | --- | --- |' : '| --- | --- | --- |');
        }
        const isNew = changed?.has(f) ? '🆕 new' : '';
        rows.push(`| ${changed ? `${isNew} | ` : ''}\`${f.ruleId}\` | ${locationCell(f, options.links)} | ${cell(withPlacement(formatMessage(f, 'markdown'), f, 'markdown'))} |`);
        const size = bytes(rows);
        if (size > budget)
            break;
        budget -= size;
        level = f.level;
        body.push(...rows);
        included++;
    }
    if (body.length > 0)
        body.push('');
    if (included < list.length)
        notShown.push(cutNote(included));
    return [...head, ...body, ...tail, ...notShownSection(notShown)].join('\n').replace(/\n+$/, '') + '\n';
}

;// CONCATENATED MODULE: ./lib/src/report/config-schema.js
/**
 * The JSON Schema of `.saguard.yaml` (draft-07, what editors' YAML language servers read), generated
 * from the rule registry so that rule ids, levels and options cannot drift from it.
 */



const SCHEMA_PATH = 'schema/saguard.schema.json';
const SCHEMA_URL = `https://raw.githubusercontent.com/saguard/saguard/main/${SCHEMA_PATH}`;
function configSchema() {
    const ruleIds = RULES.map((r) => r.id);
    const rules = {};
    for (const r of RULES) {
        const options = {};
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
function configSchemaText() {
    return JSON.stringify(configSchema(), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./lib/src/report/config-help.js



const yamlValue = (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
/** Markdown: how to change the rule's level and options, and how to suppress one of its findings. */
function ruleConfigSection(rule) {
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
    if (config_SUPPRESSION_RULES.includes(id)) {
        out.push('Findings of this rule cannot be suppressed; set its level to `off` to silence it.', '');
        return out;
    }
    out.push('To accept one finding, annotate the object it is on (or the pod template, for a workload), with a reason:', '', '```yaml', 'metadata:', '  annotations:', `    saguard.dev/ignore: ${id}`, '    saguard.dev/ignore-reason: "why this is accepted"', '```', '', 'or list it in `.saguard.yaml`:', '', '```yaml', 'ignore:', `  - rule: ${id}`, '    object: Kind/namespace/name      # or Kind/name; globs allowed', '    reason: why this is accepted', '    expires: 2030-12-31              # optional: reported again after this day', '```', '');
    return out;
}
/** The commented `.saguard.yaml` of `saguard init`. */
function initialConfig(options) {
    return `# yaml-language-server: $schema=${SCHEMA_URL}
# saguard configuration: ${sarif_INFORMATION_URI}/blob/main/docs/configuration.md
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
${options.baseline !== undefined
        ? `\n# Findings accepted when saguard was adopted (saguard scan --write-baseline ${options.baseline}\n# rewrites it); only new findings are reported and fail the build.\nbaseline: ${options.baseline}\n`
        : `\n# Findings accepted when saguard was adopted: write it with\n# saguard scan --write-baseline saguard-baseline.json, then name it here.\n# baseline: saguard-baseline.json\n`}`;
}

;// CONCATENATED MODULE: ./lib/src/report/docs.js


/** How the documented failing file escaped reading, for rules about input saguard did not read. */
function unreadNote(u) {
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
function ruleDoc(rule) {
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
        for (const [k, o] of Object.entries(m.options))
            out.push(`| \`${k}\` | \`${String(o.default)}\` | ${o.description} |`);
        out.push('');
    }
    out.push(...ruleConfigSection(rule));
    out.push('## References', '', ...m.references.map((r) => `- <${r}>`), '');
    return out.join('\n');
}
/** Where the generated documentation is read online (relative links of a doc page resolve here). */
const DOCS_URI = `${sarif_INFORMATION_URI}/blob/main/docs/`;
/**
 * A rule's documentation page as `saguard explain` prints it on a terminal: the same content as
 * `docs/rules/<id>.md` (generated by `ruleDoc`, configuration help included), without Markdown
 * syntax or the generator's comment: headings in capitals, the table as `key: value` lines, code
 * blocks indented (their YAML copied as is), links spelled out, prose wrapped at `width`.
 */
function ruleDocTerminal(rule, options) {
    const paint = (code, s) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
    const inline = (s) => s
        .replace(/\[([^\]]+)\]\(\.\.\/([^)]+)\)/g, (_, t, p) => `${t} (${DOCS_URI}${p})`)
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
        .replace(/<(https?:[^>]+)>/g, '$1')
        .replace(/\*\*([^*]+)\*\*/g, (_, t) => paint('1', t))
        .replace(/`([^`]+)`/g, (_, t) => paint('36', t));
    const visible = (s) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
    const wrapped = (text, first, rest) => {
        const out = [];
        let line = first;
        let used = first.length;
        let empty = true;
        for (const word of inline(text).split(' ')) {
            const w = visible(word);
            if (!empty && used + 1 + w > options.width) {
                out.push(line);
                line = rest + word;
                used = rest.length + w;
            }
            else {
                line += (empty ? '' : ' ') + word;
                used += (empty ? 0 : 1) + w;
            }
            empty = false;
        }
        out.push(line);
        return out;
    };
    const out = [];
    const lines = ruleDoc(rule).split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('<!--'))
            continue;
        if (line.startsWith('```')) {
            // A code block: indented, as written.
            for (i++; i < lines.length && !lines[i].startsWith('```'); i++)
                out.push(lines[i] === '' ? '' : `    ${lines[i]}`);
            continue;
        }
        if (line.startsWith('# '))
            out.push(paint('1', line.slice(2)));
        else if (line.startsWith('## '))
            out.push(paint('1', line.slice(3).toUpperCase()));
        else if (line.startsWith('|')) {
            // A table: one row as `key: value` lines, several as aligned columns under their header.
            const rows = [];
            for (; i < lines.length && lines[i].startsWith('|'); i++) {
                const cells = lines[i].split('|').slice(1, -1).map((c) => c.trim());
                if (!cells.every((c) => /^-+$/.test(c)))
                    rows.push(cells);
            }
            i--;
            const [keys, ...body] = rows;
            if (body.length === 1) {
                const w = Math.max(...keys.map((k) => k.length));
                body[0].forEach((c, j) => out.push(`${`${keys[j]}:`.padEnd(w + 2)}${inline(c)}`));
            }
            else {
                const shown = [keys, ...body].map((r) => r.map(inline));
                const widths = keys.map((_, j) => Math.max(...shown.map((r) => visible(r[j] ?? ''))));
                for (const r of shown)
                    out.push(('  ' + r.map((c, j) => (j === r.length - 1 ? c : c + ' '.repeat(widths[j] - visible(c)))).join('  ')).trimEnd());
            }
        }
        else if (line.startsWith('- '))
            out.push(...wrapped(line.slice(2), '  - ', '    '));
        else if (line === '')
            out.push('');
        else
            out.push(...wrapped(line, '', ''));
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

;// CONCATENATED MODULE: ./lib/src/publish/outcome.js
const outcome_RANK = { error: 3, warning: 2, note: 1 };
const FAIL_RANK = { error: 3, warning: 2, note: 1, none: Infinity };
/** The findings that fail the run: not suppressed, at or above `failOn`. */
function failing(findings, failOn) {
    return findings.filter((f) => !f.suppression && outcome_RANK[f.level] >= FAIL_RANK[failOn]);
}
/**
 * The pull-request gate. `failing` holds the findings at or above `fail-on`; `changed` is set on a
 * pull request (the findings on its changed lines, as `filter-mode` defines them). With
 * `fail-scope: changed` and a diff that could be read, only those on changed lines fail the step.
 */
function pullRequestGate(failing, changed, options) {
    if (!changed)
        return { failing };
    if (options.failScope === 'all')
        return { failing, gate: { scope: 'all', why: 'fail-scope' } };
    if (options.filterMode === 'nofilter')
        return { failing, gate: { scope: 'all', why: 'nofilter' } };
    if (!options.diffRead)
        return { failing, gate: { scope: 'all', why: 'unknown-diff' } };
    const onChanged = failing.filter((f) => changed.has(f));
    return { failing: onChanged, gate: { scope: 'changed', elsewhere: failing.length - onChanged.length } };
}

;// CONCATENATED MODULE: ./lib/src/publish/render/lazy.js
/**
 * The renderers (helm template, kustomize build) and the remapping of their findings, loaded only
 * when a chart or an overlay is to be rendered: most scans render nothing, and these modules are
 * a tenth of what the CLI and the Action would otherwise compile at start-up.
 */
async function loadRendering() {
    const [{ renderHelm }, { renderKustomize }, { remapAll }] = await Promise.all([__webpack_require__.e(/* import() */ 10).then(__webpack_require__.bind(__webpack_require__, 9010)), __webpack_require__.e(/* import() */ 276).then(__webpack_require__.bind(__webpack_require__, 2276)), __webpack_require__.e(/* import() */ 890).then(__webpack_require__.bind(__webpack_require__, 2890))]);
    return { renderHelm, renderKustomize, remapAll };
}

// EXTERNAL MODULE: ./lib/src/publish/render/exec.js
var exec = __webpack_require__(2390);
// EXTERNAL MODULE: ./lib/src/publish/files.js
var files = __webpack_require__(3417);
// EXTERNAL MODULE: ./lib/src/publish/cli/args.js
var cli_args = __webpack_require__(8274);
;// CONCATENATED MODULE: ./lib/src/publish/config.js
/**
 * Finding and reading `.saguard.yaml` (from the working directory up to the repository root, or a
 * named file), and reading and writing baselines. Parsing and validation are `config/`'s.
 */







/** A configuration file that cannot be read or is invalid: one line per problem, naming file, line and key. */
class ConfigFileError extends Error {
    problems;
    constructor(message, 
    /** The problems with their positions, when the file was read. */
    problems = []) {
        super(message);
        this.problems = problems;
    }
}
/** The configuration file that applies in `cwd`: the nearest `.saguard.yaml` or `.saguard.yml` up to `root`. */
function findConfigFile(cwd, root) {
    let dir = external_node_path_.resolve(cwd);
    const top = (0,read/* isInside */.FK)(dir, root) ? external_node_path_.resolve(root) : dir;
    for (;;) {
        const present = CONFIG_FILE_NAMES.map((n) => external_node_path_.join(dir, n)).filter((f) => external_node_fs_.existsSync(f));
        if (present.length > 1) {
            throw new ConfigFileError(`both ${present.map((f) => (0,files/* displayPath */.Gt)(f, root, cwd)).join(' and ')} exist; keep one`);
        }
        if (present.length === 1)
            return present[0];
        if (dir === top)
            return undefined;
        const up = external_node_path_.dirname(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}
/**
 * The configuration: `explicit` (a path from `--config` or the Action's `config` input) or the
 * one found from `cwd` up to `root`, or the defaults when there is none (or `none` is set).
 */
function loadConfig(options) {
    const { cwd, root } = options;
    if (options.none)
        return { file: undefined, text: undefined, config: emptyConfig() };
    const abs = options.explicit !== undefined ? external_node_path_.resolve(cwd, options.explicit) : findConfigFile(cwd, root);
    if (abs === undefined)
        return { file: undefined, text: undefined, config: emptyConfig() };
    const file = (0,files/* displayPath */.Gt)(abs, root, cwd);
    const text = readText(abs, `the configuration ${file}`, 'no such file', options.confinedTo);
    const { config, problems } = parseConfig(text, file);
    if (problems.length > 0)
        throw new ConfigFileError(problems.map(formatConfigProblem).join('\n'), problems);
    // Paths in the file are relative to its folder; findings and files are relative to the repository root.
    const dir = external_node_path_.dirname(abs);
    const base = (0,read/* isInside */.FK)(dir, root) ? external_node_path_.relative(root, dir).split(external_node_path_.sep).join('/') : '';
    const resolve = (glob) => (base ? external_node_path_.posix.join(base, glob) : external_node_path_.posix.normalize(glob));
    return {
        file,
        text,
        config: {
            ...config,
            exclude: config.exclude.map(resolve),
            ignore: config.ignore.map((e) => (e.path !== undefined ? { ...e, path: resolve(e.path) } : e)),
            ...(config.baseline !== undefined ? { baseline: external_node_path_.resolve(dir, config.baseline) } : {}),
        },
    };
}
/** The configuration and baselines are small; anything larger is not one. */
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;
/**
 * A file's text, through the reading guard (it comes from the pull request too: a link to
 * `/dev/zero` or out of the workspace, a FIFO, a huge file are refused). `confinedTo`: the real
 * path must be inside it (the Action's workspace). A failure is a `ConfigFileError` saying what
 * could not be read and why.
 */
function readText(abs, what, missing, confinedTo) {
    const fail = (why) => {
        throw new ConfigFileError(`cannot read ${what}: ${why}`);
    };
    let real;
    try {
        real = read/* byteFs */.UV.realpathSync((0,read/* toBytes */.ZJ)(abs));
    }
    catch (e) {
        const code = e.code;
        return fail(code === 'ENOENT' ? missing : (code ?? e.message));
    }
    if (confinedTo !== undefined && !(0,read/* isInside */.FK)(real, read/* byteFs */.UV.realpathSync((0,read/* toBytes */.ZJ)(confinedTo))))
        fail('it is a link out of the workspace');
    const r = (0,read/* readRegular */.VX)(real, MAX_CONFIG_BYTES);
    if (r.kind === 'text')
        return r.text;
    if (r.kind === 'error')
        return fail(r.code === 'EISDIR' ? 'it is a directory' : r.code);
    const u = r.unread;
    return fail(u.reason === 'not-regular' ? `it is a ${u.type}, not a regular file` : u.reason === 'too-large' ? `it is larger than ${MAX_CONFIG_BYTES / 1048576} MiB` : u.reason === 'unreadable' ? u.code : 'it is a link out of the workspace');
}
/** Reads a baseline file (`file` relative to `cwd`, or absolute); with `confinedTo`, only inside that folder. */
function readBaseline(file, cwd, root, confinedTo) {
    const abs = external_node_path_.resolve(cwd, file);
    const shown = (0,files/* displayPath */.Gt)(abs, root, cwd);
    const text = readText(abs, `the baseline ${shown}`, 'no such file (write one with saguard scan --write-baseline FILE)', confinedTo);
    const parsed = parseBaseline(text, shown);
    if ('problem' in parsed)
        throw new ConfigFileError(parsed.problem);
    return parsed.baseline;
}
/**
 * The baseline of a scan: `explicit` (`--baseline`, the Action's `baseline` input; relative to
 * `cwd`), else the configuration's `baseline:`, whose problems are problems of the configuration
 * at that key (file, line and key, like every other).
 */
function readScanBaseline(loaded, explicit, cwd, root, confinedTo) {
    if (explicit !== undefined)
        return readBaseline(explicit, cwd, root, confinedTo);
    const { baseline, baselineAt } = loaded.config;
    if (baseline === undefined)
        return undefined;
    try {
        return readBaseline(baseline, root, root, confinedTo);
    }
    catch (e) {
        if (!(e instanceof ConfigFileError) || loaded.file === undefined || baselineAt === undefined)
            throw e;
        const problem = { file: loaded.file, ...baselineAt, key: 'baseline', message: e.message };
        throw new ConfigFileError(formatConfigProblem(problem), [problem]);
    }
}
/** Writes a file, creating its folder; a failure is a `ConfigFileError` naming it. */
function writeFileIn(cwd, file, text) {
    const abs = external_node_path_.resolve(cwd, file);
    try {
        external_node_fs_.mkdirSync(external_node_path_.dirname(abs), { recursive: true });
        external_node_fs_.writeFileSync(abs, text);
    }
    catch (e) {
        throw new ConfigFileError(`cannot write ${file}: ${e.code ?? e.message}`);
    }
    return abs;
}
/**
 * What a scan does not read, by reported path, and why: the configuration and the baseline
 * (saguard's files, never manifests), and `paths.exclude`.
 */
function excludedFiles(loaded, baseline) {
    const own = new Map();
    if (loaded.file !== undefined)
        own.set(loaded.file, 'the saguard configuration');
    if (baseline !== undefined)
        own.set(baseline.file, 'the saguard baseline');
    const globs = loaded.config.exclude;
    if (own.size === 0 && globs.length === 0)
        return undefined;
    return (file) => own.get(file) ?? (globs.some((g) => pathMatches(g, file)) ? 'excluded by paths.exclude of the configuration' : false);
}

;// CONCATENATED MODULE: ./lib/src/report/baseline.js



/** Every finding that is not suppressed, in a stable order (so that a rewritten baseline diffs well). */
function renderBaseline(findings) {
    const entries = findings
        .filter((f) => !f.suppression)
        .map((f) => ({
        fingerprint: saguardFingerprint(f),
        rule: f.ruleId,
        file: f.location.file,
        ...(f.object ? { object: objectName(f.object) } : {}),
        message: formatMessage(f),
    }))
        .sort((a, b) => baseline_cmp(a.file, b.file) || baseline_cmp(a.rule, b.rule) || baseline_cmp(a.object ?? '', b.object ?? '') || baseline_cmp(a.fingerprint, b.fingerprint));
    const file = { version: BASELINE_VERSION, tool: 'saguard', findings: entries };
    return JSON.stringify(file, null, 2) + '\n';
}
const baseline_cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * What to say about baseline entries that matched nothing. When none matched and there are
 * findings, the baseline was most likely written by a scan with other options (another namespace,
 * chart values or paths: the fingerprint holds the file and the object), which hides nothing and
 * makes every finding new — a warning; otherwise entries of fixed findings, worth a rewrite.
 */
function staleBaselineNote(file, applied, shown) {
    const { hidden, stale } = applied;
    if (stale === 0)
        return undefined;
    if (hidden === 0 && shown > 0) {
        return {
            warning: true,
            text: `${stale === 1 ? 'the one finding of the baseline ' + file + ' does not occur' : `none of the ${stale} findings of the baseline ${file} occurs`} in this scan, so ${shown === 1 ? 'the finding reported is' : `all ${shown} findings reported are`} new; write the baseline with the options of this scan (-n/namespace, charts and values, overlays, paths)`,
        };
    }
    return { warning: false, text: `${stale} finding${stale === 1 ? '' : 's'} of the baseline ${file} no longer occur${stale === 1 ? 's' : ''}; rewrite it with saguard scan --write-baseline to drop ${stale === 1 ? 'it' : 'them'}` };
}

;// CONCATENATED MODULE: ./lib/src/publish/root.js


/** The repository root above `dir` (the folder holding `.git`), or `dir` itself. */
function findRepoRoot(dir) {
    let d = external_node_path_.resolve(dir);
    for (;;) {
        if (external_node_fs_.existsSync(external_node_path_.join(d, '.git')))
            return d;
        const up = external_node_path_.dirname(d);
        if (up === d)
            return external_node_path_.resolve(dir);
        d = up;
    }
}

;// CONCATENATED MODULE: ./lib/src/inventory/rbac/request.js
/** Building requests and identities the way `kubectl auth can-i` and the API server's impersonation do. */


/**
 * The identity an impersonated request carries: a ServiceAccount without `--as-group` gets its
 * three groups; any other user gets `system:authenticated` unless a group says otherwise;
 * `system:anonymous` gets `system:unauthenticated`. An empty user name asks about exactly the
 * groups given, as a SubjectAccessReview with groups and no user does.
 */
function impersonate(user, groups) {
    const g = [...groups];
    if (user === '')
        return { user, groups: g };
    const sa = parseServiceAccountUser(user);
    if (sa && g.length === 0)
        return { user, groups: serviceAccountGroups(sa.namespace) };
    if (user !== 'system:anonymous') {
        if (!g.includes('system:authenticated') && !g.includes('system:unauthenticated'))
            g.push('system:authenticated');
    }
    else if (!g.includes('system:unauthenticated'))
        g.push('system:unauthenticated');
    return { user, groups: g };
}
/**
 * `VERB TYPE[/NAME]` or `VERB /URL`, verbatim: no case folding, no discovery. `TYPE` is `resource`
 * or `resource.group`, the group being everything after the first dot. Requests on a cluster-scoped
 * resource carry no namespace, whatever `namespace` says (see `namespaceIgnored`), except a request
 * on one Namespace object, whose namespace is its name, as the API server's request info has it.
 */
function parseRequest(verb, target, options) {
    if (target.startsWith('/'))
        return { kind: 'nonResource', verb, path: target };
    const slash = target.indexOf('/');
    const type = slash === -1 ? target : target.slice(0, slash);
    const name = slash === -1 ? '' : target.slice(slash + 1);
    const dot = type.indexOf('.');
    const resource = dot === -1 ? type : type.slice(0, dot);
    const apiGroup = dot === -1 ? '' : type.slice(dot + 1);
    let namespace = options.namespace ?? '';
    if (isClusterScopedResource(apiGroup, resource))
        namespace = apiGroup === '' && resource === 'namespaces' ? name : '';
    return { kind: 'resource', verb, resource, apiGroup, subresource: options.subresource ?? '', name, namespace };
}
/** The resource a `namespace` was given for is cluster-scoped, so the namespace does not apply (kubectl warns too). */
function namespaceIgnored(target, options) {
    if (options.namespace === undefined || target.startsWith('/'))
        return undefined;
    const req = parseRequest('get', target, options);
    if (req.kind !== 'resource' || !isClusterScopedResource(req.apiGroup, req.resource))
        return undefined;
    return req.apiGroup ? `${req.resource}.${req.apiGroup}` : req.resource;
}

;// CONCATENATED MODULE: ./lib/src/publish/cli/rbac.js







function rbac_where(o, path = ['metadata', 'name']) {
    if (!o)
        return null;
    const r = o.document.locate([...o.basePath, ...path]);
    return { file: o.document.file, line: r.startLine };
}
function describeBinding(b) {
    return { kind: b.kind, name: b.name, namespace: b.namespace ?? null, builtin: b.builtin, location: rbac_where(b.object) };
}
function describeRole(r) {
    return { kind: r.kind, name: r.name, namespace: r.namespace ?? null, builtin: r.builtin, location: rbac_where(r.object) };
}
function describeRule(rr) {
    return {
        index: rr.index,
        role: `${rr.origin.kind}/${rr.origin.namespace ? rr.origin.namespace + '/' : ''}${rr.origin.name}`,
        builtin: rr.origin.builtin,
        location: rbac_where(rr.origin.object, ['rules', rr.index]),
        rule: rr.rule,
    };
}
function requestJson(req) {
    return req.kind === 'resource'
        ? { verb: req.verb, apiGroup: req.apiGroup, resource: req.resource, subresource: req.subresource, name: req.name, namespace: req.namespace }
        : { verb: req.verb, path: req.path };
}
const subjectText = (s, b) => s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace || b.namespace || '?'}/${s.name}` : `${s.kind} ${s.name}`;
const roleText = (r) => `${r.kind} ${r.namespace ? r.namespace + '/' : ''}${r.name}${r.builtin ? ' (built-in)' : ''}`;
const bindingText = (b) => `${b.kind} ${b.namespace ? b.namespace + '/' : ''}${b.name}${b.builtin ? ' (built-in)' : ''}`;
function explainDecision(d) {
    if (d.bypass)
        return { allowed: true, bypass: d.bypass };
    if (!d.reason)
        return { allowed: false };
    return {
        allowed: true,
        binding: describeBinding(d.reason.binding),
        subject: { kind: d.reason.subject.kind, name: d.reason.subject.name, namespace: d.reason.subject.namespace ?? null, index: d.reason.subject.index },
        role: describeRole(d.reason.role),
        rule: describeRule(d.reason.rule),
    };
}
async function inventoryFor(args, io) {
    const collected = await (0,files/* collectFiles */.C0)(args.files, { cwd: io.cwd, root: findRepoRoot(io.cwd), readStdin: io.readStdin });
    // The answer does not account for files that were not read: say which.
    for (const f of collected.files) {
        const u = f.unread;
        if (!u)
            continue;
        const why = u.reason === 'link-outside' ? `a link to ${u.target}, outside ${u.boundary}` : u.reason === 'not-regular' ? `a ${u.type}` : u.reason === 'too-large' ? `${u.size} bytes, over ${u.limit}` : `unreadable (${u.code})`;
        io.stderr(`saguard: not read, so not part of the answer: ${escapeControls(f.path)} (${escapeControls(why)})\n`);
    }
    return inventoryOf(collected.files, { namespace: args.objectsNamespace, builtins: args.builtins });
}
async function engineFor(args, io) {
    return (await inventoryFor(args, io)).rbac;
}
// ---- escalation paths (--paths) ----
/** Paths printed in text; `-o json` has them all. */
const PATHS_SHOWN = 20;
const plain = (s) => escapeControls(s.replace(/`/g, ''));
function pathJson(p) {
    return {
        from: plain(p.from.label),
        to: plain(p.to.label),
        steps: p.steps.map((s) => {
            const at = grantAt(s.grant);
            return {
                action: plain(s.action),
                detail: s.detail ? plain(s.detail) : null,
                to: plain(s.to.label),
                binding: s.grant?.binding ? describeBinding(s.grant.binding) : null,
                rule: s.grant && s.grant.rule.origin.name !== '(any permission)' ? describeRule(s.grant.rule) : null,
                location: at ? rbac_where(at.object, at.path) : null,
            };
        }),
        gains: p.gain.map((g) => plain(powerPhrase(g))),
    };
}
/** A path in text: the target and length, then each step with where it is granted. */
function pathText(p, from = true) {
    const head = `  ${from ? `${plain(p.from.label)} → ` : ''}${plain(p.to.label)} (${p.steps.length} step${p.steps.length === 1 ? '' : 's'})${p.gain.length > 0 && p.to.kind !== 'ClusterAdmin' ? `: gains ${p.gain.slice(0, 2).map((g) => plain(powerPhrase(g))).join('; ')}` : ''}`;
    const steps = p.steps.map((s, i) => {
        const at = grantAt(s.grant);
        const w = at ? rbac_where(at.object, at.path) : null;
        const source = s.grant ? plain(grantPhrase(s.grant)) : '';
        const origin = [source, w ? `${escapeControls(w.file)}:${w.line}` : s.grant ? 'built in' : ''].filter(Boolean).join(', ');
        return `    ${i + 1}. ${plain(s.action)}${s.detail ? ` (${plain(s.detail)})` : ''} → ${plain(s.to.label)}${origin ? `\n       ${origin}` : ''}`;
    });
    return [head, ...steps].join('\n');
}
/** kubectl's warning for `-n` with a cluster-scoped resource: the request carries no namespace. */
function warnIgnoredNamespace(args, io) {
    const resource = namespaceIgnored(args.target, { namespace: args.namespace });
    if (!resource)
        return;
    const own = resource === 'namespaces' && args.target.includes('/') ? ' (a request on one Namespace object is in that namespace)' : '';
    io.stderr(`saguard: warning: resource ${resource} is not namespace scoped; -n ${args.namespace} is ignored${own}\n`);
}
async function canI(args, io) {
    warnIgnoredNamespace(args, io);
    const engine = await engineFor(args, io);
    const user = impersonate(args.as, args.asGroups);
    const req = parseRequest(args.verb, args.target, { namespace: args.namespace, subresource: args.subresource });
    const d = engine.authorize(user, req);
    if (args.output === 'json') {
        io.stdout(JSON.stringify({ user: user.user, groups: user.groups, request: requestJson(req), ...explainDecision(d) }, null, 2) + '\n');
    }
    else
        io.stdout(d.allowed ? 'yes\n' : 'no\n');
    return d.allowed ? 0 : 1;
}
async function whoCan(args, io) {
    warnIgnoredNamespace(args, io);
    const inv = await inventoryFor(args, io);
    const engine = inv.rbac;
    const req = parseRequest(args.verb, args.target, { namespace: args.namespace, subresource: args.subresource });
    const rows = engine.whoCan(req);
    // --paths: who can become one of these subjects (or cluster-admin equivalent, who may do anything).
    let paths = [];
    if (args.paths) {
        const g = inv.escalation;
        const holders = [g.group('system:masters')];
        for (const r of rows) {
            const s = r.subject;
            if (s.kind === 'ServiceAccount') {
                const ns = s.namespace || r.binding.namespace;
                if (ns)
                    holders.push(g.account(ns, s.name));
            }
            else if (s.kind === 'User')
                holders.push(g.user(s.name));
            else if (s.kind === 'Group')
                holders.push(g.group(s.name));
        }
        paths = g.pathsTo(holders);
    }
    if (args.output === 'json') {
        io.stdout(JSON.stringify({
            request: requestJson(req),
            bypass: ['Group system:masters'],
            notModelled: CONTROLLERS_NOTE.trim().replace(/^\(|\)$/g, ''),
            subjects: rows.map((r) => ({
                subject: { kind: r.subject.kind, name: r.subject.name, namespace: r.subject.kind === 'ServiceAccount' ? r.subject.namespace || r.binding.namespace || null : r.subject.namespace ?? null },
                binding: describeBinding(r.binding),
                role: describeRole(r.role),
                rule: describeRule(r.rule),
            })),
            ...(args.paths ? { paths: paths.map(pathJson) } : {}),
        }, null, 2) + '\n');
        return 0;
    }
    const table = rows.map((r) => [subjectText(r.subject, r.binding), bindingText(r.binding), roleText(r.role)].map(escapeControls));
    table.unshift(['SUBJECT', 'BINDING', 'ROLE']);
    const w = [0, 1].map((i) => Math.max(...table.map((t) => t[i].length)));
    io.stdout(table.map((t) => `${t[0].padEnd(w[0])}  ${t[1].padEnd(w[1])}  ${t[2]}`).join('\n') + '\n');
    io.stdout('(members of group system:masters may do anything: they bypass authorization)\n');
    io.stdout(CONTROLLERS_NOTE);
    if (args.paths) {
        io.stdout(paths.length === 0
            ? '\nno other subject can become one of these (no escalation path)\n'
            : `\nsubjects that can become one of these, or cluster-admin equivalent (escalation paths, shortest first):\n${paths
                .slice(0, PATHS_SHOWN)
                .map((p) => pathText(p))
                .join('\n')}\n${paths.length > PATHS_SHOWN ? `  … and ${paths.length - PATHS_SHOWN} more (-o json lists them all)\n` : ''}`);
    }
    return 0;
}
/** Not in the bootstrap data saguard ships: said wherever who-can answers. */
const CONTROLLERS_NOTE = "(kube-controller-manager's per-controller accounts, kube-system ServiceAccounts bound to the system:controller:* ClusterRoles, are not modelled: the bootstrap data has no such roles)\n";
const MATRIX_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];
/** Resources for the access matrix: the well-known ones and every concrete resource the set's rules name. */
const KNOWN = [
    ['', 'pods'], ['', 'pods/exec'], ['', 'pods/attach'], ['', 'pods/portforward'], ['', 'pods/log'], ['', 'pods/ephemeralcontainers'],
    ['', 'services'], ['', 'endpoints'], ['', 'configmaps'], ['', 'secrets'], ['', 'serviceaccounts'], ['', 'serviceaccounts/token'],
    ['', 'persistentvolumeclaims'], ['', 'persistentvolumes'], ['', 'nodes'], ['', 'nodes/proxy'], ['', 'namespaces'], ['', 'events'],
    ['apps', 'deployments'], ['apps', 'daemonsets'], ['apps', 'statefulsets'], ['apps', 'replicasets'],
    ['batch', 'jobs'], ['batch', 'cronjobs'],
    ['rbac.authorization.k8s.io', 'roles'], ['rbac.authorization.k8s.io', 'rolebindings'], ['rbac.authorization.k8s.io', 'clusterroles'], ['rbac.authorization.k8s.io', 'clusterrolebindings'],
    ['admissionregistration.k8s.io', 'mutatingwebhookconfigurations'], ['admissionregistration.k8s.io', 'validatingwebhookconfigurations'],
    ['certificates.k8s.io', 'certificatesigningrequests'], ['networking.k8s.io', 'networkpolicies'], ['coordination.k8s.io', 'leases'],
    ['apiextensions.k8s.io', 'customresourcedefinitions'],
];
async function access(args, io) {
    const inv = await inventoryFor(args, io);
    const engine = inv.rbac;
    const user = impersonate(args.as, args.asGroups);
    const namespace = args.namespace ?? '';
    const seen = new Set(KNOWN.map(([g, r]) => `${g}|${r}`));
    const resources = [...KNOWN];
    for (const er of engine.rulesFor(user)) {
        for (const g of er.rule.rule.apiGroups) {
            for (const r of er.rule.rule.resources) {
                if (g === '*' || r === '*' || r.startsWith('*/') || seen.has(`${g}|${r}`))
                    continue;
                seen.add(`${g}|${r}`);
                resources.push([g, r]);
            }
        }
    }
    // In a namespace, only namespaced resources are asked about (requests on the others carry no namespace).
    const left = namespace ? resources.filter(([g, r]) => isClusterScopedResource(g, r)).length : 0;
    if (namespace)
        resources.splice(0, resources.length, ...resources.filter(([g, r]) => !isClusterScopedResource(g, r)));
    resources.sort((a, b) => (a[0] + '|' + a[1] < b[0] + '|' + b[1] ? -1 : 1));
    const matrix = resources.map(([group, full]) => {
        const slash = full.indexOf('/');
        const resource = slash === -1 ? full : full.slice(0, slash);
        const subresource = slash === -1 ? '' : full.slice(slash + 1);
        const verbs = Object.fromEntries(MATRIX_VERBS.map((verb) => [verb, engine.authorize(user, { kind: 'resource', verb, apiGroup: group, resource, subresource, name: '', namespace }).allowed]));
        return { resource: group ? `${full}.${group}` : full, verbs };
    });
    // --paths: every stronger identity the subject can become, worst first.
    let escalation;
    if (args.paths) {
        const g = inv.escalation;
        const node = g.subject(user);
        const admin = g.isAdminEquivalent(node) ? g.powersOf(node).find((p) => p.kind === 'cluster-admin') : undefined;
        escalation = { admin: admin ? powerPhrase(admin) : undefined, paths: g.pathsFrom([node]) };
    }
    if (args.output === 'json') {
        const paths = escalation ? { clusterAdminEquivalent: escalation.admin !== undefined ? plain(escalation.admin) : null, paths: escalation.paths.map(pathJson) } : {};
        io.stdout(JSON.stringify({ user: user.user, groups: user.groups, namespace: namespace || null, verbs: MATRIX_VERBS, resources: matrix, clusterScopedLeftOut: left, ...paths }, null, 2) + '\n');
        return 0;
    }
    const shown = matrix.map((m) => ({ ...m, resource: escapeControls(m.resource) }));
    const w = Math.max(8, ...shown.map((m) => m.resource.length));
    const head = `${'RESOURCE'.padEnd(w)}  ${MATRIX_VERBS.map((v) => (v === 'deletecollection' ? 'DELCOL' : v.toUpperCase()).padEnd(6)).join(' ')}`;
    const rows = shown.map((m) => `${m.resource.padEnd(w)}  ${MATRIX_VERBS.map((v) => (m.verbs[v] ? '✔' : '✖').padEnd(6)).join(' ')}`);
    const note = left > 0 ? `(${left} cluster-scoped resources left out: requests on them carry no namespace; run without -n to see them)\n` : '';
    io.stdout(`${user.user ? escapeControls(user.user) : '(no user)'} (${user.groups.map(escapeControls).join(', ')}) ${namespace ? `in namespace ${namespace}` : 'cluster-wide'}\n${head}\n${rows.join('\n')}\n${note}`);
    if (escalation) {
        if (escalation.admin !== undefined)
            io.stdout(`\nescalation paths: none needed, the subject is cluster-admin equivalent itself (it can ${plain(escalation.admin)})\n`);
        else if (escalation.paths.length === 0)
            io.stdout('\nescalation paths: none (no stronger identity is reachable)\n');
        else {
            const shown = escalation.paths.slice(0, PATHS_SHOWN);
            const more = escalation.paths.length - shown.length;
            io.stdout(`\nescalation paths (what the subject can become, worst first, in every namespace):\n${shown.map((p) => pathText(p, false)).join('\n')}\n${more > 0 ? `  … and ${more} more (-o json lists them all)\n` : ''}`);
        }
    }
    return 0;
}

;// CONCATENATED MODULE: ./lib/src/publish/cli/main.js
/** The `saguard` command: arguments in, files read, reports written, an exit code out. */





























async function main(argv, io) {
    try {
        const args = (0,cli_args/* parseArgs */.Zy)(argv);
        switch (args.command) {
            case 'help':
            case 'version':
                io.stdout((0,cli_args/* immediateAnswer */.YB)(args));
                return 0;
            case 'rules':
                io.stdout(args.format === 'json' ? rulesJson() : rulesTable());
                return 0;
            case 'explain': {
                const rule = ruleById(args.rule);
                if (!rule) {
                    const near = closest(args.rule, rules_RULES.map((r) => r.id));
                    throw new cli_args/* UsageError */.eb(`no rule ${JSON.stringify(args.rule)}${near ? `; did you mean ${near}?` : ''}; saguard rules lists them`);
                }
                const color = io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
                io.stdout(ruleDocTerminal(rule, { color, width: Math.min(io.stdoutColumns ?? 80, 100) }));
                return 0;
            }
            case 'scan':
                return await scan(args, io);
            case 'init':
                return await init(args, io);
            case 'can-i':
                return await canI(args, io);
            case 'who-can':
                return await whoCan(args, io);
            case 'access':
                return await access(args, io);
            case 'merge-sarif':
                return mergeSarifFiles(args, io);
        }
    }
    catch (e) {
        if (e instanceof cli_args/* UsageError */.eb || e instanceof files/* InputError */.dz || e instanceof exec/* RenderError */.vH || e instanceof ConfigFileError) {
            // A configuration with several problems: one line each, every one naming file, line and key.
            const lines = e instanceof ConfigFileError ? e.message.split('\n') : [e.message];
            io.stderr(lines.map((l) => `saguard: ${escapeTerminal(l)}\n`).join(''));
            return 2;
        }
        io.stderr(`saguard: internal error: ${e.stack ?? String(e)}\nplease report it with the input that caused it\n`);
        return 3;
    }
}
function rulesTable() {
    const rows = rules_RULES.map((r) => [r.id, r.meta.level, r.meta.tags.filter((t) => t.startsWith('cis-')).map((t) => t.slice(4)).join(' ') || '-', r.meta.title]);
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['id', 'level', 'cis'][i].length));
    const line = (r) => `${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`.trimEnd();
    return [line(['id', 'level', 'cis', 'title']), ...rows.map(line)].join('\n') + '\n';
}
function rulesJson() {
    return (JSON.stringify(rules_RULES.map((r) => ({ id: r.id, level: r.meta.level, title: r.meta.title, description: r.meta.description, tags: r.meta.tags, securitySeverity: r.meta.securitySeverity })), null, 2) + '\n');
}
/** Reads the configuration and the inputs, renders charts and kustomizations, and lints. */
async function runScan(args, io, loaded, baseline) {
    const root = findRepoRoot(io.cwd);
    const { config } = loaded;
    const excluded = excludedFiles(loaded, baseline);
    const collected = await (0,files/* collectFiles */.C0)(args.paths, { cwd: io.cwd, root, readStdin: io.readStdin, ...(excluded ? { excluded } : {}) });
    const rendered = [];
    const render = args.helmCharts.length > 0 || args.kustomize.length > 0 ? await loadRendering() : undefined;
    for (const chart of args.helmCharts) {
        rendered.push(await render.renderHelm(chart, { cwd: io.cwd, root, values: args.values, set: args.set, namespace: args.namespace, ...(args.release ? { release: args.release } : {}) }));
    }
    for (const dir of args.kustomize)
        rendered.push(await render.renderKustomize(dir, { cwd: io.cwd, root, namespace: args.namespace, allowRemote: args.kustomizeRemote }));
    collected.files.push(...rendered.map((r) => r.source));
    const bytes = collected.files.reduce((n, f) => n + f.text.length, 0);
    const progress = io.stderrIsTTY && bytes > 8 * 1024 * 1024;
    if (progress)
        io.stderr(`saguard: scanning ${collected.files.length} files (${(bytes / 1048576).toFixed(1)} MB)…`);
    const result = lint(collected.files, {
        namespace: args.namespace,
        ...lintConfigOf(config),
        knownServiceAccounts: [...config.knownServiceAccounts, ...args.knownServiceAccounts],
        ...(baseline ? { baseline } : {}),
        ...(rendered.length > 0 ? { relocate: (fs) => render.remapAll(fs, rendered, sortFindings) } : {}),
    });
    if (progress)
        io.stderr('\r\x1b[K');
    const sources = new Map(collected.files.map((f) => [f.path, f.text]));
    for (const r of rendered)
        for (const [p, t] of r.files)
            sources.set(p, t);
    if (loaded.file !== undefined && loaded.text !== undefined)
        sources.set(loaded.file, loaded.text);
    return { result, collected, sources, root };
}
/** The configuration of a scan, and its baseline (`--baseline`, else the configuration's `baseline:`). */
function configure(args, io) {
    const root = findRepoRoot(io.cwd);
    const loaded = loadConfig({ explicit: args.config, none: args.noConfig, cwd: io.cwd, root });
    // Writing a baseline records every finding: an existing baseline hides none of them.
    return { loaded, baseline: args.writeBaseline !== undefined ? undefined : readScanBaseline(loaded, args.baseline, io.cwd, root) };
}
async function scan(args, io) {
    const { loaded, baseline } = configure(args, io);
    const { result, collected, sources, root } = await runScan(args, io, loaded, baseline);
    if (args.shard) {
        // Everything was read and analysed; this shard reports on its own files only.
        const shard = args.shard;
        result.findings = result.findings.filter((f) => (0,analyze_shard/* inShard */.Iw)(f.location.file, shard));
        const mine = [...sources.keys()].filter((p) => (0,analyze_shard/* inShard */.Iw)(p, shard)).length;
        io.stderr(`saguard: shard ${shard.index}/${shard.count}: findings in ${mine} of ${sources.size} files\n`);
    }
    const scope = { paths: args.paths, charts: args.helmCharts, overlays: args.kustomize, files: result.stats.files, objects: result.stats.objects };
    const sarifOptions = { category: args.category, sources, srcRootUri: rootUri(root), maxResults: args.maxResults };
    // GitHub takes at most 25,000 results per run: what the SARIF log leaves out is said wherever people read.
    const wantsSarif = args.format === 'sarif' || args.outputs.some((o) => o.format === 'sarif');
    const { kept, left } = wantsSarif ? capFindings(result.findings, result.rules, args.maxResults) : { kept: result.findings, left: [] };
    const leftOut = left.length > 0 ? leftOutSentence(kept.length, countLevels(left), args.maxResults) : undefined;
    const text = (color, width) => renderText(result.findings, { color, suppressed: args.verbose, ...(width ? { width } : {}) }) + (leftOut ? `note: ${leftOut}\n` : '');
    // SARIF and JSON are written as they are made (a large log never is one string); the others are small.
    const emit = (format, write, terminal) => {
        switch (format) {
            case 'text':
                write(text(terminal && (args.color ?? (io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== ''))), terminal ? io.stdoutColumns : undefined));
                return;
            case 'json':
                writeJson(result.findings, write);
                return;
            case 'sarif':
                writeSarif(result.findings, result.rules, sarifOptions, write);
                return;
            case 'github':
                write(renderGithub(result.findings));
                return;
            case 'markdown':
                write(renderMarkdown(result.findings, { outcome: { failOn: args.failOn, failing: failing(result.findings, args.failOn), cli: true }, scanned: scope, ...(leftOut ? { notShown: [leftOut] } : {}) }));
                return;
        }
    };
    for (const o of args.outputs) {
        try {
            writeFileWith(external_node_path_.resolve(io.cwd, o.file), (write) => emit(o.format, write, false));
        }
        catch (e) {
            if (e instanceof WriteError)
                throw new files/* InputError */.dz(`--output ${o.format}=${o.file}: ${e.message}`);
            throw e;
        }
    }
    emit(args.format, io.stdout, true);
    if (leftOut && args.format !== 'text' && !args.outputs.some((o) => o.format === 'text'))
        io.stderr(`saguard: ${leftOut}\n`);
    if (args.verbose) {
        if (loaded.file !== undefined)
            io.stderr(`saguard: configuration ${escapeControls(loaded.file)}\n`);
        for (const s of collected.skipped)
            io.stderr(`saguard: skipped ${escapeControls(s.file)}: ${escapeControls(s.reason)}\n`);
        for (const s of result.skipped)
            io.stderr(`saguard: skipped ${escapeControls(s.file)}:${s.line}: ${escapeControls(s.reason)}\n`);
    }
    if (!args.verbose) {
        // Go templates outside a chart's templates/ folder are named even without --verbose: they look like manifests.
        const templates = result.skipped.filter((s) => s.template);
        for (const s of templates.slice(0, 10))
            io.stderr(`saguard: skipped ${escapeControls(s.file)}:${s.line}: ${escapeControls(s.reason)}\n`);
        if (templates.length > 10)
            io.stderr(`saguard: skipped ${templates.length - 10} more files that look like Go templates (--verbose lists them)\n`);
    }
    if (collected.helmTemplates > 0) {
        io.stderr(`saguard: skipped ${collected.helmTemplates} Helm chart template${collected.helmTemplates === 1 ? '' : 's'} (files under templates/ of a chart are not manifests; render them with helm template first)\n`);
    }
    if (collected.kustomizeFiles > 0) {
        io.stderr(`saguard: skipped ${collected.kustomizeFiles} patch file${collected.kustomizeFiles === 1 ? '' : 's'} of kustomizations (partial objects, and files a kustomization does not list as resources; build it with --kustomize DIR)\n`);
    }
    const stale = result.baseline ? staleBaselineNote(baseline.file, result.baseline, result.findings.filter((f) => !f.suppression).length) : undefined;
    if (stale)
        io.stderr(`saguard: ${stale.text}\n`);
    if (args.writeBaseline !== undefined) {
        writeFileIn(io.cwd, args.writeBaseline, renderBaseline(result.findings));
        const n = result.findings.filter((f) => !f.suppression).length;
        io.stderr(`saguard: wrote ${n} finding${n === 1 ? '' : 's'} to the baseline ${args.writeBaseline}; scans with --baseline ${args.writeBaseline} (or baseline: in .saguard.yaml) hide them\n`);
        return 0;
    }
    return failing(result.findings, args.failOn).length > 0 ? 1 : 0;
}
/** `saguard init`: a commented `.saguard.yaml` here, and with `--baseline` a baseline of today's findings. */
async function init(args, io) {
    const file = external_node_path_.join(io.cwd, CONFIG_FILE_NAMES[0]);
    const other = CONFIG_FILE_NAMES.map((n) => external_node_path_.join(io.cwd, n)).find((f) => external_node_fs_.existsSync(f));
    if (other && !args.force)
        throw new cli_args/* UsageError */.eb(`${external_node_path_.basename(other)} already exists here; edit it, or run saguard init --force to replace it`);
    const root = findRepoRoot(io.cwd);
    const above = external_node_path_.resolve(io.cwd) !== external_node_path_.resolve(root) ? findConfigFile(external_node_path_.dirname(io.cwd), root) : undefined;
    const text = initialConfig({ baseline: args.baseline });
    let baselineNote = '';
    if (args.baseline !== undefined) {
        const loaded = { file: undefined, text: undefined, config: { ...emptyConfig() } };
        const { result } = await runScan(args.scan, io, loaded, undefined);
        writeFileIn(io.cwd, args.baseline, renderBaseline(result.findings));
        const n = result.findings.filter((f) => !f.suppression).length;
        baselineNote = ` and ${args.baseline} (${n} finding${n === 1 ? '' : 's'} of today, hidden from now on)`;
    }
    writeFileIn(io.cwd, file, text);
    io.stdout(`saguard: wrote ${CONFIG_FILE_NAMES[0]}${baselineNote}; commit ${args.baseline !== undefined ? 'them' : 'it'}, and see saguard explain RULE for each rule's options\n`);
    if (above)
        io.stderr(`saguard: note: ${(0,files/* displayPath */.Gt)(above, root, io.cwd)} above this folder no longer applies here\n`);
    return 0;
}
/** `merge-sarif`: the shards' logs joined into one. */
function mergeSarifFiles(args, io) {
    const logs = args.files.map((file) => {
        let text;
        try {
            text = external_node_fs_.readFileSync(external_node_path_.resolve(io.cwd, file), 'utf8');
        }
        catch (e) {
            throw new files/* InputError */.dz(`cannot read ${file}: ${e.code ?? e.message}`);
        }
        try {
            return { name: file, log: JSON.parse(text) };
        }
        catch (e) {
            throw new files/* InputError */.dz(`${file} is not JSON: ${e.message}`);
        }
    });
    let merged;
    try {
        merged = mergeSarif(logs, { maxResults: args.maxResults, ...(args.category ? { category: args.category } : {}) });
    }
    catch (e) {
        if (e instanceof MergeError)
            throw new files/* InputError */.dz(e.message);
        throw e;
    }
    if (args.output) {
        try {
            writeFileWith(external_node_path_.resolve(io.cwd, args.output), (write) => writeMergedSarif(merged, write));
        }
        catch (e) {
            if (e instanceof WriteError)
                throw new files/* InputError */.dz(`--output ${args.output}: ${e.message}`);
            throw e;
        }
    }
    else
        writeMergedSarif(merged, io.stdout);
    const notice = merged.run.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text;
    if (notice)
        io.stderr(`saguard: ${notice}\n`);
    return 0;
}
function rootUri(root) {
    const p = root.split(external_node_path_.sep).join('/');
    return `file://${encodeURI(p.startsWith('/') ? p : '/' + p)}${p.endsWith('/') ? '' : '/'}`;
}
function nodeIO() {
    // A reader that stops reading (`saguard scan … | head`) closes the pipe: what is left to write is
    // not wanted, and that is no error. The exit code stays the scan's.
    const closed = { stdout: false, stderr: false };
    for (const name of ['stdout', 'stderr']) {
        process[name].on('error', (e) => {
            if (e.code !== 'EPIPE')
                throw e;
            closed[name] = true;
        });
    }
    return {
        stdout: (s) => void (closed.stdout || process.stdout.write(s)),
        stderr: (s) => void (closed.stderr || process.stderr.write(s)),
        readStdin: async () => {
            const r = await (0,read/* readStream */.bv)(process.stdin);
            if (r.kind === 'text')
                return r.text;
            throw new files/* InputError */.dz(r.kind === 'unread' && r.unread.reason === 'too-large' ? `standard input has more than ${r.unread.limit} bytes, the most saguard reads from one file` : 'cannot read standard input');
        },
        cwd: process.cwd(),
        env: process.env,
        stdoutIsTTY: !!process.stdout.isTTY,
        stderrIsTTY: !!process.stderr.isTTY,
        ...(process.stdout.isTTY && process.stdout.columns > 0 ? { stdoutColumns: process.stdout.columns } : {}),
    };
}


/***/ }),

/***/ 3417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ collectFiles),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony export namedInside */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1138);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1703);
/* harmony import */ var _render_kustomization_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3473);
/**
 * Finding the manifests to read: files, directories (recursively, skipping `.git` and
 * `node_modules`), globs and `-` for standard input. Helm chart templates are not manifests.
 *
 * Input comes from pull requests. Every file is opened by one guard (`read.ts`): its real path
 * must be inside the scan root (the repository, or the workspace in the Action), it must be a
 * regular file, and it is read up to a size cap. Directory links are followed only inside the
 * directory being scanned, and never in loops. Names are handled as bytes, so a name that is not
 * UTF-8 is read like any other. A file kubectl would apply but that is not read is passed on as
 * unread, and becomes an `unscanned-input` finding.
 */




class InputError extends Error {
}
const MANIFEST_EXT = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const KUSTOMIZATION = new Set(_render_kustomization_file_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_NAMES */ .H7);
function displayPath(abs, root, cwd) {
    const inRoot = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, abs);
    const rel = !inRoot.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(inRoot) ? inRoot : node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, abs);
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') || node_path__WEBPACK_IMPORTED_MODULE_0__.basename(abs);
}
/** True when the directory (or one above it, up to `stop`) holds a Chart.yaml and `file` is under its `templates/`. */
function isHelmTemplate(file, stop) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(file);
    while ((0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(dir, stop) || dir === stop) {
        if (node_path__WEBPACK_IMPORTED_MODULE_0__.basename(dir) === 'templates' && _read_js__WEBPACK_IMPORTED_MODULE_2__/* .byteFs */ .UV.existsSync(node_path__WEBPACK_IMPORTED_MODULE_0__.join(node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(dir), 'Chart.yaml')))
            return true;
        const up = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(dir);
        if (up === dir || !(0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(up, stop))
            break;
        dir = up;
    }
    return false;
}
/** The directory part of a glob that holds no pattern characters (where matching starts). */
/** Whether a pattern has glob characters (glob's own test, without loading glob: it is loaded only to match). */
const hasMagic = (pattern, options) => new minimatch__WEBPACK_IMPORTED_MODULE_1__/* .Minimatch */ .VR(pattern, options).hasMagic();
function globBase(pattern) {
    const parts = pattern.split(/[\\/]/);
    const fixed = [];
    for (const p of parts) {
        if (hasMagic(p, { windowsPathsNoEscape: true }))
            break;
        fixed.push(p);
    }
    return fixed.length === parts.length ? node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(pattern) : fixed.join('/') || '.';
}
const realOrSelf = (p) => {
    try {
        return _read_js__WEBPACK_IMPORTED_MODULE_2__/* .byteFs */ .UV.realpathSync(p);
    }
    catch {
        return p;
    }
};
/** True when `a` is inside `d` by its name or by its real path (byte strings). */
const insideBytes = (a, d) => (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(a, d) || (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realOrSelf(a), realOrSelf(d));
/** True when `abs` is inside `dir` by its name or by its real path. */
const namedInside = (abs, dir) => insideBytes(toBytes(abs), toBytes(dir));
async function collectFiles(inputs, options) {
    const out = { files: [], skipped: [], helmTemplates: 0, kustomizeFiles: 0 };
    const seen = new Set();
    // Byte strings from here on (see read.ts).
    const cwd = (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ)(options.cwd);
    const root = (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ)(options.root);
    const rootReal = realOrSelf(root);
    const maxBytes = options.maxFileBytes ?? _read_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_BYTES */ .gZ;
    const limit = options.confined !== undefined ? (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ)(options.confined) : root;
    const inLimit = { real: realOrSelf(limit), name: options.confined !== undefined ? 'the workspace' : 'the repository' };
    /** Absolute path of each file read, and the patch files kustomizations name (partial objects, not manifests). */
    const absOf = new Map();
    const patchFiles = new Set();
    /** Files an input reached (read now, or already read for another input). */
    let reached = 0;
    /** The path people see: relative to the repository root (its real path too), else to the working directory. */
    const show = (p) => {
        for (const base of [rootReal, root])
            if ((0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(p, base) && p !== base)
                return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBytes */ .uK)(node_path__WEBPACK_IMPORTED_MODULE_0__.relative(base, p).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/'));
        return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBytes */ .uK)(displayPath(p, root, cwd));
    };
    /** An input outside the repository (CLI only) is read within itself; in the Action it is refused. */
    const boundaryOf = (input, abs, dir) => {
        if (options.inputsWithin && !insideBytes(abs, (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ)(options.inputsWithin.path))) {
            throw new InputError(`${input} is outside ${options.inputsWithin.name}; name files, directories or globs inside it`);
        }
        if ((0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(abs, limit) || (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realOrSelf(abs), inLimit.real))
            return inLimit;
        if (options.confined !== undefined)
            throw new InputError(`${input} is outside the workspace; name files, directories or globs inside it`);
        return { real: realOrSelf(dir), name: `\`${show(dir)}\`` };
    };
    const unread = (file, u) => void out.files.push({ path: file, text: '', unread: u });
    const addFile = (abs, explicit, boundary) => {
        let real;
        try {
            real = _read_js__WEBPACK_IMPORTED_MODULE_2__/* .byteFs */ .UV.realpathSync(abs);
        }
        catch {
            // kubectl cannot read it either.
            out.skipped.push({ file: show(abs), reason: 'broken symbolic link' });
            return;
        }
        reached++;
        if (seen.has(real))
            return;
        seen.add(real);
        const excluded = options.excluded?.(show(real));
        if (excluded) {
            out.skipped.push({ file: show(real), reason: excluded });
            return;
        }
        if (!(0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(real, boundary.real))
            return unread(show(abs), { reason: 'link-outside', target: (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBytes */ .uK)(real), boundary: boundary.name });
        const r = (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegular */ .VX)(real, maxBytes);
        if (r.kind === 'text') {
            const file = { path: show(real), text: r.text };
            absOf.set(file, abs);
            out.files.push(file);
        }
        else if (r.kind === 'error') {
            if (explicit)
                throw new InputError(`cannot read ${show(abs)}: ${r.code}`);
            unread(show(real), { reason: 'unreadable', code: r.code });
        }
        else if (explicit && r.unread.reason === 'not-regular')
            throw new InputError(`cannot read ${show(abs)}: it is a ${r.unread.type}, not a regular file`);
        else
            unread(show(real), r.unread);
    };
    /**
     * Walks a directory tree. Symbolic links are followed last, so that a file reachable both
     * directly and through a link is reported once, under its real path; links to directories that
     * leave the scanned directory, and directories already walked (loops), are passed over. Links
     * to files are read when the file is inside the scan root (kubectl follows them too).
     */
    const walkTree = (top, boundary) => {
        const topReal = realOrSelf(top);
        const visited = new Set();
        const links = [];
        const walk = (dir) => {
            try {
                visited.add(_read_js__WEBPACK_IMPORTED_MODULE_2__/* .byteFs */ .UV.realpathSync(dir));
            }
            catch {
                return;
            }
            let entries;
            try {
                entries = _read_js__WEBPACK_IMPORTED_MODULE_2__/* .byteFs */ .UV.readdirSync(dir);
            }
            catch (e) {
                out.skipped.push({ file: show(dir), reason: `unreadable directory (${e.code})` });
                return;
            }
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            // Beside a kustomization, the files it lists as resources are manifests; its patches are
            // partial objects, and files it does not name are taken for patches too (kustomize builds them).
            const kustomization = entries.some((e) => KUSTOMIZATION.has(e.name)) ? (0,_render_kustomization_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readKustomization */ .kG)((0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBytes */ .uK)(dir)) : undefined;
            const resources = new Set([...(kustomization?.resources ?? [])].map(_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ));
            for (const f of kustomization?.inputs ?? [])
                patchFiles.add((0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ)(f));
            for (const e of entries) {
                const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, e.name);
                if (kustomization && !e.isDirectory() && MANIFEST_EXT.test(e.name) && !resources.has(abs)) {
                    if (abs !== (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ)(kustomization.file))
                        out.kustomizeFiles++;
                    continue;
                }
                if (e.isSymbolicLink())
                    links.push(abs);
                else if (e.isDirectory()) {
                    if (!SKIP_DIRS.has(e.name))
                        walk(abs);
                }
                else if (MANIFEST_EXT.test(e.name)) {
                    // Regular files, and FIFOs, sockets and devices named like manifests (the guard reports those).
                    if (isHelmTemplate(abs, top))
                        out.helmTemplates++;
                    else
                        addFile(abs, false, boundary);
                }
            }
        };
        walk(top);
        while (links.length > 0) {
            const abs = links.shift();
            let real;
            try {
                real = _read_js__WEBPACK_IMPORTED_MODULE_2__/* .byteFs */ .UV.realpathSync(abs);
            }
            catch {
                out.skipped.push({ file: show(abs), reason: 'broken symbolic link' });
                continue;
            }
            let isDir;
            try {
                isDir = _read_js__WEBPACK_IMPORTED_MODULE_2__/* .byteFs */ .UV.statSync(real).isDirectory();
            }
            catch {
                out.skipped.push({ file: show(abs), reason: 'broken symbolic link' });
                continue;
            }
            if (isDir) {
                if (!(0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(real, topReal))
                    out.skipped.push({ file: show(abs), reason: 'symbolic link out of the scanned directory' });
                else if (!visited.has(real) && !SKIP_DIRS.has(node_path__WEBPACK_IMPORTED_MODULE_0__.basename(abs)))
                    walk(abs);
            }
            else if (MANIFEST_EXT.test(abs)) {
                if (isHelmTemplate(abs, top))
                    out.helmTemplates++;
                else
                    addFile(abs, false, boundary);
            }
        }
    };
    for (const input of inputs) {
        const before = { reached, helm: out.helmTemplates, kustomize: out.kustomizeFiles, skipped: out.skipped.length };
        await collectInput(input);
        // A path the user named that yields nothing to scan is a mistake, never a clean result.
        if (input !== '-' && reached === before.reached) {
            const why = [];
            const helm = out.helmTemplates - before.helm;
            const kust = out.kustomizeFiles - before.kustomize;
            if (kust > 0)
                why.push(`${kust} file${kust === 1 ? ' is a patch or an input' : 's are patches or inputs'} of kustomizations (build them with --kustomize DIR, or the Action input kustomize-dirs)`);
            if (helm > 0)
                why.push(`${helm} file${helm === 1 ? ' is a Helm chart template' : 's are Helm chart templates'} (render the chart with --helm-chart DIR, or the Action input helm-charts)`);
            for (const s of out.skipped.slice(before.skipped))
                why.push(`${s.file}: ${s.reason}`);
            throw new InputError(`nothing to scan in ${input}: ${why.length > 0 ? why.slice(0, 3).join('; ') : 'no manifest files (.yaml, .yml, .json)'}`);
        }
    }
    // Patch files named by a kustomization of another folder are partial objects too.
    out.files = out.files.filter((f) => {
        const abs = absOf.get(f);
        if (abs === undefined || !patchFiles.has(abs))
            return true;
        out.kustomizeFiles++;
        return false;
    });
    return out;
    async function collectInput(input) {
        if (input === '-') {
            if (!options.readStdin)
                throw new InputError('standard input is not available');
            out.files.push({ path: '<stdin>', text: await options.readStdin() });
            return;
        }
        const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ)(input));
        let st;
        try {
            st = _read_js__WEBPACK_IMPORTED_MODULE_2__/* .byteFs */ .UV.statSync(abs);
        }
        catch {
            st = undefined;
        }
        if (st?.isDirectory()) {
            walkTree(abs, boundaryOf(input, abs, abs));
        }
        else if (st) {
            addFile(abs, true, boundaryOf(input, abs, node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(abs)));
        }
        else if (hasMagic(input, { windowsPathsNoEscape: true })) {
            const base = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ)(globBase(input)));
            const boundary = boundaryOf(input, base, base);
            const { glob } = await __webpack_require__.e(/* import() */ 668).then(__webpack_require__.bind(__webpack_require__, 1668));
            const matches = (await glob((0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .toBytes */ .ZJ)(input), { cwd, absolute: true, nodir: true, follow: false, dot: false, ignore: ['**/node_modules/**', '**/.git/**'], fs: _read_js__WEBPACK_IMPORTED_MODULE_2__/* .byteFs */ .UV })).sort();
            if (matches.length === 0)
                throw new InputError(`no files match ${input}`);
            for (const m of matches)
                if (MANIFEST_EXT.test(m))
                    addFile(m, false, boundary);
        }
        else {
            throw new InputError(`cannot read ${input}: no such file or directory`);
        }
    }
}


/***/ }),

/***/ 1703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gZ: () => (/* binding */ MAX_FILE_BYTES),
  UV: () => (/* binding */ byteFs),
  uK: () => (/* binding */ fromBytes),
  FK: () => (/* binding */ isInside),
  VX: () => (/* binding */ readRegular),
  bv: () => (/* binding */ readStream),
  ZJ: () => (/* binding */ toBytes)
});

// UNUSED EXPORTS: asPath, decodeName, fsPath, linkOutside

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/load/decode.js
/**
 * Bytes → text, as kubectl decodes manifest files: UTF-8 (invalid bytes become U+FFFD, like Go's
 * UTF-8 decoder), and UTF-16 in either byte order when the file starts with its byte order mark
 * (kubectl's file reader switches on the BOM). UTF-32 with a BOM is decoded too, so a file that
 * would otherwise be unreadable noise is scanned rather than passed over. The BOM is dropped.
 * A file without a BOM is UTF-8, whatever it holds: NUL bytes do not make it "binary", because
 * kubectl decodes each document on its own and applies the ones that parse.
 */
/** The encoding a byte order mark announces (UTF-8 without one). */
function sniffEncoding(b) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
        return { encoding: 'utf-32le', bom: 4 };
    if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
        return { encoding: 'utf-32be', bom: 4 };
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return { encoding: 'utf-8', bom: 3 };
    if (b[0] === 0xff && b[1] === 0xfe)
        return { encoding: 'utf-16le', bom: 2 };
    if (b[0] === 0xfe && b[1] === 0xff)
        return { encoding: 'utf-16be', bom: 2 };
    return { encoding: 'utf-8', bom: 0 };
}
function utf32(b, littleEndian) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const parts = [];
    let chunk = [];
    const end = b.byteLength - (b.byteLength % 4);
    for (let i = 0; i < end; i += 4) {
        const cp = view.getUint32(i, littleEndian);
        chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
        if (chunk.length === 8192) {
            parts.push(String.fromCodePoint(...chunk));
            chunk = [];
        }
    }
    if (end < b.byteLength)
        chunk.push(0xfffd);
    parts.push(String.fromCodePoint(...chunk));
    return parts.join('');
}
/** The text of a manifest file. */
function decodeText(bytes) {
    const { encoding, bom } = sniffEncoding(bytes);
    const body = bytes.subarray(bom);
    switch (encoding) {
        case 'utf-8':
            return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
        case 'utf-16le':
            return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(body);
        case 'utf-16be': {
            // Swapped into little-endian order: Node's small-ICU builds have no UTF-16BE decoder.
            const le = new Uint8Array(body.byteLength);
            for (let i = 0; i + 1 < body.byteLength; i += 2) {
                le[i] = body[i + 1];
                le[i + 1] = body[i];
            }
            if (body.byteLength % 2 === 1)
                le[body.byteLength - 1] = body[body.byteLength - 1];
            return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(le);
        }
        case 'utf-32le':
            return utf32(body, true);
        case 'utf-32be':
            return utf32(body, false);
    }
}
/**
 * A file name for people: its UTF-8 text, with each byte that is not part of valid UTF-8 shown
 * as `\xNN` (git and kubectl treat names as bytes; a name need not be UTF-8).
 */
function decodeName(bytes) {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    try {
        return strict.decode(bytes);
    }
    catch {
        // some bytes are not UTF-8: decode sequence by sequence
    }
    let out = '';
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        const n = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        let text;
        if (n > 0 && i + n <= bytes.length) {
            try {
                text = strict.decode(bytes.subarray(i, i + n));
            }
            catch {
                text = undefined;
            }
        }
        if (text !== undefined) {
            out += text;
            i += n;
        }
        else {
            out += `\\x${lead.toString(16).padStart(2, '0')}`;
            i++;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/publish/read.js
/**
 * The one place where manifest files are opened. Whatever a pull request commits (links to
 * `/etc/passwd` or `/dev/zero`, FIFOs, huge files, names that are not UTF-8), a file is read only
 * when its real path is inside the scan root, it is a regular file, and it is no larger than the
 * cap; reading itself stops at the cap. A file kubectl would apply but that is not read becomes an
 * `unscanned-input` finding, never a silent skip.
 *
 * Paths here are "byte strings": one character per byte (latin1), so that names which are not
 * UTF-8 survive every `path` function and reach the file system unchanged.
 */



/** Files larger than this are not read (the API server itself refuses objects over 3 MiB). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A byte string as the file system takes it. */
const fsPath = (p) => Buffer.from(p, 'latin1');
/** A JavaScript (UTF-16) path as a byte string. */
const toBytes = (p) => Buffer.from(p, 'utf8').toString('latin1');
/** A byte string for people: UTF-8, with `\xNN` for bytes that are not. */
const fromBytes = (p) => decodeName(fsPath(p));
/** A byte string as a JavaScript path, for code that opens it with the ordinary `fs` functions. */
const asPath = (p) => fsPath(p).toString('utf8');
const DIRENTS = { withFileTypes: true, encoding: 'latin1' };
/** `fs` for byte strings: for the directory walk and for `glob` (its `fs` option). */
const byteFs = {
    lstatSync: (p) => external_node_fs_.lstatSync(fsPath(p)),
    statSync: (p) => external_node_fs_.statSync(fsPath(p)),
    readdirSync: (p) => external_node_fs_.readdirSync(fsPath(p), DIRENTS),
    readdir: (p, _o, cb) => external_node_fs_.readdir(fsPath(p), DIRENTS, cb),
    readlinkSync: (p) => external_node_fs_.readlinkSync(fsPath(p), 'latin1'),
    /** The native realpath: the JavaScript one decodes the path as UTF-8 on the way. */
    realpathSync: (p) => external_node_fs_.realpathSync.native(fsPath(p), 'latin1'),
    existsSync: (p) => external_node_fs_.existsSync(fsPath(p)),
    promises: {
        lstat: (p) => external_node_fs_.promises.lstat(fsPath(p)),
        readdir: (p) => external_node_fs_.promises.readdir(fsPath(p), DIRENTS),
        readlink: (p) => external_node_fs_.promises.readlink(fsPath(p), 'latin1'),
        realpath: (p) => external_node_fs_.promises.realpath(fsPath(p), 'latin1'),
    },
};
const isInside = (child, parent) => {
    const r = external_node_path_.relative(parent, child);
    return r === '' || (!r.startsWith('..') && !external_node_path_.isAbsolute(r));
};
function kindOf(st) {
    if (st.isFIFO())
        return 'FIFO';
    if (st.isCharacterDevice())
        return 'character device';
    if (st.isBlockDevice())
        return 'block device';
    if (st.isSocket())
        return 'socket';
    if (st.isDirectory())
        return 'directory';
    return 'special file';
}
/**
 * Reads a file whose real path is known (`real`, a byte string, already checked to be inside the
 * scan root): opened without blocking (a FIFO never hangs), checked to be a regular file after
 * opening (no race between check and read), and read up to `limit` bytes.
 */
function readRegular(real, limit = MAX_FILE_BYTES) {
    let fd;
    try {
        fd = external_node_fs_.openSync(fsPath(real), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    }
    catch (e) {
        return { kind: 'error', code: e.code ?? e.message };
    }
    try {
        const st = external_node_fs_.fstatSync(fd);
        if (!st.isFile())
            return { kind: 'unread', unread: { reason: 'not-regular', type: kindOf(st) } };
        if (st.size > limit)
            return { kind: 'unread', unread: { reason: 'too-large', size: st.size, limit } };
        // The size can change while reading (or lie, as in /proc): read at most one byte past the cap.
        const chunks = [];
        let total = 0;
        const buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(st.size + 1, 64 * 1024)));
        for (;;) {
            const n = external_node_fs_.readSync(fd, buf, 0, Math.min(buf.length, limit + 1 - total), null);
            if (n === 0)
                break;
            chunks.push(Buffer.from(buf.subarray(0, n)));
            total += n;
            if (total > limit)
                return { kind: 'unread', unread: { reason: 'too-large', size: total, limit } };
        }
        return { kind: 'text', text: decodeText(Buffer.concat(chunks, total)) };
    }
    catch (e) {
        return { kind: 'error', code: e.code ?? e.message };
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** Standard input, read up to the cap and decoded like a file. */
async function readStream(stream, limit = MAX_FILE_BYTES) {
    const chunks = [];
    let total = 0;
    for await (const c of stream) {
        const b = typeof c === 'string' ? Buffer.from(c) : c;
        total += b.length;
        if (total > limit)
            return { kind: 'unread', unread: { reason: 'too-large', size: total, limit } };
        chunks.push(b);
    }
    return { kind: 'text', text: decodeText(Buffer.concat(chunks, total)) };
}
/**
 * The first symbolic link under `dir` whose target is outside `boundary` (both real paths), for
 * trees a tool other than saguard reads whole (`helm template` follows links in a chart).
 * Directory links are checked, not walked into. Names are handled as bytes.
 */
function linkOutside(dir, boundary) {
    const stack = [toBytes(dir)];
    const limit = toBytes(boundary);
    while (stack.length > 0) {
        const d = stack.pop();
        let entries;
        try {
            entries = byteFs.readdirSync(d);
        }
        catch {
            continue;
        }
        for (const e of entries) {
            const p = path.join(d, e.name);
            if (e.isSymbolicLink()) {
                let target;
                try {
                    target = byteFs.realpathSync(p);
                }
                catch {
                    continue; // a broken link reads nothing
                }
                if (!isInside(target, limit))
                    return { link: fromBytes(p), target: fromBytes(target) };
            }
            else if (e.isDirectory())
                stack.push(p);
        }
    }
    return undefined;
}



/***/ }),

/***/ 2390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   qC: () => (/* binding */ available),
/* harmony export */   vH: () => (/* binding */ RenderError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/** Running the renderers (helm, kustomize, kubectl): bounded, no shell, clear errors. */

class RenderError extends Error {
}
/** Runs a binary found on PATH; a missing binary or a failure is a RenderError naming what was rendered. */
function run(cmd, args, opts) {
    const maxBuffer = opts.maxBytes ?? 512 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(cmd, [...args], { cwd: opts.cwd, timeout: opts.timeoutMs ?? 120_000, maxBuffer, env: opts.env ?? process.env, encoding: 'utf8' }, (err, stdout, stderr) => {
            if (!err)
                return resolve({ stdout, stderr });
            const e = err;
            if (e.code === 'ENOENT')
                return reject(new RenderError(`cannot render ${opts.what}: \`${cmd}\` is not on PATH`));
            if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                return reject(new RenderError(`cannot render ${opts.what}: \`${cmd}\` wrote more than ${maxBuffer} bytes, the most saguard reads from one rendering (as from one file)`));
            }
            if (e.killed)
                return reject(new RenderError(`cannot render ${opts.what}: \`${cmd}\` did not finish in ${Math.round((opts.timeoutMs ?? 120_000) / 1000)} s`));
            const detail = (stderr || stdout || e.message).trim().split('\n').slice(-15).join('\n');
            reject(new RenderError(`cannot render ${opts.what}: \`${cmd} ${args.join(' ')}\` failed:\n${detail}`));
        });
    });
}
/** Whether a binary is on PATH (and runs). */
async function available(cmd, args = ['version']) {
    try {
        await run(cmd, args, { cwd: process.cwd(), what: cmd, timeoutMs: 20_000 });
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ KUSTOMIZATION_NAMES),
/* harmony export */   kG: () => (/* binding */ readKustomization),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1703);
/**
 * What a kustomization file says about the files beside it, for directory scans: the files it
 * lists as resources are complete manifests; the patches it names are partial objects. A folder is
 * a kustomization only when its `kustomization.yaml` (or `Kustomization`) is one: a mapping with
 * kustomization fields. An empty file or some other YAML under that name is not.
 */




/**
 * The text of a file of the repository through the reading guard (a regular file, read up to the
 * size cap: a kustomization.yaml that is a FIFO or a link to /dev/zero is not one), or undefined.
 */
function readText(file) {
    try {
        const r = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegular */ .VX)((0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .toBytes */ .ZJ)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(file)));
        return r.kind === 'text' ? r.text : undefined;
    }
    catch {
        return undefined;
    }
}
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const FIELDS = new Set([
    'resources',
    'bases',
    'components',
    'patches',
    'patchesStrategicMerge',
    'patchesJson6902',
    'namePrefix',
    'nameSuffix',
    'namespace',
    'commonLabels',
    'labels',
    'commonAnnotations',
    'configMapGenerator',
    'secretGenerator',
    'generatorOptions',
    'generators',
    'transformers',
    'validators',
    'images',
    'replicas',
    'replacements',
    'crds',
    'configurations',
    'openapi',
    'helmCharts',
    'helmGlobals',
    'vars',
    'buildMetadata',
    'sortOptions',
]);
/** The kustomization of a folder, if its kustomization file is one. */
function readKustomization(dir) {
    for (const name of KUSTOMIZATION_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        const text = readText(file);
        if (text === undefined)
            continue;
        let k;
        try {
            k = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100 });
        }
        catch {
            // A kustomization kustomize cannot read is still one when it says so.
            return /^(kind:\s*(Kustomization|Component)|apiVersion:\s*kustomize\.config\.k8s\.io)/m.test(text)
                ? { file, resources: new Set(), inputs: new Set() }
                : undefined;
        }
        if (typeof k !== 'object' || k === null || Array.isArray(k))
            continue;
        const o = k;
        const says = o.kind === 'Kustomization' || o.kind === 'Component' || (typeof o.apiVersion === 'string' && o.apiVersion.startsWith('kustomize.config.k8s.io/'));
        if (!says && !Object.keys(o).some((key) => FIELDS.has(key)))
            continue;
        const resources = new Set();
        const inputs = new Set();
        const list = (key) => (Array.isArray(o[key]) ? o[key] : []);
        for (const r of list('resources'))
            if (typeof r === 'string')
                resources.add(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, r));
        for (const key of ['patchesStrategicMerge', 'configurations', 'generators', 'transformers', 'validators', 'crds']) {
            for (const r of list(key))
                if (typeof r === 'string' && !r.includes('\n'))
                    inputs.add(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, r));
        }
        for (const key of ['patches', 'patchesJson6902']) {
            for (const r of list(key)) {
                if (typeof r === 'object' && r !== null && typeof r.path === 'string')
                    inputs.add(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, r.path));
            }
        }
        // CRDs listed under `crds:` are complete objects, but kustomize only reads them for their schemas.
        return { file, resources, inputs };
    }
    return undefined;
}


/***/ })

};
