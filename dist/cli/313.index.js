export const id = 313;
export const ids = [313];
export const modules = {

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ RUNTIME_EXTRAS_SHARE),
/* harmony export */   Qx: () => (/* binding */ RUNTIME_BUILD_SHARE),
/* harmony export */   Rz: () => (/* binding */ runtimeHints)
/* harmony export */ });
/* unused harmony exports RUNTIME_EXTRAS_MIN_BYTES, packageCategory */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(351);
/* harmony import */ var _model_listing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6689);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1933);
// Hints about what a runtime image ships that it need not, with measured bytes: a second
// `apt-get update` that rewrites apt's lists and binary caches in its own layer
// (`apt-update-again`), npm dev dependencies in the final filesystem (`dev-dependencies`),
// and what a runtime usually does without (`runtime-extras`: compilers, `-dev` packages,
// headers, static libraries, docs, package indexes and caches, the package manager, the
// shell). Input: the layer listings with whiteouts applied (whiteouts.ts) and the package
// attribution (packages/attribution.ts), both made once by analyzeFiles (files.ts), which
// passes its own cache matcher so that the package-index category and the package-cache
// hints agree on what a cache is. Pure: data in, FileHint rows out; report/describe.ts
// says them in words.



/** A `runtime-extras` hint is made only from this many bytes of extras in the final filesystem (1 MB). */
const RUNTIME_EXTRAS_MIN_BYTES = 1_000_000;
/**
 * From this share of the final filesystem, a `runtime-extras` hint says what to do (a build
 * stage, a minimal final stage); below it, it only says what is there.
 */
const RUNTIME_EXTRAS_SHARE = 0.25;
/**
 * From this share of the final filesystem, the compilers, -dev packages, headers and static
 * libraries make the advice start with a separate build stage (below it, a few build tools
 * beside a base image's own extras are not worth a stage of their own).
 */
const RUNTIME_BUILD_SHARE = 0.1;
/** How many packages a hint names (FileHint.packages). */
const HINT_PACKAGES = 10;
/** How many rows a runtime-extras hint names: those holding the most of its bytes. */
const EXTRAS_ROWS = 4;
/** A package's name or version as the report's schema bounds them. */
const cut = (value) => value.slice(0, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_NAME_CHARACTERS */ .uW);
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function runtimeHints(input) {
    return [
        ...aptUpdateAgain(input),
        ...devDependencies(input),
        ...runtimeExtras(input)
    ];
}
// apt's lists (`var/lib/apt/lists/*` but its lock) and binary caches (`var/cache/apt/*.bin`).
const APT_LISTS = 'var/lib/apt/lists';
const APT_CACHE = 'var/cache/apt';
/**
 * One hint per layer that writes apt's lists or binary caches after an earlier layer of the
 * Dockerfile's (not the base image's) wrote them: the bytes of the later layer's copies, as
 * its listing holds them. A layer that cleans them in the same RUN writes none and has no hint.
 */
function aptUpdateAgain(input) {
    const { listings, rows, rowOf, baseLayers } = input;
    const index = listings[0]?.index;
    if (!index)
        return [];
    const lists = index.find(APT_LISTS);
    const cache = index.find(APT_CACHE);
    if (lists === undefined && cache === undefined)
        return [];
    const { parents, whiteouts } = index;
    const hints = [];
    let earlier = -1;
    listings.forEach((listing, layer) => {
        const seen = new Set();
        const copies = [];
        for (let i = listing.length - 1; i >= 0; i--) {
            const id = listing.ids[i];
            if (seen.has(id))
                continue;
            seen.add(id);
            if (whiteouts[id] !== _model_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .Whiteout */ .eV.None || (0,_model_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .isDirEntry */ .uE)(listing, i))
                continue;
            let kind;
            let up = parents[id];
            // Files of the lists (`partial/` included), the caches directly in var/cache/apt.
            if (lists !== undefined) {
                for (; up > 0 && up !== lists; up = parents[up])
                    ;
                if (up === lists && index.name(id) !== 'lock')
                    kind = 'apt-lists';
            }
            if (!kind &&
                cache !== undefined &&
                parents[id] === cache &&
                index.name(id).endsWith('.bin'))
                kind = 'apt-binary-cache';
            if (!kind)
                continue;
            const bytes = (0,_model_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .entryDiskBytes */ .pY)(listing, i);
            if (bytes > 0)
                copies.push({ path: '/' + index.path(id), bytes, cache: kind });
        }
        if (copies.length === 0)
            return;
        // Only new lists say `apt-get update` ran: any apt command (a purge, an install from
        // lists an earlier RUN removed) rewrites the binary caches alone, and the package-cache
        // hint has those bytes.
        const updated = copies.some((copy) => copy.cache === 'apt-lists');
        if (updated && layer >= baseLayers && earlier >= baseLayers) {
            const row = rows[rowOf[layer]];
            const builder = input.builderOf(row);
            const parts = [];
            for (const kind of ['apt-lists', 'apt-binary-cache']) {
                const of = copies.filter((copy) => copy.cache === kind);
                if (of.length > 0)
                    parts.push({
                        path: '/' + (kind === 'apt-lists' ? APT_LISTS : APT_CACHE),
                        cache: kind,
                        bytes: of.reduce((sum, copy) => sum + copy.bytes, 0),
                        files: of.length
                    });
            }
            parts.sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path));
            hints.push({
                kind: 'apt-update-again',
                layers: [rowOf[earlier], rowOf[layer]],
                bytes: copies.reduce((sum, copy) => sum + copy.bytes, 0),
                files: copies.length,
                examples: [...copies]
                    .sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path))
                    .slice(0, 3)
                    .map((copy) => copy.path),
                parts,
                ...(builder ? { builder } : {})
            });
        }
        earlier = layer;
    });
    return hints;
}
/** The folder holding an npm package's node_modules (`app/node_modules/x/node_modules/y` → `/app/node_modules`). */
function projectModules(folder) {
    const at = folder.indexOf('node_modules');
    return '/' + (at < 0 ? folder : folder.slice(0, at + 'node_modules'.length));
}
/** npm dev dependencies in the final filesystem, one hint per layer that installed them. */
function devDependencies(input) {
    const { rows, rowOf, baseLayers } = input;
    const groups = new Map();
    for (const p of input.attribution?.packages ?? []) {
        if (p.manager !== 'npm' || p.dev !== true || !p.installed || p.bytes <= 0)
            continue;
        const group = groups.get(p.addedLayer) ?? [];
        group.push(p);
        groups.set(p.addedLayer, group);
    }
    const hints = [];
    for (const [layer, packages] of groups) {
        packages.sort((a, b) => b.bytes - a.bytes || byText(a.key, b.key));
        const parts = new Map();
        for (const p of packages) {
            const path = projectModules(p.record.folders[0] ?? p.record.source);
            const part = parts.get(path) ?? { path, bytes: 0, files: 0 };
            part.bytes += p.bytes;
            part.files += p.files;
            parts.set(path, part);
        }
        const row = rows[rowOf[layer]];
        const builder = input.builderOf(row);
        hints.push({
            kind: 'dev-dependencies',
            layers: [row.index],
            bytes: packages.reduce((sum, p) => sum + p.bytes, 0),
            files: packages.reduce((sum, p) => sum + p.files, 0),
            ...(layer < baseLayers ? { base: true } : {}),
            examples: packages
                .slice(0, 3)
                .map((p) => '/' + (p.record.folders[0] ?? p.record.source)),
            parts: [...parts.values()]
                .sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path))
                .slice(0, 10),
            ...(builder ? { builder } : {}),
            packages: packages.slice(0, HINT_PACKAGES).map((p) => ({
                name: cut(p.name),
                manager: 'npm',
                ...(p.version ? { version: cut(p.version) } : {}),
                bytes: p.bytes
            })),
            packageCount: packages.length
        });
    }
    return hints;
}
// Which installed dpkg/apk packages are which extra (RuntimeExtraCategory), by name.
const COMPILER = /^(?:gcc|g\+\+|cpp|c\+\+|clang|llvm|lld|binutils|libbinutils|libctf|libctf-nobfd|libgprofng|libcc1|make|cmake|autoconf|automake|libtool|pkg-config|pkgconf|build-essential|build-base)(?:-|\d|$)/;
const PACKAGE_MANAGER = /^(?:dpkg|apt|apt-utils|libapt-pkg[\d.]*|libapt-private[\d.]*|apk-tools|libapk[\d.]*)$/;
// gcc-12-base holds only docs, and libgcc-s1 (every C++ program's runtime) depends on it.
const GCC_BASE = /^(?:gcc|cpp|g\+\+)(?:-\d+)?-base$/;
const SHELL = /^(?:bash|dash|busybox|busybox-binsh|zsh|ash)$/;
/** The category of an installed package, undefined when it is none. */
function packageCategory(p) {
    if (p.manager !== 'dpkg' && p.manager !== 'apk')
        return undefined;
    if (COMPILER.test(p.name) && !GCC_BASE.test(p.name))
        return 'compiler';
    if (p.name.endsWith('-dev'))
        return 'dev-package';
    if (PACKAGE_MANAGER.test(p.name))
        return 'package-manager';
    if (SHELL.test(p.name))
        return 'shell';
    return undefined;
}
/** Package categories first, then path categories, each file in the first that takes it. */
const ORDER = [
    'compiler',
    'dev-package',
    'package-manager',
    'shell',
    'headers',
    'static-library',
    'docs',
    'package-index'
];
const PATH_ROOTS = [
    { category: 'headers', roots: ['usr/include', 'usr/local/include'] },
    {
        category: 'static-library',
        roots: [
            'usr/lib',
            'usr/lib32',
            'usr/lib64',
            'usr/local/lib',
            'lib',
            'lib64'
        ]
    },
    {
        category: 'docs',
        roots: [
            'usr/share/doc',
            'usr/share/man',
            'usr/share/info',
            'usr/local/share/doc',
            'usr/local/share/man',
            'usr/local/share/info'
        ]
    }
];
// Merged /usr: dpkg lists `/bin/bash` where the layers hold `usr/bin/bash`.
const USR_ALIASES = new Set(['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32']);
/** The deepest folder holding both absolute paths' folders. */
function shared(folder, path) {
    const own = path.slice(0, path.lastIndexOf('/')) || '/';
    if (folder === undefined)
        return own;
    let at = folder;
    while (at !== '/' && own !== at && !own.startsWith(at + '/'))
        at = at.slice(0, at.lastIndexOf('/')) || '/';
    return at;
}
/** What a runtime image usually does not need, by category, each byte once; one hint for the image. */
function runtimeExtras(input) {
    // What is installed is the databases' to tell: without one (scratch, busybox, distroless
    // without a status file) only caches and docs could be named, and caches have their own hint.
    if (!input.attribution)
        return [];
    const { applied, rows, rowOf, baseLayers } = input;
    const taken = new Set();
    const tallies = new Map();
    const perLayer = new Map();
    const examples = [];
    const take = (copy, category) => {
        if (taken.has(copy.path))
            return false;
        taken.add(copy.path);
        const tally = tallies.get(category) ?? { bytes: 0, files: 0 };
        tally.bytes += copy.bytes;
        tally.files++;
        if (tally.under === undefined || !copy.path.startsWith(tally.under)) {
            tally.folder = shared(tally.folder, copy.path);
            tally.under = tally.folder === '/' ? '/' : tally.folder + '/';
        }
        tallies.set(category, tally);
        perLayer.set(copy.layer, (perLayer.get(copy.layer) ?? 0) + copy.bytes);
        // The three largest, kept as they come.
        if (examples.length < 3 || copy.bytes > examples[2].bytes) {
            examples.push({ path: copy.path, bytes: copy.bytes });
            examples.sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path));
            examples.length = Math.min(examples.length, 3);
        }
        return true;
    };
    const packages = [];
    const categorized = (input.attribution?.packages ?? [])
        .filter((p) => p.installed)
        .map((p) => ({ p, category: packageCategory(p) }))
        .filter((c) => c.category !== undefined)
        .sort((a, b) => ORDER.indexOf(a.category) - ORDER.indexOf(b.category) ||
        byText(a.p.key, b.p.key));
    const index = input.listings[0]?.index;
    // A dpkg list the attribution resolved to path ids as it parsed it (records.ts) has no
    // strings left: its paths are made again here, for the few packages a category takes.
    const listed = (p) => p.record.resolvedPaths && index
        ? Array.from(p.record.resolvedPaths.ids, (id) => index.path(id))
        : p.record.paths;
    for (const { p, category } of categorized) {
        const paths = listed(p);
        // A listed path with listed paths under it is a folder (as the attribution reads them).
        const folders = new Set();
        for (const path of paths) {
            const slash = path.lastIndexOf('/');
            if (slash > 0)
                folders.add(path.slice(0, slash));
        }
        let bytes = 0;
        for (const path of paths) {
            if (folders.has(path))
                continue;
            let copy = applied.visibleAt(path);
            const top = path.slice(0, path.indexOf('/'));
            if (!copy && USR_ALIASES.has(top))
                copy = applied.visibleAt('usr/' + path);
            if (copy && take(copy, category))
                bytes += copy.bytes;
        }
        if (bytes > 0)
            packages.push({
                name: cut(p.name),
                manager: p.manager,
                ...(p.version ? { version: cut(p.version) } : {}),
                bytes,
                category
            });
    }
    for (const { category, roots } of PATH_ROOTS)
        applied.forEachVisible((copy) => {
            if (category === 'static-library' && !copy.path.endsWith('.a'))
                return;
            take(copy, category);
        }, roots);
    applied.forEachVisible((copy) => {
        if (input.cacheOf(copy.path))
            take(copy, 'package-index');
    }, input.cacheRoots);
    let bytes = 0;
    let files = 0;
    for (const tally of tallies.values()) {
        bytes += tally.bytes;
        files += tally.files;
    }
    if (bytes < RUNTIME_EXTRAS_MIN_BYTES)
        return [];
    const layers = [...perLayer]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, EXTRAS_ROWS)
        .map(([layer]) => rowOf[layer])
        .sort((a, b) => a - b);
    const inBase = [...perLayer.keys()].every((layer) => layer < baseLayers);
    const parts = ORDER.filter((c) => tallies.has(c)).map((category) => {
        const tally = tallies.get(category);
        return {
            path: tally.folder ?? '/',
            bytes: tally.bytes,
            files: tally.files,
            category
        };
    });
    parts.sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path));
    packages.sort((a, b) => b.bytes - a.bytes || byText(a.name, b.name));
    const last = rows[layers[layers.length - 1]];
    const builder = last ? input.builderOf(last) : undefined;
    const baseRows = rowOf.slice(0, Math.min(input.fromImage?.layers ?? baseLayers, rowOf.length));
    return [
        {
            kind: 'runtime-extras',
            layers,
            bytes,
            files,
            ...(inBase ? { base: true } : {}),
            examples: examples
                .sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path))
                .slice(0, 3)
                .map((e) => e.path),
            parts,
            ...(builder ? { builder } : {}),
            ...(packages.length > 0
                ? {
                    packages: packages.slice(0, HINT_PACKAGES),
                    packageCount: packages.length
                }
                : {}),
            finalBytes: applied.visibleTotal().bytes,
            ...(baseRows.length > 0 && baseRows.length <= _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_LAYERS_LIMIT */ .eX
                ? {
                    baseImage: {
                        ...(input.fromImage ? { ref: cut(input.fromImage.ref) } : {}),
                        layers: baseRows,
                        bytes: baseRows.reduce((sum, row) => sum + rows[row].sizeBytes, 0)
                    }
                }
                : {})
        }
    ];
}


