export const id = 654;
export const ids = [654];
export const modules = {

/***/ 9206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeFiles: () => (/* binding */ analyzeFiles)
});

// UNUSED EXPORTS: LAYER_PATHS, baseLayerCount, largestFiles

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/report/units.ts
var report_units = __webpack_require__(7885);
// EXTERNAL MODULE: ./src/model/listing.ts
var model_listing = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
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
// The .dive-ci rules that use these figures are in src/budget/rules/dive.ts.


const WHITEOUT = '.wh.';
const DOUBLE_WHITEOUT = '.wh..wh..';
/** A layer's tree while it is built: nodes in the order AddPath creates them, in arrays grown by doubling. */
class TreeBuilder {
    length = 0;
    ids;
    size;
    isDir;
    constructor(capacity) {
        capacity = Math.max(16, capacity);
        this.ids = new Int32Array(capacity);
        this.size = new Float64Array(capacity);
        this.isDir = new Uint8Array(capacity);
    }
    /** Adds a node with an empty FileInfo; returns its slot. */
    push(id) {
        if (this.length === this.ids.length) {
            this.ids = (0,paths/* enlarged */.vo)(this.ids, this.length * 2);
            this.size = (0,paths/* enlarged */.vo)(this.size, this.length * 2);
            this.isDir = (0,paths/* enlarged */.vo)(this.isDir, this.length * 2);
        }
        this.ids[this.length] = id;
        return this.length++;
    }
}
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
    constructor(listings) {
        this.index = (0,model_listing/* sharedIndex */._s)(listings);
        const n = this.index.size;
        this.blocked = new Int32Array(n).fill(-2);
        this.stamp = new Int32Array(n);
        this.slot = new Int32Array(n);
        const cache = new Map();
        this.layers = listings.map((listing) => {
            let layer = cache.get(listing);
            if (!layer)
                cache.set(listing, (layer = this.layerTree(listing)));
            return layer;
        });
    }
    blockedAt(id) {
        const known = this.blocked[id];
        if (known !== -2)
            return known;
        const parent = this.index.parents[id];
        const above = parent <= paths/* ROOT */.Dl ? -1 : this.blockedAt(parent);
        const value = above >= 0
            ? above
            : this.index.nameStartsWith(id, DOUBLE_WHITEOUT)
                ? id
                : -1;
        this.blocked[id] = value;
        return value;
    }
    /** The id's slot in the tree being built, adding it (as an implied directory) and its parents when missing. */
    add(tree, id) {
        if (this.stamp[id] === this.stamps)
            return this.slot[id];
        const parent = this.index.parents[id];
        if (parent !== paths/* ROOT */.Dl)
            this.add(tree, parent);
        this.stamp[id] = this.stamps;
        return (this.slot[id] = tree.push(id));
    }
    /** image_archive.go processLayerTar + file_tree.go AddPath for every entry of one layer. */
    layerTree(listing) {
        const { ids, sizes } = listing;
        this.stamps++;
        const built = new TreeBuilder(listing.length);
        let fileSize = 0;
        for (let i = 0; i < listing.length; i++) {
            const id = ids[i];
            if (id === paths/* ROOT */.Dl)
                continue;
            fileSize += sizes[i];
            const blocked = this.blockedAt(id);
            if (blocked >= 0) {
                // AddPath creates the components above the refused one, then stops.
                const parent = this.index.parents[blocked];
                if (parent !== paths/* ROOT */.Dl)
                    this.add(built, parent);
                continue;
            }
            const k = this.add(built, id);
            built.size[k] = sizes[i];
            built.isDir[k] = (0,model_listing/* goIsDir */.oI)(listing, i) ? 1 : 0;
        }
        const count = built.length;
        const nodes = built.ids.slice(0, count);
        const leaf = new Uint8Array(count).fill(1);
        const parents = this.index.parents;
        for (let k = 0; k < count; k++) {
            const parent = parents[nodes[k]];
            if (parent !== paths/* ROOT */.Dl)
                leaf[this.slot[parent]] = 0;
        }
        return {
            ids: nodes,
            size: built.size.slice(0, count),
            isDir: built.isDir.slice(0, count),
            leaf,
            fileSize
        };
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
            const s = (this.stacked = {
                present: new Uint8Array(n),
                size: new Float64Array(n),
                isDir: new Uint8Array(n)
            });
            s.present[paths/* ROOT */.Dl] = 1;
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
        const { whiteouts } = this.index;
        this.restamp(upper);
        const late = [];
        for (const id of upper.ids) {
            if (whiteouts[id] === paths/* Whiteout */.eV.None)
                continue;
            const name = this.index.name(id);
            const target = name.slice(WHITEOUT.length);
            if (target === '')
                continue; // names its own parent: dive leaves the tree as it is
            const targetId = this.index.find((0,paths/* siblingPath */.eR)(this.index, id, target));
            if (this.inTree(upper, targetId) && compareGoStrings(target, name) < 0)
                late.push(targetId);
            else
                this.removeStacked(targetId);
        }
        upper.ids.forEach((id, k) => {
            if (whiteouts[id] === paths/* Whiteout */.eV.None) {
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
            const key = parent === paths/* ROOT */.Dl ? -1 : this.slot[parent];
            let list = children.get(key);
            if (!list)
                children.set(key, (list = []));
            list.push(k);
        });
        const out = [];
        const names = new Map();
        const nameOf = (id) => {
            let name = names.get(id);
            if (name === undefined)
                names.set(id, (name = this.index.name(id)));
            return name;
        };
        const visit = (key) => {
            const list = children.get(key);
            if (!list)
                return;
            list.sort((a, b) => compareGoStrings(nameOf(layer.ids[a]), nameOf(layer.ids[b])));
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
function diveFigures(listings) {
    const index = (0,model_listing/* sharedIndex */._s)(listings);
    const analysis = new DiveAnalysis(listings);
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
            return '/' + index.path(key);
        const parent = index.parents[key - n];
        return (parent === paths/* ROOT */.Dl ? '' : '/' + index.path(parent)) + '/';
    };
    trees.forEach((tree, current) => {
        // Resolve every leaf first: a whiteout whose path the stacked lower tree lacks aborts the
        // rest of the layer's visit, and only then does the visiting order matter.
        const keys = new Int32Array(tree.ids.length);
        const sizes = new Float64Array(tree.ids.length);
        let aborts = false;
        const { whiteouts } = index;
        for (let k = 0; k < tree.ids.length; k++) {
            if (!tree.leaf[k])
                continue;
            const id = tree.ids[k];
            if (whiteouts[id] === paths/* Whiteout */.eV.None) {
                keys[k] = id;
                sizes[k] = tree.size[k];
                continue;
            }
            const below = analysis.stackedBelow(current);
            const target = index.name(id).slice(WHITEOUT.length);
            const parent = index.parents[id];
            let previous;
            if (target === '') {
                // Path() of "<dir>/.wh." is "<dir>/", which GetNode resolves to the directory itself.
                keys[k] = n + id;
                previous = below.present[parent] ? parent : -1;
            }
            else {
                const targetId = index.find((0,paths/* siblingPath */.eR)(index, id, target));
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
        /** Counts leaf k; false when the visit aborts there (VisitAborted: the path was counted as seen, with no copy). */
        const tally = (k) => {
            const key = keys[k];
            if (!seen[key]) {
                seen[key] = 1;
                minimum[key] = -1;
                touched.push(key);
            }
            const size = sizes[k];
            if (size < 0)
                return false;
            cumulative[key] += size;
            if (minimum[key] < 0 || size < minimum[key])
                minimum[key] = size;
            count[key]++;
            return true;
        };
        if (aborts) {
            for (const k of analysis.sortedLeaves(tree))
                if (!tally(k))
                    break;
        }
        else {
            // Without an abort the order of the visit changes nothing: the tree's own order will do.
            for (let k = 0; k < tree.ids.length; k++)
                if (tree.leaf[k])
                    tally(k);
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
            .map((key) => ({
            path: pathOf(key),
            count: count[key],
            bytes: cumulative[key]
        }))
            .sort((a, b) => b.bytes - a.bytes || compareGoStrings(a.path, b.path))
            .slice(0, 20)
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


/**
 * The overlay state lives in arrays indexed by path id (paths.ts): whether a path exists,
 * the entry visible there (its layer and its position in that layer's listing) and the
 * layer that wrote it. A path exists only while its parent does (hiding a directory clears
 * its whole subtree), so a lookup is one array read.
 */
function applyLayers(listings) {
    const index = (0,model_listing/* sharedIndex */._s)(listings);
    const { parents, firstChild, nextSibling, whiteouts } = index;
    const present = new Uint8Array(index.size);
    const writtenIn = new Int32Array(index.size).fill(-1);
    // The entry visible at a path: listings[writtenIn[id]] at position entryAt[id]; -1 when only implied (a directory above one).
    const entryAt = new Int32Array(index.size).fill(-1);
    present[paths/* ROOT */.Dl] = 1;
    const hidden = [];
    const record = (id, layer, how, upper, upperAt = -1) => {
        const at = entryAt[id];
        if (at < 0 || writtenIn[id] >= layer)
            return;
        const lower = listings[writtenIn[id]];
        const bytes = (0,model_listing/* entryDiskBytes */.pY)(lower, at);
        if (bytes === 0)
            return;
        hidden.push({
            path: '/' + index.path(id),
            bytes,
            addedLayer: writtenIn[id],
            hiddenLayer: layer,
            how,
            metadataOnly: how === 'replaced' &&
                upper !== undefined &&
                (0,model_listing/* isMetadataCopy */.Fm)(lower, at, upper, upperAt)
        });
    };
    const hideSubtree = (id, layer, how) => {
        record(id, layer, how);
        present[id] = 0;
        entryAt[id] = -1;
        hideChildren(id, layer, how);
    };
    const hideChildren = (id, layer, how) => {
        for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
            if (present[child])
                hideSubtree(child, layer, how);
    };
    const isDirAt = (id) => (0,model_listing/* isDirEntry */.uE)(listings[writtenIn[id]], entryAt[id]);
    const ancestors = [];
    listings.forEach((listing, layer) => {
        const layerIds = listing.ids;
        // Deletions first: a layer's whiteouts and opaque markers hide only what lower layers had.
        for (let i = 0; i < listing.length; i++) {
            const id = layerIds[i];
            const whiteout = whiteouts[id];
            if (whiteout === paths/* Whiteout */.eV.None)
                continue;
            const parent = parents[id];
            if (whiteout === paths/* Whiteout */.eV.Opaque) {
                if (present[parent])
                    hideChildren(parent, layer, 'removed');
                continue;
            }
            // Other aufs metadata (.wh..wh.plnk), and a bare `.wh.` that names nothing.
            if (whiteout === paths/* Whiteout */.eV.Other)
                continue;
            const target = index.find((0,paths/* siblingPath */.eR)(index, id, index.name(id).slice(paths/* WHITEOUT_PREFIX */.Fp.length)));
            if (target !== undefined && present[target])
                hideSubtree(target, layer, 'removed');
        }
        for (let i = 0; i < listing.length; i++) {
            const id = layerIds[i];
            if (id === paths/* ROOT */.Dl || whiteouts[id] !== paths/* Whiteout */.eV.None)
                continue;
            ancestors.length = 0;
            for (let up = parents[id]; up !== paths/* ROOT */.Dl; up = parents[up])
                ancestors.push(up);
            for (let a = ancestors.length - 1; a >= 0; a--) {
                const dir = ancestors[a];
                if (!present[dir]) {
                    present[dir] = 1;
                    writtenIn[dir] = layer;
                    entryAt[dir] = -1;
                }
                else if (entryAt[dir] >= 0 &&
                    !isDirAt(dir) &&
                    writtenIn[dir] < layer) {
                    // A lower file or symlink where this layer has a directory: the directory replaces it.
                    record(dir, layer, 'replaced');
                    entryAt[dir] = -1;
                }
            }
            const isDir = (0,model_listing/* isDirEntry */.uE)(listing, i);
            if (present[id]) {
                if (entryAt[id] >= 0 && !(isDirAt(id) && isDir))
                    record(id, layer, 'replaced', listing, i);
                if (!isDir)
                    hideChildren(id, layer, 'replaced');
            }
            present[id] = 1;
            entryAt[id] = i;
            writtenIn[id] = layer;
        }
    });
    return {
        hidden,
        forEachVisible(visit, under) {
            const walk = (id) => {
                const at = entryAt[id];
                if (at >= 0) {
                    const bytes = (0,model_listing/* entryDiskBytes */.pY)(listings[writtenIn[id]], at);
                    if (bytes > 0)
                        visit({ path: '/' + index.path(id), bytes, layer: writtenIn[id] });
                }
                for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
                    if (present[child])
                        walk(child);
            };
            if (!under)
                return walk(paths/* ROOT */.Dl);
            for (const top of under) {
                const id = index.find(top);
                // Visible only if every directory above it is (hiding a directory clears its subtree).
                if (id !== undefined && present[id])
                    walk(id);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/analysis/files.ts
// Builds the report's `files` section from the layer model: hidden copies (what can really
// be reclaimed), the largest of them as items, hints that name the Dockerfile steps and the
// fix, and dive's figures. Layers are named by their `layers` row, never by the filesystem
// layer ordinal, so the section lines up with the table whatever the source.






// Where the caches below can be: only these subtrees are walked, not the whole filesystem.
const CACHE_ROOTS = [
    'var/lib/apt/lists',
    'var/cache/apt',
    'var/cache/apk',
    'etc/apk/cache',
    'root',
    'home',
    'usr/local/share/.cache/yarn'
];
// Package-manager caches that a RUN leaves behind unless it cleans up in the same step.
const CACHES = [
    {
        label: 'apt package lists',
        pattern: /^\/var\/lib\/apt\/lists\/(?!lock$)/,
        cleanup: '`&& rm -rf /var/lib/apt/lists/*`'
    },
    {
        label: 'apt downloaded packages',
        pattern: /^\/var\/cache\/apt\/(archives\/.*\.deb$|[^/]+\.bin$)/,
        cleanup: '`&& apt-get clean`'
    },
    {
        label: 'apk cache',
        pattern: /^\/(var\/cache\/apk|etc\/apk\/cache)\//,
        cleanup: '`apk add --no-cache` (or `&& rm -rf /var/cache/apk/*`)'
    },
    {
        label: 'pip cache',
        pattern: /^\/(root|home\/[^/]+)\/\.cache\/pip\//,
        cleanup: '`pip install --no-cache-dir` (or `&& rm -rf ~/.cache/pip`)'
    },
    {
        label: 'npm cache',
        pattern: /^\/(root|home\/[^/]+)\/\.npm\/_cacache\//,
        cleanup: '`&& npm cache clean --force`'
    },
    {
        label: 'yarn cache',
        pattern: /^\/(usr\/local\/share\/\.cache\/yarn|(root|home\/[^/]+)\/\.cache\/yarn)\//,
        cleanup: '`&& yarn cache clean`'
    },
    {
        label: 'Go build cache',
        pattern: /^\/(root|home\/[^/]+)\/\.cache\/go-build\//,
        cleanup: '`&& go clean -cache` (or a `RUN --mount=type=cache,target=/root/.cache/go-build`)'
    }
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
        if (/^Imported from/.test(row.comment ?? '') ||
            /^ADD file:[0-9a-f]+ in \/\s*$/.test(row.createdBy))
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
    // Both analyses keep their state in arrays over the paths the listings share.
    const dive = diveFigures(listings);
    const applied = applyLayers(listings);
    const hidden = applied.hidden;
    const reclaimableBytes = hidden.reduce((sum, copy) => sum + copy.bytes, 0);
    const layerBytes = rows.reduce((sum, row) => sum + row.sizeBytes, 0);
    const sorted = [...hidden].sort((a, b) => b.bytes - a.bytes ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : a.addedLayer - b.addedLayer));
    const items = sorted
        .slice(0, options.maxItems ?? 100)
        .map((copy) => ({
        path: copy.path,
        bytes: copy.bytes,
        addedIn: rowOf[copy.addedLayer],
        ...(copy.how === 'removed'
            ? { removedIn: rowOf[copy.hiddenLayer] }
            : { replacedIn: rowOf[copy.hiddenLayer] })
    }));
    const hints = [];
    const groups = new Map();
    for (const copy of sorted) {
        const kind = copy.how === 'removed'
            ? 'deleted-later'
            : copy.metadataOnly
                ? 'metadata-copy'
                : 'replaced-later';
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
            examples: copies.slice(0, 3).map((copy) => copy.path)
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
    }, CACHE_ROOTS);
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
                .map((e) => e.path)
        });
    }
    hints.sort((a, b) => Number(a.base ?? false) - Number(b.base ?? false) ||
        b.bytes - a.bytes ||
        a.layers[0] - b.layers[0] ||
        (a.layers[1] ?? 0) - (b.layers[1] ?? 0));
    return {
        reclaimableBytes,
        efficiency: layerBytes > 0 ? 1 - reclaimableBytes / layerBytes : 1,
        items,
        itemCount: hidden.length,
        hints,
        dive,
        layerPaths: listings.map((listing, i) => ({
            layer: rowOf[i],
            paths: largestFiles(listing, LAYER_PATHS)
        }))
    };
}
/** How many paths per layer the report keeps for comparisons: enough to know a layer by, few enough for 1,000 layers. */
const LAYER_PATHS = 20;
/** The `count` largest regular files a layer writes, largest first (ties by path); strings are made for those only. */
function largestFiles(listing, count) {
    const files = [];
    for (let i = 0; i < listing.length; i++)
        if ((0,model_listing/* isFileCode */.Ao)(listing.typeflags[i]))
            files.push(i);
    files.sort((a, b) => listing.sizes[b] - listing.sizes[a] || a - b);
    return files
        .slice(0, count)
        .map((i) => ({
        path: `/${listing.index.path(listing.ids[i])}`,
        bytes: listing.sizes[i]
    }))
        .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ }),

/***/ 4654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILD_FLAGS: () => (/* binding */ BUILD_FLAGS),
/* harmony export */   imageSpecFromFlags: () => (/* binding */ imageSpecFromFlags),
/* harmony export */   parseUnits: () => (/* binding */ parseUnits),
/* harmony export */   runAnalyze: () => (/* binding */ runAnalyze)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _image_archive_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4200);
/* harmony import */ var _image_build_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4483);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5655);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4279);
// `image-size-budget analyze`: the layer report of one image, as a table or JSON.






const BUILD_FLAGS = {
    context: { type: 'string' },
    dockerfile: { type: 'string' },
    target: { type: 'string' },
    'build-arg': { type: 'string', multiple: true },
    platform: { type: 'string' },
    network: { type: 'string' }
};
function parseUnits(value) {
    if (value === undefined || value === 'si' || value === 'iec')
        return value ?? 'si';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--units must be "si" or "iec", not ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)}`);
}
/** An ImageSpec from the image positional and the build flags; a build needs --context or --dockerfile. */
function imageSpecFromFlags(ref, values) {
    const context = values.context;
    const dockerfile = values.dockerfile;
    if (context === undefined && dockerfile === undefined) {
        for (const flag of ['target', 'build-arg', 'platform', 'network']) {
            if (values[flag] !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--${flag} is a build flag: give --context (and --dockerfile) to build`);
        }
        return { ref };
    }
    return {
        ref,
        build: {
            context: context ?? '.',
            dockerfile,
            target: values.target,
            buildArgs: (0,_image_build_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildArgs */ .N)(values['build-arg'] ?? []),
            platform: values.platform,
            network: values.network
        }
    };
}
async function runAnalyze(args, io) {
    const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('analyze', args, {
        json: { type: 'boolean' },
        units: { type: 'string' },
        files: { type: 'boolean' },
        archive: { type: 'string' },
        'dive-ci': { type: 'string' },
        source: { type: 'string' },
        compressed: { type: 'boolean' },
        uncompressed: { type: 'boolean' },
        'insecure-registry': { type: 'string', multiple: true },
        ...BUILD_FLAGS
    });
    if (positionals.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`analyze takes one image ref, got ${positionals.length}: ${positionals.join(' ')}`);
    const units = parseUnits(values.units);
    // Read the rules before any image work, so that a bad .dive-ci fails fast. Loaded on
    // demand: the YAML parser is not needed otherwise.
    const diveCi = values['dive-ci'] !== undefined
        ? await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(647)]).then(__webpack_require__.bind(__webpack_require__, 8647))
        : undefined;
    const diveRules = diveCi
        ? await diveCi.loadDiveCi(values['dive-ci'])
        : undefined;
    let report;
    const source = values.source ?? 'docker';
    if (source !== 'docker' && source !== 'registry')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--source must be "docker" or "registry", not ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(source)}`);
    if (source === 'docker' &&
        (values.uncompressed || values['insecure-registry'] !== undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--${values.uncompressed ? 'uncompressed' : 'insecure-registry'} applies to --source registry`);
    }
    if (source === 'registry') {
        // Read from the registry without pulling: compressed sizes always, uncompressed only by streaming the layers.
        if (positionals.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('--source registry needs one image ref, e.g. "analyze ghcr.io/org/app:pr-1 --source registry"');
        if (values.context !== undefined ||
            values.dockerfile !== undefined ||
            values.archive !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('--source registry reads a pushed image: give no --context, --dockerfile or --archive with it');
        }
        if (values.files || values['dive-ci'] !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('--files and --dive-ci need the layer files from the engine or an archive; with --source registry use --uncompressed for exact layer sizes');
        const { readRegistryImage } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(267)]).then(__webpack_require__.bind(__webpack_require__, 9267));
        report = await readRegistryImage(positionals[0], {
            platform: values.platform,
            uncompressed: values.uncompressed,
            insecureRegistries: values['insecure-registry']
        });
    }
    else if (values.archive !== undefined) {
        // An archive holds its own image: no engine needed, and the file analysis comes with it.
        if (positionals.length > 0 ||
            values.context !== undefined ||
            values.dockerfile !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('--archive reads the image from the archive: give no image ref or build flags with it');
        }
        report = await (0,_image_archive_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readArchive */ .b)(values.archive, {
            platform: values.platform,
            units
        });
    }
    else {
        const spec = imageSpecFromFlags(positionals[0], values);
        if (!spec.ref && !spec.build)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('analyze needs an image ref (e.g. "analyze app:pr"), --archive PATH, or --context to build one');
        const wantFiles = values.files || values['dive-ci'] !== undefined;
        // Loaded here, not at the top: `analyze --archive` needs no engine code (start-up counts, bench/files.mjs).
        const { loadImage } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 372));
        const loaded = await loadImage(spec, { files: wantFiles });
        report = loaded.report;
        if (loaded.archive) {
            const { analyzeFiles } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9206));
            report = {
                ...report,
                files: analyzeFiles(loaded.archive.report.layers, loaded.archive.listings, { units })
            };
        }
    }
    if (values.compressed && report.image.source === 'docker')
        report = await (await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(267)]).then(__webpack_require__.bind(__webpack_require__, 9267))).addEngineCompressedSizes(report);
    let violations;
    if (diveCi && diveRules && report.files)
        violations = diveCi.evaluateDiveCi(report.files.dive, diveRules, report.image.ref);
    if (values.json)
        io.stdout(JSON.stringify(violations ? { ...report, violations } : report, null, 2));
    else {
        const width = process.stdout.columns || 100;
        const parts = [(0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .renderLayerTable */ .w)(report, { units, width })];
        if (report.files)
            parts.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .renderFilesSection */ .hH)(report.files, { units, width }));
        if (violations?.length)
            parts.push(violations.map((violation) => `✗ ${violation.message}`).join('\n'));
        io.stdout(parts.join('\n\n'));
    }
    return violations && violations.length > 0 ? _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OVER_BUDGET */ .G_ : _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
}


