export const id = 676;
export const ids = [676];
export const modules = {

/***/ 4676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILD_FLAGS: () => (/* binding */ BUILD_FLAGS),
  imageSpecFromFlags: () => (/* binding */ imageSpecFromFlags),
  parseUnits: () => (/* binding */ parseUnits),
  runAnalyze: () => (/* binding */ runAnalyze)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/image/build-args.ts
var build_args = __webpack_require__(4483);
// EXTERNAL MODULE: ./src/image/resolve.ts
var resolve = __webpack_require__(7317);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __webpack_require__(313);
// EXTERNAL MODULE: ./src/report/line.ts
var report_line = __webpack_require__(8350);
// EXTERNAL MODULE: ./src/report/units.ts
var report_units = __webpack_require__(7885);
;// CONCATENATED MODULE: ./src/report/text.ts
// Renders an ImageReport as the terminal table of `analyze`: index, size, share of the
// total with a small bar, and the instruction cut to the terminal width; then the file
// analysis (hints in report/describe.ts's words).



const BAR_WIDTH = 10;
function bar(share, width = BAR_WIDTH) {
    const eighths = Math.round(Math.max(0, Math.min(1, share)) * width * 8);
    const full = Math.floor(eighths / 8);
    const partial = eighths % 8;
    const blocks = ' ▏▎▍▌▋▊▉';
    return ('█'.repeat(full) + (partial ? blocks[partial] : '')).padEnd(width, ' ');
}
function renderLayerTable(report, options = {}) {
    const units = options.units ?? 'si';
    const width = Math.max(60, options.width ?? 100);
    const header = ['#', 'size', 'share', ''];
    const rows = report.layers.map((layer) => {
        const share = report.totalBytes > 0 ? layer.sizeBytes / report.totalBytes : 0;
        return [
            String(layer.index),
            layer.empty ? '—' : (0,report_units/* formatBytes */.z)(layer.sizeBytes, units),
            layer.empty
                ? ''
                : `${(share * 100).toFixed(1).padStart(5)}% ${bar(share)}`,
            (0,describe/* layerCell */.wM)(layer)
        ];
    });
    const indexWidth = Math.max(1, ...rows.map((r) => r[0].length));
    const sizeWidth = Math.max(4, ...rows.map((r) => r[1].length));
    const shareWidth = 6 + 1 + BAR_WIDTH;
    const instructionWidth = width - indexWidth - sizeWidth - shareWidth - 6;
    const line = (r) => `${r[0].padStart(indexWidth)}  ${r[1].padStart(sizeWidth)}  ${r[2].padEnd(shareWidth)}  ${(0,report_line/* cutLine */.Hh)(r[3], instructionWidth)}`.trimEnd();
    const layerCount = report.layers.filter((l) => !l.empty).length;
    const out = [
        `${report.image.ref}  ${report.image.id.replace(/^sha256:/, '').slice(0, 12)}${report.image.platform ? `  ${report.image.platform}` : ''}`,
        line(header),
        ...rows.map(line),
        `total ${(0,report_units/* formatBytes */.z)(report.totalBytes, units)} (${report.totalBytes} bytes) in ${layerCount} layer${layerCount === 1 ? '' : 's'}`
    ];
    for (const warning of report.warnings)
        out.push(`warning: ${warning}`);
    return out.join('\n');
}
/** The file analysis under the table: what can be reclaimed, the largest hidden copies, the hints, dive's figures. */
function renderFilesSection(files, options = {}) {
    const units = options.units ?? 'si';
    const width = Math.max(60, options.width ?? 100);
    const percent = (ratio) => `${(ratio * 100).toFixed(1)}%`;
    const out = [
        `reclaimable ${(0,report_units/* formatBytes */.z)(files.reclaimableBytes, units)} (${files.reclaimableBytes} bytes) in ${files.itemCount} hidden file cop${files.itemCount === 1 ? 'y' : 'ies'}; efficiency ${percent(files.efficiency)}`
    ];
    const items = files.items.slice(0, options.maxItems ?? 10);
    if (items.length > 0) {
        out.push('largest hidden copies:');
        const sizes = items.map((item) => (0,report_units/* formatBytes */.z)(item.bytes, units));
        const sizeWidth = Math.max(...sizes.map((s) => s.length));
        items.forEach((item, i) => {
            const fate = item.removedIn !== undefined
                ? `removed in #${item.removedIn}`
                : `replaced in #${item.replacedIn}`;
            const tail = `  (added in #${item.addedIn}, ${fate})`;
            out.push(`  ${sizes[i].padStart(sizeWidth)}  ${(0,report_line/* cutLine */.Hh)(item.path, width - sizeWidth - tail.length - 4)}${tail}`);
        });
        if (files.itemCount > items.length)
            out.push(`  … and ${files.itemCount - items.length} more`);
    }
    if (files.hints.length > 0) {
        out.push('hints:');
        for (const hint of files.hints)
            out.push(`  ${hint.kind.padEnd(14)} ${(0,report_units/* formatBytes */.z)(hint.bytes, units).padStart(9)}  ${(0,describe/* describeHint */.lS)(hint, units, options.layers)}`);
    }
    const dive = files.dive;
    out.push(`dive: efficiency ${dive.efficiency}, wasted ${(0,report_units/* formatBytes */.z)(dive.wastedBytes, units)} (${dive.wastedBytes} bytes), user wasted ${dive.userWastedPercent === null ? 'n/a' : percent(dive.userWastedPercent)}`);
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/messages.ts
var messages = __webpack_require__(4279);
;// CONCATENATED MODULE: ./src/cli/analyze.ts
// `image-size-budget analyze`: the layer report of one image, as a table or JSON.







const BUILD_FLAGS = {
    context: { type: 'string' },
    dockerfile: { type: 'string' },
    target: { type: 'string' },
    'build-arg': { type: 'string', multiple: true },
    platform: { type: 'string' },
    network: { type: 'string' }
};
function parseUnits(value) {
    if (value === undefined || value === 'si' || value === 'iec')
        return value ?? 'si';
    throw new errors/* InputError */.dz({
        input: '--units',
        problem: `--units must be "si" or "iec", not ${(0,messages/* quote */.hD)(value)}`,
        fix: 'give si (1000-based, as docker prints sizes) or iec (1024-based)'
    });
}
/** An ImageSpec from the image positional and the build flags; a build needs --context or --dockerfile. */
function imageSpecFromFlags(ref, values) {
    const context = values.context;
    const dockerfile = values.dockerfile;
    if (context === undefined && dockerfile === undefined) {
        for (const flag of ['target', 'build-arg', 'platform', 'network']) {
            if (values[flag] !== undefined)
                throw new errors/* InputError */.dz({
                    input: `--${flag}`,
                    problem: `--${flag} is a build flag`,
                    fix: 'give --context (and --dockerfile) to build'
                });
        }
        return { ref };
    }
    return {
        ref,
        build: {
            context: context ?? '.',
            dockerfile,
            target: values.target,
            buildArgs: (0,build_args/* parseBuildArgs */.N)(values['build-arg'] ?? []),
            platform: values.platform,
            network: values.network
        }
    };
}
async function runAnalyze(args, io) {
    const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('analyze', args, {
        json: { type: 'boolean' },
        units: { type: 'string' },
        files: { type: 'boolean' },
        archive: { type: 'string' },
        'dive-ci': { type: 'string' },
        source: { type: 'string' },
        compressed: { type: 'boolean' },
        uncompressed: { type: 'boolean' },
        'insecure-registry': { type: 'string', multiple: true },
        ...BUILD_FLAGS
    });
    if (positionals.length > 1)
        throw new errors/* InputError */.dz({
            input: 'analyze',
            problem: `analyze takes one image ref, got ${positionals.length}: ${positionals.join(' ')}`,
            fix: 'Run "image-size-budget --help" for usage of analyze.'
        });
    const units = parseUnits(values.units);
    // Read the rules before any image work, so that a bad .dive-ci fails fast. Loaded on
    // demand: the YAML parser is not needed otherwise.
    const diveRules = values['dive-ci'] !== undefined
        ? await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(428)]).then(__webpack_require__.bind(__webpack_require__, 7428))).loadDiveCi(values['dive-ci'])
        : undefined;
    const source = (0,command/* parseSource */.PJ)(values.source);
    if (source === 'docker' &&
        (values.uncompressed || values['insecure-registry'] !== undefined)) {
        throw new errors/* InputError */.dz({
            input: `--${values.uncompressed ? 'uncompressed' : 'insecure-registry'}`,
            problem: `--${values.uncompressed ? 'uncompressed' : 'insecure-registry'} applies to --source registry`
        });
    }
    let request;
    if (source === 'registry') {
        // Read from the registry without pulling: compressed sizes always, uncompressed only by streaming the layers.
        if (positionals.length !== 1)
            throw new errors/* InputError */.dz({
                input: '--source',
                problem: '--source registry needs one image ref',
                fix: 'e.g. "analyze ghcr.io/org/app:pr-1 --source registry"'
            });
        if (values.context !== undefined ||
            values.dockerfile !== undefined ||
            values.archive !== undefined) {
            throw new errors/* InputError */.dz({
                input: '--source',
                problem: '--source registry reads a pushed image',
                fix: 'give no --context, --dockerfile or --archive with it'
            });
        }
        if (values.files || values['dive-ci'] !== undefined)
            throw new errors/* InputError */.dz({
                input: values.files ? '--files' : '--dive-ci',
                problem: '--files and --dive-ci need the layer files from the engine or an archive',
                fix: 'with --source registry use --uncompressed for exact layer sizes'
            });
        request = {
            ref: positionals[0],
            source,
            uncompressed: values.uncompressed,
            insecureRegistries: values['insecure-registry']
        };
    }
    else if (values.archive !== undefined) {
        // An archive holds its own image: no engine needed, and the file analysis comes with it.
        if (positionals.length > 0 ||
            values.context !== undefined ||
            values.dockerfile !== undefined) {
            throw new errors/* InputError */.dz({
                input: '--archive',
                problem: '--archive reads the image from the archive',
                fix: 'give no image ref or build flags with it'
            });
        }
        request = { archive: values.archive };
    }
    else {
        request = imageSpecFromFlags(positionals[0], values);
        if (!request.ref && !request.build)
            throw new errors/* InputError */.dz({
                input: 'analyze',
                problem: 'analyze needs an image ref',
                fix: 'e.g. "analyze app:pr"; or --archive PATH, or --context to build one'
            });
    }
    // Each source's reader, and the analysis, load when used: `analyze --archive` needs no
    // engine or registry code (start-up counts, bench/files.mjs).
    const loaded = await (0,resolve/* readImage */.AM)((0,resolve/* chooseSource */.LV)(request), {
        platform: values.platform,
        files: values.files || values['dive-ci'] !== undefined,
        compressed: values.compressed
    });
    const report = loaded.archive
        ? (await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 8975))).analyzeImage(loaded)
        : loaded.report;
    let violations;
    if (diveRules && report.files)
        violations = (await __webpack_require__.e(/* import() */ 647).then(__webpack_require__.bind(__webpack_require__, 8647))).evaluateDiveCi(report.files.dive, diveRules, report.image.ref);
    if (values.json)
        io.stdout(JSON.stringify((0,describe/* withMessages */.$z)(violations ? { ...report, violations } : report, units), null, 2));
    else {
        const width = process.stdout.columns || 100;
        const parts = [renderLayerTable(report, { units, width })];
        if (report.files)
            parts.push(renderFilesSection(report.files, {
                units,
                width,
                layers: report.layers
            }));
        if (violations?.length)
            parts.push(violations
                .map((violation) => `✗ ${(0,describe/* describeViolation */.L6)(violation, units, report)}`)
                .join('\n'));
        io.stdout(parts.join('\n\n'));
    }
    return violations && violations.length > 0 ? command/* EXIT_OVER_BUDGET */.G_ : command/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 4483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseBuildArgs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4279);