/***/ }),

/***/ 3878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   of: () => (/* binding */ byChange),
/* harmony export */   sQ: () => (/* binding */ markFindings)
/* harmony export */ });
/* unused harmony exports pairedBaseRows, CHANGE_ORDER */
// What a PR changed in the findings: each hint and violation of the head marked `new`,
// `worse`, `better` or `unchanged` against the baseline's finding of the same kind on the
// paired layer (the comparison's pairs: `layers[].base/head`, merges and splits included).
// Pure: the head's findings, the baseline's (its file analysis, and the violations its
// budget gives it) and the comparison in; marked copies out.
/** Head row index → the base rows it pairs with (several for a merge). Rows in an aggregated FROM entry pair with nothing. */
function pairedBaseRows(comparison) {
    const pairs = new Map();
    for (const change of comparison.layers) {
        if (!change.head || change.head.instruction === 'FROM')
            continue;
        const heads = change.splitHead ?? [change.head];
        const bases = change.mergedBase ?? (change.base ? [change.base] : []);
        for (const head of heads) {
            const set = pairs.get(head.index) ?? new Set();
            for (const base of bases)
                set.add(base.index);
            pairs.set(head.index, set);
        }
    }
    return pairs;
}
/** `worse` when the figure went the bad way by more than `floor`, `better` the other way, else `unchanged`. */
function direction(head, base, floor, higherIsWorse) {
    const delta = (head - base) * (higherIsWorse ? 1 : -1);
    if (Math.abs(head - base) <= floor)
        return 'unchanged';
    return delta > 0 ? 'worse' : 'better';
}
/** Where a figure is a ratio or a count, not bytes: only an exact tie is unchanged. */
function isRatio(violation) {
    return (violation.rule === 'layers' ||
        violation.rule === 'efficiency' ||
        (violation.rule === 'dive' && violation.detail !== 'highestWastedBytes'));
}
/** Efficiency rules fail when the figure is too low: there, lower is worse. */
function higherIsWorse(violation) {
    return !(violation.rule === 'efficiency' ||
        (violation.rule === 'dive' && violation.detail === 'lowestEfficiency'));
}
/** The head's hints and violations, each with its `change` against the baseline where one can be told. */
function markFindings(head, baseline, comparison) {
    const pairs = pairedBaseRows(comparison);
    const floor = comparison.minChangeBytes;
    /** Whether a base row pairs with a head row; undefined when the head row pairs with nothing known. */
    const paired = (headIndex, baseIndex) => pairs.get(headIndex)?.has(baseIndex);
    const pairable = (headIndex) => pairs.has(headIndex);
    const violations = head.violations.map((violation) => {
        if (!baseline.violations || baseline.unjudged?.has(violation.rule))
            return violation;
        // Growth is measured against the baseline: it is this change's by definition.
        if (violation.rule === 'growth')
            return { ...violation, change: 'new' };
        const layer = violation.layer;
        if (layer && !pairable(layer.index))
            return violation;
        const before = baseline.violations.find((candidate) => candidate.rule === violation.rule &&
            candidate.detail === violation.detail &&
            candidate.match === violation.match &&
            (!layer ||
                (candidate.layer !== undefined &&
                    paired(layer.index, candidate.layer.index) === true)));
        if (!before)
            return { ...violation, change: 'new' };
        return {
            ...violation,
            change: direction(violation.actualBytes, before.actualBytes, isRatio(violation) ? 0 : floor, higherIsWorse(violation))
        };
    });
    if (!head.hints)
        return { violations };
    if (!baseline.hints)
        return head.hints.length > 0
            ? {
                violations,
                hints: head.hints,
                hintsUnmarked: 'baseline-without-files'
            }
            : { violations, hints: head.hints };
    const baseHints = baseline.hints;
    const hints = head.hints.map((hint) => {
        if (!hint.layers.every(pairable))
            return hint;
        const before = baseHints.find((candidate) => candidate.kind === hint.kind &&
            candidate.cache === hint.cache &&
            candidate.layers.length === hint.layers.length &&
            candidate.layers.every((baseIndex, i) => paired(hint.layers[i], baseIndex) === true));
        if (!before)
            return { ...hint, change: 'new' };
        return { ...hint, change: direction(hint.bytes, before.bytes, floor, true) };
    });
    return { violations, hints };
}
/** The order renderers show marked findings in: what this change brought first, what it did not last. */
const CHANGE_ORDER = {
    new: 0,
    worse: 1,
    none: 2,
    better: 3,
    unchanged: 4
};
/** `items` with the new ones first and the unchanged last (stable otherwise). */
function byChange(items) {
    return [...items].sort((a, b) => CHANGE_ORDER[a.change ?? 'none'] - CHANGE_ORDER[b.change ?? 'none']);
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ isFileCode),
/* harmony export */   EG: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_0__.EG),
/* harmony export */   Fm: () => (/* binding */ isMetadataCopy),
/* harmony export */   Io: () => (/* binding */ cleanNameEnd),
/* harmony export */   W7: () => (/* binding */ ListingBuilder),
/* harmony export */   _n: () => (/* binding */ layerDiskBytes),
/* harmony export */   _s: () => (/* binding */ sharedIndex),
/* harmony export */   nV: () => (/* binding */ layerPath),
/* harmony export */   oI: () => (/* binding */ goIsDir),
/* harmony export */   pY: () => (/* binding */ entryDiskBytes),
/* harmony export */   uE: () => (/* binding */ isDirEntry)
/* harmony export */ });
/* unused harmony exports listingOf, entriesOf, goPathClean, entryKind, permissionBits */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);
// The layer model the file analysis works on: each filesystem layer as the list of its tar
// entries (headers only, no contents), in archive order. Readers (src/image/archive) build
// it; everything in src/analysis is a pure function of it. A listing is stored column by
// column (typed arrays) over path ids interned in one PathIndex per image (paths.ts), so
// memory grows with the number of files, not bytes, and reading a layer of 30,000 files
// makes no per-file objects or strings for the garbage collector to copy; each path is kept
// once per image (as bytes in the index) however many layers name it.


const CODE_FILE = 0x30; // '0'
const CODE_CONTIGUOUS = 0x37; // '7'
const CODE_SYMLINK = 0x32; // '2'
const CODE_DIR = 0x35; // '5'
/** True for the entry kinds whose header size is file contents ('0' and '7'). */
const isFileCode = (code) => code === CODE_FILE || code === CODE_CONTIGUOUS;
/** Appends entries to a listing as a reader meets them; `finish` trims the columns. */
class ListingBuilder {
    index;
    n = 0;
    capacity;
    ids;
    typeflags;
    sizes;
    modes;
    uids;
    gids;
    links;
    databases;
    /** `expected`: a guess at the number of entries (growing the columns is what costs). */
    constructor(index, expected = 1024) {
        this.index = index;
        const capacity = (this.capacity = Math.max(64, Math.min(expected, 1 << 20)));
        this.ids = new Int32Array(capacity);
        this.typeflags = new Uint8Array(capacity);
        this.sizes = new Float64Array(capacity);
        this.modes = new Float64Array(capacity);
        this.uids = new Float64Array(capacity);
        this.gids = new Float64Array(capacity);
        this.links = new Float64Array(capacity);
    }
    /** One tar entry by its raw name; the root (`./`) is left out, as the store has no entry for it. */
    add(name, typeflag, size, mode, uid, gid, linkBytes) {
        const path = layerPath(name);
        if (path === '')
            return;
        this.push(this.index.intern(path), typeflag, size, mode, uid, gid, linkBytes);
    }
    /** The same with the name as bytes [start, end) of `bytes` (a tar header's name field, read in place). */
    addBytes(bytes, start, end, typeflag, size, mode, uid, gid, linkBytes) {
        const clean = cleanNameEnd(bytes, start, end);
        if (clean < 0)
            return this.add(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8'), typeflag, size, mode, uid, gid, linkBytes);
        this.push(this.index.internBytes(bytes, start, clean), typeflag, size, mode, uid, gid, linkBytes);
    }
    push(id, typeflag, size, mode, uid, gid, linkBytes) {
        // A whiteout's target gets an id too (aufs `.wh..wh.plnk` included: dive looks it up).
        const whiteout = this.index.whiteouts[id];
        if (whiteout !== _paths_js__WEBPACK_IMPORTED_MODULE_0__/* .Whiteout */ .eV.None && whiteout !== _paths_js__WEBPACK_IMPORTED_MODULE_0__/* .Whiteout */ .eV.Opaque) {
            const target = this.index.name(id).slice(_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .WHITEOUT_PREFIX */ .Fp.length);
            if (target !== '')
                this.index.internSibling(id, target);
        }
        if (this.n === this.capacity)
            this.grow();
        const i = this.n++;
        const code = typeflag.charCodeAt(0);
        this.ids[i] = id;
        this.typeflags[i] = code;
        this.sizes[i] = size;
        this.modes[i] = mode;
        this.uids[i] = uid;
        this.gids[i] = gid;
        this.links[i] = code === CODE_SYMLINK ? linkBytes : 0;
    }
    /** Keeps a package-database file's contents (undefined: it was too big to keep); a later write of the path replaces it. */
    keepDatabase(path, contents) {
        ;
        (this.databases ??= new Map()).set(path, contents);
    }
    grow() {
        const capacity = (this.capacity *= 4);
        this.ids = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .enlarged */ .vo)(this.ids, capacity);
        this.typeflags = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .enlarged */ .vo)(this.typeflags, capacity);
        this.sizes = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .enlarged */ .vo)(this.sizes, capacity);
        this.modes = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .enlarged */ .vo)(this.modes, capacity);
        this.uids = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .enlarged */ .vo)(this.uids, capacity);
        this.gids = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .enlarged */ .vo)(this.gids, capacity);
        this.links = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .enlarged */ .vo)(this.links, capacity);
    }
    finish() {
        const n = this.n;
        return {
            index: this.index,
            length: n,
            ids: this.ids.slice(0, n),
            typeflags: this.typeflags.slice(0, n),
            sizes: this.sizes.slice(0, n),
            modes: this.modes.slice(0, n),
            uids: this.uids.slice(0, n),
            gids: this.gids.slice(0, n),
            linkBytes: this.links.slice(0, n),
            ...(this.databases ? { databases: this.databases } : {})
        };
    }
}
/** A listing from rows (tests, and small listings made by hand), over `index` or a new one. */
function listingOf(entries, index = new PathIndex()) {
    const builder = new ListingBuilder(index);
    for (const e of entries)
        builder.add(e.path, e.typeflag, e.size, e.mode, e.uid, e.gid, e.linkBytes);
    return builder.finish();
}
/** The listing as rows (tests and messages; the analyses read the columns). */
function entriesOf(listing) {
    const out = [];
    for (let i = 0; i < listing.length; i++) {
        const typeflag = String.fromCharCode(listing.typeflags[i]);
        out.push({
            path: listing.index.path(listing.ids[i]),
            kind: entryKind(typeflag),
            typeflag,
            size: listing.sizes[i],
            mode: listing.modes[i],
            uid: listing.uids[i],
            gid: listing.gids[i],
            linkBytes: listing.linkBytes[i]
        });
    }
    return out;
}
/** Go's path.Clean (lexical): collapses `//`, `.` and `..`; '' becomes '.'. dive cleans every name with it. */
function goPathClean(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const parts = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length > 0 && parts[parts.length - 1] !== '..')
                parts.pop();
            else if (!rooted)
                parts.push('..');
            continue;
        }
        parts.push(part);
    }
    const joined = parts.join('/');
    if (rooted)
        return '/' + joined;
    return joined === '' ? '.' : joined;
}
/**
 * For a name in bytes: the end of it as a layer path when it is clean but for one trailing
 * slash (almost every name), else -1 (then the name goes through layerPath as a string).
 * The same test as NEEDS_CLEAN below: a leading slash, `//`, a `.` or `..` component, ''.
 */
