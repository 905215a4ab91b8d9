export const id = 4;
export const ids = [4];
export const modules = {

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeImageFiles: () => (/* binding */ analyzeImageFiles)
/* harmony export */ });
/* unused harmony export saveEngineImage */
/* harmony import */ var _analysis_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9206);
/* harmony import */ var _engine_export_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2442);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2193);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9223);
// An engine image's `docker save` archive as a source for the file analysis, streamed
// (engine-export.ts) without a temporary copy.




/**
 * Streams the `docker save` archive of `ref` into the reader (from the engine's socket, or
 * the docker CLI; see engine-export.ts): nothing is written to disk and layer contents are
 * dropped as they pass. A failed export (no such image, no engine) is reported in the
 * engine's own words rather than as a broken archive.
 */
async function saveEngineImage(ref) {
    const reader = _source_js__WEBPACK_IMPORTED_MODULE_3__/* .StreamSource */ .e_.start(`docker save ${ref}`);
    const { failure, consumeError } = await (0,_engine_export_js__WEBPACK_IMPORTED_MODULE_1__/* .exportImage */ .__)(ref, (chunk) => reader.feed(chunk));
    // What the archive reader found wrong explains more than the engine's complaint about the reader stopping.
    if (consumeError !== undefined)
        throw consumeError;
    if (failure)
        throw (0,_engine_export_js__WEBPACK_IMPORTED_MODULE_1__/* .exportFailureError */ .TE)(ref, failure);
    return (0,_image_js__WEBPACK_IMPORTED_MODULE_2__/* .readImageFromSource */ .R1)(reader.finish(), { ref });
}
/** The file analysis of an engine image (for `analyze --files` and the action's file-analysis input). */
async function analyzeImageFiles(ref, options = {}) {
    const { report, listings } = await saveEngineImage(ref);
    return (0,_analysis_files_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeFiles */ ._$)(report.layers, listings, options);
}


/***/ })

};