/***/ }),

/***/ 2193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R1: () => (/* binding */ readImageFromSource),
/* harmony export */   Xn: () => (/* binding */ storedBlob),
/* harmony export */   ep: () => (/* binding */ blobDigest),
/* harmony export */   kl: () => (/* binding */ locateImage)
/* harmony export */ });
/* unused harmony exports formatPlatform, hostPlatform */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_listing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6689);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(673);
// Finds the image in an archive and turns it into the same ImageReport the engine source
// gives, plus each layer's listing. Layer order comes from the manifest, never from the
// order of blobs: `manifest.json` (docker-archive, legacy or Docker 25+, kaniko) when there
// is one, else `index.json` → index → manifest (OCI layout), choosing by platform.
// Rows come from the config's history (`empty_layer`), sizes from the listings counted as
// the engine's store counts them (../shared/notes/docker-formats.md, parts A and C).




const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json'
]);
const MANIFEST_TYPES = new Set([
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json'
]);
async function readJson(source, name, what) {
    if (!source.has(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: the ${what} ${name} is missing from the archive`);
    const data = await source.read(name);
    try {
        return JSON.parse(data.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: the ${what} ${name} is not valid JSON`);
    }
}
function blobName(digest, source, what) {
    const match = typeof digest === 'string'
        ? /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(digest)
        : null;
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: the ${what} has no valid digest (${JSON.stringify(digest)})`);
    return `blobs/${match[1]}/${match[2]}`;
}
function formatPlatform(p) {
    return [p?.os, p?.architecture, p?.variant].filter(Boolean).join('/');
}
function platformMatches(wanted, actual) {
    const [os, arch, variant] = wanted.split('/');
    const [aos, aarch, avariant] = actual.split('/');
    return (os === aos &&
        (arch === undefined || arch === aarch) &&
        (variant === undefined || variant === avariant));
}
function hostPlatform() {
    const arch = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ia32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x'
    }[process.arch] ?? process.arch;
    return `linux/${arch}`;
}
function isArray(value) {
    return Array.isArray(value);
}
async function locateFromManifestJson(source, options) {
    const manifest = await readJson(source, 'manifest.json', 'manifest');
    if (!isArray(manifest) || manifest.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: manifest.json holds no image`);
    const entries = manifest.map((entry, i) => {
        const e = (entry ?? {});
        if (typeof e.Config !== 'string' ||
            !isArray(e.Layers) ||
            !e.Layers.every((l) => typeof l === 'string')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: manifest.json entry ${i} lacks a Config name or a Layers list`);
        }
        const tags = isArray(e.RepoTags)
            ? e.RepoTags.filter((t) => typeof t === 'string')
            : [];
        return {
            configName: e.Config,
            layerNames: e.Layers,
            ref: tags[0]
        };
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: no image in manifest.json is for platform ${options.platform}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: image indexes nest too deep`);
        const index = (await readJson(source, name, 'image index'));
        if (!index || !isArray(index.manifests))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: ${name} has no "manifests" list`);
        for (const item of index.manifests) {
            const descriptor = (item ?? {});
            if (descriptor.annotations?.['vnd.docker.reference.type'] ===
                'attestation-manifest')
                continue;
            const childRef = descriptor.annotations?.['io.containerd.image.name'] ??
                descriptor.annotations?.['org.opencontainers.image.ref.name'] ??
                ref;
            let type = descriptor.mediaType;
            if (!type || (!INDEX_TYPES.has(type) && !MANIFEST_TYPES.has(type))) {
                // Untyped descriptor: look at the blob.
                const blob = (await readJson(source, blobName(descriptor.digest, source, 'manifest descriptor'), 'manifest'));
                type = isArray(blob?.manifests)
                    ? [...INDEX_TYPES][0]
                    : isArray(blob?.layers)
                        ? [...MANIFEST_TYPES][0]
                        : undefined;
                if (!type)
                    continue;
            }
            if (INDEX_TYPES.has(type))
                await walk(blobName(descriptor.digest, source, 'index descriptor'), depth + 1, childRef);
            else
                candidates.push({
                    descriptor,
                    platform: formatPlatform(descriptor.platform),
                    ref: childRef
                });
        }
    };
    await walk('index.json', 0, undefined);
    if (candidates.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: index.json names no image manifest`);
    const warnings = [];
    let chosen = candidates[0];
    if (candidates.length > 1 || options.platform) {
        const wanted = options.platform;
        const matching = wanted
            ? candidates.filter((c) => !c.platform || platformMatches(wanted, c.platform))
            : candidates.filter((c) => c.platform === hostPlatform());
        const platforms = [
            ...new Set(candidates.map((c) => c.platform || 'unknown'))
        ].join(', ');
        if (matching.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(wanted
                ? `${source.label}: no image for platform ${wanted}; the index has ${platforms}`
                : `${source.label}: the index holds images for ${platforms}; choose one with --platform`);
        }
        chosen = matching[0];
        if (!wanted)
            warnings.push(`the index holds several images (${platforms}); read the one for this host, ${hostPlatform()}`);
    }
    const manifest = (await readJson(source, blobName(chosen.descriptor.digest, source, 'manifest descriptor'), 'image manifest'));
    if (!manifest?.config || !isArray(manifest.layers))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: the image manifest has no config or layers`);
    return {
        configName: blobName(manifest.config.digest, source, 'config descriptor'),
        layerNames: manifest.layers.map((layer, i) => blobName(layer?.digest, source, `layer descriptor ${i}`)),
        ref: chosen.ref,
        warnings
    };
}
function historyRows(config, layerBytes, label) {
    const diffIds = config.rootfs?.diff_ids ?? [];
    const history = isArray(config.history) ? config.history : [];
    if (diffIds.length !== layerBytes.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${label}: the image config lists ${diffIds.length} layer diff_ids but the manifest names ${layerBytes.length} layers`);
    }
    if (history.length === 0) {
        // History is optional in the image spec: one unnamed row per layer.
        return layerBytes.map((sizeBytes, index) => ({
            index,
            instruction: '',
            createdBy: '',
            sizeBytes,
            empty: false,
            ...(diffIds[index] ? { diffId: diffIds[index] } : {})
        }));
    }
    const nonEmpty = history.filter((h) => !h?.empty_layer).length;
    if (nonEmpty !== layerBytes.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${label}: the image history names ${nonEmpty} layers but the image has ${layerBytes.length}; the archive is inconsistent`);
    }
    let layer = 0;
    return history.map((h, index) => {
        const entry = h ?? {};
        const empty = !!entry.empty_layer;
        const step = (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCreatedBy */ .JG)(typeof entry.created_by === 'string' ? entry.created_by : '', typeof entry.comment === 'string' ? entry.comment : '');
        const row = {
            index,
            instruction: step.instruction,
            createdBy: step.createdBy,
            sizeBytes: empty ? 0 : layerBytes[layer],
            empty
        };
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
/** Finds the image in an archive: manifest.json or index.json, then its config; checks that every layer it names is there. */
async function locateImage(source, options = {}) {
    const located = source.has('manifest.json')
        ? await locateFromManifestJson(source, options)
        : source.has('index.json')
            ? await locateFromIndex(source, options)
            : undefined;
    if (!located) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label} is neither a docker-archive (no manifest.json) nor an OCI layout (no index.json)`);
    }
    const configBytes = await source
        .read(located.configName)
        .catch((error) => {
        if (!source.has(located.configName))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: the image config ${located.configName} is missing from the archive`);
        throw error;
    });
    let config;
    try {
        config = JSON.parse(configBytes.toString('utf8'));
        if (!config || typeof config !== 'object')
            throw new Error('not an object');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: the image config ${located.configName} is not valid JSON`);
    }
    for (const name of located.layerNames) {
        if (!source.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${source.label}: the manifest names layer ${name}, which is not in the archive`);
    }
    const diffIds = isArray(config.rootfs?.diff_ids) ? config.rootfs.diff_ids : [];
    return { ...located, configBytes, config, diffIds };
}
/** The stored blob behind a layer member, when the source knows member sizes and the member is a `blobs/<alg>/<hex>`. */
function storedBlob(source, name) {
    const digest = blobDigest(name);
    const sizeBytes = source.storedBytes?.(name);
    return digest && sizeBytes !== undefined ? { digest, sizeBytes } : undefined;
}
/** The digest a blob member name stands for (`blobs/sha256/<hex>`), if it is one. */
function blobDigest(name) {
    const match = /^blobs\/([a-z0-9]+)\/([a-f0-9]{32,128})$/.exec(name);
    return match ? `${match[1]}:${match[2]}` : undefined;
}
/** Reads the image an archive source holds: the report (rows and sizes) and every layer's listing. */
async function readImageFromSource(source, options = {}) {
    const located = await locateImage(source, options);
    const { config, configBytes, diffIds } = located;
    // A layer that repeats (same diff_id; pre-25 `docker save` links the repeat to the first
    // layer.tar) is read once and shared.
    const byKey = new Map();
    const listings = [];
    for (const [i, name] of located.layerNames.entries()) {
        const key = typeof diffIds[i] === 'string' ? `diff ${diffIds[i]}` : `name ${name}`;
        let listing = byKey.get(key);
        if (!listing)
            byKey.set(key, (listing = await source.listLayer(name)));
        listings.push(listing);
    }
    const layerBytes = listings.map(_model_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .layerDiskBytes */ ._n);
    const layers = historyRows(config, layerBytes, source.label);
    const platform = formatPlatform(config);
    return {
        report: {
            schemaVersion: 1,
            image: {
                ref: options.ref ?? located.ref ?? source.label,
                id: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(configBytes).digest('hex')}`,
                source: 'archive',
                ...(platform ? { platform } : {})
            },
            totalBytes: layerBytes.reduce((a, b) => a + b, 0),
            layers,
            warnings: located.warnings
        },
        listings,
        ...(source.storedBytes
            ? { blobs: located.layerNames.map((name) => storedBlob(source, name)) }
            : {})
    };
}


