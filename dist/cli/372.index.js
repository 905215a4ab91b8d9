export const id = 372;
export const ids = [372];
export const modules = {

/***/ 6489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _w: () => (/* binding */ buildImage)
/* harmony export */ });
/* unused harmony exports buildArgv, buildFailure */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4279);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9261);
/* harmony import */ var _build_args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4483);
// Builds an image with `docker build`, streaming the build log to stderr, and returns
// the tag it was given. The builder is whatever the engine's client uses (BuildKit
// with buildx or DOCKER_BUILDKIT=1, else the classic builder).






function buildArgv(options, iidFile) {
    const argv = ['build', '--tag', options.tag, '--iidfile', iidFile];
    if (options.dockerfile)
        argv.push('--file', options.dockerfile);
    if (options.target)
        argv.push('--target', options.target);
    if (options.platform)
        argv.push('--platform', options.platform);
    if (options.network)
        argv.push('--network', options.network);
    for (const [key, value] of Object.entries(options.buildArgs ?? {}))
        argv.push('--build-arg', `${key}=${value}`);
    argv.push(options.context);
    return argv;
}
/** Builds and returns the image ID; the image is also tagged `options.tag`. */
async function buildImage(options) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'isb-build-'));
    const iidFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'iid');
    try {
        await (0,_docker_js__WEBPACK_IMPORTED_MODULE_4__/* .docker */ .T3)(buildArgv(options, iidFile), { stream: true });
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(iidFile, 'utf8')).trim();
    }
    catch (error) {
        if ((0,_docker_js__WEBPACK_IMPORTED_MODULE_4__/* .isNoEngine */ .uY)(error))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d((0,_docker_js__WEBPACK_IMPORTED_MODULE_4__/* .noEngineMessage */ .zY)(error, `build ${options.tag}`));
        if (!(error instanceof _docker_js__WEBPACK_IMPORTED_MODULE_4__/* .DockerCommandError */ .YJ))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(buildFailure(error.result ?? { stdout: '', stderr: error.message }, options));
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** Lines of a build log with the builders' banners taken out (the classic builder's deprecation notice). */
function logLines(text) {
    const lines = text.split(/\r?\n/);
    const kept = [];
    for (let i = 0; i < lines.length; i++) {
        if (/^DEPRECATED: The legacy builder is deprecated/.test(lines[i])) {
            while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]))
                i++;
            continue;
        }
        if (lines[i].trim())
            kept.push(lines[i].trim());
    }
    return kept;
}
const stepText = (command) => command.replace(/^\/bin\/sh -c /, '').replace(/^#\(nop\)\s*/, '');
/**
 * One line for a failed `docker build`: what failed (the step and its exit code, the
 * Dockerfile line that does not parse, the missing file or base image) and the one fix that
 * applies, from the log of either builder (classic: the error on stderr, the steps on
 * stdout; BuildKit: all on stderr).
 */
function buildFailure(result, options) {
    const dockerfile = options.dockerfile ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.context, 'Dockerfile');
    const lines = [...logLines(result.stdout), ...logLines(result.stderr)];
    const find = (re) => {
        for (let i = lines.length - 1; i >= 0; i--) {
            const m = re.exec(lines[i]);
            if (m)
                return m;
        }
        return undefined;
    };
    const head = `docker build of ${dockerfile} failed`;
    // A RUN step that exited non-zero: BuildKit names the step (`> [3/3] RUN …:`), the classic builder the command.
    const run = find(/process "(.*)" did not complete successfully: exit code: (\d+)/) ??
        find(/executor failed running \[(.*)\]: exit code: (\d+)/) ??
        find(/The command '(.*)' returned a non-zero code: (\d+)/);
    if (run) {
        const named = find(/^> \[[^\]]*\] (.*):$/)?.[1];
        const step = named ?? `RUN ${stepText(run[1])}`;
        return `${head}: the step "${(0,_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .Kb)(step, 200)}" exited with code ${run[2]}. Fix that step; its output is in the build log above.`;
    }
    const parse = find(/dockerfile parse error (?:on )?line (\d+): (.*)$/i);
    if (parse)
        return `${head}: line ${parse[1]}: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .Kb)(parse[2], 200)}. Fix that line of the Dockerfile.`;
    if (find(/unable to evaluate symlinks in Dockerfile path|failed to read dockerfile|Cannot locate specified Dockerfile/i)) {
        return `${head}: there is no Dockerfile at ${dockerfile}. Check the Dockerfile path (build.dockerfile in the budget file, or --dockerfile).`;
    }
    const context = find(/unable to prepare context: path "(.*)" not found/);
    if (context)
        return `${head}: the build context ${context[1]} does not exist. Check the context path (build.context in the budget file, or --context).`;
    if (find(/buildx component is missing or broken/)) {
        return `${head}: BuildKit was asked for (DOCKER_BUILDKIT=1) but this docker client has no buildx. Install the buildx plugin, or unset DOCKER_BUILDKIT to use the classic builder.`;
    }
    const base = find(/(pull access denied for [^,\s]+|failed to resolve source metadata for \S+|manifest for \S+ not found|manifest unknown)/);
    if (base)
        return `${head}: a FROM image could not be pulled (${(0,_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .Kb)(base[1].replace(/[:,.]+$/, ''), 200)}). Check the image name in the FROM line, or log in to its registry (docker login).`;
    const cause = find(/error|failed|denied|cannot|unable|invalid/i)?.[0] ??
        lines.at(-1) ??
        'no message';
    return `${head}: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .Kb)(cause.replace(/^ERROR:\s*/, ''), 300)}. See the build log above.`;
}



