export const id = 313;
export const ids = [313];
export const modules = {

/***/ 3878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   of: () => (/* binding */ byChange),
/* harmony export */   sQ: () => (/* binding */ markFindings)
/* harmony export */ });
/* unused harmony exports pairedBaseRows, CHANGE_ORDER */
// What a PR changed in the findings: each hint and violation of the head marked `new`,
// `worse`, `better` or `unchanged` against the baseline's finding of the same kind on the
// paired layer (the comparison's pairs: `layers[].base/head`, merges and splits included).
// Pure: the head's findings, the baseline's (its file analysis, and the violations its
// budget gives it) and the comparison in; marked copies out.
/** Head row index → the base rows it pairs with (several for a merge). Rows in an aggregated FROM entry pair with nothing. */
function pairedBaseRows(comparison) {
    const pairs = new Map();
    for (const change of comparison.layers) {
        if (!change.head || change.head.instruction === 'FROM')
            continue;
        const heads = change.splitHead ?? [change.head];
        const bases = change.mergedBase ?? (change.base ? [change.base] : []);
        for (const head of heads) {
            const set = pairs.get(head.index) ?? new Set();
            for (const base of bases)
                set.add(base.index);
            pairs.set(head.index, set);
        }
    }
    return pairs;
}
/** `worse` when the figure went the bad way by more than `floor`, `better` the other way, else `unchanged`. */
function direction(head, base, floor, higherIsWorse) {
    const delta = (head - base) * (higherIsWorse ? 1 : -1);
    if (Math.abs(head - base) <= floor)
        return 'unchanged';
    return delta > 0 ? 'worse' : 'better';
}
/** Where a figure is a ratio or a count, not bytes: only an exact tie is unchanged. */
function isRatio(violation) {
    return (violation.rule === 'layers' ||
        violation.rule === 'efficiency' ||
        (violation.rule === 'dive' && violation.detail !== 'highestWastedBytes'));
}
/** Efficiency rules fail when the figure is too low: there, lower is worse. */
function higherIsWorse(violation) {
    return !(violation.rule === 'efficiency' ||
        (violation.rule === 'dive' && violation.detail === 'lowestEfficiency'));
}
/** The head's hints and violations, each with its `change` against the baseline where one can be told. */
function markFindings(head, baseline, comparison) {
    const pairs = pairedBaseRows(comparison);
    const floor = comparison.minChangeBytes;
    /** Whether a base row pairs with a head row; undefined when the head row pairs with nothing known. */
    const paired = (headIndex, baseIndex) => pairs.get(headIndex)?.has(baseIndex);
    const pairable = (headIndex) => pairs.has(headIndex);
    const violations = head.violations.map((violation) => {
        if (!baseline.violations || baseline.unjudged?.has(violation.rule))
            return violation;
        // Growth is measured against the baseline: it is this change's by definition.
        if (violation.rule === 'growth')
            return { ...violation, change: 'new' };
        const layer = violation.layer;
        if (layer && !pairable(layer.index))
            return violation;
        const before = baseline.violations.find((candidate) => candidate.rule === violation.rule &&
            candidate.detail === violation.detail &&
            candidate.match === violation.match &&
            (!layer ||
                (candidate.layer !== undefined &&
                    paired(layer.index, candidate.layer.index) === true)));
        if (!before)
            return { ...violation, change: 'new' };
        return {
            ...violation,
            change: direction(violation.actualBytes, before.actualBytes, isRatio(violation) ? 0 : floor, higherIsWorse(violation))
        };
    });
    if (!head.hints)
        return { violations };
    if (!baseline.hints)
        return head.hints.length > 0
            ? {
                violations,
                hints: head.hints,
                hintsUnmarked: 'baseline-without-files'
            }
            : { violations, hints: head.hints };
    const baseHints = baseline.hints;
    const hints = head.hints.map((hint) => {
        if (!hint.layers.every(pairable))
            return hint;
        const before = baseHints.find((candidate) => candidate.kind === hint.kind &&
            candidate.cache === hint.cache &&
            candidate.layers.length === hint.layers.length &&
            candidate.layers.every((baseIndex, i) => paired(hint.layers[i], baseIndex) === true));
        if (!before)
            return { ...hint, change: 'new' };
        return { ...hint, change: direction(hint.bytes, before.bytes, floor, true) };
    });
    return { violations, hints };
}
/** The order renderers show marked findings in: what this change brought first, what it did not last. */
const CHANGE_ORDER = {
    new: 0,
    worse: 1,
    none: 2,
    better: 3,
    unchanged: 4
};
/** `items` with the new ones first and the unchanged last (stable otherwise). */
function byChange(items) {
    return [...items].sort((a, b) => CHANGE_ORDER[a.change ?? 'none'] - CHANGE_ORDER[b.change ?? 'none']);
}


