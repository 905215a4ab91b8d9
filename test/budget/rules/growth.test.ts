// evaluateGrowth on hand-written comparisons: which limit breaks, with exact figures.
import { describe, expect, it } from 'vitest'
import {
  evaluateGrowth,
  type GrowthLimits
} from '../../../src/budget/rules/growth.js'
import {
  comparison,
  GROWTH_SAMPLE as SAMPLE,
  side
} from '../../support/findings.js'

describe('evaluateGrowth', () => {
  it.each<[string, GrowthLimits, [string, number, number, number?][]]>([
    ['no limits', {}, []],
    [
      'total over',
      { totalBytes: 8_999_999 },
      [['total', 8_999_999, 9_000_000]]
    ],
    ['total exactly at the limit passes', { totalBytes: 9_000_000 }, []],
    [
      'percent over (9% > 5%)',
      { percent: 5 },
      [['percent', 5_000_000, 9_000_000]]
    ],
    ['percent at the limit passes', { percent: 9 }, []],
    [
      'layer: the grown and the added layer',
      { layerBytes: 3_000_000 },
      [
        ['layer', 3_000_000, 4_000_000, 1],
        ['layer', 3_000_000, 6_000_000, 2]
      ]
    ],
    [
      'layer: an added layer counts its full size',
      { layerBytes: 5_000_000 },
      [['layer', 5_000_000, 6_000_000, 2]]
    ],
    [
      'all three',
      { totalBytes: 10_000_000, percent: 1, layerBytes: 5_999_999 },
      [
        ['percent', 1_000_000, 9_000_000],
        ['layer', 5_999_999, 6_000_000, 2]
      ]
    ]
  ])('%s', (_name, limits, expected) => {
    const violations = evaluateGrowth(SAMPLE, limits, 'app')
    expect(
      violations.map((v) => [
        v.detail,
        v.limitBytes,
        v.actualBytes,
        ...(v.layer ? [v.layer.index] : [])
      ])
    ).toEqual(expected)
    expect(
      violations.every((v) => v.rule === 'growth' && v.image === 'app')
    ).toBe(true)
  })

  it('violations carry the figures and the layer (test/report/describe.test.ts says them)', () => {
    const [total, percent, layer] = evaluateGrowth(
      SAMPLE,
      { totalBytes: 1_048_576, percent: 2.5, layerBytes: 5_242_880 },
      'web'
    )
    expect(total).toEqual({
      image: 'web',
      rule: 'growth',
      detail: 'total',
      limitBytes: 1_048_576,
      actualBytes: 9_000_000
    })
    expect(percent).toEqual({
      image: 'web',
      rule: 'growth',
      detail: 'percent',
      limitBytes: 2_500_000,
      actualBytes: 9_000_000,
      limitPercent: 2.5,
      actualPercent: 9
    })
    expect(layer.layer).toEqual({
      index: 2,
      instruction: 'COPY',
      createdBy: 'COPY dist /srv'
    })
  })

  it('an empty baseline has no percent; shrinking never violates; the aggregated FROM entry is not a layer', () => {
    const fromEmpty = comparison(0, [
      { status: 'added', base: null, head: side(0, 500), deltaBytes: 500 }
    ])
    expect(evaluateGrowth(fromEmpty, { percent: 1 }, 'x')).toEqual([])
    const shrink = comparison(1000, [
      {
        status: 'shrank',
        base: side(0, 1000),
        head: side(0, 10),
        deltaBytes: -990
      }
    ])
    expect(
      evaluateGrowth(shrink, { totalBytes: 0, percent: 0, layerBytes: 0 }, 'x')
    ).toEqual([])
    const from = comparison(1000, [
      {
        status: 'grew',
        base: side(0, 1000, 'FROM a (1 layer)'),
        head: side(0, 9000, 'FROM b (3 layers)'),
        deltaBytes: 8000
      }
    ])
    expect(evaluateGrowth(from, { layerBytes: 1 }, 'x')).toEqual([])
    expect(
      evaluateGrowth(from, { totalBytes: 1 }, 'x').map((v) => v.detail)
    ).toEqual(['total'])
  })
})
