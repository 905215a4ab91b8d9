export const id = 193;
export const ids = [193,776];
export const modules = {

/***/ 2193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R1: () => (/* binding */ readImageFromSource),
/* harmony export */   Xn: () => (/* binding */ storedBlob),
/* harmony export */   ep: () => (/* binding */ blobDigest),
/* harmony export */   kl: () => (/* binding */ locateImage),
/* harmony export */   zf: () => (/* binding */ historyRow)
/* harmony export */ });
/* unused harmony exports formatPlatform, hostPlatform */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_listing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6689);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(673);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7077);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source.label,
            problem: `${source.label}: the ${what} ${name} is missing from the archive`
        });
    const data = await source.read(name);
    try {
        return JSON.parse(data.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source.label,
            problem: `${source.label}: the ${what} ${name} is not valid JSON`
        });
    }
}
function blobName(digest, source, what) {
    const match = typeof digest === 'string'
        ? /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(digest)
        : null;
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source.label,
            problem: `${source.label}: the ${what} has no valid digest (${JSON.stringify(digest)})`
        });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source.label,
            problem: `${source.label}: manifest.json holds no image`
        });
    const entries = manifest.map((entry, i) => {
        const e = (entry ?? {});
        if (typeof e.Config !== 'string' ||
            !isArray(e.Layers) ||
            !e.Layers.every((l) => typeof l === 'string')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                input: source.label,
                problem: `${source.label}: manifest.json entry ${i} lacks a Config name or a Layers list`
            });
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                    input: '--platform',
                    problem: `${source.label}: no image in manifest.json is for platform ${options.platform}`
                });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                input: source.label,
                problem: `${source.label}: image indexes nest too deep`
            });
        const index = (await readJson(source, name, 'image index'));
        if (!index || !isArray(index.manifests))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                input: source.label,
                problem: `${source.label}: ${name} has no "manifests" list`
            });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source.label,
            problem: `${source.label}: index.json names no image manifest`
        });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(wanted
                ? {
                    input: '--platform',
                    problem: `${source.label}: no image for platform ${wanted}; the index has ${platforms}`
                }
                : {
                    input: source.label,
                    problem: `${source.label}: the index holds images for ${platforms}`,
                    fix: 'choose one with --platform'
                });
        }
        chosen = matching[0];
        if (!wanted)
            warnings.push(`the index holds several images (${platforms}); read the one for this host, ${hostPlatform()}`);
    }
    const manifest = (await readJson(source, blobName(chosen.descriptor.digest, source, 'manifest descriptor'), 'image manifest'));
    if (!manifest?.config || !isArray(manifest.layers))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source.label,
            problem: `${source.label}: the image manifest has no config or layers`
        });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: label,
            problem: `${label}: the image config lists ${diffIds.length} layer diff_ids but the manifest names ${layerBytes.length} layers`
        });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: label,
            problem: `${label}: the image history names ${nonEmpty} layers but the image has ${layerBytes.length}; the archive is inconsistent`
        });
    }
    let layer = 0;
    return history.map((h, index) => {
        const row = historyRow(h ?? {}, index);
        if (!row.empty) {
            row.sizeBytes = layerBytes[layer];
            if (diffIds[layer])
                row.diffId = diffIds[layer];
            layer++;
        }
        return row;
    });
}
/** The row of one config history entry (sizes and diff_id are the caller's: it pairs rows with layers). */
function historyRow(entry, index) {
    const step = (0,_history_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCreatedBy */ .JG)(typeof entry.created_by === 'string' ? entry.created_by : '', typeof entry.comment === 'string' ? entry.comment : '');
    const row = {
        index,
        instruction: step.instruction,
        createdBy: step.createdBy,
        sizeBytes: 0,
        empty: !!entry.empty_layer
    };
    if (step.buildArgs)
        row.buildArgs = step.buildArgs;
    if (typeof entry.created === 'string')
        row.createdAt = entry.created;
    if (typeof entry.comment === 'string' && entry.comment)
        row.comment = entry.comment;
    return row;
}
/** Finds the image in an archive: manifest.json or index.json, then its config; checks that every layer it names is there. */
async function locateImage(source, options = {}) {
    const located = source.has('manifest.json')
        ? await locateFromManifestJson(source, options)
        : source.has('index.json')
            ? await locateFromIndex(source, options)
            : undefined;
    if (!located) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source.label,
            problem: `${source.label} is neither a docker-archive (no manifest.json) nor an OCI layout (no index.json)`
        });
    }
    const configBytes = await source
        .read(located.configName)
        .catch((error) => {
        if (!source.has(located.configName))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                input: source.label,
                problem: `${source.label}: the image config ${located.configName} is missing from the archive`
            });
        throw error;
    });
    let config;
    try {
        config = JSON.parse(configBytes.toString('utf8'));
        if (!config || typeof config !== 'object')
            throw new Error('not an object');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: source.label,
            problem: `${source.label}: the image config ${located.configName} is not valid JSON`
        });
    }
    for (const name of located.layerNames) {
        if (!source.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                input: source.label,
                problem: `${source.label}: the manifest names layer ${name}, which is not in the archive`
            });
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
    if (options.packages === false)
        (0,_layer_js__WEBPACK_IMPORTED_MODULE_4__/* .skipPackageDatabases */ .qo)(source.paths);
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

