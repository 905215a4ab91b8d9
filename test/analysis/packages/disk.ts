// Test support: a folder on disk as one layer's listing, the way `docker save` would list it
// (paths relative to the folder, a second name of a hardlinked file as a hardlink entry of 0
// bytes, a symlink's size its target's length), plus the contents of the package-database
// files in it. Used to check the attribution against real package files.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { LayerEntry } from '../../../src/model/listing.js'
import { entryKind } from '../../../src/model/listing.js'
import { isPackageDatabasePath } from '../../../src/analysis/packages/database.js'

export interface DiskLayer {
  entries: LayerEntry[]
  databases: Map<string, Uint8Array>
}

/** Every entry under `root` (sorted, parents first), with `prefix` before each path. */
export function listFolder(root: string, prefix = ''): DiskLayer {
  const entries: LayerEntry[] = []
  const databases = new Map<string, Uint8Array>()
  const inodes = new Set<string>()
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name)
      const path = prefix + (rel === '' ? name : `${rel}/${name}`)
      const stat = lstatSync(full)
      let typeflag = '0'
      let size = stat.size
      let linkBytes = 0
      if (stat.isDirectory()) {
        typeflag = '5'
        size = 0
      } else if (stat.isSymbolicLink()) {
        typeflag = '2'
        size = 0
        linkBytes = Buffer.byteLength(readlinkSync(full))
      } else if (stat.isFile()) {
        const inode = `${stat.dev}:${stat.ino}`
        if (stat.nlink > 1 && inodes.has(inode)) {
          typeflag = '1'
          size = 0
        }
        inodes.add(inode)
        if (isPackageDatabasePath(path)) databases.set(path, readFileSync(full))
      } else {
        typeflag = '3'
        size = 0
      }
      entries.push({
        path,
        kind: entryKind(typeflag),
        typeflag,
        size,
        mode: stat.mode & 0o7777,
        uid: stat.uid,
        gid: stat.gid,
        linkBytes
      })
      if (stat.isDirectory()) walk(full, rel === '' ? name : `${rel}/${name}`)
    }
  }
  walk(root, '')
  return { entries, databases }
}

/** A row for a listing written by hand. */
export function row(
  path: string,
  typeflag = '0',
  size = 0,
  linkBytes = 0
): LayerEntry {
  return {
    path,
    kind: entryKind(typeflag),
    typeflag,
    size,
    mode: typeflag === '5' ? 0o755 : 0o644,
    uid: 0,
    gid: 0,
    linkBytes
  }
}
