// Hints about what a runtime image ships that it need not, with measured bytes: a second
// `apt-get update` that rewrites apt's lists and binary caches in its own layer
// (`apt-update-again`), npm dev dependencies in the final filesystem (`dev-dependencies`),
// and what a runtime usually does without (`runtime-extras`: compilers, `-dev` packages,
// headers, static libraries, docs, package indexes and caches, the package manager, the
// shell). Input: the layer listings with whiteouts applied (whiteouts.ts) and the package
// attribution (packages/attribution.ts), both made once by analyzeFiles (files.ts), which
// passes its own cache matcher so that the package-index category and the package-cache
// hints agree on what a cache is. Pure: data in, FileHint rows out; report/describe.ts
// says them in words.

import { REPORT_LAYERS_LIMIT, REPORT_NAME_CHARACTERS } from '../limits.js'
import {
  entryDiskBytes,
  isDirEntry,
  type LayerListing
} from '../model/listing.js'
import { Whiteout } from '../model/paths.js'
import type {
  CacheKind,
  FileHint,
  FileHintPart,
  HintPackage,
  LayerRow,
  RuntimeExtraCategory
} from '../model/report.js'
import type {
  PackageAttribution,
  PackageAttributionResult
} from './packages/attribution.js'
import type { AppliedLayers, VisibleCopy } from './whiteouts.js'

export interface RuntimeHintsInput {
  rows: LayerRow[]
  /** Filesystem layer ordinal → its `rows` index. */
  rowOf: number[]
  listings: LayerListing[]
  applied: AppliedLayers
  /** Undefined when no layer wrote a package database. */
  attribution?: PackageAttributionResult
  /** How many filesystem layers are the base image's. */
  baseLayers: number
  /** The Dockerfile's FROM and how many leading layers are its, when the caller knows them. */
  fromImage?: { ref: string; layers: number }
  /** The cache an absolute path is in (files.ts), undefined for other paths. */
  cacheOf: (path: string) => CacheKind | undefined
  /** The folders the caches can be in (layer paths). */
  cacheRoots: string[]
  /** The builder that made a row (files.ts builderOf). */
  builderOf: (row: LayerRow) => 'classic' | 'buildkit' | undefined
}

/** A `runtime-extras` hint is made only from this many bytes of extras in the final filesystem (1 MB). */
export const RUNTIME_EXTRAS_MIN_BYTES = 1_000_000

/**
 * From this share of the final filesystem, a `runtime-extras` hint says what to do (a build
 * stage, a minimal final stage); below it, it only says what is there.
 */
export const RUNTIME_EXTRAS_SHARE = 0.25

/**
 * From this share of the final filesystem, the compilers, -dev packages, headers and static
 * libraries make the advice start with a separate build stage (below it, a few build tools
 * beside a base image's own extras are not worth a stage of their own).
 */
export const RUNTIME_BUILD_SHARE = 0.1

/** How many packages a hint names (FileHint.packages). */
const HINT_PACKAGES = 10
/** How many rows a runtime-extras hint names: those holding the most of its bytes. */
const EXTRAS_ROWS = 4

/** A package's name or version as the report's schema bounds them. */
const cut = (value: string) => value.slice(0, REPORT_NAME_CHARACTERS)

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function runtimeHints(input: RuntimeHintsInput): FileHint[] {
  return [
    ...aptUpdateAgain(input),
    ...devDependencies(input),
    ...runtimeExtras(input)
  ]
}

// apt's lists (`var/lib/apt/lists/*` but its lock) and binary caches (`var/cache/apt/*.bin`).
const APT_LISTS = 'var/lib/apt/lists'
const APT_CACHE = 'var/cache/apt'

/**
 * One hint per layer that writes apt's lists or binary caches after an earlier layer of the
 * Dockerfile's (not the base image's) wrote them: the bytes of the later layer's copies, as
 * its listing holds them. A layer that cleans them in the same RUN writes none and has no hint.
 */
