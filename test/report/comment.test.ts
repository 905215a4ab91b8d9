// The PR comment's markdown, from reports of real images (see
// test/fixtures/reports/README.md). The main shapes are file snapshots under
// __snapshots__/ so every change to the comment is reviewed as rendered markdown.
import { describe, expect, it } from 'vitest'
import {
  COMMENT_LIMIT,
  cutToLimit,
  renderCommentMarkdown
} from '../../src/report/comment.js'
import { renderRunText } from '../../src/report/run-text.js'
import { runTotals } from '../../src/report/totals.js'
import { compareReports as pairLayers } from '../../src/compare/compare.js'
import {
  hostileRun,
  imageResult,
  loadAnalyze,
  manyLayersPr,
  mergedRunPr,
  runReport,
  splitLayersPr
} from '../support/reports.js'

/** The markdown outside fenced code blocks (CommonMark fences: 3+ backticks or tildes, closed by a run at least as long). */
function outsideCode(markdown: string): string {
  const out: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence) {
      if (
        match &&
        match[1][0] === fence[0] &&
        match[1].length >= fence.length &&
        line.trim() === match[1]
      )
        fence = undefined
      continue
    }
    if (match) {
      fence = match[1]
      continue
    }
    out.push(line)
  }
  expect(fence, 'every code fence is closed').toBeUndefined()
  return out.join('\n')
}

/** The table cells of a row, split at pipes that are not backslash-escaped (GFM's rule). */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
}

