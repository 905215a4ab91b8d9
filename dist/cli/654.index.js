export const id = 654;
export const ids = [654];
export const modules = {

/***/ 4654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILD_FLAGS: () => (/* binding */ BUILD_FLAGS),
/* harmony export */   imageSpecFromFlags: () => (/* binding */ imageSpecFromFlags),
/* harmony export */   parseUnits: () => (/* binding */ parseUnits),
/* harmony export */   runAnalyze: () => (/* binding */ runAnalyze)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _image_archive_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9743);
/* harmony import */ var _image_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6489);
/* harmony import */ var _image_registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1736);
/* harmony import */ var _image_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(372);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5655);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
// `image-size-budget analyze`: the layer report of one image, as a table or JSON.







const BUILD_FLAGS = {
    context: { type: 'string' },
    dockerfile: { type: 'string' },
    target: { type: 'string' },
    'build-arg': { type: 'string', multiple: true },
    platform: { type: 'string' },
    network: { type: 'string' },
};
function parseUnits(value) {
    if (value === undefined || value === 'si' || value === 'iec')
        return value ?? 'si';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`--units must be "si" or "iec", not "${value}"`);
}
/** An ImageSpec from the image positional and the build flags; a build needs --context or --dockerfile. */
function imageSpecFromFlags(ref, values) {
    const context = values.context;
    const dockerfile = values.dockerfile;
    if (context === undefined && dockerfile === undefined) {
        for (const flag of ['target', 'build-arg', 'platform', 'network']) {
            if (values[flag] !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`--${flag} is a build flag: give --context (and --dockerfile) to build`);
        }
        return { ref };
    }
    return {
        ref,
        build: {
            context: context ?? '.',
            dockerfile,
            target: values.target,
            buildArgs: (0,_image_build_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildArgs */ .NQ)(values['build-arg'] ?? []),
            platform: values.platform,
            network: values.network,
        },
    };
}
async function runAnalyze(args, io) {
    const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('analyze', args, {
        json: { type: 'boolean' },
        units: { type: 'string' },
        files: { type: 'boolean' },
        archive: { type: 'string' },
        'dive-ci': { type: 'string' },
        source: { type: 'string' },
        compressed: { type: 'boolean' },
        uncompressed: { type: 'boolean' },
        'insecure-registry': { type: 'string', multiple: true },
        ...BUILD_FLAGS,
    });
    if (positionals.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`analyze takes one image ref, got ${positionals.length}: ${positionals.join(' ')}`);
    const units = parseUnits(values.units);
    // Read the rules before any image work, so that a bad .dive-ci fails fast. Loaded on
    // demand: the YAML parser is not needed otherwise.
    const diveCi = values['dive-ci'] !== undefined ? await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(752)]).then(__webpack_require__.bind(__webpack_require__, 7371)) : undefined;
    const diveRules = diveCi ? await diveCi.loadDiveCi(values['dive-ci']) : undefined;
    let report;
    const source = values.source ?? 'docker';
    if (source !== 'docker' && source !== 'registry')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`--source must be "docker" or "registry", not "${source}"`);
    if (source === 'docker' && (values.uncompressed || values['insecure-registry'] !== undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`--${values.uncompressed ? 'uncompressed' : 'insecure-registry'} applies to --source registry`);
    }
    if (source === 'registry') {
        // Read from the registry without pulling: compressed sizes always, uncompressed only by streaming the layers.
        if (positionals.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d('--source registry needs one image ref, e.g. "analyze ghcr.io/org/app:pr-1 --source registry"');
        if (values.context !== undefined || values.dockerfile !== undefined || values.archive !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d('--source registry reads a pushed image: give no --context, --dockerfile or --archive with it');
        }
        if (values.files || values['dive-ci'] !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d('--files and --dive-ci need the layer files from the engine or an archive; with --source registry use --uncompressed for exact layer sizes');
        report = await (0,_image_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegistryImage */ .Jz)(positionals[0], { platform: values.platform, uncompressed: values.uncompressed, insecureRegistries: values['insecure-registry'] });
    }
    else if (values.archive !== undefined) {
        // An archive holds its own image: no engine needed, and the file analysis comes with it.
        if (positionals.length > 0 || values.context !== undefined || values.dockerfile !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d('--archive reads the image from the archive: give no image ref or build flags with it');
        }
        report = await (0,_image_archive_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readArchive */ .bL)(values.archive, { platform: values.platform, units });
    }
    else {
        const spec = imageSpecFromFlags(positionals[0], values);
        if (!spec.ref && !spec.build)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d('analyze needs an image ref (e.g. "analyze app:pr"), --archive PATH, or --context to build one');
        const wantFiles = values.files || values['dive-ci'] !== undefined;
        if (wantFiles && !spec.build) {
            // `docker save` streams while inspect/history run: the file analysis costs little more than the save.
            const [layers, files] = await Promise.all([(0,_image_source_js__WEBPACK_IMPORTED_MODULE_3__/* .loadImageReport */ .W)(spec), (0,_image_archive_index_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeImageFiles */ .pb)(spec.ref, { units })]);
            report = { ...layers, files };
        }
        else {
            report = await (0,_image_source_js__WEBPACK_IMPORTED_MODULE_3__/* .loadImageReport */ .W)(spec);
            if (wantFiles)
                report = { ...report, files: await (0,_image_archive_index_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeImageFiles */ .pb)(report.image.ref, { units }) };
        }
    }
    if (values.compressed && report.image.source === 'docker')
        report = await (0,_image_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .addEngineCompressedSizes */ .JJ)(report);
    let violations;
    if (diveCi && diveRules && report.files)
        violations = diveCi.evaluateDiveCi(report.files.dive, diveRules, report.image.ref);
    if (values.json)
        io.stdout(JSON.stringify(violations ? { ...report, violations } : report, null, 2));
    else {
        const width = process.stdout.columns || 100;
        const parts = [(0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .renderLayerTable */ .w)(report, { units, width })];
        if (report.files)
            parts.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .renderFilesSection */ .hH)(report.files, { units, width }));
        if (violations?.length)
            parts.push(violations.map((violation) => `✗ ${violation.message}`).join('\n'));
        io.stdout(parts.join('\n\n'));
    }
    return violations && violations.length > 0 ? _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OVER_BUDGET */ .G_ : _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij;
}


/***/ }),

/***/ 9743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pb: () => (/* binding */ analyzeImageFiles),
  bL: () => (/* binding */ readArchive)
});

// UNUSED EXPORTS: readArchiveImage, saveEngineImage

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/report/units.ts
var report_units = __webpack_require__(7885);
;// CONCATENATED MODULE: ./src/analysis/model.ts
// The layer model the file analysis works on: each filesystem layer as the list of its tar
// entries (headers only, no contents), in archive order. Readers (src/image/archive) build
// it; everything in src/analysis is a pure function of it. Records are kept small (one
// object per entry, numbers and the path string) so memory grows with files, not bytes.
const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
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
function baseName(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.slice(slash + 1);
}
function dirName(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** Bytes an entry occupies as the engine's default store counts them: file bytes, symlink target length, else 0. */
function entryDiskBytes(entry) {
    if (entry.kind === 'file')
        return entry.size;
    if (entry.kind === 'symlink')
        return entry.linkBytes;
    return 0;
}
/**
 * A layer's size the way the engine's graphdriver store computes it (moby pkg/directory.Size
 * over the applied layer): regular-file bytes plus each symlink's target length, hardlinked
 * files once (a hardlink entry adds nothing), directories and whiteouts 0. A path written
 * twice in one layer counts as the last write, as on disk.
 */
function layerDiskBytes(listing) {
    const seen = new Map();
    let total = 0;
    for (const entry of listing) {
        const bytes = entry.path.startsWith(WHITEOUT_PREFIX, entry.path.lastIndexOf('/') + 1) ? 0 : entryDiskBytes(entry);
        const before = seen.get(entry.path);
        if (before !== undefined)
            total -= before;
        seen.set(entry.path, bytes);
        total += bytes;
    }
    return total;
}
/** Go archive/tar FileInfo().IsDir(): the type flag, or the S_IFDIR bits of the mode (dive's notion of a directory). */
function goIsDir(entry) {
    return entry.typeflag === '5' || (entry.mode & ~0o7777) === 0o040000;
}

;// CONCATENATED MODULE: ./src/analysis/paths.ts
// Interns the paths of an image's layers: every path a layer names, every directory above
// one and every path a whiteout names gets a small integer id (0 is the root). The
// analyses (whiteouts.ts, dive.ts) keep their per-path state in typed arrays indexed by id
// instead of trees of objects keyed by name, so each path string is hashed once, memory
// grows with the number of distinct paths, and little garbage is made on large images.

const ROOT = 0;
class PathIndex {
    /** id → the path as layers name it (`opt/tool/x`; '' for the root). */
    paths = [''];
    /** id → its last component. */
    names = [''];
    /** id → the parent's id (-1 for the root). */
    parents = [-1];
    /** id → first child and next sibling (-1: none), children in the order first seen. */
    firstChild = [-1];
    nextSibling = [-1];
    lastChild = [-1];
    ids = new Map([['', ROOT]]);
    get size() {
        return this.paths.length;
    }
    find(path) {
        return this.ids.get(path);
    }
    /** The id of a clean layer path (no leading slash, '' for the root), adding it and its parents when new. */
    intern(path) {
        const known = this.ids.get(path);
        if (known !== undefined)
            return known;
        const slash = path.lastIndexOf('/');
        const parent = slash < 0 ? ROOT : this.intern(path.slice(0, slash));
        const id = this.paths.length;
        this.ids.set(path, id);
        this.paths.push(path);
        this.names.push(slash < 0 ? path : path.slice(slash + 1));
        this.parents.push(parent);
        this.firstChild.push(-1);
        this.lastChild.push(-1);
        this.nextSibling.push(-1);
        if (this.lastChild[parent] < 0)
            this.firstChild[parent] = id;
        else
            this.nextSibling[this.lastChild[parent]] = id;
        this.lastChild[parent] = id;
        return id;
    }
}
/** The path of `name` next to `id` (`a/.wh.b` → `a/b`), for a whiteout's target. */
function siblingPath(index, id, name) {
    const parent = index.parents[id];
    return parent === ROOT ? name : `${index.paths[parent]}/${name}`;
}
/** Interns every entry of every layer, and the target of every whiteout, in layer order. */
function indexLayers(listings) {
    const index = new PathIndex();
    const cache = new Map();
    const ids = listings.map((listing) => {
        let out = cache.get(listing);
        if (out)
            return out;
        out = new Int32Array(listing.length);
        for (let i = 0; i < listing.length; i++) {
            const id = index.intern(listing[i].path);
            out[i] = id;
            const name = index.names[id];
            if (name.startsWith(WHITEOUT_PREFIX) && name !== OPAQUE_MARKER && name.length > WHITEOUT_PREFIX.length) {
                index.intern(siblingPath(index, id, name.slice(WHITEOUT_PREFIX.length)));
            }
        }
        cache.set(listing, out);
        return out;
    });
    return { index, ids };
}

;// CONCATENATED MODULE: ./src/analysis/dive.ts
// dive-compatible figures (efficiency, wasted bytes, user-wasted percent), reproduced from
// wagoodman/dive exactly, quirks included, so that a team moving from `dive --ci` keeps its
// thresholds: dive/filetree/efficiency.go (Efficiency), file_tree.go (AddPath, Stack,
// StackTreeRange, GetNode), file_node.go (Path, IsLeaf, VisitDepthChildFirst) and
// dive/image/image.go (Analyze). The quirks, on purpose:
// - every leaf of every layer's tree counts, layer 0 included; a file whiteout is an
//   occurrence of 0 bytes, a directory whiteout the size of the lower directory's subtree
//   (so a deleted directory lowers the score only if seen again at the same path);
// - opaque markers are dropped (AddPath skips `.wh..wh..*`), so what they hide is ignored;
// - a directory only implied by its children has an empty FileInfo (not a directory), and
//   stacking copies that empty FileInfo over a lower explicit directory;
// - a whiteout whose path the stacked lower tree lacks aborts the rest of that layer's visit;
// - wasted bytes sum every copy of every path seen twice or more, the kept copy included
//   (dive #684); user-wasted percent divides by all layers but the first.
// The .dive-ci rules that use these figures are in dive-ci.ts.


const WHITEOUT = '.wh.';
const DOUBLE_WHITEOUT = '.wh..wh..';
function compareGoStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Builds the per-layer trees and dive's Analyze over them; see the file comment for the quirks kept. */
class DiveAnalysis {
    index;
    /** Per path id, the topmost component (itself or above) that AddPath refuses (`.wh..wh..*`), -1 none, -2 not computed. */
    blocked;
    /** Which layer tree a path id was last added to (a stamp), and its slot there. */
    stamp;
    slot;
    stamps = 0;
    layers;
    constructor(listings, indexed) {
        this.index = indexed.index;
        const n = this.index.size;
        this.blocked = new Int32Array(n).fill(-2);
        this.stamp = new Int32Array(n);
        this.slot = new Int32Array(n);
        const cache = new Map();
        this.layers = listings.map((listing, i) => {
            let layer = cache.get(listing);
            if (!layer)
                cache.set(listing, (layer = this.layerTree(listing, indexed.ids[i])));
            return layer;
        });
    }
    blockedAt(id) {
        const known = this.blocked[id];
        if (known !== -2)
            return known;
        const parent = this.index.parents[id];
        const above = parent <= ROOT ? -1 : this.blockedAt(parent);
        const value = above >= 0 ? above : this.index.names[id].startsWith(DOUBLE_WHITEOUT) ? id : -1;
        this.blocked[id] = value;
        return value;
    }
    /** The id's slot in the tree being built, adding it (as an implied directory) and its parents when missing. */
    add(layer, id) {
        if (this.stamp[id] === this.stamps)
            return this.slot[id];
        const parent = this.index.parents[id];
        if (parent !== ROOT)
            this.add(layer, parent);
        this.stamp[id] = this.stamps;
        this.slot[id] = layer.ids.length;
        layer.ids.push(id);
        layer.size.push(0);
        return this.slot[id];
    }
    /** image_archive.go processLayerTar + file_tree.go AddPath for every entry of one layer. */
    layerTree(listing, ids) {
        this.stamps++;
        const built = { ids: [], size: [] };
        const dirs = [];
        let fileSize = 0;
        for (let i = 0; i < listing.length; i++) {
            const id = ids[i];
            if (id === ROOT)
                continue;
            const entry = listing[i];
            fileSize += entry.size;
            const blocked = this.blockedAt(id);
            if (blocked >= 0) {
                // AddPath creates the components above the refused one, then stops.
                const parent = this.index.parents[blocked];
                if (parent !== ROOT)
                    this.add(built, parent);
                continue;
            }
            const k = this.add(built, id);
            built.size[k] = entry.size;
            dirs[k] = goIsDir(entry) ? 1 : 0;
        }
        const count = built.ids.length;
        const isDir = new Uint8Array(count);
        const leaf = new Uint8Array(count).fill(1);
        for (let k = 0; k < count; k++) {
            if (dirs[k] === 1)
                isDir[k] = 1;
            const parent = this.index.parents[built.ids[k]];
            if (parent !== ROOT)
                leaf[this.slot[parent]] = 0;
        }
        return { ids: built.ids, size: built.size, isDir, leaf, fileSize };
    }
    /** True when `id` is a node of `layer` (only valid while that layer's stamp is current). */
    inTree(layer, id) {
        const k = this.slot[id];
        return k < layer.ids.length && layer.ids[k] === id;
    }
    // ---- the stacked tree below the current layer (StackTreeRange), as arrays over path ids ----
    stacked;
    stackedUpTo = -1;
    /** StackTreeRange(trees, 0, current-1): a copy of tree 0 with trees 0..current-1 stacked on it (tree 0 itself for current 0). */
    stackedBelow(current) {
        if (!this.stacked) {
            const n = this.index.size;
            const s = (this.stacked = { present: new Uint8Array(n), size: new Float64Array(n), isDir: new Uint8Array(n) });
            s.present[ROOT] = 1;
            const first = this.layers[0];
            first.ids.forEach((id, k) => {
                s.present[id] = 1;
                s.size[id] = first.size[k];
                s.isDir[id] = first.isDir[k];
            });
        }
        while (this.stackedUpTo < current - 1)
            this.stack(this.layers[++this.stackedUpTo]);
        return this.stacked;
    }
    removeStacked(id) {
        const s = this.stacked;
        if (!s.present[id])
            return;
        s.present[id] = 0;
        const { firstChild, nextSibling } = this.index;
        for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
            this.removeStacked(child);
    }
    /**
     * file_tree.go Stack: grafts every node of `upper`, children first in sorted order (a
     * whiteout removes the lower path, anything else is added with its FileInfo). Order only
     * matters between a whiteout and the path it names when both are in `upper`: Go's sort
     * decides which comes first, so such a removal runs before or after the additions.
     */
    stack(upper) {
        const s = this.stacked;
        const { names } = this.index;
        this.restamp(upper);
        const late = [];
        for (const id of upper.ids) {
            const name = names[id];
            if (!name.startsWith(WHITEOUT))
                continue;
            const target = name.slice(WHITEOUT.length);
            if (target === '')
                continue; // names its own parent: dive leaves the tree as it is
            const targetId = this.index.find(siblingPath(this.index, id, target));
            if (this.inTree(upper, targetId) && compareGoStrings(target, name) < 0)
                late.push(targetId);
            else
                this.removeStacked(targetId);
        }
        upper.ids.forEach((id, k) => {
            if (!names[id].startsWith(WHITEOUT)) {
                s.present[id] = 1;
                s.size[id] = upper.size[k];
                s.isDir[id] = upper.isDir[k];
            }
            else if (!upper.leaf[k] && !s.present[id]) {
                // A whiteout with children (no real builder writes one): a node of its own, FileInfo empty.
                s.present[id] = 1;
                s.size[id] = 0;
                s.isDir[id] = 0;
            }
        });
        for (const id of late)
            this.removeStacked(id);
    }
    /** Makes `layer` the stamped one again (inTree reads the slots). */
    restamp(layer) {
        this.stamps++;
        layer.ids.forEach((id, k) => {
            this.stamp[id] = this.stamps;
            this.slot[id] = k;
        });
    }
    /** Sizes of a stacked node and everything under it (VisitDepthChildFirst from that node). */
    subtreeSize(id) {
        const s = this.stacked;
        let total = s.size[id];
        const { firstChild, nextSibling } = this.index;
        for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
            if (s.present[child])
                total += this.subtreeSize(child);
        return total;
    }
    /** The layer's leaves in dive's visiting order: depth first, children sorted, each node after its children. */
    sortedLeaves(layer) {
        this.restamp(layer);
        const children = new Map();
        layer.ids.forEach((id, k) => {
            const parent = this.index.parents[id];
            const key = parent === ROOT ? -1 : this.slot[parent];
            let list = children.get(key);
            if (!list)
                children.set(key, (list = []));
            list.push(k);
        });
        const out = [];
        const names = this.index.names;
        const visit = (key) => {
            const list = children.get(key);
            if (!list)
                return;
            list.sort((a, b) => compareGoStrings(names[layer.ids[a]], names[layer.ids[b]]));
            for (const k of list) {
                if (layer.leaf[k])
                    out.push(k);
                else
                    visit(k);
            }
        };
        visit(-1);
        return out;
    }
}
/** dive's Analyze over the layers in manifest order. */
function diveFigures(listings, indexed = indexLayers(listings)) {
    const { index } = indexed;
    const analysis = new DiveAnalysis(listings, indexed);
    const trees = analysis.layers;
    // Per path, by key: the path id; a bare `.wh.` (Path() "<dir>/") gets its own key, size + its id.
    const n = index.size;
    const count = new Int32Array(2 * n);
    const cumulative = new Float64Array(2 * n);
    const minimum = new Float64Array(2 * n);
    const seen = new Uint8Array(2 * n);
    const touched = [];
    const pathOf = (key) => {
        if (key < n)
            return '/' + index.paths[key];
        const parent = index.parents[key - n];
        return (parent === ROOT ? '' : '/' + index.paths[parent]) + '/';
    };
    trees.forEach((tree, current) => {
        // Resolve every leaf first: a whiteout whose path the stacked lower tree lacks aborts the
        // rest of the layer's visit, and only then does the visiting order matter.
        const keys = new Int32Array(tree.ids.length);
        const sizes = new Float64Array(tree.ids.length);
        let aborts = false;
        for (let k = 0; k < tree.ids.length; k++) {
            if (!tree.leaf[k])
                continue;
            const id = tree.ids[k];
            const name = index.names[id];
            if (!name.startsWith(WHITEOUT)) {
                keys[k] = id;
                sizes[k] = tree.size[k];
                continue;
            }
            const below = analysis.stackedBelow(current);
            const target = name.slice(WHITEOUT.length);
            const parent = index.parents[id];
            let previous;
            if (target === '') {
                // Path() of "<dir>/.wh." is "<dir>/", which GetNode resolves to the directory itself.
                keys[k] = n + id;
                previous = below.present[parent] ? parent : -1;
            }
            else {
                const targetId = index.find(siblingPath(index, id, target));
                keys[k] = targetId;
                previous = below.present[targetId] ? targetId : -1;
            }
            if (previous < 0) {
                sizes[k] = -1;
                aborts = true;
            }
            else {
                sizes[k] = below.isDir[previous] ? analysis.subtreeSize(previous) : 0;
            }
        }
        const order = aborts ? analysis.sortedLeaves(tree) : tree.ids.map((_, k) => k).filter((k) => tree.leaf[k]);
        for (const k of order) {
            const key = keys[k];
            if (!seen[key]) {
                seen[key] = 1;
                minimum[key] = -1;
                touched.push(key);
            }
            const size = sizes[k];
            if (size < 0)
                break; // VisitAborted: the path was counted as seen, with no copy
            cumulative[key] += size;
            if (minimum[key] < 0 || size < minimum[key])
                minimum[key] = size;
            count[key]++;
        }
    });
    let minimumSum = 0;
    let discovered = 0;
    let wastedBytes = 0;
    const inefficient = [];
    for (const key of touched) {
        minimumSum += minimum[key];
        discovered += cumulative[key];
        if (count[key] >= 2) {
            wastedBytes += cumulative[key];
            inefficient.push(key);
        }
    }
    const efficiency = discovered === 0 ? 1 : minimumSum / discovered;
    let sizeBytes = 0;
    let userSizeBytes = 0;
    trees.forEach((tree, i) => {
        sizeBytes += tree.fileSize;
        if (i !== 0)
            userSizeBytes += tree.fileSize;
    });
    const percent = wastedBytes / userSizeBytes; // Go float division: 0/0 is NaN, which JSON cannot hold
    return {
        efficiency,
        wastedBytes,
        userWastedPercent: Number.isFinite(percent) ? percent : null,
        sizeBytes,
        userSizeBytes,
        inefficientFiles: inefficient
            .map((key) => ({ path: pathOf(key), count: count[key], bytes: cumulative[key] }))
            .sort((a, b) => b.bytes - a.bytes || compareGoStrings(a.path, b.path))
            .slice(0, 20),
    };
}

;// CONCATENATED MODULE: ./src/analysis/whiteouts.ts
// Applies layers one over the other the way overlay-style stores do (OCI image-spec
// "Applying Changesets"): a whiteout `.wh.<name>` hides a lower path and everything under
// it, an opaque marker `.wh..wh..opq` hides everything a lower layer had under its
// directory, and a later entry at the same path replaces the lower copy (a non-directory
// over a directory hides the whole lower subtree). Every file copy that ends up hidden is
// recorded once, with the layer that added it and the layer that hid it: these are the
// bytes that can really be reclaimed. The copy still visible at the end never counts.


function isMetadataCopy(lower, upper) {
    return (lower.kind === 'file' &&
        upper.kind === 'file' &&
        lower.size === upper.size &&
        (lower.mode !== upper.mode || lower.uid !== upper.uid || lower.gid !== upper.gid));
}
/**
 * The overlay state lives in arrays indexed by path id (paths.ts): whether a path exists,
 * the entry visible there and the layer that wrote it. A path exists only while its parent
 * does (hiding a directory clears its whole subtree), so a lookup is one array read.
 */
function applyLayers(listings, indexed = indexLayers(listings)) {
    const { index, ids } = indexed;
    const { names, parents, firstChild, nextSibling } = index;
    const present = new Uint8Array(index.size);
    const writtenIn = new Int32Array(index.size).fill(-1);
    const entries = new Array(index.size);
    present[ROOT] = 1;
    const hidden = [];
    const record = (id, layer, how, upper) => {
        const entry = entries[id];
        if (!entry || writtenIn[id] >= layer)
            return;
        const bytes = entryDiskBytes(entry);
        if (bytes === 0)
            return;
        hidden.push({
            path: '/' + entry.path,
            bytes,
            addedLayer: writtenIn[id],
            hiddenLayer: layer,
            how,
            metadataOnly: how === 'replaced' && upper !== undefined && isMetadataCopy(entry, upper),
        });
    };
    const hideSubtree = (id, layer, how) => {
        record(id, layer, how);
        present[id] = 0;
        entries[id] = undefined;
        hideChildren(id, layer, how);
    };
    const hideChildren = (id, layer, how) => {
        for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
            if (present[child])
                hideSubtree(child, layer, how);
    };
    const ancestors = [];
    listings.forEach((listing, layer) => {
        const layerIds = ids[layer];
        // Deletions first: a layer's whiteouts and opaque markers hide only what lower layers had.
        for (let i = 0; i < listing.length; i++) {
            const id = layerIds[i];
            const name = names[id];
            if (!name.startsWith(WHITEOUT_PREFIX))
                continue;
            const parent = parents[id];
            if (name === OPAQUE_MARKER) {
                if (present[parent])
                    hideChildren(parent, layer, 'removed');
                continue;
            }
            // Other aufs metadata (.wh..wh.plnk), and a bare `.wh.` that names nothing.
            if (name.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX) || name === WHITEOUT_PREFIX)
                continue;
            const target = index.find(siblingPath(index, id, name.slice(WHITEOUT_PREFIX.length)));
            if (target !== undefined && present[target])
                hideSubtree(target, layer, 'removed');
        }
        for (let i = 0; i < listing.length; i++) {
            const entry = listing[i];
            const id = layerIds[i];
            if (id === ROOT || names[id].startsWith(WHITEOUT_PREFIX))
                continue;
            ancestors.length = 0;
            for (let up = parents[id]; up !== ROOT; up = parents[up])
                ancestors.push(up);
            for (let a = ancestors.length - 1; a >= 0; a--) {
                const dir = ancestors[a];
                if (!present[dir]) {
                    present[dir] = 1;
                    writtenIn[dir] = layer;
                    entries[dir] = undefined;
                }
                else if (entries[dir] && entries[dir].kind !== 'dir' && writtenIn[dir] < layer) {
                    // A lower file or symlink where this layer has a directory: the directory replaces it.
                    record(dir, layer, 'replaced');
                    entries[dir] = undefined;
                }
            }
            if (present[id]) {
                const existing = entries[id];
                if (existing && !(existing.kind === 'dir' && entry.kind === 'dir'))
                    record(id, layer, 'replaced', entry);
                if (entry.kind !== 'dir')
                    hideChildren(id, layer, 'replaced');
            }
            present[id] = 1;
            entries[id] = entry;
            writtenIn[id] = layer;
        }
    });
    return {
        hidden,
        forEachVisible(visit) {
            const walk = (id) => {
                const entry = entries[id];
                if (entry) {
                    const bytes = entryDiskBytes(entry);
                    if (bytes > 0)
                        visit({ path: '/' + entry.path, bytes, layer: writtenIn[id] });
                }
                for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
                    if (present[child])
                        walk(child);
            };
            walk(ROOT);
        },
    };
}