/***/ }),

/***/ 4200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readArchive)
/* harmony export */ });
/* unused harmony export readArchiveImage */
/* harmony import */ var _analysis_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9206);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2193);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9223);
// Image archives as a source: `readArchive` for a file or directory on disk (docker-archive
// legacy or Docker 25+, oci-archive, OCI layout directory, kaniko tarball), with the file
// analysis. An engine image's archive, streamed, is engine.ts (apart, so that reading a file
// loads no engine code).



/** The image in an archive on disk, with its layers listed (no file analysis yet). */
async function readArchiveImage(path, options = {}) {
    const source = await (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .openArchive */ .p_)(path);
    try {
        return await (0,_image_js__WEBPACK_IMPORTED_MODULE_1__/* .readImageFromSource */ .R1)(source, options);
    }
    finally {
        source.close();
    }
}
/** The report of the image in an archive on disk, `files` included. */
async function readArchive(path, options = {}) {
    const { report, listings } = await readArchiveImage(path, options);
    return { ...report, files: (0,_analysis_files_js__WEBPACK_IMPORTED_MODULE_0__.analyzeFiles)(report.layers, listings, options) };
}


/***/ }),

/***/ 7077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ sniffCompression),
/* harmony export */   RY: () => (/* binding */ LayerSink),
/* harmony export */   Sb: () => (/* binding */ listLayerRegion),
/* harmony export */   co: () => (/* binding */ listLayerStream)
/* harmony export */ });
/* unused harmony export addHeader */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_listing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6689);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(363);
// Reads one layer blob into its listing (headers only). The compression is told by the
// first bytes, never by a name: gzip `1f 8b` (estargz too), zstd `28 b5 2f fd`, else tar.
// An uncompressed layer in a file is walked with positioned reads, jumping over contents;
// a compressed one must be inflated, but the inflated contents are dropped as they come.
// Parsing stops at the tar end-of-archive block and ignores whatever follows (estargz's
// index, padding).




