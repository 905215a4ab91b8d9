// Budget evaluation over a real report (test/fixtures/reports/split-layers.analyze.json:
// examples/split-layers on the busybox base; layers 1984162, 67108864, 524288, 0 bytes).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluateImageBudget } from '../../../src/budget/rules/size.js'
import { parseBudgetFile } from '../../../src/budget/load.js'
import type { ImageReport } from '../../../src/model/report.js'

const report = JSON.parse(
  readFileSync('test/fixtures/reports/split-layers.analyze.json', 'utf8')
) as ImageReport

function budgetOf(yaml: string) {
  return parseBudgetFile(
    `images:\n  app:\n    image: x\n    budget:\n${yaml.replace(/^/gm, '      ')}\n`,
    'b.yml'
  ).images[0].budget
}

const summary = (yaml: string) =>
  evaluateImageBudget(report, budgetOf(yaml), 'app').map((v) => [
    v.rule,
    v.layer?.index ?? null,
    v.limitBytes,
    v.actualBytes
  ])

describe('evaluateImageBudget', () => {
  it.each([
    // Limits are inclusive, in SI and IEC.
    ['total: 69617314', []],
    ['total: 69617313', [['total', null, 69617313, 69617314]]],
    ['layer: 64MiB', []],
    ['layer: 67.1MB', [['layer', 1, 67_100_000, 67108864]]],
    ['layer: 67108863', [['layer', 1, 67108863, 67108864]]],
    ['layers: 4', []],
    ['layers: 3', [['layers', null, 3, 4]]],
    [
      'total: 70MB\nlayer: 1MB',
      [
        ['layer', 0, 1_000_000, 1984162],
        ['layer', 1, 1_000_000, 67108864]
      ]
    ]
  ])('%s', (yaml, expected) => expect(summary(yaml)).toEqual(expected))

  it('rules: the first match wins and replaces the layer limit for that layer; regex rules', () => {
    const yaml = [
      'layer: 1MB',
      'rules:',
      '  - match: /dd if=\\/dev\\/zero of=\\/opt/',
      '    max: 64MiB',
      '  - match: "mkdir -p /opt"',
      '    max: 1kB',
      '  - match: "/usr/local/bin"',
      '    max: 512KiB'
    ].join('\n')
    // Layer 1 matches the regex first (64MiB: passes, though over layer and the second rule); layer 2 is exactly 512 KiB; the base is over `layer`.
    expect(summary(yaml)).toEqual([['layer', 0, 1_000_000, 1984162]])
    const strict = summary(yaml.replace('max: 512KiB', 'max: 524287'))
    expect(strict).toEqual([
      ['layer', 0, 1_000_000, 1984162],
      ['rule', 2, 524287, 524288]
    ])
  })

  it('violations are data: the rule, the layer, the limit and the figure (test/report/describe.test.ts says them)', () => {
    const [violation] = evaluateImageBudget(
      report,
      budgetOf('rules:\n  - match: "build-deps && dd"\n    max: 60MiB'),
      'app'
    )
    expect(violation).toEqual({
      image: 'app',
      rule: 'rule',
      match: 'build-deps && dd',
      layer: {
        index: 1,
        instruction: 'RUN',
        createdBy: report.layers[1].createdBy
      },
      limitBytes: 62914560,
      actualBytes: 67108864
    })
  })

  it('an empty budget finds nothing', () =>
    expect(evaluateImageBudget(report, {}, 'app')).toEqual([]))
})
