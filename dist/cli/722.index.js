export const id = 722;
export const ids = [722,137];
export const modules = {

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
// EXTERNAL MODULE: ./src/image/engine-errors.ts
var engine_errors = __webpack_require__(1567);
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
    // No client at all: docker.ts says what to install.
    if ((0,docker/* isNoDockerCli */.Uh)(error))
        return new errors/* InputError */.dz({
            input: ref,
            problem: (0,docker/* noEngineMessage */.zY)(error, `read ${ref}`)
        });
    if (error instanceof docker/* DockerCommandError */.YJ)
        return (0,engine_errors/* engineReadError */.z)(ref, (0,engine_errors/* engineFailure */.F)(error.message), 
        // `docker image inspect`, `docker history`: the command without its flags.
        ['docker', ...error.args.filter((arg) => !arg.startsWith('-'))]
            .slice(0, error.args[0] === 'image' ? 3 : 2)
            .join(' '));
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
        throw new errors/* InputError */.dz({
            input: refs.join(' '),
            problem: `the engine's image inspect output is not JSON: ${stdout.trim().slice(0, 120)}`,
            fix: 'check that DOCKER_HOST or IMAGE_SIZE_BUDGET_DOCKER point at a Docker engine and its client'
        });
    }
    if (!Array.isArray(parsed))
        throw new errors/* InputError */.dz({
            input: refs.join(' '),
            problem: "the engine's image inspect output is not a list of images",
            fix: 'check that DOCKER_HOST or IMAGE_SIZE_BUDGET_DOCKER point at a Docker engine and its client'
        });
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

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ parseCreatedBy),
/* harmony export */   pg: () => (/* binding */ parseHistoryOutput)
/* harmony export */ });
/* unused harmony exports parseDockerSize, parseHistoryLine, splitBuildArgs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4279);
// Parses `docker history --format json` output (NDJSON, newest row first, every value a
// string; see docker/cli cli/command/image/formatter_history.go historyContext) and turns
// each row's CreatedBy into the Dockerfile line that made it.
//
// CreatedBy by builder (../shared/notes/docker-formats.md, part C):
//   classic:  `/bin/sh -c <cmd>`, `|2 A=1 B=2 /bin/sh -c <cmd>`, `/bin/sh -c #(nop)  CMD ["sh"]`,
//             `/bin/sh -c #(nop) COPY file:<sha> in /app/ `, exec form RUN: the joined argv.
//   BuildKit: `RUN /bin/sh -c <cmd> # buildkit`, `RUN |1 A=1 /bin/sh -c <cmd> # buildkit`,
//             `COPY a /b # buildkit`, `WORKDIR /x`, `ENV X=1`.
//   kaniko:   `RUN mkdir …`, `ADD README.md /somefile.txt`.
//   import:   '' with the comment `Imported from -`.


// Instructions that only change the image config: no builder makes a layer for them.
const CONFIG_ONLY = new Set([
    'ARG',
    'CMD',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME'
]);
// Instructions that change the filesystem.
const FILESYSTEM = new Set(['RUN', 'COPY', 'ADD']);
const KEYWORDS = new Set([...CONFIG_ONLY, ...FILESYSTEM, 'WORKDIR', 'FROM']);
const SI = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    pb: 1e15
};
/**
 * A history Size: a byte count (`--human=false`, `"20971520"`) or docker's human form
 * (`units.HumanSizeWithPrecision`: decimal SI, `"1.98MB"`, `"307kB"`, `"0B"`). The human form
 * has 3 significant digits, so the bytes it yields are approximate.
 */
