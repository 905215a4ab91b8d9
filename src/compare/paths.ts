// Folder deltas between a base and a head layer (or group of rows) that the comparison
// paired: which folders grew or shrank, from the two reports' `files.layerFolders` (each
// layer's bytes rolled up into a few folders: src/analysis/folders.ts). Pure.
//
// The two sides' roll-ups need not pick the same folders: where a folder of one side holds
// a folder of the other (`/usr/lib` and `/usr/lib/gcc/x86_64-linux-gnu/12`), both count
// under the shallower one, so each figure is one folder's bytes on both sides. A folder
// one side does not name counts 0 there (its bytes, if any, are in that layer's rest,
// past the roll-up's cap: the smallest).

import type { ImageReport, PathChange } from '../model/report.js'

/** Folders kept per change, largest |delta| first. */
export const PATH_DELTAS_LIMIT = 10

interface Entry {
  path: string
  bytes: number
}

/** The rolled-up folders of `rows` of `report`; undefined when the report has none for them. */
function foldersIn(
  report: ImageReport,
  rows: readonly number[]
): Entry[] | undefined {
  if (rows.length === 0) return []
  const all = report.files?.layerFolders
  if (!all) return undefined
  const byLayer = new Map(all.map((entry) => [entry.layer, entry.folders]))
  const out: Entry[] = []
  for (const row of rows) {
    const folders = byLayer.get(row)
    if (!folders) return undefined
    out.push(...folders)
  }
  return out
}

const depth = (path: string) => path.split('/').length

/**
 * The folder deltas of base rows `baseRows` against head rows `headRows` (either may be
 * empty: an added or removed step); undefined when a side's report has no folders for its
 * rows or no folder changed.
 */
export function pathDeltas(
  base: ImageReport,
  baseRows: readonly number[],
  head: ImageReport,
  headRows: readonly number[]
): PathChange[] | undefined {
  const before = foldersIn(base, baseRows)
  const after = foldersIn(head, headRows)
  if (!before || !after) return undefined
  const entries = [
    ...before.map((entry) => ({ ...entry, sign: -1 })),
    ...after.map((entry) => ({ ...entry, sign: 1 }))
  ].sort(
    (a, b) =>
      depth(a.path) - depth(b.path) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  )
  // Shallowest first: a folder joins the group of a folder that holds it, else starts one.
  const groups = new Map<string, number>()
  for (const entry of entries) {
    let root: string | undefined
    for (
      let at = entry.path;
      at.length > 0;
      at = at.slice(0, Math.max(0, at.lastIndexOf('/')))
    )
      if (groups.has(at)) root = at
    root ??= entry.path
    groups.set(root, (groups.get(root) ?? 0) + entry.sign * entry.bytes)
  }
  const changes = [...groups]
    .filter(([, deltaBytes]) => deltaBytes !== 0)
    .map(([path, deltaBytes]) => ({ path, deltaBytes }))
    .sort(
      (a, b) =>
        Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    )
    .slice(0, PATH_DELTAS_LIMIT)
  return changes.length > 0 ? changes : undefined
}
