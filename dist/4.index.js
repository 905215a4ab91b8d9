export const id = 4;
export const ids = [4];
export const modules = {

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   measureEngineLayers: () => (/* binding */ measureEngineLayers),
/* harmony export */   saveEngineImage: () => (/* binding */ saveEngineImage)
/* harmony export */ });
/* harmony import */ var _model_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6689);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _engine_export_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2442);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2193);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9223);
// An engine image's `docker save` archive as a source, streamed (engine-export.ts) without a
// temporary copy: the whole image with every layer listed (the file analysis), or only the
// facts of the layers not measured yet (exact sizes on an engine whose own figures mean
// something else; layer-facts.ts).





/**
 * Streams the export of `ref` into a StreamSource; `skip` names members to drop unread.
 * Layers are listed as they arrive, so `packages: false` applies from the start.
 */
async function exportToSource(ref, skip, packages = true) {
    const reader = _source_js__WEBPACK_IMPORTED_MODULE_4__/* .StreamSource */ .e_.start(`docker save ${ref}`, { skip, packages });
    const { failure, consumeError } = await (0,_engine_export_js__WEBPACK_IMPORTED_MODULE_2__/* .exportImage */ .__)(ref, (chunk) => reader.feed(chunk));
    // What the archive reader found wrong explains more than the engine's complaint about the reader stopping.
    if (consumeError !== undefined)
        throw consumeError;
    if (failure)
        throw (0,_engine_export_js__WEBPACK_IMPORTED_MODULE_2__/* .exportFailureError */ .TE)(ref, failure);
    return reader.finish();
}
/**
 * Streams the `docker save` archive of `ref` into the reader (from the engine's socket, or
 * the docker CLI; see engine-export.ts): nothing is written to disk and layer contents are
 * dropped as they pass. A failed export (no such image, no engine) is reported in the
 * engine's own words rather than as a broken archive. `packages: false` keeps no package
 * databases (no package attribution).
 */
async function saveEngineImage(ref, options = {}) {
    return (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .readImageFromSource */ .R1)(await exportToSource(ref, undefined, options.packages !== false), {
        ref,
        packages: options.packages
    });
}
/**
 * The facts of the layers of `ref` that `known` lacks, read from the engine's export: blobs
 * whose facts the cache already holds are dropped unread (a containerd-store export names
 * blobs by their stored digest, and writes them before the manifest that says which is which).
 */
async function measureEngineLayers(ref, known, cache) {
    const skip = (name) => {
        const digest = (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .blobDigest */ .ep)(name);
        const facts = digest ? cache.byBlob(digest) : undefined;
        return facts !== undefined && known.has(facts.diffId);
    };
    const source = await exportToSource(ref, skip);
    const located = await (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .locateImage */ .kl)(source, { ref });
    const measured = [];
    for (const [i, name] of located.layerNames.entries()) {
        const diffId = located.diffIds[i];
        if (typeof diffId !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                input: ref,
                problem: `docker save ${ref}: the image config lists no diff_id for layer ${i}`
            });
        if (known.has(diffId) || measured.some((facts) => facts.diffId === diffId))
            continue;
        const listing = await source.listLayer(name);
        const blob = (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .storedBlob */ .Xn)(source, name);
        measured.push({
            diffId,
            sizeBytes: (0,_model_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .layerDiskBytes */ ._n)(listing),
            entries: listing.length,
            ...(blob ? { blob } : {})
        });
    }
    return measured;
}


/***/ })

};
