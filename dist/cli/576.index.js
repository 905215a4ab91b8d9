export const id = 576;
export const ids = [576];
export const modules = {

/***/ 7163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ fromImageLayers),
/* harmony export */   gT: () => (/* binding */ dockerfileFromImage)
/* harmony export */ });
/* unused harmony export finalFromImage */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _image_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3722);
// Where the FROM image ends in a built image: the image a Dockerfile's target stage
// starts from (following `FROM <earlier stage>` back to an outside image), and how many of
// the built image's layers are that image's. compareReports uses the count to tell the
// base image's rows from the Dockerfile's own steps, which history alone cannot tell.


/** Joins `\` continuations and drops comments: the logical instructions of a Dockerfile. */
function instructions(text) {
    const out = [];
    let current = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (current === '' && (line.startsWith('#') || line === ''))
            continue;
        if (line.startsWith('#'))
            continue; // a comment inside a continuation
        if (line.endsWith('\\')) {
            current += line.slice(0, -1) + ' ';
            continue;
        }
        out.push((current + line).trim());
        current = '';
    }
    if (current.trim())
        out.push(current.trim());
    return out;
}
function substitute(text, args) {
    let unresolved = false;
    const value = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_all, braced, fallback, bare) => {
        const name = (braced ?? bare);
        if (args[name] !== undefined && args[name] !== '')
            return args[name];
        if (fallback !== undefined)
            return fallback;
        unresolved = true;
        return '';
    });
    return unresolved ? undefined : value;
}
/**
 * The outside image the target stage (or the last stage) is built on: a ref, 'scratch', or
 * undefined when the Dockerfile does not say plainly (an unset ARG in FROM, no FROM).
 */
function finalFromImage(dockerfile, options = {}) {
    const globalArgs = {};
    const stages = [];
    for (const line of instructions(dockerfile)) {
        const [keyword, ...rest] = line.split(/\s+/);
        const upper = keyword.toUpperCase();
        if (upper === 'ARG' && stages.length === 0) {
            // Global ARGs (before the first FROM) are the only ones FROM can use.
            for (const item of rest) {
                const eq = item.indexOf('=');
                const name = eq >= 0 ? item.slice(0, eq) : item;
                globalArgs[name] =
                    options.buildArgs?.[name] ??
                        (eq >= 0 ? item.slice(eq + 1).replace(/^"(.*)"$/, '$1') : '');
            }
        }
        else if (upper === 'FROM') {
            const words = rest.filter((word) => !word.startsWith('--'));
            if (words.length === 0)
                return undefined;
            const from = substitute(words[0], { ...globalArgs });
            if (from === undefined)
                return undefined;
            const name = words[1]?.toUpperCase() === 'AS' ? words[2]?.toLowerCase() : undefined;
            stages.push({ from, name });
        }
    }
    if (stages.length === 0)
        return undefined;
    let stage = options.target
        ? stages.find((s) => s.name === options.target.toLowerCase())
        : stages[stages.length - 1];
    // Follow FROM <earlier stage> back to an outside image; a stage can only name an earlier one.
    for (let hops = 0; stage && hops < stages.length; hops++) {
        const position = stages.indexOf(stage);
        const earlier = stages
            .slice(0, position)
            .find((s) => s.name === stage.from.toLowerCase());
        if (!earlier)
            return stage.from;
        stage = earlier;
    }
    return undefined;
}
/**
 * How many leading filesystem layers of `report` are the FROM image's: the FROM image's
 * RootFS length, when that image is in the engine and its layers really are the report's
 * first layers. undefined when that cannot be known (not in the engine, e.g. pulled by
 * BuildKit into its own store), and compareReports falls back to its default rule.
 */
async function fromImageLayers(report, fromRef) {
    if (fromRef === undefined)
        return undefined;
    if (fromRef === 'scratch')
        return 0;
    let layers;
    try {
        const [inspect] = await (0,_image_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .inspectImages */ .J2)([fromRef]);
        layers = inspect?.RootFS?.Layers ?? [];
    }
    catch {
        return undefined;
    }
    const diffIds = report.layers
        .filter((row) => !row.empty)
        .map((row) => row.diffId);
    if (layers.length > diffIds.length ||
        !layers.every((layer, i) => diffIds[i] === layer))
        return undefined;
    return layers.length;
}
/** The FROM image of a Dockerfile on disk, as finalFromImage; undefined when the file cannot be read. */
async function dockerfileFromImage(dockerfilePath, options = {}) {
    try {
        return finalFromImage(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(dockerfilePath, 'utf8'), options);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ parseSavedReport),
/* harmony export */   aP: () => (/* binding */ loadSavedReport)
/* harmony export */ });
/* unused harmony exports SAVED_REPORT_LIMITS, reportOriginSchema */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// A baseline from a JSON report saved earlier (`analyze --json`, `check --json`, the
// action's report file): an ImageReport, an ImageResult, or a RunReport holding several
// images (then one is picked by name). The file may come from another workflow run or a
// fork's artifact, so it is untrusted: it must pass a strict schema (integer sizes ≥ 0,
// bounded strings and arrays, no unknown fields where we read) before any of it is used,
// and only the ImageReport part is kept.



