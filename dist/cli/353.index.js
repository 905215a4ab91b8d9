export const id = 353;
export const ids = [353];
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

/***/ 7359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ loadSavedReport),
  D: () => (/* binding */ parseSavedReport)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/model/report-schema.ts
// The JSON report's schema (schemaVersion 1) and the one validation of a report read back:
// a baseline report (`--baseline-report`, `compare a.json b.json`, a base branch's report
// artifact) and the report files of `mode: comment`. Every such file may come from another
// run or a fork's job, so it is untrusted: sizes are non-negative safe integers, every
// string and array has a cap (src/limits.ts), and a layer index is within the layer cap.
// Fields this version does not know are allowed: a report from a newer version stays
// readable, and nothing unknown is read. schema/report.schema.json is this object, written
// by `npm run schema` (test/model/report-schema.test.ts fails when it is stale).



const MAX_INT = Number.MAX_SAFE_INTEGER;
const bytes = { type: 'integer', minimum: 0, maximum: MAX_INT };
const signedBytes = {
    type: 'integer',
    minimum: -MAX_INT,
    maximum: MAX_INT
};
const report_schema_text = (maxLength) => ({ type: 'string', maxLength });
const report_schema_name = report_schema_text(limits/* REPORT_NAME_CHARACTERS */.uW);
const prose = report_schema_text(limits/* REPORT_TEXT_CHARACTERS */._6);
/** A `layers` row index: the rows are at most REPORT_LAYERS_LIMIT. */
const index = {
    type: 'integer',
    minimum: 0,
    maximum: limits/* REPORT_LAYERS_LIMIT */.eX
};
const ratio = { type: 'number', minimum: 0, maximum: MAX_INT };
const sha = { type: 'string', pattern: '^[0-9a-f]{40}$' };
const store = { enum: ['legacy', 'containerd', 'podman'] };
/** An object schema that also takes null. Not anyOf: its errors would name the null branch ("must be null") instead of the bad field. */
const nullable = (schema) => ({ ...schema, type: ['object', 'null'] });
const ref = (definition) => ({ $ref: `#/definitions/${definition}` });
const layerRef = {
    type: 'object',
    required: ['index', 'instruction', 'createdBy'],
    properties: {
        index,
        instruction: report_schema_text(64),
        createdBy: report_schema_text(limits/* REPORT_INSTRUCTION_CHARACTERS */.Zc)
    }
};
const layerSide = {
    type: 'object',
    required: [...layerRef.required, 'sizeBytes'],
    properties: {
        ...layerRef.properties,
        sizeBytes: bytes,
        dockerfileLine: { type: 'integer', minimum: 1, maximum: MAX_INT }
    }
};
const layerRow = {
    type: 'object',
    required: [...layerSide.required, 'empty'],
    properties: {
        ...layerSide.properties,
        empty: { type: 'boolean' },
        buildArgs: {
            type: 'object',
            maxProperties: 100,
            propertyNames: { maxLength: 256 },
            additionalProperties: prose
        },
        id: report_schema_text(256),
        createdAt: report_schema_text(64),
        comment: prose,
        diffId: report_schema_text(256),
        compressedBytes: bytes,
        engineSizeBytes: bytes
    }
};
// `message` (on violations and hints) is written by every version but never read: the
// renderers describe from the data fields (src/report/describe.ts), so it is not required.
const rule = {
    enum: [
        'total',
        'layer',
        'layers',
        'rule',
        'growth',
        'reclaimable',
        'efficiency',
        'compressed',
        'dive',
        'package',
        'unpackaged'
    ]
};
const manager = { enum: ['dpkg', 'apk', 'npm', 'python'] };
/** A package with the bytes and rows that ship it (ShippedPackage). */
const shippedPackages = {
    type: 'array',
    maxItems: 5,
    items: {
        type: 'object',
        required: ['name', 'manager', 'bytes', 'layers'],
        properties: {
            name: report_schema_name,
            manager,
            arch: report_schema_name,
            version: report_schema_name,
            bytes,
            layers: { type: 'array', maxItems: limits/* REPORT_LAYERS_LIMIT */.eX, items: index }
        }
    }
};
/** A finding against the baseline (FindingChange). */
const change = { enum: ['new', 'worse', 'better', 'unchanged'] };
const violation = {
    type: 'object',
    required: ['image', 'rule', 'limitBytes', 'actualBytes'],
    properties: {
        image: report_schema_name,
        rule,
        layer: layerRef,
        change,
        // Counts for `layers`, ratios for `efficiency`: non-negative, not always integers.
        limitBytes: ratio,
        actualBytes: ratio,
        message: prose,
        detail: report_schema_text(256),
        match: prose,
        packages: shippedPackages,
        packageCount: bytes,
        folders: {
            type: 'array',
            maxItems: 3,
            items: {
                type: 'object',
                required: ['top', 'bytes', 'files'],
                properties: { top: prose, bytes, files: bytes }
            }
        }
    }
};
const violations = {
    type: 'array',
    maxItems: limits/* REPORT_VIOLATIONS_LIMIT */.gR,
    items: ref('violation')
};
/** Every rule evaluated (BudgetCheck): growth may be negative (the image shrank). */
const figure = { type: 'number', minimum: -MAX_INT, maximum: MAX_INT };
const checks = {
    type: 'array',
    maxItems: limits/* REPORT_VIOLATIONS_LIMIT */.gR,
    items: {
        type: 'object',
        required: ['rule', 'limit', 'actual', 'pass'],
        properties: {
            rule,
            detail: report_schema_text(256),
            match: prose,
            note: { enum: ['no-package-matches', 'no-package-database'] },
            limit: figure,
            actual: figure,
            pass: { type: 'boolean' },
            layer: layerRef,
            layers: bytes,
            failed: bytes,
            base: { type: 'boolean' },
            advisory: { type: 'boolean' }
        }
    }
};
const sides = {
    type: 'array',
    minItems: 2,
    maxItems: limits/* REPORT_LAYERS_LIMIT */.eX,
    items: layerSide
};
// One package's change between paired rows (src/compare/packages.ts keeps 20 per list).
const packageChanges = {
    type: 'array',
    maxItems: 20,
    items: {
        type: 'object',
        required: ['name', 'manager', 'version', 'deltaBytes'],
        properties: {
            name: report_schema_name,
            manager,
            version: report_schema_name,
            previousVersion: report_schema_name,
            deltaBytes: signedBytes
        }
    }
};
const packageDeltas = {
    type: 'object',
    required: ['added', 'removed', 'upgraded', 'counts', 'deltaBytes'],
    properties: {
        added: packageChanges,
        removed: packageChanges,
        upgraded: packageChanges,
        counts: {
            type: 'object',
            required: ['added', 'removed', 'upgraded'],
            properties: { added: bytes, removed: bytes, upgraded: bytes }
        },
        deltaBytes: signedBytes
    }
};
const comparison = {
    type: 'object',
    required: [
        'schemaVersion',
        'base',
        'head',
        'totalDeltaBytes',
        'layers',
        'minChangeBytes'
    ],
    properties: {
        schemaVersion: { const: 1 },
        base: {
            type: 'object',
            required: ['ref', 'totalBytes'],
            properties: { ref: report_schema_name, totalBytes: bytes }
        },
        head: {
            type: 'object',
            required: ['ref', 'totalBytes'],
            properties: { ref: report_schema_name, totalBytes: bytes }
        },
        totalDeltaBytes: signedBytes,
        layers: {
            type: 'array',
            maxItems: 2 * limits/* REPORT_LAYERS_LIMIT */.eX,
            items: {
                type: 'object',
                required: ['status', 'base', 'head', 'deltaBytes'],
                properties: {
                    status: { enum: ['added', 'removed', 'grew', 'shrank', 'unchanged'] },
                    base: nullable(layerSide),
                    head: nullable(layerSide),
                    deltaBytes: signedBytes,
                    pairedBy: { enum: ['digest', 'content', 'paths', 'text', 'moved'] },
                    score: { type: 'number', minimum: 0, maximum: 1 },
                    mergedBase: sides,
                    splitHead: sides,
                    packages: packageDeltas,
                    // The folders that grew or shrank (src/compare/paths.ts keeps 10).
                    paths: {
                        type: 'array',
                        maxItems: 10,
                        items: {
                            type: 'object',
                            required: ['path', 'deltaBytes'],
                            properties: { path: prose, deltaBytes: signedBytes }
                        }
                    }
                }
            }
        },
        minChangeBytes: bytes,
        measure: { enum: ['compressed'] }
    }
};
const files = {
    type: 'object',
    required: ['hints'],
    properties: {
        reclaimableBytes: bytes,
        efficiency: { type: 'number', minimum: 0, maximum: 1 },
        itemCount: bytes,
        items: {
            type: 'array',
            maxItems: limits/* REPORT_FILE_ITEMS_LIMIT */.l4,
            items: {
                type: 'object',
                required: ['path', 'bytes', 'addedIn'],
                properties: {
                    path: prose,
                    bytes,
                    addedIn: index,
                    removedIn: index,
                    replacedIn: index
                }
            }
        },
        hints: {
            type: 'array',
            maxItems: limits/* REPORT_HINTS_LIMIT */.ks,
            items: {
                type: 'object',
                required: ['kind', 'layers', 'bytes'],
                properties: {
                    kind: report_schema_text(64),
                    layers: { type: 'array', maxItems: 16, items: index },
                    bytes,
                    files: bytes,
                    message: prose,
                    base: { type: 'boolean' },
                    change,
                    examples: { type: 'array', maxItems: 20, items: prose },
                    // What the bytes are: one part per folder or cache (src/analysis/files.ts keeps 10).
                    parts: {
                        type: 'array',
                        maxItems: 10,
                        items: {
                            type: 'object',
                            required: ['path', 'bytes', 'files'],
                            properties: {
                                path: prose,
                                cache: report_schema_text(64),
                                bytes,
                                files: bytes,
                                category: report_schema_text(64)
                            }
                        }
                    },
                    builder: { enum: ['classic', 'buildkit'] },
                    packages: {
                        type: 'array',
                        maxItems: 10,
                        items: {
                            type: 'object',
                            required: ['name', 'manager', 'bytes'],
                            properties: {
                                name: report_schema_name,
                                manager,
                                version: report_schema_name,
                                bytes,
                                via: report_schema_name,
                                previousVersion: report_schema_name,
                                category: report_schema_text(64)
                            }
                        }
                    },
                    packageCount: bytes,
                    packageBytes: bytes,
                    bookkeepingBytes: bytes,
                    finalBytes: bytes,
                    baseImage: {
                        type: 'object',
                        required: ['layers', 'bytes'],
                        properties: {
                            ref: prose,
                            layers: {
                                type: 'array',
                                maxItems: limits/* REPORT_LAYERS_LIMIT */.eX,
                                items: index
                            },
                            bytes
                        }
                    }
                }
            }
        },
        dive: { type: 'object' },
        // What a comparison pairs layers by.
        layerPaths: {
            type: 'array',
            maxItems: limits/* REPORT_LAYERS_LIMIT */.eX,
            items: {
                type: 'object',
                required: ['layer', 'paths'],
                properties: {
                    layer: index,
                    paths: {
                        type: 'array',
                        maxItems: 100,
                        items: {
                            type: 'object',
                            required: ['path', 'bytes'],
                            properties: { path: prose, bytes }
                        }
                    }
                }
            }
        },
        // Where each layer's bytes are (src/analysis/folders.ts keeps 10 folders per layer).
        layerFolders: {
            type: 'array',
            maxItems: limits/* REPORT_LAYERS_LIMIT */.eX,
            items: {
                type: 'object',
                required: ['layer', 'folders'],
                properties: {
                    layer: index,
                    folders: {
                        type: 'array',
                        maxItems: 10,
                        items: {
                            type: 'object',
                            required: ['path', 'bytes', 'files'],
                            properties: { path: prose, bytes, files: bytes }
                        }
                    },
                    restBytes: bytes,
                    restFiles: bytes
                }
            }
        },
        // The package attribution (src/analysis/package-report.ts).
        packages: {
            type: 'array',
            maxItems: limits/* REPORT_PACKAGES_LIMIT */.L7,
            items: {
                type: 'object',
                required: [
                    'name',
                    'version',
                    'manager',
                    'bytes',
                    'files',
                    'addedIn',
                    'layers'
                ],
                properties: {
                    name: report_schema_name,
                    version: report_schema_name,
                    manager,
                    arch: report_schema_name,
                    bytes,
                    files: bytes,
                    addedIn: index,
                    changedIn: {
                        type: 'array',
                        maxItems: limits/* REPORT_LAYERS_LIMIT */.eX,
                        items: index
                    },
                    removedIn: index,
                    hiddenBytes: bytes,
                    layers: {
                        type: 'array',
                        maxItems: limits/* REPORT_LAYERS_LIMIT */.eX,
                        items: {
                            type: 'object',
                            required: ['layer', 'bytes', 'files'],
                            properties: { layer: index, bytes, files: bytes }
                        }
                    }
                }
            }
        },
        packageCount: bytes,
        unpackaged: {
            type: 'array',
            maxItems: limits/* REPORT_UNPACKAGED_LIMIT */.rM,
            items: {
                type: 'object',
                required: ['top', 'bytes', 'files'],
                properties: { top: prose, bytes, files: bytes }
            }
        },
        unpackagedCount: bytes,
        unpackagedBytes: bytes,
        // The budget's `package:` rules, totalled over every package (budget/rules/packages.ts).
        packageMatches: {
            type: 'array',
            maxItems: limits/* REPORT_VIOLATIONS_LIMIT */.gR,
            items: {
                type: 'object',
                required: ['pattern', 'bytes', 'count', 'packages'],
                properties: {
                    pattern: prose,
                    bytes,
                    baseBytes: bytes,
                    count: bytes,
                    packages: shippedPackages
                }
            }
        },
        packageProblems: { type: 'array', maxItems: 40, items: prose }
    }
};
/** What the pull_request job adds to its report so the workflow_run job can find the PR (see github/context.ts for the check). */
const pullRequest = {
    type: 'object',
    required: ['number'],
    properties: {
        number: { type: 'integer', minimum: 1, maximum: 2 ** 31 - 1 },
        headSha: sha
    }
};
const baselineFrom = {
    type: 'object',
    required: ['kind'],
    properties: {
        kind: { enum: ['artifact', 'report', 'image', 'build'] },
        commit: sha,
        branch: report_schema_name,
        commitsBeforeMergeBase: bytes,
        runId: bytes,
        ref: report_schema_name,
        fallbacks: { type: 'array', maxItems: 10, items: prose }
    }
};
const origin = {
    type: 'object',
    required: ['commitSha', 'key'],
    properties: {
        commitSha: sha,
        ref: report_schema_name,
        event: report_schema_text(64),
        workflow: report_schema_name,
        workflowRef: prose,
        key: report_schema_name,
        budgetFile: prose,
        runId: bytes
    }
};
/** An ImageReport (`analyze --json`), with the fields of an ImageResult bounded where they appear. */
const imageReport = {
    type: 'object',
    required: ['schemaVersion', 'image', 'totalBytes', 'layers', 'warnings'],
    properties: {
        schemaVersion: { const: 1 },
        image: {
            type: 'object',
            required: ['ref', 'id', 'source'],
            properties: {
                ref: report_schema_name,
                id: report_schema_text(256),
                source: { enum: ['docker', 'archive', 'registry', 'report'] },
                platform: report_schema_text(64),
                digest: report_schema_text(256),
                store
            }
        },
        totalBytes: bytes,
        sizeKind: { enum: ['uncompressed', 'compressed'] },
        totalCompressedBytes: bytes,
        engine: {
            type: 'object',
            required: ['store', 'sizeBytes', 'totalBytes'],
            properties: { store, sizeBytes: bytes, totalBytes: bytes }
        },
        layers: { type: 'array', maxItems: limits/* REPORT_LAYERS_LIMIT */.eX, items: layerRow },
        warnings: { type: 'array', maxItems: limits/* REPORT_WARNINGS_LIMIT */.$T, items: prose },
        files,
        name: { type: 'string', minLength: 1, maxLength: limits/* REPORT_NAME_CHARACTERS */.uW },
        status: { enum: ['pass', 'fail'] },
        violations,
        budget: {
            type: 'object',
            properties: { totalBytes: bytes, layerBytes: bytes, layers: bytes }
        },
        checks,
        hintsUnmarked: { enum: ['baseline-without-files'] },
        comparison: nullable(comparison),
        baselineNote: prose,
        baselineFrom,
        pullRequest
    }
};
/** One image's full result (`check --json` of one image, one matrix job's report file). */
const imageResult = {
    allOf: [
        ref('imageReport'),
        { type: 'object', required: ['name', 'status', 'violations'] }
    ]
};
/** Several images (`check --json`, the action's report file). */
const runReport = {
    type: 'object',
    required: ['schemaVersion', 'status', 'violations', 'images'],
    properties: {
        schemaVersion: { const: 1 },
        status: { enum: ['pass', 'fail'] },
        violations,
        images: {
            type: 'array',
            maxItems: limits/* REPORT_IMAGES_LIMIT */.wM,
            items: ref('imageResult')
        },
        units: { enum: ['si', 'iec'] },
        pullRequest,
        origin
    }
};
const REPORT_SCHEMA_ID = 'https://github.com/image-size-budget/image-size-budget/schema/report.schema.json';
/** The published schema: a RunReport, an ImageResult or an ImageReport. */
const reportSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: REPORT_SCHEMA_ID,
    title: 'image-size-budget JSON report (schemaVersion 1)',
    description: 'What `analyze --json`, `check --json` and the action write: a RunReport (several images), an ImageResult or an ImageReport. Unknown fields are allowed (later versions add fields); the caps are those of src/limits.ts.',
    anyOf: [ref('runReport'), ref('imageReport')],
    definitions: { imageReport, imageResult, runReport, violation }
};
// allErrors off: a hostile file cannot make us build a huge error list.
// Compiled on first use: commands that read no report do not pay for compiling.
let compiled;
function validators() {
    if (compiled)
        return compiled;
    // strictRequired off: an ImageResult is an ImageReport plus `required` names defined there.
    const ajv = new dist_ajv.Ajv({
        allErrors: false,
        strict: true,
        strictRequired: false,
        allowUnionTypes: true
    });
    ajv.addSchema(reportSchema);
    const get = (definition) => ajv.getSchema(`${REPORT_SCHEMA_ID}#/definitions/${definition}`);
    return (compiled = {
        run: get('runReport'),
        image: get('imageReport'),
        result: get('imageResult')
    });
}
function schemaError(reader, validate) {
    const error = validate.errors?.[0];
    const where = error?.instancePath
        ? error.instancePath.slice(0, 200)
        : '(top level)';
    return new errors/* InputError */.dz({
        input: reader.file,
        problem: `${reader.what} ${reader.file}: ${where} ${error?.message ?? 'is not valid'}`,
        fix: reader.fix
    });
}
/** Validates parsed JSON as a report. Throws InputError naming the file and the first bad field. */
function parseReportDocument(data, reader) {
    const { what, file } = reader;
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new errors/* InputError */.dz({
            input: file,
            problem: `${what} ${file}: not a JSON object (a RunReport, an ImageResult or an ImageReport)`,
            fix: reader.fix
        });
    const { run, image, result } = validators();
    if ('images' in data) {
        if (!run(data))
            throw schemaError(reader, run);
        return { kind: 'run', run: data };
    }
    if ('name' in data || 'layers' in data) {
        const validate = reader.image === 'result' ? result : image;
        if (!validate(data))
            throw schemaError(reader, validate);
        return { kind: 'image', image: data };
    }
    throw new errors/* InputError */.dz({
        input: file,
        problem: `${what} ${file}: neither a RunReport ("images") nor an ImageResult ("name", "layers")`,
        fix: reader.fix
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/baseline/report-file.ts
// Reading a JSON report file from disk: the one door for every report read back (a
// baseline report, `compare a.json b.json`, the report files of `mode: comment`). The file
// may come from another run or a fork's artifact: a symlink (it could point at a file of
// the runner) or an oversized file is refused before it is read, and what is read must
// pass the report schema (src/model/report-schema.ts) before any of it is used.




/** Reads and validates one report file. `path` is where it is; `reader.file` how messages name it. */
async function readReportFile(path, reader) {
    const { what, file } = reader;
    let stat;
    try {
        stat = await (0,promises_.lstat)(path);
    }
    catch {
        throw new errors/* InputError */.dz({
            input: file,
            problem: `${what} ${file} does not exist`,
            fix: reader.fix
        });
    }
    if (!stat.isFile())
        throw new errors/* InputError */.dz({
            input: file,
            problem: `${what} ${file} is not a regular file (a directory or symlink?): refused`,
            fix: 'give the path of the report file itself'
        });
    if (stat.size > limits/* REPORT_FILE_LIMIT */.Kh)
        throw new errors/* InputError */.dz({
            input: file,
            problem: `${what} ${file} is ${stat.size} bytes; at most ${limits/* REPORT_FILE_LIMIT */.Kh} are read`,
            fix: 'give a report written by image-size-budget (real ones are a few hundred kB)'
        });
    let data;
    try {
        data = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz({
            input: file,
            problem: `${what} ${file} is not JSON: ${error.message.slice(0, 200)}`,
            fix: reader.fix
        });
    }
    return parseReportDocument(data, reader);
}

;// CONCATENATED MODULE: ./src/baseline/saved-report.ts
// A baseline from a JSON report saved earlier (`analyze --json`, `check --json`, the
// action's report file): an ImageReport, an ImageResult, or a RunReport holding several
// images (then one is picked by name). The file may come from another workflow run or a
// fork's artifact, so it is untrusted: it is read through readReportFile (the report
// schema, src/model/report-schema.ts) and only the ImageReport part is kept; fields a
// newer version added are read past and dropped.



const FIX = 'give the path of a JSON report saved by "analyze --json", "check --json" or the action';
const reader = (file) => ({
    file,
    what: 'baseline report',
    image: 'report',
    fix: FIX
});
/** The fields of `value` named in `keys` that it has: a newer version's fields are not carried along. */
function known(value, keys) {
    const picked = {};
    for (const key of keys)
        if (value[key] !== undefined)
            picked[key] = value[key];
    return picked;
}
const IMAGE_KEYS = [
    'ref',
    'id',
    'source',
    'platform',
    'digest',
    'store'
];
const ROW_KEYS = [
    'index',
    'instruction',
    'createdBy',
    'sizeBytes',
    'empty',
    'buildArgs',
    'id',
    'createdAt',
    'comment',
    'diffId',
    'compressedBytes',
    'engineSizeBytes'
];
const FILES_KEYS = [
    'reclaimableBytes',
    'efficiency',
    'items',
    'itemCount',
    'hints',
    'dive',
    'layerPaths',
    'layerFolders',
    'packages',
    'packageCount',
    'unpackaged',
    'unpackagedCount',
    'unpackagedBytes',
    'packageMatches',
    'packageProblems'
];
/** Only the ImageReport fields: what a comparison reads (layer rows, sizes, per-layer paths), nothing else carried along. */
function imageReportOf(image, file) {
    image.layers.forEach((row, position) => {
        if (row.index !== position)
            throw new errors/* InputError */.dz({
                input: file,
                problem: `baseline report ${file}: /layers/${position}/index is ${row.index}, expected ${position} (rows must be in order, base first)`,
                fix: FIX
            });
    });
    const report = {
        schemaVersion: 1,
        image: known(image.image, IMAGE_KEYS),
        totalBytes: image.totalBytes,
        layers: image.layers.map((row) => {
            const kept = known(row, ROW_KEYS);
            if (kept.buildArgs)
                kept.buildArgs = { ...kept.buildArgs };
            return kept;
        }),
        warnings: [...image.warnings]
    };
    if (image.sizeKind)
        report.sizeKind = image.sizeKind;
    if (image.totalCompressedBytes !== undefined)
        report.totalCompressedBytes = image.totalCompressedBytes;
    if (image.engine)
        report.engine = known(image.engine, ['store', 'sizeBytes', 'totalBytes']);
    // The file analysis is kept for its per-layer paths (validated above), which pair layers,
    // and its packages, which the comparison diffs per paired rows.
    if (image.files?.layerPaths)
        report.files = {
            ...known(image.files, FILES_KEYS),
            layerPaths: image.files.layerPaths.map((entry) => ({
                layer: entry.layer,
                paths: entry.paths.map((p) => ({ path: p.path, bytes: p.bytes }))
            }))
        };
    return report;
}
/** The image named `name` (required when a RunReport holds several) of a validated report, as an ImageReport. */
function pickImage(document, file, name) {
    if (document.kind === 'image') {
        const image = document.image;
        if (name !== undefined &&
            image.name !== undefined &&
            image.name !== name &&
            image.image.ref !== name) {
            throw new errors/* InputError */.dz({
                input: file,
                problem: `baseline report ${file} is of image "${image.name}", not "${name}"`,
                fix: 'give the report of the image being checked'
            });
        }
        return imageReportOf(image, file);
    }
    const images = document.run.images;
    const names = images.map((image) => image.name).slice(0, 10);
    if (images.length === 0)
        throw new errors/* InputError */.dz({
            input: file,
            problem: `baseline report ${file} holds no images`,
            fix: FIX
        });
    let picked;
    if (name !== undefined)
        picked =
            images.find((image) => image.name === name) ??
                images.find((image) => image.image.ref === name);
    else if (images.length === 1)
        picked = images[0];
    else
        throw new errors/* InputError */.dz({
            input: file,
            problem: `baseline report ${file} holds ${images.length} images (${names.join(', ')})`,
            fix: 'name the one to compare with'
        });
    if (!picked)
        throw new errors/* InputError */.dz({
            input: file,
            problem: `baseline report ${file} has no image named "${name}"; it holds ${names.join(', ')}`,
            fix: 'name one of them'
        });
    return imageReportOf(picked, file);
}
/** Validates parsed JSON as a saved report and returns the image named `name` (required when a RunReport holds several). */
function parseSavedReport(data, file, name) {
    return pickImage(parseReportDocument(data, reader(file)), file, name);
}
/** Reads and validates a saved report file. Symlinks and oversized files are refused. */
async function loadSavedReport(file, name) {
    return pickImage(await readReportFile(file, reader(file)), file, name);
}


/***/ }),

/***/ 9140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   Vv: () => (/* binding */ sizeBytes),
/* harmony export */   af: () => (/* binding */ DEFAULT_MIN_CHANGE_BYTES),
/* harmony export */   cL: () => (/* binding */ notASize),
/* harmony export */   ht: () => (/* binding */ percentValue)
/* harmony export */ });
/* unused harmony export SIZE_FIX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4279);
// Sizes as people write them in a budget file or an input: `250MB`, `250 MB`, `0.25GB`,
// `250MiB`, `1.5 GiB`, or a whole number of bytes. SI units are 1000-based (as docker
// prints sizes), IEC units 1024-based; the case of the letters is free (`kb`, `KB`, `kB`).


const UNITS = {
    '': 1,
    b: 1,
    byte: 1,
    bytes: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    tib: 1024 ** 4
};
/** The floor below which a layer's change counts as unchanged, unless the budget file, an input or a flag sets one (10kB). */
const DEFAULT_MIN_CHANGE_BYTES = 10_000;
/** Bytes for a size, or undefined when the text is not a size. Fractions round to whole bytes. */
function sizeBytes(value) {
    if (typeof value === 'number')
        return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
    // Trimmed first, and no two neighbouring quantifiers that can take the same characters: a
    // value of megabytes of spaces is still read in linear time.
    if (value.length > 100)
        return undefined;
    const match = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)$/.exec(value.trim());
    if (!match)
        return undefined;
    const factor = UNITS[match[2].toLowerCase()];
    if (factor === undefined)
        return undefined;
    const bytes = Math.round(Number(match[1]) * factor);
    return Number.isSafeInteger(bytes) ? bytes : undefined;
}
/** The message for text that is not a size, quoting it. */
function notASize(value) {
    return `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} is not a size; ${SIZE_FIX}`;
}
/** The fix for text that is not a size. */
const SIZE_FIX = 'use e.g. 100MB or 100MiB';
/**
 * Bytes for a size given by `input` (a flag, `--min-change`, or an action input,
 * `max-size`), shown in messages as `label`; an InputError naming it otherwise. The one
 * reading of a size for the budget file, the CLI and the action alike.
 */
