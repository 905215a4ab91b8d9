export const id = 731;
export const ids = [731];
export const modules = {

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gD: () => (/* binding */ findCredentials),
/* harmony export */   wW: () => (/* binding */ credentialSearchLabel)
/* harmony export */ });
/* unused harmony exports configLocation, configKeyFor */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(351);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5625);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4279);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2388);
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
            file: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.DOCKER_CONFIG, 'config.json'),
            label: '$DOCKER_CONFIG/config.json'
        };
    return {
        file: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker', 'config.json'),
        label: '~/.docker/config.json'
    };
}
/** The server key docker uses for a registry: Docker Hub's is a URL, others the host[:port]. */
function configKeyFor(registry) {
    return registry === _reference_js__WEBPACK_IMPORTED_MODULE_8__/* .DOCKER_HUB_API */ .sg ? _reference_js__WEBPACK_IMPORTED_MODULE_8__/* .DOCKER_HUB_CONFIG_KEY */ .Mj : registry;
}
// docker/cli ConvertToHostname: strip the scheme and anything after the host.
function keyHost(key) {
    let host = key.replace(/^https?:\/\//, '');
    host = host.split('/')[0];
    return host === 'index.docker.io' ||
        host === 'docker.io' ||
        host === _reference_js__WEBPACK_IMPORTED_MODULE_8__/* .DOCKER_HUB_API */ .sg
        ? _reference_js__WEBPACK_IMPORTED_MODULE_8__/* .DOCKER_HUB_API */ .sg
        : host;
}
async function readConfig(file, label) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
            input: label,
            problem: `cannot read ${label} (${error.message}).`,
            fix: 'Fix its permissions or point DOCKER_CONFIG at another folder.'
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
            input: label,
            problem: `${label} is not valid JSON (${(0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonSyntaxProblem */ .F1)(text, error)}).`,
            fix: 'Fix it, or run "docker login" again.'
        });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
            input: label,
            problem: `${label} is not a JSON object.`,
            fix: 'Fix it, or run "docker login" again.'
        });
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
                (0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(value);
        if (typeof entry.auth === 'string') {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon >= 0)
                (0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(decoded.slice(colon + 1));
        }
    }
}
/** Runs `docker-credential-<helper> get` with the server key on stdin (docker-credential-helpers protocol). */
async function fromHelper(helper, serverKey, env) {
    const bin = `docker-credential-${helper}`;
    _log_js__WEBPACK_IMPORTED_MODULE_6__/* .log */ .R.debug(`exec: ${bin} get (server ${serverKey})`);
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(bin, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        // A helper that hangs (a keychain waiting for a prompt nobody sees) is stopped and gone on without.
        const timer = setTimeout(() => {
            _log_js__WEBPACK_IMPORTED_MODULE_6__/* .log */ .R.warning(`${bin} get gave no answer within ${_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .CREDENTIAL_HELPER_TIMEOUT_MS */ .sE / 1000} s; stopped it, going on without its credentials`);
            child.kill('SIGKILL');
        }, _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .CREDENTIAL_HELPER_TIMEOUT_MS */ .sE);
        const out = [];
        let outBytes = 0;
        child.stdout.on('data', (chunk) => {
            outBytes += chunk.length;
            if (outBytes <= _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .JSON_DOCUMENT_LIMIT */ .DV)
                out.push(chunk);
        });
        child.stderr.resume();
        child.on('error', (error) => {
            clearTimeout(timer);
            // A helper named in the config but not installed: docker fails here; we go on anonymously and say so.
            _log_js__WEBPACK_IMPORTED_MODULE_6__/* .log */ .R.warning(`${bin} is named in the docker config but could not be run (${error.message}); going on without its credentials`);
            resolve(undefined);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            const text = Buffer.concat(out).toString('utf8');
            if (code !== 0) {
                // "credentials not found in native keychain" is the helper's normal "none" answer.
                _log_js__WEBPACK_IMPORTED_MODULE_6__/* .log */ .R.debug(`${bin} get exited ${code}: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .scrub */ ._I)(text.trim().slice(0, 200))}`);
                resolve(undefined);
                return;
            }
            try {
                const answer = JSON.parse(text);
                if (typeof answer?.Secret === 'string')
                    (0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(answer.Secret);
                resolve(answer);
            }
            catch {
                _log_js__WEBPACK_IMPORTED_MODULE_6__/* .log */ .R.warning(`${bin} get printed something that is not JSON; going on without its credentials`);
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
                        input: label,
                        problem: `the "auth" of ${authEntry[0]} in ${label} is not base64 of user:password.`,
                        fix: `Run "docker login ${registry}" again.`
                    });
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
    if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_8__/* .hostname */ .OI)(registry) === 'ghcr.io' && env.GITHUB_TOKEN) {
        const username = env.GITHUB_ACTOR || 'github-actions';
        (0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(env.GITHUB_TOKEN);
        return {
            username,
            password: env.GITHUB_TOKEN,
            source: `GITHUB_TOKEN for ghcr.io (user ${username})`
        };
    }
    return undefined;
}


/***/ }),

