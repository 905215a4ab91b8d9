// evaluateBudget: every rule of a budget on one real report (test/fixtures/reports/
// split-layers.analyze.json: layers 1984162, 67108864, 524288, 0 bytes, with its file
// analysis), growth only when the result has a comparison.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluateBudget, judgeBudget } from '../../src/budget/evaluate.js'
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

  it('a check per rule evaluated, passing or not, with its figure and limit', () => {
    const full = parseBudgetFile(
      [
        'images:',
        '  app:',
        '    image: x',
        '    budget:',
        '      total: 70MB',
        '      layer: 60MiB',
        '      layers: 4',
        '      rules:',
        '        - { match: "/usr/local/bin", max: 1MB }',
        '        - { match: "no such step", max: 1MB }',
        '      reclaimable: 1MB',
        '      efficiency: 0.5',
        '      growth: { total: 100MB, percent: 5%, layer: 60MB }'
      ].join('\n'),
      'b.yml'
    ).images[0].budget
    const { violations, checks } = judgeBudget(
      { ...report, comparison },
      full,
      { image: 'app' }
    )
    // L1 (64 MiB) over the 60 MiB layer limit; 67108864 reclaimable; growth over 5%.
    expect(rules(violations)).toEqual([
      ['layer', null, 62_914_560, 67_108_864],
      ['reclaimable', null, 1_000_000, 67_108_864],
      ['efficiency', null, 0.5, report.files!.efficiency],
      ['growth', 'percent', 125_422, 69_617_314 - 2_508_450]
    ])
    const row = (index: number) => ({
      index,
      instruction: report.layers[index].instruction,
      createdBy: report.layers[index].createdBy
    })
    expect(checks).toEqual([
      { rule: 'total', limit: 70_000_000, actual: 69_617_314, pass: true },
      {
        rule: 'rule',
        match: '/usr/local/bin',
        limit: 1_000_000,
        actual: 524_288,
        pass: true,
        layer: row(2),
        layers: 1,
        failed: 0
      },
      {
        rule: 'rule',
        match: 'no such step',
        limit: 1_000_000,
        actual: 0,
        pass: true,
        layers: 0,
        failed: 0
      },
      {
        rule: 'layer',
        limit: 62_914_560,
        actual: 67_108_864,
        pass: false,
        layer: row(1),
        layers: 2,
        failed: 1
      },
      // L0, the imported base image layer, is shown against the layer limit, never failed by it.
      {
        rule: 'layer',
        detail: 'base',
        limit: 62_914_560,
        actual: 1_984_162,
        pass: true,
        base: true,
        advisory: true,
        layer: row(0),
        layers: 1,
        failed: 0
      },
      { rule: 'layers', limit: 4, actual: 4, pass: true },
      {
        rule: 'reclaimable',
        limit: 1_000_000,
        actual: 67_108_864,
        pass: false
      },
      {
        rule: 'efficiency',
        limit: 0.5,
        actual: report.files!.efficiency,
        pass: false
      },
      {
        rule: 'growth',
        detail: 'total',
        limit: 100_000_000,
        actual: 69_617_314 - 2_508_450,
        pass: true
      },
      {
        rule: 'growth',
        detail: 'percent',
        limit: 5,
        actual: ((69_617_314 - 2_508_450) / 2_508_450) * 100,
        pass: false
      },
      {
        rule: 'growth',
        detail: 'layer',
        limit: 60_000_000,
        actual: 0,
        pass: true,
        layers: 0,
        failed: 0
      }
    ])
    expect(report.files!.efficiency).toBeLessThan(0.5)
  })

  it('base image layers: not failed by the per-layer limits, held to their own base: limits', () => {
    const limits = (yaml: string[]) =>
      parseBudgetFile(
        ['images:', '  app:', '    image: x', '    budget:', ...yaml].join(
          '\n'
        ),
        'b.yml'
      ).images[0].budget
    // L0 (1984162 bytes, "Imported from -") is over a 1 MB layer limit: shown, not failed.
    const advisory = judgeBudget(
      report,
      limits([
        '      layer: 100MB',
        '      rules: [{ match: "/^/", max: 1MB }]'
      ]),
      {
        image: 'app'
      }
    )
    expect(rules(advisory.violations)).toEqual([
      ['rule', null, 1_000_000, 67_108_864]
    ])
    const small = judgeBudget(report, limits(['      layer: 1MB']), {
      image: 'app'
    })
    expect(rules(small.violations)).toEqual([
      ['layer', null, 1_000_000, 67_108_864]
    ])
    expect(small.checks.find((check) => check.base)).toMatchObject({
      rule: 'layer',
      detail: 'base',
      limit: 1_000_000,
      actual: 1_984_162,
      pass: false,
      advisory: true,
      failed: 1
    })
    // With base: limits, a base layer over them fails.
    const own = judgeBudget(
      report,
      limits(['      layer: 100MB', '      base: { layer: 1MB }']),
      { image: 'app' }
    )
    expect(rules(own.violations)).toEqual([
      ['layer', 'base', 1_000_000, 1_984_162]
    ])
    expect(own.checks.find((check) => check.base)).toMatchObject({
      pass: false,
      limit: 1_000_000
    })
    expect(own.checks.find((check) => check.base)?.advisory).toBeUndefined()
    // The FROM image's layer count, when known, sets the boundary instead of the history's mark.
    const two = judgeBudget(
      report,
      limits(['      layer: 1MB', '      base: { layer: 100MB }']),
      { image: 'app', baseLayers: 2 }
    )
    expect(rules(two.violations)).toEqual([])
  })
})
