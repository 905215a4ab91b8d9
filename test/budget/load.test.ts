// Budget file validation: every problem at once, each with file:line:column, the key path,
// what was expected, and a suggestion for a misspelt key.
import { describe, expect, it } from 'vitest'
import {
  closestKey,
  loadBudgetFile,
  parseBudgetFile
} from '../../src/budget/load.js'
import { InputError } from '../../src/errors.js'

function problems(text: string): string[] {
  try {
    parseBudgetFile(text, 'budget.yml')
  } catch (error) {
    // One problem is one line; several are a line naming the file, then one line each.
    const lines = (error as Error).message.split('\n')
    return lines.length === 1 ? lines : lines.slice(1)
  }
  throw new Error('expected the file to be rejected')
}

describe('parseBudgetFile', () => {
  it('reads the full example: sizes to bytes, defaults merged key by key, builds', () => {
    const config = parseBudgetFile(
      [
        'units: iec',
        'min-change: 20kB',
        'defaults:',
        '  budget:',
        '    layer: 150MB',
        '    growth: { total: 10MB, percent: 5%, layer: 5MB }',
        'images:',
        '  api:',
        '    image: ghcr.io/acme/api:pr',
        '  worker:',
        '    build: { context: ., dockerfile: worker/Dockerfile, target: runtime, args: { PY: "3.12", N: 2 } }',
        '    budget:',
        '      total: 250MB',
        '      layer: 100MiB',
        '      layers: 25',
        '      growth: { percent: 2 }',
        '      rules:',
        '        - match: "apt-get install"',
        '          max: 80MB',
        '        - match: /pip install .*torch/i',
        '          max: 1.5 GiB'
      ].join('\n'),
      'budget.yml'
    )
    expect(config.units).toBe('iec')
    expect(config.minChangeBytes).toBe(20_000)
    const [api, worker] = config.images
    expect(api).toEqual({
      name: 'api',
      ref: 'ghcr.io/acme/api:pr',
      budget: {
        layerBytes: 150_000_000,
        growth: { totalBytes: 10_000_000, percent: 5, layerBytes: 5_000_000 }
      },
      minChangeBytes: 20_000
    })
    expect(worker.ref).toBe('image-size-budget/worker:local')
    expect(worker.build).toEqual({
      context: '.',
      dockerfile: 'worker/Dockerfile',
      target: 'runtime',
      buildArgs: { PY: '3.12', N: '2' },
      platform: undefined
    })
    expect(worker.budget).toMatchObject({
      totalBytes: 250_000_000,
      layerBytes: 104_857_600,
      layers: 25,
      growth: { totalBytes: 10_000_000, percent: 2, layerBytes: 5_000_000 }
    })
    expect(
      worker.budget.rules?.map((rule) => [rule.match, rule.maxBytes])
    ).toEqual([
      ['apt-get install', 80_000_000],
      ['/pip install .*torch/i', 1_610_612_736]
    ])
    expect(
      worker.budget.rules?.[1].test('RUN PIP INSTALL --no-cache Torch==2.3')
    ).toBe(true)
    expect(
      worker.budget.rules?.[0].test(
        'RUN apt-get update && apt-get install -y curl'
      )
    ).toBe(true)
    expect(worker.budget.rules?.[0].test('RUN apk add curl')).toBe(false)
  })

  it('a JSON budget file is read the same way, with line numbers', () => {
    const text =
      '{\n  "images": {\n    "api": { "image": "app:pr", "budget": { "totl": "1MB" } }\n  }\n}'
    expect(problems(text)).toEqual([
      'budget.yml:3:45: images.api.budget.totl: unknown key; did you mean "total"?'
    ])
  })

  it('reports every problem at once: line:column, key path, what was expected, suggestions, quoted sizes', () => {
    const text = [
      'units: metric',
      'images:',
      '  seed:',
      '    image: app:pr',
      '    budget:',
      '      totl: 250MB',
      '      layer: 100 MegaBytes',
      '      layers: ten',
      '      rules:',
      '        - match: "apt-get"',
      '          mx: 5MB',
      '      growth: { percent: lots }',
      '  other:',
      '    imag: app:pr'
    ].join('\n')
    expect(problems(text)).toEqual([
      'budget.yml:1:8: units: expected one of si, iec, got "metric"',
      'budget.yml:6:7: images.seed.budget.totl: unknown key; did you mean "total"?',
      'budget.yml:7:14: images.seed.budget.layer: "100 MegaBytes" is not a size; use e.g. 100MB or 100MiB',
      'budget.yml:8:15: images.seed.budget.layers: expected a whole number, got "ten"',
      'budget.yml:10:11: images.seed.budget.rules.0: the key "max" is required',
      'budget.yml:11:11: images.seed.budget.rules.0.mx: unknown key; did you mean "max"?',
      'budget.yml:12:26: images.seed.budget.growth.percent: "lots" is not a percentage; use e.g. 5%',
      'budget.yml:14:5: images.other.imag: unknown key; did you mean "image"?'
    ])
  })

  it('base: limits for the base image layers, each bad value at its line', () => {
    const good = parseBudgetFile(
      'images:\n  a:\n    image: x\n    budget:\n      layer: 20MB\n      base:\n        layer: 80MB\n        compressed: { layer: 30MB }\n',
      'budget.yml'
    )
    expect(good.images[0].budget.base).toEqual({
      layerBytes: 80_000_000,
      compressedLayerBytes: 30_000_000
    })
    const text = [
      'images:',
      '  a:',
      '    image: x',
      '    budget:',
      '      base:',
      '        layer: big',
      '        total: 1GB',
      '        compressed: { layer: -5 }'
    ].join('\n')
    expect(problems(text)).toEqual([
      'budget.yml:7:9: images.a.budget.base.total: unknown key; expected one of layer, compressed',
      'budget.yml:6:16: images.a.budget.base.layer: "big" is not a size; use e.g. 100MB or 100MiB',
      'budget.yml:8:30: images.a.budget.base.compressed.layer: must be at least 0, got -5'
    ])
  })

  it.each([
    [
      'images:\n  a:\n    budget: { total: 1MB }\n',
      'budget.yml:2:3: images.a: give either "image" (a ref) or "build" (a Dockerfile to build)'
    ],
    [
      'images:\n  a:\n    image: x\n    build: { context: . }\n',
      'budget.yml:2:3: images.a: give "image" or "build", not both'
    ],
    [
      'images:\n  a:\n    image: x\n    budget:\n      rules:\n        - { match: "/ab(/", max: 1MB }\n',
      'budget.yml:6:20: images.a.budget.rules.0.match: "/ab(/" is not a valid regular expression: Unterminated group'
    ],
    ['images: {}\n', 'budget.yml:1:9: images: must name at least one image'],
    [
      'units: si\n',
      'budget.yml:1:1: (top level): the key "images" is required'
    ],
    [
      'images:\n  a:\n    image: x\n    budget: { efficiency: 1.5 }\n',
      'budget.yml:4:27: images.a.budget.efficiency: must be at most 1, got 1.5'
    ],
    [
      'images:\n  a:\n    image: x\n    budget: { total: true }\n',
      'budget.yml:4:22: images.a.budget.total: expected a size (e.g. 250MB or 250MiB) or a whole number of bytes, got true'
    ],
    [
      'images:\n  a:\n    image: x\n    budget: { total: 1MB, total: 2MB }\n',
      'budget.yml:4:27: Map keys must be unique'
    ]
  ])('%j', (text, message) => expect(problems(text)).toEqual([message]))

  it('a missing file names the path it looked for', async () => {
    await expect(
      loadBudgetFile('test/fixtures/budget/nope.yml')
    ).rejects.toThrow(
      'no budget file at test/fixtures/budget/nope.yml: create it (see the README) or give its path with --config'
    )
  })

  it.each([
    ['totl', ['total', 'layer', 'layers'], 'total'],
    ['layres', ['total', 'layer', 'layers'], 'layers'],
    ['budgte', ['image', 'build', 'budget'], 'budget'],
    ['zzzzzz', ['total', 'layer'], undefined]
  ])('closestKey(%s) → %s', (key, candidates, expected) =>
    expect(closestKey(key, candidates)).toBe(expected)
  )
})

