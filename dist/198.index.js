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
            const { measureEngineLayers } = await Promise.all(/* import() */[__webpack_require__.e(223), __webpack_require__.e(4)]).then(__webpack_require__.bind(__webpack_require__, 9004));
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


/***/ })

};
