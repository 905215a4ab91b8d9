// Package deltas between a base and a head layer (or group of rows) that the comparison
// paired: which packages the head rows wrote that the base rows did not (added), the other
// way round (removed), and those both wrote in another version (upgraded, old → new), each
// with its bytes in those rows. Pure: from the two reports' `files.packages` (the largest
// packages each report keeps, so a small package past that cap is not seen). A package is
// known by manager, name and architecture; its version is the one its report ends with.

import type {
  ImageReport,
  PackageChange,
  PackageDeltas,
  PackageItem
} from '../model/report.js'

/** Entries kept per list of one change, largest |delta| first; the rest are counted. */
export const PACKAGE_DELTAS_LIMIT = 20

interface InRows {
  item: PackageItem
  bytes: number
}

const keyOf = (p: PackageItem) => `${p.manager}:${p.name}:${p.arch ?? ''}`

/** The packages that wrote files in `rows` of `report`, with their bytes there. */
function packagesIn(
  report: ImageReport,
  rows: readonly number[]
): Map<string, InRows> | undefined {
  const packages = report.files?.packages
  if (!packages) return undefined
  const wanted = new Set(rows)
  const out = new Map<string, InRows>()
  for (const item of packages) {
    let bytes = 0
    let wrote = false
    for (const layer of item.layers)
      if (wanted.has(layer.layer)) {
        bytes += layer.bytes
        wrote = true
      }
    if (wrote) out.set(keyOf(item), { item, bytes })
  }
  return out
}

/**
 * The package deltas of base rows `baseRows` against head rows `headRows` (either may be
 * empty: an added or removed step); undefined when a report has no package attribution or
 * nothing changed.
 */
export function packageDeltas(
  base: ImageReport,
  baseRows: readonly number[],
  head: ImageReport,
  headRows: readonly number[]
): PackageDeltas | undefined {
  const before = packagesIn(base, baseRows)
  const after = packagesIn(head, headRows)
  if (!before || !after) return undefined
  const added: PackageChange[] = []
  const removed: PackageChange[] = []
  const upgraded: PackageChange[] = []
  for (const [key, now] of after) {
    const was = before.get(key)
    const { name, manager, version } = now.item
    if (!was) added.push({ name, manager, version, deltaBytes: now.bytes })
    else if (was.item.version !== version)
      upgraded.push({
        name,
        manager,
        version,
        previousVersion: was.item.version,
        deltaBytes: now.bytes - was.bytes
      })
  }
  for (const [key, was] of before)
    if (!after.has(key)) {
      const { name, manager, version } = was.item
      removed.push({ name, manager, version, deltaBytes: -was.bytes })
    }
  if (added.length + removed.length + upgraded.length === 0) return undefined
  const kept = (list: PackageChange[]) =>
    list
      .sort(
        (a, b) =>
          Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
      )
      .slice(0, PACKAGE_DELTAS_LIMIT)
  const sum = (list: PackageChange[]) =>
    list.reduce((total, p) => total + p.deltaBytes, 0)
  return {
    added: kept(added),
    removed: kept(removed),
    upgraded: kept(upgraded),
    counts: {
      added: added.length,
      removed: removed.length,
      upgraded: upgraded.length
    },
    deltaBytes: sum(added) + sum(removed) + sum(upgraded)
  }
}
