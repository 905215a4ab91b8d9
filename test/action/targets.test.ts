// Which budget file the action reads: the default path may be absent, a path the workflow
// wrote must exist (a typo would otherwise check nothing against no budget). No engine:
// loadActionTargets reads only the budget file.
import { describe, expect, it } from 'vitest'
import { loadActionTargets } from '../../src/action/targets.js'
import type { Inputs } from '../../src/action/inputs.js'
import { DEFAULT_BUDGET_FILE } from '../../src/budget/load.js'
import { InputError } from '../../src/errors.js'

const inputs = (extra: Partial<Inputs>): Inputs => ({
  mode: 'check',
  image: { ref: 'app:pr' },
  budgetFile: DEFAULT_BUDGET_FILE,
  maxSize: '',
  failOnViolation: true,
  baseline: 'none',
  baselineImage: '',
  baselineReport: '',
  baselineArtifact: '',
  minChange: '',
  comment: 'never',
  commentKey: '',
  report: '',
  fileAnalysis: 'false',
  archive: '',
  source: 'docker',
  platform: '',
  token: '',
  ...extra
})

async function refusal(run: Promise<unknown>): Promise<InputError> {
  try {
    await run
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('not refused')
}

describe('the budget-file input', () => {
  it('the default path, absent: max-size alone is the budget', async () => {
    const targets = await loadActionTargets(inputs({ maxSize: '100MB' }))
    expect(targets.config).toBeUndefined()
    expect(targets.images.map((i) => [i.ref, i.budget])).toEqual([
      ['app:pr', { totalBytes: 100_000_000 }]
    ])
  })

  it('a path that exists is read', async () => {
    const targets = await loadActionTargets(
      inputs({
        budgetFile: 'test/fixtures/budget/within.yml',
        image: undefined
      })
    )
    expect(targets.config).toBeDefined()
    expect(targets.images.length).toBeGreaterThan(0)
  })

  it('a mistyped path is an input error naming the input and the fix', async () => {
    const error = await refusal(
      loadActionTargets(inputs({ budgetFile: '.github/image-size-budgte.yml' }))
    )
    expect(error.input).toBe('budget-file')
    expect(error.problem).toBe(
      `the "budget-file" input names ".github/image-size-budgte.yml", which does not exist (from ${process.cwd()})`
    )
    expect(error.fix).toBe(
      'check the path (relative to the workspace; is the repository checked out?), or leave the input out to use .github/image-size-budget.yml when there is one'
    )
  })

  it('a size input that is not a size names the input', async () => {
    const error = await refusal(loadActionTargets(inputs({ minChange: '10k' })))
    expect([error.input, error.problem, error.fix]).toEqual([
      'min-change',
      'input "min-change": "10k" is not a size',
      'use e.g. 100MB or 100MiB'
    ])
  })
})
