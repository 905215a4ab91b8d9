// How the action ends a failed run, in-process and without an engine: an input error fails
// with its own words; a bug fails with the CLI's "internal error … please report" wording.
// The bug is made by a stand-in for the inputs reader that throws a TypeError, as a
// programming error would; everything after it (run's catch, core.setFailed) is real.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const broken = vi.hoisted(() => ({ error: undefined as unknown }))
vi.mock('../../src/action/inputs.js', async (original) => {
  const real = await original<typeof import('../../src/action/inputs.js')>()
  return {
    ...real,
    getInputs: () => {
      if (broken.error) throw broken.error
      return real.getInputs()
    }
  }
})

const { run } = await import('../../src/action/main.js')
const { InputError, REPORT_BUG_URL } = await import('../../src/errors.js')

let written: string
beforeEach(() => {
  written = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written += String(chunk)
    return true
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
  broken.error = undefined
})

describe('the action on a failure', () => {
  it('an input error fails with its message', async () => {
    broken.error = new InputError({
      input: 'mode',
      problem: 'input "mode" must be one of check, comment, audit; got "chek"',
      fix: 'set it to one of check, comment, audit, or leave it out for check'
    })
    await run()
    expect(process.exitCode).toBe(1)
    expect(written).toContain(
      '::error::input "mode" must be one of check, comment, audit; got "chek": set it to one of check, comment, audit, or leave it out for check\n'
    )
    expect(written).not.toContain('internal error')
  })

  it('a bug fails with "internal error … please report", like the CLI, and no stack trace', async () => {
    broken.error = new TypeError(
      "Cannot read properties of undefined (reading 'ref')"
    )
    await run()
    expect(process.exitCode).toBe(1)
    expect(written).toContain(
      `::error::internal error (a bug in image-size-budget, please report it at ${REPORT_BUG_URL} with this message; set IMAGE_SIZE_BUDGET_DEBUG=1 for the stack trace): Cannot read properties of undefined (reading 'ref')\n`
    )
    expect(written).not.toContain('    at ')
  })
})
