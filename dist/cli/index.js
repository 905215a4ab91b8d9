#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ exitCode),
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   XS: () => (/* binding */ parseUnits),
/* harmony export */   oe: () => (/* binding */ EXIT_INPUT),
/* harmony export */   vE: () => (/* binding */ EXIT_INTERNAL)
/* harmony export */ });
/* unused harmony export EXIT_OVER_BUDGET */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4279);
// What every CLI command shares: exit codes, the output channel, and flag parsing
// whose mistakes become InputError (exit 2) instead of a stack trace.



const EXIT_OK = 0;
const EXIT_OVER_BUDGET = 1;
const EXIT_INPUT = 2;
/** A bug (an error that is not an InputError or a known failure): the message asks for a report. */
const EXIT_INTERNAL = 3;
/** The exit code of a run that is over budget or not. */
const exitCode = (overBudget) => overBudget ? EXIT_OVER_BUDGET : EXIT_OK;
/** A flag that takes one of a few words: its value, `choices[0]` when it is not given. */
function parseChoice(flag, value, choices, fix) {
    if (value === undefined)
        return choices[0];
    const choice = choices.find((candidate) => candidate === value);
    if (choice !== undefined)
        return choice;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
        input: flag,
        problem: `${flag} must be "${choices[0]}" or "${choices[1]}", not ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}`,
        fix
    });
}
/** Where images are read from (`--source`): the one check of the flag, for every command that takes it. */
const parseSource = (value) => parseChoice('--source', value, ['docker', 'registry'], 'leave it out to read the Docker engine, or give --source registry to read a pushed image');
/** How sizes are printed (`--units`), for every command that takes it. */
const parseUnits = (value) => parseChoice('--units', value, ['si', 'iec'], 'give si (1000-based, as docker prints sizes) or iec (1024-based)');
/** node:util parseArgs with its errors (unknown flag, missing value) turned into InputError. */
function parseCommandArgs(command, args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const problem = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error).replace(/\. To specify a positional.*$/s, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            // node:util names the flag in quotes: "Unknown option '--jsn'".
            input: /'(-[^']*)'/.exec(problem)?.[1] ?? command,
            problem: `${problem}.`,
            fix: `Run "image-size-budget --help" for usage of ${command}.`
        });
    }
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8604);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7820);
// The command-line front end: `image-size-budget <command> …`. Exit codes, everywhere:
// 0 ok / within budget, 1 over budget, 2 unusable input.


(0,_heap_js__WEBPACK_IMPORTED_MODULE_0__/* .preferSmallHeap */ .u)();
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7820:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: USAGE

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/messages.ts
var messages = __nccwpck_require__(4279);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
// The version, from package.json: the one place it is written (a release bumps it there).

const VERSION = package_namespaceObject.rE;

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __nccwpck_require__(3567);
;// CONCATENATED MODULE: ./src/cli/main.ts
// Dispatches CLI commands and turns errors into one clear line on stderr: exit 2 for an
// input error or a known failure, exit 3 (and "please report") for a bug.




