// What a failed GitHub API call says to a person: what failed (the step and the endpoint),
// why (the status and GitHub's own message) and what to do, in one line. Every message is
// scrubbed of token-shaped strings again here, whatever the caller's client did.

import { DependencyFailure } from '../errors.js'
import { scrubSecrets } from './client.js'

/** Thrown by lookups (findStickyComment, the artifact baseline); callers turn it into a warning. */
export class GitHubCallError extends DependencyFailure {
  override name = 'GitHubCallError'
  constructor(
    message: string,
    readonly status: number | undefined
  ) {
    super(message)
  }
}

interface OctokitFailure {
  status?: number
  message?: string
  response?: { data?: unknown }
  request?: { method?: string; url?: string }
}

export const PERMISSION_FIX =
  'Give the job `permissions: pull-requests: write`. Pull requests from forks always get a read-only GITHUB_TOKEN: for them, measure in the `pull_request` workflow, upload the report, and post it from a `workflow_run` workflow with `mode: comment` (see the README).'

function oneLine(text: string, max = 300): string {
  const flat = scrubSecrets(text).replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** `GET /repos/o/r/issues/7/comments`: the endpoint of a failed request, without host or query. */
export function endpointOf(error: unknown): string | undefined {
  const request =
    (typeof error === 'object' && error !== null
      ? (error as OctokitFailure).request
      : undefined) ?? undefined
  if (!request?.method || !request.url) return undefined
  let pathname: string
  try {
    pathname = new URL(request.url, 'http://api.invalid').pathname
  } catch {
    return undefined
  }
  return `${request.method} ${pathname.replace(/^\/api\/v3(?=\/)/, '')}`
}

/**
 * Says what failed, why, and what to do, from an Octokit error. Never includes request
 * headers, and token-shaped strings in GitHub's message are replaced by `***`.
 * `fix403` is the advice for a refusal (a permission the job lacks).
 */
export function describeGitHubFailure(
  error: unknown,
  what: string,
  fix403: string = PERMISSION_FIX
): { message: string; status?: number } {
  const failure = (
    typeof error === 'object' && error !== null ? error : {}
  ) as OctokitFailure
  const status = typeof failure.status === 'number' ? failure.status : undefined
  const apiMessage = oneLine(
    typeof failure.response?.data === 'object' &&
      failure.response.data !== null &&
      'message' in failure.response.data
      ? String((failure.response.data as { message: unknown }).message)
      : typeof failure.response?.data === 'string' && failure.response.data
        ? failure.response.data
        : (failure.message ?? String(error))
  )
  const endpoint = endpointOf(error)
  const on = endpoint ? ` on ${endpoint}` : ''
  // Octokit reports a fetch that never got an answer (DNS, refused, reset, our timeout) as a 500 without a response.
  if (!failure.response || status === undefined) {
    return {
      message: `${what} failed: no answer from the GitHub API${on} (${apiMessage}).`
    }
  }
  if (status === 401) {
    return {
      status,
      message: `${what} failed: the token was refused (401${on}: ${apiMessage}). Check the "github-token" input.`
    }
  }
  if ((status === 403 || status === 429) && /rate limit/i.test(apiMessage)) {
    return {
      status,
      message: `${what} failed: GitHub API rate limit (${status}${on}: ${apiMessage}). The next run will try again.`
    }
  }
  if (status === 403) {
    return {
      status,
      message: `${what} failed: the token may not do this (403${on}: ${apiMessage}). ${fix403}`
    }
  }
  if (status === 404) {
    return {
      status,
      message: `${what} failed: not found (404${on}: ${apiMessage}): it does not exist, or the token cannot see the repository.`
    }
  }
  if (status === 422) {
    return {
      status,
      message: `${what} failed: GitHub refused it (422${on}: ${apiMessage}).`
    }
  }
  return {
    status,
    message: `${what} failed: GitHub answered ${status}${on} (${apiMessage}). The next run will try again.`
  }
}
