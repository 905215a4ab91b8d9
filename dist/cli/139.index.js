export const id = 139;
export const ids = [139];
export const modules = {

/***/ 3334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _$: () => (/* binding */ analyzeFiles),
  k$: () => (/* binding */ baseLayerCount)
});

// UNUSED EXPORTS: HINT_PARTS, LAYER_PATHS, builderOf, hintParts, largestFiles

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/listing.ts
var model_listing = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/model/paths.ts
var model_paths = __webpack_require__(1933);
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
            this.ids = (0,model_paths/* enlarged */.vo)(this.ids, this.length * 2);
            this.size = (0,model_paths/* enlarged */.vo)(this.size, this.length * 2);
            this.isDir = (0,model_paths/* enlarged */.vo)(this.isDir, this.length * 2);
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
        const above = parent <= model_paths/* ROOT */.Dl ? -1 : this.blockedAt(parent);
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
        if (parent !== model_paths/* ROOT */.Dl)
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
            if (id === model_paths/* ROOT */.Dl)
                continue;
            fileSize += sizes[i];
            const blocked = this.blockedAt(id);
            if (blocked >= 0) {
                // AddPath creates the components above the refused one, then stops.
                const parent = this.index.parents[blocked];
                if (parent !== model_paths/* ROOT */.Dl)
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
            if (parent !== model_paths/* ROOT */.Dl)
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
            s.present[model_paths/* ROOT */.Dl] = 1;
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
            if (whiteouts[id] === model_paths/* Whiteout */.eV.None)
                continue;
            const name = this.index.name(id);
            const target = name.slice(WHITEOUT.length);
            if (target === '')
                continue; // names its own parent: dive leaves the tree as it is
            const targetId = this.index.find((0,model_paths/* siblingPath */.eR)(this.index, id, target));
            if (this.inTree(upper, targetId) && compareGoStrings(target, name) < 0)
                late.push(targetId);
            else
                this.removeStacked(targetId);
        }
        upper.ids.forEach((id, k) => {
            if (whiteouts[id] === model_paths/* Whiteout */.eV.None) {
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
            const key = parent === model_paths/* ROOT */.Dl ? -1 : this.slot[parent];
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
        return (parent === model_paths/* ROOT */.Dl ? '' : '/' + index.path(parent)) + '/';
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
            if (whiteouts[id] === model_paths/* Whiteout */.eV.None) {
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
                const targetId = index.find((0,model_paths/* siblingPath */.eR)(index, id, target));
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

;// CONCATENATED MODULE: ./src/analysis/folders.ts
// Where one layer's bytes are: the regular files it writes (their tar header sizes, exact),
// summed into a few folders that do not overlap, for the comparison to say which folders
// grew (`/usr/lib/gcc/x86_64-linux-gnu/12 +38.2 MB`, not 400 files). Pure: from one layer
// listing, no strings made but for the folders kept.
//
// The roll-up rule (README "Baseline comparison"): the layer's top-level entries are the
// candidates; the largest candidate is taken, and while one of its child folders holds
// more than half of its bytes, the walk goes down into that child and the other children
// become candidates of their own. The folder where the walk stops (no child folder holds
// most of it) is kept with all its bytes, unless it is a top-level folder (`/usr`, which
// says little) whose children fit under the cap: they become candidates instead. Largest
// candidates first, at most LAYER_FOLDERS; what no kept folder holds is counted as the
// rest. Ties go by path, so the same listing always gives the same folders.


/** Folders kept per layer: enough to say what grew, few enough for a 1,000-layer report. */
const LAYER_FOLDERS = 10;
/** The folders (and top-level files) that hold `listing`'s bytes, by the roll-up rule above. */
function layerFolders(listing, layer, cap = LAYER_FOLDERS) {
    const parents = listing.index.parents;
    const bytes = new Map();
    const files = new Map();
    const children = new Map();
    const addChild = (parent, child) => {
        const list = children.get(parent);
        if (list)
            list.push(child);
        else
            children.set(parent, [child]);
    };
    // Each file to its folder, then each folder (far fewer) up to the root.
    const direct = new Map();
    for (let i = 0; i < listing.length; i++) {
        if (!(0,model_listing/* isFileCode */.Ao)(listing.typeflags[i]))
            continue;
        const id = listing.ids[i];
        const size = listing.sizes[i];
        if (!bytes.has(id))
            addChild(parents[id], id);
        bytes.set(id, (bytes.get(id) ?? 0) + size);
        files.set(id, (files.get(id) ?? 0) + 1);
        const folder = direct.get(parents[id]);
        if (folder) {
            folder.bytes += size;
            folder.files++;
        }
        else
            direct.set(parents[id], { bytes: size, files: 1 });
    }
    for (const [folder, sum] of direct) {
        let node = folder;
        for (;;) {
            const known = bytes.has(node);
            bytes.set(node, (bytes.get(node) ?? 0) + sum.bytes);
            files.set(node, (files.get(node) ?? 0) + sum.files);
            if (node === model_paths/* ROOT */.Dl)
                break;
            if (!known)
                addChild(parents[node], node);
            node = parents[node];
        }
    }
    const bytesOf = (id) => bytes.get(id) ?? 0;
    const paths = new Map();
    const pathOf = (id) => {
        let path = paths.get(id);
        if (path === undefined)
            paths.set(id, (path = `/${listing.index.path(id)}`));
        return path;
    };
    const larger = (a, b) => bytesOf(b) - bytesOf(a) ||
        (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0);
    const candidates = [...(children.get(model_paths/* ROOT */.Dl) ?? [])];
    const kept = [];
    while (candidates.length > 0 && kept.length < cap) {
        candidates.sort(larger);
        let node = candidates.shift();
        // Empty files only from here on: they hold no bytes to place.
        if (bytesOf(node) === 0)
            break;
        for (;;) {
            const below = children.get(node);
            const most = below?.find((child) => children.has(child) && 2 * bytesOf(child) > bytesOf(node));
            if (most === undefined)
                break;
            for (const child of below)
                if (child !== most)
                    candidates.push(child);
            node = most;
        }
        // A top-level folder (`/usr`) says little: its children instead, while they fit.
        const below = children.get(node);
        if (below &&
            parents[node] === model_paths/* ROOT */.Dl &&
            kept.length + candidates.length + below.length <= cap) {
            candidates.push(...below);
            continue;
        }
        kept.push(node);
    }
    const folders = kept.sort(larger).map((id) => ({
        path: pathOf(id),
        bytes: bytesOf(id),
        files: files.get(id) ?? 0
    }));
    const sum = (values) => values.reduce((t, v) => t + v, 0);
    const restBytes = bytesOf(model_paths/* ROOT */.Dl) - sum(folders.map((f) => f.bytes));
    const restFiles = (files.get(model_paths/* ROOT */.Dl) ?? 0) - sum(folders.map((f) => f.files));
    return {
        layer,
        folders,
        ...(restFiles > 0 ? { restBytes, restFiles } : {})
    };
}

// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/analysis/package-pattern.ts
var package_pattern = __webpack_require__(4849);
// EXTERNAL MODULE: ./src/messages.ts
var messages = __webpack_require__(4279);
;// CONCATENATED MODULE: ./src/analysis/packages/records.ts
// The records every package-database parser yields, the bounds they read within, and the
// small text helpers they share. The parsers (dpkg.ts, apk.ts, npm.ts, python.ts) are pure:
// bytes or a string in, records and problems out. Input comes from an image's layers, so it
// may be anything: a parser never throws on it, reads at most the bytes and records below,
// and reports what it skipped as a problem (a sentence naming the file).
//
// RPM is not read: its database is `var/lib/rpm/rpmdb.sqlite` (or Berkeley DB `Packages` on
// older releases), whose header blobs are a binary format of their own; an RPM image's
// bytes all count as unpackaged for now.

/** How many paths a record's database lists for it. */
const listedPathCount = (record) => record.resolvedPaths?.listed ?? record.paths.length;


const decoder = new TextDecoder('utf-8', { fatal: false });
/** Text of a database file, or a problem when it is too big to read. */
function decodeDatabase(bytes, what, problems) {
    const length = typeof bytes === 'string' ? bytes.length : bytes.byteLength;
    if (length > limits/* PACKAGE_DATABASE_FILE_LIMIT */.Qn) {
        problems.add(`${what}: ${length} bytes, more than the ${limits/* PACKAGE_DATABASE_FILE_LIMIT */.Qn} read; skipped`);
        return undefined;
    }
    return typeof bytes === 'string' ? bytes : decoder.decode(bytes);
}
/**
 * One database file parsed: its text (within the size limit) handed to `read`, or `empty`
 * with the problem when it is too big to read.
 */
function parseDatabase(bytes, what, empty, read) {
    const problems = new Problems();
    const text = decodeDatabase(bytes, what, problems);
    const value = text === undefined ? empty : read(text, problems);
    return { value, problems: problems.done() };
}
/**
 * A database file that lists one item a line: `read` gives a line's item, or '' or undefined
 * when the line holds none (adding a problem when it should have held one).
 */
function parseDatabaseLines(bytes, what, read) {
    return parseDatabase(bytes, what, [], (text, problems) => {
        const items = [];
        for (const line of text.split('\n')) {
            const item = read(line, problems);
            if (item)
                items.push(item);
        }
        return items;
    });
}
/** A bounded list of problems: the first few as sentences, the rest counted. */
class Problems {
    list = [];
    dropped = 0;
    add(problem) {
        if (this.list.length < limits/* PACKAGE_PROBLEMS_LIMIT */.cN)
            this.list.push(problem);
        else
            this.dropped++;
    }
    /** Another bounded list's problems, its count of the rest included. */
    addAll(problems) {
        for (const problem of problems) {
            const more = /^and (\d+) more problems$/.exec(problem);
            if (more)
                this.dropped += Number(more[1]);
            else
                this.add(problem);
        }
    }
    done() {
        return this.dropped > 0
            ? [...this.list, `and ${this.dropped} more problems`]
            : this.list;
    }
}
/** A value quoted in a problem: JSON-quoted, cut short (src/messages.ts). */
const excerpt = (value) => (0,messages/* quote */.hD)(value, 60);
// Paths that need more than dropping one leading slash: `//`, a `.` or `..` component, a
// trailing slash, a backslash, surrounding space, '' or '/' alone.
const NEEDS_CLEAN = /\/\/|(^|\/)\.\.?(\/|$)|\/$|\\|^\s|\s$|^$/;
/** A path from a database as a layer path: no leading `/` or `./`, no trailing `/`; '' when it names the root or leaves it. */
function databasePath(path) {
    // Almost every path is already clean (`/usr/bin/x`): skip the general algorithm for them.
    if (!NEEDS_CLEAN.test(path))
        return path.charCodeAt(0) === 0x2f ? path.slice(1) : path;
    let p = path.trim();
    if (p.includes('\\') && !p.includes('/'))
        p = p.replace(/\\/g, '/');
    const parts = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return '';
            parts.pop();
            continue;
        }
        parts.push(part);
    }
    return parts.join('/');
}
/** An empty record of `manager` with the given identity; parsers fill in the rest. */
function emptyRecord(manager, key, name, version, source) {
    return {
        manager,
        key,
        name,
        version,
        paths: [],
        folders: [],
        depends: [],
        preDepends: [],
        recommends: [],
        suggests: [],
        provides: [],
        source
    };
}

// EXTERNAL MODULE: ./src/model/package-paths.ts
var package_paths = __webpack_require__(3776);
;// CONCATENATED MODULE: ./src/analysis/packages/apk.ts
// Alpine's package database: `lib/apk/db/installed` and the world file `etc/apk/world`.
// Alpine's mirror is not reachable from here, so this follows the documented v2 format
// (wiki.alpinelinux.org "Apk spec", apk-tools database.c): one record per package, records
// separated by a blank line, each line `<letter>:<value>`. `P:` name, `V:` version, `A:` arch,
// `I:` installed size in bytes, `D:` dependencies (space separated, `!name` a conflict),
// `p:` provides, `F:` a directory (relative to the root) and each `R:` after it a file in
// that directory; `M:`, `a:`, `Z:` and the rest are not needed here. The world file holds the
// constraints the user asked for (`apk add`), whitespace separated; a package not named there
// is installed only as a dependency. `apk add --virtual .build-deps gcc …` records a package
// `.build-deps` with no files whose `D:` names gcc …, and puts `.build-deps` in the world.



/** The name in an apk dependency or world constraint (`so:libc.musl-x86_64.so.1=1`, `musl>=1.2`, `curl@edge`). */
function apkConstraintName(token) {
    return token.replace(/^!/, '').split(/[<>=~@]/)[0];
}
function parseConstraints(value) {
    const names = [];
    for (const token of value.split(/\s+/))
        if (token !== '' && !token.startsWith('!'))
            names.push(apkConstraintName(token));
    return names.filter((name) => name !== '');
}
/** Packages of an apk installed database, each with its directories and files as layer paths. */
function parseApkInstalled(bytes, source = package_paths/* APK_INSTALLED */._e) {
    return parseDatabase(bytes, source, [], (text, problems) => {
        const records = [];
        const seen = new Set();
        let record;
        let paths = [];
        let dir;
        let dropped = 0;
        let lineNumber = 0;
        const close = () => {
            if (!record)
                return;
            if (record.name === '')
                problems.add(`${source}: a record with no P: line before line ${lineNumber}`);
            else if (seen.has(record.key))
                problems.add(`${source}: ${record.name} is listed twice; the first kept`);
            else if (records.length >= limits/* PACKAGE_RECORDS_LIMIT */.Gp)
                dropped++;
            else {
                seen.add(record.key);
                record.paths = paths;
                records.push(record);
            }
            record = undefined;
        };
        for (let line of text.split('\n')) {
            lineNumber++;
            if (line.endsWith('\r'))
                line = line.slice(0, -1);
            if (line.trim() === '') {
                close();
                continue;
            }
            if (line.length < 2 || line[1] !== ':') {
                problems.add(`${source} line ${lineNumber}: not a field: ${excerpt(line)}`);
                continue;
            }
            if (!record) {
                record = emptyRecord('apk', '', '', '', source);
                paths = [];
                dir = undefined;
            }
            const value = line.slice(2, 2 + limits/* PACKAGE_FIELD_CHARACTERS */.v1);
            switch (line[0]) {
                case 'P':
                    record.name = value.trim();
                    record.key = `apk:${record.name}`;
                    break;
                case 'V':
                    record.version = value.trim();
                    break;
                case 'A':
                    record.arch = value.trim() || undefined;
                    break;
                case 'I':
                    if (/^\d{1,15}$/.test(value.trim()))
                        record.installedSizeBytes = Number(value);
                    break;
                case 'D':
                    record.depends = parseConstraints(value).map((name) => [name]);
                    break;
                case 'p':
                    record.provides = parseConstraints(value);
                    break;
                case 'F': {
                    const path = databasePath(value);
                    dir = path;
                    if (path !== '')
                        paths.push(path);
                    break;
                }
                case 'R': {
                    if (dir === undefined) {
                        problems.add(`${source} line ${lineNumber}: R: with no F: before it`);
                        break;
                    }
                    const path = databasePath(dir === '' ? value : `${dir}/${value}`);
                    if (path !== '' && !value.includes('/'))
                        paths.push(path);
                    else
                        problems.add(`${source} line ${lineNumber}: not a file name: ${excerpt(value)}`);
                    break;
                }
            }
        }
        close();
        if (dropped > 0)
            problems.add(`${source}: more than ${limits/* PACKAGE_RECORDS_LIMIT */.Gp} records; ${dropped} more not read`);
        return records;
    });
}
/** The package names the world file asks for. */
function parseApkWorld(bytes, source = package_paths/* APK_WORLD */.yP) {
    return parseDatabase(bytes, source, [], (text) => parseConstraints(text).slice(0, limits/* PACKAGE_RECORDS_LIMIT */.Gp));
}

;// CONCATENATED MODULE: ./src/analysis/packages/dpkg.ts
// Debian and Ubuntu's package database, as dpkg and apt leave it in an image:
// `var/lib/dpkg/status` (one deb822 stanza per package), `var/lib/dpkg/info/<pkg>[:arch].list`
// (the paths each package installed, one a line, directories included),
// `var/lib/apt/extended_states` (apt's Auto-Installed marks), and distroless images'
// `var/lib/dpkg/status.d/<pkg>` stanzas with `<pkg>.md5sums` file lists (md5, two spaces, path).
// Formats: deb-control(5), dpkg(1) "INFORMATION ABOUT PACKAGES", apt's extended_states.



/**
 * The stanzas of a deb822 file (blank lines separate them; a line starting with space or tab
 * continues a field). With `fields`, only those are kept: a status file is mostly
 * descriptions and conffiles, which no reader here needs (and joining their lines was most of
 * the parse's cost).
 */
function parseStanzas(text, what, problems, fields) {
    const stanzas = [];
    let current;
    let field;
    let dropped = 0;
    let start = 0;
    let lineNumber = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        let line = text.slice(start, end);
        start = end + 1;
        lineNumber++;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (line.trim() === '') {
            current = undefined;
            field = undefined;
            if (end === text.length)
                break;
            continue;
        }
        if (line.startsWith('#'))
            continue;
        if (line[0] === ' ' || line[0] === '\t') {
            if (current && field !== undefined) {
                if (fields && !fields.has(field))
                    continue;
                const value = current.get(field) ?? '';
                if (value.length < limits/* PACKAGE_FIELD_CHARACTERS */.v1)
                    current.set(field, (value + '\n' + line.slice(1)).slice(0, limits/* PACKAGE_FIELD_CHARACTERS */.v1));
            }
            else
                problems.add(`${what} line ${lineNumber}: a continuation line with no field`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0) {
            problems.add(`${what} line ${lineNumber}: not a field: ${excerpt(line)}`);
            continue;
        }
        if (!current) {
            if (stanzas.length >= limits/* PACKAGE_RECORDS_LIMIT */.Gp) {
                dropped++;
                field = undefined;
                // Skip to the next blank line: the stanza is not kept.
                const blank = text.indexOf('\n\n', start - 1);
                if (blank < 0)
                    break;
                start = blank + 2;
                continue;
            }
            current = new Map();
            stanzas.push(current);
        }
        field = line.slice(0, colon).trim().toLowerCase();
        if (fields && !fields.has(field))
            continue;
        current.set(field, line
            .slice(colon + 1)
            .trim()
            .slice(0, limits/* PACKAGE_FIELD_CHARACTERS */.v1));
    }
    if (dropped > 0)
        problems.add(`${what}: more than ${limits/* PACKAGE_RECORDS_LIMIT */.Gp} stanzas; ${dropped} more not read`);
    return stanzas;
}
/** A dependency field (`a (>= 1) | b:any, c [amd64]`) as groups of alternative names. */
function parseDependencies(value) {
    if (!value)
        return [];
    const groups = [];
    for (const group of value.split(',')) {
        const names = [];
        for (const alternative of group.split('|')) {
            const name = /^\s*([^\s([<:]+)/.exec(alternative)?.[1];
            if (name)
                names.push(name);
        }
        if (names.length > 0)
            groups.push(names);
    }
    return groups;
}
const NAME = /^[a-z0-9][a-z0-9+.-]*$/i;
/** The status fields parseDpkgStatus reads. */
const STATUS_FIELDS = new Set([
    'package',
    'status',
    'architecture',
    'version',
    'installed-size',
    'depends',
    'pre-depends',
    'recommends',
    'suggests',
    'provides'
]);
/** The extended_states fields parseAptExtendedStates reads. */
const EXTENDED_STATES_FIELDS = new Set([
    'package',
    'architecture',
    'auto-installed'
]);
/** Packages from a status file (or one status.d stanza file). Packages that are `not-installed` are left out. */
function parseDpkgStatus(bytes, source = package_paths/* DPKG_STATUS */.ok) {
    return parseDatabase(bytes, source, [], (text, problems) => {
        const records = [];
        const seen = new Set();
        for (const stanza of parseStanzas(text, source, problems, STATUS_FIELDS)) {
            const name = stanza.get('package') ?? '';
            if (!NAME.test(name)) {
                problems.add(`${source}: a stanza with no valid Package field: ${excerpt(name)}`);
                continue;
            }
            // Status: want flag state (`install ok installed`); status.d stanzas have none: installed.
            const status = stanza.get('status')?.split(/\s+/);
            const state = status ? (status[2] ?? 'unknown') : 'installed';
            if (state === 'not-installed')
                continue;
            const arch = stanza.get('architecture') || undefined;
            const key = `dpkg:${name}:${arch ?? ''}`;
            if (seen.has(key)) {
                problems.add(`${source}: ${name}${arch ? ':' + arch : ''} is listed twice; the first kept`);
                continue;
            }
            seen.add(key);
            const record = emptyRecord('dpkg', key, name, stanza.get('version') ?? '', source);
            record.arch = arch;
            record.state = state;
            const size = stanza.get('installed-size');
            if (size !== undefined && /^\d{1,12}$/.test(size))
                record.installedSizeBytes = Number(size) * 1024;
            record.depends = parseDependencies(stanza.get('depends'));
            record.preDepends = parseDependencies(stanza.get('pre-depends'));
            record.recommends = parseDependencies(stanza.get('recommends'));
            record.suggests = parseDependencies(stanza.get('suggests'));
            record.provides = parseDependencies(stanza.get('provides')).flat();
            records.push(record);
        }
        return records;
    });
}
/** The paths of a `.list` file, as layer paths (`/usr/bin/x` → `usr/bin/x`); `/.` (the root) left out. */
function parseDpkgList(bytes, what) {
    return parseDatabaseLines(bytes, what, (line) => databasePath(line.endsWith('\r') ? line.slice(0, -1) : line));
}
/** The paths of a status.d `<pkg>.md5sums` file (`<md5>  <path>`, paths relative to the root). */
function parseDpkgMd5sums(bytes, what) {
    return parseDatabaseLines(bytes, what, (line, problems) => {
        const match = /^[0-9a-f]{32} [ *](.+?)\r?$/i.exec(line);
        if (match)
            return databasePath(match[1]);
        if (line.trim() !== '')
            problems.add(`${what}: not an md5sums line: ${excerpt(line)}`);
        return undefined;
    });
}
/**
 * apt's marks: `name:arch` (or `name` when the stanza has no Architecture) → whether it was
 * installed automatically (`Auto-Installed: 1`).
 */
function parseAptExtendedStates(bytes, source = package_paths/* APT_EXTENDED_STATES */.Hs) {
    return parseDatabase(bytes, source, new Map(), (text, problems) => {
        const marks = new Map();
        for (const stanza of parseStanzas(text, source, problems, EXTENDED_STATES_FIELDS)) {
            const name = stanza.get('package');
            if (!name || !NAME.test(name)) {
                problems.add(`${source}: a stanza with no valid Package field`);
                continue;
            }
            const arch = stanza.get('architecture');
            marks.set(arch ? `${name}:${arch}` : name, stanza.get('auto-installed') === '1');
        }
        return marks;
    });
}
/** The `.list` names dpkg uses for a package: `<name>:<arch>.list` (Multi-Arch: same) or `<name>.list`. */
function dpkgListPaths(record) {
    const plain = `${package_paths/* DPKG_INFO */.E$}/${record.name}.list`;
    return record.arch
        ? [`${package_paths/* DPKG_INFO */.E$}/${record.name}:${record.arch}.list`, plain]
        : [plain];
}

;// CONCATENATED MODULE: ./src/analysis/packages/npm.ts
// npm packages as they sit in an image: a package is its folder under a `node_modules`
// (`app/node_modules/express`, `app/node_modules/@types/node`, nested copies under a
// package's own `node_modules`), named by the `package.json` in it; everything below the
// folder is the package's, save nested packages. Whether it is a dev dependency is not in
// package.json: npm 7+ writes it to the hidden lockfile `node_modules/.package-lock.json`
// (`packages["node_modules/x"].dev`), read when present.


function parseJson(bytes, what, problems) {
    const text = decodeDatabase(bytes, what, problems);
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return value;
        problems.add(`${what}: not a JSON object`);
    }
    catch (error) {
        problems.add(`${what}: not JSON (${excerpt(error.message)})`);
    }
    return undefined;
}
const npm_text = (value) => typeof value === 'string' ? value.slice(0, 214) : undefined;
const names = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.keys(value).map((name) => [name])
    : [];
/** The package whose `package.json` is at `path` (a layer path), owning its folder. */
function parseNpmPackageJson(bytes, path) {
    const problems = new Problems();
    const json = parseJson(bytes, path, problems);
    if (!json)
        return { value: undefined, problems: problems.done() };
    const folder = path.slice(0, path.lastIndexOf('/'));
    const fromFolder = folder.slice(folder.lastIndexOf('node_modules/') + 13);
    const name = npm_text(json.name) ?? fromFolder;
    const record = emptyRecord('npm', `npm:${folder}`, name, npm_text(json.version) ?? '', path);
    record.folders = [folder];
    record.depends = names(json.dependencies);
    record.recommends = names(json.optionalDependencies);
    record.suggests = names(json.peerDependencies);
    return { value: record, problems: problems.done() };
}
/** From a hidden lockfile at `path`: package folder (layer path) → whether it is a dev dependency. */
function parseNpmHiddenLockfile(bytes, path) {
    const problems = new Problems();
    const dev = new Map();
    const json = parseJson(bytes, path, problems);
    const packages = json?.packages;
    if (packages !== null &&
        typeof packages === 'object' &&
        !Array.isArray(packages)) {
        // Keys are relative to the project: the folder holding node_modules.
        const project = path.slice(0, -'node_modules/.package-lock.json'.length);
        for (const [key, entry] of Object.entries(packages)) {
            if (!key.startsWith('node_modules/') || key.includes('..'))
                continue;
            const isDev = entry !== null &&
                typeof entry === 'object' &&
                entry.dev === true;
            dev.set(project + key, isDev);
        }
    }
    else if (json)
        problems.add(`${path}: no "packages" object`);
    return { value: dev, problems: problems.done() };
}

;// CONCATENATED MODULE: ./src/analysis/packages/python.ts
// Python distributions installed under a `site-packages` or `dist-packages` folder:
// `<name>-<version>.dist-info/` (pip and wheels: `METADATA` names it, `RECORD` lists its
// files as CSV `path,hash,size`, paths relative to the site folder, `../../../bin/x` for
// scripts) and `<name>-<version>.egg-info/` (setuptools: `PKG-INFO` names it,
// `installed-files.txt` lists paths relative to the egg-info folder when pip wrote one;
// otherwise `top_level.txt` names the modules, which then count as folders it owns).
// Distributions installed by the OS (Debian's python3-* packages) are dpkg's too: their
// files then have two owners, which the attribution reports as such.


/** PEP 503's normalized name: runs of `-`, `_`, `.` become one `-`, lowercased. */
const normalizePythonName = (name) => name.replace(/[-_.]+/g, '-').toLowerCase();
/** `Name` and `Version` from METADATA or PKG-INFO (email-header format; the body after the first blank line is not read). */
function parsePythonMetadata(bytes, what) {
    return parseDatabase(bytes, what, undefined, (text, problems) => {
        let name = '';
        let version = '';
        const requires = [];
        for (const line of text.split('\n')) {
            if (line.trim() === '')
                break;
            const match = /^([A-Za-z-]+):\s*(.*?)\r?$/.exec(line);
            if (!match)
                continue;
            const field = match[1].toLowerCase();
            if (field === 'name')
                name = match[2].slice(0, 214);
            else if (field === 'version')
                version = match[2].slice(0, 214);
            else if (field === 'requires-dist' && !match[2].includes('extra ==')) {
                const required = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(match[2])?.[0];
                if (required)
                    requires.push(normalizePythonName(required));
            }
        }
        if (name !== '')
            return { name, version, requires };
        problems.add(`${what}: no Name field`);
        return undefined;
    });
}
/** Lines of a CSV RECORD: the first field (quoted or not) of each line. */
function firstCsvField(line) {
    if (!line.startsWith('"')) {
        const comma = line.indexOf(',');
        return comma < 0 ? line : line.slice(0, comma);
    }
    let out = '';
    for (let i = 1; i < line.length; i++) {
        if (line[i] === '"') {
            if (line[i + 1] === '"') {
                out += '"';
                i++;
            }
            else
                break;
        }
        else
            out += line[i];
    }
    return out;
}
/** A path a metadata file lists: absolute, or relative to `folder`; '' when it leaves the root. */
const listedPath = (folder, file) => file.startsWith('/') ? databasePath(file) : databasePath(`${folder}/${file}`);
/** The files of a RECORD, as layer paths (the site folder joined to each; `..` resolved). */
function parsePythonRecord(bytes, site, what) {
    return parseDatabaseLines(bytes, what, (line, problems) => {
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (line === '')
            return undefined;
        const file = firstCsvField(line);
        const path = listedPath(site, file);
        if (path === '')
            problems.add(`${what}: a path outside the root: ${excerpt(file)}`);
        return path;
    });
}
/** The files of an egg-info `installed-files.txt` (paths relative to the egg-info folder). */
function parseEggInstalledFiles(bytes, eggInfo, what) {
    return parseDatabaseLines(bytes, what, (line) => {
        const file = line.trim();
        return file === '' ? undefined : listedPath(eggInfo, file);
    });
}
/** The top-level module names of an egg's `top_level.txt`. */
function parseTopLevel(bytes, what) {
    return parseDatabaseLines(bytes, what, (line) => {
        const name = line.trim();
        return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : undefined;
    });
}

;// CONCATENATED MODULE: ./src/analysis/packages/database.ts
// One image state's package databases read together: given the database files visible at
// some layer (layer path → contents), every package they describe, with its paths and
// marks, whatever the manager. Which files are database files is `isPackageDatabasePath`:
// a reader keeps the contents of those (and only those) while it lists a layer.






/** Parses keyed by path, reused while the path holds the same contents (the same object): one layer rewrites few database files. */
class ParseCache {
    entries = new Map();
    get(path, contents, parse) {
        const known = this.entries.get(path);
        if (known && known.contents === contents)
            return known.parsed;
        const parsed = parse();
        this.entries.set(path, { contents, parsed });
        return parsed;
    }
}
/**
 * The packages the database files `files` describe (layer path → contents: the files visible
 * in one image state). With `resolveList`, dpkg records carry their lists as
 * `resolvedPaths` (and no `paths`).
 */
function readPackageDatabases(files, cache = new ParseCache(), resolveList) {
    const packages = new Map();
    const problems = new Problems();
    const take = (path, parse) => {
        const contents = files.get(path);
        if (contents === undefined)
            return undefined;
        const parsed = cache.get(path, contents, () => parse(contents));
        problems.addAll(parsed.problems);
        return parsed.value;
    };
    const add = (record) => {
        if (packages.has(record.key))
            problems.add(`${record.source}: ${record.name} is listed again; the first kept`);
        else
            packages.set(record.key, record);
    };
    // dpkg: the status file, and distroless's status.d stanzas.
    const marks = take(package_paths/* APT_EXTENDED_STATES */.Hs, (c) => parseAptExtendedStates(c));
    // apt marks an `Architecture: all` package under the native architecture (`manpages:amd64`).
    let byName;
    const marksByName = (all) => {
        if (!all)
            return undefined;
        if (!byName) {
            byName = new Map();
            for (const [key, auto] of all) {
                const colon = key.indexOf(':');
                const name = colon < 0 ? key : key.slice(0, colon);
                if (!byName.has(name))
                    byName.set(name, auto);
            }
        }
        return byName;
    };
    const dpkgRecords = [];
    for (const record of take(package_paths/* DPKG_STATUS */.ok, (c) => parseDpkgStatus(c)) ?? [])
        dpkgRecords.push({ record, lists: dpkgListPaths(record) });
    const pythonFolders = new Map();
    const npmDev = new Map();
    const npmFiles = [];
    for (const path of [...files.keys()].sort()) {
        if (path.startsWith(package_paths/* DPKG_STATUS_D */.F + '/')) {
            if (path.endsWith('.md5sums'))
                continue;
            for (const record of take(path, (c) => parseDpkgStatus(c, path)) ?? [])
                dpkgRecords.push({
                    record,
                    lists: [`${path}.md5sums`, `${package_paths/* DPKG_STATUS_D */.F}/${record.name}.md5sums`]
                });
        }
        else if ((0,package_paths/* isNpmPackageJson */.cJ)(path))
            npmFiles.push(path);
        else if ((0,package_paths/* isNpmHiddenLockfile */.J9)(path))
            for (const [folder, dev] of take(path, (c) => parseNpmHiddenLockfile(c, path)) ?? [])
                npmDev.set(folder, dev);
        else {
            const python = (0,package_paths/* pythonMetadataFile */.cl)(path);
            if (python) {
                const folder = pythonFolders.get(python.folder) ?? new Map();
                folder.set(python.file, path);
                pythonFolders.set(python.folder, folder);
            }
        }
    }
    let unlisted = 0;
    for (const { record, lists } of dpkgRecords) {
        const list = lists.find((path) => files.has(path));
        if (list === undefined)
            unlisted++;
        const resolvedPaths = list !== undefined && resolveList
            ? take(list, (c) => resolveList(list, c))
            : undefined;
        const paths = list === undefined
            ? record.paths
            : resolveList
                ? []
                : list.endsWith('.md5sums')
                    ? take(list, (c) => parseDpkgMd5sums(c, list))
                    : take(list, (c) => parseDpkgList(c, list));
        const mark = marks?.get(`${record.name}:${record.arch}`) ??
            marks?.get(record.name) ??
            (record.arch === 'all' ? marksByName(marks)?.get(record.name) : undefined);
        // A fresh record per state: the parsed one is shared through the cache.
        add({
            ...record,
            paths: paths ?? [],
            ...(resolvedPaths ? { resolvedPaths } : {}),
            auto: marks ? (mark ?? false) : undefined
        });
    }
    // `rm -rf /var/lib/dpkg/info` (a slimming trick) leaves the status without file lists.
    if (unlisted > 0)
        problems.add(`${unlisted} of ${dpkgRecords.length} dpkg packages have no file list (${package_paths/* DPKG_INFO */.E$}/<name>.list): a list a lower layer had is kept, else their files count as unpackaged`);
    // apk
    const world = take(package_paths/* APK_WORLD */.yP, (c) => parseApkWorld(c));
    const asked = world ? new Set(world) : undefined;
    for (const record of take(package_paths/* APK_INSTALLED */._e, (c) => parseApkInstalled(c)) ?? [])
        add(asked ? { ...record, auto: !asked.has(record.name) } : record);
    // npm
    for (const path of npmFiles) {
        const record = take(path, (c) => parseNpmPackageJson(c, path));
        if (!record)
            continue;
        const dev = npmDev.get(record.folders[0]);
        add(dev === undefined ? record : { ...record, dev });
    }
    // Python: one record per metadata folder.
    for (const [folder, metadata] of pythonFolders) {
        const info = (0,package_paths/* pythonMetadataFile */.cl)(metadata.values().next().value);
        if (!info)
            continue;
        const header = metadata.get(info.kind === 'dist-info' ? 'METADATA' : 'PKG-INFO');
        const about = header
            ? take(header, (c) => parsePythonMetadata(c, header))
            : undefined;
        if (!about) {
            if (!header)
                problems.add(`${folder}: no ${info.kind === 'dist-info' ? 'METADATA' : 'PKG-INFO'}; not read`);
            continue;
        }
        const name = normalizePythonName(about.name);
        const record = emptyRecord('python', `python:${info.site}:${name}`, about.name, about.version, header);
        record.depends = about.requires.map((required) => [required]);
        const recordFile = metadata.get('RECORD');
        const installed = metadata.get('installed-files.txt');
        const topLevel = metadata.get('top_level.txt');
        if (recordFile)
            record.paths =
                take(recordFile, (c) => parsePythonRecord(c, info.site, recordFile)) ??
                    [];
        else if (installed)
            record.paths =
                take(installed, (c) => parseEggInstalledFiles(c, folder, installed)) ??
                    [];
        else {
            // No file list: the metadata folder and the top-level modules are its own.
            const modules = topLevel
                ? (take(topLevel, (c) => parseTopLevel(c, topLevel)) ?? [])
                : [];
            record.folders = [
                folder,
                ...modules.map((module) => `${info.site}/${module}`)
            ];
            record.paths = modules.map((module) => `${info.site}/${module}.py`);
        }
        if (recordFile || installed)
            record.paths = [...record.paths, folder];
        add(record);
    }
    return { packages, problems: problems.done() };
}

;// CONCATENATED MODULE: ./src/analysis/packages/attribution.ts
// Which package each byte of an image belongs to, layer by layer. Input: the image's layer
// listings (src/model/listing.ts) and, per layer, the contents of the package-database files
// it wrote (database.ts says which). The database state after each layer is the overlay of
// those files (whiteouts included); a file a layer wrote belongs to the packages whose file
// lists name it in the state after that layer (a package and its files arrive in one layer).
// Out: per package its exact bytes (its files' sizes as the listings hold them, counted the
// way the engine's store counts a layer: file bytes, symlink target lengths, hardlinks once),
// the layer that added it, the layers that changed (new version) or removed it, its bytes in
// every layer that wrote some (these ship whatever later layers do), and the bytes that no
// package owns, per top-level folder.
//
// Cost: one pass over every layer's entries with typed arrays indexed by path id (an owner
// per path), and work per database change proportional to the paths of the packages that
// changed; no per-file strings but for unpackaged top-level folders.
//
// Not handled: dpkg diversions (`var/lib/dpkg/diversions`: a diverted file is counted at the
// path the package lists), symlinked directories other than merged /usr's (`bin` → `usr/bin`
// and its kin are resolved: Debian 12+ packages still list `/bin/…` paths while layers hold
// `usr/bin/…`).





// Merged /usr: these are symlinks into usr/ and dpkg still lists paths through them.
const USR_ALIASES = ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32', 'libo32'];
const SYMLINK = 0x32;
const NONE = -1;
const SEVERAL = -2;
const isInstalledState = (record) => record.state === undefined ||
    (record.state !== 'config-files' && record.state !== 'not-installed');
const samePaths = (a, b) => a === b || (a.length === b.length && a.every((path, i) => path === b[i]));
const sameIds = (a, b) => a === b ||
    (a !== undefined &&
        b !== undefined &&
        a.length === b.length &&
        a.every((id, i) => id === b[i]));
const NO_IDS = new Int32Array(0);
function attributePackages(layers) {
    const listings = layers.map((layer) => layer.listing);
    const index = (0,model_listing/* sharedIndex */._s)(listings);
    const size = index.size;
    const { parents } = index;
    const owners = new Int32Array(size).fill(NONE);
    const several = new Map();
    const folderOwners = new Int32Array(size).fill(NONE);
    let folderCount = 0;
    const tracked = [];
    const byKey = new Map();
    const problems = new StateProblems();
    const cache = new ParseCache();
    const aliases = new Set(USR_ALIASES.filter((top) => {
        const id = index.find(top);
        return id !== undefined && listings.some((l) => hasSymlinkAt(l, id));
    }));
    const resolve = (path) => {
        const slash = path.indexOf('/');
        const top = slash < 0 ? path : path.slice(0, slash);
        if (slash > 0 && aliases.has(top))
            return index.find('usr/' + path) ?? index.find(path);
        return index.find(path);
    };
    const addOwner = (id, n) => {
        const owner = owners[id];
        if (owner === NONE)
            owners[id] = n;
        else if (owner === SEVERAL)
            several.get(id).push(n);
        else if (owner !== n) {
            owners[id] = SEVERAL;
            several.set(id, [owner, n]);
        }
    };
    const removeOwner = (id, n) => {
        const owner = owners[id];
        if (owner === n)
            owners[id] = NONE;
        else if (owner === SEVERAL) {
            const rest = several.get(id).filter((m) => m !== n);
            if (rest.length === 1) {
                owners[id] = rest[0];
                several.delete(id);
            }
            else
                several.set(id, rest);
        }
    };
    /** The ids of the paths a package owns, of the paths its database lists. */
    const ownedIds = (paths) => {
        // A listed path with listed paths under it is a directory of the package: it owns no
        // bytes there, even where the image has a symlink (bookworm's hostname lists `/bin`,
        // the symlink into usr/ that base-files or the installer made).
        const folders = new Set();
        for (const path of paths) {
            const slash = path.lastIndexOf('/');
            if (slash > 0)
                folders.add(path.slice(0, slash));
        }
        const ids = [];
        for (const path of paths) {
            if (folders.has(path))
                continue;
            const id = resolve(path);
            if (id !== undefined && id !== model_paths/* ROOT */.Dl)
                ids.push(id);
        }
        return Int32Array.from(ids);
    };
    // dpkg's file lists are most of what the databases hold (a string per path: 3.9 MB for the
    // 2.2 MB of lists of the bench's Debian image, kept by the parse cache and the records of
    // every state, and V8's heap grew well past that). Resolved to ids as each is parsed, their
    // strings die young and the cache keeps only the ids.
    const resolveList = (path, contents) => {
        const parsed = path.endsWith('.md5sums')
            ? parseDpkgMd5sums(contents, path)
            : parseDpkgList(contents, path);
        return {
            value: { ids: ownedIds(parsed.value), listed: parsed.value.length },
            problems: parsed.problems
        };
    };
    const claim = (t) => {
        t.ids = t.record.resolvedPaths?.ids ?? ownedIds(t.record.paths);
        for (const id of t.ids)
            addOwner(id, t.number);
        t.folderIds = [];
        for (const folder of t.record.folders) {
            const id = index.find(folder);
            if (id !== undefined && id !== model_paths/* ROOT */.Dl) {
                t.folderIds.push(id);
                folderOwners[id] = t.number;
                folderCount++;
                foldersChanged = true;
            }
        }
    };
    const release = (t) => {
        for (const id of t.ids)
            removeOwner(id, t.number);
        for (const id of t.folderIds)
            if (folderOwners[id] === t.number) {
                folderOwners[id] = NONE;
                folderCount--;
                foldersChanged = true;
            }
        t.ids = NO_IDS;
        t.folderIds = [];
    };
    // Per path id: the owner of the nearest folder at or above it (a package that owns a whole
    // folder), made again after claims changed folder owners. One pass in id order: a path's
    // parent always has a smaller id (PathIndex adds parents first); walking up from every
    // path instead was a tenth of the attribution's time.
    let nearestFolder;
    let foldersChanged = true;
    const nearestFolders = () => {
        if (nearestFolder && !foldersChanged)
            return nearestFolder;
        const nearest = (nearestFolder ??= new Int32Array(size));
        nearest[model_paths/* ROOT */.Dl] = NONE;
        for (let id = 1; id < size; id++) {
            const own = folderOwners[id];
            nearest[id] = own >= 0 ? own : nearest[parents[id]];
        }
        foldersChanged = false;
        return nearest;
    };
    /** The packages owning `id`, into `found` (reused: no allocation per file); returns how many. */
    const found = [];
    const ownersOf = (id) => {
        let count = 0;
        const owner = owners[id];
        if (owner >= 0)
            found[count++] = owner;
        else if (owner === SEVERAL)
            for (const n of several.get(id))
                found[count++] = n;
        if (folderCount > 0) {
            const folder = nearestFolders()[id];
            if (folder >= 0) {
                let known = false;
                for (let k = 0; k < count; k++)
                    known ||= found[k] === folder;
                if (!known)
                    found[count++] = folder;
            }
        }
        return count;
    };
    // The database files visible now, as layers write and delete them.
    const databaseFiles = new Map();
    let previous = new Map();
    const databaseChanged = [];
    const unpackagedByLayer = [];
    const tops = new TopNames(index);
    // Per path id: the layer (+1) whose pass has counted it, so a path listed twice counts once.
    const counted = new Int32Array(size);
    const budget = { read: 0 };
    // Per layer and entry: the owner counted for it (a tracked number, SEVERAL, NONE).
    const entryOwners = [];
    const entrySeveral = [];
    layers.forEach((layer, ordinal) => {
        const changed = applyDatabaseWrites(layer, index, databaseFiles, problems, ordinal, budget);
        databaseChanged.push(changed);
        if (changed) {
            const state = readPackageDatabases(databaseFiles, cache, resolveList);
            problems.addState(state.problems);
            for (const [key, listed] of state.packages) {
                let t = byKey.get(key);
                // A dpkg package whose list a later layer deleted (`rm -rf /var/lib/dpkg/info`)
                // still has its files: keep the list it had.
                const record = listed.manager === 'dpkg' &&
                    listedPathCount(listed) === 0 &&
                    t !== undefined &&
                    listedPathCount(t.record) > 0
                    ? {
                        ...listed,
                        paths: t.record.paths,
                        resolvedPaths: t.record.resolvedPaths
                    }
                    : listed;
                state.packages.set(key, record);
                const installed = isInstalledState(record);
                if (!t) {
                    t = {
                        number: tracked.length,
                        record,
                        installed: false,
                        events: [],
                        ids: NO_IDS,
                        folderIds: [],
                        layerBytes: new Float64Array(layers.length),
                        layerFiles: new Float64Array(layers.length),
                        everInstalled: false
                    };
                    tracked.push(t);
                    byKey.set(key, t);
                }
                const old = previous.get(key);
                if (installed && !t.installed)
                    t.events.push({
                        layer: ordinal,
                        kind: 'added',
                        version: record.version
                    });
                else if (!installed && t.installed)
                    t.events.push({
                        layer: ordinal,
                        kind: 'removed',
                        version: t.record.version
                    });
                else if (installed && old && old.version !== record.version)
                    t.events.push({
                        layer: ordinal,
                        kind: 'changed',
                        version: record.version,
                        previousVersion: old.version
                    });
                if (!old ||
                    !samePaths(old.paths, record.paths) ||
                    !sameIds(old.resolvedPaths?.ids, record.resolvedPaths?.ids) ||
                    !samePaths(old.folders, record.folders)) {
                    release(t);
                    t.record = record;
                    claim(t);
                }
                t.record = record;
                t.installed = installed;
                t.everInstalled ||= installed;
            }
            for (const [key, old] of previous)
                if (!state.packages.has(key)) {
                    const t = byKey.get(key);
                    if (t.installed)
                        t.events.push({
                            layer: ordinal,
                            kind: 'removed',
                            version: old.version
                        });
                    t.installed = false;
                    release(t);
                }
            previous = state.packages;
        }
        // This layer's bytes, by owner; the last entry at a path is the one that counts.
        const { listing } = layer;
        const unowned = new Map();
        const owners = new Int32Array(listing.length).fill(NONE);
        const severalAt = new Map();
        entryOwners.push(owners);
        entrySeveral.push(severalAt);
        for (let i = listing.length - 1; i >= 0; i--) {
            const id = listing.ids[i];
            if (counted[id] === ordinal + 1)
                continue;
            counted[id] = ordinal + 1;
            if (index.whiteouts[id] !== model_paths/* Whiteout */.eV.None || (0,model_listing/* isDirEntry */.uE)(listing, i))
                continue;
            const bytes = (0,model_listing/* entryDiskBytes */.pY)(listing, i);
            const owned = ownersOf(id);
            for (let k = 0; k < owned; k++) {
                tracked[found[k]].layerBytes[ordinal] += bytes;
                tracked[found[k]].layerFiles[ordinal]++;
            }
            if (owned === 1)
                owners[i] = found[0];
            else if (owned > 1) {
                owners[i] = SEVERAL;
                severalAt.set(i, found.slice(0, owned));
            }
            if (owned === 0)
                tops.add(unowned, id, bytes);
        }
        unpackagedByLayer.push(tops.rows(unowned));
    });
    // The final filesystem, by owner in the final state.
    const visible = visibleEntries(listings, index);
    const finalBytes = new Float64Array(tracked.length);
    const finalFiles = new Float64Array(tracked.length);
    const sharedFiles = new Float64Array(tracked.length);
    const unowned = new Map();
    for (let id = 1; id < size; id++) {
        const layer = visible.layerOf[id];
        if (layer < 0)
            continue;
        const listing = listings[layer];
        const at = visible.entryOf[id];
        if ((0,model_listing/* isDirEntry */.uE)(listing, at))
            continue;
        const bytes = (0,model_listing/* entryDiskBytes */.pY)(listing, at);
        const owned = ownersOf(id);
        for (let k = 0; k < owned; k++) {
            finalBytes[found[k]] += bytes;
            finalFiles[found[k]]++;
            if (owned > 1)
                sharedFiles[found[k]]++;
        }
        if (owned === 0)
            tops.add(unowned, id, bytes);
    }
    const listed = tracked.filter((t) => t.everInstalled);
    const packages = listed
        .map((t) => {
        const layerBytes = [];
        let shippedBytes = 0;
        t.layerBytes.forEach((bytes, layer) => {
            const files = t.layerFiles[layer];
            if (files > 0) {
                layerBytes.push({ layer, bytes, files });
                shippedBytes += bytes;
            }
        });
        const added = t.events.find((event) => event.kind === 'added');
        const last = t.events[t.events.length - 1];
        const { record } = t;
        return {
            key: record.key,
            manager: record.manager,
            name: record.name,
            arch: record.arch,
            version: record.version,
            addedLayer: added.layer,
            changedLayers: t.events
                .filter((e) => e.kind === 'changed')
                .map((e) => e.layer),
            removedLayer: !t.installed && last.kind === 'removed' ? last.layer : undefined,
            installed: t.installed,
            events: t.events,
            bytes: finalBytes[t.number],
            files: finalFiles[t.number],
            layerBytes,
            shippedBytes,
            hiddenBytes: shippedBytes - finalBytes[t.number],
            installedSizeBytes: record.installedSizeBytes,
            auto: record.auto,
            dev: record.dev,
            sharedFiles: sharedFiles[t.number],
            record
        };
    })
        .sort((a, b) => b.shippedBytes - a.shippedBytes || (a.key < b.key ? -1 : 1));
    // Tracked number → position in `packages`.
    const position = new Int32Array(tracked.length).fill(NONE);
    const keyAt = new Map(packages.map((p, i) => [p.key, i]));
    for (const t of listed)
        position[t.number] = keyAt.get(t.record.key);
    const none = [];
    const ownersOfEntry = (layer, entry) => {
        const owner = entryOwners[layer]?.[entry];
        if (owner === undefined || owner === NONE)
            return none;
        if (owner !== SEVERAL)
            return position[owner] === NONE ? none : [position[owner]];
        return entrySeveral[layer]
            .get(entry)
            .map((n) => position[n])
            .filter((n) => n !== NONE);
    };
    return {
        packages,
        unpackaged: tops.rows(unowned),
        unpackagedByLayer,
        databaseChanged,
        ownersOfEntry,
        problems: problems.done()
    };
}
/**
 * Problems over all database states. Each state repeats the problems of the files it read
 * (a lower state read most of them already), so a problem is kept once, and what is counted
 * past the kept ones is a lower bound: the most any one state had, plus the layers' own.
 */
class StateProblems {
    kept = [];
    seen = new Set();
    layerCount = 0;
    mostInAState = 0;
    keep(problem) {
        if (this.seen.has(problem))
            return;
        this.seen.add(problem);
        if (this.kept.length < limits/* PACKAGE_PROBLEMS_LIMIT */.cN)
            this.kept.push(problem);
    }
    addLayer(problem) {
        this.layerCount++;
        this.keep(problem);
    }
    addState(problems) {
        let count = 0;
        for (const problem of problems) {
            const more = /^and (\d+) more problems$/.exec(problem);
            if (more)
                count += Number(more[1]);
            else {
                count++;
                this.keep(problem);
            }
        }
        this.mostInAState = Math.max(this.mostInAState, count);
    }
    done() {
        const more = this.mostInAState + this.layerCount - this.kept.length;
        return more > 0 ? [...this.kept, `and ${more} more problems`] : this.kept;
    }
}
function hasSymlinkAt(listing, id) {
    for (let i = 0; i < listing.length; i++)
        if (listing.ids[i] === id && listing.typeflags[i] === SYMLINK)
            return true;
    return false;
}
/** Names of top-level folders by path id, made once each. */
class TopNames {
    index;
    names = new Map();
    constructor(index) {
        this.index = index;
    }
    topOf(id) {
        const { parents } = this.index;
        let top = id;
        while (parents[top] !== model_paths/* ROOT */.Dl && parents[top] >= 0)
            top = parents[top];
        return top;
    }
    add(into, id, bytes) {
        const top = this.topOf(id);
        const row = into.get(top);
        if (row) {
            row.bytes += bytes;
            row.files++;
        }
        else
            into.set(top, { bytes, files: 1 });
    }
    rows(from) {
        const rows = [];
        for (const [id, { bytes, files }] of from) {
            let name = this.names.get(id);
            if (name === undefined)
                this.names.set(id, (name = this.index.path(id)));
            rows.push({ top: name, bytes, files });
        }
        return rows.sort((a, b) => b.bytes - a.bytes || (a.top < b.top ? -1 : 1));
    }
}
/**
 * Applies one layer's deletions and writes to the visible database files; whether anything
 * changed. Deletions first (a whiteout hides only what lower layers had), as in whiteouts.ts.
 */
function applyDatabaseWrites(layer, index, files, problems, ordinal, budget) {
    let changed = false;
    const { listing } = layer;
    const deleteUnder = (dir) => {
        for (const path of files.keys())
            if (dir === '' || path === dir || path.startsWith(dir + '/')) {
                files.delete(path);
                changed = true;
            }
    };
    if (files.size > 0) {
        let dirs;
        const isAbove = (dir) => {
            if (!dirs) {
                dirs = new Set(['']);
                for (const path of files.keys())
                    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1))
                        dirs.add(path.slice(0, slash));
            }
            return dirs.has(dir);
        };
        for (let i = 0; i < listing.length; i++) {
            const id = listing.ids[i];
            const whiteout = index.whiteouts[id];
            if (whiteout === model_paths/* Whiteout */.eV.File) {
                const target = (0,model_paths/* siblingPath */.eR)(index, id, index.name(id).slice(model_paths/* WHITEOUT_PREFIX */.Fp.length));
                if (files.has(target)) {
                    files.delete(target);
                    changed = true;
                }
                else if (isAbove(target)) {
                    deleteUnder(target);
                    dirs = undefined;
                }
            }
            else if (whiteout === model_paths/* Whiteout */.eV.Opaque) {
                const parent = index.parents[id];
                const dir = parent === model_paths/* ROOT */.Dl ? '' : index.path(parent);
                if (isAbove(dir)) {
                    deleteUnder(dir);
                    dirs = undefined;
                }
            }
        }
    }
    for (const [path, contents] of layer.databases) {
        const length = contents === undefined
            ? 0
            : typeof contents === 'string'
                ? contents.length
                : contents.byteLength;
        if (contents === undefined ||
            budget.read + length > limits/* PACKAGE_DATABASES_TOTAL_LIMIT */.Hs) {
            if (files.delete(path))
                changed = true;
            problems.addLayer(contents === undefined
                ? `layer ${ordinal}: ${path} was not read (too big); its packages are left out`
                : `layer ${ordinal}: ${path} was not read: the image's package databases are over ${limits/* PACKAGE_DATABASES_TOTAL_LIMIT */.Hs} bytes; its packages are left out`);
            continue;
        }
        budget.read += length;
        if (files.get(path) !== contents) {
            files.set(path, contents);
            changed = true;
        }
    }
    return changed;
}
/**
 * The entry visible at each path of the final filesystem (layer and position; -1: none),
 * applying whiteouts, opaque directories and replacements the way whiteouts.ts does.
 */
function visibleEntries(listings, index) {
    const size = index.size;
    const { parents, firstChild, nextSibling, whiteouts } = index;
    const layerOf = new Int32Array(size).fill(-1);
    const entryOf = new Int32Array(size).fill(-1);
    const present = new Uint8Array(size);
    present[model_paths/* ROOT */.Dl] = 1;
    const hideChildren = (id) => {
        for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
            if (present[child]) {
                present[child] = 0;
                layerOf[child] = -1;
                hideChildren(child);
            }
    };
    listings.forEach((listing, layer) => {
        for (let i = 0; i < listing.length; i++) {
            const id = listing.ids[i];
            const whiteout = whiteouts[id];
            if (whiteout === model_paths/* Whiteout */.eV.Opaque) {
                if (present[parents[id]])
                    hideChildren(parents[id]);
            }
            else if (whiteout === model_paths/* Whiteout */.eV.File) {
                const target = index.find((0,model_paths/* siblingPath */.eR)(index, id, index.name(id).slice(model_paths/* WHITEOUT_PREFIX */.Fp.length)));
                if (target !== undefined && present[target]) {
                    present[target] = 0;
                    layerOf[target] = -1;
                    hideChildren(target);
                }
            }
        }
        for (let i = 0; i < listing.length; i++) {
            const id = listing.ids[i];
            if (id === model_paths/* ROOT */.Dl || whiteouts[id] !== model_paths/* Whiteout */.eV.None)
                continue;
            for (let up = parents[id]; up !== model_paths/* ROOT */.Dl; up = parents[up]) {
                if (present[up] &&
                    layerOf[up] >= 0 &&
                    layerOf[up] < layer &&
                    !(0,model_listing/* isDirEntry */.uE)(listings[layerOf[up]], entryOf[up]))
                    layerOf[up] = -1; // a lower file where this layer has a directory
                if (present[up])
                    break;
                present[up] = 1;
            }
            const isDir = (0,model_listing/* isDirEntry */.uE)(listing, i);
            if (present[id] && !isDir)
                hideChildren(id);
            present[id] = 1;
            layerOf[id] = layer;
            entryOf[id] = i;
        }
    });
    return { layerOf, entryOf };
}

;// CONCATENATED MODULE: ./src/analysis/package-report.ts
// The report's package fields (`files.packages`, `packageCount`, `unpackaged`, …) from the
// package attribution (packages/attribution.ts) over the layers' listings and the database
// files their readers kept (LayerListing.databases). Layers are named by their `layers` row.
// Strings from the databases are cut to the report's caps, so a report always reads back.



/** How many packages a PackageMatch names. */
const MATCH_PACKAGES_SHOWN = 5;
const cut = (value, characters) => value.length > characters ? value.slice(0, characters) : value;
/**
 * The package attribution of an image whose filesystem layers are `listings`, computed once
 * for the report's fields and the package hints; undefined when no layer wrote a package
 * database, unless `always` (a budget's `unpackaged:` limit: then every file is unpackaged).
 */
function attributeImagePackages(listings, always = false) {
    if (!always && !listings.some((listing) => listing.databases !== undefined))
        return undefined;
    return attributePackages(listings.map((listing) => ({
        listing,
        databases: listing.databases ?? new Map()
    })));
}
/** The packages of `result` that `pattern` matches, totalled by the bytes they ship. */
function matchPackages(result, pattern, rowOf, baseLayers = 0) {
    // `packages` is sorted by the bytes each ships, largest first.
    const matching = result.packages.filter((p) => (0,package_pattern/* packageMatches */.Y5)(pattern, p));
    const shipped = (p) => ({
        name: cut(p.name, limits/* REPORT_NAME_CHARACTERS */.uW),
        manager: p.manager,
        ...(p.arch ? { arch: cut(p.arch, limits/* REPORT_NAME_CHARACTERS */.uW) } : {}),
        version: cut(p.version, limits/* REPORT_NAME_CHARACTERS */.uW),
        bytes: p.shippedBytes,
        layers: [...p.layerBytes]
            .sort((a, b) => b.bytes - a.bytes || a.layer - b.layer)
            .map((l) => rowOf[l.layer])
    });
    const inBase = (p) => p.layerBytes.reduce((sum, l) => (l.layer < baseLayers ? sum + l.bytes : sum), 0);
    const baseBytes = matching.reduce((sum, p) => sum + inBase(p), 0);
    return {
        pattern: cut(pattern.text, limits/* REPORT_TEXT_CHARACTERS */._6),
        bytes: matching.reduce((sum, p) => sum + p.shippedBytes, 0),
        ...(baseBytes > 0 ? { baseBytes } : {}),
        count: matching.length,
        // Those the image's own layers ship first: the ones a rule judges.
        packages: [...matching]
            .sort((a, b) => b.shippedBytes - inBase(b) - (a.shippedBytes - inBase(a)) ||
            b.shippedBytes - a.shippedBytes)
            .slice(0, MATCH_PACKAGES_SHOWN)
            .map(shipped)
    };
}
/**
 * The package fields from the attribution of the image's filesystem layers (row `rowOf[i]`
 * for layer i); none without one. `patterns`: the budget's `package:` rules, each totalled
 * over every package. `databases`: false when the attribution was made without any package
 * database (for an `unpackaged:` limit): then only the unpackaged fields are given.
 */
function packageFields(result, rowOf, patterns = [], databases = true, baseLayers = 0) {
    if (!result)
        return {};
    const unpackaged = {
        unpackaged: result.unpackaged
            .slice(0, limits/* REPORT_UNPACKAGED_LIMIT */.rM)
            .map((u) => ({
            top: cut(u.top, limits/* REPORT_TEXT_CHARACTERS */._6),
            bytes: u.bytes,
            files: u.files
        })),
        unpackagedCount: result.unpackaged.length,
        unpackagedBytes: result.unpackaged.reduce((sum, u) => sum + u.bytes, 0)
    };
    if (!databases)
        return unpackaged;
    const item = (p) => ({
        name: cut(p.name, limits/* REPORT_NAME_CHARACTERS */.uW),
        version: cut(p.version, limits/* REPORT_NAME_CHARACTERS */.uW),
        manager: p.manager,
        ...(p.arch ? { arch: cut(p.arch, limits/* REPORT_NAME_CHARACTERS */.uW) } : {}),
        bytes: p.bytes,
        files: p.files,
        addedIn: rowOf[p.addedLayer],
        ...(p.changedLayers.length > 0
            ? { changedIn: p.changedLayers.map((layer) => rowOf[layer]) }
            : {}),
        ...(p.removedLayer !== undefined
            ? { removedIn: rowOf[p.removedLayer] }
            : {}),
        ...(p.hiddenBytes > 0 ? { hiddenBytes: p.hiddenBytes } : {}),
        layers: p.layerBytes.map((l) => ({
            layer: rowOf[l.layer],
            bytes: l.bytes,
            files: l.files
        }))
    });
    return {
        packages: result.packages.slice(0, limits/* REPORT_PACKAGES_LIMIT */.L7).map(item),
        packageCount: result.packages.length,
        ...unpackaged,
        ...(patterns.length > 0
            ? {
                packageMatches: patterns.map((pattern) => matchPackages(result, pattern, rowOf, baseLayers))
            }
            : {}),
        ...(result.problems.length > 0
            ? {
                packageProblems: result.problems
                    .slice(0, 40)
                    .map((p) => cut(p, limits/* REPORT_TEXT_CHARACTERS */._6))
            }
            : {})
    };
}

// EXTERNAL MODULE: ./src/analysis/runtime-hints.ts
var runtime_hints = __webpack_require__(3357);
;// CONCATENATED MODULE: ./src/analysis/package-hints.ts
// Hints that name packages, from the package attribution (packages/attribution.ts) and the
// hidden copies (whiteouts.ts); pure. Every byte figure is the files' bytes as the layer
// listings hold them, never a database's estimate (dpkg Installed-Size, apk I:).
//
// - The packages a `deleted-later`/`replaced-later` hint's copies belong to (their owners in
//   the state after the layer that wrote them), which of them the hiding step upgraded, and
//   the bytes that are package-manager bookkeeping (copyHintPackages).
// - `recommended-packages`: per step, the packages it installed only because an installed
//   package recommends or suggests them (apt's auto mark, and no Depends/Pre-Depends path
//   from a manually installed package), with the package that pulled each in.
// - `kept-packages`: per step that removed packages, the ones installed with them that stay:
//   needed by nothing (what `apt-get autoremove` removes), or kept by another installed
//   package's Recommends/Suggests (apt's autoremove keeps those too).
// The dependency graph of a layer's state is the installed packages' records as the last
// database that held them says (versions and arch qualifiers dropped; `a | b` follows every
// installed alternative, as apt's autoremove marks them; a name also reaches the packages
// that Provide it). Layers are named by their `layers` row (`rowOf`).

/** How many packages a hint lists (FileHint.packages); packageCount counts them all. */
const HINT_PACKAGES = 10;
/**
 * Files a package manager rewrites on every install or removal that no package owns: dpkg's
 * database and log, debconf's cache, apt's state and logs, ldconfig's caches, apk's database.
 */
const BOOKKEEPING = /^\/(?:var\/lib\/dpkg\/|var\/cache\/debconf\/|var\/cache\/ldconfig\/|var\/log\/(?:dpkg\.log|alternatives\.log|apt\/)|var\/lib\/apt\/extended_states$|etc\/ld\.so\.cache$|lib\/apk\/db\/|etc\/apk\/world$)/;
/** Whether an absolute path is package-manager bookkeeping (when no package owns it). */
const isBookkeepingPath = (path) => BOOKKEEPING.test(path);
const package_hints_cut = (value) => value.length > limits/* REPORT_NAME_CHARACTERS */.uW
    ? value.slice(0, limits/* REPORT_NAME_CHARACTERS */.uW)
    : value;
/** The package's version in the state after `layer` (the removed version once removed), undefined before it was added. */
function versionAt(p, layer) {
    let version;
    for (const event of p.events)
        if (event.layer <= layer)
            version = event.version;
    return version;
}
function installedAt(p, layer) {
    let installed = false;
    for (const event of p.events)
        if (event.layer <= layer)
            installed = event.kind !== 'removed';
    return installed;
}
/** The layer of the last `added` event at or before `layer`. */
function addedBy(p, layer) {
    let added;
    for (const event of p.events)
        if (event.layer <= layer && event.kind === 'added')
            added = event.layer;
    return added;
}
const byBytes = (a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const listed = (packages) => packages.sort(byBytes).slice(0, HINT_PACKAGES);
/**
 * The packages the copies of one `deleted-later`/`replaced-later` hint belong to (all copies
 * were added by one layer and hidden by one layer), with each one's bytes among them, largest
 * first; on a replaced-later hint, a package whose version the hiding layer changed carries
 * its `previousVersion`. Copies no package owns at paths of package-manager bookkeeping are
 * counted apart (bookkeepingBytes).
 */
function copyHintPackages(copies, attribution) {
    const bytes = new Map();
    let packageBytes = 0;
    let bookkeepingBytes = 0;
    for (const copy of copies) {
        const owners = attribution
            ? attribution.ownersOfEntry(copy.addedLayer, copy.entry)
            : [];
        for (const owner of owners)
            bytes.set(owner, (bytes.get(owner) ?? 0) + copy.bytes);
        if (owners.length > 0)
            packageBytes += copy.bytes;
        else if (isBookkeepingPath(copy.path))
            bookkeepingBytes += copy.bytes;
    }
    // With package databases, packageBytes says how much is packaged, 0 included.
    const fields = attribution ? { packageBytes } : {};
    if (attribution && bytes.size > 0 && copies.length > 0) {
        const { addedLayer, hiddenLayer, how } = copies[0];
        const packages = [];
        for (const [owner, ownBytes] of bytes) {
            const p = attribution.packages[owner];
            const version = versionAt(p, addedLayer);
            const upgrade = how === 'replaced'
                ? p.events.find((event) => event.layer === hiddenLayer && event.kind === 'changed')
                : undefined;
            packages.push({
                name: package_hints_cut(p.name),
                manager: p.manager,
                ...(upgrade
                    ? {
                        version: package_hints_cut(upgrade.version),
                        previousVersion: package_hints_cut(upgrade.previousVersion ?? version ?? '')
                    }
                    : version !== undefined
                        ? { version: package_hints_cut(version) }
                        : {}),
                bytes: ownBytes
            });
        }
        // Upgraded packages first: they are what the sentence names.
        packages.sort((a, b) => Number(b.previousVersion !== undefined) -
            Number(a.previousVersion !== undefined) || byBytes(a, b));
        fields.packages = packages.slice(0, HINT_PACKAGES);
        fields.packageCount = packages.length;
    }
    if (bookkeepingBytes > 0)
        fields.bookkeepingBytes = bookkeepingBytes;
    return fields;
}
/** The dependency graph of the packages installed after one layer, by manager and name. */
class LayerGraph {
    packages;
    byName = new Map();
    installed = [];
    constructor(packages, layer) {
        this.packages = packages;
        packages.forEach((p, i) => {
            if (!installedAt(p, layer))
                return;
            this.installed.push(i);
            for (const name of [p.name, ...p.record.provides]) {
                const key = `${p.manager}:${name}`;
                const list = this.byName.get(key);
                if (list)
                    list.push(i);
                else
                    this.byName.set(key, [i]);
            }
        });
    }
    /** The installed packages a dependency group reaches: every installed alternative, by name or Provides. */
    targets(from, groups) {
        const manager = this.packages[from].manager;
        const out = [];
        for (const group of groups)
            for (const name of group)
                for (const target of this.byName.get(`${manager}:${name}`) ?? [])
                    if (target !== from)
                        out.push(target);
        return out;
    }
    hard(i) {
        const { record } = this.packages[i];
        return this.targets(i, [...record.preDepends, ...record.depends]);
    }
    soft(i) {
        const { record } = this.packages[i];
        return this.targets(i, [...record.recommends, ...record.suggests]);
    }
    /**
     * From the manually installed packages: those reached through Depends/Pre-Depends alone
     * (`hard`), and those reached only through a Recommends or Suggests somewhere on the way
     * (`soft`, each with the package that pulled it in). A package whose mark is unknown counts
     * as manually installed: it is never a candidate itself.
     */
    reach() {
        const roots = this.installed.filter((i) => this.packages[i].auto !== true);
        const hard = new Set(roots);
        const queue = [...roots];
        while (queue.length > 0) {
            const i = queue.pop();
            for (const target of this.hard(i))
                if (!hard.has(target)) {
                    hard.add(target);
                    queue.push(target);
                }
        }
        // Breadth first, so each package's `via` is the nearest one that pulled it in.
        const soft = new Map();
        let frontier = [];
        for (const i of [...hard].sort((a, b) => a - b))
            for (const target of this.soft(i))
                if (!hard.has(target) && !soft.has(target)) {
                    soft.set(target, i);
                    frontier.push(target);
                }
        while (frontier.length > 0) {
            const next = [];
            for (const i of frontier)
                for (const target of [...this.hard(i), ...this.soft(i)])
                    if (!hard.has(target) && !soft.has(target)) {
                        soft.set(target, i);
                        next.push(target);
                    }
            frontier = next;
        }
        return { hard, soft };
    }
}
const layerBytesOf = (p, layer) => p.layerBytes.find((l) => l.layer === layer) ?? { bytes: 0, files: 0 };
/** A hint naming packages: its bytes and files are the sums over all of them. */
function packagesHint(kind, layers, members, builder) {
    const packages = members.map((m) => m.package);
    return {
        kind,
        layers,
        bytes: packages.reduce((sum, p) => sum + p.bytes, 0),
        files: members.reduce((sum, m) => sum + m.files, 0),
        packages: listed(packages),
        packageCount: packages.length,
        ...(builder ? { builder } : {})
    };
}
/**
 * The `recommended-packages` and `kept-packages` hints of an image: for each layer a Dockerfile
 * step made (from `baseLayers` on), with the rows `rowOf` names and `builderOf` (files.ts).
 */
function packageHints(attribution, rows, rowOf, baseLayers, builderOf) {
    if (!attribution)
        return [];
    const { packages } = attribution;
    const hints = [];
    for (let layer = baseLayers; layer < rowOf.length; layer++) {
        if (!attribution.databaseChanged[layer])
            continue;
        const row = rows[rowOf[layer]];
        const builder = builderOf(row);
        const addedHere = packages
            .map((p, i) => ({ p, i }))
            .filter(({ p }) => p.events.some((e) => e.layer === layer && e.kind === 'added'));
        const removedHere = packages.filter((p) => p.events.some((e) => e.layer === layer && e.kind === 'removed'));
        const candidates = addedHere.some(({ p }) => p.auto === true) || removedHere.length > 0;
        if (!candidates)
            continue;
        const graph = new LayerGraph(packages, layer);
        const { hard, soft } = graph.reach();
        const via = (i) => package_hints_cut(packages[soft.get(i)].name);
        // Installed by this step only through a Recommends/Suggests chain.
        const recommended = addedHere
            .filter(({ p, i }) => p.auto === true && soft.has(i) && !hard.has(i))
            .map(({ p, i }) => {
            const own = layerBytesOf(p, layer);
            return {
                package: {
                    name: package_hints_cut(p.name),
                    manager: p.manager,
                    version: package_hints_cut(versionAt(p, layer) ?? p.version),
                    bytes: own.bytes,
                    via: via(i)
                },
                files: own.files
            };
        })
            .filter((m) => m.package.bytes > 0);
        if (recommended.length > 0)
            hints.push(packagesHint('recommended-packages', [row.index], recommended, builder));
        // What stays of what was installed with the packages this step removed.
        if (removedHere.length === 0)
            continue;
        const installers = new Set();
        for (const p of removedHere) {
            const added = addedBy(p, layer);
            if (added !== undefined && added >= baseLayers && added < layer)
                installers.add(added);
        }
        const groups = new Map();
        for (const i of graph.installed) {
            const p = packages[i];
            if (p.auto !== true || !p.installed || hard.has(i) || p.bytes === 0)
                continue;
            const added = addedBy(p, layer);
            if (added === undefined || !installers.has(added))
                continue;
            const orphan = !soft.has(i);
            const key = `${added} ${orphan}`;
            let group = groups.get(key);
            if (!group)
                groups.set(key, (group = { added, orphan, members: [] }));
            group.members.push({
                package: {
                    name: package_hints_cut(p.name),
                    manager: p.manager,
                    version: package_hints_cut(p.version),
                    bytes: p.bytes,
                    ...(orphan ? {} : { via: via(i) })
                },
                files: p.files
            });
        }
        for (const group of groups.values())
            hints.push(packagesHint('kept-packages', [rowOf[group.added], row.index], group.members, builder));
    }
    return hints;
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
    present[model_paths/* ROOT */.Dl] = 1;
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
            entry: at,
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
            if (whiteout === model_paths/* Whiteout */.eV.None)
                continue;
            const parent = parents[id];
            if (whiteout === model_paths/* Whiteout */.eV.Opaque) {
                if (present[parent])
                    hideChildren(parent, layer, 'removed');
                continue;
            }
            // Other aufs metadata (.wh..wh.plnk), and a bare `.wh.` that names nothing.
            if (whiteout === model_paths/* Whiteout */.eV.Other)
                continue;
            const target = index.find((0,model_paths/* siblingPath */.eR)(index, id, index.name(id).slice(model_paths/* WHITEOUT_PREFIX */.Fp.length)));
            if (target !== undefined && present[target])
                hideSubtree(target, layer, 'removed');
        }
        for (let i = 0; i < listing.length; i++) {
            const id = layerIds[i];
            if (id === model_paths/* ROOT */.Dl || whiteouts[id] !== model_paths/* Whiteout */.eV.None)
                continue;
            ancestors.length = 0;
            for (let up = parents[id]; up !== model_paths/* ROOT */.Dl; up = parents[up])
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
                return walk(model_paths/* ROOT */.Dl);
            for (const top of under) {
                const id = index.find(top);
                // Visible only if every directory above it is (hiding a directory clears its subtree).
                if (id !== undefined && present[id])
                    walk(id);
            }
        },
        visibleTotal() {
            let bytes = 0;
            let files = 0;
            for (let id = 1; id < index.size; id++) {
                if (!present[id] || entryAt[id] < 0)
                    continue;
                const size = (0,model_listing/* entryDiskBytes */.pY)(listings[writtenIn[id]], entryAt[id]);
                if (size > 0) {
                    bytes += size;
                    files++;
                }
            }
            return { bytes, files };
        },
        visibleAt(path) {
            const id = index.find(path);
            if (id === undefined || !present[id] || entryAt[id] < 0)
                return undefined;
            const bytes = (0,model_listing/* entryDiskBytes */.pY)(listings[writtenIn[id]], entryAt[id]);
            return bytes > 0
                ? { path: '/' + path, bytes, layer: writtenIn[id] }
                : undefined;
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
        throw new errors/* InputError */.dz({
            input: 'image',
            problem: `the image history names ${rowOf.length} layers but the image has ${listings.length}`
        });
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
    // What the package databases tell: one attribution, for the report's package fields and
    // the hints that name packages.
    const attribution = attributeImagePackages(listings);
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
            ...(builder ? { builder } : {}),
            ...(kind === 'metadata-copy' ? {} : copyHintPackages(copies, attribution))
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
    // Without any package database every file is unpackaged: measured for a budget that asks.
    const unpackagedOnly = !attribution && options.unpackaged
        ? attributeImagePackages(listings, true)
        : undefined;
    hints.push(...packageHints(attribution, rows, rowOf, baseLayers, builderOf));
    hints.push(...(0,runtime_hints/* runtimeHints */.Rz)({
        rows,
        rowOf,
        listings,
        applied,
        attribution,
        baseLayers,
        fromImage: options.fromImage,
        cacheOf: (path) => cacheOf(path)?.cache.kind,
        cacheRoots: CACHE_ROOTS,
        builderOf
    }));
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
        })),
        layerFolders: listings.map((listing, i) => layerFolders(listing, rowOf[i])),
        ...packageFields(attribution ?? unpackagedOnly, rowOf, options.packagePatterns, attribution !== undefined, baseLayers)
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

