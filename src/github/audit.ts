// The GitHub side of a scheduled audit: one tracking issue per repository and config
// (found by its label and a hidden marker, listing every page of the issues endpoint:
// the search API's index lags and would duplicate issues), and a size history kept as
// JSON on a dedicated branch through the contents API. A token that may not write
// issues or contents gets one warning each; the job summary is never lost for it.

import { log } from '../log.js'
import {
  renderAuditIssueBody,
  type AuditRecord,
  type SizeHistory
} from '../report/audit.js'
import type { RunReport } from '../model/report.js'
import type { Units } from '../report/units.js'
import { scrubSecrets, type GitHubClient } from './client.js'

export const AUDIT_LABEL = 'image-size-budget'
export const HISTORY_BRANCH = 'image-size-history'
export const HISTORY_FILE = 'image-size-history.json'
/** Records kept per image: enough for a long trend, bounded so the file stays small. */
export const HISTORY_CAP = 200

export function auditMarker(key: string): string {
  return `<!-- image-size-budget-audit:${key} -->`
}

export interface AuditTarget {
  octokit: GitHubClient
  owner: string
  repo: string
  key: string
}

export interface AuditOutcome {
  issue?: {
    number: number
    url: string
    action: 'opened' | 'updated' | 'closed' | 'reopened'
  }
  historyWritten: boolean
  history: SizeHistory
  warnings: string[]
}

interface IssueSummary {
  number: number
  state: string
  html_url: string
  body?: string | null
  pull_request?: unknown
}

function status(error: unknown): number | undefined {
  const value = (error as { status?: unknown }).status
  return typeof value === 'number' ? value : undefined
}

/** Our tracking issue: every page of the label's issues (open and closed), pull requests skipped, the marker required. */
export async function findTrackingIssue(
  target: AuditTarget
): Promise<IssueSummary | undefined> {
  const issues = (await target.octokit.paginate(
    target.octokit.rest.issues.listForRepo,
    {
      owner: target.owner,
      repo: target.repo,
      labels: AUDIT_LABEL,
      state: 'all',
      per_page: 100
    }
  )) as IssueSummary[]
  const marker = auditMarker(target.key)
  const ours = issues.filter(
    (issue) => !issue.pull_request && (issue.body ?? '').includes(marker)
  )
  // Should there ever be two, keep to the open one, else the newest.
  return (
    ours.find((issue) => issue.state === 'open') ??
    ours.sort((a, b) => b.number - a.number)[0]
  )
}

async function ensureLabel(target: AuditTarget): Promise<void> {
  try {
    await target.octokit.rest.issues.createLabel({
      owner: target.owner,
      repo: target.repo,
      name: AUDIT_LABEL,
      color: 'd93f0b',
      description:
        'Tracks images over their size budget (image-size-budget audits)'
    })
  } catch (error) {
    if (status(error) !== 422) throw error // 422: the label exists already
  }
}

/** Opens, updates, closes or reopens the tracking issue to match the audit. */
export async function syncTrackingIssue(
  target: AuditTarget,
  run: RunReport,
  history: SizeHistory,
  context: { date: string; sha: string; units: Units }
): Promise<AuditOutcome['issue']> {
  const existing = await findTrackingIssue(target)
  const over = run.status === 'fail'
  const { octokit, owner, repo } = target
  if (!over) {
    if (!existing || existing.state !== 'open') return undefined
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: `Every image is within its size budget again (audit of ${context.date}, commit ${context.sha.slice(0, 12)}). Closing.`
    })
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed'
    })
    return { number: existing.number, url: existing.html_url, action: 'closed' }
  }
  const failing = run.images.filter((image) => image.status === 'fail')
  const title = `Image size budget: ${failing.length} image${failing.length === 1 ? '' : 's'} over budget`
  const body = `${auditMarker(target.key)}\n${renderAuditIssueBody(run, history, { units: context.units, key: target.key, date: context.date })}`
  if (!existing) {
    await ensureLabel(target)
    const { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title,
      body,
      labels: [AUDIT_LABEL]
    })
    return { number: data.number, url: data.html_url, action: 'opened' }
  }
  const reopen = existing.state !== 'open'
  await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: existing.number,
    title,
    body,
    ...(reopen ? { state: 'open' as const } : {})
  })
  return {
    number: existing.number,
    url: existing.html_url,
    action: reopen ? 'reopened' : 'updated'
  }
}

/** Appends one record per image under `key`, keeping the last HISTORY_CAP per image. Pure. */
export function appendHistory(
  history: SizeHistory,
  key: string,
  run: RunReport,
  context: { date: string; sha: string }
): SizeHistory {
  const next: SizeHistory = {
    schemaVersion: 1,
    configs: { ...history.configs }
  }
  const images = { ...(next.configs[key] ?? {}) }
  for (const image of run.images) {
    const record: AuditRecord = {
      date: context.date,
      commit: context.sha,
      totalBytes: image.totalBytes,
      compressedBytes: image.totalCompressedBytes ?? null,
      layers: image.layers.filter((layer) => !layer.empty).length,
      status: image.status
    }
    images[image.name] = [...(images[image.name] ?? []), record].slice(
      -HISTORY_CAP
    )
  }
  next.configs[key] = images
  return next
}

