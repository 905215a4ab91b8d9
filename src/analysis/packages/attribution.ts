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

import {
  entryDiskBytes,
  isDirEntry,
  sharedIndex,
  type LayerListing
} from '../../model/listing.js'
import {
  ROOT,
  siblingPath,
  WHITEOUT_PREFIX,
  Whiteout,
  type PathIndex
} from '../../model/paths.js'
import {
  ParseCache,
  readPackageDatabases,
  type DatabaseContents,
  type ListResolver
} from './database.js'
import { parseDpkgList, parseDpkgMd5sums } from './dpkg.js'
import {
  listedPathCount,
  PACKAGE_DATABASES_TOTAL_LIMIT,
  PACKAGE_PROBLEMS_LIMIT,
  type PackageManager,
  type PackageRecord
} from './records.js'

export interface PackageLayer {
  listing: LayerListing
  /**
   * The package-database files this layer wrote (layer path → contents; see
   * isPackageDatabasePath), `undefined` for one it wrote but whose contents were not read
   * (too big): that file then counts as absent, with a problem.
   */
  databases: ReadonlyMap<string, DatabaseContents | undefined>
}

export type PackageEventKind = 'added' | 'changed' | 'removed'

export interface PackageEvent {
  /** Filesystem layer ordinal (0 = base). */
  layer: number
  kind: PackageEventKind
  /** The version after the event (before it, for `removed`). */
  version: string
  /** For `changed`: the version before. */
  previousVersion?: string
}

export interface LayerBytes {
  layer: number
  bytes: number
  files: number
}

export interface PackageAttribution {
  key: string
  manager: PackageManager
  name: string
  arch?: string
  /** The last version the databases held. */
  version: string
  /** The first layer whose database holds it. */
  addedLayer: number
  /** Layers that installed another version of it. */
  changedLayers: number[]
  /** The layer that removed it, when it is not installed in the final image. */
  removedLayer?: number
  installed: boolean
  events: PackageEvent[]
  /** Its files in the final filesystem: exact bytes and count (0 when removed, unless files remain). */
  bytes: number
  files: number
  /** Its bytes in each layer that wrote some of its files: they ship with that layer whatever comes later. */
  layerBytes: LayerBytes[]
  /** The sum of `layerBytes`. */
  shippedBytes: number
  /** Shipped but not in the final filesystem: removed, or replaced by an upgrade (`shippedBytes - bytes`). */
  hiddenBytes: number
  /** The database's own estimate (dpkg Installed-Size, apk I:), for comparison only. */
  installedSizeBytes?: number
  auto?: boolean
  dev?: boolean
  /** Files it shares with another package (a Debian python3-* package and its dist-info, Multi-Arch: same docs): counted for each. */
  sharedFiles: number
  /** The record as the last database that held it says. */
  record: PackageRecord
}

export interface UnpackagedBytes {
  /** Top-level folder (`usr`, `app`), or the file's own name at the root. */
  top: string
  bytes: number
  files: number
}

export interface PackageAttributionResult {
  /** By `shippedBytes`, largest first. */
  packages: PackageAttribution[]
  /** Bytes of the final filesystem that no installed package owns, per top-level folder, largest first. */
  unpackaged: UnpackagedBytes[]
  /** Per layer: the bytes it wrote that no package owned in the state after it. */
  unpackagedByLayer: UnpackagedBytes[][]
  /** Per layer: whether its database state differs from the layer below's. */
  databaseChanged: boolean[]
  /**
   * The packages that owned entry `entry` of layer `layer`'s listing in the state after that
   * layer (indexes into `packages`; none for a directory, a whiteout or an unowned file): which
   * packages a hidden copy belongs to (analysis/package-hints.ts).
   */
  ownersOfEntry(layer: number, entry: number): readonly number[]
  problems: string[]
}

// Merged /usr: these are symlinks into usr/ and dpkg still lists paths through them.
const USR_ALIASES = ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32', 'libo32']
const SYMLINK = 0x32
const NONE = -1
const SEVERAL = -2

