export const id = 4;
export const ids = [4];
export const modules = {

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   measureEngineLayers: () => (/* binding */ measureEngineLayers),
/* harmony export */   saveEngineImage: () => (/* binding */ saveEngineImage)
/* harmony export */ });
/* harmony import */ var _model_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6689);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _engine_export_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2442);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2193);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9223);
// An engine image's `docker save` archive as a source, streamed (engine-export.ts) without a
// temporary copy: the whole image with every layer listed (the file analysis), or only the
// facts of the layers not measured yet (exact sizes on an engine whose own figures mean
// something else; layer-facts.ts).





/**
 * Streams the export of `ref` into a StreamSource; `skip` names members to drop unread.
 * Layers are listed as they arrive, so `packages: false` applies from the start.
 */
async function exportToSource(ref, skip, packages = true) {
    const reader = _source_js__WEBPACK_IMPORTED_MODULE_4__/* .StreamSource */ .e_.start(`docker save ${ref}`, { skip, packages });
    const { failure, consumeError } = await (0,_engine_export_js__WEBPACK_IMPORTED_MODULE_2__/* .exportImage */ .__)(ref, (chunk) => reader.feed(chunk));
    // What the archive reader found wrong explains more than the engine's complaint about the reader stopping.
    if (consumeError !== undefined)
        throw consumeError;
    if (failure)
        throw (0,_engine_export_js__WEBPACK_IMPORTED_MODULE_2__/* .exportFailureError */ .TE)(ref, failure);
    return reader.finish();
}
/**
 * Streams the `docker save` archive of `ref` into the reader (from the engine's socket, or
 * the docker CLI; see engine-export.ts): nothing is written to disk and layer contents are
 * dropped as they pass. A failed export (no such image, no engine) is reported in the
 * engine's own words rather than as a broken archive. `packages: false` keeps no package
 * databases (no package attribution).
 */
async function saveEngineImage(ref, options = {}) {
    return (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .readImageFromSource */ .R1)(await exportToSource(ref, undefined, options.packages !== false), {
        ref,
        packages: options.packages
    });
}
/**
 * The facts of the layers of `ref` that `known` lacks, read from the engine's export: blobs
 * whose facts the cache already holds are dropped unread (a containerd-store export names
 * blobs by their stored digest, and writes them before the manifest that says which is which).
 */
async function measureEngineLayers(ref, known, cache) {
    const skip = (name) => {
        const digest = (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .blobDigest */ .ep)(name);
        const facts = digest ? cache.byBlob(digest) : undefined;
        return facts !== undefined && known.has(facts.diffId);
    };
    const source = await exportToSource(ref, skip);
    const located = await (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .locateImage */ .kl)(source, { ref });
    const measured = [];
    for (const [i, name] of located.layerNames.entries()) {
        const diffId = located.diffIds[i];
        if (typeof diffId !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                input: ref,
                problem: `docker save ${ref}: the image config lists no diff_id for layer ${i}`
            });
        if (known.has(diffId) || measured.some((facts) => facts.diffId === diffId))
            continue;
        const listing = await source.listLayer(name);
        const blob = (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .storedBlob */ .Xn)(source, name);
        measured.push({
            diffId,
            sizeBytes: (0,_model_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .layerDiskBytes */ ._n)(listing),
            entries: listing.length,
            ...(blob ? { blob } : {})
        });
    }
    return measured;
}


/***/ }),

