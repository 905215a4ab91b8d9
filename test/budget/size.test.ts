// Sizes as people write them: every unit, spaces, decimals, and what is not a size.
import { describe, expect, it } from 'vitest'
import { parseSize, percentValue, sizeBytes } from '../../src/budget/size.js'
import { InputError } from '../../src/errors.js'

describe('sizeBytes', () => {
  it.each([
    ['250MB', 250_000_000],
    ['250 MB', 250_000_000],
    ['250mb', 250_000_000],
    ['0.25GB', 250_000_000],
    ['250MiB', 262_144_000],
    ['1.5 GiB', 1_610_612_736],
    ['64MiB', 67_108_864],
    ['10kB', 10_000],
    ['10KB', 10_000],
    ['10kb', 10_000],
    ['1KiB', 1024],
    ['1kib', 1024],
    ['2TB', 2e12],
    ['1TiB', 1024 ** 4],
    ['512B', 512],
    ['512 bytes', 512],
    ['1024', 1024],
    [1024, 1024],
    [0, 0],
    ['1.0005kB', 1001],
    ['.5MB', 500_000]
  ])('%j → %d', (text, bytes) => expect(sizeBytes(text)).toBe(bytes))

  it.each([
    '100 MegaBytes',
    '',
    'MB',
    '-5MB',
    '1,5MB',
    '5 M',
    '1e3',
    '12 parsecs',
    1.5,
    -1
  ])('%j is not a size', (text) => {
    expect(sizeBytes(text)).toBeUndefined()
  })

  it('parseSize quotes the value and says what to write, as fields', () => {
    let error: unknown
    try {
      parseSize('100 MegaBytes', 'max-size', 'input "max-size"')
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(InputError)
    expect(error).toMatchObject({
      input: 'max-size',
      problem: 'input "max-size": "100 MegaBytes" is not a size',
      fix: 'use e.g. 100MB or 100MiB',
      message:
        'input "max-size": "100 MegaBytes" is not a size: use e.g. 100MB or 100MiB'
    })
  })

  it.each([
    ['5%', 5],
    ['5 %', 5],
    ['2.5%', 2.5],
    [5, 5],
    ['five', undefined]
  ])('percent %j → %s', (text, value) => expect(percentValue(text)).toBe(value))
})
