export const id = 636;
export const ids = [636];
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


/***/ }),

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ parseCreatedBy),
/* harmony export */   pg: () => (/* binding */ parseHistoryOutput)
/* harmony export */ });
/* unused harmony exports parseDockerSize, parseHistoryLine, splitBuildArgs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4279);
// Parses `docker history --format json` output (NDJSON, newest row first, every value a
// string; see docker/cli cli/command/image/formatter_history.go historyContext) and turns
// each row's CreatedBy into the Dockerfile line that made it.
//
// CreatedBy by builder (../shared/notes/docker-formats.md, part C):
//   classic:  `/bin/sh -c <cmd>`, `|2 A=1 B=2 /bin/sh -c <cmd>`, `/bin/sh -c #(nop)  CMD ["sh"]`,
//             `/bin/sh -c #(nop) COPY file:<sha> in /app/ `, exec form RUN: the joined argv.
//   BuildKit: `RUN /bin/sh -c <cmd> # buildkit`, `RUN |1 A=1 /bin/sh -c <cmd> # buildkit`,
//             `COPY a /b # buildkit`, `WORKDIR /x`, `ENV X=1`.
//   kaniko:   `RUN mkdir …`, `ADD README.md /somefile.txt`.
//   import:   '' with the comment `Imported from -`.


// Instructions that only change the image config: no builder makes a layer for them.
const CONFIG_ONLY = new Set([
    'ARG',
    'CMD',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME'
]);
// Instructions that change the filesystem.
const FILESYSTEM = new Set(['RUN', 'COPY', 'ADD']);
const KEYWORDS = new Set([...CONFIG_ONLY, ...FILESYSTEM, 'WORKDIR', 'FROM']);
const SI = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    pb: 1e15
};
/**
 * A history Size: a byte count (`--human=false`, `"20971520"`) or docker's human form
 * (`units.HumanSizeWithPrecision`: decimal SI, `"1.98MB"`, `"307kB"`, `"0B"`). The human form
 * has 3 significant digits, so the bytes it yields are approximate.
 */