/***/ 2442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TE: () => (/* binding */ exportFailureError),
/* harmony export */   __: () => (/* binding */ exportImage)
/* harmony export */ });
/* unused harmony export engineEndpoint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5625);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9261);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1567);
// An engine image's `docker save` archive, streamed to a consumer chunk by chunk: straight
// from the engine's API (`GET /images/get`, the endpoint `docker save` itself calls) when the
// engine listens on a plain unix or tcp socket, else through the docker CLI.
//
// Why not always the CLI: with the CLI every byte of the archive is copied once more, from
// the engine into the CLI and from the CLI through a pipe into us. Measured on a 727 MB image
// (bench/files.mjs): `docker save | cat > /dev/null` takes 1.13x `docker save > /dev/null`
// before any analysis, so "at most 1.1x docker save" cannot be met that way; read from the
// engine's socket it takes 1.0x. And a stream or pipe read by Node allocates a new buffer
// for every read, which for hundreds of MB is what set the peak memory; here every read goes
// into one buffer (net.Socket `onread`, Node's API for that), so a chunk handed to the
// consumer is valid only during the call and the consumer copies whatever it keeps.
//
// The HTTP/1.1 response (status line, headers, chunked or sized body) is parsed here by hand
// because Node's http client cannot read into a caller's buffer (it allocates per read: 150
// MB peak on the same image, against 55 MB). Which engine: the docker CLI's own order
// (DOCKER_CONTEXT, then DOCKER_HOST, then the config's currentContext, then the default
// socket); endpoints that need TLS or ssh, or a client other than docker
// (IMAGE_SIZE_BUDGET_DOCKER), go through the CLI, which knows how to reach them.









/**
 * The engine's address when it can be opened as a plain socket, the way the docker CLI picks
 * it; undefined when only the CLI can reach it (TLS, ssh, a context we cannot read, another
 * client) or when IMAGE_SIZE_BUDGET_ENGINE_EXPORT=cli asks for the CLI.
 */
function engineEndpoint(env = process.env) {
    if (env.IMAGE_SIZE_BUDGET_ENGINE_EXPORT === 'cli')
        return undefined;
    if (env.IMAGE_SIZE_BUDGET_DOCKER &&
        node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(env.IMAGE_SIZE_BUDGET_DOCKER) !== 'docker')
        return undefined;
    const configDir = env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_4___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.docker');
    // docker/cli cli/command/cli.go resolveContextName: DOCKER_CONTEXT, then DOCKER_HOST (the
    // default context), then the config file's currentContext.
    let context = env.DOCKER_CONTEXT;
    if (!context && env.DOCKER_HOST)
        return parseHost(env.DOCKER_HOST, env.DOCKER_TLS_VERIFY);
    if (!context) {
        try {
            const config = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(configDir, 'config.json'), 'utf8'));
            if (typeof config.currentContext === 'string')
                context = config.currentContext;
        }
        catch {
            // no config file: the default context
        }
    }
    if (!context || context === 'default')
        return parseHost(env.DOCKER_HOST || 'unix:///var/run/docker.sock', env.DOCKER_TLS_VERIFY);
    // A named context: contexts/meta/<sha256 of the name>/meta.json; its TLS material, if any, under contexts/tls/.
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(context).digest('hex');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(configDir, 'contexts', 'tls', id)))
        return undefined;
    try {
        const meta = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(configDir, 'contexts', 'meta', id, 'meta.json'), 'utf8'));
        const host = meta.Endpoints?.docker?.Host;
        return typeof host === 'string' ? parseHost(host, undefined) : undefined;
    }
    catch {
        return undefined;
    }
}
function parseHost(host, tlsVerify) {
    if (host.startsWith('unix://'))
        return { socketPath: host.slice('unix://'.length) };
    const tcp = /^tcp:\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(host);
    if (tcp && !tlsVerify)
        return {
            host: tcp[1].replace(/^\[|\]$/g, ''),
            port: Number(tcp[2] ?? 2375)
        };
    return undefined;
}
/**
 * Streams the `docker save` archive of `ref` into `consume`, in order; when `consume`
 * returns a promise, reading pauses until it settles. Resolves when the archive has ended or
 * the export failed (see ExportResult); rejects, with an InputError, only when docker cannot be run at all.
 */
