import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (false)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (false)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 8317:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _publish_action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9449);

await (0,_publish_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   Xi: () => (/* binding */ timingFrom),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   ft: () => (/* binding */ DEFAULT_TIMING),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   j3: () => (/* binding */ DeadlineError)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(336);
/**
 * Time bounds for the Action's reporting to GitHub: one deadline shared by every API phase (the
 * pull request's files, the check run, the SARIF upload and its processing), and a bound per phase
 * inside it, so one slow phase cannot starve the others and an API that never answers cannot hold
 * the step.
 */

const DEFAULT_TIMING = {
    deadlineMs: 150_000,
    filesMs: 45_000,
    checkRunMs: 60_000,
    uploadMs: 60_000,
    requestTimeoutMs: 30_000,
    retries: 3,
    retryBaseMs: 1000,
    secondMs: 1000,
    writeGapMs: 1000,
    pollBaseMs: 1000,
};
/**
 * The timing, with the internal `SAGUARD_API_TIMING` variable (JSON, any subset of the keys)
 * applied: it exists so tests do not wait out real backoff; it is not a user setting.
 */
function timingFrom(env) {
    const raw = env.SAGUARD_API_TIMING;
    if (!raw)
        return DEFAULT_TIMING;
    let over;
    try {
        over = JSON.parse(raw);
    }
    catch {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`SAGUARD_API_TIMING is not JSON: ${JSON.stringify(raw.slice(0, 80))}`);
    }
    const out = { ...DEFAULT_TIMING };
    for (const [k, v] of Object.entries(typeof over === 'object' && over !== null ? over : {})) {
        if (!(k in DEFAULT_TIMING) || typeof v !== 'number' || !(v >= 0))
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`SAGUARD_API_TIMING: ${k} must be one of ${Object.keys(DEFAULT_TIMING).join(', ')}, a number of milliseconds`);
        out[k] = v;
    }
    return out;
}
/** A GitHub API call that failed, answered what the Action cannot use, or ran out of time. */
class ApiError extends Error {
    status;
    timedOut;
    constructor(message, status, 
    /** The deadline of the call passed. */
    timedOut = false) {
        super(message);
        this.status = status;
        this.timedOut = timedOut;
    }
}
/** Thrown when a deadline passes: not retried, reported as what was skipped. */
class DeadlineError extends Error {
    what;
    ms;
    name = 'AbortError';
    constructor(what, ms) {
        super(`${what}: GitHub did not answer within the ${formatSeconds(ms)} saguard allows it`);
        this.what = what;
        this.ms = ms;
    }
}
const formatSeconds = (ms) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);
class Deadline {
    what;
    now;
    at;
    /** The bound in effect: `ms`, or what was left of the parent deadline if that was less. */
    ms;
    signal;
    /** The outermost deadline (the one reporting as a whole has). */
    root;
    constructor(
    /** What the bound is of, for messages. */
    what, ms, now = Date.now, parent) {
        this.what = what;
        this.now = now;
        const start = now();
        this.at = Math.min(start + ms, parent?.at ?? Infinity);
        this.ms = Math.max(0, this.at - start);
        this.root = parent?.root ?? this;
        const own = AbortSignal.timeout(Math.max(0, this.ms));
        this.signal = parent ? AbortSignal.any([parent.signal, own]) : own;
    }
    remaining() {
        return Math.max(0, this.at - this.now());
    }
    expired() {
        return this.remaining() === 0 || this.signal.aborted;
    }
    /** A phase: bounded by `ms` and by what is left of this deadline. */
    phase(what, ms) {
        return new Deadline(what, ms, this.now, this);
    }
    /** Why a request of `what` was not even sent: the time for all reporting had run out. */
    spent(what) {
        return `${what}: not sent, the ${formatSeconds(this.root.ms)} saguard allows for reporting to GitHub had run out`;
    }
}


/***/ }),

/***/ 336:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports INPUTS, OUTPUTS, usableToken */
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6347);

class ConfigError extends Error {
}
const INPUTS = [
    {
        name: 'paths',
        default: '',
        description: 'Newline-separated files, directories or globs of rendered manifests, relative to the workspace; when empty, the repository (checkout-path) unless helm-charts or kustomize-dirs is set.',
    },
    { name: 'helm-charts', default: '', description: 'Newline-separated Helm chart directories to render with helm template (helm on PATH); findings land in the templates.' },
    { name: 'helm-values', default: '', description: 'Newline-separated values files passed to every chart.' },
    {
        name: 'kustomize-dirs',
        default: '',
        description: 'Newline-separated kustomization directories to build (kustomize or kubectl kustomize on PATH); findings land in the resource and patch files.',
    },
    {
        name: 'kustomize-remote',
        default: 'false',
        description: 'Let kustomize load remote resources (URLs, git repositories) named by kustomize-dirs (true or false); off, such a kustomization is a configuration error.',
    },
    {
        name: 'checkout-path',
        default: '',
        description: 'Where the repository was checked out (actions/checkout path:), relative to the workspace; reported paths are relative to it. Default: the workspace.',
    },
    { name: 'namespace', default: 'default', description: 'Namespace of namespaced objects that name none (a Helm release namespace).' },
    { name: 'fail-on', default: 'error', description: 'Fail the step on findings at or above this level: error, warning, note or none.' },
    { name: 'sarif-file', default: 'saguard.sarif', description: 'Where the SARIF log is written, inside the workspace (always, also when the step fails).' },
    { name: 'category', default: 'saguard', description: 'SARIF automationDetails category; set one per matrix shard.' },
    {
        name: 'annotations',
        default: 'auto',
        description: 'How findings become annotations: auto (a check run when the token may create one, else workflow commands), check-run, workflow-commands (within GitHub\'s caps), none.',
    },
    {
        name: 'filter-mode',
        default: 'added',
        description: 'On pull requests, which findings become annotations: added (on added lines), diff_context (in the diff hunks), file (in changed files), nofilter.',
    },
    { name: 'summary', default: 'true', description: 'Write the job summary (true or false).' },
    {
        name: 'upload-sarif',
        default: 'false',
        description: 'Also upload the SARIF to code scanning through the REST API (needs security-events: write); annotations: auto then makes no check run, since code scanning shows the findings.',
    },
    { name: 'wait-for-processing', default: 'true', description: 'With upload-sarif, wait until code scanning has processed the upload (within the reporting deadline) and warn when it failed.' },
    {
        name: 'token',
        default: '${{ github.token }}',
        description: 'Token for the GitHub API (pull request files, check runs, SARIF upload). Empty turns API use off: changed lines come from git, annotations are workflow commands.',
    },
];
const OUTPUTS = [
    { name: 'sarif-file', description: 'Path of the SARIF log.' },
    { name: 'findings', description: 'Number of findings (not suppressed).' },
    { name: 'errors', description: 'Number of error findings.' },
    { name: 'warnings', description: 'Number of warning findings.' },
    { name: 'notes', description: 'Number of note findings.' },
    { name: 'new-findings', description: 'Number of findings on the pull request\'s changed lines (as filter-mode defines them); all findings outside pull requests.' },
    { name: 'summary-file', description: "Path of a copy of the Markdown summary, in the runner's temporary folder (out of the checked-out tree)." },
    { name: 'sarif-id', description: 'The id of the SARIF upload to code scanning (with upload-sarif), to follow it with the API.' },
];
/** An empty token, or one that is obviously not a token (an unexpanded expression, `null`), turns API use off. */
function usableToken(token) {
    const t = token.trim();
    return t !== '' && !t.startsWith('${{') && !/^(null|undefined|false|none)$/i.test(t);
}
/** Reads `INPUT_<NAME>` as the runner sets it (upper case, hyphens kept), falling back to the defaults. */
function readInputs(env) {
    const get = (name) => {
        const raw = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
        const v = raw?.trim() ?? '';
        return v === '' ? INPUTS.find((i) => i.name === name).default : v;
    };
    const oneOf = (name, allowed) => {
        const v = get(name);
        if (!allowed.includes(v)) {
            throw new ConfigError(`input ${name} is ${JSON.stringify(v)}; expected one of ${allowed.join(', ')}`);
        }
        return v;
    };
    const bool = (name) => {
        const v = get(name);
        if (['true', 'True', 'TRUE'].includes(v))
            return true;
        if (['false', 'False', 'FALSE'].includes(v))
            return false;
        throw new ConfigError(`input ${name} is ${JSON.stringify(v)}; expected true or false`);
    };
    const lines = (name) => get(name)
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
    const paths = lines('paths');
    const kustomizeDirs = lines('kustomize-dirs');
    const helmCharts = lines('helm-charts');
    const helmValues = lines('helm-values');
    if (helmValues.length > 0 && helmCharts.length === 0)
        throw new ConfigError('input helm-values is set but helm-charts is empty; values go with charts');
    const checkoutPath = get('checkout-path').replace(/\\/g, '/').replace(/\/+$/, '');
    if (checkoutPath.startsWith('/') || /^[A-Za-z]:/.test(checkoutPath) || checkoutPath.split('/').includes('..')) {
        throw new ConfigError(`input checkout-path is ${JSON.stringify(checkoutPath)}; expected a folder inside the workspace, relative to it (the path: given to actions/checkout)`);
    }
    const namespace = get('namespace');
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || namespace.length > 63) {
        throw new ConfigError(`input namespace is ${JSON.stringify(namespace)}; expected a namespace name (lower-case letters, digits and -)`);
    }
    const sarifFile = get('sarif-file');
    if (/[\0\r\n]/.test(sarifFile) || /[\\/]$/.test(sarifFile)) {
        throw new ConfigError(`input sarif-file is ${JSON.stringify(sarifFile)}; expected the path of a file inside the workspace`);
    }
    const category = get('category').replace(/\/+$/, '');
    if (!/^[A-Za-z0-9_.\-/]+$/.test(category)) {
        throw new ConfigError(`input category is ${JSON.stringify(category)}; use letters, digits and _ . - / only`);
    }
    return {
        // Only rendered output is scanned when charts or kustomizations are named: the repository's own
        // copies of rendered manifests would be scanned twice.
        paths: paths.length > 0 || kustomizeDirs.length > 0 || helmCharts.length > 0 ? paths : [checkoutPath || '.'],
        helmCharts,
        helmValues,
        kustomizeDirs,
        kustomizeRemote: bool('kustomize-remote'),
        checkoutPath,
        namespace,
        failOn: oneOf('fail-on', ['error', 'warning', 'note', 'none']),
        sarifFile,
        category,
        annotations: oneOf('annotations', ['auto', 'check-run', 'workflow-commands', 'none']),
        filterMode: oneOf('filter-mode', _diff_js__WEBPACK_IMPORTED_MODULE_0__/* .FILTER_MODES */ .ox),
        summary: bool('summary'),
        uploadSarif: bool('upload-sarif'),
        waitForProcessing: bool('wait-for-processing'),
        // An empty input reads as the default, which outside a runner is the unexpanded expression.
        token: usableToken(env.INPUT_TOKEN ?? '') ? env.INPUT_TOKEN.trim() : '',
    };
}


/***/ }),

