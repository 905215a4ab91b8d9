// Builds the report's `files` section from the layer model: hidden copies (what can really
// be reclaimed), the largest of them as items, hints (which rows, how many bytes, what
// kind: report/describe.ts says them in words, with the fix), and dive's figures. Layers are named by their `layers` row, never by the filesystem
// layer ordinal, so the section lines up with the table whatever the source.

import { InputError } from '../errors.js'
import type {
  CacheKind,
  FileHint,
  FileHintKind,
  FileHintPart,
  FileItem,
  FilesAnalysis,
  LayerRow,
  PackageCacheKind
} from '../model/report.js'
import { diveFigures } from './dive.js'
import { layerFolders } from './folders.js'
import { isFileCode, type LayerListing } from '../model/listing.js'
import { attributeImagePackages, packageFields } from './package-report.js'
import { runtimeHints } from './runtime-hints.js'
import type { PackagePattern } from './package-pattern.js'
import { copyHintPackages, packageHints } from './package-hints.js'
import { applyLayers, type HiddenCopy } from './whiteouts.js'

export interface AnalyzeFilesOptions {
  /** Cap on `items` (default 100). */
  maxItems?: number
  /** How many filesystem layers belong to the base image; by default found from the history (see baseLayerCount). */
  baseLayers?: number
  /** The Dockerfile's FROM and how many leading layers are its, when the caller knows them: the runtime-extras hint names it. */
  fromImage?: { ref: string; layers: number }
  /** A budget's `package:` patterns: each is totalled over every package (`packageMatches`). */
  packagePatterns?: PackagePattern[]
  /** A budget's `unpackaged:` limit: measure `unpackagedBytes` even when the image has no package database. */
  unpackaged?: boolean
}

/** One cache by path: `pattern`'s first group is the cache's folder; `family` is what one clean-up removes (FileHint.cache). */
interface CachePattern {
  kind: CacheKind
  family: PackageCacheKind
  pattern: RegExp
}

// Where the caches below can be: only these subtrees are walked, not the whole filesystem.
const CACHE_ROOTS = [
  'var/lib/apt/lists',
  'var/cache/apt',
  'var/cache/apk',
  'etc/apk/cache',
  'root',
  'home',
  'usr/local/share/.cache/yarn'
]

// Package-manager caches, each with the family one clean-up removes (one hint per family
// and layer, one part per cache; report/describe.ts names the clean-up).
const CACHES: CachePattern[] = [
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
    pattern:
      /^(\/usr\/local\/share\/\.cache\/yarn|\/(?:root|home\/[^/]+)\/\.cache\/yarn)\//
  },
  {
    kind: 'go-build-cache',
    family: 'go-build',
    pattern: /^(\/(?:root|home\/[^/]+)\/\.cache\/go-build)\//
  }
]

/** The cache an absolute path is in, with the cache's folder; undefined for other paths. */
function cacheOf(
  path: string
): { cache: CachePattern; folder: string } | undefined {
  for (const cache of CACHES) {
    const match = cache.pattern.exec(path)
    if (match) return { cache, folder: match[1] }
  }
  return undefined
}

/** How many parts a hint keeps (see FileHint.parts). */
export const HINT_PARTS = 10

/** The folder an absolute file path is in: `/a/b/c` → `/a/b`, `/c` → `/`. */
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/'

/** The deepest folder that holds both `folder` and `other` (both absolute folders). */
function sharedFolder(folder: string, other: string): string {
  while (folder !== '/' && other !== folder && !other.startsWith(folder + '/'))
    folder = folderOf(folder)
  return folder
}

