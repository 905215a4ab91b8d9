export const id = 223;
export const ids = [223];
export const modules = {

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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(351);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7077);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(363);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                    input: 'archive',
                    problem: `truncated: the file ends at byte ${position + n}, inside data that needs ${length} bytes from byte ${position}`
                });
            return buffer;
        }
        const offset = this.locate(position, length);
        return this.window.subarray(offset, offset + length);
    }
    block(position) {
        return this.locate(position, _tar_js__WEBPACK_IMPORTED_MODULE_9__/* .BLOCK */ .IE);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: 'archive',
                problem: `truncated: the file ends at byte ${position + n}`
            });
        return 0;
    }
}
function wrap(label, what, error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
            input: label,
            problem: `${label}: ${what}: ${error.problem}`,
            fix: error.fix
        });
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
            if (size < _tar_js__WEBPACK_IMPORTED_MODULE_9__/* .BLOCK */ .IE)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                    input: label,
                    problem: `only ${size} bytes: too short for a tar archive`
                });
            (0,_tar_js__WEBPACK_IMPORTED_MODULE_9__/* .walkTar */ .Nb)(this.reader, 0, size, (header, offset) => {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: ${name} is missing`
            });
        if (member.size > _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .JSON_DOCUMENT_LIMIT */ .DV)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: ${name} ${tooLarge(member.size)}`
            });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: layer ${name} is missing`
            });
        try {
            return await (0,_layer_js__WEBPACK_IMPORTED_MODULE_8__/* .listLayerRegion */ .Sb)({
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: ${name} points outside the directory`
            });
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
            if (info.size > _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .JSON_DOCUMENT_LIMIT */ .DV)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                    input: this.label,
                    problem: `${this.label}: ${name} ${tooLarge(info.size)}`
                });
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz)
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: ${name} is missing or unreadable (${error.code ?? error.message})`
            });
        }
    }
    async listLayer(name) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.file(name), 'r');
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz)
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: layer ${name} is missing (${error.code ?? ''})`
            });
        }
        try {
            const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
            return await (0,_layer_js__WEBPACK_IMPORTED_MODULE_8__/* .listLayerRegion */ .Sb)({ path: this.file(name), reader: new FileReader(fd), start: 0, size }, this.paths);
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
    return `is ${size} bytes, more than the ${_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .JSON_DOCUMENT_LIMIT */ .DV} bytes (4 MiB) a manifest, index or config may have, so this is not an image archive as docker, buildah or skopeo write one. Check the archive's path, or save the image again`;
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
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz)
                throw error;
            // The stream itself failed: a compressed archive that does not inflate, a read error.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: label,
                problem: `${label}: not a readable image archive: ${error.message}`
            });
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
     * `skip` names members to drop unread (blobs whose facts are already known);
     * `packages: false` keeps no package databases (layers are listed as they arrive).
     */
    static start(label, options = {}) {
        const source = new StreamSource(label);
        if (options.packages === false)
            (0,_layer_js__WEBPACK_IMPORTED_MODULE_8__/* .skipPackageDatabases */ .qo)(source.paths);
        let pending;
        const closing = new Set();
        const parser = new _tar_js__WEBPACK_IMPORTED_MODULE_9__/* .TarStreamParser */ .PG((header) => {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: ${name} is missing`
            });
        if (member.kind === 'skipped')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: ${name} ${member.why}`
            });
        if (member.kind !== 'data')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: ${name} is not a JSON document`
            });
        return member.data;
    }
    async listLayer(name) {
        const member = this.resolve(name);
        if (!member)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
                input: this.label,
                problem: `${this.label}: layer ${name} is missing`
            });
        if (member.kind === 'layer')
            return member.listing;
        if (member.kind === 'bad')
            wrap(this.label, `layer ${name}`, member.error);
        if (member.kind === 'known')
            throw new Error(`${this.label}: layer ${name} was skipped as known; it has no listing`);
        if (member.kind === 'data' && member.data.length === 0)
            return new _model_listing_js__WEBPACK_IMPORTED_MODULE_5__/* .ListingBuilder */ .W7(this.paths).finish();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
            input: this.label,
            problem: `${this.label}: layer ${name} is not a tar, gzip or zstd layer`
        });
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
            if (this.headBytes < Math.min(_tar_js__WEBPACK_IMPORTED_MODULE_9__/* .BLOCK */ .IE, this.size))
                return;
            return this.decide();
        }
        return this.push(chunk);
    };
    decide() {
        const head = Buffer.concat(this.head);
        const first = head.subarray(0, 64).toString('latin1').trimStart()[0];
        const json = first === '{' || first === '[';
        if (json && this.size > _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .JSON_DOCUMENT_LIMIT */ .DV)
            [this.mode, this.skipped] = ['drop', tooLarge(this.size)];
        else if (json)
            this.mode = 'keep';
        else if ((0,_layer_js__WEBPACK_IMPORTED_MODULE_8__/* .sniffCompression */ .Hs)(head) !== 'none' || (0,_tar_js__WEBPACK_IMPORTED_MODULE_9__/* .looksLikeTarHeader */ .aL)(head))
            this.mode = 'layer';
        else
            this.mode = this.size <= _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .SMALL_MEMBER_LIMIT */ .bO ? 'keep' : 'drop';
        // What is kept is held until the manifest (written last) says what is needed: STREAM_KEPT_LIMIT in all.
        if (this.mode === 'keep' &&
            this.kept.bytes + this.size > _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .STREAM_KEPT_LIMIT */ .kE) {
            this.mode = 'drop';
            this.skipped = `was not kept: the archive's JSON and small members before it already came to ${this.kept.bytes} bytes, and at most ${_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .STREAM_KEPT_LIMIT */ .kE} bytes (64 MiB) are held, so this is not an image archive as docker, buildah or skopeo write one. Check the archive's path, or save the image again`;
        }
        if (this.mode === 'keep') {
            this.kept.bytes += this.size;
            return;
        }
        this.head = [];
        if (this.mode === 'layer') {
            this.layer = new _layer_js__WEBPACK_IMPORTED_MODULE_8__/* .LayerSink */ .RY(this.paths, this.size);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz({
            input: path,
            problem: `cannot read the archive ${path}: ${error.code ?? error.message}.`,
            fix: 'Check the path given to --archive.'
        });
    }
    if (info.isDirectory())
        return new DirectorySource(path);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    let head;
    try {
        head = Buffer.alloc(Math.min(_tar_js__WEBPACK_IMPORTED_MODULE_9__/* .BLOCK */ .IE, info.size));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    const compression = (0,_layer_js__WEBPACK_IMPORTED_MODULE_8__/* .sniffCompression */ .Hs)(head);
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


/***/ })

};