/***/ 7077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ sniffCompression),
/* harmony export */   RY: () => (/* binding */ LayerSink),
/* harmony export */   Sb: () => (/* binding */ listLayerRegion),
/* harmony export */   co: () => (/* binding */ listLayerStream),
/* harmony export */   qo: () => (/* binding */ skipPackageDatabases)
/* harmony export */ });
/* unused harmony exports addHeader, databasePathOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(351);
/* harmony import */ var _model_listing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6689);
/* harmony import */ var _model_package_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3776);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(363);
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
/**
 * The layer path of a header whose contents the listing keeps (a regular file that is a
 * package database: model/package-paths.ts), else undefined. The name is tested by its
 * bytes first, so the walk makes no string for nearly every entry.
 */
function databasePathOf(header) {
    if (header.type !== '0' && header.type !== '7')
        return undefined;
    let path;
    if (header.rawNameAt >= 0) {
        const block = header.rawBlock;
        const start = header.rawNameAt;
        const end = start + header.rawNameLength;
        const clean = (0,_model_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanNameEnd */ .Io)(block, start, end);
        if (clean >= 0 && !(0,_model_package_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .mayBePackageDatabaseName */ .bA)(block, start, clean))
            return undefined;
        path = (0,_model_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .layerPath */ .nV)(block.toString('utf8', start, end));
    }
    else
        path = (0,_model_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .layerPath */ .nV)(header.name);
    return path !== '' && (0,_model_package_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackageDatabasePath */ .bn)(path) ? path : undefined;
}
// Database bytes kept per image (its listings share one PathIndex), against the total cap.
const keptBytes = new WeakMap();
// Images whose reading keeps no database (`analyze --no-packages`): their listings are
// walked without looking at a name twice.
const withoutDatabases = new WeakSet();
/** Lists the layers of the image of `index` without keeping package databases (no package attribution follows). */
function skipPackageDatabases(index) {
    withoutDatabases.add(index);
}
/**
 * Whether `size` more database bytes may be kept for the image of `index` (counted when
 * yes): no more than PACKAGE_DATABASE_FILE_LIMIT for one file and
 * PACKAGE_DATABASES_TOTAL_LIMIT for all of an image's layers. A file past either is kept as
 * `undefined`, which the attribution reports as not read.
 */