/***/ }),

/***/ 313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ withMessages),
/* harmony export */   Hn: () => (/* reexport safe */ _view_js__WEBPACK_IMPORTED_MODULE_0__.Hn),
/* harmony export */   L6: () => (/* binding */ describeViolation),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Sq: () => (/* binding */ signedBytes),
/* harmony export */   Vq: () => (/* binding */ violationFinding),
/* harmony export */   Xz: () => (/* binding */ HINTS_UNMARKED),
/* harmony export */   bn: () => (/* binding */ budgetPhrase),
/* harmony export */   cn: () => (/* binding */ describeCheck),
/* harmony export */   g3: () => (/* binding */ changePhrase),
/* harmony export */   lS: () => (/* binding */ describeHint),
/* harmony export */   ly: () => (/* binding */ STATUS_WORDS),
/* harmony export */   pp: () => (/* binding */ describeBaselineFrom),
/* harmony export */   r8: () => (/* binding */ CHANGE_WORDS),
/* harmony export */   ru: () => (/* binding */ violationFix),
/* harmony export */   uQ: () => (/* binding */ describeChange),
/* harmony export */   wM: () => (/* binding */ layerCell)
/* harmony export */ });
/* unused harmony exports BASE_LAYER, percentChange, layerWords, layerHint */
/* harmony import */ var _line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7885);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7804);
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
    return `${bytes > 0 ? '+' : ''}${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(bytes, units)}`;
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
/** What made a row, in words: its instruction, else its history comment (not an import's), else BASE_LAYER. */
function layerWords(row) {
    // `Imported from -` (a `docker import`) says nothing to a reviewer: it is the base image.
    return (row.createdBy ||
        (row.comment && !/^Imported from /.test(row.comment)
            ? row.comment
            : BASE_LAYER));
}
/** A row's text for a table cell: the instruction, else the comment or BASE_LAYER in parentheses. */
function layerCell(row) {
    return row.createdBy || `(${layerWords(row)})`;
}
/**
 * What a row of a comparison is, for a table or a log line: a merge or split says which
 * rows became which. With `width`, the instruction is cut so that the whole fits (the rows
 * it names are never cut).
 */