interface Tracked {
  number: number
  record: PackageRecord
  installed: boolean
  events: PackageEvent[]
  /** Path ids it owns now (exact), and folder ids. */
  ids: Int32Array
  folderIds: number[]
  layerBytes: Float64Array
  layerFiles: Float64Array
  everInstalled: boolean
}

const isInstalledState = (record: PackageRecord) =>
  record.state === undefined ||
  (record.state !== 'config-files' && record.state !== 'not-installed')

const samePaths = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((path, i) => path === b[i]))

const sameIds = (a: Int32Array | undefined, b: Int32Array | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.length === b.length &&
    a.every((id, i) => id === b[i]))

const NO_IDS = new Int32Array(0)

export function attributePackages(
  layers: PackageLayer[]
): PackageAttributionResult {
  const listings = layers.map((layer) => layer.listing)
  const index = sharedIndex(listings)
  const size = index.size
  const { parents } = index
  const owners = new Int32Array(size).fill(NONE)
  const several = new Map<number, number[]>()
  const folderOwners = new Int32Array(size).fill(NONE)
  let folderCount = 0
  const tracked: Tracked[] = []
  const byKey = new Map<string, Tracked>()
  const problems = new StateProblems()
  const cache = new ParseCache()
  const aliases = new Set(
    USR_ALIASES.filter((top) => {
      const id = index.find(top)
      return id !== undefined && listings.some((l) => hasSymlinkAt(l, id))
    })
  )

  const resolve = (path: string): number | undefined => {
    const slash = path.indexOf('/')
    const top = slash < 0 ? path : path.slice(0, slash)
    if (slash > 0 && aliases.has(top))
      return index.find('usr/' + path) ?? index.find(path)
    return index.find(path)
  }
  const addOwner = (id: number, n: number) => {
    const owner = owners[id]
    if (owner === NONE) owners[id] = n
    else if (owner === SEVERAL) several.get(id)!.push(n)
    else if (owner !== n) {
      owners[id] = SEVERAL
      several.set(id, [owner, n])
    }
  }
  const removeOwner = (id: number, n: number) => {
    const owner = owners[id]
    if (owner === n) owners[id] = NONE
    else if (owner === SEVERAL) {
      const rest = several.get(id)!.filter((m) => m !== n)
      if (rest.length === 1) {
        owners[id] = rest[0]
        several.delete(id)
      } else several.set(id, rest)
    }
  }
  /** The ids of the paths a package owns, of the paths its database lists. */
  const ownedIds = (paths: readonly string[]): Int32Array => {
    // A listed path with listed paths under it is a directory of the package: it owns no
    // bytes there, even where the image has a symlink (bookworm's hostname lists `/bin`,
    // the symlink into usr/ that base-files or the installer made).
    const folders = new Set<string>()
    for (const path of paths) {
      const slash = path.lastIndexOf('/')
      if (slash > 0) folders.add(path.slice(0, slash))
    }
    const ids: number[] = []
    for (const path of paths) {
      if (folders.has(path)) continue
      const id = resolve(path)
      if (id !== undefined && id !== ROOT) ids.push(id)
    }
    return Int32Array.from(ids)
  }
  // dpkg's file lists are most of what the databases hold (a string per path: 3.9 MB for the
  // 2.2 MB of lists of the bench's Debian image, kept by the parse cache and the records of
  // every state, and V8's heap grew well past that). Resolved to ids as each is parsed, their
  // strings die young and the cache keeps only the ids.
  const resolveList: ListResolver = (path, contents) => {
    const parsed = path.endsWith('.md5sums')
      ? parseDpkgMd5sums(contents, path)
      : parseDpkgList(contents, path)
    return {
      value: { ids: ownedIds(parsed.value), listed: parsed.value.length },
      problems: parsed.problems
    }
  }
  const claim = (t: Tracked) => {
    t.ids = t.record.resolvedPaths?.ids ?? ownedIds(t.record.paths)
    for (const id of t.ids) addOwner(id, t.number)
    t.folderIds = []
    for (const folder of t.record.folders) {
      const id = index.find(folder)
      if (id !== undefined && id !== ROOT) {
        t.folderIds.push(id)
        folderOwners[id] = t.number
        folderCount++
        foldersChanged = true
      }
    }
  }
  const release = (t: Tracked) => {
    for (const id of t.ids) removeOwner(id, t.number)
    for (const id of t.folderIds)
      if (folderOwners[id] === t.number) {
        folderOwners[id] = NONE
        folderCount--
        foldersChanged = true
      }
    t.ids = NO_IDS
    t.folderIds = []
  }
  // Per path id: the owner of the nearest folder at or above it (a package that owns a whole
  // folder), made again after claims changed folder owners. One pass in id order: a path's
  // parent always has a smaller id (PathIndex adds parents first); walking up from every
  // path instead was a tenth of the attribution's time.
  let nearestFolder: Int32Array | undefined
  let foldersChanged = true
  const nearestFolders = (): Int32Array => {
    if (nearestFolder && !foldersChanged) return nearestFolder
    const nearest = (nearestFolder ??= new Int32Array(size))
    nearest[ROOT] = NONE
    for (let id = 1; id < size; id++) {
      const own = folderOwners[id]
      nearest[id] = own >= 0 ? own : nearest[parents[id]]
    }
    foldersChanged = false
    return nearest
  }
  /** The packages owning `id`, into `found` (reused: no allocation per file); returns how many. */
  const found: number[] = []
  const ownersOf = (id: number): number => {
    let count = 0
    const owner = owners[id]
    if (owner >= 0) found[count++] = owner
    else if (owner === SEVERAL)
      for (const n of several.get(id)!) found[count++] = n
    if (folderCount > 0) {
      const folder = nearestFolders()[id]
      if (folder >= 0) {
        let known = false
        for (let k = 0; k < count; k++) known ||= found[k] === folder
        if (!known) found[count++] = folder
      }
    }
    return count
  }

  // The database files visible now, as layers write and delete them.
  const databaseFiles = new Map<string, DatabaseContents>()
  let previous = new Map<string, PackageRecord>()
  const databaseChanged: boolean[] = []
  const unpackagedByLayer: UnpackagedBytes[][] = []
  const tops = new TopNames(index)
  // Per path id: the layer (+1) whose pass has counted it, so a path listed twice counts once.
  const counted = new Int32Array(size)
  const budget = { read: 0 }
  // Per layer and entry: the owner counted for it (a tracked number, SEVERAL, NONE).
  const entryOwners: Int32Array[] = []
  const entrySeveral: Map<number, number[]>[] = []

  layers.forEach((layer, ordinal) => {
    const changed = applyDatabaseWrites(
      layer,
      index,
      databaseFiles,
      problems,
      ordinal,
      budget
    )
    databaseChanged.push(changed)
    if (changed) {
      const state = readPackageDatabases(databaseFiles, cache, resolveList)
      problems.addState(state.problems)
      for (const [key, listed] of state.packages) {
        let t = byKey.get(key)
        // A dpkg package whose list a later layer deleted (`rm -rf /var/lib/dpkg/info`)
        // still has its files: keep the list it had.
        const record =
          listed.manager === 'dpkg' &&
          listedPathCount(listed) === 0 &&
          t !== undefined &&
          listedPathCount(t.record) > 0
            ? {
                ...listed,
                paths: t.record.paths,
                resolvedPaths: t.record.resolvedPaths
              }
            : listed
        state.packages.set(key, record)
        const installed = isInstalledState(record)
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
          }
          tracked.push(t)
          byKey.set(key, t)
        }
        const old = previous.get(key)
        if (installed && !t.installed)
          t.events.push({
            layer: ordinal,
            kind: 'added',
            version: record.version
          })
        else if (!installed && t.installed)
          t.events.push({
            layer: ordinal,
            kind: 'removed',
            version: t.record.version
          })
        else if (installed && old && old.version !== record.version)
          t.events.push({
            layer: ordinal,
            kind: 'changed',
            version: record.version,
            previousVersion: old.version
          })
        if (
          !old ||
          !samePaths(old.paths, record.paths) ||
          !sameIds(old.resolvedPaths?.ids, record.resolvedPaths?.ids) ||
          !samePaths(old.folders, record.folders)
        ) {
          release(t)
          t.record = record
          claim(t)
        }
        t.record = record
        t.installed = installed
        t.everInstalled ||= installed
      }
      for (const [key, old] of previous)
        if (!state.packages.has(key)) {
          const t = byKey.get(key)!
          if (t.installed)
            t.events.push({
              layer: ordinal,
              kind: 'removed',
              version: old.version
            })
          t.installed = false
          release(t)
        }
      previous = state.packages
    }

    // This layer's bytes, by owner; the last entry at a path is the one that counts.
    const { listing } = layer
    const unowned = new Map<number, { bytes: number; files: number }>()
    const owners = new Int32Array(listing.length).fill(NONE)
    const severalAt = new Map<number, number[]>()
    entryOwners.push(owners)
    entrySeveral.push(severalAt)
    for (let i = listing.length - 1; i >= 0; i--) {
      const id = listing.ids[i]
      if (counted[id] === ordinal + 1) continue
      counted[id] = ordinal + 1
      if (index.whiteouts[id] !== Whiteout.None || isDirEntry(listing, i))
        continue
      const bytes = entryDiskBytes(listing, i)
      const owned = ownersOf(id)
      for (let k = 0; k < owned; k++) {
        tracked[found[k]].layerBytes[ordinal] += bytes
        tracked[found[k]].layerFiles[ordinal]++
      }
      if (owned === 1) owners[i] = found[0]
      else if (owned > 1) {
        owners[i] = SEVERAL
        severalAt.set(i, found.slice(0, owned))
      }
      if (owned === 0) tops.add(unowned, id, bytes)
    }
    unpackagedByLayer.push(tops.rows(unowned))
  })

  // The final filesystem, by owner in the final state.
  const visible = visibleEntries(listings, index)
  const finalBytes = new Float64Array(tracked.length)
  const finalFiles = new Float64Array(tracked.length)
  const sharedFiles = new Float64Array(tracked.length)
  const unowned = new Map<number, { bytes: number; files: number }>()
  for (let id = 1; id < size; id++) {
    const layer = visible.layerOf[id]
    if (layer < 0) continue
    const listing = listings[layer]
    const at = visible.entryOf[id]
    if (isDirEntry(listing, at)) continue
    const bytes = entryDiskBytes(listing, at)
    const owned = ownersOf(id)
    for (let k = 0; k < owned; k++) {
      finalBytes[found[k]] += bytes
      finalFiles[found[k]]++
      if (owned > 1) sharedFiles[found[k]]++
    }
    if (owned === 0) tops.add(unowned, id, bytes)
  }

  const listed = tracked.filter((t) => t.everInstalled)
  const packages: PackageAttribution[] = listed
    .map((t) => {
      const layerBytes: LayerBytes[] = []
      let shippedBytes = 0
      t.layerBytes.forEach((bytes, layer) => {
        const files = t.layerFiles[layer]
        if (files > 0) {
          layerBytes.push({ layer, bytes, files })
          shippedBytes += bytes
        }
      })
      const added = t.events.find((event) => event.kind === 'added')!
      const last = t.events[t.events.length - 1]
      const { record } = t
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
        removedLayer:
          !t.installed && last.kind === 'removed' ? last.layer : undefined,
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
      }
    })
    .sort((a, b) => b.shippedBytes - a.shippedBytes || (a.key < b.key ? -1 : 1))
  // Tracked number → position in `packages`.
  const position = new Int32Array(tracked.length).fill(NONE)
  const keyAt = new Map(packages.map((p, i) => [p.key, i]))
  for (const t of listed) position[t.number] = keyAt.get(t.record.key)!
  const none: readonly number[] = []
  const ownersOfEntry = (layer: number, entry: number): readonly number[] => {
    const owner = entryOwners[layer]?.[entry]
    if (owner === undefined || owner === NONE) return none
    if (owner !== SEVERAL)
      return position[owner] === NONE ? none : [position[owner]]
    return entrySeveral[layer]
      .get(entry)!
      .map((n) => position[n])
      .filter((n) => n !== NONE)
  }
  return {
    packages,
    unpackaged: tops.rows(unowned),
    unpackagedByLayer,
    databaseChanged,
    ownersOfEntry,
    problems: problems.done()
  }
}

