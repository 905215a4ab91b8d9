// The pure layer model: whiteout application (file, directory, opaque reset, file over a
// directory, directory over a file), copy-up detection, and layer sizes counted the way the
// engine's store counts them. Listings are written out as a layer tar's headers would be.
import { describe, expect, it } from 'vitest'
import {
  entriesOf,
  entryKind,
  layerDiskBytes,
  layerPath,
  listingOf,
  PathIndex,
  type LayerEntry
} from '../../src/model/listing.js'
import { applyLayers } from '../../src/analysis/whiteouts.js'

function e(
  name: string,
  typeflag = '0',
  size = 0,
  extra: Partial<LayerEntry> = {}
): LayerEntry {
  return {
    path: layerPath(name),
    kind: entryKind(typeflag),
    typeflag,
    size,
    mode: 0o644,
    uid: 0,
    gid: 0,
    linkBytes: 0,
    ...extra
  }
}
const dir = (name: string) => e(name, '5', 0, { mode: 0o755 })
/** The layers as listings over one path index, as a reader makes them for one image. */
const image = (layers: LayerEntry[][]) => {
  const index = new PathIndex()
  return layers.map((layer) => listingOf(layer, index))
}
const hidden = (layers: LayerEntry[][]) =>
  applyLayers(image(layers)).hidden.map((h) => [
    h.path,
    h.bytes,
    h.addedLayer,
    h.hiddenLayer,
    h.how,
    h.metadataOnly
  ])

describe('applyLayers', () => {
  it('a directory whiteout hides every copy under it, each once', () => {
    expect(
      hidden([
        [
          dir('opt/'),
          dir('opt/deps/'),
          e('opt/deps/a', '0', 10),
          dir('opt/deps/sub/'),
          e('opt/deps/sub/b', '0', 20)
        ],
        [dir('opt/'), dir('opt/deps/'), e('opt/deps/a', '0', 30)],
        [dir('opt/'), e('opt/.wh.deps')],
        [e('opt/.wh.deps')]
      ])
    ).toEqual([
      ['/opt/deps/a', 10, 0, 1, 'replaced', false],
      ['/opt/deps/a', 30, 1, 2, 'removed', false],
      ['/opt/deps/sub/b', 20, 0, 2, 'removed', false]
    ])
  })

  it('an opaque directory hides what lower layers had there, not what its own layer adds', () => {
    expect(
      hidden([
        [dir('cache/'), e('cache/a', '0', 5), e('cache/b', '0', 7)],
        [dir('cache/'), e('cache/.wh..wh..opq'), e('cache/c', '0', 9)]
      ])
    ).toEqual([
      ['/cache/a', 5, 0, 1, 'removed', false],
      ['/cache/b', 7, 0, 1, 'removed', false]
    ])
  })

  it('a file over a directory hides the subtree; a directory over a file replaces the file', () => {
    expect(
      hidden([
        [dir('x/'), e('x/f', '0', 4), e('y', '0', 6)],
        [e('x', '0', 1), e('y/z', '0', 2)]
      ])
    ).toEqual([
      ['/x/f', 4, 0, 1, 'replaced', false],
      ['/y', 6, 0, 1, 'replaced', false]
    ])
  })

  it('same size with another mode or owner is a metadata copy; same mode is an overwrite', () => {
    expect(
      hidden([
        [e('a', '0', 100), e('b', '0', 100), e('c', '0', 100)],
        [
          e('a', '0', 100, { mode: 0o755 }),
          e('b', '0', 100, { uid: 1000 }),
          e('c', '0', 100)
        ]
      ])
    ).toEqual([
      ['/a', 100, 0, 1, 'replaced', true],
      ['/b', 100, 0, 1, 'replaced', true],
      ['/c', 100, 0, 1, 'replaced', false]
    ])
  })

  it('the visible copy never counts, whiteouts of absent paths hide nothing, symlinks count their target length', () => {
    const applied = applyLayers(
      image([
        [e('keep', '0', 3), e('link', '2', 0, { linkBytes: 7 })],
        [e('.wh.never-there'), e('link', '2', 0, { linkBytes: 4 })]
      ])
    )
    expect(applied.hidden.map((h) => [h.path, h.bytes])).toEqual([['/link', 7]])
    const visible: [string, number, number][] = []
    applied.forEachVisible((c) => visible.push([c.path, c.bytes, c.layer]))
    expect(visible).toEqual([
      ['/keep', 3, 0],
      ['/link', 4, 1]
    ])
  })
})

describe('layerDiskBytes (moby pkg/directory.Size over the applied layer)', () => {
  it('regular files, symlink target lengths, hardlinks once, directories and whiteouts 0, a rewritten path once', () => {
    const listing = [
      dir('bin/'),
      e('bin/busybox', '0', 1000),
      e('bin/sh', '2', 0, { linkBytes: 7 }),
      e('bin/ash', '1', 0),
      e('.wh.gone'),
      e('f', '0', 5),
      e('f', '0', 8)
    ]
    expect(layerDiskBytes(listingOf(listing))).toBe(1000 + 7 + 8)
  })

  it('a listing keeps every entry as its header gave it, the root left out', () => {
    const rows = [
      e('./', '5'),
      dir('bin/'),
      e('bin/busybox', '0', 1000, { mode: 0o755, uid: 1000, gid: 50 }),
      e('bin/sh', '2', 0, { linkBytes: 7 }),
      e('bin/ash', '1', 0)
    ]
    expect(entriesOf(listingOf(rows))).toEqual(rows.slice(1))
  })

  it('names are cleaned as Go path.Clean does', () => {
    expect(
      ['./etc/', '/etc//passwd', 'a/./b/../c', './'].map(layerPath)
    ).toEqual(['etc', 'etc/passwd', 'a/c', ''])
  })
})
