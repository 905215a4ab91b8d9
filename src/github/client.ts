// The one way this project makes a GitHub API client: @actions/github's getOctokit
// (Octokit core with the REST methods and pagination), pointed at GITHUB_API_URL so it
// works on GitHub Enterprise Server and against the test stand-in, plus what that client
// lacks for a CI step that must neither hang nor fail because of GitHub's weather:
// - retries: @octokit/plugin-retry (5xx, connection errors, a request that timed out; 1, 4,
//   9 s apart) and @octokit/plugin-throttling (403/429 secondary rate limits after their
//   `retry-after`, primary limits until `x-ratelimit-reset`, writes one at a time a second
//   apart), each bounded below;
// - a timeout per request (Node's own is the 300 s header timeout) and an overall bound
//   per call, retries and waits included;
// - errors scrubbed of the token and anything token-shaped before any message shows them;
// - a count of the requests made, for the debug log.

import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { InputError } from '../errors.js'
import { log } from '../log.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** The bounds of every GitHub API call (README: Limits). */
export const GITHUB_LIMITS = {
  /** One HTTP request, until its answer is read. */
  requestTimeoutMs: 30_000,
  /** One call, its retries and their waits included. */
  callTimeoutMs: 90_000,
  /** Retries of one call (5xx, no answer, rate limits). */
  retries: 3,
  /** A rate limit that asks to wait longer than this is not waited for. */
  maxRetryAfterSeconds: 60
} as const

export interface ClientOptions {
  /** The REST API root; default GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string
  requestTimeoutMs?: number
  callTimeoutMs?: number
  /** The retry backoff's unit: retries wait 1, 4, 9 of these (default 1 s). */
  retryBaseMs?: number
}

export interface ClientStats {
  /** API calls made (each may be several requests). */
  calls: number
  /** HTTP requests sent, retries included. */
  requests: number
}

const stats = new WeakMap<object, ClientStats>()

/** How many requests a client has sent so far. */
export function clientStats(octokit: GitHubClient): ClientStats {
  return stats.get(octokit) ?? { calls: 0, requests: 0 }
}

// Token shapes GitHub issues (classic and fine-grained PATs, app, OAuth and refresh
// tokens), and Authorization header values, wherever an error body echoes them.
const TOKEN_SHAPES =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g
const AUTH_VALUES =
  /\b(authorization["']?\s*[:=]\s*["']?)(?:(?:token|bearer|basic)\s+)?[^\s"',;}]+/gi
const BEARER = /\b(bearer|token)\s+[A-Za-z0-9._~+/=-]{16,}/gi

/** The text with the token, token-shaped strings and Authorization values replaced by `***`. */
export function scrubSecrets(text: string, token?: string): string {
  let out = text
  if (token && token.length >= 4) out = out.split(token).join('***')
  return out
    .replace(TOKEN_SHAPES, '***')
    .replace(AUTH_VALUES, '$1***')
    .replace(BEARER, '$1 ***')
}

function scrubValue(
  value: unknown,
  token: string | undefined,
  depth = 0
): unknown {
  if (typeof value === 'string') return scrubSecrets(value, token)
  if (depth > 8 || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value))
    return value.map((item) => scrubValue(item, token, depth + 1))
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      scrubValue(item, token, depth + 1)
    ])
  )
}

interface FailureShape {
  message?: unknown
  response?: { data?: unknown; headers?: Record<string, unknown>; url?: string }
  request?: { headers?: Record<string, unknown> }
}

/** Scrubs an Octokit error in place: its message, the response body, and the request's Authorization header. */
export function scrubError(error: unknown, token?: string): unknown {
  if (typeof error !== 'object' || error === null)
    return typeof error === 'string' ? scrubSecrets(error, token) : error
  const failure = error as FailureShape
  try {
    if (typeof failure.message === 'string')
      failure.message = scrubSecrets(failure.message, token)
    if (failure.response)
      failure.response.data = scrubValue(failure.response.data, token)
    if (failure.request?.headers && 'authorization' in failure.request.headers)
      failure.request.headers.authorization = '***'
  } catch {
    // a frozen error: its message is used through describeGitHubFailure, which scrubs again
  }
  return error
}

function envMs(name: string): number | undefined {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : undefined
}

type Fetch = typeof globalThis.fetch

/** An error Octokit does not retry (its name): the call's overall bound is spent. */
function givenUp(callTimeoutMs: number): Error {
  const error = new Error(
    `gave up after ${Math.round(callTimeoutMs / 100) / 10} s (retries included)`
  )
  error.name = 'AbortError'
  return error
}

