// Builds the report's `files` section from the layer model: hidden copies (what can really
// be reclaimed), the largest of them as items, hints (which rows, how many bytes, what
// kind: report/describe.ts says them in words, with the fix), and dive's figures. Layers are named by their `layers` row, never by the filesystem
// layer ordinal, so the section lines up with the table whatever the source.

import { InputError } from '../errors.js'
import type {
  FileHint,
  FileHintKind,
  FileItem,
  FilesAnalysis,
  LayerRow,
  PackageCacheKind
} from '../model/report.js'
import { diveFigures } from './dive.js'
import { isFileCode, type LayerListing } from '../model/listing.js'
import { applyLayers, type HiddenCopy } from './whiteouts.js'

export interface AnalyzeFilesOptions {
  /** Cap on `items` (default 100). */
  maxItems?: number
  /** How many filesystem layers belong to the base image; by default found from the history (see baseLayerCount). */
  baseLayers?: number
}

interface CacheKind {
  cache: PackageCacheKind
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

// Package-manager caches that a RUN leaves behind unless it cleans up in the same step.
const CACHES: CacheKind[] = [
  {
    cache: 'apt-lists',
    pattern: /^\/var\/lib\/apt\/lists\/(?!lock$)/
  },
  {
    cache: 'apt-archives',
    pattern: /^\/var\/cache\/apt\/(archives\/.*\.deb$|[^/]+\.bin$)/
  },
  {
    cache: 'apk',
    pattern: /^\/(var\/cache\/apk|etc\/apk\/cache)\//
  },
  {
    cache: 'pip',
    pattern: /^\/(root|home\/[^/]+)\/\.cache\/pip\//
  },
  {
    cache: 'npm',
    pattern: /^\/(root|home\/[^/]+)\/\.npm\/_cacache\//
  },
  {
    cache: 'yarn',
    pattern:
      /^\/(usr\/local\/share\/\.cache\/yarn|(root|home\/[^/]+)\/\.cache\/yarn)\//
  },
  {
    cache: 'go-build',
    pattern: /^\/(root|home\/[^/]+)\/\.cache\/go-build\//
  }
]

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
    throw new InputError(
      `the image history names ${rowOf.length} layers but the image has ${listings.length}`
    )
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
    hints.push({
      kind,
      layers: [added.index, hider.index],
      bytes,
      files: copies.length,
      ...(base ? { base: true } : {}),
      examples: copies.slice(0, 3).map((copy) => copy.path)
    })
  }

  // Caches left in the final filesystem, by the layer that wrote them.
  const cacheGroups = new Map<
    string,
    {
      cache: CacheKind
      layer: number
      bytes: number
      files: number
      examples: { path: string; bytes: number }[]
    }
  >()
  applied.forEachVisible((copy) => {
    const cache = CACHES.find((c) => c.pattern.test(copy.path))
    if (!cache) return
    const key = `${cache.cache} ${copy.layer}`
    let group = cacheGroups.get(key)
    if (!group)
      cacheGroups.set(
        key,
        (group = { cache, layer: copy.layer, bytes: 0, files: 0, examples: [] })
      )
    group.bytes += copy.bytes
    group.files++
    group.examples.push({ path: copy.path, bytes: copy.bytes })
  }, CACHE_ROOTS)
  for (const group of cacheGroups.values()) {
    const row = rows[rowOf[group.layer]]
    const base = group.layer < baseLayers
    hints.push({
      kind: 'package-cache',
      layers: [row.index],
      bytes: group.bytes,
      files: group.files,
      cache: group.cache.cache,
      ...(base ? { base: true } : {}),
      examples: group.examples
        .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1))
        .slice(0, 3)
        .map((e) => e.path)
    })
  }
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
    }))
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
