export const id = 371;
export const ids = [371];
export const modules = {

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
// Turns a layer row's step into what the alignment compares: the Dockerfile keyword and
// a multiset of tokens. Pure: rows in, tokens out.
//
// Why each rule:
// - Whitespace is collapsed: builders print the same line with different spacing.
// - COPY/ADD compare by destination only: the classic builder writes `COPY file:<sha> in /dst`
//   where BuildKit writes `COPY src /dst`, and the sha changes with every edit of the source.
// - Version numbers are split into digit runs and dots, so `curl=7.88.1` → `curl=7.88.2` is one
//   token of many, a small edit, and the step pairs with its old self.
// - Build args (already split off createdBy by the history parser) become `KEY=VALUE` tokens:
//   a changed build arg is a small edit of the same step.
// Words (keeping `apt-get`, `build-deps` whole), digit runs, and single punctuation marks.
const TOKEN = /[A-Za-z_][A-Za-z0-9_-]*|\d+|[^\sA-Za-z0-9_]/g;
function tokenize(text) {
    return text.match(TOKEN) ?? [];
}
function keywordOf(step) {
    if (step.instruction !== undefined)
        return step.instruction.toUpperCase();
    return /^([A-Z]+)\b/.exec(step.createdBy.trim())?.[1] ?? '';
}
/** The destination of a COPY/ADD, in either builder's spelling. */
function copyDestination(body) {
    let rest = body.trim();
    // Classic: `file:<sha> in /dst`, `dir:<sha> in /dst`, `multi:<sha> in /dst`.
    const classic = /^(?:file|dir|multi):[0-9a-f]+ in (.+)$/.exec(rest);
    if (classic)
        return trimSlash(classic[1].trim());
    // BuildKit: flags first (`--from=build`, `--chown=1:1`, `--link`), then sources, then the destination.
    rest = rest.replace(/^(?:--[a-z-]+(?:=\S+)?\s+)+/, '');
    if (rest.startsWith('[')) {
        try {
            const parts = JSON.parse(rest);
            if (Array.isArray(parts) && parts.length > 0 && typeof parts[parts.length - 1] === 'string')
                return trimSlash(parts[parts.length - 1]);
        }
        catch {
            // not JSON after all: fall through to the last word
        }
    }
    const words = rest.split(' ');
    return trimSlash(words[words.length - 1] ?? '');
}
function trimSlash(dst) {
    return dst.length > 1 ? dst.replace(/\/+$/, '') : dst;
}
function normalizeStep(step) {
    const keyword = keywordOf(step);
    let body = step.createdBy.replace(/\s+/g, ' ').trim();
    if (keyword && body.toUpperCase().startsWith(keyword + ' '))
        body = body.slice(keyword.length + 1);
    else if (keyword && body.toUpperCase() === keyword)
        body = '';
    if (keyword === 'COPY' || keyword === 'ADD')
        body = copyDestination(body);
    const args = Object.entries(step.buildArgs ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => `${key}=${value}`);
    const text = [keyword, body, ...args].filter(Boolean).join(' ');
    const tokens = new Map();
    let tokenCount = 0;
    for (const token of tokenize(text)) {
        tokens.set(token, (tokens.get(token) ?? 0) + 1);
        tokenCount++;
    }
    return { keyword, text, tokens, tokenCount };
}
/**
 * How alike two steps are, 0…1: 0 across keywords (a RUN never pairs with a COPY), 1 for
 * the same text, 0 for a COPY/ADD to another destination, else the Dice coefficient of the token multisets. Dice rather than an edit
 * distance: linear in the tokens, so a 1,000-row image still aligns in milliseconds, and a
 * one-token edit of a long RUN still scores near 1.
 */
function similarity(a, b) {
    if (a.keyword !== b.keyword)
        return 0;
    if (a.text === b.text)
        return 1;
    // A COPY/ADD is known by its destination alone: another destination is another step.
    if (a.keyword === 'COPY' || a.keyword === 'ADD')
        return 0;
    if (a.tokenCount + b.tokenCount === 0)
        return 1;
    let common = 0;
    const [small, large] = a.tokens.size <= b.tokens.size ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
    for (const [token, count] of small)
        common += Math.min(count, large.get(token) ?? 0);
    return (2 * common) / (a.tokenCount + b.tokenCount);
}

;// CONCATENATED MODULE: ./src/compare/align.ts
// Pairs base and head layer rows by what made them, not by position. Pure: steps in,
// index pairs out.
//
// 1. A global alignment (Needleman–Wunsch with free gaps) maximises the summed weight of
//    the pairs while keeping order. Weights come in tiers, so that no number of look-alike
//    pairs outweighs one sure pair (else `a,b` → `b,a` would read as two edits):
//    same diff_id (the same bytes) T², same normalized text T, else the steps' similarity
//    (see normalize.ts, ≤ 1) when it reaches PAIR_SIMILARITY; T exceeds the number of
//    possible pairs. Each tier adds a tie-break preferring the closest size (so of two
//    identical `RUN make` rows the one of like size pairs).
//    Steps too unlike to be one edited step never pair: they are `removed` + `added`.
// 2. Order-keeping alignment cannot pair both of two swapped steps, so a second pass pairs
//    the rows left over on both sides when they are clearly the same step (MOVE_SIMILARITY
//    or same diff_id), best match first: a moved step reads as itself, not as removed+added.

const PAIR_SIMILARITY = 0.5;
const MOVE_SIMILARITY = 0.8;
const SIZE_TIE_BREAK = 1e-3;
/** `tier` is T: one more than the most pairs an alignment can hold. */
function pairWeight(a, b, minSimilarity, tier) {
    const sizeA = a.step.sizeBytes ?? 0;
    const sizeB = b.step.sizeBytes ?? 0;
    const tieBreak = SIZE_TIE_BREAK * (1 - Math.abs(sizeA - sizeB) / Math.max(sizeA, sizeB, 1));
    // An empty diff has one well-known digest, shared by unrelated steps: only a same-keyword pair trusts it.
    if (a.step.diffId && a.step.diffId === b.step.diffId && (sizeA > 0 || a.normalized.keyword === b.normalized.keyword))
        return tier * tier;
    const score = similarity(a.normalized, b.normalized);
    if (score < minSimilarity)
        return 0;
    return (a.normalized.text === b.normalized.text ? tier : score) + tieBreak;
}
/**
 * Aligns two step sequences (base first in each). The result lists every row of both sides
 * once, in head order, each removed base row placed where it stood (after the pairs before it).
 */
function alignSteps(base, head) {
    const b = base.map((step) => ({ step, normalized: normalizeStep(step) }));
    const h = head.map((step) => ({ step, normalized: normalizeStep(step) }));
    const n = b.length;
    const m = h.length;
    const width = m + 1;
    const tier = Math.min(n, m) + 2;
    const weight = new Float64Array(n * m);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < m; j++)
            weight[i * m + j] = pairWeight(b[i], h[j], PAIR_SIMILARITY, tier);
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
                reversed.push([i - 1, j - 1]);
                i--;
                j--;
                continue;
            }
        }
        if (j > 0 && here === score[i * width + j - 1]) {
            reversed.push([null, j - 1]);
            j--;
        }
        else {
            reversed.push([i - 1, null]);
            i--;
        }
    }
    return pairMoved(reversed.reverse(), b, h, tier);
}
/** Second pass: leftover removed and added rows that are clearly one step, moved, become a pair at the head position. */
function pairMoved(pairs, b, h, tier) {
    const removed = pairs.filter(([bi, hi]) => hi === null && bi !== null).map(([bi]) => bi);
    const added = pairs.filter(([bi, hi]) => bi === null && hi !== null).map(([, hi]) => hi);
    if (removed.length === 0 || added.length === 0)
        return pairs;
    const candidates = [];
    for (const bi of removed) {
        for (const hi of added) {
            const w = pairWeight(b[bi], h[hi], MOVE_SIMILARITY, tier);
            if (w > 0)
                candidates.push({ bi, hi, w });
        }
    }
    // Best first; ties by position so the result does not depend on the sort's stability.
    candidates.sort((x, y) => y.w - x.w || x.hi - y.hi || x.bi - y.bi);
    const moved = new Map();
    const usedBase = new Set();
    for (const { bi, hi } of candidates) {
        if (usedBase.has(bi) || moved.has(hi))
            continue;
        usedBase.add(bi);
        moved.set(hi, bi);
    }
    const out = [];
    for (const [bi, hi] of pairs) {
        if (hi === null && bi !== null && usedBase.has(bi))
            continue;
        if (bi === null && hi !== null && moved.has(hi))
            out.push([moved.get(hi), hi]);
        else
            out.push([bi, hi]);
    }
    return out;
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
//   fromImageLayers in baseline.ts); without it, the base image is the leading imported rows
//   (no instruction: `docker import`, or layers the builder kept no history for). When the
//   two base images have the same layers (diff_ids) their rows pair one to one; when they
//   differ, each side's base rows collapse into one aggregated entry with instruction `FROM`,
//   so a new base reads as one change, not dozens of unrelated rows.
// - The other rows pair by alignment (align.ts).
// - A paired row whose |delta| is below minChangeBytes is `unchanged` (its exact deltaBytes
//   is kept); `added`/`removed` keep their status whatever their size: a step came or went.


const DEFAULT_MIN_CHANGE_BYTES = 10_000;
/** Which size field to compare: a compressed-size registry report compares only on compressed sizes. */
function sizeField(base, head) {
    const kindOf = (report) => report.sizeKind ?? 'uncompressed';
    if (kindOf(base) === kindOf(head))
        return { sizeOf: (row) => row.sizeBytes, total: (report) => report.totalBytes, compressed: kindOf(base) === 'compressed' };
    const hasCompressed = (report) => report.totalCompressedBytes !== undefined && report.layers.every((row) => row.empty || row.compressedBytes !== undefined);
    if (hasCompressed(base) && hasCompressed(head)) {
        return { sizeOf: (row) => row.compressedBytes ?? 0, total: (report) => report.totalCompressedBytes ?? 0, compressed: true };
    }
    const compressed = kindOf(base) === 'compressed' ? base : head;
    throw new errors/* InputError */.d(`${compressed.image.ref} has compressed (registry) sizes and the other image uncompressed ones: read both the same way (analyze --source registry --uncompressed, or analyze --compressed for the engine image)`);
}
function side(row, sizeOf) {
    return { index: row.index, instruction: row.instruction, createdBy: row.createdBy, sizeBytes: sizeOf(row) };
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
    return { status: statusOf(base, head, deltaBytes, minChangeBytes), base, head, deltaBytes };
}
/** The leading rows of `rows` (filesystem rows only) that came from the FROM image. */
function baseImageRows(rows, known) {
    if (known !== undefined)
        return rows.slice(0, Math.max(0, Math.min(known, rows.length)));
    let end = 0;
    while (end < rows.length && rows[end].instruction === '' && rows[end].createdBy === '')
        end++;
    return rows.slice(0, end);
}
function sameLayers(a, b, sizeOf) {
    if (a.length !== b.length)
        return false;
    return a.every((row, i) => (row.diffId && b[i].diffId ? row.diffId === b[i].diffId : sizeOf(row) === sizeOf(b[i]) && row.createdBy === b[i].createdBy));
}
function aggregate(rows, ref, sizeOf) {
    if (rows.length === 0)
        return null;
    const count = `${rows.length} layer${rows.length === 1 ? '' : 's'}`;
    return {
        index: rows[0].index,
        instruction: 'FROM',
        createdBy: ref ? `FROM ${ref} (${count})` : `FROM (base image, ${count})`,
        sizeBytes: rows.reduce((sum, row) => sum + sizeOf(row), 0),
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
    const known = opts.baseImageLayers?.base !== undefined && opts.baseImageLayers?.head !== undefined;
    const baseFrom = baseImageRows(baseRows, known ? opts.baseImageLayers?.base : undefined);
    const headFrom = baseImageRows(headRows, known ? opts.baseImageLayers?.head : undefined);
    if (sameLayers(baseFrom, headFrom, sizeOf)) {
        baseFrom.forEach((row, i) => layers.push(change(side(row, sizeOf), side(headFrom[i], sizeOf), minChangeBytes)));
    }
    else {
        layers.push(change(aggregate(baseFrom, opts.baseImageRefs?.base, sizeOf), aggregate(headFrom, opts.baseImageRefs?.head, sizeOf), minChangeBytes));
    }
    const baseSteps = baseRows.slice(baseFrom.length);
    const headSteps = headRows.slice(headFrom.length);
    const toStep = (row) => ({ instruction: row.instruction, createdBy: row.createdBy, sizeBytes: sizeOf(row), diffId: row.diffId, buildArgs: row.buildArgs });
    for (const [bi, hi] of alignSteps(baseSteps.map(toStep), headSteps.map(toStep))) {
        const b = bi === null ? null : side(baseSteps[bi], sizeOf);
        const h = hi === null ? null : side(headSteps[hi], sizeOf);
        layers.push(change(b, h, minChangeBytes));
    }
    return {
        schemaVersion: 1,
        base: { ref: base.image.ref, totalBytes: total(base) },
        head: { ref: head.image.ref, totalBytes: total(head) },
        totalDeltaBytes: total(head) - total(base),
        layers,
        minChangeBytes,
        ...(compressed ? { measure: 'compressed' } : {}),
    };
}


/***/ }),