/**
 * The fetch every request goes through: counts it, and aborts it after the per-request
 * timeout (then Octokit reports a 500 without a response, which the retry plugin retries)
 * or when the call's overall signal fires (an AbortError, which nothing retries).
 */
function boundedFetch(
  inner: Fetch,
  requestTimeoutMs: number,
  callTimeoutMs: number,
  counter: ClientStats
): Fetch {
  return async (input, init) => {
    counter.requests++
    const attempt = AbortSignal.timeout(requestTimeoutMs)
    const overall = init?.signal ?? undefined
    if (overall?.aborted) throw givenUp(callTimeoutMs)
    const signal = overall ? AbortSignal.any([overall, attempt]) : attempt
    try {
      const response = await inner(input, { ...init, signal })
      // Read the body here, under the same timeout, so a stalled body cannot hold the step either.
      const body =
        response.status === 204 ||
        response.status === 205 ||
        (response.status >= 300 && response.status < 400)
          ? null
          : await response.arrayBuffer()
      const headers = new Headers(response.headers)
      return new Response(
        response.status === 429 ? asSecondaryLimit(body, headers) : body,
        { status: response.status, statusText: response.statusText, headers }
      )
    } catch (error) {
      if (overall?.aborted) throw givenUp(callTimeoutMs)
      if (attempt.aborted)
        throw new TypeError(
          `no answer within ${Math.round(requestTimeoutMs / 100) / 10} s`
        )
      throw error
    }
  }
}

/**
 * A 429 is always a rate limit. The throttling plugin tells a secondary limit by its message
 * ("You have exceeded a secondary rate limit") and a primary one by `x-ratelimit-remaining: 0`;
 * a 429 with neither (a proxy, an Enterprise Server) is marked secondary here, so the plugin
 * waits for its `retry-after` instead of the retry plugin hammering it.
 */
function asSecondaryLimit(
  body: ArrayBuffer | null,
  headers: Headers
): ArrayBuffer | string | null {
  if (headers.get('x-ratelimit-remaining') === '0') return body
  const text = body ? Buffer.from(body).toString('utf8') : ''
  if (/\bsecondary rate\b/i.test(text)) return body
  let message = text.slice(0, 500)
  try {
    const parsed = JSON.parse(text) as { message?: unknown }
    if (typeof parsed.message === 'string') message = parsed.message
  } catch {
    // not JSON: keep the text
  }
  headers.set('content-type', 'application/json; charset=utf-8')
  return JSON.stringify({ message: `secondary rate limit (429): ${message}` })
}

interface RetryOptions {
  method: string
  url: string
}