function cleanNameEnd(bytes, start, end) {
    if (end === start || bytes[start] === 0x2f)
        return -1;
    for (let i = start; i < end; i++) {
        const c = bytes[i];
        if (c === 0x2f) {
            if (i + 1 < end && bytes[i + 1] === 0x2f)
                return -1;
        }
        else if (c === 0x2e && (i === start || bytes[i - 1] === 0x2f)) {
            const next = i + 1 < end ? bytes[i + 1] : 0x2f;
            if (next === 0x2f)
                return -1;
            if (next === 0x2e && (i + 2 === end || bytes[i + 2] === 0x2f))
                return -1;
        }
    }
    return bytes[end - 1] === 0x2f ? end - 1 : end;
}
// Names that Go's path.Clean would change beyond dropping one trailing slash.
const NEEDS_CLEAN = /^\/|\/\/|(^|\/)\.\.?(\/|$)|^$/;
/** A tar name as a layer path: cleaned, no leading slash; '' for the root (`./`). */
function layerPath(name) {
    // Most names are already clean (`etc/passwd`, `etc/`): skip the general algorithm for them.
    if (!NEEDS_CLEAN.test(name))
        return name.endsWith('/') ? name.slice(0, -1) : name;
    const clean = goPathClean(name);
    if (clean === '.' || clean === '/')
        return '';
    return clean.startsWith('/') ? clean.slice(1) : clean;
}
function entryKind(typeflag) {
    switch (typeflag) {
        case '0':
        case '7':
            return 'file';
        case '1':
            return 'hardlink';
        case '2':
            return 'symlink';
        case '5':
            return 'dir';
        default:
            return 'other';
    }
}
/** Bytes entry `i` occupies as the engine's default store counts them: file bytes, symlink target length, else 0. */
function entryDiskBytes(listing, i) {
    const code = listing.typeflags[i];
    if (isFileCode(code))
        return listing.sizes[i];
    if (code === CODE_SYMLINK)
        return listing.linkBytes[i];
    return 0;
}
/**
 * A layer's size the way the engine's graphdriver store computes it (moby pkg/directory.Size
 * over the applied layer): regular-file bytes plus each symlink's target length, hardlinked
 * files once (a hardlink entry adds nothing), directories and whiteouts 0. A path written
 * twice in one layer counts as the last write, as on disk.
 */
function layerDiskBytes(listing) {
    const { ids, index } = listing;
    const { whiteouts } = index;
    // Per path id: whether this layer wrote it already, and what that write counted.
    const seen = new Uint8Array(index.size);
    const counted = new Float64Array(index.size);
    let total = 0;
    for (let i = 0; i < listing.length; i++) {
        const id = ids[i];
        const bytes = whiteouts[id] !== _paths_js__WEBPACK_IMPORTED_MODULE_0__/* .Whiteout */ .eV.None ? 0 : entryDiskBytes(listing, i);
        if (seen[id])
            total -= counted[id];
        seen[id] = 1;
        counted[id] = bytes;
        total += bytes;
    }
    return total;
}
/** Whether entry `i` is a directory entry (type flag '5'; see goIsDir for dive's wider notion). */
function isDirEntry(listing, i) {
    return listing.typeflags[i] === CODE_DIR;
}
/** Go archive/tar FileInfo().IsDir() of entry `i`: the type flag, or the S_IFDIR bits of the mode (dive's notion of a directory). */
function goIsDir(listing, i) {
    return isDirEntry(listing, i) || (listing.modes[i] & ~0o7777) === 0o040000;
}
/** The permission bits of a tar mode field (rwx, setuid, setgid, sticky), without the file-type bits. */
const permissionBits = (mode) => mode & 0o7777;
/**
 * Whether entry `i` and entry `j` of another listing differ only in mode or owner (a
 * chmod/chown copy-up of a file): both regular files of one size whose permission bits,
 * uid or gid differ. Only the permission bits count: tar writers disagree on the file-type
 * bits (GNU tar, and so every `docker import`ed base, writes `0000644`; the engine's Go
 * writer `0100644`), so a file that a later layer rewrote without touching its mode would
 * otherwise look chmod-ed.
 */
function isMetadataCopy(lower, i, upper, j) {
    return (isFileCode(lower.typeflags[i]) &&
        isFileCode(upper.typeflags[j]) &&
        lower.sizes[i] === upper.sizes[j] &&
        (permissionBits(lower.modes[i]) !== permissionBits(upper.modes[j]) ||
            lower.uids[i] !== upper.uids[j] ||
            lower.gids[i] !== upper.gids[j]));
}
/** The one path index all `listings` of an image share (the analyses index their state by its ids). */
function sharedIndex(listings) {
    const index = listings[0]?.index ?? new _paths_js__WEBPACK_IMPORTED_MODULE_0__/* .PathIndex */ .EG();
    for (const listing of listings) {
        if (listing.index !== index)
            throw new Error('the listings of one image must share one PathIndex');
    }
    return index;
}


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ ROOT),
/* harmony export */   EG: () => (/* binding */ PathIndex),
/* harmony export */   Fp: () => (/* binding */ WHITEOUT_PREFIX),
/* harmony export */   eR: () => (/* binding */ siblingPath),
/* harmony export */   eV: () => (/* binding */ Whiteout),
/* harmony export */   vo: () => (/* binding */ enlarged)
/* harmony export */ });
/* unused harmony export OPAQUE_MARKER */
// Interns the paths of an image's layers as the readers list them: every path a layer names,
// every directory above one and every path a whiteout names gets a small integer id (0 is
// the root). Listings (listing.ts) hold ids, and the analyses (src/analysis/whiteouts.ts, dive.ts) keep
// their per-path state in typed arrays indexed by id instead of trees of objects keyed by
// name, so memory grows with the number of distinct paths and little garbage is made.
//
// The index is keyed by the paths' bytes, as tar headers hold them: a reader hands over the
// name's place in its read buffer (internBytes) and no string is made for a path until one
// is asked for (a report names a few hundred paths; a layer lists tens of thousands). Why a
// hand-written hash table: a Map needs a string per lookup, and making those strings, hashing
// them and keeping them was half the time of reading a layer of 30,000 small files
// (bench/files.mjs). FNV-1a over the bytes, open addressing, ids stored as id + 1.
const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
const ROOT = 0;
/** What a path's last component says about it as a whiteout (OCI image-spec whiteouts; aufs metadata). */
const Whiteout = {
    None: 0,
    /** `.wh.<name>`: deletes `<name>` */
    File: 1,
    /** `.wh..wh..opq`: resets its directory */
    Opaque: 2,
    /** `.wh..wh.<other>` (aufs metadata such as `.wh..wh.plnk`) and a bare `.wh.`: name nothing */
    Other: 3
};
const SLASH = 0x2f;
const DOT = 0x2e;
const W = 0x77;
const H = 0x68;
/** A copy of `column` with room for `capacity` values, the new slots set to `fill`: how every growing column here grows. */
function enlarged(column, capacity, fill = 0) {
    const to = new column.constructor(capacity);
    to.set(column);
    if (fill !== 0)
        to.fill(fill, column.length);
    return to;
}
function fnv1a(bytes, start, end) {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], 0x01000193);
    return hash >>> 0;
}
/** Whether bytes [at, end) start with `.wh.`. */
function startsWithWh(bytes, at, end) {
    return (end - at >= 4 &&
        bytes[at] === DOT &&
        bytes[at + 1] === W &&
        bytes[at + 2] === H &&
        bytes[at + 3] === DOT);
}
class PathIndex {
    count = 1;
    // Per id, in typed arrays grown by doubling. Read them once listing is done: growing replaces them.
    // Sized for an image of some ten thousand paths, so that most never grow.
    capacity = 16384;
    parentOf = new Int32Array(this.capacity).fill(-1);
    firstChildOf = new Int32Array(this.capacity).fill(-1);
    nextSiblingOf = new Int32Array(this.capacity).fill(-1);
    lastChildOf = new Int32Array(this.capacity).fill(-1);
    /** Where each path's bytes are in `arena`, and where its last component starts (an offset into the path). */
    startOf = new Int32Array(this.capacity);
    lengthOf = new Int32Array(this.capacity);
    nameStartOf = new Int32Array(this.capacity);
    hashOf = new Uint32Array(this.capacity);
    whiteoutOf = new Uint8Array(this.capacity);
    arena = new Uint8Array(512 * 1024);
    arenaUsed = 0;
    /** Open addressing over the hashes: id + 1, 0 for an empty slot. At most half full. */
    table = new Int32Array(1 << 15);
    strings = [''];
    encoder = new TextEncoder();
    /** find()'s encoded path (it is only read, never kept: add() copies into the arena). */
    scratch = new Uint8Array(1024);
    // The parent of the path added last: tar lists a directory's entries together, so the next
    // new path usually has the same parent and needs no lookup of it.
    lastParent = ROOT;
    constructor() {
        // The root: the empty path.
        this.hashOf[ROOT] = fnv1a(this.arena, 0, 0);
        this.place(ROOT);
    }
    get size() {
        return this.count;
    }
    /** id → the parent's id (-1 for the root). */
    get parents() {
        return this.parentOf;
    }
    /** id → first child and next sibling (-1: none), children in the order first seen. */
    get firstChild() {
        return this.firstChildOf;
    }
    get nextSibling() {
        return this.nextSiblingOf;
    }
    /** id → what its last component says as a whiteout. */
    get whiteouts() {
        return this.whiteoutOf;
    }
    /** id → the path as layers name it (`opt/tool/x`; '' for the root), made on first request. */
    path(id) {
        let path = this.strings[id];
        if (path === undefined) {
            const start = this.startOf[id];
            path = Buffer.from(this.arena.buffer, this.arena.byteOffset + start, this.lengthOf[id]).toString('utf8');
            this.strings[id] = path;
        }
        return path;
    }
    /** id → its last component. */
    name(id) {
        const start = this.startOf[id] + this.nameStartOf[id];
        return Buffer.from(this.arena.buffer, this.arena.byteOffset + start, this.startOf[id] + this.lengthOf[id] - start).toString('utf8');
    }
    /** Whether the last component of `id` starts with the ASCII `prefix`, without making its name. */
    nameStartsWith(id, prefix) {
        const start = this.startOf[id] + this.nameStartOf[id];
        if (this.startOf[id] + this.lengthOf[id] - start < prefix.length)
            return false;
        for (let i = 0; i < prefix.length; i++)
            if (this.arena[start + i] !== prefix.charCodeAt(i))
                return false;
        return true;
    }
    find(path) {
        // Into one reused buffer: the package attribution looks up every path its databases
        // list (tens of thousands), and an encode() per path was most of its cost. ASCII, the
        // usual case, is copied by hand; anything else goes through the encoder.
        const length = path.length;
        if (length * 3 > this.scratch.length)
            this.scratch = new Uint8Array(length * 3);
        const bytes = this.scratch;
        let end = length;
        for (let i = 0; i < length; i++) {
            const code = path.charCodeAt(i);
            if (code >= 0x80) {
                end = this.encoder.encodeInto(path, bytes).written;
                break;
            }
            bytes[i] = code;
        }
        const id = this.lookup(bytes, 0, end, fnv1a(bytes, 0, end));
        return id < 0 ? undefined : id;
    }
    /** The id of `name` next to `id` (a whiteout's target), adding it when new. */
    internSibling(id, name) {
        return this.intern(siblingPath(this, id, name));
    }
    /** The id of a clean layer path (no leading slash, '' for the root), adding it and its parents when new. */
    intern(path) {
        const bytes = this.encoder.encode(path);
        return this.internBytes(bytes, 0, bytes.length);
    }
    /** The id of the clean path in bytes [start, end) of `bytes` (which are copied if the path is new). */
    internBytes(bytes, start, end) {
        const hash = fnv1a(bytes, start, end);
        const known = this.lookup(bytes, start, end, hash);
        if (known >= 0)
            return known;
        let slash = end - 1;
        while (slash >= start && bytes[slash] !== SLASH)
            slash--;
        let parent;
        if (slash < start)
            parent = ROOT;
        else if (this.isPath(this.lastParent, bytes, start, slash))
            parent = this.lastParent;
        else
            parent = this.lastParent = this.internBytes(bytes, start, slash);
        return this.add(bytes, start, end, hash, parent, slash + 1 - start);
    }
    slotFor(hash) {
        return hash & (this.table.length - 1);
    }
    /** Whether `id`'s path is bytes [start, end). */
    isPath(id, bytes, start, end) {
        const length = end - start;
        if (this.lengthOf[id] !== length)
            return false;
        const arena = this.arena;
        const at = this.startOf[id] - start;
        for (let i = start; i < end; i++)
            if (arena[at + i] !== bytes[i])
                return false;
        return true;
    }
    lookup(bytes, start, end, hash) {
        const mask = this.table.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = this.table[slot];
            if (entry === 0)
                return -1;
            const id = entry - 1;
            if (this.hashOf[id] === hash && this.isPath(id, bytes, start, end))
                return id;
        }
    }
    add(bytes, start, end, hash, parent, nameStart) {
        const id = this.count++;
        if (id === this.capacity)
            this.grow();
        const length = end - start;
        if (this.arenaUsed + length > this.arena.length) {
            const arena = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
            arena.set(this.arena.subarray(0, this.arenaUsed));
            this.arena = arena;
        }
        // A loop, not set(subarray): a path is a few dozen bytes, and each subarray is an allocation.
        const arena = this.arena;
        const at = this.arenaUsed - start;
        for (let i = start; i < end; i++)
            arena[at + i] = bytes[i];
        this.startOf[id] = this.arenaUsed;
        this.lengthOf[id] = length;
        this.arenaUsed += length;
        this.nameStartOf[id] = nameStart;
        this.hashOf[id] = hash;
        this.strings.push(undefined);
        const nameAt = start + nameStart;
        if (startsWithWh(bytes, nameAt, end)) {
            const nameLength = end - nameAt;
            let opaque = nameLength === OPAQUE_MARKER.length;
            for (let i = 0; opaque && i < OPAQUE_MARKER.length; i++)
                opaque = bytes[nameAt + i] === OPAQUE_MARKER.charCodeAt(i);
            this.whiteoutOf[id] = opaque
                ? Whiteout.Opaque
                : nameLength === 4 || startsWithWh(bytes, nameAt + 4, end)
                    ? Whiteout.Other
                    : Whiteout.File;
        }
        this.parentOf[id] = parent;
        const last = this.lastChildOf[parent];
        if (last < 0)
            this.firstChildOf[parent] = id;
        else
            this.nextSiblingOf[last] = id;
        this.lastChildOf[parent] = id;
        if (this.count * 2 > this.table.length)
            this.rehash();
        else
            this.place(id);
        return id;
    }
    place(id) {
        const mask = this.table.length - 1;
        let slot = this.hashOf[id] & mask;
        while (this.table[slot] !== 0)
            slot = (slot + 1) & mask;
        this.table[slot] = id + 1;
    }
    rehash() {
        this.table = new Int32Array(this.table.length * 2);
        for (let id = 0; id < this.count; id++)
            this.place(id);
    }
    grow() {
        const capacity = (this.capacity *= 2);
        this.parentOf = enlarged(this.parentOf, capacity, -1);
        this.firstChildOf = enlarged(this.firstChildOf, capacity, -1);
        this.nextSiblingOf = enlarged(this.nextSiblingOf, capacity, -1);
        this.lastChildOf = enlarged(this.lastChildOf, capacity, -1);
        this.startOf = enlarged(this.startOf, capacity);
        this.lengthOf = enlarged(this.lengthOf, capacity);
        this.nameStartOf = enlarged(this.nameStartOf, capacity);
        this.hashOf = enlarged(this.hashOf, capacity);
        this.whiteoutOf = enlarged(this.whiteoutOf, capacity);
    }
}
/** The path of `name` next to `id` (`a/.wh.b` → `a/b`), for a whiteout's target. */
function siblingPath(index, id, name) {
    const parent = index.parents[id];
    return parent === ROOT ? name : `${index.path(parent)}/${name}`;
}


