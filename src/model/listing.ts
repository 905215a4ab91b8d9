// The layer model the file analysis works on: each filesystem layer as the list of its tar
// entries (headers only, no contents), in archive order. Readers (src/image/archive) build
// it; everything in src/analysis is a pure function of it. A listing is stored column by
// column (typed arrays) over path ids interned in one PathIndex per image (paths.ts), so
// memory grows with the number of files, not bytes, and reading a layer of 30,000 files
// makes no per-file objects or strings for the garbage collector to copy; each path is kept
// once per image (as bytes in the index) however many layers name it.

import { enlarged, PathIndex, WHITEOUT_PREFIX, Whiteout } from './paths.js'

export { OPAQUE_MARKER, PathIndex, WHITEOUT_PREFIX } from './paths.js'

export type EntryKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other'

/** One entry as a row: how tests write listings out, and what `entriesOf` gives back. */
export interface LayerEntry {
  /** Cleaned path without a leading slash (`opt/build-deps/toolchain.bin`); whiteout names kept (`opt/.wh.build-deps`). */
  path: string
  kind: EntryKind
  /** The tar type flag character, for dive's rules. */
  typeflag: string
  /** The header's size field (what dive counts). */
  size: number
  mode: number
  uid: number
  gid: number
  /** Byte length of a symlink's target (what the engine's store counts for a symlink). */
  linkBytes: number
}

/** One filesystem layer: its entries in archive order, column by column. */
export interface LayerListing {
  /** The image's path index: every listing of one image shares it. */
  readonly index: PathIndex
  readonly length: number
  /** Per entry: its path id in `index`. */
  readonly ids: Int32Array
  /** Per entry: the tar type flag's character code ('0' file, '5' directory, …). */
  readonly typeflags: Uint8Array
  /** Per entry: the header's size field. */
  readonly sizes: Float64Array
  readonly modes: Float64Array
  readonly uids: Float64Array
  readonly gids: Float64Array
  /** Per entry: byte length of a symlink's target, else 0. */
  readonly linkBytes: Float64Array
  /**
   * The package-database files this layer wrote (package-paths.ts says which), layer path →
   * contents as the reader kept them, `undefined` for one too big to keep. Absent when the
   * layer wrote none (or its reader keeps no contents).
   */
  readonly databases?: ReadonlyMap<string, Uint8Array | undefined>
}

const CODE_FILE = 0x30 // '0'
const CODE_CONTIGUOUS = 0x37 // '7'
const CODE_SYMLINK = 0x32 // '2'
const CODE_DIR = 0x35 // '5'

/** True for the entry kinds whose header size is file contents ('0' and '7'). */
export const isFileCode = (code: number): boolean =>
  code === CODE_FILE || code === CODE_CONTIGUOUS

/** Appends entries to a listing as a reader meets them; `finish` trims the columns. */
export class ListingBuilder {
  private n = 0
  private capacity: number
  private ids: Int32Array
  private typeflags: Uint8Array
  private sizes: Float64Array
  private modes: Float64Array
  private uids: Float64Array
  private gids: Float64Array
  private links: Float64Array
  private databases?: Map<string, Uint8Array | undefined>

  /** `expected`: a guess at the number of entries (growing the columns is what costs). */
  constructor(
    readonly index: PathIndex,
    expected = 1024
  ) {
    const capacity = (this.capacity = Math.max(64, Math.min(expected, 1 << 20)))
    this.ids = new Int32Array(capacity)
    this.typeflags = new Uint8Array(capacity)
    this.sizes = new Float64Array(capacity)
    this.modes = new Float64Array(capacity)
    this.uids = new Float64Array(capacity)
    this.gids = new Float64Array(capacity)
    this.links = new Float64Array(capacity)
  }

  /** One tar entry by its raw name; the root (`./`) is left out, as the store has no entry for it. */
  add(
    name: string,
    typeflag: string,
    size: number,
    mode: number,
    uid: number,
    gid: number,
    linkBytes: number
  ): void {
    const path = layerPath(name)
    if (path === '') return
    this.push(
      this.index.intern(path),
      typeflag,
      size,
      mode,
      uid,
      gid,
      linkBytes
    )
  }