const USAGE = `image-size-budget: keep Docker/OCI images small

Usage:
  image-size-budget analyze <image-ref> [--json] [--units si|iec]
  image-size-budget analyze [<tag>] --context DIR [--dockerfile FILE] [--target T]
                            [--build-arg K=V]... [--platform P] [--json]
      file analysis:        [--files] | --archive PATH [--platform P]; [--dive-ci PATH]
                            [--no-packages]
      pull size:            [--compressed] | --source registry [--platform P] [--uncompressed]
                            [--insecure-registry HOST]...
  image-size-budget check [--config PATH] [--image NAME] [--json] [--units si|iec] [--files]
                          [--source docker|registry] [--baseline-image REF | --baseline-report PATH]
                          (budget file default: .github/image-size-budget.yml)
  image-size-budget audit [--config PATH] [--json | --markdown] [--units si|iec] [--files] [--source docker|registry]
  image-size-budget compare <base> <head> [--json] [--min-change SIZE] [--units si|iec]
                            [--name NAME] [--base-from REF --head-from REF]
                            (each side an image ref in the engine or a saved .json report)

Exit codes: 0 ok, 1 over budget, 2 unusable input, 3 internal error (a bug: please report it).`;
const defaultIO = {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n')
};
// Each command's module is loaded when it runs: start-up is part of every command's wall
// time (bench/files.mjs), and `analyze --archive` should not evaluate the budget, GitHub
// or comparison code it never calls.
const COMMANDS = {
    analyze: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(313), __nccwpck_require__.e(676)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4676))).runAnalyze,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(856), __nccwpck_require__.e(193), __nccwpck_require__.e(313), __nccwpck_require__.e(722), __nccwpck_require__.e(139), __nccwpck_require__.e(353), __nccwpck_require__.e(731), __nccwpck_require__.e(445), __nccwpck_require__.e(34)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34))).runCheck,
    audit: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(856), __nccwpck_require__.e(193), __nccwpck_require__.e(313), __nccwpck_require__.e(722), __nccwpck_require__.e(139), __nccwpck_require__.e(353), __nccwpck_require__.e(731), __nccwpck_require__.e(445), __nccwpck_require__.e(34), __nccwpck_require__.e(936)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2936))).runAuditCommand,
    compare: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(463), __nccwpck_require__.e(313), __nccwpck_require__.e(722), __nccwpck_require__.e(353), __nccwpck_require__.e(513)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9513))).runCompare
};
async function main(argv, io = defaultIO) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(USAGE);
        return name ? command/* EXIT_OK */.Ij : command/* EXIT_INPUT */.oe;
    }
    if (name === '--version') {
        io.stdout(VERSION);
        return command/* EXIT_OK */.Ij;
    }
    const load = COMMANDS[name];
    if (!load) {
        io.stderr(`image-size-budget: unknown command ${(0,messages/* quote */.hD)(name)}. Commands: ${Object.keys(COMMANDS).join(', ')}.\n\n${USAGE}`);
        return command/* EXIT_INPUT */.oe;
    }
    try {
        const command = await load();
        return await command(rest, io);
    }
    catch (error) {
        const { internal, message } = (0,errors/* describeFailure */.Ic)(error);
        // Bounded and scrubbed: a message may quote a server or a file, and must carry no credential.
        io.stderr((0,messages/* boundMessage */.wy)(`image-size-budget ${name}: ${internal ? message : `error: ${message}`}`));
        return internal ? command/* EXIT_INTERNAL */.vE : command/* EXIT_INPUT */.oe;
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   U6: () => (/* binding */ DependencyFailure),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports REPORT_BUG_URL, DEBUG_ENV, isInternalError */
// Errors a user can cause (bad input, missing image, no engine, bad budget file), failures
// of what a run depends on (docker, the GitHub API), and everything else: a bug. Front ends
// turn an InputError or a known failure into exit code 2 or core.setFailed, with its message
// and no stack trace; a bug exits 3 and asks to be reported (see describeFailure).
class InputError extends Error {
    name = 'InputError';
    /** The input at fault; undefined for an error still built from a sentence alone (the old form). */
    input;
    problem;
    fix;
    /** `new InputError({ input, problem, fix })`; the old form, one sentence, is still taken. */
    constructor(fields, options) {
        const { input, problem, fix } = typeof fields === 'string'
            ? { input: undefined, problem: fields, fix: undefined }
            : fields;
        super(composeMessage(problem, fix), options);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
    }
}
/** The sentence a person reads: the problem, then the fix after a colon (or after the problem's own full stop). */
function composeMessage(problem, fix) {
    if (!fix)
        return problem;
    return /[.!?]$/.test(problem) ? `${problem} ${fix}` : `${problem}: ${fix}`;
}
/**
 * A failure of something the run depends on, not of this code: docker exited non-zero, the
 * GitHub API refused, a download was broken. Shown like an InputError (exit 2, no stack).
 */
class DependencyFailure extends Error {
}
/** Where a bug is reported; printed with every internal error. */
const REPORT_BUG_URL = 'https://github.com/image-size-budget/image-size-budget/issues';
/** The environment variable that adds the stack trace of an internal error to its message. */
const DEBUG_ENV = 'IMAGE_SIZE_BUDGET_DEBUG';
/** A failure of the machine rather than the code: a missing file, a refused connection, a full disk (Node's system errors, e.g. ENOENT). */
function isSystemError(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 4; depth++) {
        const { code, syscall } = e;
        if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && syscall)
            return true;
        e = e.cause;
    }
    return false;
}
/** True for a bug: anything that is not an InputError, a dependency's failure or a system error. */
function isInternalError(error) {
    return !(error instanceof InputError ||
        error instanceof DependencyFailure ||
        isSystemError(error));
}
/** The message a front end shows for any thrown value: an InputError's own words, else the error's message. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/**
 * What a front end prints for a failure. A bug says so and asks to be reported, with the
 * stack only when DEBUG_ENV is set (a stack is noise to a user, and may name paths of the
 * runner).
 */