function describeChange(change, width) {
    const sideText = (side, prefix = '') => {
        const text = side.createdBy || side.instruction || `(${BASE_LAYER})`;
        return width === undefined
            ? `${prefix}${text}`
            : `${prefix}${(0,_line_js__WEBPACK_IMPORTED_MODULE_2__/* .cutLine */ .Hh)(text, Math.max(12, width - Array.from(prefix).length))}`;
    };
    const names = (rows, side) => {
        const each = rows.map((row) => (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .layerName */ .Hn)(row.index, row, side));
        return each.length > 1
            ? `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`
            : each.join('');
    };
    if (change.mergedBase)
        return sideText((0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSide */ .s4)(change), `${names(change.mergedBase, 'base')} merged: `);
    if (change.splitHead)
        return sideText(change.splitHead[0], `${names((0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .baseRows */ .t2)(change), 'base')} split into ${names(change.splitHead, 'head')}: `);
    return sideText((0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSide */ .s4)(change));
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
            return `✅ within the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(limit, units)} budget`;
        if (image.totalBytes > limit)
            return `❌ over the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(limit, units)} budget`;
        return `❌ ${plural(violations.length, 'budget rule')} broken (total within ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(limit, units)})`;
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
/** Instruction text quoted in a sentence: on one line, cut, with no backticks (a markdown renderer reads the sentence's backticks as code). */
function quoted(text, width) {
    return (0,_line_js__WEBPACK_IMPORTED_MODULE_2__/* .cutLine */ .Hh)(text, width).replace(/`/g, "'");
}
/** `L3 (RUN apt-get install …)`, `L0 (base image layer)`: the layer's name and what made it. */
function nameLayer(index, row, width = SENTENCE_TEXT) {
    if (!row)
        return (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .layerName */ .Hn)(index);
    const words = quoted(layerWords(row), width);
    // Text that is already in parentheses (a report file's `(base image layer)`) is not wrapped twice.
    return `${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .layerName */ .Hn)(index, row)} ${/^\(.*\)$/.test(words) ? words : `(${words})`}`;
}
/** Two sizes that may print alike when rounded (64.0 MiB over 64.0 MiB): then the exact bytes. */
function over(actual, limit, units) {
    let [a, l] = [(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(actual, units), (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(limit, units)];
    if (a === l)
        [a, l] = [`${actual} bytes`, `${limit}-byte`];
    return `${a}, over the ${l} limit by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(actual - limit, units)}`;
}
/** A size that may print alike beside another: with its exact bytes then. */
function bytesBeside(bytes, other, units) {
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(bytes, units) === (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(other, units)
        ? `${bytes} bytes`
        : (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(bytes, units);
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
/** What to do about a base image layer over a limit: no Dockerfile step shrinks it. */
const BASE_LAYER_FIX = 'No step of the Dockerfile can make a base image layer smaller: use a smaller base image (a slim, alpine or distroless variant), or raise the `base:` limit of the budget.';
/** Rules on one layer: the hint found on that very layer, when there is one, says what to do there. */
const LAYER_RULES = new Set(['layer', 'rule', 'compressed']);
/**
 * The hint whose bytes are in the violation's layer and that says how to shrink it: a
 * package cache the step leaves, or files a later step deletes (largest first).
 */
function layerHint(violation, context) {
    const index = violation.layer?.index;
    if (index === undefined || !LAYER_RULES.has(violation.rule))
        return undefined;
    return context.files?.hints.find((hint) => !hint.base &&
        hint.layers[0] === index &&
        (hint.kind === 'package-cache' || hint.kind === 'deleted-later'));
}
/** The fix of a hint on the violation's layer, with its measured bytes. */
function hintFix(hint, units) {
    const bytes = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(hint.bytes, units);
    if (hint.kind === 'package-cache') {
        const cache = hint.cache ? CACHES[PACKAGE_CACHE[hint.cache]] : undefined;
        return cache
            ? `${bytes} of this layer are ${cache.label}: clean up in the same RUN (${cache.fix}).`
            : `${bytes} of this layer are a package cache: clean it up in the same RUN.`;
    }
    const deleter = hint.layers[1];
    return `${bytes} of this layer are files${deleter !== undefined ? ` L${deleter}` : ' a later step'} deletes: add and delete them in one RUN, or build in a separate stage and COPY only the result.`;
}
/**
 * What to do about a violation, one sentence, following the facts `context` gives: a base
 * image layer cannot be fixed in the Dockerfile; a layer with a cache or deleted-files hint
 * is fixed by that hint's fix; an image over its total that this change shrank is not told
 * to look at the layers that grew.
 */
function violationFix(violation, context = {}, units = 'si') {
    if ((violation.rule === 'layer' && violation.detail === 'base') ||
        (violation.rule === 'compressed' && violation.detail === 'base-layer'))
        return BASE_LAYER_FIX;
    const hint = layerHint(violation, context);
    if (hint) {
        const rest = violation.rule === 'rule'
            ? ' Or adjust the rule in the budget file if the size is intended.'
            : '';
        return hintFix(hint, units) + rest;
    }
    const comparison = context.comparison;
    if (violation.rule === 'total' && comparison) {
        return comparison.totalDeltaBytes > 0
            ? 'Shrink the image, starting with the layers that grew, or raise the total budget if the size is intended.'
            : `This change made the image ${comparison.totalDeltaBytes < 0 ? 'smaller' : 'no larger'}, but it is still over: shrink its largest layers, or raise the total budget if the size is intended.`;
    }
    return FIX[violation.rule] ?? '';
}
/** What is broken, with the figures, in `units`: the violation without its fix. */
function violationFinding(violation, units, context = {}) {
    const { image, limitBytes: limit, actualBytes: actual } = violation;
    const layer = violation.layer
        ? nameLayer(violation.layer.index, rowAt(context.layers, violation.layer.index) ?? violation.layer)
        : 'a layer';
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(value, units);
    switch (violation.rule) {
        case 'total':
            return `${image} is ${over(actual, limit, units)}`;
        case 'layers':
            return `${image} has ${actual} layers, over the limit of ${limit}`;
        case 'rule':
            return `${layer} is ${over(actual, limit, units)} for "${violation.match ?? ''}"`;
        case 'layer':
            return violation.detail === 'base'
                ? `${layer} is ${over(actual, limit, units)} for a base image layer`
                : `${layer} is ${over(actual, limit, units)} for any single layer`;
        case 'reclaimable':
            return `${image}: ${bytesBeside(actual, limit, units)} could be reclaimed (files deleted or replaced by later layers), over the budget of ${bytesBeside(limit, actual, units)}`;
        case 'efficiency':
            return `${image}: layer efficiency ${ratioPercent(actual)} is below the budget of ${ratioPercent(limit)}`;
        case 'compressed':
            return violation.detail === 'layer' || violation.detail === 'base-layer'
                ? `${image}: ${layer} is ${bytesBeside(actual, limit, units)} compressed, over the ${violation.detail === 'base-layer' ? 'base image layer' : 'per-layer'} budget of ${bytesBeside(limit, actual, units)}`
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
        ? ` against the baseline ${(0,_line_js__WEBPACK_IMPORTED_MODULE_2__/* .cutLine */ .Hh)(base.ref, SENTENCE_TEXT)} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(base.totalBytes, units)})`
        : '';
    if (violation.detail === 'layer') {
        const index = violation.layer?.index;
        const change = context.comparison?.layers.find((candidate) => candidate.head?.index === index);
        const verb = change && !change.base
            ? `was added with ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(actual, units)}`
            : `grew by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(actual, units)}`;
        return `${image}: ${layer} ${verb}, more than the per-layer growth budget of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(limit, units)}`;
    }
    if (violation.detail === 'percent') {
        const actualPercent = violation.actualPercent ??
            (base && base.totalBytes > 0
                ? (actual / base.totalBytes) * 100
                : undefined);
        const grew = actualPercent !== undefined
            ? `${percentText(actualPercent)} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(actual, units)})`
            : (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(actual, units);
        const budget = violation.limitPercent !== undefined
            ? percentText(violation.limitPercent)
            : (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(limit, units);
        return `${image} grew by ${grew}${against}, more than the growth budget of ${budget}`;
    }
    return `${image} grew by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(actual, units)}${against}, more than the growth budget of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(limit, units)}`;
}
/** A violation in one sentence and its fix: the JSON report's `message`, the log, the CLI, annotations. */
function describeViolation(violation, units, context = {}) {
    const fix = violationFix(violation, context, units);
    return `${violationFinding(violation, units, context)}.${fix ? ` ${fix}` : ''}`;
}
/**
 * Each cache the file analysis knows: what its files are, and how to leave them out in the
 * RUN that makes them. Fixes are in backticks: a markdown renderer shows them as code.
 */
const CACHES = {
    'apt-archives': { label: 'downloaded .deb files', fix: '`&& apt-get clean`' },
    'apt-binary-cache': {
        label: "apt's binary caches (pkgcache.bin, srcpkgcache.bin)",
        fix: '`&& apt-get clean`'
    },
    'apt-lists': {
        label: 'apt package lists',
        fix: '`&& rm -rf /var/lib/apt/lists/*`'
    },
    'apk-cache': {
        label: 'apk cache',
        fix: '`apk add --no-cache` (or `&& rm -rf /var/cache/apk/*`)'
    },
    'pip-cache': {
        label: 'pip cache',
        fix: '`pip install --no-cache-dir` (or `&& rm -rf ~/.cache/pip`)'
    },
    'npm-cache': { label: 'npm cache', fix: '`&& npm cache clean --force`' },
    'yarn-cache': { label: 'yarn cache', fix: '`&& yarn cache clean`' },
    'go-build-cache': {
        label: 'Go build cache',
        fix: '`&& go clean -cache` (or a `RUN --mount=type=cache,target=/root/.cache/go-build`)'
    }
};
/** A package-cache hint's `cache` (older reports have no parts) as a cache kind. */
const PACKAGE_CACHE = {
    'apt-lists': 'apt-lists',
    'apt-archives': 'apt-archives',
    apk: 'apk-cache',
    pip: 'pip-cache',
    npm: 'npm-cache',
    yarn: 'yarn-cache',
    'go-build': 'go-build-cache'
};
/** apt's cache as a whole, for an older report whose `apt-archives` hint has no parts. */
const APT_CACHE_WHOLE = "apt's cache (/var/cache/apt)";
/** Bookkeeping a package upgrade rewrites (dpkg's database, debconf, logs): true bytes, but not what the step is about. */
const BOOKKEEPING = /^\/var\/(?:lib\/dpkg|cache\/debconf|log)(?:\/|$)/;
/** `a`, `a and b`, `a, b and c`. */
function list(items) {
    return items.length > 1
        ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
        : items.join('');
}
/** A path quoted in a sentence: on one line, cut in the middle, no backticks. */
const pathText = (path) => quoted(path, 60);
/** What to do about one part of a deleted-later hint, where it is known. */
function partFix(part) {
    if (part.cache)
        return CACHES[part.cache]?.fix;
    if (/\/node_modules(?:\/|$)/.test(part.path))
        return 'install without dev dependencies: `npm ci --omit=dev`';
    return undefined;
}
/** A file-analysis hint in one sentence with its fix, in `units`; `layers` (the image's rows) names the steps. */
function describeHint(hint, units, layers) {
    const row = (index) => index === undefined
        ? 'a layer'
        : nameLayer(index, rowAt(layers, index), HINT_TEXT);
    const [addedIndex, hiddenIndex] = hint.layers;
    const added = row(addedIndex);
    const hider = row(hiddenIndex);
    const addedName = addedIndex === undefined
        ? 'that layer'
        : (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .layerName */ .Hn)(addedIndex, rowAt(layers, addedIndex));
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(value, units);
    const files = hint.files ?? 0;
    const what = `${plural(files, 'file')} (${bytes(hint.bytes)})`;
    const parts = hint.parts ?? [];
    let sentence;
    switch (hint.kind) {
        case 'deleted-later': {
            if (parts.length > 1) {
                const each = parts.map((part) => {
                    const fix = partFix(part);
                    const label = part.cache ? `, ${CACHES[part.cache]?.label ?? ''}` : '';
                    return `${bytes(part.bytes)} in ${pathText(part.path)}${label}${fix ? ` (${fix})` : ''}`;
                });
                const fixes = parts.some((part) => partFix(part));
                sentence = `${hider} deletes ${what} that ${added} added; the bytes stay in ${addedName}: ${each.join('; ')}. ${fixes ? 'Do it in the RUN that adds them' : 'Add and delete them in one RUN'}, or build in a separate stage and COPY only the result.`;
            }
            else {
                const fix = parts[0] ? partFix(parts[0]) : undefined;
                const where = parts[0]
                    ? ` in ${pathText(parts[0].path)}${parts[0].cache ? ` (${CACHES[parts[0].cache]?.label ?? ''})` : ''}`
                    : '';
                sentence = `${hider} deletes ${what}${where} that ${added} added; the bytes stay in ${addedName}. ${fix ? `Instead, in the RUN that adds them: ${fix}; or build` : 'Add and delete them in one RUN, or build'} in a separate stage and COPY only the result.`;
            }
            break;
        }
        case 'metadata-copy': {
            const fix = hint.builder === 'classic'
                ? 'Use COPY --chown (or enable BuildKit for COPY --chmod)'
                : 'Use COPY --chmod/--chown';
            sentence = `${hider} only changes the mode or owner of ${what} from ${added}, which copies them whole into a new layer. ${fix}, or set modes and owners in the step that creates them.`;
            break;
        }
        case 'replaced-later': {
            if (hint.base && hint.builder) {
                // A step that upgrades the base image's packages: its own files, not the bookkeeping, lead.
                const own = parts.filter((part) => !BOOKKEEPING.test(part.path));
                const kept = parts.filter((part) => BOOKKEEPING.test(part.path));
                const ownBytes = own.reduce((sum, part) => sum + part.bytes, 0);
                const ownFiles = own.reduce((sum, part) => sum + part.files, 0);
                const headline = parts.length > 0 && kept.length > 0
                    ? `${plural(ownFiles, 'file')} (${bytes(ownBytes)})`
                    : what;
                const folders = own
                    .slice(0, 3)
                    .map((part) => `${bytes(part.bytes)} in ${pathText(part.path)}`);
                const bookkeeping = kept.length > 0
                    ? ` (and ${bytes(kept.reduce((sum, part) => sum + part.bytes, 0))} of package bookkeeping in ${list(kept.map((part) => pathText(part.path)))})`
                    : '';
                sentence = `${hider} rewrites ${headline} of the base image${folders.length > 0 ? `: ${folders.join(', ')}` : ''}${bookkeeping}; the old copies stay in ${addedName}. This step upgrades base packages; a newer base image avoids it.`;
                return sentence;
            }
            sentence = `${hider} overwrites ${what} that ${added} added; the old copies stay in ${addedName}. Write the final version once, in one step.`;
            break;
        }
        case 'package-cache': {
            const cacheParts = parts.filter((part) => part.cache);
            if (cacheParts.length > 0) {
                const fixes = [
                    ...new Set(cacheParts.map((part) => CACHES[part.cache].fix))
                ];
                sentence = `${added} leaves ${list(cacheParts.map((part) => `${bytes(part.bytes)} of ${CACHES[part.cache].label}`))} in the image. Clean up in the same RUN: ${list(fixes)}.`;
                break;
            }
            const cache = hint.cache ? CACHES[PACKAGE_CACHE[hint.cache]] : undefined;
            const label = hint.cache === 'apt-archives' ? APT_CACHE_WHOLE : cache?.label;
            sentence = cache
                ? `${added} leaves ${bytes(hint.bytes)} of ${label} (${plural(files, 'file')}) in the image. Clean up in the same RUN: ${cache.fix}.`
                : `${added} leaves ${bytes(hint.bytes)} of a package cache (${plural(files, 'file')}) in the image. Clean it up in the same RUN.`;
            break;
        }
        default:
            sentence = `${what} in ${list(hint.layers.map((index) => (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .layerName */ .Hn)(index, rowAt(layers, index)))) || 'the image'} could be saved.`;
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
/** One check in words for a table, in `units`: efficiency as a percent, sizes in the run's units. */
function describeCheck(check, units) {
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(value, units);
    const at = check.layer ? ` (L${check.layer.index})` : '';
    let rule;
    let show = bytes;
    switch (check.rule) {
        case 'total':
            rule = 'total';
            break;
        case 'layers':
            rule = 'layers';
            show = String;
            break;
        case 'layer':
            rule = `${check.base ? 'largest base layer' : 'largest layer'}${at}`;
            break;
        case 'rule':
            rule = `rule "${(0,_line_js__WEBPACK_IMPORTED_MODULE_2__/* .cutLine */ .Hh)(check.match ?? '', 40)}"${at}`;
            break;
        case 'reclaimable':
            rule = 'reclaimable';
            break;
        case 'efficiency':
            rule = 'efficiency';
            show = ratioPercent;
            break;
        case 'compressed':
            rule =
                check.detail === 'total'
                    ? 'compressed total'
                    : `${check.base ? 'largest compressed base layer' : 'largest compressed layer'}${at}`;
            break;
        case 'growth':
            rule = check.detail === 'layer' ? `growth of a layer${at}` : 'growth';
            show =
                check.detail === 'percent'
                    ? (value) => `${value > 0 ? '+' : ''}${percentText(value)}`
                    : (value) => signedBytes(value, units);
            break;
        case 'dive':
            rule = `dive ${check.detail ?? ''}`;
            show = check.detail === 'highestWastedBytes' ? bytes : ratioPercent;
            break;
        default:
            rule = check.rule;
    }
    const limit = check.rule === 'growth' && check.detail === 'percent'
        ? percentText(check.limit)
        : show(check.limit);
    const verdict = check.advisory
        ? check.pass
            ? 'pass'
            : 'over (base image: not failed)'
        : check.pass
            ? 'pass'
            : (check.failed ?? 1) > 1
                ? `FAIL (${check.failed})`
                : 'FAIL';
    return { rule, actual: show(check.actual), limit, verdict };
}
/** A finding's mark against the baseline, for the renderers. */
const CHANGE_WORDS = {
    new: 'new',
    worse: 'worse',
    better: 'better',
    unchanged: 'unchanged'
};
/** Why the hints carry no mark although there is a baseline. */
const HINTS_UNMARKED = 'The baseline has no file analysis: the hints are not marked new or unchanged against it.';


/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ cutLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   pL: () => (/* binding */ cutApart)
/* harmony export */ });
/* unused harmony exports cut, cutEnd */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
// Text from an image or a report file (instructions, names, refs, notes, paths), made fit
// for one line of plain output: `oneLine` takes out control characters and line breaks (a
// log line that starts with `::` would be a workflow command), `cut` shortens to a width.
// The one place text is cut: markdown escapes the result (report/markdown.ts).
//
// Text is cut in the middle, keeping its start and its end: the end of an instruction is
// where a COPY says its destination (`COPY dir:f91da2… in /app`) and the end of a path is
// the file's name, and two long rows that start alike usually differ there. `cutApart`
// goes further for rows of one table that still read the same once cut.

