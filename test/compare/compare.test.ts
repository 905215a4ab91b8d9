// compareReports rules that real images of one engine cannot show: compressed-size reports,
// imported base rows, and the min-change argument.
import { describe, expect, it } from 'vitest'
import { compareReports } from '../../src/compare/compare.js'
import type { ImageReport, LayerRow } from '../../src/model/report.js'

function report(
  ref: string,
  rows: Partial<LayerRow>[],
  extra: Partial<ImageReport> = {}
): ImageReport {
  const layers = rows.map((row, index) => ({
    index,
    instruction: 'RUN',
    createdBy: `RUN step ${index}`,
    sizeBytes: 0,
    empty: false,
    ...row
  }))
  return {
    schemaVersion: 1,
    image: { ref, id: `sha256:${ref}`, source: 'docker' },
    totalBytes: layers.reduce((sum, row) => sum + row.sizeBytes, 0),
    layers,
    warnings: [],
    ...extra
  }
}

const imported = { instruction: '', createdBy: '', comment: 'Imported from -' }

describe('compareReports', () => {
  it('imported base rows with other digests collapse into one FROM change', () => {
    const base = report('a', [
      { ...imported, sizeBytes: 1000, diffId: 'sha256:1' },
      { createdBy: 'RUN make', sizeBytes: 50_000 }
    ])
    const head = report('b', [
      { ...imported, sizeBytes: 3000, diffId: 'sha256:2' },
      { createdBy: 'RUN make', sizeBytes: 50_000 }
    ])
    const comparison = compareReports(base, head, { minChangeBytes: 0 })
    expect(
      comparison.layers.map((c) => [
        c.status,
        c.deltaBytes,
        c.base?.createdBy,
        c.head?.createdBy
      ])
    ).toEqual([
      [
        'grew',
        2000,
        'FROM (base image, 1 layer)',
        'FROM (base image, 1 layer)'
      ],
      ['unchanged', 0, 'RUN make', 'RUN make']
    ])
  })

  it('a compressed-size report compares on compressed sizes when both have them, else refuses', () => {
    const compressed = report(
      'reg',
      [{ sizeBytes: 400, compressedBytes: 400 }],
      { sizeKind: 'compressed', totalCompressedBytes: 400 }
    )
    const engine = report('eng', [{ sizeBytes: 1000, compressedBytes: 450 }], {
      totalCompressedBytes: 450
    })
    const comparison = compareReports(engine, compressed, { minChangeBytes: 0 })
    expect([
      comparison.base.totalBytes,
      comparison.head.totalBytes,
      comparison.totalDeltaBytes
    ]).toEqual([450, 400, -50])
    expect(comparison.layers.map((c) => [c.status, c.deltaBytes])).toEqual([
      ['shrank', -50]
    ])
    const plain = report('eng', [{ sizeBytes: 1000 }])
    expect(() => compareReports(plain, compressed)).toThrow(
      'reg has compressed (registry) sizes and the other image uncompressed ones'
    )
    expect(() => compareReports(plain, compressed)).toThrow(
      expect.objectContaining({
        input: 'reg',
        problem:
          'reg has compressed (registry) sizes and the other image uncompressed ones',
        fix: 'read both the same way (analyze --source registry --uncompressed, or analyze --compressed for the engine image)'
      })
    )
  })

  it('empty rows are left out; added and removed keep their status under the floor', () => {
    const base = report('a', [
      { createdBy: 'ENV A=1', instruction: 'ENV', empty: true },
      { createdBy: 'RUN old', sizeBytes: 10 }
    ])
    const head = report('b', [
      { createdBy: 'COPY x /x', instruction: 'COPY', sizeBytes: 20 },
      { createdBy: 'CMD ["sh"]', instruction: 'CMD', empty: true }
    ])
    expect(
      compareReports(base, head).layers.map((c) => [
        c.status,
        c.deltaBytes,
        c.base?.index ?? null,
        c.head?.index ?? null
      ])
    ).toEqual([
      ['removed', -10, 1, null],
      ['added', 20, null, 0]
    ])
  })

  it.each([-1, 1.5, Number.NaN])('min-change %d is refused', (value) => {
    expect(() =>
      compareReports(report('a', []), report('b', []), {
        minChangeBytes: value
      })
    ).toThrow('min-change must be a whole number of bytes ≥ 0')
  })
})