function describeFailure(error, env = process.env) {
    if (!isInternalError(error))
        return { internal: false, message: describeError(error) };
    const stack = env[DEBUG_ENV] && error instanceof Error && error.stack
        ? `\n${error.stack}`
        : '';
    return {
        internal: true,
        message: `internal error (a bug in image-size-budget, please report it at ${REPORT_BUG_URL} with this message${stack ? '' : `; set ${DEBUG_ENV}=1 for the stack trace`}): ${describeError(error)}${stack}`
    };
}


/***/ }),

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ preferSmallHeap)
});

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/heap.ts
// V8 tuned for a small heap rather than for the last bit of speed. The file analysis and the
// package attribution make many short-lived strings and arrays (a 1.4 GB Debian image of
// 50,029 entries and 315 packages: every dpkg list and status file parsed per state), and V8
// grows its heap well past what stays alive before it collects: peak RSS 126–133 MB with the
// packages, 98–100 MB without (`analyze --archive … --files`, quiet 2-core machine). With
// --optimize-for-size it collects sooner: 109–112 MB, for about 0.1 s more of our own CPU on
// that image (0.75 → 0.90 s with --archive; through the engine the export's 12 s dominate).
// Node allows setting it once the process runs (node:v8 setFlagsFromString); it only changes
// heuristics, never results. Called first thing by both entry points (cli/index.ts,
// action/index.ts); tests that call main() in-process run with V8's defaults.

function preferSmallHeap() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--optimize-for-size');
}


