// When a run writes its comment, on reports of real images (test/fixtures/reports).
import { describe, expect, it } from 'vitest'
import { hasChanges, shouldComment } from '../../src/report/when-to-comment.js'
import {
  compareReports,
  imageResult,
  loadAnalyze,
  mergedRunPr,
  runReport,
  splitLayersPr
} from '../support/reports.js'

describe('when to comment', () => {
  const changed = runReport([mergedRunPr()])
  const failing = runReport([splitLayersPr()])
  // Same image as its own base: nothing changed.
  const same = loadAnalyze('merged-run')
  const quiet = runReport([
    imageResult(same, {
      name: 'signer',
      comparison: compareReports(same, same, [
        [0, 0],
        [1, 1]
      ])
    })
  ])
  const noBaseline = runReport([
    imageResult(same, { name: 'signer', baselineNote: 'none' })
  ])

  it('hasChanges', () => {
    expect(hasChanges(changed)).toBe(true)
    expect(hasChanges(failing)).toBe(true)
    expect(hasChanges(quiet)).toBe(false)
    expect(hasChanges(noBaseline)).toBe(false)
  })

  it.each([
    ['always', quiet, false, true],
    ['never', failing, true, false],
    ['on-change', changed, false, true],
    ['on-change', quiet, false, false],
    ['on-change', quiet, true, true],
    ['on-change', noBaseline, false, false],
    ['on-violation', changed, false, false],
    ['on-violation', failing, false, true],
    ['on-violation', changed, true, true]
  ] as const)('%s (existing: %s) → %s', (mode, run, existing, expected) => {
    expect(shouldComment(mode, run, existing)).toBe(expected)
  })
})