;// CONCATENATED MODULE: ./src/analysis/files.ts
// Builds the report's `files` section from the layer model: hidden copies (what can really
// be reclaimed), the largest of them as items, hints that name the Dockerfile steps and the
// fix, and dive's figures. Layers are named by their `layers` row, never by the filesystem
// layer ordinal, so the section lines up with the table whatever the source.






// Package-manager caches that a RUN leaves behind unless it cleans up in the same step.
const CACHES = [
    { label: 'apt package lists', pattern: /^\/var\/lib\/apt\/lists\/(?!lock$)/, cleanup: '`&& rm -rf /var/lib/apt/lists/*`' },
    { label: 'apt downloaded packages', pattern: /^\/var\/cache\/apt\/(archives\/.*\.deb$|[^/]+\.bin$)/, cleanup: '`&& apt-get clean`' },
    { label: 'apk cache', pattern: /^\/(var\/cache\/apk|etc\/apk\/cache)\//, cleanup: '`apk add --no-cache` (or `&& rm -rf /var/cache/apk/*`)' },
    { label: 'pip cache', pattern: /^\/(root|home\/[^/]+)\/\.cache\/pip\//, cleanup: '`pip install --no-cache-dir` (or `&& rm -rf ~/.cache/pip`)' },
    { label: 'npm cache', pattern: /^\/(root|home\/[^/]+)\/\.npm\/_cacache\//, cleanup: '`&& npm cache clean --force`' },
    { label: 'yarn cache', pattern: /^\/(usr\/local\/share\/\.cache\/yarn|(root|home\/[^/]+)\/\.cache\/yarn)\//, cleanup: '`&& yarn cache clean`' },
    { label: 'Go build cache', pattern: /^\/(root|home\/[^/]+)\/\.cache\/go-build\//, cleanup: '`&& go clean -cache` (or a `RUN --mount=type=cache,target=/root/.cache/go-build`)' },
];
/**
 * Filesystem layers that came with the base image: up to the last layer made by a root
 * filesystem import (`ADD file:<sha> in /`, `Imported from -`), else the first layer (as dive
 * counts "user" bytes). History does not mark where FROM ended, so this is a heuristic.
 */
function baseLayerCount(rows) {
    let layers = 0;
    let base = 1;
    for (const row of rows) {
        if (row.empty)
            continue;
        layers++;
        if (/^Imported from/.test(row.comment ?? '') || /^ADD file:[0-9a-f]+ in \/\s*$/.test(row.createdBy))
            base = layers;
    }
    return Math.min(base, layers);
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function describeRow(row) {
    const text = row.createdBy || (row.comment ? `(${row.comment})` : '(base layer)');
    return `row ${row.index} (${(0,report_text/* cut */.Jj)(text, 70)})`;
}
/** The `files` section for a report whose non-empty rows are one-to-one with `listings`. */
function analyzeFiles(rows, listings, options = {}) {
    const units = options.units ?? 'si';
    const rowOf = rows.filter((row) => !row.empty).map((row) => row.index);
    if (rowOf.length !== listings.length) {
        throw new errors/* InputError */.d(`the image history names ${rowOf.length} layers but the image has ${listings.length}`);
    }
    const baseLayers = options.baseLayers ?? baseLayerCount(rows);
    // Both analyses keep their state in arrays over the same interned paths.
    const indexed = indexLayers(listings);
    const dive = diveFigures(listings, indexed);
    const applied = applyLayers(listings, indexed);
    const hidden = applied.hidden;
    const reclaimableBytes = hidden.reduce((sum, copy) => sum + copy.bytes, 0);
    const layerBytes = rows.reduce((sum, row) => sum + row.sizeBytes, 0);
    const sorted = [...hidden].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.addedLayer - b.addedLayer));
    const items = sorted.slice(0, options.maxItems ?? 100).map((copy) => ({
        path: copy.path,
        bytes: copy.bytes,
        addedIn: rowOf[copy.addedLayer],
        ...(copy.how === 'removed' ? { removedIn: rowOf[copy.hiddenLayer] } : { replacedIn: rowOf[copy.hiddenLayer] }),
    }));
    const hints = [];
    const groups = new Map();
    for (const copy of sorted) {
        const kind = copy.how === 'removed' ? 'deleted-later' : copy.metadataOnly ? 'metadata-copy' : 'replaced-later';
        const key = `${kind} ${copy.addedLayer} ${copy.hiddenLayer}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { kind, copies: [] }));
        group.copies.push(copy);
    }
    for (const { kind, copies } of groups.values()) {
        const added = rows[rowOf[copies[0].addedLayer]];
        const hider = rows[rowOf[copies[0].hiddenLayer]];
        const bytes = copies.reduce((sum, copy) => sum + copy.bytes, 0);
        const what = `${plural(copies.length, 'file')} (${(0,report_units/* formatBytes */.z)(bytes, units)})`;
        const base = copies[0].addedLayer < baseLayers;
        let message;
        if (kind === 'deleted-later') {
            message = `${describeRow(hider)} deletes ${what} that ${describeRow(added)} added; the bytes stay in row ${added.index}'s layer. Add and delete them in one RUN, or build in a separate stage and COPY only the result.`;
        }
        else if (kind === 'metadata-copy') {
            message = `${describeRow(hider)} only changes the mode or owner of ${what} from ${describeRow(added)}, which copies them whole into a new layer. Use COPY --chmod/--chown, or set modes and owners in the step that creates them.`;
        }
        else {
            message = `${describeRow(hider)} overwrites ${what} that ${describeRow(added)} added; the old copies stay in row ${added.index}'s layer. Write the final version once, in one step.`;
        }
        if (base)
            message = `(base image) ${message}`;
        hints.push({
            kind,
            layers: [added.index, hider.index],
            bytes,
            files: copies.length,
            message,
            ...(base ? { base: true } : {}),
            examples: copies.slice(0, 3).map((copy) => copy.path),
        });
    }
    // Caches left in the final filesystem, by the layer that wrote them.
    const cacheGroups = new Map();
    applied.forEachVisible((copy) => {
        const cache = CACHES.find((c) => c.pattern.test(copy.path));
        if (!cache)
            return;
        const key = `${cache.label} ${copy.layer}`;
        let group = cacheGroups.get(key);
        if (!group)
            cacheGroups.set(key, (group = { cache, layer: copy.layer, bytes: 0, files: 0, examples: [] }));
        group.bytes += copy.bytes;
        group.files++;
        group.examples.push({ path: copy.path, bytes: copy.bytes });
    });
    for (const group of cacheGroups.values()) {
        const row = rows[rowOf[group.layer]];
        const base = group.layer < baseLayers;
        const message = `${base ? '(base image) ' : ''}${describeRow(row)} leaves ${(0,report_units/* formatBytes */.z)(group.bytes, units)} of ${group.cache.label} (${plural(group.files, 'file')}) in the image. Clean up in the same RUN: ${group.cache.cleanup}.`;
        hints.push({
            kind: 'package-cache',
            layers: [row.index],
            bytes: group.bytes,
            files: group.files,
            message,
            ...(base ? { base: true } : {}),
            examples: group.examples
                .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1))
                .slice(0, 3)
                .map((e) => e.path),
        });
    }
    hints.sort((a, b) => Number(a.base ?? false) - Number(b.base ?? false) || b.bytes - a.bytes || a.layers[0] - b.layers[0] || (a.layers[1] ?? 0) - (b.layers[1] ?? 0));
    return {
        reclaimableBytes,
        efficiency: layerBytes > 0 ? 1 - reclaimableBytes / layerBytes : 1,
        items,
        itemCount: hidden.length,
        hints,
        dive,
    };
}

// EXTERNAL MODULE: ./src/image/docker.ts
var docker = __webpack_require__(9261);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/image/engine-export.ts
// An engine image's `docker save` archive, streamed to a consumer chunk by chunk: straight
// from the engine's API (`GET /images/get`, the endpoint `docker save` itself calls) when the
// engine listens on a plain unix or tcp socket, else through the docker CLI.
//
// Why not always the CLI: with the CLI every byte of the archive is copied once more, from
// the engine into the CLI and from the CLI through a pipe into us. Measured on a 727 MB image
// (bench/files.mjs): `docker save | cat > /dev/null` takes 1.13x `docker save > /dev/null`
// before any analysis, so "at most 1.1x docker save" cannot be met that way; read from the
// engine's socket it takes 1.0x. And a stream or pipe read by Node allocates a new buffer
// for every read, which for hundreds of MB is what set the peak memory; here every read goes
// into one buffer (net.Socket `onread`, Node's API for that), so a chunk handed to the
// consumer is valid only during the call and the consumer copies whatever it keeps.
//
// The HTTP/1.1 response (status line, headers, chunked or sized body) is parsed here by hand
// because Node's http client cannot read into a caller's buffer (it allocates per read: 150
// MB peak on the same image, against 55 MB). Which engine: the docker CLI's own order
// (DOCKER_CONTEXT, then DOCKER_HOST, then the config's currentContext, then the default
// socket); endpoints that need TLS or ssh, or a client other than docker
// (IMAGE_SIZE_BUDGET_DOCKER), go through the CLI, which knows how to reach them.







/**
 * The engine's address when it can be opened as a plain socket, the way the docker CLI picks
 * it; undefined when only the CLI can reach it (TLS, ssh, a context we cannot read, another
 * client) or when IMAGE_SIZE_BUDGET_ENGINE_EXPORT=cli asks for the CLI.
 */
function engineEndpoint(env = process.env) {
    if (env.IMAGE_SIZE_BUDGET_ENGINE_EXPORT === 'cli')
        return undefined;
    if (env.IMAGE_SIZE_BUDGET_DOCKER && external_node_path_default().basename(env.IMAGE_SIZE_BUDGET_DOCKER) !== 'docker')
        return undefined;
    const configDir = env.DOCKER_CONFIG || external_node_path_default().join((0,external_node_os_.homedir)(), '.docker');
    // docker/cli cli/command/cli.go resolveContextName: DOCKER_CONTEXT, then DOCKER_HOST (the
    // default context), then the config file's currentContext.
    let context = env.DOCKER_CONTEXT;
    if (!context && env.DOCKER_HOST)
        return parseHost(env.DOCKER_HOST, env.DOCKER_TLS_VERIFY);
    if (!context) {
        try {
            const config = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(configDir, 'config.json'), 'utf8'));
            if (typeof config.currentContext === 'string')
                context = config.currentContext;
        }
        catch {
            // no config file: the default context
        }
    }
    if (!context || context === 'default')
        return parseHost(env.DOCKER_HOST || 'unix:///var/run/docker.sock', env.DOCKER_TLS_VERIFY);
    // A named context: contexts/meta/<sha256 of the name>/meta.json; its TLS material, if any, under contexts/tls/.
    const id = (0,external_node_crypto_.createHash)('sha256').update(context).digest('hex');
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(configDir, 'contexts', 'tls', id)))
        return undefined;
    try {
        const meta = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(configDir, 'contexts', 'meta', id, 'meta.json'), 'utf8'));
        const host = meta.Endpoints?.docker?.Host;
        return typeof host === 'string' ? parseHost(host, undefined) : undefined;
    }
    catch {
        return undefined;
    }
}
function parseHost(host, tlsVerify) {
    if (host.startsWith('unix://'))
        return { socketPath: host.slice('unix://'.length) };
    const tcp = /^tcp:\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(host);
    if (tcp && !tlsVerify)
        return { host: tcp[1].replace(/^\[|\]$/g, ''), port: Number(tcp[2] ?? 2375) };
    return undefined;
}
/**
 * Streams the `docker save` archive of `ref` into `consume`, in order; when `consume`
 * returns a promise, reading pauses until it settles. Resolves when the archive has ended or
 * the export failed (see ExportResult); rejects only when docker cannot be run at all.
 */