export function createGitHubClient(
  token: string,
  options: ClientOptions = {}
): GitHubClient {
  if (!token)
    throw new InputError({
      input: 'github-token',
      problem: 'the "github-token" input is empty',
      fix: 'give a token that can write pull request comments (the default is ${{ github.token }})'
    })
  // Masks the token in the runner's log. Only on a runner: elsewhere (the CLI) the
  // ::add-mask:: line itself would print the token.
  if (process.env.GITHUB_ACTIONS === 'true') core.setSecret(token)
  const requestTimeoutMs =
    options.requestTimeoutMs ??
    envMs('IMAGE_SIZE_BUDGET_GITHUB_REQUEST_TIMEOUT_MS') ??
    GITHUB_LIMITS.requestTimeoutMs
  const callTimeoutMs =
    options.callTimeoutMs ??
    envMs('IMAGE_SIZE_BUDGET_GITHUB_CALL_TIMEOUT_MS') ??
    GITHUB_LIMITS.callTimeoutMs
  const counter: ClientStats = { calls: 0, requests: 0 }
  const deadlines = new WeakMap<object, number>()
  // @actions/github's fetch goes through the runner's proxy settings (HTTPS_PROXY, NO_PROXY).
  const inner =
    (actionsDefaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch

  /** Whether a rate-limited call may wait `retryAfter` seconds and try again, within its bounds. */
  const mayWait = (
    kind: string,
    retryAfter: number,
    request: RetryOptions,
    retryCount: number,
    requestOptions: object
  ): boolean => {
    const deadline = deadlines.get(requestOptions) ?? Date.now() + callTimeoutMs
    const fits =
      retryCount < GITHUB_LIMITS.retries &&
      retryAfter <= GITHUB_LIMITS.maxRetryAfterSeconds &&
      Date.now() + retryAfter * 1000 < deadline
    log.debug(
      `GitHub API ${kind} on ${request.method} ${request.url}: ${fits ? `retrying after ${retryAfter} s` : `not waiting ${retryAfter} s (retry ${retryCount + 1} of at most ${GITHUB_LIMITS.retries}, within ${callTimeoutMs / 1000} s)`}`
    )
    return fits
  }

  const octokit = getOctokit(
    token,
    {
      baseUrl: (
        options.baseUrl ??
        process.env.GITHUB_API_URL ??
        'https://api.github.com'
      ).replace(/\/+$/, ''),
      request: {
        fetch: boundedFetch(inner, requestTimeoutMs, callTimeoutMs, counter)
      },
      // Octokit's own warnings (deprecations) go to our log, never console.
      log: {
        debug: log.debug,
        info: log.debug,
        warn: log.warning,
        error: log.warning
      },
      retry: {
        retries: GITHUB_LIMITS.retries,
        retryAfterBaseValue:
          options.retryBaseMs ??
          envMs('IMAGE_SIZE_BUDGET_GITHUB_RETRY_BASE_MS') ??
          1000,
        // 429 is the throttling plugin's (it waits for retry-after); the rest are answers, not weather.
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451]
      },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: RetryOptions,
          _octokit: unknown,
          retryCount: number
        ) => mayWait('rate limit', retryAfter, request, retryCount, request),
        onSecondaryRateLimit: (
          retryAfter: number,
          request: RetryOptions,
          _octokit: unknown,
          retryCount: number
        ) =>
          mayWait(
            'secondary rate limit',
            retryAfter,
            request,
            retryCount,
            request
          )
      }
    },
    retry,
    throttling
  )
  stats.set(octokit, counter)
  // Registered last, so it wraps the plugins: one overall signal for the call and all its
  // retries, and every error scrubbed before anyone reads it.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    counter.calls++
    const signal = AbortSignal.timeout(callTimeoutMs)
    deadlines.set(requestOptions, Date.now() + callTimeoutMs)
    const given = requestOptions.request?.signal as AbortSignal | undefined
    requestOptions.request = {
      ...requestOptions.request,
      signal: given ? AbortSignal.any([given, signal]) : signal
    }
    try {
      return await request(requestOptions)
    } catch (error) {
      // An abort carries no request: say which endpoint it was, for the warning.
      if (
        typeof error === 'object' &&
        error !== null &&
        !('request' in error)
      ) {
        try {
          const { method, url } = octokit.request.endpoint.parse(requestOptions)
          Object.assign(error, { request: { method, url } })
        } catch {
          // the warning goes without the endpoint
        }
      }
      throw scrubError(error, token)
    }
  })
  return octokit
}

/**
 * Downloads a pre-signed URL GitHub redirected to (an artifact's zip): no Authorization
 * header (the URL carries its own signature, and the token must not leave GitHub), the same
 * proxy settings and per-request timeout as API calls, and at most `maxBytes` read.
 */
export async function downloadRedirected(
  octokit: GitHubClient,
  url: string,
  maxBytes: number,
  options: { requestTimeoutMs?: number } = {}
): Promise<Buffer> {
  const counter = stats.get(octokit)
  if (counter) counter.requests++
  const timeoutMs =
    options.requestTimeoutMs ??
    envMs('IMAGE_SIZE_BUDGET_GITHUB_REQUEST_TIMEOUT_MS') ??
    GITHUB_LIMITS.requestTimeoutMs
  const inner =
    (actionsDefaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch
  const signal = AbortSignal.timeout(timeoutMs)
  const where = new URL(url).host
  let response: Response
  try {
    response = await inner(url, { signal, redirect: 'follow' })
  } catch (error) {
    throw new Error(
      signal.aborted
        ? `no answer from ${where} within ${timeoutMs / 1000} s`
        : `no answer from ${where} (${scrubSecrets((error as Error).message)})`
    )
  }
  if (!response.ok) throw new Error(`${where} answered ${response.status}`)
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new Error(
      `the download is ${declared} bytes; at most ${maxBytes} are read`
    )
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.length
      if (total > maxBytes)
        throw new Error(
          `the download is over ${maxBytes} bytes; at most that many are read`
        )
      chunks.push(Buffer.from(chunk))
    }
  } catch (error) {
    if (signal.aborted)
      throw new Error(
        `${where} did not finish the download within ${timeoutMs / 1000} s`
      )
    throw error
  }
  return Buffer.concat(chunks)
}
