export const id = 200;
export const ids = [200];
export const modules = {

/***/ 4200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readArchiveImage: () => (/* binding */ readArchiveImage)
/* harmony export */ });
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2193);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9223);
// Image archives as a source: `readArchiveImage` for a file or directory on disk
// (docker-archive legacy or Docker 25+, oci-archive, OCI layout directory, kaniko tarball),
// the report with every layer listed; the file analysis is the caller's (src/analysis/image.ts).
// An engine image's archive, streamed, is engine.ts (apart, so that reading a file loads
// no engine code).


/** The image in an archive on disk, with its layers listed (no file analysis yet). */
async function readArchiveImage(path, options = {}) {
    const source = await (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .openArchive */ .p_)(path);
    try {
        return await (0,_image_js__WEBPACK_IMPORTED_MODULE_0__/* .readImageFromSource */ .R1)(source, options);
    }
    finally {
        source.close();
    }
}


/***/ })

};