async function exportImage(ref, consume) {
    const endpoint = engineEndpoint();
    if (endpoint) {
        const socket = await engine_export_open(endpoint).catch((error) => {
            // Nothing listens there: the CLI says what is wrong in its own words (or knows better).
            log/* log */.R.debug(`engine export: cannot open ${describe(endpoint)} (${error.code ?? error.message}); using docker save`);
            return undefined;
        });
        if (socket)
            return { via: 'api', ...(await readExport(socket, ref, consume)) };
    }
    const result = await (0,docker/* streamDocker */.rb)(['save', ref], consume);
    const stopped = result.consumeError !== undefined ? { consumeError: result.consumeError } : {};
    // Stopped by the consumer, docker may still complain (a broken pipe): the consumer's reason is the one that counts.
    if (result.exitCode === 0 || result.consumeError !== undefined)
        return { via: 'cli', ...stopped };
    const message = result.stderr.trim() || `docker save exited with code ${result.exitCode}`;
    return {
        via: 'cli',
        failure: {
            message,
            notFound: /No such image|not found|reference does not exist/i.test(message),
            noEngine: /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i.test(message),
        },
    };
}
const describe = (endpoint) => ('socketPath' in endpoint ? `unix://${endpoint.socketPath}` : `tcp://${endpoint.host}:${endpoint.port}`);
const READ_BUFFER_BYTES = 256 * 1024;
const HEAD_LIMIT = 64 * 1024;
function engine_export_open(endpoint) {
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    const onRead = { callback: () => true };
    return new Promise((resolve, reject) => {
        const onread = { buffer, callback: (n) => onRead.callback(buffer.subarray(0, n)) };
        const socket = 'socketPath' in endpoint ? (0,external_node_net_.connect)({ path: endpoint.socketPath, onread }) : (0,external_node_net_.connect)({ host: endpoint.host, port: endpoint.port, onread });
        socket.once('error', reject);
        socket.once('connect', () => {
            socket.off('error', reject);
            socket.pause();
            resolve({ socket, onRead });
        });
    });
}
/** One HTTP/1.1 exchange: the request, then the response parsed from each read as it comes. */
function readExport({ socket, onRead }, ref, consume) {
    return new Promise((resolve) => {
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            socket.destroy();
            resolve(result);
        };
        const fail = (message, notFound = false) => finish({ failure: { message, notFound, noEngine: false } });
        let head = Buffer.alloc(0);
        let status = 0;
        let body;
        let errorBody;
        let errorBytes = 0;
        const onBody = (data) => {
            if (errorBody) {
                if (errorBytes < HEAD_LIMIT)
                    errorBody.push(Buffer.from(data));
                errorBytes += data.length;
                return;
            }
            return consume(data);
        };
        const ended = () => {
            if (errorBody) {
                const text = Buffer.concat(errorBody).toString('utf8');
                let message = text.trim();
                try {
                    const parsed = JSON.parse(text);
                    if (typeof parsed.message === 'string')
                        message = parsed.message;
                }
                catch {
                    // not JSON: the text as it is
                }
                return fail(message || `the engine answered HTTP ${status}`, status === 404);
            }
            finish({});
        };
        /** Handles bytes [from, chunk.length) of a read; returns false to pause the socket. */
        const handle = (chunk, from) => {
            let pos = from;
            if (head !== undefined) {
                // Headers are small and may span reads: they are the only bytes copied.
                head = Buffer.concat([head, chunk.subarray(pos)]);
                const end = head.indexOf('\r\n\r\n');
                if (end < 0) {
                    if (head.length > HEAD_LIMIT)
                        fail('the engine sent an HTTP response without an end of headers');
                    return true;
                }
                const parsed = parseHead(head.subarray(0, end).toString('latin1'));
                if (!parsed) {
                    fail(`the engine's answer is not HTTP: ${JSON.stringify(head.subarray(0, 80).toString('latin1'))}`);
                    return false;
                }
                status = parsed.status;
                if (status !== 200)
                    errorBody = [];
                body = parsed.chunked ? new ChunkedBody(onBody) : new SizedBody(onBody, parsed.length);
                const rest = head.subarray(end + 4);
                head = undefined;
                chunk = rest;
                pos = 0;
            }
            try {
                const pending = body.feed(chunk, pos);
                if (body.done) {
                    if (pending)
                        pending.then(ended, (error) => finish({ consumeError: error }));
                    else
                        ended();
                    return false;
                }
                if (!pending)
                    return true;
                pending.then(() => {
                    if (settled)
                        return;
                    // The rest of this read may have held the body's end.
                    if (body.done)
                        ended();
                    else
                        socket.resume();
                }, (error) => finish({ consumeError: error }));
                return false;
            }
            catch (error) {
                if (error instanceof HttpBodyError)
                    fail(error.message);
                else
                    finish({ consumeError: error });
                return false;
            }
        };
        onRead.callback = (chunk) => !settled && handle(chunk, 0);
        socket.on('error', (error) => fail(`reading the image from the engine failed: ${error.message}`));
        socket.on('close', () => fail('the engine closed the connection before the archive was complete'));
        socket.on('end', () => {
            if (settled)
                return;
            if (body && body.endsAtClose)
                return ended();
            fail(head !== undefined ? 'the engine closed the connection without an answer' : 'the engine ended the export before the archive was complete');
        });
        socket.write(`GET /images/get?names=${encodeURIComponent(ref)} HTTP/1.1\r\nHost: docker\r\nUser-Agent: image-size-budget\r\nAccept: application/x-tar\r\nConnection: close\r\n\r\n`);
        socket.resume();
    });
}
function parseHead(text) {
    const lines = text.split('\r\n');
    const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0]);
    if (!statusLine)
        return undefined;
    let chunked = false;
    let length;
    for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'transfer-encoding' && /chunked/i.test(value))
            chunked = true;
        if (name === 'content-length' && /^\d+$/.test(value))
            length = Number(value);
    }
    return { status: Number(statusLine[1]), chunked, ...(length !== undefined ? { length } : {}) };
}
class HttpBodyError extends Error {
}
/** A body with a Content-Length, or one that runs to the end of the connection. */
class SizedBody {
    onData;
    remaining;
    constructor(onData, length) {
        this.onData = onData;
        this.remaining = length ?? Infinity;
    }
    get done() {
        return this.remaining === 0;
    }
    get endsAtClose() {
        return this.remaining === Infinity;
    }
    feed(chunk, from) {
        const n = Math.min(chunk.length - from, this.remaining);
        if (n <= 0)
            return;
        this.remaining -= n;
        return this.onData(chunk.subarray(from, from + n));
    }
}
/** Transfer-Encoding: chunked (RFC 9112 section 7.1): `<hex size>[;ext]\r\n<data>\r\n`, … `0\r\n<trailers>\r\n`. */
class ChunkedBody {
    onData;
    state = 'size';
    line = '';
    remaining = 0;
    endsAtClose = false;
    constructor(onData) {
        this.onData = onData;
    }
    get done() {
        return this.state === 'done';
    }
    feed(chunk, from) {
        let pos = from;
        while (pos < chunk.length && this.state !== 'done') {
            if (this.state === 'data') {
                const n = Math.min(this.remaining, chunk.length - pos);
                this.remaining -= n;
                const part = chunk.subarray(pos, pos + n);
                pos += n;
                if (this.remaining === 0)
                    this.state = 'data-end';
                const pending = this.onData(part);
                if (pending)
                    return pending.then(() => this.feed(chunk, pos));
                continue;
            }
            // Size lines, the CRLF after data and trailer lines: read up to the next LF.
            const lf = chunk.indexOf(0x0a, pos);
            const end = lf < 0 ? chunk.length : lf;
            this.line += chunk.toString('latin1', pos, end);
            if (this.line.length > 4096)
                throw new HttpBodyError('the engine sent a malformed chunked body (a line too long)');
            pos = end;
            if (lf < 0)
                break;
            pos++;
            const line = this.line.replace(/\r$/, '');
            this.line = '';
            if (this.state === 'data-end') {
                if (line !== '')
                    throw new HttpBodyError('the engine sent a malformed chunked body (data longer than its chunk size)');
                this.state = 'size';
            }
            else if (this.state === 'size') {
                const size = /^([0-9a-fA-F]{1,12})(?:;.*)?$/.exec(line.trim());
                if (!size)
                    throw new HttpBodyError(`the engine sent a malformed chunked body (chunk size ${JSON.stringify(line.slice(0, 20))})`);
                this.remaining = parseInt(size[1], 16);
                this.state = this.remaining === 0 ? 'trailer' : 'data';
            }
            else if (this.state === 'trailer' && line === '') {
                this.state = 'done';
            }
        }
    }
}

// EXTERNAL MODULE: ./src/image/history.ts
var image_history = __webpack_require__(673);
;// CONCATENATED MODULE: ./src/image/archive/image.ts
// Finds the image in an archive and turns it into the same ImageReport the engine source
// gives, plus each layer's listing. Layer order comes from the manifest, never from the
// order of blobs: `manifest.json` (docker-archive, legacy or Docker 25+, kaniko) when there
// is one, else `index.json` → index → manifest (OCI layout), choosing by platform.
// Rows come from the config's history (`empty_layer`), sizes from the listings counted as
// the engine's store counts them (../shared/notes/docker-formats.md, parts A and C).