// Build args as the CLI flags and the action's multi-line input give them (`K=V`), apart
// from build.ts so that parsing flags loads no docker code.


/** Parses `K=V` build-arg strings (CLI flags, or the action's multi-line input). */
function parseBuildArgs(items) {
    const args = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`build arg ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(item)} is not of the form KEY=VALUE`);
        args[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return args;
}


/***/ }),

/***/ 7317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ readImage),
/* harmony export */   LV: () => (/* binding */ chooseSource)
/* harmony export */ });
/* unused harmony export DEFAULT_BUILD_TAG */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Where an image comes from, behind one interface (as dive's image/resolver.go): a source
// names its kind (an image in the engine, a Dockerfile built into it, an archive on disk, a
// registry read without pulling) and what that kind needs; `readImage` hands it to that
// kind's reader, and every reader yields a LoadedImage: the report, and the layers listed
// when the files were read. Both front ends (cli/analyze, check/check-image) choose with
// `chooseSource` and read here; the file analysis is theirs to call (src/analysis/image.ts).
// Each reader is imported when used: `analyze --archive` loads no engine or registry code
// (start-up counts, bench/files.mjs).

/** The tag a build gets when no ref names it. */
const DEFAULT_BUILD_TAG = 'image-size-budget:local';
/** The one order of precedence: an archive, else a build, else the registry when asked, else the engine. */
function chooseSource(request) {
    if (request.archive !== undefined)
        return { kind: 'archive', path: request.archive };
    if (request.build)
        return {
            kind: 'build',
            ref: request.ref || DEFAULT_BUILD_TAG,
            build: request.build
        };
    if (!request.ref)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('no image given: name an image ref, or a Dockerfile and context to build');
    if (request.source === 'registry')
        return {
            kind: 'registry',
            ref: request.ref,
            uncompressed: request.uncompressed,
            insecureRegistries: request.insecureRegistries
        };
    return { kind: 'engine', ref: request.ref };
}
/** The image from its source, by that kind's reader. */
async function readImage(source, options = {}) {
    switch (source.kind) {
        case 'engine':
        case 'build': {
            const { loadImage } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(722), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 372));
            const loaded = await loadImage(source.ref, {
                build: source.kind === 'build' ? source.build : undefined,
                files: options.files
            });
            if (!options.compressed)
                return loaded;
            const { addEngineCompressedSizes } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(445), __webpack_require__.e(985)]).then(__webpack_require__.bind(__webpack_require__, 6445));
            return {
                ...loaded,
                report: await addEngineCompressedSizes(loaded.report)
            };
        }
        case 'archive': {
            const { readArchiveImage } = await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(77), __webpack_require__.e(423), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 4200));
            const archive = await readArchiveImage(source.path, {
                platform: options.platform,
                ref: source.ref
            });
            return { report: archive.report, archive };
        }
        case 'registry': {
            const { readRegistryImage } = await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(77), __webpack_require__.e(731), __webpack_require__.e(137)]).then(__webpack_require__.bind(__webpack_require__, 731));
            return {
                report: await readRegistryImage(source.ref, {
                    platform: options.platform,
                    uncompressed: source.uncompressed,
                    insecureRegistries: source.insecureRegistries
                })
            };
        }
    }
}


