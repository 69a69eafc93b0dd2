import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 6917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony export shardOf */
/** FNV-1a (32-bit) over the UTF-16 code units of the path. */
function hash(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** The shard (1-based) a file's findings go to. */
const shardOf = (file, count) => (hash(file) % count) + 1;
const inShard = (file, shard) => shardOf(file, shard.count) === shard.index;
/** Parses `i/n` (1 ≤ i ≤ n ≤ 1000); undefined when it is not one. */
function parseShard(text) {
    const m = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(text.trim());
    if (!m)
        return undefined;
    const index = Number(m[1]);
    const count = Number(m[2]);
    return index <= count && count <= 1000 ? { index, count } : undefined;
}


/***/ }),

/***/ 8476:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _publish_cli_args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8274);
// The `saguard` command. `--version` and `--help` are answered before the scan pipeline is loaded.

const argv = process.argv.slice(2);
let answer;
try {
    answer = (0,_publish_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .immediateAnswer */ .YB)((0,_publish_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArgs */ .Zy)(argv));
}
catch {
    // main reports usage errors
}
if (answer !== undefined)
    process.stdout.write(answer);
else {
    const { main, nodeIO } = await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(868)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8868));
    process.exitCode = await main(argv, nodeIO());
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ACCOUNT_PATTERN),
/* harmony export */   t: () => (/* binding */ OBJECT_PATTERN)
/* harmony export */ });
/** The shapes of names in the configuration, without dependencies (the CLI's argument parser loads them before anything else). */
/** `Kind/name` or `Kind/namespace/name`, no part empty. */
const OBJECT_PATTERN = /^[^/\s]+(\/[^/\s]+){1,2}$/;
/** `namespace/name`. */
const ACCOUNT_PATTERN = /^[^/\s]+\/[^/\s]+$/;


/***/ }),

/***/ 8274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YB: () => (/* binding */ immediateAnswer),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* unused harmony exports FORMATS, FAIL_ON, USAGE, commandHelp, DEFAULT_BASELINE */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1294);
/* harmony import */ var _config_patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9418);
/* harmony import */ var _analyze_shard_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6917);



class UsageError extends Error {
}
const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'];
const FAIL_ON = ['error', 'warning', 'note', 'none'];
const USAGE = `usage: saguard <command> [options]

commands:
  scan [PATH|GLOB|-]...     lint manifests (default: the current directory)
  rules                     the rule catalogue (id, level, title, CIS)
  explain RULE              the rule's documentation, options, and how to configure or suppress it
  init [--baseline[=FILE]] [--force] [scan options] [PATH]...
                            write a commented .saguard.yaml here; with --baseline, also scan and
                            write a baseline of today's findings (default saguard-baseline.json)
  can-i VERB TYPE[/NAME] | VERB /URL --as USER -f PATH...
                            offline kubectl auth can-i over the manifests: yes or no
  who-can VERB TYPE[/NAME] | VERB /URL -f PATH...
                            the subjects allowed to do it, and through which binding and role
  access --as USER -f PATH...
                            the access matrix of one subject (resources x verbs); --paths adds
                            what it can become
  merge-sarif FILE...       join the SARIF logs of the shards of one scan (scan --shard) into one
                            run, as the unsharded scan writes it; --output FILE (default: standard
                            output), --category NAME (default: the first log's), --max-results N

scan options:
  --format FORMAT           text (default), json, sarif, github, markdown
  --output FORMAT=FILE      also write FORMAT to FILE (repeatable)
  -n, --namespace NS        namespace of objects that name none (default: default)
  --fail-on LEVEL           error (default), warning, note, none
  --category NAME           SARIF automationDetails category (default: saguard)
  --max-results N           at most N results in the SARIF log, the most severe first
                            (default and most: 25000, what GitHub accepts per run)
  --shard I/N               report only the findings in the files of shard I of N (split by a
                            hash of the path); the whole input is still read and analysed
  --helm-chart DIR          render the chart with helm template and scan the result, findings
                            placed in the templates (repeatable); with --values FILE,
                            --set KEY=VALUE (both repeatable) and --release NAME
  --kustomize DIR           build DIR with kustomize (or kubectl kustomize) and scan the result,
                            findings placed in the resource or patch files (repeatable)
  --kustomize-remote        let kustomize load remote resources (URLs, git repositories);
                            off by default: a kustomization naming one is an error
  --config FILE             configuration (default: the nearest .saguard.yaml or .saguard.yml
                            from here up to the repository root); --no-config uses none
  --known-service-account NS/NAME
                            an account created outside the manifests (globs; repeatable)
  --baseline FILE           hide the findings recorded in FILE (gate only on new ones)
  --write-baseline FILE     record the findings in FILE (exit 0) for --baseline to hide
  --verbose                 list the documents and files that were skipped
  --no-color                plain text even on a terminal (NO_COLOR is honoured too)

can-i / who-can / access options:
  -f, --filename PATH       manifests (repeatable; files, directories, globs, - for stdin)
  --as USER                 the user, e.g. system:serviceaccount:NS:NAME; '' with --as-group
                            asks about exactly those groups
  --as-group GROUP          a group of the user (repeatable); a ServiceAccount without it gets
                            system:serviceaccounts, system:serviceaccounts:NS, system:authenticated
  -n, --namespace NS        the request's namespace (without it: cluster-scoped; ignored, with
                            a warning, for cluster-scoped resources such as nodes)
  --subresource SUB         the request's subresource
  -o, --output text|json    json explains the decision (binding, role, rule, files and lines)
  --no-builtins             leave out Kubernetes' built-in roles and bindings
  --paths                   who-can: also the subjects that can become an allowed one (escalation
                            paths); access: every stronger identity the subject can become
  --objects-namespace NS    namespace of objects in the manifests that name none (default: default)
  TYPE is resource or resource.group; VERB, resource, subresource and name are taken verbatim.

exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage or configuration error, 3 internal error
`;
/**
 * Walks command-line words; `--name=value` and `--name value` are the same, and `take()` reads
 * the option's value (a missing one, or another option in its place, is a usage error).
 */
