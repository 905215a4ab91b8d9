// mode: audit, run as a runner runs it on a schedule: every image of the budget file in
// the summary, one tracking issue however often it runs, and the size history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HISTORY_BRANCH, HISTORY_FILE } from '../../src/github/audit.js'
import type { SizeHistory } from '../../src/report/audit.js'
import { baseLayerBytes, buildFixture, engineStore } from '../support/engine.js'
import {
  installAuditRoutes,
  type AuditState
} from '../support/github-audit-routes.js'
import { GitHubStandIn } from '../support/github-server.js'
import { runActionAsync } from '../support/run.js'

const TOKEN = 'ghs_scheduledAuditToken0123456789'

describe('action: scheduled audit', () => {
  let github: GitHubStandIn
  let state: AuditState
  let env: NodeJS.ProcessEnv
  beforeAll(async () => {
    buildFixture('split-layers', 'buildkit')
    buildFixture('workdir-root', 'buildkit')
    github = await GitHubStandIn.start()
    github.addToken(TOKEN, 'write')
    state = installAuditRoutes(github)
    env = {
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_WORKFLOW: 'image size audit',
      GITHUB_API_URL: github.url,
      GITHUB_SHA: 'f'.repeat(40)
    }
  })
  afterAll(async () => github?.close())

  const inputs = {
    mode: 'audit',
    'budget-file': 'test/fixtures/budget/audit.yml',
    'github-token': TOKEN,
    'file-analysis': 'false'
  }

  it('lists every image, opens one issue, fails when over budget; repeated audits keep one issue and grow the history', async () => {
    const first = await runActionAsync(inputs, env)
    expect(first.status).toBe(1)
    expect(first.stdout).toContain(
      '::error::1 image(s) over budget: split. See the job summary and the tracking issue.'
    )
    expect(first.summary).toContain('❌ 1 of 2 over budget')
    // On the containerd store the pull size comes with the stored blobs: the table gains its column.
    const pull = engineStore() === 'containerd' ? ' [\\d.]+ [kM]B \\|' : ''
    expect(first.summary).toMatch(
      new RegExp(
        `\\| split \\| 69\\.4 MB \\|${pull} 50\\.0 MB \\| ❌ over \\(1\\) \\| first audit \\|`
      )
    )
    expect(first.summary).toMatch(
      new RegExp(
        `\\| workdir \\| 2\\.09 MB \\|${pull} 10\\.0 MB \\| ✅ within \\| first audit \\|`
      )
    )
    const second = await runActionAsync(
      { ...inputs, 'fail-on-violation': 'false' },
      env
    )
    expect(second.status).toBe(0)
    expect(second.summary).toMatch(
      new RegExp(
        `\\| split \\| 69\\.4 MB \\|${pull} 50\\.0 MB \\| ❌ over \\(1\\) \\| no change \\|`
      )
    )
    const issues = state.issues.filter((issue) =>
      issue.body.includes('<!-- image-size-budget-audit:')
    )
    expect(issues).toHaveLength(1)
    expect(issues[0].body).toMatch(
      /^<!-- image-size-budget-audit:image-size-audit-test-fixtures-budget-audit.yml -->\n/
    )
    expect(issues[0].title).toBe('Image size budget: 1 image over budget')
    expect(issues[0].state).toBe('open')
    const history = JSON.parse(
      state.fileText(HISTORY_BRANCH, HISTORY_FILE)!
    ) as SizeHistory
    const [config] = Object.values(history.configs)
    expect(config.split.map((r) => [r.totalBytes, r.status, r.commit])).toEqual(
      [
        [baseLayerBytes() + 67416077, 'fail', 'f'.repeat(40)],
        [baseLayerBytes() + 67416077, 'fail', 'f'.repeat(40)]
      ]
    )
    expect(config.workdir.map((r) => r.layers)).toEqual([4, 4])
  })
})
