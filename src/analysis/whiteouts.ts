// Applies layers one over the other the way overlay-style stores do (OCI image-spec
// "Applying Changesets"): a whiteout `.wh.<name>` hides a lower path and everything under
// it, an opaque marker `.wh..wh..opq` hides everything a lower layer had under its
// directory, and a later entry at the same path replaces the lower copy (a non-directory
// over a directory hides the whole lower subtree). Every file copy that ends up hidden is
// recorded once, with the layer that added it and the layer that hid it: these are the
// bytes that can really be reclaimed. The copy still visible at the end never counts.

import { baseName, dirName, entryDiskBytes, OPAQUE_MARKER, WHITEOUT_PREFIX, type LayerEntry, type LayerListing } from './model.js';

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

interface FsNode {
  children?: Map<string, FsNode>;
  /** The visible entry at this path; undefined for a directory no layer listed. */
  entry?: LayerEntry;
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

export function applyLayers(listings: LayerListing[]): AppliedLayers {
  const root: FsNode = { layer: -1 };
  const hidden: HiddenCopy[] = [];

  const record = (node: FsNode, layer: number, how: 'removed' | 'replaced', upper?: LayerEntry) => {
    const entry = node.entry;
    if (!entry || node.layer >= layer) return;
    const bytes = entryDiskBytes(entry);
    if (bytes === 0) return;
    hidden.push({
      path: '/' + entry.path,
      bytes,
      addedLayer: node.layer,
      hiddenLayer: layer,
      how,
      metadataOnly: how === 'replaced' && upper !== undefined && isMetadataCopy(entry, upper),
    });
  };
  const hideSubtree = (node: FsNode, layer: number, how: 'removed' | 'replaced') => {
    record(node, layer, how);
    if (node.children) for (const child of node.children.values()) hideSubtree(child, layer, how);
  };
  const lookup = (path: string): FsNode | undefined => {
    if (path === '') return root;
    let node: FsNode | undefined = root;
    for (const part of path.split('/')) {
      node = node.children?.get(part);
      if (!node) return undefined;
    }
    return node;
  };

  listings.forEach((listing, layer) => {
    // Deletions first: a layer's whiteouts and opaque markers hide only what lower layers had.
    for (const entry of listing) {
      const name = baseName(entry.path);
      if (!name.startsWith(WHITEOUT_PREFIX)) continue;
      const parentPath = dirName(entry.path);
      if (name === OPAQUE_MARKER) {
        const dir = lookup(parentPath);
        if (dir?.children) {
          for (const child of dir.children.values()) hideSubtree(child, layer, 'removed');
          dir.children = undefined;
        }
        continue;
      }
      if (name.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX)) continue; // other aufs metadata (.wh..wh.plnk)
      const target = name.slice(WHITEOUT_PREFIX.length);
      const parent = lookup(parentPath);
      const node = parent?.children?.get(target);
      if (parent && node) {
        hideSubtree(node, layer, 'removed');
        parent.children!.delete(target);
      }
    }
    for (const entry of listing) {
      if (entry.path === '' || baseName(entry.path).startsWith(WHITEOUT_PREFIX)) continue;
      const parts = entry.path.split('/');
      let node = root;
      for (let i = 0; i < parts.length - 1; i++) {
        node.children ??= new Map();
        let child = node.children.get(parts[i]);
        if (!child) {
          child = { layer };
          node.children.set(parts[i], child);
        } else if (child.entry && child.entry.kind !== 'dir' && child.layer < layer) {
          // A lower file or symlink where this layer has a directory: the directory replaces it.
          record(child, layer, 'replaced');
          child.entry = undefined;
        }
        node = child;
      }
      node.children ??= new Map();
      const name = parts[parts.length - 1];
      const existing = node.children.get(name);
      if (!existing) {
        node.children.set(name, { entry, layer });
        continue;
      }
      if (existing.entry && !(existing.entry.kind === 'dir' && entry.kind === 'dir')) record(existing, layer, 'replaced', entry);
      if (entry.kind !== 'dir' && existing.children) {
        for (const child of existing.children.values()) hideSubtree(child, layer, 'replaced');
        existing.children = undefined;
      }
      existing.entry = entry;
      existing.layer = layer;
    }
  });

  return {
    hidden,
    forEachVisible(visit) {
      const walk = (node: FsNode) => {
        if (node.entry) {
          const bytes = entryDiskBytes(node.entry);
          if (bytes > 0) visit({ path: '/' + node.entry.path, bytes, layer: node.layer });
        }
        if (node.children) for (const child of node.children.values()) walk(child);
      };
      walk(root);
    },
  };
}