function aptUpdateAgain(input: RuntimeHintsInput): FileHint[] {
  const { listings, rows, rowOf, baseLayers } = input
  const index = listings[0]?.index
  if (!index) return []
  const lists = index.find(APT_LISTS)
  const cache = index.find(APT_CACHE)
  if (lists === undefined && cache === undefined) return []
  const { parents, whiteouts } = index
  const hints: FileHint[] = []
  let earlier = -1
  listings.forEach((listing, layer) => {
    const seen = new Set<number>()
    const copies: { path: string; bytes: number; cache: CacheKind }[] = []
    for (let i = listing.length - 1; i >= 0; i--) {
      const id = listing.ids[i]
      if (seen.has(id)) continue
      seen.add(id)
      if (whiteouts[id] !== Whiteout.None || isDirEntry(listing, i)) continue
      let kind: CacheKind | undefined
      let up = parents[id]
      // Files of the lists (`partial/` included), the caches directly in var/cache/apt.
      if (lists !== undefined) {
        for (; up > 0 && up !== lists; up = parents[up]);
        if (up === lists && index.name(id) !== 'lock') kind = 'apt-lists'
      }
      if (
        !kind &&
        cache !== undefined &&
        parents[id] === cache &&
        index.name(id).endsWith('.bin')
      )
        kind = 'apt-binary-cache'
      if (!kind) continue
      const bytes = entryDiskBytes(listing, i)
      if (bytes > 0)
        copies.push({ path: '/' + index.path(id), bytes, cache: kind })
    }
    if (copies.length === 0) return
    // Only new lists say `apt-get update` ran: any apt command (a purge, an install from
    // lists an earlier RUN removed) rewrites the binary caches alone, and the package-cache
    // hint has those bytes.
    const updated = copies.some((copy) => copy.cache === 'apt-lists')
    if (updated && layer >= baseLayers && earlier >= baseLayers) {
      const row = rows[rowOf[layer]]
      const builder = input.builderOf(row)
      const parts: FileHintPart[] = []
      for (const kind of ['apt-lists', 'apt-binary-cache'] as const) {
        const of = copies.filter((copy) => copy.cache === kind)
        if (of.length > 0)
          parts.push({
            path: '/' + (kind === 'apt-lists' ? APT_LISTS : APT_CACHE),
            cache: kind,
            bytes: of.reduce((sum, copy) => sum + copy.bytes, 0),
            files: of.length
          })
      }
      parts.sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path))
      hints.push({
        kind: 'apt-update-again',
        layers: [rowOf[earlier], rowOf[layer]],
        bytes: copies.reduce((sum, copy) => sum + copy.bytes, 0),
        files: copies.length,
        examples: [...copies]
          .sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path))
          .slice(0, 3)
          .map((copy) => copy.path),
        parts,
        ...(builder ? { builder } : {})
      })
    }
    earlier = layer
  })
  return hints
}

/** The folder holding an npm package's node_modules (`app/node_modules/x/node_modules/y` → `/app/node_modules`). */
function projectModules(folder: string): string {
  const at = folder.indexOf('node_modules')
  return '/' + (at < 0 ? folder : folder.slice(0, at + 'node_modules'.length))
}

/** npm dev dependencies in the final filesystem, one hint per layer that installed them. */
function devDependencies(input: RuntimeHintsInput): FileHint[] {
  const { rows, rowOf, baseLayers } = input
  const groups = new Map<number, PackageAttribution[]>()
  for (const p of input.attribution?.packages ?? []) {
    if (p.manager !== 'npm' || p.dev !== true || !p.installed || p.bytes <= 0)
      continue
    const group = groups.get(p.addedLayer) ?? []
    group.push(p)
    groups.set(p.addedLayer, group)
  }
  const hints: FileHint[] = []
  for (const [layer, packages] of groups) {
    packages.sort((a, b) => b.bytes - a.bytes || byText(a.key, b.key))
    const parts = new Map<string, FileHintPart>()
    for (const p of packages) {
      const path = projectModules(p.record.folders[0] ?? p.record.source)
      const part = parts.get(path) ?? { path, bytes: 0, files: 0 }
      part.bytes += p.bytes
      part.files += p.files
      parts.set(path, part)
    }
    const row = rows[rowOf[layer]]
    const builder = input.builderOf(row)
    hints.push({
      kind: 'dev-dependencies',
      layers: [row.index],
      bytes: packages.reduce((sum, p) => sum + p.bytes, 0),
      files: packages.reduce((sum, p) => sum + p.files, 0),
      ...(layer < baseLayers ? { base: true } : {}),
      examples: packages
        .slice(0, 3)
        .map((p) => '/' + (p.record.folders[0] ?? p.record.source)),
      parts: [...parts.values()]
        .sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path))
        .slice(0, 10),
      ...(builder ? { builder } : {}),
      packages: packages.slice(0, HINT_PACKAGES).map((p): HintPackage => ({
        name: cut(p.name),
        manager: 'npm',
        ...(p.version ? { version: cut(p.version) } : {}),
        bytes: p.bytes
      })),
      packageCount: packages.length
    })
  }
  return hints
}