/***/ }),

/***/ 313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ withMessages),
/* harmony export */   Hn: () => (/* reexport safe */ _view_js__WEBPACK_IMPORTED_MODULE_1__.Hn),
/* harmony export */   L6: () => (/* binding */ describeViolation),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ns: () => (/* binding */ packageLine),
/* harmony export */   Sq: () => (/* binding */ signedBytes),
/* harmony export */   Vq: () => (/* binding */ violationFinding),
/* harmony export */   Xz: () => (/* binding */ HINTS_UNMARKED),
/* harmony export */   bn: () => (/* binding */ budgetPhrase),
/* harmony export */   cn: () => (/* binding */ describeCheck),
/* harmony export */   eG: () => (/* binding */ pathLine),
/* harmony export */   g3: () => (/* binding */ changePhrase),
/* harmony export */   lS: () => (/* binding */ describeHint),
/* harmony export */   ly: () => (/* binding */ STATUS_WORDS),
/* harmony export */   pp: () => (/* binding */ describeBaselineFrom),
/* harmony export */   r8: () => (/* binding */ CHANGE_WORDS),
/* harmony export */   ru: () => (/* binding */ violationFix),
/* harmony export */   uQ: () => (/* binding */ describeChange),
/* harmony export */   wM: () => (/* binding */ layerCell)
/* harmony export */ });
/* unused harmony exports BASE_LAYER, percentChange, layerWords, layerHint, INSIDE_NAMED, packageChangeWords, packageDetailLines, pathDetailLines */
/* harmony import */ var _analysis_runtime_hints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3357);
/* harmony import */ var _line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8350);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7885);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7804);
// Every sentence the reports say about a finding, in one place: budget violations with
// their fix, file-analysis hints, changes against the base, where a baseline came from.
// Findings are data (numbers, indexes, kinds: see model/report.ts); the text, markdown,
// comment, log and audit renderers all describe them here, in the one unit system of
// the run, so a report never says the same thing two ways. The sentences are plain text:
// a markdown renderer escapes them (they quote instructions, which a PR author writes).





/** What a row with neither an instruction nor a history comment is: a layer of the base image. */
const BASE_LAYER = 'base image layer';
/** Instruction text in a sentence is cut to this many characters (a hint names two rows: 70). */
const SENTENCE_TEXT = 80;
const HINT_TEXT = 70;
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
/** `+67.1 MB`, `-524 kB`, `0 B`. */
function signedBytes(bytes, units) {
    return `${bytes > 0 ? '+' : ''}${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(bytes, units)}`;
}
/** `+2675.3%`, `-<0.1%`; undefined when there is no base to take a percent of. */
function percentChange(deltaBytes, baseBytes) {
    if (baseBytes <= 0)
        return undefined;
    const value = (deltaBytes / baseBytes) * 100;
    if (deltaBytes !== 0 && Math.abs(value) < 0.05)
        return deltaBytes > 0 ? '+<0.1%' : '-<0.1%';
    return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}
/** `▲ +67.1 MB (+2680.2%)`, `▼ -1.20 MB (-3.4%)`, or `no change`. */
function changePhrase(deltaBytes, baseBytes, units) {
    if (deltaBytes === 0)
        return 'no change';
    const pct = percentChange(deltaBytes, baseBytes);
    return `${deltaBytes > 0 ? '▲' : '▼'} ${signedBytes(deltaBytes, units)}${pct ? ` (${pct})` : ''}`;
}
/** What made a row, in words: its instruction, else its history comment (not an import's), else BASE_LAYER. */
function layerWords(row) {
    // `Imported from -` (a `docker import`) says nothing to a reviewer: it is the base image.
    return (row.createdBy ||
        (row.comment && !/^Imported from /.test(row.comment)
            ? row.comment
            : BASE_LAYER));
}
/** A row's text for a table cell: the instruction, else the comment or BASE_LAYER in parentheses. */
function layerCell(row) {
    return row.createdBy || `(${layerWords(row)})`;
}
/**
 * What a row of a comparison is, for a table or a log line: a merge or split says which
 * rows became which. With `width`, the instruction is cut so that the whole fits (the rows
 * it names are never cut).
 */