function parseSize(value, input, label = input) {
    const bytes = sizeBytes(value);
    if (bytes === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input,
            problem: `${label}: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} is not a size`,
            fix: SIZE_FIX
        });
    return bytes;
}
/** `5%`, `5 %` or `5` → 5. */
function percentValue(value) {
    if (typeof value === 'number')
        return value >= 0 ? value : undefined;
    if (value.length > 100)
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value.trim());
    return match ? Number(match[1]) : undefined;
}


/***/ }),

/***/ 1068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ compareWithBaseline)
});

// UNUSED EXPORTS: compareReports

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/budget/size.ts
var size = __webpack_require__(9140);
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

;// CONCATENATED MODULE: ./src/compare/packages.ts
// Package deltas between a base and a head layer (or group of rows) that the comparison
// paired: which packages the head rows wrote that the base rows did not (added), the other
// way round (removed), and those both wrote in another version (upgraded, old → new), each
// with its bytes in those rows. Pure: from the two reports' `files.packages` (the largest
// packages each report keeps, so a small package past that cap is not seen). A package is
// known by manager, name and architecture; its version is the one its report ends with.
/** Entries kept per list of one change, largest |delta| first; the rest are counted. */
const PACKAGE_DELTAS_LIMIT = 20;
const keyOf = (p) => `${p.manager}:${p.name}:${p.arch ?? ''}`;
/** The packages that wrote files in `rows` of `report`, with their bytes there. */
function packagesIn(report, rows) {
    const packages = report.files?.packages;
    if (!packages)
        return undefined;
    const wanted = new Set(rows);
    const out = new Map();
    for (const item of packages) {
        let bytes = 0;
        let wrote = false;
        for (const layer of item.layers)
            if (wanted.has(layer.layer)) {
                bytes += layer.bytes;
                wrote = true;
            }
        if (wrote)
            out.set(keyOf(item), { item, bytes });
    }
    return out;
}
/**
 * The package deltas of base rows `baseRows` against head rows `headRows` (either may be
 * empty: an added or removed step); undefined when a report has no package attribution or
 * nothing changed.
 */