  /** The same with the name as bytes [start, end) of `bytes` (a tar header's name field, read in place). */
  addBytes(
    bytes: Uint8Array,
    start: number,
    end: number,
    typeflag: string,
    size: number,
    mode: number,
    uid: number,
    gid: number,
    linkBytes: number
  ): void {
    const clean = cleanNameEnd(bytes, start, end)
    if (clean < 0)
      return this.add(
        Buffer.from(
          bytes.buffer,
          bytes.byteOffset + start,
          end - start
        ).toString('utf8'),
        typeflag,
        size,
        mode,
        uid,
        gid,
        linkBytes
      )
    this.push(
      this.index.internBytes(bytes, start, clean),
      typeflag,
      size,
      mode,
      uid,
      gid,
      linkBytes
    )
  }

  private push(
    id: number,
    typeflag: string,
    size: number,
    mode: number,
    uid: number,
    gid: number,
    linkBytes: number
  ): void {
    // A whiteout's target gets an id too (aufs `.wh..wh.plnk` included: dive looks it up).
    const whiteout = this.index.whiteouts[id]
    if (whiteout !== Whiteout.None && whiteout !== Whiteout.Opaque) {
      const target = this.index.name(id).slice(WHITEOUT_PREFIX.length)
      if (target !== '') this.index.internSibling(id, target)
    }
    if (this.n === this.capacity) this.grow()
    const i = this.n++
    const code = typeflag.charCodeAt(0)
    this.ids[i] = id
    this.typeflags[i] = code
    this.sizes[i] = size
    this.modes[i] = mode
    this.uids[i] = uid
    this.gids[i] = gid
    this.links[i] = code === CODE_SYMLINK ? linkBytes : 0
  }

  /** Keeps a package-database file's contents (undefined: it was too big to keep); a later write of the path replaces it. */
  keepDatabase(path: string, contents: Uint8Array | undefined): void {
    ;(this.databases ??= new Map()).set(path, contents)
  }

  private grow(): void {
    const capacity = (this.capacity *= 4)
    this.ids = enlarged(this.ids, capacity)
    this.typeflags = enlarged(this.typeflags, capacity)
    this.sizes = enlarged(this.sizes, capacity)
    this.modes = enlarged(this.modes, capacity)
    this.uids = enlarged(this.uids, capacity)
    this.gids = enlarged(this.gids, capacity)
    this.links = enlarged(this.links, capacity)
  }

  finish(): LayerListing {
    const n = this.n
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
    }
  }
}

/** A listing from rows (tests, and small listings made by hand), over `index` or a new one. */
export function listingOf(
  entries: LayerEntry[],
  index = new PathIndex()
): LayerListing {
  const builder = new ListingBuilder(index)
  for (const e of entries)
    builder.add(e.path, e.typeflag, e.size, e.mode, e.uid, e.gid, e.linkBytes)
  return builder.finish()
}

/** The listing as rows (tests and messages; the analyses read the columns). */
export function entriesOf(listing: LayerListing): LayerEntry[] {
  const out: LayerEntry[] = []
  for (let i = 0; i < listing.length; i++) {
    const typeflag = String.fromCharCode(listing.typeflags[i])
    out.push({
      path: listing.index.path(listing.ids[i]),
      kind: entryKind(typeflag),
      typeflag,
      size: listing.sizes[i],
      mode: listing.modes[i],
      uid: listing.uids[i],
      gid: listing.gids[i],
      linkBytes: listing.linkBytes[i]
    })
  }
  return out
}

/** Go's path.Clean (lexical): collapses `//`, `.` and `..`; '' becomes '.'. dive cleans every name with it. */
export function goPathClean(p: string): string {
  if (p === '') return '.'
  const rooted = p.startsWith('/')
  const parts: string[] = []
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
      else if (!rooted) parts.push('..')
      continue
    }
    parts.push(part)
  }
  const joined = parts.join('/')
  if (rooted) return '/' + joined
  return joined === '' ? '.' : joined
}

/**
 * For a name in bytes: the end of it as a layer path when it is clean but for one trailing
 * slash (almost every name), else -1 (then the name goes through layerPath as a string).
 * The same test as NEEDS_CLEAN below: a leading slash, `//`, a `.` or `..` component, ''.
 */
export function cleanNameEnd(
  bytes: Uint8Array,
  start: number,
  end: number
): number {
  if (end === start || bytes[start] === 0x2f) return -1
  for (let i = start; i < end; i++) {
    const c = bytes[i]
    if (c === 0x2f) {
      if (i + 1 < end && bytes[i + 1] === 0x2f) return -1
    } else if (c === 0x2e && (i === start || bytes[i - 1] === 0x2f)) {
      const next = i + 1 < end ? bytes[i + 1] : 0x2f
      if (next === 0x2f) return -1
      if (next === 0x2e && (i + 2 === end || bytes[i + 2] === 0x2f)) return -1
    }
  }
  return bytes[end - 1] === 0x2f ? end - 1 : end
}

