// The headline shows both sizes when both are known, and says when the change against the
// base is measured on pull sizes (a registry baseline). Real report: examples/split-layers.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderCommentMarkdown } from '../../src/report/comment.js'
import type { ImageReport, RunReport } from '../../src/model/report.js'

const report = JSON.parse(
  readFileSync('test/fixtures/reports/split-layers.analyze.json', 'utf8')
) as ImageReport

function runWith(extra: Partial<RunReport['images'][number]>): RunReport {
  return {
    schemaVersion: 1,
    status: 'pass',
    violations: [],
    units: 'si',
    images: [
      { ...report, name: 'signer', status: 'pass', violations: [], ...extra }
    ]
  }
}

describe('pull size in the headline', () => {
  it('disk size and pull size side by side', () => {
    const markdown = renderCommentMarkdown(
      runWith({
        totalCompressedBytes: 1_158_112,
        comparison: null,
        baselineNote: 'none'
      }),
      { key: 'k' }
    )
    expect(markdown).toContain('**69.6 MB** (pull size 1.16 MB) · no baseline')
  })

  it('a change measured on pull sizes says so', () => {
    const markdown = renderCommentMarkdown(
      runWith({
        totalCompressedBytes: 1_158_112,
        comparison: {
          schemaVersion: 1,
          base: { ref: 'ghcr.io/acme/signer:main', totalBytes: 1_100_000 },
          head: { ref: report.image.ref, totalBytes: 1_158_112 },
          totalDeltaBytes: 58_112,
          layers: [],
          minChangeBytes: 10_000,
          measure: 'compressed'
        }
      }),
      { key: 'k' }
    )
    expect(markdown).toContain(
      '**69.6 MB** (pull size 1.16 MB) · pull size ▲ +58.1 kB (+5.3%) against the base (1.10 MB, ghcr.io/acme/signer:main)'
    )
  })

  it('a registry image read without --uncompressed is a pull size only', () => {
    const markdown = renderCommentMarkdown(
      runWith({
        sizeKind: 'compressed',
        totalBytes: 1_158_112,
        totalCompressedBytes: 1_158_112,
        comparison: null,
        baselineNote: 'none'
      }),
      { key: 'k' }
    )
    expect(markdown).toContain('**1.16 MB** pull size · no baseline')
  })
})
