// Package deltas between paired rows (src/compare/packages.ts): an upgrade reads as one
// change old → new with its byte delta, a merge compares all its rows, a package past the
// list cap is still counted and summed, and reports without a package attribution give none.
import { describe, expect, it } from 'vitest'
import {
  PACKAGE_DELTAS_LIMIT,
  packageDeltas
} from '../../src/compare/packages.js'
import type { ImageReport, PackageItem } from '../../src/model/report.js'

const item = (
  name: string,
  version: string,
  layers: [number, number][]
): PackageItem => ({
  name,
  version,
  manager: 'dpkg',
  bytes: layers.reduce((sum, [, bytes]) => sum + bytes, 0),
  files: layers.length,
  addedIn: layers[0][0],
  layers: layers.map(([layer, bytes]) => ({ layer, bytes, files: 1 }))
})

const report = (packages?: PackageItem[]): ImageReport => ({
  schemaVersion: 1,
  image: { ref: 'x', id: 'sha256:x', source: 'report' },
  totalBytes: 0,
  layers: [],
  warnings: [],
  ...(packages
    ? {
        files: {
          reclaimableBytes: 0,
          efficiency: 1,
          items: [],
          itemCount: 0,
          hints: [],
          dive: {
            efficiency: 1,
            wastedBytes: 0,
            userWastedPercent: null,
            sizeBytes: 0,
            userSizeBytes: 0,
            inefficientFiles: []
          },
          packages
        }
      }
    : {})
})

describe('package deltas of paired rows', () => {
  it('an upgrade is one change old → new; added and removed by their bytes in the rows', () => {
    const base = report([
      item('gcc-12', '12.2.0-14', [[2, 38_000_000]]),
      item('make', '4.3-4.1', [[2, 1_500_000]]),
      item('libc6', '2.36-9', [[0, 13_000_000]])
    ])
    const head = report([
      item('gcc-12', '12.2.0-14+deb12u1', [[2, 38_200_000]]),
      item('cpp-12', '12.2.0-14+deb12u1', [[2, 9_100_000]]),
      item('libc6', '2.36-9', [[0, 13_000_000]])
    ])
    expect(packageDeltas(base, [2], head, [2])).toEqual({
      added: [
        {
          name: 'cpp-12',
          manager: 'dpkg',
          version: '12.2.0-14+deb12u1',
          deltaBytes: 9_100_000
        }
      ],
      removed: [
        {
          name: 'make',
          manager: 'dpkg',
          version: '4.3-4.1',
          deltaBytes: -1_500_000
        }
      ],
      upgraded: [
        {
          name: 'gcc-12',
          manager: 'dpkg',
          version: '12.2.0-14+deb12u1',
          previousVersion: '12.2.0-14',
          deltaBytes: 200_000
        }
      ],
      counts: { added: 1, removed: 1, upgraded: 1 },
      deltaBytes: 9_100_000 - 1_500_000 + 200_000
    })
    // The base rows did not change: nothing to say.
    expect(packageDeltas(base, [0], head, [0])).toBeUndefined()
  })

  it('a merge compares all its rows; an added step has every package added', () => {
    const base = report([
      item('gcc-12', '12', [[2, 100]]),
      item('make', '4', [[3, 10]])
    ])
    const head = report([
      item('gcc-12', '12', [[2, 100]]),
      item('make', '4', [[2, 10]])
    ])
    expect(packageDeltas(base, [2, 3], head, [2])).toBeUndefined()
    expect(packageDeltas(base, [], head, [2])?.counts).toEqual({
      added: 2,
      removed: 0,
      upgraded: 0
    })
  })

  it('lists the largest changes and counts and sums them all', () => {
    const many = Array.from({ length: PACKAGE_DELTAS_LIMIT + 5 }, (_, i) =>
      item(`lib${i}`, '1', [[1, 1000 + i]])
    )
    const deltas = packageDeltas(report([]), [1], report(many), [1])!
    expect(deltas.added).toHaveLength(PACKAGE_DELTAS_LIMIT)
    expect(deltas.added[0]).toMatchObject({
      name: `lib${PACKAGE_DELTAS_LIMIT + 4}`
    })
    expect(deltas.counts.added).toBe(PACKAGE_DELTAS_LIMIT + 5)
    expect(deltas.deltaBytes).toBe(many.reduce((sum, p) => sum + p.bytes, 0))
  })

  it('gives nothing when a report has no package attribution', () => {
    const head = report([item('gcc-12', '12', [[2, 100]])])
    expect(packageDeltas(report(), [2], head, [2])).toBeUndefined()
  })
})
