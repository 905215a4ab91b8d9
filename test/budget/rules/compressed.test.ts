// Compressed (pull size) budgets on a registry image's report: strictly over, and an input
// error when the report has no compressed sizes to judge.
import { describe, expect, it } from 'vitest'
import { evaluateCompressedBudget } from '../../../src/budget/rules/compressed.js'
import type { ImageReport } from '../../../src/model/report.js'
import { registryReport } from '../../support/findings.js'

describe('compressed budgets', () => {
  const report = registryReport()

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
