// The report files of `mode: comment` (the fork-safe workflow_run split): found by a path
// or glob, each read by readReportFile (the report schema), merged into one RunReport. The
// files come out of the pull_request job, which a fork's author controls entirely, so
// nothing in them is believed until it passes the schema, and whatever passes is still
// escaped when rendered.
// A file holds a RunReport (`check --json`, several images) or one ImageResult (one
// matrix job); either may carry `pullRequest: {number, headSha}` (see context.ts).

import { glob, lstat } from 'node:fs/promises'
import path from 'node:path'
import { readReportFile } from '../baseline/report-file.js'
import { InputError } from '../errors.js'
import { REPORT_FILES_LIMIT, REPORT_IMAGES_LIMIT } from '../limits.js'
import { log } from '../log.js'
import {
  parseReportDocument,
  type ReportReader
} from '../model/report-schema.js'
import type { ImageResult, RunReport, Violation } from '../model/report.js'

/** What the pull_request job adds to its report so the workflow_run job can find the PR (see context.ts for the check). */
export interface ReportPullRequest {
  number: number
  headSha?: string
}

export interface LoadedReports {
  run: RunReport
  /** The files read, sorted, relative to `cwd` as the glob gave them. */
  files: string[]
  pullRequest?: ReportPullRequest
}

export type ReportDocument =
  | { kind: 'run'; run: RunReport; pullRequest?: ReportPullRequest }
  | { kind: 'image'; image: ImageResult; pullRequest?: ReportPullRequest }

const reader = (file: string): ReportReader => ({
  file,
  what: 'report file',
  // A one-image file is rendered as it is: it must be a whole ImageResult.
  image: 'result',
  fix: 'give the report files the measuring job wrote ("check --json" or the action\'s report file)'
})

/** The comment's view of a validated report: the pullRequest envelope apart from the images. */
function splitPullRequest(
  document: ReturnType<typeof parseReportDocument>
): ReportDocument {
  if (document.kind === 'run') {
    const { pullRequest, ...run } = document.run as RunReport & {
      pullRequest?: ReportPullRequest
    }
    return { kind: 'run', run, pullRequest }
  }
  const { pullRequest, ...image } = document.image as ImageResult & {
    pullRequest?: ReportPullRequest
  }
  return { kind: 'image', image, pullRequest }
}

/** Validates one parsed report file. Throws InputError naming the file and the first bad field. */
export function validateReportDocument(
  data: unknown,
  file: string
): ReportDocument {
  return splitPullRequest(parseReportDocument(data, reader(file)))
}

/** Merges validated documents, in order, into one RunReport: the images one after the other, every violation, `fail` if any part fails. */
export function mergeReports(
  documents: { file: string; document: ReportDocument }[]
): { run: RunReport; pullRequest?: ReportPullRequest } {
  const images: ImageResult[] = []
  const violations: Violation[] = []
  const seen = new Map<string, string>()
  let status: RunReport['status'] = 'pass'
  let units: RunReport['units']
  let pullRequest: ReportPullRequest | undefined
  let pullRequestFile = ''
  for (const { file, document } of documents) {
    const parts =
      document.kind === 'run' ? document.run.images : [document.image]
    if (document.kind === 'run') {
      violations.push(...document.run.violations)
      if (document.run.status === 'fail') status = 'fail'
      if (document.run.units) {
        if (units && units !== document.run.units)
          log.warning(
            `report file ${file} uses ${document.run.units} units, an earlier one ${units}: showing ${units}`
          )
        units ??= document.run.units
      }
    } else {
      violations.push(...document.image.violations)
    }
    for (const image of parts) {
      if (image.status === 'fail') status = 'fail'
      const earlier = seen.get(image.name)
      if (earlier !== undefined)
        log.warning(
          `image "${image.name}" is in both ${earlier} and ${file}: both are shown`
        )
      seen.set(image.name, file)
      images.push(image)
    }
    if (document.pullRequest) {
      if (pullRequest && pullRequest.number !== document.pullRequest.number) {
        throw new InputError({
          input: 'report',
          problem: `report files name different pull requests: #${pullRequest.number} in ${pullRequestFile}, #${document.pullRequest.number} in ${file}`,
          fix: 'post the reports of one pull request at a time (download only the artifacts of the triggering run)'
        })
      }
      pullRequest ??= document.pullRequest
      pullRequestFile ||= file
    }
  }
  if (images.length > REPORT_IMAGES_LIMIT)
    throw new InputError({
      input: 'report',
      problem: `the report files hold ${images.length} images; at most ${REPORT_IMAGES_LIMIT} are shown in one comment`,
      fix: 'split the images over several comments (a comment-key per group)'
    })
  if (violations.length > 0) status = 'fail'
  const run: RunReport = { schemaVersion: 1, status, violations, images }
  if (units) run.units = units
  return { run, pullRequest }
}

/**
 * Finds the report files (`pattern` is a path or a glob such as
 * `reports/**\/image-size-budget-report.json`), reads and validates each, and merges
 * them. Symlinks and other non-regular files are refused: an artifact from a fork could
 * point one at a file of the runner.
 */
export async function loadReportFiles(
  pattern: string,
  options: { cwd?: string } = {}
): Promise<LoadedReports> {
  const cwd = options.cwd ?? process.cwd()
  if (!pattern.trim())
    throw new InputError({
      input: 'report',
      problem: 'the "report" input is empty',
      fix: 'give the path or glob of the report file(s) to post (mode: comment)'
    })
  const found: string[] = []
  for await (const entry of glob(pattern, { cwd })) {
    found.push(entry)
    if (found.length > REPORT_FILES_LIMIT) {
      throw new InputError({
        input: 'report',
        problem: `the "report" input matches more than ${REPORT_FILES_LIMIT} files`,
        fix: `narrow the glob "${pattern}"`
      })
    }
  }
  found.sort()
  if (found.length === 0) {
    throw new InputError({
      input: 'report',
      problem: `no report file matches "${pattern}" (from ${cwd})`,
      fix: 'download the report artifact first (actions/download-artifact) and check the path'
    })
  }
  const documents: { file: string; document: ReportDocument }[] = []
  for (const file of found) {
    const full = path.resolve(cwd, file)
    // A glob can match directories: they are passed over, not refused.
    if ((await lstat(full)).isDirectory()) continue
    documents.push({
      file,
      document: splitPullRequest(await readReportFile(full, reader(file)))
    })
  }
  if (documents.length === 0)
    throw new InputError({
      input: 'report',
      problem: `"${pattern}" matches only directories`,
      fix: 'point it at the report JSON files'
    })
  const merged = mergeReports(documents)
  return {
    run: merged.run,
    files: documents.map((d) => d.file),
    pullRequest: merged.pullRequest
  }
}
