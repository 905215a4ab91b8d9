export const id = 985;
export const ids = [985];
export const modules = {

/***/ 363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   Nb: () => (/* binding */ walkTar),
/* harmony export */   PG: () => (/* binding */ TarStreamParser),
/* harmony export */   ZV: () => (/* binding */ TarFormatError),
/* harmony export */   aL: () => (/* binding */ looksLikeTarHeader)
/* harmony export */ });
/* unused harmony exports parseNumber, isZeroBlock, HeaderDecoder, padded */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// A hand-written tar header reader: ustar, GNU long names (`././@LongLink` 'L'/'K'), PAX
// 'x'/'g' records (path, linkpath, size) and base-256 numbers. Hand-written, not a library,
// because analysing an image needs only headers: on disk we read a header, then jump over
// the file's contents by offset (positioned reads, no bytes of contents read at all), and in
// a stream we drop content chunks without copying them. Stream libraries (tar-stream,
// node-tar) always pull every content byte through a Readable, which is what the speed
// target forbids. Semantics follow Go's archive/tar (what docker and dive use): header-only
// types carry no data whatever their size field says, a '\0' type with a trailing slash is
// a directory, and the archive ends at the first all-zero block (anything after it, such
// as estargz's trailing index, is ignored).

const BLOCK = 512;
/** A malformed archive. Readers turn it into an InputError naming the file. */
class TarFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    name = 'TarFormatError';
}
// Go archive/tar isHeaderOnlyType: these never have contents, whatever their size field says.
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);
const META_LIMIT = 1 << 20;
function field(block, offset, length) {
    let end = offset;
    const stop = offset + length;
    while (end < stop && block[end] !== 0)
        end++;
    return block.toString('utf8', offset, end);
}
function fieldBytes(block, offset, length) {
    let end = offset;
    const stop = offset + length;
    while (end < stop && block[end] !== 0)
        end++;
    return end - offset;
}
/** An octal number field, or base-256 (GNU) when the high bit of the first byte is set. */
function parseNumber(block, offset, length, what) {
    const first = block[offset];
    if (first & 0x80) {
        if (first === 0xff)
            throw new TarFormatError(`negative base-256 ${what}`);
        let value = first & 0x7f;
        for (let i = 1; i < length; i++) {
            value = value * 256 + block[offset + i];
            if (value > Number.MAX_SAFE_INTEGER)
                throw new TarFormatError(`${what} too large`);
        }
        return value;
    }
    let i = offset;
    const stop = offset + length;
    while (i < stop && (block[i] === 0x20 || block[i] === 0))
        i++;
    let value = 0;
    let digits = 0;
    for (; i < stop; i++) {
        const c = block[i];
        if (c === 0 || c === 0x20)
            break;
        if (c < 0x30 || c > 0x37)
            throw new TarFormatError(`invalid octal ${what}`);
        value = value * 8 + (c - 0x30);
        digits++;
    }
    return digits === 0 ? 0 : value;
}
function isZeroBlock(block, at = 0) {
    for (let i = at; i < at + BLOCK; i++)
        if (block[i] !== 0)
            return false;
    return true;
}
// One 32-bit view per buffer (the reader's window, the stream parser's block), not one per header.
let viewed;
let view = new Uint32Array(0);
function wordsOf(block) {
    if (block.buffer !== viewed) {
        viewed = block.buffer;
        view = new Uint32Array(block.buffer, 0, block.buffer.byteLength >>> 2);
    }
    return view;
}
/** The unsigned sum of a header's bytes with the checksum field counted as eight spaces. */
function unsignedSum(block, at) {
    const address = block.byteOffset + at;
    let sum = 0;
    if ((address & 3) === 0) {
        // Four bytes at a time, two 16-bit lanes (at most 128 * 2 * 255 per lane): a third of
        // the byte loop's time, which was the largest part of reading a header.
        const words = wordsOf(block);
        const first = address >>> 2;
        let lanes = 0;
        for (let i = first; i < first + BLOCK / 4; i++) {
            const w = words[i];
            lanes += (w & 0x00ff00ff) + ((w >>> 8) & 0x00ff00ff);
        }
        sum = (lanes & 0xffff) + (lanes >>> 16);
        for (let i = at + 148; i < at + 156; i++)
            sum -= block[i];
    }
    else {
        for (let i = at; i < at + BLOCK; i++)
            sum += block[i];
        for (let i = at + 148; i < at + 156; i++)
            sum -= block[i];
    }
    return sum + 8 * 0x20;
}
function checksumOk(block, at) {
    let stored;
    try {
        stored = parseNumber(block, at + 148, 8, 'checksum');
    }
    catch {
        return false;
    }
    const unsigned = unsignedSum(block, at);
    if (stored === unsigned)
        return true;
    // Some old tars summed signed bytes.
    let signed = unsigned;
    for (let i = 0; i < BLOCK; i++)
        if ((i < 148 || i >= 156) && block[at + i] > 127)
            signed -= 256;
    return stored === signed;
}
/** True when the block looks like a tar header (valid checksum), used to recognise layer blobs. */
function looksLikeTarHeader(block) {
    if (block.length < BLOCK)
        return false;
    return isZeroBlock(block) || checksumOk(block, 0);
}
function parsePax(data) {
    // Records are "<len> <key>=<value>\n", len counting the whole record in bytes.
    const records = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space < 0)
            throw new TarFormatError('malformed PAX record');
        const length = Number(data.toString('latin1', pos, space));
        if (!Number.isInteger(length) ||
            length <= space - pos ||
            pos + length > data.length)
            throw new TarFormatError('malformed PAX record length');
        const record = data.subarray(space + 1, pos + length - 1);
        const eq = record.indexOf(0x3d);
        if (eq < 0)
            throw new TarFormatError('malformed PAX record');
        records[record.toString('utf8', 0, eq)] = record.toString('utf8', eq + 1);
        pos += length;
    }
    return records;
}
const isMeta = (decoded) => 'meta' in decoded;
/**
 * Turns header blocks into entries, carrying GNU long names and PAX records over to the
 * entry they describe. Shared by the stream parser and the positioned walker.
 */