function describeChange(change, width) {
    const sideText = (side, prefix = '') => {
        const text = side.createdBy || side.instruction || `(${BASE_LAYER})`;
        return width === undefined
            ? `${prefix}${text}`
            : `${prefix}${(0,_line_js__WEBPACK_IMPORTED_MODULE_3__/* .cutLine */ .Hh)(text, Math.max(12, width - Array.from(prefix).length))}`;
    };
    const names = (rows, side) => {
        const each = rows.map((row) => (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .layerName */ .Hn)(row.index, row, side));
        return each.length > 1
            ? `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`
            : each.join('');
    };
    if (change.mergedBase)
        return sideText((0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSide */ .s4)(change), `${names(change.mergedBase, 'base')} merged: `);
    if (change.splitHead)
        return sideText(change.splitHead[0], `${names((0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .baseRows */ .t2)(change), 'base')} split into ${names(change.splitHead, 'head')}: `);
    return sideText((0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSide */ .s4)(change));
}
const STATUS_WORDS = {
    added: '➕ added',
    removed: '➖ removed',
    grew: '▲ grew',
    shrank: '▼ shrank',
    unchanged: 'unchanged'
};
/** `✅ within the 50.0 MB budget`, `❌ over the 50.0 MB budget`, `❌ 2 budget rules broken`, `no budget set`. */
function budgetPhrase(image, violations, units) {
    const limit = image.budget?.totalBytes;
    const failing = image.status === 'fail' || violations.length > 0;
    if (limit !== undefined) {
        if (!failing)
            return `✅ within the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(limit, units)} budget`;
        if (image.totalBytes > limit)
            return `❌ over the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(limit, units)} budget`;
        return `❌ ${plural(violations.length, 'budget rule')} broken (total within ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(limit, units)})`;
    }
    if (failing)
        return `❌ ${plural(violations.length, 'budget rule')} broken`;
    return image.budget ? '✅ within budget' : 'no budget set';
}
function rowAt(layers, index) {
    if (!layers)
        return undefined;
    return layers[index]?.index === index
        ? layers[index]
        : layers.find((row) => row.index === index);
}
/** Instruction text quoted in a sentence: on one line, cut, with no backticks (a markdown renderer reads the sentence's backticks as code). */
function quoted(text, width) {
    return (0,_line_js__WEBPACK_IMPORTED_MODULE_3__/* .cutLine */ .Hh)(text, width).replace(/`/g, "'");
}
/** `L3 (RUN apt-get install …)`, `L0 (base image layer)`: the layer's name and what made it. */
function nameLayer(index, row, width = SENTENCE_TEXT) {
    if (!row)
        return (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .layerName */ .Hn)(index);
    const words = quoted(layerWords(row), width);
    // Text that is already in parentheses (a report file's `(base image layer)`) is not wrapped twice.
    return `${(0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .layerName */ .Hn)(index, row)} ${/^\(.*\)$/.test(words) ? words : `(${words})`}`;
}
/** Two sizes that may print alike when rounded (64.0 MiB over 64.0 MiB): then the exact bytes. */
function over(actual, limit, units) {
    let [a, l] = [(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(actual, units), (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(limit, units)];
    if (a === l)
        [a, l] = [`${actual} bytes`, `${limit}-byte`];
    return `${a}, over the ${l} limit by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(actual - limit, units)}`;
}
/** A size that may print alike beside another: with its exact bytes then. */
function bytesBeside(bytes, other, units) {
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(bytes, units) === (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(other, units)
        ? `${bytes} bytes`
        : (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(bytes, units);
}
const percentText = (value) => `${Number(value.toFixed(2))}%`;
const ratioPercent = (ratio) => `${(ratio * 100).toFixed(1)}%`;
const number = (value) => Number.isFinite(value) ? String(value) : 'n/a';
/** What to do about each kind of broken budget: said once, after the finding. */
const FIX = {
    total: 'Shrink the image, starting with its largest layers or the layers that grew, or raise the total budget if the size is intended.',
    layer: 'Make this layer smaller: delete caches and build files in the same RUN that creates them, or build in a separate stage and copy only the result.',
    rule: 'Make this layer smaller (delete caches and build files in the same RUN that creates them, or build in a separate stage and copy only the result), or adjust the rule in the budget file if the size is intended.',
    layers: 'Merge consecutive RUN steps, or use a multi-stage build, to have fewer layers.',
    growth: 'Look at the layers that grew, or raise the growth budget if the growth is intended.',
    reclaimable: 'Files added and then deleted or overwritten in a later layer still ship: delete them in the same RUN that adds them (see the hints).',
    efficiency: 'Too many bytes are hidden by later layers: delete temporary files in the same RUN that creates them (see the hints).',
    compressed: 'Shrink the largest layers, or raise the compressed budget if the pull size is intended.',
    dive: "dive's CI thresholds are broken: see the hints for the files that waste space.",
    package: packageFix(),
    unpackaged: unpackagedFix()
};
/** What to do about a base image layer over a limit: no Dockerfile step shrinks it. */
const BASE_LAYER_FIX = 'No step of the Dockerfile can make a base image layer smaller: use a smaller base image (a slim, alpine or distroless variant), or raise the `base:` limit of the budget.';
/** Rules on one layer: the hint found on that very layer, when there is one, says what to do there. */
const LAYER_RULES = new Set(['layer', 'rule', 'compressed']);
/**
 * The hint whose bytes are in the violation's layer and that says how to shrink it: a
 * package cache the step leaves, or files a later step deletes (largest first).
 */
function layerHint(violation, context) {
    const index = violation.layer?.index;
    if (index === undefined || !LAYER_RULES.has(violation.rule))
        return undefined;
    return context.files?.hints.find((hint) => !hint.base &&
        hint.layers[0] === index &&
        (hint.kind === 'package-cache' || hint.kind === 'deleted-later'));
}
/** The fix of a hint on the violation's layer, with its measured bytes. */
function hintFix(hint, units) {
    const bytes = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(hint.bytes, units);
    if (hint.kind === 'package-cache') {
        const cache = hint.cache ? CACHES[PACKAGE_CACHE[hint.cache]] : undefined;
        return cache
            ? `${bytes} of this layer are ${cache.label}: clean up in the same RUN (${cache.fix}).`
            : `${bytes} of this layer are a package cache: clean it up in the same RUN.`;
    }
    const deleter = hint.layers[1];
    return `${bytes} of this layer are files${deleter !== undefined ? ` L${deleter}` : ' a later step'} deletes: add and delete them in one RUN, or build in a separate stage and COPY only the result.`;
}
/**
 * What to do about a violation, one sentence, following the facts `context` gives: a base
 * image layer cannot be fixed in the Dockerfile; a layer with a cache or deleted-files hint
 * is fixed by that hint's fix; an image over its total that this change shrank is not told
 * to look at the layers that grew.
 */
function violationFix(violation, context = {}, units = 'si') {
    if ((violation.rule === 'layer' && violation.detail === 'base') ||
        (violation.rule === 'compressed' && violation.detail === 'base-layer'))
        return BASE_LAYER_FIX;
    const hint = layerHint(violation, context);
    if (hint) {
        const rest = violation.rule === 'rule'
            ? ' Or adjust the rule in the budget file if the size is intended.'
            : '';
        return hintFix(hint, units) + rest;
    }
    const comparison = context.comparison;
    if (violation.rule === 'total' && comparison) {
        return comparison.totalDeltaBytes > 0
            ? 'Shrink the image, starting with the layers that grew, or raise the total budget if the size is intended.'
            : `This change made the image ${comparison.totalDeltaBytes < 0 ? 'smaller' : 'no larger'}, but it is still over: shrink its largest layers, or raise the total budget if the size is intended.`;
    }
    return FIX[violation.rule] ?? '';
}
/** What is broken, with the figures, in `units`: the violation without its fix. */
function violationFinding(violation, units, context = {}) {
    const { image, limitBytes: limit, actualBytes: actual } = violation;
    const layer = violation.layer
        ? nameLayer(violation.layer.index, rowAt(context.layers, violation.layer.index) ?? violation.layer)
        : 'a layer';
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    switch (violation.rule) {
        case 'total':
            return `${image} is ${over(actual, limit, units)}`;
        case 'layers':
            return `${image} has ${actual} layers, over the limit of ${limit}`;
        case 'rule':
            return `${layer} is ${over(actual, limit, units)} for "${violation.match ?? ''}"`;
        case 'layer':
            return violation.detail === 'base'
                ? `${layer} is ${over(actual, limit, units)} for a base image layer`
                : `${layer} is ${over(actual, limit, units)} for any single layer`;
        case 'reclaimable':
            return `${image}: ${bytesBeside(actual, limit, units)} could be reclaimed (files deleted or replaced by later layers), over the budget of ${bytesBeside(limit, actual, units)}`;
        case 'efficiency':
            return `${image}: layer efficiency ${ratioPercent(actual)} is below the budget of ${ratioPercent(limit)}`;
        case 'compressed':
            return violation.detail === 'layer' || violation.detail === 'base-layer'
                ? `${image}: ${layer} is ${bytesBeside(actual, limit, units)} compressed, over the ${violation.detail === 'base-layer' ? 'base image layer' : 'per-layer'} budget of ${bytesBeside(limit, actual, units)}`
                : `${image}: compressed size ${bytesBeside(actual, limit, units)} is over the budget of ${bytesBeside(limit, actual, units)} (by ${bytes(actual - limit)})`;
        case 'dive':
            switch (violation.detail) {
                case 'highestWastedBytes':
                    return `${image}: dive wasted bytes ${bytesBeside(actual, limit, units)} exceed highestWastedBytes ${bytesBeside(limit, actual, units)}`;
                case 'highestUserWastedPercent':
                    return `${image}: dive user-wasted percent ${number(actual)} exceeds highestUserWastedPercent ${number(limit)}`;
                default:
                    return `${image}: dive efficiency ${number(actual)} is below lowestEfficiency ${number(limit)}`;
            }
        case 'growth':
            return growthFinding(violation, units, context, layer);
        case 'package':
            return packageFinding(violation, units, context);
        case 'unpackaged':
            return unpackagedFinding(violation, units);
        default:
            return `${image}: ${bytes(actual)} is over the limit of ${bytes(limit)}`;
    }
}
function growthFinding(violation, units, context, layer) {
    const { image, limitBytes: limit, actualBytes: actual } = violation;
    const base = context.comparison?.base;
    const against = base
        ? ` against the baseline ${(0,_line_js__WEBPACK_IMPORTED_MODULE_3__/* .cutLine */ .Hh)(base.ref, SENTENCE_TEXT)} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(base.totalBytes, units)})`
        : '';
    if (violation.detail === 'layer') {
        const index = violation.layer?.index;
        const change = context.comparison?.layers.find((candidate) => candidate.head?.index === index);
        const verb = change && !change.base
            ? `was added with ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(actual, units)}`
            : `grew by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(actual, units)}`;
        return `${image}: ${layer} ${verb}, more than the per-layer growth budget of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(limit, units)}`;
    }
    if (violation.detail === 'percent') {
        const actualPercent = violation.actualPercent ??
            (base && base.totalBytes > 0
                ? (actual / base.totalBytes) * 100
                : undefined);
        const grew = actualPercent !== undefined
            ? `${percentText(actualPercent)} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(actual, units)})`
            : (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(actual, units);
        const budget = violation.limitPercent !== undefined
            ? percentText(violation.limitPercent)
            : (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(limit, units);
        return `${image} grew by ${grew}${against}, more than the growth budget of ${budget}`;
    }
    return `${image} grew by ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(actual, units)}${against}, more than the growth budget of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(limit, units)}`;
}
/** A violation in one sentence and its fix: the JSON report's `message`, the log, the CLI, annotations. */
function describeViolation(violation, units, context = {}) {
    const fix = violationFix(violation, context, units);
    return `${violationFinding(violation, units, context)}.${fix ? ` ${fix}` : ''}`;
}
/**
 * Each cache the file analysis knows: what its files are, and how to leave them out in the
 * RUN that makes them. Fixes are in backticks: a markdown renderer shows them as code.
 */
const CACHES = {
    'apt-archives': { label: 'downloaded .deb files', fix: '`&& apt-get clean`' },
    'apt-binary-cache': {
        label: "apt's binary caches (pkgcache.bin, srcpkgcache.bin)",
        fix: '`&& apt-get clean`'
    },
    'apt-lists': {
        label: 'apt package lists',
        fix: '`&& rm -rf /var/lib/apt/lists/*`'
    },
    'apk-cache': {
        label: 'apk cache',
        fix: '`apk add --no-cache` (or `&& rm -rf /var/cache/apk/*`)'
    },
    'pip-cache': {
        label: 'pip cache',
        fix: '`pip install --no-cache-dir` (or `&& rm -rf ~/.cache/pip`)'
    },
    'npm-cache': { label: 'npm cache', fix: '`&& npm cache clean --force`' },
    'yarn-cache': { label: 'yarn cache', fix: '`&& yarn cache clean`' },
    'go-build-cache': {
        label: 'Go build cache',
        fix: '`&& go clean -cache` (or a `RUN --mount=type=cache,target=/root/.cache/go-build`)'
    }
};
/** A package-cache hint's `cache` (older reports have no parts) as a cache kind. */
const PACKAGE_CACHE = {
    'apt-lists': 'apt-lists',
    'apt-archives': 'apt-archives',
    apk: 'apk-cache',
    pip: 'pip-cache',
    npm: 'npm-cache',
    yarn: 'yarn-cache',
    'go-build': 'go-build-cache'
};
/** apt's cache as a whole, for an older report whose `apt-archives` hint has no parts. */
const APT_CACHE_WHOLE = "apt's cache (/var/cache/apt)";
/** Bookkeeping a package upgrade rewrites (dpkg's database, debconf, logs): true bytes, but not what the step is about. */
const BOOKKEEPING = /^\/var\/(?:lib\/dpkg|cache\/debconf|log)(?:\/|$)/;
/** `a`, `a and b`, `a, b and c`. */
function list(items) {
    return items.length > 1
        ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
        : items.join('');
}
/** A path quoted in a sentence: on one line, cut in the middle, no backticks. */
const pathText = (path) => quoted(path, 60);
/** What to do about one part of a deleted-later hint, where it is known. */
function partFix(part) {
    if (part.cache)
        return CACHES[part.cache]?.fix;
    if (/\/node_modules(?:\/|$)/.test(part.path))
        return 'install without dev dependencies: `npm ci --omit=dev`';
    return undefined;
}
/** A file-analysis hint in one sentence with its fix, in `units`; `layers` (the image's rows) names the steps. */
function describeHint(hint, units, layers) {
    const row = (index) => index === undefined
        ? 'a layer'
        : nameLayer(index, rowAt(layers, index), HINT_TEXT);
    const [addedIndex, hiddenIndex] = hint.layers;
    const added = row(addedIndex);
    const hider = row(hiddenIndex);
    const addedName = addedIndex === undefined
        ? 'that layer'
        : (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .layerName */ .Hn)(addedIndex, rowAt(layers, addedIndex));
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    const files = hint.files ?? 0;
    const what = `${plural(files, 'file')} (${bytes(hint.bytes)})`;
    const parts = hint.parts ?? [];
    let sentence;
    switch (hint.kind) {
        case 'deleted-later': {
            // System packages by name; language packages keep the folder parts and their fixes.
            const manager = managerOf(hint);
            if (manager === 'dpkg' || manager === 'apk') {
                sentence = deletedPackages(hint, hider, added, addedName, units);
                break;
            }
            if (parts.length > 1) {
                const each = parts.map((part) => {
                    const fix = partFix(part);
                    const label = part.cache ? `, ${CACHES[part.cache]?.label ?? ''}` : '';
                    return `${bytes(part.bytes)} in ${pathText(part.path)}${label}${fix ? ` (${fix})` : ''}`;
                });
                const fixes = parts.some((part) => partFix(part));
                sentence = `${hider} deletes ${what} that ${added} added; the bytes stay in ${addedName}: ${each.join('; ')}. ${fixes ? 'Do it in the RUN that adds them' : 'Add and delete them in one RUN'}, or build in a separate stage and COPY only the result.`;
            }
            else {
                const fix = parts[0] ? partFix(parts[0]) : undefined;
                const where = parts[0]
                    ? ` in ${pathText(parts[0].path)}${parts[0].cache ? ` (${CACHES[parts[0].cache]?.label ?? ''})` : ''}`
                    : '';
                sentence = `${hider} deletes ${what}${where} that ${added} added; the bytes stay in ${addedName}. ${fix ? `Instead, in the RUN that adds them: ${fix}; or build` : 'Add and delete them in one RUN, or build'} in a separate stage and COPY only the result.`;
            }
            break;
        }
        case 'metadata-copy': {
            const fix = hint.builder === 'classic'
                ? 'Use COPY --chown (or enable BuildKit for COPY --chmod)'
                : 'Use COPY --chmod/--chown';
            sentence = `${hider} only changes the mode or owner of ${what} from ${added}, which copies them whole into a new layer. ${fix}, or set modes and owners in the step that creates them.`;
            break;
        }
        case 'replaced-later': {
            if (hint.packageBytes !== undefined) {
                sentence = replacedPackages(hint, hider, added, addedName, units);
                if (hint.base && hint.builder)
                    return sentence;
                break;
            }
            if (hint.base && hint.builder) {
                // No package database to tell (an older report, an image without one): the base
                // image's files a step rewrites are most often a package upgrade.
                const own = parts.filter((part) => !BOOKKEEPING.test(part.path));
                const kept = parts.filter((part) => BOOKKEEPING.test(part.path));
                const ownBytes = own.reduce((sum, part) => sum + part.bytes, 0);
                const ownFiles = own.reduce((sum, part) => sum + part.files, 0);
                const headline = parts.length > 0 && kept.length > 0
                    ? `${plural(ownFiles, 'file')} (${bytes(ownBytes)})`
                    : what;
                const folders = own
                    .slice(0, 3)
                    .map((part) => `${bytes(part.bytes)} in ${pathText(part.path)}`);
                if (own.length === 0 && kept.length > 0)
                    // Only apt's and dpkg's records: any install writes them, upgrade or not.
                    return `${hider} rewrites ${bytes(kept.reduce((sum, part) => sum + part.bytes, 0))} of the base image's package bookkeeping in ${list(kept.map((part) => pathText(part.path)))} (every install records itself there); the old copies stay in ${addedName}.`;
                const bookkeeping = kept.length > 0
                    ? ` (and ${bytes(kept.reduce((sum, part) => sum + part.bytes, 0))} of package bookkeeping in ${list(kept.map((part) => pathText(part.path)))})`
                    : '';
                sentence = `${hider} rewrites ${headline} of the base image${folders.length > 0 ? `: ${folders.join(', ')}` : ''}${bookkeeping}; the old copies stay in ${addedName}. This step upgrades base packages; a newer base image avoids it.`;
                return sentence;
            }
            sentence = `${hider} overwrites ${what} that ${added} added; the old copies stay in ${addedName}. Write the final version once, in one step.`;
            break;
        }
        case 'recommended-packages':
            sentence = recommendedPackages(hint, added, units);
            break;
        case 'kept-packages':
            sentence = keptPackages(hint, hider, added, units);
            break;
        case 'package-cache': {
            const cacheParts = parts.filter((part) => part.cache);
            if (cacheParts.length > 0) {
                const fixes = [
                    ...new Set(cacheParts.map((part) => CACHES[part.cache].fix))
                ];
                sentence = `${added} leaves ${list(cacheParts.map((part) => `${bytes(part.bytes)} of ${CACHES[part.cache].label}`))} in the image. Clean up in the same RUN: ${list(fixes)}.`;
                break;
            }
            const cache = hint.cache ? CACHES[PACKAGE_CACHE[hint.cache]] : undefined;
            const label = hint.cache === 'apt-archives' ? APT_CACHE_WHOLE : cache?.label;
            sentence = cache
                ? `${added} leaves ${bytes(hint.bytes)} of ${label} (${plural(files, 'file')}) in the image. Clean up in the same RUN: ${cache.fix}.`
                : `${added} leaves ${bytes(hint.bytes)} of a package cache (${plural(files, 'file')}) in the image. Clean it up in the same RUN.`;
            break;
        }
        case 'apt-update-again':
            sentence = describeAptUpdateAgain(hint, units, layers);
            break;
        case 'dev-dependencies':
            sentence = describeDevDependencies(hint, units, layers);
            break;
        case 'runtime-extras':
            sentence = describeRuntimeExtras(hint, units, layers);
            break;
        default:
            sentence = `${what} in ${list(hint.layers.map((index) => (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .layerName */ .Hn)(index, rowAt(layers, index)))) || 'the image'} could be saved.`;
    }
    return hint.base ? `(base image) ${sentence}` : sentence;
}
// --- Hints that name packages (analysis/package-hints.ts) ---
/** How many packages a sentence names before "and N more". */
const NAMED_PACKAGES = 5;
/** `gcc-12, make and 3 more`: the hint's packages by name (with `each` appended), the rest counted. */
function packageNames(hint, each = () => '', only) {
    const all = (hint.packages ?? []).filter(only ?? (() => true));
    const named = all
        .slice(0, NAMED_PACKAGES)
        .map((p) => `${quoted(p.name, 60)}${each(p)}`);
    const total = only ? all.length : Math.max(hint.packageCount ?? 0, all.length);
    const more = total - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : list(named);
}
/** The manager most of a hint's packages come from (its first, largest). */
const managerOf = (hint) => hint.packages?.[0]?.manager;
/** A deleted-later hint whose copies are packages' files: the step that removed them, by name. */
function deletedPackages(hint, hider, added, addedName, units) {
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    const packaged = hint.packageBytes ?? hint.bytes;
    const rest = hint.bytes - packaged;
    const bookkeeping = hint.bookkeepingBytes ?? 0;
    const other = rest <= 0
        ? ''
        : bookkeeping === rest
            ? ` (and ${bytes(rest)} of package-manager bookkeeping)`
            : ` (and ${bytes(rest)} of other files${bookkeeping > 0 ? `, ${bytes(bookkeeping)} of them package-manager bookkeeping` : ''})`;
    const manager = managerOf(hint);
    const fix = manager === 'dpkg'
        ? 'Install, use and purge them in one RUN (`apt-get purge -y --auto-remove` at its end), or build in a separate stage and COPY only the result.'
        : manager === 'apk'
            ? 'Install, use and remove them in one RUN (`apk add --virtual .build-deps … && … && apk del .build-deps`), or build in a separate stage and COPY only the result.'
            : 'Install and remove them in one RUN, or build in a separate stage and COPY only the result.';
    return `${hider} removes ${packageNames(hint)} (${bytes(packaged)}) that ${added} added${other}; the bytes stay in ${addedName}. ${fix}`;
}
/**
 * A replaced-later hint on an image with package databases: a step that upgrades packages
 * names them; a step that only rewrites the package manager's bookkeeping says so.
 */
