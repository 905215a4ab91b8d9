// .dive-ci files read the way dive reads them (viper + runtime/ci/rule.go).
import { describe, expect, it } from 'vitest'
import { parseDiveCi, parseHumanBytes } from '../../src/budget/dive-ci.js'
import { InputError } from '../../src/errors.js'

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
      new InputError({
        input: 'ci/.dive-ci',
        problem:
          'ci/.dive-ci: rules.lowestEfficiency is "high", expected a number between 0 and 1 or "disabled"'
      })
    )
    expect(() =>
      parseDiveCi('rules:\n  highestUserWastedPercent: 2\n', '.dive-ci')
    ).toThrow(/outside allowed range/)
    expect(() => parseDiveCi('rules: [1]\n', '.dive-ci')).toThrow(InputError)
  })
})
