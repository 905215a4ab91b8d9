// Findings written by hand, as data: a registry image's report with pull sizes, and a
// comparison whose layers grew, were added and shrank (base 100 MB, +9 MB). For the
// budget rules' tests and the sentences' (test/report/describe.test.ts).
import type {
  Comparison,
  ImageReport,
  LayerChange
} from '../../src/model/report.js'

export function registryReport(): ImageReport {
  return {
    schemaVersion: 1,
    image: { ref: 'ghcr.io/org/app:pr-1', id: 'sha256:c', source: 'registry' },
    totalBytes: 3_500_000,
    sizeKind: 'compressed',
    totalCompressedBytes: 3_500_000,
    layers: [
      {
        index: 0,
        instruction: '',
        createdBy: '',
        sizeBytes: 3_000_000,
        compressedBytes: 3_000_000,
        empty: false
      },
      {
        index: 1,
        instruction: 'ENV',
        createdBy: 'ENV A=1',
        sizeBytes: 0,
        empty: true
      },
      {
        index: 2,
        instruction: 'RUN',
        createdBy: 'RUN make',
        sizeBytes: 500_000,
        compressedBytes: 500_000,
        empty: false
      }
    ],
    warnings: []
  }
}

export const side = (
  index: number,
  sizeBytes: number,
  createdBy = `RUN step ${index}`
) => ({ index, instruction: createdBy.split(' ')[0], createdBy, sizeBytes })

export function comparison(
  baseTotal: number,
  changes: LayerChange[]
): Comparison {
  const delta = changes.reduce((sum, change) => sum + change.deltaBytes, 0)
  return {
    schemaVersion: 1,
    base: { ref: 'app:base', totalBytes: baseTotal },
    head: { ref: 'app:pr', totalBytes: baseTotal + delta },
    totalDeltaBytes: delta,
    layers: changes,
    minChangeBytes: 10_000
  }
}

// Base 100 MB; one layer grew 4 MB, one was added with 6 MB, one shrank 1 MB: +9 MB = 9%.
export const GROWTH_SAMPLE: Comparison = comparison(100_000_000, [
  {
    status: 'unchanged',
    base: side(0, 80_000_000, ''),
    head: side(0, 80_000_000, ''),
    deltaBytes: 0
  },
  {
    status: 'grew',
    base: side(1, 10_000_000),
    head: side(1, 14_000_000),
    deltaBytes: 4_000_000
  },
  {
    status: 'added',
    base: null,
    head: side(2, 6_000_000, 'COPY dist /srv'),
    deltaBytes: 6_000_000
  },
  {
    status: 'shrank',
    base: side(2, 10_000_000),
    head: side(3, 9_000_000),
    deltaBytes: -1_000_000
  }
])
