// Compressed (pull size) budgets on a registry image's report: strictly over, and an input
// error when the report has no compressed sizes to judge.
import { describe, expect, it } from 'vitest'
import { evaluateCompressedBudget } from '../../../src/budget/rules/compressed.js'
import type { ImageReport } from '../../../src/model/report.js'

describe('compressed budgets', () => {
  const report: ImageReport = {
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

  it('total and per-layer limits on pull size, strictly over', () => {
    expect(
      evaluateCompressedBudget(
        report,
        { totalBytes: 3_000_000, layerBytes: 500_000 },
        'app'
      )
    ).toEqual([
      {
        image: 'app',
        rule: 'compressed',
        detail: 'total',
        limitBytes: 3_000_000,
        actualBytes: 3_500_000
      },
      {
        image: 'app',
        rule: 'compressed',
        detail: 'layer',
        layer: { index: 0, instruction: '', createdBy: '' },
        limitBytes: 500_000,
        actualBytes: 3_000_000
      }
    ])
    expect(
      evaluateCompressedBudget(report, { totalBytes: 3_500_000 }, 'app')
    ).toEqual([])
    expect(
      evaluateCompressedBudget(report, { layerBytes: 3_000_000 }, 'app')
    ).toEqual([])
  })

  it('a report without compressed sizes cannot be judged: input error saying how to get them', () => {
    const engine: ImageReport = {
      ...report,
      image: { ...report.image, source: 'docker', ref: 'app:pr' },
      sizeKind: undefined,
      totalCompressedBytes: undefined
    }
    expect(() =>
      evaluateCompressedBudget(engine, { totalBytes: 1 }, 'app')
    ).toThrow(
      'app:pr has no compressed sizes: read it from a registry (--source registry) or measure them with --compressed'
    )
    expect(evaluateCompressedBudget(engine, {}, 'app')).toEqual([])
  })
})
