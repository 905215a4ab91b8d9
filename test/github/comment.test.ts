// The sticky comment through the real Octokit client (@actions/github getOctokit) against
// the local GitHub API stand-in: create, find on a later page and update, the read-only
// token of a fork PR, API failures, the 65,536-character limit, the workflow_run PR
// number check, whose comment is ours (the token's identity, not just the marker), and
// two runs racing to create it.
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from 'vitest'
import { createGitHubClient } from '../../src/github/client.js'
import {
  findStickyComment,
  publishRunComment,
  upsertStickyComment
} from '../../src/github/comment.js'
import {
  parseEventContext,
  resolvePullRequest,
  verifyPullRequestHead
} from '../../src/github/context.js'
import { setLog, type Log } from '../../src/log.js'
import { renderCommentMarkdown } from '../../src/report/comment.js'
import { GitHubStandIn } from '../support/github-server.js'
import {
  compareReports,
  imageResult,
  loadAnalyze,
  mergedRunPr,
  runReport,
  splitLayersPr
} from '../support/reports.js'

const OWNER = 'acme'
const REPO = 'signer'
const WRITE = 'ghs_write_token_0123456789'
const READ = 'ghs_read_only_token_0123456789'

let api: GitHubStandIn
let warnings: string[]
let infos: string[]
let issue = 100

beforeAll(async () => {
  api = await GitHubStandIn.start()
  api.addToken(WRITE, 'write')
  api.addToken(READ, 'read')
})
afterAll(async () => {
  await api.close()
})
beforeEach(() => {
  warnings = []
  infos = []
  const capture: Log = {
    debug: () => {},
    info: (m) => infos.push(m),
    warning: (m) => warnings.push(m)
  }
  setLog(capture)
  api.requests.length = 0
  issue++
})
afterEach(() => {
  setLog({
    debug: () => {},
    info: () => {},
    warning: (m) => process.stderr.write(`warning: ${m}\n`)
  })
})

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const }

// Retries 10 ms apart instead of 1 s: the count of requests, not the wait, is what is checked.
function target(token = WRITE) {
  return {
    octokit: createGitHubClient(token, { baseUrl: api.url, retryBaseMs: 10 }),
    owner: OWNER,
    repo: REPO,
    issueNumber: issue
  }
}

const others = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    body: `comment ${i + 1}: looks good`
  }))