/** Inflated bytes per hand-off from zlib's thread. */
const INFLATE_CHUNK = 128 * 1024;
/** Compressed bytes a blob may queue for its inflate before the writer waits. */
const INFLATE_AHEAD = 8 * 1024 * 1024;
function sniffCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 &&
        head[0] === 0x28 &&
        head[1] === 0xb5 &&
        head[2] === 0x2f &&
        head[3] === 0xfd)
        return 'zstd';
    return 'none';
}
/** Adds a header's entry to a listing: by the name's bytes when the walk left them raw. */
function addHeader(builder, header) {
    if (header.rawNameAt >= 0) {
        builder.addBytes(header.rawBlock, header.rawNameAt, header.rawNameAt + header.rawNameLength, header.type, header.size, header.mode, header.uid, header.gid, header.linkBytes);
    }
    else {
        builder.add(header.name, header.type, header.size, header.mode, header.uid, header.gid, header.linkBytes);
    }
}
/** Lists a layer blob stored in a file (a blob file, or a member of an uncompressed archive). */
async function listLayerRegion(region, index) {
    const head = region.reader.at(region.start, Math.min(512, region.size));
    const compression = sniffCompression(head);
    if (compression === 'none') {
        if (region.size > 0 &&
            !(0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeTarHeader */ .aL)(region.reader.at(region.start, Math.min(512, region.size)))) {
            throw new _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .TarFormatError */ .ZV('not a tar, gzip or zstd layer');
        }
        // Most layers' entries are small files: one per few kB of tar is a fair first guess (the
        // columns grow beyond it, and a guess too large costs zeroed memory).
        const builder = new _model_listing_js__WEBPACK_IMPORTED_MODULE_2__/* .ListingBuilder */ .W7(index, Math.min(Math.ceil(region.size / 4096), 1 << 15));
        (0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .walkTar */ .Nb)(region.reader, region.start, region.start + region.size, (header) => addHeader(builder, header), { rawNames: true });
        return builder.finish();
    }
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(region.path, {
        start: region.start,
        end: region.start + region.size - 1,
        highWaterMark: 256 * 1024
    });
    try {
        return await listLayerStream(stream, index, region.size);
    }
    finally {
        stream.destroy();
    }
}
/**
 * Lists a layer blob read from a stream (a compressed blob in a file, a registry blob): gzip,
 * zstd or plain tar, told by its first bytes. `size`, when known, sizes the listing.
 */
