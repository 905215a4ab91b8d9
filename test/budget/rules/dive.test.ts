// dive's CI rules and our own file budget (reclaimable bytes, efficiency) evaluated on a
// real archive's report (test/fixtures/dive/test-docker-image.tar).
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateFileBudget } from '../../../src/budget/rules/files.js'
import { evaluateDiveCi } from '../../../src/budget/rules/dive.js'
import { readArchive } from '../../../src/image/archive/index.js'

const DIVE = path.resolve('test/fixtures/dive')

describe('evaluating dive rules and file budgets on test-docker-image.tar', async () => {
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

  it('reclaimable and efficiency budgets (ours): equality passes', () => {
    const layerBytes = report.layers.reduce((sum, l) => sum + l.sizeBytes, 0)
    expect(report.files!.efficiency).toBe(1 - 32025 / layerBytes)
    expect(
      evaluateFileBudget(
        report,
        { reclaimableBytes: 32025, efficiency: report.files!.efficiency },
        'app'
      )
    ).toEqual([])
    expect(
      evaluateFileBudget(
        report,
        { reclaimableBytes: 32000, efficiency: 0.99 },
        'app'
      )
    ).toEqual([
      {
        image: 'app',
        rule: 'reclaimable',
        limitBytes: 32000,
        actualBytes: 32025,
        message:
          'app: 32.0 kB could be reclaimed (files deleted or replaced by later layers), over the budget of 32.0 kB'
      },
      {
        image: 'app',
        rule: 'efficiency',
        limitBytes: 0.99,
        actualBytes: report.files!.efficiency,
        message: 'app: layer efficiency 97.4% is below the budget of 99.0%'
      }
    ])
    const { files: _files, ...withoutFiles } = report
    expect(() =>
      evaluateFileBudget(withoutFiles, { reclaimableBytes: 1 }, 'app')
    ).toThrow(/need the file analysis/)
  })
})
