// `baseline: auto` on a pull request, end to end: a real git repository (main, and a PR
// branch that splits the story's RUN), push runs of the action on main whose report files
// become artifacts of the GitHub stand-in's Actions API, and PR runs of the committed
// bundle that find them (at the merge-base, or an ancestor), fall back to building when
// there are none, survive rate limits, 5xx, an API that always fails or never answers,
// and leave one comment when two runs race.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunReport } from '../../src/model/report.js'
import { engineSize } from '../support/engine.js'
import {
  installActionsRoutes,
  type ActionsState
} from '../support/github-actions-routes.js'
import { githubError, GitHubStandIn } from '../support/github-server.js'
import { runActionAsync, type ActionRun } from '../support/run.js'
import { makeZip } from '../support/zip.js'

const TOKEN = 'ghs_baselineArtifactToken0123456789abcd'
const MARKER = '<!-- image-size-budget:'
const shown = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
const warningsOf = (run: ActionRun) =>
  run.stdout.split('\n').filter((line) => line.startsWith('::warning'))

const FIXTURES = path.resolve('test/fixtures/compare/split-vs-merged')
const MERGED = readFileSync(path.join(FIXTURES, 'head/Dockerfile'), 'utf8')
const SPLIT = readFileSync(path.join(FIXTURES, 'base/Dockerfile'), 'utf8')

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e'
    }
  }).trim()
}

function commit(
  dir: string,
  files: Record<string, string>,
  message: string
): string {
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(dir, name), text)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