const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
const MANIFEST_TYPES = new Set(['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json']);
async function readJson(source, name, what) {
    if (!source.has(name))
        throw new errors/* InputError */.d(`${source.label}: the ${what} ${name} is missing from the archive`);
    const data = await source.read(name);
    try {
        return JSON.parse(data.toString('utf8'));
    }
    catch {
        throw new errors/* InputError */.d(`${source.label}: the ${what} ${name} is not valid JSON`);
    }
}
function blobName(digest, source, what) {
    const match = typeof digest === 'string' ? /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(digest) : null;
    if (!match)
        throw new errors/* InputError */.d(`${source.label}: the ${what} has no valid digest (${JSON.stringify(digest)})`);
    return `blobs/${match[1]}/${match[2]}`;
}
function formatPlatform(p) {
    return [p?.os, p?.architecture, p?.variant].filter(Boolean).join('/');
}
function platformMatches(wanted, actual) {
    const [os, arch, variant] = wanted.split('/');
    const [aos, aarch, avariant] = actual.split('/');
    return os === aos && (arch === undefined || arch === aarch) && (variant === undefined || variant === avariant);
}
function hostPlatform() {
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x' }[process.arch] ?? process.arch;
    return `linux/${arch}`;
}
function isArray(value) {
    return Array.isArray(value);
}
async function locateFromManifestJson(source, options) {
    const manifest = await readJson(source, 'manifest.json', 'manifest');
    if (!isArray(manifest) || manifest.length === 0)
        throw new errors/* InputError */.d(`${source.label}: manifest.json holds no image`);
    const entries = manifest.map((entry, i) => {
        const e = (entry ?? {});
        if (typeof e.Config !== 'string' || !isArray(e.Layers) || !e.Layers.every((l) => typeof l === 'string')) {
            throw new errors/* InputError */.d(`${source.label}: manifest.json entry ${i} lacks a Config name or a Layers list`);
        }
        const tags = isArray(e.RepoTags) ? e.RepoTags.filter((t) => typeof t === 'string') : [];
        return { configName: e.Config, layerNames: e.Layers, ref: tags[0] };
    });
    const warnings = [];
    let chosen = entries[0];
    if (entries.length > 1) {
        if (options.platform) {
            const found = [];
            for (const entry of entries) {
                const config = (await readJson(source, entry.configName, 'image config'));
                if (platformMatches(options.platform, formatPlatform(config)))
                    found.push(entry);
            }
            if (found.length === 0)
                throw new errors/* InputError */.d(`${source.label}: no image in manifest.json is for platform ${options.platform}`);
            chosen = found[0];
        }
        else {
            warnings.push(`the archive holds ${entries.length} images; read the first (${chosen.ref ?? chosen.configName})`);
        }
    }
    return { ...chosen, warnings };
}
async function locateFromIndex(source, options) {
    const candidates = [];
    const walk = async (name, depth, ref) => {
        if (depth > 4)
            throw new errors/* InputError */.d(`${source.label}: image indexes nest too deep`);
        const index = (await readJson(source, name, 'image index'));
        if (!index || !isArray(index.manifests))
            throw new errors/* InputError */.d(`${source.label}: ${name} has no "manifests" list`);
        for (const item of index.manifests) {
            const descriptor = (item ?? {});
            if (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')
                continue;
            const childRef = descriptor.annotations?.['io.containerd.image.name'] ?? descriptor.annotations?.['org.opencontainers.image.ref.name'] ?? ref;
            let type = descriptor.mediaType;
            if (!type || (!INDEX_TYPES.has(type) && !MANIFEST_TYPES.has(type))) {
                // Untyped descriptor: look at the blob.
                const blob = (await readJson(source, blobName(descriptor.digest, source, 'manifest descriptor'), 'manifest'));
                type = isArray(blob?.manifests) ? [...INDEX_TYPES][0] : isArray(blob?.layers) ? [...MANIFEST_TYPES][0] : undefined;
                if (!type)
                    continue;
            }
            if (INDEX_TYPES.has(type))
                await walk(blobName(descriptor.digest, source, 'index descriptor'), depth + 1, childRef);
            else
                candidates.push({ descriptor, platform: formatPlatform(descriptor.platform), ref: childRef });
        }
    };
    await walk('index.json', 0, undefined);
    if (candidates.length === 0)
        throw new errors/* InputError */.d(`${source.label}: index.json names no image manifest`);
    const warnings = [];
    let chosen = candidates[0];
    if (candidates.length > 1 || options.platform) {
        const wanted = options.platform;
        const matching = wanted ? candidates.filter((c) => !c.platform || platformMatches(wanted, c.platform)) : candidates.filter((c) => c.platform === hostPlatform());
        const platforms = [...new Set(candidates.map((c) => c.platform || 'unknown'))].join(', ');
        if (matching.length === 0) {
            throw new errors/* InputError */.d(wanted
                ? `${source.label}: no image for platform ${wanted}; the index has ${platforms}`
                : `${source.label}: the index holds images for ${platforms}; choose one with --platform`);
        }
        chosen = matching[0];
        if (!wanted)
            warnings.push(`the index holds several images (${platforms}); read the one for this host, ${hostPlatform()}`);
    }
    const manifest = (await readJson(source, blobName(chosen.descriptor.digest, source, 'manifest descriptor'), 'image manifest'));
    if (!manifest?.config || !isArray(manifest.layers))
        throw new errors/* InputError */.d(`${source.label}: the image manifest has no config or layers`);
    return {
        configName: blobName(manifest.config.digest, source, 'config descriptor'),
        layerNames: manifest.layers.map((layer, i) => blobName(layer?.digest, source, `layer descriptor ${i}`)),
        ref: chosen.ref,
        warnings,
    };
}
function historyRows(config, layerBytes, label) {
    const diffIds = config.rootfs?.diff_ids ?? [];
    const history = isArray(config.history) ? config.history : [];
    if (diffIds.length !== layerBytes.length) {
        throw new errors/* InputError */.d(`${label}: the image config lists ${diffIds.length} layer diff_ids but the manifest names ${layerBytes.length} layers`);
    }
    if (history.length === 0) {
        // History is optional in the image spec: one unnamed row per layer.
        return layerBytes.map((sizeBytes, index) => ({ index, instruction: '', createdBy: '', sizeBytes, empty: false, ...(diffIds[index] ? { diffId: diffIds[index] } : {}) }));
    }
    const nonEmpty = history.filter((h) => !h?.empty_layer).length;
    if (nonEmpty !== layerBytes.length) {
        throw new errors/* InputError */.d(`${label}: the image history names ${nonEmpty} layers but the image has ${layerBytes.length}; the archive is inconsistent`);
    }
    let layer = 0;
    return history.map((h, index) => {
        const entry = h ?? {};
        const empty = !!entry.empty_layer;
        const step = (0,image_history/* parseCreatedBy */.JG)(typeof entry.created_by === 'string' ? entry.created_by : '', typeof entry.comment === 'string' ? entry.comment : '');
        const row = { index, instruction: step.instruction, createdBy: step.createdBy, sizeBytes: empty ? 0 : layerBytes[layer], empty };
        if (step.buildArgs)
            row.buildArgs = step.buildArgs;
        if (typeof entry.created === 'string')
            row.createdAt = entry.created;
        if (typeof entry.comment === 'string' && entry.comment)
            row.comment = entry.comment;
        if (!empty && diffIds[layer])
            row.diffId = diffIds[layer];
        if (!empty)
            layer++;
        return row;
    });
}
/** Reads the image an archive source holds: the report (rows and sizes) and every layer's listing. */
async function readImageFromSource(source, options = {}) {
    const located = source.has('manifest.json')
        ? await locateFromManifestJson(source, options)
        : source.has('index.json')
            ? await locateFromIndex(source, options)
            : undefined;
    if (!located) {
        throw new errors/* InputError */.d(`${source.label} is neither a docker-archive (no manifest.json) nor an OCI layout (no index.json)`);
    }
    const configBytes = await source.read(located.configName).catch((error) => {
        if (!source.has(located.configName))
            throw new errors/* InputError */.d(`${source.label}: the image config ${located.configName} is missing from the archive`);
        throw error;
    });
    let config;
    try {
        config = JSON.parse(configBytes.toString('utf8'));
        if (!config || typeof config !== 'object')
            throw new Error('not an object');
    }
    catch {
        throw new errors/* InputError */.d(`${source.label}: the image config ${located.configName} is not valid JSON`);
    }
    for (const name of located.layerNames) {
        if (!source.has(name))
            throw new errors/* InputError */.d(`${source.label}: the manifest names layer ${name}, which is not in the archive`);
    }
    // A layer that repeats (same diff_id; pre-25 `docker save` links the repeat to the first
    // layer.tar) is read once and shared.
    const diffIds = isArray(config.rootfs?.diff_ids) ? config.rootfs.diff_ids : [];
    const byKey = new Map();
    const listings = [];
    for (const [i, name] of located.layerNames.entries()) {
        const key = typeof diffIds[i] === 'string' ? `diff ${diffIds[i]}` : `name ${name}`;
        let listing = byKey.get(key);
        if (!listing)
            byKey.set(key, (listing = await source.listLayer(name)));
        listings.push(listing);
    }
    const layerBytes = listings.map(layerDiskBytes);
    const layers = historyRows(config, layerBytes, source.label);
    const platform = formatPlatform(config);
    return {
        report: {
            schemaVersion: 1,
            image: {
                ref: options.ref ?? located.ref ?? source.label,
                id: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(configBytes).digest('hex')}`,
                source: 'archive',
                ...(platform ? { platform } : {}),
            },
            totalBytes: layerBytes.reduce((a, b) => a + b, 0),
            layers,
            warnings: located.warnings,
        },
        listings,
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/image/archive/tar.ts
// A hand-written tar header reader: ustar, GNU long names (`././@LongLink` 'L'/'K'), PAX
// 'x'/'g' records (path, linkpath, size) and base-256 numbers. Hand-written, not a library,
// because analysing an image needs only headers: on disk we read a header, then jump over
// the file's contents by offset (positioned reads, no bytes of contents read at all), and in
// a stream we drop content chunks without copying them. Stream libraries (tar-stream,
// node-tar) always pull every content byte through a Readable, which is what the speed
// target forbids. Semantics follow Go's archive/tar (what docker and dive use): header-only
// types carry no data whatever their size field says, a '\0' type with a trailing slash is
// a directory, and the archive ends at the first all-zero block (anything after it, such
// as estargz's trailing index, is ignored).

const BLOCK = 512;
/** A malformed archive. Readers turn it into an InputError naming the file. */
class TarFormatError extends errors/* InputError */.d {
    name = 'TarFormatError';
}
// Go archive/tar isHeaderOnlyType: these never have contents, whatever their size field says.
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);
const META_LIMIT = 1 << 20;
function field(block, offset, length) {
    let end = offset;
    const stop = offset + length;
    while (end < stop && block[end] !== 0)
        end++;
    return block.toString('utf8', offset, end);
}
function fieldBytes(block, offset, length) {
    let end = offset;
    const stop = offset + length;
    while (end < stop && block[end] !== 0)
        end++;
    return end - offset;
}
/** An octal number field, or base-256 (GNU) when the high bit of the first byte is set. */
function parseNumber(block, offset, length, what) {
    const first = block[offset];
    if (first & 0x80) {
        if (first === 0xff)
            throw new TarFormatError(`negative base-256 ${what}`);
        let value = first & 0x7f;
        for (let i = 1; i < length; i++) {
            value = value * 256 + block[offset + i];
            if (value > Number.MAX_SAFE_INTEGER)
                throw new TarFormatError(`${what} too large`);
        }
        return value;
    }
    let i = offset;
    const stop = offset + length;
    while (i < stop && (block[i] === 0x20 || block[i] === 0))
        i++;
    let value = 0;
    let digits = 0;
    for (; i < stop; i++) {
        const c = block[i];
        if (c === 0 || c === 0x20)
            break;
        if (c < 0x30 || c > 0x37)
            throw new TarFormatError(`invalid octal ${what}`);
        value = value * 8 + (c - 0x30);
        digits++;
    }
    return digits === 0 ? 0 : value;
}
function isZeroBlock(block, at = 0) {
    for (let i = at; i < at + BLOCK; i++)
        if (block[i] !== 0)
            return false;
    return true;
}
function checksumOk(block, at) {
    let stored;
    try {
        stored = parseNumber(block, at + 148, 8, 'checksum');
    }
    catch {
        return false;
    }
    // The checksum field itself counts as eight spaces.
    let unsigned = 8 * 0x20;
    for (let i = at; i < at + 148; i++)
        unsigned += block[i];
    for (let i = at + 156; i < at + BLOCK; i++)
        unsigned += block[i];
    if (stored === unsigned)
        return true;
    // Some old tars summed signed bytes.
    let signed = unsigned;
    for (let i = 0; i < BLOCK; i++)
        if ((i < 148 || i >= 156) && block[at + i] > 127)
            signed -= 256;
    return stored === signed;
}
/** True when the block looks like a tar header (valid checksum), used to recognise layer blobs. */
function looksLikeTarHeader(block) {
    if (block.length < BLOCK)
        return false;
    return isZeroBlock(block) || checksumOk(block, 0);
}
function parsePax(data) {
    // Records are "<len> <key>=<value>\n", len counting the whole record in bytes.
    const records = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space < 0)
            throw new TarFormatError('malformed PAX record');
        const length = Number(data.toString('latin1', pos, space));
        if (!Number.isInteger(length) || length <= space - pos || pos + length > data.length)
            throw new TarFormatError('malformed PAX record length');
        const record = data.subarray(space + 1, pos + length - 1);
        const eq = record.indexOf(0x3d);
        if (eq < 0)
            throw new TarFormatError('malformed PAX record');
        records[record.toString('utf8', 0, eq)] = record.toString('utf8', eq + 1);
        pos += length;
    }
    return records;
}
const isMeta = (decoded) => 'meta' in decoded;
/**
 * Turns header blocks into entries, carrying GNU long names and PAX records over to the
 * entry they describe. Shared by the stream parser and the positioned walker.
 */
class HeaderDecoder {
    longName;
    longLink;
    pax;
    global = {};
    globalEmpty = true;
    /** Decodes the header block at `at` in `block` (offsets, not copies: the walker reads headers in place). */
    decode(block, at = 0) {
        if (isZeroBlock(block, at))
            return null;
        if (!checksumOk(block, at))
            throw new TarFormatError('bad header checksum (not a tar archive, or corrupt)');
        let type = String.fromCharCode(block[at + 156]);
        const size = parseNumber(block, at + 124, 12, 'size');
        if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
            if (size > META_LIMIT)
                throw new TarFormatError(`${type} record of ${size} bytes is too large`);
            return { meta: type, dataSize: size };
        }
        let name = field(block, at, 100);
        // POSIX ustar ("ustar\0") has a name prefix; GNU ("ustar  \0") keeps other data there.
        if (block[at + 257] === 0x75 &&
            block[at + 258] === 0x73 &&
            block[at + 259] === 0x74 &&
            block[at + 260] === 0x61 &&
            block[at + 261] === 0x72 &&
            block[at + 262] === 0 &&
            block[at + 345] !== 0) {
            name = `${field(block, at + 345, 155)}/${name}`;
        }
        let linkname = block[at + 157] === 0 ? '' : field(block, at + 157, 100);
        let linkBytes = block[at + 157] === 0 ? 0 : fieldBytes(block, at + 157, 100);
        let fullSize = size;
        let uid;
        let gid;
        if (this.longName !== undefined)
            name = this.longName;
        if (this.longLink !== undefined) {
            linkname = this.longLink;
            linkBytes = Buffer.byteLength(linkname);
        }
        if (this.pax !== undefined || !this.globalEmpty) {
            const pax = { ...this.global, ...this.pax };
            if (pax.path !== undefined)
                name = pax.path;
            if (pax.linkpath !== undefined) {
                linkname = pax.linkpath;
                linkBytes = Buffer.byteLength(linkname);
            }
            if (pax.size !== undefined) {
                const n = Number(pax.size);
                if (!/^\d+$/.test(pax.size) || !Number.isSafeInteger(n))
                    throw new TarFormatError('invalid PAX size');
                fullSize = n;
            }
            if (pax.uid !== undefined)
                uid = Number(pax.uid) || 0;
            if (pax.gid !== undefined)
                gid = Number(pax.gid) || 0;
        }
        this.longName = this.longLink = this.pax = undefined;
        if (type === '\0')
            type = name.endsWith('/') ? '5' : '0';
        return {
            name,
            type,
            size: fullSize,
            dataSize: HEADER_ONLY.has(type) ? 0 : fullSize,
            mode: parseNumber(block, at + 100, 8, 'mode'),
            uid: uid ?? parseNumber(block, at + 108, 8, 'uid'),
            gid: gid ?? parseNumber(block, at + 116, 8, 'gid'),
            linkname,
            linkBytes,
        };
    }
    /** Applies the contents of a 'meta' block (long name, long link, PAX record). */
    meta(type, data) {
        const text = () => {
            const nul = data.indexOf(0);
            return data.toString('utf8', 0, nul < 0 ? data.length : nul);
        };
        if (type === 'L')
            this.longName = text();
        else if (type === 'K')
            this.longLink = text();
        else if (type === 'x')
            this.pax = { ...this.pax, ...parsePax(data) };
        else if (type === 'g') {
            this.global = { ...this.global, ...parsePax(data) };
            this.globalEmpty = Object.keys(this.global).length === 0;
        }
    }
}
const padded = (size) => Math.ceil(size / BLOCK) * BLOCK;
/**
 * A push parser for tar streams: feed it chunks in order. Contents are skipped without
 * copying unless `onEntry` returns a sink. `feed` returns a promise only when a sink (or
 * `onEntryEnd`) did, so a parser whose sinks are synchronous runs without any awaiting.
 */
class TarStreamParser {
    onEntry;
    onEntryEnd;
    decoder = new HeaderDecoder();
    block = Buffer.alloc(BLOCK);
    fill = 0;
    state = 'header';
    remaining = 0;
    pad = 0;
    sink;
    current;
    metaType = '';
    metaParts = [];
    /** Bytes consumed so far, for error messages. */
    offset = 0;
    constructor(onEntry, onEntryEnd) {
        this.onEntry = onEntry;
        this.onEntryEnd = onEntryEnd;
    }
    get done() {
        return this.state === 'done';
    }
    feed(chunk) {
        let pos = 0;
        while (pos < chunk.length && this.state !== 'done') {
            if (this.state === 'header') {
                if (this.pad > 0) {
                    const n = Math.min(this.pad, chunk.length - pos);
                    this.pad -= n;
                    pos += n;
                    this.offset += n;
                    continue;
                }
                const n = Math.min(BLOCK - this.fill, chunk.length - pos);
                chunk.copy(this.block, this.fill, pos, pos + n);
                this.fill += n;
                pos += n;
                this.offset += n;
                if (this.fill < BLOCK)
                    break;
                this.fill = 0;
                const r = this.header();
                if (r)
                    return r.then(() => this.feed(chunk.subarray(pos)));
                continue;
            }
            const n = Math.min(this.remaining, chunk.length - pos);
            const part = chunk.subarray(pos, pos + n);
            this.remaining -= n;
            pos += n;
            this.offset += n;
            let r = undefined;
            if (n > 0) {
                if (this.state === 'meta')
                    this.metaParts.push(Buffer.from(part));
                else if (this.sink)
                    r = this.sink(part);
            }
            if (r) {
                return r.then(() => {
                    const r2 = this.remaining === 0 ? this.finishEntry() : undefined;
                    return r2 ? r2.then(() => this.feed(chunk.subarray(pos))) : this.feed(chunk.subarray(pos));
                });
            }
            if (this.remaining === 0) {
                const r2 = this.finishEntry();
                if (r2)
                    return r2.then(() => this.feed(chunk.subarray(pos)));
            }
        }
    }
    /** feed() for parsers whose sinks are all synchronous. */
    feedSync(chunk) {
        if (this.feed(chunk))
            throw new Error('TarStreamParser.feedSync: a sink returned a promise');
    }
    header() {
        const decoded = this.decoder.decode(this.block);
        if (decoded === null) {
            this.state = 'done';
            return;
        }
        if (isMeta(decoded)) {
            this.state = 'meta';
            this.metaType = decoded.meta;
            this.metaParts = [];
            this.remaining = decoded.dataSize;
            this.pad = padded(decoded.dataSize) - decoded.dataSize;
            return this.remaining === 0 ? this.finishEntry() : undefined;
        }
        const header = decoded;
        this.current = header;
        this.sink = this.onEntry(header);
        this.state = 'data';
        this.remaining = header.dataSize;
        this.pad = padded(header.dataSize) - header.dataSize;
        return this.remaining === 0 ? this.finishEntry() : undefined;
    }
    finishEntry() {
        let r = undefined;
        if (this.state === 'meta')
            this.decoder.meta(this.metaType, Buffer.concat(this.metaParts));
        else if (this.onEntryEnd && this.current)
            r = this.onEntryEnd(this.current);
        this.sink = undefined;
        this.current = undefined;
        this.metaParts = [];
        this.state = 'header';
        return r;
    }
    /** Call at the end of input: a stream cut inside a header or inside contents is truncated. */
    end() {
        if (this.state === 'done')
            return;
        if (this.state === 'header' && this.fill === 0 && this.pad === 0)
            return; // Go accepts a missing end-of-archive marker
        throw new TarFormatError(`truncated: the tar stream ends inside ${this.state === 'header' ? (this.fill ? 'a header' : 'padding') : 'an entry'} at byte ${this.offset}`);
    }
}
/**
 * Walks the tar that occupies bytes [start, end) of a file, reading only headers (and
 * long-name/PAX records) and jumping over contents by offset. `onEntry` gets each entry
 * and the file offset of its contents.
 */
function walkTar(reader, start, end, onEntry) {
    const decoder = new HeaderDecoder();
    let pos = start;
    while (pos < end) {
        if (pos + BLOCK > end)
            throw new TarFormatError(`truncated: a header at byte ${pos - start} runs past the end`);
        const decoded = decoder.decode(reader.window, reader.block(pos));
        pos += BLOCK;
        if (decoded === null)
            return;
        const dataSize = decoded.dataSize;
        if (pos + dataSize > end)
            throw new TarFormatError(`truncated: an entry at byte ${pos - BLOCK - start} runs past the end`);
        if (isMeta(decoded))
            decoder.meta(decoded.meta, reader.at(pos, dataSize));
        else
            onEntry(decoded, pos);
        pos += padded(dataSize);
    }
}

;// CONCATENATED MODULE: ./src/image/archive/layer.ts
// Reads one layer blob into its listing (headers only). The compression is told by the
// first bytes, never by a name: gzip `1f 8b` (estargz too), zstd `28 b5 2f fd`, else tar.
// An uncompressed layer in a file is walked with positioned reads, jumping over contents;
// a compressed one must be inflated, but the inflated contents are dropped as they come.
// Parsing stops at the tar end-of-archive block and ignores whatever follows (estargz's
// index, padding).




function sniffCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd)
        return 'zstd';
    return 'none';
}
function entryFromHeader(header) {
    const path = layerPath(header.name);
    if (path === '')
        return undefined;
    return {
        path,
        kind: entryKind(header.type),
        typeflag: header.type,
        size: header.size,
        mode: header.mode,
        uid: header.uid,
        gid: header.gid,
        linkBytes: header.type === '2' ? header.linkBytes : 0,
    };
}
/** Lists a layer blob stored in a file (a blob file, or a member of an uncompressed archive). */
async function listLayerRegion(region) {
    const head = region.reader.at(region.start, Math.min(512, region.size));
    const compression = sniffCompression(head);
    if (compression === 'none') {
        if (region.size > 0 && !looksLikeTarHeader(region.reader.at(region.start, Math.min(512, region.size)))) {
            throw new TarFormatError('not a tar, gzip or zstd layer');
        }
        const listing = [];
        walkTar(region.reader, region.start, region.start + region.size, (header) => {
            const entry = entryFromHeader(header);
            if (entry)
                listing.push(entry);
        });
        return listing;
    }
    const sink = new LayerSink();
    const stream = (0,external_node_fs_.createReadStream)(region.path, { start: region.start, end: region.start + region.size - 1, highWaterMark: 256 * 1024 });
    try {
        for await (const chunk of stream) {
            const r = sink.write(chunk);
            if (r)
                await r;
            if (sink.finished)
                break;
        }
    }
    finally {
        stream.destroy();
    }
    return sink.end();
}
/**
 * Receives a layer blob chunk by chunk (from a stream or a file) and lists it. Decides the
 * compression once the first bytes are in.
 */
class LayerSink {
    entries = [];
    parser = new TarStreamParser((header) => {
        const entry = entryFromHeader(header);
        if (entry)
            this.entries.push(entry);
        return undefined;
    });
    head = [];
    headBytes = 0;
    mode;
    inflate;
    error;
    inflateEnded;
    /** Bytes received (compressed), for messages. */
    received = 0;
    /** True once the tar end-of-archive was seen: the rest of the blob is not needed. */
    get finished() {
        return this.parser.done;
    }
    write(chunk) {
        this.received += chunk.length;
        if (this.error)
            throw this.error;
        if (this.parser.done)
            return;
        if (this.mode === undefined) {
            // Copied: a streamed chunk's memory is reused once its write has settled.
            this.head.push(Buffer.from(chunk));
            this.headBytes += chunk.length;
            if (this.headBytes < 512)
                return;
            return this.start();
        }
        return this.push(chunk);
    }
    start() {
        const head = Buffer.concat(this.head);
        this.head = [];
        this.mode = sniffCompression(head);
        if (this.mode === 'none' && !looksLikeTarHeader(head))
            throw new TarFormatError('not a tar, gzip or zstd layer');
        if (this.mode !== 'none') {
            const inflate = this.mode === 'gzip' ? external_node_zlib_default().createGunzip() : external_node_zlib_default().createZstdDecompress();
            this.inflate = inflate;
            inflate.on('data', (data) => {
                if (this.parser.done || this.error)
                    return;
                try {
                    this.parser.feedSync(data);
                }
                catch (error) {
                    this.error = error;
                }
            });
            this.inflateEnded = new Promise((resolve) => {
                inflate.on('end', () => resolve());
                inflate.on('error', (error) => {
                    // Bytes after the tar's end (estargz's index, padding) are not ours to judge.
                    if (!this.parser.done && !this.error)
                        this.error = new TarFormatError(`${this.mode} data is corrupt: ${error.message}`);
                    resolve();
                });
            });
        }
        return this.push(head);
    }
    push(chunk) {
        if (!this.inflate) {
            this.parser.feedSync(chunk);
            return;
        }
        // zlib reads its input later, on the thread pool: give it a copy the caller cannot reuse.
        if (!this.inflate.write(Buffer.from(chunk))) {
            const inflate = this.inflate;
            return new Promise((resolve) => {
                const done = () => {
                    inflate.off('drain', done);
                    inflate.off('close', done);
                    resolve();
                };
                inflate.on('drain', done);
                inflate.on('close', done);
            }).then(() => {
                if (this.error)
                    throw this.error;
            });
        }
    }
    /** Ends the blob and returns its listing; a blob cut short is an error. */
    async end() {
        if (this.mode === undefined && !this.error) {
            if (this.headBytes === 0)
                return this.entries; // an empty blob: no entries
            const r = this.start();
            if (r)
                await r;
        }
        if (this.inflate) {
            if (this.parser.done)
                this.inflate.destroy();
            else {
                this.inflate.end();
                await this.inflateEnded;
            }
        }
        if (this.error)
            throw this.error;
        this.parser.end();
        return this.entries;
    }
}

;// CONCATENATED MODULE: ./src/image/archive/source.ts
// Where the members of an image archive come from, behind one interface: an uncompressed
// tar file on disk (indexed by its headers, members read by offset), a directory (an OCI
// layout or an unpacked docker-archive), or a stream read once (`docker save` stdout, a
// compressed archive), whose members are listed or kept as they pass by.







/** Archive member names as manifests write them: no `./`, no leading slash. */
function memberName(name) {
    return external_node_path_default().posix.normalize(name.replace(/^(\.\/)+/, '').replace(/^\/+/, '')).replace(/\/$/, '');
}
const WINDOW = 32 * 1024;
/** Positioned reads with a small window: a run of small tar members costs one read. */
class FileReader {
    fd;
    window = Buffer.allocUnsafe(WINDOW);
    windowStart = 0;
    windowLength = 0;
    constructor(fd) {
        this.fd = fd;
    }
    at(position, length) {
        if (length > WINDOW) {
            const buffer = Buffer.allocUnsafe(length);
            const n = (0,external_node_fs_.readSync)(this.fd, buffer, 0, length, position);
            if (n < length)
                throw new errors/* InputError */.d(`truncated: the file ends at byte ${position + n}, inside data that needs ${length} bytes from byte ${position}`);
            return buffer;
        }
        const offset = this.locate(position, length);
        return this.window.subarray(offset, offset + length);
    }
    block(position) {
        return this.locate(position, BLOCK);
    }
    locate(position, length) {
        const offset = position - this.windowStart;
        if (offset >= 0 && offset + length <= this.windowLength)
            return offset;
        const n = (0,external_node_fs_.readSync)(this.fd, this.window, 0, WINDOW, position);
        this.windowStart = position;
        this.windowLength = n;
        if (n < length)
            throw new errors/* InputError */.d(`truncated: the file ends at byte ${position + n}`);
        return 0;
    }
}
function wrap(label, what, error) {
    if (error instanceof errors/* InputError */.d)
        throw new errors/* InputError */.d(`${label}: ${what}: ${error.message}`);
    throw error;
}
/** An uncompressed tar file: one pass over its headers, then members read by offset. */
class TarFileSource {
    label;
    members = new Map();
    reader;
    fd;
    constructor(label) {
        this.label = label;
        this.fd = (0,external_node_fs_.openSync)(label, 'r');
        this.reader = new FileReader(this.fd);
        try {
            const size = (0,external_node_fs_.fstatSync)(this.fd).size;
            if (size < BLOCK)
                throw new errors/* InputError */.d(`only ${size} bytes: too short for a tar archive`);
            walkTar(this.reader, 0, size, (header, offset) => {
                this.members.set(memberName(header.name), { type: header.type, offset, size: header.dataSize, linkname: header.linkname });
            });
        }
        catch (error) {
            this.close();
            wrap(label, 'not a readable image archive', error);
        }
    }
    resolve(name) {
        let key = memberName(name);
        for (let hops = 0; hops < 16; hops++) {
            const member = this.members.get(key);
            if (!member)
                return undefined;
            // `docker save` (pre-25) writes a repeated layer as a relative symlink to the first layer.tar.
            if (member.type === '2')
                key = memberName(external_node_path_default().posix.join(external_node_path_default().posix.dirname(key), member.linkname));
            else if (member.type === '1')
                key = memberName(member.linkname);
            else
                return member;
        }
        return undefined;
    }
    has(name) {
        return this.resolve(name) !== undefined;
    }
    async read(name) {
        const member = this.resolve(name);
        if (!member)
            throw new errors/* InputError */.d(`${this.label}: ${name} is missing`);
        if (member.size > 64 * 1024 * 1024)
            throw new errors/* InputError */.d(`${this.label}: ${name} is ${member.size} bytes, too large for a manifest or config`);
        try {
            return Buffer.from(this.reader.at(member.offset, member.size));
        }
        catch (error) {
            wrap(this.label, name, error);
        }
    }
    async listLayer(name) {
        const member = this.resolve(name);
        if (!member)
            throw new errors/* InputError */.d(`${this.label}: layer ${name} is missing`);
        try {
            return await listLayerRegion({ path: this.label, reader: this.reader, start: member.offset, size: member.size });
        }
        catch (error) {
            wrap(this.label, `layer ${name}`, error);
        }
    }
    close() {
        if (this.fd >= 0)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
    }
}
/** A directory: an OCI image layout, or a docker-archive unpacked. */
class DirectorySource {
    label;
    constructor(label) {
        this.label = label;
    }
    file(name) {
        const root = external_node_path_default().resolve(this.label);
        const full = external_node_path_default().resolve(root, memberName(name));
        if (full !== root && !full.startsWith(root + (external_node_path_default()).sep))
            throw new errors/* InputError */.d(`${this.label}: ${name} points outside the directory`);
        return full;
    }
    has(name) {
        try {
            const fd = (0,external_node_fs_.openSync)(this.file(name), 'r');
            (0,external_node_fs_.closeSync)(fd);
            return true;
        }
        catch {
            return false;
        }
    }
    async read(name) {
        const file = this.file(name);
        try {
            const info = await (0,promises_.stat)(file);
            if (info.size > 64 * 1024 * 1024)
                throw new errors/* InputError */.d(`${name} is ${info.size} bytes, too large for a manifest or config`);
            return await (0,promises_.readFile)(file);
        }
        catch (error) {
            if (error instanceof errors/* InputError */.d)
                wrap(this.label, name, error);
            throw new errors/* InputError */.d(`${this.label}: ${name} is missing or unreadable (${error.code ?? error.message})`);
        }
    }
    async listLayer(name) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(this.file(name), 'r');
        }
        catch (error) {
            if (error instanceof errors/* InputError */.d)
                throw error;
            throw new errors/* InputError */.d(`${this.label}: layer ${name} is missing (${error.code ?? ''})`);
        }
        try {
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            return await listLayerRegion({ path: this.file(name), reader: new FileReader(fd), start: 0, size });
        }
        catch (error) {
            wrap(this.label, `layer ${name}`, error);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    close() { }
}
const JSON_LIMIT = 64 * 1024 * 1024;
const SMALL_LIMIT = 1024 * 1024;
/**
 * An archive read in one pass from a stream. Each regular member is judged by its first
 * bytes: JSON is kept, a tar/gzip/zstd blob is listed on the fly (its contents dropped),
 * anything else skipped. Which members are layers is only known from the manifest, which
 * `docker save` writes last, so every blob is listed and errors are kept until asked for.
 */
class StreamSource {
    label;
    members = new Map();
    constructor(label) {
        this.label = label;
    }
    static async read(label, stream) {
        const reader = StreamSource.start(label);
        try {
            for await (const chunk of stream) {
                const pending = reader.feed(chunk);
                if (pending)
                    await pending;
            }
        }
        catch (error) {
            if (error instanceof errors/* InputError */.d)
                throw error;
            // The stream itself failed: a compressed archive that does not inflate, a read error.
            throw new errors/* InputError */.d(`${label}: not a readable image archive: ${error.message}`);
        }
        return reader.finish();
    }
    /**
     * The same, pushed: `feed` each chunk in order (awaiting it when it returns a promise),
     * then `finish`. A chunk may be reused by the caller once its feed has settled: whatever
     * the reader keeps, it copies.
     */
    static start(label) {
        const source = new StreamSource(label);
        let pending;
        const parser = new TarStreamParser((header) => {
            pending = source.open(header);
            return pending?.write;
        }, async (header) => {
            const member = pending ? await pending.close() : undefined;
            pending = undefined;
            if (member)
                source.members.set(memberName(header.name), member);
        });
        const failed = (error) => wrap(label, 'not a readable image archive', error);
        return {
            feed(chunk) {
                try {
                    const r = parser.feed(chunk);
                    return r ? r.catch(failed) : undefined;
                }
                catch (error) {
                    failed(error);
                }
            },
            finish() {
                try {
                    parser.end();
                }
                catch (error) {
                    failed(error);
                }
                return source;
            },
        };
    }
    open(header) {
        const name = memberName(header.name);
        if (header.type === '1' || header.type === '2') {
            this.members.set(name, { kind: 'link', type: header.type, target: header.linkname });
            return undefined;
        }
        if (header.type !== '0' && header.type !== '7')
            return undefined;
        return new MemberSink(header.dataSize);
    }
    resolve(name) {
        let key = memberName(name);
        for (let hops = 0; hops < 16; hops++) {
            const member = this.members.get(key);
            if (!member || member.kind !== 'link')
                return member;
            key = member.type === '2' ? memberName(external_node_path_default().posix.join(external_node_path_default().posix.dirname(key), member.target)) : memberName(member.target);
        }
        return undefined;
    }
    has(name) {
        return this.resolve(name) !== undefined;
    }
    async read(name) {
        const member = this.resolve(name);
        if (!member)
            throw new errors/* InputError */.d(`${this.label}: ${name} is missing`);
        if (member.kind !== 'data')
            throw new errors/* InputError */.d(`${this.label}: ${name} is not a JSON document`);
        return member.data;
    }
    async listLayer(name) {
        const member = this.resolve(name);
        if (!member)
            throw new errors/* InputError */.d(`${this.label}: layer ${name} is missing`);
        if (member.kind === 'layer')
            return member.listing;
        if (member.kind === 'bad')
            wrap(this.label, `layer ${name}`, member.error);
        if (member.kind === 'data' && member.data.length === 0)
            return [];
        throw new errors/* InputError */.d(`${this.label}: layer ${name} is not a tar, gzip or zstd layer`);
    }
    close() { }
}
/** Decides what a streamed member is from its first bytes, then keeps, lists or drops it. */
class MemberSink {
    size;
    head = [];
    headBytes = 0;
    mode;
    layer;
    error;
    constructor(size) {
        this.size = size;
    }
    write = (chunk) => {
        if (this.mode === undefined) {
            this.head.push(Buffer.from(chunk));
            this.headBytes += chunk.length;
            if (this.headBytes < Math.min(BLOCK, this.size))
                return;
            return this.decide();
        }
        return this.push(chunk);
    };
    decide() {
        const head = Buffer.concat(this.head);
        const first = head.subarray(0, 64).toString('latin1').trimStart()[0];
        if ((first === '{' || first === '[') && this.size <= JSON_LIMIT)
            this.mode = 'keep';
        else if (sniffCompression(head) !== 'none' || looksLikeTarHeader(head))
            this.mode = 'layer';
        else
            this.mode = this.size <= SMALL_LIMIT ? 'keep' : 'drop';
        if (this.mode === 'keep')
            return;
        this.head = [];
        if (this.mode === 'layer') {
            this.layer = new LayerSink();
            return this.push(head);
        }
    }
    push(chunk) {
        if (this.mode === 'keep') {
            this.head.push(Buffer.from(chunk));
            return;
        }
        if (this.mode !== 'layer' || this.error || !this.layer)
            return;
        try {
            const r = this.layer.write(chunk);
            if (r)
                return r.catch((error) => void (this.error = error));
        }
        catch (error) {
            this.error = error;
        }
    }
    async close() {
        if (this.mode === undefined) {
            const r = this.decide();
            if (r)
                await r;
        }
        if (this.mode === 'keep')
            return { kind: 'data', data: Buffer.concat(this.head) };
        if (this.mode === 'layer' && this.layer) {
            if (this.error)
                return { kind: 'bad', error: this.error };
            try {
                return { kind: 'layer', listing: await this.layer.end() };
            }
            catch (error) {
                return { kind: 'bad', error: error };
            }
        }
        return { kind: 'other' };
    }
}
/** Opens an archive path: a directory, an uncompressed tar, or a compressed one (read as a stream). */
async function openArchive(path) {
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch (error) {
        throw new errors/* InputError */.d(`cannot read the archive ${path}: ${error.code ?? error.message}. Check the path given to --archive.`);
    }
    if (info.isDirectory())
        return new DirectorySource(path);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    let head;
    try {
        head = Buffer.alloc(Math.min(BLOCK, info.size));
        (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const compression = sniffCompression(head);
    if (compression === 'none')
        return new TarFileSource(path);
    const inflate = compression === 'gzip' ? external_node_zlib_default().createGunzip() : external_node_zlib_default().createZstdDecompress();
    const file = (0,external_node_fs_.createReadStream)(path);
    file.on('error', (error) => inflate.destroy(error));
    file.pipe(inflate);
    try {
        return await StreamSource.read(path, inflate);
    }
    finally {
        file.destroy();
    }
}

;// CONCATENATED MODULE: ./src/image/archive/index.ts
// Image archives as a source: `readArchive` for a file or directory on disk (docker-archive
// legacy or Docker 25+, oci-archive, OCI layout directory, kaniko tarball), and
// `analyzeImageFiles` for an engine image, its `docker save` archive streamed without a temporary
// copy. Both yield the file analysis; readArchive also the layer report itself.






/** The image in an archive on disk, with its layers listed (no file analysis yet). */
async function readArchiveImage(path, options = {}) {
    const source = await openArchive(path);
    try {
        return await readImageFromSource(source, options);
    }
    finally {
        source.close();
    }
}
/** The report of the image in an archive on disk, `files` included. */
async function readArchive(path, options = {}) {
    const { report, listings } = await readArchiveImage(path, options);
    return { ...report, files: analyzeFiles(report.layers, listings, options) };
}
/**
 * Streams the `docker save` archive of `ref` into the reader (from the engine's socket, or
 * the docker CLI; see engine-export.ts): nothing is written to disk and layer contents are
 * dropped as they pass. A failed export (no such image, no engine) is reported in the
 * engine's own words rather than as a broken archive.
 */
async function saveEngineImage(ref) {
    const reader = StreamSource.start(`docker save ${ref}`);
    let result;
    try {
        result = await exportImage(ref, (chunk) => reader.feed(chunk));
    }
    catch (error) {
        if (error instanceof docker/* DockerCommandError */.YJ)
            throw new errors/* InputError */.d(error.message);
        throw error;
    }
    const { failure, consumeError } = result;
    // What the archive reader found wrong explains more than the engine's complaint about the reader stopping.
    if (consumeError !== undefined)
        throw consumeError;
    if (failure) {
        if (failure.noEngine) {
            throw new errors/* InputError */.d(`cannot reach a Docker engine to read ${ref}: ${failure.message.split('\n')[0]}. Start dockerd or set DOCKER_HOST.`);
        }
        if (failure.notFound) {
            throw new errors/* InputError */.d(`image "${ref}" is not in the Docker engine. Build or pull it first (docker pull ${ref}), or check the name.`);
        }
        throw new errors/* InputError */.d(`docker save ${ref} failed: ${failure.message}`);
    }
    return readImageFromSource(reader.finish(), { ref });
}
/** The file analysis of an engine image (for `analyze --files` and the action's file-analysis input). */
async function analyzeImageFiles(ref, options = {}) {
    const { report, listings } = await saveEngineImage(ref);
    return analyzeFiles(report.layers, listings, options);
}


/***/ }),

/***/ 6489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ parseBuildArgs),
/* harmony export */   _w: () => (/* binding */ buildImage)
/* harmony export */ });
/* unused harmony export buildArgv */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9261);
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
        await (0,_docker_js__WEBPACK_IMPORTED_MODULE_3__/* .docker */ .T3)(buildArgv(options, iidFile), { stream: true });
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(iidFile, 'utf8')).trim();
    }
    catch (error) {
        if ((0,_docker_js__WEBPACK_IMPORTED_MODULE_3__/* .isNoEngine */ .uY)(error))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`cannot reach a Docker engine to build ${options.tag}: start dockerd or set DOCKER_HOST.`);
        const what = options.dockerfile ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.context, 'Dockerfile');
        const last = error instanceof Error ? error.message.trim().split('\n').slice(-3).join(' ') : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`docker build of ${what} failed: ${last}. See the build log above.`);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** Parses `K=V` build-arg strings (CLI flags, or the action's multi-line input). */
function parseBuildArgs(items) {
    const args = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`build arg "${item}" is not of the form KEY=VALUE`);
        args[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return args;
}


/***/ }),

/***/ 9261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ docker),
/* harmony export */   YJ: () => (/* binding */ DockerCommandError),
/* harmony export */   iM: () => (/* binding */ dockerBinary),
/* harmony export */   rb: () => (/* binding */ streamDocker),
/* harmony export */   uY: () => (/* binding */ isNoEngine)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5625);
// The one door to the docker CLI. Every docker call goes through here: arguments as
// arrays (never a shell string), the command logged at debug level, and a failure
// turned into an Error whose message is docker's own stderr.



/** The client binary: `docker` from PATH unless IMAGE_SIZE_BUDGET_DOCKER names another one. */
function dockerBinary() {
    return process.env.IMAGE_SIZE_BUDGET_DOCKER || 'docker';
}
class DockerCommandError extends Error {
    args;
    result;
    name = 'DockerCommandError';
    constructor(args, result, message) {
        super(message);
        this.args = args;
        this.result = result;
    }
}
/** Runs docker and returns its output; throws DockerCommandError on a non-zero exit or when docker cannot be started. */
async function docker(args, options = {}) {
    const bin = dockerBinary();
    _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.debug(`exec: ${bin} ${args.join(' ')}`);
    let result;
    try {
        result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(bin, args, {
            ignoreReturnCode: true,
            silent: !options.stream,
            input: options.input,
            // The build log streams to stderr so that stdout stays clean for --json.
            outStream: options.stream ? process.stderr : undefined,
            errStream: options.stream ? process.stderr : undefined,
        });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new DockerCommandError(args, undefined, `could not run ${bin}: ${message}. Install the Docker CLI or put it on PATH.`);
    }
    if (result.exitCode !== 0) {
        const stderr = result.stderr.trim() || result.stdout.trim() || `exit code ${result.exitCode}`;
        throw new DockerCommandError(args, result, stderr);
    }
    return result;
}
/** True when the error says the daemon is unreachable (no engine running, wrong DOCKER_HOST). */
function isNoEngine(error) {
    return (error instanceof DockerCommandError &&
        /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|could not run/i.test(error.message));
}
/**
 * Runs docker with its stdout handed to `consume` chunk by chunk, for output too large to
 * hold (`docker save`); when `consume` returns a promise, reading pauses until it settles.
 * Resolves with docker's exit code and stderr; rejects only when docker cannot be started.
 */
async function streamDocker(args, consume) {
    const bin = dockerBinary();
    _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.debug(`exec: ${bin} ${args.join(' ')}`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text) => {
        if (stderr.length < 16_384)
            stderr += text;
    });
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? -1));
    });
    let consumeError;
    const read = (async () => {
        try {
            for await (const chunk of child.stdout) {
                const pending = consume(chunk);
                if (pending)
                    await pending;
            }
        }
        catch (error) {
            consumeError = error ?? new Error('consume failed');
            child.stdout.destroy();
            child.kill();
        }
    })();
    let exitCode;
    try {
        [exitCode] = await Promise.all([exited, read]);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new DockerCommandError(args, undefined, `could not run ${bin}: ${message}. Install the Docker CLI or put it on PATH.`);
    }
    return { exitCode, stderr, ...(consumeError !== undefined ? { consumeError } : {}) };
}


/***/ }),

/***/ 3722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J2: () => (/* binding */ inspectImages),
  O8: () => (/* binding */ readEngineImage)
});

// UNUSED EXPORTS: readHistory

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/image/docker.ts
var docker = __webpack_require__(9261);
;// CONCATENATED MODULE: ./src/image/empty-layers.ts
// Decides which history rows made a filesystem layer, so that the rows with
// `empty: false` are one-to-one, in order, with the image's RootFS layers.
//
// docker history does not print the config's `empty_layer` flag, and size alone cannot
// decide (a classic WORKDIR or a BuildKit `RUN rm` makes a real 0-byte layer; CMD makes
// none). So: a row with bytes is a layer; otherwise the builder's markers give a hint;
// and the layer count is a constraint. Checkpoints (the top row's count is RootFS.Layers;
// an intermediate image's count comes from inspecting it, when the engine kept it) split
// the rows into spans whose layer count is known. Inside a span, rows are chosen by
// strength of hint; the choice is exact when it is forced, else the caller warns.
// Stronger first. A row with bytes is always a layer; a config-only instruction never is, unless the counts insist.
function rank(row) {
    if (row.sizeBytes > 0)
        return 0;
    switch (row.hint) {
        case 'layer':
            return 1;
        case 'likely-layer':
            return 2;
        case 'unknown':
            return 3;
        case 'empty':
            return 4;
    }
}
/** Rows are base first; checkpoints need not be sorted and must include the top row's (RootFS.Layers). */
function decideEmpty(rows, checkpoints) {
    const empty = rows.map(() => true);
    const uncertainRows = [];
    let contradiction;
    const sorted = [...checkpoints].sort((a, b) => a.row - b.row);
    let start = 0;
    let layersBelow = 0;
    for (const checkpoint of sorted) {
        if (checkpoint.row < start)
            continue;
        const span = rows.slice(start, checkpoint.row + 1).map((row, offset) => ({ row, at: start + offset }));
        let need = checkpoint.layers - layersBelow;
        // Fill by rank: all of a rank when it fits, else the lowest rows of that rank (a guess).
        for (let r = 0; r <= 4 && need > 0; r++) {
            const group = span.filter(({ row }) => rank(row) === r);
            if (group.length === 0)
                continue;
            if (r === 0 && group.length > need) {
                contradiction = `${group.length} history rows with bytes but only ${need} layers between rows ${start} and ${checkpoint.row}`;
            }
            const take = Math.min(need, group.length);
            if (take < group.length)
                uncertainRows.push(...group.map(({ at }) => at));
            for (const { at } of group.slice(0, take))
                empty[at] = false;
            need -= take;
        }
        if (need > 0) {
            contradiction = `the image has ${checkpoint.layers - layersBelow} layers between rows ${start} and ${checkpoint.row} but its history names only ${checkpoint.layers - layersBelow - need}`;
        }
        layersBelow = checkpoint.layers;
        start = checkpoint.row + 1;
    }
    return { empty, uncertainRows: [...new Set(uncertainRows)].sort((a, b) => a - b), contradiction };
}

// EXTERNAL MODULE: ./src/image/history.ts
var image_history = __webpack_require__(673);
;// CONCATENATED MODULE: ./src/image/engine.ts
// Image source: an image in the Docker engine, read with `docker image inspect` and
// `docker history`. Yields an ImageReport, base layer first.





function engineError(ref, error) {
    if ((0,docker/* isNoEngine */.uY)(error)) {
        return new errors/* InputError */.d(`cannot reach a Docker engine to read ${ref}: ${error.message.split('\n')[0].replace(/[.?!\s]+$/, '')}. Start dockerd or set DOCKER_HOST.`);
    }
    if (error instanceof docker/* DockerCommandError */.YJ && /No such image|No such object|not found/i.test(error.message)) {
        return new errors/* InputError */.d(`image "${ref}" is not in the Docker engine. Build or pull it first (docker pull ${ref}), or check the name.`);
    }
    if (error instanceof docker/* DockerCommandError */.YJ)
        return new errors/* InputError */.d(`docker failed while reading ${ref}: ${error.message}`);
    return error instanceof Error ? error : new Error(String(error));
}
async function inspectImages(refs) {
    const { stdout } = await (0,docker/* docker */.T3)(['image', 'inspect', '--format', '{{json .}}', ...refs]);
    return stdout
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line));
}
/** `docker history` as JSON: the `json` format shorthand (CLI 23.0+), else the Go template for older clients. */
async function readHistory(ref) {
    const base = ['history', '--no-trunc', '--human=false', '--format'];
    let stdout;
    try {
        stdout = (await (0,docker/* docker */.T3)([...base, 'json', ref])).stdout;
        // A pre-23.0 client prints the literal word "json" for every row.
        if (/^json$/m.test(stdout))
            throw new docker/* DockerCommandError */.YJ([], undefined, 'old client');
    }
    catch (error) {
        if (!(error instanceof docker/* DockerCommandError */.YJ) || (0,docker/* isNoEngine */.uY)(error) || /No such image/i.test(error.message))
            throw error;
        stdout = (await (0,docker/* docker */.T3)([...base, '{{json .}}', ref])).stdout;
    }
    return (0,image_history/* parseHistoryOutput */.pg)(stdout);
}
/** Reads an image from the engine. Throws InputError for a missing image or no engine. */
async function readEngineImage(ref) {
    let inspect;
    let history;
    try {
        [inspect] = await inspectImages([ref]);
        history = await readHistory(ref);
    }
    catch (error) {
        throw engineError(ref, error);
    }
    const rows = [...history].reverse(); // base first
    const diffIds = inspect.RootFS?.Layers ?? [];
    const warnings = [];
    const inputs = rows.map((row) => ({ sizeBytes: row.sizeBytes, hint: row.step.hint }));
    let decision = decideEmpty(inputs, [{ row: rows.length - 1, layers: diffIds.length }]);
    // A 0-byte row that may or may not have made a layer (classic `RUN true` makes none, classic
    // `WORKDIR /new` makes one) is only known for sure from the intermediate images, which the
    // classic builder keeps: their RootFS counts pin each row down. One inspect call for all of them.
    const doubtful = inputs.some((row) => row.sizeBytes === 0 && row.hint !== 'empty');
    if ((doubtful || decision.contradiction) && rows.some((row, i) => row.id && i < rows.length - 1)) {
        const checkpoints = await intermediateCheckpoints(rows, diffIds.length);
        if (checkpoints.length > 1)
            decision = decideEmpty(inputs, checkpoints);
    }
    if (decision.contradiction)
        warnings.push(`history and layers disagree: ${decision.contradiction}`);
    if (decision.uncertainRows.length > 0) {
        const message = `could not decide exactly which history rows made layers (rows ${decision.uncertainRows.join(', ')}); their "empty" flags are a best guess`;
        warnings.push(message);
        log/* log */.R.warning(message);
    }
    let layer = 0;
    const layers = rows.map((row, index) => {
        const empty = decision.empty[index];
        const out = {
            index,
            instruction: row.step.instruction,
            createdBy: row.step.createdBy,
            sizeBytes: row.sizeBytes,
            empty,
        };
        if (row.step.buildArgs)
            out.buildArgs = row.step.buildArgs;
        if (row.id)
            out.id = row.id;
        if (row.createdAt)
            out.createdAt = row.createdAt;
        if (row.comment)
            out.comment = row.comment;
        if (!empty && diffIds[layer])
            out.diffId = diffIds[layer];
        if (!empty)
            layer++;
        return out;
    });
    const platform = [inspect.Os, inspect.Architecture, inspect.Variant].filter(Boolean).join('/') || undefined;
    return {
        schemaVersion: 1,
        image: { ref, id: inspect.Id, source: 'docker', ...(platform ? { platform } : {}) },
        totalBytes: inspect.Size,
        layers,
        warnings,
    };
}
async function intermediateCheckpoints(rows, topLayers) {
    const checkpoints = [{ row: rows.length - 1, layers: topLayers }];
    const known = rows.map((row, index) => ({ id: row.id, index })).filter((r) => !!r.id);
    if (known.length === 0)
        return checkpoints;
    let inspected;
    try {
        inspected = await inspectImages(known.map((r) => r.id));
    }
    catch {
        return checkpoints; // an intermediate image was pruned: keep the top count only
    }
    for (const [i, image] of inspected.entries()) {
        checkpoints.push({ row: known[i].index, layers: image.RootFS?.Layers?.length ?? 0 });
    }
    return checkpoints;
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
    'ARG', 'CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
    'ONBUILD', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME',
]);
// Instructions that change the filesystem.
const FILESYSTEM = new Set(['RUN', 'COPY', 'ADD']);
const KEYWORDS = new Set([...CONFIG_ONLY, ...FILESYSTEM, 'WORKDIR', 'FROM']);
const SI = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15 };
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`docker history printed a size this tool does not understand: "${text}"`);
    return Math.round(Number(match[1]) * SI[match[2].toLowerCase()]);
}
/** Parses the whole output: one JSON object per line, blank lines ignored. */
function parseHistoryOutput(output) {
    const rows = [];
    for (const [n, line] of output.split('\n').entries()) {
        if (!line.trim())
            continue;
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`docker history printed a line that is not JSON (line ${n + 1}): ${line.slice(0, 120)}`);
        }
        rows.push(parseHistoryLine(parsed));
    }
    return rows;
}
function parseHistoryLine(value) {
    if (typeof value !== 'object' || value === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('docker history printed a row that is not an object');
    const line = value;
    const text = (key) => (typeof line[key] === 'string' ? line[key] : '');
    const id = text('ID');
    const comment = text('Comment');
    const rawCreatedBy = text('CreatedBy');
    return {
        id: id && id !== '<missing>' ? id : undefined,
        createdAt: text('CreatedAt') || undefined,
        comment,
        rawCreatedBy,
        sizeBytes: parseDockerSize(text('Size') || '0'),
        step: parseCreatedBy(rawCreatedBy, comment),
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
    return command.startsWith('/bin/sh -c ') ? command.slice('/bin/sh -c '.length) : command;
}
/** Names the step that made a history row and says what its builder's markers tell about its layer. */
function parseCreatedBy(rawCreatedBy, comment = '') {
    // Tabs become spaces in docker's output anyway; normalise so table renderers see one line.
    const raw = rawCreatedBy.replace(/\t/g, ' ').trim();
    if (raw === '') {
        // `docker import` writes an empty CreatedBy; so does BuildKit's exporter for layers it had no history for.
        const imported = /^Imported from/.test(comment);
        const exporter = comment === 'buildkit.exporter.image.v0';
        return { instruction: '', createdBy: '', hint: imported || exporter ? 'layer' : 'unknown' };
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
        const hint = comment === 'buildkit.dockerfile.v0' ? buildkitHint(instruction, body, buildkitLayer) : hintFor(instruction);
        return { instruction, createdBy: `${instruction} ${body}`.trimEnd(), buildArgs, hint };
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
    return { instruction: 'RUN', createdBy: `RUN ${stripShell(rest)}`, buildArgs, hint: 'layer' };
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


/***/ }),

/***/ 1736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JJ: () => (/* reexport */ addEngineCompressedSizes),
  o_: () => (/* reexport */ evaluateCompressedBudget),
  Jz: () => (/* reexport */ read_readRegistryImage)
});

// UNUSED EXPORTS: DEFAULT_PLATFORM, findCredentials, formatRegistryRef, insecureRegistries, measureEngineCompressedLayers, parseRegistryRef, readEngineOrRegistryImage, readRegistryImages

// EXTERNAL MODULE: ./src/image/docker.ts
var docker = __webpack_require__(9261);
// EXTERNAL MODULE: ./src/image/engine.ts + 1 modules
var engine = __webpack_require__(3722);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/image/history.ts
var image_history = __webpack_require__(673);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/image/registry/reference.ts
// Image references as the docker CLI reads them (distribution/reference normalize.go):
// `alpine` → registry-1.docker.io/library/alpine:latest, `host:5000/team/app:pr-1`,
// `ghcr.io/org/app@sha256:…`. Also decides which hosts may be spoken to over plain HTTP.


const DOCKER_HUB_API = 'registry-1.docker.io';
/** The key `docker login` writes for Docker Hub in config.json and asks credential helpers for. */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function parseRegistryRef(text) {
    const input = text.trim();
    const bad = (why) => new errors/* InputError */.d(`"${text}" is not an image reference (${why}). Use e.g. "ghcr.io/org/app:tag", "alpine" or "host:5000/app@sha256:…".`);
    if (!input)
        throw bad('it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw bad(`the digest "${digest}" is not sha256:<64 hex digits>`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw bad(`the tag "${tag}" has characters a tag cannot have`);
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    // The first component names a registry when it looks like a host (docker's rule: a dot, a port, or localhost).
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost'))
        registry = parts.shift();
    if (registry === 'docker.io' || registry === 'index.docker.io') {
        registry = DOCKER_HUB_API;
        if (parts.length === 1)
            parts.unshift('library');
    }
    for (const part of parts) {
        if (!COMPONENT.test(part))
            throw bad(`the path component "${part}" must be lowercase letters, digits and separators`);
    }
    if (!digest && !tag)
        tag = 'latest';
    return { registry, repository: parts.join('/'), ...(tag ? { tag } : {}), ...(digest ? { digest } : {}), text: input };
}
/** `host/repo:tag@digest`, with Docker Hub spelled docker.io as people write it. */
function formatRegistryRef(ref) {
    const host = ref.registry === DOCKER_HUB_API ? 'docker.io' : ref.registry;
    return `${host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The hostname without port or brackets: `[::1]:5000` → `::1`. */
function hostname(registry) {
    const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(registry);
    if (bracket)
        return bracket[1];
    return registry.replace(/:\d+$/, '');
}
/** 127.0.0.0/8, ::1 and localhost: where plain HTTP cannot be intercepted off the machine. */
function isLoopback(registry) {
    const host = hostname(registry).toLowerCase();
    if (host === 'localhost')
        return true;
    if ((0,external_node_net_.isIP)(host) === 4)
        return host.startsWith('127.');
    if ((0,external_node_net_.isIP)(host) === 6)
        return host === '::1' || host === '0:0:0:0:0:0:0:1';
    return false;
}
/**
 * Registries the user allows plain HTTP for: `--insecure-registry` values plus
 * IMAGE_SIZE_BUDGET_INSECURE_REGISTRIES (comma-separated host[:port]).
 */
function insecureRegistries(flags = [], env = process.env) {
    const fromEnv = (env.IMAGE_SIZE_BUDGET_INSECURE_REGISTRIES ?? '').split(',');
    return new Set([...flags, ...fromEnv].map((h) => h.trim().replace(/^https?:\/\//, '').replace(/\/+$/, '').toLowerCase()).filter(Boolean));
}
/** `http` for loopback and registries marked insecure, `https` for everything else. */
function schemeFor(registry, insecure) {
    const host = registry.toLowerCase();
    return isLoopback(host) || insecure.has(host) || insecure.has(hostname(host)) ? 'http' : 'https';
}

;// CONCATENATED MODULE: ./src/image/registry/credentials.ts
// Registry credentials found the way the docker CLI finds them (docker/cli cli/config):
// $DOCKER_CONFIG/config.json or ~/.docker/config.json — `credHelpers[host]`, then
// `credsStore`, then `auths[host].auth` (base64 user:password, as `docker login` writes it)
// or `username`/`password`/`identitytoken` — and, for ghcr.io only, GITHUB_TOKEN.
// A Credentials value carries the secret; only `source` (which never holds it) goes in messages.







/** Where findCredentials looks, for messages when it found nothing. */
function credentialSearchLabel(env = process.env) {
    return configLocation(env).label;
}
/** The config.json path and how to name it in messages without spelling out the home directory. */
function configLocation(env) {
    if (env.DOCKER_CONFIG)
        return { file: external_node_path_default().join(env.DOCKER_CONFIG, 'config.json'), label: '$DOCKER_CONFIG/config.json' };
    return { file: external_node_path_default().join(env.HOME || (0,external_node_os_.homedir)(), '.docker', 'config.json'), label: '~/.docker/config.json' };
}
/** The server key docker uses for a registry: Docker Hub's is a URL, others the host[:port]. */
function configKeyFor(registry) {
    return registry === DOCKER_HUB_API ? DOCKER_HUB_CONFIG_KEY : registry;
}
// docker/cli ConvertToHostname: strip the scheme and anything after the host.
function keyHost(key) {
    let host = key.replace(/^https?:\/\//, '');
    host = host.split('/')[0];
    return host === 'index.docker.io' || host === 'docker.io' || host === DOCKER_HUB_API ? DOCKER_HUB_API : host;
}
async function readConfig(file, label) {
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.d(`cannot read ${label} (${error.message}). Fix its permissions or point DOCKER_CONFIG at another folder.`);
    }
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null)
            throw new Error('not an object');
        return parsed;
    }
    catch (error) {
        throw new errors/* InputError */.d(`${label} is not valid JSON (${error.message}). Fix it, or run "docker login" again.`);
    }
}
/** Runs `docker-credential-<helper> get` with the server key on stdin (docker-credential-helpers protocol). */
async function fromHelper(helper, serverKey, env) {
    const bin = `docker-credential-${helper}`;
    log/* log */.R.debug(`exec: ${bin} get (server ${serverKey})`);
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(bin, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.resume();
        child.on('error', (error) => {
            // A helper named in the config but not installed: docker fails here; we go on anonymously and say so.
            log/* log */.R.warning(`${bin} is named in the docker config but could not be run (${error.message}); going on without its credentials`);
            resolve(undefined);
        });
        child.on('close', (code) => {
            const text = Buffer.concat(out).toString('utf8');
            if (code !== 0) {
                // "credentials not found in native keychain" is the helper's normal "none" answer.
                log/* log */.R.debug(`${bin} get exited ${code}: ${text.trim().slice(0, 200)}`);
                resolve(undefined);
                return;
            }
            try {
                resolve(JSON.parse(text));
            }
            catch {
                log/* log */.R.warning(`${bin} get printed something that is not JSON; going on without its credentials`);
                resolve(undefined);
            }
        });
        child.stdin.end(serverKey);
    });
}
/** Finds credentials for a registry, or undefined for anonymous access. */
async function findCredentials(registry, options = {}) {
    const env = options.env ?? process.env;
    const { file, label } = configLocation(env);
    const config = await readConfig(file, label);
    const serverKey = configKeyFor(registry);
    const wanted = keyHost(serverKey);
    if (config) {
        const helperEntry = Object.entries(config.credHelpers ?? {}).find(([key]) => keyHost(key) === wanted);
        const helper = helperEntry?.[1] ?? config.credsStore;
        if (helper) {
            const answer = await fromHelper(helper, helperEntry?.[0] ?? serverKey, env);
            if (answer?.Secret) {
                const via = `docker-credential-${helper} (${helperEntry ? 'credHelpers' : 'credsStore'} in ${label})`;
                if (answer.Username === '<token>')
                    return { username: '', identityToken: answer.Secret, source: `an identity token from ${via}` };
                return { username: answer.Username ?? '', password: answer.Secret, source: `credentials for ${registry} from ${via} (user ${answer.Username ?? ''})` };
            }
        }
        const authEntry = Object.entries(config.auths ?? {}).find(([key]) => keyHost(key) === wanted);
        if (authEntry) {
            const entry = authEntry[1];
            let username = entry.username ?? '';
            let password = entry.password;
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon < 0)
                    throw new errors/* InputError */.d(`the "auth" of ${authEntry[0]} in ${label} is not base64 of user:password. Run "docker login ${registry}" again.`);
                username = decoded.slice(0, colon);
                password = decoded.slice(colon + 1);
            }
            if (entry.identitytoken)
                return { username, identityToken: entry.identitytoken, source: `an identity token for ${registry} from ${label}` };
            if (password !== undefined && password !== '')
                return { username, password, source: `credentials for ${registry} from ${label} (user ${username})` };
        }
    }
    // GitHub's token reads the workflow's own packages on ghcr.io; any user name is accepted with it.
    if (hostname(registry) === 'ghcr.io' && env.GITHUB_TOKEN) {
        const username = env.GITHUB_ACTOR || 'github-actions';
        return { username, password: env.GITHUB_TOKEN, source: `GITHUB_TOKEN for ghcr.io (user ${username})` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/image/registry/client.ts
// A small Distribution API v2 / OCI distribution client over global fetch: manifests and
// blobs by digest, with the auth dance registries expect (docs: distribution spec/auth/token.md).
// A 401 carries a WWW-Authenticate challenge: `Bearer realm=…,service=…,scope=…` (ghcr.io,
// Docker Hub, the token-auth registry in the tests) → fetch a token from the realm with the
// credentials as HTTP basic, then retry with it; `Basic realm=…` (htpasswd registries) →
// retry with the credentials. 429 and 5xx are retried with backoff, honouring Retry-After.
// Secrets go only into Authorization headers, never into messages or logs.





/** Parses a WWW-Authenticate value: `Bearer realm="https://…",service="…",scope="…"`. */
function parseChallenge(header) {
    const head = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
    if (!head)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
    for (const m of head[2].matchAll(re))
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    return { scheme: head[1].toLowerCase(), params };
}
/** Milliseconds to wait for a Retry-After value (seconds or an HTTP date), or undefined. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class RegistryClient {
    registry;
    baseUrl;
    options;
    insecure;
    env;
    credentials;
    tokens = new Map();
    basicAsked = false;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.insecure = options.insecure ?? new Set();
        this.env = options.env ?? process.env;
        this.baseUrl = `${schemeFor(registry, this.insecure)}://${registry}`;
        this.credentials = options.credentials;
        this.options = {
            timeoutMs: options.timeoutMs ?? 30_000,
            blobTimeoutMs: options.blobTimeoutMs ?? 30 * 60_000,
            retries: options.retries ?? 4,
            backoffMs: options.backoffMs ?? 500,
            maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
        };
    }
    async creds() {
        if (this.credentials === undefined)
            this.credentials = (await findCredentials(this.registry, { env: this.env })) ?? null;
        return this.credentials;
    }
    /** Which credentials were tried, for a message: never the secret. */
    async triedText() {
        const creds = await this.creds();
        return creds ? creds.source : `no credentials (none for ${this.registry} in ${credentialSearchLabel(this.env)})`;
    }
    allowedUrl(url) {
        if (url.protocol === 'https:')
            return true;
        return url.protocol === 'http:' && schemeFor(url.host, this.insecure) === 'http';
    }
    /**
     * fetch with retries on 429/5xx/dropped connections and redirects followed by hand, so that
     * Authorization never follows a redirect to another origin (blob stores behind signed URLs).
     */
    async send(url, headers, timeoutMs, method = 'GET', body) {
        let current = url;
        let currentHeaders = headers;
        for (let redirects = 0;; redirects++) {
            const response = await this.sendOnce(current, currentHeaders, timeoutMs, method, body);
            if (![301, 302, 303, 307, 308].includes(response.status))
                return response;
            const location = response.headers.get('location');
            await response.body?.cancel();
            if (!location || redirects >= 5)
                throw new errors/* InputError */.d(`registry ${this.registry} redirected ${current.pathname} too often or without a Location`);
            const next = new URL(location, current);
            if (!this.allowedUrl(next)) {
                throw new errors/* InputError */.d(`registry ${this.registry} redirected to ${next.origin} over plain HTTP; allow it with --insecure-registry ${next.host} if that is intended`);
            }
            if (next.origin !== current.origin) {
                const { authorization: _dropped, ...rest } = currentHeaders;
                currentHeaders = rest;
            }
            current = next;
        }
    }
    async sendOnce(url, headers, timeoutMs, method, body) {
        for (let attempt = 0;; attempt++) {
            const last = attempt >= this.options.retries;
            let response;
            try {
                log/* log */.R.debug(`registry: ${method} ${url.href}${attempt ? ` (retry ${attempt})` : ''}`);
                response = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
            }
            catch (error) {
                const cause = error.cause;
                const code = cause?.code ?? error.name;
                const transient = ['ECONNRESET', 'UND_ERR_SOCKET', 'TimeoutError', 'EPIPE', 'ETIMEDOUT'].includes(code ?? '');
                if (!transient || last) {
                    const what = code === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (cause?.message ?? error.message);
                    throw new errors/* InputError */.d(`cannot reach registry ${this.registry} at ${url.origin}: ${what}. Check the registry name and that it is up${isLoopback(this.registry) ? '' : ' (HTTPS; use --insecure-registry for a plain-HTTP registry)'}.`);
                }
                await sleep(this.options.backoffMs * 2 ** attempt);
                continue;
            }
            if ((response.status === 429 || response.status >= 500) && !last) {
                const asked = retryAfterMs(response.headers.get('retry-after'));
                const wait = Math.min(asked ?? this.options.backoffMs * 2 ** attempt, this.options.maxRetryAfterMs);
                log/* log */.R.debug(`registry: ${response.status} from ${url.pathname}; waiting ${wait} ms`);
                await response.body?.cancel();
                await sleep(wait);
                continue;
            }
            return response;
        }
    }
    async token(challenge, repository) {
        const scope = challenge.params.scope || `repository:${repository}:pull`;
        const cached = this.tokens.get(scope);
        if (cached)
            return cached;
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* InputError */.d(`registry ${this.registry} asked for a bearer token without naming its token server (realm)`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* InputError */.d(`registry ${this.registry} named a token server that is not a URL: ${realm}`);
        }
        if (!this.allowedUrl(url)) {
            throw new errors/* InputError */.d(`registry ${this.registry} sends token requests to ${url.origin} over plain HTTP; allow it with --insecure-registry ${url.host} if that is intended`);
        }
        const creds = await this.creds();
        const headers = { accept: 'application/json' };
        let response;
        if (creds?.identityToken) {
            // OAuth2 refresh-token grant (distribution spec/auth/oauth.md), as docker does for identity tokens.
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds.identityToken, client_id: 'image-size-budget', scope });
            if (challenge.params.service)
                form.set('service', challenge.params.service);
            headers['content-type'] = 'application/x-www-form-urlencoded';
            response = await this.send(url, headers, this.options.timeoutMs, 'POST', form.toString());
        }
        else {
            if (challenge.params.service)
                url.searchParams.set('service', challenge.params.service);
            url.searchParams.set('scope', scope);
            if (creds?.password !== undefined)
                headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
            response = await this.send(url, headers, this.options.timeoutMs);
        }
        if (response.status === 401 || response.status === 403) {
            await response.body?.cancel();
            throw await this.authError(response.status, repository, `its token server ${url.origin}`);
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new errors/* InputError */.d(`the token server ${url.origin} of registry ${this.registry} answered ${response.status} ${response.statusText} for ${scope}`);
        }
        let parsed;
        try {
            parsed = (await response.json());
        }
        catch {
            throw new errors/* InputError */.d(`the token server ${url.origin} of registry ${this.registry} answered with something that is not JSON`);
        }
        const token = typeof parsed.token === 'string' ? parsed.token : typeof parsed.access_token === 'string' ? parsed.access_token : undefined;
        if (!token)
            throw new errors/* InputError */.d(`the token server ${url.origin} of registry ${this.registry} gave no token for ${scope}`);
        this.tokens.set(scope, token);
        this.tokens.set(`repository:${repository}:pull`, token);
        return token;
    }
    async authError(status, repository, where = '') {
        const tried = await this.triedText();
        const verdict = status === 403 ? 'denied access' : 'refused the credentials';
        return new errors/* InputError */.d(`registry ${this.registry}${where ? ` (${where})` : ''} ${verdict} to pull ${repository} (${status}); tried ${tried}. ` +
            `Log in with "docker login ${this.registry}" (or set DOCKER_CONFIG), and check that the account may pull ${repository}.`);
    }
    async basicHeader() {
        const creds = await this.creds();
        if (!creds || creds.password === undefined)
            return undefined;
        return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    }
    /** GET a path of `/v2/<repository>/…`, authenticating as the registry asks. */
    async get(repository, path, accept, timeoutMs = this.options.timeoutMs) {
        const url = new URL(`${this.baseUrl}/v2/${repository}/${path}`);
        const headers = { accept };
        const token = this.tokens.get(`repository:${repository}:pull`);
        if (token)
            headers.authorization = `Bearer ${token}`;
        else if (this.basicAsked) {
            const basic = await this.basicHeader();
            if (basic)
                headers.authorization = basic;
        }
        let response = await this.send(url, headers, timeoutMs);
        if (response.status === 401 && token) {
            // A cached token expired during a long read: forget it and answer the new challenge.
            this.tokens.clear();
            delete headers.authorization;
        }
        if (response.status === 401 && !headers.authorization) {
            const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
            await response.body?.cancel();
            if (challenge?.scheme === 'bearer') {
                headers.authorization = `Bearer ${await this.token(challenge, repository)}`;
            }
            else if (challenge?.scheme === 'basic') {
                this.basicAsked = true;
                const basic = await this.basicHeader();
                if (!basic)
                    throw await this.authError(401, repository);
                headers.authorization = basic;
            }
            else {
                throw await this.authError(401, repository);
            }
            response = await this.send(url, headers, timeoutMs);
        }
        if (response.status === 401 || response.status === 403) {
            await response.body?.cancel();
            throw await this.authError(response.status, repository);
        }
        return response;
    }
    /** A manifest or index by tag or digest, with the digest checked when the ref pins one. */
    async getManifest(repository, reference, accept) {
        const response = await this.get(repository, `manifests/${reference}`, accept.join(', '));
        if (response.status === 404) {
            await response.body?.cancel();
            throw new errors/* InputError */.d(`registry ${this.registry} has no ${reference.startsWith('sha256:') ? 'manifest' : 'tag'} "${reference}" in ${repository}. Check the name and tag (was it pushed?).`);
        }
        if (!response.ok)
            throw await this.unexpected(response, `manifest ${reference} of ${repository}`);
        const body = Buffer.from(await response.arrayBuffer());
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new errors/* InputError */.d(`registry ${this.registry} returned a manifest for ${repository}@${reference} whose digest is ${digest}; refusing it`);
        }
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
        return { mediaType, digest, body };
    }
    /** A small blob (an image config), read whole and checked against its digest. */
    async getBlob(repository, digest) {
        const response = await this.get(repository, `blobs/${digest}`, '*/*');
        if (!response.ok)
            throw await this.unexpected(response, `blob ${digest} of ${repository}`);
        const body = Buffer.from(await response.arrayBuffer());
        const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        if (actual !== digest)
            throw new errors/* InputError */.d(`registry ${this.registry} returned blob ${digest} of ${repository} with digest ${actual}; refusing it`);
        return body;
    }
    /** A layer blob as a stream, for reading its contents without storing it. */
    async openBlob(repository, digest) {
        const response = await this.get(repository, `blobs/${digest}`, '*/*', this.options.blobTimeoutMs);
        if (!response.ok || !response.body)
            throw await this.unexpected(response, `blob ${digest} of ${repository}`);
        return response.body;
    }
    async unexpected(response, what) {
        // Registry error bodies are `{"errors":[{"code","message"}]}`: their codes help, and hold no secrets.
        let detail = '';
        try {
            const parsed = (await response.json());
            detail = (parsed.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
        }
        catch {
            // not JSON: the status says enough
        }
        return new errors/* InputError */.d(`registry ${this.registry} answered ${response.status} ${response.statusText} for ${what}${detail ? ` (${detail})` : ''}`);
    }
}

;// CONCATENATED MODULE: ./src/image/registry/manifest.ts
// Manifest formats a registry serves for an image (opencontainers/image-spec manifest.md,
// image-index.md; distribution docs/spec/manifest-v2-2.md) and the choice of one platform
// from an index or manifest list.

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
    dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
};
/** What the client accepts, most wanted first. */
const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest];
function isDescriptor(value) {
    const d = value;
    return typeof d === 'object' && d !== null && typeof d.digest === 'string' && typeof d.size === 'number' && Number.isInteger(d.size) && d.size >= 0;
}
/** Parses a manifest body; the kind comes from the Content-Type, else from the body's own mediaType and shape. */
function parseManifest(body, contentType, what) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new errors/* InputError */.d(`the manifest of ${what} is not JSON`);
    }
    const mediaType = (typeof parsed.mediaType === 'string' && parsed.mediaType) || contentType;
    if (mediaType === MEDIA_TYPES.dockerSchema1 || mediaType === MEDIA_TYPES.dockerSchema1Signed || parsed.schemaVersion === 1) {
        throw new errors/* InputError */.d(`${what} has a Docker schema 1 manifest, which has no layer sizes; push it again with a current docker or skopeo`);
    }
    if (Array.isArray(parsed.manifests) || mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList) {
        const manifests = Array.isArray(parsed.manifests) ? parsed.manifests : [];
        if (!manifests.every(isDescriptor))
            throw new errors/* InputError */.d(`the index of ${what} has an entry without a digest and size`);
        return { kind: 'index', mediaType, manifests };
    }
    if (!isDescriptor(parsed.config) || !Array.isArray(parsed.layers) || !parsed.layers.every(isDescriptor)) {
        throw new errors/* InputError */.d(`the manifest of ${what} (${mediaType || 'no media type'}) has no config and layers; it is not an image`);
    }
    return { kind: 'manifest', mediaType, config: parsed.config, layers: parsed.layers };
}
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/i.test(p))) {
        throw new errors/* InputError */.d(`--platform must be os/arch[/variant] like linux/amd64 or linux/arm64/v8, not "${text}"`);
    }
    return { os: parts[0], architecture: parts[1], ...(parts[2] ? { variant: parts[2] } : {}) };
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
// containerd platforms.Normalize: arm64's only variant is v8, so "linux/arm64" and "linux/arm64/v8" are one platform.
function sameVariant(architecture, wanted, have) {
    if (wanted === undefined)
        return true;
    const norm = (v) => (architecture === 'arm64' && (v === undefined || v === 'v8') ? 'v8' : v);
    return norm(wanted) === norm(have);
}
function platformMatches(wanted, have) {
    return !!have && have.os === wanted.os && have.architecture === wanted.architecture && sameVariant(have.architecture, wanted.variant, have.variant);
}
/** Image entries of an index: BuildKit's attestation manifests (`unknown/unknown`) are not images. */
function imageEntries(index) {
    return index.manifests.filter((d) => d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' && !(d.platform?.os === 'unknown' && d.platform.architecture === 'unknown'));
}
/** The index entry for a platform, or an InputError listing the platforms that are there. */
function selectPlatform(index, wanted, what) {
    const entries = imageEntries(index);
    // An exact variant match first (linux/arm/v7 over linux/arm/v6), then any variant when none was asked.
    const found = entries.find((d) => d.platform && formatPlatform(d.platform) === formatPlatform(wanted)) ?? entries.find((d) => platformMatches(wanted, d.platform));
    if (found)
        return found;
    const there = entries.map((d) => (d.platform ? formatPlatform(d.platform) : '(no platform)'));
    throw new errors/* InputError */.d(`${what} has no ${formatPlatform(wanted)} image; platforms there: ${there.length ? there.join(', ') : 'none'}. Choose one with --platform.`);
}

;// CONCATENATED MODULE: ./src/image/registry/tar.ts
// A streaming tar reader (POSIX ustar with PAX `x` records and GNU `L`/`K` long names), for
// layer blobs read from a registry and `docker save` streams: entries are handed out as
// they pass, bodies go to a sink with backpressure, nothing is written to disk.
// Also the engine's layer size measure over a layer tar (moby pkg/directory Size: apparent
// size of regular files, symlinks at their target length, each hardlinked inode once,
// directories and whiteouts 0).

const BLOCK = 512;
function cString(block, start, length) {
    const slice = block.subarray(start, start + length);
    const nul = slice.indexOf(0);
    return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}
// Sizes are octal text, or GNU base-256 binary when the first byte has its high bit set (files ≥ 8 GiB).
function numeric(block, start, length) {
    const field = block.subarray(start, start + length);
    if (field[0] & 0x80) {
        let value = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const text = cString(block, start, length).trim();
    return text ? parseInt(text, 8) : 0;
}
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : block[i];
    return sum === numeric(block, 148, 8);
}
/** PAX extended header records: `<len> <key>=<value>\n`. */
function parsePax(body) {
    const out = {};
    let pos = 0;
    while (pos < body.length) {
        const space = body.indexOf(0x20, pos);
        if (space < 0)
            break;
        const length = Number(body.subarray(pos, space).toString('ascii'));
        if (!Number.isInteger(length) || length <= 0)
            break;
        const record = body.subarray(space + 1, pos + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += length;
    }
    return out;
}
/**
 * Reads a tar stream, calling `onEntry` for each entry; the sink it returns (if any) gets the
 * entry's body. Entries end at the end-of-archive blocks; the input is read to its end.
 */
async function walkTar(source, onEntry, what) {
    let pending = Buffer.alloc(0);
    // Cast: the entry callbacks change it, which TypeScript's narrowing cannot see.
    let state = 'header';
    let remaining = 0; // body bytes left in the current entry
    let padding = 0; // bytes after the body up to the block boundary
    let sink;
    let meta = [];
    let metaType = '';
    let pax = {};
    let longName;
    let longLink;
    const startEntry = async (block) => {
        if (block.every((b) => b === 0)) {
            state = 'done';
            return;
        }
        if (!checksumOk(block))
            throw new errors/* InputError */.d(`${what} is not a tar stream (bad header checksum)`);
        const rawType = String.fromCharCode(block[156]);
        const type = rawType === '\0' ? '0' : rawType;
        let size = numeric(block, 124, 12);
        const magic = cString(block, 257, 6);
        const prefix = magic.startsWith('ustar') ? cString(block, 345, 155) : '';
        padding = (BLOCK - (size % BLOCK)) % BLOCK;
        if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
            state = 'meta';
            metaType = type;
            meta = [];
            remaining = size;
            return;
        }
        if (pax.size !== undefined) {
            size = Number(pax.size);
            padding = (BLOCK - (size % BLOCK)) % BLOCK;
        }
        const entry = {
            name: longName ?? pax.path ?? (prefix ? `${prefix}/${cString(block, 0, 100)}` : cString(block, 0, 100)),
            type,
            size,
            linkName: longLink ?? pax.linkpath ?? cString(block, 157, 100),
        };
        pax = {};
        longName = undefined;
        longLink = undefined;
        sink = onEntry(entry);
        remaining = entry.size;
        state = 'body';
        if (remaining === 0)
            await finishBody();
    };
    const finishBody = async () => {
        if (sink)
            await sink.end();
        sink = undefined;
        state = padding > 0 ? 'skip' : 'header';
    };
    const finishMeta = () => {
        const body = Buffer.concat(meta);
        if (metaType === 'x')
            pax = parsePax(body);
        else if (metaType === 'L')
            longName = cString(body, 0, body.length);
        else if (metaType === 'K')
            longLink = cString(body, 0, body.length);
        // 'g' (global PAX) sets defaults for the whole archive: nothing layers use.
        state = padding > 0 ? 'skip' : 'header';
    };
    for await (const raw of source) {
        pending = pending.length ? Buffer.concat([pending, Buffer.from(raw)]) : Buffer.from(raw);
        while (pending.length > 0 && state !== 'done') {
            if (state === 'header') {
                if (pending.length < BLOCK)
                    break;
                const block = pending.subarray(0, BLOCK);
                pending = pending.subarray(BLOCK);
                await startEntry(block);
            }
            else if (state === 'body' || state === 'meta') {
                const take = Math.min(remaining, pending.length);
                const chunk = pending.subarray(0, take);
                pending = pending.subarray(take);
                remaining -= take;
                if (state === 'meta')
                    meta.push(Buffer.from(chunk));
                else if (sink)
                    await sink.write(chunk);
                if (remaining === 0) {
                    if (state === 'meta')
                        finishMeta();
                    else
                        await finishBody();
                }
            }
            else if (state === 'skip') {
                const take = Math.min(padding, pending.length);
                pending = pending.subarray(take);
                padding -= take;
                if (padding === 0)
                    state = 'header';
            }
        }
        // After the end-of-archive blocks the rest is read and dropped, so that a writer (docker save) ends cleanly.
        if (state === 'done')
            pending = Buffer.alloc(0);
    }
    if (state === 'body' || state === 'meta')
        throw new errors/* InputError */.d(`${what} ends in the middle of an entry (truncated tar)`);
}
const isWhiteout = (name) => /(^|\/)\.wh\./.test(name);
/** The engine's size of one layer tar: regular-file bytes + symlink target lengths, hardlinks once, dirs and whiteouts 0. */
async function countLayerContentBytes(source, what) {
    let total = 0;
    await walkTar(source, (entry) => {
        if (isWhiteout(entry.name))
            return undefined;
        // A hardlink entry names a file already counted in this layer: the inode counts once.
        if (entry.type === '0' || entry.type === '7')
            total += entry.size;
        else if (entry.type === '2')
            total += Buffer.byteLength(entry.linkName);
        return undefined;
    }, what);
    return total;
}

;// CONCATENATED MODULE: ./src/image/registry/read.ts
// Image source: an image in a registry, read without pulling it. The manifest gives each
// layer's compressed (pull) size; the config blob gives the history, so the rows are the
// ones the engine shows for the same image (same parseCreatedBy; `empty` is the config's
// empty_layer, exact). Uncompressed sizes are not in a registry: they are counted by
// streaming each layer blob only when asked (`uncompressed`); otherwise sizeBytes holds the
// compressed size and the report says so with sizeKind: 'compressed'.










const DEFAULT_PLATFORM = 'linux/amd64';
function clientFor(ref, options) {
    const env = options.env ?? process.env;
    return new RegistryClient(ref.registry, { ...options.client, env, insecure: insecureRegistries(options.insecureRegistries, env) });
}
async function resolve(refText, options) {
    const ref = parseRegistryRef(refText);
    const client = clientFor(ref, options);
    const reference = ref.digest ?? ref.tag;
    const response = await client.getManifest(ref.repository, reference, MANIFEST_ACCEPT);
    return { client, ref, top: parseManifest(response.body, response.mediaType, formatRegistryRef(ref)), topDigest: response.digest };
}
/** The image manifest for one platform: the index entry (one level of nesting followed), or the single manifest. */
async function manifestFor(resolved, platform) {
    const what = formatRegistryRef(resolved.ref);
    let current = resolved.top;
    let digest = resolved.topDigest;
    for (let depth = 0; current.kind === 'index'; depth++) {
        if (depth >= 2)
            throw new errors/* InputError */.d(`${what} nests indexes more than two deep; this tool reads at most an index of indexes`);
        const entry = selectPlatform(current, platform, what);
        const response = await resolved.client.getManifest(resolved.ref.repository, entry.digest, MANIFEST_ACCEPT);
        current = parseManifest(response.body, response.mediaType || entry.mediaType, `${what} (${formatPlatform(platform)})`);
        digest = response.digest;
    }
    return { manifest: current, digest };
}
function layerDecompressor(layer, what) {
    const type = layer.mediaType;
    if (/gzip$/.test(type))
        return (0,external_node_zlib_.createGunzip)();
    if (/zstd$/.test(type))
        return (0,external_node_zlib_.createZstdDecompress)();
    if (/\.tar$/.test(type) || type === 'application/vnd.docker.image.rootfs.diff.tar')
        return undefined;
    throw new errors/* InputError */.d(`${what} has a layer of media type "${type}", which this tool cannot read for uncompressed sizes; drop --uncompressed to report compressed sizes`);
}
async function countLayer(client, repository, layer, what) {
    const body = await client.openBlob(repository, layer.digest);
    const label = `layer ${layer.digest} of ${what}`;
    const source = external_node_stream_.Readable.fromWeb(body);
    const decompressor = layerDecompressor(layer, what);
    let bytes = 0;
    try {
        if (decompressor)
            await (0,promises_.pipeline)(source, decompressor, async (stream) => void (bytes = await countLayerContentBytes(stream, label)));
        else
            await (0,promises_.pipeline)(source, async (stream) => void (bytes = await countLayerContentBytes(stream, label)));
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw error;
        throw new errors/* InputError */.d(`could not read ${label}: ${error.message}`);
    }
    return bytes;
}
/** Reads the image of one platform into a report. */
async function reportFor(resolved, platformText, options) {
    const { client, ref } = resolved;
    const what = formatRegistryRef(ref);
    const wanted = parsePlatform(platformText ?? DEFAULT_PLATFORM);
    const { manifest, digest } = await manifestFor(resolved, wanted);
    let config;
    try {
        config = JSON.parse((await client.getBlob(ref.repository, manifest.config.digest)).toString('utf8'));
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw error;
        throw new errors/* InputError */.d(`the config blob of ${what} is not JSON`);
    }
    const have = config.os && config.architecture ? { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) } : undefined;
    // A single-platform image: a platform that was asked for explicitly must be the one it has.
    if (resolved.top.kind === 'manifest' && platformText !== undefined && !platformMatches(wanted, have)) {
        throw new errors/* InputError */.d(`${what} is a single-platform image for ${have ? formatPlatform(have) : 'an unknown platform'}; it has no ${formatPlatform(wanted)} image. Choose ${have ? formatPlatform(have) : 'its platform'} with --platform.`);
    }
    const warnings = [];
    const layers = manifest.layers;
    const history = config.history ?? [];
    const diffIds = config.rootfs?.diff_ids ?? [];
    const rows = [];
    let layer = 0;
    for (const entry of history) {
        const step = (0,image_history/* parseCreatedBy */.JG)(entry.created_by ?? '', entry.comment ?? '');
        const empty = entry.empty_layer === true;
        const row = { index: rows.length, instruction: step.instruction, createdBy: step.createdBy, sizeBytes: 0, empty };
        if (step.buildArgs)
            row.buildArgs = step.buildArgs;
        if (entry.created)
            row.createdAt = entry.created;
        if (entry.comment)
            row.comment = entry.comment;
        if (!empty && layer < layers.length) {
            if (diffIds[layer])
                row.diffId = diffIds[layer];
            row.compressedBytes = layers[layer].size;
            layer++;
        }
        rows.push(row);
    }
    if (history.length > 0 && (layer !== layers.length || rows.filter((r) => !r.empty).length !== layers.length)) {
        warnings.push(`the config's history has ${rows.filter((r) => !r.empty).length} rows that made layers but the manifest has ${layers.length} layers; rows and layers were paired in order`);
    }
    // Layers the history does not account for (no history at all, or too short) still count, as unnamed rows.
    for (; layer < layers.length; layer++) {
        const row = { index: rows.length, instruction: '', createdBy: '', sizeBytes: 0, empty: false, compressedBytes: layers[layer].size };
        if (diffIds[layer])
            row.diffId = diffIds[layer];
        rows.push(row);
    }
    const withBlob = rows.filter((r) => r.compressedBytes !== undefined);
    const totalCompressedBytes = withBlob.reduce((sum, r) => sum + (r.compressedBytes ?? 0), 0);
    let totalBytes;
    let sizeKind;
    if (options.uncompressed) {
        const counted = new Map();
        let i = 0;
        for (const row of withBlob) {
            const descriptor = layers[i++];
            if (!counted.has(descriptor.digest)) {
                log/* log */.R.debug(`registry: reading ${descriptor.digest} (${descriptor.size} bytes) of ${what} for its uncompressed size`);
                counted.set(descriptor.digest, await countLayer(client, ref.repository, descriptor, what));
            }
            row.sizeBytes = counted.get(descriptor.digest);
        }
        totalBytes = withBlob.reduce((sum, r) => sum + r.sizeBytes, 0);
    }
    else {
        for (const row of withBlob)
            row.sizeBytes = row.compressedBytes ?? 0;
        totalBytes = totalCompressedBytes;
        sizeKind = 'compressed';
    }
    const platform = have ? formatPlatform(have) : undefined;
    return {
        schemaVersion: 1,
        image: { ref: ref.text, id: manifest.config.digest, source: 'registry', digest, ...(platform ? { platform } : {}) },
        totalBytes,
        ...(sizeKind ? { sizeKind } : {}),
        totalCompressedBytes,
        layers: rows,
        warnings,
    };
}
/** Reads one image from its registry: the platform's manifest, its config and (when asked) its layers. Nothing is pulled into an engine. */
async function read_readRegistryImage(refText, options = {}) {
    const resolved = await resolve(refText, options);
    return reportFor(resolved, options.platform, options);
}
/** One report per platform of a multi-arch image (budget files' `platforms:`), reading the index once. */
async function readRegistryImages(refText, platforms, options = {}) {
    if (platforms.length === 0)
        throw new InputError(`no platforms given for ${refText}: name at least one, e.g. linux/amd64`);
    const resolved = await resolve(refText, options);
    const reports = [];
    for (const platform of platforms)
        reports.push(await reportFor(resolved, platform, options));
    return reports;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/image/registry/engine-compressed.ts
// `analyze --compressed` for an image in the engine: the pull size it would have once pushed,
// so a PR image compares with a registry baseline on the same measure. Streams `docker save`
// and gzips each layer tar as a push does (zlib, default level), counting the output bytes;
// nothing is written to disk. Layers the engine already keeps compressed (containerd store)
// are counted as they are. Both save layouts are read (../../../shared notes, part A):
// legacy `<id>/layer.tar` (a repeated layer is a symlink to the first) and Docker 25+ `blobs/sha256/<hex>`.









const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const startsWith = (head, magic) => magic.every((b, i) => head[i] === b);
/** Counts the gzip size of a body as it streams; an already compressed body counts as is. */
function gzipCounter(done) {
    let head = Buffer.alloc(0);
    let gzip;
    let raw = 0;
    let passThrough = false;
    let bytes = 0;
    const start = () => {
        passThrough = startsWith(head, GZIP_MAGIC) || startsWith(head, ZSTD_MAGIC);
        if (passThrough)
            return;
        gzip = (0,external_node_zlib_.createGzip)();
        gzip.on('data', (chunk) => (bytes += chunk.length));
    };
    const feed = async (chunk) => {
        if (passThrough)
            raw += chunk.length;
        else if (gzip && !gzip.write(chunk))
            await (0,external_node_events_.once)(gzip, 'drain');
    };
    return {
        async write(chunk) {
            if (!gzip && !passThrough) {
                // Decide on the first 4 bytes; a tiny first chunk waits for more.
                head = Buffer.concat([head, chunk]);
                if (head.length < 4)
                    return;
                start();
                const first = head;
                head = Buffer.alloc(0);
                await feed(first);
                return;
            }
            await feed(chunk);
        },
        async end() {
            if (!gzip && !passThrough) {
                start();
                await feed(head);
            }
            if (passThrough)
                return done(raw);
            const stream = gzip;
            stream.end();
            await (0,promises_.finished)(stream);
            done(bytes);
        },
    };
}
/** The gzip size of each layer of an engine image, in manifest (= RootFS) order. */
async function measureEngineCompressedLayers(ref) {
    const bin = (0,docker/* dockerBinary */.iM)();
    const args = ['save', ref];
    log/* log */.R.debug(`exec: ${bin} ${args.join(' ')}`);
    const child = (0,external_node_child_process_.spawn)(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const exited = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new errors/* InputError */.d(`could not run ${bin}: ${error.message}. Install the Docker CLI or put it on PATH.`)));
        child.on('close', (code) => resolve(code ?? -1));
    });
    const sizes = new Map();
    const links = new Map();
    let manifestText = '';
    try {
        await walkTar(child.stdout, (entry) => {
            const name = external_node_path_default().posix.normalize(entry.name.replace(/^\.\//, ''));
            if (entry.type === '2' || entry.type === '1') {
                // Legacy saves link a repeated layer.tar to the first copy: relative to the entry's folder (symlink) or the archive root (hardlink).
                links.set(name, entry.type === '2' ? external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(name), entry.linkName)) : entry.linkName);
                return undefined;
            }
            if (entry.type !== '0')
                return undefined;
            if (name === 'manifest.json') {
                return { write: (chunk) => void (manifestText += chunk.toString('utf8')), end: () => undefined };
            }
            if (name.endsWith('/layer.tar') || name.startsWith('blobs/'))
                return gzipCounter((bytes) => sizes.set(name, bytes));
            return undefined;
        }, `docker save ${ref}`);
    }
    catch (error) {
        child.kill();
        await exited.catch(() => undefined);
        throw error;
    }
    const code = await exited;
    if (code !== 0) {
        const message = Buffer.concat(stderr).toString('utf8').trim();
        if (/No such image|not found|reference does not exist/i.test(message)) {
            throw new errors/* InputError */.d(`image "${ref}" is not in the Docker engine. Build or pull it first (docker pull ${ref}), or check the name.`);
        }
        throw new errors/* InputError */.d(`docker save ${ref} failed: ${message || `exit code ${code}`}`);
    }
    let manifests;
    try {
        manifests = JSON.parse(manifestText);
    }
    catch {
        throw new errors/* InputError */.d(`docker save ${ref} wrote no readable manifest.json; this engine's save format is not supported for --compressed`);
    }
    const layers = manifests[0]?.Layers ?? [];
    return layers.map((layer) => {
        let name = external_node_path_default().posix.normalize(layer);
        for (let hops = 0; links.has(name) && hops < 8; hops++)
            name = links.get(name);
        const bytes = sizes.get(name);
        if (bytes === undefined)
            throw new errors/* InputError */.d(`docker save ${ref} lists layer ${layer} but the archive does not hold it`);
        return bytes;
    });
}
/** The report with compressedBytes on each layer row and totalCompressedBytes, measured by gzipping `docker save`'s layers. */
async function addEngineCompressedSizes(report) {
    const sizes = await measureEngineCompressedLayers(report.image.ref);
    const rows = report.layers.filter((row) => !row.empty);
    const warnings = [...report.warnings];
    if (rows.length !== sizes.length) {
        warnings.push(`the image has ${sizes.length} layers but ${rows.length} rows were decided to make layers; compressed sizes were paired in order`);
    }
    let i = 0;
    const layers = report.layers.map((row) => (row.empty || i >= sizes.length ? { ...row } : { ...row, compressedBytes: sizes[i++] }));
    return { ...report, layers, totalCompressedBytes: sizes.reduce((sum, bytes) => sum + bytes, 0), warnings };
}