describe('upsertStickyComment', () => {
  it('creates the comment on the first run, then updates it in place past 45 other comments', async () => {
    const body = renderCommentMarkdown(runReport([splitLayersPr()]), {
      key: 'ci'
    })
    const first = await upsertStickyComment({ ...target(), key: 'ci', body })
    const created = api.commentsOf(OWNER, REPO, issue)
    expect(created).toHaveLength(1)
    expect(first).toEqual({
      id: created[0].id,
      url: `https://github.com/${OWNER}/${REPO}/pull/${issue}#issuecomment-${created[0].id}`,
      action: 'created'
    })
    expect(created[0].body).toBe(body)
    expect(created[0].user.login).toBe('github-actions[bot]')

    api.seedComments(OWNER, REPO, issue, others(45))
    api.requests.length = 0
    const fixed = renderCommentMarkdown(runReport([mergedRunPr()]), {
      key: 'ci'
    })
    const second = await upsertStickyComment({
      ...target(),
      key: 'ci',
      body: fixed
    })
    expect(second).toEqual({
      id: created[0].id,
      url: created[0].html_url,
      action: 'updated'
    })
    const after = api.commentsOf(OWNER, REPO, issue)
    expect(after).toHaveLength(46)
    expect(
      after.filter((c) => c.body.startsWith('<!-- image-size-budget:ci -->'))
    ).toHaveLength(1)
    expect(after[0].body).toBe(fixed)
    expect(
      api.requests.map(
        (r) => `${r.method} ${r.path} ${JSON.stringify(r.query)}`
      )
    ).toEqual([
      'GET /user {}',
      `GET /repos/${OWNER}/${REPO}/issues/${issue}/comments {"per_page":"100"}`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${created[0].id} {}`
    ])
    expect(warnings).toEqual([])
  })

  it('reads every page: finds its comment after 250 others (page 3 of 100), and only by the exact key', async () => {
    api.seedComments(OWNER, REPO, issue, others(250))
    const theirs = api.seedComments(OWNER, REPO, issue, [
      { body: '<!-- image-size-budget:ci-arm64 -->\nthe arm64 matrix job' },
      { body: 'quoting it: <!-- image-size-budget:ci -->' }
    ])
    const [ours] = api.seedComments(OWNER, REPO, issue, [
      { body: '<!-- image-size-budget:ci -->\nold figures', user: BOT }
    ])
    const result = await upsertStickyComment({
      ...target(),
      key: 'ci',
      body: 'new figures'
    })
    expect(result).toMatchObject({ id: ours.id, action: 'updated' })
    expect(
      api.commentsOf(OWNER, REPO, issue).find((c) => c.id === ours.id)?.body
    ).toBe('<!-- image-size-budget:ci -->\nnew figures')
    expect(
      api
        .commentsOf(OWNER, REPO, issue)
        .filter((c) => theirs.some((t) => t.id === c.id))
        .map((c) => c.body)
    ).toEqual(theirs.map((t) => t.body))
    const gets = api.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/comments')
    )
    expect(gets.map((r) => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' }
    ])
    expect(gets.every((r) => r.token === WRITE)).toBe(true)
  })

  it('a read-only token (fork PR): one warning with the fix, no throw, nothing written', async () => {
    const result = await upsertStickyComment({
      ...target(READ),
      key: 'ci',
      body: 'report'
    })
    const expected =
      `Could not write the pull request comment: Creating a comment on ${OWNER}/${REPO}#${issue} failed: the token may not do this (403 on POST /repos/${OWNER}/${REPO}/issues/${issue}/comments: Resource not accessible by integration). ` +
      'Give the job `permissions: pull-requests: write`. Pull requests from forks always get a read-only GITHUB_TOKEN: for them, measure in the `pull_request` workflow, upload the report, and post it from a `workflow_run` workflow with `mode: comment` (see the README). ' +
      'The full report is in the job summary and the log.'
    expect(result).toEqual({ skipped: expected })
    expect(warnings).toEqual([expected])
    expect(api.commentsOf(OWNER, REPO, issue)).toHaveLength(0)
    expect(warnings.join('\n')).not.toContain(READ)
  })

  it('a read-only token and an existing comment: the update is refused the same way', async () => {
    const [ours] = api.seedComments(OWNER, REPO, issue, [
      { body: '<!-- image-size-budget:ci -->\nold', user: BOT }
    ])
    const result = await upsertStickyComment({
      ...target(READ),
      key: 'ci',
      body: 'new'
    })
    expect(result).toEqual({
      skipped: expect.stringContaining(
        `Updating comment ${ours.id} on ${OWNER}/${REPO}#${issue} failed: the token may not do this (403 on PATCH /repos/${OWNER}/${REPO}/issues/comments/${ours.id}: Resource not accessible by integration).`
      )
    })
    expect(warnings).toHaveLength(1)
    expect(api.commentsOf(OWNER, REPO, issue)[0].body).toBe(
      '<!-- image-size-budget:ci -->\nold'
    )
  })

  it('a refused token (401) and 502s while listing: warned with what failed, no throw; one 502 is retried', async () => {
    const refused = await upsertStickyComment({
      ...target('ghs_unknown'),
      key: 'ci',
      body: 'x'
    })
    expect(refused).toEqual({
      skipped: `Could not write the pull request comment: Reading the comments of ${OWNER}/${REPO}#${issue} failed: the token was refused (401 on GET /repos/${OWNER}/${REPO}/issues/${issue}/comments: Bad credentials). Check the "github-token" input. The full report is in the job summary and the log.`
    })
    api.failNext(
      'GET',
      /\/comments$/,
      { status: 502, body: { message: 'Server Error' } },
      4
    )
    const outage = await upsertStickyComment({
      ...target(),
      key: 'ci',
      body: 'x'
    })
    expect(outage).toEqual({
      skipped: `Could not write the pull request comment: Reading the comments of ${OWNER}/${REPO}#${issue} failed: GitHub answered 502 on GET /repos/${OWNER}/${REPO}/issues/${issue}/comments (Server Error). The next run will try again. The full report is in the job summary and the log.`
    })
    expect(warnings).toHaveLength(2)
    expect(api.commentsOf(OWNER, REPO, issue)).toHaveLength(0)
    api.failNext(
      'GET',
      /\/comments$/,
      { status: 502, body: { message: 'Server Error' } },
      1
    )
    expect(
      await upsertStickyComment({ ...target(), key: 'ci', body: 'x' })
    ).toMatchObject({ action: 'created' })
    expect(warnings).toHaveLength(2)
  })

  it('no answer at all (connection refused): warned, no throw', async () => {
    const closed = await GitHubStandIn.start()
    const url = closed.url
    await closed.close()
    const result = await upsertStickyComment({
      octokit: createGitHubClient(WRITE, { baseUrl: url, retryBaseMs: 10 }),
      owner: OWNER,
      repo: REPO,
      issueNumber: issue,
      key: 'ci',
      body: 'x'
    })
    expect('skipped' in result && result.skipped).toMatch(
      /^Could not write the pull request comment: Reading the comments of acme\/signer#\d+ failed: no answer from the GitHub API on GET \/repos\/acme\/signer\/issues\/\d+\/comments \(.+\)\./
    )
    expect(warnings).toHaveLength(1)
  })

  it('a body over 65,536 characters is cut before sending; a 422 from GitHub is a warning', async () => {
    const long = `<!-- image-size-budget:ci -->\n${'row of the report\n'.repeat(5_000)}`
    expect(long.length).toBeGreaterThan(65_536)
    const result = await upsertStickyComment({
      ...target(),
      key: 'ci',
      body: long
    })
    expect(result).toMatchObject({ action: 'created' })
    const sent = api.commentsOf(OWNER, REPO, issue)[0].body
    expect(sent.length).toBeLessThanOrEqual(65_536)
    expect(
      sent.endsWith(
        "_The rest of this report was cut to fit GitHub's comment size limit; the job summary and the JSON report have all of it._\n"
      )
    ).toBe(true)

    // Should GitHub still refuse a body (its count differs from ours), that is a warning too.
    api.failNext('PATCH', /\/issues\/comments\/\d+$/, {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'unprocessable',
            field: 'data',
            message: 'Body is too long (maximum is 65536 characters)'
          }
        ],
        documentation_url:
          'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
        status: '422'
      }
    })
    const refused = await upsertStickyComment({
      ...target(),
      key: 'ci',
      body: 'x'
    })
    expect(refused).toEqual({
      skipped: expect.stringMatching(
        /failed: GitHub refused it \(422 on PATCH \/repos\/acme\/signer\/issues\/comments\/\d+: Validation Failed\)\./
      )
    })
    expect(warnings).toHaveLength(1)
  })

  it('the stand-in itself answers 422 for a body over 65,536 code points', async () => {
    const response = await fetch(
      `${api.url}/repos/${OWNER}/${REPO}/issues/${issue}/comments`,
      {
        method: 'POST',
        headers: {
          authorization: `token ${WRITE}`,
          'content-type': 'application/json'
        },
        body: JSON.stringify({ body: 'x'.repeat(65_537) })
      }
    )
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)'
        }
      ],
      documentation_url:
        'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422'
    })
  })
})