/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ REPORT_WARNINGS_LIMIT),
/* harmony export */   DV: () => (/* binding */ JSON_DOCUMENT_LIMIT),
/* harmony export */   Gp: () => (/* binding */ PACKAGE_RECORDS_LIMIT),
/* harmony export */   HY: () => (/* binding */ BUDGET_PROBLEMS_SHOWN),
/* harmony export */   Hs: () => (/* binding */ PACKAGE_DATABASES_TOTAL_LIMIT),
/* harmony export */   Kh: () => (/* binding */ REPORT_FILE_LIMIT),
/* harmony export */   L7: () => (/* binding */ REPORT_PACKAGES_LIMIT),
/* harmony export */   LI: () => (/* binding */ BUDGET_ALIAS_LIMIT),
/* harmony export */   MF: () => (/* binding */ MESSAGE_LINE_CHARACTERS),
/* harmony export */   Mt: () => (/* binding */ REGISTRY_MAX_RETRY_AFTER_MS),
/* harmony export */   NK: () => (/* binding */ REGISTRY_BLOB_TIMEOUT_MS),
/* harmony export */   O$: () => (/* binding */ RULE_PATTERN_LIMIT),
/* harmony export */   Qn: () => (/* binding */ PACKAGE_DATABASE_FILE_LIMIT),
/* harmony export */   RT: () => (/* binding */ EXCERPT_CHARACTERS),
/* harmony export */   UT: () => (/* binding */ REGISTRY_ERROR_BODY_LIMIT),
/* harmony export */   WC: () => (/* binding */ MESSAGE_LINES),
/* harmony export */   Zc: () => (/* binding */ REPORT_INSTRUCTION_CHARACTERS),
/* harmony export */   _6: () => (/* binding */ REPORT_TEXT_CHARACTERS),
/* harmony export */   b$: () => (/* binding */ REGISTRY_OPERATION_TIMEOUT_MS),
/* harmony export */   bO: () => (/* binding */ SMALL_MEMBER_LIMIT),
/* harmony export */   cN: () => (/* binding */ PACKAGE_PROBLEMS_LIMIT),
/* harmony export */   eX: () => (/* binding */ REPORT_LAYERS_LIMIT),
/* harmony export */   gR: () => (/* binding */ REPORT_VIOLATIONS_LIMIT),
/* harmony export */   iG: () => (/* binding */ REGISTRY_BLOB_IDLE_TIMEOUT_MS),
/* harmony export */   j5: () => (/* binding */ REGISTRY_REQUEST_TIMEOUT_MS),
/* harmony export */   kE: () => (/* binding */ STREAM_KEPT_LIMIT),
/* harmony export */   ks: () => (/* binding */ REPORT_HINTS_LIMIT),
/* harmony export */   l3: () => (/* binding */ BUDGET_FILE_LIMIT),
/* harmony export */   l4: () => (/* binding */ REPORT_FILE_ITEMS_LIMIT),
/* harmony export */   l5: () => (/* binding */ REGISTRY_RETRIES),
/* harmony export */   rM: () => (/* binding */ REPORT_UNPACKAGED_LIMIT),
/* harmony export */   sE: () => (/* binding */ CREDENTIAL_HELPER_TIMEOUT_MS),
/* harmony export */   uW: () => (/* binding */ REPORT_NAME_CHARACTERS),
/* harmony export */   ud: () => (/* binding */ REGISTRY_BACKOFF_MS),
/* harmony export */   v1: () => (/* binding */ PACKAGE_FIELD_CHARACTERS),
/* harmony export */   wM: () => (/* binding */ REPORT_IMAGES_LIMIT)
/* harmony export */ });
/* unused harmony export REPORT_FILES_LIMIT */
// Every cap and timeout that bounds what hostile or broken input can cost, by concern, in
// one place. The README's "Limits" section lists each of them; change both together.
const KiB = 1024;
const MiB = 1024 * KiB;
// --- JSON documents: image manifests, indexes and configs, from an archive or a registry ---
/**
 * The most bytes one JSON document may have. Registries refuse manifests over 4 MB
 * (distribution, Pulp, ORAS use that figure), and real image configs are tens of kB: a
 * history of a thousand steps is still under 1 MiB. Larger is refused before it is read
 * whole, with a message naming the document.
 */
const JSON_DOCUMENT_LIMIT = 4 * MiB;
/**
 * An archive read as a stream (compressed, or `docker save`) keeps every member that may be
 * JSON until the manifest, written last, says which it needs: at most this much in all.
 * Members past it are skipped and reported only if the manifest asks for one of them.
 */
const STREAM_KEPT_LIMIT = 64 * MiB;
/** A streamed member that is neither JSON nor a layer is kept when at most this big (a `VERSION` or `repositories` file). */
const SMALL_MEMBER_LIMIT = 1 * MiB;
// --- Registries ---
/** One request to a registry or its token server, from sending it to the last byte of a manifest, config or token. */
const REGISTRY_REQUEST_TIMEOUT_MS = 30_000;
/**
 * Everything one image read asks of a registry besides layer blobs (token, manifests,
 * config), retries and waits included. A request that timed out is not retried: a registry
 * that hangs once hangs again, and the wait is already the request's full 30 s.
 */