interface HistoryFile {
  history: SizeHistory
  sha?: string
}

function parseHistory(text: string): SizeHistory {
  try {
    const data = JSON.parse(text) as SizeHistory
    if (
      data &&
      data.schemaVersion === 1 &&
      typeof data.configs === 'object' &&
      data.configs !== null
    )
      return data
  } catch {
    // fall through: a damaged file is replaced rather than failing every audit
  }
  log.warning(
    `${HISTORY_FILE} on ${HISTORY_BRANCH} is not a size history this tool wrote; starting a new one`
  )
  return { schemaVersion: 1, configs: {} }
}

export async function readHistory(target: AuditTarget): Promise<HistoryFile> {
  try {
    const { data } = await target.octokit.rest.repos.getContent({
      owner: target.owner,
      repo: target.repo,
      path: HISTORY_FILE,
      ref: HISTORY_BRANCH
    })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
      return { history: { schemaVersion: 1, configs: {} } }
    return {
      history: parseHistory(
        Buffer.from(data.content, 'base64').toString('utf8')
      ),
      sha: data.sha
    }
  } catch (error) {
    if (status(error) === 404)
      return { history: { schemaVersion: 1, configs: {} } }
    throw error
  }
}

/** The history branch, created from the default branch's head on first use. */
async function ensureBranch(target: AuditTarget): Promise<void> {
  const { octokit, owner, repo } = target
  try {
    await octokit.rest.git.getRef({
      owner,
      repo,
      ref: `heads/${HISTORY_BRANCH}`
    })
    return
  } catch (error) {
    if (status(error) !== 404) throw error
  }
  const { data: repository } = await octokit.rest.repos.get({ owner, repo })
  const { data: head } = await octokit.rest.git.getRef({
    owner,
    repo,
    ref: `heads/${repository.default_branch}`
  })
  await octokit.rest.git.createRef({
    owner,
    repo,
    ref: `refs/heads/${HISTORY_BRANCH}`,
    sha: head.object.sha
  })
}

async function writeHistory(
  target: AuditTarget,
  history: SizeHistory,
  sha: string | undefined,
  message: string
): Promise<void> {
  await target.octokit.rest.repos.createOrUpdateFileContents({
    owner: target.owner,
    repo: target.repo,
    path: HISTORY_FILE,
    branch: HISTORY_BRANCH,
    message,
    content: Buffer.from(JSON.stringify(history, null, 1) + '\n').toString(
      'base64'
    ),
    ...(sha ? { sha } : {})
  })
}

/** Reads, appends and writes the history; on a concurrent write (409/422 sha mismatch) reads again once. */
export async function recordHistory(
  target: AuditTarget,
  run: RunReport,
  context: { date: string; sha: string }
): Promise<SizeHistory> {
  await ensureBranch(target)
  for (let attempt = 0; ; attempt++) {
    const current = await readHistory(target)
    const next = appendHistory(current.history, target.key, run, context)
    try {
      await writeHistory(
        target,
        next,
        current.sha,
        `image-size-budget audit ${context.date} (${context.sha.slice(0, 12)})`
      )
      return next
    } catch (error) {
      if (attempt === 0 && (status(error) === 409 || status(error) === 422))
        continue
      throw error
    }
  }
}

function permissionWarning(
  error: unknown,
  what: string,
  permission: string
): string {
  const code = status(error)
  if (code === 403 || code === 401) {
    return `${what} failed (${code}): the token may not write ${permission}. Give the job \`permissions: ${permission}: write\`. The audit's job summary has the full result.`
  }
  const reason = scrubSecrets(
    (error instanceof Error ? error.message : String(error)).split('\n')[0]
  )
  return `${what} failed${code ? ` (${code})` : ''}: ${reason}. The audit's job summary has the full result.`
}

/**
 * The whole audit on GitHub: history first (the issue says "since when" from it), then the
 * tracking issue. Never throws for API failures: each becomes one warning.
 */
export async function runAuditGitHub(
  args: AuditTarget & {
    run: RunReport
    sha: string
    date: string
    units: Units
  }
): Promise<AuditOutcome> {
  const warnings: string[] = []
  const warn = (message: string) => {
    warnings.push(message)
    log.warning(message)
  }
  let history: SizeHistory
  let historyWritten = false
  try {
    history = await recordHistory(args, args.run, args)
    historyWritten = true
  } catch (error) {
    warn(
      permissionWarning(
        error,
        `Writing the size history to the ${HISTORY_BRANCH} branch`,
        'contents'
      )
    )
    try {
      history = appendHistory(
        (await readHistory(args)).history,
        args.key,
        args.run,
        args
      )
    } catch {
      history = appendHistory(
        { schemaVersion: 1, configs: {} },
        args.key,
        args.run,
        args
      )
    }
  }
  let issue: AuditOutcome['issue']
  try {
    issue = await syncTrackingIssue(args, args.run, history, args)
  } catch (error) {
    warn(permissionWarning(error, 'Updating the tracking issue', 'issues'))
  }
  return { issue, historyWritten, history, warnings }
}
