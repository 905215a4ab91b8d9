// `baseline: auto` on a pull request: the report that a push run of this same workflow
// uploaded for the base branch, found with no configuration. From the merge-base back along
// the first-parent history (at most 50 commits), each commit costs two reads of the Actions
// API: the workflow's successful runs at that `head_sha`, then that run's artifact by name;
// the first hit is downloaded (`…/artifacts/{id}/zip`, a redirect to a pre-signed URL) and
// its report returned for the comparison to validate as untrusted input, like
// `baseline-report`. Run and artifact IDs are past 32 bits: they stay integers checked as
// safe, never narrowed. Any API failure ends the walk with a note (the caller warns and
// falls back): it never fails the size check.

import { log } from '../log.js'
import { sanitizeCommentKey } from '../report/comment-key.js'
import type { EventContext } from './context.js'
import {
  clientStats,
  createGitHubClient,
  downloadRedirected,
  type GitHubClient
} from './client.js'
import { REPORT_FILE_LIMIT } from '../limits.js'
import { listZip, readZipEntry } from './artifact-zip.js'
import { describeGitHubFailure } from './failure.js'

export const ARTIFACT_LIMITS = {
  /** First-parent commits walked, the merge-base included. */
  commits: 50,
  /** API calls per lookup: two per commit walked, plus finding the workflow and the download. */
  calls: 2 * 50 + 2,
  /** The artifact's zip and the report in it (the cap of every report read back). */
  zipBytes: REPORT_FILE_LIMIT,
  reportBytes: REPORT_FILE_LIMIT
} as const

/** The artifact a run uploads its report under, and looks for: the `baseline-artifact` input's default. */
export function defaultArtifactName(key: string): string {
  return `image-size-budget-${sanitizeCommentKey(key)}`
}

/** What a lookup found: the parsed JSON of the report (not yet validated) and where it came from. */
export interface ArtifactFound {
  data: unknown
  commit: string
  /** 0: the merge-base itself. */
  commitsBefore: number
  runId: number
  artifactId: number
  /** How the report is named in messages: `artifact "NAME" of run ID`. */
  label: string
}

export type ArtifactLookupResult =
  ArtifactFound | { note: string; warning?: boolean }

/** The lookup the comparison calls with the merge-base and its first-parent ancestors, newest first. */
export type ArtifactSource = (
  commits: string[]
) => Promise<ArtifactLookupResult>

export interface ArtifactLookup {
  octokit: GitHubClient
  owner: string
  repo: string
  /** The workflow's file name (`size.yml`) or numeric id. */
  workflow: string | number
  artifactName: string
  /** The comment key; a report whose `origin.key` differs is someone else's (another matrix job). */
  key: string
}

const ACTIONS_READ =
  "Give the job `permissions: actions: read` so the action can find the base branch's report."

function safeId(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? value
    : undefined
}

interface RunEntry {
  id?: unknown
  head_sha?: unknown
  event?: unknown
  conclusion?: unknown
}

interface ArtifactEntry {
  id?: unknown
  name?: unknown
  expired?: unknown
  size_in_bytes?: unknown
}

/** The report file in the zip: the action's own name, else the only JSON file. */
function reportFromZip(zip: Buffer): unknown {
  const entries = listZip(zip).filter((entry) => !entry.name.endsWith('/'))
  const json = entries.filter((entry) =>
    entry.name.toLowerCase().endsWith('.json')
  )
  const entry =
    json.find(
      (e) => e.name.split('/').pop() === 'image-size-budget-report.json'
    ) ?? (json.length === 1 ? json[0] : undefined)
  if (!entry)
    throw new Error(
      json.length === 0
        ? 'it holds no JSON file'
        : `it holds ${json.length} JSON files and none is image-size-budget-report.json`
    )
  const text = readZipEntry(zip, entry, ARTIFACT_LIMITS.reportBytes).toString(
    'utf8'
  )
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(
      `${entry.name.slice(0, 100)} is not JSON (${(error as Error).message.slice(0, 200)})`
    )
  }
}