/**
 * Problems over all database states. Each state repeats the problems of the files it read
 * (a lower state read most of them already), so a problem is kept once, and what is counted
 * past the kept ones is a lower bound: the most any one state had, plus the layers' own.
 */
class StateProblems {
  private readonly kept: string[] = []
  private readonly seen = new Set<string>()
  private layerCount = 0
  private mostInAState = 0
  private keep(problem: string) {
    if (this.seen.has(problem)) return
    this.seen.add(problem)
    if (this.kept.length < PACKAGE_PROBLEMS_LIMIT) this.kept.push(problem)
  }
  addLayer(problem: string) {
    this.layerCount++
    this.keep(problem)
  }
  addState(problems: string[]) {
    let count = 0
    for (const problem of problems) {
      const more = /^and (\d+) more problems$/.exec(problem)
      if (more) count += Number(more[1])
      else {
        count++
        this.keep(problem)
      }
    }
    this.mostInAState = Math.max(this.mostInAState, count)
  }
  done(): string[] {
    const more = this.mostInAState + this.layerCount - this.kept.length
    return more > 0 ? [...this.kept, `and ${more} more problems`] : this.kept
  }
}

function hasSymlinkAt(listing: LayerListing, id: number): boolean {
  for (let i = 0; i < listing.length; i++)
    if (listing.ids[i] === id && listing.typeflags[i] === SYMLINK) return true
  return false
}