async function listLayerStream(source, index = new _model_listing_js__WEBPACK_IMPORTED_MODULE_2__/* .PathIndex */ .EG(), size) {
    const sink = new LayerSink(index, size);
    for await (const chunk of source) {
        const r = sink.write(Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
        if (r)
            await r;
        if (sink.finished)
            break;
    }
    return sink.end();
}
/**
 * Receives a layer blob chunk by chunk (from a stream or a file) and lists it. Decides the
 * compression once the first bytes are in.
 */
class LayerSink {
    builder;
    parser = new _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .TarStreamParser */ .PG((header) => {
        addHeader(this.builder, header);
        return undefined;
    }, undefined, { rawNames: true });
    head = [];
    headBytes = 0;
    mode;
    inflate;
    error;
    inflateEnded;
    /** Bytes received (compressed), for messages. */
    received = 0;
    /** `size`: the blob's size when known, to size the listing's columns (see listLayerRegion). */
    constructor(index, size) {
        this.builder = new _model_listing_js__WEBPACK_IMPORTED_MODULE_2__/* .ListingBuilder */ .W7(index, size === undefined ? undefined : Math.min(Math.ceil(size / 4096), 1 << 15));
    }
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
        if (this.mode === 'none' && !(0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeTarHeader */ .aL)(head))
            throw new _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .TarFormatError */ .ZV('not a tar, gzip or zstd layer');
        if (this.mode !== 'none') {
            // Large output chunks: fewer hand-offs from the thread pool for the same bytes.
            const inflate = this.mode === 'gzip'
                ? node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createGunzip({ chunkSize: INFLATE_CHUNK })
                : node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createZstdDecompress({ chunkSize: INFLATE_CHUNK });
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
                        this.error = new _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .TarFormatError */ .ZV(`${this.mode} data is corrupt: ${error.message}`);
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
        // Up to INFLATE_AHEAD bytes may wait there, so that a stream of blobs moves on to the
        // next one while this one still inflates (one thread per blob; see StreamSource.start).
        this.inflate.write(Buffer.from(chunk));
        if (this.inflate.writableLength > INFLATE_AHEAD) {
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
                return this.builder.finish(); // an empty blob: no entries
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
        return this.builder.finish();
    }
}


/***/ }),