function replacedPackages(hint, hider, added, addedName, units) {
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    const packaged = hint.packageBytes ?? 0;
    const bookkeeping = hint.bookkeepingBytes ?? 0;
    const other = hint.bytes - packaged - bookkeeping;
    const upgraded = (hint.packages ?? []).filter((p) => p.previousVersion !== undefined);
    const of = hint.base ? 'of the base image' : `that ${added} added`;
    const asWell = [
        ...(bookkeeping > 0 && (packaged > 0 || other > 0)
            ? [`${bytes(bookkeeping)} of package-manager bookkeeping`]
            : []),
        ...(other > 0 && (packaged > 0 || bookkeeping > 0)
            ? [`${bytes(other)} of other files`]
            : [])
    ];
    const also = asWell.length > 0 ? ` (and ${list(asWell)})` : '';
    if (upgraded.length > 0) {
        const names = packageNames(hint, (p) => ` ${quoted(p.previousVersion ?? '', 40)} → ${quoted(p.version ?? '', 40)}`, (p) => p.previousVersion !== undefined);
        return hint.base
            ? `${hider} upgrades base packages (${names}): it rewrites ${bytes(packaged)} of their files${also}, and the old copies stay in ${addedName}. A newer base image avoids it.`
            : `${hider} upgrades packages that ${added} installed (${names}): it rewrites ${bytes(packaged)} of their files${also}, and the old copies stay in ${addedName}. Install the version you want once, in one step.`;
    }
    if (packaged > 0)
        return `${hider} rewrites ${bytes(packaged)} of files of ${hint.base ? 'base ' : ''}packages ${packageNames(hint)} ${of}${also}; the old copies stay in ${addedName}. ${hint.base ? 'A base image that has them as needed avoids it.' : 'Write the final version once, in one step.'}`;
    if (bookkeeping > 0 && other === 0)
        return `${hider} rewrites ${bytes(bookkeeping)} of package-manager bookkeeping ${of} (${plural(hint.files ?? 0, 'file')} such as dpkg's database, debconf's cache and the ld.so cache), as every step that installs or removes packages does; the old copies stay in ${addedName}. Install in as few RUN steps as possible.`;
    const ofThem = bookkeeping > 0
        ? `, ${bytes(bookkeeping)} of them package-manager bookkeeping`
        : '';
    return `${hider} overwrites ${plural(hint.files ?? 0, 'file')} (${bytes(hint.bytes)}) ${of}${ofThem}; the old copies stay in ${addedName}. ${hint.base ? 'Only another base image avoids it.' : 'Write the final version once, in one step.'}`;
}
/** Packages a step installed only because something recommends or suggests them. */
function recommendedPackages(hint, step, units) {
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    const names = packageNames(hint, (p) => ` ${bytes(p.bytes)}${p.via ? ` (via ${quoted(p.via, 60)})` : ''}`);
    const count = hint.packageCount ?? hint.packages?.length ?? 0;
    return `${step} installs ${plural(count, 'package')} (${bytes(hint.bytes)}) only because an installed package recommends or suggests them: ${names}. Install with \`apt-get install --no-install-recommends\` (naming any of them you need).`;
}
/** Packages that stay after a step removed the ones they were installed with. */
function keptPackages(hint, step, installer, units) {
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    const count = hint.packageCount ?? hint.packages?.length ?? 0;
    const what = `${plural(count, 'package')} (${bytes(hint.bytes)})`;
    const apt = managerOf(hint) === 'dpkg';
    if (hint.packages?.some((p) => p.via)) {
        const names = packageNames(hint, (p) => ` ${bytes(p.bytes)}${p.via ? ` (via ${quoted(p.via, 60)})` : ''}`);
        return `${step} removes packages, but ${what} that ${installer} installed with them ${count === 1 ? 'stays' : 'stay'} installed, because another installed package recommends or suggests them: ${names}. ${apt ? 'Install with `--no-install-recommends`, or purge what keeps them in the same RUN.' : 'Remove what keeps them in the same RUN.'}`;
    }
    const names = packageNames(hint, (p) => ` ${bytes(p.bytes)}`);
    return `${step} removes packages, but ${what} that ${installer} installed with them ${count === 1 ? 'stays' : 'stay'} installed, though no installed package needs them: ${names}. ${apt ? 'Remove them in the same RUN: `apt-get purge -y --auto-remove …` (or `&& apt-get autoremove -y`).' : 'Remove them in the same RUN.'}`;
}
/** "baseline: main @ abc1234, 3 commits before the merge-base": where the baseline came from, so a reviewer knows when it is not exact. */
function describeBaselineFrom(from) {
    const at = from.commit
        ? `${from.branch ? `${from.branch} ` : ''}@ ${from.commit.slice(0, 7)}`
        : (from.branch ?? '');
    switch (from.kind) {
        case 'artifact': {
            const n = from.commitsBeforeMergeBase ?? 0;
            return `baseline: ${at}, ${n === 0 ? 'the merge-base' : `${plural(n, 'commit')} before the merge-base`}${from.runId !== undefined ? `, from the report of run ${from.runId}` : ''}`;
        }
        case 'build':
            return `baseline: ${at}, built at the merge-base`;
        case 'image':
            return `baseline: the image ${from.ref ?? ''}`;
        case 'report':
            return `baseline: the report ${from.ref ?? ''}`;
    }
}
/**
 * The JSON report's `message` fields, written from the data in the run's units: every
 * violation's and every hint's. Where a report is assembled (check, analyze --json);
 * renderers do not read them.
 */
function withMessages(report, units) {
    const out = { ...report };
    if (report.violations)
        out.violations = report.violations.map((violation) => ({
            ...violation,
            message: describeViolation(violation, units, report)
        }));
    if (report.files)
        out.files = {
            ...report.files,
            hints: report.files.hints.map((hint) => ({
                ...hint,
                message: describeHint(hint, units, report.layers)
            }))
        };
    return out;
}
/** One check in words for a table, in `units`: efficiency as a percent, sizes in the run's units. */
function describeCheck(check, units) {
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    const at = check.layer ? ` (L${check.layer.index})` : '';
    let rule;
    let show = bytes;
    switch (check.rule) {
        case 'total':
            rule = 'total';
            break;
        case 'layers':
            rule = 'layers';
            show = String;
            break;
        case 'layer':
            rule = `${check.base ? 'largest base layer' : 'largest layer'}${at}`;
            break;
        case 'rule':
            rule = `rule "${(0,_line_js__WEBPACK_IMPORTED_MODULE_3__/* .cutLine */ .Hh)(check.match ?? '', 40)}"${at}`;
            break;
        case 'reclaimable':
            rule = 'reclaimable';
            break;
        case 'efficiency':
            rule = 'efficiency';
            show = ratioPercent;
            break;
        case 'compressed':
            rule =
                check.detail === 'total'
                    ? 'compressed total'
                    : `${check.base ? 'largest compressed base layer' : 'largest compressed layer'}${at}`;
            break;
        case 'growth':
            rule = check.detail === 'layer' ? `growth of a layer${at}` : 'growth';
            show =
                check.detail === 'percent'
                    ? (value) => `${value > 0 ? '+' : ''}${percentText(value)}`
                    : (value) => signedBytes(value, units);
            break;
        case 'dive':
            rule = `dive ${check.detail ?? ''}`;
            show = check.detail === 'highestWastedBytes' ? bytes : ratioPercent;
            break;
        case 'package':
        case 'unpackaged':
            rule = packageCheckRule(check);
            break;
        default:
            rule = check.rule;
    }
    const limit = check.rule === 'growth' && check.detail === 'percent'
        ? percentText(check.limit)
        : show(check.limit);
    const verdict = check.advisory
        ? check.pass
            ? 'pass'
            : 'over (base image: not failed)'
        : check.pass
            ? 'pass'
            : (check.failed ?? 1) > 1
                ? `FAIL (${check.failed})`
                : 'FAIL';
    return { rule, actual: show(check.actual), limit, verdict };
}
/** A finding's mark against the baseline, for the renderers. */
const CHANGE_WORDS = {
    new: 'new',
    worse: 'worse',
    better: 'better',
    unchanged: 'unchanged'
};
/** Why the hints carry no mark although there is a baseline. */
const HINTS_UNMARKED = 'The baseline has no file analysis: the hints are not marked new or unchanged against it.';
// --- Runtime hints (src/analysis/runtime-hints.ts): apt-update-again, dev-dependencies, runtime-extras ---
/** A package name quoted in a sentence: on one line, cut, no backticks. */
const packageText = (name) => quoted(name, 40);
/** A second `apt-get update` whose lists and binary caches land in a layer of their own. */
function describeAptUpdateAgain(hint, units, layers) {
    const [earlier, later] = hint.layers;
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    const parts = (hint.parts ?? []).filter((part) => part.cache);
    const what = parts.length > 0
        ? list(parts.map((part) => `${bytes(part.bytes)} of ${CACHES[part.cache]?.label ?? 'apt files'}`))
        : "apt's lists and binary caches";
    const laterName = nameLayer(later, rowAt(layers, later), HINT_TEXT);
    const earlierName = nameLayer(earlier, rowAt(layers, earlier), HINT_TEXT);
    return `${laterName} runs apt-get update again and writes ${plural(hint.files ?? 0, 'file')} (${bytes(hint.bytes)}) that ${earlierName} already wrote, now in this layer too: ${what}. Fold it into the first install line (${(0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .layerName */ .Hn)(earlier, rowAt(layers, earlier))}), and clean in the same RUN: \`&& apt-get clean && rm -rf /var/lib/apt/lists/*\`.`;
}
/** npm dev dependencies in the final filesystem. */
function describeDevDependencies(hint, units, layers) {
    const [row] = hint.layers;
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    const count = hint.packageCount ?? hint.packages?.length ?? 0;
    const named = (hint.packages ?? [])
        .slice(0, 5)
        .map((p) => `${packageText(p.name)} (${bytes(p.bytes)})`);
    const more = count - named.length;
    const where = hint.parts?.length
        ? ` in ${list(hint.parts.map((part) => pathText(part.path)))} of the final image`
        : ' in the final image';
    const names = named.length > 0
        ? `: ${named.join(', ')}${more > 0 ? ` and ${plural(more, 'more')}` : ''}`
        : '';
    return `${nameLayer(row, rowAt(layers, row), HINT_TEXT)} leaves ${plural(count, 'npm dev dependency', 'npm dev dependencies')} (${bytes(hint.bytes)}, ${plural(hint.files ?? 0, 'file')})${where}${names}. Install without them, in one RUN: \`npm ci --omit=dev && npm cache clean --force\` (or build in a separate stage and COPY only the result).`;
}
/** Each category of runtime-extras in words, and whether a build stage leaves it out. */
const EXTRAS = {
    compiler: { label: 'compilers and build tools', build: true },
    'dev-package': { label: '-dev packages', build: true },
    headers: { label: 'headers', build: true },
    'static-library': { label: 'static libraries', build: true },
    docs: { label: 'docs and man pages', build: false },
    'package-index': {
        label: 'package indexes and caches',
        build: false
    },
    'package-manager': { label: 'the package manager', build: false },
    shell: { label: 'the shell', build: false }
};
/** What a runtime image usually does not need, by category, and what to do when it is a large share. */
function describeRuntimeExtras(hint, units, layers) {
    const bytes = (value) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(value, units);
    const parts = (hint.parts ?? []).filter((part) => part.category);
    const each = parts.map((part) => {
        const category = part.category;
        const names = (hint.packages ?? [])
            .filter((p) => p.category === category)
            .slice(0, 3)
            .map((p) => packageText(p.name));
        const by = names.length > 0 ? ` (${names.join(', ')})` : '';
        const isPath = category === 'headers' ||
            category === 'static-library' ||
            category === 'docs';
        const at = isPath && names.length === 0 ? ` in ${pathText(part.path)}` : '';
        return `${bytes(part.bytes)} of ${EXTRAS[category]?.label ?? category}${by}${at}`;
    });
    const final = hint.finalBytes ?? 0;
    const share = final > 0 ? hint.bytes / final : 0;
    const head = `The final image holds ${bytes(hint.bytes)}${final > 0 ? ` (${ratioPercent(share)} of its ${bytes(final)} of files)` : ''} that a runtime image usually does not need${each.length > 0 ? `: ${each.join(', ')}` : ''}.`;
    let advice = '';
    if (share >= _analysis_runtime_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_EXTRAS_SHARE */ .$y) {
        const build = parts
            .filter((part) => EXTRAS[part.category]?.build)
            .reduce((sum, part) => sum + part.bytes, 0);
        advice =
            build >= _analysis_runtime_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_BUILD_SHARE */ .Qx * final
                ? ` Move the build to a separate stage and COPY only its result into the final one (that leaves out ${bytes(build)}); when the runtime needs no shell or package manager, a minimal final stage (a distroless or \`-slim\` base) instead, which would remove ${bytes(hint.bytes)} by the figures measured.`
                : ` When the runtime needs no shell or package manager, a minimal final stage (a distroless or \`-slim\` base) would remove ${bytes(hint.bytes)} by the figures measured.`;
    }
    let base = '';
    const from = hint.baseImage;
    if (from && from.layers.length > 0) {
        const first = from.layers[0];
        const last = from.layers[from.layers.length - 1];
        const rows = first === last
            ? (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .layerName */ .Hn)(first, rowAt(layers, first))
            : `${(0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .layerName */ .Hn)(first)}–${(0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .layerName */ .Hn)(last)}`;
        const total = layers?.reduce((sum, row) => sum + row.sizeBytes, 0) ?? 0;
        const name = from.ref ? `${quoted(from.ref, 80)}, ${rows}` : rows;
        base = ` The base image (${name}) is ${total > 0 ? `${ratioPercent(from.bytes / total)} (${bytes(from.bytes)})` : bytes(from.bytes)} of the total.`;
    }
    return `${head}${advice}${base}`;
}
// ---- Budgets that name packages: `package:` rules and the `unpackaged:` limit ----
/**
 * What to do about a `package:` rule broken (functions: FIX above reads them as the module loads). True of the figure: it counts the bytes of
 * the packages in every layer that holds them, so a removal in a later RUN changes nothing
 * while a removal in the RUN that installed them leaves no bytes in any layer.
 */
