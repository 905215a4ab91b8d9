// Interns the paths of an image's layers: every path a layer names, every directory above
// one and every path a whiteout names gets a small integer id (0 is the root). The
// analyses (whiteouts.ts, dive.ts) keep their per-path state in typed arrays indexed by id
// instead of trees of objects keyed by name, so each path string is hashed once, memory
// grows with the number of distinct paths, and little garbage is made on large images.

import { OPAQUE_MARKER, WHITEOUT_PREFIX, type LayerListing } from './model.js';

export const ROOT = 0;

export class PathIndex {
  /** id → the path as layers name it (`opt/tool/x`; '' for the root). */
  readonly paths: string[] = [''];
  /** id → its last component. */
  readonly names: string[] = [''];
  /** id → the parent's id (-1 for the root). */
  readonly parents: number[] = [-1];
  /** id → first child and next sibling (-1: none), children in the order first seen. */
  readonly firstChild: number[] = [-1];
  readonly nextSibling: number[] = [-1];
  private readonly lastChild: number[] = [-1];
  private readonly ids = new Map<string, number>([['', ROOT]]);

  get size(): number {
    return this.paths.length;
  }

  find(path: string): number | undefined {
    return this.ids.get(path);
  }

  /** The id of a clean layer path (no leading slash, '' for the root), adding it and its parents when new. */
  intern(path: string): number {
    const known = this.ids.get(path);
    if (known !== undefined) return known;
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? ROOT : this.intern(path.slice(0, slash));
    const id = this.paths.length;
    this.ids.set(path, id);
    this.paths.push(path);
    this.names.push(slash < 0 ? path : path.slice(slash + 1));
    this.parents.push(parent);
    this.firstChild.push(-1);
    this.lastChild.push(-1);
    this.nextSibling.push(-1);
    if (this.lastChild[parent] < 0) this.firstChild[parent] = id;
    else this.nextSibling[this.lastChild[parent]] = id;
    this.lastChild[parent] = id;
    return id;
  }
}

/** The path of `name` next to `id` (`a/.wh.b` → `a/b`), for a whiteout's target. */
export function siblingPath(index: PathIndex, id: number, name: string): string {
  const parent = index.parents[id];
  return parent === ROOT ? name : `${index.paths[parent]}/${name}`;
}

export interface IndexedLayers {
  index: PathIndex;
  /** Per listing, the id of each entry's path (the same array when a listing repeats). */
  ids: Int32Array[];
}

/** Interns every entry of every layer, and the target of every whiteout, in layer order. */
export function indexLayers(listings: LayerListing[]): IndexedLayers {
  const index = new PathIndex();
  const cache = new Map<LayerListing, Int32Array>();
  const ids = listings.map((listing) => {
    let out = cache.get(listing);
    if (out) return out;
    out = new Int32Array(listing.length);
    for (let i = 0; i < listing.length; i++) {
      const id = index.intern(listing[i].path);
      out[i] = id;
      const name = index.names[id];
      if (name.startsWith(WHITEOUT_PREFIX) && name !== OPAQUE_MARKER && name.length > WHITEOUT_PREFIX.length) {
        index.intern(siblingPath(index, id, name.slice(WHITEOUT_PREFIX.length)));
      }
    }
    cache.set(listing, out);
    return out;
  });
  return { index, ids };
}
