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

export const WHITEOUT_PREFIX = '.wh.'
export const OPAQUE_MARKER = '.wh..wh..opq'

export const ROOT = 0

/** What a path's last component says about it as a whiteout (OCI image-spec whiteouts; aufs metadata). */
export const Whiteout = {
  None: 0,
  /** `.wh.<name>`: deletes `<name>` */
  File: 1,
  /** `.wh..wh..opq`: resets its directory */
  Opaque: 2,
  /** `.wh..wh.<other>` (aufs metadata such as `.wh..wh.plnk`) and a bare `.wh.`: name nothing */
  Other: 3
} as const

const SLASH = 0x2f
const DOT = 0x2e
const W = 0x77
const H = 0x68

type Column = Int32Array | Uint32Array | Uint8Array | Float64Array

/** A copy of `column` with room for `capacity` values, the new slots set to `fill`: how every growing column here grows. */
export function enlarged<T extends Column>(
  column: T,
  capacity: number,
  fill = 0
): T {
  const to = new (column.constructor as new (n: number) => T)(capacity)
  to.set(column)
  if (fill !== 0) to.fill(fill, column.length)
  return to
}

function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let i = start; i < end; i++)
    hash = Math.imul(hash ^ bytes[i], 0x01000193)
  return hash >>> 0
}

/** Whether bytes [at, end) start with `.wh.`. */
function startsWithWh(bytes: Uint8Array, at: number, end: number): boolean {
  return (
    end - at >= 4 &&
    bytes[at] === DOT &&
    bytes[at + 1] === W &&
    bytes[at + 2] === H &&
    bytes[at + 3] === DOT
  )
}

export class PathIndex {
  private count = 1
  // Per id, in typed arrays grown by doubling. Read them once listing is done: growing replaces them.
  // Sized for an image of some ten thousand paths, so that most never grow.
  private capacity = 16384
  private parentOf = new Int32Array(this.capacity).fill(-1)
  private firstChildOf = new Int32Array(this.capacity).fill(-1)
  private nextSiblingOf = new Int32Array(this.capacity).fill(-1)
  private lastChildOf = new Int32Array(this.capacity).fill(-1)
  /** Where each path's bytes are in `arena`, and where its last component starts (an offset into the path). */
  private startOf = new Int32Array(this.capacity)
  private lengthOf = new Int32Array(this.capacity)
  private nameStartOf = new Int32Array(this.capacity)
  private hashOf = new Uint32Array(this.capacity)
  private whiteoutOf = new Uint8Array(this.capacity)
  private arena = new Uint8Array(512 * 1024)
  private arenaUsed = 0
  /** Open addressing over the hashes: id + 1, 0 for an empty slot. At most half full. */
  private table = new Int32Array(1 << 15)
  private strings: (string | undefined)[] = ['']
  private readonly encoder = new TextEncoder()
  /** find()'s encoded path (it is only read, never kept: add() copies into the arena). */
  private scratch = new Uint8Array(1024)
  // The parent of the path added last: tar lists a directory's entries together, so the next
  // new path usually has the same parent and needs no lookup of it.
  private lastParent = ROOT

  constructor() {
    // The root: the empty path.
    this.hashOf[ROOT] = fnv1a(this.arena, 0, 0)
    this.place(ROOT)
  }

  get size(): number {
    return this.count
  }
  /** id → the parent's id (-1 for the root). */
  get parents(): Int32Array {
    return this.parentOf
  }
  /** id → first child and next sibling (-1: none), children in the order first seen. */
  get firstChild(): Int32Array {
    return this.firstChildOf
  }
  get nextSibling(): Int32Array {
    return this.nextSiblingOf
  }
  /** id → what its last component says as a whiteout. */
  get whiteouts(): Uint8Array {
    return this.whiteoutOf
  }

  /** id → the path as layers name it (`opt/tool/x`; '' for the root), made on first request. */
  path(id: number): string {
    let path = this.strings[id]
    if (path === undefined) {
      const start = this.startOf[id]
      path = Buffer.from(
        this.arena.buffer,
        this.arena.byteOffset + start,
        this.lengthOf[id]
      ).toString('utf8')
      this.strings[id] = path
    }
    return path
  }

  /** id → its last component. */
  name(id: number): string {
    const start = this.startOf[id] + this.nameStartOf[id]
    return Buffer.from(
      this.arena.buffer,
      this.arena.byteOffset + start,
      this.startOf[id] + this.lengthOf[id] - start
    ).toString('utf8')
  }

  /** Whether the last component of `id` starts with the ASCII `prefix`, without making its name. */
  nameStartsWith(id: number, prefix: string): boolean {
    const start = this.startOf[id] + this.nameStartOf[id]
    if (this.startOf[id] + this.lengthOf[id] - start < prefix.length)
      return false
    for (let i = 0; i < prefix.length; i++)
      if (this.arena[start + i] !== prefix.charCodeAt(i)) return false
    return true
  }

  find(path: string): number | undefined {
    // Into one reused buffer: the package attribution looks up every path its databases
    // list (tens of thousands), and an encode() per path was most of its cost. ASCII, the
    // usual case, is copied by hand; anything else goes through the encoder.
    const length = path.length
    if (length * 3 > this.scratch.length)
      this.scratch = new Uint8Array(length * 3)
    const bytes = this.scratch
    let end = length
    for (let i = 0; i < length; i++) {
      const code = path.charCodeAt(i)
      if (code >= 0x80) {
        end = this.encoder.encodeInto(path, bytes).written
        break
      }
      bytes[i] = code
    }
    const id = this.lookup(bytes, 0, end, fnv1a(bytes, 0, end))
    return id < 0 ? undefined : id
  }

