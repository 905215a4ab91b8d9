// Which repository and pull request a run is about, read from the runner's environment
// (GITHUB_REPOSITORY, GITHUB_EVENT_NAME, GITHUB_WORKFLOW) and the event payload at
// GITHUB_EVENT_PATH, for pull_request, pull_request_target and workflow_run events.
//
// In the fork-safe split the trusted workflow_run job learns the PR number from
// `workflow_run.pull_requests` when GitHub fills it (same-repository PRs). For fork PRs
// that list is empty, so the number comes from the `pr-number` input or the report
// file's `pullRequest.number`. Both can be written by the PR author (the report comes out
// of their job), so such a number is only used after checking that the PR's head commit
// is the commit the measuring run built (`workflow_run.head_sha`).

import { readFile } from 'node:fs/promises'
import { InputError } from '../errors.js'
import type { GitHubClient } from './client.js'

export interface WorkflowRunInfo {
  id?: number
  /** The measuring workflow's name. */
  name?: string
  /** The commit the measuring run built: the PR's head. */
  headSha?: string
  event?: string
  conclusion?: string
  /** PR numbers GitHub listed for the run in this repository (empty for fork PRs). */
  pullRequests: number[]
}

export interface EventContext {
  eventName: string
  owner: string
  repo: string
  /** The workflow a comment key is derived from; for workflow_run, the measuring workflow (so both halves of the split share one comment). */
  workflow: string
  /** For pull_request and pull_request_target. */
  pullRequest?: { number: number; headSha?: string; fork?: boolean }
  workflowRun?: WorkflowRunInfo
}

type Json = Record<string, unknown>

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function asPositiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
    ? value
    : undefined
}

/** The context from an already-read payload. Pure, for tests and for readEventContext. */
export function parseEventContext(
  eventName: string,
  payload: unknown,
  env: NodeJS.ProcessEnv = process.env
): EventContext {
  const event = asObject(payload) ?? {}
  const repository = asObject(event.repository)
  let owner: string | undefined
  let repo: string | undefined
  const full = env.GITHUB_REPOSITORY ?? asString(repository?.full_name)
  if (full && /^[^/]+\/[^/]+$/.test(full)) [owner, repo] = full.split('/')
  if (!owner || !repo)
    throw new InputError({
      input: 'GITHUB_REPOSITORY',
      problem: 'GITHUB_REPOSITORY is not set (owner/repo)',
      fix: 'run the comment step in a GitHub Actions workflow'
    })
  const context: EventContext = {
    eventName,
    owner,
    repo,
    workflow: env.GITHUB_WORKFLOW ?? ''
  }

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pull = asObject(event.pull_request)
    const number =
      asPositiveInteger(pull?.number) ?? asPositiveInteger(event.number)
    if (number) {
      const head = asObject(pull?.head)
      const headRepo = asString(asObject(head?.repo)?.full_name)
      context.pullRequest = {
        number,
        headSha: asString(head?.sha),
        fork: headRepo !== undefined ? headRepo !== full : undefined
      }
    }
  }

  if (eventName === 'workflow_run') {
    const run = asObject(event.workflow_run) ?? {}
    const repositoryId = repository?.id
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : []
    // The list can name PRs of other repositories (the fork's own PRs for the same
    // branch): keep those whose base is this repository.
    const numbers = pulls.flatMap((entry) => {
      const pull = asObject(entry)
      const number = asPositiveInteger(pull?.number)
      if (!number) return []
      const baseRepo = asObject(asObject(pull?.base)?.repo)
      if (repositoryId !== undefined && baseRepo?.id !== undefined)
        return baseRepo.id === repositoryId ? [number] : []
      const url = asString(pull?.url) ?? ''
      return url.endsWith(`/repos/${owner}/${repo}/pulls/${number}`)
        ? [number]
        : []
    })
    context.workflowRun = {
      id: asPositiveInteger(run.id),
      name: asString(run.name),
      headSha: asString(run.head_sha),
      event: asString(run.event),
      conclusion: asString(run.conclusion),
      pullRequests: numbers
    }
    if (context.workflowRun.name) context.workflow = context.workflowRun.name
  }
  return context
}

/** Reads GITHUB_EVENT_NAME and the payload file GITHUB_EVENT_PATH. A missing payload file is an empty payload. */
export async function readEventContext(
  env: NodeJS.ProcessEnv = process.env
): Promise<EventContext> {
  let payload: unknown = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new InputError({
          input: 'GITHUB_EVENT_PATH',
          problem: `the event payload ${env.GITHUB_EVENT_PATH} is not JSON: ${(error as Error).message}`
        })
    }
  }
  return parseEventContext(env.GITHUB_EVENT_NAME ?? '', payload, env)
}

export type PullRequestSource = 'event' | 'workflow_run' | 'input' | 'report'

export type ResolvedPullRequest =
  | {
      number: number
      source: PullRequestSource
      /** The head commit the PR must have before commenting on it, for numbers the PR author could have chosen. */
      verifyHeadSha?: string
    }
  | { missing: string }

/**
 * The PR to comment on. pull_request(_target): the event's. workflow_run: GitHub's list
 * first, then the `pr-number` input, then the report's `pullRequest.number`, the last two
 * to be checked against the run's head commit (verifyPullRequestHead).
 */
export function resolvePullRequest(
  context: EventContext,
  candidates: { input?: number; report?: number } = {}
): ResolvedPullRequest {
  if (context.pullRequest)
    return { number: context.pullRequest.number, source: 'event' }
  const run = context.workflowRun
  if (run) {
    if (run.pullRequests.length > 0)
      return { number: run.pullRequests[0], source: 'workflow_run' }
    if (!run.headSha)
      return {
        missing:
          'the workflow_run payload has no head_sha to check a PR number against'
      }
    if (candidates.input)
      return {
        number: candidates.input,
        source: 'input',
        verifyHeadSha: run.headSha
      }
    if (candidates.report)
      return {
        number: candidates.report,
        source: 'report',
        verifyHeadSha: run.headSha
      }
    return {
      missing:
        'the workflow_run event names no pull request (a fork PR) and neither the "pr-number" input nor the report\'s pullRequest.number gives one'
    }
  }
  if (candidates.input) return { number: candidates.input, source: 'input' }
  return {
    missing: `a "${context.eventName || 'unknown'}" event is not about a pull request; give the "pr-number" input to comment anyway`
  }
}

/**
 * Checks that PR `number` of this repository has `headSha` as its head, so a report from
 * a fork cannot steer the trusted job to comment on someone else's PR. Returns null when
 * it does, else the reason not to comment.
 */
export async function verifyPullRequestHead(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  number: number,
  headSha: string
): Promise<string | null> {
  try {
    const { data } = await octokit.rest.pulls.get({
      owner,
      repo,
      pull_number: number
    })
    if (data.head.sha === headSha) return null
    return `pull request #${number}'s head is ${data.head.sha.slice(0, 12)}, not the commit the measuring run built (${headSha.slice(0, 12)}): not commenting on it`
  } catch (error) {
    const status = (error as { status?: unknown }).status
    return `could not check pull request #${number} of ${owner}/${repo}${typeof status === 'number' ? ` (${status})` : ''}: not commenting on it`
  }
}
