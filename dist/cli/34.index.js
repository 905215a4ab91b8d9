export const id = 34;
export const ids = [34,428,647];
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


/***/ }),

/***/ 8647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateDiveCi: () => (/* binding */ evaluateDiveCi)
/* harmony export */ });
// dive's CI rules (runtime/ci/rule.go): lowestEfficiency, highestWastedBytes,
// highestUserWastedPercent, with dive's comparisons (equality passes), checked against the
// figures of analysis/dive.ts. Pure: the rules come parsed (budget/dive-ci.ts reads the
// `.dive-ci` file); violations out (rule `dive`).
/** dive's rule checks (equality passes): one `dive` violation per failed rule. */
function evaluateDiveCi(figures, rules, image) {
    const out = [];
    const { lowestEfficiency, highestWastedBytes, highestUserWastedPercent } = rules;
    if (lowestEfficiency !== null && lowestEfficiency > figures.efficiency) {
        out.push({
            image,
            rule: 'dive',
            detail: 'lowestEfficiency',
            limitBytes: lowestEfficiency,
            actualBytes: figures.efficiency
        });
    }
    if (highestWastedBytes !== null && figures.wastedBytes > highestWastedBytes) {
        out.push({
            image,
            rule: 'dive',
            detail: 'highestWastedBytes',
            limitBytes: highestWastedBytes,
            actualBytes: figures.wastedBytes
        });
    }
    const percent = figures.userWastedPercent;
    if (highestUserWastedPercent !== null &&
        percent !== null &&
        highestUserWastedPercent < percent) {
        out.push({
            image,
            rule: 'dive',
            detail: 'highestUserWastedPercent',
            limitBytes: highestUserWastedPercent,
            actualBytes: percent
        });
    }
    return out;
}


/***/ }),

/***/ 34:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUDGET_RUN_FLAGS: () => (/* binding */ BUDGET_RUN_FLAGS),
  checkConfig: () => (/* binding */ checkConfig),
  runBudgetFile: () => (/* binding */ runBudgetFile),
  runCheck: () => (/* binding */ runCheck),
  selectImages: () => (/* binding */ selectImages)
});

// EXTERNAL MODULE: ./src/budget/dive-ci.ts
var dive_ci = __webpack_require__(7428);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./schema/budget.schema.json
const budget_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/image-size-budget/image-size-budget/schema/budget.schema.json","title":"image-size-budget budget file","description":"Budgets for Docker/OCI images: .github/image-size-budget.yml","type":"object","additionalProperties":false,"required":["images"],"definitions":{"size":{"description":"A size: 250MB, 250 MB, 0.25GB, 250MiB, 1.5 GiB (SI units are 1000-based, IEC 1024-based), or a whole number of bytes. Limits are inclusive.","type":["string","integer"],"minimum":0,"format":"size"},"percent":{"description":"A percentage, e.g. 5% or 5.","type":["string","number"],"minimum":0,"format":"percent"},"budget":{"type":"object","additionalProperties":false,"properties":{"total":{"$ref":"#/definitions/size","description":"The whole image."},"layer":{"$ref":"#/definitions/size","description":"Any single layer."},"layers":{"type":"integer","minimum":0,"description":"Number of filesystem layers."},"rules":{"description":"Limits per instruction (match) or per package (package). For each layer the first match rule whose match hits its instruction wins; every package rule is checked on the whole image.","type":"array","items":{"type":"object","additionalProperties":false,"required":["max"],"oneOf":[{"required":["match"]},{"required":["package"]}],"properties":{"match":{"type":"string","minLength":1,"description":"A substring of the layer\'s instruction, or /regex/flags."},"package":{"type":"string","minLength":1,"description":"Package names: a glob (* any characters, ? one; case-insensitive), optionally prefixed by the package manager (dpkg:, apk:, npm:, python:); with another colon it matches dpkg\'s name:arch. The limit holds the bytes all matching packages ship (in the final filesystem or hidden by a later layer). Needs the file analysis."},"max":{"$ref":"#/definitions/size"}}}},"growth":{"description":"How much the image may grow against its baseline.","type":"object","additionalProperties":false,"properties":{"total":{"$ref":"#/definitions/size"},"percent":{"$ref":"#/definitions/percent"},"layer":{"$ref":"#/definitions/size"}}},"reclaimable":{"$ref":"#/definitions/size","description":"Bytes hidden by later layers (file analysis)."},"efficiency":{"type":"number","minimum":0,"maximum":1,"description":"1 - reclaimable / sum of all layers (file analysis)."},"unpackaged":{"$ref":"#/definitions/size","description":"Bytes of the final filesystem that no installed package owns (file analysis)."},"compressed":{"description":"Pull size (compressed layers), from a registry or --compressed.","type":"object","additionalProperties":false,"properties":{"total":{"$ref":"#/definitions/size"},"layer":{"$ref":"#/definitions/size"}}},"base":{"description":"Limits for the base image\'s layers (the FROM image). Without them, the per-layer limits (layer, rules, compressed.layer) show a base layer over them but do not fail it.","type":"object","additionalProperties":false,"properties":{"layer":{"$ref":"#/definitions/size","description":"Any single base image layer."},"compressed":{"type":"object","additionalProperties":false,"properties":{"layer":{"$ref":"#/definitions/size","description":"Any single base image layer\'s compressed size."}}}}}}},"build":{"type":"object","additionalProperties":false,"properties":{"context":{"type":"string","description":"Build context, relative to the repository root. Default: ."},"dockerfile":{"type":"string","description":"Dockerfile path, relative to the repository root. Default: <context>/Dockerfile."},"target":{"type":"string"},"args":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"platform":{"type":"string"},"tag":{"type":"string","description":"The tag the built image gets. Default: image-size-budget/<name>:local."}}},"image":{"type":"object","additionalProperties":false,"properties":{"image":{"type":"string","minLength":1,"description":"A ref in the engine (or a registry with source: registry)."},"build":{"$ref":"#/definitions/build"},"budget":{"$ref":"#/definitions/budget"},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to check, one row each (registry images)."},"min-change":{"$ref":"#/definitions/size"}}}},"properties":{"units":{"enum":["si","iec"],"description":"How sizes are shown: si (kB/MB/GB, 1000-based, as docker prints) or iec (KiB/MiB/GiB)."},"defaults":{"type":"object","additionalProperties":false,"description":"Applied to every image, overridden key by key per image.","properties":{"budget":{"$ref":"#/definitions/budget"},"platforms":{"type":"array","items":{"type":"string"}},"min-change":{"$ref":"#/definitions/size"}}},"images":{"type":"object","description":"The images, by the name shown in reports and comments.","minProperties":1,"additionalProperties":{"$ref":"#/definitions/image"}},"min-change":{"$ref":"#/definitions/size","description":"Layer changes smaller than this count as unchanged. Default 10kB."},"dive":{"type":"string","description":"Path of a .dive-ci file whose rules also apply."},"comment-key":{"type":"string","description":"Tells this config\'s PR comments apart."}}}');
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/messages.ts
var src_messages = __webpack_require__(4279);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/budget/pattern.ts
// A budget rule's `/regex/flags`, run with a linear-time engine. The text a rule is matched
// against is an image's instruction (createdBy): untrusted, and as long as an image config
// allows (JSON_DOCUMENT_LIMIT). JavaScript's backtracking engine can take exponential time
// on a nested quantifier (`(a+)+$`) and polynomial time on mere neighbours (`\s+\s+$` took
// minutes on 30 000 spaces), and no small checker catches the second kind; RE2 (re2js, RE2
// ported to plain JavaScript, no native build) matches in time linear in the text for every
// pattern. So patterns are written in JavaScript syntax, checked by JavaScript (its error
// messages are the familiar ones), and run by RE2. What RE2 cannot run in linear time
// (backreferences, lookahead and lookbehind) is refused when the budget file is loaded.


/** The first feature of a JavaScript pattern that RE2 does not run, or undefined. */
function unsupportedFeature(source) {
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const next = source[i + 1];
            if (!inClass && next !== undefined && /[1-9]/.test(next))
                return `a backreference (\\${next})`;
            if (!inClass && next === 'k' && source[i + 2] === '<')
                return 'a named backreference (\\k<…>)';
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '[') {
            inClass = true;
            // `[]…]` is not a class ending at once in JavaScript: `[]` is an empty class, so nothing to skip.
            continue;
        }
        if (c === '(' && source[i + 1] === '?') {
            const kind = source.slice(i + 2, i + 4);
            if (kind.startsWith('=') || kind.startsWith('!'))
                return `a lookahead (?${kind[0]}…)`;
            if (kind === '<=' || kind === '<!')
                return `a lookbehind (?${kind}…)`;
        }
    }
    return undefined;
}
/** Compiles `/source/flags` for budget rules: a linear-time test, or the problem to report. */
function compilePattern(source, flags) {
    if (source.length > limits/* RULE_PATTERN_LIMIT */.O$)
        return {
            problem: `is ${source.length} characters long; a rule's pattern may have at most ${limits/* RULE_PATTERN_LIMIT */.O$}`
        };
    try {
        new RegExp(source, flags);
    }
    catch (error) {
        // V8 repeats the whole pattern in its message: keep only what is wrong.
        return {
            problem: `is not a valid regular expression: ${error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`
        };
    }
    const feature = unsupportedFeature(source);
    const linear = 'budget rules run on RE2, a linear-time engine, so that no pattern can hang on a long instruction';
    if (feature)
        return {
            problem: `uses ${feature}, which RE2 does not support (${linear}); rewrite the pattern without it`
        };
    let flagBits = 0;
    if (flags.includes('i'))
        flagBits |= build/* RE2JS */.L3.CASE_INSENSITIVE;
    if (flags.includes('m'))
        flagBits |= build/* RE2JS */.L3.MULTILINE;
    if (flags.includes('s'))
        flagBits |= build/* RE2JS */.L3.DOTALL;
    let translated = build/* RE2JS */.L3.translateRegExp(source);
    // Sticky (`y`), with every test starting at 0 as before: a match at the start of the text.
    if (flags.includes('y'))
        translated = `\\A(?:${translated})`;
    let re;
    try {
        re = build/* RE2JS */.L3.compile(translated, flagBits);
    }
    catch (error) {
        const said = error.message.replace(/^error parsing regexp: /, '');
        return {
            problem: `cannot be run: ${said.length > 120 ? `${said.slice(0, 120)}…` : said} (${linear})`
        };
    }
    return { test: (text) => re.test(text) };
}

// EXTERNAL MODULE: ./src/budget/size.ts
var size = __webpack_require__(9140);
// EXTERNAL MODULE: ./src/analysis/package-pattern.ts
var package_pattern = __webpack_require__(4849);
;// CONCATENATED MODULE: ./src/budget/load.ts
// Loads the budget file (.github/image-size-budget.yml; JSON is YAML too), validates it
// against schema/budget.schema.json (the one source of truth, also published for editors)
// and turns it into a BudgetConfig. Every problem is reported at once, each as
// `path:line:column: key.path: what is wrong`, before any image is touched.