/** The top folder a part is keyed by: a path's first two components (`/usr/lib`), or its folder when shallower. */
function topFolder(path: string): string {
  const first = path.indexOf('/', 1)
  if (first < 0) return '/'
  const second = path.indexOf('/', first + 1)
  return path.slice(0, second < 0 ? first : second)
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Splits file copies into parts (FileHint.parts): a cache's files by the cache, the rest by
 * top folder narrowed to the folder they share; largest first, at most HINT_PARTS.
 */
export function hintParts(
  copies: { path: string; bytes: number }[]
): FileHintPart[] {
  const parts = new Map<string, FileHintPart>()
  for (const copy of copies) {
    const found = cacheOf(copy.path)
    const key = found
      ? `${found.cache.kind} ${found.folder}`
      : topFolder(copy.path)
    let part = parts.get(key)
    if (!part) {
      part = found
        ? { path: found.folder, cache: found.cache.kind, bytes: 0, files: 0 }
        : { path: folderOf(copy.path), bytes: 0, files: 0 }
      parts.set(key, part)
    } else if (!found) part.path = sharedFolder(part.path, folderOf(copy.path))
    part.bytes += copy.bytes
    part.files++
  }
  return [...parts.values()]
    .sort(
      (a, b) =>
        b.bytes - a.bytes ||
        byText(a.path, b.path) ||
        byText(a.cache ?? '', b.cache ?? '')
    )
    .slice(0, HINT_PARTS)
}

/**
 * The builder that made a history row: BuildKit marks its Dockerfile rows with the comment
 * `buildkit.dockerfile.v0`; a row with a step and no such mark is the classic builder's (or
 * another builder's that leaves none); an imported base has no step and no builder.
 */
export function builderOf(row: LayerRow): 'classic' | 'buildkit' | undefined {
  if (row.comment === 'buildkit.dockerfile.v0') return 'buildkit'
  if (row.instruction === '') return undefined
  return 'classic'
}

/**
 * Filesystem layers that came with the base image: up to the last layer made by a root
 * filesystem import (`ADD file:<sha> in /`, `Imported from -`), else the first layer (as dive
 * counts "user" bytes). History does not mark where FROM ended, so this is a heuristic.
 */
export function baseLayerCount(rows: LayerRow[]): number {
  let layers = 0
  let base = 1
  for (const row of rows) {
    if (row.empty) continue
    layers++
    if (
      /^Imported from/.test(row.comment ?? '') ||
      /^ADD file:[0-9a-f]+ in \/\s*$/.test(row.createdBy)
    )
      base = layers
  }
  return Math.min(base, layers)
}

/** The `files` section for a report whose non-empty rows are one-to-one with `listings`. */
export function analyzeFiles(
  rows: LayerRow[],
  listings: LayerListing[],
  options: AnalyzeFilesOptions = {}
): FilesAnalysis {
  const rowOf = rows.filter((row) => !row.empty).map((row) => row.index)
  if (rowOf.length !== listings.length) {
    throw new InputError({
      input: 'image',
      problem: `the image history names ${rowOf.length} layers but the image has ${listings.length}`
    })
  }
  const baseLayers = options.baseLayers ?? baseLayerCount(rows)
  // Both analyses keep their state in arrays over the paths the listings share.
  const dive = diveFigures(listings)
  const applied = applyLayers(listings)
  const hidden = applied.hidden

  const reclaimableBytes = hidden.reduce((sum, copy) => sum + copy.bytes, 0)
  const layerBytes = rows.reduce((sum, row) => sum + row.sizeBytes, 0)
  const sorted = [...hidden].sort(
    (a, b) =>
      b.bytes - a.bytes ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : a.addedLayer - b.addedLayer)
  )
  const items: FileItem[] = sorted
    .slice(0, options.maxItems ?? 100)
    .map((copy) => ({
      path: copy.path,
      bytes: copy.bytes,
      addedIn: rowOf[copy.addedLayer],
      ...(copy.how === 'removed'
        ? { removedIn: rowOf[copy.hiddenLayer] }
        : { replacedIn: rowOf[copy.hiddenLayer] })
    }))

  // What the package databases tell: one attribution, for the report's package fields and
  // the hints that name packages.
  const attribution = attributeImagePackages(listings)

  const hints: FileHint[] = []
  const groups = new Map<string, { kind: FileHintKind; copies: HiddenCopy[] }>()
  for (const copy of sorted) {
    const kind: FileHintKind =
      copy.how === 'removed'
        ? 'deleted-later'
        : copy.metadataOnly
          ? 'metadata-copy'
          : 'replaced-later'
    const key = `${kind} ${copy.addedLayer} ${copy.hiddenLayer}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { kind, copies: [] }))
    group.copies.push(copy)
  }
  for (const { kind, copies } of groups.values()) {
    const added = rows[rowOf[copies[0].addedLayer]]
    const hider = rows[rowOf[copies[0].hiddenLayer]]
    const bytes = copies.reduce((sum, copy) => sum + copy.bytes, 0)
    const base = copies[0].addedLayer < baseLayers
    const builder = builderOf(hider)
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
    })
  }

  // Caches left in the final filesystem, by the layer that wrote them: one hint per family
  // (what one clean-up removes) and layer, one part per cache.
  const cacheGroups = new Map<
    string,
    {
      family: PackageCacheKind
      layer: number
      bytes: number
      files: number
      examples: { path: string; bytes: number }[]
    }
  >()
  applied.forEachVisible((copy) => {
    const found = cacheOf(copy.path)
    if (!found) return
    const family = found.cache.family
    const key = `${family} ${copy.layer}`
    let group = cacheGroups.get(key)
    if (!group)
      cacheGroups.set(
        key,
        (group = {
          family,
          layer: copy.layer,
          bytes: 0,
          files: 0,
          examples: []
        })
      )
    group.bytes += copy.bytes
    group.files++
    group.examples.push({ path: copy.path, bytes: copy.bytes })
  }, CACHE_ROOTS)
  for (const group of cacheGroups.values()) {
    const row = rows[rowOf[group.layer]]
    const base = group.layer < baseLayers
    const builder = builderOf(row)
    const parts = hintParts(group.examples)
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
    })
  }
  // Without any package database every file is unpackaged: measured for a budget that asks.
  const unpackagedOnly =
    !attribution && options.unpackaged
      ? attributeImagePackages(listings, true)
      : undefined
  hints.push(...packageHints(attribution, rows, rowOf, baseLayers, builderOf))
  hints.push(
    ...runtimeHints({
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
    })
  )

  hints.sort(
    (a, b) =>
      Number(a.base ?? false) - Number(b.base ?? false) ||
      b.bytes - a.bytes ||
      a.layers[0] - b.layers[0] ||
      (a.layers[1] ?? 0) - (b.layers[1] ?? 0)
  )

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
    ...packageFields(
      attribution ?? unpackagedOnly,
      rowOf,
      options.packagePatterns,
      attribution !== undefined,
      baseLayers
    )
  }
}

/** How many paths per layer the report keeps for comparisons: enough to know a layer by, few enough for 1,000 layers. */
export const LAYER_PATHS = 20

/** The `count` largest regular files a layer writes, largest first (ties by path); strings are made for those only. */
export function largestFiles(
  listing: LayerListing,
  count: number
): { path: string; bytes: number }[] {
  const files: number[] = []
  for (let i = 0; i < listing.length; i++)
    if (isFileCode(listing.typeflags[i])) files.push(i)
  files.sort((a, b) => listing.sizes[b] - listing.sizes[a] || a - b)
  return files
    .slice(0, count)
    .map((i) => ({
      path: `/${listing.index.path(listing.ids[i])}`,
      bytes: listing.sizes[i]
    }))
    .sort(
      (a, b) =>
        b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    )
}
