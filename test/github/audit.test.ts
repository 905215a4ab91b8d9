// Scheduled audits on GitHub, through the real Octokit client against the stand-in: one
// tracking issue per config, opened, updated, closed and reopened (never duplicated, even
// behind pages of other issues and PRs with the same label); the size history on its
// branch grows and is capped. The run figures are a real report (examples/split-layers).
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  AUDIT_LABEL,
  HISTORY_BRANCH,
  HISTORY_CAP,
  HISTORY_FILE,
  auditMarker,
  runAuditGitHub
} from '../../src/github/audit.js'
import { createGitHubClient } from '../../src/github/client.js'
import {
  renderAuditMarkdown,
  type SizeHistory
} from '../../src/report/audit.js'
import type { ImageReport, RunReport } from '../../src/model/report.js'
import {
  installAuditRoutes,
  type AuditState
} from '../support/github-audit-routes.js'
import { GitHubStandIn } from '../support/github-server.js'

const report = JSON.parse(
  readFileSync('test/fixtures/reports/split-layers.analyze.json', 'utf8')
) as ImageReport
const TOKEN = 'ghs_auditWriteToken0123456789'
const READ = 'ghs_auditReadToken0123456789'

function run(over: boolean): RunReport {
  const violations = over
    ? [
        {
          image: 'signer',
          rule: 'total' as const,
          limitBytes: 50_000_000,
          actualBytes: report.totalBytes,
          message: 'signer is 69.6 MB, over the 50.0 MB limit by 19.6 MB'
        }
      ]
    : []
  return {
    schemaVersion: 1,
    status: over ? 'fail' : 'pass',
    violations,
    units: 'si',
    images: [
      {
        ...report,
        name: 'signer',
        status: over ? 'fail' : 'pass',
        violations,
        budget: { totalBytes: over ? 50_000_000 : 100_000_000 }
      }
    ]
  }
}

