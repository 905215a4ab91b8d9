// decideEmpty: which history rows made layers, from sizes, builder markers and layer counts.
import { describe, expect, it } from 'vitest'
import { decideEmpty } from '../../src/image/empty-layers.js'
import type { LayerHint } from '../../src/image/history.js'

const rows = (spec: [number, LayerHint][]) =>
  spec.map(([sizeBytes, hint]) => ({ sizeBytes, hint }))

describe('decideEmpty', () => {
  it('markers that agree with the layer count decide every row', () => {
    const input = rows([
      [1984162, 'layer'],
      [0, 'empty'],
      [67108864, 'layer'],
      [0, 'layer'],
      [0, 'empty']
    ])
    expect(decideEmpty(input, [{ row: 4, layers: 3 }])).toEqual({
      empty: [false, true, false, false, true],
      uncertainRows: []
    })
  })

  it('a WORKDIR that may or may not have made a layer is forced by the count', () => {
    const input = rows([
      [100, 'layer'],
      [0, 'likely-layer'],
      [0, 'layer']
    ])
    expect(decideEmpty(input, [{ row: 2, layers: 3 }]).empty).toEqual([
      false,
      false,
      false
    ])
    expect(decideEmpty(input, [{ row: 2, layers: 2 }])).toEqual({
      empty: [false, true, false],
      uncertainRows: []
    })
  })

  it('two candidates for one layer: a guess, reported as uncertain', () => {
    const input = rows([
      [100, 'layer'],
      [0, 'likely-layer'],
      [5, 'layer'],
      [0, 'likely-layer']
    ])
    const decision = decideEmpty(input, [{ row: 3, layers: 3 }])
    expect(decision.uncertainRows).toEqual([1, 3])
    expect(decision.empty.filter((e) => !e)).toHaveLength(3)
  })

  it('intermediate checkpoints pin each row down', () => {
    // Classic `WORKDIR /` (no layer: nothing changed) then `WORKDIR /srv` (a 0-byte layer).
    const input = rows([
      [100, 'layer'],
      [0, 'likely-layer'],
      [10, 'layer'],
      [0, 'likely-layer'],
      [0, 'layer']
    ])
    const checkpoints = [0, 1, 2, 3, 4].map((row) => ({
      row,
      layers: [1, 1, 2, 3, 4][row]
    }))
    expect(decideEmpty(input, checkpoints)).toEqual({
      empty: [false, true, false, false, false],
      uncertainRows: []
    })
  })

  it('a classic RUN that changed nothing made no layer', () => {
    const input = rows([
      [100, 'layer'],
      [0, 'layer'],
      [0, 'likely-layer']
    ])
    const checkpoints = [
      { row: 0, layers: 1 },
      { row: 1, layers: 1 },
      { row: 2, layers: 2 }
    ]
    expect(decideEmpty(input, checkpoints)).toEqual({
      empty: [false, true, false],
      uncertainRows: []
    })
  })

  it('more rows with bytes than layers is a contradiction, said as such', () => {
    const decision = decideEmpty(
      rows([
        [1, 'layer'],
        [2, 'layer']
      ]),
      [{ row: 1, layers: 1 }]
    )
    expect(decision.contradiction).toBe(
      '2 history rows with bytes but only 1 layers between rows 0 and 1'
    )
  })

  it('fewer candidate rows than layers is a contradiction, said as such', () => {
    const decision = decideEmpty(
      rows([
        [1, 'layer'],
        [0, 'empty']
      ]),
      [{ row: 1, layers: 3 }]
    )
    expect(decision.contradiction).toBe(
      'the image has 3 layers between rows 0 and 1 but its history names only 2'
    )
  })
})