/***/ 4139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeImage: () => (/* binding */ analyzeImage)
/* harmony export */ });
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3334);
// The file analysis of one image as a source yielded it (src/image/resolve.ts): its report
// with the `files` section when its layers were listed, else the report as it is. The front
// ends (cli/analyze, check/check-image) call it after reading: a source never analyzes.

function analyzeImage(image, options = {}) {
    if (!image.archive)
        return image.report;
    return {
        ...image.report,
        files: (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeFiles */ ._$)(image.archive.report.layers, image.archive.listings, options)
    };
}


/***/ }),

/***/ 4849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ parsePackagePattern),
/* harmony export */   Y5: () => (/* binding */ packageMatches)
/* harmony export */ });
/* unused harmony export globMatches */
// The package patterns of a budget's `package:` rules (`gcc*`, `python3*`, `npm:left-pad`,
// `libc6:i386`): a glob over package names, `*` any run of characters and `?` one, case
// insensitive, every other character itself. A leading `dpkg:`, `apk:`, `npm:` or
// `python:` names the package manager; any other colon is dpkg's `name:arch` (the pattern
// then matches `name:arch`, else the name alone, of every architecture). Here, not in
// src/budget: the file analysis totals each pattern over all of an image's packages.
const MANAGERS = ['dpkg', 'apk', 'npm', 'python'];
/** A pattern from the budget file, or what is wrong with it. */
function parsePackagePattern(text) {
    const colon = text.indexOf(':');
    const prefix = colon > 0 ? text.slice(0, colon).toLowerCase() : '';
    const manager = MANAGERS.find((candidate) => candidate === prefix);
    const glob = (manager ? text.slice(colon + 1) : text).trim().toLowerCase();
    if (glob === '')
        return {
            problem: manager
                ? `names the package manager ${manager} but no package; write e.g. ${manager}:name*`
                : 'is empty; write a package name or a glob such as gcc*'
        };
    return {
        text,
        ...(manager ? { manager } : {}),
        glob,
        withArch: glob.includes(':')
    };
}
/**
 * Whether `text` matches `glob` (`*` any run, `?` one character): the classic walk that
 * backtracks only to the last `*`, so time is at most |glob| × |text| for any pattern.
 */
function globMatches(glob, text) {
    let g = 0;
    let t = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
        if (g < glob.length && (glob[g] === '?' || glob[g] === text[t])) {
            g++;
            t++;
        }
        else if (g < glob.length && glob[g] === '*') {
            star = g++;
            resume = t;
        }
        else if (star >= 0) {
            g = star + 1;
            t = ++resume;
        }
        else
            return false;
    }
    while (g < glob.length && glob[g] === '*')
        g++;
    return g === glob.length;
}
/** Whether a package is one the pattern names. */
function packageMatches(pattern, item) {
    if (pattern.manager && pattern.manager !== item.manager)
        return false;
    const name = item.name.toLowerCase();
    const text = pattern.withArch && item.arch ? `${name}:${item.arch.toLowerCase()}` : name;
    return globMatches(pattern.glob, text);
}


/***/ })

};
