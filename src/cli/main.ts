// Dispatches CLI commands and turns errors into one clear line on stderr: exit 2 for an
// input error or a known failure, exit 3 (and "please report") for a bug.

import { describeFailure } from '../errors.js'
import { boundMessage, quote } from '../messages.js'
import { VERSION } from '../version.js'
import {
  EXIT_INPUT,
  EXIT_INTERNAL,
  EXIT_OK,
  type Command,
  type CommandIO
} from './command.js'

export const USAGE = `image-size-budget: keep Docker/OCI images small

Usage:
  image-size-budget analyze <image-ref> [--json] [--units si|iec]
  image-size-budget analyze [<tag>] --context DIR [--dockerfile FILE] [--target T]
                            [--build-arg K=V]... [--platform P] [--json]
      file analysis:        [--files] | --archive PATH [--platform P]; [--dive-ci PATH]
                            [--no-packages]
      pull size:            [--compressed] | --source registry [--platform P] [--uncompressed]
                            [--insecure-registry HOST]...
  image-size-budget check [--config PATH] [--image NAME] [--json] [--units si|iec] [--files]
                          [--source docker|registry] [--baseline-image REF | --baseline-report PATH]
                          (budget file default: .github/image-size-budget.yml)
  image-size-budget audit [--config PATH] [--json | --markdown] [--units si|iec] [--files] [--source docker|registry]
  image-size-budget compare <base> <head> [--json] [--min-change SIZE] [--units si|iec]
                            [--name NAME] [--base-from REF --head-from REF]
                            (each side an image ref in the engine or a saved .json report)

Exit codes: 0 ok, 1 over budget, 2 unusable input, 3 internal error (a bug: please report it).`

const defaultIO: CommandIO = {
  stdout: (text) =>
    process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  stderr: (text) =>
    process.stderr.write(text.endsWith('\n') ? text : text + '\n')
}

// Each command's module is loaded when it runs: start-up is part of every command's wall
// time (bench/files.mjs), and `analyze --archive` should not evaluate the budget, GitHub
// or comparison code it never calls.
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyze.js')).runAnalyze,
  check: async () => (await import('./check.js')).runCheck,
  audit: async () => (await import('./audit.js')).runAuditCommand,
  compare: async () => (await import('./compare.js')).runCompare
}

export async function main(
  argv: string[],
  io: CommandIO = defaultIO
): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE)
    return name ? EXIT_OK : EXIT_INPUT
  }
  if (name === '--version') {
    io.stdout(VERSION)
    return EXIT_OK
  }
  const load = COMMANDS[name]
  if (!load) {
    io.stderr(
      `image-size-budget: unknown command ${quote(name)}. Commands: ${Object.keys(COMMANDS).join(', ')}.\n\n${USAGE}`
    )
    return EXIT_INPUT
  }
  try {
    const command = await load()
    return await command(rest, io)
  } catch (error) {
    const { internal, message } = describeFailure(error)
    // Bounded and scrubbed: a message may quote a server or a file, and must carry no credential.
    io.stderr(
      boundMessage(
        `image-size-budget ${name}: ${internal ? message : `error: ${message}`}`
      )
    )
    return internal ? EXIT_INTERNAL : EXIT_INPUT
  }
}