async function exportImage(ref, consume) {
    const endpoint = engineEndpoint();
    if (endpoint) {
        const socket = await open(endpoint).catch((error) => {
            // Nothing listens there: the CLI says what is wrong in its own words (or knows better).
            _log_js__WEBPACK_IMPORTED_MODULE_6__/* .log */ .R.debug(`engine export: cannot open ${describe(endpoint)} (${error.code ?? error.message}); using docker save`);
            return undefined;
        });
        if (socket)
            return { via: 'api', ...(await readExport(socket, ref, consume)) };
    }
    let result;
    try {
        result = await (0,_docker_js__WEBPACK_IMPORTED_MODULE_7__/* .streamDocker */ .rb)(['save', ref], consume);
    }
    catch (error) {
        // docker could not be started: its message says what to install.
        if (error instanceof _docker_js__WEBPACK_IMPORTED_MODULE_7__/* .DockerCommandError */ .YJ)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz({ input: ref, problem: error.message });
        throw error;
    }
    const stopped = result.consumeError !== undefined
        ? { consumeError: result.consumeError }
        : {};
    // Stopped by the consumer, docker may still complain (a broken pipe): the consumer's reason is the one that counts.
    if (result.exitCode === 0 || result.consumeError !== undefined)
        return { via: 'cli', ...stopped };
    const message = result.stderr.trim() || `docker save exited with code ${result.exitCode}`;
    return {
        via: 'cli',
        failure: (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .engineFailure */ .F)(message)
    };
}
/** The user's error for a failed export, naming what to do: build or pull the image, start an engine. */
function exportFailureError(ref, failure) {
    return (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .engineReadError */ .z)(ref, failure, 'docker save');
}
const describe = (endpoint) => 'socketPath' in endpoint
    ? `unix://${endpoint.socketPath}`
    : `tcp://${endpoint.host}:${endpoint.port}`;