function packageDeltas(base, baseRows, head, headRows) {
    const before = packagesIn(base, baseRows);
    const after = packagesIn(head, headRows);
    if (!before || !after)
        return undefined;
    const added = [];
    const removed = [];
    const upgraded = [];
    for (const [key, now] of after) {
        const was = before.get(key);
        const { name, manager, version } = now.item;
        if (!was)
            added.push({ name, manager, version, deltaBytes: now.bytes });
        else if (was.item.version !== version)
            upgraded.push({
                name,
                manager,
                version,
                previousVersion: was.item.version,
                deltaBytes: now.bytes - was.bytes
            });
    }
    for (const [key, was] of before)
        if (!after.has(key)) {
            const { name, manager, version } = was.item;
            removed.push({ name, manager, version, deltaBytes: -was.bytes });
        }
    if (added.length + removed.length + upgraded.length === 0)
        return undefined;
    const kept = (list) => list
        .sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .slice(0, PACKAGE_DELTAS_LIMIT);
    const sum = (list) => list.reduce((total, p) => total + p.deltaBytes, 0);
    return {
        added: kept(added),
        removed: kept(removed),
        upgraded: kept(upgraded),
        counts: {
            added: added.length,
            removed: removed.length,
            upgraded: upgraded.length
        },
        deltaBytes: sum(added) + sum(removed) + sum(upgraded)
    };
}