describe('the stand-in pages like GitHub', () => {
  it('Link header with prev/next/last/first and absolute URLs; none on a single page', async () => {
    api.seedComments(OWNER, REPO, issue, others(65))
    const get = (query: string) =>
      fetch(
        `${api.url}/repos/${OWNER}/${REPO}/issues/${issue}/comments${query}`,
        { headers: { authorization: `Bearer ${WRITE}` } }
      )
    const first = await get('')
    expect(first.headers.get('link')).toBe(
      `<${api.url}/repos/${OWNER}/${REPO}/issues/${issue}/comments?page=2>; rel="next", <${api.url}/repos/${OWNER}/${REPO}/issues/${issue}/comments?page=3>; rel="last"`
    )
    expect((await first.json()).length).toBe(30)
    const middle = await get('?per_page=30&page=2')
    expect(middle.headers.get('link')).toBe(
      [
        `<${api.url}/repos/${OWNER}/${REPO}/issues/${issue}/comments?per_page=30&page=1>; rel="prev"`,
        `<${api.url}/repos/${OWNER}/${REPO}/issues/${issue}/comments?per_page=30&page=3>; rel="next"`,
        `<${api.url}/repos/${OWNER}/${REPO}/issues/${issue}/comments?per_page=30&page=3>; rel="last"`,
        `<${api.url}/repos/${OWNER}/${REPO}/issues/${issue}/comments?per_page=30&page=1>; rel="first"`
      ].join(', ')
    )
    const all = await get('?per_page=100')
    expect(all.headers.get('link')).toBeNull()
    expect((await all.json()).length).toBe(65)
    const anonymous = await fetch(
      `${api.url}/repos/${OWNER}/${REPO}/issues/${issue}/comments`
    )
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401'
    })
  })
})

