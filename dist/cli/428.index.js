export const id = 428;
export const ids = [428];
export const modules = {

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diveRulesFor: () => (/* binding */ diveRulesFor),
/* harmony export */   loadDiveCi: () => (/* binding */ loadDiveCi),
/* harmony export */   parseDiveCi: () => (/* binding */ parseDiveCi),
/* harmony export */   parseHumanBytes: () => (/* binding */ parseHumanBytes)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4279);
// A `.dive-ci` file (dive's CI config, YAML): its `rules:` with dive's defaults,
// `disabled`/`off` and go-humanize sizes, parsed into the thresholds budget/rules/dive.ts
// checks. Read when `analyze --dive-ci PATH` or `check --dive-ci PATH` is given, or when
// the budget file names one (`dive: .dive-ci`).




const DIVE_DEFAULTS = {
    lowestEfficiency: '0.9',
    highestWastedBytes: 'disabled',
    highestUserWastedPercent: '0.1'
};
// go-humanize bytesSizeTable.
const BYTE_UNITS = {
    '': 1,
    b: 1,
    k: 1e3,
    kb: 1e3,
    ki: 1024,
    kib: 1024,
    m: 1e6,
    mb: 1e6,
    mi: 1024 ** 2,
    mib: 1024 ** 2,
    g: 1e9,
    gb: 1e9,
    gi: 1024 ** 3,
    gib: 1024 ** 3,
    t: 1e12,
    tb: 1e12,
    ti: 1024 ** 4,
    tib: 1024 ** 4,
    p: 1e15,
    pb: 1e15,
    pi: 1024 ** 5,
    pib: 1024 ** 5,
    e: 1e18,
    eb: 1e18,
    ei: 1024 ** 6,
    eib: 1024 ** 6
};
/** go-humanize ParseBytes: "20MB", "20 MiB", "1,000 kB", "42". Returns undefined when it would fail. */
function parseHumanBytes(text) {
    const number = /^[\d.,]*/.exec(text)[0];
    const value = Number(number.replace(/,/g, ''));
    if (number === '' ||
        !/^(\d+\.?\d*|\.\d+)$/.test(number.replace(/,/g, '')) ||
        !Number.isFinite(value))
        return undefined;
    const unit = BYTE_UNITS[text.slice(number.length).trim().toLowerCase()];
    if (unit === undefined)
        return undefined;
    return Math.trunc(value * unit);
}
function parseGoFloat(text) {
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) &&
        text.trim() === text
        ? Number(text)
        : undefined;
}
/** Reads the `rules:` of a .dive-ci file (YAML), with dive's defaults for missing keys. */
function parseDiveCi(text, source) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source,
            problem: `${source} is not valid YAML: ${error.message.split('\n')[0]}`
        });
    }
    const rulesValue = doc && typeof doc === 'object'
        ? doc.rules
        : undefined;
    if (rulesValue !== undefined &&
        rulesValue !== null &&
        (typeof rulesValue !== 'object' || Array.isArray(rulesValue))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source,
            problem: `${source}: "rules" must be a mapping of lowestEfficiency, highestWastedBytes and highestUserWastedPercent`
        });
    }
    const given = (rulesValue ?? {});
    const rules = {};
    for (const key of Object.keys(DIVE_DEFAULTS)) {
        const raw = given[key];
        const value = raw === undefined || raw === null ? DIVE_DEFAULTS[key] : String(raw);
        if (/^(disabled|off)$/i.test(value.trim())) {
            rules[key] = null;
            continue;
        }
        const parsed = key === 'highestWastedBytes'
            ? parseHumanBytes(value)
            : parseGoFloat(value);
        if (parsed === undefined) {
            const expected = key === 'highestWastedBytes'
                ? 'a size such as "20MB" or "20 MiB"'
                : 'a number between 0 and 1';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                input: source,
                problem: `${source}: rules.${key} is ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)}, expected ${expected} or "disabled"`
            });
        }
        if (key !== 'highestWastedBytes' && (parsed < 0 || parsed > 1)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                input: source,
                problem: `${source}: rules.${key} config value is outside allowed range (0-1), given ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)}`
            });
        }
        rules[key] = parsed;
    }
    return rules;
}
/** Reads a .dive-ci file; `namedBy` says where its path came from, for the error message. */
async function loadDiveCi(path, namedBy = '--dive-ci') {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: namedBy,
            problem: `cannot read the dive CI file ${path}: ${error.code ?? error.message}.`,
            fix: `Check the path given by ${namedBy}.`
        });
    }
    return parseDiveCi(text, path);
}
/** The rules a run applies: `--dive-ci PATH` when given, else the budget file's `dive:` (a path from the repository root), else none. */
async function diveRulesFor(config, given) {
    if (given !== undefined)
        return loadDiveCi(given);
    if (config.dive === undefined)
        return undefined;
    return loadDiveCi(config.dive, `"dive:" in ${config.path}`);
}


/***/ })

};