/** Walks `commits` (the merge-base first) for a run of the workflow that uploaded the artifact. */
export async function findBaselineArtifact(
  lookup: ArtifactLookup,
  commits: string[]
): Promise<ArtifactLookupResult> {
  const { octokit, owner, repo, workflow, artifactName } = lookup
  const walked = commits.slice(0, ARTIFACT_LIMITS.commits)
  let calls = 0
  const passed: string[] = []
  const failed = (error: unknown, what: string): ArtifactLookupResult => {
    const { message } = describeGitHubFailure(error, what, ACTIONS_READ)
    // A refusal (no `actions: read`) or an unknown workflow is configuration, said in the log and the comment;
    // GitHub failing (5xx, rate limits, no answer) is also a warning.
    const status = (error as { status?: unknown }).status
    return status === 403 || status === 404
      ? { note: `${message} Falling back.` }
      : { note: `${message} Falling back.`, warning: true }
  }
  for (const [position, sha] of walked.entries()) {
    if (calls + 2 > ARTIFACT_LIMITS.calls) break
    calls++
    let runs: RunEntry[]
    try {
      const { data } = await octokit.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: workflow,
        head_sha: sha,
        status: 'success',
        per_page: 20
      })
      runs = data.workflow_runs as RunEntry[]
    } catch (error) {
      return failed(
        error,
        `Looking for runs of workflow ${workflow} at ${sha.slice(0, 7)}`
      )
    }
    // Push runs first (they are the base branch's own), then the newest; only one run per commit is asked for its artifact.
    const run = runs
      .filter(
        (entry) =>
          safeId(entry.id) !== undefined &&
          entry.head_sha === sha &&
          entry.conclusion === 'success'
      )
      .sort(
        (a, b) =>
          Number(b.event === 'push') - Number(a.event === 'push') ||
          (safeId(b.id) ?? 0) - (safeId(a.id) ?? 0)
      )[0]
    if (!run) continue
    const runId = safeId(run.id)!
    calls++
    let artifacts: ArtifactEntry[]
    try {
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: runId,
        name: artifactName,
        per_page: 10
      })
      artifacts = data.artifacts as ArtifactEntry[]
    } catch (error) {
      return failed(error, `Listing the artifacts of run ${runId}`)
    }
    const named = artifacts.filter(
      (artifact) =>
        artifact.name === artifactName && safeId(artifact.id) !== undefined
    )
    const artifact = named.find((entry) => entry.expired !== true)
    if (!artifact) {
      passed.push(
        `run ${runId} at ${sha.slice(0, 7)}: ${named.length > 0 ? `the artifact "${artifactName}" has expired` : `no artifact "${artifactName}"`}`
      )
      continue
    }
    const artifactId = safeId(artifact.id)!
    const label = `artifact "${artifactName}" of run ${runId}`
    if (
      typeof artifact.size_in_bytes === 'number' &&
      artifact.size_in_bytes > ARTIFACT_LIMITS.zipBytes
    ) {
      passed.push(
        `${label}: ${artifact.size_in_bytes} bytes, more than a report`
      )
      continue
    }
    if (calls + 1 > ARTIFACT_LIMITS.calls) break
    calls++
    let location: string | undefined
    try {
      const response = await octokit.request(
        'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        {
          owner,
          repo,
          artifact_id: artifactId,
          archive_format: 'zip',
          request: { redirect: 'manual' }
        }
      )
      location =
        typeof response.headers.location === 'string'
          ? response.headers.location
          : undefined
    } catch (error) {
      if ((error as { status?: unknown }).status === 410) {
        passed.push(`${label} has expired`)
        continue
      }
      return failed(error, `Downloading ${label}`)
    }
    if (!location)
      return {
        note: `Downloading ${label}: GitHub gave no download address. Falling back.`,
        warning: true
      }
    let data: unknown
    try {
      data = reportFromZip(
        await downloadRedirected(octokit, location, ARTIFACT_LIMITS.zipBytes)
      )
    } catch (error) {
      passed.push(`${label} could not be read: ${(error as Error).message}`)
      continue
    }
    const origin =
      typeof data === 'object' && data !== null
        ? (data as { origin?: { commitSha?: unknown; key?: unknown } }).origin
        : undefined
    if (origin && origin.commitSha !== sha) {
      passed.push(
        `${label}: its report measured ${String(origin.commitSha).slice(0, 12)}, not ${sha.slice(0, 12)}`
      )
      continue
    }
    if (
      origin &&
      typeof origin.key === 'string' &&
      sanitizeCommentKey(origin.key) !== sanitizeCommentKey(lookup.key)
    ) {
      passed.push(
        `${label}: its report is for key "${String(origin.key).slice(0, 100)}", not "${lookup.key}"`
      )
      continue
    }
    for (const line of passed)
      log.debug(`baseline artifact: passed over ${line}`)
    return {
      data,
      commit: sha,
      commitsBefore: position,
      runId,
      artifactId,
      label
    }
  }
  for (const line of passed) log.debug(`baseline artifact: passed over ${line}`)
  const capped =
    calls + 2 > ARTIFACT_LIMITS.calls && walked.length > 0
      ? `, stopping at the cap of ${ARTIFACT_LIMITS.calls} API calls`
      : ''
  const last = passed.length > 0 ? ` (last: ${passed[passed.length - 1]})` : ''
  return {
    note: `no successful run of workflow ${workflow} uploaded the artifact "${artifactName}" for the merge-base ${walked[0]?.slice(0, 7) ?? '?'} or the ${Math.max(0, walked.length - 1)} commits before it${capped}${last}`
  }
}