// EXTERNAL MODULE: ./src/report/units.ts
var report_units = __webpack_require__(7885);
;// CONCATENATED MODULE: ./src/image/registry/compressed-budget.ts
// The budget file's `compressed: {total, layer}` limits, on pull size: evaluated against a
// report's totalCompressedBytes and each row's compressedBytes (a registry image, or an engine
// image read with --compressed). Pure: data in, violations out (rule `compressed`).


/** Violations of a compressed budget; throws InputError when the report has no compressed sizes to judge. */
function evaluateCompressedBudget(report, budget, imageName, units = 'si') {
    if (budget.totalBytes === undefined && budget.layerBytes === undefined)
        return [];
    if (report.totalCompressedBytes === undefined) {
        throw new errors/* InputError */.d(`the budget of ${imageName} sets "compressed" limits, but ${report.image.ref} has no compressed sizes: read it from a registry (--source registry) or measure them with --compressed`);
    }
    const violations = [];
    const total = report.totalCompressedBytes;
    if (budget.totalBytes !== undefined && total > budget.totalBytes) {
        violations.push({
            image: imageName,
            rule: 'compressed',
            detail: 'total',
            limitBytes: budget.totalBytes,
            actualBytes: total,
            message: `${imageName}: compressed size ${(0,report_units/* formatBytes */.z)(total, units)} is over the budget of ${(0,report_units/* formatBytes */.z)(budget.totalBytes, units)} (by ${(0,report_units/* formatBytes */.z)(total - budget.totalBytes, units)})`,
        });
    }
    if (budget.layerBytes !== undefined) {
        for (const layer of report.layers) {
            const bytes = layer.compressedBytes;
            if (layer.empty || bytes === undefined || bytes <= budget.layerBytes)
                continue;
            violations.push({
                image: imageName,
                rule: 'compressed',
                detail: 'layer',
                layer: { index: layer.index, instruction: layer.instruction, createdBy: layer.createdBy },
                limitBytes: budget.layerBytes,
                actualBytes: bytes,
                message: `${imageName}: layer ${layer.index} (${layer.createdBy || 'base layer'}) is ${(0,report_units/* formatBytes */.z)(bytes, units)} compressed, over the per-layer budget of ${(0,report_units/* formatBytes */.z)(budget.layerBytes, units)}`,
            });
        }
    }
    return violations;
}

