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
    const header = ['layer', 'size', 'share', ''];
    const rows = report.layers.map((layer) => {
        const share = report.totalBytes > 0 ? layer.sizeBytes / report.totalBytes : 0;
        return [
            (0,describe/* layerName */.Hn)(layer.index, layer),
            layer.empty ? '—' : (0,report_units/* formatBytes */.z)(layer.sizeBytes, units),
            layer.empty
                ? ''
                : `${(share * 100).toFixed(1).padStart(5)}% ${bar(share)}`,
            (0,describe/* layerCell */.wM)(layer)
        ];
    });
    const indexWidth = Math.max(5, ...rows.map((r) => r[0].length));
    const sizeWidth = Math.max(4, ...rows.map((r) => r[1].length));
    const shareWidth = 6 + 1 + BAR_WIDTH;
    const instructionWidth = width - indexWidth - sizeWidth - shareWidth - 6;
    const texts = (0,report_line/* cutApart */.pL)(rows.map((r) => r[3]), instructionWidth);
    const line = (r, i) => `${r[0].padEnd(indexWidth)}  ${r[1].padStart(sizeWidth)}  ${r[2].padEnd(shareWidth)}  ${i === undefined ? (0,report_line/* cutLine */.Hh)(r[3], instructionWidth) : texts[i]}`.trimEnd();
    const layerCount = report.layers.filter((l) => !l.empty).length;
    const out = [
        `${report.image.ref}  ${report.image.id.replace(/^sha256:/, '').slice(0, 12)}${report.image.platform ? `  ${report.image.platform}` : ''}`,
        line(header),
        ...rows.map((r, i) => line(r, i)),
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
        // Room for the longest tail (`  (added in L12, replaced in L14)`); paths cut in the middle, told apart.
        const pathWidth = Math.max(20, width - sizeWidth - 36);
        const paths = (0,report_line/* cutApart */.pL)(items.map((item) => item.path), pathWidth);
        items.forEach((item, i) => {
            const fate = item.removedIn !== undefined
                ? `removed in ${(0,describe/* layerName */.Hn)(item.removedIn)}`
                : `replaced in ${(0,describe/* layerName */.Hn)(item.replacedIn ?? 0)}`;
            const tail = `  (added in ${(0,describe/* layerName */.Hn)(item.addedIn)}, ${fate})`;
            out.push(`  ${sizes[i].padStart(sizeWidth)}  ${paths[i].padEnd(Math.max(...paths.map((p) => p.length)))}${tail}`);
        });
        if (files.itemCount > items.length)
            out.push(`  … and ${files.itemCount - items.length} more`);
    }
    if (files.hints.length > 0) {
        out.push('hints:');
        // The kind column as wide as its longest kind (a report file may name kinds we do not know).
        const kindWidth = Math.min(32, Math.max(14, ...files.hints.map((hint) => hint.kind.length)));
        for (const hint of files.hints)
            out.push(`  ${hint.kind.padEnd(kindWidth)} ${(0,report_units/* formatBytes */.z)(hint.bytes, units).padStart(9)}  ${(0,describe/* describeHint */.lS)(hint, units, options.layers)}`);
    }
    out.push(...renderPackages(files, units, width));
    const dive = files.dive;
    out.push(`dive: efficiency ${(dive.efficiency * 100).toFixed(4)} %, wasted ${(0,report_units/* formatBytes */.z)(dive.wastedBytes, units)} (${dive.wastedBytes} bytes), user wasted ${dive.userWastedPercent === null ? 'n/a' : percent(dive.userWastedPercent)}`);
    return out.join('\n');
}
/** Packages named per row, at most; the rest of a row's are counted. */
const PACKAGES_PER_ROW = 3;
/** Rows with packages listed, at most (those with the most package bytes). */
const PACKAGE_ROWS = 10;
/** A package line is cut only past this width (or the terminal's, when wider): three names with their versions must stay readable. */
const PACKAGE_LINE_WIDTH = 200;
/**
 * The package attribution in a few lines: the count and the unpackaged bytes, then per row
 * that wrote package files its largest packages (from the report's largest packages), and
 * per row that removed some, what it removed and the bytes that still ship.
 */