/** The workflow file of this run, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/size.yml@refs/…`). */
export function workflowFileOf(
  workflowRef: string | undefined
): string | undefined {
  const match = /\/\.github\/workflows\/([^/@]+)@/.exec(workflowRef ?? '')
  return match?.[1]
}

export interface ArtifactSourceOptions {
  token: string
  context: EventContext
  key: string
  artifactName: string
  env?: NodeJS.ProcessEnv
}

/**
 * The action's lookup for `baseline: auto`, made once per run (a budget file's images share
 * it), or why there is none. The API call count goes to the debug log.
 */
export function artifactBaselineSource(
  options: ArtifactSourceOptions
): ArtifactSource | { skipped: string } {
  const env = options.env ?? process.env
  const { context } = options
  if (!options.token)
    return { skipped: "no github-token to look for the base branch's report" }
  if (!context.owner || !context.repo)
    return {
      skipped:
        "GITHUB_REPOSITORY is not set, so there is no repository to look for the base branch's report in"
    }
  let result: Promise<ArtifactLookupResult> | undefined
  let warned = false
  return async (commits) => {
    result ??= (async (): Promise<ArtifactLookupResult> => {
      const octokit = createGitHubClient(options.token)
      let workflow: string | number | undefined = workflowFileOf(
        env.GITHUB_WORKFLOW_REF
      )
      const runId = Number(env.GITHUB_RUN_ID)
      if (workflow === undefined && Number.isSafeInteger(runId) && runId > 0) {
        try {
          const { data } = await octokit.rest.actions.getWorkflowRun({
            owner: context.owner,
            repo: context.repo,
            run_id: runId
          })
          workflow = safeId(data.workflow_id)
        } catch (error) {
          return {
            note: `${describeGitHubFailure(error, `Reading this run (${runId})`, ACTIONS_READ).message} Falling back.`,
            warning: true
          }
        }
      }
      if (workflow === undefined)
        return {
          note: 'neither GITHUB_WORKFLOW_REF nor GITHUB_RUN_ID tells which workflow this is, so its base-branch runs cannot be found'
        }
      const found = await findBaselineArtifact(
        {
          octokit,
          owner: context.owner,
          repo: context.repo,
          workflow,
          artifactName: options.artifactName,
          key: options.key
        },
        commits
      )
      const { calls, requests } = clientStats(octokit)
      log.debug(
        `baseline artifact lookup: ${calls} GitHub API calls, ${requests} HTTP requests (retries and the download included)`
      )
      return found
    })()
    const found = await result
    // Several images share one lookup: its failure is one warning, not one per image.
    if ('note' in found && found.warning) {
      if (warned) return { note: found.note }
      warned = true
    }
    return found
  }
}
