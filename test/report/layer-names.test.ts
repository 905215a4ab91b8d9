// One name per layer (issue 18): every renderer (the comment, the log and CLI text,
// analyze's table) and every sentence (violations, hints, merges and splits) names a
// layer `L3`, with its Dockerfile line where the action read the Dockerfile
// (`L3 · Dockerfile:12`), and a base-side row of a comparison `base L3`. Never `#3`,
// `row 3`, `layer 3` or `base RUN 3`.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  layerLines,
  withDockerfileLines
} from '../../src/budget/dockerfile-lines.js'
import { compareReports as pairLayers } from '../../src/compare/compare.js'
import { renderCommentMarkdown } from '../../src/report/comment.js'
import {
  describeChange,
  describeHint,
  describeViolation,
  withMessages
} from '../../src/report/describe.js'
import { renderRunText } from '../../src/report/run-text.js'
import { renderFilesSection, renderLayerTable } from '../../src/report/text.js'
import {
  imageResult,
  loadAnalyze,
  runReport,
  splitLayersPr
} from '../support/reports.js'

/** Other schemes a layer was named by before: none may appear. */
const OTHER_NAMES =
  /#\d+\b|\brow \d|\blayer \d|\bbase (?:RUN|COPY|ADD|layer) \d|\(\(|\)\)/

// The Dockerfile the split-layers fixture was built from (test/fixtures/reports/README.md).
const DOCKERFILE = readFileSync('examples/split-layers/Dockerfile', 'utf8')

function namedPr() {
  const pr = splitLayersPr()
  const lines = layerLines(DOCKERFILE, pr.layers)
  return { pr: withDockerfileLines(pr, lines), lines }
}

describe('one name per layer', () => {
  it('the Dockerfile lines of the fixture: its three RUNs', () => {
    expect([...namedPr().lines]).toEqual([
      [4, 15],
      [3, 14],
      [2, 13],
      [1, 12]
    ])
  })

  it('violations and hints name the layer L1 · Dockerfile:12, in every renderer', () => {
    const { pr } = namedPr()
    const run = runReport([pr])
    const violation = describeViolation(pr.violations[1], 'si', pr)
    expect(violation).toMatch(
      /^L1 · Dockerfile:12 \(RUN mkdir -p \/opt\/build-deps .*\) is 67\.1 MB, over the 20\.0 MB limit/
    )
    const hint = describeHint(pr.files!.hints[0], 'si', pr.layers)
    expect(hint).toMatch(
      /^L3 · Dockerfile:14 \(RUN rm -rf \/opt\/build-deps\) deletes 2 files \(67\.1 MB\) that L1 · Dockerfile:12 \(RUN mkdir .*\) added; the bytes stay in L1 · Dockerfile:12\./
    )

    const markdown = renderCommentMarkdown(run, { key: 'ci' })
    expect(markdown).toContain('| ➕ added | L1 · Dockerfile:12 | RUN mkdir')
    expect(markdown).toContain('| ➖ removed | base L1 | RUN mkdir')
    expect(markdown).toContain('- ❌ L1 · Dockerfile:12 \\(RUN mkdir')
    expect(markdown).toContain('- 💡 67.1 MB: L3 · Dockerfile:14 \\(RUN rm')
    expect(markdown).toContain('\nL1 · Dockerfile:12:\n')
    // The chart's axis: names without the line (mermaid's labels stay short), base beside head.
    expect(markdown).toContain('x-axis ["base L1", "L1", "L2"]')

    const text = renderRunText(run)
    expect(text).toContain('➕ added    L1 · Dockerfile:12 ')
    expect(text).toContain('❌ L1 · Dockerfile:12 (RUN mkdir')
    expect(text).toContain('67.1 MB  L3 · Dockerfile:14 (RUN rm')

    const json = withMessages(pr, 'si')
    expect(json.violations?.[1].message).toBe(violation)
    expect(json.files?.hints[0].message).toBe(hint)

    for (const rendered of [markdown, text, violation, hint])
      expect(rendered.match(OTHER_NAMES)?.[0]).toBeUndefined()
  })

  it('without a Dockerfile: L3, and analyze names rows the same way', () => {
    const report = loadAnalyze('split-layers')
    const table = renderLayerTable(report)
    expect(table.split('\n')[1]).toMatch(/^layer {2}/)
    expect(table).toContain('\nL0     1.98 MB')
    const files = renderFilesSection(report.files!, { layers: report.layers })
    expect(files).toContain('(added in L1, removed in L3)')
    expect(files).toContain(
      'deleted-later    67.1 MB  L3 (RUN rm -rf /opt/build-deps) deletes 2 files (67.1 MB) that L1 (RUN mkdir'
    )
    for (const rendered of [table, files])
      expect(rendered.match(OTHER_NAMES)?.[0]).toBeUndefined()
  })

  it('a merge and a split name base rows `base L1`, head rows `L1`', () => {
    const base = loadAnalyze('split-layers')
    const head = loadAnalyze('merged-run')
    const merged = pairLayers(base, head).layers.find(
      (change) => change.mergedBase
    )!
    expect(describeChange(merged)).toMatch(
      /^base L1, base L2 and base L3 merged: RUN mkdir/
    )
    const split = pairLayers(head, base).layers.find(
      (change) => change.splitHead
    )!
    expect(describeChange(split)).toMatch(
      /^base L1 split into L1, L2 and L3: RUN mkdir/
    )
    const run = runReport([
      imageResult(head, { name: 'signer', comparison: pairLayers(base, head) })
    ])
    const markdown = renderCommentMarkdown(run, { key: 'ci' })
    expect(markdown.match(OTHER_NAMES)?.[0]).toBeUndefined()
    expect(renderRunText(run).match(OTHER_NAMES)?.[0]).toBeUndefined()
  })

  it('text that is already in parentheses is not wrapped twice', () => {
    const layers = [
      {
        index: 0,
        instruction: '',
        createdBy: '(Imported from -)',
        sizeBytes: 1_981_374,
        empty: false
      }
    ]
    expect(
      describeHint(
        { kind: 'package-cache', layers: [0], bytes: 2000, files: 1 },
        'si',
        layers
      )
    ).toBe(
      'L0 (Imported from -) leaves 2.00 kB of a package cache (1 file) in the image. Clean it up in the same RUN.'
    )
  })
})