;// CONCATENATED MODULE: ./src/compare/paths.ts
// Folder deltas between a base and a head layer (or group of rows) that the comparison
// paired: which folders grew or shrank, from the two reports' `files.layerFolders` (each
// layer's bytes rolled up into a few folders: src/analysis/folders.ts). Pure.
//
// The two sides' roll-ups need not pick the same folders: where a folder of one side holds
// a folder of the other (`/usr/lib` and `/usr/lib/gcc/x86_64-linux-gnu/12`), both count
// under the shallower one, so each figure is one folder's bytes on both sides. A folder
// one side does not name counts 0 there (its bytes, if any, are in that layer's rest,
// past the roll-up's cap: the smallest).
/** Folders kept per change, largest |delta| first. */
const PATH_DELTAS_LIMIT = 10;
/** The rolled-up folders of `rows` of `report`; undefined when the report has none for them. */
function foldersIn(report, rows) {
    if (rows.length === 0)
        return [];
    const all = report.files?.layerFolders;
    if (!all)
        return undefined;
    const byLayer = new Map(all.map((entry) => [entry.layer, entry.folders]));
    const out = [];
    for (const row of rows) {
        const folders = byLayer.get(row);
        if (!folders)
            return undefined;
        out.push(...folders);
    }
    return out;
}
const depth = (path) => path.split('/').length;
/**
 * The folder deltas of base rows `baseRows` against head rows `headRows` (either may be
 * empty: an added or removed step); undefined when a side's report has no folders for its
 * rows or no folder changed.
 */
