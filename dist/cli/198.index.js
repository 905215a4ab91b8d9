export const id = 198;
export const ids = [198];
export const modules = {

/***/ 6198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   measuredLayers: () => (/* binding */ measuredLayers)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _layer_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78);
// The exact layer sizes of an image on an engine whose own figures are not content bytes
// (the containerd store): facts from the cache, from the export the caller streams anyway,
// or from an export of our own for the layers nobody has measured. Loaded only there.


async function measuredLayers(report, store, diffIds, exported) {
    const cache = new _layer_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .LayerFactsCache */ .pS();
    const facts = new Map();
    let cached = 0;
    let measured = 0;
    if (exported) {
        for (const layer of (0,_layer_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .factsOfArchive */ .v$)(await exported)) {
            if (facts.has(layer.diffId))
                continue;
            facts.set(layer.diffId, layer);
            cache.put(layer);
            measured++;
        }
    }
    else {
        for (const diffId of new Set(diffIds)) {
            const known = cache.get(diffId);
            if (known)
                facts.set(diffId, known);
        }
        cached = facts.size;
        if (facts.size < new Set(diffIds).size) {
            const { measureEngineLayers } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(223), __webpack_require__.e(4)]).then(__webpack_require__.bind(__webpack_require__, 9004));
            for (const layer of await measureEngineLayers(report.image.ref, facts, cache)) {
                facts.set(layer.diffId, layer);
                cache.put(layer);
                measured++;
            }
        }
    }
    const where = cache.dir ? `cache ${cache.dir}` : 'cache off';
    (process.env.GITHUB_ACTIONS === 'true' ? _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info : _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.debug)(`${report.image.ref}: the engine keeps images in the ${store} store, whose sizes are not content bytes; ` +
        `layer sizes measured from the layers: ${cached} from the cache, ${measured} read from the engine's export (${where})` +
        (cache.ignored > 0
            ? `; ${cache.ignored} damaged cache entries ignored`
            : ''));
    return (0,_layer_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .withMeasuredLayers */ .hL)(report, store, facts);
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
