// evaluateBudget: every rule of a budget on one real report (test/fixtures/reports/
// split-layers.analyze.json: layers 1984162, 67108864, 524288, 0 bytes, with its file
// analysis), growth only when the result has a comparison.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluateBudget } from '../../src/budget/evaluate.js'
import { parseBudgetFile } from '../../src/budget/load.js'
import type { Comparison, ImageReport } from '../../src/model/report.js'

const report = JSON.parse(
  readFileSync('test/fixtures/reports/split-layers.analyze.json', 'utf8')
) as ImageReport

const budget = parseBudgetFile(
  [
    'images:',
    '  app:',
    '    image: x',
    '    budget:',
    '      total: 60MB',
    '      reclaimable: 1MB',
    '      growth:',
    '        total: 1MB'
  ].join('\n'),
  'b.yml'
).images[0].budget

const comparison: Comparison = {
  schemaVersion: 1,
  base: { ref: 'app:main', totalBytes: 2_508_450 },
  head: { ref: 'app:pr', totalBytes: report.totalBytes },
  totalDeltaBytes: report.totalBytes - 2_508_450,
  layers: [],
  minChangeBytes: 10_000
}

const rules = (violations: ReturnType<typeof evaluateBudget>) =>
  violations.map((v) => [v.rule, v.detail ?? null, v.limitBytes, v.actualBytes])

describe('evaluateBudget', () => {
  it('runs every rule in order; growth only against a baseline', () => {
    expect(rules(evaluateBudget(report, budget, { image: 'app' }))).toEqual([
      ['total', null, 60_000_000, 69_617_314],
      ['reclaimable', null, 1_000_000, 67_108_864]
    ])
    expect(
      rules(evaluateBudget({ ...report, comparison }, budget, { image: 'app' }))
    ).toEqual([
      ['total', null, 60_000_000, 69_617_314],
      ['reclaimable', null, 1_000_000, 67_108_864],
      ['growth', 'total', 1_000_000, 69_617_314 - 2_508_450]
    ])
  })

  it("dive's rules when given and the report has the file analysis", () => {
    // This image's own dive figures are perfect (efficiency 1); a worse one, by hand.
    const files = report.files!
    const worse = {
      ...report,
      files: { ...files, dive: { ...files.dive, efficiency: 0.5 } }
    }
    const diveCi = {
      lowestEfficiency: 0.9,
      highestWastedBytes: null,
      highestUserWastedPercent: null
    }
    expect(rules(evaluateBudget(worse, {}, { image: 'app', diveCi }))).toEqual([
      ['dive', 'lowestEfficiency', 0.9, 0.5]
    ])
    expect(evaluateBudget(report, {}, { image: 'app', diveCi })).toEqual([])
    const { files: _files, ...withoutFiles } = worse
    expect(evaluateBudget(withoutFiles, {}, { image: 'app', diveCi })).toEqual(
      []
    )
  })
})
