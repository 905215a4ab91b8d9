export const id = 372;
export const ids = [372];
export const modules = {

/***/ 372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadImage: () => (/* binding */ loadImage)
/* harmony export */ });
/* unused harmony export AUTO_FILE_ANALYSIS_MAX_BYTES */
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5842);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3722);
// The engine's reader behind the source interface (resolve.ts): the report of an image in
// the engine, built first from a Dockerfile when asked, with its layers' files when the
// file analysis wants them. One export of the image serves both the files and, on an engine
// whose own figures are not content bytes (the containerd store), the exact layer sizes.


/** Images up to this size get the file analysis with `file-analysis: auto`. */
const AUTO_FILE_ANALYSIS_MAX_BYTES = 2_000_000_000;
/**
 * The report of `ref` (built first with `build`, tagged `ref`) and, with `files` (true, or
 * `auto` for images up to AUTO_FILE_ANALYSIS_MAX_BYTES), its export with every layer listed.
 * The export streams while `docker history` runs. `packages: false` reads no package databases.
 */
async function loadImage(ref, options = {}) {
    if (options.build)
        await (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .buildImage */ ._w)({ ...options.build, tag: ref });
    const files = options.files ?? false;
    if (files === false)
        return { report: await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(ref) };
    // Loaded here: reading the history alone needs no archive code (start-up counts).
    const { saveEngineImage } = await Promise.all(/* import() */[__webpack_require__.e(223), __webpack_require__.e(4)]).then(__webpack_require__.bind(__webpack_require__, 9004));
    if (files === true || (await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .engineStore */ .iM)()) !== 'legacy') {
        // The containerd store needs the export for exact sizes anyway (unless cached): one export for both.
        const exported = saveEngineImage(ref, { packages: options.packages });
        exported.catch(() => undefined); // awaited below; not an unhandled rejection while history runs
        const report = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(ref, { exported });
        const wanted = files === true || report.totalBytes <= AUTO_FILE_ANALYSIS_MAX_BYTES;
        return { report, ...(wanted ? { archive: await exported } : {}) };
    }
    const report = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(ref);
    if (report.totalBytes > AUTO_FILE_ANALYSIS_MAX_BYTES)
        return { report };
    return {
        report,
        archive: await saveEngineImage(ref, { packages: options.packages })
    };
}


/***/ })

};