/***/ 8159:
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
                globalArgs[name] = options.buildArgs?.[name] ?? (eq >= 0 ? item.slice(eq + 1).replace(/^"(.*)"$/, '$1') : '');
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
    let stage = options.target ? stages.find((s) => s.name === options.target.toLowerCase()) : stages[stages.length - 1];
    // Follow FROM <earlier stage> back to an outside image; a stage can only name an earlier one.
    for (let hops = 0; stage && hops < stages.length; hops++) {
        const position = stages.indexOf(stage);
        const earlier = stages.slice(0, position).find((s) => s.name === stage.from.toLowerCase());
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
    const diffIds = report.layers.filter((row) => !row.empty).map((row) => row.diffId);
    if (layers.length > diffIds.length || !layers.every((layer, i) => diffIds[i] === layer))
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

/***/ 6607:
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
    name: 512,
};
const L = SAVED_REPORT_LIMITS;
const bytes = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
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
        buildArgs: { type: 'object', maxProperties: 100, propertyNames: { maxLength: 256 }, additionalProperties: text(L.text) },
        id: text(256),
        createdAt: text(64),
        comment: text(L.text),
        diffId: text(256),
        compressedBytes: bytes,
    },
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
        },
    },
    totalBytes: bytes,
    sizeKind: { enum: ['uncompressed', 'compressed'] },
    totalCompressedBytes: bytes,
    layers: { type: 'array', maxItems: L.layers, items: layerRow },
    warnings: { type: 'array', maxItems: L.warnings, items: text(L.text) },
    files: { type: 'object' },
    name: { type: 'string', minLength: 1, maxLength: L.name },
    status: { enum: ['pass', 'fail'] },
    violations: { type: 'array', maxItems: 10_000, items: { type: 'object' } },
    budget: { type: 'object' },
    comparison: { type: ['object', 'null'] },
    baselineNote: text(L.text),
    baselineFrom: { type: 'object' },
    pullRequest: { type: 'object' },
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
        runId: bytes,
    },
};
const imageSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'image', 'totalBytes', 'layers', 'warnings'],
    properties: imageProperties,
};
const runSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'images'],
    properties: {
        schemaVersion: { const: 1 },
        status: { enum: ['pass', 'fail'] },
        violations: { type: 'array', maxItems: 10_000, items: { type: 'object' } },
        images: { type: 'array', minItems: 1, maxItems: L.images, items: { ...imageSchema, required: [...imageSchema.required, 'name'] } },
        units: { enum: ['si', 'iec'] },
        pullRequest: { type: 'object' },
        origin: reportOriginSchema,
    },
};
// allErrors off: a hostile file cannot make us build a huge error list.
// Compiled on first use: commands that read no saved report do not pay for compiling.
let compiled;
function validators() {
    if (compiled)
        return compiled;
    const ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: false, strict: true, strictTypes: false });
    return (compiled = { image: ajv.compile(imageSchema), run: ajv.compile(runSchema) });
}
function schemaError(file, validate) {
    const error = validate.errors?.[0];
    const where = error?.instancePath ? error.instancePath.slice(0, 200) : '(top level)';
    const extra = error?.params && 'additionalProperty' in error.params ? ` "${String(error.params.additionalProperty).slice(0, 100)}"` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`baseline report ${file}: ${where} ${error?.message ?? 'is not valid'}${extra}. Give a report written by "image-size-budget analyze --json" or the action's report file.`);
}
/** Only the ImageReport fields: what a comparison reads, nothing else carried along. */
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
        warnings: [...image.warnings],
    };
    if (image.sizeKind)
        report.sizeKind = image.sizeKind;
    if (image.totalCompressedBytes !== undefined)
        report.totalCompressedBytes = image.totalCompressedBytes;
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
            picked = images.find((image) => image.name === name) ?? images.find((image) => image.image.ref === name);
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
    if (name !== undefined && image.name !== undefined && image.name !== name && image.image.ref !== name) {
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


/***/ })

};