function renderPackages(files, units, width) {
    const packages = files.packages;
    if (!packages)
        return [];
    const count = files.packageCount ?? packages.length;
    const unpackaged = files.unpackaged ?? [];
    // The exact total when the report has it (the folders are the largest 50).
    const unpackagedBytes = files.unpackagedBytes ?? unpackaged.reduce((sum, u) => sum + u.bytes, 0);
    const tops = unpackaged
        .slice(0, 3)
        .map((u) => `${u.top} ${(0,report_units/* formatBytes */.z)(u.bytes, units)}`)
        .join(', ');
    const out = [
        `packages: ${count}${count > packages.length ? ` (the ${packages.length} largest in the JSON report)` : ''}; unpackaged ${(0,report_units/* formatBytes */.z)(unpackagedBytes, units)}${tops ? ` (${tops}${(files.unpackagedCount ?? 0) > 3 ? ', …' : ''})` : ''}`
    ];
    const byRow = new Map();
    const rowOf = (row) => {
        let entry = byRow.get(row);
        if (!entry)
            byRow.set(row, (entry = { bytes: 0, added: [], removed: [], removedBytes: 0 }));
        return entry;
    };
    for (const p of packages) {
        for (const layer of p.layers) {
            const entry = rowOf(layer.layer);
            entry.bytes += layer.bytes;
            entry.added.push({ label: `${p.name} ${p.version}`, bytes: layer.bytes });
        }
        if (p.removedIn !== undefined) {
            const entry = rowOf(p.removedIn);
            entry.removed.push(`${p.name} ${p.version}`);
            entry.removedBytes += p.hiddenBytes ?? 0;
        }
    }
    const rows = [...byRow.entries()]
        .sort((a, b) => b[1].bytes + b[1].removedBytes - (a[1].bytes + a[1].removedBytes) ||
        a[0] - b[0])
        .slice(0, PACKAGE_ROWS)
        .sort((a, b) => a[0] - b[0]);
    for (const [row, entry] of rows) {
        if (entry.added.length > 0) {
            const added = entry.added.sort((a, b) => b.bytes - a.bytes);
            const named = added
                .slice(0, PACKAGES_PER_ROW)
                .map((a) => `${a.label} ${(0,report_units/* formatBytes */.z)(a.bytes, units)}`);
            const more = added.length - named.length;
            out.push((0,report_line/* cutLine */.Hh)(`  L${row}  ${added.length} package${added.length === 1 ? '' : 's'}, ${(0,report_units/* formatBytes */.z)(entry.bytes, units)}: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`, Math.max(width, PACKAGE_LINE_WIDTH)));
        }
        if (entry.removed.length > 0)
            out.push((0,report_line/* cutLine */.Hh)(`  L${row}  removes ${entry.removed.slice(0, PACKAGES_PER_ROW).join(', ')}${entry.removed.length > PACKAGES_PER_ROW ? ` and ${entry.removed.length - PACKAGES_PER_ROW} more` : ''}; ${(0,report_units/* formatBytes */.z)(entry.removedBytes, units)} of them still ship in earlier layers`, Math.max(width, PACKAGE_LINE_WIDTH)));
    }
    return out;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
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
/** Whether any of `flags` is on the command line. */
const given = (values, ...flags) => flags.some((flag) => values[flag] !== undefined);
/** An ImageSpec from the image positional and the build flags; a build needs --context or --dockerfile. */
function imageSpecFromFlags(ref, values) {
    const context = values.context;
    const dockerfile = values.dockerfile;
    if (context === undefined && dockerfile === undefined) {
        for (const flag of ['target', 'build-arg', 'platform', 'network']) {
            if (given(values, flag))
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
        'no-packages': { type: 'boolean' },
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
    const units = (0,command/* parseUnits */.XS)(values.units);
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
        if (given(values, 'context', 'dockerfile', 'archive'))
            throw new errors/* InputError */.dz({
                input: '--source',
                problem: '--source registry reads a pushed image',
                fix: 'give no --context, --dockerfile or --archive with it'
            });
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
        if (positionals.length > 0 || given(values, 'context', 'dockerfile'))
            throw new errors/* InputError */.dz({
                input: '--archive',
                problem: '--archive reads the image from the archive',
                fix: 'give no image ref or build flags with it'
            });
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
        packages: !values['no-packages'],
        compressed: values.compressed
    });
    const report = loaded.archive
        ? (await Promise.all(/* import() */[__webpack_require__.e(139), __webpack_require__.e(776)]).then(__webpack_require__.bind(__webpack_require__, 4139))).analyzeImage(loaded)
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
    return (0,command/* exitCode */.I$)((violations?.length ?? 0) > 0);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                input: '--build-arg',
                problem: `build arg ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(item)} is not of the form KEY=VALUE`
            });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input: 'image',
            problem: 'no image given',
            fix: 'name an image ref, or a Dockerfile and context to build'
        });
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
                files: options.files,
                packages: options.packages
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
            const { readArchiveImage } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(223), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 4200));
            const archive = await readArchiveImage(source.path, {
                platform: options.platform,
                ref: source.ref,
                packages: options.packages
            });
            return { report: archive.report, archive };
        }
        case 'registry': {
            const { readRegistryImage } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(731), __webpack_require__.e(137)]).then(__webpack_require__.bind(__webpack_require__, 731));
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


/***/ })

};