;// CONCATENATED MODULE: ./src/image/registry/index.ts
// The registry source's public face: read images from a registry, measure an engine image's
// pull size, judge compressed budgets, and the baseline rule "engine if it has it, else registry".








/**
 * A baseline image: from the engine when it holds the ref, else from its registry (no pull).
 * A runner without an engine also reads the registry.
 */
async function readEngineOrRegistryImage(ref, options = {}) {
    try {
        await inspectImages([ref]);
    }
    catch (error) {
        if (error instanceof DockerCommandError && (isNoEngine(error) || /No such image|No such object|not found/i.test(error.message))) {
            return readRegistryImage(ref, options);
        }
        throw error;
    }
    return readEngineImage(ref);
}


/***/ }),

/***/ 372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ loadImageReport)
/* harmony export */ });
/* unused harmony export DEFAULT_BUILD_TAG */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6489);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3722);
// What both front ends ask for: "the report of this image", where the image is a ref
// already in the engine or a Dockerfile to build first.



const DEFAULT_BUILD_TAG = 'image-size-budget:local';
async function loadImageReport(spec) {
    if (spec.build) {
        const tag = spec.ref || DEFAULT_BUILD_TAG;
        await (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .buildImage */ ._w)({ ...spec.build, tag });
        return (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(tag);
    }
    if (!spec.ref)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('no image given: name an image ref, or a Dockerfile and context to build');
    return (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .readEngineImage */ .O8)(spec.ref);
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ log)
/* harmony export */ });
/* unused harmony export setLog */
// Where diagnostics go. The CLI writes warnings to stderr and debug lines only when
// IMAGE_SIZE_BUDGET_DEBUG is set; the action swaps in @actions/core (useActionsLog),
// so warnings become ::warning:: annotations and debug lines follow ACTIONS_STEP_DEBUG.
const cliLog = {
    debug: (message) => {
        if (process.env.IMAGE_SIZE_BUDGET_DEBUG)
            process.stderr.write(`debug: ${message}\n`);
    },
    info: (message) => process.stderr.write(`${message}\n`),
    warning: (message) => process.stderr.write(`warning: ${message}\n`),
};
let current = cliLog;
const log = {
    debug: (message) => current.debug(message),
    info: (message) => current.info(message),
    warning: (message) => current.warning(message),
};
function setLog(next) {
    current = next;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   hH: () => (/* binding */ renderFilesSection),
/* harmony export */   w: () => (/* binding */ renderLayerTable)
/* harmony export */ });
/* unused harmony export bar */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7885);
// Renders an ImageReport as the terminal table of `analyze`: index, size, share of the
// total with a small bar, and the instruction cut to the terminal width.