class HeaderDecoder {
    /**
     * With `reuse`, every entry is decoded into the same object (valid until the next decode):
     * for callers that copy what they need at once, so that a walk makes no object per entry.
     */
    constructor(reuse = false, rawNames = false) {
        this.scratch = reuse ? {} : undefined;
        this.rawNames = rawNames;
    }
    scratch;
    rawNames;
    longName;
    longLink;
    pax;
    global = {};
    globalEmpty = true;
    /** Decodes the header block at `at` in `block` (offsets, not copies: the walker reads headers in place). */
    decode(block, at = 0) {
        if (isZeroBlock(block, at))
            return null;
        if (!checksumOk(block, at))
            throw new TarFormatError('bad header checksum (not a tar archive, or corrupt)');
        let type = String.fromCharCode(block[at + 156]);
        const size = parseNumber(block, at + 124, 12, 'size');
        if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
            if (size > META_LIMIT)
                throw new TarFormatError(`${type} record of ${size} bytes is too large`);
            return { meta: type, dataSize: size };
        }
        // POSIX ustar ("ustar\0") has a name prefix; GNU ("ustar  \0") keeps other data there.
        const prefixed = block[at + 257] === 0x75 &&
            block[at + 258] === 0x73 &&
            block[at + 259] === 0x74 &&
            block[at + 260] === 0x61 &&
            block[at + 261] === 0x72 &&
            block[at + 262] === 0 &&
            block[at + 345] !== 0;
        let rawNameLength = -1;
        let name = '';
        const paxPath = this.pax?.path ?? (this.globalEmpty ? undefined : this.global.path);
        if (this.rawNames &&
            !prefixed &&
            this.longName === undefined &&
            paxPath === undefined)
            rawNameLength = fieldBytes(block, at, 100);
        else {
            name = field(block, at, 100);
            if (prefixed)
                name = `${field(block, at + 345, 155)}/${name}`;
        }
        let linkname = block[at + 157] === 0 ? '' : field(block, at + 157, 100);
        let linkBytes = block[at + 157] === 0 ? 0 : fieldBytes(block, at + 157, 100);
        let fullSize = size;
        let uid;
        let gid;
        if (this.longName !== undefined)
            name = this.longName;
        if (this.longLink !== undefined) {
            linkname = this.longLink;
            linkBytes = Buffer.byteLength(linkname);
        }
        if (this.pax !== undefined || !this.globalEmpty) {
            const pax = { ...this.global, ...this.pax };
            if (pax.path !== undefined)
                name = pax.path;
            if (pax.linkpath !== undefined) {
                linkname = pax.linkpath;
                linkBytes = Buffer.byteLength(linkname);
            }
            if (pax.size !== undefined) {
                const n = Number(pax.size);
                if (!/^\d+$/.test(pax.size) || !Number.isSafeInteger(n))
                    throw new TarFormatError('invalid PAX size');
                fullSize = n;
            }
            if (pax.uid !== undefined)
                uid = Number(pax.uid) || 0;
            if (pax.gid !== undefined)
                gid = Number(pax.gid) || 0;
        }
        this.longName = this.longLink = this.pax = undefined;
        if (type === '\0')
            type = (rawNameLength >= 0
                ? rawNameLength > 0 && block[at + rawNameLength - 1] === 0x2f
                : name.endsWith('/'))
                ? '5'
                : '0';
        const header = this.scratch ?? {};
        header.name = name;
        header.type = type;
        header.size = fullSize;
        header.dataSize = HEADER_ONLY.has(type) ? 0 : fullSize;
        header.mode = parseNumber(block, at + 100, 8, 'mode');
        header.uid = uid ?? parseNumber(block, at + 108, 8, 'uid');
        header.gid = gid ?? parseNumber(block, at + 116, 8, 'gid');
        header.linkname = linkname;
        header.linkBytes = linkBytes;
        header.rawNameAt = rawNameLength >= 0 ? at : -1;
        header.rawNameLength = rawNameLength;
        header.rawBlock = rawNameLength >= 0 ? block : undefined;
        return header;
    }
    /** Applies the contents of a 'meta' block (long name, long link, PAX record). */
    meta(type, data) {
        const text = () => {
            const nul = data.indexOf(0);
            return data.toString('utf8', 0, nul < 0 ? data.length : nul);
        };
        if (type === 'L')
            this.longName = text();
        else if (type === 'K')
            this.longLink = text();
        else if (type === 'x')
            this.pax = { ...this.pax, ...parsePax(data) };
        else if (type === 'g') {
            this.global = { ...this.global, ...parsePax(data) };
            this.globalEmpty = Object.keys(this.global).length === 0;
        }
    }
}
const padded = (size) => Math.ceil(size / BLOCK) * BLOCK;
/**
 * A push parser for tar streams: feed it chunks in order. Contents are skipped without
 * copying unless `onEntry` returns a sink. `feed` returns a promise only when a sink (or
 * `onEntryEnd`) did, so a parser whose sinks are synchronous runs without any awaiting.
 */