function pathDeltas(base, baseRows, head, headRows) {
    const before = foldersIn(base, baseRows);
    const after = foldersIn(head, headRows);
    if (!before || !after)
        return undefined;
    const entries = [
        ...before.map((entry) => ({ ...entry, sign: -1 })),
        ...after.map((entry) => ({ ...entry, sign: 1 }))
    ].sort((a, b) => depth(a.path) - depth(b.path) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // Shallowest first: a folder joins the group of a folder that holds it, else starts one.
    const groups = new Map();
    for (const entry of entries) {
        let root;
        for (let at = entry.path; at.length > 0; at = at.slice(0, Math.max(0, at.lastIndexOf('/'))))
            if (groups.has(at))
                root = at;
        root ??= entry.path;
        groups.set(root, (groups.get(root) ?? 0) + entry.sign * entry.bytes);
    }
    const changes = [...groups]
        .filter(([, deltaBytes]) => deltaBytes !== 0)
        .map(([path, deltaBytes]) => ({ path, deltaBytes }))
        .sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .slice(0, PATH_DELTAS_LIMIT);
    return changes.length > 0 ? changes : undefined;
}

;// CONCATENATED MODULE: ./src/compare/compare.ts
// compareReports: two ImageReports (base, head) in, one Comparison out; compareWithBaseline
// adds the FROM image's boundary when both sides know it. Pure: the reports come from any
// source (engine, archive, registry, a saved JSON report), fetched by src/baseline.
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
    throw new errors/* InputError */.dz({
        input: compressed.image.ref,
        problem: `${compressed.image.ref} has compressed (registry) sizes and the other image uncompressed ones`,
        fix: 'read both the same way (analyze --source registry --uncompressed, or analyze --compressed for the engine image)'
    });
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
    const minChangeBytes = opts.minChangeBytes ?? size/* DEFAULT_MIN_CHANGE_BYTES */.af;
    if (!Number.isSafeInteger(minChangeBytes) || minChangeBytes < 0)
        throw new errors/* InputError */.dz({
            input: 'min-change',
            problem: `min-change must be a whole number of bytes ≥ 0, not ${minChangeBytes}`
        });
    const { sizeOf, total, compressed } = sizeField(base, head);
    const baseRows = base.layers.filter((row) => !row.empty);
    const headRows = head.layers.filter((row) => !row.empty);
    const layers = [];
    // A change with the package and folder deltas of its rows, when both reports have them.
    const withPackages = (paired, baseIndexes, headIndexes) => {
        const packages = packageDeltas(base, baseIndexes, head, headIndexes);
        const paths = pathDeltas(base, baseIndexes, head, headIndexes);
        return {
            ...paired,
            ...(packages ? { packages } : {}),
            ...(paths ? { paths } : {})
        };
    };
    // A boundary known on one side only would compare unlike regions: both or neither.
    const known = opts.baseImageLayers?.base !== undefined &&
        opts.baseImageLayers?.head !== undefined;
    const baseFrom = baseImageRows(baseRows, known ? opts.baseImageLayers?.base : undefined);
    const headFrom = baseImageRows(headRows, known ? opts.baseImageLayers?.head : undefined);
    if (sameLayers(baseFrom, headFrom, sizeOf)) {
        baseFrom.forEach((row, i) => {
            const paired = change(side(row, sizeOf), side(headFrom[i], sizeOf), minChangeBytes);
            const rows = [[row.index], [headFrom[i].index]];
            // Same layers on both sides: by digest where the reports carry them.
            if (row.diffId && row.diffId === headFrom[i].diffId)
                layers.push(withPackages({ ...paired, pairedBy: 'digest', score: 1 }, ...rows));
            else
                layers.push(withPackages(paired, ...rows));
        });
    }
    else {
        layers.push(withPackages(change(aggregate(baseFrom, opts.baseImageRefs?.base, sizeOf), aggregate(headFrom, opts.baseImageRefs?.head, sizeOf), minChangeBytes), baseFrom.map((row) => row.index), headFrom.map((row) => row.index)));
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
        layers.push(withPackages(matchedChange(b, h, match, minChangeBytes), match.base.map((i) => baseSteps[i].index), match.head.map((i) => headSteps[i].index)));
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
/** The comparison the action shows: the baseline against the head, with the base-image boundary where both sides know it. */
function compareWithBaseline(baseline, head, options = {}) {
    const both = baseline.fromImage && options.headFrom;
    return compareReports(baseline.report, head, {
        minChangeBytes: options.minChangeBytes,
        ...(both
            ? {
                baseImageLayers: {
                    base: baseline.fromImage.layers,
                    head: options.headFrom.layers
                },
                baseImageRefs: {
                    base: baseline.fromImage.ref,
                    head: options.headFrom.ref
                }
            }
            : {})
    });
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


/***/ }),

/***/ 6455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ renderComparisonText),
/* harmony export */   z: () => (/* binding */ renderRunText)
/* harmony export */ });
/* harmony import */ var _compare_finding_changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3878);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(313);
/* harmony import */ var _line_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8350);
/* harmony import */ var _totals_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2947);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7885);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7804);
// A run as plain text, one line per item: what the action writes to the log and what the
// CLI's `check`, `audit` and `compare` print, so the same run reads the same everywhere.
// Per image: a headline (size, change against the base, budget), the budget table, the
// layers that changed, the violations each with its fix, the hints, the warnings; then a
// line for the whole run. Text from an image or a report file is put on one line
// (line.ts) so nothing in it can start a workflow command in the log.






