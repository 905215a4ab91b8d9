// Finding marks against the baseline, on two real saved reports: the merged RUN with its
// file analysis (test/fixtures/reports/merged-run.files.analyze.json, no hints) as the base
// and the split RUNs (split-layers.analyze.json: its deleted-later hint on rows 1 → 3) as
// the head, paired by compareReports (base L1 split into head L1+L2+L3).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { judgeBaseline, judgeBudget } from '../../src/budget/evaluate.js'
import { parseBudgetFile } from '../../src/budget/load.js'
import { compareReports } from '../../src/compare/compare.js'
import { byChange, markFindings } from '../../src/compare/finding-changes.js'
import type { ImageReport } from '../../src/model/report.js'

const load = (name: string) =>
  JSON.parse(
    readFileSync(`test/fixtures/reports/${name}.analyze.json`, 'utf8')
  ) as ImageReport

const merged = load('merged-run.files')
const split = load('split-layers')

const budget = parseBudgetFile(
  [
    'images:',
    '  app:',
    '    image: x',
    '    budget:',
    '      total: 2MB',
    '      layer: 1MB',
    '      reclaimable: 1MB'
  ].join('\n'),
  'b.yml'
).images[0].budget

/** The head's findings marked against the base, as check-image does. */
function marks(base: ImageReport, head: ImageReport) {
  const comparison = compareReports(base, head)
  const { violations } = judgeBudget({ ...head, comparison }, budget, {
    image: 'app'
  })
  return markFindings(
    { violations, hints: head.files?.hints },
    judgeBaseline(base, budget, { image: 'app' }),
    comparison
  )
}

describe('markFindings', () => {
  it('the split PR: its deleted-later hint and layer violation are new, the total worse', () => {
    const marked = marks(merged, split)
    expect(
      marked.violations.map((v) => [v.rule, v.layer?.index ?? null, v.change])
    ).toEqual([
      ['total', null, 'worse'],
      ['layer', 1, 'new'],
      ['reclaimable', null, 'new']
    ])
    expect(
      marked.hints!.map((hint) => [hint.kind, hint.layers, hint.change])
    ).toEqual([['deleted-later', [1, 3], 'new']])
    expect(marked.hintsUnmarked).toBeUndefined()
  })

  it('the same image on both sides: every finding unchanged', () => {
    const marked = marks(split, split)
    expect(marked.violations.map((v) => v.change)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged'
    ])
    expect(marked.hints!.map((hint) => hint.change)).toEqual(['unchanged'])
  })

  it('the reverse PR (split → merged): the total is better, nothing new', () => {
    const marked = marks(split, merged)
    expect(marked.violations.map((v) => [v.rule, v.change])).toEqual([
      ['total', 'better']
    ])
    expect(marked.hints).toEqual([])
  })

  it('a baseline without file analysis: hints unmarked, and said so; its file rules unmarked too', () => {
    const marked = marks(load('merged-run'), split)
    expect(marked.hintsUnmarked).toBe('baseline-without-files')
    expect(marked.hints!.map((hint) => hint.change)).toEqual([undefined])
    expect(marked.violations.map((v) => [v.rule, v.change ?? null])).toEqual([
      ['total', 'worse'],
      ['layer', 'new'],
      ['reclaimable', null]
    ])
  })

  it('renderers show new first, unchanged last', () => {
    const items = [
      { id: 1, change: 'unchanged' as const },
      { id: 2 },
      { id: 3, change: 'new' as const },
      { id: 4, change: 'better' as const },
      { id: 5, change: 'worse' as const }
    ]
    expect(byChange(items).map((item) => item.id)).toEqual([3, 5, 2, 4, 1])
  })
})
