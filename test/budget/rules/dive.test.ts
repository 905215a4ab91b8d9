// dive's CI rules evaluated on a real archive's report (test/fixtures/dive/test-docker-image.tar).
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateDiveCi } from '../../../src/budget/rules/dive.js'
import { readArchive } from '../../support/archive.js'

const DIVE = path.resolve('test/fixtures/dive')

describe('evaluating dive rules on test-docker-image.tar', async () => {
  const report = await readArchive(path.join(DIVE, 'test-docker-image.tar'))
  const dive = report.files!.dive

  it('equality passes; each broken rule is one `dive` violation', () => {
    expect(
      evaluateDiveCi(
        dive,
        {
          lowestEfficiency: dive.efficiency,
          highestWastedBytes: 32025,
          highestUserWastedPercent: dive.userWastedPercent
        },
        'app'
      )
    ).toEqual([])
    expect(
      evaluateDiveCi(
        dive,
        {
          lowestEfficiency: 0.99,
          highestWastedBytes: 32024,
          highestUserWastedPercent: 0.4
        },
        'app'
      ).map((v) => [v.rule, v.detail, v.limitBytes, v.actualBytes])
    ).toEqual([
      ['dive', 'lowestEfficiency', 0.99, 0.9844212134184309],
      ['dive', 'highestWastedBytes', 32024, 32025],
      ['dive', 'highestUserWastedPercent', 0.4, 0.4834911001404049]
    ])
  })
})