/***/ }),

/***/ 313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ withMessages),
/* harmony export */   L6: () => (/* binding */ describeViolation),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Sq: () => (/* binding */ signedBytes),
/* harmony export */   Vq: () => (/* binding */ violationFinding),
/* harmony export */   bn: () => (/* binding */ budgetPhrase),
/* harmony export */   g3: () => (/* binding */ changePhrase),
/* harmony export */   lS: () => (/* binding */ describeHint),
/* harmony export */   ly: () => (/* binding */ STATUS_WORDS),
/* harmony export */   pp: () => (/* binding */ describeBaselineFrom),
/* harmony export */   ru: () => (/* binding */ violationFix),
/* harmony export */   uQ: () => (/* binding */ describeChange),
/* harmony export */   wM: () => (/* binding */ layerCell)
/* harmony export */ });
/* unused harmony exports BASE_LAYER, percentChange, layerWords */
/* harmony import */ var _line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7885);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7804);
// Every sentence the reports say about a finding, in one place: budget violations with
// their fix, file-analysis hints, changes against the base, where a baseline came from.
// Findings are data (numbers, indexes, kinds: see model/report.ts); the text, markdown,
// comment, log and audit renderers all describe them here, in the one unit system of
// the run, so a report never says the same thing two ways. The sentences are plain text:
// a markdown renderer escapes them (they quote instructions, which a PR author writes).