/***/ 9223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e_: () => (/* binding */ StreamSource),
/* harmony export */   p_: () => (/* binding */ openArchive)
/* harmony export */ });
/* unused harmony exports memberName, FileReader, TarFileSource, DirectorySource */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _model_listing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6689);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3916);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(351);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7077);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(363);
// Where the members of an image archive come from, behind one interface: an uncompressed
// tar file on disk (indexed by its headers, members read by offset), a directory (an OCI
// layout or an unpacked docker-archive), or a stream read once (`docker save` stdout, a
// compressed archive), whose members are listed or kept as they pass by.










/** Archive member names as manifests write them: no `./`, no leading slash. */
function memberName(name) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().posix
        .normalize(name.replace(/^(\.\/)+/, '').replace(/^\/+/, ''))
        .replace(/\/$/, '');
}
// Reads are sized by what the walk is doing. Where headers are dense (runs of small files)
// the next miss lies just past the window: read far ahead, since on this kind of machine a
// 32 kB pread costs about as much as a 256 kB one (bench/files.mjs: 4,500 reads of 32 kB
// took 55-80 ms for a layer of 30,000 files, 550 reads of 256 kB about 12 ms). After a
// jump over file contents, read little: the next header may be followed by another jump.
// (Reading the next window ahead on libuv's thread pool was tried and was slower: every
// hand-off costs an event-loop turn, 40 ms over a layer of 30,000 files.)
const WINDOW = 256 * 1024;
const AFTER_JUMP = 16 * 1024;
/** Positioned reads through one window: a run of small tar members costs one read. */
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
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, buffer, 0, length, position);
            if (n < length)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`truncated: the file ends at byte ${position + n}, inside data that needs ${length} bytes from byte ${position}`);
            return buffer;
        }
        const offset = this.locate(position, length);
        return this.window.subarray(offset, offset + length);
    }
    block(position) {
        return this.locate(position, _tar_js__WEBPACK_IMPORTED_MODULE_8__/* .BLOCK */ .IE);
    }
    locate(position, length) {
        const offset = position - this.windowStart;
        if (offset >= 0 && offset + length <= this.windowLength)
            return offset;
        const end = this.windowStart + this.windowLength;
        const sequential = this.windowLength > 0 &&
            position >= this.windowStart &&
            position < end + AFTER_JUMP;
        const want = Math.max(length, sequential ? WINDOW : AFTER_JUMP);
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, this.window, 0, want, position);
        this.windowStart = position;
        this.windowLength = n;
        if (n < length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`truncated: the file ends at byte ${position + n}`);
        return 0;
    }
}
function wrap(label, what, error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${label}: ${what}: ${error.message}`);
    throw error;
}
/** An uncompressed tar file: one pass over its headers, then members read by offset. */
class TarFileSource {
    label;
    paths = new _model_listing_js__WEBPACK_IMPORTED_MODULE_5__/* .PathIndex */ .EG();
    members = new Map();
    reader;
    fd;
    constructor(label) {
        this.label = label;
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(label, 'r');
        this.reader = new FileReader(this.fd);
        try {
            const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd).size;
            if (size < _tar_js__WEBPACK_IMPORTED_MODULE_8__/* .BLOCK */ .IE)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`only ${size} bytes: too short for a tar archive`);
            (0,_tar_js__WEBPACK_IMPORTED_MODULE_8__/* .walkTar */ .Nb)(this.reader, 0, size, (header, offset) => {
                this.members.set(memberName(header.name), {
                    type: header.type,
                    offset,
                    size: header.dataSize,
                    linkname: header.linkname
                });
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
                key = memberName(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.dirname(key), member.linkname));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: ${name} is missing`);
        if (member.size > _limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_DOCUMENT_LIMIT */ .DV)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: ${name} ${tooLarge(member.size)}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: layer ${name} is missing`);
        try {
            return await (0,_layer_js__WEBPACK_IMPORTED_MODULE_7__/* .listLayerRegion */ .Sb)({
                path: this.label,
                reader: this.reader,
                start: member.offset,
                size: member.size
            }, this.paths);
        }
        catch (error) {
            wrap(this.label, `layer ${name}`, error);
        }
    }
    close() {
        if (this.fd >= 0)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = -1;
    }
}
/** A directory: an OCI image layout, or a docker-archive unpacked. */
class DirectorySource {
    label;
    paths = new _model_listing_js__WEBPACK_IMPORTED_MODULE_5__/* .PathIndex */ .EG();
    constructor(label) {
        this.label = label;
    }
    file(name) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(this.label);
        const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root, memberName(name));
        if (full !== root && !full.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: ${name} points outside the directory`);
        return full;
    }
    has(name) {
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.file(name), 'r');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            return true;
        }
        catch {
            return false;
        }
    }
    async read(name) {
        const file = this.file(name);
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
            if (info.size > _limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_DOCUMENT_LIMIT */ .DV)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: ${name} ${tooLarge(info.size)}`);
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d)
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: ${name} is missing or unreadable (${error.code ?? error.message})`);
        }
    }
    async listLayer(name) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.file(name), 'r');
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d)
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: layer ${name} is missing (${error.code ?? ''})`);
        }
        try {
            const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
            return await (0,_layer_js__WEBPACK_IMPORTED_MODULE_7__/* .listLayerRegion */ .Sb)({ path: this.file(name), reader: new FileReader(fd), start: 0, size }, this.paths);
        }
        catch (error) {
            wrap(this.label, `layer ${name}`, error);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    close() { }
}
/** Compressed blobs finishing at once in a stream: one per core is what keeps the cores busy. */
const CLOSING_AT_ONCE = Math.max(2, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)());
/** Why a manifest, index or config is not read: more than JSON_DOCUMENT_LIMIT. */
function tooLarge(size) {
    return `is ${size} bytes, more than the ${_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_DOCUMENT_LIMIT */ .DV} bytes (4 MiB) a manifest, index or config may have, so this is not an image archive as docker, buildah or skopeo write one. Check the archive's path, or save the image again`;
}
/**
 * An archive read in one pass from a stream. Each regular member is judged by its first
 * bytes: JSON is kept, a tar/gzip/zstd blob is listed on the fly (its contents dropped),
 * anything else skipped. Which members are layers is only known from the manifest, which
 * `docker save` writes last, so every blob is listed and errors are kept until asked for.
 */
