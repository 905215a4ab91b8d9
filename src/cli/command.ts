// What every CLI command shares: exit codes, the output channel, and flag parsing
// whose mistakes become InputError (exit 2) instead of a stack trace.

import { parseArgs, type ParseArgsConfig } from 'node:util'
import { describeError, InputError } from '../errors.js'
import { quote } from '../messages.js'

export const EXIT_OK = 0
export const EXIT_OVER_BUDGET = 1
export const EXIT_INPUT = 2
/** A bug (an error that is not an InputError or a known failure): the message asks for a report. */
export const EXIT_INTERNAL = 3

export interface CommandIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export type Command = (args: string[], io: CommandIO) => Promise<number>

/** Where images are read from (`--source`): the one check of the flag, for every command that takes it. */
export function parseSource(value: string | undefined): 'docker' | 'registry' {
  if (value === undefined || value === 'docker' || value === 'registry')
    return value ?? 'docker'
  throw new InputError({
    input: '--source',
    problem: `--source must be "docker" or "registry", not ${quote(value)}`,
    fix: 'leave it out to read the Docker engine, or give --source registry to read a pushed image'
  })
}

/** node:util parseArgs with its errors (unknown flag, missing value) turned into InputError. */
export function parseCommandArgs<
  T extends NonNullable<ParseArgsConfig['options']>
>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    const problem = describeError(error).replace(
      /\. To specify a positional.*$/s,
      ''
    )
    throw new InputError({
      // node:util names the flag in quotes: "Unknown option '--jsn'".
      input: /'(-[^']*)'/.exec(problem)?.[1] ?? command,
      problem: `${problem}.`,
      fix: `Run "image-size-budget --help" for usage of ${command}.`
    })
  }
}
