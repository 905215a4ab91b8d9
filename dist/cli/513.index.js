export const id = 513;
export const ids = [513];
export const modules = {

/***/ 9513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCompare: () => (/* binding */ runCompare)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _image_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3722);
/* harmony import */ var _image_layer_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1068);
/* harmony import */ var _baseline_from_image_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7163);
/* harmony import */ var _baseline_saved_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7359);
/* harmony import */ var _report_run_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6455);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3567);
/* harmony import */ var _budget_size_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9140);
// `image-size-budget compare <base> <head>`: how an image changed against a baseline, layer
// by layer. Each side is an image ref in the engine or a saved JSON report (a path that
// exists and ends in .json). Human output (report/run-text.ts, as the log and `check`
// print an image's changes) or --json (the Comparison object).










async function loadSide(arg, which, name) {
    if (arg.toLowerCase().endsWith('.json')) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(arg))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                input: arg,
                problem: `${which} "${arg}" looks like a report file but does not exist`,
                fix: 'check the path (an image ref does not end in .json)'
            });
        const report = await (0,_baseline_saved_report_js__WEBPACK_IMPORTED_MODULE_6__/* .loadSavedReport */ .a)(arg, name);
        // A saved side's layers need not be measured again on the other side (containerd store).
        (0,_image_layer_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .seedLayerFacts */ .Gi)(report);
        return report;
    }
    return (0,_image_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .readEngineImage */ .O8)(arg);
}
async function boundary(report, ref, flag) {
    if (ref === undefined)
        return undefined;
    const layers = await (0,_baseline_from_image_js__WEBPACK_IMPORTED_MODULE_5__/* .fromImageLayers */ .Ez)(report, ref);
    if (layers === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: flag,
            problem: `${flag} ${ref}: that image is not in the engine, or its layers are not the first layers of ${report.image.ref}.`,
            fix: "Name the image the Dockerfile's FROM used."
        });
    }
    return { ref, layers };
}
async function runCompare(args, io) {
    const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Qx)('compare', args, {
        json: { type: 'boolean' },
        units: { type: 'string' },
        'min-change': { type: 'string' },
        name: { type: 'string' },
        'base-from': { type: 'string' },
        'head-from': { type: 'string' }
    });
    if (positionals.length !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: 'compare',
            problem: `compare takes two images, base then head (refs in the engine or saved .json reports), got ${positionals.length}`,
            fix: 'Run "image-size-budget --help" for usage of compare.'
        });
    }
    const units = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .parseUnits */ .XS)(values.units);
    const minChangeBytes = values['min-change'] === undefined
        ? _budget_size_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_MIN_CHANGE_BYTES */ .af
        : (0,_budget_size_js__WEBPACK_IMPORTED_MODULE_9__/* .parseSize */ .DB)(values['min-change'], '--min-change');
    if ((values['base-from'] === undefined) !==
        (values['head-from'] === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: values['base-from'] === undefined ? '--head-from' : '--base-from',
            problem: '--base-from and --head-from go together',
            fix: 'name the FROM image of both sides'
        });
    }
    const base = await loadSide(positionals[0], 'base', values.name);
    const head = await loadSide(positionals[1], 'head', values.name);
    const comparison = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_4__/* .compareWithBaseline */ .$)({
        report: base,
        fromImage: await boundary(base, values['base-from'], '--base-from')
    }, head, {
        minChangeBytes,
        headFrom: await boundary(head, values['head-from'], '--head-from')
    });
    io.stdout(values.json
        ? JSON.stringify(comparison, null, 2)
        : (0,_report_run_text_js__WEBPACK_IMPORTED_MODULE_7__/* .renderComparisonText */ .L)(comparison, units, {
            width: process.stdout.columns || 100
        }));
    return _command_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT_OK */ .Ij;
}


/***/ })

};
