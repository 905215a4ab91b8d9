// Every budget rule checked and the findings marked against the baseline, as the log, the
// CLI and the comment show them: the split PR of test/compare/finding-changes.test.ts
// (real reports: merged-run.files → split-layers), judged and marked as check-image does.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { judgeBaseline, judgeBudget } from '../../src/budget/evaluate.js'
import { parseBudgetFile } from '../../src/budget/load.js'
import { compareReports } from '../../src/compare/compare.js'
import { markFindings } from '../../src/compare/finding-changes.js'
import type { ImageReport, ImageResult } from '../../src/model/report.js'
import { renderCommentMarkdown } from '../../src/report/comment.js'
import { renderRunText } from '../../src/report/run-text.js'
import { buildView, HINTS_SHOWN } from '../../src/report/view.js'
import { runReport } from '../support/reports.js'

const load = (name: string) =>
  JSON.parse(
    readFileSync(`test/fixtures/reports/${name}.analyze.json`, 'utf8')
  ) as ImageReport

const budgetOf = (lines: string[]) =>
  parseBudgetFile(
    ['images:', '  app:', '    image: x', '    budget:', ...lines].join('\n'),
    'b.yml'
  ).images[0].budget

/** The head held to `budget` and marked against `base`, as check-image does it. */
function checked(
  base: ImageReport,
  head: ImageReport,
  lines: string[]
): ImageResult {
  const budget = budgetOf(lines)
  const comparison = compareReports(base, head)
  const judged = judgeBudget({ ...head, comparison }, budget, {
    image: 'signer'
  })
  const marked = markFindings(
    { violations: judged.violations, hints: head.files?.hints },
    judgeBaseline(base, budget, { image: 'signer' }),
    comparison
  )
  return {
    ...head,
    name: 'signer',
    status: marked.violations.length > 0 ? 'fail' : 'pass',
    violations: marked.violations,
    checks: judged.checks,
    comparison,
    ...(head.files && marked.hints
      ? { files: { ...head.files, hints: marked.hints } }
      : {}),
    ...(marked.hintsUnmarked ? { hintsUnmarked: marked.hintsUnmarked } : {})
  }
}

const merged = load('merged-run.files')
const split = load('split-layers')

describe('every rule checked, findings marked', () => {
  it('the log and the CLI: a row per rule, efficiency as a percent; new findings marked', () => {
    const image = checked(merged, split, [
      '      total: 100MB',
      '      layer: 60MiB',
      '      efficiency: 0.9'
    ])
    const text = renderRunText(runReport([image], 'si'))
    const lines = text.split('\n')
    expect(lines.slice(1, 6)).toEqual([
      '  rule                      actual    limit',
      '  total                    69.6 MB   100 MB  pass',
      '  largest layer (L1)       67.1 MB  62.9 MB  FAIL',
      '  largest base layer (L0)  1.98 MB  62.9 MB  pass',
      '  efficiency                  3.6%    90.0%  FAIL'
    ])
    expect(text).not.toContain('0.036')
    expect(lines).toContain(
      '    ❌ [new] L1 (RUN mkdir -p /opt/build-deps && dd if=/dev/zero …deps/headers.bin bs=1M count=16) is 67.1 MB, over the 62.9 MB limit by 4.19 MB for any single layer.'
    )
    expect(lines).toContain(
      '      67.1 MB  [new] L3 (RUN rm -rf /opt/build-deps) deletes 2 files (67.1 MB) that L1 (RUN mkdir -p /opt/build-deps && dd if=/dev…/headers.bin bs=1M count=16) added; the bytes stay in L1. Add and delete them in one RUN, or build in a separate stage and COPY only the result.'
    )
  })

  it('the comment: failing rules in a table, passing ones folded; unchanged hints folded', () => {
    const failing = renderCommentMarkdown(
      runReport([checked(merged, split, ['      total: 60MB'])], 'si'),
      { key: 'ci' }
    )
    expect(failing).toContain(
      '| rule | actual | limit | |\n|:--|--:|--:|:--|\n| total | 69.6 MB | 60.0 MB | ❌ FAIL |'
    )
    expect(failing).toContain('- ❌ **new** · signer is 69.6 MB')
    expect(failing).toContain(
      '- 💡 **new** · 67.1 MB: L3 \\(RUN rm -rf /opt/build-deps\\)'
    )

    const same = renderCommentMarkdown(
      runReport([checked(split, split, ['      total: 100MB'])], 'si'),
      { key: 'ci' }
    )
    expect(same).toContain(
      '<details><summary>1 budget rule checked, all pass</summary>\n\n| rule | actual | limit | |\n|:--|--:|--:|:--|\n| total | 69.6 MB | 100 MB | ✅ pass |\n\n</details>'
    )
    expect(same).toContain(
      '<details><summary>1 hint unchanged from the base</summary>\n\n- 💡 67.1 MB: L3 \\(RUN rm -rf'
    )
  })

  it('a violation the base already had is folded below, in the comment and the log', () => {
    const run = runReport([checked(split, split, ['      total: 60MB'])], 'si')
    expect(renderCommentMarkdown(run, { key: 'ci' })).toContain(
      '**1 budget violation**\n\n<details><summary>1 violation unchanged from the base</summary>\n\n- ❌ signer is 69.6 MB, over the 60.0 MB limit by 9.62 MB.<br>'
    )
    expect(renderRunText(run)).toContain(
      '  violations:\n    unchanged from the base:\n    ❌ [unchanged] signer is 69.6 MB'
    )
  })

  it('a baseline without file analysis: the hints unmarked, in one line', () => {
    const image = checked(load('merged-run'), split, ['      total: 100MB'])
    const line =
      'The baseline has no file analysis: the hints are not marked new or unchanged against it.'
    expect(renderRunText(runReport([image]))).toContain(`  ${line}`)
    expect(renderCommentMarkdown(runReport([image]), { key: 'ci' })).toContain(
      `_${line}_`
    )
  })

  it('the hint cap never leaves a new hint out for an unchanged one', () => {
    const image = checked(split, split, ['      total: 100MB'])
    const [hint] = image.files!.hints
    const hints = [
      ...Array.from({ length: HINTS_SHOWN + 1 }, () => hint),
      { ...hint, change: 'new' as const }
    ]
    const many = { ...image, files: { ...image.files!, hints } }
    const view = buildView(runReport([many]), many)
    expect(view.hints).toHaveLength(HINTS_SHOWN)
    expect(view.hints[0].change).toBe('new')
    expect(hint.change).toBe('unchanged')
  })
})
