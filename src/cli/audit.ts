// `image-size-budget audit`: every image of the budget file with its budget, no pull
// request needed; prints the audit summary (markdown with --markdown, the JSON RunReport
// with --json). The tracking issue and size history are the action's (mode: audit).
// Exit 0 within budget, 1 over, 2 unusable input.

import { renderAuditMarkdown } from '../report/audit.js'
import { renderRunText } from '../report/run-text.js'
import { BUDGET_RUN_FLAGS, runBudgetFile } from './check.js'
import { exitCode, parseCommandArgs, type CommandIO } from './command.js'

export async function runAuditCommand(
  args: string[],
  io: CommandIO
): Promise<number> {
  const { values, positionals } = parseCommandArgs('audit', args, {
    ...BUDGET_RUN_FLAGS,
    markdown: { type: 'boolean' }
  })
  const { config, units, run } = await runBudgetFile(
    'audit',
    { values, positionals },
    { fix: 'give the budget file with --config PATH' }
  )
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
  return exitCode(run.status === 'fail')
}
