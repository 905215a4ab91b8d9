// Interns the paths of an image's layers as the readers list them: every path a layer names,
// every directory above one and every path a whiteout names gets a small integer id (0 is
// the root). Listings (model.ts) hold ids, and the analyses (whiteouts.ts, dive.ts) keep
// their per-path state in typed arrays indexed by id instead of trees of objects keyed by
// name, so each path string is hashed once, memory grows with the number of distinct
// paths, and little garbage is made on large images.

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

export const ROOT = 0;

/** What a path's last component says about it as a whiteout (OCI image-spec whiteouts; aufs metadata). */
export const Whiteout = {
  None: 0,
  /** `.wh.<name>`: deletes `<name>` */
  File: 1,
  /** `.wh..wh..opq`: resets its directory */
  Opaque: 2,
  /** `.wh..wh.<other>` (aufs metadata such as `.wh..wh.plnk`) and a bare `.wh.`: name nothing */
  Other: 3,
} as const;

export class PathIndex {
  /** id → the path as layers name it (`opt/tool/x`; '' for the root). */
  readonly paths: string[] = [''];
  // Per id, in typed arrays grown by doubling (a fraction of the time of growing JS arrays
  // and of keeping a second string per path for its name). Read them once listing is done:
  // growing replaces them.
  private capacity = 1024;
  private parentOf = new Int32Array(this.capacity).fill(-1);
  private firstChildOf = new Int32Array(this.capacity).fill(-1);
  private nextSiblingOf = new Int32Array(this.capacity).fill(-1);
  private lastChildOf = new Int32Array(this.capacity).fill(-1);
  private nameStartOf = new Int32Array(this.capacity);
  private whiteoutOf = new Uint8Array(this.capacity);
  private readonly ids = new Map<string, number>([['', ROOT]]);

  get size(): number {
    return this.paths.length;
  }
  /** id → the parent's id (-1 for the root). */
  get parents(): Int32Array {
    return this.parentOf;
  }
  /** id → first child and next sibling (-1: none), children in the order first seen. */
  get firstChild(): Int32Array {
    return this.firstChildOf;
  }
  get nextSibling(): Int32Array {
    return this.nextSiblingOf;
  }
  /** id → what its last component says as a whiteout. */
  get whiteouts(): Uint8Array {
    return this.whiteoutOf;
  }

  /** id → its last component. */
  name(id: number): string {
    return this.paths[id].slice(this.nameStartOf[id]);
  }

  /** Whether the last component of `id` starts with `prefix`, without making its name. */
  nameStartsWith(id: number, prefix: string): boolean {
    return this.paths[id].startsWith(prefix, this.nameStartOf[id]);
  }

  find(path: string): number | undefined {
    return this.ids.get(path);
  }

  /** The id of `name` next to `id` (a whiteout's target), adding it when new. */
  internSibling(id: number, name: string): number {
    return this.intern(siblingPath(this, id, name));
  }

  // The parent of the path interned last: tar lists a directory's entries together, so the
  // next new path usually has the same parent and needs no lookup of it.
  private lastParent = '';
  private lastParentId = ROOT;

  /** The id of a clean layer path (no leading slash, '' for the root), adding it and its parents when new. */
  intern(path: string): number {
    const known = this.ids.get(path);
    if (known !== undefined) return known;
    const slash = path.lastIndexOf('/');
    let parent: number;
    if (slash < 0) parent = ROOT;
    else if (slash === this.lastParent.length && path.startsWith(this.lastParent)) parent = this.lastParentId;
    else {
      const parentPath = path.slice(0, slash);
      parent = this.intern(parentPath);
      this.lastParent = parentPath;
      this.lastParentId = parent;
    }
    const id = this.paths.length;
    if (id === this.capacity) this.grow();
    this.ids.set(path, id);
    this.paths.push(path);
    const start = slash + 1;
    this.nameStartOf[id] = start;
    if (path.startsWith(WHITEOUT_PREFIX, start)) {
      const rest = path.length - start - WHITEOUT_PREFIX.length;
      this.whiteoutOf[id] =
        path.length - start === OPAQUE_MARKER.length && path.startsWith(OPAQUE_MARKER, start)
          ? Whiteout.Opaque
          : rest === 0 || path.startsWith(WHITEOUT_PREFIX, start + WHITEOUT_PREFIX.length)
            ? Whiteout.Other
            : Whiteout.File;
    }
    this.parentOf[id] = parent;
    const last = this.lastChildOf[parent];
    if (last < 0) this.firstChildOf[parent] = id;
    else this.nextSiblingOf[last] = id;
    this.lastChildOf[parent] = id;
    return id;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const grown = <T extends Int32Array | Uint8Array>(from: T, fill: number): T => {
      const to = (from instanceof Int32Array ? new Int32Array(capacity) : new Uint8Array(capacity)) as T;
      if (fill !== 0) to.fill(fill, from.length);
      to.set(from);
      return to;
    };
    this.parentOf = grown(this.parentOf, -1);
    this.firstChildOf = grown(this.firstChildOf, -1);
    this.nextSiblingOf = grown(this.nextSiblingOf, -1);
    this.lastChildOf = grown(this.lastChildOf, -1);
    this.nameStartOf = grown(this.nameStartOf, 0);
    this.whiteoutOf = grown(this.whiteoutOf, 0);
    this.capacity = capacity;
  }
}

/** The path of `name` next to `id` (`a/.wh.b` → `a/b`), for a whiteout's target. */
export function siblingPath(index: PathIndex, id: number, name: string): string {
  const parent = index.parents[id];
  return parent === ROOT ? name : `${index.paths[parent]}/${name}`;
}