/** What a row with neither an instruction nor a history comment is: a layer of the base image. */
const BASE_LAYER = 'base image layer';
/** Instruction text in a sentence is cut to this many characters (a hint names two rows: 70). */
const SENTENCE_TEXT = 80;
const HINT_TEXT = 70;
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
/** `+67.1 MB`, `-524 kB`, `0 B`. */
function signedBytes(bytes, units) {
    return `${bytes > 0 ? '+' : ''}${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(bytes, units)}`;
}
/** `+2675.3%`, `-<0.1%`; undefined when there is no base to take a percent of. */
function percentChange(deltaBytes, baseBytes) {
    if (baseBytes <= 0)
        return undefined;
    const value = (deltaBytes / baseBytes) * 100;
    if (deltaBytes !== 0 && Math.abs(value) < 0.05)
        return deltaBytes > 0 ? '+<0.1%' : '-<0.1%';
    return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}
/** `▲ +67.1 MB (+2680.2%)`, `▼ -1.20 MB (-3.4%)`, or `no change`. */
function changePhrase(deltaBytes, baseBytes, units) {
    if (deltaBytes === 0)
        return 'no change';
    const pct = percentChange(deltaBytes, baseBytes);
    return `${deltaBytes > 0 ? '▲' : '▼'} ${signedBytes(deltaBytes, units)}${pct ? ` (${pct})` : ''}`;
}
/** What made a row, in words: its instruction, else its history comment, else BASE_LAYER. */
function layerWords(row) {
    return row.createdBy || row.comment || BASE_LAYER;
}
/** A row's text for a table cell: the instruction, else the comment or BASE_LAYER in parentheses. */
function layerCell(row) {
    return row.createdBy || `(${layerWords(row)})`;
}
/** What a row of a comparison is, for a table or a log line: a merge or split says which rows became which. */
function describeChange(change) {
    const sideText = (side) => side.createdBy || side.instruction || `(${BASE_LAYER})`;
    const names = (rows) => {
        const each = rows.map((row) => `${row.instruction || 'layer'} ${row.index}`);
        return each.length > 1
            ? `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`
            : each.join('');
    };
    if (change.mergedBase)
        return `base ${names(change.mergedBase)} merged: ${sideText((0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSide */ .s4)(change))}`;
    if (change.splitHead)
        return `base ${names((0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .baseRows */ .t2)(change))} split into ${names(change.splitHead)}: ${sideText(change.splitHead[0])}`;
    return sideText((0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSide */ .s4)(change));
}
const STATUS_WORDS = {
    added: '➕ added',
    removed: '➖ removed',
    grew: '▲ grew',
    shrank: '▼ shrank',
    unchanged: 'unchanged'
};
/** `✅ within the 50.0 MB budget`, `❌ over the 50.0 MB budget`, `❌ 2 budget rules broken`, `no budget set`. */
function budgetPhrase(image, violations, units) {
    const limit = image.budget?.totalBytes;
    const failing = image.status === 'fail' || violations.length > 0;
    if (limit !== undefined) {
        if (!failing)
            return `✅ within the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(limit, units)} budget`;
        if (image.totalBytes > limit)
            return `❌ over the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(limit, units)} budget`;
        return `❌ ${plural(violations.length, 'budget rule')} broken (total within ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(limit, units)})`;
    }
    if (failing)
        return `❌ ${plural(violations.length, 'budget rule')} broken`;
    return image.budget ? '✅ within budget' : 'no budget set';
}
function rowAt(layers, index) {
    if (!layers)
        return undefined;
    return layers[index]?.index === index
        ? layers[index]
        : layers.find((row) => row.index === index);
}
/** `layer 3 (RUN apt-get install …)`; `word` is `row` where the hints name history rows. */
function nameLayer(index, row, word = 'layer', width = SENTENCE_TEXT) {
    if (!row)
        return `${word} ${index}`;
    return `${word} ${index} (${(0,_line_js__WEBPACK_IMPORTED_MODULE_2__/* .cutLine */ .Hh)(layerWords(row), width)})`;
}
/** Two sizes that may print alike when rounded (64.0 MiB over 64.0 MiB): then the exact bytes. */
function over(actual, limit, units) {
    let [a, l] = [(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(actual, units), (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(limit, units)];
    if (a === l)
        [a, l] = [`${actual} bytes`, `${limit}-byte`];
    return `${a}, over the ${l} limit by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(actual - limit, units)}`;
}
/** A size that may print alike beside another: with its exact bytes then. */
function bytesBeside(bytes, other, units) {
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(bytes, units) === (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(other, units)
        ? `${bytes} bytes`
        : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(bytes, units);
}
const percentText = (value) => `${Number(value.toFixed(2))}%`;
const ratioPercent = (ratio) => `${(ratio * 100).toFixed(1)}%`;
const number = (value) => Number.isFinite(value) ? String(value) : 'n/a';
/** What to do about each kind of broken budget: said once, after the finding. */
const FIX = {
    total: 'Shrink the image, starting with its largest layers or the layers that grew, or raise the total budget if the size is intended.',
    layer: 'Make this layer smaller: delete caches and build files in the same RUN that creates them, or build in a separate stage and copy only the result.',
    rule: 'Make this layer smaller (delete caches and build files in the same RUN that creates them, or build in a separate stage and copy only the result), or adjust the rule in the budget file if the size is intended.',
    layers: 'Merge consecutive RUN steps, or use a multi-stage build, to have fewer layers.',
    growth: 'Look at the layers that grew, or raise the growth budget if the growth is intended.',
    reclaimable: 'Files added and then deleted or overwritten in a later layer still ship: delete them in the same RUN that adds them (see the hints).',
    efficiency: 'Too many bytes are hidden by later layers: delete temporary files in the same RUN that creates them (see the hints).',
    compressed: 'Shrink the largest layers, or raise the compressed budget if the pull size is intended.',
    dive: "dive's CI thresholds are broken: see the hints for the files that waste space."
};
/** What to do about a violation, one sentence. */
function violationFix(violation) {
    return FIX[violation.rule] ?? '';
}
/** What is broken, with the figures, in `units`: the violation without its fix. */
function violationFinding(violation, units, context = {}) {
    const { image, limitBytes: limit, actualBytes: actual } = violation;
    const layer = violation.layer
        ? nameLayer(violation.layer.index, rowAt(context.layers, violation.layer.index) ?? violation.layer)
        : 'a layer';
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(value, units);
    switch (violation.rule) {
        case 'total':
            return `${image} is ${over(actual, limit, units)}`;
        case 'layers':
            return `${image} has ${actual} layers, over the limit of ${limit}`;
        case 'rule':
            return `${layer} is ${over(actual, limit, units)} for "${violation.match ?? ''}"`;
        case 'layer':
            return `${layer} is ${over(actual, limit, units)} for any single layer`;
        case 'reclaimable':
            return `${image}: ${bytesBeside(actual, limit, units)} could be reclaimed (files deleted or replaced by later layers), over the budget of ${bytesBeside(limit, actual, units)}`;
        case 'efficiency':
            return `${image}: layer efficiency ${ratioPercent(actual)} is below the budget of ${ratioPercent(limit)}`;
        case 'compressed':
            return violation.detail === 'layer'
                ? `${image}: ${layer} is ${bytesBeside(actual, limit, units)} compressed, over the per-layer budget of ${bytesBeside(limit, actual, units)}`
                : `${image}: compressed size ${bytesBeside(actual, limit, units)} is over the budget of ${bytesBeside(limit, actual, units)} (by ${bytes(actual - limit)})`;
        case 'dive':
            switch (violation.detail) {
                case 'highestWastedBytes':
                    return `${image}: dive wasted bytes ${bytesBeside(actual, limit, units)} exceed highestWastedBytes ${bytesBeside(limit, actual, units)}`;
                case 'highestUserWastedPercent':
                    return `${image}: dive user-wasted percent ${number(actual)} exceeds highestUserWastedPercent ${number(limit)}`;
                default:
                    return `${image}: dive efficiency ${number(actual)} is below lowestEfficiency ${number(limit)}`;
            }
        case 'growth':
            return growthFinding(violation, units, context, layer);
        default:
            return `${image}: ${bytes(actual)} is over the limit of ${bytes(limit)}`;
    }
}
function growthFinding(violation, units, context, layer) {
    const { image, limitBytes: limit, actualBytes: actual } = violation;
    const base = context.comparison?.base;
    const against = base
        ? ` against the baseline ${(0,_line_js__WEBPACK_IMPORTED_MODULE_2__/* .cutLine */ .Hh)(base.ref, SENTENCE_TEXT)} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(base.totalBytes, units)})`
        : '';
    if (violation.detail === 'layer') {
        const index = violation.layer?.index;
        const change = context.comparison?.layers.find((candidate) => candidate.head?.index === index);
        const verb = change && !change.base
            ? `was added with ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(actual, units)}`
            : `grew by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(actual, units)}`;
        return `${image}: ${layer} ${verb}, more than the per-layer growth budget of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(limit, units)}`;
    }
    if (violation.detail === 'percent') {
        const actualPercent = violation.actualPercent ??
            (base && base.totalBytes > 0
                ? (actual / base.totalBytes) * 100
                : undefined);
        const grew = actualPercent !== undefined
            ? `${percentText(actualPercent)} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(actual, units)})`
            : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(actual, units);
        const budget = violation.limitPercent !== undefined
            ? percentText(violation.limitPercent)
            : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(limit, units);
        return `${image} grew by ${grew}${against}, more than the growth budget of ${budget}`;
    }
    return `${image} grew by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(actual, units)}${against}, more than the growth budget of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(limit, units)}`;
}
/** A violation in one sentence and its fix: the JSON report's `message`, the log, the CLI, annotations. */
function describeViolation(violation, units, context = {}) {
    const fix = violationFix(violation);
    return `${violationFinding(violation, units, context)}.${fix ? ` ${fix}` : ''}`;
}
/** Each package cache: what it is and how to clean it up in the same RUN. */
const PACKAGE_CACHES = {
    'apt-lists': {
        label: 'apt package lists',
        cleanup: '`&& rm -rf /var/lib/apt/lists/*`'
    },
    'apt-archives': {
        label: 'apt downloaded packages',
        cleanup: '`&& apt-get clean`'
    },
    apk: {
        label: 'apk cache',
        cleanup: '`apk add --no-cache` (or `&& rm -rf /var/cache/apk/*`)'
    },
    pip: {
        label: 'pip cache',
        cleanup: '`pip install --no-cache-dir` (or `&& rm -rf ~/.cache/pip`)'
    },
    npm: { label: 'npm cache', cleanup: '`&& npm cache clean --force`' },
    yarn: { label: 'yarn cache', cleanup: '`&& yarn cache clean`' },
    'go-build': {
        label: 'Go build cache',
        cleanup: '`&& go clean -cache` (or a `RUN --mount=type=cache,target=/root/.cache/go-build`)'
    }
};
/** A file-analysis hint in one sentence with its fix, in `units`; `layers` (the image's rows) names the steps. */
function describeHint(hint, units, layers) {
    const row = (index) => index === undefined
        ? 'a row'
        : nameLayer(index, rowAt(layers, index), 'row', HINT_TEXT);
    const [addedIndex, hiddenIndex] = hint.layers;
    const added = row(addedIndex);
    const hider = row(hiddenIndex);
    const files = hint.files ?? 0;
    const what = `${plural(files, 'file')} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(hint.bytes, units)})`;
    let sentence;
    switch (hint.kind) {
        case 'deleted-later':
            sentence = `${hider} deletes ${what} that ${added} added; the bytes stay in row ${addedIndex}'s layer. Add and delete them in one RUN, or build in a separate stage and COPY only the result.`;
            break;
        case 'metadata-copy':
            sentence = `${hider} only changes the mode or owner of ${what} from ${added}, which copies them whole into a new layer. Use COPY --chmod/--chown, or set modes and owners in the step that creates them.`;
            break;
        case 'replaced-later':
            sentence = `${hider} overwrites ${what} that ${added} added; the old copies stay in row ${addedIndex}'s layer. Write the final version once, in one step.`;
            break;
        case 'package-cache': {
            const cache = hint.cache ? PACKAGE_CACHES[hint.cache] : undefined;
            sentence = cache
                ? `${added} leaves ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(hint.bytes, units)} of ${cache.label} (${plural(files, 'file')}) in the image. Clean up in the same RUN: ${cache.cleanup}.`
                : `${added} leaves ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(hint.bytes, units)} of a package cache (${plural(files, 'file')}) in the image. Clean it up in the same RUN.`;
            break;
        }
        default:
            sentence = `${what} in ${hint.layers.map((index) => `row ${index}`).join(' and ') || 'the image'} could be saved.`;
    }
    return hint.base ? `(base image) ${sentence}` : sentence;
}
/** "baseline: main @ abc1234, 3 commits before the merge-base": where the baseline came from, so a reviewer knows when it is not exact. */
function describeBaselineFrom(from) {
    const at = from.commit
        ? `${from.branch ? `${from.branch} ` : ''}@ ${from.commit.slice(0, 7)}`
        : (from.branch ?? '');
    switch (from.kind) {
        case 'artifact': {
            const n = from.commitsBeforeMergeBase ?? 0;
            return `baseline: ${at}, ${n === 0 ? 'the merge-base' : `${plural(n, 'commit')} before the merge-base`}${from.runId !== undefined ? `, from the report of run ${from.runId}` : ''}`;
        }
        case 'build':
            return `baseline: ${at}, built at the merge-base`;
        case 'image':
            return `baseline: the image ${from.ref ?? ''}`;
        case 'report':
            return `baseline: the report ${from.ref ?? ''}`;
    }
}
/**
 * The JSON report's `message` fields, written from the data in the run's units: every
 * violation's and every hint's. Where a report is assembled (check, analyze --json);
 * renderers do not read them.
 */
function withMessages(report, units) {
    const out = { ...report };
    if (report.violations)
        out.violations = report.violations.map((violation) => ({
            ...violation,
            message: describeViolation(violation, units, report)
        }));
    if (report.files)
        out.files = {
            ...report.files,
            hints: report.files.hints.map((hint) => ({
                ...hint,
                message: describeHint(hint, units, report.layers)
            }))
        };
    return out;
}


/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ cutLine)
/* harmony export */ });
/* unused harmony exports cut, oneLine */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
// Text from an image or a report file (instructions, names, refs, notes), made fit for one
// line of plain output: `oneLine` takes out control characters and line breaks (a log line
// that starts with `::` would be a workflow command), `cut` shortens to a width. The one
// place text is cut: markdown escapes the result (report/markdown.ts).

