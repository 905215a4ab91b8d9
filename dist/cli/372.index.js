export const id = 372;
export const ids = [372];
export const modules = {

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

/***/ 372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadImage: () => (/* binding */ loadImage)
/* harmony export */ });
/* unused harmony export AUTO_FILE_ANALYSIS_MAX_BYTES */
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6489);
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
    const { saveEngineImage } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(223), __webpack_require__.e(4)]).then(__webpack_require__.bind(__webpack_require__, 9004));
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
