export const id = 513;
export const ids = [513];
export const modules = {

/***/ 9513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMinChange: () => (/* binding */ parseMinChange),
/* harmony export */   renderComparison: () => (/* binding */ renderComparison),
/* harmony export */   runCompare: () => (/* binding */ runCompare)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _image_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3722);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5299);
/* harmony import */ var _compare_from_image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8159);
/* harmony import */ var _compare_saved_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6607);
/* harmony import */ var _report_units_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7885);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4654);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
// `image-size-budget compare <base> <head>`: how an image changed against a baseline, layer
// by layer. Each side is an image ref in the engine or a saved JSON report (a path that
// exists and ends in .json). Human output or --json (the Comparison object).









const SIZE_UNITS = {
    b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9,
    ki: 1024, kib: 1024, mi: 1024 ** 2, mib: 1024 ** 2, gi: 1024 ** 3, gib: 1024 ** 3,
};
/** `10kB` (1000-based), `1MiB` (1024-based), `2.5MB` or plain bytes, as whole bytes. */
function parseMinChange(text) {
    const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(text.trim());
    const factor = match ? SIZE_UNITS[match[2].toLowerCase() || 'b'] : undefined;
    if (!match || factor === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`--min-change "${text}" is not a size: write e.g. 10kB, 1MiB or 5000 (bytes)`);
    return Math.round(Number(match[1]) * factor);
}
async function loadSide(arg, which, name) {
    if (arg.toLowerCase().endsWith('.json')) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(arg))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`${which} "${arg}" looks like a report file but does not exist: check the path (an image ref does not end in .json)`);
        return (0,_compare_saved_report_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSavedReport */ .aP)(arg, name);
    }
    return (0,_image_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(arg);
}
async function boundary(report, ref, flag) {
    if (ref === undefined)
        return undefined;
    const layers = await (0,_compare_from_image_js__WEBPACK_IMPORTED_MODULE_2__/* .fromImageLayers */ .Ez)(report, ref);
    if (layers === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`${flag} ${ref}: that image is not in the engine, or its layers are not the first layers of ${report.image.ref}. Name the image the Dockerfile's FROM used.`);
    }
    return layers;
}
function signed(bytes, units) {
    return bytes > 0 ? `+${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(bytes, units)}` : (0,_report_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(bytes, units);
}
function label(change) {
    return `${change.base ? `L${change.base.index}` : '—'} → ${change.head ? `L${change.head.index}` : '—'}`;
}
function renderComparison(comparison, units, width = 100) {
    const { base, head, totalDeltaBytes } = comparison;
    const pct = base.totalBytes > 0 ? `, ${totalDeltaBytes >= 0 ? '+' : ''}${((totalDeltaBytes / base.totalBytes) * 100).toFixed(2)}%` : '';
    const lines = [
        `base ${base.ref}`,
        `head ${head.ref}`,
        `total ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(base.totalBytes, units)} → ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(head.totalBytes, units)} (${signed(totalDeltaBytes, units)}${pct})`,
    ];
    const changed = comparison.layers
        .filter((change) => change.status !== 'unchanged')
        .sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) || (a.head?.index ?? a.base.index) - (b.head?.index ?? b.base.index));
    if (changed.length > 0) {
        lines.push('', `${changed.length} changed layer${changed.length === 1 ? '' : 's'}, largest change first:`);
        const deltaWidth = Math.max(...changed.map((change) => signed(change.deltaBytes, units).length));
        const labelWidth = Math.max(...changed.map((change) => label(change).length));
        for (const change of changed) {
            const prefix = `  ${change.status.padEnd(9)}${signed(change.deltaBytes, units).padStart(deltaWidth)}  ${label(change).padEnd(labelWidth)}  `;
            const text = (change.head ?? change.base).createdBy || '(no instruction)';
            const room = Math.max(20, width - prefix.length);
            lines.push(prefix + (text.length > room ? `${text.slice(0, room - 1)}…` : text));
        }
    }
    else {
        lines.push('', 'no layer changed');
    }
    const unchanged = comparison.layers.length - changed.length;
    const floor = comparison.minChangeBytes > 0 ? ` (changes under ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(comparison.minChangeBytes, units)} count as unchanged)` : '';
    lines.push(`${unchanged} layer${unchanged === 1 ? '' : 's'} unchanged${floor}`);
    return lines.join('\n');
}
async function runCompare(args, io) {
    const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)('compare', args, {
        json: { type: 'boolean' },
        units: { type: 'string' },
        'min-change': { type: 'string' },
        name: { type: 'string' },
        'base-from': { type: 'string' },
        'head-from': { type: 'string' },
    });
    if (positionals.length !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`compare takes two images, base then head (refs in the engine or saved .json reports), got ${positionals.length}`);
    }
    const units = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_4__.parseUnits)(values.units);
    const minChangeBytes = values['min-change'] === undefined ? _compare_compare_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_MIN_CHANGE_BYTES */ .a : parseMinChange(values['min-change']);
    if ((values['base-from'] === undefined) !== (values['head-from'] === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d('--base-from and --head-from go together: name the FROM image of both sides');
    }
    const base = await loadSide(positionals[0], 'base', values.name);
    const head = await loadSide(positionals[1], 'head', values.name);
    const baseLayers = await boundary(base, values['base-from'], '--base-from');
    const headLayers = await boundary(head, values['head-from'], '--head-from');
    const comparison = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_8__/* .compareReports */ .l)(base, head, {
        minChangeBytes,
        ...(baseLayers !== undefined && headLayers !== undefined
            ? { baseImageLayers: { base: baseLayers, head: headLayers }, baseImageRefs: { base: values['base-from'], head: values['head-from'] } }
            : {}),
    });
    io.stdout(values.json ? JSON.stringify(comparison, null, 2) : renderComparison(comparison, units, process.stdout.columns || 100));
    return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_OK */ .Ij;
}


/***/ })

};