function parseDockerSize(text) {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed);
    const match = /^(\d+(?:\.\d+)?)\s*([kKmMgGtTpP]?B)$/.exec(trimmed);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input: 'IMAGE_SIZE_BUDGET_DOCKER',
            problem: `docker history printed a size this tool does not understand: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(text)}`
        });
    return Math.round(Number(match[1]) * SI[match[2].toLowerCase()]);
}
/** Parses the whole output: one JSON object per line, blank lines ignored (docker), or one JSON array (podman). */
function parseHistoryOutput(output) {
    if (output.trimStart().startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(output);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                input: 'IMAGE_SIZE_BUDGET_DOCKER',
                problem: `the engine's history is not JSON: ${output.trim().slice(0, 120)}`
            });
        }
        if (!Array.isArray(parsed))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                input: 'IMAGE_SIZE_BUDGET_DOCKER',
                problem: "the engine's history is not a list of rows"
            });
        return parsed.map(parseHistoryLine);
    }
    const rows = [];
    for (const [n, line] of output.split('\n').entries()) {
        if (!line.trim())
            continue;
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                input: 'IMAGE_SIZE_BUDGET_DOCKER',
                problem: `docker history printed a line that is not JSON (line ${n + 1}): ${line.slice(0, 120)}`
            });
        }
        rows.push(parseHistoryLine(parsed));
    }
    return rows;
}
function parseHistoryLine(value) {
    if (typeof value !== 'object' || value === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input: 'IMAGE_SIZE_BUDGET_DOCKER',
            problem: 'docker history printed a row that is not an object'
        });
    const line = value;
    // docker prints every value as a string under these keys; podman's `--format json` uses
    // `id`, `created`, `size` (a number) and `comment` (PodmanHistoryLine).
    const PODMAN = {
        ID: 'id',
        CreatedAt: 'created',
        CreatedBy: 'CreatedBy',
        Size: 'size',
        Comment: 'comment'
    };
    const text = (key) => {
        const raw = line[key] ?? line[PODMAN[key]];
        return typeof raw === 'string'
            ? raw
            : typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0
                ? String(raw)
                : '';
    };
    const id = text('ID');
    const comment = text('Comment');
    const rawCreatedBy = text('CreatedBy');
    return {
        id: id && id !== '<missing>' ? id : undefined,
        createdAt: text('CreatedAt') || undefined,
        comment,
        rawCreatedBy,
        sizeBytes: parseDockerSize(text('Size') || '0'),
        step: parseCreatedBy(rawCreatedBy, comment)
    };
}
/** Splits a `|N K=V …` build-arg prefix off a command. Values may hold spaces, so each value runs to the next ` KEY=`. */
function splitBuildArgs(text) {
    const head = /^\|(\d+) /.exec(text);
    if (!head)
        return { rest: text };
    const count = Number(head[1]);
    let rest = text.slice(head[0].length);
    const buildArgs = {};
    for (let i = 0; i < count; i++) {
        const key = /^([^=\s]+)=/.exec(rest);
        if (!key)
            break;
        rest = rest.slice(key[0].length);
        let end;
        if (i < count - 1) {
            const next = / [A-Za-z_][A-Za-z0-9_]*=/.exec(rest);
            end = next ? next.index : rest.length;
        }
        else {
            // The last value ends where the command starts: at ` /bin/sh -c ` when the shell form is used, else at the first space.
            const shell = rest.indexOf(' /bin/sh -c ');
            const space = rest.indexOf(' ');
            end = shell >= 0 ? shell : space >= 0 ? space : rest.length;
        }
        buildArgs[key[1]] = rest.slice(0, end);
        rest = rest.slice(end).replace(/^ /, '');
    }
    return { buildArgs, rest };
}
function stripShell(command) {
    return command.startsWith('/bin/sh -c ')
        ? command.slice('/bin/sh -c '.length)
        : command;
}
/** Names the step that made a history row and says what its builder's markers tell about its layer. */
function parseCreatedBy(rawCreatedBy, comment = '') {
    // Tabs become spaces in docker's output anyway; normalise so table renderers see one line.
    const raw = rawCreatedBy.replace(/\t/g, ' ').trim();
    if (raw === '') {
        // `docker import` writes an empty CreatedBy; so does BuildKit's exporter for layers it had no history for.
        const imported = /^Imported from/.test(comment);
        const exporter = comment === 'buildkit.exporter.image.v0';
        return {
            instruction: '',
            createdBy: '',
            hint: imported || exporter ? 'layer' : 'unknown'
        };
    }
    // BuildKit and kaniko write the Dockerfile keyword first.
    const keyword = /^([A-Z]+)(?: |$)/.exec(raw);
    if (keyword && KEYWORDS.has(keyword[1])) {
        const instruction = keyword[1];
        let body = raw.slice(keyword[0].length);
        const buildkitLayer = body.endsWith(' # buildkit') || body === '# buildkit';
        if (buildkitLayer)
            body = body.slice(0, -'# buildkit'.length).trimEnd();
        let buildArgs;
        if (instruction === 'RUN') {
            const split = splitBuildArgs(body);
            buildArgs = split.buildArgs;
            body = stripShell(split.rest);
        }
        const hint = comment === 'buildkit.dockerfile.v0'
            ? buildkitHint(instruction, body, buildkitLayer)
            : hintFor(instruction);
        return {
            instruction,
            createdBy: `${instruction} ${body}`.trimEnd(),
            buildArgs,
            hint
        };
    }
    // Classic builder.
    const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(raw);
    if (nop) {
        const body = nop[1].trim();
        const instruction = (/^([A-Z]+)/.exec(body)?.[1] ?? '').toUpperCase();
        return { instruction, createdBy: body, hint: hintFor(instruction) };
    }
    const { buildArgs, rest } = splitBuildArgs(raw);
    // Shell form keeps `/bin/sh -c`; exec form is the joined argv. Both are RUN.
    return {
        instruction: 'RUN',
        createdBy: `RUN ${stripShell(rest)}`,
        buildArgs,
        hint: 'layer'
    };
}
// BuildKit (dockerfile2llb convert.go): commitToHistory adds ` # buildkit` to steps with an
// LLB state (RUN, COPY, ADD); WORKDIR makes a layer (the mkdir) unless the path is `/`.
function buildkitHint(instruction, body, buildkitLayer) {
    if (buildkitLayer)
        return 'layer';
    if (instruction === 'WORKDIR')
        return body.trim() === '/' ? 'empty' : 'layer';
    return CONFIG_ONLY.has(instruction) ? 'empty' : 'unknown';
}
// Classic builder and others: every step is committed, but a commit whose diff is empty
// (moby image.NewChildImage: layer.IsEmpty) adds no layer, e.g. `WORKDIR /` or `RUN true`.
// So RUN/COPY/ADD are layers unless they changed nothing, and WORKDIR is a layer when it created the directory.
function hintFor(instruction) {
    if (FILESYSTEM.has(instruction))
        return 'layer';
    if (CONFIG_ONLY.has(instruction))
        return 'empty';
    if (instruction === 'WORKDIR')
        return 'likely-layer';
    return 'unknown';
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