const REGISTRY_OPERATION_TIMEOUT_MS = 60_000;
/** Retries after the first attempt, for 429, 5xx and dropped connections (within the operation's time). */
const REGISTRY_RETRIES = 4;
/** First wait before a retry; it doubles per retry. */
const REGISTRY_BACKOFF_MS = 500;
/** The longest Retry-After honoured; a longer one is cut to it. */
const REGISTRY_MAX_RETRY_AFTER_MS = 30_000;
/** A layer blob (`--uncompressed`): its headers within the request timeout, then no gap between bytes longer than this… */
const REGISTRY_BLOB_IDLE_TIMEOUT_MS = 30_000;
/** …and the whole blob within this. */
const REGISTRY_BLOB_TIMEOUT_MS = 30 * 60_000;
/** A docker credential helper (`docker-credential-<name> get`) that has not answered by then is stopped, and the read goes on without it. */
const CREDENTIAL_HELPER_TIMEOUT_MS = 30_000;
/** The most of an error answer's body read for its message (the rest is dropped unread). */
const REGISTRY_ERROR_BODY_LIMIT = 64 * KiB;
// --- Budget files ---
/** A budget file bigger than this is refused before it is parsed (real ones are a few kB; this bounds the parser's memory). */
const BUDGET_FILE_LIMIT = 16 * MiB;
/** Characters of a rule's `/regex/` (real ones are tens). Rules run on RE2, in time linear in the instruction. */
const RULE_PATTERN_LIMIT = 1_000;
/** YAML aliases expanded in a budget file, at most (the `yaml` package's guard against alias bombs). */
const BUDGET_ALIAS_LIMIT = 100;
/** Problems listed for one budget file; the rest are counted. */
const BUDGET_PROBLEMS_SHOWN = 20;
// --- JSON reports: a baseline report, the report files of `mode: comment`, a base branch's report ---
/** A report file bigger than this is refused before it is read (a real one of 100 images with file analyses is under 2 MiB). */
const REPORT_FILE_LIMIT = 8 * MiB;
/** Report files one `report` glob of `mode: comment` may match. */
const REPORT_FILES_LIMIT = 100;
/** Images in one report (or in the report files of one comment, together). */
const REPORT_IMAGES_LIMIT = 100;
/** Layer rows of one image, and so the highest layer index a report may name. */
const REPORT_LAYERS_LIMIT = 1_000;
/** Violations in one image result or run report. */
const REPORT_VIOLATIONS_LIMIT = 10_000;
/** Warnings of one image. */
const REPORT_WARNINGS_LIMIT = 100;
/** File hints of one image. */
const REPORT_HINTS_LIMIT = 100;
/** Hidden file copies listed in one image's file analysis. */
const REPORT_FILE_ITEMS_LIMIT = 1_000;
/** Characters of one instruction (`createdBy`): a Dockerfile line can be long; 64 KiB is far beyond any real one. */
const REPORT_INSTRUCTION_CHARACTERS = 65_536;
/** Characters of a message, a path, a warning in a report. */
const REPORT_TEXT_CHARACTERS = 4_096;
/** Characters of an image's name or ref, a branch, a workflow, a comment key in a report. */
const REPORT_NAME_CHARACTERS = 512;
// --- Package databases (src/analysis/packages), kept by the layer readers ---
/**
 * The most bytes of one database file read. Real dpkg status files are a few MB even for
 * images with thousands of packages (Ubuntu desktop: ~5 MB), a big apk installed db is
 * under 10 MB; a larger file is skipped as a problem.
 */
const PACKAGE_DATABASE_FILE_LIMIT = 64 * MiB;
/**
 * The most database bytes read for one image, all layers together: what bounds the memory of
 * the parsed paths (a real image's databases are tens of MB at most; npm projects with
 * thousands of packages add a few MB of package.json). Past it, files count as not read.
 */
