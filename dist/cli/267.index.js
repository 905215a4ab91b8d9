export const id = 267;
export const ids = [267];
export const modules = {

/***/ 9261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ docker),
/* harmony export */   YJ: () => (/* binding */ DockerCommandError),
/* harmony export */   rb: () => (/* binding */ streamDocker),
/* harmony export */   uY: () => (/* binding */ isNoEngine),
/* harmony export */   zY: () => (/* binding */ noEngineMessage)
/* harmony export */ });
/* unused harmony exports dockerBinary, isNoDockerCli */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5625);
// The one door to the docker CLI. Every docker call goes through here: arguments as
// arrays (never a shell string), the command logged at debug level, and a failure
// turned into an Error whose message is docker's own stderr.



/** The client binary: `docker` from PATH unless IMAGE_SIZE_BUDGET_DOCKER names another one. */
function dockerBinary() {
    return process.env.IMAGE_SIZE_BUDGET_DOCKER || 'docker';
}
class DockerCommandError extends Error {
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
    _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.debug(`exec: ${bin} ${args.join(' ')}`);
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
/** True when there is no engine to talk to: the daemon is unreachable (none running, wrong DOCKER_HOST), or there is no client. */
function isNoEngine(error) {
    return (error instanceof DockerCommandError &&
        (error.cannotRun ||
            /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i.test(error.message)));
}
/**
 * Runs docker with its stdout handed to `consume` chunk by chunk, for output too large to
 * hold (`docker save`); when `consume` returns a promise, reading pauses until it settles.
 * Resolves with docker's exit code and stderr; rejects only when docker cannot be started.
 */
async function streamDocker(args, consume) {
    const bin = dockerBinary();
    _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.debug(`exec: ${bin} ${args.join(' ')}`);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5625);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9261);
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
            _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .R.debug(`engine export: cannot open ${describe(endpoint)} (${error.code ?? error.message}); using docker save`);
            return undefined;
        });
        if (socket)
            return { via: 'api', ...(await readExport(socket, ref, consume)) };
    }
    let result;
    try {
        result = await (0,_docker_js__WEBPACK_IMPORTED_MODULE_6__/* .streamDocker */ .rb)(['save', ref], consume);
    }
    catch (error) {
        // docker could not be started: its message says what to install.
        if (error instanceof _docker_js__WEBPACK_IMPORTED_MODULE_6__/* .DockerCommandError */ .YJ)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(error.message);
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
        failure: {
            message,
            notFound: /No such image|not found|reference does not exist/i.test(message),
            noEngine: /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i.test(message)
        }
    };
}
/** The user's error for a failed export, naming what to do: build or pull the image, start an engine. */
function exportFailureError(ref, failure) {
    if (failure.noEngine) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`cannot reach a Docker engine to read ${ref}: ${failure.message.split('\n')[0]}. Start dockerd or set DOCKER_HOST.`);
    }
    if (failure.notFound) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`image "${ref}" is not in the Docker engine. Build or pull it first (docker pull ${ref}), or check the name.`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`docker save ${ref} failed: ${failure.message}`);
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

/***/ 3722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iM: () => (/* binding */ engineStore),
  J2: () => (/* binding */ inspectImages),
  O8: () => (/* binding */ readEngineImage)
});

// UNUSED EXPORTS: readHistory, storeOfInfo

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/image/docker.ts
var docker = __webpack_require__(9261);
;// CONCATENATED MODULE: ./src/image/empty-layers.ts
// Decides which history rows made a filesystem layer, so that the rows with
// `empty: false` are one-to-one, in order, with the image's RootFS layers.
//
// docker history does not print the config's `empty_layer` flag, and size alone cannot
// decide (a classic WORKDIR or a BuildKit `RUN rm` makes a real 0-byte layer; CMD makes
// none). So: a row with bytes is a layer; otherwise the builder's markers give a hint;
// and the layer count is a constraint. Checkpoints (the top row's count is RootFS.Layers;
// an intermediate image's count comes from inspecting it, when the engine kept it) split
// the rows into spans whose layer count is known. Inside a span, rows are chosen by
// strength of hint; the choice is exact when it is forced, else the caller warns.
// Stronger first. A row with bytes is always a layer; a config-only instruction never is, unless the counts insist.
function rank(row) {
    if (row.sizeBytes > 0)
        return 0;
    switch (row.hint) {
        case 'layer':
            return 1;
        case 'likely-layer':
            return 2;
        case 'unknown':
            return 3;
        case 'empty':
            return 4;
    }
}
/** Rows are base first; checkpoints need not be sorted and must include the top row's (RootFS.Layers). */
function decideEmpty(rows, checkpoints) {
    const empty = rows.map(() => true);
    const uncertainRows = [];
    let contradiction;
    const sorted = [...checkpoints].sort((a, b) => a.row - b.row);
    let start = 0;
    let layersBelow = 0;
    for (const checkpoint of sorted) {
        if (checkpoint.row < start)
            continue;
        const span = rows
            .slice(start, checkpoint.row + 1)
            .map((row, offset) => ({ row, at: start + offset }));
        let need = checkpoint.layers - layersBelow;
        // Fill by rank: all of a rank when it fits, else the lowest rows of that rank (a guess).
        for (let r = 0; r <= 4 && need > 0; r++) {
            const group = span.filter(({ row }) => rank(row) === r);
            if (group.length === 0)
                continue;
            if (r === 0 && group.length > need) {
                contradiction = `${group.length} history rows with bytes but only ${need} layers between rows ${start} and ${checkpoint.row}`;
            }
            const take = Math.min(need, group.length);
            if (take < group.length)
                uncertainRows.push(...group.map(({ at }) => at));
            for (const { at } of group.slice(0, take))
                empty[at] = false;
            need -= take;
        }
        if (need > 0) {
            contradiction = `the image has ${checkpoint.layers - layersBelow} layers between rows ${start} and ${checkpoint.row} but its history names only ${checkpoint.layers - layersBelow - need}`;
        }
        layersBelow = checkpoint.layers;
        start = checkpoint.row + 1;
    }
    return {
        empty,
        uncertainRows: [...new Set(uncertainRows)].sort((a, b) => a - b),
        contradiction
    };
}

// EXTERNAL MODULE: ./src/image/history.ts
var image_history = __webpack_require__(673);
;// CONCATENATED MODULE: ./src/image/engine.ts
// Image source: an image in the Docker engine, read with `docker image inspect` and
// `docker history`. Yields an ImageReport, base layer first, whose sizes are content bytes
// on every engine: on the legacy image store the engine's figures are exactly that; on the
// containerd store they are not (block-rounded snapshot usage per row, compressed blobs as
// the total), so each layer's bytes come from its facts (layer-facts.ts: the cache, else the
// engine's export) and the engine's own figures are kept beside them, labelled.





function engineError(ref, error) {
    if ((0,docker/* isNoEngine */.uY)(error))
        return new errors/* InputError */.d((0,docker/* noEngineMessage */.zY)(error, `read ${ref}`));
    if (error instanceof docker/* DockerCommandError */.YJ &&
        /No such image|No such object|not found/i.test(error.message)) {
        return new errors/* InputError */.d(`image "${ref}" is not in the Docker engine. Build or pull it first (docker pull ${ref}), or check the name.`);
    }
    if (error instanceof docker/* DockerCommandError */.YJ)
        return new errors/* InputError */.d(`docker failed while reading ${ref}: ${error.message}`);
    return error instanceof Error ? error : new Error(String(error));
}
/** `docker image inspect` with no format: a JSON array, from docker and podman alike (podman's `{{json .}}` spans lines). */
async function inspectImages(refs) {
    const { stdout } = await (0,docker/* docker */.T3)(['image', 'inspect', ...refs]);
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* InputError */.d(`the engine's image inspect output is not JSON: ${stdout.trim().slice(0, 120)}`);
    }
    if (!Array.isArray(parsed))
        throw new errors/* InputError */.d("the engine's image inspect output is not a list of images");
    return parsed;
}
/** `docker history` as JSON: the `json` format shorthand (CLI 23.0+), else the Go template for older clients. */
async function readHistory(ref) {
    const base = ['history', '--no-trunc', '--human=false', '--format'];
    let stdout;
    try {
        stdout = (await (0,docker/* docker */.T3)([...base, 'json', ref])).stdout;
        // A pre-23.0 client prints the literal word "json" for every row.
        if (/^json$/m.test(stdout))
            throw new docker/* DockerCommandError */.YJ([], undefined, 'old client');
    }
    catch (error) {
        if (!(error instanceof docker/* DockerCommandError */.YJ) ||
            (0,docker/* isNoEngine */.uY)(error) ||
            /No such image/i.test(error.message))
            throw error;
        stdout = (await (0,docker/* docker */.T3)([...base, '{{json .}}', ref])).stdout;
    }
    return (0,image_history/* parseHistoryOutput */.pg)(stdout);
}
const stores = new Map();
/**
 * The engine's image store, from `docker info` (once per engine address in a process): the
 * containerd store says `DriverStatus [["driver-type","io.containerd.snapshotter.v1"]]`
 * (../shared/notes/docker-formats.md, part D); podman's `info` has a `store` and no
 * `DriverStatus`. An engine that cannot say counts as legacy.
 */