function parseDockerSize(text) {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed);
    const match = /^(\d+(?:\.\d+)?)\s*([kKmMgGtTpP]?B)$/.exec(trimmed);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input: 'IMAGE_SIZE_BUDGET_DOCKER',
            problem: `docker history printed a size this tool does not understand: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(text)}`
        });
    return Math.round(Number(match[1]) * SI[match[2].toLowerCase()]);
}
/** Parses the whole output: one JSON object per line, blank lines ignored (docker), or one JSON array (podman). */
function parseHistoryOutput(output) {
    if (output.trimStart().startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(output);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                input: 'IMAGE_SIZE_BUDGET_DOCKER',
                problem: `the engine's history is not JSON: ${output.trim().slice(0, 120)}`
            });
        }
        if (!Array.isArray(parsed))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                input: 'IMAGE_SIZE_BUDGET_DOCKER',
                problem: "the engine's history is not a list of rows"
            });
        return parsed.map(parseHistoryLine);
    }
    const rows = [];
    for (const [n, line] of output.split('\n').entries()) {
        if (!line.trim())
            continue;
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                input: 'IMAGE_SIZE_BUDGET_DOCKER',
                problem: `docker history printed a line that is not JSON (line ${n + 1}): ${line.slice(0, 120)}`
            });
        }
        rows.push(parseHistoryLine(parsed));
    }
    return rows;
}
function parseHistoryLine(value) {
    if (typeof value !== 'object' || value === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input: 'IMAGE_SIZE_BUDGET_DOCKER',
            problem: 'docker history printed a row that is not an object'
        });
    const line = value;
    // docker prints every value as a string under these keys; podman's `--format json` uses
    // `id`, `created`, `size` (a number) and `comment` (PodmanHistoryLine).
    const PODMAN = {
        ID: 'id',
        CreatedAt: 'created',
        CreatedBy: 'CreatedBy',
        Size: 'size',
        Comment: 'comment'
    };
    const text = (key) => {
        const raw = line[key] ?? line[PODMAN[key]];
        return typeof raw === 'string'
            ? raw
            : typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0
                ? String(raw)
                : '';
    };
    const id = text('ID');
    const comment = text('Comment');
    const rawCreatedBy = text('CreatedBy');
    return {
        id: id && id !== '<missing>' ? id : undefined,
        createdAt: text('CreatedAt') || undefined,
        comment,
        rawCreatedBy,
        sizeBytes: parseDockerSize(text('Size') || '0'),
        step: parseCreatedBy(rawCreatedBy, comment)
    };
}
/** Splits a `|N K=V …` build-arg prefix off a command. Values may hold spaces, so each value runs to the next ` KEY=`. */
function splitBuildArgs(text) {
    const head = /^\|(\d+) /.exec(text);
    if (!head)
        return { rest: text };
    const count = Number(head[1]);
    let rest = text.slice(head[0].length);
    const buildArgs = {};
    for (let i = 0; i < count; i++) {
        const key = /^([^=\s]+)=/.exec(rest);
        if (!key)
            break;
        rest = rest.slice(key[0].length);
        let end;
        if (i < count - 1) {
            const next = / [A-Za-z_][A-Za-z0-9_]*=/.exec(rest);
            end = next ? next.index : rest.length;
        }
        else {
            // The last value ends where the command starts: at ` /bin/sh -c ` when the shell form is used, else at the first space.
            const shell = rest.indexOf(' /bin/sh -c ');
            const space = rest.indexOf(' ');
            end = shell >= 0 ? shell : space >= 0 ? space : rest.length;
        }
        buildArgs[key[1]] = rest.slice(0, end);
        rest = rest.slice(end).replace(/^ /, '');
    }
    return { buildArgs, rest };
}
function stripShell(command) {
    return command.startsWith('/bin/sh -c ')
        ? command.slice('/bin/sh -c '.length)
        : command;
}
/** Names the step that made a history row and says what its builder's markers tell about its layer. */
function parseCreatedBy(rawCreatedBy, comment = '') {
    // Tabs become spaces in docker's output anyway; normalise so table renderers see one line.
    const raw = rawCreatedBy.replace(/\t/g, ' ').trim();
    if (raw === '') {
        // `docker import` writes an empty CreatedBy; so does BuildKit's exporter for layers it had no history for.
        const imported = /^Imported from/.test(comment);
        const exporter = comment === 'buildkit.exporter.image.v0';
        return {
            instruction: '',
            createdBy: '',
            hint: imported || exporter ? 'layer' : 'unknown'
        };
    }
    // BuildKit and kaniko write the Dockerfile keyword first.
    const keyword = /^([A-Z]+)(?: |$)/.exec(raw);
    if (keyword && KEYWORDS.has(keyword[1])) {
        const instruction = keyword[1];
        let body = raw.slice(keyword[0].length);
        const buildkitLayer = body.endsWith(' # buildkit') || body === '# buildkit';
        if (buildkitLayer)
            body = body.slice(0, -'# buildkit'.length).trimEnd();
        let buildArgs;
        if (instruction === 'RUN') {
            const split = splitBuildArgs(body);
            buildArgs = split.buildArgs;
            body = stripShell(split.rest);
        }
        const hint = comment === 'buildkit.dockerfile.v0'
            ? buildkitHint(instruction, body, buildkitLayer)
            : hintFor(instruction);
        return {
            instruction,
            createdBy: `${instruction} ${body}`.trimEnd(),
            buildArgs,
            hint
        };
    }
    // Classic builder.
    const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(raw);
    if (nop) {
        const body = nop[1].trim();
        const instruction = (/^([A-Z]+)/.exec(body)?.[1] ?? '').toUpperCase();
        return { instruction, createdBy: body, hint: hintFor(instruction) };
    }
    const { buildArgs, rest } = splitBuildArgs(raw);
    // Shell form keeps `/bin/sh -c`; exec form is the joined argv. Both are RUN.
    return {
        instruction: 'RUN',
        createdBy: `RUN ${stripShell(rest)}`,
        buildArgs,
        hint: 'layer'
    };
}
// BuildKit (dockerfile2llb convert.go): commitToHistory adds ` # buildkit` to steps with an
// LLB state (RUN, COPY, ADD); WORKDIR makes a layer (the mkdir) unless the path is `/`.
function buildkitHint(instruction, body, buildkitLayer) {
    if (buildkitLayer)
        return 'layer';
    if (instruction === 'WORKDIR')
        return body.trim() === '/' ? 'empty' : 'layer';
    return CONFIG_ONLY.has(instruction) ? 'empty' : 'unknown';
}
// Classic builder and others: every step is committed, but a commit whose diff is empty
// (moby image.NewChildImage: layer.IsEmpty) adds no layer, e.g. `WORKDIR /` or `RUN true`.
// So RUN/COPY/ADD are layers unless they changed nothing, and WORKDIR is a layer when it created the directory.
function hintFor(instruction) {
    if (FILESYSTEM.has(instruction))
        return 'layer';
    if (CONFIG_ONLY.has(instruction))
        return 'empty';
    if (instruction === 'WORKDIR')
        return 'likely-layer';
    return 'unknown';
}


/***/ })

};