// Which installed dpkg/apk packages are which extra (RuntimeExtraCategory), by name.
const COMPILER =
  /^(?:gcc|g\+\+|cpp|c\+\+|clang|llvm|lld|binutils|libbinutils|libctf|libctf-nobfd|libgprofng|libcc1|make|cmake|autoconf|automake|libtool|pkg-config|pkgconf|build-essential|build-base)(?:-|\d|$)/
const PACKAGE_MANAGER =
  /^(?:dpkg|apt|apt-utils|libapt-pkg[\d.]*|libapt-private[\d.]*|apk-tools|libapk[\d.]*)$/
// gcc-12-base holds only docs, and libgcc-s1 (every C++ program's runtime) depends on it.
const GCC_BASE = /^(?:gcc|cpp|g\+\+)(?:-\d+)?-base$/
const SHELL = /^(?:bash|dash|busybox|busybox-binsh|zsh|ash)$/

/** The category of an installed package, undefined when it is none. */
export function packageCategory(
  p: Pick<PackageAttribution, 'manager' | 'name'>
): RuntimeExtraCategory | undefined {
  if (p.manager !== 'dpkg' && p.manager !== 'apk') return undefined
  if (COMPILER.test(p.name) && !GCC_BASE.test(p.name)) return 'compiler'
  if (p.name.endsWith('-dev')) return 'dev-package'
  if (PACKAGE_MANAGER.test(p.name)) return 'package-manager'
  if (SHELL.test(p.name)) return 'shell'
  return undefined
}

/** Package categories first, then path categories, each file in the first that takes it. */
const ORDER: RuntimeExtraCategory[] = [
  'compiler',
  'dev-package',
  'package-manager',
  'shell',
  'headers',
  'static-library',
  'docs',
  'package-index'
]
const PATH_ROOTS: { category: RuntimeExtraCategory; roots: string[] }[] = [
  { category: 'headers', roots: ['usr/include', 'usr/local/include'] },
  {
    category: 'static-library',
    roots: [
      'usr/lib',
      'usr/lib32',
      'usr/lib64',
      'usr/local/lib',
      'lib',
      'lib64'
    ]
  },
  {
    category: 'docs',
    roots: [
      'usr/share/doc',
      'usr/share/man',
      'usr/share/info',
      'usr/local/share/doc',
      'usr/local/share/man',
      'usr/local/share/info'
    ]
  }
]
// Merged /usr: dpkg lists `/bin/bash` where the layers hold `usr/bin/bash`.
const USR_ALIASES = new Set(['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32'])

interface Tally {
  bytes: number
  files: number
  folder?: string
  /** `folder` with a trailing slash ('/' for the root): most paths are under it already. */
  under?: string
}

/** The deepest folder holding both absolute paths' folders. */
function shared(folder: string | undefined, path: string): string {
  const own = path.slice(0, path.lastIndexOf('/')) || '/'
  if (folder === undefined) return own
  let at = folder
  while (at !== '/' && own !== at && !own.startsWith(at + '/'))
    at = at.slice(0, at.lastIndexOf('/')) || '/'
  return at
}

