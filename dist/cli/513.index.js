export const id = 513;
export const ids = [513];
export const modules = {

/***/ 9513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMinChange: () => (/* binding */ parseMinChange),
/* harmony export */   renderComparison: () => (/* binding */ renderComparison),
/* harmony export */   runCompare: () => (/* binding */ runCompare)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3916);
/* harmony import */ var _image_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3722);
/* harmony import */ var _image_layer_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5299);
/* harmony import */ var _baseline_from_image_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7163);
/* harmony import */ var _baseline_saved_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(299);
/* harmony import */ var _report_units_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7885);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4654);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4279);
// `image-size-budget compare <base> <head>`: how an image changed against a baseline, layer
// by layer. Each side is an image ref in the engine or a saved JSON report (a path that
// exists and ends in .json). Human output or --json (the Comparison object).











const SIZE_UNITS = {
    b: 1,
    k: 1e3,
    kb: 1e3,
    m: 1e6,
    mb: 1e6,
    g: 1e9,
    gb: 1e9,
    ki: 1024,
    kib: 1024,
    mi: 1024 ** 2,
    mib: 1024 ** 2,
    gi: 1024 ** 3,
    gib: 1024 ** 3
};
/** `10kB` (1000-based), `1MiB` (1024-based), `2.5MB` or plain bytes, as whole bytes. */
function parseMinChange(text) {
    const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(text.trim());
    const factor = match ? SIZE_UNITS[match[2].toLowerCase() || 'b'] : undefined;
    if (!match || factor === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`--min-change ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_8__/* .quote */ .hD)(text)} is not a size: write e.g. 10kB, 1MiB or 5000 (bytes)`);
    return Math.round(Number(match[1]) * factor);
}
async function loadSide(arg, which, name) {
    if (arg.toLowerCase().endsWith('.json')) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(arg))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${which} "${arg}" looks like a report file but does not exist: check the path (an image ref does not end in .json)`);
        const report = await (0,_baseline_saved_report_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSavedReport */ .aP)(arg, name);
        // A saved side's layers need not be measured again on the other side (containerd store).
        (0,_image_layer_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .seedLayerFacts */ .Gi)(report);
        return report;
    }
    return (0,_image_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(arg);
}
async function boundary(report, ref, flag) {
    if (ref === undefined)
        return undefined;
    const layers = await (0,_baseline_from_image_js__WEBPACK_IMPORTED_MODULE_4__/* .fromImageLayers */ .Ez)(report, ref);
    if (layers === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${flag} ${ref}: that image is not in the engine, or its layers are not the first layers of ${report.image.ref}. Name the image the Dockerfile's FROM used.`);
    }
    return layers;
}
function signed(bytes, units) {
    return bytes > 0 ? `+${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z)(bytes, units)}` : (0,_report_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z)(bytes, units);
}
/** `L1 → L1`; a merge `L1+L3 → L1`, a split `L1 → L1+L3`. */
function label(change) {
    const rows = (many, one) => (many ?? (one ? [one] : [])).map((row) => `L${row.index}`).join('+') || '—';
    return `${rows(change.mergedBase, change.base)} → ${rows(change.splitHead, change.head)}`;
}
function renderComparison(comparison, units, width = 100) {
    const { base, head, totalDeltaBytes } = comparison;
    const pct = base.totalBytes > 0
        ? `, ${totalDeltaBytes >= 0 ? '+' : ''}${((totalDeltaBytes / base.totalBytes) * 100).toFixed(2)}%`
        : '';
    const lines = [
        `base ${base.ref}`,
        `head ${head.ref}`,
        `total ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z)(base.totalBytes, units)} → ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z)(head.totalBytes, units)} (${signed(totalDeltaBytes, units)}${pct})`
    ];
    const changed = comparison.layers
        .filter((change) => change.status !== 'unchanged')
        .sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) ||
        (a.head?.index ?? a.base.index) - (b.head?.index ?? b.base.index));
    if (changed.length > 0) {
        lines.push('', `${changed.length} changed layer${changed.length === 1 ? '' : 's'}, largest change first:`);
        const deltaWidth = Math.max(...changed.map((change) => signed(change.deltaBytes, units).length));
        const labelWidth = Math.max(...changed.map((change) => label(change).length));
        for (const change of changed) {
            const prefix = `  ${change.status.padEnd(9)}${signed(change.deltaBytes, units).padStart(deltaWidth)}  ${label(change).padEnd(labelWidth)}  `;
            const kind = change.mergedBase
                ? 'merged: '
                : change.splitHead
                    ? 'split: '
                    : '';
            const text = kind + ((change.head ?? change.base).createdBy || '(no instruction)');
            const room = Math.max(20, width - prefix.length);
            lines.push(prefix + (text.length > room ? `${text.slice(0, room - 1)}…` : text));
        }
    }
    else {
        lines.push('', 'no layer changed');
    }
    const unchanged = comparison.layers.length - changed.length;
    const floor = comparison.minChangeBytes > 0
        ? ` (changes under ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z)(comparison.minChangeBytes, units)} count as unchanged)`
        : '';
    lines.push(`${unchanged} layer${unchanged === 1 ? '' : 's'} unchanged${floor}`);
    return lines.join('\n');
}
async function runCompare(args, io) {
    const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)('compare', args, {
        json: { type: 'boolean' },
        units: { type: 'string' },
        'min-change': { type: 'string' },
        name: { type: 'string' },
        'base-from': { type: 'string' },
        'head-from': { type: 'string' }
    });
    if (positionals.length !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`compare takes two images, base then head (refs in the engine or saved .json reports), got ${positionals.length}`);
    }
    const units = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_6__.parseUnits)(values.units);
    const minChangeBytes = values['min-change'] === undefined
        ? _compare_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MIN_CHANGE_BYTES */ .a
        : parseMinChange(values['min-change']);
    if ((values['base-from'] === undefined) !==
        (values['head-from'] === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('--base-from and --head-from go together: name the FROM image of both sides');
    }
    const base = await loadSide(positionals[0], 'base', values.name);
    const head = await loadSide(positionals[1], 'head', values.name);
    const baseLayers = await boundary(base, values['base-from'], '--base-from');
    const headLayers = await boundary(head, values['head-from'], '--head-from');
    const comparison = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareReports */ .l)(base, head, {
        minChangeBytes,
        ...(baseLayers !== undefined && headLayers !== undefined
            ? {
                baseImageLayers: { base: baseLayers, head: headLayers },
                baseImageRefs: {
                    base: values['base-from'],
                    head: values['head-from']
                }
            }
            : {})
    });
    io.stdout(values.json
        ? JSON.stringify(comparison, null, 2)
        : renderComparison(comparison, units, process.stdout.columns || 100));
    return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_OK */ .Ij;
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