function engineStore() {
    const key = `${process.env.DOCKER_HOST ?? ''}|${process.env.DOCKER_CONTEXT ?? ''}|${process.env.IMAGE_SIZE_BUDGET_DOCKER ?? ''}`;
    let store = stores.get(key);
    if (!store) {
        store = (0,docker/* docker */.T3)(['info', '--format', '{{json .}}']).then(({ stdout }) => storeOfInfo(stdout), (error) => {
            log/* log */.R.debug(`docker info failed (${error.message.split('\n')[0]}); taking the legacy store`);
            return 'legacy';
        });
        stores.set(key, store);
    }
    return store;
}
/** The store an `info` JSON (docker's or podman's) describes. */
function storeOfInfo(text) {
    let info;
    try {
        info = JSON.parse(text);
    }
    catch {
        return 'legacy';
    }
    if (Array.isArray(info.DriverStatus)) {
        return info.DriverStatus.some((pair) => Array.isArray(pair) &&
            pair[0] === 'driver-type' &&
            pair[1] === 'io.containerd.snapshotter.v1')
            ? 'containerd'
            : 'legacy';
    }
    return info.store !== undefined && info.host !== undefined
        ? 'podman'
        : 'legacy';
}
/** Reads an image from the engine. Throws InputError for a missing image or no engine. */
async function readEngineImage(ref, options = {}) {
    let inspect;
    let history;
    let store;
    try {
        ;
        [[inspect], history, store] = await Promise.all([
            inspectImages([ref]),
            readHistory(ref),
            engineStore()
        ]);
    }
    catch (error) {
        throw engineError(ref, error);
    }
    const rows = [...history].reverse(); // base first
    const diffIds = inspect.RootFS?.Layers ?? [];
    const warnings = [];
    const inputs = rows.map((row) => ({
        sizeBytes: row.sizeBytes,
        hint: row.step.hint
    }));
    let decision = decideEmpty(inputs, [
        { row: rows.length - 1, layers: diffIds.length }
    ]);
    // A 0-byte row that may or may not have made a layer (classic `RUN true` makes none, classic
    // `WORKDIR /new` makes one) is only known for sure from the intermediate images, which the
    // classic builder keeps: their RootFS counts pin each row down. One inspect call for all of them.
    const doubtful = inputs.some((row) => row.sizeBytes === 0 && row.hint !== 'empty');
    if ((doubtful || decision.contradiction) &&
        rows.some((row, i) => row.id && i < rows.length - 1)) {
        const checkpoints = await intermediateCheckpoints(rows, diffIds.length);
        if (checkpoints.length > 1)
            decision = decideEmpty(inputs, checkpoints);
    }
    if (decision.contradiction)
        warnings.push(`history and layers disagree: ${decision.contradiction}`);
    if (decision.uncertainRows.length > 0) {
        const message = `could not decide exactly which history rows made layers (rows ${decision.uncertainRows.join(', ')}); their "empty" flags are a best guess`;
        warnings.push(message);
        log/* log */.R.warning(message);
    }
    let layer = 0;
    const layers = rows.map((row, index) => {
        const empty = decision.empty[index];
        const out = {
            index,
            instruction: row.step.instruction,
            createdBy: row.step.createdBy,
            sizeBytes: row.sizeBytes,
            empty
        };
        if (row.step.buildArgs)
            out.buildArgs = row.step.buildArgs;
        if (row.id)
            out.id = row.id;
        if (row.createdAt)
            out.createdAt = row.createdAt;
        if (row.comment)
            out.comment = row.comment;
        if (!empty && diffIds[layer])
            out.diffId = diffIds[layer];
        if (!empty)
            layer++;
        return out;
    });
    const platform = [inspect.Os, inspect.Architecture, inspect.Variant]
        .filter(Boolean)
        .join('/') || undefined;
    const report = {
        schemaVersion: 1,
        image: {
            ref,
            id: inspect.Id,
            source: 'docker',
            ...(platform ? { platform } : {}),
            store
        },
        totalBytes: inspect.Size,
        layers,
        warnings
    };
    if (store === 'legacy')
        return report;
    const { measuredLayers } = await __webpack_require__.e(/* import() */ 198).then(__webpack_require__.bind(__webpack_require__, 6198));
    return measuredLayers(report, store, diffIds, options.exported);
}
async function intermediateCheckpoints(rows, topLayers) {
    const checkpoints = [
        { row: rows.length - 1, layers: topLayers }
    ];
    const known = rows
        .map((row, index) => ({ id: row.id, index }))
        .filter((r) => !!r.id);
    if (known.length === 0)
        return checkpoints;
    let inspected;
    try {
        inspected = await inspectImages(known.map((r) => r.id));
    }
    catch {
        return checkpoints; // an intermediate image was pruned: keep the top count only
    }
    for (const [i, image] of inspected.entries()) {
        checkpoints.push({
            row: known[i].index,
            layers: image.RootFS?.Layers?.length ?? 0
        });
    }
    return checkpoints;
}


/***/ }),

/***/ 9267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PLATFORM: () => (/* reexport */ DEFAULT_PLATFORM),
  addEngineCompressedSizes: () => (/* reexport */ addEngineCompressedSizes),
  evaluateCompressedBudget: () => (/* reexport */ evaluateCompressedBudget),
  findCredentials: () => (/* reexport */ findCredentials),
  formatRegistryRef: () => (/* reexport */ formatRegistryRef),
  insecureRegistries: () => (/* reexport */ insecureRegistries),
  measureEngineCompressedLayers: () => (/* reexport */ measureEngineCompressedLayers),
  parseRegistryRef: () => (/* reexport */ parseRegistryRef),
  readEngineOrRegistryImage: () => (/* binding */ readEngineOrRegistryImage),
  readRegistryImage: () => (/* reexport */ readRegistryImage),
  readRegistryImages: () => (/* reexport */ readRegistryImages)
});

// EXTERNAL MODULE: ./src/image/docker.ts
var docker = __webpack_require__(9261);
// EXTERNAL MODULE: ./src/image/engine.ts + 1 modules
var engine = __webpack_require__(3722);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/model/listing.ts
var listing = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/image/archive/layer.ts
var archive_layer = __webpack_require__(7077);
// EXTERNAL MODULE: ./src/image/history.ts
var image_history = __webpack_require__(673);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/messages.ts
var messages = __webpack_require__(4279);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/image/registry/reference.ts
// Image references as the docker CLI reads them (distribution/reference normalize.go):
// `alpine` → registry-1.docker.io/library/alpine:latest, `host:5000/team/app:pr-1`,
// `ghcr.io/org/app@sha256:…`. Also decides which hosts may be spoken to over plain HTTP.