/***/ 731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readRegistryImage: () => (/* binding */ readRegistryImage)
});

// UNUSED EXPORTS: DEFAULT_PLATFORM, readRegistryImages

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/model/listing.ts
var listing = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/image/archive/image.ts
var archive_image = __webpack_require__(2193);
// EXTERNAL MODULE: ./src/image/archive/layer.ts
var archive_layer = __webpack_require__(7077);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/messages.ts
var messages = __webpack_require__(4279);
// EXTERNAL MODULE: ./src/image/registry/credentials.ts
var credentials = __webpack_require__(7615);
// EXTERNAL MODULE: ./src/image/registry/reference.ts
var registry_reference = __webpack_require__(2388);
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
        this.baseUrl = `${(0,registry_reference/* schemeFor */.XJ)(registry, this.insecure)}://${registry}`;
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
        this.sleep = options.sleep ?? sleep;
    }
    sleep;
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
                (await (0,credentials/* findCredentials */.gD)(this.registry, { env: this.env })) ?? null;
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
            : `no credentials (none for ${this.registry} in ${(0,credentials/* credentialSearchLabel */.wW)(this.env)})`;
    }
    allowedUrl(url) {
        if (url.protocol === 'https:')
            return true;
        return (url.protocol === 'http:' && (0,registry_reference/* schemeFor */.XJ)(url.host, this.insecure) === 'http');
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
                throw new errors/* InputError */.dz({
                    input: this.registry,
                    problem: `registry ${this.registry} redirected ${current.pathname} too often or without a Location`
                });
            const next = new URL(location, current);
            if (!this.allowedUrl(next)) {
                throw new errors/* InputError */.dz({
                    input: this.registry,
                    problem: `registry ${this.registry} redirected to ${next.origin} over plain HTTP`,
                    fix: `allow it with --insecure-registry ${next.host} if that is intended`
                });
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
                    throw new errors/* InputError */.dz({
                        input: this.registry,
                        problem: `registry ${this.registry} sent no answer for ${this.describe(what)} within ${seconds(limitMs)} (${method} ${url.pathname}; waited ${seconds(Date.now() - firstTry)} in all).`,
                        fix: `Check that the registry is up and reachable${(0,registry_reference/* isLoopback */.U9)(this.registry) ? '' : ' (HTTPS; use --insecure-registry for a plain-HTTP registry)'}, then run again.`
                    });
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
                    throw new errors/* InputError */.dz({
                        input: this.registry,
                        problem: `cannot reach registry ${this.registry} at ${url.origin} for ${this.describe(what)}: ${(0,messages/* excerpt */.Kb)(said, 200)}.`,
                        fix: `Check the registry name and that it is up${(0,registry_reference/* isLoopback */.U9)(this.registry) ? '' : ' (HTTPS; use --insecure-registry for a plain-HTTP registry)'}.`
                    });
                }
                await this.sleep(wait);
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
                    await this.sleep(wait);
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
        return new errors/* InputError */.dz({
            input: this.registry,
            problem: `registry ${this.registry} did not give ${this.describe(what)} in time: ${seconds(spent)} spent on this image, and at most ${seconds(this.options.operationTimeoutMs)} are allowed (${url.pathname}).`,
            fix: 'The registry is too slow or keeps failing; check it, then run again.'
        });
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
        const tooLarge = (bytes, declared) => new errors/* InputError */.dz({
            input: this.registry,
            problem: `registry ${this.registry} sent ${this.describe(what)} of ${declared ? '' : 'more than '}${bytes} bytes; at most ${limit} bytes (${Math.round(limit / 1024 / 1024)} MiB) are read for one manifest, config or token, so this is not an image as registries serve them.`,
            fix: 'Check the image reference.'
        });
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
            if (error instanceof errors/* InputError */.dz)
                throw error;
            if (error instanceof RequestTimeout && clock) {
                throw new errors/* InputError */.dz({
                    input: this.registry,
                    problem: `registry ${this.registry} stopped sending ${this.describe(what)}: ${total} bytes came, then nothing until the request's ${seconds(clock.limitMs)} were up (waited ${seconds(Date.now() - clock.started)}; ${clock.url.pathname}).`,
                    fix: 'Check that the registry is healthy, then run again.'
                });
            }
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `registry ${this.registry} broke off ${this.describe(what)} after ${total} bytes: ${(0,messages/* excerpt */.Kb)((0,messages/* scrub */._I)(error.message), 200)}.`,
                fix: 'Run again; if it persists, check the registry.'
            });
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
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `registry ${this.registry} asked for a bearer token without naming its token server (realm)`
            });
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `registry ${this.registry} named a token server that is not a URL: ${realm}`
            });
        }
        if (!this.allowedUrl(url)) {
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `registry ${this.registry} sends token requests to ${url.origin} over plain HTTP`,
                fix: `allow it with --insecure-registry ${url.host} if that is intended`
            });
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
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `the token server ${url.origin} of registry ${this.registry} answered ${response.status} ${response.statusText} for ${scope}`
            });
        }
        let parsed;
        const body = await this.readBody(response, limits/* JSON_DOCUMENT_LIMIT */.DV, `a token from ${url.origin}`);
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `the token server ${url.origin} of registry ${this.registry} answered with something that is not JSON`
            });
        }
        const token = typeof parsed?.token === 'string'
            ? parsed.token
            : typeof parsed?.access_token === 'string'
                ? parsed.access_token
                : undefined;
        if (!token)
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `the token server ${url.origin} of registry ${this.registry} gave no token for ${scope}`
            });
        (0,messages/* addSecret */.Ck)(token);
        this.tokens.set(scope, token);
        this.tokens.set(`repository:${repository}:pull`, token);
        return token;
    }
    async authError(status, repository, where = '') {
        const tried = await this.triedText();
        const verdict = status === 403 ? 'denied access' : 'refused the credentials';
        return new errors/* InputError */.dz({
            input: this.registry,
            problem: `registry ${this.registry}${where ? ` (${where})` : ''} ${verdict} to pull ${repository} (${status}); tried ${tried}.`,
            fix: `Log in with "docker login ${this.registry}" (or set DOCKER_CONFIG), and check that the account may pull ${repository}.`
        });
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
        // Sent again with the headers as they are then, once authentication is settled.
        const send = () => this.send(url, headers, what, 'GET', undefined, inOperation);
        let response = await send();
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
            response = await send();
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
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `registry ${this.registry} has no ${reference.startsWith('sha256:') ? 'manifest' : 'tag'} "${reference}" in ${repository}.`,
                fix: 'Check the name and tag (was it pushed?).'
            });
        }
        if (!response.ok)
            throw await this.unexpected(response, `manifest ${reference} of ${repository}`);
        const body = await this.readBody(response, limits/* JSON_DOCUMENT_LIMIT */.DV, what);
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `registry ${this.registry} returned a manifest for ${repository}@${reference} whose digest is ${digest}; refusing it`
            });
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
            throw new errors/* InputError */.dz({
                input: this.registry,
                problem: `registry ${this.registry} returned blob ${digest} of ${repository} with digest ${actual}; refusing it`
            });
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
        const abort = (reason) => clock?.controller.abort(new errors/* InputError */.dz({
            input: this.registry,
            problem: `registry ${this.registry} ${reason} (${this.describe(what)}).`,
            fix: 'Check the registry, then run again.'
        }));
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
                    controller.error(error instanceof errors/* InputError */.dz
                        ? error
                        : new errors/* InputError */.dz({
                            input: this.registry,
                            problem: `registry ${this.registry} broke off ${this.describe(what)} after ${bytes} bytes: ${(0,messages/* excerpt */.Kb)((0,messages/* scrub */._I)(error.message), 200)}`
                        }));
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
        return new errors/* InputError */.dz({
            input: this.registry,
            problem: `registry ${this.registry} answered ${response.status} ${response.statusText} for ${what}${detail ? ` (${detail})` : ''}.`,
            fix: `${fix}.`
        });
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
        throw new errors/* InputError */.dz({
            input: what,
            problem: `the manifest of ${what} is not JSON`
        });
    }
    const mediaType = (typeof parsed.mediaType === 'string' && parsed.mediaType) || contentType;
    if (mediaType === MEDIA_TYPES.dockerSchema1 ||
        mediaType === MEDIA_TYPES.dockerSchema1Signed ||
        parsed.schemaVersion === 1) {
        throw new errors/* InputError */.dz({
            input: what,
            problem: `${what} has a Docker schema 1 manifest, which has no layer sizes`,
            fix: 'push it again with a current docker or skopeo'
        });
    }
    if (Array.isArray(parsed.manifests) ||
        mediaType === MEDIA_TYPES.ociIndex ||
        mediaType === MEDIA_TYPES.dockerList) {
        const manifests = Array.isArray(parsed.manifests) ? parsed.manifests : [];
        if (!manifests.every(isDescriptor))
            throw new errors/* InputError */.dz({
                input: what,
                problem: `the index of ${what} has an entry without a digest and size`
            });
        return { kind: 'index', mediaType, manifests };
    }
    if (!isDescriptor(parsed.config) ||
        !Array.isArray(parsed.layers) ||
        !parsed.layers.every(isDescriptor)) {
        throw new errors/* InputError */.dz({
            input: what,
            problem: `the manifest of ${what} (${mediaType || 'no media type'}) has no config and layers; it is not an image`
        });
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
        throw new errors/* InputError */.dz({
            input: '--platform',
            problem: `--platform must be os/arch[/variant] like linux/amd64 or linux/arm64/v8, not ${(0,messages/* quote */.hD)(text)}`
        });
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
    throw new errors/* InputError */.dz({
        input: '--platform',
        problem: `${what} has no ${formatPlatform(wanted)} image; platforms there: ${there.length ? there.join(', ') : 'none'}.`,
        fix: 'Choose one with --platform.'
    });
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
        insecure: (0,registry_reference/* insecureRegistries */.GW)(options.insecureRegistries, env)
    });
}
async function resolve(refText, options) {
    const ref = (0,registry_reference/* parseRegistryRef */.GQ)(refText);
    const client = clientFor(ref, options);
    client.beginOperation((0,registry_reference/* formatRegistryRef */.w_)(ref));
    const reference = ref.digest ?? ref.tag;
    const response = await client.getManifest(ref.repository, reference, MANIFEST_ACCEPT);
    return {
        client,
        ref,
        top: parseManifest(response.body, response.mediaType, (0,registry_reference/* formatRegistryRef */.w_)(ref)),
        topDigest: response.digest
    };
}
/** The image manifest for one platform: the index entry (one level of nesting followed), or the single manifest. */
async function manifestFor(resolved, platform) {
    const what = (0,registry_reference/* formatRegistryRef */.w_)(resolved.ref);
    let current = resolved.top;
    let digest = resolved.topDigest;
    for (let depth = 0; current.kind === 'index'; depth++) {
        if (depth >= 2)
            throw new errors/* InputError */.dz({
                input: what,
                problem: `${what} nests indexes more than two deep; this tool reads at most an index of indexes`
            });
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
    throw new errors/* InputError */.dz({
        input: '--uncompressed',
        problem: `${what} has a layer of media type ${(0,messages/* quote */.hD)(type)}, which this tool cannot read for uncompressed sizes`,
        fix: 'drop --uncompressed to report compressed sizes'
    });
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
        if (error instanceof errors/* InputError */.dz)
            throw new errors/* InputError */.dz({
                input: what,
                problem: `${label}: ${error.problem}`,
                fix: error.fix
            });
        throw new errors/* InputError */.dz({
            input: what,
            problem: `could not read ${label}: ${error.message}`
        });
    }
}
/** Reads the image of one platform into a report. */
async function reportFor(resolved, platformText, options) {
    const { client, ref } = resolved;
    const what = (0,registry_reference/* formatRegistryRef */.w_)(ref);
    const wanted = parsePlatform(platformText ?? DEFAULT_PLATFORM);
    // Each platform's manifest and config are one operation, with its own deadline (limits.ts).
    client.beginOperation(`${what} (${formatPlatform(wanted)})`);
    const { manifest, digest } = await manifestFor(resolved, wanted);
    let config;
    try {
        config = JSON.parse((await client.getBlob(ref.repository, manifest.config.digest)).toString('utf8'));
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz({
            input: what,
            problem: `the config blob of ${what} is not JSON`
        });
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
        throw new errors/* InputError */.dz({
            input: '--platform',
            problem: `${what} is a single-platform image for ${have ? formatPlatform(have) : 'an unknown platform'}; it has no ${formatPlatform(wanted)} image.`,
            fix: `Choose ${have ? formatPlatform(have) : 'its platform'} with --platform.`
        });
    }
    const warnings = [];
    const layers = manifest.layers;
    const history = config.history ?? [];
    const diffIds = config.rootfs?.diff_ids ?? [];
    const rows = [];
    let layer = 0;
    for (const entry of history) {
        const row = (0,archive_image/* historyRow */.zf)(entry ?? {}, rows.length);
        if (!row.empty && layer < layers.length) {
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
        throw new InputError({
            input: '--platform',
            problem: `no platforms given for ${refText}`,
            fix: 'name at least one, e.g. linux/amd64'
        });
    const resolved = await resolve(refText, options);
    const reports = [];
    for (const platform of platforms)
        reports.push(await reportFor(resolved, platform, options));
    return reports;
}


/***/ }),

/***/ 2388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ parseRegistryRef),
/* harmony export */   GW: () => (/* binding */ insecureRegistries),
/* harmony export */   Mj: () => (/* binding */ DOCKER_HUB_CONFIG_KEY),
/* harmony export */   OI: () => (/* binding */ hostname),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   XJ: () => (/* binding */ schemeFor),
/* harmony export */   sg: () => (/* binding */ DOCKER_HUB_API),
/* harmony export */   w_: () => (/* binding */ formatRegistryRef)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4279);
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
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
        input: text,
        problem: `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(text)} is not an image reference (${why}).`,
        fix: 'Use e.g. "ghcr.io/org/app:tag", "alpine" or "host:5000/app@sha256:…".'
    });
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
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 4)
        return host.startsWith('127.');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6)
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


/***/ })

};
