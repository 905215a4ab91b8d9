// The report's package fields (`files.packages`, `packageCount`, `unpackaged`, …) from the
// package attribution (packages/attribution.ts) over the layers' listings and the database
// files their readers kept (LayerListing.databases). Layers are named by their `layers` row.
// Strings from the databases are cut to the report's caps, so a report always reads back.

import {
  REPORT_NAME_CHARACTERS,
  REPORT_PACKAGES_LIMIT,
  REPORT_TEXT_CHARACTERS,
  REPORT_UNPACKAGED_LIMIT
} from '../limits.js'
import type { LayerListing } from '../model/listing.js'
import type {
  FilesAnalysis,
  PackageItem,
  PackageMatch,
  ShippedPackage
} from '../model/report.js'
import { packageMatches, type PackagePattern } from './package-pattern.js'
import {
  attributePackages,
  type PackageAttribution,
  type PackageAttributionResult
} from './packages/attribution.js'

export type PackageFields = Pick<
  FilesAnalysis,
  | 'packages'
  | 'packageCount'
  | 'unpackaged'
  | 'unpackagedCount'
  | 'unpackagedBytes'
  | 'packageMatches'
  | 'packageProblems'
>

/** How many packages a PackageMatch names. */
export const MATCH_PACKAGES_SHOWN = 5

const cut = (value: string, characters: number) =>
  value.length > characters ? value.slice(0, characters) : value

/**
 * The package attribution of an image whose filesystem layers are `listings`, computed once
 * for the report's fields and the package hints; undefined when no layer wrote a package
 * database, unless `always` (a budget's `unpackaged:` limit: then every file is unpackaged).
 */
export function attributeImagePackages(
  listings: LayerListing[],
  always = false
): PackageAttributionResult | undefined {
  if (!always && !listings.some((listing) => listing.databases !== undefined))
    return undefined
  return attributePackages(
    listings.map((listing) => ({
      listing,
      databases: listing.databases ?? new Map<string, undefined>()
    }))
  )
}

/** The packages of `result` that `pattern` matches, totalled by the bytes they ship. */
export function matchPackages(
  result: PackageAttributionResult,
  pattern: PackagePattern,
  rowOf: number[],
  baseLayers = 0
): PackageMatch {
  // `packages` is sorted by the bytes each ships, largest first.
  const matching = result.packages.filter((p) => packageMatches(pattern, p))
  const shipped = (p: PackageAttribution): ShippedPackage => ({
    name: cut(p.name, REPORT_NAME_CHARACTERS),
    manager: p.manager,
    ...(p.arch ? { arch: cut(p.arch, REPORT_NAME_CHARACTERS) } : {}),
    version: cut(p.version, REPORT_NAME_CHARACTERS),
    bytes: p.shippedBytes,
    layers: [...p.layerBytes]
      .sort((a, b) => b.bytes - a.bytes || a.layer - b.layer)
      .map((l) => rowOf[l.layer])
  })
  const inBase = (p: PackageAttribution) =>
    p.layerBytes.reduce(
      (sum, l) => (l.layer < baseLayers ? sum + l.bytes : sum),
      0
    )
  const baseBytes = matching.reduce((sum, p) => sum + inBase(p), 0)
  return {
    pattern: cut(pattern.text, REPORT_TEXT_CHARACTERS),
    bytes: matching.reduce((sum, p) => sum + p.shippedBytes, 0),
    ...(baseBytes > 0 ? { baseBytes } : {}),
    count: matching.length,
    // Those the image's own layers ship first: the ones a rule judges.
    packages: [...matching]
      .sort(
        (a, b) =>
          b.shippedBytes - inBase(b) - (a.shippedBytes - inBase(a)) ||
          b.shippedBytes - a.shippedBytes
      )
      .slice(0, MATCH_PACKAGES_SHOWN)
      .map(shipped)
  }
}

/**
 * The package fields from the attribution of the image's filesystem layers (row `rowOf[i]`
 * for layer i); none without one. `patterns`: the budget's `package:` rules, each totalled
 * over every package. `databases`: false when the attribution was made without any package
 * database (for an `unpackaged:` limit): then only the unpackaged fields are given.
 */
export function packageFields(
  result: PackageAttributionResult | undefined,
  rowOf: number[],
  patterns: PackagePattern[] = [],
  databases = true,
  baseLayers = 0
): PackageFields {
  if (!result) return {}
  const unpackaged = {
    unpackaged: result.unpackaged
      .slice(0, REPORT_UNPACKAGED_LIMIT)
      .map((u) => ({
        top: cut(u.top, REPORT_TEXT_CHARACTERS),
        bytes: u.bytes,
        files: u.files
      })),
    unpackagedCount: result.unpackaged.length,
    unpackagedBytes: result.unpackaged.reduce((sum, u) => sum + u.bytes, 0)
  }
  if (!databases) return unpackaged
  const item = (p: PackageAttribution): PackageItem => ({
    name: cut(p.name, REPORT_NAME_CHARACTERS),
    version: cut(p.version, REPORT_NAME_CHARACTERS),
    manager: p.manager,
    ...(p.arch ? { arch: cut(p.arch, REPORT_NAME_CHARACTERS) } : {}),
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
  })
  return {
    packages: result.packages.slice(0, REPORT_PACKAGES_LIMIT).map(item),
    packageCount: result.packages.length,
    ...unpackaged,
    ...(patterns.length > 0
      ? {
          packageMatches: patterns.map((pattern) =>
            matchPackages(result, pattern, rowOf, baseLayers)
          )
        }
      : {}),
    ...(result.problems.length > 0
      ? {
          packageProblems: result.problems
            .slice(0, 40)
            .map((p) => cut(p, REPORT_TEXT_CHARACTERS))
        }
      : {})
  }
}
