// A run as plain text, one line per item: what the action writes to the log and what the
// CLI's `check`, `audit` and `compare` print, so the same run reads the same everywhere.
// Per image: a headline (size, change against the base, budget), the budget table, the
// layers that changed, the violations each with its fix, the hints, the warnings; then a
// line for the whole run. Text from an image or a report file is put on one line
// (line.ts) so nothing in it can start a workflow command in the log.

import type {
  Comparison,
  FileHint,
  ImageResult,
  RunReport,
  Violation
} from '../model/report.js'
import { byChange } from '../compare/finding-changes.js'
import {
  budgetPhrase,
  CHANGE_WORDS,
  changePhrase,
  describeCheck,
  describeBaselineFrom,
  describeChange,
  describeHint,
  HINTS_UNMARKED,
  packageLine,
  pathLine,
  plural,
  signedBytes,
  STATUS_WORDS,
  violationFinding,
  violationFix
} from './describe.js'
import { cutApart, cutLine } from './line.js'
import { orphanViolations, runTotals } from './totals.js'
import { formatBytes, type Units } from './units.js'
import {
  baseRows,
  buildView,
  changeLabel,
  headRows,
  splitChanges,
  sumBytes
} from './view.js'

const NAME_LIMIT = 120
const MESSAGE_LIMIT = 1_000
const WARNINGS_SHOWN = 5

export interface RunTextOptions {
  /** The width instructions are cut to (a terminal's columns); at least 60. */
  width?: number
}

/** `ref: 2.26 MB (2260000 bytes), ▲ +153 kB (+7.3%) against the base 2.11 MB (base-ref)` */
function sizeAndChange(
  totalBytes: number,
  comparison: Comparison | null | undefined,
  baselineNote: string | undefined,
  units: Units
): string {
  const size = `${formatBytes(totalBytes, units)} (${totalBytes} bytes)`
  if (comparison) {
    const measure = comparison.measure === 'compressed' ? 'pull size ' : ''
    return `${size}, ${measure}${changePhrase(comparison.totalDeltaBytes, comparison.base.totalBytes, units)} against the base ${formatBytes(comparison.base.totalBytes, units)} (${cutLine(comparison.base.ref, NAME_LIMIT)})`
  }
  // undefined: no baseline was asked for (the CLI without --baseline-*); null: none was found.
  if (comparison === undefined) return size
  return `${size}, no baseline${baselineNote ? `: ${cutLine(baselineNote, MESSAGE_LIMIT)}` : ''}`
}

/** The changed layers (largest change first) and a line for the others: the same block for `compare` and for each image of a run. */
function comparisonLines(
  comparison: Comparison,
  units: Units,
  width: number,
  indent: string
): string[] {
  const { changed, quiet } = splitChanges(comparison)
  const minChange = comparison.minChangeBytes
  const out: string[] = []
  if (changed.length > 0) {
    const cells = changed.map((change) => [
      STATUS_WORDS[change.status],
      changeLabel(change),
      `${change.base ? formatBytes(sumBytes(baseRows(change)), units) : '—'} → ${change.head ? formatBytes(sumBytes(headRows(change)), units) : '—'}`,
      signedBytes(change.deltaBytes, units)
    ])
    const widths = [0, 1, 2, 3].map((i) =>
      Math.max(...cells.map((row) => row[i].length))
    )
    out.push(
      `${indent}${plural(changed.length, 'layer')} changed, largest change first:`
    )
    const lead = changed.map(
      (_, i) =>
        `${indent}  ${cells[i][0].padEnd(widths[0])}  ${cells[i][1].padEnd(widths[1])}  ${cells[i][2].padEnd(widths[2])}  ${cells[i][3].padStart(widths[3])}  `
    )
    const room = Math.max(
      20,
      width - Math.max(...lead.map((head) => head.length))
    )
    const texts = cutApart(
      changed.map((change) => describeChange(change, room)),
      room
    )
    changed.forEach((change, i) => {
      out.push(lead[i] + texts[i])
      // What is inside the layer: its packages, then its largest grown or shrunk folders.
      const packages = packageLine(change.packages, units)
      const paths = pathLine(change.paths, units)
      if (packages !== undefined)
        out.push(`${indent}    packages ${cutLine(packages, MESSAGE_LIMIT)}`)
      if (paths !== undefined)
        out.push(`${indent}    folders  ${cutLine(paths, MESSAGE_LIMIT)}`)
    })
  } else {
    out.push(
      `${indent}${minChange > 0 ? `no layer changed by ${formatBytes(minChange, units)} or more` : 'no layer changed'}`
    )
  }
  if (quiet.length > 0) {
    const summary = quiet.every((change) => change.status === 'unchanged')
      ? plural(quiet.length, 'layer') + ' unchanged'
      : minChange > 0
        ? `${plural(quiet.length, 'layer')} unchanged or changed by less than ${formatBytes(minChange, units)}`
        : `${plural(quiet.length, 'layer')} without a size change`
    out.push(`${indent}${summary}`)
  }
  return out
}

