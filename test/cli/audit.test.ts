// `image-size-budget audit`: every image of the budget file, exit 1 when one is over.
import { beforeAll, describe, expect, it } from 'vitest'
import type { RunReport } from '../../src/model/report.js'
import { buildFixture, engineStore } from '../support/engine.js'
import { runCli } from '../support/run.js'

describe('audit (CLI)', () => {
  beforeAll(() => {
    buildFixture('split-layers', 'buildkit')
    buildFixture('workdir-root', 'buildkit')
  })

  it('evaluates every image and exits 1 when one is over budget', () => {
    const result = runCli([
      'audit',
      '--config',
      'test/fixtures/budget/audit.yml',
      '--json'
    ])
    expect(result.status).toBe(1)
    const run = JSON.parse(result.stdout) as RunReport
    expect(run.images.map((image) => [image.name, image.status])).toEqual([
      ['split', 'fail'],
      ['workdir', 'pass']
    ])
    expect(run.violations.map((v) => [v.rule, v.limitBytes])).toEqual([
      ['total', 50_000_000]
    ])
  })

  it('--markdown prints the audit summary table', () => {
    const result = runCli([
      'audit',
      '--config',
      'test/fixtures/budget/audit.yml',
      '--markdown'
    ])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(
      /^## Image size audit, \d{4}-\d\d-\d\d: ❌ 1 of 2 over budget$/m
    )
    // On the containerd store the pull size comes with the stored blobs: the table gains its column.
    const pull = engineStore() === 'containerd' ? ' [\\d.]+ [kM]B \\|' : ''
    expect(result.stdout).toMatch(
      new RegExp(
        `\\| workdir \\| 2\\.09 MB \\|${pull} 10\\.0 MB \\| ✅ within \\| first audit \\|`
      )
    )
  })
})
