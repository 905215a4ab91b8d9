// The GitHub client against the stand-in, through the real Octokit with its retry and
// throttling plugins: GitHub's rate limits (403/429 with retry-after), 5xx, a server that
// never answers, and error bodies that echo the token.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  clientStats,
  createGitHubClient,
  scrubSecrets
} from '../../src/github/client.js'
import { describeGitHubFailure } from '../../src/github/failure.js'
import { githubError, GitHubStandIn } from '../support/github-server.js'

const TOKEN = 'ghs_clientTestToken0123456789abcdefABCD'
const SECONDARY =
  'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.'

describe('GitHub client: retries, bounds, scrubbing', () => {
  let api: GitHubStandIn
  beforeEach(async () => {
    api = await GitHubStandIn.start()
    api.addToken(TOKEN, 'write')
    api.seedComments('acme', 'app', 3, [{ body: 'hello' }])
  })
  afterEach(async () => api.close())

  const list = (octokit: ReturnType<typeof createGitHubClient>) =>
    octokit.rest.issues.listComments({
      owner: 'acme',
      repo: 'app',
      issue_number: 3
    })

  it('a 429 with retry-after: 1, then a 502: answered on the third request', async () => {
    api.failNext('GET', /\/comments$/, {
      ...githubError(429, SECONDARY),
      headers: { 'retry-after': '1' }
    })
    api.failNext('GET', /\/comments$/, githubError(502, 'Server Error'))
    const octokit = createGitHubClient(TOKEN, {
      baseUrl: api.url,
      retryBaseMs: 50
    })
    const { data } = await list(octokit)
    expect(data.map((c) => c.body)).toEqual(['hello'])
    expect(api.requests.map((r) => r.status)).toEqual([429, 502, 200])
    expect(clientStats(octokit)).toEqual({ calls: 1, requests: 3 })
  })

  it("a 429 without GitHub's wording, and a 403 secondary limit, are waited for too", async () => {
    api.failNext('GET', /\/comments$/, {
      status: 429,
      body: 'Too Many Requests',
      headers: { 'retry-after': '1', 'content-type': 'text/plain' }
    })
    api.failNext('GET', /\/comments$/, {
      ...githubError(403, SECONDARY),
      headers: { 'retry-after': '1' }
    })
    const octokit = createGitHubClient(TOKEN, {
      baseUrl: api.url,
      retryBaseMs: 50
    })
    expect((await list(octokit)).data).toHaveLength(1)
    expect(api.requests.map((r) => r.status)).toEqual([429, 403, 200])
  })

  it('a primary rate limit whose reset is an hour away is not waited for: one request, a rate-limit message', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600)
    api.failNext('GET', /\/comments$/, {
      ...githubError(403, 'API rate limit exceeded for installation ID 1.'),
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
    })
    const octokit = createGitHubClient(TOKEN, {
      baseUrl: api.url,
      retryBaseMs: 50
    })
    const error = await list(octokit).catch((e: unknown) => e)
    expect(api.requests).toHaveLength(1)
    expect(describeGitHubFailure(error, 'Reading the comments').message).toBe(
      'Reading the comments failed: GitHub API rate limit (403 on GET /repos/acme/app/issues/3/comments: API rate limit exceeded for installation ID 1.). The next run will try again.'
    )
  })

  it('5xx every time: 1 + 3 retries, then an error naming the endpoint and the status', async () => {
    api.failNext(
      'GET',
      /\/comments$/,
      githubError(503, 'Service Unavailable'),
      Infinity
    )
    const octokit = createGitHubClient(TOKEN, {
      baseUrl: api.url,
      retryBaseMs: 20
    })
    const error = await list(octokit).catch((e: unknown) => e)
    expect(api.requests.map((r) => r.status)).toEqual([503, 503, 503, 503])
    expect(describeGitHubFailure(error, 'Reading the comments').message).toBe(
      'Reading the comments failed: GitHub answered 503 on GET /repos/acme/app/issues/3/comments (Service Unavailable). The next run will try again.'
    )
  })

  it('a server that never answers: each request times out, retried, and the call gives up within its overall bound', async () => {
    api.stallNext('GET', /\/comments$/, Infinity)
    const octokit = createGitHubClient(TOKEN, {
      baseUrl: api.url,
      requestTimeoutMs: 300,
      callTimeoutMs: 60_000,
      retryBaseMs: 20
    })
    const error = await list(octokit).catch((e: unknown) => e)
    expect(api.requests).toHaveLength(4)
    expect(describeGitHubFailure(error, 'Reading the comments').message).toBe(
      'Reading the comments failed: no answer from the GitHub API on GET /repos/acme/app/issues/3/comments (no answer within 0.3 s).'
    )
    api.requests.length = 0
    const bounded = createGitHubClient(TOKEN, {
      baseUrl: api.url,
      requestTimeoutMs: 30_000,
      callTimeoutMs: 500,
      retryBaseMs: 20
    })
    const gaveUp = await list(bounded).catch((e: unknown) => e)
    expect(api.requests).toHaveLength(1)
    expect(
      describeGitHubFailure(gaveUp, 'Reading the comments').message
    ).toMatch(
      /^Reading the comments failed: no answer from the GitHub API.* \(gave up after 0\.5 s \(retries included\)\)\.$/
    )
  })

  it('a 500 whose body echoes the request headers: the token never reaches the message', async () => {
    api.failNext(
      'GET',
      /\/comments$/,
      (request) =>
        githubError(
          500,
          `internal error for ${JSON.stringify(request.headers)}; also ghp_${'a'.repeat(36)} and github_pat_11ABC_${'b'.repeat(40)}`
        ),
      Infinity
    )
    const octokit = createGitHubClient(TOKEN, {
      baseUrl: api.url,
      retryBaseMs: 20
    })
    const error = await list(octokit).catch((e: unknown) => e)
    const { message } = describeGitHubFailure(error, 'Reading the comments')
    expect(message).toContain('GitHub answered 500')
    expect(message).toContain('"authorization":"***"')
    for (const secret of [TOKEN, 'ghp_aaaa', 'github_pat_11ABC'])
      expect(message).not.toContain(secret)
    expect(
      JSON.stringify((error as { response?: unknown }).response)
    ).not.toContain(TOKEN)
    expect(String((error as Error).message)).not.toContain(TOKEN)
  })

  it('scrubSecrets: the token, token shapes and Authorization values', () => {
    expect(
      scrubSecrets(
        'Authorization: Bearer abc.def-ghi_jkl and token=xyz123',
        'xyz123'
      )
    ).toBe('Authorization: *** and token=***')
    expect(
      scrubSecrets(
        `ghs_${'x'.repeat(36)} gho_${'y'.repeat(36)} ghu_${'z'.repeat(36)} ghr_${'w'.repeat(36)}`
      )
    ).toBe('*** *** *** ***')
    expect(scrubSecrets('bearer 0123456789abcdefghij')).toBe('bearer ***')
    expect(scrubSecrets('no secret here: ghp_short')).toBe(
      'no secret here: ghp_short'
    )
  })
})
