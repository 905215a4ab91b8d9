// Build args as the CLI flags and the action's multi-line input give them (`K=V`), apart
// from build.ts so that parsing flags loads no docker code.

import { InputError } from '../errors.js'
import { quote } from '../messages.js'

/** Parses `K=V` build-arg strings (CLI flags, or the action's multi-line input). */
export function parseBuildArgs(items: string[]): Record<string, string> {
  const args: Record<string, string> = {}
  for (const item of items) {
    const eq = item.indexOf('=')
    if (eq <= 0)
      throw new InputError({
        input: '--build-arg',
        problem: `build arg ${quote(item)} is not of the form KEY=VALUE`
      })
    args[item.slice(0, eq)] = item.slice(eq + 1)
  }
  return args
}