const SAVED_REPORT_LIMITS = {
    fileBytes: 8 * 1024 * 1024,
    images: 100,
    layers: 1_000,
    warnings: 100,
    /** A Dockerfile line can be long; 64 KiB is far beyond any real one. */
    createdBy: 65_536,
    text: 4_096,
    name: 512
};
const L = SAVED_REPORT_LIMITS;
const bytes = {
    type: 'integer',
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER
};
const text = (maxLength) => ({ type: 'string', maxLength });
const layerRow = {
    type: 'object',
    additionalProperties: false,
    required: ['index', 'instruction', 'createdBy', 'sizeBytes', 'empty'],
    properties: {
        index: { type: 'integer', minimum: 0, maximum: L.layers },
        instruction: text(64),
        createdBy: text(L.createdBy),
        sizeBytes: bytes,
        empty: { type: 'boolean' },
        buildArgs: {
            type: 'object',
            maxProperties: 100,
            propertyNames: { maxLength: 256 },
            additionalProperties: text(L.text)
        },
        id: text(256),
        createdAt: text(64),
        comment: text(L.text),
        diffId: text(256),
        compressedBytes: bytes,
        engineSizeBytes: bytes
    }
};
// What an ImageReport holds, plus the ImageResult fields this loader ignores (checked only for shape).
const imageProperties = {
    schemaVersion: { const: 1 },
    image: {
        type: 'object',
        additionalProperties: false,
        required: ['ref', 'id', 'source'],
        properties: {
            ref: text(L.name),
            id: text(256),
            source: { enum: ['docker', 'archive', 'registry', 'report'] },
            platform: text(64),
            digest: text(256),
            store: { enum: ['legacy', 'containerd', 'podman'] }
        }
    },
    totalBytes: bytes,
    sizeKind: { enum: ['uncompressed', 'compressed'] },
    totalCompressedBytes: bytes,
    engine: {
        type: 'object',
        additionalProperties: false,
        required: ['store', 'sizeBytes', 'totalBytes'],
        properties: {
            store: { enum: ['legacy', 'containerd', 'podman'] },
            sizeBytes: bytes,
            totalBytes: bytes
        }
    },
    layers: { type: 'array', maxItems: L.layers, items: layerRow },
    warnings: { type: 'array', maxItems: L.warnings, items: text(L.text) },
    // Only what a comparison reads is checked: the per-layer paths it pairs layers by.
    files: {
        type: 'object',
        properties: {
            layerPaths: {
                type: 'array',
                maxItems: L.layers,
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['layer', 'paths'],
                    properties: {
                        layer: { type: 'integer', minimum: 0, maximum: L.layers },
                        paths: {
                            type: 'array',
                            maxItems: 100,
                            items: {
                                type: 'object',
                                additionalProperties: false,
                                required: ['path', 'bytes'],
                                properties: { path: text(L.text), bytes }
                            }
                        }
                    }
                }
            }
        }
    },
    name: { type: 'string', minLength: 1, maxLength: L.name },
    status: { enum: ['pass', 'fail'] },
    violations: { type: 'array', maxItems: 10_000, items: { type: 'object' } },
    budget: { type: 'object' },
    comparison: { type: ['object', 'null'] },
    baselineNote: text(L.text),
    baselineFrom: { type: 'object' },
    pullRequest: { type: 'object' }
};
/** RunReport.origin: which run, commit and key made the report (the artifact baseline checks them). */
const reportOriginSchema = {
    type: 'object',
    required: ['commitSha', 'key'],
    maxProperties: 32,
    properties: {
        commitSha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
        ref: text(L.name),
        event: text(64),
        workflow: text(L.name),
        workflowRef: text(L.text),
        key: text(L.name),
        budgetFile: text(L.text),
        runId: bytes
    }
};
const imageSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'image', 'totalBytes', 'layers', 'warnings'],
    properties: imageProperties
};
const runSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'images'],
    properties: {
        schemaVersion: { const: 1 },
        status: { enum: ['pass', 'fail'] },
        violations: { type: 'array', maxItems: 10_000, items: { type: 'object' } },
        images: {
            type: 'array',
            minItems: 1,
            maxItems: L.images,
            items: { ...imageSchema, required: [...imageSchema.required, 'name'] }
        },
        units: { enum: ['si', 'iec'] },
        pullRequest: { type: 'object' },
        origin: reportOriginSchema
    }
};
// allErrors off: a hostile file cannot make us build a huge error list.
// Compiled on first use: commands that read no saved report do not pay for compiling.
let compiled;
function validators() {
    if (compiled)
        return compiled;
    const ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: false, strict: true, strictTypes: false });
    return (compiled = {
        image: ajv.compile(imageSchema),
        run: ajv.compile(runSchema)
    });
}
function schemaError(file, validate) {
    const error = validate.errors?.[0];
    const where = error?.instancePath
        ? error.instancePath.slice(0, 200)
        : '(top level)';
    const extra = error?.params && 'additionalProperty' in error.params
        ? ` "${String(error.params.additionalProperty).slice(0, 100)}"`
        : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file}: ${where} ${error?.message ?? 'is not valid'}${extra}. Give a report written by "image-size-budget analyze --json" or the action's report file.`);
}
/** Only the ImageReport fields: what a comparison reads (layer rows, sizes, per-layer paths), nothing else carried along. */
function imageReportOf(image, file) {
    image.layers.forEach((row, position) => {
        if (row.index !== position)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file}: /layers/${position}/index is ${row.index}, expected ${position} (rows must be in order, base first)`);
    });
    const report = {
        schemaVersion: 1,
        image: { ...image.image },
        totalBytes: image.totalBytes,
        layers: image.layers.map((row) => ({ ...row })),
        warnings: [...image.warnings]
    };
    if (image.sizeKind)
        report.sizeKind = image.sizeKind;
    if (image.totalCompressedBytes !== undefined)
        report.totalCompressedBytes = image.totalCompressedBytes;
    if (image.engine)
        report.engine = { ...image.engine };
    // The file analysis is kept for its per-layer paths (validated above), which pair layers.
    if (image.files?.layerPaths)
        report.files = {
            ...image.files,
            layerPaths: image.files.layerPaths.map((entry) => ({
                layer: entry.layer,
                paths: entry.paths.map((p) => ({ ...p }))
            }))
        };
    return report;
}
/** Validates parsed JSON as a saved report and returns the image named `name` (required when a RunReport holds several). */
function parseSavedReport(data, file, name) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file}: not a JSON object (an ImageReport, ImageResult or RunReport)`);
    }
    const { image: validateImage, run: validateRun } = validators();
    if ('images' in data) {
        if (!validateRun(data))
            throw schemaError(file, validateRun);
        const images = data.images;
        const names = images.map((image) => image.name);
        let picked;
        if (name !== undefined)
            picked =
                images.find((image) => image.name === name) ??
                    images.find((image) => image.image.ref === name);
        else if (images.length === 1)
            picked = images[0];
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file} holds ${images.length} images (${names.slice(0, 10).join(', ')}): name the one to compare with`);
        if (!picked)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file} has no image named "${name}"; it holds ${names.slice(0, 10).join(', ')}`);
        return imageReportOf(picked, file);
    }
    if (!validateImage(data))
        throw schemaError(file, validateImage);
    const image = data;
    if (name !== undefined &&
        image.name !== undefined &&
        image.name !== name &&
        image.image.ref !== name) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file} is of image "${image.name}", not "${name}"`);
    }
    return imageReportOf(image, file);
}
/** Reads and validates a saved report file. Symlinks and oversized files are refused. */
async function loadSavedReport(file, name) {
    let stat;
    try {
        stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file} does not exist: give the path of a JSON report saved by "analyze --json" or the action`);
    }
    if (!stat.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file} is not a regular file (a directory or symlink?): refused`);
    if (stat.size > L.fileBytes)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file} is ${stat.size} bytes; at most ${L.fileBytes} are read`);
    let data;
    try {
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file} is not JSON: ${error.message.slice(0, 200)}`);
    }
    return parseSavedReport(data, file, name);
}


/***/ }),

/***/ 5299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ DEFAULT_MIN_CHANGE_BYTES),
  l: () => (/* binding */ compareReports)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/compare/normalize.ts
// Turns a layer row's step into what the alignment weighs: the Dockerfile keyword, the
// step's terms (what it installs, writes or copies) and, for COPY/ADD, what the builder
// recorded of the content. Pure: rows in, terms out.
//
// Why each rule:
// - A reviewer knows a step by what it contains, not by its idiom: `mkdir -p /opt/x && dd …`
//   and `mkdir -p /opt/y && dd …` are two steps. So every word gets a class weight: paths,
//   file names, package names and other arguments count fully; commands (`dd`, `curl`), flags
//   (`-y`, `--no-cache`), operands of well-known tools (`if=`, `bs=`), `/dev/zero`, shell
//   operators and plain numbers (a byte count is what an edit changes) hardly count.
//   The alignment then scales each term by how rare it is in the two Dockerfiles (align.ts).
//   What `rm` (or `apt-get purge`, `apk del`) deletes is its own kind of term (`rm:/var/lib/apt/lists`): a cleanup step is not
//   the step that created the files, and a step that absorbed a cleanup says so.
// - Version-like terms (`app-1.4.0.jar`, `curl=7.88.1`) keep a stem with the versions blanked
//   (`app-#.jar`): a bump is the same term at another version, most of a match.
// - Whitespace is collapsed: builders print the same line with different spacing.
// - COPY/ADD: the classic builder writes `COPY file:<sha> in /dst` (the sha is the content),
//   BuildKit writes `COPY [--from=…] src… /dst`. The content (sha, or sources) and the
//   destination are kept apart, so a step that changed only its destination, or only its
//   content, is still itself.
// - Build args (already split off createdBy by the history parser) become terms too: a changed
//   build arg is a small edit of the same step.
// Words (keeping `apt-get`, `build-deps` whole), digit runs, and single punctuation marks.
const TOKEN = /[A-Za-z_][A-Za-z0-9_-]*|\d+|[^\sA-Za-z0-9_]/g;
function tokenize(text) {
    return text.match(TOKEN) ?? [];
}
const IDIOM = 0.05;
const NUMBER = 0.1;
const HOST = 0.3;
// Words that appear in install and file idioms whatever the step installs. Command names are
// not here: in command position they are idiom anyway (`cmd:curl`), and as arguments they are
// package names (`apk add curl git`).
const STOP_WORDS = new Set(`if of bs count conv status install add update upgrade remove purge del clean autoremove get ci i run build
  exec true false then else fi do done for in while -c set x y yes no all
  dev zero urandom random null tmp var lib cache lists archives usr local bin sbin etc opt srv app root home share`.split(/\s+/));
