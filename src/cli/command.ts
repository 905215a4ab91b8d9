// What every CLI command shares: exit codes, the output channel, and flag parsing
// whose mistakes become InputError (exit 2) instead of a stack trace.

import { parseArgs, type ParseArgsConfig } from 'node:util'
import { describeError, InputError } from '../errors.js'
import { quote } from '../messages.js'
import type { Units } from '../report/units.js'

export const EXIT_OK = 0
export const EXIT_OVER_BUDGET = 1
export const EXIT_INPUT = 2
/** A bug (an error that is not an InputError or a known failure): the message asks for a report. */
export const EXIT_INTERNAL = 3

export interface CommandIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** The exit code of a run that is over budget or not. */
export const exitCode = (overBudget: boolean): number =>
  overBudget ? EXIT_OVER_BUDGET : EXIT_OK

export type Command = (args: string[], io: CommandIO) => Promise<number>

/** A flag that takes one of a few words: its value, `choices[0]` when it is not given. */
function parseChoice<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly [T, T],
  fix: string
): T {
  if (value === undefined) return choices[0]
  const choice = choices.find((candidate) => candidate === value)
  if (choice !== undefined) return choice
  throw new InputError({
    input: flag,
    problem: `${flag} must be "${choices[0]}" or "${choices[1]}", not ${quote(value)}`,
    fix
  })
}

/** Where images are read from (`--source`): the one check of the flag, for every command that takes it. */
export const parseSource = (value: string | undefined): 'docker' | 'registry' =>
  parseChoice(
    '--source',
    value,
    ['docker', 'registry'],
    'leave it out to read the Docker engine, or give --source registry to read a pushed image'
  )

/** How sizes are printed (`--units`), for every command that takes it. */
export const parseUnits = (value: string | undefined): Units =>
  parseChoice(
    '--units',
    value,
    ['si', 'iec'],
    'give si (1000-based, as docker prints sizes) or iec (1024-based)'
  )

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