function packageFix() {
    return "These bytes ship in the layers named whatever later steps do: a purge or `apt-get remove` in a later RUN does not take them out of the image (it only hides them). Build in a separate stage and copy only the result into the runtime stage, or install, use and purge them in the same RUN (then no layer holds them, unless another installed package still depends on them); or raise the rule's max if they are meant to ship.";
}
/** What to do about an `unpackaged:` limit broken. */
function unpackagedFix() {
    return 'These are files no package manager installed (COPY, downloads, make install, build output): copy only what the runtime needs (a .dockerignore, a separate build stage that the runtime stage copies the result from), or raise the unpackaged limit if they are intended.';
}
/** How many packages a `package` violation names in its sentence. */
const PACKAGES_NAMED = 3;
/** `gcc-12 38.2 MB (L3 · Dockerfile:5)`: a package, the bytes it ships and the rows that ship them. */
function shippedPackageText(item, units, layers) {
    const name = quoted(item.arch ? `${item.name}:${item.arch}` : item.name, 60);
    const rows = item.layers.map((index) => rowAt(layers, index) ?? { index, dockerfileLine: undefined });
    const where = rows.length > 0 ? ` (${(0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .rowsName */ .Br)(rows)})` : '';
    return `${name} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(item.bytes, units)}${where}`;
}
/** `api: the packages matching "gcc*" ship 53.1 MB, over …: gcc-12 38.2 MB (L3), … and 41 more`. */
function packageFinding(violation, units, context) {
    const { image, limitBytes: limit, actualBytes: actual } = violation;
    const listed = (violation.packages ?? []).slice(0, PACKAGES_NAMED);
    const count = violation.packageCount ?? listed.length;
    const more = count - listed.length;
    const names = listed.map((item) => shippedPackageText(item, units, context.layers));
    const which = names.length > 0
        ? `: ${names.join(', ')}${more > 0 ? ` and ${plural(more, 'more package')}` : ''}`
        : '';
    return `${image}: ${plural(count, 'package')} matching "${quoted(violation.match ?? '', 60)}" ${count === 1 ? 'ships' : 'ship'} ${over(actual, limit, units)}${which}`;
}
/** `api: 42 MB of the final filesystem belong to no installed package (/app 30 MB, …), over …`. */
function unpackagedFinding(violation, units) {
    const { image, limitBytes: limit, actualBytes: actual } = violation;
    const folders = (violation.folders ?? []).map((folder) => `${quoted(`/${folder.top}`, 60)} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(folder.bytes, units)}`);
    return `${image}: ${bytesBeside(actual, limit, units)} of the final filesystem belong to no installed package${folders.length > 0 ? ` (largest: ${folders.join(', ')})` : ''}, over the unpackaged budget of ${bytesBeside(limit, actual, units)}`;
}
/** The rule cell of a `package` or `unpackaged` check, with why its figure is 0 when it says. */
function packageCheckRule(check) {
    if (check.rule === 'unpackaged')
        return check.note === 'no-package-database'
            ? 'unpackaged (no package database: every file)'
            : 'unpackaged';
    const rule = `package "${(0,_line_js__WEBPACK_IMPORTED_MODULE_3__/* .cutLine */ .Hh)(check.match ?? '', 40)}"`;
    if (check.note === 'no-package-matches')
        return `${rule}: no package matches`;
    if (check.note === 'no-package-database')
        return `${rule}: no package database`;
    return check.base ? `${rule} in the base image` : rule;
}
// ---------------------------------------------------------------------------------
// What is inside a changed layer (issue 14): the packages its rows added, removed or
// upgraded (LayerChange.packages) and the folders that grew or shrank (LayerChange.paths).
// One line each a reviewer can act on, and every entry the comparison kept for details.
// Package names, versions and paths are untrusted: a markdown renderer escapes these lines.
/** Packages named per kind on a layer's line, and folders on its path line; the rest are counted or in the details. */
const INSIDE_NAMED = 3;
const KIND_MARKS = {
    added: '+',
    removed: '−',
    upgraded: '↑'
};
/** `gcc-12 38.2 MB` (added or removed: its bytes), `jq 1.6-2 → 1.7-1 (+12 kB)` (an upgrade: old → new, and the delta). */
function packageChangeWords(change, kind, units) {
    if (kind === 'upgraded')
        return `${change.name} ${change.previousVersion ?? '?'} → ${change.version} (${signedBytes(change.deltaBytes, units)})`;
    return `${change.name} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(Math.abs(change.deltaBytes), units)}`;
}
/**
 * The sum of one kind's deltas where it is known: every entry is listed, or this is the one
 * kind whose list was cut (the total less the other, whole, lists).
 */
function kindBytes(deltas, kind) {
    const kinds = ['added', 'removed', 'upgraded'];
    const whole = (k) => deltas[k].length >= deltas.counts[k];
    const sum = (k) => deltas[k].reduce((total, p) => total + p.deltaBytes, 0);
    if (whole(kind))
        return sum(kind);
    const others = kinds.filter((k) => k !== kind);
    if (others.every(whole))
        return deltas.deltaBytes - others.reduce((t, k) => t + sum(k), 0);
    return undefined;
}
/** One kind on a layer's line: `+ gcc-12 38.2 MB, cpp-12 9.1 MB and 41 more (+71.3 MB)`; one package alone has no total. */
function kindPhrase(deltas, kind, units, named) {
    const count = deltas.counts[kind];
    if (count === 0)
        return undefined;
    const shown = deltas[kind].slice(0, named);
    const more = count - shown.length;
    const words = shown.map((p) => packageChangeWords(p, kind, units)).join(', ');
    const total = kindBytes(deltas, kind);
    // One package says its own bytes: a total would say them twice.
    const sum = total === undefined || count === 1 ? '' : ` (${signedBytes(total, units)})`;
    const upgrades = kind === 'upgraded' && count > 1 ? ' upgraded' : '';
    return `${KIND_MARKS[kind]} ${words}${more > 0 ? ` and ${more} more` : ''}${upgrades}${sum}`;
}
/**
 * A changed layer's packages on one line: what was added, removed, upgraded, each with
 * its largest few by bytes and the kind's total, joined by ` · `; undefined when the
 * comparison has no package change for it.
 */
function packageLine(deltas, units, named = INSIDE_NAMED) {
    if (!deltas)
        return undefined;
    const parts = ['added', 'removed', 'upgraded']
        .map((kind) => kindPhrase(deltas, kind, units, named))
        .filter((part) => part !== undefined);
    if (parts.length === 0)
        return undefined;
    // A total for the kinds whose own sums are not all known (two lists cut at the cap).
    const unknown = ['added', 'removed', 'upgraded'].some((kind) => deltas.counts[kind] > 0 && kindBytes(deltas, kind) === undefined);
    return `${parts.join(' · ')}${unknown ? ` · packages ${signedBytes(deltas.deltaBytes, units)} in all` : ''}`;
}
/** Every package the comparison kept for a layer, one per line (`+ less 590-2 345 kB`, `↑ jq 1.6 → 1.7 (+12 kB)`), and a line for those it left out. */
function packageDetailLines(deltas, units) {
    if (!deltas)
        return [];
    const out = [];
    for (const kind of ['added', 'removed', 'upgraded']) {
        for (const p of deltas[kind])
            out.push(kind === 'upgraded'
                ? `${KIND_MARKS[kind]} ${packageChangeWords(p, kind, units)}`
                : `${KIND_MARKS[kind]} ${p.name} ${p.version} ${formatBytes(Math.abs(p.deltaBytes), units)}`);
        const left = deltas.counts[kind] - deltas[kind].length;
        if (left > 0)
            out.push(`${plural(left, `more ${kind} package`)} (the comparison keeps the largest ${deltas[kind].length})`);
    }
    return out;
}
/** A changed layer's largest grown or shrunk folders on one line: `/usr/lib/gcc/x86_64-linux-gnu/12 +38.2 MB, /usr/bin +1.2 MB`; undefined without paths. */
function pathLine(paths, units, named = INSIDE_NAMED) {
    if (!paths || paths.length === 0)
        return undefined;
    const more = paths.length - Math.min(named, paths.length);
    return `${paths
        .slice(0, named)
        .map((p) => `${p.path} ${signedBytes(p.deltaBytes, units)}`)
        .join(', ')}${more > 0 ? ` and ${plural(more, 'more folder')}` : ''}`;
}
/** Every folder the comparison kept for a layer, one per line. */
function pathDetailLines(paths, units) {
    return (paths ?? []).map((p) => `${p.path} ${signedBytes(p.deltaBytes, units)}`);
}


/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ cutLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   pL: () => (/* binding */ cutApart)
/* harmony export */ });
/* unused harmony exports cut, cutEnd */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
// Text from an image or a report file (instructions, names, refs, notes, paths), made fit
// for one line of plain output: `oneLine` takes out control characters and line breaks (a
// log line that starts with `::` would be a workflow command), `cut` shortens to a width.
// The one place text is cut: markdown escapes the result (report/markdown.ts).
//
// Text is cut in the middle, keeping its start and its end: the end of an instruction is
// where a COPY says its destination (`COPY dir:f91da2… in /app`) and the end of a path is
// the file's name, and two long rows that start alike usually differ there. `cutApart`
// goes further for rows of one table that still read the same once cut.

/**
 * Cuts to `width` characters (code points, so no surrogate pair is split), keeping the start
 * and the end with `…` between them. The end keeps the last word (after the last space or
 * `/`) when it takes at most half the width.
 */
function cut(text, width) {
    const chars = Array.from(text);
    if (chars.length <= width)
        return text;
    if (width <= 1)
        return chars.slice(0, Math.max(0, width)).join('');
    const room = width - 1;
    let tail = Math.floor(room * 0.4);
    const lastBreak = Math.max(text.lastIndexOf(' '), text.lastIndexOf('/'));
    if (lastBreak >= 0) {
        const lastWord = Array.from(text.slice(lastBreak)).length;
        if (lastWord <= Math.floor(room / 2))
            tail = Math.max(tail, lastWord);
    }
    return `${chars.slice(0, room - tail).join('')}…${tail > 0 ? chars.slice(chars.length - tail).join('') : ''}`;
}
/** Cuts at the end, for a block that says how much more there is (the full text of an instruction). */
function cutEnd(text, width) {
    const chars = Array.from(text);
    if (chars.length <= width)
        return text;
    return chars.slice(0, Math.max(0, width)).join('');
}
/** Untrusted text on one line: no control characters, line breaks become one space. */
function oneLine(text) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControls */ .$Y)(text).replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' ');
}
/** Untrusted text on one line, cut to `width`. */
function cutLine(text, width) {
    return cut(oneLine(text), width);
}
/**
 * Each text on one line cut to `width`, so that rows of one table that differ still read
 * differently: where two cut texts come out the same, each shows its start, then the part
 * around where it first differs from the others.
 */
