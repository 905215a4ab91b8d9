// Hostile budget files: a megabyte value, an alias bomb, patterns that would backtrack for
// ever against a long instruction. Each is an InputError naming the file, with a short
// message; rules run on RE2 (linear time) and refuse what RE2 cannot run. Nothing here times
// itself (no timing assertions): on a backtracking engine these inputs would not finish at
// all, so the test's own timeout is what fails them.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compilePattern, unsupportedFeature } from '../../src/budget/pattern.js'
import { InputError } from '../../src/errors.js'
import { loadBudgetFile, parseBudgetFile } from '../../src/budget/load.js'
import { evaluateImageBudget } from '../../src/budget/rules/size.js'
import type { ImageReport } from '../../src/model/report.js'

function rejection(text: string): InputError {
  try {
    parseBudgetFile(text, 'budget.yml')
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected the file to be rejected')
}

const withRule = (match: string) =>
  `images:\n  a:\n    image: x\n    budget:\n      rules:\n        - { match: ${JSON.stringify(match)}, max: 1MB }\n`

function reportWith(createdBy: string): ImageReport {
  return {
    schemaVersion: 1,
    image: { ref: 'x', id: 'sha256:0', source: 'docker' },
    totalBytes: 2_000_000,
    layers: [
      {
        index: 0,
        instruction: 'RUN',
        createdBy,
        sizeBytes: 2_000_000,
        empty: false
      }
    ],
    warnings: []
  }
}

describe('budget values are quoted as excerpts', () => {
  it('a 10 MiB size is quoted in 80 characters, with its length', () => {
    const value = '9'.repeat(5) + 'x'.repeat(10 * 1024 * 1024)
    const error = rejection(
      `images:\n  a:\n    image: x\n    budget: { total: "${value}" }\n`
    )
    expect(error.message.length).toBeLessThan(400)
    expect(error.message.split('\n')).toHaveLength(1)
    expect(error.message).toMatch(
      /^budget\.yml:4:22: images\.a\.budget\.total: "99999xxxxx/
    )
    expect(error.message).toContain(
      `… (${value.length} characters) is not a size`
    )
  })

  it('a megabyte key is cut in the key path and gets no suggestion (no length × length distance)', () => {
    const key = 'k'.repeat(1024 * 1024)
    const error = rejection(
      `images:\n  a:\n    image: x\n    budget: { ${key}: 1 }\n`
    )
    expect(error.message.length).toBeLessThan(400)
    expect(error.message).toMatch(
      /images\.a\.budget\.k{60}… \(1048576 characters\): unknown key; expected one of/
    )
  })

  it('a size of megabytes of spaces is judged in linear time', () => {
    const error = rejection(
      `images:\n  a:\n    image: x\n    budget: { total: "1${' '.repeat(4 * 1024 * 1024)}x" }\n`
    )
    expect(error.message).toContain('is not a size')
  })

  it('ten thousand problems: the first 20 are listed, the rest counted', () => {
    const images = Array.from(
      { length: 10_000 },
      (_, i) => `  i${i}: { image: x, budget: { totl: 1 } }`
    ).join('\n')
    const lines = rejection(`images:\n${images}\n`).message.split('\n')
    expect(lines[0]).toBe('the budget file budget.yml has problems; fix them:')
    expect(lines).toHaveLength(22)
    expect(lines[21]).toBe('… and 9980 more')
  })

  it('a budget file over 16 MiB is refused before it is parsed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-hostile-budget-'))
    const file = path.join(dir, 'big.yml')
    writeFileSync(
      file,
      `images:\n  a:\n    image: x\n    budget: { total: "${'1'.repeat(17 * 1024 * 1024)}" }\n`
    )
    await expect(loadBudgetFile(file)).rejects.toThrow(
      `the budget file ${file} is ${17 * 1024 * 1024 + 52} bytes; a budget file may have at most 16777216 bytes (16 MiB)`
    )
  })
})

describe('YAML alias bombs', () => {
  it('aliases of aliases are an input error naming the file, not an internal one', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'images: { a: { image: x } }'
    ].join('\n')
    const error = rejection(bomb)
    expect([error.input, error.problem, error.fix]).toEqual([
      'budget.yml',
      'the budget file budget.yml expands YAML aliases (*name) more than 100 times',
      'write the values out instead of nesting aliases'
    ])
    expect(error.message).toBe(
      'the budget file budget.yml expands YAML aliases (*name) more than 100 times: write the values out instead of nesting aliases'
    )
  })

  it('a few aliases are fine', () => {
    const config = parseBudgetFile(
      'defaults: { budget: &b { total: 1MB } }\nimages:\n  a: { image: x, budget: *b }\n',
      'budget.yml'
    )
    expect(config.images[0].budget.totalBytes).toBe(1_000_000)
  })
})

