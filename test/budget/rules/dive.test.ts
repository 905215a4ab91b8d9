// .dive-ci files read the way dive reads them (viper + runtime/ci/rule.go), and our own
// file budget (reclaimable bytes, efficiency) evaluated on a real archive's report.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateFileBudget } from '../../../src/budget/rules/files.js'
import {
  evaluateDiveCi,
  parseDiveCi,
  parseHumanBytes
} from '../../../src/budget/rules/dive.js'
import { InputError } from '../../../src/errors.js'
import { readArchive } from '../../support/archive.js'

const DIVE = path.resolve('test/fixtures/dive')

describe('parseDiveCi', () => {
  it("dive's defaults for missing keys: 0.9, disabled, 0.1", () => {
    expect(parseDiveCi('', '.dive-ci')).toEqual({
      lowestEfficiency: 0.9,
      highestWastedBytes: null,
      highestUserWastedPercent: 0.1
    })
    expect(
      parseDiveCi('rules:\n  highestWastedBytes: 20MB\n', '.dive-ci')
    ).toEqual({
      lowestEfficiency: 0.9,
      highestWastedBytes: 20e6,
      highestUserWastedPercent: 0.1
    })
  })

  it('disabled/off, go-humanize sizes', () => {
    expect(
      parseDiveCi(
        'rules:\n  lowestEfficiency: off\n  highestWastedBytes: "20 MiB"\n  highestUserWastedPercent: disabled\n',
        'x'
      )
    ).toEqual({
      lowestEfficiency: null,
      highestWastedBytes: 20 * 1024 * 1024,
      highestUserWastedPercent: null
    })
    expect(
      [
        '20MB',
        '20 MiB',
        '1,000 kB',
        '42',
        '1.5GB',
        '7k',
        'ten',
        '20 MQ',
        ''
      ].map(parseHumanBytes)
    ).toEqual([
      20e6,
      20971520,
      1e6,
      42,
      1.5e9,
      7000,
      undefined,
      undefined,
      undefined
    ])
  })

  it('a bad value is an InputError naming the file and key', () => {
    expect(() =>
      parseDiveCi('rules:\n  lowestEfficiency: high\n', 'ci/.dive-ci')
    ).toThrow(
      new InputError(
        'ci/.dive-ci: rules.lowestEfficiency is "high", expected a number between 0 and 1 or "disabled"'
      )
    )
    expect(() =>
      parseDiveCi('rules:\n  highestUserWastedPercent: 2\n', '.dive-ci')
    ).toThrow(/outside allowed range/)
    expect(() => parseDiveCi('rules: [1]\n', '.dive-ci')).toThrow(InputError)
  })
})

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