describe("baseline: auto finds the base branch's report", () => {
  let github: GitHubStandIn
  let actions: ActionsState
  let repo: string
  const main: string[] = []
  let head: string
  let artifactName: string
  const reports = new Map<string, Buffer>()
  let eventPath: string

  const prEnv = (
    workflowFile: string,
    extra: NodeJS.ProcessEnv = {}
  ): NodeJS.ProcessEnv => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKFLOW: 'image size',
    GITHUB_WORKFLOW_REF: `acme/app/.github/workflows/${workflowFile}@refs/pull/9/merge`,
    GITHUB_API_URL: github.url,
    GITHUB_BASE_REF: 'main',
    GITHUB_SHA: head,
    ...extra
  })
  const prInputs = (extra: Record<string, string> = {}) => ({
    dockerfile: 'Dockerfile',
    context: '.',
    image: 'isb-test/artifact-pr:head',
    // No budget file (the default path, absent in the repo); the key named as before.
    'comment-key': 'image-size-.github-none.yml',
    'file-analysis': 'false',
    'github-token': TOKEN,
    comment: 'always',
    ...extra
  })
  const runPr = (
    workflowFile: string,
    extra: NodeJS.ProcessEnv = {},
    inputs: Record<string, string> = {}
  ) =>
    runActionAsync(prInputs(inputs), prEnv(workflowFile, extra), { cwd: repo })

  /** The action on a push to main at `sha`, in a worktree of it, as the push half of the workflow runs it; its report file becomes an artifact. */
  async function pushRun(sha: string): Promise<Buffer> {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'isb-push-')), 'tree')
    git(repo, 'worktree', 'add', '-q', '--detach', dir, sha)
    const run = await runActionAsync(
      {
        dockerfile: 'Dockerfile',
        context: '.',
        image: 'isb-test/artifact-main:push',
        'comment-key': 'image-size-.github-none.yml',
        'file-analysis': 'false',
        'github-token': TOKEN
      },
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: path.join(dir, 'no-event.json'),
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_WORKFLOW: 'image size',
        GITHUB_WORKFLOW_REF:
          'acme/app/.github/workflows/size.yml@refs/heads/main',
        GITHUB_SHA: sha,
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: '30000000001',
        GITHUB_API_URL: github.url
      },
      { cwd: dir }
    )
    git(repo, 'worktree', 'remove', '--force', dir)
    expect(run.stdout).not.toContain('::error::')
    expect(run.status).toBe(0)
    artifactName = run.outputs['baseline-artifact']
    const report = JSON.parse(
      readFileSync(run.outputs['report-path'], 'utf8')
    ) as RunReport
    expect(report.origin).toEqual({
      commitSha: sha,
      ref: 'main',
      event: 'push',
      workflow: 'image size',
      workflowRef: 'acme/app/.github/workflows/size.yml@refs/heads/main',
      key: 'image-size-.github-none.yml',
      budgetFile: '.github/image-size-budget.yml',
      runId: 30000000001
    })
    expect(report.images[0].totalBytes).toBe(
      engineSize('isb-test/artifact-main:push')
    )
    return makeZip([
      {
        name: 'image-size-budget-report.json',
        data: readFileSync(run.outputs['report-path'])
      }
    ])
  }

  /** A push run of workflow `file` at main[i] with the report measured there. */
  function publish(file: string, i: number): void {
    const run = actions.addRun(file, main[i])
    actions.addArtifact(run, artifactName, reports.get(main[i])!)
  }

  beforeAll(async () => {
    github = await GitHubStandIn.start()
    github.addToken(TOKEN, 'write')
    actions = await installActionsRoutes(github)
    repo = mkdtempSync(path.join(tmpdir(), 'isb-artifact-repo-'))
    git(repo, 'init', '-q', '-b', 'main')
    main.push(commit(repo, { Dockerfile: MERGED, 'notes.txt': '0\n' }, 'c0'))
    for (let i = 1; i <= 3; i++)
      main.push(commit(repo, { 'notes.txt': `${i}\n` }, `c${i}`))
    git(repo, 'checkout', '-q', '-b', 'pr')
    head = commit(repo, { Dockerfile: SPLIT }, 'split the RUN')
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-event-'))
    eventPath = path.join(dir, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({
        number: 9,
        pull_request: {
          number: 9,
          head: { sha: head, repo: { full_name: 'acme/app' } },
          base: { ref: 'main' }
        },
        repository: { full_name: 'acme/app' }
      })
    )
    reports.set(main[3], await pushRun(main[3]))
    reports.set(main[1], await pushRun(main[1]))
    publish('size.yml', 3)
    publish('ancestor.yml', 1)
  })
  afterAll(async () => {
    await actions?.close()
    await github?.close()
  })

  const comments = (issue = 9) =>
    github
      .commentsOf('acme', 'app', issue)
      .filter((c) => c.body.startsWith(MARKER))
  /** The comment as a reader sees it: without the invisible word joiners that keep `@` from mentioning anyone. */
  const readable = (issue = 9) => comments(issue)[0].body.replace(/\u2060/g, '')

  it('the report at the merge-base: used, named in the comment, nothing built for the base, and the token never reaches the blob host', async () => {
    const run = await runPr('size.yml')
    expect(run.stdout).not.toContain('::error::')
    expect(run.status).toBe(0)
    const delta =
      engineSize('isb-test/artifact-pr:head') -
      engineSize('isb-test/artifact-main:push')
    expect(delta).toBe(64 * 1024 * 1024)
    expect(run.outputs['delta-bytes']).toBe(String(delta))
    expect(run.outputs['baseline-total-bytes']).toBe(
      String(engineSize('isb-test/artifact-main:push'))
    )
    expect(run.stdout).not.toContain('Building the baseline')
    const runId = actions.runs.find((r) => r.workflowFile === 'size.yml')!.id
    expect(run.stdout).toContain(
      `baseline: main @ ${main[3].slice(0, 7)}, the merge-base (artifact "${artifactName}" of run ${runId})`
    )
    expect(comments()).toHaveLength(1)
    expect(comments()[0].body).toContain(
      `baseline: main @ ${main[3].slice(0, 7)}, the merge-base, from the report of run ${runId}`
    )
    const report = JSON.parse(
      readFileSync(run.outputs['report-path'], 'utf8')
    ) as RunReport
    expect(report.images[0].baselineFrom).toEqual({
      kind: 'artifact',
      commit: main[3],
      branch: 'main',
      commitsBeforeMergeBase: 0,
      runId
    })
    expect(warningsOf(run)).toEqual([])
    expect(actions.downloads.every((d) => d.authorization === undefined)).toBe(
      true
    )
    expect(actions.downloads.length).toBeGreaterThan(0)
    for (const text of [shown(run.stdout), run.stderr, run.summary])
      expect(text).not.toContain(TOKEN)
  })

  it('none at the merge-base, one 2 commits before: used, and the comment says it is not exact', async () => {
    const run = await runPr('ancestor.yml')
    expect(run.status).toBe(0)
    expect(run.outputs['delta-bytes']).toBe(String(64 * 1024 * 1024))
    expect(run.stdout).not.toContain('Building the baseline')
    expect(readable()).toContain(
      `baseline: main @ ${main[1].slice(0, 7)}, 2 commits before the merge-base`
    )
    expect(warningsOf(run)).toEqual([])
  })

  it('no report at all: falls back to building at the merge-base, one line saying why', async () => {
    const run = await runPr('nothing.yml')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      `Building the baseline: Dockerfile at the merge-base ${main[3].slice(0, 12)} with main`
    )
    expect(run.outputs['delta-bytes']).toBe(String(64 * 1024 * 1024))
    const body = readable()
    expect(body).toContain(
      `baseline: main @ ${main[3].slice(0, 7)}, built at the merge-base`
    )
    expect(body).toContain(
      '↪ no report of the base branch: no successful run of workflow nothing.yml uploaded the artifact'
    )
    expect(warningsOf(run)).toEqual([])
  })

  it('GitHub answers 429 with retry-after: 1, then 502 once: the run still uses the artifact', async () => {
    github.failNext('GET', /\/actions\/workflows\/size\.yml\/runs$/, {
      ...githubError(
        429,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      ),
      headers: { 'retry-after': '1' }
    })
    github.failNext(
      'GET',
      /\/actions\/workflows\/size\.yml\/runs$/,
      githubError(502, 'Server Error')
    )
    const before = github.requests.length
    const run = await runPr('size.yml')
    expect(run.status).toBe(0)
    expect(warningsOf(run)).toEqual([])
    expect(readable()).toContain(
      `baseline: main @ ${main[3].slice(0, 7)}, the merge-base`
    )
    expect(
      github.requests
        .slice(before)
        .filter((r) => r.path.endsWith('/size.yml/runs'))
        .map((r) => r.status)
    ).toEqual([429, 502, 200])
  })

  it('a GitHub API that always fails: warnings naming endpoint and status, the size check passes or fails on its own merits', async () => {
    github.failNext(
      'GET',
      /./,
      githubError(500, 'Internal Server Error'),
      Infinity
    )
    github.failNext(
      'POST',
      /./,
      githubError(500, 'Internal Server Error'),
      Infinity
    )
    try {
      const fast = { IMAGE_SIZE_BUDGET_GITHUB_RETRY_BASE_MS: '20' }
      const within = await runPr('size.yml', fast)
      expect(within.status).toBe(0)
      expect(within.stdout).not.toContain('::error::')
      const warnings = warningsOf(within)
      expect(warnings).toHaveLength(2)
      expect(warnings[0]).toContain(
        'GitHub answered 500 on GET /repos/acme/app/actions/workflows/size.yml/runs (Internal Server Error)'
      )
      expect(warnings[1]).toContain(
        'Could not write the pull request comment: Reading the comments of acme/app#9 failed: GitHub answered 500 on GET /repos/acme/app/issues/9/comments'
      )
      expect(within.outputs['delta-bytes']).toBe(String(64 * 1024 * 1024))
      const over = await runPr('size.yml', fast, { 'max-size': '60MB' })
      expect(over.status).toBe(1)
      expect(over.stdout).toMatch(/^::error::1 size budget is broken/m)
    } finally {
      github.clearFaults()
    }
  })

  it('a GitHub API that never answers: each call gives up within its bound, a warning, the check passes', async () => {
    github.stallNext('GET', /./, Infinity)
    try {
      const run = await runPr('size.yml', {
        IMAGE_SIZE_BUDGET_GITHUB_REQUEST_TIMEOUT_MS: '300',
        IMAGE_SIZE_BUDGET_GITHUB_CALL_TIMEOUT_MS: '1000',
        IMAGE_SIZE_BUDGET_GITHUB_RETRY_BASE_MS: '20'
      })
      expect(run.status).toBe(0)
      const warnings = warningsOf(run)
      expect(warnings).toHaveLength(2)
      expect(warnings[0]).toContain(
        'no answer from the GitHub API on GET /repos/acme/app/actions/workflows/size.yml/runs'
      )
      expect(warnings[1]).toContain(
        'no answer from the GitHub API on GET /repos/acme/app/issues/9/comments'
      )
      expect(run.outputs['delta-bytes']).toBe(String(64 * 1024 * 1024))
    } finally {
      github.clearFaults()
    }
  })

  it("two runs racing on a PR with no comment (and a person's comment with the marker): one comment at the end, theirs untouched", async () => {
    const issue = 10
    const racing = path.join(path.dirname(eventPath), 'race.json')
    writeFileSync(
      racing,
      JSON.stringify({
        number: issue,
        pull_request: {
          number: issue,
          head: { sha: head, repo: { full_name: 'acme/app' } },
          base: { ref: 'main' }
        },
        repository: { full_name: 'acme/app' }
      })
    )
    const [theirs] = github.seedComments('acme', 'app', issue, [
      {
        body: '<!-- image-size-budget:image-size-.github-none.yml -->\nI copied the marker',
        user: { login: 'octocat', id: 1, type: 'User' }
      }
    ])
    github.holdUntil('GET', new RegExp(`/issues/${issue}/comments$`), 2)
    const [a, b] = await Promise.all([
      runPr('size.yml', { GITHUB_EVENT_PATH: racing }),
      runPr('size.yml', { GITHUB_EVENT_PATH: racing })
    ])
    expect([a.status, b.status]).toEqual([0, 0])
    const all = github.commentsOf('acme', 'app', issue)
    expect(all).toHaveLength(2)
    expect(all[0]).toEqual(theirs)
    expect(all[1].user.login).toBe('github-actions[bot]')
    expect(a.outputs['comment-id']).toBe(String(all[1].id))
    expect(b.outputs['comment-id']).toBe(String(all[1].id))
    expect(
      github.requests.filter(
        (r) =>
          r.method === 'POST' &&
          r.path === `/repos/acme/app/issues/${issue}/comments`
      )
    ).toHaveLength(2)
  })
})