const DOCKER_HUB_API = 'registry-1.docker.io';
/** The key `docker login` writes for Docker Hub in config.json and asks credential helpers for. */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function parseRegistryRef(text) {
    const input = text.trim();
    const bad = (why) => new errors/* InputError */.d(`${(0,messages/* quote */.hD)(text)} is not an image reference (${why}). Use e.g. "ghcr.io/org/app:tag", "alpine" or "host:5000/app@sha256:…".`);
    if (!input)
        throw bad('it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw bad(`the digest "${digest}" is not sha256:<64 hex digits>`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw bad(`the tag "${tag}" has characters a tag cannot have`);
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    // The first component names a registry when it looks like a host (docker's rule: a dot, a port, or localhost).
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost'))
        registry = parts.shift();
    if (registry === 'docker.io' || registry === 'index.docker.io') {
        registry = DOCKER_HUB_API;
        if (parts.length === 1)
            parts.unshift('library');
    }
    for (const part of parts) {
        if (!COMPONENT.test(part))
            throw bad(`the path component "${part}" must be lowercase letters, digits and separators`);
    }
    if (!digest && !tag)
        tag = 'latest';
    return {
        registry,
        repository: parts.join('/'),
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
        text: input
    };
}
/** `host/repo:tag@digest`, with Docker Hub spelled docker.io as people write it. */
function formatRegistryRef(ref) {
    const host = ref.registry === DOCKER_HUB_API ? 'docker.io' : ref.registry;
    return `${host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The hostname without port or brackets: `[::1]:5000` → `::1`. */
function hostname(registry) {
    const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(registry);
    if (bracket)
        return bracket[1];
    return registry.replace(/:\d+$/, '');
}
/** 127.0.0.0/8, ::1 and localhost: where plain HTTP cannot be intercepted off the machine. */
function isLoopback(registry) {
    const host = hostname(registry).toLowerCase();
    if (host === 'localhost')
        return true;
    if ((0,external_node_net_.isIP)(host) === 4)
        return host.startsWith('127.');
    if ((0,external_node_net_.isIP)(host) === 6)
        return host === '::1' || host === '0:0:0:0:0:0:0:1';
    return false;
}
/**
 * Registries the user allows plain HTTP for: `--insecure-registry` values plus
 * IMAGE_SIZE_BUDGET_INSECURE_REGISTRIES (comma-separated host[:port]).
 */
function insecureRegistries(flags = [], env = process.env) {
    const fromEnv = (env.IMAGE_SIZE_BUDGET_INSECURE_REGISTRIES ?? '').split(',');
    return new Set([...flags, ...fromEnv]
        .map((h) => h
        .trim()
        .replace(/^https?:\/\//, '')
        .replace(/\/+$/, '')
        .toLowerCase())
        .filter(Boolean));
}
/** `http` for loopback and registries marked insecure, `https` for everything else. */
function schemeFor(registry, insecure) {
    const host = registry.toLowerCase();
    return isLoopback(host) || insecure.has(host) || insecure.has(hostname(host))
        ? 'http'
        : 'https';
}

;// CONCATENATED MODULE: ./src/image/registry/credentials.ts
// Registry credentials found the way the docker CLI finds them (docker/cli cli/config):
// $DOCKER_CONFIG/config.json or ~/.docker/config.json — `credHelpers[host]`, then
// `credsStore`, then `auths[host].auth` (base64 user:password, as `docker login` writes it)
// or `username`/`password`/`identitytoken` — and, for ghcr.io only, GITHUB_TOKEN.
// A Credentials value carries the secret; only `source` (which never holds it) goes in messages.
// Every secret read here is registered (addSecret) as soon as it is read: masked in every
// message, and in the action's log (core.setSecret). A broken config.json is described by
// line and column, never quoted: the text around the error is where the passwords are.









/** Where findCredentials looks, for messages when it found nothing. */
function credentialSearchLabel(env = process.env) {
    return configLocation(env).label;
}
/** The config.json path and how to name it in messages without spelling out the home directory. */
function configLocation(env) {
    if (env.DOCKER_CONFIG)
        return {
            file: external_node_path_default().join(env.DOCKER_CONFIG, 'config.json'),
            label: '$DOCKER_CONFIG/config.json'
        };
    return {
        file: external_node_path_default().join(env.HOME || (0,external_node_os_.homedir)(), '.docker', 'config.json'),
        label: '~/.docker/config.json'
    };
}
/** The server key docker uses for a registry: Docker Hub's is a URL, others the host[:port]. */
function configKeyFor(registry) {
    return registry === DOCKER_HUB_API ? DOCKER_HUB_CONFIG_KEY : registry;
}
// docker/cli ConvertToHostname: strip the scheme and anything after the host.
function keyHost(key) {
    let host = key.replace(/^https?:\/\//, '');
    host = host.split('/')[0];
    return host === 'index.docker.io' ||
        host === 'docker.io' ||
        host === DOCKER_HUB_API
        ? DOCKER_HUB_API
        : host;
}
async function readConfig(file, label) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.d(`cannot read ${label} (${error.message}). Fix its permissions or point DOCKER_CONFIG at another folder.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.d(`${label} is not valid JSON (${(0,messages/* jsonSyntaxProblem */.F1)(text, error)}). Fix it, or run "docker login" again.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new errors/* InputError */.d(`${label} is not a JSON object. Fix it, or run "docker login" again.`);
    }
    registerSecrets(parsed);
    return parsed;
}
/** Every secret a config holds, whichever registry it is for: none may reach a message or the log. */
function registerSecrets(config) {
    const auths = config.auths && typeof config.auths === 'object'
        ? Object.values(config.auths)
        : [];
    for (const entry of auths) {
        if (!entry || typeof entry !== 'object')
            continue;
        for (const value of [entry.auth, entry.password, entry.identitytoken])
            if (typeof value === 'string')
                (0,messages/* addSecret */.Ck)(value);
        if (typeof entry.auth === 'string') {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon >= 0)
                (0,messages/* addSecret */.Ck)(decoded.slice(colon + 1));
        }
    }
}
/** Runs `docker-credential-<helper> get` with the server key on stdin (docker-credential-helpers protocol). */
async function fromHelper(helper, serverKey, env) {
    const bin = `docker-credential-${helper}`;
    log/* log */.R.debug(`exec: ${bin} get (server ${serverKey})`);
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(bin, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        // A helper that hangs (a keychain waiting for a prompt nobody sees) is stopped and gone on without.
        const timer = setTimeout(() => {
            log/* log */.R.warning(`${bin} get gave no answer within ${limits/* CREDENTIAL_HELPER_TIMEOUT_MS */.sE / 1000} s; stopped it, going on without its credentials`);
            child.kill('SIGKILL');
        }, limits/* CREDENTIAL_HELPER_TIMEOUT_MS */.sE);
        const out = [];
        let outBytes = 0;
        child.stdout.on('data', (chunk) => {
            outBytes += chunk.length;
            if (outBytes <= limits/* JSON_DOCUMENT_LIMIT */.DV)
                out.push(chunk);
        });
        child.stderr.resume();
        child.on('error', (error) => {
            clearTimeout(timer);
            // A helper named in the config but not installed: docker fails here; we go on anonymously and say so.
            log/* log */.R.warning(`${bin} is named in the docker config but could not be run (${error.message}); going on without its credentials`);
            resolve(undefined);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            const text = Buffer.concat(out).toString('utf8');
            if (code !== 0) {
                // "credentials not found in native keychain" is the helper's normal "none" answer.
                log/* log */.R.debug(`${bin} get exited ${code}: ${(0,messages/* scrub */._I)(text.trim().slice(0, 200))}`);
                resolve(undefined);
                return;
            }
            try {
                const answer = JSON.parse(text);
                if (typeof answer?.Secret === 'string')
                    (0,messages/* addSecret */.Ck)(answer.Secret);
                resolve(answer);
            }
            catch {
                log/* log */.R.warning(`${bin} get printed something that is not JSON; going on without its credentials`);
                resolve(undefined);
            }
        });
        child.stdin.on('error', () => undefined); // a helper that exits without reading its input
        child.stdin.end(serverKey);
    });
}
/** Finds credentials for a registry, or undefined for anonymous access. */
async function findCredentials(registry, options = {}) {
    const env = options.env ?? process.env;
    const { file, label } = configLocation(env);
    const config = await readConfig(file, label);
    const serverKey = configKeyFor(registry);
    const wanted = keyHost(serverKey);
    if (config) {
        const helperEntry = Object.entries(config.credHelpers ?? {}).find(([key]) => keyHost(key) === wanted);
        const helper = helperEntry?.[1] ?? config.credsStore;
        if (helper) {
            const answer = await fromHelper(helper, helperEntry?.[0] ?? serverKey, env);
            if (answer?.Secret) {
                const via = `docker-credential-${helper} (${helperEntry ? 'credHelpers' : 'credsStore'} in ${label})`;
                if (answer.Username === '<token>')
                    return {
                        username: '',
                        identityToken: answer.Secret,
                        source: `an identity token from ${via}`
                    };
                return {
                    username: answer.Username ?? '',
                    password: answer.Secret,
                    source: `credentials for ${registry} from ${via} (user ${answer.Username ?? ''})`
                };
            }
        }
        const authEntry = Object.entries(config.auths ?? {}).find(([key]) => keyHost(key) === wanted);
        if (authEntry) {
            const entry = authEntry[1];
            let username = entry.username ?? '';
            let password = entry.password;
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon < 0)
                    throw new errors/* InputError */.d(`the "auth" of ${authEntry[0]} in ${label} is not base64 of user:password. Run "docker login ${registry}" again.`);
                username = decoded.slice(0, colon);
                password = decoded.slice(colon + 1);
            }
            if (entry.identitytoken)
                return {
                    username,
                    identityToken: entry.identitytoken,
                    source: `an identity token for ${registry} from ${label}`
                };
            if (password !== undefined && password !== '')
                return {
                    username,
                    password,
                    source: `credentials for ${registry} from ${label} (user ${username})`
                };
        }
    }
    // GitHub's token reads the workflow's own packages on ghcr.io; any user name is accepted with it.
    if (hostname(registry) === 'ghcr.io' && env.GITHUB_TOKEN) {
        const username = env.GITHUB_ACTOR || 'github-actions';
        (0,messages/* addSecret */.Ck)(env.GITHUB_TOKEN);
        return {
            username,
            password: env.GITHUB_TOKEN,
            source: `GITHUB_TOKEN for ghcr.io (user ${username})`
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/image/registry/client.ts
// A small Distribution API v2 / OCI distribution client over global fetch: manifests and
// blobs by digest, with the auth dance registries expect (docs: distribution spec/auth/token.md).
// A 401 carries a WWW-Authenticate challenge: `Bearer realm=…,service=…,scope=…` (ghcr.io,
// Docker Hub, the token-auth registry in the tests) → fetch a token from the realm with the
// credentials as HTTP basic, then retry with it; `Basic realm=…` (htpasswd registries) →
// retry with the credentials. 429 and 5xx are retried with backoff, honouring Retry-After.
// Secrets go only into Authorization headers, never into messages or logs; whatever a
// server sends back is scrubbed of them before it is quoted (it may echo the request).
//
// Time and memory are bounded whatever the registry does (limits.ts): one deadline per
// request (headers and the whole body of a manifest, config or token), one per operation
// (all that one image read asks, retries and waits included; beginOperation), a gap and a
// total for a layer blob's stream; manifests, configs and tokens are read to at most
// JSON_DOCUMENT_LIMIT and error bodies to REGISTRY_ERROR_BODY_LIMIT, the rest left unread.







/** Parses a WWW-Authenticate value: `Bearer realm="https://…",service="…",scope="…"`. */
function parseChallenge(header) {
    const head = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
    if (!head)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
    for (const m of head[2].matchAll(re))
        params[m[1].toLowerCase()] =
            m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    return { scheme: head[1].toLowerCase(), params };
}
/** Milliseconds to wait for a Retry-After value (seconds or an HTTP date), or undefined. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/** The reason a request is aborted when its time is up (fetch and body reads reject with it). */
class RequestTimeout extends Error {
    limitMs;
    name = 'RequestTimeout';
    constructor(limitMs) {
        super(`no answer within ${seconds(limitMs)}`);
        this.limitMs = limitMs;
    }
}
class RegistryClient {
    registry;
    baseUrl;
    options;
    insecure;
    env;
    credentials;
    tokens = new Map();
    basicAsked = false;
    clocks = new WeakMap();
    /** The operation under way (beginOperation): what it reads, for messages, and its deadline. */
    operation;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.insecure = options.insecure ?? new Set();
        this.env = options.env ?? process.env;
        this.baseUrl = `${schemeFor(registry, this.insecure)}://${registry}`;
        this.credentials = options.credentials;
        this.options = {
            timeoutMs: options.timeoutMs ?? limits/* REGISTRY_REQUEST_TIMEOUT_MS */.j5,
            operationTimeoutMs: options.operationTimeoutMs ?? limits/* REGISTRY_OPERATION_TIMEOUT_MS */.b$,
            blobTimeoutMs: options.blobTimeoutMs ?? limits/* REGISTRY_BLOB_TIMEOUT_MS */.NK,
            blobIdleTimeoutMs: options.blobIdleTimeoutMs ?? limits/* REGISTRY_BLOB_IDLE_TIMEOUT_MS */.iG,
            retries: options.retries ?? limits/* REGISTRY_RETRIES */.l5,
            backoffMs: options.backoffMs ?? limits/* REGISTRY_BACKOFF_MS */.ud,
            maxRetryAfterMs: options.maxRetryAfterMs ?? limits/* REGISTRY_MAX_RETRY_AFTER_MS */.Mt
        };
    }
    /**
     * Starts an operation: everything asked from now until the next beginOperation (token,
     * manifests, config; not layer blobs, which have their own bounds) shares one deadline.
     * `what` names the image in messages.
     */
    beginOperation(what) {
        const now = Date.now();
        this.operation = {
            what,
            started: now,
            deadline: now + this.options.operationTimeoutMs
        };
    }
    remainingMs() {
        return this.operation ? this.operation.deadline - Date.now() : Infinity;
    }
    /** `the manifest 1.0 of 127.0.0.1:5000/team/app:1.0`: what a request is for, and which image. */
    describe(what) {
        return this.operation ? `${what} of ${this.operation.what}` : what;
    }
    async creds() {
        if (this.credentials === undefined) {
            this.credentials =
                (await findCredentials(this.registry, { env: this.env })) ?? null;
            // Given ones too (options.credentials): whatever a server echoes of them is masked.
            for (const secret of [
                this.credentials?.password,
                this.credentials?.identityToken
            ])
                (0,messages/* addSecret */.Ck)(secret);
            if (this.credentials?.password !== undefined)
                (0,messages/* addSecret */.Ck)(Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64'));
        }
        return this.credentials;
    }
    /** Which credentials were tried, for a message: never the secret. */
    async triedText() {
        const creds = await this.creds();
        return creds
            ? creds.source
            : `no credentials (none for ${this.registry} in ${credentialSearchLabel(this.env)})`;
    }
    allowedUrl(url) {
        if (url.protocol === 'https:')
            return true;
        return (url.protocol === 'http:' && schemeFor(url.host, this.insecure) === 'http');
    }
    /**
     * fetch with retries on 429/5xx/dropped connections and redirects followed by hand, so that
     * Authorization never follows a redirect to another origin (blob stores behind signed URLs).
     */
    async send(url, headers, what, method = 'GET', body, inOperation = true) {
        let current = url;
        let currentHeaders = headers;
        for (let redirects = 0;; redirects++) {
            const response = await this.sendOnce(current, currentHeaders, what, method, body, inOperation);
            if (![301, 302, 303, 307, 308].includes(response.status))
                return response;
            const location = response.headers.get('location');
            await this.discard(response);
            if (!location || redirects >= 5)
                throw new errors/* InputError */.d(`registry ${this.registry} redirected ${current.pathname} too often or without a Location`);
            const next = new URL(location, current);
            if (!this.allowedUrl(next)) {
                throw new errors/* InputError */.d(`registry ${this.registry} redirected to ${next.origin} over plain HTTP; allow it with --insecure-registry ${next.host} if that is intended`);
            }
            if (next.origin !== current.origin) {
                const { authorization: _dropped, ...rest } = currentHeaders;
                currentHeaders = rest;
            }
            current = next;
        }
    }
    async sendOnce(url, headers, what, method, body, inOperation) {
        const firstTry = Date.now();
        // A layer blob is outside the operation's deadline (it has its own bounds); its retries are bounded by count.
        const remaining = () => (inOperation ? this.remainingMs() : Infinity);
        for (let attempt = 0;; attempt++) {
            const last = attempt >= this.options.retries;
            const left = remaining();
            if (left <= 0)
                throw this.outOfTime(url, what, firstTry);
            const limitMs = Math.min(this.options.timeoutMs, left);
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(new RequestTimeout(limitMs)), limitMs);
            timer.unref();
            const started = Date.now();
            let response;
            try {
                log/* log */.R.debug(`registry: ${method} ${url.href}${attempt ? ` (retry ${attempt})` : ''}`);
                response = await fetch(url, {
                    method,
                    headers,
                    body,
                    redirect: 'manual',
                    signal: controller.signal
                });
            }
            catch (error) {
                clearTimeout(timer);
                if (error instanceof RequestTimeout) {
                    // Not retried: a registry that hung once hangs again, and the wait was the request's whole limit.
                    if (limitMs < this.options.timeoutMs)
                        throw this.outOfTime(url, what, firstTry);
                    throw new errors/* InputError */.d(`registry ${this.registry} sent no answer for ${this.describe(what)} within ${seconds(limitMs)} (${method} ${url.pathname}; waited ${seconds(Date.now() - firstTry)} in all). ` +
                        `Check that the registry is up and reachable${isLoopback(this.registry) ? '' : ' (HTTPS; use --insecure-registry for a plain-HTTP registry)'}, then run again.`);
                }
                const cause = error
                    .cause;
                const code = cause?.code ?? error.name;
                const transient = [
                    'ECONNRESET',
                    'UND_ERR_SOCKET',
                    'EPIPE',
                    'ETIMEDOUT'
                ].includes(code ?? '');
                const wait = this.options.backoffMs * 2 ** attempt;
                if (!transient || last || wait >= remaining()) {
                    const said = (0,messages/* scrub */._I)(cause?.message ?? error.message);
                    throw new errors/* InputError */.d(`cannot reach registry ${this.registry} at ${url.origin} for ${this.describe(what)}: ${(0,messages/* excerpt */.Kb)(said, 200)}. Check the registry name and that it is up${isLoopback(this.registry) ? '' : ' (HTTPS; use --insecure-registry for a plain-HTTP registry)'}.`);
                }
                await sleep(wait);
                continue;
            }
            if ((response.status === 429 || response.status >= 500) && !last) {
                const asked = retryAfterMs(response.headers.get('retry-after'));
                const wait = Math.min(asked ?? this.options.backoffMs * 2 ** attempt, this.options.maxRetryAfterMs);
                // A wait that would outlast the operation is not made: the status is the answer.
                if (wait < remaining()) {
                    log/* log */.R.debug(`registry: ${response.status} from ${url.pathname}; waiting ${wait} ms`);
                    clearTimeout(timer);
                    await response.body?.cancel().catch(() => undefined);
                    await sleep(wait);
                    continue;
                }
            }
            this.clocks.set(response, {
                controller,
                timer,
                started,
                limitMs,
                url,
                what
            });
            return response;
        }
    }
    /** The operation's time is spent. */
    outOfTime(url, what, firstTry) {
        const spent = this.operation
            ? Date.now() - this.operation.started
            : Date.now() - firstTry;
        return new errors/* InputError */.d(`registry ${this.registry} did not give ${this.describe(what)} in time: ${seconds(spent)} spent on this image, and at most ${seconds(this.options.operationTimeoutMs)} are allowed (${url.pathname}). ` +
            'The registry is too slow or keeps failing; check it, then run again.');
    }
    /** Drops a response's body unread and stops its clock. */
    async discard(response) {
        const clock = this.clocks.get(response);
        if (clock)
            clearTimeout(clock.timer);
        await response.body?.cancel().catch(() => undefined);
    }
    /**
     * A response's body, read within its request's deadline and to at most `limit` bytes: a
     * body declared or found larger is refused (and left unread), a body that stalls ends in
     * an InputError saying how much came and how long was waited.
     */
    async readBody(response, limit, what) {
        const clock = this.clocks.get(response);
        const tooLarge = (bytes, declared) => new errors/* InputError */.d(`registry ${this.registry} sent ${this.describe(what)} of ${declared ? '' : 'more than '}${bytes} bytes; at most ${limit} bytes (${Math.round(limit / 1024 / 1024)} MiB) are read for one manifest, config or token, so this is not an image as registries serve them. Check the image reference.`);
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (Number.isFinite(declared) && declared > limit) {
            await this.discard(response);
            throw tooLarge(declared, true);
        }
        const chunks = [];
        let total = 0;
        try {
            if (!response.body)
                return Buffer.alloc(0);
            const reader = response.body.getReader();
            for (;;) {
                const { done, value } = await reader.read();
                if (done)
                    break;
                total += value.length;
                if (total > limit) {
                    await reader.cancel().catch(() => undefined);
                    throw tooLarge(limit, false);
                }
                chunks.push(value);
            }
        }
        catch (error) {
            if (error instanceof errors/* InputError */.d)
                throw error;
            if (error instanceof RequestTimeout && clock) {
                throw new errors/* InputError */.d(`registry ${this.registry} stopped sending ${this.describe(what)}: ${total} bytes came, then nothing until the request's ${seconds(clock.limitMs)} were up (waited ${seconds(Date.now() - clock.started)}; ${clock.url.pathname}). Check that the registry is healthy, then run again.`);
            }
            throw new errors/* InputError */.d(`registry ${this.registry} broke off ${this.describe(what)} after ${total} bytes: ${(0,messages/* excerpt */.Kb)((0,messages/* scrub */._I)(error.message), 200)}. Run again; if it persists, check the registry.`);
        }
        finally {
            if (clock)
                clearTimeout(clock.timer);
        }
        return Buffer.concat(chunks);
    }
    async token(challenge, repository, inOperation = true) {
        const scope = challenge.params.scope || `repository:${repository}:pull`;
        const cached = this.tokens.get(scope);
        if (cached)
            return cached;
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* InputError */.d(`registry ${this.registry} asked for a bearer token without naming its token server (realm)`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* InputError */.d(`registry ${this.registry} named a token server that is not a URL: ${realm}`);
        }
        if (!this.allowedUrl(url)) {
            throw new errors/* InputError */.d(`registry ${this.registry} sends token requests to ${url.origin} over plain HTTP; allow it with --insecure-registry ${url.host} if that is intended`);
        }
        const creds = await this.creds();
        const headers = { accept: 'application/json' };
        let response;
        if (creds?.identityToken) {
            // OAuth2 refresh-token grant (distribution spec/auth/oauth.md), as docker does for identity tokens.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                client_id: 'image-size-budget',
                scope
            });
            if (challenge.params.service)
                form.set('service', challenge.params.service);
            headers['content-type'] = 'application/x-www-form-urlencoded';
            response = await this.send(url, headers, `a token from ${url.origin}`, 'POST', form.toString(), inOperation);
        }
        else {
            if (challenge.params.service)
                url.searchParams.set('service', challenge.params.service);
            url.searchParams.set('scope', scope);
            if (creds?.password !== undefined)
                headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
            response = await this.send(url, headers, `a token from ${url.origin}`, 'GET', undefined, inOperation);
        }
        if (response.status === 401 || response.status === 403) {
            await this.discard(response);
            throw await this.authError(response.status, repository, `its token server ${url.origin}`);
        }
        if (!response.ok) {
            await this.discard(response);
            throw new errors/* InputError */.d(`the token server ${url.origin} of registry ${this.registry} answered ${response.status} ${response.statusText} for ${scope}`);
        }
        let parsed;
        const body = await this.readBody(response, limits/* JSON_DOCUMENT_LIMIT */.DV, `a token from ${url.origin}`);
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new errors/* InputError */.d(`the token server ${url.origin} of registry ${this.registry} answered with something that is not JSON`);
        }
        const token = typeof parsed?.token === 'string'
            ? parsed.token
            : typeof parsed?.access_token === 'string'
                ? parsed.access_token
                : undefined;
        if (!token)
            throw new errors/* InputError */.d(`the token server ${url.origin} of registry ${this.registry} gave no token for ${scope}`);
        (0,messages/* addSecret */.Ck)(token);
        this.tokens.set(scope, token);
        this.tokens.set(`repository:${repository}:pull`, token);
        return token;
    }
    async authError(status, repository, where = '') {
        const tried = await this.triedText();
        const verdict = status === 403 ? 'denied access' : 'refused the credentials';
        return new errors/* InputError */.d(`registry ${this.registry}${where ? ` (${where})` : ''} ${verdict} to pull ${repository} (${status}); tried ${tried}. ` +
            `Log in with "docker login ${this.registry}" (or set DOCKER_CONFIG), and check that the account may pull ${repository}.`);
    }
    async basicHeader() {
        const creds = await this.creds();
        if (!creds || creds.password === undefined)
            return undefined;
        return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    }
    /** GET a path of `/v2/<repository>/…`, authenticating as the registry asks. `what` names it in messages. */
    async get(repository, path, accept, what, inOperation = true) {
        const url = new URL(`${this.baseUrl}/v2/${repository}/${path}`);
        const headers = { accept };
        const token = this.tokens.get(`repository:${repository}:pull`);
        if (token)
            headers.authorization = `Bearer ${token}`;
        else if (this.basicAsked) {
            const basic = await this.basicHeader();
            if (basic)
                headers.authorization = basic;
        }
        let response = await this.send(url, headers, what, 'GET', undefined, inOperation);
        if (response.status === 401 && token) {
            // A cached token expired during a long read: forget it and answer the new challenge.
            this.tokens.clear();
            delete headers.authorization;
        }
        if (response.status === 401 && !headers.authorization) {
            const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
            await this.discard(response);
            if (challenge?.scheme === 'bearer') {
                headers.authorization = `Bearer ${await this.token(challenge, repository, inOperation)}`;
            }
            else if (challenge?.scheme === 'basic') {
                this.basicAsked = true;
                const basic = await this.basicHeader();
                if (!basic)
                    throw await this.authError(401, repository);
                headers.authorization = basic;
            }
            else {
                throw await this.authError(401, repository);
            }
            response = await this.send(url, headers, what, 'GET', undefined, inOperation);
        }
        if (response.status === 401 || response.status === 403) {
            await this.discard(response);
            throw await this.authError(response.status, repository);
        }
        return response;
    }
    /** A manifest or index by tag or digest, with the digest checked when the ref pins one. */
    async getManifest(repository, reference, accept) {
        const what = `the manifest ${reference}`;
        const response = await this.get(repository, `manifests/${reference}`, accept.join(', '), what);
        if (response.status === 404) {
            await this.discard(response);
            throw new errors/* InputError */.d(`registry ${this.registry} has no ${reference.startsWith('sha256:') ? 'manifest' : 'tag'} "${reference}" in ${repository}. Check the name and tag (was it pushed?).`);
        }
        if (!response.ok)
            throw await this.unexpected(response, `manifest ${reference} of ${repository}`);
        const body = await this.readBody(response, limits/* JSON_DOCUMENT_LIMIT */.DV, what);
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new errors/* InputError */.d(`registry ${this.registry} returned a manifest for ${repository}@${reference} whose digest is ${digest}; refusing it`);
        }
        const mediaType = (response.headers.get('content-type') ?? '')
            .split(';')[0]
            .trim();
        return { mediaType, digest, body };
    }
    /** A small blob (an image config), read whole and checked against its digest. */
    async getBlob(repository, digest) {
        const what = `the config blob ${digest}`;
        const response = await this.get(repository, `blobs/${digest}`, '*/*', what);
        if (!response.ok)
            throw await this.unexpected(response, `blob ${digest} of ${repository}`);
        const body = await this.readBody(response, limits/* JSON_DOCUMENT_LIMIT */.DV, what);
        const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        if (actual !== digest)
            throw new errors/* InputError */.d(`registry ${this.registry} returned blob ${digest} of ${repository} with digest ${actual}; refusing it`);
        return body;
    }
    /**
     * A layer blob as a stream, for reading its contents without storing it. Its headers come
     * within the request timeout (and the operation's time, as any request); then the stream
     * fails with an InputError when the registry sends nothing for blobIdleTimeoutMs, or has
     * not finished after blobTimeoutMs.
     */
    async openBlob(repository, digest) {
        const what = `the layer blob ${digest}`;
        const response = await this.get(repository, `blobs/${digest}`, '*/*', what, false);
        if (!response.ok || !response.body)
            throw await this.unexpected(response, `blob ${digest} of ${repository}`);
        const clock = this.clocks.get(response);
        if (clock)
            clearTimeout(clock.timer);
        const abort = (reason) => clock?.controller.abort(new errors/* InputError */.d(`registry ${this.registry} ${reason} (${this.describe(what)}). Check the registry, then run again.`));
        const opened = Date.now();
        const total = setTimeout(() => abort(`did not finish sending a layer within ${seconds(this.options.blobTimeoutMs)}`), this.options.blobTimeoutMs);
        total.unref();
        let idle;
        const stop = () => {
            clearTimeout(total);
            clearTimeout(idle);
        };
        const reader = response.body.getReader();
        const idleMs = this.options.blobIdleTimeoutMs;
        let bytes = 0;
        return new ReadableStream({
            // Only time spent waiting on the registry counts as idle: the timer runs while a read is pending.
            pull: async (controller) => {
                idle = setTimeout(() => abort(`stopped sending a layer: ${bytes} bytes came, then nothing for ${seconds(idleMs)} (after ${seconds(Date.now() - opened)})`), idleMs);
                idle.unref();
                try {
                    const { done, value } = await reader.read();
                    clearTimeout(idle);
                    if (done) {
                        stop();
                        controller.close();
                        return;
                    }
                    bytes += value.length;
                    controller.enqueue(value);
                }
                catch (error) {
                    stop();
                    controller.error(error instanceof errors/* InputError */.d
                        ? error
                        : new errors/* InputError */.d(`registry ${this.registry} broke off ${this.describe(what)} after ${bytes} bytes: ${(0,messages/* excerpt */.Kb)((0,messages/* scrub */._I)(error.message), 200)}`));
                }
            },
            cancel: async (reason) => {
                stop();
                await reader.cancel(reason).catch(() => undefined);
            }
        });
    }
    async unexpected(response, what) {
        // Registry error bodies are `{"errors":[{"code","message"}]}`: their codes help. A server
        // may echo the request (its Authorization header) in them: scrubbed, cut, read to a bound.
        let detail = '';
        try {
            const body = await this.readSome(response, limits/* REGISTRY_ERROR_BODY_LIMIT */.UT);
            const parsed = JSON.parse(body.toString('utf8'));
            detail = (Array.isArray(parsed?.errors) ? parsed.errors : [])
                .slice(0, 3)
                .map((e) => [e?.code, e?.message]
                .filter((part) => typeof part === 'string' && part)
                .join(': '))
                .join('; ');
        }
        catch {
            // not JSON: the status says enough
        }
        detail = (0,messages/* excerpt */.Kb)((0,messages/* scrub */._I)(detail), 300);
        const fix = response.status >= 500
            ? 'The registry itself failed; run again later, or ask its operator'
            : response.status === 429
                ? 'The registry is limiting requests; run again later'
                : 'Check the image reference, and that the account may pull it';
        return new errors/* InputError */.d(`registry ${this.registry} answered ${response.status} ${response.statusText} for ${what}${detail ? ` (${detail})` : ''}. ${fix}.`);
    }
    /** Up to `limit` bytes of a body, the rest dropped unread; whatever came when it fails or stalls. */
    async readSome(response, limit) {
        const clock = this.clocks.get(response);
        const chunks = [];
        let total = 0;
        try {
            const reader = response.body?.getReader();
            while (reader && total < limit) {
                const { done, value } = await reader.read();
                if (done)
                    break;
                chunks.push(value);
                total += value.length;
            }
            if (total >= limit)
                await reader?.cancel().catch(() => undefined);
        }
        catch {
            // a body that breaks off: what came is all there is
        }
        finally {
            if (clock)
                clearTimeout(clock.timer);
        }
        return Buffer.concat(chunks).subarray(0, limit);
    }
}

