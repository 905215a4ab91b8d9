// Where a layer's bytes are: its files rolled up into a few folders by the rule of
// src/analysis/folders.ts (down into a child folder while it holds most of its parent),
// from listings written out here.
import { describe, expect, it } from 'vitest'
import { LAYER_FOLDERS, layerFolders } from '../../src/analysis/folders.js'
import { listingOf, type LayerEntry } from '../../src/model/listing.js'

const file = (path: string, size: number): LayerEntry => ({
  path,
  kind: 'file',
  typeflag: '0',
  size,
  mode: 0o644,
  uid: 0,
  gid: 0,
  linkBytes: 0
})
const dir = (path: string): LayerEntry => ({
  ...file(path, 0),
  kind: 'dir',
  typeflag: '5',
  mode: 0o755
})

describe('layerFolders', () => {
  it('goes down while one child folder holds most of its parent; the siblings met on the way are folders of their own', () => {
    const gcc = 'usr/lib/gcc/x86_64-linux-gnu/12'
    const listing = listingOf([
      dir('usr'),
      dir('usr/lib'),
      file(`${gcc}/cc1`, 30_000_000),
      file(`${gcc}/cc1plus`, 8_000_000),
      file(`${gcc}/plugin/include/tree.h`, 200_000),
      file('usr/lib/x86_64-linux-gnu/libisl.so.23', 5_000_000),
      file('usr/bin/x86_64-linux-gnu-gcc-12', 1_000_000),
      ...Array.from({ length: 400 }, (_, i) =>
        file(`usr/share/doc/pkg${i}/copyright`, 1_000)
      ),
      file('etc/ld.so.cache', 20_000),
      {
        ...file('usr/bin/gcc', 0),
        kind: 'symlink',
        typeflag: '2',
        linkBytes: 22
      },
      file('var/lib/dpkg/lock', 0)
    ])
    expect(layerFolders(listing, 3)).toEqual({
      layer: 3,
      folders: [
        { path: `/${gcc}`, bytes: 38_200_000, files: 3 },
        { path: '/usr/lib/x86_64-linux-gnu', bytes: 5_000_000, files: 1 },
        { path: '/usr/bin', bytes: 1_000_000, files: 1 },
        { path: '/usr/share/doc', bytes: 400_000, files: 400 },
        // A top-level folder is shown by its children while they fit: here its one file.
        { path: '/etc/ld.so.cache', bytes: 20_000, files: 1 }
      ],
      // The empty lock file: no bytes to place.
      restBytes: 0,
      restFiles: 1
    })
  })

  it('keeps at most the cap, the largest; the rest counted; a top-level file is its own entry', () => {
    const entries = [
      ...Array.from({ length: 15 }, (_, i) =>
        file(`top${String(i).padStart(2, '0')}/f`, 1000 + i)
      ),
      file('model.bin', 50_000)
    ]
    const rolled = layerFolders(listingOf(entries), 1)
    expect(rolled.folders).toHaveLength(LAYER_FOLDERS)
    expect(rolled.folders[0]).toEqual({
      path: '/model.bin',
      bytes: 50_000,
      files: 1
    })
    expect(rolled.folders[1].path).toBe('/top14')
    // 15 folders of 1000+i bytes: the 6 smallest (i = 0…5) are the rest.
    expect([rolled.restBytes, rolled.restFiles]).toEqual([6015, 6])
  })

  it('ties go by path: the same listing gives the same folders in any order', () => {
    const a = [file('b/x', 10), file('a/x', 10)]
    expect(layerFolders(listingOf(a), 0)).toEqual(
      layerFolders(listingOf([...a].reverse()), 0)
    )
    expect(layerFolders(listingOf(a), 0).folders.map((f) => f.path)).toEqual([
      '/a/x',
      '/b/x'
    ])
  })

  it('a top-level folder no child of which holds most is shown by its children, unless they do not fit', () => {
    const spread = [
      file('usr/lib/x86_64-linux-gnu/libssl.so.3', 400),
      file('usr/share/doc/a/copyright', 350),
      file('usr/bin/openssl', 250)
    ]
    expect(layerFolders(listingOf(spread), 1).folders).toEqual([
      { path: '/usr/lib/x86_64-linux-gnu', bytes: 400, files: 1 },
      { path: '/usr/share/doc/a', bytes: 350, files: 1 },
      { path: '/usr/bin', bytes: 250, files: 1 }
    ])
    expect(layerFolders(listingOf(spread), 1, 2).folders).toEqual([
      { path: '/usr', bytes: 1000, files: 3 }
    ])
  })
})