class TarStreamParser {
    onEntry;
    onEntryEnd;
    decoder;
    block = Buffer.alloc(BLOCK);
    fill = 0;
    state = 'header';
    remaining = 0;
    pad = 0;
    sink;
    current;
    metaType = '';
    metaParts = [];
    /** Bytes consumed so far, for error messages. */
    offset = 0;
    /** With `rawNames`, plain names come as bytes (TarHeader.rawNameAt), valid only during `onEntry`. */
    constructor(onEntry, onEntryEnd, options = {}) {
        this.onEntry = onEntry;
        this.onEntryEnd = onEntryEnd;
        this.decoder = new HeaderDecoder(false, options.rawNames);
    }
    get done() {
        return this.state === 'done';
    }
    feed(chunk) {
        let pos = 0;
        while (pos < chunk.length && this.state !== 'done') {
            if (this.state === 'header') {
                if (this.pad > 0) {
                    const n = Math.min(this.pad, chunk.length - pos);
                    this.pad -= n;
                    pos += n;
                    this.offset += n;
                    continue;
                }
                const n = Math.min(BLOCK - this.fill, chunk.length - pos);
                chunk.copy(this.block, this.fill, pos, pos + n);
                this.fill += n;
                pos += n;
                this.offset += n;
                if (this.fill < BLOCK)
                    break;
                this.fill = 0;
                const r = this.header();
                if (r)
                    return r.then(() => this.feed(chunk.subarray(pos)));
                continue;
            }
            const n = Math.min(this.remaining, chunk.length - pos);
            let r = undefined;
            // Contents nobody asked for are skipped without even a view of them (one per file adds up).
            if (n > 0) {
                if (this.state === 'meta')
                    this.metaParts.push(Buffer.from(chunk.subarray(pos, pos + n)));
                else if (this.sink)
                    r = this.sink(chunk.subarray(pos, pos + n));
            }
            this.remaining -= n;
            pos += n;
            this.offset += n;
            if (r) {
                return r.then(() => {
                    const r2 = this.remaining === 0 ? this.finishEntry() : undefined;
                    return r2
                        ? r2.then(() => this.feed(chunk.subarray(pos)))
                        : this.feed(chunk.subarray(pos));
                });
            }
            if (this.remaining === 0) {
                const r2 = this.finishEntry();
                if (r2)
                    return r2.then(() => this.feed(chunk.subarray(pos)));
            }
        }
    }
    /** feed() for parsers whose sinks are all synchronous. */
    feedSync(chunk) {
        if (this.feed(chunk))
            throw new Error('TarStreamParser.feedSync: a sink returned a promise');
    }
    header() {
        const decoded = this.decoder.decode(this.block);
        if (decoded === null) {
            this.state = 'done';
            return;
        }
        if (isMeta(decoded)) {
            this.state = 'meta';
            this.metaType = decoded.meta;
            this.metaParts = [];
            this.remaining = decoded.dataSize;
            this.pad = padded(decoded.dataSize) - decoded.dataSize;
            return this.remaining === 0 ? this.finishEntry() : undefined;
        }
        const header = decoded;
        this.current = header;
        this.sink = this.onEntry(header);
        this.state = 'data';
        this.remaining = header.dataSize;
        this.pad = padded(header.dataSize) - header.dataSize;
        return this.remaining === 0 ? this.finishEntry() : undefined;
    }
    finishEntry() {
        let r = undefined;
        if (this.state === 'meta')
            this.decoder.meta(this.metaType, Buffer.concat(this.metaParts));
        else if (this.onEntryEnd && this.current)
            r = this.onEntryEnd(this.current);
        this.sink = undefined;
        this.current = undefined;
        this.metaParts = [];
        this.state = 'header';
        return r;
    }
    /** Call at the end of input: a stream cut inside a header or inside contents is truncated. */
    end() {
        if (this.state === 'done')
            return;
        if (this.state === 'header' && this.fill === 0 && this.pad === 0)
            return; // Go accepts a missing end-of-archive marker
        throw new TarFormatError(`truncated: the tar stream ends inside ${this.state === 'header' ? (this.fill ? 'a header' : 'padding') : 'an entry'} at byte ${this.offset}`);
    }
}
/**
 * Walks the tar that occupies bytes [start, end) of a file, reading only headers (and
 * long-name/PAX records) and jumping over contents by offset. `onEntry` gets each entry
 * (one reused object: copy what you keep) and the file offset of its contents. With
 * `rawNames`, plain names come as bytes (TarHeader.rawNameAt) instead of strings.
 */