;// CONCATENATED MODULE: ./src/image/registry/manifest.ts
// Manifest formats a registry serves for an image (opencontainers/image-spec manifest.md,
// image-index.md; distribution docs/spec/manifest-v2-2.md) and the choice of one platform
// from an index or manifest list.


const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
    dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws'
};
/** What the client accepts, most wanted first. */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest
];
function isDescriptor(value) {
    const d = value;
    return (typeof d === 'object' &&
        d !== null &&
        typeof d.digest === 'string' &&
        typeof d.size === 'number' &&
        Number.isInteger(d.size) &&
        d.size >= 0);
}
/** Parses a manifest body; the kind comes from the Content-Type, else from the body's own mediaType and shape. */
function parseManifest(body, contentType, what) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new errors/* InputError */.d(`the manifest of ${what} is not JSON`);
    }
    const mediaType = (typeof parsed.mediaType === 'string' && parsed.mediaType) || contentType;
    if (mediaType === MEDIA_TYPES.dockerSchema1 ||
        mediaType === MEDIA_TYPES.dockerSchema1Signed ||
        parsed.schemaVersion === 1) {
        throw new errors/* InputError */.d(`${what} has a Docker schema 1 manifest, which has no layer sizes; push it again with a current docker or skopeo`);
    }
    if (Array.isArray(parsed.manifests) ||
        mediaType === MEDIA_TYPES.ociIndex ||
        mediaType === MEDIA_TYPES.dockerList) {
        const manifests = Array.isArray(parsed.manifests) ? parsed.manifests : [];
        if (!manifests.every(isDescriptor))
            throw new errors/* InputError */.d(`the index of ${what} has an entry without a digest and size`);
        return { kind: 'index', mediaType, manifests };
    }
    if (!isDescriptor(parsed.config) ||
        !Array.isArray(parsed.layers) ||
        !parsed.layers.every(isDescriptor)) {
        throw new errors/* InputError */.d(`the manifest of ${what} (${mediaType || 'no media type'}) has no config and layers; it is not an image`);
    }
    return {
        kind: 'manifest',
        mediaType,
        config: parsed.config,
        layers: parsed.layers
    };
}
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 ||
        parts.length > 3 ||
        parts.some((p) => !/^[a-z0-9_.-]+$/i.test(p))) {
        throw new errors/* InputError */.d(`--platform must be os/arch[/variant] like linux/amd64 or linux/arm64/v8, not ${(0,messages/* quote */.hD)(text)}`);
    }
    return {
        os: parts[0],
        architecture: parts[1],
        ...(parts[2] ? { variant: parts[2] } : {})
    };
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant]
        .filter(Boolean)
        .join('/');
}
// containerd platforms.Normalize: arm64's only variant is v8, so "linux/arm64" and "linux/arm64/v8" are one platform.
function sameVariant(architecture, wanted, have) {
    if (wanted === undefined)
        return true;
    const norm = (v) => architecture === 'arm64' && (v === undefined || v === 'v8') ? 'v8' : v;
    return norm(wanted) === norm(have);
}
function platformMatches(wanted, have) {
    return (!!have &&
        have.os === wanted.os &&
        have.architecture === wanted.architecture &&
        sameVariant(have.architecture, wanted.variant, have.variant));
}
/** Image entries of an index: BuildKit's attestation manifests (`unknown/unknown`) are not images. */
function imageEntries(index) {
    return index.manifests.filter((d) => d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' &&
        !(d.platform?.os === 'unknown' && d.platform.architecture === 'unknown'));
}
/** The index entry for a platform, or an InputError listing the platforms that are there. */
function selectPlatform(index, wanted, what) {
    const entries = imageEntries(index);
    // An exact variant match first (linux/arm/v7 over linux/arm/v6), then any variant when none was asked.
    const found = entries.find((d) => d.platform && formatPlatform(d.platform) === formatPlatform(wanted)) ?? entries.find((d) => platformMatches(wanted, d.platform));
    if (found)
        return found;
    const there = entries.map((d) => d.platform ? formatPlatform(d.platform) : '(no platform)');
    throw new errors/* InputError */.d(`${what} has no ${formatPlatform(wanted)} image; platforms there: ${there.length ? there.join(', ') : 'none'}. Choose one with --platform.`);
}

