export const id = 142;
export const ids = [142];
export const modules = {

/***/ 7142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubClient: () => (/* binding */ GitHubClient)
/* harmony export */ });
/* unused harmony exports MAX_RESPONSE_BYTES, MAX_FILE_PAGES */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1294);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(649);
/**
 * The GitHub REST calls the Action makes, through Octokit: `getOctokit` of `@actions/github`
 * (requests go through `HTTPS_PROXY`/`HTTP_PROXY` unless `NO_PROXY` says otherwise), with
 * `@octokit/plugin-throttling` (writes paced, rate limits waited out) and `@octokit/plugin-retry`
 * (5xx and timeouts retried), and Octokit's pagination.
 *
 * Nothing here waits past the caller's deadline: every request carries it, a try is bounded, a
 * retry or a rate-limit wait that would end after it is not made. Every answer is read up to a
 * size cap and checked for the shape the Action reads; a 2xx without it is an error like any
 * other. Errors are `ApiError`s, for the caller to turn into a warning and a fallback — reporting
 * problems never fail the step.
 */








/** GitHub's answers are small JSON; a body larger than this is refused, not read. */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** GitHub lists at most 3,000 files of a pull request, 100 per page. */
const MAX_FILE_PAGES = 30;
/** An answer saguard refuses to read (too large, not JSON, from elsewhere): not retried. */
class BadAnswer extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** A try that got no answer in time (retried while time remains). */
class TryTimedOut extends Error {
}
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Reads a body, refusing more than `max` bytes (a declared length over it is refused unread). */
async function readCapped(res, max) {
    if (!res.body)
        return null;
    const tooLarge = () => new BadAnswer(`the answer is larger than the ${Math.round(max / 1048576)} MiB saguard reads`, res.status);
    if (Number(res.headers.get('content-length')) > max) {
        await res.body.cancel().catch(() => undefined);
        throw tooLarge();
    }
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > max) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge();
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}
/** Every answer of a successful call the Action makes is a JSON object or list. */
function checkJson(body, status) {
    const text = body ? Buffer.from(body).toString('utf8') : '';
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new BadAnswer(`without the expected JSON (got ${text.trim() === '' ? 'an empty body' : JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)})`, status);
    }
    if (typeof data !== 'object' || data === null)
        throw new BadAnswer(`without the expected JSON (got ${JSON.stringify(data)})`, status);
}
class GitHubClient {
    octokit;
    timing;
    /** The deadline of the call in progress (the Action makes one call at a time). */
    active;
    constructor(opts) {
        const timing = (this.timing = opts.timing ?? _deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TIMING */ .ft);
        const max = opts.maxResponseBytes ?? MAX_RESPONSE_BYTES;
        const log = opts.log ?? (() => undefined);
        const origin = new URL(opts.baseUrl).origin;
        // @actions/github's fetch: undici with the runner's proxy settings for GITHUB_API_URL.
        const proxyFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
        /** One try: bounded by the request timeout and the call's deadline; the answer read with a cap and checked. */
        const boundedFetch = async (url, init = {}) => {
            // A `link` to another host would carry the token there.
            if (new URL(url).origin !== origin)
                throw new BadAnswer(`a link to ${new URL(url).origin}, not ${origin}`, 200);
            const deadline = this.active?.signal;
            const tryMs = Math.min(timing.requestTimeoutMs, this.active?.remaining() ?? Infinity);
            const perTry = AbortSignal.timeout(tryMs);
            const signal = deadline ? AbortSignal.any([deadline, perTry]) : perTry;
            let res;
            let body;
            try {
                res = await proxyFetch(url, { ...init, signal });
                body = await readCapped(res, max);
            }
            catch (e) {
                if (e instanceof BadAnswer)
                    throw e;
                // Octokit does not retry an AbortError: the deadline has passed. A try that timed out is retried.
                if (deadline?.aborted)
                    throw Object.assign(new Error('the deadline passed'), { name: 'AbortError' });
                if (perTry.aborted)
                    throw new TryTimedOut(`no answer within ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSeconds */ .Xo)(tryMs)}`);
                throw e;
            }
            if (res.ok && res.status !== 204)
                checkJson(body, res.status);
            return new Response([101, 204, 205, 304].includes(res.status) ? null : body, { status: res.status, statusText: res.statusText, headers: res.headers });
        };
        /** Before the retry plugin decides: no retry whose wait would end after the deadline, none of a refused answer. */
        const budget = (octokit) => {
            octokit.hook.error('request', (error, options) => {
                const next = ((options.request.retryCount ?? 0) + 1) ** 2 * timing.retryBaseMs;
                if (error.cause instanceof BadAnswer || (this.active && this.active.remaining() <= next))
                    options.request.retries = 0;
                throw error;
            });
        };
        /**
         * Outermost: each request gets its own `request` options. Octokit hands every call without
         * per-call request options the instance's shared object, and the retry and throttling plugins
         * write their counters into it: a retry count (or the budget's "no more retries") would carry
         * over to the next call. (Hooks share one options object, so it is replaced in place.)
         */
        const isolate = (octokit) => {
            octokit.hook.wrap('request', (request, options) => {
                options.request = { ...options.request };
                return request();
            });
        };
        const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
            const wait = retryAfter * timing.secondMs;
            const left = this.active?.remaining() ?? Infinity;
            const what = `${options.method} ${new URL(options.url, origin).pathname}`;
            if (retryCount >= timing.retries || wait >= left) {
                log(`saguard: ${what} hit GitHub's ${kind}; waiting ${retryAfter} s would pass the time saguard allows it, so it is not retried`);
                return false;
            }
            log(`saguard: ${what} hit GitHub's ${kind}; retrying in ${retryAfter} s`);
            return true;
        };
        this.octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
            baseUrl: opts.baseUrl.replace(/\/+$/, ''),
            userAgent: `saguard/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}`,
            request: { fetch: boundedFetch },
            log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
            retry: { retries: timing.retries, retryAfterBaseValue: timing.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
            throttle: {
                onRateLimit: onLimit('rate limit'),
                onSecondaryRateLimit: onLimit('secondary rate limit'),
                retryAfterBaseValue: timing.secondMs,
                fallbackSecondaryRateRetryAfter: 60,
                // Writes one at a time, `writeGapMs` apart (the plugin's own pace is one a second).
                write: new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__.Group({ id: 'saguard-write', maxConcurrent: 1, minTime: timing.writeGapMs }),
            },
        }, budget, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A, isolate);
    }
    /** Runs one API call within `deadline`; any failure, or an answer without the expected shape, becomes an ApiError naming the request. */
    async call(deadline, method, path, fn, shape) {
        if (deadline.expired())
            throw new _deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(deadline.spent(`${method} ${path}`), undefined, true);
        let res;
        this.active = deadline;
        try {
            res = await fn();
        }
        catch (e) {
            const err = e;
            if (err.name === 'AbortError' || err.cause instanceof TryTimedOut || deadline.expired())
                throw new _deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(new _deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .DeadlineError */ .j3(`${method} ${path}`, deadline.ms).message, undefined, true);
            if (err.cause instanceof BadAnswer)
                throw new _deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(`${method} ${path}: ${err.cause.status} ${err.cause.message}`, err.cause.status);
            const status = err.response !== undefined && typeof err.status === 'number' ? err.status : undefined;
            throw new _deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(`${method} ${path}: ${status !== undefined ? `${status} ` : ''}${err.message}`, status);
        }
        finally {
            this.active = undefined;
        }
        const value = shape(res.data);
        if (value === undefined) {
            throw new _deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(`${method} ${path}: ${res.status} without the expected JSON (got ${Array.isArray(res.data) ? 'a list' : 'an object'} of another shape)`, res.status);
        }
        return value;
    }
    /** The files of a pull request with their patches, every page (GitHub lists at most 3,000). */
    async pullRequestFiles(deadline, owner, repo, pull) {
        const path = `/repos/${owner}/${repo}/pulls/${pull}/files`;
        const out = [];
        const pages = this.octokit.paginate.iterator(this.octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 })[Symbol.asyncIterator]();
        for (let page = 1; page <= MAX_FILE_PAGES; page++) {
            const files = await this.call(deadline, 'GET', path, async () => {
                const r = await pages.next();
                return r.done ? { status: 200, data: null } : r.value;
            }, (data) => (data === null ? null : Array.isArray(data) && data.every(isPullRequestFile) ? data : undefined));
            if (files === null)
                break;
            out.push(...files);
        }
        return out;
    }
    createCheckRun(deadline, owner, repo, body) {
        return this.call(deadline, 'POST', `/repos/${owner}/${repo}/check-runs`, () => this.octokit.rest.checks.create({ owner, repo, ...body }), checkRunId);
    }
    updateCheckRun(deadline, owner, repo, id, body) {
        return this.call(deadline, 'PATCH', `/repos/${owner}/${repo}/check-runs/${id}`, () => this.octokit.rest.checks.update({ owner, repo, check_run_id: id, ...body }), checkRunId);
    }
    uploadSarif(deadline, owner, repo, body) {
        return this.call(deadline, 'POST', `/repos/${owner}/${repo}/code-scanning/sarifs`, () => this.octokit.rest.codeScanning.uploadSarif({ owner, repo, ...body }), (d) => isObject(d) && typeof d.id === 'string' && d.id !== '' ? d.id : undefined);
    }
    sarifStatus(deadline, owner, repo, id) {
        return this.call(deadline, 'GET', `/repos/${owner}/${repo}/code-scanning/sarifs/${id}`, () => this.octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id: id }), (d) => {
            if (!isObject(d) || !['pending', 'complete', 'failed'].includes(d.processing_status))
                return undefined;
            const errors = Array.isArray(d.errors) ? d.errors.filter((e) => typeof e === 'string') : [];
            return { processing_status: d.processing_status, errors };
        });
    }
}
const isPullRequestFile = (f) => isObject(f) &&
    typeof f.filename === 'string' &&
    f.filename !== '' &&
    typeof f.status === 'string' &&
    (f.patch === undefined || typeof f.patch === 'string') &&
    (f.previous_filename === undefined || typeof f.previous_filename === 'string');
const checkRunId = (d) => (isObject(d) && typeof d.id === 'number' && Number.isSafeInteger(d.id) && d.id > 0 ? d.id : undefined);


/***/ })

};
