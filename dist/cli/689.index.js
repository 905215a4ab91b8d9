export const id = 689;
export const ids = [689];
export const modules = {

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


/***/ })

};
