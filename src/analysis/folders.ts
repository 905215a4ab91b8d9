// Where one layer's bytes are: the regular files it writes (their tar header sizes, exact),
// summed into a few folders that do not overlap, for the comparison to say which folders
// grew (`/usr/lib/gcc/x86_64-linux-gnu/12 +38.2 MB`, not 400 files). Pure: from one layer
// listing, no strings made but for the folders kept.
//
// The roll-up rule (README "Baseline comparison"): the layer's top-level entries are the
// candidates; the largest candidate is taken, and while one of its child folders holds
// more than half of its bytes, the walk goes down into that child and the other children
// become candidates of their own. The folder where the walk stops (no child folder holds
// most of it) is kept with all its bytes, unless it is a top-level folder (`/usr`, which
// says little) whose children fit under the cap: they become candidates instead. Largest
// candidates first, at most LAYER_FOLDERS; what no kept folder holds is counted as the
// rest. Ties go by path, so the same listing always gives the same folders.

import type { LayerFolders } from '../model/report.js'
import { isFileCode, type LayerListing } from '../model/listing.js'
import { ROOT } from '../model/paths.js'

/** Folders kept per layer: enough to say what grew, few enough for a 1,000-layer report. */
export const LAYER_FOLDERS = 10

/** The folders (and top-level files) that hold `listing`'s bytes, by the roll-up rule above. */
export function layerFolders(
  listing: LayerListing,
  layer: number,
  cap = LAYER_FOLDERS
): LayerFolders {
  const parents = listing.index.parents
  const bytes = new Map<number, number>()
  const files = new Map<number, number>()
  const children = new Map<number, number[]>()
  const addChild = (parent: number, child: number) => {
    const list = children.get(parent)
    if (list) list.push(child)
    else children.set(parent, [child])
  }
  // Each file to its folder, then each folder (far fewer) up to the root.
  const direct = new Map<number, { bytes: number; files: number }>()
  for (let i = 0; i < listing.length; i++) {
    if (!isFileCode(listing.typeflags[i])) continue
    const id = listing.ids[i]
    const size = listing.sizes[i]
    if (!bytes.has(id)) addChild(parents[id], id)
    bytes.set(id, (bytes.get(id) ?? 0) + size)
    files.set(id, (files.get(id) ?? 0) + 1)
    const folder = direct.get(parents[id])
    if (folder) {
      folder.bytes += size
      folder.files++
    } else direct.set(parents[id], { bytes: size, files: 1 })
  }
  for (const [folder, sum] of direct) {
    let node = folder
    for (;;) {
      const known = bytes.has(node)
      bytes.set(node, (bytes.get(node) ?? 0) + sum.bytes)
      files.set(node, (files.get(node) ?? 0) + sum.files)
      if (node === ROOT) break
      if (!known) addChild(parents[node], node)
      node = parents[node]
    }
  }
  const bytesOf = (id: number) => bytes.get(id) ?? 0
  const paths = new Map<number, string>()
  const pathOf = (id: number) => {
    let path = paths.get(id)
    if (path === undefined) paths.set(id, (path = `/${listing.index.path(id)}`))
    return path
  }
  const larger = (a: number, b: number) =>
    bytesOf(b) - bytesOf(a) ||
    (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0)

  const candidates = [...(children.get(ROOT) ?? [])]
  const kept: number[] = []
  while (candidates.length > 0 && kept.length < cap) {
    candidates.sort(larger)
    let node = candidates.shift()!
    // Empty files only from here on: they hold no bytes to place.
    if (bytesOf(node) === 0) break
    for (;;) {
      const below = children.get(node)
      const most = below?.find(
        (child) => children.has(child) && 2 * bytesOf(child) > bytesOf(node)
      )
      if (most === undefined) break
      for (const child of below!) if (child !== most) candidates.push(child)
      node = most
    }
    // A top-level folder (`/usr`) says little: its children instead, while they fit.
    const below = children.get(node)
    if (
      below &&
      parents[node] === ROOT &&
      kept.length + candidates.length + below.length <= cap
    ) {
      candidates.push(...below)
      continue
    }
    kept.push(node)
  }
  const folders = kept.sort(larger).map((id) => ({
    path: pathOf(id),
    bytes: bytesOf(id),
    files: files.get(id) ?? 0
  }))
  const sum = (values: number[]) => values.reduce((t, v) => t + v, 0)
  const restBytes = bytesOf(ROOT) - sum(folders.map((f) => f.bytes))
  const restFiles = (files.get(ROOT) ?? 0) - sum(folders.map((f) => f.files))
  return {
    layer,
    folders,
    ...(restFiles > 0 ? { restBytes, restFiles } : {})
  }
}