/***/ 9449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_node_fs_namespaceObject, 2);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/src/load/kinds.js
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
    const templatePath = podTemplatePath(obj.ref.group, obj.ref.kind);
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
            if (o.ref.group !== RBAC_GROUP)
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
            if (o.ref.group === RBAC_GROUP && reader.string(o, ['metadata', 'annotations', AUTOUPDATE]) === 'false')
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
        if (b.roleRef.apiGroup !== RBAC_GROUP && b.roleRef.apiGroup !== '')
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
const sameRoleRef = (a, b) => a.roleRef.kind === b.roleRef.kind && a.roleRef.name === b.roleRef.name && (a.roleRef.apiGroup || RBAC_GROUP) === (b.roleRef.apiGroup || RBAC_GROUP);
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
            return GSA_EMAIL.test(value) ? undefined : 'a Google service-account e-mail (`NAME@PROJECT_ID.iam.gserviceaccount.com`)';
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
 * The ServiceAccount a principal names exactly: `<td>/ns/<ns>/sa/<sa>` (the `spiffe://` scheme
 * stripped) with the trust domain `cluster.local` (which istiod maps to the mesh's own) or `*`.
 * Undefined for wildcards in the namespace or name, other trust domains and other forms.
 */
function principalAccount(principal) {
    const p = principal.startsWith('spiffe://') ? principal.slice('spiffe://'.length) : principal;
    const parts = p.split('/');
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
                    out.push({ field, entry, path: [...base, field, i], account });
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
    identities;
    constructor(load, options = {}) {
        this.load = load;
        this.options = options;
        this.objects = load.objects;
        this.documents = load.documents;
        this.known = (options.knownServiceAccounts ?? []).map(globToRegExp);
        for (const o of load.objects) {
            const k = gk(o.ref.group, o.ref.kind);
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
    /** The user and groups a ServiceAccount's token authenticates as. */
    static accountUser(a) {
        return { user: serviceAccountUser(a.namespace, a.name), groups: serviceAccountGroups(a.namespace) };
    }
    /** Objects of a kind, in input order. */
    ofKind(group, kind) {
        return this.byKind.get(gk(group, kind)) ?? [];
    }
    /** The object with this identity; the last one wins when the set repeats it, as `kubectl apply` would. */
    find(group, kind, namespace, name) {
        const all = this.byName.get(`${gk(group, kind)}|${namespace ?? ''}|${name}`);
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
        return this.known.some((r) => r.test(key));
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
        if (group === RBAC_GROUP && (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')) {
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
/** `*` matches any run of characters except `/`; `**` any run. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                re += '.*';
                i++;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
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
        means: 'intercept or rewrite every API request with admission webhooks',
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


;// CONCATENATED MODULE: ./lib/src/rules/_rbac.js



const isRole = (o) => o.ref.group === RBAC_GROUP && (o.ref.kind === 'Role' || o.ref.kind === 'ClusterRole');
const isBinding = (o) => o.ref.group === RBAC_GROUP && (o.ref.kind === 'RoleBinding' || o.ref.kind === 'ClusterRoleBinding');
const UP = { note: 'warning', warning: 'error', error: 'error' };
const DOWN = { note: 'note', warning: 'note', error: 'warning' };
function levelForScope(level, scope) {
    return scope === 'cluster' ? UP[level] : scope === 'unbound' ? DOWN[level] : level;
}
const bindingLabel = (b) => `${b.kind} \`${b.namespace ? `${b.namespace}/` : ''}${b.name}\``;
const roleLabel = (r) => `${r.kind} \`${r.namespace ? `${r.namespace}/` : ''}${r.name}\``;
/** "bound cluster-wide by ClusterRoleBinding `x`", "bound in namespace `ns` by RoleBinding `y`", "not bound in the scanned set". */
function scopePhrase(engine, role) {
    const bs = engine.grantingBindings(role).filter((b) => b.subjects.length > 0);
    const cluster = bs.filter((b) => b.kind === 'ClusterRoleBinding');
    const more = (n) => (n > 1 ? ` and ${n - 1} more` : '');
    if (cluster.length > 0)
        return `bound cluster-wide by ${bindingLabel(cluster[0])}${more(cluster.length)}`;
    if (bs.length > 0)
        return `bound in namespace \`${bs[0].namespace}\` by ${bindingLabel(bs[0])}${more(bs.length)}`;
    return 'not bound in the scanned set';
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
        description: "A workload runs as its namespace's `default` ServiceAccount, which every other workload of the namespace that names no account shares; an error when that account holds grants or a cloud identity in the set.",
        level: 'warning',
        tags: ['security', 'service-accounts', 'cis-5.1.5'],
        securitySeverity: '4.0',
        precision: 'very-high',
        messages: {
            implicit: 'pod template names no ServiceAccount, so it runs as `default` of namespace `{namespace}`; give the workload its own account',
            explicit: 'pod template runs as ServiceAccount `default` of namespace `{namespace}`; give the workload its own account',
            implicitGranted: 'pod template names no ServiceAccount, so it runs as `default` of namespace `{namespace}`, which holds grants in the set ({bindings}); give the workload its own account and take the grants off `default`',
            implicitCloud: 'pod template names no ServiceAccount, so it runs as `default` of namespace `{namespace}`, which carries a {cloud} identity; give the workload its own account',
            explicitCloud: 'pod template runs as ServiceAccount `default` of namespace `{namespace}`, which carries a {cloud} identity; give the workload its own account',
            explicitGranted: 'pod template runs as ServiceAccount `default` of namespace `{namespace}`, which holds grants in the set ({bindings}); give the workload its own account and take the grants off `default`',
        },
        remediation: 'Create a ServiceAccount for the workload, set `serviceAccountName` to it, and grant that account only what the workload needs.',
        references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/'],
        docs: {
            rationale: "Every namespace has a `default` account and every pod that names no account runs as it. Permissions granted to it for one workload are held by all of them, and an attacker in any such pod gets them. The CIS Kubernetes Benchmark (5.1.5) asks that default accounts are not actively used.",
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
        // Grants to `default` in the set (by name, as a User, or through its groups) raise it to an error.
        const grants = inv.rbac.grantsInSet(Inventory.accountUser(w.account));
        const implicit = w.accountSource === 'default';
        const cloud = w.accountObject ? inv.cloudIdentitiesOf(w.accountObject) : [];
        if (cloud.length > 0 && grants.length === 0) {
            ctx.report({
                messageId: implicit ? 'implicitCloud' : 'explicitCloud',
                level: 'error',
                data: { namespace: w.account.namespace, cloud: cloud[0].cloud },
                path: w.accountPath ?? w.pod.ref.specPath,
                related: [{ object: w.accountObject, path: ['metadata', 'annotations', cloud[0].annotation], label: `ServiceAccount \`${w.account.namespace}/default\`` }],
            });
            return;
        }
        ctx.report({
            messageId: grants.length > 0 ? (implicit ? 'implicitGranted' : 'explicitGranted') : implicit ? 'implicit' : 'explicit',
            level: grants.length > 0 ? 'error' : 'warning',
            data: { namespace: w.account.namespace, bindings: grants.slice(0, 3).map(bindingLabel).join(', ') + (grants.length > 3 ? ` and ${grants.length - 3} more` : '') },
            path: w.accountPath ?? w.pod.ref.specPath,
            related: grants.filter((b) => b.object).slice(0, 10).map((b) => ({ object: b.object, path: ['roleRef', 'name'], label: bindingLabel(b) })),
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/deprecated-service-account-field.js

/* harmony default export */ const deprecated_service_account_field = (defineRule({
    id: 'deprecated-service-account-field',
    meta: {
        title: 'Deprecated `serviceAccount` field',
        description: 'A pod spec sets the deprecated `serviceAccount` field; when it disagrees with `serviceAccountName`, the pod does not run as the account the author may think.',
        level: 'warning',
        tags: ['security', 'service-accounts'],
        securitySeverity: '3.0',
        precision: 'very-high',
        messages: {
            deprecated: '`serviceAccount` is deprecated; write `serviceAccountName: {name}` instead',
            conflict: '`serviceAccount: {deprecated}` disagrees with `serviceAccountName: {name}`; the pod runs as `{name}`, remove `serviceAccount`',
        },
        remediation: 'Replace `serviceAccount` with `serviceAccountName` and keep a single account name.',
        references: ['https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context'],
        docs: {
            rationale: '`spec.serviceAccount` is a deprecated alias of `serviceAccountName`. The API server uses it only when `serviceAccountName` is empty, so a manifest that sets both to different names documents one identity and runs as another, and reviewers read the wrong one.',
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
            byDefault: 'the API token of ServiceAccount `{account}` is mounted because neither the pod nor the account sets `automountServiceAccountToken`; set it to `false` in the pod spec, or to `true` if the workload calls the API',
            byAccount: 'the API token of ServiceAccount `{account}` is mounted because the account sets `automountServiceAccountToken: true`; set it in the pod spec, `false` unless the workload calls the API',
            useless: 'the API token of ServiceAccount `{account}` is mounted ({decided}) but the account holds no grants in the set beyond the built-in defaults, so the workload has no use for it; set `automountServiceAccountToken: false` in the pod spec',
            accountUnknown: 'the API token of ServiceAccount `{account}` is mounted: the pod does not set `automountServiceAccountToken` and the account is not in the scanned set, so its setting is unknown (treated as unset); set it in the pod spec',
        },
        remediation: 'Set `automountServiceAccountToken: false` in the pod spec, or `true` when the workload really calls the Kubernetes API.',
        references: [
            'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
        ],
        docs: {
            rationale: 'Unless disabled, every pod gets a token for its ServiceAccount at `/var/run/secrets/kubernetes.io/serviceaccount`. Most workloads never call the Kubernetes API, and for them the token is only something to steal. The pod field overrides the account field (SPEC §3.1), so the pod spec is where the decision is visible to reviewers: saguard asks every workload to state it there, and the message says which setting decided today. When the account holds no grants in the set beyond the built-in defaults (discovery), the message says the token is of no use to the workload.',
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
        const messageId = w.token.decidedBy === 'account' ? 'byAccount' : w.token.accountKnown ? 'byDefault' : 'accountUnknown';
        const useless = ctx.inventory.rbac.grantsInSet(Inventory.accountUser(w.account)).length === 0;
        const decided = { byAccount: 'the account sets `automountServiceAccountToken: true`', byDefault: 'neither the pod nor the account sets `automountServiceAccountToken`', accountUnknown: 'the pod does not set `automountServiceAccountToken` and the account is not in the scanned set' }[messageId];
        ctx.report({
            messageId: useless ? 'useless' : messageId,
            data: { account: `${w.account.namespace}/${w.account.name}`, decided },
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
            namespace: 'namespace `{namespace}` has no `default` ServiceAccount with `automountServiceAccountToken: false` in the set, and no Kyverno or Gatekeeper policy that sets it',
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
        title: 'ServiceAccount not in the set',
        description: 'A workload names a ServiceAccount that is neither in the scanned set nor declared as created elsewhere (`knownServiceAccounts`).',
        level: 'warning',
        tags: ['security', 'service-accounts'],
        securitySeverity: '3.0',
        precision: 'high',
        messages: {
            missing: 'ServiceAccount `{name}` is not in the scanned set for namespace `{namespace}`; pods are refused until it exists, so add it or list `{namespace}/{name}` in `knownServiceAccounts`',
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
        ctx.report({ messageId: 'missing', data: { name: w.account.name, namespace: w.account.namespace }, path: w.accountPath });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/shared-service-account.js

/* harmony default export */ const shared_service_account = (defineRule({
    id: 'shared-service-account',
    meta: {
        title: 'ServiceAccount shared by several workloads',
        description: 'One non-default ServiceAccount is used by several different workloads, so each holds the permissions and cloud identity all of them need.',
        level: 'note',
        tags: ['security', 'service-accounts'],
        securitySeverity: '2.0',
        precision: 'high',
        messages: {
            shared: 'ServiceAccount `{account}` is also used by {others}; give each workload its own account',
        },
        remediation: 'Give each workload its own ServiceAccount and bind to each only the roles it needs.',
        references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
        docs: {
            rationale: 'Permissions are granted to accounts, not to workloads. When two workloads share an account, each holds the union of what both need, and a compromise of the weaker one yields the stronger one\'s rights. Separate accounts also make audit logs say which workload acted.',
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
    appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
    check(o, ctx) {
        const inv = ctx.inventory;
        const w = inv.workloadOf(o);
        if (w.account.name === 'default' || !w.accountPath)
            return;
        // The same object repeated (two install variants in one scan) is one workload, not two.
        const identity = (x) => `${x.object.ref.group}/${x.object.ref.kind}/${x.object.ref.name}`;
        const seen = new Set([identity(w)]);
        const others = inv.workloadsOf(w.account).filter((x) => {
            const id = identity(x);
            if (seen.has(id))
                return false;
            seen.add(id);
            return true;
        });
        if (others.length === 0)
            return;
        const shown = others.slice(0, 5).map((x) => describe(x.object));
        const more = others.length > 5 ? ` and ${others.length - 5} more` : '';
        ctx.report({
            messageId: 'shared',
            data: { account: `${w.account.namespace}/${w.account.name}`, others: shown.join(', ') + more },
            path: w.accountPath,
            related: others.slice(0, 20).map((x) => ({ object: x.object, path: x.accountPath ?? x.pod.ref.specPath, label: describe(x.object) })),
        });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/unused-service-account.js

/* harmony default export */ const unused_service_account = (defineRule({
    id: 'unused-service-account',
    meta: {
        title: 'ServiceAccount used by nothing in the set',
        description: 'A ServiceAccount that no workload, binding, token Secret, policy or operator resource in the set refers to.',
        level: 'note',
        tags: ['security', 'service-accounts'],
        securitySeverity: '1.0',
        precision: 'medium',
        messages: {
            unused: 'ServiceAccount `{name}` of namespace `{namespace}` is used by no workload, binding or policy in the set; remove it, or check how its users spell it',
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
        const w = inv.workloadOf(o);
        const ns = w.account.namespace;
        const tokenSecret = (name) => {
            const s = inv.secret(ns, name);
            if (!s || !inv.isLegacyTokenSecret(s))
                return undefined;
            const account = inv.reader.string(s, ['metadata', 'annotations', 'kubernetes.io/service-account.name']) ?? '?';
            return { account: `${ns}/${account}`, secret: s };
        };
        const report = (messageId, path, data, name) => {
            const t = tokenSecret(name);
            if (!t)
                return;
            ctx.report({
                messageId,
                path,
                data: { ...data, secret: name, account: t.account },
                related: [{ object: t.secret, path: ['type'], label: `Secret \`${ns}/${name}\`` }],
            });
        };
        for (const v of w.pod.volumes)
            for (const s of v.secrets)
                report('volume', s.path, { volume: v.name ?? '?' }, s.name);
        for (const c of w.pod.containers) {
            for (const e of c.env)
                if (e.secretRef)
                    report('env', e.secretRef.path, { variable: e.name ?? '?', container: c.name ?? '?' }, e.secretRef.name);
            for (const e of c.envFrom)
                if (e.secretRef)
                    report('envFrom', e.secretRef.path, { container: c.name ?? '?' }, e.secretRef.name);
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
            maxExpirationSeconds: { type: 'number', default: 86400, description: 'Longest acceptable token lifetime, in seconds.' },
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



/** "a, b and c" */
const and = (xs) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
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
            const implies = rights.length > 0 ? `; it includes the rights to ${and(rights)}` : '';
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
        securitySeverity: '7.5',
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
        securitySeverity: '7.0',
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
        securitySeverity: '7.0',
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
    classify: (grant) => (grant.narrowed ? undefined : { messageId: 'grant', level: 'error' }),
    meta: {
        title: "ClusterRole writes admission webhooks or policies",
        description: "A ClusterRole grants create, update, patch or delete on mutating or validating webhook configurations, or on validating admission policies and their bindings.",
        level: 'error',
        tags: ["security", "rbac", "cis-5.1.12"],
        securitySeverity: '8.5',
        precision: 'high',
        messages: {
            grant: "this rule of {role} grants `{verb}` on `{resource}`: its holders intercept, rewrite or switch off the admission of every API request; the role is {scope}",
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
        securitySeverity: '7.0',
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
        description: 'A roleRef names a role that is neither in the set nor built in, a RoleBinding names a Role of another namespace, or a ClusterRoleBinding names a Role: the binding grants nothing.',
        level: 'warning',
        tags: ['security', 'rbac'],
        securitySeverity: '3.0',
        precision: 'high',
        messages: {
            missing: '{kind} `{name}` is neither in the scanned set nor built in, so this binding grants nothing; a role created later under that name is granted at once',
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
        tags: ['security', 'rbac', 'input'],
        securitySeverity: '4.0',
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
                if (apiGroup !== '' && apiGroup !== RBAC_GROUP)
                    ctx.report({ messageId: 'apiGroup', data: { name: s.name, kind: s.kind, apiGroup, expected: `\`${RBAC_GROUP}\`` }, path: [...p, 'apiGroup'] });
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
/** "a, b and c" */
const aggregate_to_builtin_and = (xs) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
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
        const targets = aggregate_to_builtin_and([...new Set(labels.flatMap((k) => FEEDS[k.slice(PREFIX.length)]))].map((t) => `\`${t}\``));
        const data = { label: labels[0], name: role.name, targets };
        const path = ['metadata', 'labels', labels[0]];
        // Built-in roles may be bound cluster-wide: judge what the rules give there.
        const sensitive = rulesHold(rules, SENSITIVE, { scope: 'cluster' });
        if (sensitive.length > 0) {
            ctx.report({ messageId: 'sensitive', level: 'error', data: { ...data, means: aggregate_to_builtin_and(sensitive.map((h) => h.permission.short)) }, path, key: true });
        }
        else if (rules.every((r) => r.verbs.every((v) => READ_VERBS.has(v)))) {
            ctx.report({ messageId: 'reads', level: 'note', data, path, key: true });
        }
        else
            ctx.report({ messageId: 'adds', data, path, key: true });
    },
}));

;// CONCATENATED MODULE: ./lib/src/rules/builtin-rbac-redefined.js





/** "a, b and c" */
const builtin_rbac_redefined_and = (xs) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
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
                data: { kind, name, annotation: AUTOUPDATE, adds: means.length > 0 ? `, and they add the rights to ${builtin_rbac_redefined_and(means)}` : '' },
                path,
            });
        }
        else if (means.length > 0)
            ctx.report({ messageId: 'widens', level: 'error', data: { kind, name, means: builtin_rbac_redefined_and(means) }, path });
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
        tags: ['security', 'rbac'],
        securitySeverity: '3.0',
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
        tags: ['security', 'workload-identity'],
        securitySeverity: '4.0',
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
        securitySeverity: '3.0',
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
            accounts: '{cloud} identity `{value}` is also federated to {others}; every pod of those accounts holds it',
            workloads: 'ServiceAccount `{account}` carries the {cloud} identity `{value}` and runs {workloads}; each of them holds it',
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
        if (mine.length === 0)
            return;
        const id = (x) => `${x.ref.namespace}/${x.ref.name}`;
        for (const identity of mine) {
            const others = inv.accountsWithIdentity(identity.annotation, identity.value).filter((x) => id(x) !== id(o));
            const distinct = [...new Map(others.map((x) => [id(x), x])).values()];
            if (distinct.length > 0) {
                ctx.report({
                    messageId: 'accounts',
                    data: { cloud: identity.cloud, value: identity.value, others: distinct.slice(0, 5).map((a) => `ServiceAccount \`${id(a)}\``).join(', ') },
                    path: ['metadata', 'annotations', identity.annotation],
                    related: distinct.slice(0, 10).map((a) => ({ object: a, path: ['metadata', 'annotations', identity.annotation], label: `ServiceAccount \`${id(a)}\`` })),
                });
            }
            const workloads = [...new Map(inv.workloadsOf({ namespace: o.ref.namespace, name: o.ref.name }).map((w) => [`${w.object.ref.kind}/${w.object.ref.name}`, w])).values()];
            if (workloads.length > 1) {
                ctx.report({
                    messageId: 'workloads',
                    data: { account: id(o), cloud: identity.cloud, value: identity.value, workloads: workloads.slice(0, 5).map((w) => describe(w.object)).join(', ') },
                    path: ['metadata', 'annotations', identity.annotation],
                    related: workloads.slice(0, 10).map((w) => ({ object: w.object, path: w.accountPath ?? w.pod.ref.specPath, label: describe(w.object) })),
                });
            }
        }
    },
}));

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
        tags: ['security', 'network-identity'],
        securitySeverity: '5.0',
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
            policyNamespace: 'ServiceAccount `{name}` is not in namespace `{namespace}` in the scanned set; a NetworkPolicy rule without namespaceSelector matches accounts of its own namespace only',
            anyNamespace: 'no namespace of the scanned set has a ServiceAccount `{name}`, so this rule matches no pod',
            selected: 'none of the namespaces the namespaceSelector reaches ({namespaces}) has a ServiceAccount `{name}` in the scanned set',
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
        description: '`serviceAccountSelector` or a rule\'s `serviceAccounts.selector` matches no ServiceAccount of the scanned set in the namespaces it reaches.',
        level: 'warning',
        tags: ['security', 'network-identity'],
        securitySeverity: '4.0',
        precision: 'high',
        messages: {
            empty: '`{field}` `{selector}` matches no ServiceAccount of the scanned set in {where}; ServiceAccount selectors test the account\'s labels (and `projectcalico.org/name`), not the pod\'s',
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
            const where = scope.all ? 'any namespace' : scope.namespaces.length === 0 ? 'the namespaces its namespaceSelector reaches (none in the set)' : `namespace ${scope.namespaces.map((n) => `\`${n.name}\``).join(', ')}`;
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
        description: 'An Istio AuthorizationPolicy principal (`cluster.local/ns/NS/sa/NAME`) or `serviceAccounts` entry names a ServiceAccount that is not in the scanned set, or a `default` account.',
        level: 'warning',
        tags: ['security', 'network-identity'],
        securitySeverity: '5.0',
        precision: 'high',
        messages: {
            unknown: '{field} entry `{entry}` names ServiceAccount `{account}`, which is not in the scanned set; a typo here silently matches nobody (or, in a DENY policy, protects nothing)',
            default: '{field} entry `{entry}` names the `default` ServiceAccount of namespace `{namespace}`, which every pod that names no account runs as; name the workload\'s own account',
        },
        remediation: 'Use the exact namespace and ServiceAccount name of the workload (`cluster.local/ns/NS/sa/NAME`), give workloads their own accounts, or list accounts created elsewhere in `knownServiceAccounts`.',
        references: ['https://istio.io/latest/docs/reference/config/security/authorization-policy/#Source'],
        docs: {
            rationale: "Istio matches principals as strings: a principal for an account that does not exist matches no peer, so an ALLOW rule grants nothing and a DENY rule blocks nothing, without any error. The `default` account is shared by every pod that names no account, so allowing it allows all of them. `spiffe://` is stripped and `cluster.local` stands for the mesh's trust domain; principals with wildcards in the namespace or name and principals of other trust domains are not judged.",
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
        for (const { field, entry, path, account } of identityEntries(o, inv.reader)) {
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
        description: 'A document that looks like a Kubernetes object is not valid YAML, or exceeds the limits saguard sets on untrusted input (alias expansion, nesting).',
        level: 'error',
        tags: ['security', 'input'],
        securitySeverity: '5.0',
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

;// CONCATENATED MODULE: ./lib/src/rules/duplicate-key.js

/* harmony default export */ const duplicate_key = (defineRule({
    id: 'duplicate-key',
    meta: {
        title: 'Duplicated mapping key',
        description: 'A mapping repeats a key. The API server\'s strict field validation rejects it; lenient decoding keeps the last value and hides the first.',
        level: 'error',
        tags: ['security', 'input'],
        securitySeverity: '4.0',
        precision: 'very-high',
        messages: {
            duplicate: 'key `{key}` repeats an earlier key of the same mapping; the last value wins and the first is silently ignored, so keep one',
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
                messageId: 'duplicate',
                data: { key: dup.key },
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
        tags: ['security', 'input'],
        securitySeverity: '4.0',
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
        tags: ['security', 'input'],
        securitySeverity: '4.0',
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

;// CONCATENATED MODULE: ./lib/src/rules/index.js




















































const RULES = [
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
];
const BY_ID = new Map(RULES.map((r) => [r.id, r]));
function ruleById(id) {
    return BY_ID.get(id);
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
function escape_escapeControls(s) {
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
    return escape_escapeControls(s)
        .replace(/[\\`*_~[\]<>!&:@]/g, '\\$&')
        .replace(/(www)\./gi, '$1\\.');
}
/**
 * A Markdown code span holding `s` literally, whatever backticks it contains: the fence is one
 * backtick longer than the longest run inside, padded with a space where CommonMark strips one.
 */
function markdownCode(s) {
    const v = escape_escapeControls(s);
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
    return escape_escapeControls(s).replace(/[[\]]/g, '\\$&');
}

;// CONCATENATED MODULE: ./lib/src/report/messages.js


const PLACEHOLDER = /\{(\w+)\}/g;
function messages_formatMessage(f, style = 'plain') {
    const template = ruleById(f.ruleId)?.meta.messages[f.messageId];
    if (template === undefined)
        throw new Error(`rule ${f.ruleId} has no message ${f.messageId}`);
    const fill = (t, write) => t.replace(PLACEHOLDER, (m, k) => {
        const v = f.data[k];
        return v === undefined ? m : write(String(v));
    });
    if (style !== 'markdown')
        return fill(template, style === 'sarif' ? sarifText : escape_escapeControls);
    // The template is ours: its backtick pairs are code spans, refilled with the raw values and re-fenced.
    const parts = template.split('`');
    if (parts.length % 2 === 0)
        return fill(template, markdownValue);
    return parts.map((p, i) => (i % 2 === 1 ? markdownCode(fill(p, (v) => v)) : fill(p, markdownValue))).join('');
}
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

const rendered_text = (s, style) => (style === 'markdown' ? markdownText(s) : style === 'sarif' ? sarifText(s) : escape_escapeControls(s));
const code = (s, style) => (style === 'markdown' ? markdownCode(s) : `\`${rendered_text(s, style)}\``);
const keyPath = (path) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
/**
 * For findings not placed on their own node: why the line is another one
 * (placed on `rules`, the nearest parent written in the source: …).
 */
function rendered_placementNote(f, style = 'plain') {
    const r = f.rendered;
    if (!r || r.mapping === 'exact')
        return undefined;
    if (r.mapping === 'parent' && r.path && r.path.length > 0) {
        return `placed on ${code(keyPath(r.path), style)}, the nearest parent written in the source: the value comes from a template action, a values file or a generator`;
    }
    return 'placed on the first line of the source document: the node is not written there';
}
/** Where the finding is in the rendered output, and the other renderings that gave it. */
function rendered_renderedNote(f, style = 'plain') {
    const r = f.rendered;
    if (!r)
        return undefined;
    const also = r.also && r.also.length > 0 ? `; also in ${r.also.map((a) => rendered_text(a, style)).join(', ')}` : '';
    return `${rendered_text(r.renderer, style)}, line ${r.region.startLine}:${r.region.startColumn}${also}`;
}
/** The message of a finding with its placement note and the other overlays, for one-line displays (annotations, SARIF, summary). */
function withPlacement(message, f, style = 'plain') {
    const note = rendered_placementNote(f, style);
    const also = f.rendered?.also && f.rendered.also.length > 0 ? ` (also in ${f.rendered.also.map((a) => rendered_text(a, style)).join(', ')})` : '';
    return (note ? `${message.replace(/[.\s]+$/, '')} (${note})` : message) + also;
}

;// CONCATENATED MODULE: ./lib/src/report/github.js



/** GitHub keeps at most 10 annotations of each level per step (and 50 per job). */
const ANNOTATIONS_PER_LEVEL = 10;
const ANNOTATIONS_PER_JOB = 50;
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' };
const RANK = { error: 0, warning: 1, note: 2 };
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function workflowCommand(f) {
    const r = f.location.region;
    const props = [`file=${escapeProperty(f.location.file)}`, `line=${r.startLine}`, `endLine=${r.endLine}`];
    if (r.startLine === r.endLine)
        props.push(`col=${r.startColumn}`, `endColumn=${r.endColumn}`);
    const title = `${ruleById(f.ruleId)?.meta.title ?? f.ruleId} (${f.ruleId})`;
    props.push(`title=${escapeProperty(title)}`);
    return `::${COMMAND[f.level]} ${props.join(',')}::${escapeData(withPlacement(messages_formatMessage(f), f))}`;
}
/**
 * The findings that fit, most severe first. `reserved` keeps room for the annotations the step
 * itself makes at each level (its own notices and warnings, and the error of `core.setFailed`):
 * they count against the same caps, and what does not fit is dropped by GitHub without a word.
 */
function selectAnnotations(findings, reserved = {}) {
    const ordered = findings.filter((f) => !f.suppression).slice().sort((a, b) => RANK[a.level] - RANK[b.level]);
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

;// CONCATENATED MODULE: ./lib/src/publish/action/log.js
/**
 * What the Action tells the runner: log lines, its own notices, warnings and errors as workflow
 * commands, outputs through the `GITHUB_OUTPUT` file, the exit code.
 *
 * These are the few runner commands of @actions/core, written with the escaping the findings'
 * annotations already use (`report/github.ts`): @actions/core bundles an HTTP client (undici, for
 * OIDC tokens saguard never asks for) whose loading alone costs about as much CPU as scanning a
 * small repository, on every run.
 */




const log_COMMAND = { error: 'error', warning: 'warning', note: 'notice' };
/** A workflow command without properties: `::warning::message`. */
function issue(level, message) {
    process.stdout.write(`::${log_COMMAND[level]}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** Fails the step: exit code 1 and one error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    issue('error', message);
}
/**
 * Sets a step output (`name<<DELIMITER` … `DELIMITER` in `GITHUB_OUTPUT`, as @actions/core writes
 * it). Outside a runner, without `GITHUB_OUTPUT`, there is nowhere to set it.
 */
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file)
        return;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    external_node_fs_namespaceObject.appendFileSync(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
/** The step's own messages in the workflow log, counted: they share GitHub's annotation caps with the findings. */
class ActionLog {
    /** Annotations the step has made of its own, by level. */
    counts = { error: 0, warning: 0, note: 0 };
    info(message) {
        process.stdout.write(message + external_node_os_namespaceObject.EOL);
    }
    notice(message) {
        this.counts.note++;
        issue('note', message);
    }
    warning(message) {
        this.counts.warning++;
        issue('warning', message);
    }
    /** Fails the step (one error annotation). */
    fail(message) {
        this.counts.error++;
        setFailed(message);
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./lib/src/load/lines.js
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
    starts;
    constructor(text) {
        this.text = text;
        const starts = [0];
        let i = text.indexOf('\n');
        while (i !== -1) {
            starts.push(i + 1);
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

;// CONCATENATED MODULE: ./lib/src/load/split.js
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
const KIND_RE = /^kind:[ \t]*["']?([A-Za-z0-9_.-]+)/m;
const API_RE = /^apiVersion:[ \t]*["']?([A-Za-z0-9_./-]+)/m;
const SOURCE_RE = /^#[ \t]*Source:[ \t]*(\S.*?)[ \t\r]*$/m;
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
    const first = /\S/.exec(text.replace(/^(---|#.*|%.*)$/gm, ''));
    const json = first !== null && (first[0] === '{' || first[0] === '[');
    return { start, end, text, apiVersion, kind, helmSource, json };
}
function splitDocuments(text) {
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
    const segments = [];
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
        segments.push(sniff(seg, start, end));
    }
    return segments;
}

;// CONCATENATED MODULE: ./lib/src/load/yaml.js
/**
 * YAML documents as the Kubernetes API server reads them: YAML 1.1 scalars (`no` is false,
 * `"false"` is a string), merge keys, the last of duplicate keys wins (and is reported), alias
 * expansion bounded. Every value keeps its node, so a JSON path resolves to a position.
 */

/** Nodes that may be produced through aliases before a document counts as an alias bomb. */
const ALIAS_EXPANSION_LIMIT = 100_000;
/** Deeper nesting than this is refused (the API server's own decoder limits depth too). */
const MAX_DEPTH = 500;
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
        (0,dist/* visit */.YR)(doc, {
            Node: (_key, node) => {
                if ((0,dist/* isAlias */.Vj)(node)) {
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
    if ((0,dist/* isScalar */.jn)(key)) {
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
    if (!(0,dist/* isScalar */.jn)(key))
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
        if ((0,dist/* isScalar */.jn)(node))
            return scalarValue(node);
        if ((0,dist/* isAlias */.Vj)(node)) {
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
        if ((0,dist/* isMap */.jh)(node)) {
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
                        this.duplicates.push({ key, path: [...path], start: kr[0], end: kr[1], firstStart: fr[0], firstEnd: fr[1] });
                    }
                }
                seen.set(key, pair);
                path.push(key);
                setKey(obj, key, this.convert(pair.value, path, depth + 1, viaAlias));
                path.pop();
            }
            // Merge keys: keys written in the mapping win over merged ones; earlier sources win over later.
            for (const m of merges) {
                const sources = (0,dist/* isSeq */.oP)(m) ? m.items : [m];
                for (const s of sources) {
                    const v = this.convert(s, path, depth + 1, viaAlias || (0,dist/* isAlias */.Vj)(s));
                    if (v && typeof v === 'object' && !Array.isArray(v)) {
                        for (const [k, val] of Object.entries(v))
                            if (!Object.prototype.hasOwnProperty.call(obj, k))
                                setKey(obj, k, val);
                    }
                }
            }
            return obj;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const arr = [];
            node.items.forEach((item, i) => {
                path.push(i);
                arr.push(this.convert(item, path, depth + 1, viaAlias));
                path.pop();
            });
            return arr;
        }
        if ((0,dist/* isPair */.tO)(node))
            return null;
        return null;
    }
}
function internalProblem(e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { code: 'internal', message: message.split('\n')[0].slice(0, 300), start: 0, end: 1 };
}
/** Parses one document segment. Never throws. */
function parseYamlSegment(text) {
    let docs;
    try {
        const parsed = (0,dist/* parseAllDocuments */.hR)(text, PARSE_OPTIONS);
        docs = Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        // The parser recurses; absurd nesting can exhaust the stack.
        return [
            {
                doc: undefined,
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
        return { doc, value, duplicates: conv.duplicates, problems };
    });
}
function findPair(doc, map, key, depth = 0) {
    if (!(0,dist/* isMap */.jh)(map) || depth > 20)
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
        const sources = (0,dist/* isSeq */.oP)(m) ? m.items : [m];
        for (const s of sources) {
            const target = (0,dist/* isAlias */.Vj)(s) ? resolveAlias(doc, s) : s;
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
        if ((0,dist/* isAlias */.Vj)(node))
            node = resolveAlias(doc, node);
        if (typeof step === 'number' && (0,dist/* isSeq */.oP)(node)) {
            const item = node.items[step];
            if (item === undefined)
                break;
            node = item;
            key = null;
        }
        else if ((0,dist/* isMap */.jh)(node)) {
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

;// CONCATENATED MODULE: ./lib/src/load/nodes.js

const isScalarish = (n) => (0,dist/* isScalar */.jn)(n) || (0,dist/* isAlias */.Vj)(n);
const isCollection = (n) => (0,dist/* isMap */.jh)(n) || (0,dist/* isSeq */.oP)(n);

;// CONCATENATED MODULE: ./lib/src/load/load.js
/** Bytes → Kubernetes objects with positions, plus the problems found while reading. */






/** One parsed YAML document of a file. */
class LoadedDocument {
    file;
    index;
    lines;
    offset;
    doc;
    segment;
    duplicates;
    problems;
    constructor(file, index, lines, offset, doc, segment, duplicates, problems) {
        this.file = file;
        this.index = index;
        this.lines = lines;
        this.offset = offset;
        this.doc = doc;
        this.segment = segment;
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
        if (!this.doc)
            return this.lines.region(this.offset, this.offset + 1);
        const { node, key } = nodeAt(this.doc, path);
        if (node && isScalarish(node) && node.range)
            return this.regionOf(node.range[0], node.range[1]);
        if (key?.range)
            return this.regionOf(key.range[0], key.range[1]);
        if (node?.range) {
            if (isCollection(node))
                return this.lines.firstLineRegion(this.offset + node.range[0], this.offset + node.range[1]);
            return this.regionOf(node.range[0], node.range[1]);
        }
        return this.lines.region(this.offset, this.offset + 1);
    }
    /** Region of the key at a path (the `name:` part), falling back to `locate`. */
    locateKey(path) {
        if (!this.doc)
            return this.locate(path);
        const { key, matched } = nodeAt(this.doc, path);
        if (key?.range && matched === path.length)
            return this.regionOf(key.range[0], key.range[1]);
        return this.locate(path);
    }
    /**
     * Region of one character inside a one-line scalar (a column within a selector, say): exact for
     * plain scalars and for quoted ones without escapes; the whole scalar otherwise.
     */
    locateInScalar(path, offset) {
        const whole = this.locate(path);
        if (!this.doc)
            return whole;
        const { node, matched } = nodeAt(this.doc, path);
        if (matched !== path.length || !node || !(0,dist/* isScalar */.jn)(node) || !node.range)
            return whole;
        const [start, end] = node.range;
        const raw = this.lines.text.slice(this.offset + start, this.offset + end);
        if (raw.includes('\n'))
            return whole;
        let at;
        if (node.type === 'PLAIN')
            at = start + offset;
        else if (node.type === 'QUOTE_DOUBLE' && !raw.includes('\\'))
            at = start + 1 + offset;
        else if (node.type === 'QUOTE_SINGLE' && !raw.slice(1, -1).includes("''"))
            at = start + 1 + offset;
        else
            return whole;
        if (at >= end)
            at = Math.max(start, end - 1);
        return this.regionOf(at, at + 1);
    }
    /** The text of the scalar at a path as written in the file (`no`, `"false"`), if it is a scalar. */
    sourceOf(path) {
        if (!this.doc)
            return undefined;
        const { node, matched } = nodeAt(this.doc, path);
        if (matched !== path.length || !node || !(0,dist/* isScalar */.jn)(node))
            return undefined;
        return node.source ?? undefined;
    }
    /** True when the exact path exists in the document. */
    has(path) {
        return !!this.doc && nodeAt(this.doc, path).matched === path.length;
    }
}
const load_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function shouldParse(seg) {
    if (seg.json || seg.kind === undefined || seg.apiVersion === undefined)
        return true;
    if (seg.kind.endsWith('List'))
        return true;
    const { group } = splitApiVersion(seg.apiVersion);
    return !isUnreadKind(group, seg.kind);
}
function loadSources(files, options) {
    const documents = [];
    const objects = [];
    const skipped = [];
    const unread = [];
    // `files` counts the files read; those that were not are in `unread`.
    const stats = { files: 0, bytes: 0, documents: 0, parsed: 0, unread: 0 };
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
        const lines = new LineIndex(text);
        const segments = file.path.endsWith('.json') ? [wholeFile(text)] : splitDocuments(text);
        let index = 0;
        for (const seg of segments) {
            stats.documents++;
            if (!shouldParse(seg)) {
                stats.unread++;
                index++;
                continue;
            }
            stats.parsed++;
            for (const parsed of parseYamlSegment(seg.text)) {
                const ld = new LoadedDocument(file.path, index++, lines, seg.start, parsed.doc, seg, parsed.duplicates, parsed.problems);
                documents.push(ld);
                if (parsed.problems.length > 0) {
                    if (!ld.looksLikeObject && parsed.problems[0].code !== 'internal') {
                        skipped.push({ file: file.path, line: lines.position(seg.start).line, reason: `not valid YAML: ${parsed.problems[0].message}` });
                    }
                    continue;
                }
                try {
                    collectObjects(parsed.value, ld, options, objects, skipped);
                }
                catch (e) {
                    // A bug must not lose the rest of the scan: the document is reported as not read.
                    parsed.problems.push(internalProblem(e));
                }
            }
        }
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
    if (!load_isRecord(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') {
        skipped.push({ file: doc.file, line, reason: 'not a Kubernetes object (no apiVersion and kind)' });
        return;
    }
    const add = (v, basePath) => {
        const apiVersion = v.apiVersion;
        const kind = v.kind;
        const { group, version } = splitApiVersion(apiVersion);
        const metadata = load_isRecord(v.metadata) ? v.metadata : {};
        const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? `${metadata.generateName}*` : '';
        const clusterScoped = isClusterScoped(group, kind);
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
            if (load_isRecord(item) && typeof item.apiVersion === 'string' && typeof item.kind === 'string')
                add(item, ['items', i]);
            else
                skipped.push({ file: doc.file, line: doc.locate(['items', i]).startLine, reason: 'List item is not a Kubernetes object' });
        });
        return;
    }
    add(value, []);
}

;// CONCATENATED MODULE: ./lib/src/analyze/analyze.js

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
/** Level of a finding: the case's own level for mixed rules, lowered or raised by configuration. */
function levelOf(rule, setting, own) {
    if (setting.level === 'off')
        return 'note';
    if (setting.level !== rule.meta.level)
        return setting.level;
    return own ?? rule.meta.level;
}
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
function analyze(inventory, rules, settings) {
    const findings = [];
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
                        const full = [...o.basePath, ...r.path];
                        const region = r.offset !== undefined ? o.document.locateInScalar(full, r.offset) : r.key ? o.document.locateKey(full) : o.document.locate(full);
                        findings.push({
                            ruleId: rule.id,
                            messageId: r.messageId,
                            data: r.data ?? {},
                            level: levelOf(rule, setting, r.level),
                            object: o.ref,
                            path: [...r.path],
                            location: { file: o.document.file, region },
                            related: relatedOf(r.related),
                        });
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
    return sortFindings(dedupe(findings));
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
    return (cmp(a.location.file, b.location.file) ||
        a.location.region.startLine - b.location.region.startLine ||
        a.location.region.startColumn - b.location.region.startColumn ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.messageId, b.messageId) ||
        cmp(JSON.stringify(a.data), JSON.stringify(b.data)));
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function sortFindings(findings) {
    return findings.sort(compareFindings);
}

;// CONCATENATED MODULE: ./lib/src/index.js




function lint(sources, config = {}) {
    const inventory = inventoryOf(sources, config);
    const load = inventory.load;
    const settings = new Map();
    for (const rule of RULES) {
        const c = config.rules?.[rule.id];
        settings.set(rule.id, ruleSettings(rule, typeof c === 'string' ? { level: c } : c));
    }
    const findings = analyze(inventory, RULES, settings);
    return { findings, rules: RULES, skipped: load.skipped, stats: { ...load.stats, objects: load.objects.length } };
}
/** Loads sources into an inventory (objects, workloads, the RBAC engine) without running rules. */
function inventoryOf(sources, config = {}) {
    // The same set gives the same output whatever order the files were named in.
    const ordered = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const load = loadSources(ordered, { namespace: config.namespace ?? 'default' });
    return new Inventory(load, { knownServiceAccounts: config.knownServiceAccounts ?? [], builtins: config.builtins !== false });
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
    const window = new Uint16Array(BLOCK_SIZE);
    const lineNumbers = new Int32Array(BLOCK_SIZE).fill(-1);
    const counts = new Counts();
    let hi = 0;
    let lo = 0;
    let index = 0;
    let lineNumber = 0;
    let lineStart = true;
    let prevCR = false;
    let done = false;
    const outputHash = () => {
        const line = lineNumbers[index];
        const n = counts.bump(hi, lo);
        if (!wanted || wanted.has(line))
            out.set(line, `${hex(hi, lo)}:${n}`);
        lineNumbers[index] = -1;
        if (line >= last)
            done = true;
    };
    // hash = 37 * hash + current - 37^100 * begin (mod 2^64)
    const update = (current) => {
        const begin = window[index];
        window[index] = current;
        let l = lo * MOD + current;
        let carry = Math.floor(l / TWO32);
        l -= carry * TWO32;
        let h = hi * MOD + carry;
        const pl = begin * FIRST_LO;
        const pc = Math.floor(pl / TWO32);
        l -= pl - pc * TWO32;
        h -= begin * FIRST_HI + pc;
        if (l < 0) {
            l += TWO32;
            h -= 1;
        }
        carry = Math.floor(h / TWO32);
        hi = h - carry * TWO32;
        lo = l;
        index = index + 1 === BLOCK_SIZE ? 0 : index + 1;
    };
    const step = (c) => {
        let current = c;
        if (current === SPACE || current === TAB || (prevCR && current === LF)) {
            prevCR = false;
            return;
        }
        if (current === CR) {
            current = LF;
            prevCR = true;
        }
        else
            prevCR = false;
        if (lineNumbers[index] !== -1)
            outputHash();
        if (lineStart) {
            lineStart = false;
            lineNumber++;
            lineNumbers[index] = lineNumber;
        }
        if (current === LF)
            lineStart = true;
        update(current);
    };
    for (let i = 0; i < text.length && !done; i++)
        step(text.charCodeAt(i));
    if (done)
        return out;
    step(EOF);
    for (let i = 0; i < BLOCK_SIZE && !done; i++) {
        if (lineNumbers[index] !== -1)
            outputHash();
        update(0);
    }
    return out;
}

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

// EXTERNAL MODULE: ./lib/src/version.js
var version = __nccwpck_require__(1294);
;// CONCATENATED MODULE: ./lib/src/report/sarif.js
/** SARIF 2.1.0 for GitHub code scanning, built as typed objects. */







const INFORMATION_URI = 'https://github.com/saguard/saguard';
const helpUri = (id) => `${INFORMATION_URI}/blob/main/docs/rules/${id}.md`;
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
function ruleDescriptor(rule) {
    const m = rule.meta;
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
            'security-severity': m.securitySeverity,
        },
    };
}
function region(r) {
    return { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn };
}
function artifact(file) {
    return { uri: encodeURI(file), uriBaseId: '%SRCROOT%' };
}
/** `saguard/v1`: rule + file + object identity + field path, stable when lines move. */
function saguardFingerprint(f) {
    const identity = f.object
        ? `${f.object.group}/${f.object.kind}/${f.object.namespace ?? ''}/${f.object.name}|${f.path.join('.')}`
        : `#${f.documentIndex ?? 0}|${JSON.stringify(f.data)}`;
    return (0,external_node_crypto_.createHash)('sha256').update(`${f.ruleId}|${f.location.file}|${identity}`).digest('hex').slice(0, 32);
}
/** GitHub code scanning rejects a run with more results than this (GITHUB.md). */
const GITHUB_MAX_RESULTS = 25_000;
/** Logs with more results than this are written as compact JSON (nobody reads them by eye). */
const COMPACT_ABOVE_RESULTS = 5_000;
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
/**
 * The findings a log of at most `max` results holds: the most severe (by level, unsuppressed before
 * suppressed, then by the rule's security-severity), in their given order; and those left out.
 */
function capFindings(findings, rules, max = GITHUB_MAX_RESULTS) {
    if (findings.length <= max)
        return { kept: [...findings], left: [] };
    const severity = new Map(rules.map((r) => [r.id, Number(r.meta.securitySeverity) || 0]));
    const order = findings.map((f, i) => ({ f, i }));
    order.sort((a, b) => LEVEL_RANK[a.f.level] - LEVEL_RANK[b.f.level] ||
        Number(!!a.f.suppression) - Number(!!b.f.suppression) ||
        (severity.get(b.f.ruleId) ?? 0) - (severity.get(a.f.ruleId) ?? 0) ||
        a.i - b.i);
    const keep = new Set(order.slice(0, max).map((x) => x.i));
    const kept = [];
    const left = [];
    findings.forEach((f, i) => (keep.has(i) ? kept : left).push(f));
    return { kept, left };
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
        let text = withPlacement(messages_formatMessage(f, 'sarif'), f, 'sarif');
        if (f.related.length > 0) {
            text += ` (${f.related.map((r, i) => `[${escape_escapeControls(r.label.replace(/[[\]]/g, ''))}](${i + 1})`).join(', ')})`;
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
                message: { text: escape_escapeControls(r.label.replace(/`/g, '')) },
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
        if (f.suppression)
            result.suppressions = [{ kind: f.suppression.kind, justification: f.suppression.justification }];
        return result;
    };
    const run = {
        tool: {
            driver: {
                name: 'saguard',
                version: version/* VERSION */.x,
                semanticVersion: version/* VERSION */.x,
                informationUri: INFORMATION_URI,
                rules: rules.map(ruleDescriptor),
            },
        },
        automationDetails: { id: `${options.category}/` },
        ...(options.srcRootUri ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.srcRootUri } } } : {}),
        ...(left.length > 0
            ? {
                // GitHub ignores these; other viewers show them, and they say the log is not complete.
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: [{ level: 'warning', message: { text: leftOutSentence(kept.length, left, options.maxResults) } }],
                    },
                ],
                properties: { resultsLeftOut: left.length },
            }
            : {}),
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
    const by = { error: 0, warning: 0, note: 0 };
    for (const f of left)
        by[f.level]++;
    const parts = ['error', 'warning', 'note'].filter((l) => by[l] > 0).map((l) => `${by[l]} ${l}${by[l] === 1 ? '' : 's'}`);
    const why = max >= GITHUB_MAX_RESULTS ? `GitHub code scanning rejects runs of more than ${GITHUB_MAX_RESULTS} results` : `at most ${max} results were asked for`;
    return `the SARIF log holds the ${kept} most severe of ${kept + left.length} findings (${why}); left out: ${parts.join(', ')}`;
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
function decode_decodeText(bytes) {
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
    lstatSync: (p) => external_node_fs_namespaceObject.lstatSync(fsPath(p)),
    statSync: (p) => external_node_fs_namespaceObject.statSync(fsPath(p)),
    readdirSync: (p) => external_node_fs_namespaceObject.readdirSync(fsPath(p), DIRENTS),
    readdir: (p, _o, cb) => external_node_fs_namespaceObject.readdir(fsPath(p), DIRENTS, cb),
    readlinkSync: (p) => external_node_fs_namespaceObject.readlinkSync(fsPath(p), 'latin1'),
    /** The native realpath: the JavaScript one decodes the path as UTF-8 on the way. */
    realpathSync: (p) => external_node_fs_namespaceObject.realpathSync.native(fsPath(p), 'latin1'),
    existsSync: (p) => external_node_fs_namespaceObject.existsSync(fsPath(p)),
    promises: {
        lstat: (p) => external_node_fs_namespaceObject.promises.lstat(fsPath(p)),
        readdir: (p) => external_node_fs_namespaceObject.promises.readdir(fsPath(p), DIRENTS),
        readlink: (p) => external_node_fs_namespaceObject.promises.readlink(fsPath(p), 'latin1'),
        realpath: (p) => external_node_fs_namespaceObject.promises.realpath(fsPath(p), 'latin1'),
    },
};
const isInside = (child, parent) => {
    const r = external_node_path_namespaceObject.relative(parent, child);
    return r === '' || (!r.startsWith('..') && !external_node_path_namespaceObject.isAbsolute(r));
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
        fd = external_node_fs_namespaceObject.openSync(fsPath(real), external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0));
    }
    catch (e) {
        return { kind: 'error', code: e.code ?? e.message };
    }
    try {
        const st = external_node_fs_namespaceObject.fstatSync(fd);
        if (!st.isFile())
            return { kind: 'unread', unread: { reason: 'not-regular', type: kindOf(st) } };
        if (st.size > limit)
            return { kind: 'unread', unread: { reason: 'too-large', size: st.size, limit } };
        // The size can change while reading (or lie, as in /proc): read at most one byte past the cap.
        const chunks = [];
        let total = 0;
        const buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(st.size + 1, 64 * 1024)));
        for (;;) {
            const n = external_node_fs_namespaceObject.readSync(fd, buf, 0, Math.min(buf.length, limit + 1 - total), null);
            if (n === 0)
                break;
            chunks.push(Buffer.from(buf.subarray(0, n)));
            total += n;
            if (total > limit)
                return { kind: 'unread', unread: { reason: 'too-large', size: total, limit } };
        }
        return { kind: 'text', text: decode_decodeText(Buffer.concat(chunks, total)) };
    }
    catch (e) {
        return { kind: 'error', code: e.code ?? e.message };
    }
    finally {
        external_node_fs_namespaceObject.closeSync(fd);
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
    const parts = external_node_path_namespaceObject.relative(root, dir).split(external_node_path_namespaceObject.sep).filter((p) => p !== '');
    let at = root;
    for (const part of parts) {
        at = external_node_path_namespaceObject.join(at, part);
        let st;
        try {
            st = external_node_fs_namespaceObject.lstatSync(at);
        }
        catch {
            try {
                external_node_fs_namespaceObject.mkdirSync(at);
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw new WriteError(`cannot create the folder ${shown(at)} (${reason(e)})`);
            }
            st = external_node_fs_namespaceObject.lstatSync(at);
        }
        if (st.isSymbolicLink())
            throw new WriteError(`${shown(at)} is a symbolic link; saguard does not write through links in the workspace`);
        if (!st.isDirectory())
            throw new WriteError(`${shown(at)} is not a folder`);
    }
}
/** Opens a new temporary file for `file`, as described above (folders checked, opened exclusively). */
function createSafely(file, opts = {}) {
    const abs = external_node_path_namespaceObject.resolve(file);
    const shown = (p) => (opts.root ? external_node_path_namespaceObject.relative(opts.root, p).split(external_node_path_namespaceObject.sep).join('/') || '.' : p);
    const dir = external_node_path_namespaceObject.dirname(abs);
    if (opts.root) {
        if (!isInside(abs, opts.root) || abs === opts.root)
            throw new WriteError(`${file} is outside ${opts.rootName ?? 'the workspace'}`);
        folders(dir, opts.root, shown);
    }
    else {
        try {
            external_node_fs_namespaceObject.mkdirSync(dir, { recursive: true });
        }
        catch (e) {
            throw new WriteError(`cannot create the folder ${dir} (${reason(e)})`);
        }
    }
    try {
        if (external_node_fs_namespaceObject.lstatSync(abs).isDirectory())
            throw new WriteError(`${shown(abs)} is a folder`);
    }
    catch (e) {
        if (e instanceof WriteError)
            throw e;
        // absent: created by the rename
    }
    const tmp = external_node_path_namespaceObject.join(dir, `.${external_node_path_namespaceObject.basename(abs)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let fd;
    try {
        fd = external_node_fs_namespaceObject.openSync(tmp, external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0), 0o644);
    }
    catch (e) {
        throw new WriteError(`cannot write in ${shown(dir)} (${reason(e)})`);
    }
    let open = true;
    const close = () => {
        if (open)
            external_node_fs_namespaceObject.closeSync(fd);
        open = false;
    };
    const abort = () => {
        try {
            close();
        }
        finally {
            try {
                external_node_fs_namespaceObject.unlinkSync(tmp);
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
                external_node_fs_namespaceObject.renameSync(tmp, abs);
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
        external_node_fs_namespaceObject.writeFileSync(out.fd, data);
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
            external_node_fs_namespaceObject.writeSync(out.fd, pending.join(''));
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

;// CONCATENATED MODULE: ./lib/src/report/text.js



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
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function renderText(findings, options) {
    const paint = (code, s) => (options.color ? `${code}${s}${RESET}` : s);
    const lines = [];
    let file;
    const shown = findings.filter((f) => !f.suppression);
    for (const f of shown) {
        if (f.location.file !== file) {
            if (file !== undefined)
                lines.push('');
            file = f.location.file;
            lines.push(paint(BOLD, escapeControls(file)));
        }
        const r = f.location.region;
        lines.push(`${escapeControls(f.location.file)}:${r.startLine}:${r.startColumn} ${paint(COLORS[f.level], f.level)} ${paint(DIM, f.ruleId)} ${formatMessage(f)}`);
        for (const rel of f.related) {
            const at = `${escapeControls(rel.location.file)}:${rel.location.region.startLine}:${rel.location.region.startColumn}`;
            lines.push(paint(DIM, `    ${at} ${escapeControls(rel.label.replace(/`/g, ''))}`));
        }
        const rendered = renderedNote(f);
        if (rendered)
            lines.push(paint(DIM, `    rendered by ${rendered}`));
        const placed = placementNote(f);
        if (placed)
            lines.push(paint(DIM, `    ${placed.replace(/`/g, '')}`));
    }
    const c = countByLevel(findings);
    const total = c.error + c.warning + c.note;
    const suppressed = findings.length - shown.length;
    if (lines.length > 0)
        lines.push('');
    const summary = total === 0
        ? 'no findings'
        : `${plural(total, 'finding')}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}`;
    lines.push(paint(BOLD, summary + (suppressed > 0 ? ` (${suppressed} suppressed)` : '')));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./lib/src/report/markdown.js





/** GitHub refuses step summaries over 1 MiB; stay well below it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
const ICON = { error: '🔴', warning: '🟠', note: '🔵' };
const HEADING = { error: 'Errors', warning: 'Warnings', note: 'Notes' };
const markdown_LEVEL_RANK = { error: 0, warning: 1, note: 2 };
const markdown_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
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
        return markdown_code(cell(label));
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
    else if (outcome && outcome.failing.length > 0) {
        const n = outcome.failing.length;
        const onChanged = changed ? outcome.failing.filter((f) => changed.has(f)).length : undefined;
        const which = onChanged === undefined ? '' : onChanged === n ? (n === 1 ? ', on a line this pull request changes' : ', all on lines this pull request changes') : `, ${onChanged} of them on lines this pull request changes`;
        parts.push(`❌ **The ${step} failed**: ${markdown_plural(n, 'finding')} at or above \`${setting}\`${which}.`);
    }
    else if (outcome) {
        parts.push(outcome.failOn === 'none' ? `✅ **Nothing failed the ${step}** (\`${setting}\`).` : `✅ **Nothing failed the ${step}**: no finding at or above \`${setting}\`.`);
    }
    if (outcome?.error === undefined) {
        if (shown.length === 0)
            parts.push('saguard found no findings.');
        else if (changed) {
            const fresh = shown.filter((f) => changed.has(f)).length;
            parts.push(`${markdown_plural(shown.length, 'finding')}: **${fresh} new** on lines this pull request changes, ${shown.length - fresh} existing.`);
        }
        else {
            const c = countByLevel(shown);
            parts.push(`${markdown_plural(shown.length, 'finding')}: ${markdown_plural(c.error, 'error')}, ${markdown_plural(c.warning, 'warning')}, ${markdown_plural(c.note, 'note')}.`);
        }
    }
    return parts.join(' ');
}
/** Counts by level (one line) and by rule (folded). */
function countsSection(findings, shown) {
    if (shown.length === 0)
        return [];
    const c = countByLevel(findings);
    const out = [`${ICON.error} ${markdown_plural(c.error, 'error')} · ${ICON.warning} ${markdown_plural(c.warning, 'warning')} · ${ICON.note} ${markdown_plural(c.note, 'note')}`, ''];
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
/** The findings in the order they are listed: by level, new (on changed lines) first, then as sorted. */
function ordered(shown, changed) {
    const fresh = (f) => (changed && !changed.has(f) ? 1 : 0);
    return shown
        .map((f, i) => ({ f, i }))
        .sort((a, b) => markdown_LEVEL_RANK[a.f.level] - markdown_LEVEL_RANK[b.f.level] || fresh(a.f) - fresh(b.f) || a.i - b.i)
        .map((x) => x.f);
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
    if (scope.files !== undefined || scope.objects !== undefined) {
        out.push(`- ${[scope.files !== undefined ? markdown_plural(scope.files, 'file') : '', scope.objects !== undefined ? markdown_plural(scope.objects, 'Kubernetes object') : ''].filter(Boolean).join(', ')} read`);
    }
    for (const n of scope.notes ?? [])
        out.push(`- ${n}`);
    out.push('');
    return out;
}
function notShownSection(lines) {
    return lines.length === 0 ? [] : ['### What did not fit', '', ...lines.map((l) => `- ${l}`), ''];
}
function renderMarkdown(findings, options = {}) {
    const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
    const shown = findings.filter((f) => !f.suppression);
    const changed = options.changed;
    const head = [`## ${options.title ?? 'saguard'}`, '', leadSentence(shown, options), '', ...countsSection(findings, shown)];
    const notShown = [...(options.notShown ?? [])];
    if (options.omittedAnnotations) {
        notShown.unshift(`${markdown_plural(options.omittedAnnotations, 'finding')} did not fit GitHub's annotation limits (10 per level and step for workflow commands); the SARIF file and this summary have them.`);
    }
    const middle = [];
    for (const s of options.sections ?? [])
        middle.push(`### ${s.title}`, '', s.markdown.replace(/\n+$/, ''), '');
    const tail = [...middle, ...scannedSection(options.scanned)];
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
        rows.push(`| ${changed ? `${isNew} | ` : ''}\`${f.ruleId}\` | ${locationCell(f, options.links)} | ${cell(withPlacement(messages_formatMessage(f, 'markdown'), f, 'markdown'))} |`);
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

// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __nccwpck_require__(3053);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./node_modules/glob/dist/esm/index.min.js
var re=(r,t,e)=>{let s=r instanceof RegExp?We(r,e):r,i=t instanceof RegExp?We(t,e):t,n=s!==null&&i!=null&&js(s,i,e);return n&&{start:n[0],end:n[1],pre:e.slice(0,n[0]),body:e.slice(n[0]+s.length,n[1]),post:e.slice(n[1]+i.length)}},We=(r,t)=>{let e=t.match(r);return e?e[0]:null},js=(r,t,e)=>{let s,i,n,o,h,a=e.indexOf(r),l=e.indexOf(t,a+1),c=a;if(a>=0&&l>0){if(r===t)return[a,l];for(s=[],n=e.length;c>=0&&!h;){if(c===a)s.push(c),a=e.indexOf(r,c+1);else if(s.length===1){let f=s.pop();f!==void 0&&(h=[f,l])}else i=s.pop(),i!==void 0&&i<n&&(n=i,o=l),l=e.indexOf(t,c+1);c=a<l&&a>=0?a:l}s.length&&o!==void 0&&(h=[n,o])}return h};var $e="\0SLASH"+Math.random()+"\0",Ie="\0OPEN"+Math.random()+"\0",le="\0CLOSE"+Math.random()+"\0",Be="\0COMMA"+Math.random()+"\0",Ue="\0PERIOD"+Math.random()+"\0",Ws=new RegExp($e,"g"),$s=new RegExp(Ie,"g"),Is=new RegExp(le,"g"),Bs=new RegExp(Be,"g"),Us=new RegExp(Ue,"g"),Gs=/\\\\/g,Hs=/\\{/g,qs=/\\}/g,Ks=/\\,/g,Xs=/\\\./g,Vs=1e5,Ys=4e6,Js=1e3,Zs=1e3;function oe(r){return isNaN(r)?r.charCodeAt(0):parseInt(r,10)}function Qs(r){return r.replace(Gs,$e).replace(Hs,Ie).replace(qs,le).replace(Ks,Be).replace(Xs,Ue)}function ti(r){return r.replace(Ws,"\\").replace($s,"{").replace(Is,"}").replace(Bs,",").replace(Us,".")}function he(r,t){for(let e=0;e<t.length;e++)r.push(t[e])}function ei(r){let t=[],e="";for(;;){let s=re("{","}",r);if(!s){let a=r.split(",");return a[0]=e+a[0],he(t,a),t}let{pre:i,body:n,post:o}=s,h=i.split(",");if(h[0]=e+h[0],h[h.length-1]+="{"+n+"}",!o.length)return he(t,h),t;e=h.pop(),he(t,h),r=o}}function Ge(r,t={}){if(!r)return[];let{max:e=Vs,maxLength:s=Ys,maxDepth:i=Js,maxRewrites:n=Zs}=t;return r.slice(0,2)==="{}"&&(r="\\{\\}"+r.slice(2)),ae(Qs(r),e,s,i,0,n,!0).map(ti)}function si(r){return"{"+r+"}"}function ii(r){return/^-?0\d/.test(r)}function ni(r,t){return r<=t}function ri(r,t){return r>=t}function ct(r,t,e,s,i,n){let o=[],h=0;for(let a=0;a<r.length;a++)for(let l=0;l<e.length;l++){if(o.length>=s)return o;let c=r[a]+t+e[l];if(!(n&&!c)){if(h+c.length>i)return o;o.push(c),h+=c.length}}return o}function oi(r,t,e,s){let i=r.split(/\.\./),n=[];if(i[0]===void 0||i[1]===void 0)return n;let o=oe(i[0]),h=oe(i[1]),a=Math.max(i[0].length,i[1].length),l=i.length===3&&i[2]!==void 0?Math.max(Math.abs(oe(i[2])),1):1,c=ni;h<o&&(l*=-1,c=ri);let u=i.some(ii),p=0;for(let g=o;c(g,h)&&n.length<e;g+=l){let d;if(t)d=String.fromCharCode(g),d==="\\"&&(d="");else if(d=String(g),u){let w=a-d.length;if(w>0){let m=new Array(w+1).join("0");g<0?d="-"+m+d.slice(1):d=m+d}}if(p+d.length>s)break;n.push(d),p+=d.length}return n}function ae(r,t,e,s,i,n,o){if(i>s)return[r];let h=[""],a=0,l=!1,c=!0;for(;;){let f=re("{","}",r);if(!f)return ct(h,r,[""],t,e,l);let u=f.pre;if(/\$$/.test(u)){if(h=ct(h,u+"{"+f.body+"}",[""],t,e,l&&!f.post.length),c=!1,!f.post.length)break;r=f.post;continue}let p=/^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(f.body),g=/^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(f.body),d=p||g,w=f.body.indexOf(",")>=0;if(!d&&!w){if(a<n&&f.post.match(/,(?!,).*\}/)){a++,r=f.pre+"{"+f.body+le+f.post,o=!0;continue}return ct(h,u+"{"+f.body+"}"+f.post,[""],t,e,l)}c&&(l=o&&!d,c=!1);let m;if(d)m=oi(f.body,g,t,e);else{let b=ei(f.body);if(b.length===1&&b[0]!==void 0&&(b=ae(b[0],t,e,s,i+1,n,!1).map(si),b.length===1)){if(h=ct(h,u+b[0],[""],t,e,l&&!f.post.length),!f.post.length)break;r=f.post;continue}let x=l&&!f.post.length&&!u;for(let y=0;x&&y<h.length;y++)h[y]&&(x=!1);m=[];let S=0;t:for(let y=0;y<b.length;y++){let q=ae(b[y],t,e,s,i+1,n,!1);for(let W=0;W<q.length;W++){let B=q[W];if(!(x&&!B)){if(m.length>=t||S+B.length>e)break t;m.push(B),S+=B.length}}}}if(h=ct(h,u,m,t,e,l&&!f.post.length),!f.post.length)break;r=f.post}return h}var fe=(r,t)=>r===t?{t:"lit",ch:String(r)}:{t:"class",re:new RegExp(`^[${r}-${t}]$`)},ce=(r,t)=>t.map(e=>[fe(r,r),...e]),ft=(r,t)=>{if(!r)return[[]];let e=+r[0],s=+t[0],i=r.slice(1),n=t.slice(1);if(e===s)return ce(e,ft(i,n));let o="0".repeat(i.length),h="9".repeat(i.length),a=[];i!==o&&a.push(...ce(e++,ft(i,h)));let l=n===h?[]:ce(s--,ft(o,n));return e<=s&&a.push([fe(e,s),...Array.from(i,()=>fe(0,9))]),a.push(...l),a},He=(r,t,e)=>{if(e)return ft(String(r).padStart(e,"0"),String(t).padStart(e,"0"));let s=[];for(let i=String(r).length;i<=String(t).length;i++){let n=Math.max(r,i===1?0:10**(i-1)),o=Math.min(t,10**i-1);s.push(...ft(String(n),String(o)))}return s},qe=(r,t)=>{let e=Number(r),s=Number(t);if(!Number.isSafeInteger(e)||!Number.isSafeInteger(s))return;e>s&&([e,s]=[s,e]);let n=/^-?0\d/.test(r)||/^-?0\d/.test(t)?Math.max(r.length,t.length):0,o=[];if(e<0){let h=He(Math.max(-s,1),-e,n&&n-1);o.push(...h.map(a=>[{t:"lit",ch:"-"},...a]))}return s>=0&&o.push(...He(Math.max(e,0),s,n)),o};var hi={"[:alnum:]":["\\p{L}\\p{Nl}\\p{Nd}"],"[:alpha:]":["\\p{L}\\p{Nl}"],"[:ascii:]":["\\x00-\\x7f"],"[:blank:]":["\\p{Zs}\\t"],"[:cntrl:]":["\\p{Cc}"],"[:digit:]":["\\p{Nd}"],"[:graph:]":["\\p{Z}\\p{C}",!0],"[:lower:]":["\\p{Ll}"],"[:print:]":["\\p{C}",!0],"[:punct:]":["\\p{P}\\p{S}"],"[:space:]":["\\p{Z}\\t\\r\\n\\v\\f"],"[:upper:]":["\\p{Lu}"],"[:word:]":["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],"[:xdigit:]":["A-Fa-f0-9"]},ut=r=>r.replace(/[[\]\\-]/g,"\\$&"),ue=/$./,Ke=(r,t,e=!1,s)=>{let i=m=>{let b=s?m.normalize(s):m;return[...b].length===1?b:m},n=t;if(r.charAt(n)!=="[")throw new Error("not in a brace expression");let o=[],h=[],a=n+1,l=!1,c=!1,f=!1,u=n,p="";t:for(;a<r.length;){let m=String.fromCodePoint(r.codePointAt(a));if((m==="!"||m==="^")&&a===n+1){f=!0,a++;continue}if(m==="]"&&l&&!c){u=a+1;break}if(l=!0,m==="\\"&&!c){c=!0,a++;continue}if(m==="["&&!c){for(let[x,[S,y]]of Object.entries(hi))if(r.startsWith(x,a)){if(p)return[ue,r.length-n];a+=x.length,y?h.push(S):o.push(S);continue t}}c=!1;let b=i(m);if(p){b.codePointAt(0)>p.codePointAt(0)?o.push(ut(p)+"-"+ut(b)):b===p&&o.push(ut(b)),p="",a+=m.length;continue}if(r.startsWith("-]",a+m.length)){o.push(ut(b+"-")),a+=m.length+1;continue}if(r.startsWith("-",a+m.length)){p=b,a+=m.length+1;continue}o.push(ut(b)),a+=m.length}if(u<a)return[ue,0];if(!o.length&&!h.length)return[ue,r.length-n];let g="["+(f?"^":"")+o.join("")+"]",d="["+(f?"":"^")+h.join("")+"]",w="^"+(o.length&&h.length?"("+g+"|"+d+")":o.length?g:d);return[new RegExp(w,e?"iu":"u"),u-n]};var de={t:"match",id:0},ai="!?+*@",Z=r=>({t:"lit",ch:r}),li=r=>r.replace(/[\\^$.*+?()[\]{}|/]/g,"\\$&"),Je=r=>new RegExp(`^${li(r)}$`,"iu"),Dt=new Map,Ze=r=>{let t=Dt.get(r);return t||(t=Je(r),Dt.size>=1e3&&Dt.clear(),Dt.set(r,t)),t},ge=(r,t)=>{if(t===r.ch)return!0;if(!r.re)return!1;let e=t.charCodeAt(0);if(e>=128)return r.re.test(t);let s=r.ascii??=new Uint8Array(128);return s[e]||=r.re.test(t)?1:2,s[e]===1},ci=(r,t,e,s,i)=>{let n=[];for(let o=0;o<r.length;){let h=String.fromCodePoint(r.codePointAt(o));if(i){let a=h==="\\"&&r.startsWith(i,o+1)?1:0;if(a||h===i){let l=o+a+i.length,c=r.indexOf(i,l),f=/^(-?\d+)\.\.(-?\d+)$/.exec(r.slice(l,c)),u=c!==-1&&f&&qe(f[1],f[2]);if(u){n.push({t:"ext",type:"@",alts:u}),o=c+i.length;continue}}}if(h==="\\"){let a=r.codePointAt(o+1),l=a===void 0?h:String.fromCodePoint(a);n.push(Z(l)),o+=1+l.length;continue}if(h==="["){let[a,l]=Ke(r,o,t,s);if(l){n.push({t:"class",re:a}),o+=l;continue}}if(!e&&ai.includes(h)&&r[o+1]==="("){n.push({t:"open",type:h}),o+=2;continue}n.push(!e&&h==="|"?{t:"bar"}:!e&&h===")"?{t:"close"}:h==="*"?{t:"star"}:h==="?"?{t:"any"}:Z(h)),o+=h.length}return n},fi=r=>{let t=new Map,e=[];return r.forEach((s,i)=>{s.t==="open"?e.push(i):s.t==="close"&&e.length&&t.set(e.pop(),i)}),t},Qe=(r,t,e,s,i)=>{let n=[],o=[n];for(let h=e;h<s;h++){let a=r[h],l=t.get(h);if(a.t==="open"&&l!==void 0){let c=Qe(r,t,h+1,l,!1);n.push({t:"ext",type:a.type,alts:c}),h=l}else a.t==="bar"&&!i?o.push(n=[]):a.t==="open"?n.push(Z(a.type),Z("(")):a.t==="bar"?n.push(Z("|")):a.t==="close"?n.push(Z(")")):n.push(a)}return o},ts=(r,t)=>{let e=[],s="",i=()=>{for(let n of s.normalize(t))e.push(Z(n));s=""};for(let n of r){if(n.t==="lit"){s+=n.ch;continue}i(),e.push(n.t==="ext"?{...n,alts:n.alts.map(o=>ts(o,t))}:n)}return i(),e},ui=(r,t)=>{let e=1,s=h=>({t:"split",id:e++,out:h}),i=(h,a)=>h.reduceRight((l,c)=>n(c,l),a),n=(h,a)=>{switch(h.t){case"lit":let u=t?Ze(h.ch):void 0;return{t:"lit",id:e++,ch:h.ch,re:u,next:a};case"any":case"star":return{t:h.t,id:e++,next:a};case"class":return{t:"class",id:e++,re:h.re,next:a}}let l=u=>h.alts.map(p=>i(p,u));switch(h.type){case"@":return s(l(a));case"?":return s([a,...l(a)]);case"!":return{t:"neg",id:e++,sub:s(l(de)),next:a}}let c=s([]),f=s(l(c));return c.out.push(a,f),h.type==="*"?c:f};return[i(r,de),e]},di=r=>{let t=[],e=new Set,s=n=>n.t==="match"?"match":String(n.id),i=(n,o)=>{if(n.t==="match"||e.has(n))return;e.add(n);let h=a=>t.push(`${o}${n.id}: ${a}`);switch(n.t){case"split":h(`split -> ${n.out.map(s).join(", ")}`);for(let a of n.out)i(a,o);return;case"neg":return h(`!(${s(n.sub)}) -> ${s(n.next)}`),i(n.sub,o+"  "),i(n.next,o);case"lit":h(`${JSON.stringify(n.ch)} -> ${s(n.next)}`);break;case"class":h(`${n.re} -> ${s(n.next)}`);break;default:h(`${n.t==="any"?"?":"*"} -> ${s(n.next)}`)}i(n.next,o)};return i(r,""),[`start -> ${s(r)}`,...t].join(`
`)},pe=class{gen;threads=[];match=!1;runs=[];ids=[];constructor(t){this.gen=t}get dead(){return!this.threads.length&&!this.match&&!this.runs.length}},es=(r,t)=>r.ids.length!==t.ids.length||r.runs.length!==t.runs.length||r.ids.some((e,s)=>e!==t.ids[s])?!1:r.runs.every(e=>t.runs.some(s=>s.neg===e.neg&&es(s.state,e.state))),Xe=r=>({has:new Float64Array(r),seen:new Float64Array(r),gen:0}),dt=class{dots;dotStart;#t;constructor(t,e,s){this.dots=t,this.dotStart=e,this.#t=s}state(){return new pe(++this.#t.gen)}done(t){return t.ids=t.threads.map(e=>e.id).sort((e,s)=>e-s),t.match&&t.ids.unshift(de.id),t}#n(t,e){let{seen:s}=this.#t;return s[e.id]===t.gen?!1:(s[e.id]=t.gen,!0)}#i(t,e){let{has:s}=this.#t;return s[e.id]===t.gen?!1:(s[e.id]=t.gen,t.threads.push(e),!0)}restricted(t,e){return e&&(this.dots||this.dotStart&&t===0)}add(t,e,s,i){switch(e.t){case"split":if(!this.#n(t,e))return;for(let o of e.out)this.add(t,o,s,i);return;case"neg":if(!this.#n(t,e))return;let n=this.state();return this.add(n,e.sub,s,!1),this.done(n),this.addRun(t,{t:"run",neg:e,state:n},s,i);case"star":if(this.restricted(s,i))return;this.#i(t,e)&&this.add(t,e.next,s,i);return;case"match":t.match=!0;return;default:this.#i(t,e)}}addRun(t,e,s,i){for(let n of t.runs)if(n.neg===e.neg&&es(n.state,e.state))return;t.runs.push(e),e.state.match||this.add(t,e.neg.next,s,i)}step(t,e,s,i){let n=this.state();for(let o of t.threads)switch(o.t){case"lit":ge(o,e)&&this.add(n,o.next,s+1,i);break;case"any":this.restricted(s,i)||this.add(n,o.next,s+1,i);break;case"class":!this.restricted(s,i)&&o.re.test(e)&&this.add(n,o.next,s+1,i);break;case"star":this.restricted(s,i)||this.add(n,o,s+1,i)}if(!this.restricted(s,i))for(let o of t.runs){if(o.state.dead){this.addRun(n,o,s+1,i);continue}let h=this.step(o.state,e,s,!1);this.addRun(n,{t:"run",neg:o.neg,state:h},s+1,i)}return this.done(n)}},ss=r=>{let t=r.ids.join();if(!r.runs.length)return t;let e=r.runs.map(s=>`${s.neg.id}(${ss(s.state)})`);return`${t}|${e.sort().join("|")}`},pi=1<<18,me=class{#t;#n=new Map;#i=0;#o;#r;#d;#u;constructor(t,e){this.#t=t,this.#d=new dt(!1,!1,e),this.#u=new dt(!1,!0,e)}#f(t){return{state:t,match:t.match,dead:t.dead,next:new Map}}#h(t){let e=ss(t),s=this.#n.get(e);if(s)return s;this.#i>pi&&this.#m();let i=this.#f(t);return this.#n.set(e,i),this.#i+=e.length+1,i}#m(){this.#n.clear(),this.#i=0,this.#o=void 0,this.#r=void 0}start(t){if(t){if(this.#r)return this.#r;let s=this.#u.state();return this.#u.add(s,this.#t,0,!0),this.#r=this.#f(this.#u.done(s))}if(this.#o)return this.#o;let e=this.#d.state();return this.#d.add(e,this.#t,0,!0),this.#o=this.#h(this.#d.done(e))}next(t,e){let s=e.charCodeAt(0),i=s<128?void 0:t.next.get(e);if(i)return i;let n=t===this.#r?this.#h(this.#u.step(t.state,e,0,!0)):this.#h(this.#d.step(t.state,e,1,!0));return s<128?(t.ascii||(t.ascii=new Array(128),this.#i+=128),t.ascii[s]=n):t.next.set(e,n),this.#i++,n}},mi=r=>{let t=[];for(let e=r;e.t!=="match";e=e.next){if(e.t==="split"||e.t==="neg")return;t.push(e)}return t},gi=(r,t,e,s)=>{let i=0,n=e,o=-1,h=0;for(;n<s;){let a=r[i];if(a?.t==="star"){o=i++,h=n;continue}let l=t[n];if(a&&(a.t==="any"||a.t==="lit"&&ge(a,l)||a.t==="class"&&a.re.test(l))){i++,n++;continue}if(o===-1)return!1;i=o+1,n=++h}for(;r[i]?.t==="star";)i++;return i===r.length},is=r=>{let t=0,e=0;for(let s of r){let[i,n]=wi(s);t+=i,e+=n}return[t,e]},wi=r=>{if(r.t==="star")return[0,1/0];if(r.t!=="ext")return[1,1];if(r.type==="!")return[0,1/0];let t=r.alts.map(is),e=Math.min(...t.map(n=>n[0])),s=Math.max(...t.map(n=>n[1])),i=s===0?0:1/0;return r.type==="@"?[e,s]:r.type==="?"?[0,s]:r.type==="*"?[0,i]:[e,i]},Ve=(r,t,e)=>{for(let s=0;s<r.length;s++)if(!ge(r[s],t[e+s]))return!1;return!0},bi=/[/\ud800-\udfff]/,yi=/[\ud800-\udfff]/,Nt=r=>yi.test(r)?[...r]:r,Ye=r=>{if(r.includes("/"))throw new Error("can only match a single path portion, got: "+r)},pt=class{pattern;options;#t;#n;#i;#o;#r;#d=!1;#u;#f;#h=!1;#m=0;#l=1/0;#a=[];#s=[];#b;#E;#y=!1;#g;#w;constructor(t,e={}){if(t.includes("/"))throw new Error("can only match a single path portion, got pattern: "+t);this.pattern=t,this.options=e;let{nocase:s=!1,noext:i=!1,normalize:n}=e;this.#w=n===!0?"NFC":n||void 0;let o=/^[?*+@]\(\)$/.test(t),h=ci(t,s,i||o,this.#w,e.rangeMark),[a]=Qe(h,fi(h),0,h.length,!0);this.#w&&(a=ts(a,this.#w));let[l,c]=ui(a,s);if(this.#t=l,this.#n=c,a.every(f=>f.t==="lit"))this.#r=a.map(f=>f.ch).join(""),this.#d=s;else{let f=g=>g.t!=="lit"?void 0:s?{ch:g.ch,re:Ze(g.ch)}:{ch:g.ch};for(let g of a){let d=f(g);if(!d)break;this.#a.push(d)}for(let g=a.length-1;g>=0;g--){let d=f(a[g]);if(!d)break;this.#s.unshift(d)}this.#y=!!(this.#a.length||this.#s.length),s||(this.#b=this.#a.map(g=>g.ch).join(""),this.#E=this.#s.map(g=>g.ch).join("")),this.#f=mi(this.#t)?.slice(this.#a.length,-this.#s.length||void 0),this.#h=!!this.#f?.every(g=>g.t==="star"||g.t==="any");let[u,p]=is(a);this.#m=u,this.#l=p}}test(t){return this.#w?(Ye(t),this.#p(t.normalize(this.#w))):bi.test(t)?(Ye(t),this.#p(t,[...t])):this.#p(t,t)}testUnchecked(t){return this.#p(this.#w?t.normalize(this.#w):t)}#p(t,e){if(this.#r!==void 0)return this.#d?(this.#u??=Je(this.#r)).test(t):t===this.#r;let s=this.#m,i=this.#l;if(e===void 0){let c=t.length,f=c+1>>1;if(c<s||f>i)return!1;(f<s||c>i)&&(e=Nt(t))}if(e!==void 0&&(e.length<s||e.length>i))return!1;let n=this.#a.length;if(this.#y)if(this.#b!==void 0&&this.#E!==void 0){if(!t.startsWith(this.#b)||!t.endsWith(this.#E))return!1}else{e??=Nt(t);let c=e.length-this.#s.length;if(!Ve(this.#a,e,0)||!Ve(this.#s,e,c))return!1}let o=!this.options.dot&&t.startsWith(".");if(this.#f){if(t==="."||t===".."||o&&!n)return!1;if(this.#h)return!0;e??=Nt(t);let c=e.length-this.#s.length;return gi(this.#f,e,n,c)}if(e??=Nt(t),t==="."||t===".."){this.#i??=Xe(this.#n);let c=this.#o??=new dt(!0,!1,this.#i),f=c.state();c.add(f,this.#t,0,!0);let u=c.done(f);for(let p=0;p<e.length;p++)u=c.step(u,e[p],p,!0);return u.match}this.#i??=Xe(this.#n);let h=this.#g??=new me(this.#t,this.#i),a=h.start(o),l=e===t;for(let c=0;c<e.length;c++){if(a.dead)return!1;let f=l?t.charCodeAt(c):e[c].charCodeAt(0);a=a.ascii?.[f]??h.next(a,e[c])}return a.match}toString(){return di(this.#t)}};var mt=r=>{if(typeof r!="string")throw new TypeError("invalid pattern");if(r.length>65536)throw new TypeError("pattern is too long")};var K=(r,{windowsPathsNoEscape:t=!1,magicalBraces:e=!1}={})=>e?t?r.replace(/[?*()[\]{}]/g,"[$&]"):r.replace(/[?*()[\]\\{}]/g,"\\$&"):t?r.replace(/[?*()[\]]/g,"[$&]"):r.replace(/[?*()[\]\\]/g,"\\$&");var st=(r,{windowsPathsNoEscape:t=!1,magicalBraces:e=!0}={})=>e?t?r.replace(/\[([^/\\])\]/g,"$1"):r.replace(/((?!\\).|^)\[([^/\\])\]/g,"$1$2").replace(/\\([^/])/g,"$1"):t?r.replace(/\[([^/\\{}])\]/g,"$1"):r.replace(/((?!\\).|^)\[([^/\\{}])\]/g,"$1$2").replace(/\\([^/{}])/g,"$1");var T=(r,t,e={})=>(mt(t),!e.nocomment&&t.charAt(0)==="#"?!1:xi(t,e).match(r)),it=new Map,Si=256,xi=(r,t)=>{let e=r+"\0"+JSON.stringify(t),s=it.get(e);return s?it.delete(e):(s=new D(r,{...t}),it.size>=Si&&it.delete(it.keys().next().value)),it.set(e,s),s},ls=typeof process=="object"&&process?process.env?.__MINIMATCH_TESTING_PLATFORM__||process.platform:"posix",ns={win32:{sep:"\\"},posix:{sep:"/"}},vi=ls==="win32"?ns.win32.sep:ns.posix.sep;T.sep=vi;var v=Symbol("globstar **");T.GLOBSTAR=v;var Ei=(r,t={})=>e=>T(e,r,t);T.filter=Ei;var U=(r,t={})=>Object.assign({},r,t),ki=r=>{if(!r||typeof r!="object"||!Object.keys(r).length)return T;let t=T;return Object.assign((s,i,n={})=>t(s,i,U(r,n)),{Minimatch:class extends t.Minimatch{constructor(i,n={}){super(i,U(r,n))}static defaults(i){return t.defaults(U(r,i)).Minimatch}},unescape:(s,i={})=>t.unescape(s,U(r,i)),escape:(s,i={})=>t.escape(s,U(r,i)),filter:(s,i={})=>t.filter(s,U(r,i)),defaults:s=>t.defaults(U(r,s)),braceExpand:(s,i={})=>t.braceExpand(s,U(r,i)),match:(s,i,n={})=>t.match(s,i,U(r,n)),sep:t.sep,GLOBSTAR:v})};T.defaults=ki;var xe=(r,t={})=>(mt(r),t.nobrace||!/\{(?:(?!\{).)*\}/.test(r)?[r]:Ge(r,{max:t.braceExpandMax}));T.braceExpand=xe;var Ci=100,Ai=/(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g,Mi=(r,t,e={})=>{let s=new D(t,e);return r=r.filter(i=>s.match(i)),s.options.nonull&&!r.length&&r.push(t),r};T.match=Mi;var rs=/[?*]|[+@!]\(.*?\)|\[|\]/,cs=(r,t)=>{let e=t+1;(r.charAt(e)==="!"||r.charAt(e)==="^")&&e++;let s=!1;for(;e<r.length;e++){let i=r.charAt(e);if(i==="]"&&s)return e;s=!0,i==="\\"&&e++}return-1},Ri=(r,t)=>{if(!t&&(r==="+()"||r==="@()"))return r;let e="";for(let s=0;s<r.length;s++){let i=r.charAt(s);if(i==="\\")e+=r.charAt(++s)||i;else{if(i==="*"||i==="?")return;if(i==="["){let n=cs(r,s);if(n===-1){e+=i;continue}let o=r.slice(s+1,n);if(o.startsWith("\\")&&(o=o.slice(1)),[...o].length!==1||"!^".includes(r.charAt(s+1)))return;e+=o,s=n}else{if(!t&&"+@!".includes(i)&&r.charAt(s+1)==="("&&r.includes(")",s+2))return;e+=i}}}return e},Oi=r=>{if(/^[?*+@]\(\)$/.test(r)||r.includes("[:"))return!1;let t=0;for(let e=0;e<r.length;e++){let s=r.charAt(e);if(s==="\\"){if(++e===r.length)return!1}else if(s==="["){let i=cs(r,e);i!==-1&&(e=i)}else if("+@!?*".includes(s)&&r.charAt(e+1)==="(")t++,e++;else if(s===")"){if(!t--)return!1}else if(s==="|"&&!t)return!1}return!t},we,os,X=(r,t)=>typeof r=="string"?t===r:t!==""&&r.testUnchecked(t),hs=(r,t,e,s,i)=>X(r,t)?e:s!==void 0&&X(r,s)?i:-1,ve=r=>r==="."||r==="..",be=r=>typeof r=="string"&&/^[a-z]:$/i.test(r),zt=r=>typeof r=="string"&&/^unc$/i.test(r),ye=r=>{if(r[0]!==""||r[1]!=="")return-1;let t=r[2]!=="?"?2:zt(r[3])?4:-1,e=r[t],s=r[t+1];return t!==-1&&e!==void 0&&e!==""&&e!==v&&s!==void 0&&s!==""&&s!==v?t:-1},Pt=(r,t)=>!ve(r)&&(t||!r.startsWith(".")),gt=(r,t,e,s,i)=>{for(let n=t;n<e;){if(r.charCodeAt(n)===46){if(!s)return!0;let h=r.charCodeAt(n+1)===46?n+2:n+1;if(h>=e||Lt(r.charCodeAt(h),i))return!0}let o=Ee(r,n,i);if(o===-1)return!1;for(n=o+1;n<e&&Lt(r.charCodeAt(n),i);)n++}return!1},Lt=(r,t)=>t==="/"?r===47:t==="\\"?r===92:r===47||r===92,Ee=(r,t,e)=>{if(e!=="both")return r.indexOf(e,t);let s=r.indexOf("/",t),i=r.indexOf("\\",t);return s===-1?i:i===-1?s:Math.min(s,i)},as=(r,t,e)=>e!=="both"?r.lastIndexOf(e,t):Math.max(r.lastIndexOf("/",t),r.lastIndexOf("\\",t)),Se={},D=class{options;set;pattern;windowsPathsNoEscape;nonegate;negate;comment;empty;preserveMultipleSlashes;partial;globSet;globParts;nocase;isWindows;platform;windowsNoMagicRoot;maxGlobstarRecursion;#t;#n;#i;#o;#r=[];#d=[];#u=[];#f=new Map;#h=!1;#m;#l=new WeakMap;constructor(t,e={}){mt(t),e=e||{},this.options=e,this.maxGlobstarRecursion=e.maxGlobstarRecursion??200,this.pattern=t,this.platform=e.platform||ls,this.isWindows=this.platform==="win32";let s="allowWindowsEscape";this.windowsPathsNoEscape=!!e.windowsPathsNoEscape||e[s]===!1,this.windowsPathsNoEscape&&(this.pattern=this.pattern.replace(/\\/g,"/")),this.preserveMultipleSlashes=!!e.preserveMultipleSlashes,this.negate=!1,this.nonegate=!!e.nonegate,this.comment=!1,this.empty=!1,this.partial=!!e.partial,this.nocase=!!this.options.nocase,this.windowsNoMagicRoot=e.windowsNoMagicRoot!==void 0?e.windowsNoMagicRoot:!!(this.isWindows&&this.nocase),this.globSet=[],this.globParts=[],this.set=[],this.#t=!this.preserveMultipleSlashes,this.#i=(e.optimizationLevel??1)>=2;let i=e.normalize;this.#o=i===!0?"NFC":i||void 0,this.make();let n=this.set.map(o=>this.#s(o));this.#u=this.set.map((o,h)=>this.#t&&o.length-1>n[h]),this.#r=this.set.map((o,h)=>{let a=this.#u[h]?o.length-1:o.length,l=o.slice(n[h]+1,a).filter(c=>typeof c=="string"&&!!c);return[...new Set(l)]}),this.#n=this.#r.some(o=>o.length),this.#d=this.set.map((o,h)=>{let[a,l,c]=o;if(this.#u[h]&&o.length===2&&a===v&&l!==v)return"tail";if(this.#u[h]&&e.matchBase&&o.length===1&&a!==v&&a!=="")return"base";if(!(!this.#t||n[h]!==-1)){if(o.length===3&&a===v&&c===v&&l!==v&&l!==""&&this.maxGlobstarRecursion>0)return"mid";if(o.length===2&&l===v&&a!==v&&a!=="")return"head"}})}#a(t){return this.#o?t.normalize(this.#o):t}#s(t){if(!this.isWindows)return-1;if(be(t[0]))return 0;if(t[0]===""&&t[1]===""&&t[2]==="?"&&be(t[3]))return 3;let s=ye(t);return s===-1?-1:s+1}hasMagic(){if(this.options.magicalBraces&&this.set.length>1)return!0;for(let t of this.set)for(let e of t)if(typeof e!="string")return!0;return!1}make(){let t=this.pattern,e=this.options;if(!e.nocomment&&t.charAt(0)==="#"){this.comment=!0;return}if(!t){this.empty=!0;return}this.parseNegate(),this.globSet=[...new Set(this.#M())];let s=this.globSet.map(n=>this.#e(n));this.globParts=this.preprocess(s),this.#h=!0;let i=this.globParts.map((n,o,h)=>{if(this.isWindows&&this.windowsNoMagicRoot){let a=n[2]==="?"&&zt(n[3])?6:4,l=n[0]===""&&n[1]===""&&(n[2]==="?"||!rs.test(n[2]))&&n.slice(3,a).every(f=>!rs.test(f)),c=/^[a-z]:/i.test(n[0]);if(l)return[...n.slice(0,a).map(f=>this.#a(f)),...n.slice(a).map(f=>this.parse(f))];if(c)return[this.#a(n[0]),...n.slice(1).map(f=>this.parse(f))]}return n.map(a=>this.parse(a))});if(this.set=i.filter(n=>n.indexOf(!1)===-1),this.isWindows)for(let n=0;n<this.set.length;n++){let o=this.set[n];o[0]===""&&o[1]===""&&this.globParts[n][2]==="?"&&(be(o[3])||zt(this.globParts[n][3]))&&(zt(this.globParts[n][3])&&(o[3]="UNC"),o[2]="?")}e.noext||this.mergeRows(),this.#h=!1,this.set.forEach((n,o)=>{for(let h=0;h<n.length;h++)n[h]===Se&&(n[h]=this.parse(this.globParts[o][h]))})}mergeRows(){let t=!0;for(;t;){t=!1;let e=Math.max(0,...this.set.map(s=>s.length));for(let s=0;s<e;s++){let i=new Map;this.set.forEach((o,h)=>{if(!(o[s]instanceof pt||o[s]===Se)||!Oi(this.globParts[h][s]))return;let a=[...this.globParts[h]];a[s]="";let l=`${o.length}/${a.join("/")}`,c=i.get(l);c?c.push(h):i.set(l,[h])});let n=new Set;for(let o of i.values()){if(o.length<2)continue;let[h,...a]=o,c=`@(${o.map(f=>this.globParts[f][s]).join("|")})`;this.globParts[h][s]=c,this.set[h][s]=this.parse(c);for(let f of a)n.add(f)}n.size&&(t=!0,this.set=this.set.filter((o,h)=>!n.has(h)),this.globParts=this.globParts.filter((o,h)=>!n.has(h)))}}}preprocess(t){if(this.options.noglobstar)for(let s of t)for(let i=0;i<s.length;i++)s[i]==="**"&&(s[i]="*");let{optimizationLevel:e=1}=this.options;return e>=2?(t=this.firstPhasePreProcess(t),t=this.secondPhasePreProcess(t)):e>=1?t=this.levelOneOptimize(t):t=this.adjascentGlobstarOptimize(t),t}adjascentGlobstarOptimize(t){return t.map(e=>{let s=-1;for(;(s=e.indexOf("**",s+1))!==-1;){let i=s;for(;e[i+1]==="**";)i++;i!==s&&e.splice(s,i-s)}return e})}levelOneOptimize(t){return t.map(e=>{let s=this.#s(e)+1;return e=e.reduce((i,n)=>{let o=i[i.length-1];return n==="**"&&o==="**"?i:n===".."&&i.length>s&&o&&o!==".."&&o!=="."&&o!=="**"?(i.pop(),i):(i.push(n),i)},[]),e.length===0?[""]:e})}#b(t){let e=!this.isWindows||!t.includes("\\")?"/":t.includes("/")?"both":"\\",s=this.#t?0:-1,i="",n=0,o,h=0,a=!!this.options.dot;t:for(let l=0;l<this.set.length;l++){let c=this.set[l],f=c[c.length-1],u=s!==-1&&this.#u[l]&&f!==v;if(u&&s===0){let d=as(t,t.length,e);if(n=d+1,i=t.slice(n),i===""&&d>=0){let m=d;for(;m>0&&Lt(t.charCodeAt(m-1),e);)m--;h=m===0?0:as(t,m-1,e)+1,o=t.slice(h,m)}let w=this.#i&&(ve(i)||i===""&&o!==void 0&&ve(o));s=w?-1:1,u=!w}let p=-1;if(u&&typeof f=="string"&&(p=hs(f,i,n,o,h),p===-1))continue;if(this.#n){for(let d of this.#r[l])if(!t.includes(d))continue t}if(u&&typeof f=="object"&&(p=hs(f,i,n,o,h),p===-1))continue;let g=this.#d[l];if(g==="base"&&u)return"yes";if(g==="tail"&&u){if(this.#i&&gt(t,0,p,!0,e))return"maybe";if(!gt(t,0,p,a,e))return"yes";continue}if(g==="mid"||g==="head"){let d=this.#y(t,c,g==="head",a,e);if(d!=="no")return d;continue}return"maybe"}return"no"}#E(t,e,s){let i=!!this.options.dot,n=t.length;if(s==="head"){if(n<2||!X(e[0],t[0]))return!1;for(let h=1;h<n;h++)if(!Pt(t[h],i))return!1;return!0}let o=e[1];if(s==="tail"){let h=n-1;if(!X(o,t[h])&&(t[h]!==""||n===1||!X(o,t[--h])))return!1;for(let a=0;a<h;a++)if(!Pt(t[a],i))return!1;return!0}for(let h=0;h<n;h++){if(X(o,t[h])&&h+1<n){let a=h+1;for(;a<n&&Pt(t[a],i);)a++;if(a===n)return!0}if(!Pt(t[h],i))return!1}return!1}#y(t,e,s,i,n){if(this.#i&&gt(t,0,t.length,!0,n))return"maybe";let o=e[s?0:1],h=0;for(let a=Ee(t,h,n);a!==-1;a=Ee(t,h,n)){let l=a+1;for(;l<t.length&&Lt(t.charCodeAt(l),n);)l++;if((typeof o=="string"?a-h===o.length&&t.startsWith(o,h):a>h&&o.testUnchecked(t.slice(h,a)))&&!gt(t,l,t.length,i,n))return"yes";if(s||gt(t,h,l,i,n))return"no";h=l}return"no"}#g(t){let e=we;return e?.f===t&&e.isWindows===this.isWindows&&e.preserveMultipleSlashes===this.preserveMultipleSlashes&&e.normalize===this.#o?e:void 0}#w(t){let{isWindows:e,preserveMultipleSlashes:s}=this,i=this.#e(e?t.split("\\").join("/"):t),n=this.#o;return n&&(i=i.map(o=>o.normalize(n))),we={f:t,isWindows:e,preserveMultipleSlashes:s,normalize:n,parts:i},we}#p(t){let e=[...t],s=!1;do{if(s=!1,!this.preserveMultipleSlashes){for(let o=1;o<e.length-1;o++){let h=e[o];o===1&&h===""&&e[0]===""||(h==="."||h==="")&&(s=!0,e.splice(o,1),o--)}e[0]==="."&&e.length===2&&(e[1]==="."||e[1]==="")&&(s=!0,e.pop())}let i=this.#s(e)+1,n=i;for(;(n=e.indexOf("..",n+1))!==-1;){let o=e[n-1];o&&o!=="."&&o!==".."&&o!=="**"&&(s=!0,e.splice(n-1,2),n=Math.max(n-2,i))}}while(s);return e.length===0?[""]:e}firstPhasePreProcess(t){let{braceExpandMax:e=1e5}=this.options,s=0,i=1e6,n=!1;do{n=!1;for(let o of t){let h=-1;for(;(h=o.indexOf("**",h+1))!==-1;){let c=h;for(;o[c+1]==="**";)c++;c>h&&o.splice(h+1,c-h);let f=o[h+1],u=o[h+2],p=o[h+3];if(f!==".."||!u||u==="."||u===".."||!p||p==="."||p==="..")continue;let g=o.length-1;if(t.length>=e||s+g>i)throw new RangeError("optimizationLevel 2: too many patterns from '**/..'");n=!0,o.splice(h,1);let d=o.slice(0);d[h]="**",s+=g,t.push(d),h--}if(!this.preserveMultipleSlashes){for(let c=1;c<o.length-1;c++){let f=o[c];c===1&&f===""&&o[0]===""||(f==="."||f==="")&&(n=!0,o.splice(c,1),c--)}o[0]==="."&&o.length===2&&(o[1]==="."||o[1]==="")&&(n=!0,o.pop())}let a=this.#s(o)+1,l=a;for(;(l=o.indexOf("..",l+1))!==-1;){let c=o[l-1];if(c&&c!=="."&&c!==".."&&c!=="**"){n=!0;let u=l===1&&o[l+1]==="**"?["."]:[];o.splice(l-1,2,...u),o.length===0&&o.push(""),l=Math.max(l-2,a)}}}}while(n);return t}secondPhasePreProcess(t){let e=new Set,s=t.filter(o=>{let h=o.join("/");return e.has(h)?!1:(e.add(h),!0)}),i=new Map;for(let o of s){let h=[];for(let a=0;a<o.length;a++)o[a]==="*"&&h.push(a);h.length&&i.set(h.join(","),h)}if(!i.size||s.length*i.size>1e5)return s;let{dot:n}=this.options;return s.filter(o=>{for(let h of i.values()){if(h[h.length-1]>=o.length)continue;let a=[...o],l=!0,c=!1;for(let f of h){let u=o[f];if(u!=="*"){if(!u||u==="**"||!n&&u.startsWith(".")){l=!1;break}a[f]="*",c=!0}}if(l&&c&&e.has(a.join("/")))return!1}return!0})}parseNegate(){if(this.nonegate)return;let t=this.pattern,e=!1,s=0;for(let i=0;i<t.length&&t.charAt(i)==="!";i++)e=!e,s++;s&&(this.pattern=t.slice(s)),this.negate=e}#k(t,e,s,i){let n=0,o=0,h=this.isWindows?ye(e):-1,a=h===-1?-1:ye(s);if(a!==-1){let l=s[a],c=s[a+1];typeof l!="string"||typeof c!="string"?(n=h,o=a):e[h].toLowerCase()===l.toLowerCase()&&e[h+1].toLowerCase()===c.toLowerCase()&&(n=h+2,o=a+2)}else if(this.isWindows){let l=typeof t[0]=="string"&&/^[a-z]:$/i.test(t[0]),c=!l&&t[0]===""&&t[1]===""&&t[2]==="?"&&/^[a-z]:$/i.test(t[3]),f=typeof s[0]=="string"&&/^[a-z]:$/i.test(s[0]),u=!f&&s[0]===""&&s[1]===""&&s[2]==="?"&&typeof s[3]=="string"&&/^[a-z]:$/i.test(s[3]),p=c?3:l?0:void 0,g=u?3:f?0:void 0;if(typeof p=="number"&&typeof g=="number"){let[d,w]=[t[p],s[g]];d.toLowerCase()===w.toLowerCase()&&(o=g+1,n=p+1)}}return t=e,s.includes(v)?this.#C(t,s,i,n,o):this.#S(t,s,i,n,o)}#C(t,e,s,i,n){let{head:o,body:h,tail:a,segments:l}=this.#x(e,s,n);if(o.length){let f=i+o.length;if(!this.#S(t,o,s,i,0,f))return!1;i+=o.length,n+=o.length}let c=0;if(a.length){if(a.length+i>t.length)return!1;let f=t.length-a.length;if(this.#S(t,a,s,f,0))c=a.length;else{if(t[t.length-1]!==""||i+a.length===t.length||(f--,!this.#S(t,a,s,f,0)))return!1;c=a.length+1}}if(!h.length){let f=!!c;for(let u=i;u<t.length-c;u++){let p=String(t[u]);if(f=!0,p==="."||p===".."||!this.options.dot&&p.startsWith("."))return!1}return s||f}return!!this.#v(t,l,t.length-c,i,0,s,0,!!c,new Set)}#x(t,e,s){let i=this.#l.get(t);i||(i=[],this.#l.set(t,i));let n=s*2+(e?1:0),o=i[n];if(o)return o;let h=t.indexOf(v,s),a=t.lastIndexOf(v),l=t.slice(s,h),c=t.slice(h+1,e?void 0:a),f=e?[]:t.slice(a+1),u=[[[],0]],p=u[0],g=0,d=[0];for(let m of c)m===v?(d.push(g),p=[[],0],u.push(p)):(p[0].push(m),g++);u.forEach((m,b)=>{m[1]=g-d[b]});let w={head:l,body:c,tail:f,segments:u};return i[n]=w,w}#v(t,e,s,i,n,o,h,a,l){let c=e[n];if(!c){if(o)return i>=s||i===s-1&&t[i]==="";for(let g=i;g<s;g++){a=!0;let d=t[g];if(d==="."||d===".."||!this.options.dot&&d.startsWith("."))return!1}return a}let[f,u]=c,p=o?s:s-u;for(;i<=p;){let g=n*(t.length+1)+i;if(l.has(g))return!1;if(l.add(g),this.#S(t,f,o,i,0,i+f.length)&&h<this.maxGlobstarRecursion){let m=this.#v(t,e,s,i+f.length,n+1,o,h+1,a,l);if(m!==!1)return m}if(i===p)break;let w=t[i];if(w==="."||w===".."||!this.options.dot&&w.startsWith("."))return!1;i++}return o||null}#S(t,e,s,i,n,o=t.length){let h,a,l,c;for(h=i,a=n,c=Math.min(o,t.length),l=e.length;h<c&&a<l;h++,a++){let f=e[a],u=t[h];if(f===!1||f===v||!X(f,u))return!1}if(h===c&&a===l)return!0;if(h===c)return s;if(a===l)return h===c-1&&t[h]==="";throw new Error("wtf?")}braceExpand(){return xe(this.pattern,this.options)}#M(){let{pattern:t}=this;if(this.options.nobrace)return this.braceExpand();let e=57344;for(;t.includes(String.fromCharCode(e));)if(++e>63743)return this.braceExpand();let s=String.fromCharCode(e),i=!1,n=t.replace(Ai,(h,a,l)=>{let c=Number(a),f=Number(l);return!Number.isSafeInteger(c)||!Number.isSafeInteger(f)||Math.abs(c-f)+1<Ci?h:(i=!0,`${s}${a}..${l}${s}`)});if(!i)return this.braceExpand();let o=xe(n,this.options);for(let h of o)for(let a of h.split("/")){let l=a.indexOf("[");if(l!==-1&&l<a.lastIndexOf(s))return this.braceExpand()}return this.#m=s,o}parse(t){mt(t);let e=this.options;if(t==="**")return v;if(t==="")return"";let{nocase:s,nocaseMagicOnly:i,noext:n=!1,dot:o,normalize:h}=e,a=this.#m,l=a&&t.includes(a)?void 0:Ri(t,n);if(l!==void 0&&!(s&&!i&&t.toUpperCase()!==t.toLowerCase()))return this.#a(l);if(this.#h)return Se;let c=this.#f.get(t);return c||(c=new pt(t,{nocase:s,noext:n,dot:o,normalize:h,...a&&{rangeMark:a}}),this.#f.set(t,c)),c}#e(t){return this.preserveMultipleSlashes?t.split("/"):this.isWindows&&/^\/\/[^/]+/.test(t)?["",...t.split(/\/+/)]:t.split(/\/+/)}match(t,e=this.partial){if(this.comment)return!1;if(this.empty)return t==="";if(t==="/"&&e)return!0;let s=this.options,i=this.#g(t);if(!i){if(!e&&!this.#o&&(this.#t||this.#n)&&os!==t){os=t;let l=this.#b(t);if(l==="no")return s.flipNegate?!1:this.negate;if(l==="yes")return s.flipNegate?!0:!this.negate}i=this.#w(t)}let n=i.parts,o=this.#i?i.resolved??=this.#p(n):n,h=this.set,a=n[n.length-1];if(!a)for(let l=n.length-2;!a&&l>=0;l--)a=n[l];for(let l=0;l<h.length;l++){let c=h[l],f=e?void 0:this.#d[l];if(f==="base"?X(c[0],a):f?this.#E(o,c,f):s.matchBase&&c.length===1?this.#k([a],[a],c,e):this.#k(n,o,c,e))return s.flipNegate?!0:!this.negate}return s.flipNegate?!1:this.negate}static defaults(t){return T.defaults(t).Minimatch}};T.Minimatch=D;T.escape=K;T.unescape=st;var M=(0,external_node_diagnostics_channel_.channel)("lru-cache:metrics"),wt=(0,external_node_diagnostics_channel_.tracingChannel)("lru-cache"),_i=typeof performance=="object"&&performance&&typeof performance.now=="function"?performance:Date,ke=()=>M.hasSubscribers||wt.hasSubscribers,us=new Set,fs=typeof process=="object"&&process?process:{},Di=(r,t,e,s)=>{typeof fs.emitWarning=="function"?fs.emitWarning(r,t,e,s):console.error(`[${e}] ${t}: ${r}`)},Ni=r=>!us.has(r),V=r=>!!r&&r===Math.floor(r)&&r>0&&isFinite(r),ds=r=>V(r)?r<=Math.pow(2,8)?Uint8Array:r<=Math.pow(2,16)?Uint16Array:r<=Math.pow(2,32)?Uint32Array:r<=Number.MAX_SAFE_INTEGER?jt:null:null,jt=class extends Array{constructor(r){super(r),this.fill(0)}},Pi=class bt{heap;length;static#t=!1;static create(t){let e=ds(t);if(!e)return[];bt.#t=!0;let s=new bt(t,e);return bt.#t=!1,s}constructor(t,e){if(!bt.#t)throw new TypeError("instantiate Stack using Stack.create(n)");this.heap=new e(t),this.length=0}push(t){this.heap[this.length++]=t}pop(){return this.heap[--this.length]}},yt=class ps{#t;#n;#i;#o;#r;#d;#u;#f;get perf(){return this.#f}ttl;ttlResolution;ttlAutopurge;updateAgeOnGet;updateAgeOnHas;allowStale;noDisposeOnSet;noUpdateTTL;maxEntrySize;sizeCalculation;noDeleteOnFetchRejection;noDeleteOnStaleGet;allowStaleOnFetchAbort;allowStaleOnFetchRejection;ignoreFetchAbort;backgroundFetchSize;#h;#m;#l;#a;#s;#b;#E;#y;#g;#w;#p;#k;#C;#x;#v;#S;#M;#e;#T;static unsafeExposeInternals(t){return{starts:t.#C,ttls:t.#x,autopurgeTimers:t.#v,sizes:t.#k,keyMap:t.#l,keyList:t.#a,valList:t.#s,next:t.#b,prev:t.#E,get head(){return t.#y},get tail(){return t.#g},free:t.#w,isBackgroundFetch:e=>t.#c(e),backgroundFetch:(e,s,i,n)=>t.#L(e,s,i,n),moveToTail:e=>t.#X(e),indexes:e=>t.#O(e),rindexes:e=>t.#F(e),isStale:e=>t.#A(e)}}get max(){return this.#t}get maxSize(){return this.#n}get calculatedSize(){return this.#m}get size(){return this.#h}get fetchMethod(){return this.#d}get memoMethod(){return this.#u}get dispose(){return this.#i}get onInsert(){return this.#o}get disposeAfter(){return this.#r}constructor(t){let{max:e=0,ttl:s,ttlResolution:i=1,ttlAutopurge:n,updateAgeOnGet:o,updateAgeOnHas:h,allowStale:a,dispose:l,onInsert:c,disposeAfter:f,noDisposeOnSet:u,noUpdateTTL:p,maxSize:g=0,maxEntrySize:d=0,sizeCalculation:w,fetchMethod:m,memoMethod:b,noDeleteOnFetchRejection:x,noDeleteOnStaleGet:S,allowStaleOnFetchRejection:y,allowStaleOnFetchAbort:q,ignoreFetchAbort:W,backgroundFetchSize:B=1,perf:et}=t;if(this.backgroundFetchSize=B,et!==void 0&&typeof et?.now!="function")throw new TypeError("perf option must have a now() method if specified");if(this.#f=et??_i,e!==0&&!V(e))throw new TypeError("max option must be a nonnegative integer");let ie=e?ds(e):Array;if(!ie)throw new Error("invalid max value: "+e);if(this.#t=e,this.#n=g,this.maxEntrySize=d||this.#n,this.sizeCalculation=w,this.sizeCalculation){if(!this.#n&&!this.maxEntrySize)throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");if(typeof this.sizeCalculation!="function")throw new TypeError("sizeCalculation set to non-function")}if(b!==void 0&&typeof b!="function")throw new TypeError("memoMethod must be a function if defined");if(this.#u=b,m!==void 0&&typeof m!="function")throw new TypeError("fetchMethod must be a function if specified");if(this.#d=m,this.#M=!!m,this.#l=new Map,this.#a=Array.from({length:e}).fill(void 0),this.#s=Array.from({length:e}).fill(void 0),this.#b=new ie(e),this.#E=new ie(e),this.#y=0,this.#g=0,this.#w=Pi.create(e),this.#h=0,this.#m=0,typeof l=="function"&&(this.#i=l),typeof c=="function"&&(this.#o=c),typeof f=="function"?(this.#r=f,this.#p=[]):(this.#r=void 0,this.#p=void 0),this.#S=!!this.#i,this.#T=!!this.#o,this.#e=!!this.#r,this.noDisposeOnSet=!!u,this.noUpdateTTL=!!p,this.noDeleteOnFetchRejection=!!x,this.allowStaleOnFetchRejection=!!y,this.allowStaleOnFetchAbort=!!q,this.ignoreFetchAbort=!!W,this.maxEntrySize!==0){if(this.#n!==0&&!V(this.#n))throw new TypeError("maxSize must be a positive integer if specified");if(!V(this.maxEntrySize))throw new TypeError("maxEntrySize must be a positive integer if specified");this.#G()}if(this.allowStale=!!a,this.noDeleteOnStaleGet=!!S,this.updateAgeOnGet=!!o,this.updateAgeOnHas=!!h,this.ttlResolution=V(i)||i===0?i:1,this.ttlAutopurge=!!n,this.ttl=s||0,this.ttl){if(!V(this.ttl))throw new TypeError("ttl must be a positive integer if specified");this.#_()}if(this.#t===0&&this.ttl===0&&this.#n===0)throw new TypeError("At least one of max, maxSize, or ttl is required");if(!this.ttlAutopurge&&!this.#t&&!this.#n){let ne="LRU_CACHE_UNBOUNDED";Ni(ne)&&(us.add(ne),Di("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.","UnboundedCacheWarning",ne,ps))}}getRemainingTTL(t){return this.#l.has(t)?1/0:0}#_(){let t=new jt(this.#t),e=new jt(this.#t);this.#x=t,this.#C=e;let s=this.ttlAutopurge?Array.from({length:this.#t}):void 0;this.#v=s,this.#W=(a,l,c=this.#f.now())=>{e[a]=l!==0?c:0,t[a]=l,i(a,l)},this.#R=a=>{e[a]=t[a]!==0?this.#f.now():0,i(a,t[a])};let i=this.ttlAutopurge?(a,l)=>{if(s?.[a]&&(clearTimeout(s[a]),s[a]=void 0),l&&l!==0&&s){let c=setTimeout(()=>{this.#A(a)?(this.#j(this.#a[a],"expire"),s[a]=void 0):i(a,h(a))},l+1);c.unref&&c.unref(),s[a]=c}}:()=>{};this.#D=(a,l)=>{if(t[l]){let c=t[l],f=e[l];if(!c||!f)return;a.ttl=c,a.start=f,a.now=n||o();let u=a.now-f;a.remainingTTL=c-u}};let n=0,o=()=>{let a=this.#f.now();if(this.ttlResolution>0){n=a;let l=setTimeout(()=>n=0,this.ttlResolution);l.unref&&l.unref()}return a};this.getRemainingTTL=a=>{let l=this.#l.get(a);return l===void 0?0:h(l)};let h=a=>{let l=t[a],c=e[a];if(!l||!c)return 1/0;let f=(n||o())-c;return l-f};this.#A=a=>{let l=e[a],c=t[a];return!!c&&!!l&&(n||o())-l>c}}#R=()=>{};#D=()=>{};#W=()=>{};#A=()=>!1;#G(){let t=new jt(this.#t);this.#m=0,this.#k=t,this.#P=e=>{this.#m-=t[e],t[e]=0},this.#$=(e,s,i,n)=>{if(!V(i)){if(this.#c(s))return this.backgroundFetchSize;if(n){if(typeof n!="function")throw new TypeError("sizeCalculation must be a function");if(i=n(s,e),!V(i))throw new TypeError("sizeCalculation return invalid (expect positive integer)")}else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.")}return i},this.#N=(e,s,i)=>{if(t[e]=s,this.#n){let n=this.#n-t[e];for(;this.#m>n;)this.#U(!0)}this.#m+=t[e],i&&(i.entrySize=s,i.totalCalculatedSize=this.#m)}}#P=t=>{};#N=(t,e,s)=>{};#$=(t,e,s,i)=>{if(s||i)throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");return 0};*#O({allowStale:t=this.allowStale}={}){if(this.#h)for(let e=this.#g;this.#I(e)&&((t||!this.#A(e))&&(yield e),e!==this.#y);)e=this.#E[e]}*#F({allowStale:t=this.allowStale}={}){if(this.#h)for(let e=this.#y;this.#I(e)&&((t||!this.#A(e))&&(yield e),e!==this.#g);)e=this.#b[e]}#I(t){return t!==void 0&&this.#l.get(this.#a[t])===t}*entries(){for(let t of this.#O())this.#s[t]!==void 0&&this.#a[t]!==void 0&&!this.#c(this.#s[t])&&(yield[this.#a[t],this.#s[t]])}*rentries(){for(let t of this.#F())this.#s[t]!==void 0&&this.#a[t]!==void 0&&!this.#c(this.#s[t])&&(yield[this.#a[t],this.#s[t]])}*keys(){for(let t of this.#O()){let e=this.#a[t];e!==void 0&&!this.#c(this.#s[t])&&(yield e)}}*rkeys(){for(let t of this.#F()){let e=this.#a[t];e!==void 0&&!this.#c(this.#s[t])&&(yield e)}}*values(){for(let t of this.#O())this.#s[t]!==void 0&&!this.#c(this.#s[t])&&(yield this.#s[t])}*rvalues(){for(let t of this.#F())this.#s[t]!==void 0&&!this.#c(this.#s[t])&&(yield this.#s[t])}[Symbol.iterator](){return this.entries()}[Symbol.toStringTag]="LRUCache";find(t,e={}){for(let s of this.#O()){let i=this.#s[s],n=this.#c(i)?i.__staleWhileFetching:i;if(n!==void 0&&t(n,this.#a[s],this))return this.#K(this.#a[s],e)}}forEach(t,e=this){for(let s of this.#O()){let i=this.#s[s],n=this.#c(i)?i.__staleWhileFetching:i;n!==void 0&&t.call(e,n,this.#a[s],this)}}rforEach(t,e=this){for(let s of this.#F()){let i=this.#s[s],n=this.#c(i)?i.__staleWhileFetching:i;n!==void 0&&t.call(e,n,this.#a[s],this)}}purgeStale(){let t=!1;for(let e of this.#F({allowStale:!0}))this.#A(e)&&(this.#j(this.#a[e],"expire"),t=!0);return t}info(t){let e=this.#l.get(t);if(e===void 0)return;let s=this.#s[e],i=this.#c(s)?s.__staleWhileFetching:s;if(i===void 0)return;let n={value:i};if(this.#x&&this.#C){let o=this.#x[e],h=this.#C[e];if(o&&h){let a=o-(this.#f.now()-h);n.ttl=a,n.start=Date.now()}}return this.#k&&(n.size=this.#k[e]),n}dump(){let t=[];for(let e of this.#O({allowStale:!0})){let s=this.#a[e],i=this.#s[e],n=this.#c(i)?i.__staleWhileFetching:i;if(n===void 0||s===void 0)continue;let o={value:n};if(this.#x&&this.#C){o.ttl=this.#x[e];let h=this.#f.now()-this.#C[e];o.start=Math.floor(Date.now()-h)}this.#k&&(o.size=this.#k[e]),t.unshift([s,o])}return t}load(t){this.clear();for(let[e,s]of t){if(s.start){let i=Date.now()-s.start;s.start=this.#f.now()-i}this.#z(e,s.value,s)}}set(t,e,s={}){let{status:i=M.hasSubscribers?{}:void 0}=s;s.status=i,i&&(i.op="set",i.key=t,e!==void 0&&(i.value=e),i.cache=this);let n=this.#z(t,e,s);return i&&M.hasSubscribers&&M.publish(i),n}#z(t,e,s,i){let{ttl:n=this.ttl,start:o,noDisposeOnSet:h=this.noDisposeOnSet,sizeCalculation:a=this.sizeCalculation,status:l}=s,c=this.#c(e);if(e===void 0)return l&&(l.set="deleted"),this.delete(t),this;let{noUpdateTTL:f=this.noUpdateTTL}=s;l&&!c&&(l.value=e);let u=this.#$(t,e,s.size||0,a,l);if(this.maxEntrySize&&u>this.maxEntrySize)return this.#j(t,"set"),l&&(l.set="miss",l.maxEntrySizeExceeded=!0),this;let p=this.#h===0?void 0:this.#l.get(t);if(p===void 0)p=this.#h===0?this.#g:this.#w.length!==0?this.#w.pop():this.#h===this.#t?this.#U(!1):this.#h,this.#a[p]=t,this.#s[p]=e,this.#l.set(t,p),this.#b[this.#g]=p,this.#E[p]=this.#g,this.#g=p,this.#h++,this.#N(p,u,l),l&&(l.set="add"),f=!1,this.#T&&!c&&this.#o?.(e,t,"add");else{this.#X(p);let g=this.#s[p];if(e!==g){if(!h)if(this.#c(g)){g!==i&&g.__abortController.abort(new Error("replaced"));let{__staleWhileFetching:d}=g;d!==void 0&&d!==e&&(this.#S&&this.#i?.(d,t,"set"),this.#e&&this.#p?.push([d,t,"set"]))}else this.#S&&this.#i?.(g,t,"set"),this.#e&&this.#p?.push([g,t,"set"]);if(this.#P(p),this.#N(p,u,l),this.#s[p]=e,!c){let d=g&&this.#c(g)?g.__staleWhileFetching:g,w=d===void 0?"add":e!==d?"replace":"update";l&&(l.set=w,d!==void 0&&(l.oldValue=d)),this.#T&&this.onInsert?.(e,t,w)}}else c||(l&&(l.set="update"),this.#T&&this.onInsert?.(e,t,"update"))}if(n!==0&&!this.#x&&this.#_(),this.#x&&(f||this.#W(p,n,o),l&&this.#D(l,p)),!h&&this.#e&&this.#p){let g=this.#p,d;for(;d=g?.shift();)this.#r?.(...d)}return this}pop(){try{for(;this.#h;){let t=this.#s[this.#y];if(this.#U(!0),this.#c(t)){if(t.__staleWhileFetching)return t.__staleWhileFetching}else if(t!==void 0)return t}}finally{if(this.#e&&this.#p){let t=this.#p,e;for(;e=t?.shift();)this.#r?.(...e)}}}#U(t){let e=this.#y,s=this.#a[e],i=this.#s[e],n=this.#c(i);n&&i.__abortController.abort(new Error("evicted"));let o=n?i.__staleWhileFetching:i;return(this.#S||this.#e)&&o!==void 0&&(this.#S&&this.#i?.(o,s,"evict"),this.#e&&this.#p?.push([o,s,"evict"])),this.#P(e),this.#v?.[e]&&(clearTimeout(this.#v[e]),this.#v[e]=void 0),t&&(this.#a[e]=void 0,this.#s[e]=void 0,this.#w.push(e)),this.#h===1?(this.#y=this.#g=0,this.#w.length=0):this.#y=this.#b[e],this.#l.delete(s),this.#h--,e}has(t,e={}){let{status:s=M.hasSubscribers?{}:void 0}=e;e.status=s,s&&(s.op="has",s.key=t,s.cache=this);let i=this.#V(t,e);return M.hasSubscribers&&M.publish(s),i}#V(t,e={}){let{updateAgeOnHas:s=this.updateAgeOnHas,status:i}=e,n=this.#l.get(t);if(n!==void 0){let o=this.#s[n];if(this.#c(o)&&o.__staleWhileFetching===void 0)return!1;if(this.#A(n))i&&(i.has="stale",this.#D(i,n));else return s&&this.#R(n),i&&(i.has="hit",this.#D(i,n)),!0}else i&&(i.has="miss");return!1}peek(t,e={}){let{status:s=ke()?{}:void 0}=e;s&&(s.op="peek",s.key=t,s.cache=this),e.status=s;let i=this.#H(t,e);return M.hasSubscribers&&M.publish(s),i}#H(t,e){let{status:s,allowStale:i=this.allowStale}=e,n=this.#l.get(t);if(n===void 0||!i&&this.#A(n)){s&&(s.peek=n===void 0?"miss":"stale");return}let o=this.#s[n],h=this.#c(o)?o.__staleWhileFetching:o;return s&&(h!==void 0?(s.peek="hit",s.value=h):s.peek="miss"),h}#L(t,e,s,i){let n=e===void 0?void 0:this.#s[e];if(this.#c(n))return n;let o=new AbortController,{signal:h}=s;h?.addEventListener("abort",()=>o.abort(h.reason),{signal:o.signal});let a={signal:o.signal,options:s,context:i},l=(d,w=!1)=>{let{aborted:m}=o.signal,b=s.ignoreFetchAbort&&d!==void 0,x=s.ignoreFetchAbort||!!(s.allowStaleOnFetchAbort&&d!==void 0);if(s.status&&(m&&!w?(s.status.fetchAborted=!0,s.status.fetchError=o.signal.reason,b&&(s.status.fetchAbortIgnored=!0)):s.status.fetchResolved=!0),m&&!b&&!w)return f(o.signal.reason,x);let S=p,y=this.#s[e];return(y===p||y===void 0&&b&&w)&&(d===void 0?S.__staleWhileFetching!==void 0?this.#s[e]=S.__staleWhileFetching:this.#j(t,"fetch"):(s.status&&(s.status.fetchUpdated=!0),this.#z(t,d,a.options,S))),d},c=d=>(s.status&&(s.status.fetchRejected=!0,s.status.fetchError=d),f(d,!1)),f=(d,w)=>{let{aborted:m}=o.signal,b=m&&s.allowStaleOnFetchAbort,x=b||s.allowStaleOnFetchRejection,S=x||s.noDeleteOnFetchRejection,y=p;if(this.#s[e]===p&&(!S||!w&&y.__staleWhileFetching===void 0?this.#j(t,"fetch"):b||(this.#s[e]=y.__staleWhileFetching)),x)return s.status&&y.__staleWhileFetching!==void 0&&(s.status.returnedStale=!0),y.__staleWhileFetching;if(y.__returned===y)throw d},u=(d,w)=>{let m=this.#d?.(t,n,a);o.signal.addEventListener("abort",()=>{(!s.ignoreFetchAbort||s.allowStaleOnFetchAbort)&&(d(void 0),s.allowStaleOnFetchAbort&&(d=b=>l(b,!0)))}),m&&m instanceof Promise?m.then(b=>d(b===void 0?void 0:b),w):m!==void 0&&d(m)};s.status&&(s.status.fetchDispatched=!0);let p=new Promise(u).then(l,c),g=Object.assign(p,{__abortController:o,__staleWhileFetching:n,__returned:void 0});return e===void 0?(this.#z(t,g,{...a.options,status:void 0}),e=this.#l.get(t)):this.#s[e]=g,g}#c(t){if(!this.#M)return!1;let e=t;return!!e&&e instanceof Promise&&e.hasOwnProperty("__staleWhileFetching")&&e.__abortController instanceof AbortController}fetch(t,e={}){let s=wt.hasSubscribers,{status:i=ke()?{}:void 0}=e;e.status=i,i&&e.context&&(i.context=e.context);let n=this.#q(t,e);return i&&s&&(i.trace=!0,wt.tracePromise(()=>n,i).catch(()=>{})),n}async#q(t,e={}){let{allowStale:s=this.allowStale,updateAgeOnGet:i=this.updateAgeOnGet,noDeleteOnStaleGet:n=this.noDeleteOnStaleGet,ttl:o=this.ttl,noDisposeOnSet:h=this.noDisposeOnSet,size:a=0,sizeCalculation:l=this.sizeCalculation,noUpdateTTL:c=this.noUpdateTTL,noDeleteOnFetchRejection:f=this.noDeleteOnFetchRejection,allowStaleOnFetchRejection:u=this.allowStaleOnFetchRejection,ignoreFetchAbort:p=this.ignoreFetchAbort,allowStaleOnFetchAbort:g=this.allowStaleOnFetchAbort,context:d,forceRefresh:w=!1,status:m,signal:b}=e;if(m&&(m.op="fetch",m.key=t,w&&(m.forceRefresh=!0),m.cache=this),!this.#M)return m&&(m.fetch="get"),this.#K(t,{allowStale:s,updateAgeOnGet:i,noDeleteOnStaleGet:n,status:m});let x={allowStale:s,updateAgeOnGet:i,noDeleteOnStaleGet:n,ttl:o,noDisposeOnSet:h,size:a,sizeCalculation:l,noUpdateTTL:c,noDeleteOnFetchRejection:f,allowStaleOnFetchRejection:u,allowStaleOnFetchAbort:g,ignoreFetchAbort:p,status:m,signal:b},S=this.#l.get(t);if(S===void 0){m&&(m.fetch="miss");let y=this.#L(t,S,x,d);return y.__returned=y}else{let y=this.#s[S];if(this.#c(y)){let et=s&&y.__staleWhileFetching!==void 0;return m&&(m.fetch="inflight",et&&(m.returnedStale=!0)),et?y.__staleWhileFetching:y.__returned=y}let q=this.#A(S);if(!w&&!q)return m&&(m.fetch="hit"),this.#X(S),i&&this.#R(S),m&&this.#D(m,S),y;let W=this.#L(t,S,x,d),B=W.__staleWhileFetching!==void 0&&s;return m&&(m.fetch=q?"stale":"refresh",B&&q&&(m.returnedStale=!0)),B?W.__staleWhileFetching:W.__returned=W}}forceFetch(t,e={}){let s=wt.hasSubscribers,{status:i=ke()?{}:void 0}=e;e.status=i,i&&e.context&&(i.context=e.context);let n=this.#B(t,e);return i&&s&&(i.trace=!0,wt.tracePromise(()=>n,i).catch(()=>{})),n}async#B(t,e={}){let s=await this.#q(t,e);if(s===void 0)throw new Error("fetch() returned undefined");return s}memo(t,e={}){let{status:s=M.hasSubscribers?{}:void 0}=e;e.status=s,s&&(s.op="memo",s.key=t,e.context&&(s.context=e.context),s.cache=this);let i=this.#Z(t,e);return s&&(s.value=i),M.hasSubscribers&&M.publish(s),i}#Z(t,e={}){let s=this.#u;if(!s)throw new Error("no memoMethod provided to constructor");let{context:i,status:n,forceRefresh:o,...h}=e;n&&o&&(n.forceRefresh=!0);let a=this.#K(t,h),l=o||a===void 0;if(n&&(n.memo=l?"miss":"hit",l||(n.value=a)),!l)return a;let c=s(t,a,{options:h,context:i});return n&&(n.value=c),this.#z(t,c,h),c}get(t,e={}){let{status:s=M.hasSubscribers?{}:void 0}=e;e.status=s,s&&(s.op="get",s.key=t,s.cache=this);let i=this.#K(t,e);return s&&(i!==void 0&&(s.value=i),M.hasSubscribers&&M.publish(s)),i}#K(t,e={}){let{allowStale:s=this.allowStale,updateAgeOnGet:i=this.updateAgeOnGet,noDeleteOnStaleGet:n=this.noDeleteOnStaleGet,status:o}=e,h=this.#l.get(t);if(h===void 0){o&&(o.get="miss");return}let a=this.#s[h],l=this.#c(a);return o&&this.#D(o,h),this.#A(h)?l?(o&&(o.get="stale-fetching"),s&&a.__staleWhileFetching!==void 0?(o&&(o.returnedStale=!0),a.__staleWhileFetching):void 0):(n||this.#j(t,"expire"),o&&(o.get="stale"),s?(o&&(o.returnedStale=!0),a):void 0):(o&&(o.get=l?"fetching":"hit"),this.#X(h),i&&this.#R(h),l?a.__staleWhileFetching:a)}#Y(t,e){this.#E[e]=t,this.#b[t]=e}#X(t){t!==this.#g&&(t===this.#y?this.#y=this.#b[t]:this.#Y(this.#E[t],this.#b[t]),this.#Y(this.#g,t),this.#g=t)}delete(t){return this.#j(t,"delete")}#j(t,e){M.hasSubscribers&&M.publish({op:"delete",delete:e,key:t,cache:this});let s=!1;if(this.#h!==0){let i=this.#l.get(t);if(i!==void 0)if(this.#v?.[i]&&(clearTimeout(this.#v[i]),this.#v[i]=void 0),s=!0,this.#h===1)this.#J(e);else{this.#P(i);let n=this.#s[i];if(this.#c(n)?n.__abortController.abort(new Error("deleted")):(this.#S||this.#e)&&(this.#S&&this.#i?.(n,t,e),this.#e&&this.#p?.push([n,t,e])),this.#l.delete(t),this.#a[i]=void 0,this.#s[i]=void 0,i===this.#g)this.#g=this.#E[i];else if(i===this.#y)this.#y=this.#b[i];else{let o=this.#E[i];this.#b[o]=this.#b[i];let h=this.#b[i];this.#E[h]=this.#E[i]}this.#h--,this.#w.push(i)}}if(this.#e&&this.#p?.length){let i=this.#p,n;for(;n=i?.shift();)this.#r?.(...n)}return s}clear(){return this.#J("delete")}#J(t){for(let e of this.#F({allowStale:!0})){let s=this.#s[e];if(this.#c(s))s.__abortController.abort(new Error("deleted"));else{let i=this.#a[e];this.#S&&this.#i?.(s,i,t),this.#e&&this.#p?.push([s,i,t])}}if(this.#l.clear(),this.#s.fill(void 0),this.#a.fill(void 0),this.#x&&this.#C){this.#x.fill(0),this.#C.fill(0);for(let e of this.#v??[])e!==void 0&&clearTimeout(e);this.#v?.fill(void 0)}if(this.#k&&this.#k.fill(0),this.#y=0,this.#g=0,this.#w.length=0,this.#m=0,this.#h=0,this.#e&&this.#p){let e=this.#p,s;for(;s=e?.shift();)this.#r?.(...s)}}};var ms=typeof process=="object"&&process?process:{stdout:null,stderr:null},Li=r=>!!r&&typeof r=="object"&&(r instanceof J||r instanceof external_node_stream_||ji(r)||Wi(r)),ji=r=>!!r&&typeof r=="object"&&r instanceof external_node_events_.EventEmitter&&typeof r.pipe=="function"&&r.pipe!==external_node_stream_.Writable.prototype.pipe,Wi=r=>!!r&&typeof r=="object"&&r instanceof external_node_events_.EventEmitter&&typeof r.write=="function"&&typeof r.end=="function",G=Symbol("EOF"),H=Symbol("maybeEmitEnd"),Y=Symbol("emittedEnd"),Wt=Symbol("emittingEnd"),St=Symbol("emittedError"),$t=Symbol("closed"),gs=Symbol("read"),It=Symbol("flush"),ws=Symbol("flushChunk"),z=Symbol("encoding"),nt=Symbol("decoder"),k=Symbol("flowing"),xt=Symbol("paused"),rt=Symbol("resume"),C=Symbol("buffer"),F=Symbol("pipes"),A=Symbol("bufferLength"),Ce=Symbol("bufferPush"),Bt=Symbol("bufferShift"),R=Symbol("objectMode"),E=Symbol("destroyed"),Ae=Symbol("error"),Me=Symbol("emitData"),bs=Symbol("emitEnd"),Re=Symbol("emitEnd2"),$=Symbol("async"),Oe=Symbol("abort"),Ut=Symbol("aborted"),vt=Symbol("signal"),Q=Symbol("dataListeners"),_=Symbol("discarded"),Et=r=>Promise.resolve().then(r),$i=r=>r(),Ii=r=>r==="end"||r==="finish"||r==="prefinish",Bi=r=>r instanceof ArrayBuffer||!!r&&typeof r=="object"&&r.constructor&&r.constructor.name==="ArrayBuffer"&&r.byteLength>=0,Ui=r=>!Buffer.isBuffer(r)&&ArrayBuffer.isView(r),Gt=class{src;dest;opts;ondrain;constructor(t,e,s){this.src=t,this.dest=e,this.opts=s,this.ondrain=()=>t[rt](),this.dest.on("drain",this.ondrain)}unpipe(){this.dest.removeListener("drain",this.ondrain)}proxyErrors(t){}end(){this.unpipe(),this.opts.end&&this.dest.end()}},Fe=class extends Gt{unpipe(){this.src.removeListener("error",this.proxyErrors),super.unpipe()}constructor(t,e,s){super(t,e,s),this.proxyErrors=i=>this.dest.emit("error",i),t.on("error",this.proxyErrors)}},Gi=r=>!!r.objectMode,Hi=r=>!r.objectMode&&!!r.encoding&&r.encoding!=="buffer",J=class extends external_node_events_.EventEmitter{[k]=!1;[xt]=!1;[F]=[];[C]=[];[R];[z];[$];[nt];[G]=!1;[Y]=!1;[Wt]=!1;[$t]=!1;[St]=null;[A]=0;[E]=!1;[vt];[Ut]=!1;[Q]=0;[_]=!1;writable=!0;readable=!0;constructor(...t){let e=t[0]||{};if(super(),e.objectMode&&typeof e.encoding=="string")throw new TypeError("Encoding and objectMode may not be used together");Gi(e)?(this[R]=!0,this[z]=null):Hi(e)?(this[z]=e.encoding,this[R]=!1):(this[R]=!1,this[z]=null),this[$]=!!e.async,this[nt]=this[z]?new external_node_string_decoder_namespaceObject.StringDecoder(this[z]):null,e&&e.debugExposeBuffer===!0&&Object.defineProperty(this,"buffer",{get:()=>this[C]}),e&&e.debugExposePipes===!0&&Object.defineProperty(this,"pipes",{get:()=>this[F]});let{signal:s}=e;s&&(this[vt]=s,s.aborted?this[Oe]():s.addEventListener("abort",()=>this[Oe]()))}get bufferLength(){return this[A]}get encoding(){return this[z]}set encoding(t){throw new Error("Encoding must be set at instantiation time")}setEncoding(t){throw new Error("Encoding must be set at instantiation time")}get objectMode(){return this[R]}set objectMode(t){throw new Error("objectMode must be set at instantiation time")}get async(){return this[$]}set async(t){this[$]=this[$]||!!t}[Oe](){this[Ut]=!0,this.emit("abort",this[vt]?.reason),this.destroy(this[vt]?.reason)}get aborted(){return this[Ut]}set aborted(t){}write(t,e,s){if(this[Ut])return!1;if(this[G])throw new Error("write after end");if(this[E])return this.emit("error",Object.assign(new Error("Cannot call write after a stream was destroyed"),{code:"ERR_STREAM_DESTROYED"})),!0;typeof e=="function"&&(s=e,e="utf8"),e||(e="utf8");let i=this[$]?Et:$i;if(!this[R]&&!Buffer.isBuffer(t)){if(Ui(t))t=Buffer.from(t.buffer,t.byteOffset,t.byteLength);else if(Bi(t))t=Buffer.from(t);else if(typeof t!="string")throw new Error("Non-contiguous data written to non-objectMode stream")}return this[R]?(this[k]&&this[A]!==0&&this[It](!0),this[k]?this.emit("data",t):this[Ce](t),this[A]!==0&&this.emit("readable"),s&&i(s),this[k]):t.length?(typeof t=="string"&&!(e===this[z]&&!this[nt]?.lastNeed)&&(t=Buffer.from(t,e)),Buffer.isBuffer(t)&&this[z]&&(t=this[nt].write(t)),this[k]&&this[A]!==0&&this[It](!0),this[k]?this.emit("data",t):this[Ce](t),this[A]!==0&&this.emit("readable"),s&&i(s),this[k]):(this[A]!==0&&this.emit("readable"),s&&i(s),this[k])}read(t){if(this[E])return null;if(this[_]=!1,this[A]===0||t===0||t&&t>this[A])return this[H](),null;this[R]&&(t=null),this[C].length>1&&!this[R]&&(this[C]=[this[z]?this[C].join(""):Buffer.concat(this[C],this[A])]);let e=this[gs](t||null,this[C][0]);return this[H](),e}[gs](t,e){if(this[R])this[Bt]();else{let s=e;t===s.length||t===null?this[Bt]():typeof s=="string"?(this[C][0]=s.slice(t),e=s.slice(0,t),this[A]-=t):(this[C][0]=s.subarray(t),e=s.subarray(0,t),this[A]-=t)}return this.emit("data",e),!this[C].length&&!this[G]&&this.emit("drain"),e}end(t,e,s){return typeof t=="function"&&(s=t,t=void 0),typeof e=="function"&&(s=e,e="utf8"),t!==void 0&&this.write(t,e),s&&this.once("end",s),this[G]=!0,this.writable=!1,(this[k]||!this[xt])&&this[H](),this}[rt](){this[E]||(!this[Q]&&!this[F].length&&(this[_]=!0),this[xt]=!1,this[k]=!0,this.emit("resume"),this[C].length?this[It]():this[G]?this[H]():this.emit("drain"))}resume(){return this[rt]()}pause(){this[k]=!1,this[xt]=!0,this[_]=!1}get destroyed(){return this[E]}get flowing(){return this[k]}get paused(){return this[xt]}[Ce](t){this[R]?this[A]+=1:this[A]+=t.length,this[C].push(t)}[Bt](){return this[R]?this[A]-=1:this[A]-=this[C][0].length,this[C].shift()}[It](t=!1){do;while(this[ws](this[Bt]())&&this[C].length);!t&&!this[C].length&&!this[G]&&this.emit("drain")}[ws](t){return this.emit("data",t),this[k]}pipe(t,e){if(this[E])return t;this[_]=!1;let s=this[Y];return e=e||{},t===ms.stdout||t===ms.stderr?e.end=!1:e.end=e.end!==!1,e.proxyErrors=!!e.proxyErrors,s?e.end&&t.end():(this[F].push(e.proxyErrors?new Fe(this,t,e):new Gt(this,t,e)),this[$]?Et(()=>this[rt]()):this[rt]()),t}unpipe(t){let e=this[F].find(s=>s.dest===t);e&&(this[F].length===1?(this[k]&&this[Q]===0&&(this[k]=!1),this[F]=[]):this[F].splice(this[F].indexOf(e),1),e.unpipe())}addListener(t,e){return this.on(t,e)}on(t,e){let s=super.on(t,e);if(t==="data")this[_]=!1,this[Q]++,!this[F].length&&!this[k]&&this[rt]();else if(t==="readable"&&this[A]!==0)super.emit("readable");else if(Ii(t)&&this[Y])super.emit(t),this.removeAllListeners(t);else if(t==="error"&&this[St]){let i=e;this[$]?Et(()=>i.call(this,this[St])):i.call(this,this[St])}return s}removeListener(t,e){return this.off(t,e)}off(t,e){let s=super.off(t,e);return t==="data"&&(this[Q]=this.listeners("data").length,this[Q]===0&&!this[_]&&!this[F].length&&(this[k]=!1)),s}removeAllListeners(t){let e=super.removeAllListeners(t);return(t==="data"||t===void 0)&&(this[Q]=0,!this[_]&&!this[F].length&&(this[k]=!1)),e}get emittedEnd(){return this[Y]}[H](){!this[Wt]&&!this[Y]&&!this[E]&&this[C].length===0&&this[G]&&(this[Wt]=!0,this.emit("end"),this.emit("prefinish"),this.emit("finish"),this[$t]&&this.emit("close"),this[Wt]=!1)}emit(t,...e){let s=e[0];if(t!=="error"&&t!=="close"&&t!==E&&this[E])return!1;if(t==="data")return!this[R]&&!s?!1:this[$]?(Et(()=>this[Me](s)),!0):this[Me](s);if(t==="end")return this[bs]();if(t==="close"){if(this[$t]=!0,!this[Y]&&!this[E])return!1;let n=super.emit("close");return this.removeAllListeners("close"),n}else if(t==="error"){this[St]=s,super.emit(Ae,s);let n=!this[vt]||this.listeners("error").length?super.emit("error",s):!1;return this[H](),n}else if(t==="resume"){let n=super.emit("resume");return this[H](),n}else if(t==="finish"||t==="prefinish"){let n=super.emit(t);return this.removeAllListeners(t),n}let i=super.emit(t,...e);return this[H](),i}[Me](t){for(let s of this[F])s.dest.write(t)===!1&&this.pause();let e=this[_]?!1:super.emit("data",t);return this[H](),e}[bs](){return this[Y]?!1:(this[Y]=!0,this.readable=!1,this[$]?(Et(()=>this[Re]()),!0):this[Re]())}[Re](){if(this[nt]){let e=this[nt].end();if(e){for(let s of this[F])s.dest.write(e);this[_]||super.emit("data",e)}}for(let e of this[F])e.end();let t=super.emit("end");return this.removeAllListeners("end"),t}async collect(){let t=Object.assign([],{dataLength:0});this[R]||(t.dataLength=0);let e=this.promise();return this.on("data",s=>{t.push(s),this[R]||(t.dataLength+=s.length)}),await e,t}async concat(){if(this[R])throw new Error("cannot concat in objectMode");let t=await this.collect();return this[z]?t.join(""):Buffer.concat(t,t.dataLength)}async promise(){return new Promise((t,e)=>{this.on(E,()=>e(new Error("stream destroyed"))),this.on("error",s=>e(s)),this.on("end",()=>t())})}[Symbol.asyncIterator](){this[_]=!1;let t=!1,e=async()=>(this.pause(),t=!0,{value:void 0,done:!0});return{next:()=>{if(t)return e();let i=this.read();if(i!==null)return Promise.resolve({done:!1,value:i});if(this[G])return e();let n,o,h=f=>{this.off("data",a),this.off("end",l),this.off(E,c),e(),o(f)},a=f=>{this.off("error",h),this.off("end",l),this.off(E,c),this.pause(),n({value:f,done:!!this[G]})},l=()=>{this.off("error",h),this.off("data",a),this.off(E,c),e(),n({done:!0,value:void 0})},c=()=>h(new Error("stream destroyed"));return new Promise((f,u)=>{o=u,n=f,this.once(E,c),this.once("error",h),this.once("end",l),this.once("data",a)})},throw:e,return:e,[Symbol.asyncIterator](){return this},[Symbol.asyncDispose]:async()=>{}}}[Symbol.iterator](){this[_]=!1;let t=!1,e=()=>(this.pause(),this.off(Ae,e),this.off(E,e),this.off("end",e),t=!0,{done:!0,value:void 0}),s=()=>{if(t)return e();let i=this.read();return i===null?e():{done:!1,value:i}};return this.once("end",e),this.once(Ae,e),this.once(E,e),{next:s,throw:e,return:e,[Symbol.iterator](){return this},[Symbol.dispose]:()=>{}}}destroy(t){if(this[E])return t?this.emit("error",t):this.emit(E),this;this[E]=!0,this[_]=!0,this[C].length=0,this[A]=0;let e=this;return typeof e.close=="function"&&!this[$t]&&e.close(),t?this.emit("error",t):this.emit(E),this}static get isStream(){return Li}};var tn=external_fs_.realpathSync.native,Ct={lstatSync:external_fs_.lstatSync,readdir:external_fs_.readdir,readdirSync:external_fs_.readdirSync,readlinkSync:external_fs_.readlinkSync,realpathSync:tn,promises:{lstat:promises_namespaceObject.lstat,readdir:promises_namespaceObject.readdir,readlink:promises_namespaceObject.readlink,realpath:promises_namespaceObject.realpath}},Cs=r=>!r||r===Ct||r===external_node_fs_namespaceObject_0?Ct:{...Ct,...r,promises:{...Ct.promises,...r.promises}},on=/^\\\\\?\\([a-z]:)\\?$/i,hn=/^\\\\\?\\UNC\\([^\\]+\\[^\\]+)\\?$/i,an=/^\\\\[^\\?]+\\[^\\]+$/,Ss=r=>r.replace(/\//g,"\\").replace(on,"$1\\").replace(hn,"\\\\$1\\").replace(an,"$&\\"),ln=/^[\\/]{2}\?[\\/]unc[\\/][^\\/]+[\\/][^\\/]+(?:[\\/]|$)/i,cn=/^[\\/]{2}\?[\\/](?=[a-z]:)/i,fn=/^[\\/]{2}\?[\\/]unc(?=[\\/][^\\/]+[\\/][^\\/])/i,un=/[\\/]/,P=0,As=1,Ms=2,I=4,Rs=6,Os=8,tt=10,Fs=12,N=15,kt=~N,_e=16,xs=32,At=64,L=128,Ht=256,Kt=512,vs=At|L|Kt,dn=1023,De=r=>r.isFile()?Os:r.isDirectory()?I:r.isSymbolicLink()?tt:r.isCharacterDevice()?Ms:r.isBlockDevice()?Rs:r.isSocket()?Fs:r.isFIFO()?As:P,Es=new yt({max:2**12}),Mt=r=>{let t=Es.get(r);if(t)return t;let e=r.normalize("NFKD");return Es.set(r,e),e},ks=new yt({max:2**12}),qt=r=>{let t=ks.get(r);if(t)return t;let e=Mt(r.toLowerCase());return ks.set(r,e),e},Xt=class extends yt{constructor(){super({max:256})}},Pe=class extends yt{constructor(t=16*1024){super({maxSize:t,sizeCalculation:e=>e.length+1})}},Ts=Symbol("PathScurry setAsCwd"),O=class{name;root;roots;parent;nocase;isCWD=!1;#t;#n;get dev(){return this.#n}#i;get mode(){return this.#i}#o;get nlink(){return this.#o}#r;get uid(){return this.#r}#d;get gid(){return this.#d}#u;get rdev(){return this.#u}#f;get blksize(){return this.#f}#h;get ino(){return this.#h}#m;get size(){return this.#m}#l;get blocks(){return this.#l}#a;get atimeMs(){return this.#a}#s;get mtimeMs(){return this.#s}#b;get ctimeMs(){return this.#b}#E;get birthtimeMs(){return this.#E}#y;get atime(){return this.#y}#g;get mtime(){return this.#g}#w;get ctime(){return this.#w}#p;get birthtime(){return this.#p}#k;#C;#x;#v;#S;#M;#e;#T;#_;#R;get parentPath(){return(this.parent||this).fullpath()}get path(){return this.parentPath}constructor(t,e=P,s,i,n,o,h){this.name=t,this.#k=n?qt(t):Mt(t),this.#e=e&dn,this.nocase=n,this.roots=i,this.root=s||this,this.#T=o,this.#x=h.fullpath,this.#S=h.relative,this.#M=h.relativePosix,this.parent=h.parent,this.parent?this.#t=this.parent.#t:this.#t=Cs(h.fs)}get fs(){return this.#t}depth(){return this.#C!==void 0?this.#C:this.parent?this.#C=this.parent.depth()+1:this.#C=0}childrenCache(){return this.#T}resolve(t){if(!t)return this;let e=this.getRootString(t),i=t.substring(e.length).split(this.splitSep);return e?this.getRoot(e).#D(i):this.#D(i)}#D(t){let e=this;for(let s of t)e=e.child(s);return e}children(){let t=this.#T.get(this);if(t)return t;let e=Object.assign([],{provisional:0});return this.#T.set(this,e),this.#e&=~_e,e}child(t,e){if(t===""||t===".")return this;if(t==="..")return this.parent||this;let s=this.children(),i=this.nocase?qt(t):Mt(t);for(let a of s)if(a.#k===i)return a;let n=this.parent?this.sep:"",o=this.#x?this.#x+n+t:void 0,h=this.newChild(t,P,{...e,parent:this,fullpath:o});return this.canReaddir()||(h.#e|=L),s.push(h),h}relative(){if(this.isCWD)return"";if(this.#S!==void 0)return this.#S;let t=this.name,e=this.parent;if(!e)return this.#S=this.name;let s=e.relative();return s+(!s||!e.parent?"":this.sep)+t}relativePosix(){if(this.sep==="/")return this.relative();if(this.isCWD)return"";if(this.#M!==void 0)return this.#M;let t=this.name,e=this.parent;if(!e)return this.#M=this.fullpathPosix();let s=e.relativePosix();return s+(!s||!e.parent?"":"/")+t}fullpath(){if(this.#x!==void 0)return this.#x;let t=this.name,e=this.parent;if(!e)return this.#x=this.name;let i=e.fullpath()+(e.parent?this.sep:"")+t;return this.#x=i}fullpathPosix(){if(this.#v!==void 0)return this.#v;if(this.sep==="/")return this.#v=this.fullpath();if(!this.parent){let i=this.fullpath().replace(/\\/g,"/");return/^[a-z]:\//i.test(i)?this.#v=`//?/${i}`:this.#v=i}let t=this.parent,e=t.fullpathPosix(),s=e+(!e||!t.parent?"":"/")+this.name;return this.#v=s}isUnknown(){return(this.#e&N)===P}isType(t){return this[`is${t}`]()}getType(){return this.isUnknown()?"Unknown":this.isDirectory()?"Directory":this.isFile()?"File":this.isSymbolicLink()?"SymbolicLink":this.isFIFO()?"FIFO":this.isCharacterDevice()?"CharacterDevice":this.isBlockDevice()?"BlockDevice":this.isSocket()?"Socket":"Unknown"}isFile(){return(this.#e&N)===Os}isDirectory(){return(this.#e&N)===I}isCharacterDevice(){return(this.#e&N)===Ms}isBlockDevice(){return(this.#e&N)===Rs}isFIFO(){return(this.#e&N)===As}isSocket(){return(this.#e&N)===Fs}isSymbolicLink(){return(this.#e&tt)===tt}lstatCached(){return this.#e&xs?this:void 0}readlinkCached(){return this.#_}realpathCached(){return this.#R}readdirCached(){let t=this.children();return t.slice(0,t.provisional)}canReadlink(){if(this.#_)return!0;if(!this.parent)return!1;let t=this.#e&N;return!(t!==P&&t!==tt||this.#e&Ht||this.#e&L)}calledReaddir(){return!!(this.#e&_e)}isENOENT(){return!!(this.#e&L)}isNamed(t){return this.nocase?this.#k===qt(t):this.#k===Mt(t)}async readlink(){let t=this.#_;if(t)return t;if(this.canReadlink()&&this.parent)try{let e=await this.#t.promises.readlink(this.fullpath()),s=(await this.parent.realpath())?.resolve(e);if(s)return this.#_=s}catch(e){this.#F(e.code);return}}readlinkSync(){let t=this.#_;if(t)return t;if(this.canReadlink()&&this.parent)try{let e=this.#t.readlinkSync(this.fullpath()),s=this.parent.realpathSync()?.resolve(e);if(s)return this.#_=s}catch(e){this.#F(e.code);return}}#W(t){this.#e|=_e;for(let e=t.provisional;e<t.length;e++){let s=t[e];s&&s.#A()}}#A(){this.#e&L||(this.#e=(this.#e|L)&kt,this.#G())}#G(){let t=this.children();t.provisional=0;for(let e of t)e.#A()}#P(){this.#e|=Kt,this.#N()}#N(){if(this.#e&At)return;let t=this.#e;(t&N)===I&&(t&=kt),this.#e=t|At,this.#G()}#$(t=""){t==="ENOTDIR"||t==="EPERM"?this.#N():t==="ENOENT"?this.#A():this.children().provisional=0}#O(t=""){t==="ENOTDIR"?this.parent.#N():t==="ENOENT"&&this.#A()}#F(t=""){let e=this.#e;e|=Ht,t==="ENOENT"&&(e|=L),(t==="EINVAL"||t==="UNKNOWN")&&(e&=kt),this.#e=e,t==="ENOTDIR"&&this.parent&&this.parent.#N()}#I(t,e){return this.#U(t,e)||this.#z(t,e)}#z(t,e){let s=De(t),i=this.newChild(t.name,s,{parent:this}),n=i.#e&N;return n!==I&&n!==tt&&n!==P&&(i.#e|=At),e.unshift(i),e.provisional++,i}#U(t,e){for(let s=e.provisional;s<e.length;s++){let i=e[s];if((this.nocase?qt(t.name):Mt(t.name))===i.#k)return this.#V(t,i,s,e)}}#V(t,e,s,i){let n=e.name;return e.#e=e.#e&kt|De(t),n!==t.name&&(e.name=t.name),s!==i.provisional&&(s===i.length-1?i.pop():i.splice(s,1),i.unshift(e)),i.provisional++,e}async lstat(){if((this.#e&L)===0)try{return this.#H(await this.#t.promises.lstat(this.fullpath())),this}catch(t){this.#O(t.code)}}lstatSync(){if((this.#e&L)===0)try{return this.#H(this.#t.lstatSync(this.fullpath())),this}catch(t){this.#O(t.code)}}#H(t){let{atime:e,atimeMs:s,birthtime:i,birthtimeMs:n,blksize:o,blocks:h,ctime:a,ctimeMs:l,dev:c,gid:f,ino:u,mode:p,mtime:g,mtimeMs:d,nlink:w,rdev:m,size:b,uid:x}=t;this.#y=e,this.#a=s,this.#p=i,this.#E=n,this.#f=o,this.#l=h,this.#w=a,this.#b=l,this.#n=c,this.#d=f,this.#h=u,this.#i=p,this.#g=g,this.#s=d,this.#o=w,this.#u=m,this.#m=b,this.#r=x;let S=De(t);this.#e=this.#e&kt|S|xs,S!==P&&S!==I&&S!==tt&&(this.#e|=At)}#L=[];#c=!1;#q(t){this.#c=!1;let e=this.#L.slice();this.#L.length=0,e.forEach(s=>s(null,t))}readdirCB(t,e=!1){if(!this.canReaddir()){e?t(null,[]):queueMicrotask(()=>t(null,[]));return}let s=this.children();if(this.calledReaddir()){let n=s.slice(0,s.provisional);e?t(null,n):queueMicrotask(()=>t(null,n));return}if(this.#L.push(t),this.#c)return;this.#c=!0;let i=this.fullpath();this.#t.readdir(i,{withFileTypes:!0},(n,o)=>{if(n)this.#$(n.code),s.provisional=0;else{for(let h of o)this.#I(h,s);this.#W(s)}this.#q(s.slice(0,s.provisional))})}#B;async readdir(){if(!this.canReaddir())return[];let t=this.children();if(this.calledReaddir())return t.slice(0,t.provisional);let e=this.fullpath();if(this.#B)await this.#B;else{let s=()=>{};this.#B=new Promise(i=>s=i);try{for(let i of await this.#t.promises.readdir(e,{withFileTypes:!0}))this.#I(i,t);this.#W(t)}catch(i){this.#$(i.code),t.provisional=0}this.#B=void 0,s()}return t.slice(0,t.provisional)}readdirSync(){if(!this.canReaddir())return[];let t=this.children();if(this.calledReaddir())return t.slice(0,t.provisional);let e=this.fullpath();try{for(let s of this.#t.readdirSync(e,{withFileTypes:!0}))this.#I(s,t);this.#W(t)}catch(s){this.#$(s.code),t.provisional=0}return t.slice(0,t.provisional)}canReaddir(){if(this.#e&vs)return!1;let t=N&this.#e;return t===P||t===I||t===tt}shouldWalk(t,e){return(this.#e&I)===I&&!(this.#e&vs)&&!t.has(this)&&(!e||e(this))}async realpath(){if(this.#R)return this.#R;if(!((Kt|Ht|L)&this.#e))try{let t=await this.#t.promises.realpath(this.fullpath());return this.#R=this.resolve(t)}catch{this.#P()}}realpathSync(){if(this.#R)return this.#R;if(!((Kt|Ht|L)&this.#e))try{let t=this.#t.realpathSync(this.fullpath());return this.#R=this.resolve(t)}catch{this.#P()}}[Ts](t){if(t===this)return;t.isCWD=!1,this.isCWD=!0;let e=new Set([]),s=[],i=this;for(;i&&i.parent;)e.add(i),i.#S=s.join(this.sep),i.#M=s.join("/"),i=i.parent,s.push("..");for(i=t;i&&i.parent&&!e.has(i);)i.#S=void 0,i.#M=void 0,i=i.parent}},Vt=class r extends O{sep="\\";splitSep=un;constructor(t,e=P,s,i,n,o,h){super(t,e,s,i,n,o,h)}newChild(t,e=P,s={}){return new r(t,e,this.root,this.roots,this.nocase,this.childrenCache(),s)}getRootString(t){return ln.exec(t)?.[0]??external_node_path_namespaceObject.win32.parse(t).root}getRoot(t){if(t=Ss(t.toUpperCase()),t===this.root.name||/^[\\/]$/.test(t))return this.root;for(let[e,s]of Object.entries(this.roots))if(this.sameRoot(t,e))return this.roots[t]=s;return this.roots[t]=new ot(t,{nocase:this.nocase,fs:this.fs}).root}sameRoot(t,e=this.root.name){return Ss(t.toUpperCase())===e}},Yt=class r extends O{splitSep="/";sep="/";constructor(t,e=P,s,i,n,o,h){super(t,e,s,i,n,o,h)}getRootString(t){return t.startsWith("/")?"/":""}getRoot(t){return this.root}newChild(t,e=P,s={}){return new r(t,e,this.root,this.roots,this.nocase,this.childrenCache(),s)}},Jt=class{root;rootPath;roots;cwd;#t;#n;#i;nocase;#o;constructor(t=process.cwd(),e,s,{nocase:i,childrenCacheSize:n=16*1024,fs:o=Ct}={}){this.#o=Cs(o),(t instanceof URL||t.startsWith("file://"))&&(t=(0,external_node_url_.fileURLToPath)(t));let h=e.resolve(t);this.roots=Object.create(null),this.rootPath=this.parseRootPath(h),this.#t=new Xt,this.#n=new Xt,this.#i=new Pe(n);let a=h.substring(this.rootPath.length).split(s);if(a.length===1&&!a[0]&&a.pop(),i===void 0)throw new TypeError("must provide nocase setting to PathScurryBase ctor");this.nocase=i,this.root=this.newRoot(this.#o),this.roots[this.rootPath]=this.root;let l=this.root,c=a.length-1,f=e.sep,u=this.rootPath,p=!1;for(let g of a){let d=c--;l=l.child(g,{relative:new Array(d).fill("..").join(f),relativePosix:new Array(d).fill("..").join("/"),fullpath:u+=(p?"":f)+g}),p=!0}this.cwd=l}depth(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.depth()}childrenCache(){return this.#i}resolve(...t){let e="";for(let n=t.length-1;n>=0;n--){let o=t[n];if(!(!o||o===".")&&(e=e?`${o}/${e}`:o,this.isAbsolute(o)))break}let s=this.#t.get(e);if(s!==void 0)return s;let i=this.cwd.resolve(e).fullpath();return this.#t.set(e,i),i}resolvePosix(...t){let e="";for(let n=t.length-1;n>=0;n--){let o=t[n];if(!(!o||o===".")&&(e=e?`${o}/${e}`:o,this.isAbsolute(o)))break}let s=this.#n.get(e);if(s!==void 0)return s;let i=this.cwd.resolve(e).fullpathPosix();return this.#n.set(e,i),i}relative(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.relative()}relativePosix(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.relativePosix()}basename(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.name}dirname(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),(t.parent||t).fullpath()}async readdir(t=this.cwd,e={withFileTypes:!0}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t,t=this.cwd);let{withFileTypes:s}=e;if(t.canReaddir()){let i=await t.readdir();return s?i:i.map(n=>n.name)}else return[]}readdirSync(t=this.cwd,e={withFileTypes:!0}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t,t=this.cwd);let{withFileTypes:s=!0}=e;return t.canReaddir()?s?t.readdirSync():t.readdirSync().map(i=>i.name):[]}async lstat(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.lstat()}lstatSync(t=this.cwd){return typeof t=="string"&&(t=this.cwd.resolve(t)),t.lstatSync()}async readlink(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t.withFileTypes,t=this.cwd);let s=await t.readlink();return e?s:s?.fullpath()}readlinkSync(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t.withFileTypes,t=this.cwd);let s=t.readlinkSync();return e?s:s?.fullpath()}async realpath(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t.withFileTypes,t=this.cwd);let s=await t.realpath();return e?s:s?.fullpath()}realpathSync(t=this.cwd,{withFileTypes:e}={withFileTypes:!1}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t.withFileTypes,t=this.cwd);let s=t.realpathSync();return e?s:s?.fullpath()}async walk(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:n,walkFilter:o}=e,h=[];(!n||n(t))&&h.push(s?t:t.fullpath());let a=new Set,l=(f,u)=>{a.add(f),f.readdirCB((p,g)=>{if(p)return u(p);let d=g.length;if(!d)return u();let w=()=>{--d===0&&u()};for(let m of g)(!n||n(m))&&h.push(s?m:m.fullpath()),i&&m.isSymbolicLink()?m.realpath().then(b=>b?.isUnknown()?b.lstat():b).then(b=>b?.shouldWalk(a,o)?l(b,w):w()):m.shouldWalk(a,o)?l(m,w):w()},!0)},c=t;return new Promise((f,u)=>{l(c,p=>{if(p)return u(p);f(h)})})}walkSync(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:n,walkFilter:o}=e,h=[];(!n||n(t))&&h.push(s?t:t.fullpath());let a=new Set([t]);for(let l of a){let c=l.readdirSync();for(let f of c){(!n||n(f))&&h.push(s?f:f.fullpath());let u=f;if(f.isSymbolicLink()){if(!(i&&(u=f.realpathSync())))continue;u.isUnknown()&&u.lstatSync()}u.shouldWalk(a,o)&&a.add(u)}}return h}[Symbol.asyncIterator](){return this.iterate()}iterate(t=this.cwd,e={}){return typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t,t=this.cwd),this.stream(t,e)[Symbol.asyncIterator]()}[Symbol.iterator](){return this.iterateSync()}*iterateSync(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:n,walkFilter:o}=e;(!n||n(t))&&(yield s?t:t.fullpath());let h=new Set([t]);for(let a of h){let l=a.readdirSync();for(let c of l){(!n||n(c))&&(yield s?c:c.fullpath());let f=c;if(c.isSymbolicLink()){if(!(i&&(f=c.realpathSync())))continue;f.isUnknown()&&f.lstatSync()}f.shouldWalk(h,o)&&h.add(f)}}}stream(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:n,walkFilter:o}=e,h=new J({objectMode:!0});(!n||n(t))&&h.write(s?t:t.fullpath());let a=new Set,l=[t],c=0,f=()=>{let u=!1;for(;!u;){let p=l.shift();if(!p){c===0&&h.end();return}c++,a.add(p);let g=(w,m,b=!1)=>{if(w)return h.emit("error",w);if(i&&!b){let x=[];for(let S of m)S.isSymbolicLink()&&x.push(S.realpath().then(y=>y?.isUnknown()?y.lstat():y));if(x.length){Promise.all(x).then(()=>g(null,m,!0));return}}for(let x of m)x&&(!n||n(x))&&(h.write(s?x:x.fullpath())||(u=!0));c--;for(let x of m){let S=x.realpathCached()||x;S.shouldWalk(a,o)&&l.push(S)}u&&!h.flowing?h.once("drain",f):d||f()},d=!0;p.readdirCB(g,!0),d=!1}};return f(),h}streamSync(t=this.cwd,e={}){typeof t=="string"?t=this.cwd.resolve(t):t instanceof O||(e=t,t=this.cwd);let{withFileTypes:s=!0,follow:i=!1,filter:n,walkFilter:o}=e,h=new J({objectMode:!0}),a=new Set;(!n||n(t))&&h.write(s?t:t.fullpath());let l=[t],c=0,f=()=>{let u=!1;for(;!u;){let p=l.shift();if(!p){c===0&&h.end();return}c++,a.add(p);let g=p.readdirSync();for(let d of g)(!n||n(d))&&(h.write(s?d:d.fullpath())||(u=!0));c--;for(let d of g){let w=d;if(d.isSymbolicLink()){if(!(i&&(w=d.realpathSync())))continue;w.isUnknown()&&w.lstatSync()}w.shouldWalk(a,o)&&l.push(w)}}u&&!h.flowing&&h.once("drain",f)};return f(),h}chdir(t=this.cwd){let e=this.cwd;this.cwd=typeof t=="string"?this.cwd.resolve(t):t,this.cwd[Ts](e)}},ot=class extends Jt{sep="\\";constructor(t=process.cwd(),e={}){let{nocase:s=!0}=e;typeof t=="string"&&!t.startsWith("file://")&&(t=t.replace(cn,"").replace(fn,"\\")),super(t,external_node_path_namespaceObject.win32,"\\",{...e,nocase:s}),this.nocase=s;for(let i=this.cwd;i;i=i.parent)i.nocase=this.nocase}parseRootPath(t){return external_node_path_namespaceObject.win32.parse(t).root.toUpperCase()}newRoot(t){return new Vt(this.rootPath,I,void 0,this.roots,this.nocase,this.childrenCache(),{fs:t})}isAbsolute(t){return t.startsWith("/")||t.startsWith("\\")||/^[a-z]:(\/|\\)/i.test(t)}},ht=class extends Jt{sep="/";constructor(t=process.cwd(),e={}){let{nocase:s=!1}=e;super(t,external_node_path_namespaceObject.posix,"/",{...e,nocase:s}),this.nocase=s}parseRootPath(t){return"/"}newRoot(t){return new Yt(this.rootPath,I,void 0,this.roots,this.nocase,this.childrenCache(),{fs:t})}isAbsolute(t){return t.startsWith("/")}},Rt=class extends ht{constructor(t=process.cwd(),e={}){let{nocase:s=!0}=e;super(t,{...e,nocase:s})}},rr=process.platform==="win32"?Vt:Yt,_s=process.platform==="win32"?ot:process.platform==="darwin"?Rt:ht;var pn=r=>r.length>=1,mn=r=>r.length>=1,gn=Symbol.for("nodejs.util.inspect.custom"),at=class r{#t;#n;#i;length;#o;#r;#d;#u;#f;#h;#m=!0;constructor(t,e,s,i){if(!pn(t))throw new TypeError("empty pattern list");if(!mn(e))throw new TypeError("empty glob list");if(e.length!==t.length)throw new TypeError("mismatched pattern list and glob list lengths");if(this.length=t.length,s<0||s>=this.length)throw new TypeError("index out of range");if(this.#t=t,this.#n=e,this.#i=s,this.#o=i,this.#i===0){if(this.isUNC()){let n=this.#l()?6:4,o=this.#t.slice(0,n),h=this.#n.slice(0,n),a=this.#t.slice(n),l=this.#n.slice(n);a[0]===""&&(a.shift(),l.shift());let c=[...o,""].join("/"),f=[...h,""].join("/");this.#t=[c,...a],this.#n=[f,...l],this.length=this.#t.length}else if(this.isDrive()||this.isAbsolute()){let[n,...o]=this.#t,[h,...a]=this.#n;o[0]===""&&(o.shift(),a.shift());let l=`${n}/`,c=`${h}/`;this.#t=[l,...o],this.#n=[c,...a],this.length=this.#t.length}}}[gn](){return`Pattern <${this.#n.slice(this.#i).join("/")}>`}pattern(){return this.#t[this.#i]}isString(){return typeof this.#t[this.#i]=="string"}isGlobstar(){return this.#t[this.#i]===v}isMatcher(){return typeof this.#t[this.#i]=="object"}globString(){return this.#d=this.#d||(this.#i===0?this.isAbsolute()?this.#n[0]+this.#n.slice(1).join("/"):this.#n.join("/"):this.#n.slice(this.#i).join("/"))}hasMore(){return this.length>this.#i+1}rest(){return this.#r!==void 0?this.#r:this.hasMore()?(this.#r=new r(this.#t,this.#n,this.#i+1,this.#o),this.#r.#h=this.#h,this.#r.#f=this.#f,this.#r.#u=this.#u,this.#r):this.#r=null}#l(){let t=this.#t;return t[2]==="?"&&typeof t[3]=="string"&&/^unc$/i.test(t[3])}isUNC(){let t=this.#t,e=this.#l()?4:2;return this.#f!==void 0?this.#f:this.#f=this.#o==="win32"&&this.#i===0&&t[0]===""&&t[1]===""&&typeof t[e]=="string"&&!!t[e]&&typeof t[e+1]=="string"&&!!t[e+1]}isDrive(){let t=this.#t;return this.#u!==void 0?this.#u:this.#u=this.#o==="win32"&&this.#i===0&&this.length>1&&typeof t[0]=="string"&&/^[a-z]:$/i.test(t[0])}isAbsolute(){let t=this.#t;return this.#h!==void 0?this.#h:this.#h=t[0]===""&&t.length>1||this.isDrive()||this.isUNC()}root(){let t=this.#t[0];return typeof t=="string"&&this.isAbsolute()&&this.#i===0?t:""}checkFollowGlobstar(){return!(this.#i===0||!this.isGlobstar()||!this.#m)}markFollowGlobstar(){return this.#i===0||!this.isGlobstar()||!this.#m?!1:(this.#m=!1,!0)}};var wn=typeof process=="object"&&process&&typeof process.platform=="string"?process.platform:"linux",lt=class{relative;relativeChildren;absolute;absoluteChildren;platform;mmopts;slashRoot;constructor(t,{nobrace:e,nocase:s,noext:i,noglobstar:n,normalize:o,platform:h=wn,root:a,windowsPathsNoEscape:l,allowWindowsEscape:c,braceExpandMax:f=1e4},u){this.relative=[],this.absolute=[],this.relativeChildren=[],this.absoluteChildren=[],this.platform=h,l=!!l||c===!1,this.mmopts={braceExpandMax:f,dot:!0,nobrace:e,nocase:s,noext:i,noglobstar:n,normalize:o,optimizationLevel:2,platform:h,nocomment:!0,nonegate:!0,windowsPathsNoEscape:l};let p=u?.resolve(a??"/").fullpath()??"/";this.slashRoot=K(p.replace(/\\/g,"/").replace(/\/$/,""),{magicalBraces:!0,windowsPathsNoEscape:l});for(let g of t)this.add(g)}add(t){let e=new D(t,this.mmopts);for(let s=0;s<e.set.length;s++){let i=e.set[s],n=e.globParts[s];if(!i||!n)throw new Error("invalid pattern object");for(;i[0]==="."&&n[0]===".";)i.shift(),n.shift();let o=new at(i,n,0,this.platform),h=o.root()==="/"?`${this.slashRoot}/${o.rest()?.globString()??""}`:o.globString(),a=new D(h,this.mmopts),l=n[n.length-1]==="**",c=o.isAbsolute();c?this.absolute.push(a):this.relative.push(a),l&&(c?this.absoluteChildren.push(a):this.relativeChildren.push(a))}}ignored(t){let e=t.fullpath(),s=`${e}/`,i=t.relative()||".",n=`${i}/`;for(let o of this.relative)if(o.match(i)||o.match(n))return!0;for(let o of this.absolute)if(o.match(e)||o.match(s))return!0;return!1}childrenIgnored(t){let e=`${t.fullpath()}/`,s=`${t.relative()||"."}/`;for(let i of this.relativeChildren)if(i.match(s))return!0;for(let i of this.absoluteChildren)if(i.match(e))return!0;return!1}};var ze=class r{parent;store;constructor(t){this.parent=t}copy(){return new r(this)}#t(t){let e=this.store?.get(t);return e||!this.parent?e:this.parent.#t(t)}hasWalked(t,e){return!!this.#t(t.fullpath())?.has(e.globString())}storeWalked(t,e){let s=t.fullpath(),i=this.#t(s);i?i.add(e.globString()):(this.store??=new Map).set(s,new Set([e.globString()]))}},Ot=class r{static ABSOLUTE=2;static IF_DIR=1;store=new Map;add(t,e,s){let i=(e?r.ABSOLUTE:0)|(s?r.IF_DIR:0),n=this.store.get(t);this.store.set(t,n===void 0?i:i&n)}},Le=class{store=new Map;add(t,e){if(!t.canReaddir())return;let s=this.store.get(t);s?s.find(i=>i.globString()===e.globString())||s.push(e):this.store.set(t,[e])}get(t){let e=this.store.get(t);if(!e)throw new Error("attempting to walk unknown path");return e}entries(){return this.keys().map(t=>[t,this.store.get(t)])}keys(){return[...this.store.keys()].filter(t=>t.canReaddir())}},Ft=class r{hasWalkedCache;matches=new Ot;subwalks=new Le;patterns;follow;dot;opts;constructor(t,e){this.opts=t,this.follow=!!t.follow,this.dot=!!t.dot,this.hasWalkedCache=e?e.copy():new ze}processPatterns(t,e){this.patterns=e;let s=e.map(i=>[t,i]);for(let[i,n]of s){this.hasWalkedCache.storeWalked(i,n);let o=n.root(),h=n.isAbsolute()&&this.opts.absolute!==!1;if(o){i=i.resolve(o==="/"&&this.opts.root!==void 0?this.opts.root:o);let f=n.rest();if(f)n=f;else{this.matches.add(i,!0,!1);continue}}if(i.isENOENT())continue;let a,l,c=!1;for(;typeof(a=n.pattern())=="string"&&(l=n.rest());)i=i.resolve(a),n=l,c=!0;if(a=n.pattern(),l=n.rest(),c){if(this.hasWalkedCache.hasWalked(i,n))continue;this.hasWalkedCache.storeWalked(i,n)}if(typeof a=="string"){let f=a===".."||a===""||a===".";this.matches.add(i.resolve(a),h,f);continue}else if(a===v){(!i.isSymbolicLink()||this.follow||n.checkFollowGlobstar())&&this.subwalks.add(i,n);let f=l?.pattern(),u=l?.rest();if(!l||(f===""||f===".")&&!u)this.matches.add(i,h,f===""||f===".");else if(f===".."){let p=i.parent||i;u?this.hasWalkedCache.hasWalked(p,u)||this.subwalks.add(p,u):this.matches.add(p,h,!0)}}else typeof a=="object"&&this.subwalks.add(i,n)}return this}subwalkTargets(){return this.subwalks.keys()}child(){return new r(this.opts,this.hasWalkedCache)}filterEntries(t,e){let s=this.subwalks.get(t),i=this.child();for(let n of e)for(let o of s){let h=o.isAbsolute(),a=o.pattern(),l=o.rest();a===v?i.testGlobstar(n,o,l,h):typeof a=="object"?i.testMatcher(n,a,l,h):i.testString(n,a,l,h)}return i}testGlobstar(t,e,s,i){if((this.dot||!t.name.startsWith("."))&&(e.hasMore()||this.matches.add(t,i,!1),t.canReaddir()&&(this.follow||!t.isSymbolicLink()?this.subwalks.add(t,e):t.isSymbolicLink()&&(s&&e.checkFollowGlobstar()?this.subwalks.add(t,s):e.markFollowGlobstar()&&this.subwalks.add(t,e)))),s){let n=s.pattern();if(typeof n=="string"&&n!==".."&&n!==""&&n!==".")this.testString(t,n,s.rest(),i);else if(n===".."){let o=t.parent||t;this.subwalks.add(o,s)}else typeof n=="object"&&this.testMatcher(t,n,s.rest(),i)}}testMatcher(t,e,s,i){e.testUnchecked(t.name)&&(s?this.subwalks.add(t,s):this.matches.add(t,i,!1))}testString(t,e,s,i){t.isNamed(e)&&(s?this.subwalks.add(t,s):this.matches.add(t,i,!1))}};var{ABSOLUTE:Zt,IF_DIR:Qt}=Ot,bn=(r,t,e)=>typeof r=="string"?new lt([r],t,e):Array.isArray(r)?new lt(r,t,e):r,te=class{path;patterns;opts;seen=new Set;paused=!1;aborted=!1;#t=[];#n;#i;signal;maxDepth;includeChildMatches;constructor(t,e,s){if(this.patterns=t,this.path=e,this.opts=s,this.#i=!s.posix&&s.platform==="win32"?"\\":"/",this.includeChildMatches=s.includeChildMatches!==!1,(s.ignore||!this.includeChildMatches)&&(this.#n=bn(s.ignore??[],s,e),!this.includeChildMatches&&typeof this.#n.add!="function")){let i="cannot ignore child matches, ignore lacks add() method.";throw new Error(i)}this.maxDepth=s.maxDepth||1/0,s.signal&&(this.signal=s.signal,this.signal.addEventListener("abort",()=>{this.#t.length=0}))}#o(t){return this.seen.has(t)||!!this.#n?.ignored?.(t)}#r(t){return!!this.#n?.childrenIgnored?.(t)}pause(){this.paused=!0}resume(){if(this.signal?.aborted)return;this.paused=!1;let t;for(;!this.paused&&(t=this.#t.shift());)t()}onResume(t){this.paused?this.#t.push(t):t()}async matchCheck(t,e){if(e&&this.opts.nodir)return;let s,i;if(this.opts.realpath){if(s=t.realpathCached()||await t.realpath(),!s)return;i=s}else i=t;let o=i.isUnknown()||this.opts.stat?await i.lstat():i;if(this.opts.follow&&this.opts.nodir&&o?.isSymbolicLink()){let h=await o.realpath();h&&(h.isUnknown()||this.opts.stat)&&await h.lstat()}return this.matchCheckTest(o,e)}matchCheckTest(t,e){return t&&(this.maxDepth===1/0||t.depth()<=this.maxDepth)&&(!e||t.canReaddir())&&(!this.opts.nodir||!t.isDirectory())&&(!this.opts.nodir||!this.opts.follow||!t.isSymbolicLink()||!t.realpathCached()?.isDirectory())&&!this.#o(t)?t:void 0}matchCheckSync(t,e){if(e&&this.opts.nodir)return;let s,i;if(this.opts.realpath){if(s=t.realpathCached()||t.realpathSync(),!s)return;i=s}else i=t;let o=i.isUnknown()||this.opts.stat?i.lstatSync():i;if(this.opts.follow&&this.opts.nodir&&o?.isSymbolicLink()){let h=o.realpathSync();h&&(h?.isUnknown()||this.opts.stat)&&h.lstatSync()}return this.matchCheckTest(o,e)}matchFinish(t,e){this.#o(t)||this.#d(t,e)}#d(t,e){if(!this.includeChildMatches&&this.#n?.add){let n=`${t.relativePosix()}/**`;this.#n.add(n)}let s=this.opts.absolute===void 0?e:this.opts.absolute;this.seen.add(t);let i=this.opts.mark&&t.isDirectory()?this.#i:"";if(this.opts.withFileTypes)this.matchEmit(t);else if(s){let n=this.opts.posix?t.fullpathPosix():t.fullpath();this.matchEmit(n+i)}else{let n=this.opts.posix?t.relativePosix():t.relative(),o=this.opts.dotRelative&&!n.startsWith(`..${this.#i}`)?`.${this.#i}`:"";this.matchEmit(n?o+n+i:`.${i}`)}}async match(t,e,s){let i=await this.matchCheck(t,s);i&&this.matchFinish(i,e)}matchSync(t,e,s){let i=this.matchCheckSync(t,s);i&&this.#d(i,e)}walkCB(t,e,s){if(this.signal?.aborted)return s();this.walkCB2(t,e,new Ft(this.opts),s)}walkCB2(t,e,s,i){if(this.#r(t)||this.signal?.aborted)return i();if(this.paused){this.onResume(()=>this.walkCB2(t,e,s,i));return}s.processPatterns(t,e);let n=1,o=()=>{--n===0&&i()};for(let[h,a]of s.matches.store)this.#o(h)||(n++,this.match(h,!!(a&Zt),!!(a&Qt)).then(()=>o()));for(let h of s.subwalkTargets()){if(this.maxDepth!==1/0&&h.depth()>=this.maxDepth)continue;n++;let a=h.readdirCached();h.calledReaddir()?this.walkCB3(h,a,s,o):h.readdirCB((l,c)=>this.walkCB3(h,c,s,o),!0)}o()}walkCB3(t,e,s,i){let n=s.filterEntries(t,e),o=1,h=()=>{--o===0&&i()};for(let[a,l]of n.matches.store)this.#o(a)||(o++,this.match(a,!!(l&Zt),!!(l&Qt)).then(()=>h()));for(let[a,l]of n.subwalks.entries())o++,this.walkCB2(a,l,n.child(),h);h()}walkCBSync(t,e,s){if(this.signal?.aborted)return s();this.walkCB2Sync(t,e,new Ft(this.opts),s)}walkCB2Sync(t,e,s,i){if(this.#r(t)||this.signal?.aborted)return i();if(this.paused){this.onResume(()=>this.walkCB2Sync(t,e,s,i));return}s.processPatterns(t,e);let n=1,o=()=>{--n===0&&i()};for(let[h,a]of s.matches.store)this.#o(h)||this.matchSync(h,!!(a&Zt),!!(a&Qt));for(let h of s.subwalkTargets()){if(this.maxDepth!==1/0&&h.depth()>=this.maxDepth)continue;n++;let a=h.readdirSync();this.walkCB3Sync(h,a,s,o)}o()}walkCB3Sync(t,e,s,i){let n=s.filterEntries(t,e),o=1,h=()=>{--o===0&&i()};for(let[a,l]of n.matches.store)this.#o(a)||this.matchSync(a,!!(l&Zt),!!(l&Qt));for(let[a,l]of n.subwalks.entries())o++,this.walkCB2Sync(a,l,n.child(),h);h()}},Tt=class extends te{matches=[];constructor(t,e,s){super(t,e,s)}matchEmit(t){this.matches.push(t)}async walk(){if(this.signal?.aborted)throw this.signal.reason;return this.path.isUnknown()&&await this.path.lstat(),await new Promise((t,e)=>{this.walkCB(this.path,this.patterns,()=>{this.signal?.aborted?e(this.signal.reason):t(this.matches)})}),this.matches}walkSync(){if(this.signal?.aborted)throw this.signal.reason;return this.path.isUnknown()&&this.path.lstatSync(),this.walkCBSync(this.path,this.patterns,()=>{if(this.signal?.aborted)throw this.signal.reason}),this.matches}},_t=class extends te{results;constructor(t,e,s){super(t,e,s),this.results=new J({signal:this.signal,objectMode:!0}),this.results.on("drain",()=>this.resume()),this.results.on("resume",()=>this.resume())}matchEmit(t){this.results.write(t),this.results.flowing||this.pause()}stream(){let t=this.path;return t.isUnknown()?t.lstat().then(()=>{this.walkCB(t,this.patterns,()=>this.results.end())}):this.walkCB(t,this.patterns,()=>this.results.end()),this.results}streamSync(){return this.path.isUnknown()&&this.path.lstatSync(),this.walkCBSync(this.path,this.patterns,()=>this.results.end()),this.results}};var Sn=typeof process=="object"&&process&&typeof process.platform=="string"?process.platform:"linux",j=class{absolute;cwd;root;dot;dotRelative;follow;ignore;magicalBraces;mark;matchBase;maxDepth;nobrace;nocase;nodir;noext;noglobstar;pattern;platform;realpath;scurry;stat;signal;windowsPathsNoEscape;withFileTypes;includeChildMatches;opts;patterns;constructor(t,e){if(!e)throw new TypeError("glob options required");if(this.withFileTypes=!!e.withFileTypes,this.signal=e.signal,this.follow=!!e.follow,this.dot=!!e.dot,this.dotRelative=!!e.dotRelative,this.nodir=!!e.nodir,this.mark=!!e.mark,e.cwd?(e.cwd instanceof URL||e.cwd.startsWith("file://"))&&(e.cwd=(0,external_node_url_.fileURLToPath)(e.cwd)):this.cwd="",this.cwd=e.cwd||"",this.root=e.root,this.magicalBraces=!!e.magicalBraces,this.nobrace=!!e.nobrace,this.noext=!!e.noext,this.realpath=!!e.realpath,this.absolute=e.absolute,this.includeChildMatches=e.includeChildMatches!==!1,this.noglobstar=!!e.noglobstar,this.matchBase=!!e.matchBase,this.maxDepth=typeof e.maxDepth=="number"?e.maxDepth:1/0,this.stat=!!e.stat,this.ignore=e.ignore,this.withFileTypes&&this.absolute!==void 0)throw new Error("cannot set absolute and withFileTypes:true");let s=typeof t=="string"?[t]:t;if(this.windowsPathsNoEscape=!!e.windowsPathsNoEscape||e.allowWindowsEscape===!1,this.windowsPathsNoEscape&&(s=s.map(l=>l.replace(/\\/g,"/"))),this.matchBase){if(e.noglobstar)throw new TypeError("base matching requires globstar");s=s.map(l=>l.includes("/")?l:`./**/${l}`)}if(this.pattern=s,this.platform=e.platform||Sn,this.opts={...e,platform:this.platform},e.scurry){if(this.scurry=e.scurry,e.nocase!==void 0&&e.nocase!==e.scurry.nocase)throw new Error("nocase option contradicts provided scurry option")}else{let l=e.platform==="win32"?ot:e.platform==="darwin"?Rt:e.platform?ht:_s;this.scurry=new l(this.cwd,{nocase:e.nocase,fs:e.fs})}this.nocase=this.scurry.nocase;let i=this.platform==="darwin"||this.platform==="win32",n={braceExpandMax:1e4,...e,dot:this.dot,matchBase:this.matchBase,nobrace:this.nobrace,nocase:this.nocase,nocaseMagicOnly:i,nocomment:!0,noext:this.noext,nonegate:!0,optimizationLevel:2,platform:this.platform,windowsPathsNoEscape:this.windowsPathsNoEscape},o=this.pattern.map(l=>new D(l,n)),[h,a]=o.reduce((l,c)=>(l[0].push(...c.set),l[1].push(...c.globParts),l),[[],[]]);this.patterns=h.map((l,c)=>{let f=a[c];if(!f)throw new Error("invalid pattern object");return new at(l,f,0,this.platform)})}async walk(){return await new Tt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).walk()}walkSync(){return new Tt(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).walkSync()}stream(){return new _t(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).stream()}streamSync(){return new _t(this.patterns,this.scurry.cwd,{...this.opts,maxDepth:this.maxDepth!==1/0?this.maxDepth+this.scurry.cwd.depth():1/0,platform:this.platform,nocase:this.nocase,includeChildMatches:this.includeChildMatches}).streamSync()}iterateSync(){return this.streamSync()[Symbol.iterator]()}[Symbol.iterator](){return this.iterateSync()}iterate(){return this.stream()[Symbol.asyncIterator]()}[Symbol.asyncIterator](){return this.iterate()}};var je=(r,t={})=>{for(let e of Array.isArray(r)?r:[r])if(new D(e,t).hasMagic())return!0;return!1};function ee(r,t={}){return new j(r,t).streamSync()}function Ps(r,t={}){return new j(r,t).stream()}function zs(r,t={}){return new j(r,t).walkSync()}async function Ds(r,t={}){return new j(r,t).walk()}function se(r,t={}){return new j(r,t).iterateSync()}function Ls(r,t={}){return new j(r,t).iterate()}var xn=ee,vn=Object.assign(Ps,{sync:ee}),En=se,kn=Object.assign(Ls,{sync:se}),Cn=Object.assign(zs,{stream:ee,iterate:se}),Ns=Object.assign(Ds,{glob:Ds,globSync:zs,sync:Cn,globStream:Ps,stream:vn,globStreamSync:ee,streamSync:xn,globIterate:Ls,iterate:kn,globIterateSync:se,iterateSync:En,Glob:j,hasMagic:je,escape:K,unescape:st});Ns.glob=Ns;
//# sourceMappingURL=index.min.js.map

;// CONCATENATED MODULE: ./lib/src/publish/render/kustomization-file.js
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
        const r = readRegular(toBytes(external_node_fs_namespaceObject.realpathSync(file)));
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
        const file = external_node_path_namespaceObject.join(dir, name);
        const text = readText(file);
        if (text === undefined)
            continue;
        let k;
        try {
            k = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
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
                resources.add(external_node_path_namespaceObject.resolve(dir, r));
        for (const key of ['patchesStrategicMerge', 'configurations', 'generators', 'transformers', 'validators', 'crds']) {
            for (const r of list(key))
                if (typeof r === 'string' && !r.includes('\n'))
                    inputs.add(external_node_path_namespaceObject.resolve(dir, r));
        }
        for (const key of ['patches', 'patchesJson6902']) {
            for (const r of list(key)) {
                if (typeof r === 'object' && r !== null && typeof r.path === 'string')
                    inputs.add(external_node_path_namespaceObject.resolve(dir, r.path));
            }
        }
        // CRDs listed under `crds:` are complete objects, but kustomize only reads them for their schemas.
        return { file, resources, inputs };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/src/publish/files.js
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
const KUSTOMIZATION = new Set(KUSTOMIZATION_NAMES);
function displayPath(abs, root, cwd) {
    const inRoot = external_node_path_namespaceObject.relative(root, abs);
    const rel = !inRoot.startsWith('..') && !external_node_path_namespaceObject.isAbsolute(inRoot) ? inRoot : external_node_path_namespaceObject.relative(cwd, abs);
    return rel.split(external_node_path_namespaceObject.sep).join('/') || external_node_path_namespaceObject.basename(abs);
}
/** True when the directory (or one above it, up to `stop`) holds a Chart.yaml and `file` is under its `templates/`. */
function isHelmTemplate(file, stop) {
    let dir = external_node_path_namespaceObject.dirname(file);
    while (isInside(dir, stop) || dir === stop) {
        if (external_node_path_namespaceObject.basename(dir) === 'templates' && byteFs.existsSync(external_node_path_namespaceObject.join(external_node_path_namespaceObject.dirname(dir), 'Chart.yaml')))
            return true;
        const up = external_node_path_namespaceObject.dirname(dir);
        if (up === dir || !isInside(up, stop))
            break;
        dir = up;
    }
    return false;
}
/** The directory part of a glob that holds no pattern characters (where matching starts). */
function globBase(pattern) {
    const parts = pattern.split(/[\\/]/);
    const fixed = [];
    for (const p of parts) {
        if (je(p, { windowsPathsNoEscape: true }))
            break;
        fixed.push(p);
    }
    return fixed.length === parts.length ? external_node_path_namespaceObject.dirname(pattern) : fixed.join('/') || '.';
}
const realOrSelf = (p) => {
    try {
        return byteFs.realpathSync(p);
    }
    catch {
        return p;
    }
};
async function collectFiles(inputs, options) {
    const out = { files: [], skipped: [], helmTemplates: 0, kustomizeFiles: 0 };
    const seen = new Set();
    // Byte strings from here on (see read.ts).
    const cwd = toBytes(options.cwd);
    const root = toBytes(options.root);
    const rootReal = realOrSelf(root);
    const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
    const inRoot = { real: rootReal, name: options.confined ? 'the workspace' : 'the repository' };
    /** Absolute path of each file read, and the patch files kustomizations name (partial objects, not manifests). */
    const absOf = new Map();
    const patchFiles = new Set();
    /** Files an input reached (read now, or already read for another input). */
    let reached = 0;
    /** The path people see: relative to the repository root (its real path too), else to the working directory. */
    const show = (p) => {
        for (const base of [rootReal, root])
            if (isInside(p, base) && p !== base)
                return fromBytes(external_node_path_namespaceObject.relative(base, p).split(external_node_path_namespaceObject.sep).join('/'));
        return fromBytes(displayPath(p, root, cwd));
    };
    /** An input outside the repository (CLI only) is read within itself; in the Action it is refused. */
    const boundaryOf = (input, abs, dir) => {
        if (isInside(abs, root) || isInside(realOrSelf(abs), rootReal))
            return inRoot;
        if (options.confined)
            throw new InputError(`${input} is outside the workspace; name files, directories or globs inside it`);
        return { real: realOrSelf(dir), name: `\`${show(dir)}\`` };
    };
    const unread = (file, u) => void out.files.push({ path: file, text: '', unread: u });
    const addFile = (abs, explicit, boundary) => {
        let real;
        try {
            real = byteFs.realpathSync(abs);
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
        if (!isInside(real, boundary.real))
            return unread(show(abs), { reason: 'link-outside', target: fromBytes(real), boundary: boundary.name });
        const r = readRegular(real, limit);
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
                visited.add(byteFs.realpathSync(dir));
            }
            catch {
                return;
            }
            let entries;
            try {
                entries = byteFs.readdirSync(dir);
            }
            catch (e) {
                out.skipped.push({ file: show(dir), reason: `unreadable directory (${e.code})` });
                return;
            }
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            // Beside a kustomization, the files it lists as resources are manifests; its patches are
            // partial objects, and files it does not name are taken for patches too (kustomize builds them).
            const kustomization = entries.some((e) => KUSTOMIZATION.has(e.name)) ? readKustomization(fromBytes(dir)) : undefined;
            const resources = new Set([...(kustomization?.resources ?? [])].map(toBytes));
            for (const f of kustomization?.inputs ?? [])
                patchFiles.add(toBytes(f));
            for (const e of entries) {
                const abs = external_node_path_namespaceObject.join(dir, e.name);
                if (kustomization && !e.isDirectory() && MANIFEST_EXT.test(e.name) && !resources.has(abs)) {
                    if (abs !== toBytes(kustomization.file))
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
                real = byteFs.realpathSync(abs);
            }
            catch {
                out.skipped.push({ file: show(abs), reason: 'broken symbolic link' });
                continue;
            }
            let isDir;
            try {
                isDir = byteFs.statSync(real).isDirectory();
            }
            catch {
                out.skipped.push({ file: show(abs), reason: 'broken symbolic link' });
                continue;
            }
            if (isDir) {
                if (!isInside(real, topReal))
                    out.skipped.push({ file: show(abs), reason: 'symbolic link out of the scanned directory' });
                else if (!visited.has(real) && !SKIP_DIRS.has(external_node_path_namespaceObject.basename(abs)))
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
        const abs = external_node_path_namespaceObject.resolve(cwd, toBytes(input));
        let st;
        try {
            st = byteFs.statSync(abs);
        }
        catch {
            st = undefined;
        }
        if (st?.isDirectory()) {
            walkTree(abs, boundaryOf(input, abs, abs));
        }
        else if (st) {
            addFile(abs, true, boundaryOf(input, abs, external_node_path_namespaceObject.dirname(abs)));
        }
        else if (je(input, { windowsPathsNoEscape: true })) {
            const base = external_node_path_namespaceObject.resolve(cwd, toBytes(globBase(input)));
            const boundary = boundaryOf(input, base, base);
            const matches = (await Ns(toBytes(input), { cwd, absolute: true, nodir: true, follow: false, dot: false, ignore: ['**/node_modules/**', '**/.git/**'], fs: byteFs })).sort();
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

;// CONCATENATED MODULE: ./lib/src/publish/outcome.js
const outcome_RANK = { error: 3, warning: 2, note: 1 };
const FAIL_RANK = { error: 3, warning: 2, note: 1, none: Infinity };
/** The findings that fail the run: not suppressed, at or above `failOn`. */
function failing(findings, failOn) {
    return findings.filter((f) => !f.suppression && outcome_RANK[f.level] >= FAIL_RANK[failOn]);
}

// EXTERNAL MODULE: ./lib/src/publish/action/inputs.js
var action_inputs = __nccwpck_require__(336);
// EXTERNAL MODULE: ./lib/src/publish/diff.js
var publish_diff = __nccwpck_require__(6347);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./lib/src/publish/render/exec.js
/** Running the renderers (helm, kustomize, kubectl): bounded, no shell, clear errors. */

class RenderError extends Error {
}
/** Runs a binary found on PATH; a missing binary or a failure is a RenderError naming what was rendered. */
function run(cmd, args, opts) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)(cmd, [...args], { cwd: opts.cwd, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 512 * 1024 * 1024, env: opts.env ?? process.env, encoding: 'utf8' }, (err, stdout, stderr) => {
            if (!err)
                return resolve({ stdout, stderr });
            const e = err;
            if (e.code === 'ENOENT')
                return reject(new RenderError(`cannot render ${opts.what}: \`${cmd}\` is not on PATH`));
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

;// CONCATENATED MODULE: ./lib/src/publish/action/changes.js
/** The pull request's changed lines, for the Action: from git (the API comes with check runs). */



/** The pull request of the event that started the workflow, if any. */
function pullRequestOf(env) {
    if (!env.GITHUB_EVENT_PATH || !/^pull_request/.test(env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    try {
        const event = JSON.parse(external_node_fs_namespaceObject.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
        const pr = event.pull_request;
        if (!pr?.base?.sha || !pr.head?.sha || typeof pr.number !== 'number')
            return undefined;
        const base = pr.base.repo?.full_name ?? event.repository?.full_name;
        return {
            number: pr.number,
            baseSha: pr.base.sha,
            headSha: pr.head.sha,
            fork: !!pr.head.repo?.full_name && pr.head.repo.full_name !== base,
            event: env.GITHUB_EVENT_NAME ?? '',
            ...(typeof pr.user?.login === 'string' ? { author: pr.user.login } : {}),
        };
    }
    catch {
        return undefined;
    }
}
/**
 * Changed lines from git: the pull request's diff (`base...head`), or on the merge commit GitHub
 * checks out by default, its first parent against it. Undefined when git cannot tell.
 */
async function changesFromGit(workspace, pr) {
    // core.quotePath=false: names with non-ASCII characters come as they are (the parser still reads quoted ones).
    const diff = ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '-M'];
    const attempts = [
        [...diff, `${pr.baseSha}...${pr.headSha}`],
        [...diff, 'HEAD^1', 'HEAD'],
    ];
    for (const args of attempts) {
        try {
            const { stdout } = await run('git', args, { cwd: workspace, what: 'the pull request diff', timeoutMs: 60_000 });
            return new Map((0,publish_diff/* parseUnifiedDiff */.rj)(stdout).map((c) => [c.path, c]));
        }
        catch {
            // try the next way
        }
    }
    return undefined;
}
/** Changed lines from the pull request files API (every page); a file without a patch counts as changed everywhere. */
async function changesFromApi(client, deadline, repo, pr) {
    const files = await client.pullRequestFiles(deadline, repo.owner, repo.repo, pr.number);
    const out = new Map();
    for (const f of files) {
        const status = f.status === 'removed' ? 'removed' : f.status === 'added' ? 'added' : f.status === 'renamed' ? 'renamed' : 'modified';
        const lines = f.patch !== undefined ? (0,publish_diff/* parsePatch */.iz)(f.patch) : { added: new Set(), context: new Set() };
        out.set(f.filename, {
            path: f.filename,
            status,
            ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
            ...lines,
            whole: f.patch === undefined && status !== 'removed',
        });
    }
    return out;
}

// EXTERNAL MODULE: ./lib/src/publish/action/deadline.js
var action_deadline = __nccwpck_require__(649);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./lib/src/publish/action/report.js



/** Annotations per check-run request (GitHub's limit). */
const CHECK_RUN_BATCH = 50;
/**
 * Annotations per check run, most severe first: 20 requests, which the throttling plugin paces at
 * one write a second, well inside GitHub's secondary limit of 80 content-creating requests a minute.
 */
const CHECK_RUN_ANNOTATIONS = 1000;
const LEVEL = { error: 'failure', warning: 'warning', note: 'notice' };
const report_RANK = { error: 0, warning: 1, note: 2 };
/** Most severe first, otherwise in the given (sorted) order. */
const bySeverity = (findings) => [...findings].sort((a, b) => report_RANK[a.level] - report_RANK[b.level]);
function annotation(f) {
    const r = f.location.region;
    return {
        path: f.location.file,
        start_line: r.startLine,
        end_line: r.endLine,
        ...(r.startLine === r.endLine ? { start_column: r.startColumn, end_column: Math.max(r.startColumn, r.endColumn - 1) } : {}),
        annotation_level: LEVEL[f.level],
        title: `${ruleById(f.ruleId)?.meta.title ?? f.ruleId} (${f.ruleId})`.slice(0, 255),
        message: messages_formatMessage(f).slice(0, 64_000),
    };
}
/**
 * One check run on the pull request's head commit, its annotations most severe first, at most
 * `CHECK_RUN_ANNOTATIONS`, 50 per request (the first with the creation, the rest appended by
 * updates). Throws when the check run cannot be created; a failed update ends the appending and
 * is returned with what was not sent.
 */
async function publishCheckRun(client, deadline, repo, headSha, findings, outcome) {
    const ordered = bySeverity(findings);
    const capped = ordered.slice(0, CHECK_RUN_ANNOTATIONS);
    const batches = [];
    for (let i = 0; i < capped.length; i += CHECK_RUN_BATCH)
        batches.push(capped.slice(i, i + CHECK_RUN_BATCH));
    const output = (batch) => ({
        title: outcome.title.slice(0, 255),
        summary: outcome.summary.slice(0, 65_535),
        ...(batch ? { annotations: batch.map(annotation) } : {}),
    });
    const id = await client.createCheckRun(deadline, repo.owner, repo.repo, {
        name: 'saguard',
        head_sha: headSha,
        status: 'completed',
        conclusion: outcome.conclusion,
        output: output(batches[0]),
    });
    let sent = batches[0]?.length ?? 0;
    for (const batch of batches.slice(1)) {
        try {
            await client.updateCheckRun(deadline, repo.owner, repo.repo, id, { output: output(batch) });
            sent += batch.length;
        }
        catch (e) {
            return { id, annotated: ordered.slice(0, sent), rest: ordered.slice(sent), error: e };
        }
    }
    return { id, annotated: ordered.slice(0, sent), rest: ordered.slice(sent) };
}
/** Code scanning's limits on an uploaded SARIF file (GITHUB.md). */
const UPLOAD_LIMITS = { gzipBytes: 10 * 1024 * 1024, runs: 20, resultsPerRun: 25_000, rulesPerRun: 25_000, locationsPerResult: 1000 };
/** Every `artifactLocation.uri` of a SARIF log, wherever it sits (results, related locations, code flows). */
function* artifactUris(x) {
    const stack = [x];
    while (stack.length > 0) {
        const v = stack.pop();
        if (Array.isArray(v))
            stack.push(...v);
        else if (typeof v === 'object' && v !== null) {
            for (const [k, child] of Object.entries(v)) {
                if (k === 'artifactLocation' && typeof child === 'object' && child !== null && typeof child.uri === 'string')
                    yield child.uri;
                else if (k !== 'originalUriBaseIds' && k !== 'tool')
                    stack.push(child);
            }
        }
    }
}
/** A URI that names a file inside the repository: relative, no scheme, no `..`, no leading `/`. */
function insideRepository(uri) {
    let path;
    try {
        path = decodeURIComponent(uri);
    }
    catch {
        return false;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || path.startsWith('/') || path.includes('\\') || /^[a-z]:/i.test(path))
        return false;
    return !path.split('/').some((s) => s === '..');
}
/**
 * What stops code scanning from accepting a SARIF log, checked before uploading it as upload-sarif
 * does: the size once gzipped, the counts, and URIs outside the repository. Empty when it fits.
 */
function uploadProblems(sarif, encoded) {
    const problems = [];
    const gzipBytes = Math.floor((encoded.length * 3) / 4);
    if (gzipBytes > UPLOAD_LIMITS.gzipBytes)
        problems.push(`it is ${(gzipBytes / 1048576).toFixed(1)} MB gzipped; code scanning accepts at most 10 MB`);
    if (sarif.runs.length > UPLOAD_LIMITS.runs)
        problems.push(`it has ${sarif.runs.length} runs; code scanning accepts at most 20`);
    for (const run of sarif.runs) {
        const results = run.results?.length ?? 0;
        if (results > UPLOAD_LIMITS.resultsPerRun)
            problems.push(`a run has ${results} results; code scanning accepts at most 25,000 per run`);
        const rules = run.tool.driver.rules?.length ?? 0;
        if (rules > UPLOAD_LIMITS.rulesPerRun)
            problems.push(`a run has ${rules} rules; code scanning accepts at most 25,000 per run`);
        const crowded = run.results?.find((r) => (r.locations?.length ?? 0) > UPLOAD_LIMITS.locationsPerResult);
        if (crowded)
            problems.push(`a result has ${crowded.locations.length} locations; code scanning accepts at most 1,000`);
    }
    for (const uri of artifactUris(sarif.runs)) {
        if (!insideRepository(uri)) {
            problems.push(`the URI ${JSON.stringify(uri)} is not a path inside the repository`);
            break;
        }
    }
    return problems;
}
/** The SARIF upload's `sarif` field: compact JSON, gzip, then base64. */
const encodeSarif = (json) => (0,external_node_zlib_.gzipSync)(Buffer.from(json, 'utf8')).toString('base64');
/** Uploads the SARIF (`encoded` by `encodeSarif`); its id, to follow its processing. */
function uploadSarif(client, deadline, repo, args) {
    return client.uploadSarif(deadline, repo.owner, repo.repo, {
        commit_sha: args.commitSha,
        ref: args.ref,
        sarif: args.encoded,
        tool_name: 'saguard',
        checkout_uri: args.checkoutUri,
        ...(args.startedAt ? { started_at: args.startedAt } : {}),
    });
}
/** Follows an upload's processing with growing waits until it completes or fails, or the deadline leaves no room for another look. */
async function waitForProcessing(client, deadline, repo, id, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
    const base = client.timing.pollBaseMs;
    for (let i = 0;; i++) {
        const wait = Math.min(30 * base, base * 2 ** i);
        // Room for the wait and one more answer, else stop looking: the upload itself succeeded.
        if (deadline.remaining() < wait + Math.min(client.timing.requestTimeoutMs, 5 * base))
            return { state: 'pending' };
        await sleep(wait);
        const s = await client.sarifStatus(deadline, repo.owner, repo.repo, id);
        if (s.processing_status === 'complete')
            return { state: 'complete' };
        if (s.processing_status === 'failed')
            return { state: 'failed', errors: s.errors };
    }
}

;// CONCATENATED MODULE: ./lib/src/publish/action/reporting.js
/**
 * Everything the Action tells GitHub through its API, after the SARIF file is written: the pull
 * request's changed lines, the SARIF upload, the check run. All of it shares one deadline, each
 * phase within its own bound; whatever fails or runs out of time is a warning and a fallback, and
 * a line of "What did not fit" in the summary — never the reason the step fails.
 *
 * Octokit is loaded only when there is a token and a repository to use it with: without them the
 * Action starts faster and makes no request.
 */






const reporting_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Why the token cannot write, when it is known before trying: forks under `pull_request`, Dependabot. */
function readOnlyReason(env, pr) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    if (event === 'pull_request_target' || event === 'workflow_run')
        return undefined;
    if (pr?.fork)
        return 'this pull request comes from a fork, so its token is read-only';
    if (env.GITHUB_ACTOR === 'dependabot[bot]' || pr?.author === 'dependabot[bot]')
        return "Dependabot's workflow runs get a read-only token";
    return undefined;
}
async function reportToGitHub(ctx) {
    const { env, inputs, log } = ctx;
    const pr = pullRequestOf(env);
    const [owner = '', name = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const repo = { owner, repo: name };
    const timing = (0,action_deadline/* timingFrom */.Xi)(env);
    const notShown = [];
    const readOnly = readOnlyReason(env, pr);
    const wantsWrites = inputs.uploadSarif || inputs.annotations === 'check-run' || (inputs.annotations === 'auto' && !!pr);
    let client;
    if (inputs.token && owner && name) {
        const { GitHubClient } = await Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7142));
        client = new GitHubClient({ baseUrl: env.GITHUB_API_URL || 'https://api.github.com', token: inputs.token, timing, log: (m) => log.info(m) });
    }
    else if (wantsWrites || (pr && inputs.filterMode !== 'nofilter')) {
        log.info(`saguard: no token (input token is empty${owner ? '' : ', or GITHUB_REPOSITORY is not set'}), so it makes no GitHub API request: changed lines come from git, annotations are workflow commands.`);
    }
    if (readOnly && client && wantsWrites) {
        log.notice(`saguard: ${readOnly}: annotations are workflow commands and the SARIF is not uploaded (upload it from a workflow_run workflow, see the README).`);
    }
    const deadline = new action_deadline/* Deadline */.B2('reporting to GitHub', timing.deadlineMs);
    // 1. The pull request's changed lines: which findings are new.
    let onChanged = [...ctx.shown];
    if (pr && inputs.filterMode !== 'nofilter') {
        let changes = client
            ? await changesFromApi(client, deadline.phase('the pull request files', timing.filesMs), repo, pr).catch((e) => void log.info(`saguard: pull request files from the API: ${e.message}; trying git`))
            : undefined;
        changes ??= await changesFromGit(ctx.workspace, pr);
        if (changes)
            onChanged = onChanged.filter((f) => (0,publish_diff/* onChanges */.Xl)(f, changes, inputs.filterMode));
        else
            log.warning('saguard could not read the pull request diff (neither the API nor git with fetch-depth: 2 or more); every finding counts as new.');
    }
    // 2. The upload (before the annotations: an accepted upload makes `auto` skip the check run).
    let sarifId;
    let pendingProcessing;
    if (inputs.uploadSarif) {
        if (readOnly)
            notShown.push(`the SARIF was not uploaded: ${readOnly}`);
        else if (!client) {
            log.warning('saguard: upload-sarif needs a token; the SARIF file is written and can be uploaded with github/codeql-action/upload-sarif.');
            notShown.push('the SARIF was not uploaded: there is no token');
        }
        else {
            const up = await upload(ctx, client, deadline.phase('the SARIF upload', timing.uploadMs), repo, pr);
            if ('problem' in up)
                notShown.push(`the SARIF was not uploaded: ${up.problem}`);
            else {
                sarifId = up.id;
                pendingProcessing = up.follow;
            }
        }
    }
    // 3. Annotations: a check run, else workflow commands (chosen by the caller within GitHub's caps).
    let workflowCommands = [];
    let unannotated = 0;
    const mode = inputs.annotations;
    const checkRun = mode === 'check-run' || (mode === 'auto' && !!pr && !sarifId);
    if (mode === 'auto' && sarifId)
        log.info('saguard: the SARIF is uploaded, so code scanning shows the findings on the pull request; no check run (annotations: auto).');
    else if (checkRun && client && !readOnly) {
        const r = await annotateWithCheckRun(ctx, client, deadline.phase('the check run', timing.checkRunMs), repo, pr, onChanged);
        workflowCommands = r.rest;
        unannotated = r.unannotated;
        notShown.push(...r.notShown);
    }
    else if (mode !== 'none') {
        if (mode === 'check-run' && !client)
            log.warning('saguard has no token for a check run; using workflow commands instead.');
        workflowCommands = onChanged;
    }
    // 4. The processing of the upload, with what time is left.
    if (pendingProcessing)
        await pendingProcessing();
    if (deadline.expired())
        notShown.push(`reporting to GitHub stopped at its deadline (${(0,action_deadline/* formatSeconds */.Xo)(timing.deadlineMs)} in all)`);
    return { pr, changed: pr ? new Set(onChanged) : undefined, onChanged, workflowCommands, unannotated, notShown, ...(sarifId ? { sarifId } : {}) };
}
/** The check run on the pull request's head commit; what it could not carry goes back to workflow commands. */
async function annotateWithCheckRun(ctx, client, deadline, repo, pr, onChanged) {
    const notShown = [];
    const over = Math.max(0, onChanged.length - CHECK_RUN_ANNOTATIONS);
    const capNote = over > 0 ? [`${reporting_plural(over, 'finding')} not annotated on the check run, which carries the ${CHECK_RUN_ANNOTATIONS} most severe (GitHub limits how fast annotations can be written); the SARIF file has them`] : [];
    const c = countByLevel(onChanged);
    try {
        const r = await publishCheckRun(client, deadline, repo, pr?.headSha ?? ctx.env.GITHUB_SHA ?? '', onChanged, {
            conclusion: ctx.failing.length > 0 ? 'failure' : onChanged.length > 0 ? 'neutral' : 'success',
            title: `${reporting_plural(onChanged.length, 'finding')}${pr ? ' on changed lines' : ''}: ${reporting_plural(c.error, 'error')}, ${reporting_plural(c.warning, 'warning')}, ${reporting_plural(c.note, 'note')}`,
            summary: ctx.checkRunSummary(onChanged, capNote, 60_000),
        });
        ctx.log.info(`saguard: check run ${r.id} created with ${reporting_plural(r.annotated.length, 'annotation')}`);
        if (r.error) {
            ctx.log.warning(`saguard could not add every annotation to the check run (${r.error.message}); the rest are workflow commands.`);
            notShown.push(`${reporting_plural(r.rest.length, 'finding')} not annotated on the check run: ${r.error.message}`);
            return { rest: r.rest, unannotated: 0, notShown };
        }
        notShown.push(...capNote);
        return { rest: [], unannotated: r.rest.length, notShown };
    }
    catch (e) {
        const status = e instanceof action_deadline/* ApiError */.hD ? e.status : undefined;
        ctx.log.warning(status === 403
            ? `saguard could not create a check run: the token may not write checks (${e.message}); grant checks: write (forks and Dependabot get read-only tokens). Using workflow commands instead.`
            : `saguard could not create a check run (${e.message}); using workflow commands instead.`);
        notShown.push(`no check run: ${e.message}`);
        return { rest: [...onChanged], unannotated: 0, notShown };
    }
}
/**
 * The commit and ref an upload is filed under: the analysed commit; on a pull request whose head
 * was checked out, its head ref. Under `pull_request_target` the default checkout is the base
 * branch's commit, whose results must not be filed against the pull request: refused.
 */
function uploadTarget(env, pr, analysedSha) {
    const sha = analysedSha ?? env.GITHUB_SHA ?? '';
    if (!/^[0-9a-f]{40,64}$/.test(sha))
        return { problem: 'the analysed commit is not known (GITHUB_SHA is not set)' };
    if (pr && sha === pr.headSha)
        return { commitSha: sha, ref: `refs/pull/${pr.number}/head` };
    if (env.GITHUB_EVENT_NAME === 'pull_request_target') {
        if (pr && sha === env.GITHUB_SHA) {
            return {
                problem: `under pull_request_target the checkout is the base branch's commit ${sha.slice(0, 7)}, not pull request #${pr.number}: its results would be filed against the wrong code (scan under pull_request and upload from a workflow_run workflow, see the README)`,
            };
        }
        if (pr)
            return { commitSha: sha, ref: `refs/pull/${pr.number}/merge` };
    }
    const ref = env.GITHUB_REF ?? '';
    if (!ref.startsWith('refs/'))
        return { problem: `GITHUB_REF is ${JSON.stringify(ref)}, not a ref` };
    return { commitSha: sha, ref };
}
/** Uploads the SARIF after checking it against code scanning's limits; `follow` waits for its processing. */
async function upload(ctx, client, deadline, repo, pr) {
    const { log, inputs } = ctx;
    const target = uploadTarget(ctx.env, pr, ctx.analysedSha);
    if ('problem' in target) {
        log.warning(`saguard did not upload the SARIF: ${target.problem}.`);
        return { problem: target.problem };
    }
    const encoded = encodeSarif(JSON.stringify(ctx.sarif));
    const problems = uploadProblems(ctx.sarif, encoded);
    if (problems.length > 0) {
        const problem = `code scanning would reject it: ${problems.join('; ')}`;
        log.warning(`saguard did not upload the SARIF: ${problem}. The file ${inputs.sarifFile} is written.`);
        return { problem };
    }
    try {
        const id = await uploadSarif(client, deadline, repo, { encoded, ...target, checkoutUri: (0,external_node_url_.pathToFileURL)(ctx.workspace).href });
        log.info(`saguard: SARIF uploaded (${id}) for ${target.ref} at ${target.commitSha.slice(0, 7)}`);
        const follow = async () => {
            if (!inputs.waitForProcessing)
                return;
            try {
                const s = await waitForProcessing(client, deadline, repo, id);
                if (s.state === 'complete')
                    log.info(`saguard: code scanning processed the SARIF (${id})`);
                else if (s.state === 'failed')
                    log.warning(`saguard: code scanning could not process the SARIF upload ${id}: ${s.errors.join('; ') || 'no reason given'}`);
                else
                    log.info(`saguard: the SARIF (${id}) is uploaded; its processing had not finished when saguard stopped waiting`);
            }
            catch (e) {
                log.info(`saguard: the SARIF (${id}) is uploaded; its processing status could not be read (${e.message})`);
            }
        };
        return { id, follow };
    }
    catch (e) {
        const status = e instanceof action_deadline/* ApiError */.hD ? e.status : undefined;
        log.warning(status === 403
            ? `saguard could not upload the SARIF: code scanning is not available to this token or repository (${e.message}); grant security-events: write, or upload with github/codeql-action/upload-sarif.`
            : `saguard could not upload the SARIF (${e.message}); the file ${inputs.sarifFile} is written.`);
        return { problem: e.message };
    }
}

;// CONCATENATED MODULE: ./lib/src/publish/render/remap.js
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
        const to = at(f.location, f.object ? f.path : undefined);
        const related = f.related.map((r) => (r.location.file === rendered ? { ...r, location: at(r.location, r.path).location } : r));
        return {
            ...f,
            location: to.location,
            related,
            rendered: { renderer, region: f.location.region, mapping: to.mapping, ...(to.path ? { path: to.path } : {}) },
        };
    };
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

;// CONCATENATED MODULE: ./lib/src/publish/render/kustomize.js
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
const kustomize_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (kustomize_isRecord(a) && kustomize_isRecord(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => deepEqual(a[k], b[k]));
    }
    return false;
}
function parseDocs(file, text) {
    return loadSources([{ path: file, text }], { namespace: 'default' })
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
            if (kustomize_isRecord(item) && typeof item.name === 'string')
                j = s.findIndex((x) => kustomize_isRecord(x) && x.name === item.name);
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
            if (!kustomize_isRecord(r) || !kustomize_isRecord(s) || !(step in s))
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
            x = kustomize_isRecord(x) ? x[step] : undefined;
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
    for (const f of KUSTOMIZATION_NAMES) {
        const p = external_node_path_namespaceObject.join(dir, f);
        try {
            if (external_node_fs_namespaceObject.statSync(p).isFile())
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
        throw new RenderError(`cannot render kustomization ${label}: ${shown(kfile)}:${line} lists ${what}; remote loading is off (--kustomize-remote, or the Action input kustomize-remote: true, allows it)`);
    };
    const readFile = (p) => {
        let real;
        try {
            real = external_node_fs_namespaceObject.realpathSync(p);
        }
        catch {
            return undefined;
        }
        let t = texts.get(real);
        if (t === undefined) {
            t = readText(real);
            if (t === undefined)
                return undefined;
            texts.set(real, t);
        }
        return t;
    };
    const visit = (dir, owner, stack) => {
        let real;
        try {
            real = external_node_fs_namespaceObject.realpathSync(dir);
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
        const k = kustomize_isRecord(doc?.value) ? doc.value : {};
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
        for (const key of ['resources', 'bases']) {
            list(key).forEach((entry, i) => {
                if (typeof entry !== 'string')
                    return;
                check(key, i, entry);
                const p = external_node_path_namespaceObject.resolve(real, entry);
                let st;
                try {
                    st = external_node_fs_namespaceObject.statSync(p);
                }
                catch {
                    st = undefined;
                }
                // kustomize fetches what is not on disk as a remote repository.
                if (!st && !opts.allowRemote)
                    refuse(kfile, doc.doc, [key, i], entry);
                if (st?.isDirectory()) {
                    const child = visit(p, undefined, inner);
                    if (child)
                        applyTo.children.push(child);
                }
                else if (st?.isFile()) {
                    try {
                        applyTo.files.add(external_node_fs_namespaceObject.realpathSync(p));
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
            const p = external_node_path_namespaceObject.resolve(real, entry);
            if (!external_node_fs_namespaceObject.existsSync(p) && !opts.allowRemote)
                refuse(kfile, doc.doc, ['components', i], entry);
            visit(p, applyTo, inner);
        });
        for (const key of ['configurations', 'crds', 'generators', 'transformers', 'validators']) {
            list(key).forEach((entry, i) => typeof entry === 'string' && check(key, i, entry));
        }
        for (const gen of ['configMapGenerator', 'secretGenerator']) {
            list(gen).forEach((g, i) => {
                if (!kustomize_isRecord(g))
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
        const selector = (v) => (kustomize_isRecord(v) ? v : undefined);
        /** A patch given inline (`patch:` in a kustomization or a transformer config): its text and where it is. */
        const inline = (holder, d, where) => {
            const { node, matched } = d.doc ? nodeAt(d.doc, where) : { node: null, matched: 0 };
            if (matched !== where.length || !node || !(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
                return undefined;
            const shift = scalarShift(d, node);
            if (!shift)
                return undefined;
            return { docs: parseDocs(holder, node.value), shift };
        };
        const isJsonPatch = (docs) => docs.length === 1 && Array.isArray(docs[0].value);
        const patchFile = (entry, key, i, sub) => {
            check(key, i, entry, sub);
            const p = external_node_path_namespaceObject.resolve(real, entry);
            const t = readFile(p);
            return t === undefined ? undefined : { file: external_node_fs_namespaceObject.realpathSync(p), docs: parseDocs(p, t) };
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
            if (!kustomize_isRecord(entry))
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
            if (!kustomize_isRecord(entry))
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
            const p = external_node_path_namespaceObject.resolve(real, entry);
            const t = readFile(p);
            if (t === undefined)
                return;
            const file = external_node_fs_namespaceObject.realpathSync(p);
            for (const td of parseDocs(file, t)) {
                const v = td.value;
                if (!kustomize_isRecord(v) || v.apiVersion !== 'builtin')
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
                else if (v.kind === 'NamespaceTransformer' && kustomize_isRecord(v.metadata) && typeof v.metadata.namespace === 'string') {
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
        throw new RenderError(`cannot render kustomization ${label}: no kustomization.yaml in it`);
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
    const abs = external_node_path_namespaceObject.resolve(opts.cwd, dir);
    const rel = external_node_path_namespaceObject.resolve(abs) === external_node_path_namespaceObject.resolve(opts.root) ? '.' : displayPath(abs, opts.root, opts.cwd);
    if (!external_node_fs_namespaceObject.existsSync(abs) || !external_node_fs_namespaceObject.statSync(abs).isDirectory())
        throw new RenderError(`cannot render kustomization ${dir}: no such directory`);
    if (!kustomizationFile(abs))
        throw new RenderError(`cannot render kustomization ${dir}: no kustomization.yaml in it`);
    const shown = (p) => displayPath(p, opts.root, opts.cwd);
    const tree = readTree(abs, dir, opts, shown);
    const wrapper = external_node_fs_namespaceObject.mkdtempSync(external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), 'saguard-kustomize-'));
    let text;
    try {
        external_node_fs_namespaceObject.writeFileSync(external_node_path_namespaceObject.join(wrapper, 'kustomization.yaml'), `# Written by saguard: builds ${rel} with origin annotations.\nresources:\n  - ${JSON.stringify(external_node_path_namespaceObject.relative(wrapper, abs))}\nbuildMetadata: [originAnnotations]\n`);
        // Plugins and exec functions stay disabled: neither --enable-alpha-plugins nor --enable-exec is passed.
        const useKustomize = await hasKustomize();
        const runOpts = { cwd: opts.cwd, what: `kustomization ${rel}` };
        const out = useKustomize ? await run('kustomize', ['build', wrapper], runOpts) : await run('kubectl', ['kustomize', wrapper], runOpts);
        text = out.stdout;
    }
    finally {
        external_node_fs_namespaceObject.rmSync(wrapper, { recursive: true, force: true });
    }
    const renderer = `kustomize build ${rel}`;
    const stripped = stripOrigins(text);
    const files = new Map();
    for (const [real, t] of tree.texts)
        files.set(shown(real), t);
    // The rendered objects as scanned, and their origins (the same documents, in the same order).
    const scanned = loadSources([{ path: renderer, text: stripped }], { namespace: opts.namespace ?? 'default' });
    const annotated = loadSources([{ path: renderer, text }], { namespace: 'default' }).objects;
    const originOf = (i) => {
        const ann = annotated[i]?.value.metadata?.annotations?.[ORIGIN_ANNOTATION];
        if (typeof ann !== 'string')
            return {};
        const o = parseDocs('origin', ann)[0]?.value;
        if (!kustomize_isRecord(o) || typeof o.repo === 'string')
            return {};
        const resolve = (p) => {
            if (typeof p !== 'string' || /^[a-z]+:\/\//.test(p))
                return undefined;
            try {
                return external_node_fs_namespaceObject.realpathSync(external_node_path_namespaceObject.resolve(wrapper, p));
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
                t = readText(real) ?? '';
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
    const name = (v) => (kustomize_isRecord(v) && kustomize_isRecord(v.metadata) && typeof v.metadata.name === 'string' ? v.metadata.name : '');
    /** The document of a resource file the rendered object comes from: same kind and name, else the name kustomize prefixed or suffixed. */
    const sourceObject = (file, rendered) => {
        const docs = docsOf(file).filter((d) => kustomize_isRecord(d.value));
        const rn = name(rendered);
        const kind = rendered.kind;
        const named = (d) => {
            const n = name(d.value);
            return n === rn ? 1000 : n !== '' && rn.includes(n) ? n.length : -1;
        };
        let best;
        let score = -1;
        for (const d of docs) {
            const s = named(d) + (kustomize_isRecord(d.value) && d.value.kind === kind ? 2000 : 0);
            if (named(d) >= 0 && s > score) {
                best = d;
                score = s;
            }
        }
        return best ?? (docs.length === 1 ? docs[0] : undefined);
    };
    const documentLines = scanned.documents.map((d) => d.lines.position(d.offset).line);
    const place = (line, column, jsonPath) => {
        const d = scanned.documents.length > 0 ? scanned.documents[lastAtMost(documentLines, line)] : undefined;
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
                const list = kustomize_isRecord(kd.value) ? kd.value[gen] : undefined;
                if (!Array.isArray(list))
                    continue;
                const j = list.findIndex((g) => kustomize_isRecord(g) && typeof g.name === 'string' && name(rendered).includes(g.name));
                if (j >= 0)
                    return { location: { file: shown(origin.configuredIn), region: kd.doc.locate([gen, j, 'name']) }, mapping: 'document' };
            }
            return { location: { file: shown(origin.configuredIn), region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }, mapping: 'document' };
        }
        if (!origin.file)
            return undefined;
        const src = sourceObject(origin.file, rendered);
        const meta = kustomize_isRecord(rendered.metadata) ? rendered.metadata : {};
        const srcMeta = src && kustomize_isRecord(src.value) && kustomize_isRecord(src.value.metadata) ? src.value.metadata : {};
        const id = {
            group: obj.ref.group,
            version: obj.ref.version,
            kinds: [obj.ref.kind, ...(src && kustomize_isRecord(src.value) && typeof src.value.kind === 'string' ? [src.value.kind] : [])],
            names: [obj.ref.name, name(src?.value)],
            namespaces: [typeof meta.namespace === 'string' ? meta.namespace : undefined, typeof srcMeta.namespace === 'string' ? srcMeta.namespace : undefined],
            labels: { ...(kustomize_isRecord(srcMeta.labels) ? srcMeta.labels : {}), ...(kustomize_isRecord(meta.labels) ? meta.labels : {}) },
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
                    if (!kustomize_isRecord(v))
                        continue;
                    if (!s.target) {
                        const pm = kustomize_isRecord(v.metadata) ? v.metadata : {};
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
                    if (kustomize_isRecord(leaf) && inSource)
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
                if (!kustomize_isRecord(op) || typeof op.path !== 'string' || !['add', 'replace', 'copy', 'move'].includes(String(op.op)))
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
    const remap = remapper(renderer, renderer, place, fallback);
    return { source: { path: renderer, text: stripped }, remap, files };
}
let kustomizeOnPath;
/** Whether a standalone `kustomize` is on PATH (asked once). */
const hasKustomize = () => (kustomizeOnPath ??= available('kustomize'));

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
        const lineOf = (offset) => lastAtMost(starts, offset);
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

;// CONCATENATED MODULE: ./lib/src/publish/render/helm.js
/**
 * `helm template`, and the way back from rendered documents to the templates. Each document's
 * `# Source: CHART/templates/x.yaml` names its template file (used only when it resolves to a file
 * inside the chart); the rendered document is aligned with that template's lines
 * (`HelmTemplate.align`), so a finding lands on the template line that wrote its node, on the
 * `define` an `include` of that line pulled in, else on the nearest parent key written in the
 * template, else on the template document's first line.
 */










const helm_isInside = (child, parent) => {
    const r = external_node_path_namespaceObject.relative(parent, child);
    return r === '' || (!r.startsWith('..') && !external_node_path_namespaceObject.isAbsolute(r));
};
/** A file of the chart, by its real path: only regular files inside the chart's real directory. */
function chartFile(chartReal, rel) {
    const abs = external_node_path_namespaceObject.resolve(chartReal, rel);
    if (!helm_isInside(abs, chartReal))
        return undefined;
    try {
        const real = external_node_fs_namespaceObject.realpathSync(abs);
        if (!helm_isInside(real, chartReal) || !external_node_fs_namespaceObject.statSync(real).isFile())
            return undefined;
        return real;
    }
    catch {
        return undefined;
    }
}
/** A release name Helm accepts (lower-case DNS label, at most 53 characters) made from the chart's folder. */
function releaseName(dir) {
    const n = external_node_path_namespaceObject.basename(dir)
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 53)
        .replace(/-+$/, '');
    return n === '' ? 'release' : n;
}
async function renderHelm(chart, opts) {
    const abs = external_node_path_namespaceObject.resolve(opts.cwd, chart);
    const rel = external_node_path_namespaceObject.resolve(abs) === external_node_path_namespaceObject.resolve(opts.root) ? '.' : displayPath(abs, opts.root, opts.cwd);
    if (!external_node_fs_namespaceObject.existsSync(external_node_path_namespaceObject.join(abs, 'Chart.yaml')))
        throw new RenderError(`cannot render Helm chart ${chart}: no Chart.yaml in it`);
    const chartReal = external_node_fs_namespaceObject.realpathSync(abs);
    const release = opts.release ?? releaseName(abs);
    const args = ['template', release, abs];
    if (opts.namespace)
        args.push('--namespace', opts.namespace);
    for (const v of opts.values)
        args.push('--values', external_node_path_namespaceObject.resolve(opts.cwd, v));
    for (const s of opts.set)
        args.push('--set', s);
    const { stdout: text } = await run('helm', args, { cwd: opts.cwd, what: `Helm chart ${rel}` });
    const renderer = `helm template ${rel}`;
    const files = new Map();
    const shown = (real) => displayPath(real, opts.root, opts.cwd);
    const read = (real) => {
        const key = shown(real);
        let t = files.get(key);
        if (t === undefined) {
            t = readText(real) ?? '';
            files.set(key, t);
        }
        return t;
    };
    // The rendered documents, and the template file each came from.
    const lines = new LineIndex(text);
    const segments = splitDocuments(text);
    const segmentLines = segments.map((s) => lines.position(s.start).line);
    const sources = [];
    segments.forEach((s, i) => {
        // A loop body that ends with `---` leaves the next document's `# Source:` alone before it.
        const prev = segments[i - 1];
        const inherited = !s.helmSource && prev?.helmSource && /^\s*(---[^\n]*\n)?\s*#[^\n]*\s*$/.test(prev.text) ? prev.helmSource : undefined;
        sources.push(s.helmSource ?? inherited);
    });
    const objects = loadSources([{ path: renderer, text }], { namespace: opts.namespace ?? 'default' }).objects;
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
                entries = external_node_fs_namespaceObject.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
            }
            catch {
                return;
            }
            for (const e of entries) {
                const p = external_node_path_namespaceObject.join(dir, e.name);
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
    const documentAt = (line) => lastAtMost(segmentLines, line);
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
    const chartYaml = external_node_path_namespaceObject.join(chartReal, 'Chart.yaml');
    read(chartYaml);
    const remap = remapper(renderer, renderer, place, { file: shown(chartYaml), region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } });
    return { source: { path: renderer, text }, remap, files };
}

;// CONCATENATED MODULE: ./lib/src/publish/action/run.js
/** The GitHub Action: scan, always write the SARIF, annotate, summarise, set outputs, decide the outcome. */
























const filesOrObjects = (n) => `${n} ${n === 1 ? 'file or object' : 'files or objects'}`;
async function run_run(env = process.env) {
    let inputs;
    try {
        inputs = (0,action_inputs/* readInputs */.Ko)(env);
    }
    catch (e) {
        if (e instanceof action_inputs/* ConfigError */.xL)
            return configError(env, e.message);
        throw e;
    }
    const workspace = external_node_path_namespaceObject.resolve(env.GITHUB_WORKSPACE || process.cwd());
    // The repository: reported paths are relative to it (actions/checkout may have put it in a folder).
    const root = external_node_path_namespaceObject.resolve(workspace, inputs.checkoutPath || '.');
    if (!external_node_fs_namespaceObject.existsSync(root) || !external_node_fs_namespaceObject.statSync(root).isDirectory())
        return configError(env, `input checkout-path: ${escapeTerminal(inputs.checkoutPath)} is not a folder of the workspace`);
    const log = new ActionLog();
    // Everything the Action writes in the workspace stays in it (write.ts refuses links on the way).
    const sarifPath = external_node_path_namespaceObject.resolve(workspace, inputs.sarifFile);
    if (!isInside(sarifPath, workspace) || sarifPath === workspace) {
        return configError(env, `input sarif-file is ${JSON.stringify(inputs.sarifFile)}, outside the workspace; give a path inside it`);
    }
    let collected;
    try {
        collected = await collectFiles(inputs.paths, { cwd: workspace, root, confined: true });
    }
    catch (e) {
        if (e instanceof InputError)
            return configError(env, `input paths: ${escapeTerminal(e.message)}`);
        throw e;
    }
    const rendered = [];
    try {
        for (const chart of inputs.helmCharts) {
            rendered.push(await renderHelm(chart, { cwd: workspace, root, values: inputs.helmValues, set: [], namespace: inputs.namespace }));
        }
        for (const dir of inputs.kustomizeDirs) {
            rendered.push(await renderKustomize(dir, { cwd: workspace, root, namespace: inputs.namespace, allowRemote: inputs.kustomizeRemote }));
        }
    }
    catch (e) {
        if (e instanceof RenderError)
            return configError(env, escapeTerminal(e.message));
        throw e;
    }
    collected.files.push(...rendered.map((r) => r.source));
    const inputNotes = [];
    if (collected.helmTemplates > 0) {
        log.notice(`saguard skipped ${collected.helmTemplates} Helm chart templates (files under templates/ of a chart); render them with helm template and scan the output.`);
        inputNotes.push(`${collected.helmTemplates} Helm chart templates skipped (files under \`templates/\` of a chart): list their charts in \`helm-charts\` to scan what they render`);
    }
    if (collected.kustomizeFiles > 0) {
        log.notice(`saguard skipped ${collected.kustomizeFiles} patch files of kustomizations (partial objects, and files a kustomization does not list as resources); list the kustomization in kustomize-dirs to scan what it builds.`);
        inputNotes.push(`${collected.kustomizeFiles} patch files of kustomizations skipped (partial objects, and files a kustomization does not list as resources): list the kustomization in \`kustomize-dirs\` to scan what it builds`);
    }
    // git runs beside the scan: the commit is needed only for the links of the summary and the upload.
    const analysedSha = analysedCommit(root, env);
    const result = lint(collected.files, { namespace: inputs.namespace });
    // What saguard could not check is a finding (SARIF, annotations, summary), and named in the log.
    const unscanned = result.findings.filter((f) => f.ruleId === UNSCANNED && !f.suppression);
    if (unscanned.length > 0) {
        const shown = unscanned.slice(0, 20).map((f) => `  ${escape_escapeControls(f.location.file)}:${f.location.region.startLine}: ${messages_formatMessage(f)}`);
        if (unscanned.length > shown.length)
            shown.push(`  and ${unscanned.length - shown.length} more (unscanned-input findings in the SARIF file)`);
        log.warning(`saguard could not check ${filesOrObjects(unscanned.length)}:\n${shown.join('\n')}`);
        inputNotes.push(`${filesOrObjects(unscanned.length)} not checked (links out of the workspace, files over the size limit, failures of saguard): see the \`unscanned-input\` findings`);
    }
    result.findings = remapAll(result.findings, rendered, sortFindings);
    const counts = countByLevel(result.findings);
    const total = counts.error + counts.warning + counts.note;
    const failures = failing(result.findings, inputs.failOn);
    // 1. The SARIF file, before anything that talks to GitHub can go wrong.
    const sources = new Map(collected.files.map((f) => [f.path, f.text]));
    for (const r of rendered)
        for (const [p, t] of r.files)
            sources.set(p, t);
    // Written as it is made: a large log is never one string in memory.
    const sarifOptions = { category: inputs.category, sources, srcRootUri: (0,external_node_url_.pathToFileURL)(root + external_node_path_namespaceObject.sep).href };
    let sarifStats;
    try {
        sarifStats = writeFileWith(sarifPath, (write) => writeSarif(result.findings, result.rules, sarifOptions, write), { root: workspace });
    }
    catch (e) {
        if (e instanceof WriteError)
            return configError(env, `input sarif-file: ${escapeTerminal(e.message)}`);
        throw e;
    }
    const sarifLeftOut = sarifStats.left.length > 0 ? leftOutSentence(sarifStats.results, sarifStats.left) : undefined;
    if (sarifLeftOut)
        log.warning(`saguard: ${sarifLeftOut}.`);
    log.info(`saguard: ${result.stats.files} files, ${result.stats.objects} objects, ${total} findings (${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes); SARIF written to ${inputs.sarifFile}`);
    // The log as uploaded is the file as written, read back only if it is uploaded (it holds at most 25,000 results).
    let uploaded;
    const sarifLog = () => (uploaded ??= JSON.parse(external_node_fs_namespaceObject.readFileSync(sarifPath, 'utf8')));
    // 2. GitHub: the pull request's changed lines, the upload, the check run (reporting problems are warnings).
    const analysed = await analysedSha;
    const repository = env.GITHUB_REPOSITORY ?? '';
    const links = /^[^/\s]+\/[^/\s]+$/.test(repository) && analysed ? { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository, sha: analysed } : undefined;
    const scanned = { paths: inputs.paths, charts: inputs.helmCharts, overlays: inputs.kustomizeDirs, files: result.stats.files, objects: result.stats.objects, notes: inputNotes };
    const outcome = { failOn: inputs.failOn, failing: failures };
    const shown = result.findings.filter((f) => !f.suppression);
    const gh = await reportToGitHub({
        env,
        inputs,
        // Git and the upload's checkout_uri work in the repository, not the workspace around it.
        workspace: root,
        shown,
        failing: failures,
        get sarif() {
            return sarifLog();
        },
        analysedSha: analysed,
        log,
        checkRunSummary: (onChanged, notShown, limitBytes) => renderMarkdown(result.findings, { outcome, scanned, notShown, limitBytes, changed: new Set(onChanged), ...(links ? { links } : {}) }),
    });
    // 3. Workflow-command annotations, within GitHub's caps: the step's own messages count against them.
    const select = () => selectAnnotations(gh.workflowCommands, { error: log.counts.error + (failures.length > 0 ? 1 : 0), warning: log.counts.warning, note: log.counts.note });
    let selection = select();
    // 4. Summary (a copy in the runner's temporary folder, out of the checked-out tree, and the job
    // summary), then outputs, then the annotations.
    let summaryPath;
    const summary = () => renderMarkdown(result.findings, {
        omittedAnnotations: selection.omitted.length,
        outcome,
        scanned,
        notShown: sarifLeftOut ? [sarifLeftOut, ...gh.notShown] : gh.notShown,
        ...(gh.changed ? { changed: gh.changed } : {}),
        ...(links ? { links } : {}),
    });
    try {
        const dir = external_node_fs_namespaceObject.mkdtempSync(external_node_path_namespaceObject.join(env.RUNNER_TEMP || external_node_os_namespaceObject.tmpdir(), 'saguard-'));
        summaryPath = external_node_path_namespaceObject.join(dir, 'saguard-summary.md');
        writeFileSafely(summaryPath, summary(), { root: dir, rootName: 'the runner temporary folder' });
    }
    catch (e) {
        summaryPath = undefined;
        log.warning(`saguard could not write the summary file: ${escapeTerminal(e.message)}`);
        selection = select();
    }
    if (inputs.summary && env.GITHUB_STEP_SUMMARY) {
        try {
            external_node_fs_namespaceObject.appendFileSync(env.GITHUB_STEP_SUMMARY, summary());
        }
        catch (e) {
            log.warning(`saguard could not write the job summary: ${e.message}`);
        }
    }
    try {
        setOutput('sarif-file', inputs.sarifFile, env);
        setOutput('findings', String(total), env);
        setOutput('errors', String(counts.error), env);
        setOutput('warnings', String(counts.warning), env);
        setOutput('notes', String(counts.note), env);
        setOutput('new-findings', String(gh.onChanged.length), env);
        if (summaryPath)
            setOutput('summary-file', summaryPath, env);
        if (gh.sarifId)
            setOutput('sarif-id', gh.sarifId, env);
    }
    catch (e) {
        return configError(env, `cannot write the step outputs to GITHUB_OUTPUT (${e.code ?? e.message}); the runner sets it to a writable file`);
    }
    for (const f of selection.selected)
        process.stdout.write(workflowCommand(f) + '\n');
    if (failures.length > 0) {
        log.fail(`saguard: ${failures.length} finding${failures.length === 1 ? '' : 's'} at or above fail-on level ${inputs.failOn}`);
    }
}
/** The commit whose files were analysed: what is checked out in the workspace, else `GITHUB_SHA`. */
async function analysedCommit(workspace, env) {
    try {
        const { stdout } = await run('git', ['rev-parse', '--verify', 'HEAD'], { cwd: workspace, what: 'the checked-out commit', timeoutMs: 10_000 });
        if (/^[0-9a-f]{40,64}$/.test(stdout.trim()))
            return stdout.trim();
    }
    catch {
        // not a git checkout
    }
    return env.GITHUB_SHA || undefined;
}
/** A configuration error fails the step with one line, and says so in the job summary too. */
function configError(env, message) {
    setFailed(`saguard: ${message}`);
    if (!env.GITHUB_STEP_SUMMARY || /^false$/i.test(env.INPUT_SUMMARY?.trim() ?? ''))
        return;
    try {
        external_node_fs_namespaceObject.appendFileSync(env.GITHUB_STEP_SUMMARY, renderMarkdown([], { outcome: { failOn: 'none', failing: [], error: message.split('\n')[0] } }));
    }
    catch {
        // the failure itself is reported; a summary that cannot be written adds nothing
    }
}

;// CONCATENATED MODULE: ./lib/src/publish/action/main.js


/** Entry of the Action: a bug is reported as such, never as a finding. */
async function main() {
    try {
        await run_run();
    }
    catch (e) {
        setFailed(`saguard internal error: ${e.stack ?? String(e)}`);
    }
}


/***/ }),

/***/ 6347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xl: () => (/* binding */ onChanges),
/* harmony export */   iz: () => (/* binding */ parsePatch),
/* harmony export */   ox: () => (/* binding */ FILTER_MODES),
/* harmony export */   rj: () => (/* binding */ parseUnifiedDiff)
/* harmony export */ });
/* unused harmony export unquotePath */
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Added and context lines of the hunks of one file's patch (new-side line numbers). */
function parsePatch(patch) {
    const added = new Set();
    const context = new Set();
    let line = 0;
    let inHunk = false;
    for (const raw of patch.split('\n')) {
        const h = HUNK.exec(raw);
        if (h) {
            line = Number(h[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        const c = raw[0];
        if (c === '+') {
            added.add(line);
            context.add(line);
            line++;
        }
        else if (c === ' ') {
            context.add(line);
            line++;
        }
        else if (c === '-' || c === '\\' || raw === '') {
            // removed lines, "\ No newline at end of file" and the text's final newline are not new-side lines
        }
        else
            inHunk = false;
    }
    return { added, context };
}
const C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * A path as git writes it in a diff: names with unusual characters are C-quoted (`"a/\303\244.yaml"`:
 * octal escapes are the bytes of UTF-8), and a name containing spaces ends with a tab.
 */
function unquotePath(raw) {
    const p = raw.replace(/\t$/, '');
    if (!(p.length >= 2 && p.startsWith('"') && p.endsWith('"')))
        return p;
    const bytes = [];
    const body = p.slice(1, -1);
    let i = 0;
    while (i < body.length) {
        const slash = body.indexOf('\\', i);
        const end = slash < 0 ? body.length : slash;
        bytes.push(...Buffer.from(body.slice(i, end), 'utf8'));
        if (slash < 0)
            break;
        const octal = /^[0-3][0-7]{2}/.exec(body.slice(slash + 1, slash + 4));
        const next = body[slash + 1] ?? '';
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            i = slash + 4;
        }
        else if (next in C_ESCAPES) {
            bytes.push(C_ESCAPES[next]);
            i = slash + 2;
        }
        else {
            bytes.push(92);
            i = slash + 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** The two paths of a `diff --git a/X b/Y` line, quoted or not (used when no ---/+++ lines follow). */
function headerPaths(line) {
    const rest = line.slice('diff --git '.length);
    const quoted = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*")$|^("(?:[^"\\]|\\.)*") (\S.*)$/.exec(rest);
    if (quoted) {
        const [a, b] = quoted[1] !== undefined ? [quoted[1], quoted[2]] : [quoted[3], quoted[4]];
        return [unquotePath(a).replace(/^a\//, ''), unquotePath(b).replace(/^b\//, '')];
    }
    // Unquoted: the same name on both sides (no rename) splits in the middle.
    const plain = /^a\/(.+) b\/(.+)$/.exec(rest);
    return plain ? [plain[1], plain[2]] : undefined;
}
/** Every file of a multi-file `git diff` (renames with -M, new and deleted files, binaries). */
function parseUnifiedDiff(text) {
    const out = [];
    const blocks = text.split(/^(?=diff --git )/m).filter((b) => b.startsWith('diff --git '));
    for (const block of blocks) {
        const lines = block.split('\n');
        let oldPath;
        let newPath;
        let status = 'modified';
        let renameFrom;
        let renameTo;
        let binary = false;
        for (const l of lines) {
            if (l.startsWith('--- '))
                oldPath = l.slice(4) === '/dev/null' ? undefined : unquotePath(l.slice(4)).replace(/^a\//, '');
            else if (l.startsWith('+++ '))
                newPath = l.slice(4) === '/dev/null' ? undefined : unquotePath(l.slice(4)).replace(/^b\//, '');
            else if (l.startsWith('new file mode'))
                status = 'added';
            else if (l.startsWith('deleted file mode'))
                status = 'removed';
            else if (l.startsWith('rename from '))
                renameFrom = unquotePath(l.slice('rename from '.length));
            else if (l.startsWith('rename to '))
                renameTo = unquotePath(l.slice('rename to '.length));
            else if (l.startsWith('Binary files '))
                binary = true;
            else if (l.startsWith('@@'))
                break;
        }
        if (renameTo)
            status = 'renamed';
        const header = headerPaths(lines[0]);
        const path = newPath ?? renameTo ?? (status === 'removed' ? (oldPath ?? header?.[0]) : header?.[1]) ?? '';
        const { added, context } = parsePatch(block);
        out.push({
            path,
            status,
            ...(status === 'renamed' ? { previousPath: renameFrom ?? oldPath } : {}),
            added,
            context,
            whole: binary,
        });
    }
    return out;
}
const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'];
/** Whether a finding is on the changed lines (as `mode` defines them): GitHub shows it on the pull request. */
function onChanges(f, changes, mode) {
    if (mode === 'nofilter')
        return true;
    const c = changes.get(f.location.file);
    if (!c || c.status === 'removed')
        return false;
    if (mode === 'file' || c.whole)
        return true;
    const set = mode === 'added' ? c.added : c.context;
    for (let l = f.location.region.startLine; l <= f.location.region.endLine; l++)
        if (!set.has(l))
            return false;
    return true;
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(8317);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
