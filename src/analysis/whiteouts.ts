// Applies layers one over the other the way overlay-style stores do (OCI image-spec
// "Applying Changesets"): a whiteout `.wh.<name>` hides a lower path and everything under
// it, an opaque marker `.wh..wh..opq` hides everything a lower layer had under its
// directory, and a later entry at the same path replaces the lower copy (a non-directory
// over a directory hides the whole lower subtree). Every file copy that ends up hidden is
// recorded once, with the layer that added it and the layer that hid it: these are the
// bytes that can really be reclaimed. The copy still visible at the end never counts.

import {
  entryDiskBytes,
  isDirEntry,
  isMetadataCopy,
  sharedIndex,
  type LayerListing
} from '../model/listing.js'
import { ROOT, siblingPath, WHITEOUT_PREFIX, Whiteout } from '../model/paths.js'

export interface HiddenCopy {
  /** Absolute path (`/opt/build-deps/toolchain.bin`). */
  path: string
  bytes: number
  /** Filesystem layer ordinals (0 = base), not report rows. */
  addedLayer: number
  hiddenLayer: number
  /** The copy's position in the listing of `addedLayer` (its last entry at the path there). */
  entry: number
  /** `removed`: a whiteout or opaque directory hid it; `replaced`: a later entry at its path (or above it) did. */
  how: 'removed' | 'replaced'
  /** Replaced by a regular file of the same size with another mode or owner: a chmod/chown copy-up. */
  metadataOnly: boolean
}

export interface VisibleCopy {
  path: string
  bytes: number
  layer: number
}

export interface AppliedLayers {
  hidden: HiddenCopy[]
  /** Calls `visit` for every file copy visible in the final filesystem with bytes > 0; with `under`, only for those at or below these paths (`var/cache/apt`). */
  forEachVisible(visit: (copy: VisibleCopy) => void, under?: string[]): void
  /** The file copy visible at a layer path (`usr/bin/gcc-12`), as forEachVisible would visit it; undefined for none, a directory or 0 bytes. */
  visibleAt(path: string): VisibleCopy | undefined
  /** Bytes and count of the file copies visible in the final filesystem (bytes > 0, as forEachVisible visits them). */
  visibleTotal(): { bytes: number; files: number }
}

/**
 * The overlay state lives in arrays indexed by path id (paths.ts): whether a path exists,
 * the entry visible there (its layer and its position in that layer's listing) and the
 * layer that wrote it. A path exists only while its parent does (hiding a directory clears
 * its whole subtree), so a lookup is one array read.
 */
