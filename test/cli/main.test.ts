// How the CLI ends a failed run, in-process and without an engine (two saved reports are
// compared): an input error exits 2 with its message; a bug exits 3, says so and asks to be
// reported, with the stack only when IMAGE_SIZE_BUDGET_DEBUG is set.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { parseCommandArgs, parseSource } from '../../src/cli/command.js'
import { InputError, REPORT_BUG_URL } from '../../src/errors.js'

const BASE = 'test/fixtures/reports/split-layers.analyze.json'
const HEAD = 'test/fixtures/reports/merged-run.analyze.json'

async function cli(args: string[], stdout: (text: string) => void) {
  let stderr = ''
  const code = await main(args, {
    stdout,
    stderr: (text) => (stderr += text + '\n')
  })
  return { code, stderr }
}

afterEach(() => {
  delete process.env.IMAGE_SIZE_BUDGET_DEBUG
})

describe('exit codes of a failed run', () => {
  it('an input error exits 2 with its message', async () => {
    const result = await cli(
      ['compare', BASE, HEAD, '--min-change', 'lots'],
      () => {}
    )
    expect(result).toEqual({
      code: 2,
      stderr:
        'image-size-budget compare: error: --min-change: "lots" is not a size: use e.g. 100MB or 100MiB\n'
    })
  })

  it('a budget file with a bad package rule exits 2 before any image is touched, naming the line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-main-'))
    const config = path.join(dir, 'budget.yml')
    writeFileSync(
      config,
      'images:\n  a:\n    image: a:pr\n    budget:\n      rules:\n        - { match: apt-get, package: "gcc*", max: 0 }\n'
    )
    const result = await cli(['check', '--config', config], () => {})
    rmSync(dir, { recursive: true, force: true })
    expect(result).toEqual({
      code: 2,
      stderr: `image-size-budget check: error: ${config}:6:11: images.a.budget.rules.0: give "match" (a layer's instruction) or "package" (package names), not both\n`
    })
  })

  it('a bug exits 3 and asks to be reported, without a stack trace', async () => {
    // A writer that breaks: not an input error, not a known failure.
    const result = await cli(['compare', BASE, HEAD, '--json'], () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')")
    })
    expect(result.code).toBe(3)
    expect(result.stderr).toBe(
      `image-size-budget compare: internal error (a bug in image-size-budget, please report it at ${REPORT_BUG_URL} with this message; set IMAGE_SIZE_BUDGET_DEBUG=1 for the stack trace): Cannot read properties of undefined (reading 'x')\n`
    )
  })

  it('IMAGE_SIZE_BUDGET_DEBUG adds the stack trace', async () => {
    process.env.IMAGE_SIZE_BUDGET_DEBUG = '1'
    const result = await cli(['compare', BASE, HEAD, '--json'], () => {
      throw new TypeError('broken writer')
    })
    expect(result.code).toBe(3)
    expect(result.stderr).toContain('please report it at')
    expect(result.stderr).toContain(
      'broken writer\nTypeError: broken writer\n    at '
    )
  })

  it('a missing file is the machine, not a bug: exit 2', async () => {
    const result = await cli(
      ['check', '--config', 'no/such/budget.yml'],
      () => {}
    )
    expect(result.code).toBe(2)
    expect(result.stderr).not.toContain('internal error')
  })
})

describe('--version', () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
    }
    let stdout = ''
    expect(
      await main(['--version'], {
        stdout: (t) => (stdout += t),
        stderr: () => {}
      })
    ).toBe(0)
    expect(stdout).toBe(version)
  })
})

describe('flag errors carry the flag and the fix', () => {
  it('--source', () => {
    expect(() => parseSource('podman')).toThrow(InputError)
    try {
      parseSource('podman')
    } catch (error) {
      expect(error).toMatchObject({
        input: '--source',
        problem: '--source must be "docker" or "registry", not "podman"',
        fix: 'leave it out to read the Docker engine, or give --source registry to read a pushed image'
      })
    }
    expect(parseSource(undefined)).toBe('docker')
    expect(parseSource('registry')).toBe('registry')
  })

  it('an unknown flag', () => {
    let error: unknown
    try {
      parseCommandArgs('compare', ['--jsn'], { json: { type: 'boolean' } })
    } catch (thrown) {
      error = thrown
    }
    expect(error).toMatchObject({
      input: '--jsn',
      fix: 'Run "image-size-budget --help" for usage of compare.'
    })
    expect((error as InputError).problem).toMatch(/^Unknown option '--jsn'/)
  })
})