function eachOption(words, visit) {
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const eq = word.indexOf('=');
        const inline = word.startsWith('--') && eq > 0 ? word.slice(eq + 1) : undefined;
        const name = inline !== undefined ? word.slice(0, eq) : word;
        visit(name, word, () => {
            if (inline !== undefined)
                return inline;
            const v = words[++i];
            if (v === undefined || (v.startsWith('-') && v !== '-'))
                throw new UsageError(`${name} needs a value`);
            return v;
        });
    }
}
function maxResults(v) {
    if (!/^[1-9][0-9]*$/.test(v) || Number(v) > 25_000)
        throw new UsageError(`--max-results takes a number from 1 to 25000 (GitHub's limit per run), not ${JSON.stringify(v)}`);
    return Number(v);
}
function category(v) {
    if (!/^[A-Za-z0-9_.\-/]+$/.test(v))
        throw new UsageError(`--category ${JSON.stringify(v)} may use letters, digits and _ . - / only`);
    return v.replace(/\/+$/, '');
}
function parseMergeArgs(rest) {
    const args = { command: 'merge-sarif', files: [], category: undefined, maxResults: 25_000, output: undefined };
    eachOption(rest, (a, word, take) => {
        switch (a) {
            case '--category':
                args.category = category(take());
                break;
            case '--max-results':
                args.maxResults = maxResults(take());
                break;
            case '--output':
            case '-o':
                args.output = take();
                break;
            default:
                if (word.startsWith('-') && word !== '-')
                    throw new UsageError(`unknown option for merge-sarif: ${word}`);
                args.files.push(word);
        }
    });
    if (args.files.length === 0)
        throw new UsageError('merge-sarif takes the SARIF files to join, e.g. saguard merge-sarif shard-*.sarif --output saguard.sarif');
    return args;
}
function isFormat(s) {
    return FORMATS.includes(s);
}
/** What `help` and `version` print: nothing else is needed, so the CLI answers them before loading the scan pipeline. */
function immediateAnswer(args) {
    if (args.command === 'help')
        return args.topic ? commandHelp(args.topic) : USAGE;
    if (args.command === 'version')
        return `saguard ${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}\n`;
    return undefined;
}
const COMMANDS = ['scan', 'init', 'can-i', 'who-can', 'access', 'rules', 'explain', 'merge-sarif'];
/**
 * The help of one command, cut from USAGE: its lines under "commands:", the options it takes and
 * the exit codes; the whole usage for a topic that is not a command.
 */