function walkTar(reader, start, end, onEntry, options = {}) {
    const decoder = new HeaderDecoder(true, options.rawNames);
    let pos = start;
    while (pos < end) {
        if (pos + BLOCK > end)
            throw new TarFormatError(`truncated: a header at byte ${pos - start} runs past the end`);
        const decoded = decoder.decode(reader.window, reader.block(pos));
        pos += BLOCK;
        if (decoded === null)
            return;
        const dataSize = decoded.dataSize;
        if (pos + dataSize > end)
            throw new TarFormatError(`truncated: an entry at byte ${pos - BLOCK - start} runs past the end`);
        if (isMeta(decoded))
            decoder.meta(decoded.meta, reader.at(pos, dataSize));
        else
            onEntry(decoded, pos);
        pos += padded(dataSize);
    }
}


/***/ }),

/***/ 9261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ docker),
/* harmony export */   Uh: () => (/* binding */ isNoDockerCli),
/* harmony export */   YJ: () => (/* binding */ DockerCommandError),
/* harmony export */   _A: () => (/* binding */ NO_ENGINE_PATTERN),
/* harmony export */   rb: () => (/* binding */ streamDocker),
/* harmony export */   uY: () => (/* binding */ isNoEngine),
/* harmony export */   zY: () => (/* binding */ noEngineMessage)
/* harmony export */ });
/* unused harmony export dockerBinary */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5625);
// The one door to the docker CLI. Every docker call goes through here: arguments as
// arrays (never a shell string), the command logged at debug level, and a failure
// turned into an Error whose message is docker's own stderr.