const BAR_WIDTH = 10;
/** Cuts text to `width` characters, ending in `…` when cut. Newlines become spaces. */
function cut(text, width) {
    const flat = text.replace(/\s*\n\s*/g, ' ');
    if (width <= 1)
        return flat.slice(0, Math.max(0, width));
    return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
function bar(share, width = BAR_WIDTH) {
    const eighths = Math.round(Math.max(0, Math.min(1, share)) * width * 8);
    const full = Math.floor(eighths / 8);
    const partial = eighths % 8;
    const blocks = ' ▏▎▍▌▋▊▉';
    return ('█'.repeat(full) + (partial ? blocks[partial] : '')).padEnd(width, ' ');
}
function renderLayerTable(report, options = {}) {
    const units = options.units ?? 'si';
    const width = Math.max(60, options.width ?? 100);
    const header = ['#', 'size', 'share', ''];
    const rows = report.layers.map((layer) => {
        const share = report.totalBytes > 0 ? layer.sizeBytes / report.totalBytes : 0;
        return [
            String(layer.index),
            layer.empty ? '—' : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(layer.sizeBytes, units),
            layer.empty ? '' : `${(share * 100).toFixed(1).padStart(5)}% ${bar(share)}`,
            layer.createdBy || (layer.comment ? `(${layer.comment})` : '(base layer)'),
        ];
    });
    const indexWidth = Math.max(1, ...rows.map((r) => r[0].length));
    const sizeWidth = Math.max(4, ...rows.map((r) => r[1].length));
    const shareWidth = 6 + 1 + BAR_WIDTH;
    const instructionWidth = width - indexWidth - sizeWidth - shareWidth - 6;
    const line = (r) => `${r[0].padStart(indexWidth)}  ${r[1].padStart(sizeWidth)}  ${r[2].padEnd(shareWidth)}  ${cut(r[3], instructionWidth)}`.trimEnd();
    const layerCount = report.layers.filter((l) => !l.empty).length;
    const out = [
        `${report.image.ref}  ${report.image.id.replace(/^sha256:/, '').slice(0, 12)}${report.image.platform ? `  ${report.image.platform}` : ''}`,
        line(header),
        ...rows.map(line),
        `total ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(report.totalBytes, units)} (${report.totalBytes} bytes) in ${layerCount} layer${layerCount === 1 ? '' : 's'}`,
    ];
    for (const warning of report.warnings)
        out.push(`warning: ${warning}`);
    return out.join('\n');
}
/** The file analysis under the table: what can be reclaimed, the largest hidden copies, the hints, dive's figures. */
function renderFilesSection(files, options = {}) {
    const units = options.units ?? 'si';
    const width = Math.max(60, options.width ?? 100);
    const percent = (ratio) => `${(ratio * 100).toFixed(1)}%`;
    const out = [
        `reclaimable ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(files.reclaimableBytes, units)} (${files.reclaimableBytes} bytes) in ${files.itemCount} hidden file cop${files.itemCount === 1 ? 'y' : 'ies'}; efficiency ${percent(files.efficiency)}`,
    ];
    const items = files.items.slice(0, options.maxItems ?? 10);
    if (items.length > 0) {
        out.push('largest hidden copies:');
        const sizes = items.map((item) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(item.bytes, units));
        const sizeWidth = Math.max(...sizes.map((s) => s.length));
        items.forEach((item, i) => {
            const fate = item.removedIn !== undefined ? `removed in #${item.removedIn}` : `replaced in #${item.replacedIn}`;
            const tail = `  (added in #${item.addedIn}, ${fate})`;
            out.push(`  ${sizes[i].padStart(sizeWidth)}  ${cut(item.path, width - sizeWidth - tail.length - 4)}${tail}`);
        });
        if (files.itemCount > items.length)
            out.push(`  … and ${files.itemCount - items.length} more`);
    }
    if (files.hints.length > 0) {
        out.push('hints:');
        for (const hint of files.hints)
            out.push(`  ${hint.kind.padEnd(14)} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(hint.bytes, units).padStart(9)}  ${hint.message}`);
    }
    const dive = files.dive;
    out.push(`dive: efficiency ${dive.efficiency}, wasted ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(dive.wastedBytes, units)} (${dive.wastedBytes} bytes), user wasted ${dive.userWastedPercent === null ? 'n/a' : percent(dive.userWastedPercent)}`);
    return out.join('\n');
}


/***/ }),

/***/ 7885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
// Formats byte counts for people. Only renderers call this; reports keep exact bytes.
const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** `67108864` → `67.1 MB` (si, 1000-based, as docker prints) or `64.0 MiB` (iec). Negative values keep their sign. */
function formatBytes(bytes, units = 'si') {
    const base = units === 'iec' ? 1024 : 1000;
    const names = units === 'iec' ? IEC_UNITS : SI_UNITS;
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


/***/ })

};