;// CONCATENATED MODULE: ./src/image/registry/read.ts
// Image source: an image in a registry, read without pulling it. The manifest gives each
// layer's compressed (pull) size; the config blob gives the history, so the rows are the
// ones the engine shows for the same image (same parseCreatedBy; `empty` is the config's
// empty_layer, exact). Uncompressed sizes are not in a registry: they are counted by
// streaming each layer blob only when asked (`uncompressed`); otherwise sizeBytes holds the
// compressed size and the report says so with sizeKind: 'compressed'.










const DEFAULT_PLATFORM = 'linux/amd64';
function clientFor(ref, options) {
    const env = options.env ?? process.env;
    return new RegistryClient(ref.registry, {
        ...options.client,
        env,
        insecure: insecureRegistries(options.insecureRegistries, env)
    });
}
async function resolve(refText, options) {
    const ref = parseRegistryRef(refText);
    const client = clientFor(ref, options);
    client.beginOperation(formatRegistryRef(ref));
    const reference = ref.digest ?? ref.tag;
    const response = await client.getManifest(ref.repository, reference, MANIFEST_ACCEPT);
    return {
        client,
        ref,
        top: parseManifest(response.body, response.mediaType, formatRegistryRef(ref)),
        topDigest: response.digest
    };
}
/** The image manifest for one platform: the index entry (one level of nesting followed), or the single manifest. */
async function manifestFor(resolved, platform) {
    const what = formatRegistryRef(resolved.ref);
    let current = resolved.top;
    let digest = resolved.topDigest;
    for (let depth = 0; current.kind === 'index'; depth++) {
        if (depth >= 2)
            throw new errors/* InputError */.d(`${what} nests indexes more than two deep; this tool reads at most an index of indexes`);
        const entry = selectPlatform(current, platform, what);
        const response = await resolved.client.getManifest(resolved.ref.repository, entry.digest, MANIFEST_ACCEPT);
        current = parseManifest(response.body, response.mediaType || entry.mediaType, `${what} (${formatPlatform(platform)})`);
        digest = response.digest;
    }
    return { manifest: current, digest };
}
/** Refuses media types that are not layer tars (plain, gzip or zstd) before any of the blob is read. */
function checkLayerMediaType(layer, what) {
    const type = layer.mediaType;
    if (/gzip$/.test(type) ||
        /zstd$/.test(type) ||
        /\.tar$/.test(type) ||
        type === 'application/vnd.docker.image.rootfs.diff.tar')
        return;
    throw new errors/* InputError */.d(`${what} has a layer of media type ${(0,messages/* quote */.hD)(type)}, which this tool cannot read for uncompressed sizes; drop --uncompressed to report compressed sizes`);
}
async function countLayer(client, repository, layer, what) {
    // The media type must name a layer tar; which compression, the blob's own first bytes tell.
    checkLayerMediaType(layer, what);
    const body = await client.openBlob(repository, layer.digest);
    const label = `layer ${layer.digest} of ${what}`;
    try {
        // Listed as an archive's layer is, so the size is counted exactly as for the engine and archives.
        return (0,listing/* layerDiskBytes */._n)(await (0,archive_layer/* listLayerStream */.co)(external_node_stream_.Readable.fromWeb(body)));
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw new errors/* InputError */.d(`${label}: ${error.message}`);
        throw new errors/* InputError */.d(`could not read ${label}: ${error.message}`);
    }
}
/** Reads the image of one platform into a report. */
async function reportFor(resolved, platformText, options) {
    const { client, ref } = resolved;
    const what = formatRegistryRef(ref);
    const wanted = parsePlatform(platformText ?? DEFAULT_PLATFORM);
    // Each platform's manifest and config are one operation, with its own deadline (limits.ts).
    client.beginOperation(`${what} (${formatPlatform(wanted)})`);
    const { manifest, digest } = await manifestFor(resolved, wanted);
    let config;
    try {
        config = JSON.parse((await client.getBlob(ref.repository, manifest.config.digest)).toString('utf8'));
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw error;
        throw new errors/* InputError */.d(`the config blob of ${what} is not JSON`);
    }
    const have = config.os && config.architecture
        ? {
            os: config.os,
            architecture: config.architecture,
            ...(config.variant ? { variant: config.variant } : {})
        }
        : undefined;
    // A single-platform image: a platform that was asked for explicitly must be the one it has.
    if (resolved.top.kind === 'manifest' &&
        platformText !== undefined &&
        !platformMatches(wanted, have)) {
        throw new errors/* InputError */.d(`${what} is a single-platform image for ${have ? formatPlatform(have) : 'an unknown platform'}; it has no ${formatPlatform(wanted)} image. Choose ${have ? formatPlatform(have) : 'its platform'} with --platform.`);
    }
    const warnings = [];
    const layers = manifest.layers;
    const history = config.history ?? [];
    const diffIds = config.rootfs?.diff_ids ?? [];
    const rows = [];
    let layer = 0;
    for (const entry of history) {
        const step = (0,image_history/* parseCreatedBy */.JG)(entry.created_by ?? '', entry.comment ?? '');
        const empty = entry.empty_layer === true;
        const row = {
            index: rows.length,
            instruction: step.instruction,
            createdBy: step.createdBy,
            sizeBytes: 0,
            empty
        };
        if (step.buildArgs)
            row.buildArgs = step.buildArgs;
        if (entry.created)
            row.createdAt = entry.created;
        if (entry.comment)
            row.comment = entry.comment;
        if (!empty && layer < layers.length) {
            if (diffIds[layer])
                row.diffId = diffIds[layer];
            row.compressedBytes = layers[layer].size;
            layer++;
        }
        rows.push(row);
    }
    if (history.length > 0 &&
        (layer !== layers.length ||
            rows.filter((r) => !r.empty).length !== layers.length)) {
        warnings.push(`the config's history has ${rows.filter((r) => !r.empty).length} rows that made layers but the manifest has ${layers.length} layers; rows and layers were paired in order`);
    }
    // Layers the history does not account for (no history at all, or too short) still count, as unnamed rows.
    for (; layer < layers.length; layer++) {
        const row = {
            index: rows.length,
            instruction: '',
            createdBy: '',
            sizeBytes: 0,
            empty: false,
            compressedBytes: layers[layer].size
        };
        if (diffIds[layer])
            row.diffId = diffIds[layer];
        rows.push(row);
    }
    const withBlob = rows.filter((r) => r.compressedBytes !== undefined);
    const totalCompressedBytes = withBlob.reduce((sum, r) => sum + (r.compressedBytes ?? 0), 0);
    let totalBytes;
    let sizeKind;
    if (options.uncompressed) {
        const counted = new Map();
        let i = 0;
        for (const row of withBlob) {
            const descriptor = layers[i++];
            if (!counted.has(descriptor.digest)) {
                log/* log */.R.debug(`registry: reading ${descriptor.digest} (${descriptor.size} bytes) of ${what} for its uncompressed size`);
                counted.set(descriptor.digest, await countLayer(client, ref.repository, descriptor, what));
            }
            row.sizeBytes = counted.get(descriptor.digest);
        }
        totalBytes = withBlob.reduce((sum, r) => sum + r.sizeBytes, 0);
    }
    else {
        for (const row of withBlob)
            row.sizeBytes = row.compressedBytes ?? 0;
        totalBytes = totalCompressedBytes;
        sizeKind = 'compressed';
    }
    const platform = have ? formatPlatform(have) : undefined;
    return {
        schemaVersion: 1,
        image: {
            ref: ref.text,
            id: manifest.config.digest,
            source: 'registry',
            digest,
            ...(platform ? { platform } : {})
        },
        totalBytes,
        ...(sizeKind ? { sizeKind } : {}),
        totalCompressedBytes,
        layers: rows,
        warnings
    };
}
/** Reads one image from its registry: the platform's manifest, its config and (when asked) its layers. Nothing is pulled into an engine. */
async function readRegistryImage(refText, options = {}) {
    const resolved = await resolve(refText, options);
    return reportFor(resolved, options.platform, options);
}
/** One report per platform of a multi-arch image (budget files' `platforms:`), reading the index once. */
async function readRegistryImages(refText, platforms, options = {}) {
    if (platforms.length === 0)
        throw new errors/* InputError */.d(`no platforms given for ${refText}: name at least one, e.g. linux/amd64`);
    const resolved = await resolve(refText, options);
    const reports = [];
    for (const platform of platforms)
        reports.push(await reportFor(resolved, platform, options));
    return reports;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/image/archive/tar.ts
var tar = __webpack_require__(363);
// EXTERNAL MODULE: ./src/image/engine-export.ts
var engine_export = __webpack_require__(2442);
;// CONCATENATED MODULE: ./src/image/registry/engine-compressed.ts
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
        gzip = (0,external_node_zlib_.createGzip)();
        gzip.on('data', (chunk) => (bytes += chunk.length));
    };
    const feed = async (chunk) => {
        if (passThrough)
            raw += chunk.length;
        else if (gzip && !gzip.write(chunk))
            await (0,external_node_events_.once)(gzip, 'drain');
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
            await (0,external_node_stream_promises_.finished)(stream);
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
    const parser = new tar/* TarStreamParser */.PG((header) => {
        const name = external_node_path_default().posix.normalize(header.name.replace(/^\.\//, ''));
        if (header.type === '2' || header.type === '1') {
            // Legacy saves link a repeated layer.tar to the first copy: relative to the entry's folder (symlink) or the archive root (hardlink).
            links.set(name, header.type === '2'
                ? external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(name), header.linkname))
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
    const result = await (0,engine_export/* exportImage */.__)(ref, (chunk) => parser.feed(chunk));
    if (result.consumeError !== undefined) {
        if (result.consumeError instanceof errors/* InputError */.d)
            throw new errors/* InputError */.d(`docker save ${ref}: ${result.consumeError.message}`);
        throw result.consumeError;
    }
    if (result.failure)
        throw (0,engine_export/* exportFailureError */.TE)(ref, result.failure);
    try {
        parser.end();
    }
    catch (error) {
        throw new errors/* InputError */.d(`docker save ${ref}: ${error.message}`);
    }
    const manifestText = Buffer.concat(manifestParts).toString('utf8');
    let manifests;
    try {
        manifests = JSON.parse(manifestText);
    }
    catch {
        throw new errors/* InputError */.d(`docker save ${ref} wrote no readable manifest.json; this engine's save format is not supported for --compressed`);
    }
    const layers = manifests[0]?.Layers ?? [];
    return layers.map((layer) => {
        let name = external_node_path_default().posix.normalize(layer);
        for (let hops = 0; links.has(name) && hops < 8; hops++)
            name = links.get(name);
        const bytes = sizes.get(name);
        if (bytes === undefined)
            throw new errors/* InputError */.d(`docker save ${ref} lists layer ${layer} but the archive does not hold it`);
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

// EXTERNAL MODULE: ./src/report/units.ts
var report_units = __webpack_require__(7885);
;// CONCATENATED MODULE: ./src/budget/rules/compressed.ts
// The budget file's `compressed: {total, layer}` limits, on pull size: evaluated against a
// report's totalCompressedBytes and each row's compressedBytes (a registry image, or an engine
// image read with --compressed). Pure: data in, violations out (rule `compressed`).


/** Violations of a compressed budget; throws InputError when the report has no compressed sizes to judge. */
function evaluateCompressedBudget(report, budget, imageName, units = 'si') {
    if (budget.totalBytes === undefined && budget.layerBytes === undefined)
        return [];
    if (report.totalCompressedBytes === undefined) {
        throw new errors/* InputError */.d(`the budget of ${imageName} sets "compressed" limits, but ${report.image.ref} has no compressed sizes: read it from a registry (--source registry) or measure them with --compressed`);
    }
    const violations = [];
    const total = report.totalCompressedBytes;
    if (budget.totalBytes !== undefined && total > budget.totalBytes) {
        violations.push({
            image: imageName,
            rule: 'compressed',
            detail: 'total',
            limitBytes: budget.totalBytes,
            actualBytes: total,
            message: `${imageName}: compressed size ${(0,report_units/* formatBytes */.z)(total, units)} is over the budget of ${(0,report_units/* formatBytes */.z)(budget.totalBytes, units)} (by ${(0,report_units/* formatBytes */.z)(total - budget.totalBytes, units)})`
        });
    }
    if (budget.layerBytes !== undefined) {
        for (const layer of report.layers) {
            const bytes = layer.compressedBytes;
            if (layer.empty || bytes === undefined || bytes <= budget.layerBytes)
                continue;
            violations.push({
                image: imageName,
                rule: 'compressed',
                detail: 'layer',
                layer: {
                    index: layer.index,
                    instruction: layer.instruction,
                    createdBy: layer.createdBy
                },
                limitBytes: budget.layerBytes,
                actualBytes: bytes,
                message: `${imageName}: layer ${layer.index} (${layer.createdBy || 'base layer'}) is ${(0,report_units/* formatBytes */.z)(bytes, units)} compressed, over the per-layer budget of ${(0,report_units/* formatBytes */.z)(budget.layerBytes, units)}`
            });
        }
    }
    return violations;
}

;// CONCATENATED MODULE: ./src/image/registry/index.ts
// The registry source's public face: read images from a registry, measure an engine image's
// pull size, judge compressed budgets, and the baseline rule "engine if it has it, else registry".








/**
 * A baseline image: from the engine when it holds the ref, else from its registry (no pull).
 * A runner without an engine also reads the registry.
 */
async function readEngineOrRegistryImage(ref, options = {}) {
    try {
        await (0,engine/* inspectImages */.J2)([ref]);
    }
    catch (error) {
        if (error instanceof docker/* DockerCommandError */.YJ &&
            ((0,docker/* isNoEngine */.uY)(error) ||
                /No such image|No such object|not found/i.test(error.message))) {
            return readRegistryImage(ref, options);
        }
        throw error;
    }
    return (0,engine/* readEngineImage */.O8)(ref);
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