export function applyLayers(listings: LayerListing[]): AppliedLayers {
  const index = sharedIndex(listings)
  const { parents, firstChild, nextSibling, whiteouts } = index
  const present = new Uint8Array(index.size)
  const writtenIn = new Int32Array(index.size).fill(-1)
  // The entry visible at a path: listings[writtenIn[id]] at position entryAt[id]; -1 when only implied (a directory above one).
  const entryAt = new Int32Array(index.size).fill(-1)
  present[ROOT] = 1
  const hidden: HiddenCopy[] = []

  const record = (
    id: number,
    layer: number,
    how: 'removed' | 'replaced',
    upper?: LayerListing,
    upperAt = -1
  ) => {
    const at = entryAt[id]
    if (at < 0 || writtenIn[id] >= layer) return
    const lower = listings[writtenIn[id]]
    const bytes = entryDiskBytes(lower, at)
    if (bytes === 0) return
    hidden.push({
      path: '/' + index.path(id),
      bytes,
      addedLayer: writtenIn[id],
      hiddenLayer: layer,
      entry: at,
      how,
      metadataOnly:
        how === 'replaced' &&
        upper !== undefined &&
        isMetadataCopy(lower, at, upper, upperAt)
    })
  }
  const hideSubtree = (
    id: number,
    layer: number,
    how: 'removed' | 'replaced'
  ) => {
    record(id, layer, how)
    present[id] = 0
    entryAt[id] = -1
    hideChildren(id, layer, how)
  }
  const hideChildren = (
    id: number,
    layer: number,
    how: 'removed' | 'replaced'
  ) => {
    for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
      if (present[child]) hideSubtree(child, layer, how)
  }
  const isDirAt = (id: number) =>
    isDirEntry(listings[writtenIn[id]], entryAt[id])
  const ancestors: number[] = []

  listings.forEach((listing, layer) => {
    const layerIds = listing.ids
    // Deletions first: a layer's whiteouts and opaque markers hide only what lower layers had.
    for (let i = 0; i < listing.length; i++) {
      const id = layerIds[i]
      const whiteout = whiteouts[id]
      if (whiteout === Whiteout.None) continue
      const parent = parents[id]
      if (whiteout === Whiteout.Opaque) {
        if (present[parent]) hideChildren(parent, layer, 'removed')
        continue
      }
      // Other aufs metadata (.wh..wh.plnk), and a bare `.wh.` that names nothing.
      if (whiteout === Whiteout.Other) continue
      const target = index.find(
        siblingPath(index, id, index.name(id).slice(WHITEOUT_PREFIX.length))
      )
      if (target !== undefined && present[target])
        hideSubtree(target, layer, 'removed')
    }
    for (let i = 0; i < listing.length; i++) {
      const id = layerIds[i]
      if (id === ROOT || whiteouts[id] !== Whiteout.None) continue
      ancestors.length = 0
      for (let up = parents[id]; up !== ROOT; up = parents[up])
        ancestors.push(up)
      for (let a = ancestors.length - 1; a >= 0; a--) {
        const dir = ancestors[a]
        if (!present[dir]) {
          present[dir] = 1
          writtenIn[dir] = layer
          entryAt[dir] = -1
        } else if (
          entryAt[dir] >= 0 &&
          !isDirAt(dir) &&
          writtenIn[dir] < layer
        ) {
          // A lower file or symlink where this layer has a directory: the directory replaces it.
          record(dir, layer, 'replaced')
          entryAt[dir] = -1
        }
      }
      const isDir = isDirEntry(listing, i)
      if (present[id]) {
        if (entryAt[id] >= 0 && !(isDirAt(id) && isDir))
          record(id, layer, 'replaced', listing, i)
        if (!isDir) hideChildren(id, layer, 'replaced')
      }
      present[id] = 1
      entryAt[id] = i
      writtenIn[id] = layer
    }
  })

  return {
    hidden,
    forEachVisible(visit, under) {
      const walk = (id: number) => {
        const at = entryAt[id]
        if (at >= 0) {
          const bytes = entryDiskBytes(listings[writtenIn[id]], at)
          if (bytes > 0)
            visit({ path: '/' + index.path(id), bytes, layer: writtenIn[id] })
        }
        for (let child = firstChild[id]; child >= 0; child = nextSibling[child])
          if (present[child]) walk(child)
      }
      if (!under) return walk(ROOT)
      for (const top of under) {
        const id = index.find(top)
        // Visible only if every directory above it is (hiding a directory clears its subtree).
        if (id !== undefined && present[id]) walk(id)
      }
    },
    visibleTotal() {
      let bytes = 0
      let files = 0
      for (let id = 1; id < index.size; id++) {
        if (!present[id] || entryAt[id] < 0) continue
        const size = entryDiskBytes(listings[writtenIn[id]], entryAt[id])
        if (size > 0) {
          bytes += size
          files++
        }
      }
      return { bytes, files }
    },
    visibleAt(path) {
      const id = index.find(path)
      if (id === undefined || !present[id] || entryAt[id] < 0) return undefined
      const bytes = entryDiskBytes(listings[writtenIn[id]], entryAt[id])
      return bytes > 0
        ? { path: '/' + path, bytes, layer: writtenIn[id] }
        : undefined
    }
  }
}