/** The image's budget against its figures: total, largest layer, number of layers. */
function budgetTable(
  image: ImageResult,
  violations: Violation[],
  units: Units
): string[] {
  if (image.checks && image.checks.length > 0) {
    return alignTable(
      image.checks.map((check) => {
        const cells = describeCheck(check, units)
        return [cells.rule, cells.actual, cells.limit, cells.verdict]
      })
    )
  }
  const budget = image.budget
  if (!budget) return []
  const failed = (rule: string) =>
    violations.filter((violation) => violation.rule === rule).length
  const status = (count: number) =>
    count === 0 ? 'pass' : count === 1 ? 'FAIL' : `FAIL (${count})`
  const layers = image.layers.filter((row) => !row.empty)
  const rows: string[][] = []
  if (budget.totalBytes !== undefined)
    rows.push([
      'total',
      formatBytes(image.totalBytes, units),
      formatBytes(budget.totalBytes, units),
      status(failed('total'))
    ])
  if (budget.layerBytes !== undefined)
    rows.push([
      'largest layer',
      formatBytes(Math.max(0, ...layers.map((row) => row.sizeBytes)), units),
      formatBytes(budget.layerBytes, units),
      status(failed('layer'))
    ])
  if (budget.layers !== undefined)
    rows.push([
      'layers',
      String(layers.length),
      String(budget.layers),
      status(failed('layers'))
    ])
  return alignTable(rows)
}

/** Rows of rule, actual, limit, verdict under a header, the figures right-aligned. */
function alignTable(rows: string[][]): string[] {
  if (rows.length === 0) return []
  const table = [['rule', 'actual', 'limit', ''], ...rows]
  const widths = table[0].map((_, c) =>
    Math.max(...table.map((row) => row[c].length))
  )
  return table.map((row) =>
    `  ${row
      .map((cell, c) =>
        c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])
      )
      .join('  ')}`.trimEnd()
  )
}

/** The line before the violations the base already had the same way (they come last). */
const UNCHANGED_VIOLATIONS = 'unchanged from the base:'
const isFoldLine = (line: string) => line.endsWith(UNCHANGED_VIOLATIONS)

function violationLines(
  violations: Violation[],
  units: Units,
  indent: string,
  image?: ImageResult
): string[] {
  const out: string[] = []
  for (const violation of byChange(violations)) {
    if (violation.change === 'unchanged' && !out.some(isFoldLine))
      out.push(`${indent}${UNCHANGED_VIOLATIONS}`)
    out.push(
      `${indent}❌ ${violation.change ? `[${CHANGE_WORDS[violation.change]}] ` : ''}${cutLine(violationFinding(violation, units, image), MESSAGE_LIMIT)}.`,
      `${indent}   ${violationFix(violation, image, units)}`
    )
  }
  return out
}