/** The client binary: `docker` from PATH unless IMAGE_SIZE_BUDGET_DOCKER names another one. */
function dockerBinary() {
    return process.env.IMAGE_SIZE_BUDGET_DOCKER || 'docker';
}
class DockerCommandError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DependencyFailure */ .U6 {
    args;
    result;
    cannotRun;
    name = 'DockerCommandError';
    constructor(args, result, message, 
    /** The client itself could not be started (not on PATH, not executable): no engine was asked. */
    cannotRun = false) {
        super(message);
        this.args = args;
        this.result = result;
        this.cannotRun = cannotRun;
    }
}
/** The error for a docker client that cannot be started, with the one fix that applies. */
function cannotRunError(args, bin, error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = /ENOENT|Unable to locate executable|not found/i.test(message);
    const why = missing
        ? `"${bin}" is not on PATH`
        : `${bin} cannot be started (${message.split('\n')[0].replace(/[.\s]+$/, '')})`;
    const fix = process.env.IMAGE_SIZE_BUDGET_DOCKER
        ? 'Fix IMAGE_SIZE_BUDGET_DOCKER, which names it'
        : missing
            ? 'Install the Docker CLI (it talks to the engine), or name the client with IMAGE_SIZE_BUDGET_DOCKER'
            : 'Check that it is an executable docker client';
    return new DockerCommandError(args, undefined, `could not run docker: ${why}. ${fix}.`, true);
}
/** True when the docker client could not be started at all. */
function isNoDockerCli(error) {
    return error instanceof DockerCommandError && error.cannotRun;
}
/**
 * The message for an engine that cannot be used to `doing` (e.g. "read app:1"), saying what
 * failed and the fix that applies: install the client when there is none, else start the
 * engine or point DOCKER_HOST at it. For errors that isNoEngine accepts.
 */
function noEngineMessage(error, doing) {
    const message = error instanceof Error ? error.message : String(error);
    if (isNoDockerCli(error))
        return `cannot ${doing}: ${message}`;
    return `cannot reach a Docker engine to ${doing}: ${message.split('\n')[0].replace(/[.?!\s]+$/, '')}. Start dockerd or set DOCKER_HOST.`;
}
/** Runs docker and returns its output; throws DockerCommandError on a non-zero exit or when docker cannot be started. */
async function docker(args, options = {}) {
    const bin = dockerBinary();
    _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .R.debug(`exec: ${bin} ${args.join(' ')}`);
    let result;
    try {
        result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(bin, args, {
            ignoreReturnCode: true,
            silent: !options.stream,
            input: options.input,
            // The build log streams to stderr so that stdout stays clean for --json.
            outStream: options.stream ? process.stderr : undefined,
            errStream: options.stream ? process.stderr : undefined
        });
    }
    catch (error) {
        throw cannotRunError(args, bin, error);
    }
    if (result.exitCode !== 0) {
        const stderr = result.stderr.trim() ||
            result.stdout.trim() ||
            `exit code ${result.exitCode}`;
        throw new DockerCommandError(args, result, stderr);
    }
    return result;
}
/** docker's words for an engine it cannot reach. */
const NO_ENGINE_PATTERN = /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i;
/** True when there is no engine to talk to: the daemon is unreachable (none running, wrong DOCKER_HOST), or there is no client. */
function isNoEngine(error) {
    return (error instanceof DockerCommandError &&
        (error.cannotRun || NO_ENGINE_PATTERN.test(error.message)));
}
/**
 * Runs docker with its stdout handed to `consume` chunk by chunk, for output too large to
 * hold (`docker save`); when `consume` returns a promise, reading pauses until it settles.
 * Resolves with docker's exit code and stderr; rejects only when docker cannot be started.
 */