const DEFAULT_BUDGET_FILE = '.github/image-size-budget.yml';
let compiled;
/** The schema's validator, compiled on first use: compiling costs ~60 ms that commands without a budget file should not pay. */
function schemaValidator() {
    if (compiled)
        return compiled;
    const ajv = new dist_ajv.Ajv({
        allErrors: true,
        strict: false,
        allowUnionTypes: true,
        verbose: true
    });
    // Sizes and percentages are checked with the schema, so a bad size is reported with every other problem in one pass.
    ajv.addFormat('size', {
        type: 'string',
        validate: (text) => (0,size/* sizeBytes */.Vv)(text) !== undefined
    });
    ajv.addFormat('percent', {
        type: 'string',
        validate: (text) => (0,size/* percentValue */.ht)(text) !== undefined
    });
    return (compiled = ajv.compile(budget_schema_namespaceObject));
}
/** Where a key path sits in the file: the key itself when `atKey`, else its value. */
function position(doc, lines, path, atKey) {
    let node = doc.contents;
    let offset = 0;
    for (const [i, segment] of path.entries()) {
        if (!(0,dist/* isMap */.jh)(node) && !(node && typeof node === 'object' && 'items' in node))
            break;
        const items = node.items;
        let next;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                break;
            const keyNode = pair.key;
            offset =
                (atKey && i === path.length - 1
                    ? keyNode.range?.[0]
                    : (pair.value?.range?.[0] ?? keyNode.range?.[0])) ??
                    offset;
            next = pair.value;
        }
        else {
            next = items[Number(segment)];
            offset = next?.range?.[0] ?? offset;
        }
        node = next;
    }
    return lines.linePos(offset);
}
/** Edit distance with adjacent transpositions counting one (optimal string alignment): `layres` is one step from `layers`. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i === 0 ? j : j === 0 ? i : 0));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** The closest of `candidates` to a misspelt key, when it is close enough to be a likely typo. */
function closestKey(key, candidates) {
    const allowed = Math.max(2, Math.floor(key.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        // The distance is at least the difference in length: a key far longer than any known one
        // (a hostile file's megabyte key) is never measured, since that costs length × length.
        if (Math.abs(key.length - candidate.length) > allowed)
            continue;
        const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    return best !== undefined && bestDistance <= allowed ? best : undefined;
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return (0,src_messages/* quote */.hD)(value);
}
function expectedType(error) {
    const types = [].concat(error.params.type);
    const isSize = error.parentSchema?.description?.startsWith('A size');
    if (isSize)
        return 'a size (e.g. 250MB or 250MiB) or a whole number of bytes';
    const names = {
        object: 'a mapping',
        array: 'a list',
        string: 'a string',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false'
    };
    return types.map((type) => names[type] ?? type).join(' or ');
}
function problemsFromSchema(errors) {
    const problems = [];
    for (const error of errors) {
        // A `rules:` entry is one of two shapes (match or package): the shapes' own errors
        // say nothing a user can act on; the oneOf error below says which key to give.
        if (error.schemaPath.includes('/oneOf/'))
            continue;
        const path = error.instancePath
            .split('/')
            .slice(1)
            .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = error.params.additionalProperty;
                const known = Object.keys(error.parentSchema
                    .properties ?? {});
                const suggestion = closestKey(key, known);
                problems.push({
                    path: [...path, key],
                    atKey: true,
                    message: `unknown key${suggestion ? `; did you mean "${suggestion}"?` : known.length ? `; expected one of ${known.join(', ')}` : ''}`
                });
                break;
            }
            case 'type':
                problems.push({
                    path,
                    atKey: false,
                    message: `expected ${expectedType(error)}, got ${describeType(error.data)}`
                });
                break;
            case 'enum':
                problems.push({
                    path,
                    atKey: false,
                    message: `expected one of ${error.params.allowedValues.join(', ')}, got ${describeType(error.data)}`
                });
                break;
            case 'required':
                problems.push({
                    path,
                    atKey: false,
                    message: `the key "${error.params.missingProperty}" is required`
                });
                break;
            case 'minimum':
            case 'maximum':
                problems.push({
                    path,
                    atKey: false,
                    message: `must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${error.params.limit}, got ${describeType(error.data)}`
                });
                break;
            case 'minProperties':
                problems.push({
                    path,
                    atKey: false,
                    message: 'must name at least one image'
                });
                break;
            case 'format':
                problems.push({
                    path,
                    atKey: false,
                    message: error.params.format === 'percent'
                        ? `${(0,src_messages/* quote */.hD)(error.data)} is not a percentage; use e.g. 5%`
                        : (0,size/* notASize */.cL)(error.data)
                });
                break;
            case 'minLength':
                problems.push({ path, atKey: false, message: 'must not be empty' });
                break;
            case 'oneOf': {
                const data = (error.data ?? {});
                const both = data.match !== undefined && data.package !== undefined;
                problems.push({
                    path,
                    atKey: false,
                    message: both
                        ? 'give "match" (a layer\'s instruction) or "package" (package names), not both'
                        : 'give "match" (a layer\'s instruction) or "package" (package names)'
                });
                break;
            }
            default:
                problems.push({
                    path,
                    atKey: false,
                    message: error.message ?? 'is not valid'
                });
        }
    }
    return problems;
}
/** Converts validated data, collecting problems (bad sizes, bad regexes, image/build mix-ups) instead of stopping at the first. */
class Converter {
    problems = [];
    size(value, path) {
        if (value === undefined)
            return undefined;
        const bytes = (0,size/* sizeBytes */.Vv)(value);
        if (bytes === undefined)
            this.problems.push({ path, atKey: false, message: (0,size/* notASize */.cL)(value) });
        return bytes;
    }
    packageRule(raw, path) {
        const maxBytes = this.size(raw.max, [...path, 'max']);
        const pattern = (0,package_pattern/* parsePackagePattern */.SP)(raw.package);
        if ('problem' in pattern) {
            this.problems.push({
                path: [...path, 'package'],
                atKey: false,
                message: `${(0,src_messages/* quote */.hD)(raw.package)} ${pattern.problem}`
            });
            return undefined;
        }
        return maxBytes === undefined ? undefined : { pattern, maxBytes };
    }
    rule(raw, path) {
        const match = raw.match;
        const maxBytes = this.size(raw.max, [...path, 'max']);
        let test;
        // `/…/flags` is a regex only when what follows the last slash is valid flags: a path such as
        // `/usr/local/bin` stays a substring. Regexes run in linear time (pattern.ts).
        const regex = /^\/(.*)\/([dgimsuy]*)$/s.exec(match);
        if (regex) {
            const compiled = compilePattern(regex[1], regex[2]);
            if ('problem' in compiled) {
                this.problems.push({
                    path: [...path, 'match'],
                    atKey: false,
                    message: `${(0,src_messages/* quote */.hD)(match)} ${compiled.problem}`
                });
                return undefined;
            }
            test = compiled.test;
        }
        else {
            test = (createdBy) => createdBy.includes(match);
        }
        return maxBytes === undefined ? undefined : { match, test, maxBytes };
    }
    budget(raw, path) {
        if (!raw)
            return {};
        const budget = {};
        const set = (key, value) => {
            if (value !== undefined)
                budget[key] = value;
        };
        set('totalBytes', this.size(raw.total, [...path, 'total']));
        set('layerBytes', this.size(raw.layer, [...path, 'layer']));
        set('layers', raw.layers);
        if (Array.isArray(raw.rules)) {
            // Both lists are set from one `rules:` so that an image's list replaces the defaults' whole.
            const entries = raw.rules.map((rule, i) => ({ rule, i }));
            budget.rules = entries
                .filter(({ rule }) => rule.package === undefined)
                .map(({ rule, i }) => this.rule(rule, [...path, 'rules', i]))
                .filter((rule) => !!rule);
            budget.packageRules = entries
                .filter(({ rule }) => rule.package !== undefined)
                .map(({ rule, i }) => this.packageRule(rule, [...path, 'rules', i]))
                .filter((rule) => !!rule);
        }
        set('unpackagedBytes', this.size(raw.unpackaged, [...path, 'unpackaged']));
        const growth = raw.growth;
        if (growth) {
            const limits = {};
            const total = this.size(growth.total, [...path, 'growth', 'total']);
            const layer = this.size(growth.layer, [...path, 'growth', 'layer']);
            if (total !== undefined)
                limits.totalBytes = total;
            if (layer !== undefined)
                limits.layerBytes = layer;
            if (growth.percent !== undefined) {
                const percent = (0,size/* percentValue */.ht)(growth.percent);
                if (percent === undefined)
                    this.problems.push({
                        path: [...path, 'growth', 'percent'],
                        atKey: false,
                        message: `${(0,src_messages/* quote */.hD)(growth.percent)} is not a percentage; use e.g. 5%`
                    });
                else
                    limits.percent = percent;
            }
            budget.growth = limits;
        }
        set('reclaimableBytes', this.size(raw.reclaimable, [...path, 'reclaimable']));
        set('efficiency', raw.efficiency);
        const compressed = raw.compressed;
        if (compressed) {
            budget.compressed = {};
            const total = this.size(compressed.total, [
                ...path,
                'compressed',
                'total'
            ]);
            const layer = this.size(compressed.layer, [
                ...path,
                'compressed',
                'layer'
            ]);
            if (total !== undefined)
                budget.compressed.totalBytes = total;
            if (layer !== undefined)
                budget.compressed.layerBytes = layer;
        }
        const base = raw.base;
        if (base) {
            budget.base = {};
            const layer = this.size(base.layer, [...path, 'base', 'layer']);
            const compressedLayer = this.size(base.compressed?.layer, [...path, 'base', 'compressed', 'layer']);
            if (layer !== undefined)
                budget.base.layerBytes = layer;
            if (compressedLayer !== undefined)
                budget.base.compressedLayerBytes = compressedLayer;
        }
        return budget;
    }
}
/** Per-image keys override the defaults key by key; an image's `rules` list replaces the defaults' list. */
function mergeBudgets(defaults, own) {
    const merged = { ...defaults, ...own };
    if (defaults.growth || own.growth)
        merged.growth = { ...defaults.growth, ...own.growth };
    if (defaults.compressed || own.compressed)
        merged.compressed = { ...defaults.compressed, ...own.compressed };
    if (defaults.base || own.base)
        merged.base = { ...defaults.base, ...own.base };
    return merged;
}
function slug(name) {
    return (name
        .toLowerCase()
        .replace(/[^a-z0-9_.-]+/g, '-')
        .replace(/^[-.]+/, '')
        .slice(0, 100) || 'image');
}
/**
 * The message for a file's problems: one problem is one line (`file:line:col: key: what`),
 * several are a line naming the file then the first BUDGET_PROBLEMS_SHOWN, the rest counted.
 */