/**
 * Cuts to `width` characters (code points, so no surrogate pair is split), keeping the start
 * and the end with `…` between them. The end keeps the last word (after the last space or
 * `/`) when it takes at most half the width.
 */
function cut(text, width) {
    const chars = Array.from(text);
    if (chars.length <= width)
        return text;
    if (width <= 1)
        return chars.slice(0, Math.max(0, width)).join('');
    const room = width - 1;
    let tail = Math.floor(room * 0.4);
    const lastBreak = Math.max(text.lastIndexOf(' '), text.lastIndexOf('/'));
    if (lastBreak >= 0) {
        const lastWord = Array.from(text.slice(lastBreak)).length;
        if (lastWord <= Math.floor(room / 2))
            tail = Math.max(tail, lastWord);
    }
    return `${chars.slice(0, room - tail).join('')}…${tail > 0 ? chars.slice(chars.length - tail).join('') : ''}`;
}
/** Cuts at the end, for a block that says how much more there is (the full text of an instruction). */
function cutEnd(text, width) {
    const chars = Array.from(text);
    if (chars.length <= width)
        return text;
    return chars.slice(0, Math.max(0, width)).join('');
}
/** Untrusted text on one line: no control characters, line breaks become one space. */
function oneLine(text) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControls */ .$Y)(text).replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' ');
}
/** Untrusted text on one line, cut to `width`. */
function cutLine(text, width) {
    return cut(oneLine(text), width);
}
/**
 * Each text on one line cut to `width`, so that rows of one table that differ still read
 * differently: where two cut texts come out the same, each shows its start, then the part
 * around where it first differs from the others.
 */