/** Names of top-level folders by path id, made once each. */
class TopNames {
  private readonly names = new Map<number, string>()
  constructor(private readonly index: PathIndex) {}
  topOf(id: number): number {
    const { parents } = this.index
    let top = id
    while (parents[top] !== ROOT && parents[top] >= 0) top = parents[top]
    return top
  }
  add(
    into: Map<number, { bytes: number; files: number }>,
    id: number,
    bytes: number
  ) {
    const top = this.topOf(id)
    const row = into.get(top)
    if (row) {
      row.bytes += bytes
      row.files++
    } else into.set(top, { bytes, files: 1 })
  }
  rows(from: Map<number, { bytes: number; files: number }>): UnpackagedBytes[] {
    const rows: UnpackagedBytes[] = []
    for (const [id, { bytes, files }] of from) {
      let name = this.names.get(id)
      if (name === undefined) this.names.set(id, (name = this.index.path(id)))
      rows.push({ top: name, bytes, files })
    }
    return rows.sort((a, b) => b.bytes - a.bytes || (a.top < b.top ? -1 : 1))
  }
}

/**
 * Applies one layer's deletions and writes to the visible database files; whether anything
 * changed. Deletions first (a whiteout hides only what lower layers had), as in whiteouts.ts.
 */
function applyDatabaseWrites(
  layer: PackageLayer,
  index: PathIndex,
  files: Map<string, DatabaseContents>,
  problems: StateProblems,
  ordinal: number,
  budget: { read: number }
): boolean {
  let changed = false
  const { listing } = layer
  const deleteUnder = (dir: string) => {
    for (const path of files.keys())
      if (dir === '' || path === dir || path.startsWith(dir + '/')) {
        files.delete(path)
        changed = true
      }
  }
  if (files.size > 0) {
    let dirs: Set<string> | undefined
    const isAbove = (dir: string) => {
      if (!dirs) {
        dirs = new Set([''])
        for (const path of files.keys())
          for (
            let slash = path.indexOf('/');
            slash > 0;
            slash = path.indexOf('/', slash + 1)
          )
            dirs.add(path.slice(0, slash))
      }
      return dirs.has(dir)
    }
    for (let i = 0; i < listing.length; i++) {
      const id = listing.ids[i]
      const whiteout = index.whiteouts[id]
      if (whiteout === Whiteout.File) {
        const target = siblingPath(
          index,
          id,
          index.name(id).slice(WHITEOUT_PREFIX.length)
        )
        if (files.has(target)) {
          files.delete(target)
          changed = true
        } else if (isAbove(target)) {
          deleteUnder(target)
          dirs = undefined
        }
      } else if (whiteout === Whiteout.Opaque) {
        const parent = index.parents[id]
        const dir = parent === ROOT ? '' : index.path(parent)
        if (isAbove(dir)) {
          deleteUnder(dir)
          dirs = undefined
        }
      }
    }
  }
  for (const [path, contents] of layer.databases) {
    const length =
      contents === undefined
        ? 0
        : typeof contents === 'string'
          ? contents.length
          : contents.byteLength
    if (
      contents === undefined ||
      budget.read + length > PACKAGE_DATABASES_TOTAL_LIMIT
    ) {
      if (files.delete(path)) changed = true
      problems.addLayer(
        contents === undefined
          ? `layer ${ordinal}: ${path} was not read (too big); its packages are left out`
          : `layer ${ordinal}: ${path} was not read: the image's package databases are over ${PACKAGE_DATABASES_TOTAL_LIMIT} bytes; its packages are left out`
      )
      continue
    }
    budget.read += length
    if (files.get(path) !== contents) {
      files.set(path, contents)
      changed = true
    }
  }
  return changed
}