function mayKeep(index, size) {
    if (size > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_DATABASE_FILE_LIMIT */ .Qn)
        return false;
    const kept = keptBytes.get(index) ?? 0;
    if (kept + size > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_DATABASES_TOTAL_LIMIT */ .Hs)
        return false;
    keptBytes.set(index, kept + size);
    return true;
}
/** Lists a layer blob stored in a file (a blob file, or a member of an uncompressed archive). */
async function listLayerRegion(region, index) {
    const head = region.reader.at(region.start, Math.min(512, region.size));
    const compression = sniffCompression(head);
    if (compression === 'none') {
        if (region.size > 0 &&
            !(0,_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeTarHeader */ .aL)(region.reader.at(region.start, Math.min(512, region.size)))) {
            throw new _tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TarFormatError */ .ZV('not a tar, gzip or zstd layer');
        }
        // Most layers' entries are small files: one per few kB of tar is a fair first guess (the
        // columns grow beyond it, and a guess too large costs zeroed memory).
        const builder = new _model_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .ListingBuilder */ .W7(index, Math.min(Math.ceil(region.size / 4096), 1 << 15));
        const databases = !withoutDatabases.has(index);
        (0,_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .walkTar */ .Nb)(region.reader, region.start, region.start + region.size, (header, dataOffset) => {
            const database = databases ? databasePathOf(header) : undefined;
            addHeader(builder, header);
            if (database === undefined)
                return;
            builder.keepDatabase(database, mayKeep(index, header.dataSize)
                ? Uint8Array.from(region.reader.at(dataOffset, header.dataSize))
                : undefined);
        }, { rawNames: true });
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
async function listLayerStream(source, index = new _model_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .PathIndex */ .EG(), size) {
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
    /** Whether package databases are kept (skipPackageDatabases). */
    databases;
    /** The package-database file whose contents are coming, and its chunks so far. */
    database;
    parser = new _tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TarStreamParser */ .PG((header) => {
        const database = this.databases ? databasePathOf(header) : undefined;
        addHeader(this.builder, header);
        if (database === undefined)
            return undefined;
        if (!mayKeep(this.builder.index, header.dataSize)) {
            this.builder.keepDatabase(database, undefined);
            return undefined;
        }
        const kept = {
            path: database,
            chunks: []
        };
        this.database = kept;
        // Copied: the chunk is a view of a buffer the stream reuses.
        return (chunk) => void kept.chunks.push(Buffer.from(chunk));
    }, () => {
        const kept = this.database;
        if (!kept)
            return;
        this.database = undefined;
        this.builder.keepDatabase(kept.path, Buffer.concat(kept.chunks));
    }, { rawNames: true });
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
        this.databases = !withoutDatabases.has(index);
        this.builder = new _model_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .ListingBuilder */ .W7(index, size === undefined ? undefined : Math.min(Math.ceil(size / 4096), 1 << 15));
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
        if (this.mode === 'none' && !(0,_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeTarHeader */ .aL)(head))
            throw new _tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TarFormatError */ .ZV('not a tar, gzip or zstd layer');
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
                        this.error = new _tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TarFormatError */ .ZV(`${this.mode} data is corrupt: ${error.message}`);
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
class TarFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
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

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ DPKG_INFO),
/* harmony export */   F: () => (/* binding */ DPKG_STATUS_D),
/* harmony export */   Hs: () => (/* binding */ APT_EXTENDED_STATES),
/* harmony export */   J9: () => (/* binding */ isNpmHiddenLockfile),
/* harmony export */   _e: () => (/* binding */ APK_INSTALLED),
/* harmony export */   bA: () => (/* binding */ mayBePackageDatabaseName),
/* harmony export */   bn: () => (/* binding */ isPackageDatabasePath),
/* harmony export */   cJ: () => (/* binding */ isNpmPackageJson),
/* harmony export */   cl: () => (/* binding */ pythonMetadataFile),
/* harmony export */   ok: () => (/* binding */ DPKG_STATUS),
/* harmony export */   yP: () => (/* binding */ APK_WORLD)
/* harmony export */ });
// Which layer paths are package-database files (the files src/analysis/packages reads to
// attribute bytes to packages): the readers (src/image/archive) keep the contents of these,
// and only these, while they list a layer, so the test lives here in the layer model that
// both share. The quick test on a tar name's bytes runs for every entry of every layer; the
// full test only for the few names that pass it.
const DPKG_STATUS = 'var/lib/dpkg/status';
const DPKG_STATUS_D = 'var/lib/dpkg/status.d';
const DPKG_INFO = 'var/lib/dpkg/info';
const APT_EXTENDED_STATES = 'var/lib/apt/extended_states';
const APK_INSTALLED = 'lib/apk/db/installed';
const APK_WORLD = 'etc/apk/world';
const PACKAGE_JSON = /(^|\/)node_modules\/(@[^/.][^/]*\/)?[^/.][^/]*\/package\.json$/;
const HIDDEN_LOCKFILE = /(^|\/)node_modules\/\.package-lock\.json$/;
/** Whether a layer path is an installed npm package's `package.json`. */
const isNpmPackageJson = (path) => PACKAGE_JSON.test(path);
/** Whether a layer path is npm's hidden lockfile. */
const isNpmHiddenLockfile = (path) => HIDDEN_LOCKFILE.test(path);
const DIST_INFO = /^(.*\/(?:site|dist)-packages)\/([^/]+)\.(dist-info|egg-info)\/(RECORD|METADATA|PKG-INFO|installed-files\.txt|top_level\.txt)$/;
/** What a layer path is as a Python metadata file, or undefined. */
function pythonMetadataFile(path) {
    const match = DIST_INFO.exec(path);
    if (!match)
        return undefined;
    return {
        site: match[1],
        folder: `${match[1]}/${match[2]}.${match[3]}`,
        kind: match[3],
        file: match[4]
    };
}
/** Whether a layer path is a file some package database reader needs the contents of. */
function isPackageDatabasePath(path) {
    if (path === DPKG_STATUS || path === APT_EXTENDED_STATES)
        return true;
    if (path === APK_INSTALLED || path === APK_WORLD)
        return true;
    if (path.startsWith(DPKG_INFO + '/'))
        return path.endsWith('.list') && !path.includes('/', DPKG_INFO.length + 1);
    if (path.startsWith(DPKG_STATUS_D + '/'))
        return !path.includes('/', DPKG_STATUS_D.length + 1);
    if (path.endsWith('package.json') || path.endsWith('.package-lock.json'))
        return isNpmPackageJson(path) || isNpmHiddenLockfile(path);
    return pythonMetadataFile(path) !== undefined;
}
// How every database file's name ends, and the one folder whose files all are.
const NAME_ENDINGS = [
    'status',
    '.list',
    'extended_states',
    'installed',
    'world',
    'package.json',
    'package-lock.json',
    'RECORD',
    'METADATA',
    'PKG-INFO',
    'installed-files.txt',
    'top_level.txt'
].map((ending) => new TextEncoder().encode(ending));
const STATUS_D = new TextEncoder().encode(DPKG_STATUS_D + '/');
/**
 * A quick test on a tar name's bytes [start, end) (a layer path, as a reader holds it)
 * before making a string of it: false for every path isPackageDatabasePath refuses but a
 * few, true for every one it accepts. Nearly all of a layer's names fail it.
 */
function mayBePackageDatabaseName(bytes, start, end) {
    const endsWith = (ending) => {
        if (end - start < ending.length)
            return false;
        for (let i = 1; i <= ending.length; i++)
            if (bytes[end - i] !== ending[ending.length - i])
                return false;
        return true;
    };
    if (NAME_ENDINGS.some(endsWith))
        return true;
    if (end - start <= STATUS_D.length)
        return false;
    for (let i = 0; i < STATUS_D.length; i++)
        if (bytes[start + i] !== STATUS_D[i])
            return false;
    return true;
}


/***/ })

};