const READ_BUFFER_BYTES = 256 * 1024;
const HEAD_LIMIT = 64 * 1024;
function open(endpoint) {
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    const onRead = { callback: () => true };
    return new Promise((resolve, reject) => {
        const onread = {
            buffer,
            callback: (n) => onRead.callback(buffer.subarray(0, n))
        };
        const socket = 'socketPath' in endpoint
            ? (0,node_net__WEBPACK_IMPORTED_MODULE_2__.connect)({ path: endpoint.socketPath, onread })
            : (0,node_net__WEBPACK_IMPORTED_MODULE_2__.connect)({ host: endpoint.host, port: endpoint.port, onread });
        socket.once('error', reject);
        socket.once('connect', () => {
            socket.off('error', reject);
            socket.pause();
            resolve({ socket, onRead });
        });
    });
}
/** One HTTP/1.1 exchange: the request, then the response parsed from each read as it comes. */
function readExport({ socket, onRead }, ref, consume) {
    return new Promise((resolve) => {
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            socket.destroy();
            resolve(result);
        };
        const fail = (message, notFound = false) => finish({ failure: { message, notFound, noEngine: false } });
        let head = Buffer.alloc(0);
        let status = 0;
        let body;
        let errorBody;
        let errorBytes = 0;
        const onBody = (data) => {
            if (errorBody) {
                if (errorBytes < HEAD_LIMIT)
                    errorBody.push(Buffer.from(data));
                errorBytes += data.length;
                return;
            }
            return consume(data);
        };
        const ended = () => {
            if (errorBody) {
                const text = Buffer.concat(errorBody).toString('utf8');
                let message = text.trim();
                try {
                    const parsed = JSON.parse(text);
                    if (typeof parsed.message === 'string')
                        message = parsed.message;
                }
                catch {
                    // not JSON: the text as it is
                }
                return fail(message || `the engine answered HTTP ${status}`, status === 404);
            }
            finish({});
        };
        /** Handles bytes [from, chunk.length) of a read; returns false to pause the socket. */
        const handle = (chunk, from) => {
            let pos = from;
            if (head !== undefined) {
                // Headers are small and may span reads: they are the only bytes copied.
                head = Buffer.concat([head, chunk.subarray(pos)]);
                const end = head.indexOf('\r\n\r\n');
                if (end < 0) {
                    if (head.length > HEAD_LIMIT)
                        fail('the engine sent an HTTP response without an end of headers');
                    return true;
                }
                const parsed = parseHead(head.subarray(0, end).toString('latin1'));
                if (!parsed) {
                    fail(`the engine's answer is not HTTP: ${JSON.stringify(head.subarray(0, 80).toString('latin1'))}`);
                    return false;
                }
                status = parsed.status;
                if (status !== 200)
                    errorBody = [];
                body = parsed.chunked
                    ? new ChunkedBody(onBody)
                    : new SizedBody(onBody, parsed.length);
                const rest = head.subarray(end + 4);
                head = undefined;
                chunk = rest;
                pos = 0;
            }
            try {
                const pending = body.feed(chunk, pos);
                if (body.done) {
                    if (pending)
                        pending.then(ended, (error) => finish({ consumeError: error }));
                    else
                        ended();
                    return false;
                }
                if (!pending)
                    return true;
                pending.then(() => {
                    if (settled)
                        return;
                    // The rest of this read may have held the body's end.
                    if (body.done)
                        ended();
                    else
                        socket.resume();
                }, (error) => finish({ consumeError: error }));
                return false;
            }
            catch (error) {
                if (error instanceof HttpBodyError)
                    fail(error.message);
                else
                    finish({ consumeError: error });
                return false;
            }
        };
        onRead.callback = (chunk) => !settled && handle(chunk, 0);
        socket.on('error', (error) => fail(`reading the image from the engine failed: ${error.message}`));
        socket.on('close', () => fail('the engine closed the connection before the archive was complete'));
        socket.on('end', () => {
            if (settled)
                return;
            if (body && body.endsAtClose)
                return ended();
            fail(head !== undefined
                ? 'the engine closed the connection without an answer'
                : 'the engine ended the export before the archive was complete');
        });
        socket.write(`GET /images/get?names=${encodeURIComponent(ref)} HTTP/1.1\r\nHost: docker\r\nUser-Agent: image-size-budget\r\nAccept: application/x-tar\r\nConnection: close\r\n\r\n`);
        socket.resume();
    });
}
function parseHead(text) {
    const lines = text.split('\r\n');
    const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0]);
    if (!statusLine)
        return undefined;
    let chunked = false;
    let length;
    for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'transfer-encoding' && /chunked/i.test(value))
            chunked = true;
        if (name === 'content-length' && /^\d+$/.test(value))
            length = Number(value);
    }
    return {
        status: Number(statusLine[1]),
        chunked,
        ...(length !== undefined ? { length } : {})
    };
}
class HttpBodyError extends Error {
}
/** A body with a Content-Length, or one that runs to the end of the connection. */
class SizedBody {
    onData;
    remaining;
    constructor(onData, length) {
        this.onData = onData;
        this.remaining = length ?? Infinity;
    }
    get done() {
        return this.remaining === 0;
    }
    get endsAtClose() {
        return this.remaining === Infinity;
    }
    feed(chunk, from) {
        const n = Math.min(chunk.length - from, this.remaining);
        if (n <= 0)
            return;
        this.remaining -= n;
        return this.onData(chunk.subarray(from, from + n));
    }
}
/** Transfer-Encoding: chunked (RFC 9112 section 7.1): `<hex size>[;ext]\r\n<data>\r\n`, … `0\r\n<trailers>\r\n`. */
class ChunkedBody {
    onData;
    state = 'size';
    line = '';
    remaining = 0;
    endsAtClose = false;
    constructor(onData) {
        this.onData = onData;
    }
    get done() {
        return this.state === 'done';
    }
    feed(chunk, from) {
        let pos = from;
        while (pos < chunk.length && this.state !== 'done') {
            if (this.state === 'data') {
                const n = Math.min(this.remaining, chunk.length - pos);
                this.remaining -= n;
                const part = chunk.subarray(pos, pos + n);
                pos += n;
                if (this.remaining === 0)
                    this.state = 'data-end';
                const pending = this.onData(part);
                if (pending)
                    return pending.then(() => this.feed(chunk, pos));
                continue;
            }
            // Size lines, the CRLF after data and trailer lines: read up to the next LF.
            const lf = chunk.indexOf(0x0a, pos);
            const end = lf < 0 ? chunk.length : lf;
            this.line += chunk.toString('latin1', pos, end);
            if (this.line.length > 4096)
                throw new HttpBodyError('the engine sent a malformed chunked body (a line too long)');
            pos = end;
            if (lf < 0)
                break;
            pos++;
            const line = this.line.replace(/\r$/, '');
            this.line = '';
            if (this.state === 'data-end') {
                if (line !== '')
                    throw new HttpBodyError('the engine sent a malformed chunked body (data longer than its chunk size)');
                this.state = 'size';
            }
            else if (this.state === 'size') {
                const size = /^([0-9a-fA-F]{1,12})(?:;.*)?$/.exec(line.trim());
                if (!size)
                    throw new HttpBodyError(`the engine sent a malformed chunked body (chunk size ${JSON.stringify(line.slice(0, 20))})`);
                this.remaining = parseInt(size[1], 16);
                this.state = this.remaining === 0 ? 'trailer' : 'data';
            }
            else if (this.state === 'trailer' && line === '') {
                this.state = 'done';
            }
        }
    }
}


/***/ })

};
