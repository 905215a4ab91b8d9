export const id = 445;
export const ids = [445];
export const modules = {

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


/***/ }),

/***/ 6445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addEngineCompressedSizes: () => (/* binding */ addEngineCompressedSizes)
/* harmony export */ });
/* unused harmony export measureEngineCompressedLayers */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(363);
/* harmony import */ var _engine_export_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2442);
// `analyze --compressed` for an image in the engine: the pull size it would have once pushed,
// so a PR image compares with a registry baseline on the same measure. Streams the image's
// `docker save` archive (engine-export.ts) and gzips each layer tar as a push does (zlib,
// default level), counting the output bytes;
// nothing is written to disk. Layers the engine already keeps compressed (containerd store)
// are counted as they are. Both save layouts are read (../../../shared notes, part A):
// legacy `<id>/layer.tar` (a repeated layer is a symlink to the first) and Docker 25+ `blobs/sha256/<hex>`.







const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const startsWith = (head, magic) => magic.every((b, i) => head[i] === b);
/** Counts the gzip size of a body as it streams; an already compressed body counts as is. */
function gzipCounter(done) {
    let head = Buffer.alloc(0);
    let gzip;
    let raw = 0;
    let passThrough = false;
    let bytes = 0;
    const start = () => {
        passThrough = startsWith(head, GZIP_MAGIC) || startsWith(head, ZSTD_MAGIC);
        if (passThrough)
            return;
        gzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGzip)();
        gzip.on('data', (chunk) => (bytes += chunk.length));
    };
    const feed = async (chunk) => {
        if (passThrough)
            raw += chunk.length;
        else if (gzip && !gzip.write(chunk))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(gzip, 'drain');
    };
    return {
        async write(chunk) {
            if (!gzip && !passThrough) {
                // Decide on the first 4 bytes; a tiny first chunk waits for more.
                head = Buffer.concat([head, chunk]);
                if (head.length < 4)
                    return;
                start();
                const first = head;
                head = Buffer.alloc(0);
                await feed(first);
                return;
            }
            await feed(chunk);
        },
        async end() {
            if (!gzip && !passThrough) {
                start();
                await feed(head);
            }
            if (passThrough)
                return done(raw);
            const stream = gzip;
            stream.end();
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.finished)(stream);
            done(bytes);
        }
    };
}
/** The gzip size of each layer of an engine image, in manifest (= RootFS) order. */
async function measureEngineCompressedLayers(ref) {
    const sizes = new Map();
    const links = new Map();
    const manifestParts = [];
    let current;
    const parser = new _archive_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TarStreamParser */ .PG((header) => {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(header.name.replace(/^\.\//, ''));
        if (header.type === '2' || header.type === '1') {
            // Legacy saves link a repeated layer.tar to the first copy: relative to the entry's folder (symlink) or the archive root (hardlink).
            links.set(name, header.type === '2'
                ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(name), header.linkname))
                : header.linkname);
            return undefined;
        }
        if (header.type !== '0')
            return undefined;
        if (name === 'manifest.json')
            current = {
                write: (chunk) => void manifestParts.push(chunk),
                end: () => undefined
            };
        else if (name.endsWith('/layer.tar') || name.startsWith('blobs/'))
            current = gzipCounter((bytes) => sizes.set(name, bytes));
        else
            return undefined;
        const sink = current;
        // A chunk is a view of the export's reused buffer; zlib reads it later: copy.
        return (chunk) => sink.write(Buffer.from(chunk));
    }, async () => {
        const sink = current;
        current = undefined;
        if (sink)
            await sink.end();
    });
    const result = await (0,_engine_export_js__WEBPACK_IMPORTED_MODULE_6__/* .exportImage */ .__)(ref, (chunk) => parser.feed(chunk));
    if (result.consumeError !== undefined) {
        if (result.consumeError instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
                input: ref,
                problem: `docker save ${ref}: ${result.consumeError.problem}`,
                fix: result.consumeError.fix
            });
        throw result.consumeError;
    }
    if (result.failure)
        throw (0,_engine_export_js__WEBPACK_IMPORTED_MODULE_6__/* .exportFailureError */ .TE)(ref, result.failure);
    try {
        parser.end();
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
            input: ref,
            problem: `docker save ${ref}: ${error.message}`
        });
    }
    const manifestText = Buffer.concat(manifestParts).toString('utf8');
    let manifests;
    try {
        manifests = JSON.parse(manifestText);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
            input: '--compressed',
            problem: `docker save ${ref} wrote no readable manifest.json; this engine's save format is not supported for --compressed`
        });
    }
    const layers = manifests[0]?.Layers ?? [];
    return layers.map((layer) => {
        let name = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(layer);
        for (let hops = 0; links.has(name) && hops < 8; hops++)
            name = links.get(name);
        const bytes = sizes.get(name);
        if (bytes === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
                input: ref,
                problem: `docker save ${ref} lists layer ${layer} but the archive does not hold it`
            });
        return bytes;
    });
}
/** The report with compressedBytes on each layer row and totalCompressedBytes, measured by gzipping `docker save`'s layers. */
async function addEngineCompressedSizes(report) {
    // A containerd-store engine keeps the blobs compressed: their sizes came with the report.
    if (report.totalCompressedBytes !== undefined &&
        report.layers.every((row) => row.empty || row.compressedBytes !== undefined))
        return report;
    const sizes = await measureEngineCompressedLayers(report.image.ref);
    const rows = report.layers.filter((row) => !row.empty);
    const warnings = [...report.warnings];
    if (rows.length !== sizes.length) {
        warnings.push(`the image has ${sizes.length} layers but ${rows.length} rows were decided to make layers; compressed sizes were paired in order`);
    }
    let i = 0;
    const layers = report.layers.map((row) => row.empty || i >= sizes.length
        ? { ...row }
        : { ...row, compressedBytes: sizes[i++] });
    return {
        ...report,
        layers,
        totalCompressedBytes: sizes.reduce((sum, bytes) => sum + bytes, 0),
        warnings
    };
}


/***/ })

};