  /** The id of `name` next to `id` (a whiteout's target), adding it when new. */
  internSibling(id: number, name: string): number {
    return this.intern(siblingPath(this, id, name))
  }

  /** The id of a clean layer path (no leading slash, '' for the root), adding it and its parents when new. */
  intern(path: string): number {
    const bytes = this.encoder.encode(path)
    return this.internBytes(bytes, 0, bytes.length)
  }

  /** The id of the clean path in bytes [start, end) of `bytes` (which are copied if the path is new). */
  internBytes(bytes: Uint8Array, start: number, end: number): number {
    const hash = fnv1a(bytes, start, end)
    const known = this.lookup(bytes, start, end, hash)
    if (known >= 0) return known
    let slash = end - 1
    while (slash >= start && bytes[slash] !== SLASH) slash--
    let parent: number
    if (slash < start) parent = ROOT
    else if (this.isPath(this.lastParent, bytes, start, slash))
      parent = this.lastParent
    else parent = this.lastParent = this.internBytes(bytes, start, slash)
    return this.add(bytes, start, end, hash, parent, slash + 1 - start)
  }

  private slotFor(hash: number): number {
    return hash & (this.table.length - 1)
  }

  /** Whether `id`'s path is bytes [start, end). */
  private isPath(
    id: number,
    bytes: Uint8Array,
    start: number,
    end: number
  ): boolean {
    const length = end - start
    if (this.lengthOf[id] !== length) return false
    const arena = this.arena
    const at = this.startOf[id] - start
    for (let i = start; i < end; i++)
      if (arena[at + i] !== bytes[i]) return false
    return true
  }

  private lookup(
    bytes: Uint8Array,
    start: number,
    end: number,
    hash: number
  ): number {
    const mask = this.table.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]
      if (entry === 0) return -1
      const id = entry - 1
      if (this.hashOf[id] === hash && this.isPath(id, bytes, start, end))
        return id
    }
  }

  private add(
    bytes: Uint8Array,
    start: number,
    end: number,
    hash: number,
    parent: number,
    nameStart: number
  ): number {
    const id = this.count++
    if (id === this.capacity) this.grow()
    const length = end - start
    if (this.arenaUsed + length > this.arena.length) {
      const arena = new Uint8Array(
        Math.max(this.arena.length * 2, this.arenaUsed + length)
      )
      arena.set(this.arena.subarray(0, this.arenaUsed))
      this.arena = arena
    }
    // A loop, not set(subarray): a path is a few dozen bytes, and each subarray is an allocation.
    const arena = this.arena
    const at = this.arenaUsed - start
    for (let i = start; i < end; i++) arena[at + i] = bytes[i]
    this.startOf[id] = this.arenaUsed
    this.lengthOf[id] = length
    this.arenaUsed += length
    this.nameStartOf[id] = nameStart
    this.hashOf[id] = hash
    this.strings.push(undefined)
    const nameAt = start + nameStart
    if (startsWithWh(bytes, nameAt, end)) {
      const nameLength = end - nameAt
      let opaque = nameLength === OPAQUE_MARKER.length
      for (let i = 0; opaque && i < OPAQUE_MARKER.length; i++)
        opaque = bytes[nameAt + i] === OPAQUE_MARKER.charCodeAt(i)
      this.whiteoutOf[id] = opaque
        ? Whiteout.Opaque
        : nameLength === 4 || startsWithWh(bytes, nameAt + 4, end)
          ? Whiteout.Other
          : Whiteout.File
    }
    this.parentOf[id] = parent
    const last = this.lastChildOf[parent]
    if (last < 0) this.firstChildOf[parent] = id
    else this.nextSiblingOf[last] = id
    this.lastChildOf[parent] = id
    if (this.count * 2 > this.table.length) this.rehash()
    else this.place(id)
    return id
  }

  private place(id: number): void {
    const mask = this.table.length - 1
    let slot = this.hashOf[id] & mask
    while (this.table[slot] !== 0) slot = (slot + 1) & mask
    this.table[slot] = id + 1
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2)
    for (let id = 0; id < this.count; id++) this.place(id)
  }

  private grow(): void {
    const capacity = (this.capacity *= 2)
    this.parentOf = enlarged(this.parentOf, capacity, -1)
    this.firstChildOf = enlarged(this.firstChildOf, capacity, -1)
    this.nextSiblingOf = enlarged(this.nextSiblingOf, capacity, -1)
    this.lastChildOf = enlarged(this.lastChildOf, capacity, -1)
    this.startOf = enlarged(this.startOf, capacity)
    this.lengthOf = enlarged(this.lengthOf, capacity)
    this.nameStartOf = enlarged(this.nameStartOf, capacity)
    this.hashOf = enlarged(this.hashOf, capacity)
    this.whiteoutOf = enlarged(this.whiteoutOf, capacity)
  }
}

/** The path of `name` next to `id` (`a/.wh.b` → `a/b`), for a whiteout's target. */
export function siblingPath(
  index: PathIndex,
  id: number,
  name: string
): string {
  const parent = index.parents[id]
  return parent === ROOT ? name : `${index.path(parent)}/${name}`
}
