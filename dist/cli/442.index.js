export const id = 442;
export const ids = [442];
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
    const why = missing ? `"${bin}" is not on PATH` : `${bin} cannot be started (${message.split('\n')[0].replace(/[.\s]+$/, '')})`;
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
            errStream: options.stream ? process.stderr : undefined,
        });
    }
    catch (error) {
        throw cannotRunError(args, bin, error);
    }
    if (result.exitCode !== 0) {
        const stderr = result.stderr.trim() || result.stdout.trim() || `exit code ${result.exitCode}`;
        throw new DockerCommandError(args, result, stderr);
    }
    return result;
}
/** True when there is no engine to talk to: the daemon is unreachable (none running, wrong DOCKER_HOST), or there is no client. */
function isNoEngine(error) {
    return error instanceof DockerCommandError && (error.cannotRun || /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i.test(error.message));
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
        [exitCode] = await Promise.all([exited, read]);
    }
    catch (error) {
        throw cannotRunError(args, bin, error);
    }
    return { exitCode, stderr, ...(consumeError !== undefined ? { consumeError } : {}) };
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
    if (env.IMAGE_SIZE_BUDGET_DOCKER && node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(env.IMAGE_SIZE_BUDGET_DOCKER) !== 'docker')
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
        return { host: tcp[1].replace(/^\[|\]$/g, ''), port: Number(tcp[2] ?? 2375) };
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
    const stopped = result.consumeError !== undefined ? { consumeError: result.consumeError } : {};
    // Stopped by the consumer, docker may still complain (a broken pipe): the consumer's reason is the one that counts.
    if (result.exitCode === 0 || result.consumeError !== undefined)
        return { via: 'cli', ...stopped };
    const message = result.stderr.trim() || `docker save exited with code ${result.exitCode}`;
    return {
        via: 'cli',
        failure: {
            message,
            notFound: /No such image|not found|reference does not exist/i.test(message),
            noEngine: /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i.test(message),
        },
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
const describe = (endpoint) => ('socketPath' in endpoint ? `unix://${endpoint.socketPath}` : `tcp://${endpoint.host}:${endpoint.port}`);
const READ_BUFFER_BYTES = 256 * 1024;
const HEAD_LIMIT = 64 * 1024;
function open(endpoint) {
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    const onRead = { callback: () => true };
    return new Promise((resolve, reject) => {
        const onread = { buffer, callback: (n) => onRead.callback(buffer.subarray(0, n)) };
        const socket = 'socketPath' in endpoint ? (0,node_net__WEBPACK_IMPORTED_MODULE_2__.connect)({ path: endpoint.socketPath, onread }) : (0,node_net__WEBPACK_IMPORTED_MODULE_2__.connect)({ host: endpoint.host, port: endpoint.port, onread });
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
                body = parsed.chunked ? new ChunkedBody(onBody) : new SizedBody(onBody, parsed.length);
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
            fail(head !== undefined ? 'the engine closed the connection without an answer' : 'the engine ended the export before the archive was complete');
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
    return { status: Number(statusLine[1]), chunked, ...(length !== undefined ? { length } : {}) };
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
    warning: (message) => process.stderr.write(`warning: ${message}\n`),
};
let current = cliLog;
const log = {
    debug: (message) => current.debug((0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .boundMessage */ .wy)(message)),
    info: (message) => current.info((0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .boundMessage */ .wy)(message)),
    warning: (message) => current.warning((0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .boundMessage */ .wy)(message)),
};
function setLog(next) {
    current = next;
}


/***/ })

};