describe('publishRunComment', () => {
  const same = loadAnalyze('merged-run')
  const quiet = runReport([
    imageResult(same, {
      name: 'signer',
      comparison: compareReports(same, same, [
        [0, 0],
        [1, 1]
      ])
    })
  ])

  it('on-change: no comment when nothing changed; an existing one is still updated', async () => {
    const nothing = await publishRunComment({
      ...target(),
      key: 'ci',
      mode: 'on-change',
      run: quiet
    })
    expect(nothing).toEqual({
      skipped:
        'no pull request comment (comment: on-change): nothing changed beyond min-change and no budget is broken, and there is no earlier comment to update'
    })
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([])
    const [old] = api.seedComments(OWNER, REPO, issue, [
      {
        body: '<!-- image-size-budget:ci -->\n❌ over budget (stale)',
        user: BOT
      }
    ])
    const updated = await publishRunComment({
      ...target(),
      key: 'ci',
      mode: 'on-change',
      run: quiet
    })
    expect(updated).toMatchObject({ id: old.id, action: 'updated' })
    expect(api.commentsOf(OWNER, REPO, issue)[0].body).toBe(
      renderCommentMarkdown(quiet, { key: 'ci' })
    )
    expect(warnings).toEqual([])
  })

  it('never: no API call', async () => {
    expect(
      await publishRunComment({
        ...target(),
        key: 'ci',
        mode: 'never',
        run: runReport([splitLayersPr()])
      })
    ).toEqual({ skipped: 'comment: never' })
    expect(api.requests).toEqual([])
  })
})

describe('the PR number of a workflow_run', () => {
  const env = {
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKFLOW: 'Post image size comment'
  }
  const headSha = 'a'.repeat(40)
  const payload = (pullRequests: unknown[]) => ({
    repository: { id: 7, full_name: `${OWNER}/${REPO}` },
    workflow_run: {
      id: 9,
      name: 'Image size',
      head_sha: headSha,
      event: 'pull_request',
      conclusion: 'success',
      pull_requests: pullRequests
    }
  })

  it('same-repository PR: from the payload, the key from the measuring workflow', () => {
    const context = parseEventContext(
      'workflow_run',
      payload([
        { number: 12, url: 'x', base: { repo: { id: 7 } } },
        { number: 3, base: { repo: { id: 99 } } }
      ]),
      env
    )
    expect(context.workflow).toBe('Image size')
    expect(context.workflowRun?.pullRequests).toEqual([12])
    expect(resolvePullRequest(context, { report: 40 })).toEqual({
      number: 12,
      source: 'workflow_run'
    })
  })

  it('fork PR: the report names it, and it is used only if its head is the measured commit', async () => {
    const context = parseEventContext('workflow_run', payload([]), env)
    const resolved = resolvePullRequest(context, { report: issue })
    expect(resolved).toEqual({
      number: issue,
      source: 'report',
      verifyHeadSha: headSha
    })
    api.seedPullRequest(OWNER, REPO, {
      number: issue,
      head: {
        sha: headSha,
        ref: 'patch-1',
        repo: { full_name: 'fork/signer' }
      },
      base: { ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } }
    })
    const { octokit } = target(READ)
    expect(
      await verifyPullRequestHead(octokit, OWNER, REPO, issue, headSha)
    ).toBeNull()
    expect(
      await verifyPullRequestHead(octokit, OWNER, REPO, issue, 'b'.repeat(40))
    ).toBe(
      `pull request #${issue}'s head is aaaaaaaaaaaa, not the commit the measuring run built (bbbbbbbbbbbb): not commenting on it`
    )
    expect(
      await verifyPullRequestHead(octokit, OWNER, REPO, 999_999, headSha)
    ).toBe(
      `could not check pull request #999999 of ${OWNER}/${REPO} (404): not commenting on it`
    )
    expect(resolvePullRequest(context)).toEqual({
      missing:
        'the workflow_run event names no pull request (a fork PR) and neither the "pr-number" input nor the report\'s pullRequest.number gives one'
    })
  })

  it('pull_request event: the number and whether it comes from a fork', () => {
    const context = parseEventContext(
      'pull_request',
      {
        number: 5,
        pull_request: {
          number: 5,
          head: { sha: headSha, repo: { full_name: 'fork/signer' } }
        }
      },
      env
    )
    expect(context.pullRequest).toEqual({ number: 5, headSha, fork: true })
    expect(resolvePullRequest(context, { input: 8 })).toEqual({
      number: 5,
      source: 'event'
    })
    expect(resolvePullRequest(parseEventContext('push', {}, env))).toEqual({
      missing:
        'a "push" event is not about a pull request; give the "pr-number" input to comment anyway'
    })
  })
})