function problemsMessage(file, lines, what = 'has problems; fix them') {
    if (lines.length === 1)
        return lines[0];
    const more = lines.length - limits/* BUDGET_PROBLEMS_SHOWN */.HY;
    return `the budget file ${file} ${what}:\n${lines.slice(0, limits/* BUDGET_PROBLEMS_SHOWN */.HY).join('\n')}${more > 0 ? `\n… and ${more} more` : ''}`;
}
/** Problems without repeats, in order. */
function unique(problems) {
    const seen = new Set();
    return problems.filter((problem) => {
        const key = `${problem.path.join('\u0000')}\u0001${problem.atKey}\u0001${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Parses and validates budget file text. `file` names it in messages. */
function parseBudgetFile(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        prettyErrors: false,
        uniqueKeys: true
    });
    if (doc.errors.length > 0) {
        const messages = doc.errors.map((error, i) => {
            if (i >= limits/* BUDGET_PROBLEMS_SHOWN */.HY)
                return '';
            const at = lines.linePos(error.pos[0]);
            return `${file}:${at.line}:${at.col}: ${(0,src_messages/* excerpt */.Kb)(error.message.split('\n')[0], 200)}`;
        });
        throw new errors/* InputError */.dz({
            input: file,
            problem: problemsMessage(file, messages, 'is not valid YAML; fix it')
        });
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: limits/* BUDGET_ALIAS_LIMIT */.LI }) ?? {};
    }
    catch (error) {
        // The yaml package stops an alias bomb (aliases of aliases, expanding to gigabytes) here.
        const alias = /alias/i.test(error.message);
        throw new errors/* InputError */.dz(alias
            ? {
                input: file,
                problem: `the budget file ${file} expands YAML aliases (*name) more than ${limits/* BUDGET_ALIAS_LIMIT */.LI} times`,
                fix: 'write the values out instead of nesting aliases'
            }
            : {
                input: file,
                problem: `the budget file ${file} cannot be read as data: ${(0,src_messages/* excerpt */.Kb)(error.message.split('\n')[0], 200)}`
            });
    }
    // Only the problems shown are placed in the file (a position is a walk of the document).
    const format = (problems) => unique(problems).map((problem, i) => {
        if (i >= limits/* BUDGET_PROBLEMS_SHOWN */.HY)
            return '';
        const at = position(doc, lines, problem.path, problem.atKey);
        const where = problem.path.map((segment) => (0,src_messages/* excerpt */.Kb)(String(segment), 60)).join('.') ||
            '(top level)';
        return `${file}:${at.line}:${at.col}: ${where}: ${problem.message}`;
    });
    const validate = schemaValidator();
    if (!validate(data)) {
        throw new errors/* InputError */.dz({
            input: file,
            problem: problemsMessage(file, format(problemsFromSchema(validate.errors)))
        });
    }
    const raw = data;
    const convert = new Converter();
    const rawDefaults = (raw.defaults ?? {});
    const defaults = convert.budget(rawDefaults.budget, [
        'defaults',
        'budget'
    ]);
    const minChangeBytes = convert.size(raw['min-change'], ['min-change']) ??
        convert.size(rawDefaults['min-change'], ['defaults', 'min-change']) ??
        size/* DEFAULT_MIN_CHANGE_BYTES */.af;
    const images = [];
    for (const [name, value] of Object.entries(raw.images)) {
        const path = ['images', name];
        if ((value.image === undefined) === (value.build === undefined)) {
            convert.problems.push({
                path,
                atKey: true,
                message: value.image === undefined
                    ? 'give either "image" (a ref) or "build" (a Dockerfile to build)'
                    : 'give "image" or "build", not both'
            });
            continue;
        }
        const build = value.build;
        const args = Object.fromEntries(Object.entries((build?.args ?? {})).map(([k, v]) => [k, String(v)]));
        const image = {
            name,
            ref: value.image ??
                build?.tag ??
                `image-size-budget/${slug(name)}:local`,
            budget: mergeBudgets(defaults, convert.budget(value.budget, [...path, 'budget'])),
            minChangeBytes: convert.size(value['min-change'], [...path, 'min-change']) ??
                minChangeBytes
        };
        if (build) {
            image.build = {
                context: build.context ?? '.',
                dockerfile: build.dockerfile,
                target: build.target,
                buildArgs: args,
                platform: build.platform
            };
        }
        const platforms = (value.platforms ?? rawDefaults.platforms);
        if (platforms)
            image.platforms = platforms;
        images.push(image);
    }
    if (convert.problems.length > 0) {
        throw new errors/* InputError */.dz({
            input: file,
            problem: problemsMessage(file, format(convert.problems))
        });
    }
    const config = {
        path: file,
        units: raw.units ?? 'si',
        defaults,
        images,
        minChangeBytes
    };
    if (raw.dive !== undefined)
        config.dive = raw.dive;
    if (raw['comment-key'] !== undefined)
        config.commentKey = raw['comment-key'];
    return config;
}
/** Reads and validates a budget file. A missing file is an InputError naming the path looked for. */
async function loadBudgetFile(file) {
    let text;
    try {
        const size = (await (0,promises_.stat)(file)).size;
        if (size > limits/* BUDGET_FILE_LIMIT */.l3) {
            throw new errors/* InputError */.dz({
                input: file,
                problem: `the budget file ${file} is ${size} bytes; a budget file may have at most ${limits/* BUDGET_FILE_LIMIT */.l3} bytes (16 MiB).`,
                fix: 'Is --config pointing at the right file?'
            });
        }
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* InputError */.dz({
                input: file,
                problem: `no budget file at ${file}`,
                fix: 'create it (see the README) or give its path with --config'
            });
        throw new errors/* InputError */.dz({
            input: file,
            problem: `cannot read the budget file ${file}: ${error.message}`
        });
    }
    return parseBudgetFile(text, file);
}

// EXTERNAL MODULE: ./src/analysis/files.ts + 12 modules
var files = __webpack_require__(3334);
;// CONCATENATED MODULE: ./src/budget/rules/compressed.ts
// The budget file's `compressed: {total, layer}` limits, on pull size: evaluated against a
// report's totalCompressedBytes and each row's compressedBytes (a registry image, or an engine
// image read with --compressed). Pure: data in, violations out (rule `compressed`). The
// base image's layers (`baseRows`) are held to `base.compressed.layer` only (detail
// `base-layer`).

/** Violations of a compressed budget; throws InputError when the report has no compressed sizes to judge. */
function evaluateCompressedBudget(report, budget, imageName, baseRows = new Set()) {
    if (budget.totalBytes === undefined &&
        budget.layerBytes === undefined &&
        budget.baseLayerBytes === undefined)
        return [];
    if (report.totalCompressedBytes === undefined) {
        throw new errors/* InputError */.dz({
            input: '--compressed',
            problem: `the budget of ${imageName} sets "compressed" limits, but ${report.image.ref} has no compressed sizes`,
            fix: 'read it from a registry (--source registry) or measure them with --compressed'
        });
    }
    const violations = [];
    const total = report.totalCompressedBytes;
    if (budget.totalBytes !== undefined && total > budget.totalBytes) {
        violations.push({
            image: imageName,
            rule: 'compressed',
            detail: 'total',
            limitBytes: budget.totalBytes,
            actualBytes: total
        });
    }
    for (const layer of report.layers) {
        const base = baseRows.has(layer.index);
        const limit = base ? budget.baseLayerBytes : budget.layerBytes;
        const bytes = layer.compressedBytes;
        if (limit === undefined ||
            layer.empty ||
            bytes === undefined ||
            bytes <= limit)
            continue;
        violations.push({
            image: imageName,
            rule: 'compressed',
            detail: base ? 'base-layer' : 'layer',
            layer: {
                index: layer.index,
                instruction: layer.instruction,
                createdBy: layer.createdBy
            },
            limitBytes: limit,
            actualBytes: bytes
        });
    }
    return violations;
}

// EXTERNAL MODULE: ./src/budget/rules/dive.ts
var dive = __webpack_require__(8647);
;// CONCATENATED MODULE: ./src/budget/rules/files.ts
// Budget checks on the file analysis: `reclaimable` (bytes that later layers hide) and
// `efficiency` (ours: 1 − reclaimable / all layers' bytes). Pure; the budget file loader
// (src/budget) reads the limits and calls this.

function evaluateFileBudget(report, budget, imageName) {
    if (budget.reclaimableBytes === undefined && budget.efficiency === undefined)
        return [];
    const files = report.files;
    if (!files) {
        throw new errors/* InputError */.dz({
            input: '--files',
            problem: `the budget of ${imageName} sets reclaimable/efficiency, which need the file analysis`,
            fix: 'run with --files (CLI) or file-analysis: true (action)'
        });
    }
    const out = [];
    if (budget.reclaimableBytes !== undefined &&
        files.reclaimableBytes > budget.reclaimableBytes) {
        out.push({
            image: imageName,
            rule: 'reclaimable',
            limitBytes: budget.reclaimableBytes,
            actualBytes: files.reclaimableBytes
        });
    }
    if (budget.efficiency !== undefined && files.efficiency < budget.efficiency) {
        out.push({
            image: imageName,
            rule: 'efficiency',
            limitBytes: budget.efficiency,
            actualBytes: files.efficiency
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/budget/rules/growth.ts
// Growth budgets: how much an image may grow against its baseline. Pure: a Comparison and
// already-parsed limits in, Violations out (the budget file loader parses `10MB`, `5%`).
//
// A limit is broken when the growth is strictly more than it. An added layer counts as
// growth of its full size. The aggregated base-image entry (instruction FROM) is many layers,
// so only the total and percent limits see it, not the per-layer one.
function evaluateGrowth(comparison, growth, imageName) {
    const out = [];
    const delta = comparison.totalDeltaBytes;
    if (growth.totalBytes !== undefined && delta > growth.totalBytes) {
        out.push({
            image: imageName,
            rule: 'growth',
            detail: 'total',
            limitBytes: growth.totalBytes,
            actualBytes: delta
        });
    }
    // A percent of nothing is undefined: an empty baseline is judged by the byte limits only.
    if (growth.percent !== undefined && comparison.base.totalBytes > 0) {
        const actual = (delta / comparison.base.totalBytes) * 100;
        if (actual > growth.percent) {
            out.push({
                image: imageName,
                rule: 'growth',
                detail: 'percent',
                // Bytes, as the field names say: the percent of this baseline, and the growth itself.
                limitBytes: Math.floor((comparison.base.totalBytes * growth.percent) / 100),
                actualBytes: delta,
                limitPercent: growth.percent,
                actualPercent: actual
            });
        }
    }
    if (growth.layerBytes !== undefined) {
        for (const change of comparison.layers) {
            if (!change.head ||
                change.head.instruction === 'FROM' ||
                change.deltaBytes <= growth.layerBytes)
                continue;
            out.push({
                image: imageName,
                rule: 'growth',
                detail: 'layer',
                layer: {
                    index: change.head.index,
                    instruction: change.head.instruction,
                    createdBy: change.head.createdBy
                },
                limitBytes: growth.layerBytes,
                actualBytes: change.deltaBytes
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/budget/rules/size.ts
// Holds one image report to its budget: total, any single layer, the number of layers,
// and per-instruction rules. Pure: report and budget in, Violations out. Limits are
// inclusive maximums (a layer of exactly 64MiB passes `max: 64MiB`). The base image's
// layers (`baseRows`) are held to the budget's `base:` limit only (rule `layer`, detail
// `base`): no Dockerfile step can make them smaller.
function evaluateImageBudget(report, budget, image, baseRows = new Set()) {
    const violations = [];
    const layers = report.layers.filter((layer) => !layer.empty);
    const ref = (layer) => ({
        index: layer.index,
        instruction: layer.instruction,
        createdBy: layer.createdBy
    });
    if (budget.totalBytes !== undefined &&
        report.totalBytes > budget.totalBytes) {
        violations.push({
            image,
            rule: 'total',
            limitBytes: budget.totalBytes,
            actualBytes: report.totalBytes
        });
    }
    if (budget.layers !== undefined && layers.length > budget.layers) {
        violations.push({
            image,
            rule: 'layers',
            limitBytes: budget.layers,
            actualBytes: layers.length
        });
    }
    for (const layer of layers) {
        if (baseRows.has(layer.index)) {
            const limit = budget.base?.layerBytes;
            if (limit !== undefined && layer.sizeBytes > limit)
                violations.push({
                    image,
                    rule: 'layer',
                    detail: 'base',
                    layer: ref(layer),
                    limitBytes: limit,
                    actualBytes: layer.sizeBytes
                });
            continue;
        }
        // The first rule whose match hits the layer's instruction sets its limit, in place of the
        // general `layer` limit: a rule is how a budget allows one kind of step more (or less).
        const rule = budget.rules?.find((candidate) => candidate.test(layer.createdBy));
        if (rule && layer.sizeBytes > rule.maxBytes) {
            violations.push({
                image,
                rule: 'rule',
                layer: ref(layer),
                match: rule.match,
                limitBytes: rule.maxBytes,
                actualBytes: layer.sizeBytes
            });
        }
        if (!rule &&
            budget.layerBytes !== undefined &&
            layer.sizeBytes > budget.layerBytes) {
            violations.push({
                image,
                rule: 'layer',
                layer: ref(layer),
                limitBytes: budget.layerBytes,
                actualBytes: layer.sizeBytes
            });
        }
    }
    return violations;
}

;// CONCATENATED MODULE: ./src/budget/rules/packages.ts
// The budget's `package:` rules and `unpackaged:` limit, on the file analysis's package
// attribution. A package rule's figure is the bytes the packages it matches SHIP: their
// files in the final filesystem plus those a later layer hides (a purged compiler whose
// files stay in the layer that installed it still ships), summed over every matching
// package, in the image's own layers: the bytes matching packages ship in the base image's
// layers are shown beside the rule (`baseBytes`, an advisory check) and not judged, as base
// layers are not failed by per-layer limits (no Dockerfile step removes them; `gcc*` would
// otherwise fail every Debian image on gcc-12-base, the 93 kB of docs libgcc-s1 needs).
// The `unpackaged` figure is the bytes of the final filesystem no installed
// package owns. Pure: the report in, figures and violations (rules `package`,
// `unpackaged`) out.


const FOLDERS_SHOWN = 3;
const PACKAGES_SHOWN = 5;
/** Whether the budget sets a `package:` rule or an `unpackaged:` limit. */
function hasPackageBudget(budget) {
    return ((budget.packageRules?.length ?? 0) > 0 ||
        budget.unpackagedBytes !== undefined);
}
/** The list the report keeps holds every package: a sum over it is exact. */
const complete = (files) => files.packages !== undefined &&
    (files.packageCount ?? files.packages.length) <= files.packages.length;
/** A rule's match from the report's package list (a report analyzed without the budget's patterns). */
function matchFromList(files, rule, baseRows) {
    const inBase = (p) => p.layers.reduce((sum, l) => (baseRows.has(l.layer) ? sum + l.bytes : sum), 0);
    const found = (files.packages ?? []).filter((p) => (0,package_pattern/* packageMatches */.Y5)(rule.pattern, p));
    const baseBytes = found.reduce((sum, p) => sum + inBase(p), 0);
    const matching = found
        .sort((a, b) => b.bytes +
        (b.hiddenBytes ?? 0) -
        inBase(b) -
        (a.bytes + (a.hiddenBytes ?? 0) - inBase(a)) ||
        b.bytes + (b.hiddenBytes ?? 0) - (a.bytes + (a.hiddenBytes ?? 0)))
        .map((p) => ({
        name: p.name,
        manager: p.manager,
        ...(p.arch ? { arch: p.arch } : {}),
        version: p.version,
        bytes: p.bytes + (p.hiddenBytes ?? 0),
        layers: [...p.layers]
            .sort((a, b) => b.bytes - a.bytes || a.layer - b.layer)
            .map((l) => l.layer)
    }));
    return {
        pattern: rule.pattern.text,
        bytes: matching.reduce((sum, p) => sum + p.bytes, 0),
        ...(baseBytes > 0 ? { baseBytes } : {}),
        count: matching.length,
        packages: matching.slice(0, PACKAGES_SHOWN)
    };
}
/**
 * What a report cannot say of this budget (a report without the file analysis, or a saved
 * report that keeps only the largest packages and was analyzed without these patterns):
 * a sentence, or undefined when every figure is exact.
 */
function unjudgedPackageBudget(report, budget) {
    if (!hasPackageBudget(budget))
        return undefined;
    const files = report.files;
    if (!files)
        return 'it has no file analysis';
    const rules = budget.packageRules ?? [];
    if (files.packages !== undefined && !complete(files)) {
        const missing = rules.find((rule) => !files.packageMatches?.some((m) => m.pattern === rule.pattern.text));
        if (missing)
            return `it lists the ${files.packages.length} largest of its ${files.packageCount} packages and was analyzed without the pattern "${missing.pattern.text}"`;
    }
    if (budget.unpackagedBytes !== undefined &&
        files.unpackagedBytes === undefined &&
        (files.unpackaged === undefined ||
            (files.unpackagedCount ?? 0) > files.unpackaged.length))
        return 'its unpackaged bytes were not measured';
    return undefined;
}
/** The figures of the budget's package rules and unpackaged limit; throws InputError when the report cannot give them exactly. */
function packageFigures(report, budget, imageName, baseRows = new Set()) {
    if (!hasPackageBudget(budget))
        return { packages: [] };
    const why = unjudgedPackageBudget(report, budget);
    if (why) {
        throw new errors/* InputError */.dz({
            input: report.files ? report.image.ref : '--files',
            problem: `the budget of ${imageName} sets "package" rules or an "unpackaged" limit, which need the file analysis with every package, but ${report.image.ref}: ${why}`,
            fix: report.files
                ? 'analyze the image again with this budget (check)'
                : 'run with --files (CLI) or file-analysis: true (action), on an image from the engine or an archive'
        });
    }
    const files = report.files;
    // No package database: no package is installed, so none ships.
    const noDatabase = files.packages === undefined;
    const packages = (budget.packageRules ?? []).map((rule) => {
        if (noDatabase)
            return {
                rule,
                actual: 0,
                baseBytes: 0,
                count: 0,
                packages: [],
                note: 'no-package-database'
            };
        const match = files.packageMatches?.find((m) => m.pattern === rule.pattern.text) ??
            matchFromList(files, rule, baseRows);
        const baseBytes = match.baseBytes ?? 0;
        return {
            rule,
            actual: match.bytes - baseBytes,
            baseBytes,
            count: match.count,
            packages: match.packages,
            ...(match.count === 0 ? { note: 'no-package-matches' } : {})
        };
    });
    const limit = budget.unpackagedBytes;
    const unpackaged = limit === undefined
        ? undefined
        : {
            limit,
            actual: files.unpackagedBytes ??
                (files.unpackaged ?? []).reduce((sum, u) => sum + u.bytes, 0),
            folders: (files.unpackaged ?? []).slice(0, FOLDERS_SHOWN),
            ...(noDatabase ? { note: 'no-package-database' } : {})
        };
    return { packages, ...(unpackaged ? { unpackaged } : {}) };
}
/** The violations of the figures: a rule over its limit (equality passes). */
function packageViolations(figures, imageName) {
    const out = [];
    for (const figure of figures.packages) {
        if (figure.actual <= figure.rule.maxBytes)
            continue;
        out.push({
            image: imageName,
            rule: 'package',
            match: figure.rule.pattern.text,
            limitBytes: figure.rule.maxBytes,
            actualBytes: figure.actual,
            packages: figure.packages,
            packageCount: figure.count
        });
    }
    const unpackaged = figures.unpackaged;
    if (unpackaged && unpackaged.actual > unpackaged.limit)
        out.push({
            image: imageName,
            rule: 'unpackaged',
            limitBytes: unpackaged.limit,
            actualBytes: unpackaged.actual,
            ...(unpackaged.folders.length > 0 ? { folders: unpackaged.folders } : {})
        });
    return out;
}

;// CONCATENATED MODULE: ./src/budget/evaluate.ts
// One image held to its whole budget: every rule of budget/rules/ (size, files,
// compressed, dive, and growth when a comparison with a baseline exists). Pure: the
// image's result and its parsed budget in; out, the violations in the order the rules run
// and one check per rule evaluated, passing or not (what `check` prints and the JSON
// report's `checks` hold). The base image's layers are judged apart: by the budget's
// `base:` limits when it sets them, else shown against the per-layer limits as advice.







/** The rows of the base image's layers: the first `count` filesystem rows. */
function baseRowsOf(layers, count = (0,files/* baseLayerCount */.k$)(layers)) {
    return new Set(layers
        .filter((row) => !row.empty)
        .slice(0, count)
        .map((row) => row.index));
}
/** Every broken rule of `budget`; throws InputError when a rule needs figures the report lacks. */
function evaluateBudget(result, budget, options) {
    return judgeBudget(result, budget, options).violations;
}
/** Every rule of `budget` on one image: the violations, and a check per rule evaluated. */
function judgeBudget(result, budget, options) {
    const { image, diveCi } = options;
    const baseRows = baseRowsOf(result.layers, options.baseLayers);
    const compressed = budget.compressed || budget.base?.compressedLayerBytes !== undefined
        ? {
            ...budget.compressed,
            baseLayerBytes: budget.base?.compressedLayerBytes
        }
        : undefined;
    const packages = packageFigures(result, budget, image, baseRows);
    const violations = [
        ...evaluateImageBudget(result, budget, image, baseRows),
        ...evaluateFileBudget(result, budget, image),
        ...packageViolations(packages, image),
        ...(compressed
            ? evaluateCompressedBudget(result, compressed, image, baseRows)
            : []),
        ...(diveCi && result.files
            ? (0,dive.evaluateDiveCi)(result.files.dive, diveCi, image)
            : []),
        ...(budget.growth && result.comparison
            ? evaluateGrowth(result.comparison, budget.growth, image)
            : [])
    ];
    return {
        violations,
        checks: budgetChecks(result, budget, violations, baseRows, diveCi, packages)
    };
}
const refOf = (row) => ({
    index: row.index,
    instruction: row.instruction,
    createdBy: row.createdBy
});
/** The largest of `rows` by `bytes` (the first on a tie), with its figure. */
function largest(rows, bytes) {
    let best = { actual: 0 };
    for (const row of rows) {
        const value = bytes(row);
        if (value !== undefined && (best.row === undefined || value > best.actual))
            best = { row, actual: value };
    }
    return best;
}
/**
 * One check per rule the budget sets: the size rules (total, the per-layer limits, the
 * number of layers), then the rules in the order they run. Whether a rule passes
 * is read from the violations (the rules decide; this only gathers their figures).
 */
function budgetChecks(result, budget, violations, baseRows, diveCi, packages) {
    const checks = [];
    const broken = (rule, detail, match) => violations.filter((violation) => violation.rule === rule &&
        violation.detail === detail &&
        violation.match === match).length;
    const simple = (rule, limit, actual, detail) => {
        const failed = broken(rule, detail);
        checks.push({
            rule,
            ...(detail !== undefined ? { detail } : {}),
            limit,
            actual,
            pass: failed === 0
        });
    };
    /** A per-layer limit: its largest layer, and how many broke it. */
    const perLayer = (check, rows, bytes, failed) => {
        const { row, actual } = largest(rows, bytes);
        const judged = rows.filter((candidate) => bytes(candidate) !== undefined);
        checks.push({
            ...check,
            actual,
            pass: check.advisory ? actual <= check.limit : failed === 0,
            ...(row ? { layer: refOf(row) } : {}),
            layers: judged.length,
            failed: check.advisory
                ? judged.filter((candidate) => bytes(candidate) > check.limit).length
                : failed
        });
    };
    const rows = result.layers.filter((row) => !row.empty);
    const headRows = rows.filter((row) => !baseRows.has(row.index));
    const baseLayerRows = rows.filter((row) => baseRows.has(row.index));
    const size = (row) => row.sizeBytes;
    if (budget.totalBytes !== undefined)
        simple('total', budget.totalBytes, result.totalBytes);
    // Each layer is held to the first rule whose match hits it, else to `layer`.
    const ruleOf = (row) => budget.rules?.find((candidate) => candidate.test(row.createdBy));
    for (const rule of budget.rules ?? [])
        perLayer({ rule: 'rule', match: rule.match, limit: rule.maxBytes }, headRows.filter((row) => ruleOf(row) === rule), size, broken('rule', undefined, rule.match));
    if (budget.layerBytes !== undefined)
        perLayer({ rule: 'layer', limit: budget.layerBytes }, headRows.filter((row) => !ruleOf(row)), size, broken('layer'));
    const baseLimit = budget.base?.layerBytes ?? budget.layerBytes;
    if (baseLimit !== undefined && baseLayerRows.length > 0)
        perLayer({
            rule: 'layer',
            detail: 'base',
            limit: baseLimit,
            base: true,
            ...(budget.base?.layerBytes === undefined ? { advisory: true } : {})
        }, baseLayerRows, size, broken('layer', 'base'));
    // After the layer limits, as the table has always read: total, largest layer, layers.
    if (budget.layers !== undefined)
        simple('layers', budget.layers, rows.length);
    const files = result.files;
    if (files && budget.reclaimableBytes !== undefined)
        simple('reclaimable', budget.reclaimableBytes, files.reclaimableBytes);
    if (files && budget.efficiency !== undefined)
        simple('efficiency', budget.efficiency, files.efficiency);
    for (const figure of packages.packages) {
        const match = figure.rule.pattern.text;
        checks.push({
            rule: 'package',
            match,
            ...(figure.note ? { note: figure.note } : {}),
            limit: figure.rule.maxBytes,
            actual: figure.actual,
            pass: broken('package', undefined, match) === 0
        });
        // What the base image's layers ship of it: shown, never failing (as for per-layer limits).
        if (figure.baseBytes > 0)
            checks.push({
                rule: 'package',
                match,
                limit: figure.rule.maxBytes,
                actual: figure.baseBytes,
                pass: figure.baseBytes <= figure.rule.maxBytes,
                base: true,
                advisory: true
            });
    }
    if (packages.unpackaged) {
        const { limit, actual, note } = packages.unpackaged;
        checks.push({
            rule: 'unpackaged',
            ...(note ? { note } : {}),
            limit,
            actual,
            pass: broken('unpackaged') === 0
        });
    }
    const compressed = budget.compressed;
    const pull = (row) => row.compressedBytes;
    if (compressed?.totalBytes !== undefined &&
        result.totalCompressedBytes !== undefined)
        simple('compressed', compressed.totalBytes, result.totalCompressedBytes, 'total');
    if (compressed?.layerBytes !== undefined)
        perLayer({ rule: 'compressed', detail: 'layer', limit: compressed.layerBytes }, headRows, pull, broken('compressed', 'layer'));
    const baseCompressed = budget.base?.compressedLayerBytes ?? compressed?.layerBytes;
    if (baseCompressed !== undefined && baseLayerRows.length > 0)
        perLayer({
            rule: 'compressed',
            detail: 'base-layer',
            limit: baseCompressed,
            base: true,
            ...(budget.base?.compressedLayerBytes === undefined
                ? { advisory: true }
                : {})
        }, baseLayerRows, pull, broken('compressed', 'base-layer'));
    if (diveCi && files) {
        const dive = files.dive;
        const figures = {
            lowestEfficiency: dive.efficiency,
            highestWastedBytes: dive.wastedBytes,
            highestUserWastedPercent: dive.userWastedPercent
        };
        for (const key of Object.keys(figures)) {
            const limit = diveCi[key];
            const actual = figures[key];
            if (limit !== null && actual !== null)
                simple('dive', limit, actual, key);
        }
    }
    const comparison = result.comparison;
    const growth = budget.growth;
    if (growth && comparison) {
        if (growth.totalBytes !== undefined)
            simple('growth', growth.totalBytes, comparison.totalDeltaBytes, 'total');
        if (growth.percent !== undefined && comparison.base.totalBytes > 0)
            simple('growth', growth.percent, (comparison.totalDeltaBytes / comparison.base.totalBytes) * 100, 'percent');
        if (growth.layerBytes !== undefined) {
            const changes = comparison.layers.filter((change) => change.head && change.head.instruction !== 'FROM');
            let top = changes[0];
            for (const change of changes)
                if (change.deltaBytes > top.deltaBytes)
                    top = change;
            const failed = broken('growth', 'layer');
            checks.push({
                rule: 'growth',
                detail: 'layer',
                limit: growth.layerBytes,
                actual: top?.deltaBytes ?? 0,
                pass: failed === 0,
                ...(top?.head
                    ? {
                        layer: {
                            index: top.head.index,
                            instruction: top.head.instruction,
                            createdBy: top.head.createdBy
                        }
                    }
                    : {}),
                layers: changes.length,
                failed
            });
        }
    }
    return checks;
}
/**
 * The baseline's findings under the head's budget, to mark what the change brought: its
 * hints, and the violations the same budget gives it. Rules whose figures the baseline
 * lacks (file analysis, compressed sizes) are left out and their violations not marked.
 */
function judgeBaseline(report, budget, options) {
    const unjudged = new Set();
    const own = { ...budget };
    if (!report.files) {
        delete own.reclaimableBytes;
        delete own.efficiency;
        unjudged.add('reclaimable').add('efficiency').add('dive');
    }
    if (unjudgedPackageBudget(report, own)) {
        delete own.packageRules;
        delete own.unpackagedBytes;
        unjudged.add('package').add('unpackaged');
    }
    if (report.totalCompressedBytes === undefined) {
        delete own.compressed;
        if (own.base)
            own.base = { ...own.base, compressedLayerBytes: undefined };
        unjudged.add('compressed');
    }
    const violations = judgeBudget(report, own, {
        image: options.image,
        diveCi: report.files ? options.diveCi : undefined,
        baseLayers: options.baseLayers
    }).violations;
    return { hints: report.files?.hints, violations, unjudged };
}

// EXTERNAL MODULE: ./src/compare/compare.ts + 4 modules
var compare = __webpack_require__(1068);
// EXTERNAL MODULE: ./src/compare/finding-changes.ts
var finding_changes = __webpack_require__(3878);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/image/build.ts
var image_build = __webpack_require__(6489);
// EXTERNAL MODULE: ./src/image/docker.ts
var docker = __webpack_require__(9261);
// EXTERNAL MODULE: ./src/image/engine.ts + 1 modules
var engine = __webpack_require__(3722);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/image/registry/read.ts + 2 modules
var read = __webpack_require__(731);
// EXTERNAL MODULE: ./src/image/registry/engine-compressed.ts
var engine_compressed = __webpack_require__(6445);
// EXTERNAL MODULE: ./src/image/registry/reference.ts
var reference = __webpack_require__(2388);
// EXTERNAL MODULE: ./src/image/registry/credentials.ts
var credentials = __webpack_require__(7615);
;// CONCATENATED MODULE: ./src/image/registry/index.ts
// The registry source's public face: read images from a registry, measure an engine image's
// pull size, and the baseline rule "engine if it has it, else registry". (The compressed
// budget is a budget rule: src/budget/rules/compressed.ts.)







/**
 * A baseline image: from the engine when it holds the ref, else from its registry (no pull).
 * A runner without an engine also reads the registry.
 */
async function readEngineOrRegistryImage(ref, options = {}) {
    try {
        await inspectImages([ref]);
    }
    catch (error) {
        if (error instanceof DockerCommandError &&
            (isNoEngine(error) ||
                /No such image|No such object|not found/i.test(error.message))) {
            return readRegistryImage(ref, options);
        }
        throw error;
    }
    return readEngineImage(ref);
}

// EXTERNAL MODULE: ./src/baseline/from-image.ts
var from_image = __webpack_require__(7163);
// EXTERNAL MODULE: ./src/baseline/saved-report.ts + 2 modules
var saved_report = __webpack_require__(7359);
;// CONCATENATED MODULE: ./src/baseline/baseline.ts
// Where the baseline comes from (action input `baseline`, CLI `--baseline`): an image in
// the engine or a registry, a saved JSON report, or a build of the same Dockerfile at the
// PR's merge-base with its base branch. The merge-base, not the base branch's head: a PR
// that is behind its base would otherwise be charged with (or credited for) what others
// merged since it branched off. The build happens in a `git worktree`, so the checkout is
// never touched, and in the same engine, so its layer cache is reused.
// git runs through execFile with argument arrays, never a shell string. This file fetches;
// the comparison itself is src/compare (compareWithBaseline), which does no I/O.














const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** How many first-parent commits, the merge-base included, a saved baseline is looked for in. */
const BASELINE_WALK_COMMITS = 50;
/** How far a shallow checkout is deepened, step by step, before fetching the whole history. */
const DEEPEN_STEPS = [50, 200, 1000];
async function git(repoDir, args) {
    log/* log */.R.debug(`exec: git -C ${repoDir} ${args.join(' ')}`);
    const { stdout } = await run('git', ['-C', repoDir, ...args], {
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        maxBuffer: 16 * 1024 * 1024
    });
    return stdout.trim();
}
async function gitOk(repoDir, args) {
    try {
        return await git(repoDir, args);
    }
    catch (error) {
        log/* log */.R.debug(`git ${args.join(' ')} failed: ${error.message.split('\n')[0]}`);
        return undefined;
    }
}
function gitMessage(error) {
    const stderr = error.stderr?.trim();
    return (stderr || error.message).split('\n').slice(-2).join(' ');
}
/**
 * The merge-base of `headRef` and the base branch, fetching what a shallow checkout lacks:
 * the base branch itself, then history in bounded steps (`--deepen`), then `--unshallow`.
 */
async function findMergeBase(repoDir, baseRef, options = {}) {
    const headRef = options.headRef ?? 'HEAD';
    const remote = options.remote ?? 'origin';
    if (baseRef.startsWith('-') || headRef.startsWith('-'))
        throw new errors/* InputError */.dz({
            input: baseRef,
            problem: `base ref "${baseRef}" is not a branch name`
        });
    if ((await gitOk(repoDir, ['rev-parse', '--is-inside-work-tree'])) !== 'true') {
        return {
            note: `${repoDir} is not a git checkout, so the base cannot be built (check out the repository first, or give baseline-image / baseline-report)`
        };
    }
    const shallow = (await gitOk(repoDir, ['rev-parse', '--is-shallow-repository'])) === 'true';
    const hasRemote = ((await gitOk(repoDir, ['remote'])) ?? '')
        .split('\n')
        .includes(remote);
    const tracking = `refs/remotes/${remote}/${baseRef}`;
    const fetchBase = [
        'fetch',
        '--no-tags',
        '--quiet',
        remote,
        `+refs/heads/${baseRef}:${tracking}`
    ];
    const resolve = async () => {
        for (const candidate of [tracking, baseRef]) {
            const sha = await gitOk(repoDir, [
                'rev-parse',
                '--verify',
                '--quiet',
                `${candidate}^{commit}`
            ]);
            if (sha)
                return sha;
        }
        return undefined;
    };
    let baseSha = await resolve();
    if (hasRemote && (shallow || !baseSha)) {
        await gitOk(repoDir, shallow
            ? [
                ...fetchBase.slice(0, 3),
                `--depth=${DEEPEN_STEPS[0]}`,
                ...fetchBase.slice(3)
            ]
            : fetchBase);
        baseSha = await resolve();
    }
    if (!baseSha)
        return {
            note: `the base branch "${baseRef}" is not in the checkout and could not be fetched from ${hasRemote ? remote : 'any remote'}`
        };
    const mergeBase = () => gitOk(repoDir, ['merge-base', headRef, baseSha]);
    let sha = await mergeBase();
    if (!sha && shallow && hasRemote) {
        // Each step asks the remote for more history below every shallow boundary, the PR's side included.
        for (const depth of DEEPEN_STEPS) {
            await gitOk(repoDir, [
                'fetch',
                '--no-tags',
                '--quiet',
                `--deepen=${depth}`,
                remote,
                `+refs/heads/${baseRef}:${tracking}`
            ]);
            sha = await mergeBase();
            if (sha)
                break;
        }
        if (!sha) {
            await gitOk(repoDir, [
                'fetch',
                '--no-tags',
                '--quiet',
                '--unshallow',
                remote
            ]);
            sha = await mergeBase();
        }
    }
    if (!sha)
        return {
            note: `${headRef} and the base branch "${baseRef}" have no common commit, so there is no merge-base to build`
        };
    return { sha };
}
/** The merge-base and its first-parent ancestors, newest first, at most `count` (fewer in a shallow checkout). */
async function firstParentCommits(repoDir, sha, count = BASELINE_WALK_COMMITS) {
    const out = await gitOk(repoDir, [
        'rev-list',
        '--first-parent',
        `--max-count=${count}`,
        sha
    ]);
    const commits = (out ?? '')
        .split('\n')
        .filter((line) => /^[0-9a-f]{40}$/.test(line));
    return commits.length > 0 ? commits : [sha];
}
/** A path of the checkout, as the same path in the worktree; undefined when it lies outside the repository. */
function inWorktree(repoTop, worktree, file) {
    const relative = external_node_path_default().relative(repoTop, external_node_path_default().resolve(file));
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    return external_node_path_default().join(worktree, relative);
}
/**
 * Builds the same Dockerfile, context, target and args at the PR's merge-base with `baseRef`.
 * Any reason the base cannot be built (a new Dockerfile, a broken base, no history) is a
 * note, not an error: the run reports without a baseline.
 */
async function buildAtMergeBase(request) {
    const found = await findMergeBase(request.repoDir, request.baseRef, {
        headRef: request.headRef,
        remote: request.remote
    });
    if ('note' in found)
        return found;
    const short = found.sha.slice(0, 12);
    const repoTop = await git(request.repoDir, ['rev-parse', '--show-toplevel']);
    const parent = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'isb-baseline-'));
    const worktree = external_node_path_default().join(parent, 'tree');
    try {
        try {
            await git(request.repoDir, [
                'worktree',
                'add',
                '--detach',
                '--quiet',
                worktree,
                found.sha
            ]);
        }
        catch (error) {
            return {
                note: `could not check out the merge-base ${short} in a worktree: ${gitMessage(error)}`
            };
        }
        const context = inWorktree(repoTop, worktree, request.build.context);
        const dockerfilePath = request.build.dockerfile ?? external_node_path_default().join(request.build.context, 'Dockerfile');
        const dockerfile = inWorktree(repoTop, worktree, dockerfilePath);
        if (!context || !dockerfile)
            return {
                note: `the build context or Dockerfile (${dockerfilePath}) is outside the repository, so it cannot be taken from the merge-base`
            };
        const shown = external_node_path_default().relative(repoTop, external_node_path_default().resolve(dockerfilePath));
        if (!(0,external_node_fs_.existsSync)(dockerfile))
            return {
                note: `${shown} does not exist at the merge-base ${short} with ${request.baseRef} (a new Dockerfile?)`
            };
        if (!(0,external_node_fs_.existsSync)(context))
            return {
                note: `the build context ${external_node_path_default().relative(repoTop, external_node_path_default().resolve(request.build.context)) || '.'} does not exist at the merge-base ${short}`
            };
        log/* log */.R.info(`Building the baseline: ${shown} at the merge-base ${short} with ${request.baseRef}`);
        try {
            await (0,image_build/* buildImage */._w)({
                ...request.build,
                context,
                dockerfile,
                tag: request.tag
            });
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            return {
                note: `the base at the merge-base ${short} with ${request.baseRef} did not build (${error.message.replace(/ See the build log above\.$/, '')})`
            };
        }
        const report = await (0,engine/* readEngineImage */.O8)(request.tag);
        const fromRef = await (0,from_image/* dockerfileFromImage */.gT)(dockerfile, {
            buildArgs: request.build.buildArgs,
            target: request.build.target
        });
        const layers = await (0,from_image/* fromImageLayers */.Ez)(report, fromRef);
        return {
            report,
            mergeBase: found.sha,
            ...(fromRef && layers !== undefined
                ? { fromImage: { ref: fromRef, layers } }
                : {})
        };
    }
    finally {
        await gitOk(request.repoDir, ['worktree', 'remove', '--force', worktree]);
        await (0,promises_.rm)(parent, { recursive: true, force: true });
        await gitOk(request.repoDir, ['worktree', 'prune']);
    }
}
/**
 * An image ref as a baseline: from the engine when it has it; else read from its registry
 * without pulling (a few small requests, and the pull size comes with it); else pulled, for
 * registries this tool cannot read (e.g. credentials only the docker daemon has).
 */
async function loadBaselineImage(ref) {
    try {
        await (0,engine/* inspectImages */.J2)([ref]);
    }
    catch {
        return readFromRegistryOrPull(ref);
    }
    return (0,engine/* readEngineImage */.O8)(ref);
}
async function readFromRegistryOrPull(ref) {
    let registryFailure;
    try {
        const report = await (0,read.readRegistryImage)(ref);
        log/* log */.R.info(`Read the baseline image ${ref} from its registry (not pulled)`);
        return report;
    }
    catch (error) {
        registryFailure = error.message.split('\n')[0];
    }
    log/* log */.R.info(`Pulling the baseline image ${ref} (reading it from its registry failed: ${registryFailure})`);
    try {
        await (0,docker/* docker */.T3)(['pull', ref], { stream: true });
    }
    catch (error) {
        throw new errors/* InputError */.dz({
            input: 'baseline-image',
            problem: `baseline-image "${ref}" is not in the engine and could not be pulled: ${error.message.split('\n')[0]} (reading it from its registry: ${registryFailure}).`,
            fix: 'Check the ref and the registry login.'
        });
    }
    return (0,engine/* readEngineImage */.O8)(ref);
}
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * Decides and fetches the baseline. `auto`: a given baseline-report; on a pull request, the
 * base branch's saved report at the merge-base, else at the nearest first-parent ancestor,
 * else a given baseline-image, else a build at the merge-base, each fallback one log line and
 * one line of the comment (`from.fallbacks`); elsewhere a given baseline-image, else none.
 * `build`: the merge-base build. `none`: none. Only user mistakes throw (both image and
 * report given, an unreadable baseline-report); "the base cannot be built" is a note.
 */
async function resolveBaseline(request) {
    if (request.mode === 'none')
        return { note: 'the baseline is off (baseline: none)' };
    if (request.baselineImage && request.baselineReport) {
        throw new errors/* InputError */.dz({
            input: 'baseline-report',
            problem: 'baseline-image and baseline-report are both given; they are two baselines',
            fix: 'give one of them'
        });
    }
    if (request.mode === 'auto' && request.baselineReport) {
        return {
            report: await (0,saved_report/* loadSavedReport */.a)(request.baselineReport, request.imageName),
            source: 'report',
            from: { kind: 'report', ref: request.baselineReport }
        };
    }
    const pullRequest = PULL_REQUEST_EVENTS.has(request.eventName);
    if (request.mode === 'auto' && !pullRequest) {
        if (request.baselineImage)
            return {
                report: await loadBaselineImage(request.baselineImage),
                source: 'image',
                from: { kind: 'image', ref: request.baselineImage }
            };
        return {
            note: `a "${request.eventName || 'unknown'}" event is not a pull request, so there is no base to compare with (give baseline-image or baseline-report)`
        };
    }
    const fallbacks = [];
    const fellBack = (line) => {
        fallbacks.push(line);
        log/* log */.R.info(`${request.imageName ? `${request.imageName}: ` : ''}baseline: ${line}`);
    };
    const baseRef = request.build?.baseRef || request.git?.baseRef || '';
    if (request.mode === 'auto' && request.saved) {
        const saved = await savedBaseline(request, baseRef, fellBack);
        if (saved)
            return saved;
    }
    if (request.mode === 'auto' && request.baselineImage) {
        return {
            report: await loadBaselineImage(request.baselineImage),
            source: 'image',
            from: {
                kind: 'image',
                ref: request.baselineImage,
                ...(fallbacks.length ? { fallbacks } : {})
            }
        };
    }
    const noBaseline = (note) => ({
        note: [...fallbacks, note].join('; ')
    });
    if (!request.build)
        return noBaseline('the image is given by ref, not built from a Dockerfile, so the base cannot be built (give baseline-image or baseline-report)');
    if (!request.build.baseRef)
        return noBaseline('no base branch is known (GITHUB_BASE_REF is empty), so the merge-base cannot be found');
    const built = await buildAtMergeBase({
        ...request.build,
        tag: request.build.tag ?? 'image-size-budget:baseline'
    });
    if ('note' in built)
        return noBaseline(built.note);
    return {
        ...built,
        source: 'build',
        from: {
            kind: 'build',
            commit: built.mergeBase,
            branch: request.build.baseRef,
            ...(fallbacks.length ? { fallbacks } : {})
        }
    };
}
/** The base branch's saved report for this image, or undefined after saying (through `fellBack`) why not. */
async function savedBaseline(request, baseRef, fellBack) {
    const saved = request.saved;
    if (typeof saved !== 'function') {
        fellBack(`no saved report looked for: ${saved.skipped}`);
        return undefined;
    }
    const repoDir = request.build?.repoDir ?? request.git?.repoDir;
    if (!repoDir || !baseRef) {
        fellBack('no saved report looked for: no base branch is known (GITHUB_BASE_REF is empty)');
        return undefined;
    }
    const found = await findMergeBase(repoDir, baseRef, {
        headRef: request.build?.headRef,
        remote: request.build?.remote
    });
    if ('note' in found) {
        fellBack(`no saved report looked for: ${found.note}`);
        return undefined;
    }
    const result = await saved(await firstParentCommits(repoDir, found.sha));
    if ('note' in result) {
        if (result.warning)
            log/* log */.R.warning(result.note);
        fellBack(`no report of the base branch: ${result.note}`);
        return undefined;
    }
    let report;
    try {
        // One image on each side, named by its ref (no budget file): `app:main` on the push and `app:pr` on the PR are the same image.
        const images = result.data.images;
        const onlyOne = request.single && Array.isArray(images) && images.length === 1;
        report = (0,saved_report/* parseSavedReport */.D)(result.data, result.label, onlyOne ? undefined : request.imageName);
    }
    catch (error) {
        fellBack(`the report in ${result.label} is not usable: ${error.message}`);
        return undefined;
    }
    const short = result.commit.slice(0, 7);
    log/* log */.R.info(`${request.imageName ? `${request.imageName}: ` : ''}baseline: ${baseRef} @ ${short}, ${result.commitsBefore === 0 ? 'the merge-base' : `${result.commitsBefore} commit${result.commitsBefore === 1 ? '' : 's'} before the merge-base`} (${result.label})`);
    return {
        report,
        source: 'artifact',
        mergeBase: found.sha,
        from: {
            kind: 'artifact',
            commit: result.commit,
            branch: baseRef,
            commitsBeforeMergeBase: result.commitsBefore,
            ...(result.runId !== undefined ? { runId: result.runId } : {})
        }
    };
}
/**
 * The FROM image of the head build, found like the baseline's: from the Dockerfile and the
 * engine. undefined when not built from a Dockerfile or when the engine does not have it.
 */
async function headFromImage(head, build) {
    if (!build)
        return undefined;
    const ref = await (0,from_image/* dockerfileFromImage */.gT)(build.dockerfile ?? external_node_path_default().join(build.context, 'Dockerfile'), { buildArgs: build.buildArgs, target: build.target });
    const layers = await (0,from_image/* fromImageLayers */.Ez)(head, ref);
    return ref && layers !== undefined ? { ref, layers } : undefined;
}

// EXTERNAL MODULE: ./src/analysis/image.ts
var analysis_image = __webpack_require__(4139);
// EXTERNAL MODULE: ./src/image/layer-facts.ts
var layer_facts = __webpack_require__(78);
// EXTERNAL MODULE: ./src/image/resolve.ts
var resolve = __webpack_require__(7317);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __webpack_require__(313);
;// CONCATENATED MODULE: ./src/check/check-image.ts
// One step of the pipeline shared by `check`, `audit` and the action: measure an image
// (engine, build, archive or registry), add the file analysis when asked, hold it to its
// budget, compare it with its baseline, and yield an ImageResult.












/** The image's report, and its FROM image when the file analysis looked it up (for the hints). */
async function measure(image, options) {
    const budget = image.budget;
    const files = options.fileAnalysis === 'true' ||
        budget.reclaimableBytes !== undefined ||
        budget.efficiency !== undefined ||
        hasPackageBudget(budget) ||
        options.diveCi !== undefined
        ? true
        : options.fileAnalysis === 'auto'
            ? 'auto'
            : false;
    const source = (0,resolve/* chooseSource */.LV)({
        ref: image.ref,
        build: image.build,
        archive: options.archive,
        source: options.source
    });
    const loaded = await (0,resolve/* readImage */.AM)(source, {
        platform: options.platform,
        files,
        compressed: budget.compressed !== undefined ||
            budget.base?.compressedLayerBytes !== undefined
    });
    // The FROM image, for the hint that names the base: read from the Dockerfile and the engine.
    const fromImage = loaded.archive && !options.archive && image.build
        ? await headFromImage(loaded.report, image.build)
        : undefined;
    // The budget's package patterns are totalled over every package, not only those the report keeps.
    const report = (0,analysis_image.analyzeImage)(loaded, {
        packagePatterns: budget.packageRules?.map((rule) => rule.pattern),
        unpackaged: budget.unpackagedBytes !== undefined,
        ...(fromImage ? { fromImage } : {})
    });
    return { report, ...(fromImage ? { fromImage } : {}) };
}
function appliedBudget(budget) {
    const applied = {};
    if (budget.totalBytes !== undefined)
        applied.totalBytes = budget.totalBytes;
    if (budget.layerBytes !== undefined)
        applied.layerBytes = budget.layerBytes;
    if (budget.layers !== undefined)
        applied.layers = budget.layers;
    return applied;
}
async function checkImage(image, options) {
    // A baseline report's layers seed the head's measurement: layers the PR did not touch are
    // not measured again (containerd store). Its problems are reported where it is read, below.
    if (options.baseline?.baselineReport) {
        const baseline = await (0,saved_report/* loadSavedReport */.a)(options.baseline.baselineReport, image.name).catch(() => undefined);
        if (baseline)
            (0,layer_facts/* seedLayerFacts */.Gi)(baseline);
    }
    const { report, fromImage } = await measure(image, options);
    const { budget, name } = image;
    // A budget this report cannot be judged by (file or compressed limits without those
    // figures) is an input error: say so now, before a baseline is built or fetched. The
    // violations are evaluated once the comparison is known, below.
    evaluateBudget(report, budget, { image: name, diveCi: options.diveCi });
    const result = {
        ...report,
        name,
        status: 'pass',
        violations: [],
        budget: appliedBudget(budget)
    };
    if (options.diveCi && !report.files) {
        result.warnings = [
            ...result.warnings,
            'the dive rules (.dive-ci) were not checked: they need the layer files, from the engine or an archive, not a registry'
        ];
    }
    let baselineFindings;
    let headFrom;
    if (options.baseline) {
        const build = options.archive ? undefined : image.build;
        const baseline = await resolveBaseline({
            mode: options.baseline.mode,
            eventName: options.baseline.eventName,
            baselineImage: options.baseline.baselineImage,
            baselineReport: options.baseline.baselineReport,
            imageName: name,
            saved: options.baseline.saved,
            single: options.baseline.single,
            git: {
                repoDir: options.baseline.repoDir ?? process.cwd(),
                baseRef: options.baseline.baseRef ?? ''
            },
            build: build
                ? {
                    repoDir: options.baseline.repoDir ?? process.cwd(),
                    baseRef: options.baseline.baseRef ?? '',
                    build,
                    tag: `image-size-budget-baseline/${image.ref.replace(/[:@].*$/, '').replace(/[^a-z0-9_./-]+/g, '-')}:base`
                }
                : undefined
        });
        if ('note' in baseline) {
            result.comparison = null;
            result.baselineNote = baseline.note;
            log/* log */.R.info(`${name}: no baseline: ${baseline.note}`);
        }
        else {
            if (baseline.from)
                result.baselineFrom = baseline.from;
            // Looked up once: measure() already did for the file analysis's hints when it could.
            headFrom = fromImage ?? (await headFromImage(report, build));
            // A registry baseline has pull sizes only: measure the head's the same way (gzip of each layer, as a push would).
            let head = report;
            if (baseline.report.sizeKind === 'compressed' &&
                report.sizeKind !== 'compressed' &&
                report.totalCompressedBytes === undefined &&
                report.image.source === 'docker') {
                head = await (0,engine_compressed.addEngineCompressedSizes)(report);
                Object.assign(result, {
                    totalCompressedBytes: head.totalCompressedBytes,
                    layers: head.layers
                });
            }
            result.comparison = (0,compare/* compareWithBaseline */.$)(baseline, head, {
                minChangeBytes: image.minChangeBytes,
                headFrom
            });
            baselineFindings = judgeBaseline(baseline.report, budget, {
                image: name,
                diveCi: options.diveCi,
                baseLayers: baseline.fromImage?.layers
            });
        }
    }
    const judged = judgeBudget(result, budget, {
        image: name,
        diveCi: options.diveCi,
        baseLayers: headFrom?.layers
    });
    result.violations = judged.violations;
    result.checks = judged.checks;
    if (result.comparison && baselineFindings) {
        const marked = (0,finding_changes/* markFindings */.sQ)({ violations: result.violations, hints: result.files?.hints }, baselineFindings, result.comparison);
        result.violations = marked.violations;
        if (result.files && marked.hints)
            result.files = { ...result.files, hints: marked.hints };
        if (marked.hintsUnmarked)
            result.hintsUnmarked = marked.hintsUnmarked;
    }
    result.status = result.violations.length > 0 ? 'fail' : 'pass';
    return result;
}
/**
 * An image with `platforms:` yields one result per platform, named `name (os/arch)`, each
 * held to the image's budget. A tag in the engine holds one platform, so such an image is
 * read from its registry (an index), one manifest per platform; a build is checked once.
 */
async function checkImagePlatforms(image, options) {
    if (!image.platforms?.length || image.build || options.archive)
        return [await checkImage(image, options)];
    const results = [];
    for (const platform of image.platforms) {
        results.push(await checkImage({ ...image, name: `${image.name} (${platform})` }, { ...options, source: 'registry', platform }));
    }
    return results;
}
/**
 * The run's report, as the JSON report file and `check --json` hold it: the images, every
 * violation, and the `message` of each violation and hint written in the run's units.
 */
function runReportOf(images, units) {
    const described = images.map((image) => (0,describe/* withMessages */.$z)(image, units));
    const violations = described.flatMap((image) => image.violations);
    return {
        schemaVersion: 1,
        status: violations.length > 0 ? 'fail' : 'pass',
        violations,
        images: described,
        units
    };
}

// EXTERNAL MODULE: ./src/report/run-text.ts
var run_text = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/cli/command.ts
var cli_command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/check.ts
// `image-size-budget check`: loads and validates the budget file (exit 2 before any image
// is touched when it is wrong), builds or loads each image, holds it to its budget and,
// when asked, compares it with a baseline. Exit 0 within budget, 1 over, 2 unusable input.







/** The images a run covers: all, or the one `--image NAME` picks. */
function selectImages(config, name) {
    if (name === undefined)
        return config.images;
    const image = config.images.find((candidate) => candidate.name === name);
    if (!image)
        throw new errors/* InputError */.dz({
            input: '--image',
            problem: `no image ${(0,src_messages/* quote */.hD)(name)} in ${config.path}`,
            fix: `name one of its images: ${config.images.map((i) => i.name).join(', ')}`
        });
    return [image];
}
/** Evaluates every image in order; the RunReport `check --json` prints and `audit` renders. */
async function checkConfig(config, images, options) {
    const results = [];
    for (const image of images)
        results.push(...(await checkImagePlatforms(image, options)));
    return runReportOf(results, options.units);
}
/** The flags `check` and `audit` share. */
const BUDGET_RUN_FLAGS = {
    config: { type: 'string' },
    json: { type: 'boolean' },
    units: { type: 'string' },
    files: { type: 'boolean' },
    source: { type: 'string' },
    platform: { type: 'string' }
};
/**
 * What `check` and `audit` share: the budget file the flags name, checked before any image
 * is touched, then its images (all, or the one `image` names) held to their budgets.
 */
async function runBudgetFile(command, { values, positionals }, more) {
    if (positionals.length > 0)
        throw new errors/* InputError */.dz({
            input: command,
            problem: `${command} takes no positional arguments (got ${positionals.join(' ')})`,
            fix: more.fix
        });
    const source = (0,cli_command/* parseSource */.PJ)(values.source);
    // Validate everything before touching any image.
    const config = await loadBudgetFile(values.config ?? DEFAULT_BUDGET_FILE);
    const units = values.units !== undefined ? (0,cli_command/* parseUnits */.XS)(values.units) : config.units;
    const images = selectImages(config, more.image);
    const diveCi = await (0,dive_ci.diveRulesFor)(config, more.diveCi);
    const run = await checkConfig(config, images, {
        units,
        source,
        platform: values.platform,
        fileAnalysis: values.files ? 'true' : 'false',
        diveCi,
        baseline: more.baseline
    });
    return { config, units, run };
}
async function runCheck(args, io) {
    const { values, positionals } = (0,cli_command/* parseCommandArgs */.Qx)('check', args, {
        ...BUDGET_RUN_FLAGS,
        image: { type: 'string' },
        'baseline-image': { type: 'string' },
        'baseline-report': { type: 'string' },
        'dive-ci': { type: 'string' }
    });
    const wantsBaseline = values['baseline-image'] !== undefined ||
        values['baseline-report'] !== undefined;
    const { run } = await runBudgetFile('check', { values, positionals }, {
        fix: 'name an image with --image NAME',
        image: values.image,
        diveCi: values['dive-ci'],
        baseline: wantsBaseline
            ? {
                mode: 'auto',
                eventName: 'cli',
                baselineImage: values['baseline-image'],
                baselineReport: values['baseline-report']
            }
            : undefined
    });
    io.stdout(values.json
        ? JSON.stringify(run, null, 2)
        : (0,run_text/* renderRunText */.z)(run, { width: process.stdout.columns || 100 }));
    return (0,cli_command/* exitCode */.I$)(run.status === 'fail');
}


/***/ }),

/***/ 4483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseBuildArgs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4279);
// Build args as the CLI flags and the action's multi-line input give them (`K=V`), apart
// from build.ts so that parsing flags loads no docker code.


/** Parses `K=V` build-arg strings (CLI flags, or the action's multi-line input). */
function parseBuildArgs(items) {
    const args = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                input: '--build-arg',
                problem: `build arg ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(item)} is not of the form KEY=VALUE`
            });
        args[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return args;
}


/***/ }),

/***/ 6489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _w: () => (/* binding */ buildImage)
/* harmony export */ });
/* unused harmony exports buildArgv, buildFailure */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4279);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9261);
/* harmony import */ var _build_args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4483);
// Builds an image with `docker build`, streaming the build log to stderr, and returns
// the tag it was given. The builder is whatever the engine's client uses (BuildKit
// with buildx or DOCKER_BUILDKIT=1, else the classic builder).






function buildArgv(options, iidFile) {
    const argv = ['build', '--tag', options.tag, '--iidfile', iidFile];
    if (options.dockerfile)
        argv.push('--file', options.dockerfile);
    if (options.target)
        argv.push('--target', options.target);
    if (options.platform)
        argv.push('--platform', options.platform);
    if (options.network)
        argv.push('--network', options.network);
    for (const [key, value] of Object.entries(options.buildArgs ?? {}))
        argv.push('--build-arg', `${key}=${value}`);
    argv.push(options.context);
    return argv;
}
/** Builds and returns the image ID; the image is also tagged `options.tag`. */
async function buildImage(options) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'isb-build-'));
    const iidFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'iid');
    try {
        await (0,_docker_js__WEBPACK_IMPORTED_MODULE_5__/* .docker */ .T3)(buildArgv(options, iidFile), { stream: true });
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(iidFile, 'utf8')).trim();
    }
    catch (error) {
        if ((0,_docker_js__WEBPACK_IMPORTED_MODULE_5__/* .isNoEngine */ .uY)(error))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                input: 'DOCKER_HOST',
                problem: (0,_docker_js__WEBPACK_IMPORTED_MODULE_5__/* .noEngineMessage */ .zY)(error, `build ${options.tag}`)
            });
        if (!(error instanceof _docker_js__WEBPACK_IMPORTED_MODULE_5__/* .DockerCommandError */ .YJ))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
            input: options.dockerfile ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.context, 'Dockerfile'),
            problem: buildFailure(error.result ?? { stdout: '', stderr: error.message }, options)
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** Lines of a build log with the builders' banners taken out (the classic builder's deprecation notice). */
function logLines(text) {
    const lines = text.split(/\r?\n/);
    const kept = [];
    for (let i = 0; i < lines.length; i++) {
        if (/^DEPRECATED: The legacy builder is deprecated/.test(lines[i])) {
            while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]))
                i++;
            continue;
        }
        if (lines[i].trim())
            kept.push(lines[i].trim());
    }
    return kept;
}
const stepText = (command) => command.replace(/^\/bin\/sh -c /, '').replace(/^#\(nop\)\s*/, '');
/**
 * One line for a failed `docker build`: what failed (the step and its exit code, the
 * Dockerfile line that does not parse, the missing file or base image) and the one fix that
 * applies, from the log of either builder (classic: the error on stderr, the steps on
 * stdout; BuildKit: all on stderr).
 */
function buildFailure(result, options) {
    const dockerfile = options.dockerfile ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.context, 'Dockerfile');
    const lines = [...logLines(result.stdout), ...logLines(result.stderr)];
    const find = (re) => {
        for (let i = lines.length - 1; i >= 0; i--) {
            const m = re.exec(lines[i]);
            if (m)
                return m;
        }
        return undefined;
    };
    const head = `docker build of ${dockerfile} failed`;
    // A RUN step that exited non-zero: BuildKit names the step (`> [3/3] RUN …:`), the classic builder the command.
    const run = find(/process "(.*)" did not complete successfully: exit code: (\d+)/) ??
        find(/executor failed running \[(.*)\]: exit code: (\d+)/) ??
        find(/The command '(.*)' returned a non-zero code: (\d+)/);
    if (run) {
        const named = find(/^> \[[^\]]*\] (.*):$/)?.[1];
        const step = named ?? `RUN ${stepText(run[1])}`;
        return `${head}: the step "${(0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(step, 200)}" exited with code ${run[2]}. Fix that step; its output is in the build log above.`;
    }
    const parse = find(/dockerfile parse error (?:on )?line (\d+): (.*)$/i);
    if (parse)
        return `${head}: line ${parse[1]}: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(parse[2], 200)}. Fix that line of the Dockerfile.`;
    if (find(/unable to evaluate symlinks in Dockerfile path|failed to read dockerfile|Cannot locate specified Dockerfile/i)) {
        return `${head}: there is no Dockerfile at ${dockerfile}. Check the Dockerfile path (build.dockerfile in the budget file, or --dockerfile).`;
    }
    const context = find(/unable to prepare context: path "(.*)" not found/);
    if (context)
        return `${head}: the build context ${context[1]} does not exist. Check the context path (build.context in the budget file, or --context).`;
    if (find(/buildx component is missing or broken/)) {
        return `${head}: BuildKit was asked for (DOCKER_BUILDKIT=1) but this docker client has no buildx. Install the buildx plugin, or unset DOCKER_BUILDKIT to use the classic builder.`;
    }
    const base = find(/(pull access denied for [^,\s]+|failed to resolve source metadata for \S+|manifest for \S+ not found|manifest unknown)/);
    if (base)
        return `${head}: a FROM image could not be pulled (${(0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(base[1].replace(/[:,.]+$/, ''), 200)}). Check the image name in the FROM line, or log in to its registry (docker login).`;
    const cause = find(/error|failed|denied|cannot|unable|invalid/i)?.[0] ??
        lines.at(-1) ??
        'no message';
    return `${head}: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(cause.replace(/^ERROR:\s*/, ''), 300)}. See the build log above.`;
}



/***/ }),

/***/ 7317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ readImage),
/* harmony export */   LV: () => (/* binding */ chooseSource)
/* harmony export */ });
/* unused harmony export DEFAULT_BUILD_TAG */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Where an image comes from, behind one interface (as dive's image/resolver.go): a source
// names its kind (an image in the engine, a Dockerfile built into it, an archive on disk, a
// registry read without pulling) and what that kind needs; `readImage` hands it to that
// kind's reader, and every reader yields a LoadedImage: the report, and the layers listed
// when the files were read. Both front ends (cli/analyze, check/check-image) choose with
// `chooseSource` and read here; the file analysis is theirs to call (src/analysis/image.ts).
// Each reader is imported when used: `analyze --archive` loads no engine or registry code
// (start-up counts, bench/files.mjs).

/** The tag a build gets when no ref names it. */
const DEFAULT_BUILD_TAG = 'image-size-budget:local';
/** The one order of precedence: an archive, else a build, else the registry when asked, else the engine. */
function chooseSource(request) {
    if (request.archive !== undefined)
        return { kind: 'archive', path: request.archive };
    if (request.build)
        return {
            kind: 'build',
            ref: request.ref || DEFAULT_BUILD_TAG,
            build: request.build
        };
    if (!request.ref)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input: 'image',
            problem: 'no image given',
            fix: 'name an image ref, or a Dockerfile and context to build'
        });
    if (request.source === 'registry')
        return {
            kind: 'registry',
            ref: request.ref,
            uncompressed: request.uncompressed,
            insecureRegistries: request.insecureRegistries
        };
    return { kind: 'engine', ref: request.ref };
}
/** The image from its source, by that kind's reader. */
async function readImage(source, options = {}) {
    switch (source.kind) {
        case 'engine':
        case 'build': {
            const { loadImage } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(722), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 372));
            const loaded = await loadImage(source.ref, {
                build: source.kind === 'build' ? source.build : undefined,
                files: options.files,
                packages: options.packages
            });
            if (!options.compressed)
                return loaded;
            const { addEngineCompressedSizes } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(445), __webpack_require__.e(985)]).then(__webpack_require__.bind(__webpack_require__, 6445));
            return {
                ...loaded,
                report: await addEngineCompressedSizes(loaded.report)
            };
        }
        case 'archive': {
            const { readArchiveImage } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(223), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 4200));
            const archive = await readArchiveImage(source.path, {
                platform: options.platform,
                ref: source.ref,
                packages: options.packages
            });
            return { report: archive.report, archive };
        }
        case 'registry': {
            const { readRegistryImage } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(731), __webpack_require__.e(137)]).then(__webpack_require__.bind(__webpack_require__, 731));
            return {
                report: await readRegistryImage(source.ref, {
                    platform: options.platform,
                    uncompressed: source.uncompressed,
                    insecureRegistries: source.insecureRegistries
                })
            };
        }
    }
}


/***/ })

};