class StreamSource {
    label;
    paths = new _model_listing_js__WEBPACK_IMPORTED_MODULE_5__/* .PathIndex */ .EG();
    members = new Map();
    /** Each member's size in the archive (a blob's stored, possibly compressed, bytes). */
    sizes = new Map();
    /** Bytes of members kept so far, against STREAM_KEPT_LIMIT. */
    kept = { bytes: 0 };
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
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d)
                throw error;
            // The stream itself failed: a compressed archive that does not inflate, a read error.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${label}: not a readable image archive: ${error.message}`);
        }
        return await reader.finish();
    }
    /**
     * The same, pushed: `feed` each chunk in order (awaiting it when it returns a promise),
     * then `finish`. A chunk may be reused by the caller once its feed has settled: whatever
     * the reader keeps, it copies.
     *
     * A compressed blob's end does not hold up the next member: its inflate finishes on the
     * thread pool while the next blob streams in (a containerd-store export is a run of gzip
     * blobs, and inflating them one after another left a core idle). At most
     * `CLOSING_AT_ONCE` blobs are finishing at a time; `finish` waits for all of them.
     * `skip` names members to drop unread (blobs whose facts are already known).
     */
    static start(label, options = {}) {
        const source = new StreamSource(label);
        let pending;
        const closing = new Set();
        const parser = new _tar_js__WEBPACK_IMPORTED_MODULE_8__/* .TarStreamParser */ .PG((header) => {
            const name = memberName(header.name);
            if (options.skip?.(name)) {
                source.members.set(name, { kind: 'known' });
                source.sizes.set(name, header.dataSize);
                pending = undefined;
                return undefined;
            }
            pending = source.open(header);
            return pending?.write;
        }, async (header) => {
            const sink = pending;
            pending = undefined;
            if (!sink)
                return;
            const name = memberName(header.name);
            const done = sink.close().then((member) => {
                source.members.set(name, member);
                source.sizes.set(name, header.dataSize);
                closing.delete(done);
            });
            closing.add(done);
            if (closing.size >= CLOSING_AT_ONCE)
                await Promise.race(closing);
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
            async finish() {
                try {
                    parser.end();
                }
                catch (error) {
                    failed(error);
                }
                await Promise.all(closing);
                return source;
            }
        };
    }
    open(header) {
        const name = memberName(header.name);
        if (header.type === '1' || header.type === '2') {
            this.members.set(name, {
                kind: 'link',
                type: header.type,
                target: header.linkname
            });
            return undefined;
        }
        if (header.type !== '0' && header.type !== '7')
            return undefined;
        return new MemberSink(header.dataSize, this.paths, this.kept);
    }
    /** The key a member is stored under, following links (pre-25 `docker save` links a repeated layer to the first). */
    resolveKey(name) {
        let key = memberName(name);
        for (let hops = 0; hops < 16; hops++) {
            const member = this.members.get(key);
            if (!member)
                return undefined;
            if (member.kind !== 'link')
                return key;
            key =
                member.type === '2'
                    ? memberName(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.dirname(key), member.target))
                    : memberName(member.target);
        }
        return undefined;
    }
    resolve(name) {
        const key = this.resolveKey(name);
        return key === undefined ? undefined : this.members.get(key);
    }
    /** A member's size as stored in the archive (a blob's compressed bytes), following links; undefined when it was not read. */
    storedBytes(name) {
        const key = this.resolveKey(name);
        return key === undefined ? undefined : this.sizes.get(key);
    }
    has(name) {
        return this.resolve(name) !== undefined;
    }
    async read(name) {
        const member = this.resolve(name);
        if (!member)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: ${name} is missing`);
        if (member.kind === 'skipped')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: ${name} ${member.why}`);
        if (member.kind !== 'data')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: ${name} is not a JSON document`);
        return member.data;
    }
    async listLayer(name) {
        const member = this.resolve(name);
        if (!member)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: layer ${name} is missing`);
        if (member.kind === 'layer')
            return member.listing;
        if (member.kind === 'bad')
            wrap(this.label, `layer ${name}`, member.error);
        if (member.kind === 'known')
            throw new Error(`${this.label}: layer ${name} was skipped as known; it has no listing`);
        if (member.kind === 'data' && member.data.length === 0)
            return new _model_listing_js__WEBPACK_IMPORTED_MODULE_5__/* .ListingBuilder */ .W7(this.paths).finish();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${this.label}: layer ${name} is not a tar, gzip or zstd layer`);
    }
    close() { }
}
/** Decides what a streamed member is from its first bytes, then keeps, lists or drops it. */
class MemberSink {
    size;
    paths;
    kept;
    head = [];
    headBytes = 0;
    mode;
    layer;
    error;
    skipped;
    constructor(size, paths, kept) {
        this.size = size;
        this.paths = paths;
        this.kept = kept;
    }
    write = (chunk) => {
        if (this.mode === undefined) {
            this.head.push(Buffer.from(chunk));
            this.headBytes += chunk.length;
            if (this.headBytes < Math.min(_tar_js__WEBPACK_IMPORTED_MODULE_8__/* .BLOCK */ .IE, this.size))
                return;
            return this.decide();
        }
        return this.push(chunk);
    };
    decide() {
        const head = Buffer.concat(this.head);
        const first = head.subarray(0, 64).toString('latin1').trimStart()[0];
        const json = first === '{' || first === '[';
        if (json && this.size > _limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_DOCUMENT_LIMIT */ .DV)
            [this.mode, this.skipped] = ['drop', tooLarge(this.size)];
        else if (json)
            this.mode = 'keep';
        else if ((0,_layer_js__WEBPACK_IMPORTED_MODULE_7__/* .sniffCompression */ .Hs)(head) !== 'none' || (0,_tar_js__WEBPACK_IMPORTED_MODULE_8__/* .looksLikeTarHeader */ .aL)(head))
            this.mode = 'layer';
        else
            this.mode = this.size <= _limits_js__WEBPACK_IMPORTED_MODULE_6__/* .SMALL_MEMBER_LIMIT */ .bO ? 'keep' : 'drop';
        // What is kept is held until the manifest (written last) says what is needed: STREAM_KEPT_LIMIT in all.
        if (this.mode === 'keep' &&
            this.kept.bytes + this.size > _limits_js__WEBPACK_IMPORTED_MODULE_6__/* .STREAM_KEPT_LIMIT */ .kE) {
            this.mode = 'drop';
            this.skipped = `was not kept: the archive's JSON and small members before it already came to ${this.kept.bytes} bytes, and at most ${_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .STREAM_KEPT_LIMIT */ .kE} bytes (64 MiB) are held, so this is not an image archive as docker, buildah or skopeo write one. Check the archive's path, or save the image again`;
        }
        if (this.mode === 'keep') {
            this.kept.bytes += this.size;
            return;
        }
        this.head = [];
        if (this.mode === 'layer') {
            this.layer = new _layer_js__WEBPACK_IMPORTED_MODULE_7__/* .LayerSink */ .RY(this.paths, this.size);
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
        return this.skipped
            ? { kind: 'skipped', why: this.skipped }
            : { kind: 'other' };
    }
}
/** Opens an archive path: a directory, an uncompressed tar, or a compressed one (read as a stream). */
async function openArchive(path) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`cannot read the archive ${path}: ${error.code ?? error.message}. Check the path given to --archive.`);
    }
    if (info.isDirectory())
        return new DirectorySource(path);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    let head;
    try {
        head = Buffer.alloc(Math.min(_tar_js__WEBPACK_IMPORTED_MODULE_8__/* .BLOCK */ .IE, info.size));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    const compression = (0,_layer_js__WEBPACK_IMPORTED_MODULE_7__/* .sniffCompression */ .Hs)(head);
    if (compression === 'none')
        return new TarFileSource(path);
    const inflate = compression === 'gzip' ? node_zlib__WEBPACK_IMPORTED_MODULE_4___default().createGunzip() : node_zlib__WEBPACK_IMPORTED_MODULE_4___default().createZstdDecompress();
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path);
    file.on('error', (error) => inflate.destroy(error));
    file.pipe(inflate);
    try {
        return await StreamSource.read(path, inflate);
    }
    finally {
        file.destroy();
    }
}


/***/ }),

/***/ 363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   Nb: () => (/* binding */ walkTar),
/* harmony export */   PG: () => (/* binding */ TarStreamParser),
/* harmony export */   ZV: () => (/* binding */ TarFormatError),
/* harmony export */   aL: () => (/* binding */ looksLikeTarHeader)
/* harmony export */ });
/* unused harmony exports parseNumber, isZeroBlock, HeaderDecoder, padded */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
class TarFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d {
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
// One 32-bit view per buffer (the reader's window, the stream parser's block), not one per header.
let viewed;
let view = new Uint32Array(0);
function wordsOf(block) {
    if (block.buffer !== viewed) {
        viewed = block.buffer;
        view = new Uint32Array(block.buffer, 0, block.buffer.byteLength >>> 2);
    }
    return view;
}
/** The unsigned sum of a header's bytes with the checksum field counted as eight spaces. */
function unsignedSum(block, at) {
    const address = block.byteOffset + at;
    let sum = 0;
    if ((address & 3) === 0) {
        // Four bytes at a time, two 16-bit lanes (at most 128 * 2 * 255 per lane): a third of
        // the byte loop's time, which was the largest part of reading a header.
        const words = wordsOf(block);
        const first = address >>> 2;
        let lanes = 0;
        for (let i = first; i < first + BLOCK / 4; i++) {
            const w = words[i];
            lanes += (w & 0x00ff00ff) + ((w >>> 8) & 0x00ff00ff);
        }
        sum = (lanes & 0xffff) + (lanes >>> 16);
        for (let i = at + 148; i < at + 156; i++)
            sum -= block[i];
    }
    else {
        for (let i = at; i < at + BLOCK; i++)
            sum += block[i];
        for (let i = at + 148; i < at + 156; i++)
            sum -= block[i];
    }
    return sum + 8 * 0x20;
}
function checksumOk(block, at) {
    let stored;
    try {
        stored = parseNumber(block, at + 148, 8, 'checksum');
    }
    catch {
        return false;
    }
    const unsigned = unsignedSum(block, at);
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
        if (!Number.isInteger(length) ||
            length <= space - pos ||
            pos + length > data.length)
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
    /**
     * With `reuse`, every entry is decoded into the same object (valid until the next decode):
     * for callers that copy what they need at once, so that a walk makes no object per entry.
     */
    constructor(reuse = false, rawNames = false) {
        this.scratch = reuse ? {} : undefined;
        this.rawNames = rawNames;
    }
    scratch;
    rawNames;
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
        // POSIX ustar ("ustar\0") has a name prefix; GNU ("ustar  \0") keeps other data there.
        const prefixed = block[at + 257] === 0x75 &&
            block[at + 258] === 0x73 &&
            block[at + 259] === 0x74 &&
            block[at + 260] === 0x61 &&
            block[at + 261] === 0x72 &&
            block[at + 262] === 0 &&
            block[at + 345] !== 0;
        let rawNameLength = -1;
        let name = '';
        const paxPath = this.pax?.path ?? (this.globalEmpty ? undefined : this.global.path);
        if (this.rawNames &&
            !prefixed &&
            this.longName === undefined &&
            paxPath === undefined)
            rawNameLength = fieldBytes(block, at, 100);
        else {
            name = field(block, at, 100);
            if (prefixed)
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
            type = (rawNameLength >= 0
                ? rawNameLength > 0 && block[at + rawNameLength - 1] === 0x2f
                : name.endsWith('/'))
                ? '5'
                : '0';
        const header = this.scratch ?? {};
        header.name = name;
        header.type = type;
        header.size = fullSize;
        header.dataSize = HEADER_ONLY.has(type) ? 0 : fullSize;
        header.mode = parseNumber(block, at + 100, 8, 'mode');
        header.uid = uid ?? parseNumber(block, at + 108, 8, 'uid');
        header.gid = gid ?? parseNumber(block, at + 116, 8, 'gid');
        header.linkname = linkname;
        header.linkBytes = linkBytes;
        header.rawNameAt = rawNameLength >= 0 ? at : -1;
        header.rawNameLength = rawNameLength;
        header.rawBlock = rawNameLength >= 0 ? block : undefined;
        return header;
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
    decoder;
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
    /** With `rawNames`, plain names come as bytes (TarHeader.rawNameAt), valid only during `onEntry`. */
    constructor(onEntry, onEntryEnd, options = {}) {
        this.onEntry = onEntry;
        this.onEntryEnd = onEntryEnd;
        this.decoder = new HeaderDecoder(false, options.rawNames);
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
            let r = undefined;
            // Contents nobody asked for are skipped without even a view of them (one per file adds up).
            if (n > 0) {
                if (this.state === 'meta')
                    this.metaParts.push(Buffer.from(chunk.subarray(pos, pos + n)));
                else if (this.sink)
                    r = this.sink(chunk.subarray(pos, pos + n));
            }
            this.remaining -= n;
            pos += n;
            this.offset += n;
            if (r) {
                return r.then(() => {
                    const r2 = this.remaining === 0 ? this.finishEntry() : undefined;
                    return r2
                        ? r2.then(() => this.feed(chunk.subarray(pos)))
                        : this.feed(chunk.subarray(pos));
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
 * (one reused object: copy what you keep) and the file offset of its contents. With
 * `rawNames`, plain names come as bytes (TarHeader.rawNameAt) instead of strings.
 */
function walkTar(reader, start, end, onEntry, options = {}) {
    const decoder = new HeaderDecoder(true, options.rawNames);
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


/***/ }),

/***/ 4483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseBuildArgs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4279);
// Build args as the CLI flags and the action's multi-line input give them (`K=V`), apart
// from build.ts so that parsing flags loads no docker code.


/** Parses `K=V` build-arg strings (CLI flags, or the action's multi-line input). */
function parseBuildArgs(items) {
    const args = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`build arg ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(item)} is not of the form KEY=VALUE`);
        args[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return args;
}


/***/ }),

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ parseCreatedBy),
/* harmony export */   pg: () => (/* binding */ parseHistoryOutput)
/* harmony export */ });
/* unused harmony exports parseDockerSize, parseHistoryLine, splitBuildArgs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4279);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`docker history printed a size this tool does not understand: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(text)}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the engine's history is not JSON: ${output.trim().slice(0, 120)}`);
        }
        if (!Array.isArray(parsed))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d("the engine's history is not a list of rows");
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`docker history printed a line that is not JSON (line ${n + 1}): ${line.slice(0, 120)}`);
        }
        rows.push(parseHistoryLine(parsed));
    }
    return rows;
}
function parseHistoryLine(value) {
    if (typeof value !== 'object' || value === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('docker history printed a row that is not an object');
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


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ isFileCode),
/* harmony export */   EG: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_0__.EG),
/* harmony export */   Fm: () => (/* binding */ isMetadataCopy),
/* harmony export */   W7: () => (/* binding */ ListingBuilder),
/* harmony export */   _n: () => (/* binding */ layerDiskBytes),
/* harmony export */   _s: () => (/* binding */ sharedIndex),
/* harmony export */   oI: () => (/* binding */ goIsDir),
/* harmony export */   pY: () => (/* binding */ entryDiskBytes),
/* harmony export */   uE: () => (/* binding */ isDirEntry)
/* harmony export */ });
/* unused harmony exports listingOf, entriesOf, goPathClean, cleanNameEnd, layerPath, entryKind */
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
            linkBytes: this.links.slice(0, n)
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
/** Whether entry `i` and entry `j` of another listing differ only in mode or owner (a chmod/chown copy-up of a file). */
function isMetadataCopy(lower, i, upper, j) {
    return (isFileCode(lower.typeflags[i]) &&
        isFileCode(upper.typeflags[j]) &&
        lower.sizes[i] === upper.sizes[j] &&
        (lower.modes[i] !== upper.modes[j] ||
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
        const bytes = this.encoder.encode(path);
        const id = this.lookup(bytes, 0, bytes.length, fnv1a(bytes, 0, bytes.length));
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
            layer.empty
                ? ''
                : `${(share * 100).toFixed(1).padStart(5)}% ${bar(share)}`,
            layer.createdBy || (layer.comment ? `(${layer.comment})` : '(base layer)')
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
        `total ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(report.totalBytes, units)} (${report.totalBytes} bytes) in ${layerCount} layer${layerCount === 1 ? '' : 's'}`
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
        `reclaimable ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(files.reclaimableBytes, units)} (${files.reclaimableBytes} bytes) in ${files.itemCount} hidden file cop${files.itemCount === 1 ? 'y' : 'ies'}; efficiency ${percent(files.efficiency)}`
    ];
    const items = files.items.slice(0, options.maxItems ?? 10);
    if (items.length > 0) {
        out.push('largest hidden copies:');
        const sizes = items.map((item) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(item.bytes, units));
        const sizeWidth = Math.max(...sizes.map((s) => s.length));
        items.forEach((item, i) => {
            const fate = item.removedIn !== undefined
                ? `removed in #${item.removedIn}`
                : `replaced in #${item.replacedIn}`;
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