const PACKAGE_DATABASES_TOTAL_LIMIT = 256 * MiB;
/** Records (stanzas) read from one database file; the rest are counted in a problem. */
const PACKAGE_RECORDS_LIMIT = 200_000;
/** Characters of one field value kept (a `Description` can be long; names and versions are short). */
const PACKAGE_FIELD_CHARACTERS = 64 * KiB;
/** Problems kept per parse; the rest are counted. */
const PACKAGE_PROBLEMS_LIMIT = 20;
/** Packages listed in one image's `files.packages`, largest first; the rest are counted. */
const REPORT_PACKAGES_LIMIT = 200;
/** Top-level folders listed in `files.packages.unpackaged`, largest first; the rest are counted. */
const REPORT_UNPACKAGED_LIMIT = 50;
// --- Messages ---
/** Characters of a value from the input (a size, a key, a pattern, a server's words) quoted in a message. */
const EXCERPT_CHARACTERS = 80;
/** Characters of one line of an error or warning, and lines of one message, at most. */
const MESSAGE_LINE_CHARACTERS = 1_000;
const MESSAGE_LINES = 40;


/***/ }),

/***/ 4279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   F1: () => (/* binding */ jsonSyntaxProblem),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   wy: () => (/* binding */ boundMessage)
/* harmony export */ });
/* unused harmony export setSecretSink */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(351);
// What may go into a message: values from the input cut to a short excerpt, and no secret.
// Secrets are the credentials this run uses (registered with addSecret as they are read:
// the action also masks them in the log with core.setSecret) and anything shaped like one
// (an Authorization header, `Basic …`/`Bearer …`, GitHub tokens, JWTs, password fields).
// scrub() is applied where a server's body or a file's text is turned into words, and once
// more by every front end (CLI errors, log lines, the action's failure) as a last guard.

const MASK = '***';
/** A piece of input text, cut to `max` characters with how long it really was. */
function excerpt(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .EXCERPT_CHARACTERS */ .RT) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, max)}… (${text.length} characters)`;
}
/** A value from the input as a message quotes it: JSON-quoted, cut to an excerpt. */
function quote(value, max = _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .EXCERPT_CHARACTERS */ .RT) {
    if (typeof value === 'string') {
        if (value.length <= max)
            return JSON.stringify(value);
        return `${JSON.stringify(value.slice(0, max))}… (${value.length} characters)`;
    }
    const text = JSON.stringify(value) ?? String(value);
    return excerpt(text, max);
}
// --- secrets ---
const secrets = new Set();
let sink = () => { };
/**
 * Registers a credential this run holds: it is masked in every message from now on and,
 * in the action, in the log (core.setSecret). Values too short to mask safely are skipped.
 */
function addSecret(value) {
    if (!value || value.length < 4 || secrets.has(value))
        return;
    secrets.add(value);
    sink(value);
}
/** Where registered secrets also go (the action passes core.setSecret); those already known are handed over at once. */
function setSecretSink(next) {
    sink = next;
    for (const secret of secrets)
        next(secret);
}
// Shapes of credentials, whoever's they are.
const SHAPES = [
    // An Authorization header as a server may echo it: `Authorization: Basic abc`, `authorization=Bearer x`, `"Authorization":"…"`.
    [
        /((?:proxy-)?authorization"?\s*[:=]\s*"?)(?:(basic|bearer|token)\s+)?[^\s",;)]+/gi,
        (_, head, scheme) => `${head}${scheme ? `${scheme} ` : ''}${MASK}`
    ],
    [/\b(basic|bearer)\s+[A-Za-z0-9._~+/-]{6,}=*/gi, `$1 ${MASK}`],
    // GitHub tokens (classic and fine-grained) and JWTs (registry bearer tokens).
    [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, MASK],
    [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, MASK],
    // Secret fields in JSON or YAML (a docker config.json, a token server's answer) and in query strings or forms.
    [
        /("(?:password|secret|auth|identitytoken|registrytoken|token|access_token|refresh_token)"\s*:\s*")(?:[^"\\]|\\.)*"/gi,
        `$1${MASK}"`
    ],
    [
        /(\b(?:password|passwd|secret|access_token|refresh_token|client_secret|token)=)[^&\s"']+/gi,
        `$1${MASK}`
    ],
    // user:password@ in a URL.
    [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)[^/\s@]+@/gi, `$1${MASK}@`]
];
/** The text with every registered secret and anything shaped like a credential replaced by ***. */
function scrub(text) {
    let out = text;
    for (const secret of secrets)
        if (out.includes(secret))
            out = out.split(secret).join(MASK);
    for (const [shape, replacement] of SHAPES)
        out = out.replace(shape, replacement);
    return out;
}
/** A message as a front end shows it: scrubbed, each line and the number of lines bounded. */
function boundMessage(text) {
    const lines = scrub(text).split('\n');
    const shown = lines
        .slice(0, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGE_LINES */ .WC)
        .map((line) => excerpt(line, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGE_LINE_CHARACTERS */ .MF));
    if (lines.length > _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGE_LINES */ .WC)
        shown.push(`… (${lines.length - _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGE_LINES */ .WC} more lines)`);
    return shown.join('\n');
}
// --- JSON syntax errors without the text around them ---
/**
 * Where JSON.parse failed, in words that quote none of the text (V8's own message quotes
 * the text around the error, which in a docker config.json holds passwords): `at line 3,
 * column 14`, or `it ends too early`.
 */