/**
 * The entry visible at each path of the final filesystem (layer and position; -1: none),
 * applying whiteouts, opaque directories and replacements the way whiteouts.ts does.
 */
export function visibleEntries(
  listings: LayerListing[],
  index: PathIndex
): { layerOf: Int32Array; entryOf: Int32Array } {
  const size = index.size
  const { parents, firstChild, nextSibling, whiteouts } = index
  const layerOf = new Int32Array(size).fill(-1)
  const entryOf = new Int32Array(size).fill(-1)
  const present = new Uint8Array(size)
  present[ROOT] = 1
  const hideChildren = (id: number) => {
    for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
      if (present[child]) {
        present[child] = 0
        layerOf[child] = -1
        hideChildren(child)
      }
  }
  listings.forEach((listing, layer) => {
    for (let i = 0; i < listing.length; i++) {
      const id = listing.ids[i]
      const whiteout = whiteouts[id]
      if (whiteout === Whiteout.Opaque) {
        if (present[parents[id]]) hideChildren(parents[id])
      } else if (whiteout === Whiteout.File) {
        const target = index.find(
          siblingPath(index, id, index.name(id).slice(WHITEOUT_PREFIX.length))
        )
        if (target !== undefined && present[target]) {
          present[target] = 0
          layerOf[target] = -1
          hideChildren(target)
        }
      }
    }
    for (let i = 0; i < listing.length; i++) {
      const id = listing.ids[i]
      if (id === ROOT || whiteouts[id] !== Whiteout.None) continue
      for (let up = parents[id]; up !== ROOT; up = parents[up]) {
        if (
          present[up] &&
          layerOf[up] >= 0 &&
          layerOf[up] < layer &&
          !isDirEntry(listings[layerOf[up]], entryOf[up])
        )
          layerOf[up] = -1 // a lower file where this layer has a directory
        if (present[up]) break
        present[up] = 1
      }
      const isDir = isDirEntry(listing, i)
      if (present[id] && !isDir) hideChildren(id)
      present[id] = 1
      layerOf[id] = layer
      entryOf[id] = i
    }
  })
  return { layerOf, entryOf }
}