const NAME_LIMIT = 120;
const MESSAGE_LIMIT = 1_000;
const WARNINGS_SHOWN = 5;
/** `ref: 2.26 MB (2260000 bytes), ▲ +153 kB (+7.3%) against the base 2.11 MB (base-ref)` */
function sizeAndChange(totalBytes, comparison, baselineNote, units) {
    const size = `${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(totalBytes, units)} (${totalBytes} bytes)`;
    if (comparison) {
        const measure = comparison.measure === 'compressed' ? 'pull size ' : '';
        return `${size}, ${measure}${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .changePhrase */ .g3)(comparison.totalDeltaBytes, comparison.base.totalBytes, units)} against the base ${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(comparison.base.totalBytes, units)} (${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)(comparison.base.ref, NAME_LIMIT)})`;
    }
    // undefined: no baseline was asked for (the CLI without --baseline-*); null: none was found.
    if (comparison === undefined)
        return size;
    return `${size}, no baseline${baselineNote ? `: ${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)(baselineNote, MESSAGE_LIMIT)}` : ''}`;
}
/** The changed layers (largest change first) and a line for the others: the same block for `compare` and for each image of a run. */
function comparisonLines(comparison, units, width, indent) {
    const { changed, quiet } = (0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .splitChanges */ .mK)(comparison);
    const minChange = comparison.minChangeBytes;
    const out = [];
    if (changed.length > 0) {
        const cells = changed.map((change) => [
            _describe_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_WORDS */ .ly[change.status],
            (0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .changeLabel */ .pG)(change),
            `${change.base ? (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)((0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .sumBytes */ .jO)((0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .baseRows */ .t2)(change)), units) : '—'} → ${change.head ? (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)((0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .sumBytes */ .jO)((0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .headRows */ .yZ)(change)), units) : '—'}`,
            (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .signedBytes */ .Sq)(change.deltaBytes, units)
        ]);
        const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((row) => row[i].length)));
        out.push(`${indent}${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(changed.length, 'layer')} changed, largest change first:`);
        const lead = changed.map((_, i) => `${indent}  ${cells[i][0].padEnd(widths[0])}  ${cells[i][1].padEnd(widths[1])}  ${cells[i][2].padEnd(widths[2])}  ${cells[i][3].padStart(widths[3])}  `);
        const room = Math.max(20, width - Math.max(...lead.map((head) => head.length)));
        const texts = (0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutApart */ .pL)(changed.map((change) => (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChange */ .uQ)(change, room)), room);
        changed.forEach((change, i) => {
            out.push(lead[i] + texts[i]);
            // What is inside the layer: its packages, then its largest grown or shrunk folders.
            const packages = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .packageLine */ .Ns)(change.packages, units);
            const paths = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .pathLine */ .eG)(change.paths, units);
            if (packages !== undefined)
                out.push(`${indent}    packages ${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)(packages, MESSAGE_LIMIT)}`);
            if (paths !== undefined)
                out.push(`${indent}    folders  ${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)(paths, MESSAGE_LIMIT)}`);
        });
    }
    else {
        out.push(`${indent}${minChange > 0 ? `no layer changed by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(minChange, units)} or more` : 'no layer changed'}`);
    }
    // Packages that changed in a row below the floor (a version bump of a few bytes) are said all the same.
    for (const change of quiet) {
        const packages = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .packageLine */ .Ns)(change.packages, units);
        if (packages !== undefined)
            out.push(`${indent}  ${(0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .changeLabel */ .pG)(change)} (${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .signedBytes */ .Sq)(change.deltaBytes, units)}) packages ${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)(packages, MESSAGE_LIMIT)}`);
    }
    if (quiet.length > 0) {
        const summary = quiet.every((change) => change.status === 'unchanged' && change.deltaBytes === 0)
            ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(quiet.length, 'layer') + ' unchanged'
            : minChange > 0
                ? `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(quiet.length, 'layer')} unchanged or changed by less than ${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(minChange, units)}`
                : `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(quiet.length, 'layer')} without a size change`;
        out.push(`${indent}${summary}`);
    }
    return out;
}
/** The image's budget against its figures: total, largest layer, number of layers. */
function budgetTable(image, violations, units) {
    if (image.checks && image.checks.length > 0) {
        return alignTable(image.checks.map((check) => {
            const cells = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCheck */ .cn)(check, units);
            return [cells.rule, cells.actual, cells.limit, cells.verdict];
        }));
    }
    const budget = image.budget;
    if (!budget)
        return [];
    const failed = (rule) => violations.filter((violation) => violation.rule === rule).length;
    const status = (count) => count === 0 ? 'pass' : count === 1 ? 'FAIL' : `FAIL (${count})`;
    const layers = image.layers.filter((row) => !row.empty);
    const rows = [];
    if (budget.totalBytes !== undefined)
        rows.push([
            'total',
            (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(image.totalBytes, units),
            (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(budget.totalBytes, units),
            status(failed('total'))
        ]);
    if (budget.layerBytes !== undefined)
        rows.push([
            'largest layer',
            (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(Math.max(0, ...layers.map((row) => row.sizeBytes)), units),
            (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(budget.layerBytes, units),
            status(failed('layer'))
        ]);
    if (budget.layers !== undefined)
        rows.push([
            'layers',
            String(layers.length),
            String(budget.layers),
            status(failed('layers'))
        ]);
    return alignTable(rows);
}
/** Rows of rule, actual, limit, verdict under a header, the figures right-aligned. */
function alignTable(rows) {
    if (rows.length === 0)
        return [];
    const table = [['rule', 'actual', 'limit', ''], ...rows];
    const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
    return table.map((row) => `  ${row
        .map((cell, c) => c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))
        .join('  ')}`.trimEnd());
}
/** The line before the violations the base already had the same way (they come last). */
const UNCHANGED_VIOLATIONS = 'unchanged from the base:';
const isFoldLine = (line) => line.endsWith(UNCHANGED_VIOLATIONS);
function violationLines(violations, units, indent, image) {
    const out = [];
    for (const violation of (0,_compare_finding_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .byChange */ .of)(violations)) {
        if (violation.change === 'unchanged' && !out.some(isFoldLine))
            out.push(`${indent}${UNCHANGED_VIOLATIONS}`);
        out.push(`${indent}❌ ${violation.change ? `[${_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_WORDS */ .r8[violation.change]}] ` : ''}${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)((0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .violationFinding */ .Vq)(violation, units, image), MESSAGE_LIMIT)}.`, `${indent}   ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .violationFix */ .ru)(violation, image, units)}`);
    }
    return out;
}
/** The run for the log and the CLI. Plain text, one line per item. */
function renderRunText(run, options = {}) {
    const units = run.units ?? 'si';
    const width = Math.max(60, options.width ?? 120);
    const out = [];
    for (const image of run.images) {
        const view = (0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .buildView */ .kK)(run, image);
        if (out.length > 0)
            out.push('');
        const name = (0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)(image.name, NAME_LIMIT);
        const ref = image.image.ref && image.image.ref !== image.name
            ? ` (${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)(image.image.ref, NAME_LIMIT)})`
            : '';
        out.push(`${name}${ref}: ${sizeAndChange(image.totalBytes, image.comparison, image.baselineNote, units)}; ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .budgetPhrase */ .bn)(image, view.violations, units)}`);
        if (image.comparison && image.baselineFrom)
            out.push(`  ${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)((0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBaselineFrom */ .pp)(image.baselineFrom), MESSAGE_LIMIT)}`);
        out.push(...budgetTable(image, view.violations, units));
        if (image.comparison)
            out.push(...comparisonLines(image.comparison, units, width, '  '));
        if (view.violations.length > 0) {
            out.push('  violations:');
            out.push(...violationLines(view.violations, units, '    ', image));
        }
        if (view.hints.length > 0) {
            // What this change brought first; the hints the base already had last, apart.
            const hints = (0,_compare_finding_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .byChange */ .of)(view.hints);
            const fresh = hints.filter((hint) => hint.change !== 'unchanged');
            const same = hints.filter((hint) => hint.change === 'unchanged');
            const hintLine = (hint) => `    ${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(hint.bytes, units).padStart(9)}  ${hint.change && hint.change !== 'unchanged' ? `[${_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_WORDS */ .r8[hint.change]}] ` : ''}${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)((0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeHint */ .lS)(hint, units, image.layers), MESSAGE_LIMIT)}`;
            if (fresh.length > 0)
                out.push('  hints:', ...fresh.map(hintLine));
            if (same.length > 0)
                out.push(`  ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(same.length, 'hint')} unchanged from the base:`, ...same.map(hintLine));
            if (image.hintsUnmarked)
                out.push(`  ${_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS_UNMARKED */ .Xz}`);
        }
        for (const warning of image.warnings.slice(0, WARNINGS_SHOWN))
            out.push(`  warning: ${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)(warning, MESSAGE_LIMIT)}`);
    }
    const orphans = (0,_totals_js__WEBPACK_IMPORTED_MODULE_5__/* .orphanViolations */ .VV)(run);
    if (orphans.length > 0) {
        out.push('', 'violations:');
        out.push(...violationLines(orphans, units, '  '));
    }
    if (out.length > 0)
        out.push('');
    out.push(runLine(run, units));
    return out.join('\n');
}
/** The whole run in one line: how many images are over budget, and for several the total and its change. */
function runLine(run, units) {
    const totals = (0,_totals_js__WEBPACK_IMPORTED_MODULE_5__/* .runTotals */ .zj)(run);
    const verdict = totals.failingImages > 0
        ? `❌ ${totals.failingImages} of ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.imageCount, 'image')} over budget (${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(run.violations.length, 'violation')})`
        : `✅ ${totals.imageCount === 1 ? '1 image' : `all ${totals.imageCount} images`} within budget`;
    if (totals.imageCount < 2)
        return verdict;
    const change = totals.deltaBytes === null
        ? ''
        : `, ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .changePhrase */ .g3)(totals.deltaBytes, totals.baselineTotalBytes ?? 0, units)} against the base (${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(totals.baselineTotalBytes ?? 0, units)})`;
    return `${verdict}; ${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(totals.totalBytes, units)} in all${change}`;
}
/** `compare`'s text: the head against the base, then the same changed-layers block as a run's. */
function renderComparisonText(comparison, units, options = {}) {
    const width = Math.max(60, options.width ?? 100);
    return [
        `${(0,_line_js__WEBPACK_IMPORTED_MODULE_4__/* .cutLine */ .Hh)(comparison.head.ref, NAME_LIMIT)}: ${sizeAndChange(comparison.head.totalBytes, comparison, undefined, units)}`,
        ...comparisonLines(comparison, units, width, '  ')
    ].join('\n');
}


/***/ })

};