function commandHelp(topic) {
    if (!COMMANDS.includes(topic))
        return USAGE;
    const sections = USAGE.trimEnd().split('\n\n');
    const commands = sections.find((s) => s.startsWith('commands:')).split('\n').slice(1);
    const mine = [];
    let inside = false;
    for (const line of commands) {
        if (/^  \S/.test(line))
            inside = line.slice(2).split(' ')[0] === topic;
        if (inside)
            mine.push(line);
    }
    const optionsOf = topic === 'init' ? 'scan' : topic;
    const options = sections.filter((s) => /^[^\n]* options:/.test(s) && s.split('\n')[0].split(/[ /]+/).includes(optionsOf));
    const exit = topic === 'scan' || topic === 'init' ? sections.filter((s) => s.startsWith('exit codes:')) : [];
    return [`usage: saguard ${topic} [options]\n${mine.join('\n')}`, ...options, ...exit].join('\n\n') + '\n';
}
function parseArgs(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
        return { command: 'help', ...(rest[0] ? { topic: rest[0] } : {}) };
    }
    // `saguard scan --help`, `saguard init -h`: what every CLI answers (that command's help), not an unknown option.
    if (rest.includes('--help') || rest.includes('-h'))
        return { command: 'help', topic: command };
    if (command === '--version' || command === 'version')
        return { command: 'version' };
    if (command === 'rules') {
        let format = 'text';
        for (let i = 0; i < rest.length; i++) {
            const a = rest[i];
            if (a === '--format' || a === '-o') {
                const v = rest[++i];
                if (v !== 'text' && v !== 'json')
                    throw new UsageError(`${a} for rules takes text or json, not ${v ?? 'nothing'}`);
                format = v;
            }
            else
                throw new UsageError(`unknown option for rules: ${a}`);
        }
        return { command: 'rules', format };
    }
    if (command === 'explain') {
        if (rest.length !== 1 || rest[0].startsWith('-'))
            throw new UsageError('explain takes one rule id, e.g. saguard explain token-automount');
        return { command: 'explain', rule: rest[0] };
    }
    if (command === 'can-i' || command === 'who-can' || command === 'access')
        return parseRbacArgs(command, rest);
    if (command === 'init')
        return parseInitArgs(rest);
    if (command === 'merge-sarif')
        return parseMergeArgs(rest);
    if (command !== 'scan')
        throw new UsageError(`unknown command ${JSON.stringify(command)}; commands are scan, init, can-i, who-can, access, rules, explain, merge-sarif`);
    return parseScanArgs(rest);
}
const DEFAULT_BASELINE = 'saguard-baseline.json';
function parseInitArgs(rest) {
    let force = false;
    let baseline;
    const scanWords = [];
    for (const w of rest) {
        if (w === '--force')
            force = true;
        else if (w === '--baseline')
            baseline = DEFAULT_BASELINE;
        else if (w.startsWith('--baseline=')) {
            baseline = w.slice('--baseline='.length);
            if (baseline === '')
                throw new UsageError('--baseline=FILE needs a file name');
        }
        else
            scanWords.push(w);
    }
    const scan = parseScanArgs(scanWords);
    if (scan.config !== undefined || scan.noConfig || scan.baseline !== undefined || scan.writeBaseline !== undefined) {
        throw new UsageError('init writes the configuration and the baseline itself; it takes no --config, --no-config, --baseline FILE or --write-baseline');
    }
    return { command: 'init', force, baseline, scan };
}
function parseScanArgs(rest) {
    const args = {
        command: 'scan',
        paths: [],
        format: 'text',
        outputs: [],
        namespace: 'default',
        failOn: 'error',
        category: 'saguard',
        verbose: false,
        color: undefined,
        kustomize: [],
        kustomizeRemote: false,
        helmCharts: [],
        values: [],
        set: [],
        release: undefined,
        maxResults: 25_000,
        config: undefined,
        noConfig: false,
        knownServiceAccounts: [],
        baseline: undefined,
        writeBaseline: undefined,
        shard: undefined,
    };
    eachOption(rest, (a, word, take) => {
        switch (a) {
            case '--format':
            case '-f': {
                const v = take();
                if (!isFormat(v))
                    throw new UsageError(`--format takes ${FORMATS.join(', ')}, not ${JSON.stringify(v)}`);
                args.format = v;
                break;
            }
            case '--output': {
                const v = take();
                const k = v.indexOf('=');
                const fmt = k > 0 ? v.slice(0, k) : '';
                if (k <= 0 || !isFormat(fmt) || k === v.length - 1) {
                    throw new UsageError(`--output takes FORMAT=FILE with FORMAT one of ${FORMATS.join(', ')}, not ${JSON.stringify(v)}`);
                }
                args.outputs.push({ format: fmt, file: v.slice(k + 1) });
                break;
            }
            case '--namespace':
            case '-n': {
                const v = take();
                if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v) || v.length > 63)
                    throw new UsageError(`--namespace ${JSON.stringify(v)} is not a valid namespace name`);
                args.namespace = v;
                break;
            }
            case '--fail-on': {
                const v = take();
                if (!FAIL_ON.includes(v))
                    throw new UsageError(`--fail-on takes ${FAIL_ON.join(', ')}, not ${JSON.stringify(v)}`);
                args.failOn = v;
                break;
            }
            case '--category': {
                const v = take();
                if (!/^[A-Za-z0-9_.\-/]+$/.test(v))
                    throw new UsageError(`--category ${JSON.stringify(v)} may use letters, digits and _ . - / only`);
                args.category = v.replace(/\/+$/, '');
                break;
            }
            case '--max-results':
                args.maxResults = maxResults(take());
                break;
            case '--shard': {
                const v = take();
                const shard = (0,_analyze_shard_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShard */ .uK)(v);
                if (!shard)
                    throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N ≤ 1000 (e.g. 2/4), not ${JSON.stringify(v)}`);
                args.shard = shard;
                break;
            }
            case '--kustomize':
                args.kustomize.push(take());
                break;
            case '--kustomize-remote':
                args.kustomizeRemote = true;
                break;
            case '--helm-chart':
                args.helmCharts.push(take());
                break;
            case '--values':
                args.values.push(take());
                break;
            case '--set': {
                const v = take();
                if (!v.includes('='))
                    throw new UsageError(`--set takes KEY=VALUE, not ${JSON.stringify(v)}`);
                args.set.push(v);
                break;
            }
            case '--release':
                args.release = take();
                break;
            case '--config':
                args.config = take();
                break;
            case '--no-config':
                args.noConfig = true;
                break;
            case '--known-service-account': {
                const v = take();
                if (!_config_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCOUNT_PATTERN */ .j.test(v))
                    throw new UsageError(`--known-service-account takes NAMESPACE/NAME (globs allowed, e.g. kube-system/*), not ${JSON.stringify(v)}`);
                args.knownServiceAccounts.push(v);
                break;
            }
            case '--baseline':
                args.baseline = take();
                break;
            case '--write-baseline':
                args.writeBaseline = take();
                break;
            case '--verbose':
            case '-v':
                args.verbose = true;
                break;
            case '--no-color':
                args.color = false;
                break;
            case '--color':
                args.color = true;
                break;
            default:
                if (a.startsWith('-') && a !== '-')
                    throw new UsageError(`unknown option ${a}; see saguard help`);
                args.paths.push(word);
        }
    });
    if (args.kustomizeRemote && args.kustomize.length === 0)
        throw new UsageError('--kustomize-remote goes with --kustomize DIR');
    if ((args.values.length > 0 || args.set.length > 0 || args.release) && args.helmCharts.length === 0) {
        throw new UsageError('--values, --set and --release go with --helm-chart DIR');
    }
    if (args.config !== undefined && args.noConfig)
        throw new UsageError('--config and --no-config exclude each other');
    if (args.paths.length === 0 && args.kustomize.length === 0 && args.helmCharts.length === 0)
        args.paths.push('.');
    return args;
}
function parseRbacArgs(command, rest) {
    const args = {
        command,
        verb: '',
        target: '',
        as: undefined,
        asGroups: [],
        namespace: undefined,
        subresource: undefined,
        files: [],
        output: 'text',
        builtins: true,
        paths: false,
        objectsNamespace: 'default',
    };
    const positional = [];
    eachOption(rest, (a, word, take) => {
        switch (a) {
            case '-f':
            case '--filename':
                args.files.push(take());
                break;
            case '--as':
                args.as = take();
                break;
            case '--as-group':
                args.asGroups.push(take());
                break;
            case '-n':
            case '--namespace':
                args.namespace = take();
                break;
            case '--subresource':
                args.subresource = take();
                break;
            case '-o':
            case '--output': {
                const v = take();
                if (v !== 'text' && v !== 'json')
                    throw new UsageError(`${a} takes text or json, not ${JSON.stringify(v)}`);
                args.output = v;
                break;
            }
            case '--no-builtins':
                args.builtins = false;
                break;
            case '--paths':
                if (command === 'can-i')
                    throw new UsageError('--paths goes with who-can and access, not can-i');
                args.paths = true;
                break;
            case '--objects-namespace':
                args.objectsNamespace = take();
                break;
            default:
                if (a.startsWith('-') && a !== '-')
                    throw new UsageError(`unknown option ${a} for ${command}; see saguard help`);
                positional.push(word);
        }
    });
    if (args.files.length === 0)
        throw new UsageError(`${command} needs the manifests: -f PATH (repeatable)`);
    if (command === 'access') {
        if (positional.length > 0)
            throw new UsageError(`access takes no arguments besides options, got ${JSON.stringify(positional[0])}`);
        if (args.as === undefined)
            throw new UsageError('access needs --as USER');
        return args;
    }
    if (positional.length !== 2)
        throw new UsageError(`${command} takes VERB and TYPE[/NAME] or VERB and /URL, e.g. ${command} get secrets -n shop`);
    [args.verb, args.target] = positional;
    if (command === 'can-i' && args.as === undefined)
        throw new UsageError("can-i needs --as USER (offline, there is no current user; --as '' with --as-group asks about groups only)");
    if (args.target.startsWith('/') && (args.namespace !== undefined || args.subresource !== undefined)) {
        throw new UsageError('a non-resource URL takes no --namespace or --subresource');
    }
    return args;
}


/***/ }),

/***/ 1294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Generated by scripts/generate.js from package.json; do not edit.
const VERSION = '0.1.0';


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8476);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
