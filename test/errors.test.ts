// What a front end makes of a thrown value: an InputError's fields and sentence; a bug,
// told apart from the failures of the machine and of what a run depends on.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  describeFailure,
  InputError,
  isInternalError,
  REPORT_BUG_URL
} from '../src/errors.js'
import { DockerCommandError } from '../src/image/docker.js'

async function thrown(run: Promise<unknown>): Promise<unknown> {
  try {
    await run
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('InputError', () => {
  it('composes its message from the problem and the fix', () => {
    expect(
      new InputError({ input: 'x', problem: 'x is bad', fix: 'use y' }).message
    ).toBe('x is bad: use y')
    expect(
      new InputError({ input: 'x', problem: 'x is bad.', fix: 'Use y.' })
        .message
    ).toBe('x is bad. Use y.')
    expect(new InputError({ input: 'x', problem: 'x is bad' }).message).toBe(
      'x is bad'
    )
  })

  it('still takes one sentence (the old form), with no input or fix', () => {
    const error = new InputError('something is wrong: do this')
    expect([error.message, error.problem, error.input, error.fix]).toEqual([
      'something is wrong: do this',
      'something is wrong: do this',
      undefined,
      undefined
    ])
  })
})

describe('isInternalError', () => {
  it('a missing file and a failed docker command are not bugs', async () => {
    const missing = await thrown(readFile('no/such/file.json'))
    expect((missing as NodeJS.ErrnoException).code).toBe('ENOENT')
    expect(isInternalError(missing)).toBe(false)
    expect(
      isInternalError(new DockerCommandError(['save'], undefined, 'boom'))
    ).toBe(false)
    expect(isInternalError(new InputError('bad'))).toBe(false)
  })

  it('anything else is, and says so', () => {
    const bug = new TypeError("Cannot read properties of null (reading 'a')")
    expect(isInternalError(bug)).toBe(true)
    expect(describeFailure(bug, {})).toEqual({
      internal: true,
      message: `internal error (a bug in image-size-budget, please report it at ${REPORT_BUG_URL} with this message; set IMAGE_SIZE_BUDGET_DEBUG=1 for the stack trace): Cannot read properties of null (reading 'a')`
    })
    expect(
      describeFailure(bug, { IMAGE_SIZE_BUDGET_DEBUG: '1' }).message
    ).toContain(`(reading 'a')\n${bug.stack}`)
    expect(describeFailure('a string', {}).internal).toBe(true)
  })
})
