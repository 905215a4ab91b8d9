// The action on a pull request, run as a runner runs it (dist/index.js, INPUT_*,
// GITHUB_EVENT_PATH with a pull_request payload, GITHUB_API_URL pointing at the local
// GitHub stand-in, driven through the real Octokit client). The PR brings the story's
// mistake: the baseline is the merged RUN, the head splits it, so one layer grows by 64 MiB.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunReport } from '../../src/model/report.js'
import { buildFixture, engineSize } from '../support/engine.js'
import { GitHubStandIn } from '../support/github-server.js'
import { runActionAsync } from '../support/run.js'

/** What a runner would show: its `::add-mask::` command lines are consumed, never printed. */
const shown = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')

const WRITE_TOKEN = 'ghs_writeTokenForTheStandIn0123456789'
const READ_TOKEN = 'ghs_readOnlyForkToken0123456789abcdef'
const MARKER = '<!-- image-size-budget:'

describe('action on a pull request', () => {
  let github: GitHubStandIn
  let head: string
  let base: string
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    base = buildFixture('compare/split-vs-merged/head', 'buildkit', {
      tag: 'isb-test/pr-base:merged'
    })
    head = buildFixture('compare/split-vs-merged/base', 'buildkit', {
      tag: 'isb-test/pr-head:split'
    })
    github = await GitHubStandIn.start()
    github.addToken(WRITE_TOKEN, 'write')
    github.addToken(READ_TOKEN, 'read')
    // A busy PR: 45 comments by people before the action's first run.
    github.seedComments(
      'acme',
      'app',
      7,
      Array.from({ length: 45 }, (_, i) => ({
        body: `comment ${i + 1}`,
        user: { login: 'octocat', id: 1, type: 'User' as const }
      }))
    )
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-event-'))
    const eventPath = path.join(dir, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: 'a'.repeat(40), repo: { full_name: 'acme/app' } },
          base: { ref: 'main' }
        },
        repository: { full_name: 'acme/app' }
      })
    )
    env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_WORKFLOW: 'image size',
      GITHUB_API_URL: github.url,
      GITHUB_BASE_REF: 'main'
    }
  })
  afterAll(async () => github?.close())

  const inputs = () => ({
    image: head,
    'baseline-image': base,
    // No budget-file: the default path, absent here, so max-size alone is the budget.
    'max-size': '100MB',
    'file-analysis': 'false'
  })
  const ours = () =>
    github.commentsOf('acme', 'app', 7).filter((c) => c.body.startsWith(MARKER))

  it('first run creates one sticky comment that flags the layer that grew, with exact deltas in the report', async () => {
    const run = await runActionAsync(
      { ...inputs(), 'github-token': WRITE_TOKEN },
      env
    )
    expect(run.stdout).not.toContain('::error::')
    expect(run.status).toBe(0)
    const delta = engineSize(head) - engineSize(base)
    expect(delta).toBe(64 * 1024 * 1024)
    expect(run.outputs).toMatchObject({
      'total-bytes': String(engineSize(head)),
      'delta-bytes': String(delta),
      'baseline-total-bytes': String(engineSize(base)),
      status: 'pass'
    })
    expect(ours()).toHaveLength(1)
    expect(github.commentsOf('acme', 'app', 7)).toHaveLength(46)
    expect(run.outputs['comment-id']).toBe(String(ours()[0].id))
    expect(run.outputs['comment-url']).toBe(ours()[0].html_url)
    expect(ours()[0].body).toBe(run.outputs.markdown)
    // The merged RUN was split into the adding step (L1) and the delete step (L3): one change over both.
    expect(run.outputs.markdown).toContain(
      '| ▲ grew | L1+L3 | base L1 split into L1 and L3: RUN mkdir -p /opt/build-deps &amp;….bin bs=1M count=64 | 0 B | 67.1 MB | +67.1 MB |'
    )
    expect(run.outputs.markdown).toContain(
      '- L1+L3 ← base L1 (split): alike instruction, score 0.963'
    )
    const report = JSON.parse(
      readFileSync(run.outputs['report-path'], 'utf8')
    ) as RunReport & { pullRequest: { number: number } }
    expect(report.pullRequest).toEqual({ number: 7, headSha: 'a'.repeat(40) })
    const [image] = report.images
    expect(image.comparison?.totalDeltaBytes).toBe(delta)
    const grew = image.comparison?.layers.filter(
      (l) => l.status !== 'unchanged'
    )
    expect(
      grew?.map((l) => [
        l.status,
        l.head?.index,
        l.deltaBytes,
        l.pairedBy,
        l.splitHead?.map((row) => row.index)
      ])
    ).toEqual([['grew', 1, 64 * 1024 * 1024, 'text', [1, 3]]])
    expect(run.summary).toContain(MARKER)
    for (const text of [
      shown(run.stdout),
      run.stderr,
      run.summary,
      JSON.stringify(report)
    ])
      expect(text).not.toContain(WRITE_TOKEN)
    expect(run.stdout).toContain(`::add-mask::${WRITE_TOKEN}`)
  })

  it('a later run updates the same comment instead of adding one, even behind 45 other comments', async () => {
    const before = { ...ours()[0] }
    const run = await runActionAsync(
      { ...inputs(), 'github-token': WRITE_TOKEN, 'max-size': '60MB' },
      env
    )
    // Over budget now: the comment is updated first, then the step fails.
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::1 size budget is broken:%0A- isb-test\/pr-head:split is 69\.2 MB, over the 60\.0 MB limit by 9\.20 MB/m
    )
    expect(ours()).toHaveLength(1)
    expect(ours()[0].id).toBe(before.id)
    expect(ours()[0].body).not.toBe(before.body)
    expect(ours()[0].body).toContain('❌')
    expect(github.commentsOf('acme', 'app', 7)).toHaveLength(46)
    expect(run.outputs.status).toBe('fail')
  })

  it('a read-only token (a fork PR) warns how to fix it, still writes the summary, and does not fail the step', async () => {
    const count = github.commentsOf('acme', 'app', 7).length
    const run = await runActionAsync(
      { ...inputs(), 'github-token': READ_TOKEN },
      env
    )
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain('::error::')
    const warnings = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('pull-requests: write')
    expect(warnings[0]).toContain('workflow_run')
    expect(run.summary).toContain(MARKER)
    expect(github.commentsOf('acme', 'app', 7)).toHaveLength(count)
    expect(shown(run.stdout) + run.stderr + run.summary).not.toContain(
      READ_TOKEN
    )
  })

  it('mode: comment posts a saved report from the trusted workflow_run job, into the same comment', async () => {
    const measured = await runActionAsync(
      { ...inputs(), comment: 'never' },
      env
    )
    expect(measured.status).toBe(0)
    const before = ours()[0]
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-run-'))
    const eventPath = path.join(dir, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({
        workflow_run: {
          id: 99,
          name: 'image size',
          head_sha: 'a'.repeat(40),
          event: 'pull_request',
          pull_requests: [
            { number: 7, base: { repo: { full_name: 'acme/app' } } }
          ]
        },
        repository: { full_name: 'acme/app', id: 1 }
      })
    )
    const run = await runActionAsync(
      {
        mode: 'comment',
        report: measured.outputs['report-path'],
        'github-token': WRITE_TOKEN,
        comment: 'always'
      },
      {
        ...env,
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_WORKFLOW: 'image size (comment)'
      }
    )
    expect(run.stdout).not.toContain('::error::')
    expect(run.status).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(ours()[0].id).toBe(before.id)
    expect(run.outputs['total-bytes']).toBe(String(engineSize(head)))
  })
})