/***/ }),

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

/***/ 372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadImage: () => (/* binding */ loadImage)
/* harmony export */ });
/* unused harmony exports DEFAULT_BUILD_TAG, AUTO_FILE_ANALYSIS_MAX_BYTES, loadImageReport */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6489);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3722);
// What both front ends ask for: "the report of this image", where the image is a ref
// already in the engine or a Dockerfile to build first, with its layers' files when the
// file analysis wants them. One export of the image serves both the files and, on an engine
// whose own figures are not content bytes (the containerd store), the exact layer sizes.



const DEFAULT_BUILD_TAG = 'image-size-budget:local';
/** Images up to this size get the file analysis with `file-analysis: auto`. */
const AUTO_FILE_ANALYSIS_MAX_BYTES = 2_000_000_000;
/**
 * The image's report and, with `files` (true, or `auto` for images up to
 * AUTO_FILE_ANALYSIS_MAX_BYTES), its export with every layer listed. The export streams
 * while `docker history` runs.
 */
async function loadImage(spec, options = {}) {
    let ref = spec.ref;
    if (spec.build) {
        ref = spec.ref || DEFAULT_BUILD_TAG;
        await (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .buildImage */ ._w)({ ...spec.build, tag: ref });
    }
    if (!ref)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('no image given: name an image ref, or a Dockerfile and context to build');
    const files = options.files ?? false;
    if (files === false)
        return { report: await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(ref) };
    // Loaded here: reading the history alone needs no archive code (start-up counts).
    const { saveEngineImage } = await __webpack_require__.e(/* import() */ 4).then(__webpack_require__.bind(__webpack_require__, 9004));
    if (files === true || (await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .engineStore */ .iM)()) !== 'legacy') {
        // The containerd store needs the export for exact sizes anyway (unless cached): one export for both.
        const exported = saveEngineImage(ref);
        exported.catch(() => undefined); // awaited below; not an unhandled rejection while history runs
        const report = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(ref, { exported });
        const wanted = files === true || report.totalBytes <= AUTO_FILE_ANALYSIS_MAX_BYTES;
        return { report, ...(wanted ? { archive: await exported } : {}) };
    }
    const report = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(ref);
    if (report.totalBytes > AUTO_FILE_ANALYSIS_MAX_BYTES)
        return { report };
    return { report, archive: await saveEngineImage(ref) };
}
async function loadImageReport(spec) {
    return (await loadImage(spec)).report;
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