describe('rule patterns run in linear time', () => {
  it.each([
    ['/^RUN echo (a+)+$/', `RUN echo ${'a'.repeat(100_000)}!`],
    ['/(a|aa)+$/', `RUN ${'a'.repeat(100_000)}!`],
    ['/\\s+\\s+$/', `RUN echo${' '.repeat(100_000)}x`],
    ['/(.*a){12}/', `RUN ${'a'.repeat(100_000)}`],
    [
      '/^(([a-z])+.)+[A-Z]([a-z])+$/',
      `RUN ${'aaaaaaaaaaaaaaaaaaaaaaaa'.repeat(4000)}!`
    ]
  ])('%s against a 100 kB instruction: decided at once', (match, createdBy) => {
    const config = parseBudgetFile(withRule(match), 'budget.yml')
    evaluateImageBudget(reportWith(createdBy), config.images[0].budget, 'a')
  })

  it('a 4 MiB instruction against a catastrophic pattern: still linear', () => {
    const config = parseBudgetFile(withRule('/^RUN (a+)+$/'), 'budget.yml')
    const violations = evaluateImageBudget(
      reportWith(`RUN ${'a'.repeat(4 * 1024 * 1024)}b`),
      config.images[0].budget,
      'a'
    )
    expect(violations).toEqual([])
  })

  it('matching is what JavaScript would say, flags included', () => {
    const cases: [string, string, boolean][] = [
      ['/pip install .*torch/i', 'RUN PIP INSTALL --no-cache Torch==2.3', true],
      ['/^RUN apt-get/', 'RUN apt-get update', true],
      ['/^RUN apt-get/', 'COPY x RUN apt-get', false],
      ['/^apt/m', 'RUN x\napt-get', true],
      ['/^apt/', 'RUN x\napt-get', false],
      ['/a.b/s', 'a\nb', true],
      ['/a.b/', 'a\nb', false],
      ['/\\/usr\\/local\\/bin/', 'COPY x /usr/local/bin/', true],
      ['/(?<tool>npm|yarn) ci/', 'RUN yarn ci', true],
      ['/\\d{2,}MB/', 'RUN dd bs=64MB', true],
      ['/RUN/y', 'RUN x', true],
      ['/x/y', 'RUN x', false],
      ['/[^]x/', 'ax', true]
    ]
    for (const [match, text, expected] of cases) {
      const rule = parseBudgetFile(withRule(match), 'budget.yml').images[0]
        .budget.rules![0]
      expect([match, text, rule.test(text)]).toEqual([match, text, expected])
    }
  })

  it.each([
    ['/(a)\\1/', 'a backreference (\\1)'],
    ['/(?<n>a)\\k<n>/', 'a named backreference (\\k<…>)'],
    ['/apt(?=-get)/', 'a lookahead (?=…)'],
    ['/apt(?!-get)/', 'a lookahead (?!…)'],
    ['/(?<=RUN )apt/', 'a lookbehind (?<=…)'],
    ['/(?<!COPY )apt/', 'a lookbehind (?<!…)']
  ])('%s is refused: %s', (match, feature) => {
    const message = rejection(withRule(match)).message
    expect(message).toContain(
      `budget.yml:6:20: images.a.budget.rules.0.match: ${JSON.stringify(match)} uses ${feature}, which RE2 does not support`
    )
  })

  it('escaped or in-class look-alikes are not features', () => {
    expect(unsupportedFeature('\\(?=x')).toBeUndefined()
    expect(unsupportedFeature('[(?=]x')).toBeUndefined()
    expect(unsupportedFeature('[\\1]')).toBeUndefined()
  })

  it('a pattern over 1000 characters is refused; a repeat RE2 cannot count is said plainly', () => {
    expect(compilePattern('a'.repeat(1001), '')).toEqual({
      problem: "is 1001 characters long; a rule's pattern may have at most 1000"
    })
    expect(compilePattern('x{1001}', '')).toMatchObject({
      problem: expect.stringContaining('cannot be run: invalid repeat count')
    })
  })
})