function cutApart(texts, width) {
    const lines = texts.map(oneLine);
    const out = lines.map((line) => cut(line, width));
    const groups = new Map();
    out.forEach((shown, i) => {
        groups.set(shown, [...(groups.get(shown) ?? []), i]);
    });
    for (const members of groups.values()) {
        const distinct = new Set(members.map((i) => lines[i]));
        if (distinct.size < 2)
            continue;
        for (const i of members) {
            const chars = Array.from(lines[i]);
            let differs = 0;
            for (const j of members) {
                if (lines[j] === lines[i])
                    continue;
                const other = Array.from(lines[j]);
                let k = 0;
                while (k < chars.length && chars[k] === other[k])
                    k++;
                differs = Math.max(differs, k);
            }
            out[i] = around(chars, differs, width);
        }
    }
    return out;
}
/** `start…<the part from a little before position at>…end` within `width` characters. */
function around(chars, at, width) {
    if (chars.length <= width)
        return chars.join('');
    const head = Math.min(Math.floor(width / 5), 16);
    const tail = Math.floor(width * 0.3);
    const room = width - head - tail - 2;
    const from = Math.max(head, at - Math.floor(room / 3));
    if (room < 4 || from + room >= chars.length - tail)
        return `${chars.slice(0, head).join('')}…${chars.slice(Math.max(head, chars.length - (width - head - 1))).join('')}`;
    return `${chars.slice(0, head).join('')}…${chars.slice(from, from + room).join('')}…${chars.slice(chars.length - tail).join('')}`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   nv: () => (/* binding */ markdownSentence)
/* harmony export */ });
/* unused harmony export fencedCode */
// Makes untrusted text safe in GitHub markdown. Every piece of text that comes from an
// image or a report file (instructions are written by whoever wrote the Dockerfile, often
// a PR author) goes through escapeMarkdown (or fencedCode, for whole text in a code block)
// before a markdown renderer (comment.ts, audit.ts) shows it.
/**
 * Characters that must never reach a comment from untrusted text: C0/C1 controls other
 * than tab and line endings (a lone CR ends a markdown line and would break a table row),
 * and the bidirectional overrides/isolates that make text read differently from what it
 * is ("Trojan Source").
 */
const UNSAFE_CONTROLS = 
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Removes control and bidi-override characters; keeps tab and line endings. */
function stripControls(text) {
    return text.replace(UNSAFE_CONTROLS, '');
}
/** U+2060 WORD JOINER: invisible, and it breaks the patterns GitHub links (`@user`, `#1`, `http://`, `www.`). */
const WJ = '\u2060';
/**
 * Makes untrusted text inert in GitHub markdown, for table cells and prose, on one line:
 * line endings become spaces (a table row or a list item cannot be broken out of), HTML
 * is entity-encoded (no tag renders, `<img onerror>` included), markdown punctuation is
 * backslash-escaped (no links, images, emphasis, code, math or table breaks), and a word
 * joiner after `@`, `#`, `GH-`, `://` and `www` stops mentions, issue references and
 * autolinks, so nothing notifies anyone or links anywhere.
 */
function escapeMarkdown(text) {
    return stripControls(text)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()|!~$])/g, '\\$1')
        .replace(/^([-+=]|\d+(?=[.)]))/, (lead) => /^\d/.test(lead) ? `${lead}\\` : `\\${lead}`)
        .replace(/@/g, `@${WJ}`)
        .replace(/#/g, `#${WJ}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1${WJ}-`)
        .replace(/:\/\//g, `:${WJ}//`)
        .replace(/\b(www)\./gi, `$1${WJ}.`);
}
/**
 * A fenced code block holding `text` verbatim. GitHub renders nothing inside a code
 * block: no HTML, no links, and its pipeline skips text under <pre>/<code> when it looks
 * for @mentions and #references (html-pipeline's IGNORE_PARENTS). The one way out of a
 * fence is a closing fence, so the fence is longer than any backtick run in the text.
 */
function fencedCode(text, info = '') {
    const body = stripControls(text).replace(/\r\n|\r|\u2028|\u2029/g, '\n');
    const longestRun = (body.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${info}\n${body}\n${fence}`;
}
/**
 * A sentence of describe.ts for markdown (on one line, cut): escaped like any text, except that its
 * backticked fixes (`&& apt-get clean`) show as code. describe.ts takes the backticks out
 * of the text it quotes, so every backtick pair is one of its own.
 */
function markdownSentence(line) {
    const pieces = line.split(/`([^`]+)`/);
    return pieces
        .map((piece, i) => 
    // Inside an HTML <code> tag markdown still applies: the code is escaped like any text.
    i % 2 === 1
        ? `<code>${escapeMarkdown(piece)}</code>`
        : escapeMarkdown(piece))
        .join('');
}


/***/ }),

/***/ 2947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ violationsOf),
/* harmony export */   VV: () => (/* binding */ orphanViolations),
/* harmony export */   zj: () => (/* binding */ runTotals)
/* harmony export */ });
/* unused harmony export isFailingImage */
// The figures of a whole run, shared by the renderers and the action's outputs
// (total-bytes, delta-bytes, baseline-total-bytes), and which violations belong to
// which image of a run.
/** An image's violations: its own, or (a merged report from older files) the run's that name it. */
function violationsOf(run, image) {
    if (image.violations.length > 0)
        return image.violations;
    return run.violations.filter((violation) => violation.image === image.name);
}
/** Run-level violations that name no image of the run (a merged report can hold such). */
function orphanViolations(run) {
    const names = new Set(run.images.map((image) => image.name));
    return run.violations.filter((violation) => !names.has(violation.image));
}
function isFailingImage(run, image) {
    return image.status === 'fail' || violationsOf(run, image).length > 0;
}
function runTotals(run) {
    let deltaBytes = null;
    let baselineTotalBytes = null;
    for (const image of run.images) {
        if (!image.comparison)
            continue;
        deltaBytes = (deltaBytes ?? 0) + image.comparison.totalDeltaBytes;
        baselineTotalBytes =
            (baselineTotalBytes ?? 0) + image.comparison.base.totalBytes;
    }
    return {
        totalBytes: run.images.reduce((sum, image) => sum + image.totalBytes, 0),
        deltaBytes,
        baselineTotalBytes,
        imageCount: run.images.length,
        comparedImages: run.images.filter((image) => image.comparison).length,
        failingImages: run.images.filter((image) => isFailingImage(run, image))
            .length
    };
}


/***/ }),

/***/ 7885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export unitScale */
// Formats byte counts for people. Only renderers call this; reports keep exact bytes.
const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** The unit names of a system, from bytes up, and the step between them. */
function unitScale(units) {
    return units === 'iec'
        ? { names: IEC_UNITS, base: 1024 }
        : { names: SI_UNITS, base: 1000 };
}
/** `67108864` → `67.1 MB` (si, 1000-based, as docker prints) or `64.0 MiB` (iec). Negative values keep their sign. */
function formatBytes(bytes, units = 'si') {
    const { names, base } = unitScale(units);
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= base && unit < names.length - 1) {
        value /= base;
        unit++;
    }
    const digits = unit === 0 ? 0 : value >= 100 ? 0 : value >= 10 ? 1 : 2;
    return `${sign}${value.toFixed(digits)} ${names[unit]}`;
}


/***/ }),

/***/ 7804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t2: () => (/* binding */ baseRows),
  kK: () => (/* binding */ buildView),
  pG: () => (/* binding */ changeLabel),
  s4: () => (/* binding */ changeSide),
  yZ: () => (/* binding */ headRows),
  Hn: () => (/* binding */ layerName),
  Br: () => (/* binding */ rowsName),
  mK: () => (/* binding */ splitChanges),
  jO: () => (/* binding */ sumBytes)
});

// UNUSED EXPORTS: HINTS_SHOWN

// EXTERNAL MODULE: ./src/compare/finding-changes.ts
var finding_changes = __webpack_require__(3878);
// EXTERNAL MODULE: ./src/report/totals.ts
var totals = __webpack_require__(2947);
;// CONCATENATED MODULE: ./src/report/when-to-comment.ts
// When a run writes (or updates) its PR comment: the comment modes, and what counts as a
// change against the base (the min-change floor).
/** A layer change beyond the min-change floor. Below it a change is reported exactly but counts as unchanged. */
function isSignificantChange(change, minChangeBytes) {
    return (change.status !== 'unchanged' &&
        change.deltaBytes !== 0 &&
        Math.abs(change.deltaBytes) >= minChangeBytes);
}
/** True when some image's total or some layer changed beyond min-change. Without a baseline nothing "changed". */
function hasChanges(run) {
    return run.images.some((image) => {
        const comparison = image.comparison;
        if (!comparison)
            return false;
        const floor = Math.max(1, comparison.minChangeBytes);
        return (Math.abs(comparison.totalDeltaBytes) >= floor ||
            comparison.layers.some((change) => isSignificantChange(change, comparison.minChangeBytes)));
    });
}
function isFailing(run) {
    return (run.status === 'fail' ||
        run.violations.length > 0 ||
        run.images.some((image) => image.status === 'fail'));
}
/**
 * Whether to write the comment. `on-change` comments when something changed beyond
 * min-change or a budget is broken; `on-violation` only for a broken budget. Both update
 * a comment that already exists whatever happened, so it never shows stale figures.
 */
function shouldComment(mode, run, existing) {
    switch (mode) {
        case 'never':
            return false;
        case 'always':
            return true;
        case 'on-change':
            return existing || isFailing(run) || hasChanges(run);
        case 'on-violation':
            return existing || isFailing(run);
    }
}

;// CONCATENATED MODULE: ./src/report/view.ts
// One image of a run as the renderers show it (the comment, the job summary, the log and
// the CLI): its violations, the layers that changed beyond min-change (largest change
// first), the quiet ones, the plain layer list when there is no baseline, its hints; and
// the one name of a layer (`L3`, `L3 · Dockerfile:12`, `base L3`, `L1+L3`).



/** Hints shown per image; the JSON report has them all. */
const HINTS_SHOWN = 10;
/** A comparison's rows split by the min-change floor: changed (largest change first) and quiet (in order). */
function splitChanges(comparison) {
    const changed = [];
    const quiet = [];
    for (const change of comparison?.layers ?? []) {
        ;
        (isSignificantChange(change, comparison?.minChangeBytes ?? 0)
            ? changed
            : quiet).push(change);
    }
    changed.sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) ||
        changeSide(a).index - changeSide(b).index);
    return { changed, quiet };
}
function buildView(run, image) {
    const comparison = image.comparison ?? null;
    const { changed, quiet } = splitChanges(comparison);
    const plain = comparison
        ? []
        : image.layers
            .filter((row) => !row.empty)
            .sort((a, b) => b.sizeBytes - a.sizeBytes || a.index - b.index);
    return {
        image,
        violations: (0,totals/* violationsOf */.Sq)(run, image),
        changed,
        quiet,
        plain,
        // What this change brought first, so the cap never leaves a new hint out for an old one.
        hints: (0,finding_changes/* byChange */.of)(image.files?.hints ?? []).slice(0, HINTS_SHOWN)
    };
}
function changeSide(change) {
    // Compare always fills at least one side; head first because it is what the PR ships.
    return (change.head ?? change.base);
}
/** Every base row a change covers: several for a merge. */
function baseRows(change) {
    return change.mergedBase ?? (change.base ? [change.base] : []);
}
/** Every head row a change covers: several for a split. */
function headRows(change) {
    return change.splitHead ?? (change.head ? [change.head] : []);
}
const sumBytes = (rows) => rows.reduce((sum, row) => sum + row.sizeBytes, 0);
/**
 * A layer's one name in every report: `L3`, its row index as the tables show it, with the
 * Dockerfile line where it is known (`L3 · Dockerfile:12`); a base-side row of a comparison
 * is `base L3`. Only indexes and numbers: never instruction text.
 */
function layerName(index, row, side = 'head') {
    const name = `${side === 'base' ? 'base ' : ''}L${index}`;
    return row?.dockerfileLine
        ? `${name} · Dockerfile:${row.dockerfileLine}`
        : name;
}
/**
 * Several rows of one side under one name: `L1+L3`, `L1+L3 · Dockerfile:5, 7` (the lines
 * where known), `base L1+L2`.
 */
function rowsName(rows, side = 'head') {
    if (rows.length === 1)
        return layerName(rows[0].index, rows[0], side);
    const lines = rows
        .map((row) => row.dockerfileLine)
        .filter((line) => line !== undefined);
    return `${side === 'base' ? 'base ' : ''}${rows.map((row) => `L${row.index}`).join('+')}${lines.length > 0 ? ` · Dockerfile:${lines.join(', ')}` : ''}`;
}
/** `L3` (`L3 · Dockerfile:12`) for a head layer, `base L3` for a base layer the PR removed, `L1+L3` for a split. Only indexes: never instruction text. */
function changeLabel(change) {
    return change.head
        ? rowsName(headRows(change))
        : layerName(changeSide(change).index, undefined, 'base');
}


/***/ })

};