/** Cuts to `width` characters (code points, so no surrogate pair is split), ending in `…` when cut. */
function cut(text, width) {
    const chars = Array.from(text);
    if (chars.length <= width)
        return text;
    if (width <= 1)
        return chars.slice(0, Math.max(0, width)).join('');
    return `${chars.slice(0, width - 1).join('')}…`;
}
/** Untrusted text on one line: no control characters, line breaks become one space. */
function oneLine(text) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControls */ .$Y)(text).replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' ');
}
/** Untrusted text on one line, cut to `width`. */
function cutLine(text, width) {
    return cut(oneLine(text), width);
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* unused harmony export fencedCode */
// Makes untrusted text safe in GitHub markdown. Every piece of text that comes from an
// image or a report file (instructions are written by whoever wrote the Dockerfile, often
// a PR author) goes through escapeMarkdown (or fencedCode, for whole text in a code block)
// before a markdown renderer (comment.ts, audit.ts) shows it.
/**
 * Characters that must never reach a comment from untrusted text: C0/C1 controls other
 * than tab and line endings (a lone CR ends a markdown line and would break a table row),
 * and the bidirectional overrides/isolates that make text read differently from what it
 * is ("Trojan Source").
 */
const UNSAFE_CONTROLS = 
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Removes control and bidi-override characters; keeps tab and line endings. */
function stripControls(text) {
    return text.replace(UNSAFE_CONTROLS, '');
}
/** U+2060 WORD JOINER: invisible, and it breaks the patterns GitHub links (`@user`, `#1`, `http://`, `www.`). */
const WJ = '\u2060';
/**
 * Makes untrusted text inert in GitHub markdown, for table cells and prose, on one line:
 * line endings become spaces (a table row or a list item cannot be broken out of), HTML
 * is entity-encoded (no tag renders, `<img onerror>` included), markdown punctuation is
 * backslash-escaped (no links, images, emphasis, code, math or table breaks), and a word
 * joiner after `@`, `#`, `GH-`, `://` and `www` stops mentions, issue references and
 * autolinks, so nothing notifies anyone or links anywhere.
 */
function escapeMarkdown(text) {
    return stripControls(text)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()|!~$])/g, '\\$1')
        .replace(/^([-+=]|\d+(?=[.)]))/, (lead) => /^\d/.test(lead) ? `${lead}\\` : `\\${lead}`)
        .replace(/@/g, `@${WJ}`)
        .replace(/#/g, `#${WJ}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1${WJ}-`)
        .replace(/:\/\//g, `:${WJ}//`)
        .replace(/\b(www)\./gi, `$1${WJ}.`);
}
/**
 * A fenced code block holding `text` verbatim. GitHub renders nothing inside a code
 * block: no HTML, no links, and its pipeline skips text under <pre>/<code> when it looks
 * for @mentions and #references (html-pipeline's IGNORE_PARENTS). The one way out of a
 * fence is a closing fence, so the fence is longer than any backtick run in the text.
 */
function fencedCode(text, info = '') {
    const body = stripControls(text).replace(/\r\n|\r|\u2028|\u2029/g, '\n');
    const longestRun = (body.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${info}\n${body}\n${fence}`;
}


/***/ }),

/***/ 2947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ violationsOf),
/* harmony export */   VV: () => (/* binding */ orphanViolations),
/* harmony export */   zj: () => (/* binding */ runTotals)
/* harmony export */ });
/* unused harmony export isFailingImage */
// The figures of a whole run, shared by the renderers and the action's outputs
// (total-bytes, delta-bytes, baseline-total-bytes), and which violations belong to
// which image of a run.
/** An image's violations: its own, or (a merged report from older files) the run's that name it. */
function violationsOf(run, image) {
    if (image.violations.length > 0)
        return image.violations;
    return run.violations.filter((violation) => violation.image === image.name);
}
/** Run-level violations that name no image of the run (a merged report can hold such). */
function orphanViolations(run) {
    const names = new Set(run.images.map((image) => image.name));
    return run.violations.filter((violation) => !names.has(violation.image));
}
function isFailingImage(run, image) {
    return image.status === 'fail' || violationsOf(run, image).length > 0;
}
function runTotals(run) {
    let deltaBytes = null;
    let baselineTotalBytes = null;
    for (const image of run.images) {
        if (!image.comparison)
            continue;
        deltaBytes = (deltaBytes ?? 0) + image.comparison.totalDeltaBytes;
        baselineTotalBytes =
            (baselineTotalBytes ?? 0) + image.comparison.base.totalBytes;
    }
    return {
        totalBytes: run.images.reduce((sum, image) => sum + image.totalBytes, 0),
        deltaBytes,
        baselineTotalBytes,
        imageCount: run.images.length,
        comparedImages: run.images.filter((image) => image.comparison).length,
        failingImages: run.images.filter((image) => isFailingImage(run, image))
            .length
    };
}


/***/ }),

/***/ 7885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export unitScale */
// Formats byte counts for people. Only renderers call this; reports keep exact bytes.
const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** The unit names of a system, from bytes up, and the step between them. */
function unitScale(units) {
    return units === 'iec'
        ? { names: IEC_UNITS, base: 1024 }
        : { names: SI_UNITS, base: 1000 };
}
/** `67108864` → `67.1 MB` (si, 1000-based, as docker prints) or `64.0 MiB` (iec). Negative values keep their sign. */
function formatBytes(bytes, units = 'si') {
    const { names, base } = unitScale(units);
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= base && unit < names.length - 1) {
        value /= base;
        unit++;
    }
    const digits = unit === 0 ? 0 : value >= 100 ? 0 : value >= 10 ? 1 : 2;
    return `${sign}${value.toFixed(digits)} ${names[unit]}`;
}


/***/ }),

/***/ 7804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t2: () => (/* binding */ baseRows),
  kK: () => (/* binding */ buildView),
  pG: () => (/* binding */ changeLabel),
  s4: () => (/* binding */ changeSide),
  yZ: () => (/* binding */ headRows),
  mK: () => (/* binding */ splitChanges),
  jO: () => (/* binding */ sumBytes)
});

// UNUSED EXPORTS: HINTS_SHOWN

// EXTERNAL MODULE: ./src/report/totals.ts
var totals = __webpack_require__(2947);
;// CONCATENATED MODULE: ./src/report/when-to-comment.ts
// When a run writes (or updates) its PR comment: the comment modes, and what counts as a
// change against the base (the min-change floor).
/** A layer change beyond the min-change floor. Below it a change is reported exactly but counts as unchanged. */
function isSignificantChange(change, minChangeBytes) {
    return (change.status !== 'unchanged' &&
        change.deltaBytes !== 0 &&
        Math.abs(change.deltaBytes) >= minChangeBytes);
}
/** True when some image's total or some layer changed beyond min-change. Without a baseline nothing "changed". */
function hasChanges(run) {
    return run.images.some((image) => {
        const comparison = image.comparison;
        if (!comparison)
            return false;
        const floor = Math.max(1, comparison.minChangeBytes);
        return (Math.abs(comparison.totalDeltaBytes) >= floor ||
            comparison.layers.some((change) => isSignificantChange(change, comparison.minChangeBytes)));
    });
}
function isFailing(run) {
    return (run.status === 'fail' ||
        run.violations.length > 0 ||
        run.images.some((image) => image.status === 'fail'));
}
/**
 * Whether to write the comment. `on-change` comments when something changed beyond
 * min-change or a budget is broken; `on-violation` only for a broken budget. Both update
 * a comment that already exists whatever happened, so it never shows stale figures.
 */
function shouldComment(mode, run, existing) {
    switch (mode) {
        case 'never':
            return false;
        case 'always':
            return true;
        case 'on-change':
            return existing || isFailing(run) || hasChanges(run);
        case 'on-violation':
            return existing || isFailing(run);
    }
}

;// CONCATENATED MODULE: ./src/report/view.ts
// One image of a run as the renderers show it (the comment, the job summary, the log and
// the CLI): its violations, the layers that changed beyond min-change (largest change
// first), the quiet ones, the plain layer list when there is no baseline, its hints; and
// the labels that name layers by index only (`L3`, `base L3`, `L1+L3`).


/** Hints shown per image; the JSON report has them all. */
const HINTS_SHOWN = 10;
/** A comparison's rows split by the min-change floor: changed (largest change first) and quiet (in order). */
function splitChanges(comparison) {
    const changed = [];
    const quiet = [];
    for (const change of comparison?.layers ?? []) {
        ;
        (isSignificantChange(change, comparison?.minChangeBytes ?? 0)
            ? changed
            : quiet).push(change);
    }
    changed.sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) ||
        changeSide(a).index - changeSide(b).index);
    return { changed, quiet };
}
function buildView(run, image) {
    const comparison = image.comparison ?? null;
    const { changed, quiet } = splitChanges(comparison);
    const plain = comparison
        ? []
        : image.layers
            .filter((row) => !row.empty)
            .sort((a, b) => b.sizeBytes - a.sizeBytes || a.index - b.index);
    return {
        image,
        violations: (0,totals/* violationsOf */.Sq)(run, image),
        changed,
        quiet,
        plain,
        hints: (image.files?.hints ?? []).slice(0, HINTS_SHOWN)
    };
}
function changeSide(change) {
    // Compare always fills at least one side; head first because it is what the PR ships.
    return (change.head ?? change.base);
}
/** Every base row a change covers: several for a merge. */
function baseRows(change) {
    return change.mergedBase ?? (change.base ? [change.base] : []);
}
/** Every head row a change covers: several for a split. */
function headRows(change) {
    return change.splitHead ?? (change.head ? [change.head] : []);
}
const sumBytes = (rows) => rows.reduce((sum, row) => sum + row.sizeBytes, 0);
/** `L3` for a head layer, `base L3` for a base layer the PR removed, `L1+L3` for a split. Only indexes: never instruction text. */
function changeLabel(change) {
    return change.head
        ? headRows(change)
            .map((row) => `L${row.index}`)
            .join('+')
        : `base L${changeSide(change).index}`;
}


/***/ })

};
