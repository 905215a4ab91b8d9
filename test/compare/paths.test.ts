// Folder deltas of paired rows from two reports' rolled-up folders (files.layerFolders).
import { describe, expect, it } from 'vitest'
import { pathDeltas } from '../../src/compare/paths.js'
import type { ImageReport, LayerFolders } from '../../src/model/report.js'

function report(layerFolders?: LayerFolders[]): ImageReport {
  return {
    schemaVersion: 1,
    image: { ref: 'x' },
    totalBytes: 0,
    layers: [],
    warnings: [],
    ...(layerFolders
      ? {
          files: {
            reclaimableBytes: 0,
            efficiency: 1,
            items: [],
            itemCount: 0,
            hints: [],
            dive: {} as NonNullable<ImageReport['files']>['dive'],
            layerFolders
          }
        }
      : {})
  } as unknown as ImageReport
}

const folders = (
  layer: number,
  ...pairs: [string, number][]
): LayerFolders => ({
  layer,
  folders: pairs.map(([path, bytes]) => ({ path, bytes, files: 1 }))
})

describe('pathDeltas', () => {
  it('a folder of one side inside a folder of the other counts under the shallower one; one side only counts 0 on the other', () => {
    const base = report([
      folders(1, ['/usr/lib', 5_000_000], ['/usr/bin', 700_000], ['/etc', 1000])
    ])
    const head = report([
      folders(
        1,
        ['/usr/lib/gcc/x86_64-linux-gnu/12', 38_200_000],
        ['/usr/lib/x86_64-linux-gnu', 12_000_000],
        ['/usr/bin', 1_900_000],
        ['/etc', 1000],
        ['/opt/tool', 3000]
      )
    ])
    expect(pathDeltas(base, [1], head, [1])).toEqual([
      { path: '/usr/lib', deltaBytes: 45_200_000 },
      { path: '/usr/bin', deltaBytes: 1_200_000 },
      { path: '/opt/tool', deltaBytes: 3000 }
    ])
  })

  it('the same roll-up on both sides gives each folder its own delta; an added step is all its folders', () => {
    const base = report([folders(1, ['/usr/lib/gcc/12', 30], ['/usr/bin', 10])])
    const head = report([
      folders(2, ['/usr/lib/gcc/12', 80], ['/usr/bin', 5]),
      folders(3, ['/app', 7])
    ])
    expect(pathDeltas(base, [1], head, [2])).toEqual([
      { path: '/usr/lib/gcc/12', deltaBytes: 50 },
      { path: '/usr/bin', deltaBytes: -5 }
    ])
    expect(pathDeltas(base, [], head, [3])).toEqual([
      { path: '/app', deltaBytes: 7 }
    ])
    // A merge: the rows of one side add up.
    expect(pathDeltas(head, [2, 3], base, [1])).toEqual([
      { path: '/usr/lib/gcc/12', deltaBytes: -50 },
      { path: '/app', deltaBytes: -7 },
      { path: '/usr/bin', deltaBytes: 5 }
    ])
  })

  it('nothing without folders on a side that has rows (an older report), or when nothing changed', () => {
    const head = report([folders(1, ['/usr', 10])])
    expect(pathDeltas(report(), [1], head, [1])).toBeUndefined()
    expect(pathDeltas(report(), [], head, [1])).toEqual([
      { path: '/usr', deltaBytes: 10 }
    ])
    expect(pathDeltas(head, [1], head, [1])).toBeUndefined()
  })
})