describe('audit on GitHub', () => {
  let github: GitHubStandIn
  let state: AuditState
  beforeEach(async () => {
    github = await GitHubStandIn.start()
    github.addToken(TOKEN, 'write')
    github.addToken(READ, 'read')
    state = installAuditRoutes(github)
    // 60 issues and PRs with our label by others (one with another config's marker): three pages at per_page 30, one at 100.
    state.labels.add(AUDIT_LABEL)
    state.seedIssues(60, { label: AUDIT_LABEL, pulls: true })
  })
  afterEach(async () => github.close())

  const audit = (over: boolean, day: number, token = TOKEN) =>
    runAuditGitHub({
      octokit: createGitHubClient(token, { baseUrl: github.url }),
      owner: 'acme',
      repo: 'app',
      key: 'budget-yml',
      run: run(over),
      sha: `${day}`.padStart(40, '0'),
      date: `2026-11-${String(day).padStart(2, '0')}T06:17:00.000Z`,
      units: 'si'
    })
  const ours = () =>
    state.issues.filter((issue) =>
      issue.body.includes(auditMarker('budget-yml'))
    )

  it('opens, updates, closes and reopens exactly one tracking issue', async () => {
    const first = await audit(true, 1)
    expect(first.warnings).toEqual([])
    expect(first.issue).toEqual({
      number: 61,
      url: 'https://github.example/acme/app/issues/61',
      action: 'opened'
    })
    expect(ours()).toHaveLength(1)
    expect(ours()[0]).toMatchObject({
      state: 'open',
      title: 'Image size budget: 1 image over budget',
      labels: [AUDIT_LABEL]
    })
    expect(ours()[0].body).toContain(
      '| signer | 69.6 MB | 19.6 MB | 2026-11-01 |'
    )

    const second = await audit(true, 8)
    expect(second.issue?.action).toBe('updated')
    expect(ours()).toHaveLength(1)
    // "since" stays at the start of the breach.
    expect(ours()[0].body).toContain(
      '| signer | 69.6 MB | 19.6 MB | 2026-11-01 |'
    )

    const third = await audit(false, 15)
    expect(third.issue).toEqual({
      number: 61,
      url: 'https://github.example/acme/app/issues/61',
      action: 'closed'
    })
    expect(ours()[0].state).toBe('closed')
    expect(github.commentsOf('acme', 'app', 61).map((c) => c.body)).toEqual([
      'Every image is within its size budget again (audit of 2026-11-15T06:17:00.000Z, commit 000000000000). Closing.'
    ])
    expect((await audit(false, 16)).issue).toBeUndefined()

    const fourth = await audit(true, 22)
    expect(fourth.issue?.action).toBe('reopened')
    expect(ours()).toHaveLength(1)
    expect(ours()[0].state).toBe('open')
    expect(ours()[0].body).toContain(
      '| signer | 69.6 MB | 19.6 MB | 2026-11-22 |'
    )
    expect(state.issues).toHaveLength(61)
    // Every audit listed all pages: 61 labelled issues at per_page=100 is one page, so check the query.
    const lists = github.requests.filter(
      (r) => r.method === 'GET' && r.path === '/repos/acme/app/issues'
    )
    expect(
      lists.every(
        (r) =>
          r.query.labels === AUDIT_LABEL &&
          r.query.state === 'all' &&
          r.query.per_page === '100'
      )
    ).toBe(true)
  })

  it('pages through the issues endpoint (Link rel="next") to find its issue', async () => {
    state.seedIssues(150, { label: AUDIT_LABEL, pulls: true })
    await audit(true, 1)
    const before = github.requests.length
    expect((await audit(true, 2)).issue?.action).toBe('updated')
    const pages = github.requests
      .slice(before)
      .filter((r) => r.method === 'GET' && r.path === '/repos/acme/app/issues')
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(ours()).toHaveLength(1)
  })

  it('the history branch is created on first use, grows one record per audit, and keeps the last 200', async () => {
    await audit(false, 1)
    expect(state.refs.get(`heads/${HISTORY_BRANCH}`)).toBe(
      state.refs.get('heads/main')
    )
    const history = () =>
      JSON.parse(state.fileText(HISTORY_BRANCH, HISTORY_FILE)!) as SizeHistory
    expect(history().configs['budget-yml'].signer).toEqual([
      {
        date: '2026-11-01T06:17:00.000Z',
        commit: '1'.padStart(40, '0'),
        totalBytes: 69617314,
        compressedBytes: null,
        layers: 4,
        status: 'pass'
      }
    ])
    await audit(true, 2)
    expect(history().configs['budget-yml'].signer.map((r) => r.status)).toEqual(
      ['pass', 'fail']
    )
    // Fill to the cap, then one more: the oldest goes.
    const full = history()
    full.configs['budget-yml'].signer = Array.from(
      { length: HISTORY_CAP },
      (_, i) => ({ ...full.configs['budget-yml'].signer[0], commit: `old${i}` })
    )
    const file = state.files.get(HISTORY_BRANCH)!.get(HISTORY_FILE)!
    file.content = Buffer.from(JSON.stringify(full)).toString('base64')
    await audit(false, 3)
    const records = history().configs['budget-yml'].signer
    expect(records).toHaveLength(HISTORY_CAP)
    expect(records[0].commit).toBe('old1')
    expect(records.at(-1)?.date).toBe('2026-11-03T06:17:00.000Z')
  })

  it('a token without issues/contents write warns for each and still yields the history for the summary', async () => {
    const outcome = await audit(true, 1, READ)
    expect(outcome.issue).toBeUndefined()
    expect(outcome.historyWritten).toBe(false)
    expect(outcome.warnings).toEqual([
      "Writing the size history to the image-size-history branch failed (403): the token may not write contents. Give the job `permissions: contents: write`. The audit's job summary has the full result.",
      "Updating the tracking issue failed (403): the token may not write issues. Give the job `permissions: issues: write`. The audit's job summary has the full result."
    ])
    expect(ours()).toHaveLength(0)
    const markdown = renderAuditMarkdown(run(true), outcome.history, {
      units: 'si',
      key: 'budget-yml',
      date: '2026-11-01T06:17:00.000Z'
    })
    expect(markdown).toContain(
      '| signer | 69.6 MB | 50.0 MB | ❌ over (1) | 67.1 MB | first audit |'
    )
    expect(markdown).toContain('    line [69.62]')
  })
})