describe('findStickyComment', () => {
  it('returns the oldest comment that starts with the marker', async () => {
    const [a, b] = api.seedComments(OWNER, REPO, issue, [
      { body: '  <!-- image-size-budget:ci -->\nfirst', user: BOT },
      { body: '<!-- image-size-budget:ci -->\nduplicate', user: BOT }
    ])
    expect(b.id).toBeGreaterThan(a.id)
    expect(await findStickyComment(target(), 'ci')).toEqual({
      id: a.id,
      url: a.html_url,
      body: a.body
    })
    expect(await findStickyComment(target(), 'other')).toBeUndefined()
  })

  it("a person's comment that starts with the marker is not ours: left untouched, ours is made beside it", async () => {
    const [theirs] = api.seedComments(OWNER, REPO, issue, [
      {
        body: '<!-- image-size-budget:ci -->\nmy own notes',
        user: { login: 'mallory', id: 666, type: 'User' }
      }
    ])
    expect(await findStickyComment(target(), 'ci')).toBeUndefined()
    const result = await upsertStickyComment({
      ...target(),
      key: 'ci',
      body: 'the report'
    })
    expect(result).toMatchObject({ action: 'created' })
    const all = api.commentsOf(OWNER, REPO, issue)
    expect(all.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', '<!-- image-size-budget:ci -->\nmy own notes'],
      ['github-actions[bot]', '<!-- image-size-budget:ci -->\nthe report']
    ])
    expect(all[0]).toEqual(theirs)
    expect(
      api.requests.filter((r) => r.method !== 'GET').map((r) => r.method)
    ).toEqual(['POST'])
  })

  it("a user token is ours by GET /user: its comments are found, the bot's are not", async () => {
    const PAT = 'ghp_userTokenForTheStandIn0123456789ab'
    const me = { login: 'release-bot-user', id: 4242, type: 'User' as const }
    api.addToken(PAT, 'write', me)
    const [bots, mine] = api.seedComments(OWNER, REPO, issue, [
      { body: '<!-- image-size-budget:ci -->\nby the actions bot', user: BOT },
      { body: '<!-- image-size-budget:ci -->\nby the user', user: me }
    ])
    expect(await findStickyComment(target(PAT), 'ci')).toEqual({
      id: mine.id,
      url: mine.html_url,
      body: mine.body
    })
    expect(await findStickyComment(target(), 'ci')).toEqual({
      id: bots.id,
      url: bots.html_url,
      body: bots.body
    })
  })
})

describe('two runs at once on one PR', () => {
  it('both find no comment and both create one: the newer deletes its own, one comment stays with the last body', async () => {
    api.holdUntil('GET', new RegExp(`/issues/${issue}/comments$`), 2)
    const [first, second] = await Promise.all([
      upsertStickyComment({ ...target(), key: 'ci', body: 'run A' }),
      upsertStickyComment({ ...target(), key: 'ci', body: 'run B' })
    ])
    const left = api.commentsOf(OWNER, REPO, issue)
    expect(left).toHaveLength(1)
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
    expect(api.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1)
    const kept = left[0].id
    expect([first, second].map((r) => 'id' in r && r.id)).toEqual([kept, kept])
    expect(
      [first, second].map((r) => 'action' in r && r.action).sort()
    ).toEqual(['created', 'updated'])
    expect([
      '<!-- image-size-budget:ci -->\nrun A',
      '<!-- image-size-budget:ci -->\nrun B'
    ]).toContain(left[0].body)
    expect(warnings).toEqual([])
  })
})
