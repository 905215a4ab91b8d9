// `image-size-budget audit`: every image of the budget file with its budget, no pull
// request needed; prints the audit summary (markdown with --markdown, the JSON RunReport
// with --json). The tracking issue and size history are the action's (mode: audit).
// Exit 0 within budget, 1 over, 2 unusable input.

import { diveRulesFor } from '../budget/dive-ci.js'
import { DEFAULT_BUDGET_FILE, loadBudgetFile } from '../budget/load.js'
import { InputError } from '../errors.js'
import { renderAuditMarkdown } from '../report/audit.js'
import { parseUnits } from './analyze.js'
import { renderRunText } from '../report/run-text.js'
import { checkConfig } from './check.js'
import {
  EXIT_OK,
  EXIT_OVER_BUDGET,
  parseCommandArgs,
  parseSource,
  type CommandIO
} from './command.js'

export async function runAuditCommand(
  args: string[],
  io: CommandIO
): Promise<number> {
  const { values, positionals } = parseCommandArgs('audit', args, {
    config: { type: 'string' },
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
    units: { type: 'string' },
    files: { type: 'boolean' },
    source: { type: 'string' },
    platform: { type: 'string' }
  })
  if (positionals.length > 0)
    throw new InputError({
      input: 'audit',
      problem: `audit takes no positional arguments (got ${positionals.join(' ')})`,
      fix: 'give the budget file with --config PATH'
    })
  const source = parseSource(values.source)
  const config = await loadBudgetFile(values.config ?? DEFAULT_BUDGET_FILE)
  const units =
    values.units !== undefined ? parseUnits(values.units) : config.units
  const diveCi = await diveRulesFor(config)
  const run = await checkConfig(config, config.images, {
    units,
    source,
    platform: values.platform,
    fileAnalysis: values.files ? 'true' : 'false',
    diveCi
  })
  if (values.json) io.stdout(JSON.stringify(run, null, 2))
  else if (values.markdown)
    io.stdout(
      renderAuditMarkdown(
        run,
        { schemaVersion: 1, configs: {} },
        { units, key: config.path, date: new Date().toISOString() }
      )
    )
  else io.stdout(renderRunText(run, { width: process.stdout.columns || 100 }))
  return run.status === 'fail' ? EXIT_OVER_BUDGET : EXIT_OK
}
