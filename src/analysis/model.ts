// The layer model the file analysis works on: each filesystem layer as the list of its tar
// entries (headers only, no contents), in archive order. Readers (src/image/archive) build
// it; everything in src/analysis is a pure function of it. Records are kept small (one
// object per entry, numbers and the path string) so memory grows with files, not bytes.

export type EntryKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

export interface LayerEntry {
  /** Cleaned path without a leading slash (`opt/build-deps/toolchain.bin`); whiteout names kept (`opt/.wh.build-deps`). */
  path: string;
  kind: EntryKind;
  /** The tar type flag character, for dive's rules. */
  typeflag: string;
  /** The header's size field (what dive counts). */
  size: number;
  mode: number;
  uid: number;
  gid: number;
  /** Byte length of a symlink's target (what the engine's store counts for a symlink). */
  linkBytes: number;
}

/** One filesystem layer: its entries in archive order. */
export type LayerListing = LayerEntry[];

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

/** Go's path.Clean (lexical): collapses `//`, `.` and `..`; '' becomes '.'. dive cleans every name with it. */
export function goPathClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

// Names that Go's path.Clean would change beyond dropping one trailing slash.
const NEEDS_CLEAN = /^\/|\/\/|(^|\/)\.\.?(\/|$)|^$/;

/** A tar name as a layer path: cleaned, no leading slash; '' for the root (`./`). */
export function layerPath(name: string): string {
  // Most names are already clean (`etc/passwd`, `etc/`): skip the general algorithm for them.
  if (!NEEDS_CLEAN.test(name)) return name.endsWith('/') ? name.slice(0, -1) : name;
  const clean = goPathClean(name);
  if (clean === '.' || clean === '/') return '';
  return clean.startsWith('/') ? clean.slice(1) : clean;
}

export function entryKind(typeflag: string): EntryKind {
  switch (typeflag) {
    case '0':
    case '7':
      return 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '5':
      return 'dir';
    default:
      return 'other';
  }
}

export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Bytes an entry occupies as the engine's default store counts them: file bytes, symlink target length, else 0. */
export function entryDiskBytes(entry: LayerEntry): number {
  if (entry.kind === 'file') return entry.size;
  if (entry.kind === 'symlink') return entry.linkBytes;
  return 0;
}

/**
 * A layer's size the way the engine's graphdriver store computes it (moby pkg/directory.Size
 * over the applied layer): regular-file bytes plus each symlink's target length, hardlinked
 * files once (a hardlink entry adds nothing), directories and whiteouts 0. A path written
 * twice in one layer counts as the last write, as on disk.
 */
export function layerDiskBytes(listing: LayerListing): number {
  const seen = new Map<string, number>();
  let total = 0;
  for (const entry of listing) {
    const bytes = entry.path.startsWith(WHITEOUT_PREFIX, entry.path.lastIndexOf('/') + 1) ? 0 : entryDiskBytes(entry);
    const before = seen.get(entry.path);
    if (before !== undefined) total -= before;
    seen.set(entry.path, bytes);
    total += bytes;
  }
  return total;
}

/** Go archive/tar FileInfo().IsDir(): the type flag, or the S_IFDIR bits of the mode (dive's notion of a directory). */
export function goIsDir(entry: LayerEntry): boolean {
  return entry.typeflag === '5' || (entry.mode & ~0o7777) === 0o040000;
}