describe('renderCommentMarkdown', () => {
  it('a PR that splits the RUN: headline, violations, changed layers, hints, chart', async () => {
    const run = runReport([splitLayersPr()])
    const markdown = renderCommentMarkdown(run, {
      key: 'image-size / .github/image-size-budget.yml'
    })
    expect(
      markdown.startsWith(
        '<!-- image-size-budget:image-size-.github-image-size-budget.yml -->\n'
      )
    ).toBe(true)
    expect(markdown).toContain(
      '**69.6 MB** · ▲ +67.1 MB (+2675.3%) against the base (2.51 MB, isb-comment/merged-run:1) · ❌ over the 50.0 MB budget'
    )
    expect(markdown).toContain(
      '| ➕ added | L1 | RUN mkdir -p /opt/build-deps &amp;&amp; dd if=/dev/zero …deps/headers.bin bs=1M count=16 | — | 67.1 MB | +67.1 MB |'
    )
    expect(markdown).toContain(
      '- 💡 67.1 MB: L3 \\(RUN rm -rf /opt/build-deps\\) deletes 2 files'
    )
    expect(markdown).toContain('    bar [0.52, 0, 0]\n    bar [0, 67.11, 0.52]')
    await expect(markdown).toMatchFileSnapshot(
      './__snapshots__/split-layers-pr.md'
    )
  })

  it('a PR that fixes it: shrinks, within budget', async () => {
    const markdown = renderCommentMarkdown(runReport([mergedRunPr()]), {
      key: 'ci'
    })
    expect(markdown).toContain(
      '**2.51 MB** · ▼ -67.1 MB (-96.4%) against the base (69.6 MB, isb-comment/split-layers:1) · ✅ within the 50.0 MB budget'
    )
    expect(markdown).not.toContain('budget violation')
    await expect(markdown).toMatchFileSnapshot(
      './__snapshots__/merged-run-pr.md'
    )
  })

  it('no baseline: says so and why, and lists the largest layers', async () => {
    const head = loadAnalyze('multi-stage')
    const run = runReport([
      imageResult(head, {
        name: 'signer',
        baselineNote:
          'the base branch has no saved report yet (baseline-report is empty and baseline: none)'
      })
    ])
    const markdown = renderCommentMarkdown(run, { key: 'ci' })
    expect(markdown).toContain('**2.51 MB** · no baseline · no budget set')
    expect(markdown).toContain(
      'No baseline to compare with: the base branch has no saved report yet \\(baseline-report is empty and baseline: none\\).'
    )
    expect(markdown).toContain(
      '| L0 | \\(base image layer\\) | 1.98 MB | 79.1% |'
    )
    expect(markdown).not.toContain('line [')
    await expect(markdown).toMatchFileSnapshot('./__snapshots__/no-baseline.md')
  })

  it('several images: an overall headline, a summary table, one section each', async () => {
    const multiStage = imageResult(loadAnalyze('multi-stage'), {
      name: 'signer-multi-stage',
      baselineNote: 'no baseline-report given'
    })
    const run = runReport([splitLayersPr(), mergedRunPr(), multiStage], 'iec')
    run.images[1] = { ...run.images[1], name: 'signer-merged' }
    const markdown = renderCommentMarkdown(run, { key: 'monorepo' })
    expect(markdown).toContain('## Image sizes: ❌ 1 of 3 images over budget')
    const totals = runTotals(run)
    expect(totals).toEqual({
      totalBytes: 69617314 + 2508450 + 2508450,
      deltaBytes: 67108864 - 67108864,
      baselineTotalBytes: 2508450 + 69617314,
      imageCount: 3,
      comparedImages: 2,
      failingImages: 1
    })
    expect(markdown).toContain(
      '**71.2 MiB** in all · no change against the base (68.8 MiB, for the 2 of 3 images that have a baseline)'
    )
    expect(markdown).toContain(
      '| ❌ | signer | 66.4 MiB | ▲ +64.0 MiB (+2675.3%) | over the 47.7 MiB budget |'
    )
    expect(markdown).toContain(
      '| ✅ | signer-multi-stage | 2.39 MiB | no baseline | no budget set |'
    )
    expect(markdown.match(/^### /gm)).toHaveLength(3)
    await expect(markdown).toMatchFileSnapshot('./__snapshots__/multi-image.md')
  })

  it('hostile instruction text is inert: no HTML, mentions, references, links or broken tables', async () => {
    const markdown = renderCommentMarkdown(hostileRun(), { key: 'ci' })
    const prose = outsideCode(markdown)
    expect(prose).not.toMatch(/<img|<script|<b>|<\/details> <!--/i)
    expect(prose).not.toMatch(/@(octocat|admins)/)
    expect(prose).not.toMatch(/#\d/)
    expect(prose).not.toMatch(/GH-\d/i)
    expect(prose).not.toMatch(/\]\(/)
    expect(prose).not.toMatch(/https?:\/\//)
    expect(prose).not.toMatch(/www\.evil/)
    expect(prose).not.toMatch(/(?<!\\)\$/)
    // The fake marker is only inside a code block (shown as text); the real one is the first line.
    expect(prose.match(/<!-- image-size-budget:/g)).toHaveLength(1)
    expect(markdown.startsWith('<!-- image-size-budget:ci -->\n')).toBe(true)
    // Every table row keeps its six cells: the `|` in the text are escaped.
    const rows = prose
      .split('\n')
      .filter((line) => line.startsWith('| ') && line.includes(' L'))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(cells(row)).toHaveLength(6)
    // The full text is there, verbatim, in a fence longer than its longest backtick run (4).
    expect(markdown).toContain(
      "`````\nRUN echo '``` </details> <!-- image-size-budget:other --> ```` <script>alert(1)</script>"
    )
    await expect(markdown).toMatchFileSnapshot('./__snapshots__/hostile.md')
  })

  it('three RUNs merged into one: one row naming every base row, their summed size, and how the rows were paired', () => {
    const base = loadAnalyze('split-layers')
    const head = loadAnalyze('merged-run')
    const comparison = pairLayers(base, head)
    const run = runReport([imageResult(head, { name: 'signer', comparison })])
    const markdown = renderCommentMarkdown(run, { key: 'ci' })
    // 67,108,864 + 524,288 + 0 bytes in base rows 1–3 against 524,288 in the head's one RUN.
    expect(markdown).toContain(
      '| ▼ shrank | L1 | base L1, base L2 and base L3 merged: RUN mkdir -p /opt/build-de… /opt/build-deps | 67.6 MB | 524 kB | -67.1 MB |'
    )
    expect(markdown).toContain(
      '<details><summary>How the changed layers were paired</summary>\n\n- L1 ← base L1+L2+L3 (merged): alike instruction, score 0.951\n\n</details>'
    )
    expect(markdown).not.toContain('removed')
    expect(renderRunText(run)).toContain(
      '▼ shrank  L1  67.6 MB → 524 kB  -67.1 MB  base L1, base L2 and base L3 merged: RUN mkdir -p /opt/buil…opt/build-deps'
    )

    // The reverse PR: one base RUN split into three head RUNs.
    const split = renderCommentMarkdown(
      runReport([
        imageResult(base, {
          name: 'signer',
          comparison: pairLayers(head, base)
        })
      ]),
      { key: 'ci' }
    )
    expect(split).toContain(
      '| ▲ grew | L1+L2+L3 | base L1 split into L1, L2 and L3: RUN mkdir -p /opt/build-dep…bin bs=1M count=16 | 524 kB | 67.6 MB | +67.1 MB |'
    )
    expect(split).toContain(
      '- L1+L2+L3 ← base L1 (split): alike instruction, score 0.951'
    )
  })

  it('a 100-layer image fits whole under the limit, and is cut smallest-first under a smaller one', () => {
    const run = runReport([manyLayersPr()])
    const whole = renderCommentMarkdown(run, { key: 'ci' })
    expect(whole.length).toBe(21827)
    expect(whole).toContain('<details><summary>91 unchanged layers</summary>')
    expect(whole).not.toContain('left out')

    const cut = renderCommentMarkdown(run, { key: 'ci', maxLength: 9_000 })
    expect(cut.length).toBeLessThanOrEqual(9_000)
    expect(cut).toContain(
      '**24.9 MB** · ▲ +2.25 MB (+9.9%) against the base (22.7 MB, isb-comment/many-layers:base) · ❌ over the 24.0 MB budget'
    )
    expect(cut).toContain(
      '- ❌ many-layers is 24.9 MB, over the 24.0 MB limit by 922 kB.<br>Shrink the image'
    )
    expect(cut).toContain(
      "_91 unchanged layer rows left out (the smallest) to stay within GitHub's comment size limit; the job summary and the JSON report have every layer._"
    )
    expect(cut.match(/^\| ▲ grew /gm)).toHaveLength(10)

    const tight = renderCommentMarkdown(run, { key: 'ci', maxLength: 1_800 })
    expect(tight.length).toBeLessThanOrEqual(1_800)
    expect(tight).toContain('❌ over the 24.0 MB budget')
    expect(tight).toContain('- ❌ many-layers is 24.9 MB')
    // The largest changes stay; the smallest changed rows went first.
    expect(tight).toContain('| ▲ grew | L101 |')
    expect(tight).not.toContain('| ▲ grew | L11 |')
    expect(tight).toMatch(
      /_91 unchanged layer rows and \d changed layer rows left out/
    )
  })

  it('a 100-layer image with 60 kB instructions stays within 65,536 characters', () => {
    const pr = manyLayersPr()
    const long = (text: string) =>
      `${text} ${'&& echo padding-@user-#1-<b> '.repeat(2_000)}`
    const comparison = pr.comparison!
    const image = {
      ...pr,
      comparison: {
        ...comparison,
        layers: comparison.layers.map((change) => ({
          ...change,
          base: change.base && {
            ...change.base,
            createdBy: long(change.base.createdBy)
          },
          head: change.head && {
            ...change.head,
            createdBy: long(change.head.createdBy)
          }
        }))
      }
    }
    const markdown = renderCommentMarkdown(runReport([image]), { key: 'ci' })
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(markdown).toContain('❌ over the 24.0 MB budget')
    expect(markdown.match(/^\| ▲ grew /gm)).toHaveLength(10)
    // Each full text is cut to 4,000 characters (3,999 and the `…` dropped); the rest is counted.
    const l101 = image.comparison.layers.find(
      (change) => change.head?.index === 101
    )!.head!.createdBy
    expect(l101.length).toBe(58656)
    expect(markdown).toContain(
      `L101:\n\n\`\`\`\n${l101.slice(0, 3999)}\n\`\`\`\n\n(54657 more characters not shown)`
    )
    expect(markdown.match(/more characters not shown/g)).toHaveLength(10)
  })

  it('thousands of violations: the body is cut at a line with a note', () => {
    const pr = splitLayersPr()
    const violation = pr.violations[0]
    const run = runReport([
      { ...pr, violations: Array.from({ length: 1_000 }, () => violation) }
    ])
    const markdown = renderCommentMarkdown(run, { key: 'ci' })
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(
      markdown.endsWith(
        "_The rest of this report was cut to fit GitHub's comment size limit; the job summary and the JSON report have all of it._\n"
      )
    ).toBe(true)
    expect(cutToLimit('short', 10)).toBe('short')
  })
})