// Names that Go's path.Clean would change beyond dropping one trailing slash.
const NEEDS_CLEAN = /^\/|\/\/|(^|\/)\.\.?(\/|$)|^$/

/** A tar name as a layer path: cleaned, no leading slash; '' for the root (`./`). */
export function layerPath(name: string): string {
  // Most names are already clean (`etc/passwd`, `etc/`): skip the general algorithm for them.
  if (!NEEDS_CLEAN.test(name))
    return name.endsWith('/') ? name.slice(0, -1) : name
  const clean = goPathClean(name)
  if (clean === '.' || clean === '/') return ''
  return clean.startsWith('/') ? clean.slice(1) : clean
}

export function entryKind(typeflag: string): EntryKind {
  switch (typeflag) {
    case '0':
    case '7':
      return 'file'
    case '1':
      return 'hardlink'
    case '2':
      return 'symlink'
    case '5':
      return 'dir'
    default:
      return 'other'
  }
}

/** Bytes entry `i` occupies as the engine's default store counts them: file bytes, symlink target length, else 0. */
export function entryDiskBytes(listing: LayerListing, i: number): number {
  const code = listing.typeflags[i]
  if (isFileCode(code)) return listing.sizes[i]
  if (code === CODE_SYMLINK) return listing.linkBytes[i]
  return 0
}

/**
 * A layer's size the way the engine's graphdriver store computes it (moby pkg/directory.Size
 * over the applied layer): regular-file bytes plus each symlink's target length, hardlinked
 * files once (a hardlink entry adds nothing), directories and whiteouts 0. A path written
 * twice in one layer counts as the last write, as on disk.
 */
export function layerDiskBytes(listing: LayerListing): number {
  const { ids, index } = listing
  const { whiteouts } = index
  // Per path id: whether this layer wrote it already, and what that write counted.
  const seen = new Uint8Array(index.size)
  const counted = new Float64Array(index.size)
  let total = 0
  for (let i = 0; i < listing.length; i++) {
    const id = ids[i]
    const bytes =
      whiteouts[id] !== Whiteout.None ? 0 : entryDiskBytes(listing, i)
    if (seen[id]) total -= counted[id]
    seen[id] = 1
    counted[id] = bytes
    total += bytes
  }
  return total
}

/** Whether entry `i` is a directory entry (type flag '5'; see goIsDir for dive's wider notion). */
export function isDirEntry(listing: LayerListing, i: number): boolean {
  return listing.typeflags[i] === CODE_DIR
}

/** Go archive/tar FileInfo().IsDir() of entry `i`: the type flag, or the S_IFDIR bits of the mode (dive's notion of a directory). */
export function goIsDir(listing: LayerListing, i: number): boolean {
  return isDirEntry(listing, i) || (listing.modes[i] & ~0o7777) === 0o040000
}

/** The permission bits of a tar mode field (rwx, setuid, setgid, sticky), without the file-type bits. */
export const permissionBits = (mode: number): number => mode & 0o7777

/**
 * Whether entry `i` and entry `j` of another listing differ only in mode or owner (a
 * chmod/chown copy-up of a file): both regular files of one size whose permission bits,
 * uid or gid differ. Only the permission bits count: tar writers disagree on the file-type
 * bits (GNU tar, and so every `docker import`ed base, writes `0000644`; the engine's Go
 * writer `0100644`), so a file that a later layer rewrote without touching its mode would
 * otherwise look chmod-ed.
 */
export function isMetadataCopy(
  lower: LayerListing,
  i: number,
  upper: LayerListing,
  j: number
): boolean {
  return (
    isFileCode(lower.typeflags[i]) &&
    isFileCode(upper.typeflags[j]) &&
    lower.sizes[i] === upper.sizes[j] &&
    (permissionBits(lower.modes[i]) !== permissionBits(upper.modes[j]) ||
      lower.uids[i] !== upper.uids[j] ||
      lower.gids[i] !== upper.gids[j])
  )
}

/** The one path index all `listings` of an image share (the analyses index their state by its ids). */
export function sharedIndex(listings: LayerListing[]): PathIndex {
  const index = listings[0]?.index ?? new PathIndex()
  for (const listing of listings) {
    if (listing.index !== index)
      throw new Error('the listings of one image must share one PathIndex')
  }
  return index
}
