// The action's last step for any RunReport, in this order so nothing is lost: the log,
// the report file, the outputs, the job summary, the PR comment (which may be refused
// on forks: a warning, not a failure), then the failure for broken budgets.

import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { publishRunComment } from '../github/comment.js'
import { createGitHubClient } from '../github/client.js'
import {
  resolvePullRequest,
  verifyPullRequestHead,
  type EventContext
} from '../github/context.js'
import type { ReportPullRequest } from '../github/report-input.js'
import { renderCommentMarkdown } from '../report/comment.js'
import { describeViolation } from '../report/describe.js'
import { renderRunText } from '../report/run-text.js'
import { runTotals } from '../report/totals.js'
import type { CommentMode } from '../report/when-to-comment.js'
import type { ReportOrigin, RunReport } from '../model/report.js'
import type { Annotation } from '../budget/annotations.js'

/** Writes a report under RUNNER_TEMP and returns its path. */
export async function writeReportFile(
  report: unknown,
  name = 'image-size-budget-report.json'
): Promise<string> {
  const dir = path.join(
    process.env.RUNNER_TEMP || tmpdir(),
    'image-size-budget'
  )
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, name)
  await writeFile(file, JSON.stringify(report, null, 2) + '\n')
  return file
}

export interface PublishOptions {
  context: EventContext
  key: string
  comment: CommentMode
  token: string
  failOnViolation: boolean
  /** Candidates for the PR number when the event does not name one (mode: comment). */
  prNumberInput?: number
  reportPullRequest?: ReportPullRequest
  /** Write the report file (check mode); comment mode posts a report it was given. */
  writeReport: boolean
  /** Extra lines for the job summary, after the report (e.g. annotations that did not fit). */
  summaryExtra?: string
  /** Violations placed on Dockerfile lines: errors when the step fails for them, else warnings. */
  annotations?: Annotation[]
  /** Which run made the report, saved in the report file (check mode). */
  origin?: ReportOrigin
  /** The artifact name to upload the report under on a push (the `baseline-artifact` output). */
  baselineArtifact?: string
}

export async function publishRun(
  run: RunReport,
  options: PublishOptions
): Promise<void> {
  core.info(renderRunText(run, { width: 120 }))
  const totals = runTotals(run)
  if (options.writeReport) {
    // The pull_request half of the fork-safe split: say which PR and commit this report measured.
    const pullRequest = options.context.pullRequest
    const withOrigin: RunReport = options.origin
      ? { ...run, origin: options.origin }
      : run
    const saved = pullRequest
      ? {
          ...withOrigin,
          pullRequest: {
            number: pullRequest.number,
            headSha: pullRequest.headSha
          }
        }
      : withOrigin
    core.setOutput('report-path', await writeReportFile(saved))
  }
  if (options.baselineArtifact)
    core.setOutput('baseline-artifact', options.baselineArtifact)
  core.setOutput('total-bytes', String(totals.totalBytes))
  core.setOutput(
    'delta-bytes',
    totals.deltaBytes === null ? '' : String(totals.deltaBytes)
  )
  core.setOutput(
    'baseline-total-bytes',
    totals.baselineTotalBytes === null ? '' : String(totals.baselineTotalBytes)
  )
  core.setOutput('status', run.status)
  const markdown = renderCommentMarkdown(run, { key: options.key })
  core.setOutput('markdown', markdown)
  if (process.env.GITHUB_STEP_SUMMARY) {
    // The summary has a 1 MiB limit, not the comment's 65,536 characters.
    const summary = renderCommentMarkdown(run, {
      key: options.key,
      maxLength: 1_000_000
    })
    await core.summary
      .addRaw(
        summary + (options.summaryExtra ? `\n${options.summaryExtra}\n` : '')
      )
      .write()
  }
  await postComment(run, options)
  for (const annotation of options.annotations ?? []) {
    const properties = {
      file: annotation.file,
      startLine: annotation.startLine,
      title: annotation.title
    }
    if (options.failOnViolation) core.error(annotation.message, properties)
    else core.warning(annotation.message, properties)
  }
  if (run.status === 'fail' && options.failOnViolation) {
    const units = run.units ?? 'si'
    const lines = run.violations.map((v) => {
      const image = run.images.find((candidate) => candidate.name === v.image)
      const message = describeViolation(v, units, image)
      return `- ${message.startsWith(v.image) ? message : `${v.image}: ${message}`}`
    })
    core.setFailed(
      `${run.violations.length} size budget${run.violations.length === 1 ? ' is' : 's are'} broken:\n${lines.join('\n')}`
    )
  }
}

async function postComment(
  run: RunReport,
  options: PublishOptions
): Promise<void> {
  if (options.comment === 'never') return
  const pr = resolvePullRequest(options.context, {
    input: options.prNumberInput,
    report: options.reportPullRequest?.number
  })
  if ('missing' in pr) {
    // Not a PR run (push, schedule): the summary is the report. Only worth a warning when a comment was expected.
    if (options.context.workflowRun || options.prNumberInput)
      core.warning(`no pull request comment: ${pr.missing}`)
    else core.info(`no pull request comment: ${pr.missing}`)
    return
  }
  if (!options.token) {
    core.warning(
      'no pull request comment: the github-token input is empty. The full report is in the job summary and the log.'
    )
    return
  }
  const octokit = createGitHubClient(options.token)
  if (pr.verifyHeadSha) {
    const refused = await verifyPullRequestHead(
      octokit,
      options.context.owner,
      options.context.repo,
      pr.number,
      pr.verifyHeadSha
    )
    if (refused) {
      core.warning(refused)
      return
    }
  }
  const result = await publishRunComment({
    octokit,
    owner: options.context.owner,
    repo: options.context.repo,
    issueNumber: pr.number,
    key: options.key,
    mode: options.comment,
    run
  })
  if ('id' in result) {
    core.setOutput('comment-id', String(result.id))
    core.setOutput('comment-url', result.url)
    core.info(`pull request comment ${result.action}: ${result.url}`)
  }
}