async function streamDocker(args, consume) {
    const bin = dockerBinary();
    _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .R.debug(`exec: ${bin} ${args.join(' ')}`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text) => {
        if (stderr.length < 16_384)
            stderr += text;
    });
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? -1));
    });
    let consumeError;
    const read = (async () => {
        try {
            for await (const chunk of child.stdout) {
                const pending = consume(chunk);
                if (pending)
                    await pending;
            }
        }
        catch (error) {
            consumeError = error ?? new Error('consume failed');
            child.stdout.destroy();
            child.kill();
        }
    })();
    let exitCode;
    try {
        ;
        [exitCode] = await Promise.all([exited, read]);
    }
    catch (error) {
        throw cannotRunError(args, bin, error);
    }
    return {
        exitCode,
        stderr,
        ...(consumeError !== undefined ? { consumeError } : {})
    };
}


/***/ }),

/***/ 1567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ engineFailure),
/* harmony export */   z: () => (/* binding */ engineReadError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9261);
// The sentences for a failed read of an image from the engine, and docker's words that
// decide which one applies: one place for `docker image inspect`/`history` (engine.ts) and
// the export (engine-export.ts, by the socket or `docker save`), so both say the same thing
// for the same failure.


/** docker's and podman's words (and the engine API's) for an image the engine does not have. */
const IMAGE_NOT_FOUND_PATTERN = /No such image|No such object|not found|reference does not exist/i;
/** Classifies docker's (or the engine's) complaint. */
function engineFailure(message) {
    return {
        message,
        notFound: IMAGE_NOT_FOUND_PATTERN.test(message),
        noEngine: _docker_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_ENGINE_PATTERN */ ._A.test(message)
    };
}
/** The user's error for a failed read of `ref`, naming what to do: build or pull the image, start an engine. */
function engineReadError(ref, failure, 
/** The docker command that failed, for an unclassified failure: `docker save`, `docker image inspect`. */
command) {
    if (failure.noEngine)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input: ref,
            problem: `cannot reach a Docker engine to read ${ref}: ${failure.message.split('\n')[0].replace(/[.?!\s]+$/, '')}.`,
            fix: 'Start dockerd or set DOCKER_HOST.'
        });
    if (failure.notFound)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input: ref,
            problem: `image "${ref}" is not in the Docker engine.`,
            fix: `Build or pull it first (docker pull ${ref}), or check the name.`
        });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
        input: ref,
        problem: `${command} ${ref} failed: ${failure.message}`
    });
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ log)
/* harmony export */ });
/* unused harmony export setLog */
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4279);
// Where diagnostics go. The CLI writes warnings to stderr and debug lines only when
// IMAGE_SIZE_BUDGET_DEBUG is set; the action swaps in @actions/core (useActionsLog),
// so warnings become ::warning:: annotations and debug lines follow ACTIONS_STEP_DEBUG.
// Every line is bounded and scrubbed of credentials (messages.ts) whichever log it goes to.

const cliLog = {
    debug: (message) => {
        if (process.env.IMAGE_SIZE_BUDGET_DEBUG)
            process.stderr.write(`debug: ${message}\n`);
    },
    info: (message) => process.stderr.write(`${message}\n`),
    warning: (message) => process.stderr.write(`warning: ${message}\n`)
};
let current = cliLog;
const log = {
    debug: (message) => current.debug((0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .boundMessage */ .wy)(message)),
    info: (message) => current.info((0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .boundMessage */ .wy)(message)),
    warning: (message) => current.warning((0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .boundMessage */ .wy)(message))
};
function setLog(next) {
    current = next;
}


/***/ })

};
