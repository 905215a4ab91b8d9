export const id = 975;
export const ids = [975];
export const modules = {

/***/ 8975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeImage: () => (/* binding */ analyzeImage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
// The .dive-ci rules that use these figures are in src/budget/rules/dive.ts (the file is read by src/budget/dive-ci.ts).


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
// be reclaimed), the largest of them as items, hints (which rows, how many bytes, what
// kind: report/describe.ts says them in words, with the fix), and dive's figures. Layers are named by their `layers` row, never by the filesystem
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
// Package-manager caches, each with the family one clean-up removes (one hint per family
// and layer, one part per cache; report/describe.ts names the clean-up).
const CACHES = [
    {
        kind: 'apt-lists',
        family: 'apt-lists',
        pattern: /^(\/var\/lib\/apt\/lists)\/(?!lock$)/
    },
    {
        kind: 'apt-archives',
        family: 'apt-archives',
        pattern: /^(\/var\/cache\/apt\/archives)\/.*\.deb$/
    },
    {
        kind: 'apt-binary-cache',
        family: 'apt-archives',
        pattern: /^(\/var\/cache\/apt)\/[^/]+\.bin$/
    },
    {
        kind: 'apk-cache',
        family: 'apk',
        pattern: /^(\/var\/cache\/apk|\/etc\/apk\/cache)\//
    },
    {
        kind: 'pip-cache',
        family: 'pip',
        pattern: /^(\/(?:root|home\/[^/]+)\/\.cache\/pip)\//
    },
    {
        kind: 'npm-cache',
        family: 'npm',
        pattern: /^(\/(?:root|home\/[^/]+)\/\.npm\/_cacache)\//
    },
    {
        kind: 'yarn-cache',
        family: 'yarn',
        pattern: /^(\/usr\/local\/share\/\.cache\/yarn|\/(?:root|home\/[^/]+)\/\.cache\/yarn)\//
    },
    {
        kind: 'go-build-cache',
        family: 'go-build',
        pattern: /^(\/(?:root|home\/[^/]+)\/\.cache\/go-build)\//
    }
];
/** The cache an absolute path is in, with the cache's folder; undefined for other paths. */
function cacheOf(path) {
    for (const cache of CACHES) {
        const match = cache.pattern.exec(path);
        if (match)
            return { cache, folder: match[1] };
    }
    return undefined;
}
/** How many parts a hint keeps (see FileHint.parts). */
const HINT_PARTS = 10;
/** The folder an absolute file path is in: `/a/b/c` → `/a/b`, `/c` → `/`. */
const folderOf = (path) => path.slice(0, path.lastIndexOf('/')) || '/';
/** The deepest folder that holds both `folder` and `other` (both absolute folders). */
function sharedFolder(folder, other) {
    while (folder !== '/' && other !== folder && !other.startsWith(folder + '/'))
        folder = folderOf(folder);
    return folder;
}
/** The top folder a part is keyed by: a path's first two components (`/usr/lib`), or its folder when shallower. */
function topFolder(path) {
    const first = path.indexOf('/', 1);
    if (first < 0)
        return '/';
    const second = path.indexOf('/', first + 1);
    return path.slice(0, second < 0 ? first : second);
}
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Splits file copies into parts (FileHint.parts): a cache's files by the cache, the rest by
 * top folder narrowed to the folder they share; largest first, at most HINT_PARTS.
 */
function hintParts(copies) {
    const parts = new Map();
    for (const copy of copies) {
        const found = cacheOf(copy.path);
        const key = found
            ? `${found.cache.kind} ${found.folder}`
            : topFolder(copy.path);
        let part = parts.get(key);
        if (!part) {
            part = found
                ? { path: found.folder, cache: found.cache.kind, bytes: 0, files: 0 }
                : { path: folderOf(copy.path), bytes: 0, files: 0 };
            parts.set(key, part);
        }
        else if (!found)
            part.path = sharedFolder(part.path, folderOf(copy.path));
        part.bytes += copy.bytes;
        part.files++;
    }
    return [...parts.values()]
        .sort((a, b) => b.bytes - a.bytes ||
        byText(a.path, b.path) ||
        byText(a.cache ?? '', b.cache ?? ''))
        .slice(0, HINT_PARTS);
}
/**
 * The builder that made a history row: BuildKit marks its Dockerfile rows with the comment
 * `buildkit.dockerfile.v0`; a row with a step and no such mark is the classic builder's (or
 * another builder's that leaves none); an imported base has no step and no builder.
 */
function builderOf(row) {
    if (row.comment === 'buildkit.dockerfile.v0')
        return 'buildkit';
    if (row.instruction === '')
        return undefined;
    return 'classic';
}
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
/** The `files` section for a report whose non-empty rows are one-to-one with `listings`. */
function analyzeFiles(rows, listings, options = {}) {
    const rowOf = rows.filter((row) => !row.empty).map((row) => row.index);
    if (rowOf.length !== listings.length) {
        throw new errors/* InputError */.dz(`the image history names ${rowOf.length} layers but the image has ${listings.length}`);
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
        const base = copies[0].addedLayer < baseLayers;
        const builder = builderOf(hider);
        hints.push({
            kind,
            layers: [added.index, hider.index],
            bytes,
            files: copies.length,
            ...(base ? { base: true } : {}),
            examples: copies.slice(0, 3).map((copy) => copy.path),
            parts: hintParts(copies),
            ...(builder ? { builder } : {})
        });
    }
    // Caches left in the final filesystem, by the layer that wrote them: one hint per family
    // (what one clean-up removes) and layer, one part per cache.
    const cacheGroups = new Map();
    applied.forEachVisible((copy) => {
        const found = cacheOf(copy.path);
        if (!found)
            return;
        const family = found.cache.family;
        const key = `${family} ${copy.layer}`;
        let group = cacheGroups.get(key);
        if (!group)
            cacheGroups.set(key, (group = {
                family,
                layer: copy.layer,
                bytes: 0,
                files: 0,
                examples: []
            }));
        group.bytes += copy.bytes;
        group.files++;
        group.examples.push({ path: copy.path, bytes: copy.bytes });
    }, CACHE_ROOTS);
    for (const group of cacheGroups.values()) {
        const row = rows[rowOf[group.layer]];
        const base = group.layer < baseLayers;
        const builder = builderOf(row);
        const parts = hintParts(group.examples);
        hints.push({
            kind: 'package-cache',
            layers: [row.index],
            bytes: group.bytes,
            files: group.files,
            cache: group.family,
            ...(base ? { base: true } : {}),
            examples: group.examples
                .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1))
                .slice(0, 3)
                .map((e) => e.path),
            parts,
            ...(builder ? { builder } : {})
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

;// CONCATENATED MODULE: ./src/analysis/image.ts
// The file analysis of one image as a source yielded it (src/image/resolve.ts): its report
// with the `files` section when its layers were listed, else the report as it is. The front
// ends (cli/analyze, check/check-image) call it after reading: a source never analyzes.

function analyzeImage(image, options = {}) {
    if (!image.archive)
        return image.report;
    return {
        ...image.report,
        files: analyzeFiles(image.archive.report.layers, image.archive.listings, options)
    };
}


/***/ })

};
