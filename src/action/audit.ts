// The action's `mode: audit` (a scheduled job): every image of the budget file with its
// budget and no pull request; the size history and the tracking issue on GitHub; a job
// summary with the table, the findings and the trend. Fails when an image is over budget
// unless fail-on-violation is false (on a schedule the tracking issue is the signal).

import * as core from '@actions/core'
import { runReportOf } from '../check/check-image.js'
import { runAuditGitHub } from '../github/audit.js'
import { createGitHubClient } from '../github/client.js'
import type { EventContext } from '../github/context.js'
import { renderAuditMarkdown, type SizeHistory } from '../report/audit.js'
import { renderRunText } from '../report/run-text.js'
import { runTotals } from '../report/totals.js'
import type { Inputs } from './inputs.js'
import { writeReportFile } from './publish.js'
import { checkTargets, loadActionTargets } from './targets.js'

export async function runAudit(
  inputs: Inputs,
  context: EventContext,
  key: string
): Promise<void> {
  const {
    images: targets,
    units,
    diveCi
  } = await loadActionTargets({ ...inputs, image: undefined })
  const results = await checkTargets(targets, 'audit', {
    source: inputs.source,
    fileAnalysis: inputs.fileAnalysis,
    platform: inputs.platform || undefined,
    diveCi
  })
  const run = runReportOf(results, units)
  core.info(renderRunText(run, { width: 120 }))
  core.setOutput('report-path', await writeReportFile(run))
  core.setOutput('total-bytes', String(runTotals(run).totalBytes))
  core.setOutput('status', run.status)

  const date = new Date().toISOString()
  const sha = process.env.GITHUB_SHA ?? ''
  let history: SizeHistory | undefined
  if (!context.repo)
    core.warning(
      'no tracking issue or size history: GITHUB_REPOSITORY is not set'
    )
  else if (!inputs.token)
    core.warning(
      'no tracking issue or size history: the github-token input is empty'
    )
  else {
    const outcome = await runAuditGitHub({
      octokit: createGitHubClient(inputs.token),
      owner: context.owner,
      repo: context.repo,
      key,
      run,
      sha,
      date,
      units
    })
    history = outcome.history
    if (outcome.issue)
      core.info(`tracking issue ${outcome.issue.action}: ${outcome.issue.url}`)
  }
  const markdown = renderAuditMarkdown(
    run,
    history ?? { schemaVersion: 1, configs: {} },
    { units, key, date }
  )
  core.setOutput('markdown', markdown)
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(markdown).write()
  if (run.status === 'fail' && inputs.failOnViolation) {
    const failing = run.images
      .filter((image) => image.status === 'fail')
      .map((image) => image.name)
    core.setFailed(
      `${failing.length} image(s) over budget: ${failing.join(', ')}. See the job summary and the tracking issue.`
    )
  }
}