const STOP_PATHS = new Set([
    '/',
    '/dev/zero',
    '/dev/urandom',
    '/dev/random',
    '/dev/null',
    '/tmp',
    '/usr/local',
    '/usr',
    '/var',
    '/opt',
    '/srv',
    '/etc',
    '/root',
    '/home',
    '/usr/local/bin',
    '/usr/bin',
    '/bin',
    '/usr/lib',
    '/var/lib',
    '/var/cache',
    '.',
    './',
    '..'
]);
const DELETING = new Set(['rm', 'rmdir', 'unlink']);
const UNINSTALL = new Set(['purge', 'remove', 'del', 'uninstall', 'autoremove']);
const SHELL_OPERATOR = /^(?:&&|\|\||[|;&()<>]|>>|2>&1|[0-9]?>|\\)$/;
const COMMAND_PREFIX = new Set([
    'sudo',
    'env',
    'exec',
    'xargs',
    'time',
    'nice',
    'then',
    'else',
    'do',
    '!'
]);
const VERSION = /\d+(?:\.\d+)+(?:[-+~]?[A-Za-z]*\d*)?|\bv\d+\b/g;
function stemOf(key) {
    const stem = key.replace(VERSION, '#');
    return stem === key ? undefined : stem;
}
function keywordOf(step) {
    if (step.instruction !== undefined)
        return step.instruction.toUpperCase();
    return /^([A-Z]+)\b/.exec(step.createdBy.trim())?.[1] ?? '';
}
function trimSlash(dst) {
    return dst.length > 1 ? dst.replace(/\/+$/, '') : dst;
}
/** COPY/ADD body in either builder's spelling, split into content and destination. */
function copyContent(body) {
    let rest = body.trim();
    // Classic: `file:<sha> in /dst`, `dir:<sha> in /dst`, `multi:<sha> in /dst`.
    const classic = /^(file|dir|multi):([0-9a-f]+) in (.+)$/.exec(rest);
    if (classic)
        return {
            hash: `${classic[1]}:${classic[2]}`,
            kind: classic[1],
            destination: trimSlash(classic[3].trim())
        };
    // BuildKit: flags first (`--from=build`, `--chown=1:1`, `--link`), then sources, then the destination.
    const flags = /^(?:--[a-z-]+(?:=\S+)?\s+)+/.exec(rest)?.[0] ?? '';
    rest = rest.slice(flags.length);
    const from = /--from=(\S+)/.exec(flags)?.[1];
    let words;
    if (rest.startsWith('[')) {
        try {
            const parts = JSON.parse(rest);
            if (Array.isArray(parts) &&
                parts.length > 0 &&
                parts.every((part) => typeof part === 'string'))
                words = parts;
        }
        catch {
            // not JSON after all: split on spaces
        }
    }
    words ??= rest.split(' ').filter(Boolean);
    const destination = trimSlash(words[words.length - 1] ?? '');
    const sources = words.slice(0, -1).map(trimSlash);
    return {
        ...(sources.length > 0 || from
            ? { sources: [...(from ? [`--from=${from}`] : []), ...sources] }
            : {}),
        destination
    };
}
/** The destination of a COPY/ADD, in either builder's spelling. */
function copyDestination(body) {
    return copyContent(body).destination;
}
/** Terms of a path or file name: the whole of it, and its last part when that names a file. */
function pathTerms(word, weight, out, baseWeight = weight * 0.5) {
    const path = trimSlash(word.replace(/\/\*$/, '').replace(/^\.\//, ''));
    if (path === '' || STOP_PATHS.has(path) || STOP_PATHS.has(word)) {
        out.push({ key: path || word, weight: IDIOM });
        return;
    }
    out.push({ key: path, stem: stemOf(path), weight });
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base !== path && base.length > 1 && !STOP_WORDS.has(base))
        out.push({ key: base, stem: stemOf(base), weight: baseWeight });
}
function argumentTerms(word, out) {
    if (word === '')
        return;
    if (/^\d+[kKmMgGbB]?$/.test(word) ||
        (/^[0-9a-f]{7,}$/.test(word) === false && /^[\d.:,%+-]+$/.test(word))) {
        out.push({ key: word, weight: NUMBER });
        return;
    }
    const url = /^[a-z][a-z0-9+.-]*:\/\/([^/]+)(\/.*)?$/i.exec(word);
    if (url) {
        out.push({ key: `host:${url[1]}`, weight: HOST });
        const rest = (url[2] ?? '').replace(/[?#].*$/, '');
        const file = rest.slice(rest.lastIndexOf('/') + 1);
        if (file)
            out.push({ key: file, stem: stemOf(file), weight: 1 });
        return;
    }
    // `curl=7.88.1` (a pin), `of=/x` (an operand), `PATH=…`: the name and the value apart.
    const assignment = /^([A-Za-z_][\w.-]*)=(.*)$/.exec(word);
    if (assignment) {
        const [, name, value] = assignment;
        if (/^\d+(?:\.\d+)+[\w.+~-]*$/.test(value)) {
            // A version pin names a package, whatever the package is called.
            out.push({ key: `${name}=`, weight: 0.8 });
            out.push({ key: `${name}=${value}`, stem: `${name}=#`, weight: 0.5 });
            return;
        }
        out.push({
            key: `${name}=`,
            weight: STOP_WORDS.has(name.toLowerCase()) ? IDIOM : 0.5
        });
        argumentTerms(value, out);
        return;
    }
    if (word.includes('/')) {
        pathTerms(word, 1, out);
        return;
    }
    if (STOP_WORDS.has(word.toLowerCase()) || !/[A-Za-z]/.test(word)) {
        out.push({ key: word, weight: IDIOM });
        return;
    }
    out.push({
        key: word,
        stem: stemOf(word),
        weight: word.includes('.') ? 1 : 0.8
    });
}
/** Terms of a shell command line: each command word as idiom, each argument by its class. */
function shellTerms(body, out) {
    const words = body
        .replace(/(&&|\|\||[;|()])/g, ' $1 ')
        .split(/\s+/)
        .map((word) => word.replace(/^["'`]+|["'`,]+$/g, ''))
        .filter(Boolean);
    let commandNext = true;
    let deleting = false;
    for (const word of words) {
        if (SHELL_OPERATOR.test(word) ||
            (/^[0-9]?>>?\S*$/.test(word) && word.length <= 3)) {
            out.push({ key: word, weight: IDIOM });
            commandNext = !/^[0-9]?>/.test(word);
            continue;
        }
        // A redirect target (`>/opt/x`) is a path the step writes.
        const redirect = /^[0-9]?>>?(.+)$/.exec(word);
        if (redirect) {
            argumentTerms(redirect[1], out);
            continue;
        }
        if (commandNext) {
            if (COMMAND_PREFIX.has(word))
                continue;
            // `VAR=x cmd`: an assignment before the command is an argument; the command is still to come.
            if (/^[A-Za-z_]\w*=/.test(word)) {
                argumentTerms(word, out);
                continue;
            }
            commandNext = false;
            deleting = DELETING.has(word);
            if (word.includes('/'))
                pathTerms(word, 1, out);
            else
                out.push({ key: `cmd:${word}`, weight: IDIOM });
            continue;
        }
        if (word.startsWith('-')) {
            const flag = /^(--?[A-Za-z][\w-]*)=(.+)$/.exec(word);
            out.push({ key: flag ? flag[1] : word, weight: IDIOM });
            if (flag)
                argumentTerms(flag[2], out);
            continue;
        }
        if (!deleting && UNINSTALL.has(word)) {
            // `apt-get purge …`, `apk del …`, `pip uninstall …`: what follows is removed.
            deleting = true;
            out.push({ key: word, weight: IDIOM });
            continue;
        }
        if (deleting) {
            // What a step deletes is another fact than what it creates: `rm -rf /opt/x` is not `mkdir /opt/x`.
            const deleted = [];
            argumentTerms(word, deleted);
            for (const term of deleted)
                out.push({
                    key: `rm:${term.key}`,
                    ...(term.stem !== undefined ? { stem: `rm:${term.stem}` } : {}),
                    weight: term.weight
                });
            continue;
        }
        argumentTerms(word, out);
    }
}
/** One entry per key, the largest weight kept (a path named twice is one fact). */
function distinct(terms) {
    const byKey = new Map();
    for (const term of terms) {
        const seen = byKey.get(term.key);
        if (!seen || seen.weight < term.weight)
            byKey.set(term.key, term);
    }
    return [...byKey.values()];
}
function normalizeStep(step) {
    const keyword = keywordOf(step);
    let body = step.createdBy.replace(/\s+/g, ' ').trim();
    if (keyword && body.toUpperCase().startsWith(keyword + ' '))
        body = body.slice(keyword.length + 1);
    else if (keyword && body.toUpperCase() === keyword)
        body = '';
    const terms = [];
    let copy;
    if (keyword === 'COPY' || keyword === 'ADD') {
        copy = copyContent(body);
        // `.`, `./`, `/`: relative to a WORKDIR, said by many steps; a named destination says much.
        // The name a file lands under says as much as where: `server` in /usr/local/bin or /usr/bin.
        if (copy.destination)
            pathTerms(copy.destination, 1, terms, 1);
        if (copy.kind)
            terms.push({ key: `kind:${copy.kind}`, weight: 0.6 });
        for (const source of copy.sources ?? []) {
            if (source.startsWith('--from='))
                terms.push({ key: source, weight: 0.6 });
            else if (source === '.' || source === './')
                terms.push({ key: 'src:.', weight: 0.6 });
            else
                pathTerms(source, 1, terms);
        }
        // Two COPYs to `.` are one step only if they copy alike things: the kind (classic) or the sources (BuildKit) are part of the text.
        body = [copy.kind ?? '', ...(copy.sources ?? []), copy.destination]
            .filter(Boolean)
            .join(' ');
    }
    else if (keyword === 'RUN' || keyword === '') {
        shellTerms(body, terms);
    }
    else {
        argumentTerms(body, terms);
    }
    const args = Object.entries(step.buildArgs ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => `${key}=${value}`);
    for (const arg of args)
        argumentTerms(arg, terms);
    const text = [keyword, body, ...args].filter(Boolean).join(' ');
    return { keyword, text, terms: distinct(terms), ...(copy ? { copy } : {}) };
}

;// CONCATENATED MODULE: ./src/compare/align.ts
// Pairs base and head layer rows as a reviewer would: by what the steps contain, not by the
// shape of their command or their position. Pure: steps in, matches (with their reasons) out.
//
// 1. Evidence, strongest first: the same diff_id (the same bytes); the same content (the
//    classic builder's `file:`/`dir:` sha, BuildKit's COPY sources); the same files written
//    (when the file analysis ran on both sides: the layers' largest paths, weighted by bytes,
//    overlap by half or more); the same text; else the
//    steps' terms (normalize.ts), each weighted by its class and by how rare it is in these
//    two Dockerfiles, so `/srv/libs.bin` or `libssl-dev` decide and `dd`, `-y`, `&&` hardly
//    count; version-like terms match at another version for most of their weight. The score
//    is the better of the weighted Dice coefficient and the containment of the smaller step in
//    the larger (an install line that kept 2 of its 8 packages, a step that gained a second
//    command, are still themselves). Sizes only break ties.
// 2. A global alignment (Needleman–Wunsch with free gaps) maximises the summed weight of the
//    pairs while keeping order. Weights come in tiers, so that no number of look-alike pairs
//    outweighs one sure pair (else `a,b` → `b,a` would read as two edits): same diff_id T²,
//    same paths T·(1 + score), same content or text T, else the score when it reaches PAIR_SCORE; T exceeds the number
//    of possible pairs. Steps too unlike to be one edited step never pair: removed + added.
// 3. Order-keeping alignment cannot pair both of two swapped steps, so a second pass pairs the
//    rows left over on both sides when they are clearly one step (MOVE_SCORE, same content or
//    same diff_id), best first: a moved step reads as itself, not as removed + added.
// 4. Merges and splits: a leftover base RUN whose terms are in a head step, and not already
//    explained by that step's partner, was merged into it (`RUN a` + `RUN rm …` → `RUN a && rm …`);
//    the mirror image is a split. One change then names every row involved, rather than a
//    forced one-to-one pair and a spurious `removed` row.

const PAIR_SCORE = 0.55;
const MOVE_SCORE = 0.7;
/** Layers whose largest files overlap this much (by bytes) pair by their paths, whatever their commands say. */
const PATHS_SCORE = 0.5;
/** A version-like term at another version counts this much of its weight. */
const VERSION_CREDIT = 0.75;
/** Of a leftover row's weight, how much a head (or base) step must contain to have absorbed it. */
const MERGE_COVER = 0.5;
const SIZE_TIE_BREAK = 1e-3;
const NO_LINK = { score: 0, by: 'text' };
/** Rarity across both Dockerfiles: a term in one step on each side keeps its weight; one in many steps little of it. */
function weighAll(base, head) {
    const frequency = (steps) => {
        const counts = new Map();
        for (const { normalized } of steps)
            for (const term of normalized.terms)
                counts.set(term.key, (counts.get(term.key) ?? 0) + 1);
        return counts;
    };
    const inBase = frequency(base);
    const inHead = frequency(head);
    const weigh = ({ normalized }) => {
        const weights = new Map();
        const stems = new Map();
        let total = 0;
        for (const term of normalized.terms) {
            const spread = Math.max(1, ((inBase.get(term.key) ?? 0) + (inHead.get(term.key) ?? 0)) / 2);
            const weight = term.weight / spread;
            weights.set(term.key, weight);
            total += weight;
            if (term.stem !== undefined)
                stems.set(term.stem, [...(stems.get(term.stem) ?? []), term.key]);
        }
        return { weights, stems, total };
    };
    return { base: base.map(weigh), head: head.map(weigh) };
}
/** Weight the two term sets share: exact keys fully, a version-like key at another version in part. */
function sharedWeight(a, aTerms, b) {
    let shared = 0;
    for (const term of aTerms) {
        const wa = a.weights.get(term.key) ?? 0;
        const wb = b.weights.get(term.key);
        if (wb !== undefined) {
            shared += (wa + wb) / 2;
            continue;
        }
        if (term.stem === undefined)
            continue;
        const others = b.stems.get(term.stem);
        if (!others)
            continue;
        const best = Math.max(...others.map((key) => b.weights.get(key) ?? 0));
        shared += (VERSION_CREDIT * (wa + best)) / 2;
    }
    return shared;
}
function sameList(a, b) {
    return (a !== undefined &&
        b !== undefined &&
        a.length === b.length &&
        a.every((x, i) => x === b[i]));
}
/** How strongly the evidence ties two steps, and by what; score 0 for steps of different keywords. */
function align_link(a, wa, b, wb) {
    const sizeA = a.step.sizeBytes ?? 0;
    // An empty diff has one well-known digest, shared by unrelated steps: only a same-keyword pair trusts it.
    if (a.step.diffId &&
        a.step.diffId === b.step.diffId &&
        (sizeA > 0 || a.normalized.keyword === b.normalized.keyword))
        return { score: 1, by: 'digest' };
    const na = a.normalized;
    const nb = b.normalized;
    if (na.keyword !== nb.keyword)
        return NO_LINK;
    const paths = pathScore(a.step, b.step);
    if (paths >= PATHS_SCORE)
        return { score: paths, by: 'paths' };
    if (na.copy && nb.copy) {
        if (na.copy.hash !== undefined && na.copy.hash === nb.copy.hash)
            return { score: 1, by: 'content' };
        if (sameList(na.copy.sources, nb.copy.sources) &&
            !na.copy.sources?.every((source) => source === 'src:.' || source === '.' || source.startsWith('--from=')))
            return { score: 1, by: 'content' };
        // One builder's record against the other's: only the destination is comparable.
        if ((na.copy.hash === undefined) !== (nb.copy.hash === undefined))
            return na.copy.destination === nb.copy.destination
                ? { score: 1, by: 'text' }
                : NO_LINK;
    }
    if (na.text === nb.text)
        return { score: 1, by: 'text' };
    if (wa.total + wb.total === 0)
        return { score: 1, by: 'text' };
    const shared = sharedWeight(wa, na.terms, wb);
    const dice = (2 * shared) / (wa.total + wb.total);
    const smaller = Math.min(wa.total, wb.total);
    // Containment says little when the smaller step names nothing but idiom.
    const containment = smaller > 0
        ? (Math.min(shared, smaller) / smaller) * Math.min(1, smaller / 0.5)
        : 0;
    return { score: 0.8 * containment + 0.2 * dice, by: 'text' };
}
/**
 * How much two layers write the same files: the byte-weighted Dice coefficient of their largest
 * files (a file that grew still counts, at its smaller size twice). 0 when either side has none.
 */
function pathScore(a, b) {
    if (!a.paths?.length || !b.paths?.length)
        return 0;
    const inB = new Map(b.paths.map((entry) => [entry.path, entry.bytes]));
    const total = [...a.paths, ...b.paths].reduce((sum, entry) => sum + Math.max(entry.bytes, 1), 0);
    let shared = 0;
    for (const entry of a.paths) {
        const other = inB.get(entry.path);
        if (other !== undefined)
            shared += 2 * Math.max(Math.min(entry.bytes, other), 1);
    }
    return shared / total;
}
function sizeTieBreak(a, b) {
    const sizeA = a.step.sizeBytes ?? 0;
    const sizeB = b.step.sizeBytes ?? 0;
    return (SIZE_TIE_BREAK * (1 - Math.abs(sizeA - sizeB) / Math.max(sizeA, sizeB, 1)));
}
/** `tier` is T: one more than the most pairs an alignment can hold. */
function pairWeight(l, a, b, minScore, tier) {
    if (l.by === 'digest')
        return tier * tier;
    if (l.score < minScore)
        return 0;
    if (l.by === 'paths')
        return tier * (1 + l.score) + sizeTieBreak(a, b);
    const sure = l.by === 'content' ||
        (l.score === 1 && a.normalized.text === b.normalized.text);
    return (sure ? tier : l.score) + sizeTieBreak(a, b);
}
const round = (score) => Math.round(score * 1000) / 1000;
/**
 * Matches two step sequences (base first). The result lists every row of both sides once, in
 * head order, each removed base row placed where it stood (after the pairs before it).
 */
function matchSteps(base, head) {
    const b = base.map((step) => ({ step, normalized: normalizeStep(step) }));
    const h = head.map((step) => ({ step, normalized: normalizeStep(step) }));
    const weighed = weighAll(b, h);
    const n = b.length;
    const m = h.length;
    const links = new Array(n * m);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < m; j++)
            links[i * m + j] = align_link(b[i], weighed.base[i], h[j], weighed.head[j]);
    const linkOf = (i, j) => links[i * m + j];
    const width = m + 1;
    const tier = Math.min(n, m) + 2;
    const weight = new Float64Array(n * m);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < m; j++)
            weight[i * m + j] = pairWeight(linkOf(i, j), b[i], h[j], PAIR_SCORE, tier);
    const score = new Float64Array((n + 1) * width);
    for (let i = 1; i <= n; i++) {
        for (let j = 1; j <= m; j++) {
            const w = weight[(i - 1) * m + (j - 1)];
            let best = Math.max(score[(i - 1) * width + j], score[i * width + j - 1]);
            if (w > 0)
                best = Math.max(best, score[(i - 1) * width + j - 1] + w);
            score[i * width + j] = best;
        }
    }
    // Traceback from the end. Preferring the pair, then an added head row, means that in forward
    // order a removed base row comes before the head rows added in its place.
    const reversed = [];
    let i = n;
    let j = m;
    while (i > 0 || j > 0) {
        const here = score[i * width + j];
        if (i > 0 && j > 0) {
            const w = weight[(i - 1) * m + (j - 1)];
            if (w > 0 && here === score[(i - 1) * width + j - 1] + w) {
                const l = linkOf(i - 1, j - 1);
                reversed.push({
                    base: [i - 1],
                    head: [j - 1],
                    pairedBy: l.by,
                    score: round(l.score)
                });
                i--;
                j--;
                continue;
            }
        }
        if (j > 0 && here === score[i * width + j - 1]) {
            reversed.push({ base: [], head: [j - 1] });
            j--;
        }
        else {
            reversed.push({ base: [i - 1], head: [] });
            i--;
        }
    }
    const moved = pairMoved(reversed.reverse(), b, h, linkOf, tier);
    return explainMerges(moved, b, h, weighed);
}
/** Second pass: leftover removed and added rows that are clearly one step, moved, become a pair at the head position. */
function pairMoved(matches, b, h, linkOf, tier) {
    const removed = matches
        .filter((x) => x.head.length === 0)
        .map((x) => x.base[0]);
    const added = matches.filter((x) => x.base.length === 0).map((x) => x.head[0]);
    if (removed.length === 0 || added.length === 0)
        return matches;
    const candidates = [];
    for (const bi of removed) {
        for (const hi of added) {
            const w = pairWeight(linkOf(bi, hi), b[bi], h[hi], MOVE_SCORE, tier);
            if (w > 0)
                candidates.push({ bi, hi, w });
        }
    }
    // Best first; ties by position so the result does not depend on the sort's stability.
    candidates.sort((x, y) => y.w - x.w || x.hi - y.hi || x.bi - y.bi);
    const pairedHead = new Map();
    const usedBase = new Set();
    for (const { bi, hi } of candidates) {
        if (usedBase.has(bi) || pairedHead.has(hi))
            continue;
        usedBase.add(bi);
        pairedHead.set(hi, bi);
    }
    const out = [];
    for (const x of matches) {
        if (x.head.length === 0 && usedBase.has(x.base[0]))
            continue;
        const hi = x.head[0];
        if (x.base.length === 0 && pairedHead.has(hi)) {
            const bi = pairedHead.get(hi);
            out.push({
                base: [bi],
                head: [hi],
                pairedBy: 'moved',
                score: round(linkOf(bi, hi).score)
            });
        }
        else
            out.push(x);
    }
    return out;
}
/** Weight of `part`'s terms found in `whole`, and of those, the weight not found in any of `explained`. */
function absorbed(part, wp, whole, explained) {
    let cover = 0;
    let fresh = 0;
    for (const term of part.normalized.terms) {
        const weight = wp.weights.get(term.key) ?? 0;
        if (!whole.weights.has(term.key))
            continue;
        cover += weight;
        if (!explained.some((other) => other.weights.has(term.key)))
            fresh += weight;
    }
    return {
        cover: wp.total > 0 ? cover / wp.total : 0,
        fresh: wp.total > 0 ? fresh / wp.total : 0
    };
}
/**
 * Last pass: a leftover RUN (removed base row, added head row) whose terms are in a step of the
 * other side, and which adds to that step what its own partner does not explain, was merged
 * into it (or split out of it). Needs a step that names something (not only idiom).
 */
function explainMerges(matches, b, h, weighed) {
    const out = matches.map((x) => ({
        ...x,
        base: [...x.base],
        head: [...x.head]
    }));
    const dropped = new Set();
    const absorb = (side) => {
        const other = side === 'base' ? 'head' : 'base';
        const mine = side === 'base' ? b : h;
        const mineWeighed = side === 'base' ? weighed.base : weighed.head;
        const theirWeighed = side === 'base' ? weighed.head : weighed.base;
        const theirs = side === 'base' ? h : b;
        for (const leftover of out) {
            if (dropped.has(leftover) ||
                leftover[other].length > 0 ||
                leftover[side].length !== 1)
                continue;
            const index = leftover[side][0];
            const row = mine[index];
            if (row.normalized.keyword !== 'RUN' || mineWeighed[index].total < 0.5)
                continue;
            let best;
            for (const target of out) {
                // Into a pair (or an existing merge) of the other side's one row.
                if (target === leftover ||
                    dropped.has(target) ||
                    target[other].length !== 1 ||
                    target[side].length === 0)
                    continue;
                if (side === 'head' && target.base.length > 1)
                    continue;
                if (side === 'base' && target.head.length > 1)
                    continue;
                const into = target[other][0];
                if (theirs[into].normalized.keyword !== 'RUN')
                    continue;
                const partners = target[side].map((k) => mineWeighed[k]);
                const { cover, fresh } = absorbed(row, mineWeighed[index], theirWeighed[into], partners);
                if (cover < MERGE_COVER || fresh < 0.5)
                    continue;
                const distance = Math.abs(target[side][0] - index);
                if (!best ||
                    cover > best.cover ||
                    (cover === best.cover && distance < best.distance))
                    best = { target, cover, distance };
            }
            if (!best)
                continue;
            best.target[side] = [...best.target[side], index].sort((x, y) => x - y);
            dropped.add(leftover);
        }
    };
    absorb('base');
    absorb('head');
    return out.filter((x) => !dropped.has(x));
}
function alignSteps(base, head) {
    return matchSteps(base, head).map((x) => [
        x.base[0] ?? null,
        x.head[0] ?? null
    ]);
}

;// CONCATENATED MODULE: ./src/compare/compare.ts
// compareReports: two ImageReports (base, head) in, one Comparison out. Pure: the reports
// come from any source (engine, archive, registry, a saved JSON report).
//
// Rules (README "Baseline comparison"):
// - Only filesystem rows (empty: false) are compared. Empty rows (ENV, CMD, …) carry 0 bytes
//   by definition, so they are left out rather than reported as noise.
// - The base image's rows come first. A report does not record where the FROM image ends,
//   so the caller may say (`baseImageLayers`, from the FROM image's RootFS: see
//   fromImageLayers in src/baseline/from-image.ts); without it, the base image is the leading imported rows
//   (no instruction: `docker import`, or layers the builder kept no history for). When the
//   two base images have the same layers (diff_ids) their rows pair one to one; when they
//   differ, each side's base rows collapse into one aggregated entry with instruction `FROM`,
//   so a new base reads as one change, not dozens of unrelated rows.
// - The other rows pair by alignment (align.ts), each pair saying why (`pairedBy`, `score`);
//   a merge (several base rows into one head row) or a split is one change over all its rows.
// - A paired row whose |delta| is below minChangeBytes is `unchanged` (its exact deltaBytes
//   is kept); `added`/`removed` keep their status whatever their size: a step came or went.


const DEFAULT_MIN_CHANGE_BYTES = 10_000;
/** Which size field to compare: a compressed-size registry report compares only on compressed sizes. */
function sizeField(base, head) {
    const kindOf = (report) => report.sizeKind ?? 'uncompressed';
    if (kindOf(base) === kindOf(head))
        return {
            sizeOf: (row) => row.sizeBytes,
            total: (report) => report.totalBytes,
            compressed: kindOf(base) === 'compressed'
        };
    const hasCompressed = (report) => report.totalCompressedBytes !== undefined &&
        report.layers.every((row) => row.empty || row.compressedBytes !== undefined);
    if (hasCompressed(base) && hasCompressed(head)) {
        return {
            sizeOf: (row) => row.compressedBytes ?? 0,
            total: (report) => report.totalCompressedBytes ?? 0,
            compressed: true
        };
    }
    const compressed = kindOf(base) === 'compressed' ? base : head;
    throw new errors/* InputError */.d(`${compressed.image.ref} has compressed (registry) sizes and the other image uncompressed ones: read both the same way (analyze --source registry --uncompressed, or analyze --compressed for the engine image)`);
}
function side(row, sizeOf) {
    return {
        index: row.index,
        instruction: row.instruction,
        createdBy: row.createdBy,
        sizeBytes: sizeOf(row)
    };
}
function statusOf(base, head, deltaBytes, minChangeBytes) {
    if (!base)
        return 'added';
    if (!head)
        return 'removed';
    if (Math.abs(deltaBytes) < minChangeBytes || deltaBytes === 0)
        return 'unchanged';
    return deltaBytes > 0 ? 'grew' : 'shrank';
}
function change(base, head, minChangeBytes) {
    const deltaBytes = (head?.sizeBytes ?? 0) - (base?.sizeBytes ?? 0);
    return {
        status: statusOf(base, head, deltaBytes, minChangeBytes),
        base,
        head,
        deltaBytes
    };
}
/** A change from a match: several rows on one side (a merge or split) count as their sum. */
function matchedChange(base, head, match, minChangeBytes) {
    const sum = (rows) => rows.reduce((total, row) => total + row.sizeBytes, 0);
    const deltaBytes = sum(head) - sum(base);
    const out = {
        status: statusOf(base[0], head[0], deltaBytes, minChangeBytes),
        base: base[0] ?? null,
        head: head[0] ?? null,
        deltaBytes
    };
    if (match.pairedBy)
        out.pairedBy = match.pairedBy;
    if (match.score !== undefined)
        out.score = match.score;
    if (base.length > 1)
        out.mergedBase = base;
    if (head.length > 1)
        out.splitHead = head;
    return out;
}
/** The leading rows of `rows` (filesystem rows only) that came from the FROM image. */
function baseImageRows(rows, known) {
    if (known !== undefined)
        return rows.slice(0, Math.max(0, Math.min(known, rows.length)));
    let end = 0;
    while (end < rows.length &&
        rows[end].instruction === '' &&
        rows[end].createdBy === '')
        end++;
    return rows.slice(0, end);
}
function sameLayers(a, b, sizeOf) {
    if (a.length !== b.length)
        return false;
    return a.every((row, i) => row.diffId && b[i].diffId
        ? row.diffId === b[i].diffId
        : sizeOf(row) === sizeOf(b[i]) && row.createdBy === b[i].createdBy);
}
function aggregate(rows, ref, sizeOf) {
    if (rows.length === 0)
        return null;
    const count = `${rows.length} layer${rows.length === 1 ? '' : 's'}`;
    return {
        index: rows[0].index,
        instruction: 'FROM',
        createdBy: ref ? `FROM ${ref} (${count})` : `FROM (base image, ${count})`,
        sizeBytes: rows.reduce((sum, row) => sum + sizeOf(row), 0)
    };
}
function compareReports(base, head, opts = {}) {
    const minChangeBytes = opts.minChangeBytes ?? DEFAULT_MIN_CHANGE_BYTES;
    if (!Number.isSafeInteger(minChangeBytes) || minChangeBytes < 0)
        throw new errors/* InputError */.d(`min-change must be a whole number of bytes ≥ 0, not ${minChangeBytes}`);
    const { sizeOf, total, compressed } = sizeField(base, head);
    const baseRows = base.layers.filter((row) => !row.empty);
    const headRows = head.layers.filter((row) => !row.empty);
    const layers = [];
    // A boundary known on one side only would compare unlike regions: both or neither.
    const known = opts.baseImageLayers?.base !== undefined &&
        opts.baseImageLayers?.head !== undefined;
    const baseFrom = baseImageRows(baseRows, known ? opts.baseImageLayers?.base : undefined);
    const headFrom = baseImageRows(headRows, known ? opts.baseImageLayers?.head : undefined);
    if (sameLayers(baseFrom, headFrom, sizeOf)) {
        baseFrom.forEach((row, i) => {
            const paired = change(side(row, sizeOf), side(headFrom[i], sizeOf), minChangeBytes);
            // Same layers on both sides: by digest where the reports carry them.
            if (row.diffId && row.diffId === headFrom[i].diffId)
                layers.push({ ...paired, pairedBy: 'digest', score: 1 });
            else
                layers.push(paired);
        });
    }
    else {
        layers.push(change(aggregate(baseFrom, opts.baseImageRefs?.base, sizeOf), aggregate(headFrom, opts.baseImageRefs?.head, sizeOf), minChangeBytes));
    }
    const baseSteps = baseRows.slice(baseFrom.length);
    const headSteps = headRows.slice(headFrom.length);
    // Paths pair layers only when both sides have them: one side's alone says nothing.
    const bothPaths = base.files?.layerPaths !== undefined && head.files?.layerPaths !== undefined;
    const stepsOf = (report, rows) => {
        const paths = new Map((bothPaths ? (report.files?.layerPaths ?? []) : []).map((entry) => [
            entry.layer,
            entry.paths
        ]));
        return rows.map((row) => ({
            instruction: row.instruction,
            createdBy: row.createdBy,
            sizeBytes: sizeOf(row),
            diffId: row.diffId,
            buildArgs: row.buildArgs,
            paths: paths.get(row.index)
        }));
    };
    for (const match of matchSteps(stepsOf(base, baseSteps), stepsOf(head, headSteps))) {
        const b = match.base.map((i) => side(baseSteps[i], sizeOf));
        const h = match.head.map((i) => side(headSteps[i], sizeOf));
        layers.push(matchedChange(b, h, match, minChangeBytes));
    }
    return {
        schemaVersion: 1,
        base: { ref: base.image.ref, totalBytes: total(base) },
        head: { ref: head.image.ref, totalBytes: total(head) },
        totalDeltaBytes: total(head) - total(base),
        layers,
        minChangeBytes,
        ...(compressed ? { measure: 'compressed' } : {})
    };
}


/***/ }),

/***/ 78:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ seedLayerFacts),
/* harmony export */   hL: () => (/* binding */ withMeasuredLayers),
/* harmony export */   pS: () => (/* binding */ LayerFactsCache),
/* harmony export */   v$: () => (/* binding */ factsOfArchive)
/* harmony export */ });
/* unused harmony exports layerCacheDir, reportHasContentBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_listing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6689);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5625);
// Layer facts: what a layer holds, measured once from its tar. A layer's content is fixed by
// its diffID (the digest of its uncompressed tar), so its exact bytes (counted as the legacy
// image store counts them, layerDiskBytes), its entry count and the blob an engine stores for
// it are a pure function of the diffID, kept in a content-addressed cache: a folder of small
// JSON files, one per diffID and one per blob digest. An engine whose own figures mean
// something else (the containerd image store: block-rounded snapshot usage per row,
// compressed blobs as the total; ../shared/notes/docker-formats.md, part D) is measured
// through its export, and only for the layers nobody has measured yet.
//
// Where the cache lives: IMAGE_SIZE_BUDGET_CACHE (a folder, or `off`); in the action the
// runner's tool cache (RUNNER_TOOL_CACHE, kept between jobs on a self-hosted runner), else
// RUNNER_TEMP; for the CLI $XDG_CACHE_HOME or ~/.cache. An entry carries a checksum of its
// own fields: one that does not read back whole (cut short, edited, for another diffID) is
// ignored and measured again, never trusted.






const DIGEST = /^([a-z0-9]+):([a-f0-9]{32,128})$/;
const ENTRY_VERSION = 1;
/** The cache folder in use, or undefined when caching is off. */
function layerCacheDir(env = process.env) {
    const setting = env.IMAGE_SIZE_BUDGET_CACHE;
    if (setting === 'off' || setting === '0')
        return undefined;
    if (setting)
        return setting;
    const base = env.GITHUB_ACTIONS === 'true'
        ? env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP
        : env.XDG_CACHE_HOME || node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache');
    return base ? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, 'image-size-budget', 'layers') : undefined;
}
function checksum(facts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(facts)).digest('hex');
}
function isCount(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
/** The facts an entry file holds, when it is whole and is about `key` (a diffID, or a blob digest). */
function parseEntry(text, key, by) {
    let entry;
    try {
        entry = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const { v, facts, sum } = (entry ?? {});
    if (v !== ENTRY_VERSION ||
        !facts ||
        typeof facts !== 'object' ||
        typeof sum !== 'string')
        return undefined;
    if (typeof facts.diffId !== 'string' ||
        !DIGEST.test(facts.diffId) ||
        !isCount(facts.sizeBytes))
        return undefined;
    if (facts.entries !== undefined && !isCount(facts.entries))
        return undefined;
    if (facts.blob !== undefined &&
        (typeof facts.blob?.digest !== 'string' ||
            !DIGEST.test(facts.blob.digest) ||
            !isCount(facts.blob.sizeBytes)))
        return undefined;
    const clean = { diffId: facts.diffId, sizeBytes: facts.sizeBytes };
    if (facts.entries !== undefined)
        clean.entries = facts.entries;
    if (facts.blob)
        clean.blob = { digest: facts.blob.digest, sizeBytes: facts.blob.sizeBytes };
    if (checksum(clean) !== sum)
        return undefined;
    if ((by === 'diff' ? clean.diffId : clean.blob?.digest) !== key)
        return undefined;
    return clean;
}
/** The content-addressed cache of layer facts (a folder), or a no-op one when `dir` is undefined. */
class LayerFactsCache {
    dir;
    /** Entries read back whole, and entries found but ignored (damaged or not what their name says). */
    hits = 0;
    ignored = 0;
    constructor(dir = layerCacheDir()) {
        this.dir = dir;
    }
    file(by, digest) {
        const match = DIGEST.exec(digest);
        return this.dir && match
            ? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${by}-${match[1]}-${match[2]}.json`)
            : undefined;
    }
    read(by, digest) {
        const file = this.file(by, digest);
        if (!file)
            return undefined;
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
        }
        catch {
            return undefined;
        }
        const facts = parseEntry(text, digest, by);
        if (facts)
            this.hits++;
        else {
            this.ignored++;
            _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .R.debug(`layer cache: ignored the damaged entry ${file}`);
        }
        return facts;
    }
    get(diffId) {
        return this.read('diff', diffId) ?? seeded.get(diffId);
    }
    /** The facts of the layer whose stored blob has this digest. */
    byBlob(digest) {
        return this.read('blob', digest);
    }
    /** Keeps facts (atomically: a reader never sees half an entry). A cache that cannot be written costs a re-measure, nothing else. */
    put(facts) {
        if (!this.dir)
            return;
        const text = JSON.stringify({
            v: ENTRY_VERSION,
            facts,
            sum: checksum(facts)
        });
        const targets = [
            this.file('diff', facts.diffId),
            facts.blob ? this.file('blob', facts.blob.digest) : undefined
        ];
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(this.dir, { recursive: true });
            for (const target of targets) {
                if (!target)
                    continue;
                const temp = `${target}.${process.pid}.tmp`;
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temp, text);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, target);
            }
        }
        catch (error) {
            _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .R.debug(`layer cache: cannot write under ${this.dir}: ${error.message}`);
        }
    }
}
// Facts seeded from reports at hand, for this process only: a report is input, not a
// measurement of ours, so what it says is never written into the cache that later runs trust.
const seeded = new Map();
/**
 * Seeds this run's layer facts from a report at hand (a baseline report holds its layers'
 * diffIDs and bytes): only from reports whose sizes are content bytes (an archive, a
 * registry image read with --uncompressed, an engine report that names its store). Layers
 * of the image being measured that the report covers then need no export. Returns how many
 * layers it added.
 */
function seedLayerFacts(report) {
    if (!reportHasContentBytes(report))
        return 0;
    let added = 0;
    for (const row of report.layers) {
        if (row.empty ||
            !row.diffId ||
            !isCount(row.sizeBytes) ||
            !DIGEST.test(row.diffId) ||
            seeded.has(row.diffId))
            continue;
        seeded.set(row.diffId, { diffId: row.diffId, sizeBytes: row.sizeBytes });
        added++;
    }
    return added;
}
/** Whether a report's layer sizes are content bytes (the same quantity on every engine), so they can seed the cache. */
function reportHasContentBytes(report) {
    if (report.sizeKind === 'compressed')
        return false;
    if (report.image.source === 'archive' || report.image.source === 'registry')
        return true;
    // An engine report from before stores were told apart may come from a containerd store.
    return report.image.source === 'docker' && report.image.store !== undefined;
}
/** The facts of every layer of an image read from an archive (the export of the engine, for `--files`). */
function factsOfArchive(image) {
    const facts = [];
    let layer = 0;
    for (const row of image.report.layers) {
        if (row.empty)
            continue;
        const listing = image.listings[layer];
        const blob = image.blobs?.[layer];
        layer++;
        if (!row.diffId)
            continue;
        facts.push({
            diffId: row.diffId,
            sizeBytes: listing ? (0,_model_listing_js__WEBPACK_IMPORTED_MODULE_4__/* .layerDiskBytes */ ._n)(listing) : row.sizeBytes,
            ...(listing ? { entries: listing.length } : {}),
            ...(blob ? { blob } : {})
        });
    }
    return facts;
}
/**
 * The engine's report with each layer's exact bytes in place of the engine's own figure
 * (kept beside it, labelled): rows that made no layer hold 0, the total is the sum of the
 * layers, and the engine's numbers move to `engine`. The stored blobs' sizes are the pull
 * sizes. A layer without facts keeps the engine's figure, with a warning that says so.
 */
function withMeasuredLayers(report, store, facts) {
    const warnings = [...report.warnings];
    const unmeasured = [];
    const layers = report.layers.map((row) => {
        const engineSizeBytes = row.sizeBytes;
        if (row.empty)
            return { ...row, sizeBytes: 0, engineSizeBytes };
        const known = row.diffId ? facts.get(row.diffId) : undefined;
        if (!known) {
            unmeasured.push(row.index);
            return { ...row, engineSizeBytes };
        }
        const out = {
            ...row,
            sizeBytes: known.sizeBytes,
            engineSizeBytes
        };
        if (known.blob && out.compressedBytes === undefined)
            out.compressedBytes = known.blob.sizeBytes;
        return out;
    });
    if (unmeasured.length > 0) {
        warnings.push(`the layers of rows ${unmeasured.join(', ')} could not be measured; their sizes are the engine's (${store} store), not content bytes`);
    }
    const filesystem = layers.filter((row) => !row.empty);
    const compressed = filesystem.every((row) => row.compressedBytes !== undefined) &&
        filesystem.length > 0;
    const result = {
        ...report,
        image: { ...report.image, store },
        totalBytes: layers.reduce((sum, row) => sum + row.sizeBytes, 0),
        layers,
        warnings,
        engine: {
            store,
            sizeBytes: report.layers.reduce((sum, row) => sum + row.sizeBytes, 0),
            totalBytes: report.totalBytes
        }
    };
    if (compressed && result.totalCompressedBytes === undefined)
        result.totalCompressedBytes = filesystem.reduce((sum, row) => sum + row.compressedBytes, 0);
    return result;
}


/***/ })

};
