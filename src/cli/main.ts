// Dispatches CLI commands and turns errors into one clear line on stderr and exit 2.

import { describeError, InputError } from '../errors.js';
import { runAnalyze } from './analyze.js';
import { runAuditCommand } from './audit.js';
import { runCheck } from './check.js';
import { runCompare } from './compare.js';
import { EXIT_INPUT, EXIT_OK, type Command, type CommandIO } from './command.js';

export const USAGE = `image-size-budget: keep Docker/OCI images small

Usage:
  image-size-budget analyze <image-ref> [--json] [--units si|iec]
  image-size-budget analyze [<tag>] --context DIR [--dockerfile FILE] [--target T]
                            [--build-arg K=V]... [--platform P] [--json]
      file analysis:        [--files] | --archive PATH [--platform P]; [--dive-ci PATH]
      pull size:            [--compressed] | --source registry [--platform P] [--uncompressed]
                            [--insecure-registry HOST]...
  image-size-budget check [--config PATH] [--image NAME] [--json] [--units si|iec] [--files]
                          [--source docker|registry] [--baseline-image REF | --baseline-report PATH]
                          (budget file default: .github/image-size-budget.yml)
  image-size-budget audit [--config PATH] [--json | --markdown] [--units si|iec] [--files] [--source docker|registry]
  image-size-budget compare <base> <head> [--json] [--min-change SIZE] [--units si|iec]
                            [--name NAME] [--base-from REF --head-from REF]
                            (each side an image ref in the engine or a saved .json report)

Exit codes: 0 ok, 1 over budget, 2 unusable input.`;

const defaultIO: CommandIO = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
};

const COMMANDS: Record<string, Command> = {
  analyze: runAnalyze,
  check: runCheck,
  audit: runAuditCommand,
  compare: runCompare,
};

export async function main(argv: string[], io: CommandIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? EXIT_OK : EXIT_INPUT;
  }
  if (name === '--version') {
    io.stdout('0.1.0');
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`image-size-budget: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n\n${USAGE}`);
    return EXIT_INPUT;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    const prefix = error instanceof InputError ? 'error' : 'internal error';
    io.stderr(`image-size-budget ${name}: ${prefix}: ${describeError(error)}`);
    if (!(error instanceof InputError) && process.env.IMAGE_SIZE_BUDGET_DEBUG) io.stderr(String((error as Error).stack));
    return EXIT_INPUT;
  }
}
