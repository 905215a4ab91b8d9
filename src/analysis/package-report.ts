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
import type { FilesAnalysis, PackageItem } from '../model/report.js'
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
  | 'packageProblems'
>

const cut = (value: string, characters: number) =>
  value.length > characters ? value.slice(0, characters) : value

/**
 * The package attribution of an image whose filesystem layers are `listings`, computed once
 * for the report's fields and the package hints; undefined when no layer wrote a package
 * database.
 */
export function attributeImagePackages(
  listings: LayerListing[]
): PackageAttributionResult | undefined {
  if (!listings.some((listing) => listing.databases !== undefined))
    return undefined
  return attributePackages(
    listings.map((listing) => ({
      listing,
      databases: listing.databases ?? new Map<string, undefined>()
    }))
  )
}

/**
 * The package fields from the attribution of the image's filesystem layers (row `rowOf[i]`
 * for layer i); none without one.
 */
export function packageFields(
  result: PackageAttributionResult | undefined,
  rowOf: number[]
): PackageFields {
  if (!result) return {}
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
    unpackaged: result.unpackaged
      .slice(0, REPORT_UNPACKAGED_LIMIT)
      .map((u) => ({
        top: cut(u.top, REPORT_TEXT_CHARACTERS),
        bytes: u.bytes,
        files: u.files
      })),
    unpackagedCount: result.unpackaged.length,
    ...(result.problems.length > 0
      ? {
          packageProblems: result.problems
            .slice(0, 40)
            .map((p) => cut(p, REPORT_TEXT_CHARACTERS))
        }
      : {})
  }
}