function cutApart(texts, width) {
    const lines = texts.map(oneLine);
    const out = lines.map((line) => cut(line, width));
    const groups = new Map();
    out.forEach((shown, i) => {
        groups.set(shown, [...(groups.get(shown) ?? []), i]);
    });
    for (const members of groups.values()) {
        const distinct = new Set(members.map((i) => lines[i]));
        if (distinct.size < 2)
            continue;
        for (const i of members) {
            const chars = Array.from(lines[i]);
            let differs = 0;
            for (const j of members) {
                if (lines[j] === lines[i])
                    continue;
                const other = Array.from(lines[j]);
                let k = 0;
                while (k < chars.length && chars[k] === other[k])
                    k++;
                differs = Math.max(differs, k);
            }
            out[i] = around(chars, differs, width);
        }
    }
    return out;
}
/** `start…<the part from a little before position at>…end` within `width` characters. */
function around(chars, at, width) {
    if (chars.length <= width)
        return chars.join('');
    const head = Math.min(Math.floor(width / 5), 16);
    const tail = Math.floor(width * 0.3);
    const room = width - head - tail - 2;
    const from = Math.max(head, at - Math.floor(room / 3));
    if (room < 4 || from + room >= chars.length - tail)
        return `${chars.slice(0, head).join('')}…${chars.slice(Math.max(head, chars.length - (width - head - 1))).join('')}`;
    return `${chars.slice(0, head).join('')}…${chars.slice(from, from + room).join('')}…${chars.slice(chars.length - tail).join('')}`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   nv: () => (/* binding */ markdownSentence)
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
/**
 * A sentence of describe.ts for markdown (on one line, cut): escaped like any text, except that its
 * backticked fixes (`&& apt-get clean`) show as code. describe.ts takes the backticks out
 * of the text it quotes, so every backtick pair is one of its own.
 */
function markdownSentence(line) {
    const pieces = line.split(/`([^`]+)`/);
    return pieces
        .map((piece, i) => 
    // Inside an HTML <code> tag markdown still applies: the code is escaped like any text.
    i % 2 === 1
        ? `<code>${escapeMarkdown(piece)}</code>`
        : escapeMarkdown(piece))
        .join('');
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
  Hn: () => (/* binding */ layerName),
  mK: () => (/* binding */ splitChanges),
  jO: () => (/* binding */ sumBytes)
});

// UNUSED EXPORTS: HINTS_SHOWN, rowsName

// EXTERNAL MODULE: ./src/compare/finding-changes.ts
var finding_changes = __webpack_require__(3878);
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
// the one name of a layer (`L3`, `L3 · Dockerfile:12`, `base L3`, `L1+L3`).



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
        // What this change brought first, so the cap never leaves a new hint out for an old one.
        hints: (0,finding_changes/* byChange */.of)(image.files?.hints ?? []).slice(0, HINTS_SHOWN)
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
/**
 * A layer's one name in every report: `L3`, its row index as the tables show it, with the
 * Dockerfile line where it is known (`L3 · Dockerfile:12`); a base-side row of a comparison
 * is `base L3`. Only indexes and numbers: never instruction text.
 */
function layerName(index, row, side = 'head') {
    const name = `${side === 'base' ? 'base ' : ''}L${index}`;
    return row?.dockerfileLine
        ? `${name} · Dockerfile:${row.dockerfileLine}`
        : name;
}
/**
 * Several rows of one side under one name: `L1+L3`, `L1+L3 · Dockerfile:5, 7` (the lines
 * where known), `base L1+L2`.
 */
function rowsName(rows, side = 'head') {
    if (rows.length === 1)
        return layerName(rows[0].index, rows[0], side);
    const lines = rows
        .map((row) => row.dockerfileLine)
        .filter((line) => line !== undefined);
    return `${side === 'base' ? 'base ' : ''}${rows.map((row) => `L${row.index}`).join('+')}${lines.length > 0 ? ` · Dockerfile:${lines.join(', ')}` : ''}`;
}
/** `L3` (`L3 · Dockerfile:12`) for a head layer, `base L3` for a base layer the PR removed, `L1+L3` for a split. Only indexes: never instruction text. */
function changeLabel(change) {
    return change.head
        ? rowsName(headRows(change))
        : layerName(changeSide(change).index, undefined, 'base');
}


/***/ })

};