function jsonSyntaxProblem(text, error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Unexpected end of JSON input/i.test(message))
        return 'it ends too early';
    const at = /at position (\d+)/.exec(message);
    let offset = at ? Number(at[1]) : 0;
    if (!at) {
        try {
            offset = firstBadOffset(text);
        }
        catch {
            // nested too deep to scan: say no more than that it is not JSON
            return 'not JSON';
        }
    }
    if (offset >= text.trimEnd().length)
        return 'it ends too early';
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    // V8's words up to "in JSON at position", or after a token it quotes the text: say only that the character was unexpected.
    const words = /^(.*?) in JSON at position/.exec(message)?.[1] ?? 'unexpected character';
    return `${/^Unexpected token/.test(words) ? 'unexpected character' : words} at line ${line}, column ${column}`;
}
/** The offset of the first character JSON.parse rejects, by parsing ever shorter prefixes' validity (the text is small). */
function firstBadOffset(text) {
    // A character that cannot continue any valid JSON prefix is where V8 stopped; find the
    // longest prefix that is still the start of valid JSON with a cheap scanner.
    let i = 0;
    const stack = [];
    const ws = () => {
        while (i < text.length && /\s/.test(text[i]))
            i++;
    };
    const literal = () => {
        const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
        if (!m)
            return false;
        i += m[0].length;
        return true;
    };
    const string = () => {
        if (text[i] !== '"')
            return false;
        i++;
        while (i < text.length && text[i] !== '"') {
            if (text.charCodeAt(i) < 0x20)
                return false;
            i += text[i] === '\\' ? 2 : 1;
        }
        if (i >= text.length)
            return false;
        i++;
        return true;
    };
    const value = () => {
        ws();
        if (text[i] === '{' || text[i] === '[') {
            const open = text[i++];
            stack.push(open);
            ws();
            if (text[i] === (open === '{' ? '}' : ']')) {
                i++;
                stack.pop();
                return true;
            }
            for (;;) {
                ws();
                if (open === '{') {
                    if (!string())
                        return false;
                    ws();
                    if (text[i] !== ':')
                        return false;
                    i++;
                }
                if (!value())
                    return false;
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === (open === '{' ? '}' : ']')) {
                    i++;
                    stack.pop();
                    return true;
                }
                return false;
            }
        }
        return string() || literal();
    };
    if (value())
        ws();
    return Math.min(i, text.length);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