describe('budgets that name packages', () => {
  it('package: rules sit in rules: beside match: rules; unpackaged: under an image and under defaults', () => {
    const config = parseBudgetFile(
      [
        'defaults:',
        '  budget:',
        '    unpackaged: 30MB',
        '    rules:',
        '      - package: "gcc-??"',
        '        max: 0',
        'images:',
        '  api:',
        '    image: api:pr',
        '  worker:',
        '    image: worker:pr',
        '    budget:',
        '      unpackaged: 1MiB',
        '      rules:',
        '        - match: apt-get install',
        '          max: 80MB',
        '        - package: npm:left-pad',
        '          max: 10kB',
        '        - package: LIBC6:i386',
        '          max: 0'
      ].join('\n'),
      'budget.yml'
    )
    const [api, worker] = config.images
    // The defaults' list applies whole to an image without its own.
    expect(api.budget.unpackagedBytes).toBe(30_000_000)
    expect(api.budget.rules).toEqual([])
    expect(
      api.budget.packageRules?.map((rule) => [rule.pattern, rule.maxBytes])
    ).toEqual([[{ text: 'gcc-??', glob: 'gcc-??', withArch: false }, 0]])
    // An image's own list replaces the defaults' list, package rules included.
    expect(worker.budget.unpackagedBytes).toBe(1_048_576)
    expect(worker.budget.rules?.map((rule) => rule.match)).toEqual([
      'apt-get install'
    ])
    expect(
      worker.budget.packageRules?.map((rule) => [rule.pattern, rule.maxBytes])
    ).toEqual([
      [
        {
          text: 'npm:left-pad',
          manager: 'npm',
          glob: 'left-pad',
          withArch: false
        },
        10_000
      ],
      [{ text: 'LIBC6:i386', glob: 'libc6:i386', withArch: true }, 0]
    ])
  })

  it('each bad package rule at its line: both match and package, neither, an empty pattern, a manager without a name, a bad size, a bad unpackaged', () => {
    const text = [
      'images:',
      '  a:',
      '    image: x',
      '    budget:',
      '      rules:',
      '        - match: apt-get',
      '          package: gcc*',
      '          max: 1MB',
      '        - max: 1MB',
      '        - package: ""',
      '          max: 1MB',
      '        - package: "npm:"',
      '          max: 1MB',
      '        - package: python3*',
      '          max: 50 megs',
      '        - package: "  "',
      '          max: 0',
      '      unpackaged: lots'
    ].join('\n')
    expect(problems(text)).toEqual([
      `budget.yml:6:11: images.a.budget.rules.0: give "match" (a layer's instruction) or "package" (package names), not both`,
      `budget.yml:9:11: images.a.budget.rules.1: give "match" (a layer's instruction) or "package" (package names)`,
      'budget.yml:10:20: images.a.budget.rules.2.package: must not be empty',
      'budget.yml:15:16: images.a.budget.rules.4.max: "50 megs" is not a size; use e.g. 100MB or 100MiB',
      'budget.yml:18:19: images.a.budget.unpackaged: "lots" is not a size; use e.g. 100MB or 100MiB'
    ])
    // What the schema lets through, the loader's own checks place at their line.
    expect(
      problems(
        [
          'images:',
          '  a:',
          '    image: x',
          '    budget:',
          '      rules:',
          '        - package: "npm:"',
          '          max: 1MB',
          '        - package: "  "',
          '          max: 0'
        ].join('\n')
      )
    ).toEqual([
      'budget.yml:6:20: images.a.budget.rules.0.package: "npm:" names the package manager npm but no package; write e.g. npm:name*',
      'budget.yml:8:20: images.a.budget.rules.1.package: "  " is empty; write a package name or a glob such as gcc*'
    ])
  })

  it('a bad package rule is an InputError naming the budget file (exit 2)', () => {
    let error: unknown
    try {
      parseBudgetFile(
        'images:\n  a:\n    image: x\n    budget:\n      rules:\n        - { package: "apk:", max: 0 }\n',
        'budget.yml'
      )
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('budget.yml')
    expect((error as Error).message).toContain(
      'budget.yml:6:22: images.a.budget.rules.0.package: "apk:" names the package manager apk but no package'
    )
  })
})