/** The run for the log and the CLI. Plain text, one line per item. */
export function renderRunText(
  run: RunReport,
  options: RunTextOptions = {}
): string {
  const units: Units = run.units ?? 'si'
  const width = Math.max(60, options.width ?? 120)
  const out: string[] = []
  for (const image of run.images) {
    const view = buildView(run, image)
    if (out.length > 0) out.push('')
    const name = cutLine(image.name, NAME_LIMIT)
    const ref =
      image.image.ref && image.image.ref !== image.name
        ? ` (${cutLine(image.image.ref, NAME_LIMIT)})`
        : ''
    out.push(
      `${name}${ref}: ${sizeAndChange(image.totalBytes, image.comparison, image.baselineNote, units)}; ${budgetPhrase(image, view.violations, units)}`
    )
    if (image.comparison && image.baselineFrom)
      out.push(
        `  ${cutLine(describeBaselineFrom(image.baselineFrom), MESSAGE_LIMIT)}`
      )
    out.push(...budgetTable(image, view.violations, units))
    if (image.comparison)
      out.push(...comparisonLines(image.comparison, units, width, '  '))
    if (view.violations.length > 0) {
      out.push('  violations:')
      out.push(...violationLines(view.violations, units, '    ', image))
    }
    if (view.hints.length > 0) {
      // What this change brought first; the hints the base already had last, apart.
      const hints = byChange(view.hints)
      const fresh = hints.filter((hint) => hint.change !== 'unchanged')
      const same = hints.filter((hint) => hint.change === 'unchanged')
      const hintLine = (hint: FileHint) =>
        `    ${formatBytes(hint.bytes, units).padStart(9)}  ${hint.change && hint.change !== 'unchanged' ? `[${CHANGE_WORDS[hint.change]}] ` : ''}${cutLine(describeHint(hint, units, image.layers), MESSAGE_LIMIT)}`
      if (fresh.length > 0) out.push('  hints:', ...fresh.map(hintLine))
      if (same.length > 0)
        out.push(
          `  ${plural(same.length, 'hint')} unchanged from the base:`,
          ...same.map(hintLine)
        )
      if (image.hintsUnmarked) out.push(`  ${HINTS_UNMARKED}`)
    }
    for (const warning of image.warnings.slice(0, WARNINGS_SHOWN))
      out.push(`  warning: ${cutLine(warning, MESSAGE_LIMIT)}`)
  }
  const orphans = orphanViolations(run)
  if (orphans.length > 0) {
    out.push('', 'violations:')
    out.push(...violationLines(orphans, units, '  '))
  }
  if (out.length > 0) out.push('')
  out.push(runLine(run, units))
  return out.join('\n')
}

/** The whole run in one line: how many images are over budget, and for several the total and its change. */
function runLine(run: RunReport, units: Units): string {
  const totals = runTotals(run)
  const verdict =
    totals.failingImages > 0
      ? `❌ ${totals.failingImages} of ${plural(totals.imageCount, 'image')} over budget (${plural(run.violations.length, 'violation')})`
      : `✅ ${totals.imageCount === 1 ? '1 image' : `all ${totals.imageCount} images`} within budget`
  if (totals.imageCount < 2) return verdict
  const change =
    totals.deltaBytes === null
      ? ''
      : `, ${changePhrase(totals.deltaBytes, totals.baselineTotalBytes ?? 0, units)} against the base (${formatBytes(totals.baselineTotalBytes ?? 0, units)})`
  return `${verdict}; ${formatBytes(totals.totalBytes, units)} in all${change}`
}

/** `compare`'s text: the head against the base, then the same changed-layers block as a run's. */
export function renderComparisonText(
  comparison: Comparison,
  units: Units,
  options: RunTextOptions = {}
): string {
  const width = Math.max(60, options.width ?? 100)
  return [
    `${cutLine(comparison.head.ref, NAME_LIMIT)}: ${sizeAndChange(comparison.head.totalBytes, comparison, undefined, units)}`,
    ...comparisonLines(comparison, units, width, '  ')
  ].join('\n')
}