/** What a runtime image usually does not need, by category, each byte once; one hint for the image. */
function runtimeExtras(input: RuntimeHintsInput): FileHint[] {
  // What is installed is the databases' to tell: without one (scratch, busybox, distroless
  // without a status file) only caches and docs could be named, and caches have their own hint.
  if (!input.attribution) return []
  const { applied, rows, rowOf, baseLayers } = input
  const taken = new Set<string>()
  const tallies = new Map<RuntimeExtraCategory, Tally>()
  const perLayer = new Map<number, number>()
  const examples: { path: string; bytes: number }[] = []
  const take = (copy: VisibleCopy, category: RuntimeExtraCategory): boolean => {
    if (taken.has(copy.path)) return false
    taken.add(copy.path)
    const tally = tallies.get(category) ?? { bytes: 0, files: 0 }
    tally.bytes += copy.bytes
    tally.files++
    if (tally.under === undefined || !copy.path.startsWith(tally.under)) {
      tally.folder = shared(tally.folder, copy.path)
      tally.under = tally.folder === '/' ? '/' : tally.folder + '/'
    }
    tallies.set(category, tally)
    perLayer.set(copy.layer, (perLayer.get(copy.layer) ?? 0) + copy.bytes)
    // The three largest, kept as they come.
    if (examples.length < 3 || copy.bytes > examples[2].bytes) {
      examples.push({ path: copy.path, bytes: copy.bytes })
      examples.sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path))
      examples.length = Math.min(examples.length, 3)
    }
    return true
  }

  const packages: (HintPackage & { category: RuntimeExtraCategory })[] = []
  const categorized = (input.attribution?.packages ?? [])
    .filter((p) => p.installed)
    .map((p) => ({ p, category: packageCategory(p) }))
    .filter(
      (c): c is { p: PackageAttribution; category: RuntimeExtraCategory } =>
        c.category !== undefined
    )
    .sort(
      (a, b) =>
        ORDER.indexOf(a.category) - ORDER.indexOf(b.category) ||
        byText(a.p.key, b.p.key)
    )
  const index = input.listings[0]?.index
  // A dpkg list the attribution resolved to path ids as it parsed it (records.ts) has no
  // strings left: its paths are made again here, for the few packages a category takes.
  const listed = (p: PackageAttribution): readonly string[] =>
    p.record.resolvedPaths && index
      ? Array.from(p.record.resolvedPaths.ids, (id) => index.path(id))
      : p.record.paths
  for (const { p, category } of categorized) {
    const paths = listed(p)
    // A listed path with listed paths under it is a folder (as the attribution reads them).
    const folders = new Set<string>()
    for (const path of paths) {
      const slash = path.lastIndexOf('/')
      if (slash > 0) folders.add(path.slice(0, slash))
    }
    let bytes = 0
    for (const path of paths) {
      if (folders.has(path)) continue
      let copy = applied.visibleAt(path)
      const top = path.slice(0, path.indexOf('/'))
      if (!copy && USR_ALIASES.has(top)) copy = applied.visibleAt('usr/' + path)
      if (copy && take(copy, category)) bytes += copy.bytes
    }
    if (bytes > 0)
      packages.push({
        name: cut(p.name),
        manager: p.manager,
        ...(p.version ? { version: cut(p.version) } : {}),
        bytes,
        category
      })
  }
  for (const { category, roots } of PATH_ROOTS)
    applied.forEachVisible((copy) => {
      if (category === 'static-library' && !copy.path.endsWith('.a')) return
      take(copy, category)
    }, roots)
  applied.forEachVisible((copy) => {
    if (input.cacheOf(copy.path)) take(copy, 'package-index')
  }, input.cacheRoots)

  let bytes = 0
  let files = 0
  for (const tally of tallies.values()) {
    bytes += tally.bytes
    files += tally.files
  }
  if (bytes < RUNTIME_EXTRAS_MIN_BYTES) return []
  const layers = [...perLayer]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, EXTRAS_ROWS)
    .map(([layer]) => rowOf[layer])
    .sort((a, b) => a - b)
  const inBase = [...perLayer.keys()].every((layer) => layer < baseLayers)
  const parts: FileHintPart[] = ORDER.filter((c) => tallies.has(c)).map(
    (category) => {
      const tally = tallies.get(category)!
      return {
        path: tally.folder ?? '/',
        bytes: tally.bytes,
        files: tally.files,
        category
      }
    }
  )
  parts.sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path))
  packages.sort((a, b) => b.bytes - a.bytes || byText(a.name, b.name))
  const last = rows[layers[layers.length - 1]]
  const builder = last ? input.builderOf(last) : undefined
  const baseRows = rowOf.slice(
    0,
    Math.min(input.fromImage?.layers ?? baseLayers, rowOf.length)
  )
  return [
    {
      kind: 'runtime-extras',
      layers,
      bytes,
      files,
      ...(inBase ? { base: true } : {}),
      examples: examples
        .sort((a, b) => b.bytes - a.bytes || byText(a.path, b.path))
        .slice(0, 3)
        .map((e) => e.path),
      parts,
      ...(builder ? { builder } : {}),
      ...(packages.length > 0
        ? {
            packages: packages.slice(0, HINT_PACKAGES),
            packageCount: packages.length
          }
        : {}),
      finalBytes: applied.visibleTotal().bytes,
      ...(baseRows.length > 0 && baseRows.length <= REPORT_LAYERS_LIMIT
        ? {
            baseImage: {
              ...(input.fromImage ? { ref: cut(input.fromImage.ref) } : {}),
              layers: baseRows,
              bytes: baseRows.reduce((sum, row) => sum + rows[row].sizeBytes, 0)
            }
          }
        : {})
    }
  ]
}
