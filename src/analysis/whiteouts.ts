// Applies layers one over the other the way overlay-style stores do (OCI image-spec
// "Applying Changesets"): a whiteout `.wh.<name>` hides a lower path and everything under
// it, an opaque marker `.wh..wh..opq` hides everything a lower layer had under its
// directory, and a later entry at the same path replaces the lower copy (a non-directory
// over a directory hides the whole lower subtree). Every file copy that ends up hidden is
// recorded once, with the layer that added it and the layer that hid it: these are the
// bytes that can really be reclaimed. The copy still visible at the end never counts.

import { entryDiskBytes, OPAQUE_MARKER, WHITEOUT_PREFIX, type LayerEntry, type LayerListing } from './model.js';
import { indexLayers, ROOT, siblingPath, type IndexedLayers } from './paths.js';

export interface HiddenCopy {
  /** Absolute path (`/opt/build-deps/toolchain.bin`). */
  path: string;
  bytes: number;
  /** Filesystem layer ordinals (0 = base), not report rows. */
  addedLayer: number;
  hiddenLayer: number;
  /** `removed`: a whiteout or opaque directory hid it; `replaced`: a later entry at its path (or above it) did. */
  how: 'removed' | 'replaced';
  /** Replaced by a regular file of the same size with another mode or owner: a chmod/chown copy-up. */
  metadataOnly: boolean;
}

export interface VisibleCopy {
  path: string;
  bytes: number;
  layer: number;
}

export interface AppliedLayers {
  hidden: HiddenCopy[];
  /** Calls `visit` for every file copy visible in the final filesystem with bytes > 0. */
  forEachVisible(visit: (copy: VisibleCopy) => void): void;
}

function isMetadataCopy(lower: LayerEntry, upper: LayerEntry): boolean {
  return (
    lower.kind === 'file' &&
    upper.kind === 'file' &&
    lower.size === upper.size &&
    (lower.mode !== upper.mode || lower.uid !== upper.uid || lower.gid !== upper.gid)
  );
}

/**
 * The overlay state lives in arrays indexed by path id (paths.ts): whether a path exists,
 * the entry visible there and the layer that wrote it. A path exists only while its parent
 * does (hiding a directory clears its whole subtree), so a lookup is one array read.
 */
export function applyLayers(listings: LayerListing[], indexed: IndexedLayers = indexLayers(listings)): AppliedLayers {
  const { index, ids } = indexed;
  const { names, parents, firstChild, nextSibling } = index;
  const present = new Uint8Array(index.size);
  const writtenIn = new Int32Array(index.size).fill(-1);
  const entries: (LayerEntry | undefined)[] = new Array(index.size);
  present[ROOT] = 1;
  const hidden: HiddenCopy[] = [];

  const record = (id: number, layer: number, how: 'removed' | 'replaced', upper?: LayerEntry) => {
    const entry = entries[id];
    if (!entry || writtenIn[id] >= layer) return;
    const bytes = entryDiskBytes(entry);
    if (bytes === 0) return;
    hidden.push({
      path: '/' + entry.path,
      bytes,
      addedLayer: writtenIn[id],
      hiddenLayer: layer,
      how,
      metadataOnly: how === 'replaced' && upper !== undefined && isMetadataCopy(entry, upper),
    });
  };
  const hideSubtree = (id: number, layer: number, how: 'removed' | 'replaced') => {
    record(id, layer, how);
    present[id] = 0;
    entries[id] = undefined;
    hideChildren(id, layer, how);
  };
  const hideChildren = (id: number, layer: number, how: 'removed' | 'replaced') => {
    for (let child = firstChild[id]; child >= 0; child = nextSibling[child]) if (present[child]) hideSubtree(child, layer, how);
  };
  const ancestors: number[] = [];

  listings.forEach((listing, layer) => {
    const layerIds = ids[layer];
    // Deletions first: a layer's whiteouts and opaque markers hide only what lower layers had.
    for (let i = 0; i < listing.length; i++) {
      const id = layerIds[i];
      const name = names[id];
      if (!name.startsWith(WHITEOUT_PREFIX)) continue;
      const parent = parents[id];
      if (name === OPAQUE_MARKER) {
        if (present[parent]) hideChildren(parent, layer, 'removed');
        continue;
      }
      // Other aufs metadata (.wh..wh.plnk), and a bare `.wh.` that names nothing.
      if (name.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX) || name === WHITEOUT_PREFIX) continue;
      const target = index.find(siblingPath(index, id, name.slice(WHITEOUT_PREFIX.length)));
      if (target !== undefined && present[target]) hideSubtree(target, layer, 'removed');
    }
    for (let i = 0; i < listing.length; i++) {
      const entry = listing[i];
      const id = layerIds[i];
      if (id === ROOT || names[id].startsWith(WHITEOUT_PREFIX)) continue;
      ancestors.length = 0;
      for (let up = parents[id]; up !== ROOT; up = parents[up]) ancestors.push(up);
      for (let a = ancestors.length - 1; a >= 0; a--) {
        const dir = ancestors[a];
        if (!present[dir]) {
          present[dir] = 1;
          writtenIn[dir] = layer;
          entries[dir] = undefined;
        } else if (entries[dir] && entries[dir].kind !== 'dir' && writtenIn[dir] < layer) {
          // A lower file or symlink where this layer has a directory: the directory replaces it.
          record(dir, layer, 'replaced');
          entries[dir] = undefined;
        }
      }
      if (present[id]) {
        const existing = entries[id];
        if (existing && !(existing.kind === 'dir' && entry.kind === 'dir')) record(id, layer, 'replaced', entry);
        if (entry.kind !== 'dir') hideChildren(id, layer, 'replaced');
      }
      present[id] = 1;
      entries[id] = entry;
      writtenIn[id] = layer;
    }
  });

  return {
    hidden,
    forEachVisible(visit) {
      const walk = (id: number) => {
        const entry = entries[id];
        if (entry) {
          const bytes = entryDiskBytes(entry);
          if (bytes > 0) visit({ path: '/' + entry.path, bytes, layer: writtenIn[id] });
        }
        for (let child = firstChild[id]; child >= 0; child = nextSibling[child]) if (present[child]) walk(child);
      };
      walk(ROOT);
    },
  };
}
