// The pull-request comment: one RunReport rendered as markdown (the sticky comment and the
// job summary), with the cut plan that keeps it within GitHub's size limit. Pure: no I/O.
// Every string that comes from an image or a report file (instructions, names, refs,
// notes, paths) is untrusted, since a PR author writes the Dockerfile and, in the
// workflow_run split, the report file itself: it goes through escapeMarkdown or
// fencedCode before it is shown. The sentences about findings are report/describe.ts's.

import { renderChangeChart, type ChartColumn } from './chart.js'
import { commentMarker } from './comment-key.js'
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
  INSIDE_NAMED,
  layerCell,
  layerName,
  packageDetailLines,
  packageLine,
  pathDetailLines,
  pathLine,
  plural,
  signedBytes,
  STATUS_WORDS,
  violationFinding,
  violationFix,
  type FindingContext
} from './describe.js'
import { cutApart, cutEnd, cutLine } from './line.js'
import {
  escapeMarkdown,
  fencedCode,
  markdownSentence,
  stripControls
} from './markdown.js'
import type {
  BaselineFrom,
  BudgetCheck,
  FileHint,
  LayerChange,
  LayerRow,
  LayerSide,
  RunReport,
  Violation
} from '../model/report.js'
import { orphanViolations, runTotals } from './totals.js'
import { formatBytes, type Units } from './units.js'
import {
  baseRows,
  buildView,
  changeLabel,
  headRows,
  rowsName,
  sumBytes,
  type ImageView
} from './view.js'

/** GitHub rejects issue comments longer than this (422 "Body is too long (maximum is 65536 characters)"). */
export const COMMENT_LIMIT = 65_536

/** Instruction text in a table cell is cut to this many characters; the full text goes in a <details> code block. */
const CELL_WIDTH = 80
/** The full text of one instruction is cut here: a 100 kB RUN line would take the whole comment. */
const FULL_TEXT_LIMIT = 4_000
const MESSAGE_LIMIT = 1_000
const NAME_LIMIT = 120
/** The chart shows this many of the largest changes, base beside head. */
const CHART_CHANGES = 5
const WARNINGS_SHOWN = 5

/** Untrusted text for a markdown cell or sentence: on one line, cut, escaped. */
function inline(text: string, width: number): string {
  return escapeMarkdown(cutLine(text, width))
}

/** True when a cell cannot show the text whole: it is cut, or it has line breaks. */
function needsFullText(text: string): boolean {
  return cutLine(text, CELL_WIDTH) !== text
}

const PAIRED_BY_WORDS: Record<NonNullable<LayerChange['pairedBy']>, string> = {
  digest: 'same bytes (diff_id)',
  content: 'same content (COPY content or sources)',
  paths: 'same paths added',
  text: 'alike instruction',
  moved: 'alike instruction, moved'
}

/** Why a change's rows pair, for the details: the evidence and its score. Only indexes and fixed words. */
function pairingLine(change: LayerChange): string | undefined {
  if (!change.pairedBy || !change.base || !change.head) return undefined
  const kind = change.mergedBase
    ? ' (merged)'
    : change.splitHead
      ? ' (split)'
      : ''
  const score = change.score === undefined ? '' : `, score ${change.score}`
  return `- ${rowsName(headRows(change))} ← ${rowsName(baseRows(change), 'base')}${kind}: ${PAIRED_BY_WORDS[change.pairedBy] ?? 'alike instruction'}${score}`
}

// ---------------------------------------------------------------------------------
// The markdown comment

export interface CommentOptions {
  /** The comment key (sanitized into the marker). */
  key: string
  /** Longest body in characters; default GitHub's limit. Use a larger value for the job summary. */
  maxLength?: number
}

type Row = LayerChange | LayerRow

/** What the size limit made us leave out. Each step of the cut plan adds to it. */
interface Cuts {
  rows: Set<Row>
  fullText: Set<Row>
  charts: Set<ImageView>
  hints: Set<ImageView>
  /** Changed rows whose package and path lines are left out. */
  inside: Set<Row>
  /** Views whose <details> of every package and folder is left out. */
  insideDetails: Set<ImageView>
}

function rowMagnitude(row: Row): number {
  return 'status' in row
    ? Math.max(
        Math.abs(row.deltaBytes),
        row.base?.sizeBytes ?? 0,
        row.head?.sizeBytes ?? 0
      )
    : row.sizeBytes
}

/**
 * The order in which parts are left out when the body is too long: unchanged rows
 * (smallest first), then the <details> of every package and folder in the changed
 * layers, then the full text of cut instructions, then the charts, then the hints, then
 * the package and path lines (smallest change first), then changed rows (smallest change
 * first). The headlines and the violations are never in the plan.
 */
function cutPlan(views: ImageView[]): ((cuts: Cuts) => void)[] {
  const bySmallest = <T>(items: T[], size: (item: T) => number) =>
    [...items].sort((a, b) => size(a) - size(b))
  const steps: ((cuts: Cuts) => void)[] = []
  const quiet = views.flatMap((view) => view.quiet)
  for (const row of bySmallest(quiet, rowMagnitude))
    steps.push((cuts) => cuts.rows.add(row))
  for (const view of views) steps.push((cuts) => cuts.insideDetails.add(view))
  const shown = views.flatMap((view) => [...view.changed, ...view.plain])
  const withFullText = shown.filter((row) => needsFullText(rowInstruction(row)))
  for (const row of bySmallest(withFullText, rowMagnitude))
    steps.push((cuts) => cuts.fullText.add(row))
  for (const view of views) steps.push((cuts) => cuts.charts.add(view))
  for (const view of views) steps.push((cuts) => cuts.hints.add(view))
  const withInside = views.flatMap((view) => view.changed.filter(hasInside))
  for (const row of bySmallest(withInside, rowMagnitude))
    steps.push((cuts) => cuts.inside.add(row))
  for (const row of bySmallest(shown, rowMagnitude))
    steps.push((cuts) => cuts.rows.add(row))
  return steps
}

const hasInside = (change: LayerChange) =>
  change.packages !== undefined || (change.paths?.length ?? 0) > 0

/**
 * Under the changed layers, what is inside each: one line of its packages (added,
 * removed, upgraded, with their bytes) and one of its largest grown or shrunk folders;
 * then, folded, every package and folder the comparison kept for them.
 */
function insideLines(
  changes: LayerChange[],
  cuts: Cuts,
  units: Units,
  details: boolean
): string[] {
  const shown = changes.filter(
    (change) => hasInside(change) && !cuts.inside.has(change)
  )
  if (shown.length === 0) return []
  const out = [
    '',
    '**Inside the changed layers** (the exact bytes of the files each package or folder holds there):',
    ''
  ]
  for (const change of shown) {
    const packages = packageLine(change.packages, units)
    const paths = pathLine(change.paths, units)
    const parts = [
      ...(packages === undefined
        ? []
        : [`packages ${inline(packages, MESSAGE_LIMIT)}`]),
      ...(paths === undefined
        ? []
        : [`folders ${inline(paths, MESSAGE_LIMIT)}`])
    ]
    out.push(
      `- **${changeLabel(change)}** ${signedBytes(change.deltaBytes, units)}: ${parts.join('<br>')}`
    )
  }
  if (!details) return out
  const block: string[] = []
  for (const change of shown) {
    const packages = packageDetailLines(change.packages, units)
    const paths = pathDetailLines(change.paths, units)
    // A layer whose line already says it all (no package, few folders) is not said twice.
    if (packages.length === 0 && paths.length <= INSIDE_NAMED) continue
    block.push('', `**${changeLabel(change)}**`, '')
    for (const line of packages) block.push(`- ${inline(line, MESSAGE_LIMIT)}`)
    for (const line of paths) block.push(`- 📁 ${inline(line, MESSAGE_LIMIT)}`)
  }
  if (block.length > 0)
    out.push(
      '',
      '<details><summary>Every package and folder the comparison kept for these layers</summary>',
      ...block,
      '',
      '</details>'
    )
  return out
}

function rowInstruction(row: Row): string {
  return 'status' in row ? describeChange(row) : layerCell(row)
}

function rowLabel(row: Row): string {
  return 'status' in row ? changeLabel(row) : layerName(row.index, row)
}

/** The instruction cells of one table, cut so that rows that differ read differently. */
function instructionCells(rows: Row[]): Map<Row, string> {
  const cells = cutApart(
    rows.map((row) =>
      'status' in row ? describeChange(row, CELL_WIDTH) : layerCell(row)
    ),
    CELL_WIDTH
  )
  return new Map(rows.map((row, i) => [row, escapeMarkdown(cells[i])]))
}

function changeRow(
  change: LayerChange,
  units: Units,
  cells: Map<Row, string>
): string {
  const size = (rows: LayerSide[]) =>
    rows.length > 0 ? formatBytes(sumBytes(rows), units) : '—'
  return `| ${STATUS_WORDS[change.status]} | ${changeLabel(change)} | ${cells.get(change) ?? inline(describeChange(change), CELL_WIDTH)} | ${size(baseRows(change))} | ${size(headRows(change))} | ${change.deltaBytes === 0 ? '0 B' : signedBytes(change.deltaBytes, units)} |`
}

const CHANGE_HEADER = [
  '| | layer | instruction | base | head | change |',
  '|:--|:--|:--|--:|--:|--:|'
]

function fullTextBlock(rows: Row[]): string[] {
  if (rows.length === 0) return []
  const out = [
    '',
    `<details><summary>Full text of ${plural(rows.length, 'instruction')} cut above</summary>`,
    ''
  ]
  for (const row of rows) {
    const text = stripControls(rowInstruction(row))
    const shown = cutEnd(text, FULL_TEXT_LIMIT - 1)
    const wasCut = shown !== text
    out.push(`${rowLabel(row)}:`, '', fencedCode(shown), '')
    if (wasCut)
      out.push(
        `(${Array.from(text).length - (FULL_TEXT_LIMIT - 1)} more characters not shown)`,
        ''
      )
  }
  out.push('</details>')
  return out
}

/** The largest changes (by how much they changed), base row beside head row, in layer order; none without a comparison. */
function chartColumns(view: ImageView): ChartColumn[] {
  const comparison = view.image.comparison
  if (!comparison) return []
  const largest = view.changed.slice(0, CHART_CHANGES)
  const order = new Map(comparison.layers.map((change, i) => [change, i]))
  largest.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  return largest.flatMap((change) => [
    ...baseRows(change).map((row) => ({
      label: layerName(row.index, undefined, 'base'),
      side: 'base' as const,
      bytes: row.sizeBytes
    })),
    ...(change.head
      ? [
          {
            label: rowsName(headRows(change).map(({ index }) => ({ index }))),
            side: 'head' as const,
            bytes: sumBytes(headRows(change))
          }
        ]
      : [])
  ])
}

function headlineParts(view: ImageView, units: Units): string {
  const { image } = view
  const comparison = image.comparison
  // Both sizes when both are known: the bytes on disk and the pull size (compressed layers).
  const pull = image.totalCompressedBytes
  const parts = [
    image.sizeKind === 'compressed'
      ? `**${formatBytes(image.totalBytes, units)}** pull size`
      : `**${formatBytes(image.totalBytes, units)}**${pull !== undefined ? ` (pull size ${formatBytes(pull, units)})` : ''}`
  ]
  if (comparison) {
    const measure = comparison.measure === 'compressed' ? 'pull size ' : ''
    parts.push(
      `${measure}${changePhrase(comparison.totalDeltaBytes, comparison.base.totalBytes, units)} against the base (${formatBytes(comparison.base.totalBytes, units)}, ${inline(comparison.base.ref, NAME_LIMIT)})`
    )
  } else {
    parts.push('no baseline')
  }
  parts.push(budgetPhrase(image, view.violations, units))
  return parts.join(' · ')
}

/** Each violation: what is broken, then (on its own line) what to do. */
function violationLines(
  violations: Violation[],
  units: Units,
  context: FindingContext = {}
): string[] {
  if (violations.length === 0) return []
  const out = ['', `**${plural(violations.length, 'budget violation')}**`, '']
  const line = (violation: Violation) =>
    `- ❌ ${changeMark(violation.change)}${markdownSentence(cutLine(violationFinding(violation, units, context), MESSAGE_LIMIT))}.<br>${markdownSentence(cutLine(violationFix(violation, context, units), MESSAGE_LIMIT))}`
  const ordered = byChange(violations)
  const same = ordered.filter((violation) => violation.change === 'unchanged')
  out.push(
    ...ordered.filter((violation) => violation.change !== 'unchanged').map(line)
  )
  // What the base already broke the same way: still failing, folded below what this change did.
  if (same.length > 0)
    out.push(
      ...(same.length < ordered.length ? [''] : []),
      `<details><summary>${plural(same.length, 'violation')} unchanged from the base</summary>`,
      '',
      ...same.map(line),
      '',
      '</details>'
    )
  return out
}

/** `**new** · `: a finding's mark against the baseline, before its sentence. */
function changeMark(change: FileHint['change']): string {
  return change && change !== 'unchanged'
    ? `**${CHANGE_WORDS[change]}** · `
    : ''
}

/** Every budget rule evaluated: a small table, folded when every rule passes. */
function checkLines(checks: BudgetCheck[] | undefined, units: Units): string[] {
  if (!checks || checks.length === 0) return []
  const failing = checks.filter((check) => !check.pass && !check.advisory)
  const table = ['| rule | actual | limit | |', '|:--|--:|--:|:--|']
  for (const check of checks) {
    const cells = describeCheck(check, units)
    const icon = check.pass ? '✅' : check.advisory ? 'ℹ️' : '❌'
    table.push(
      `| ${inline(cells.rule, NAME_LIMIT)} | ${cells.actual} | ${cells.limit} | ${icon} ${cells.verdict} |`
    )
  }
  if (failing.length > 0) return ['', ...table]
  return [
    '',
    `<details><summary>${plural(checks.length, 'budget rule')} checked, all pass</summary>`,
    '',
    ...table,
    '',
    '</details>'
  ]
}

function hintLines(
  hints: FileHint[],
  units: Units,
  layers: LayerRow[],
  unmarked: boolean
): string[] {
  if (hints.length === 0) return []
  const line = (hint: FileHint) =>
    `- 💡 ${changeMark(hint.change)}${formatBytes(hint.bytes, units)}: ${markdownSentence(cutLine(describeHint(hint, units, layers), MESSAGE_LIMIT))}`
  const ordered = byChange(hints)
  const fresh = ordered.filter((hint) => hint.change !== 'unchanged')
  const same = ordered.filter((hint) => hint.change === 'unchanged')
  const out = ['', '**Hints from the file analysis**']
  if (fresh.length > 0) out.push('', ...fresh.map(line))
  if (same.length > 0)
    out.push(
      '',
      `<details><summary>${plural(same.length, 'hint')} unchanged from the base</summary>`,
      '',
      ...same.map(line),
      '',
      '</details>'
    )
  if (unmarked) out.push('', `_${HINTS_UNMARKED}_`)
  return out
}

function baselineFromLines(from: BaselineFrom | undefined): string[] {
  if (!from) return []
  // An `@` before a space mentions no one: keep "main @ abc1234" as written (escapeMarkdown joins every `@`).
  const out = [
    '',
    inline(describeBaselineFrom(from), MESSAGE_LIMIT).replace(
      / @\u2060 /g,
      ' @ '
    )
  ]
  for (const line of (from.fallbacks ?? []).slice(0, 10))
    out.push(`<br>↪ ${inline(line, MESSAGE_LIMIT)}`)
  return out
}

function renderImage(
  view: ImageView,
  cuts: Cuts,
  units: Units,
  heading: string
): string[] {
  const { image } = view
  const out = [heading, '', headlineParts(view, units)]
  if (image.comparison) out.push(...baselineFromLines(image.baselineFrom))
  if (!image.comparison) {
    out.push(
      '',
      `No baseline to compare with: ${inline(image.baselineNote || 'none was given', MESSAGE_LIMIT)}.`
    )
  }
  out.push(...violationLines(view.violations, units, image))
  out.push(...checkLines(image.checks, units))
  const warnings = image.warnings.slice(0, WARNINGS_SHOWN)
  if (warnings.length > 0) {
    out.push('')
    for (const warning of warnings)
      out.push(`> ⚠️ ${inline(warning, MESSAGE_LIMIT)}`)
  }

  const minChange = image.comparison?.minChangeBytes ?? 0
  const changed = view.changed.filter((row) => !cuts.rows.has(row))
  const plain = view.plain.filter((row) => !cuts.rows.has(row))
  const quiet = view.quiet.filter((row) => !cuts.rows.has(row))
  const cells = instructionCells([...changed, ...quiet, ...plain])
  if (image.comparison) {
    if (view.changed.length === 0) {
      out.push(
        '',
        minChange > 0
          ? `No layer changed by ${formatBytes(minChange, units)} or more.`
          : 'No layer changed.'
      )
    } else if (changed.length > 0) {
      out.push(
        '',
        `**${plural(view.changed.length, 'layer')} changed**, largest change first:`,
        '',
        ...CHANGE_HEADER
      )
      for (const change of changed) out.push(changeRow(change, units, cells))
      out.push(
        ...insideLines(changed, cuts, units, !cuts.insideDetails.has(view))
      )
    }
    if (quiet.length > 0) {
      const summary = view.quiet.every(
        (change) => change.status === 'unchanged'
      )
        ? plural(view.quiet.length, 'unchanged layer')
        : minChange > 0
          ? `${plural(view.quiet.length, 'layer')} unchanged or changed by less than ${formatBytes(minChange, units)}`
          : `${plural(view.quiet.length, 'layer')} without a size change`
      out.push(
        '',
        `<details><summary>${summary}</summary>`,
        '',
        ...CHANGE_HEADER
      )
      for (const change of quiet) out.push(changeRow(change, units, cells))
      out.push('', '</details>')
    }
  } else if (plain.length > 0) {
    out.push('', '| layer | instruction | size | share |', '|:--|:--|--:|--:|')
    for (const row of plain) {
      const share =
        image.totalBytes > 0
          ? `${((row.sizeBytes / image.totalBytes) * 100).toFixed(1)}%`
          : ''
      out.push(
        `| ${layerName(row.index, row)} | ${cells.get(row) ?? inline(layerCell(row), CELL_WIDTH)} | ${formatBytes(row.sizeBytes, units)} | ${share} |`
      )
    }
  }
  const fullText = [...changed, ...plain].filter(
    (row) => !cuts.fullText.has(row) && needsFullText(rowInstruction(row))
  )
  out.push(...fullTextBlock(fullText))
  const pairings = changed
    .map(pairingLine)
    .filter((line): line is string => line !== undefined)
  if (pairings.length > 0)
    out.push(
      '',
      `<details><summary>How the changed layers were paired</summary>`,
      '',
      ...pairings,
      '',
      '</details>'
    )

  const leftOut = [
    view.quiet.length - quiet.length > 0
      ? plural(view.quiet.length - quiet.length, 'unchanged layer row')
      : '',
    view.changed.length - changed.length > 0
      ? plural(view.changed.length - changed.length, 'changed layer row')
      : '',
    view.plain.length - plain.length > 0
      ? plural(view.plain.length - plain.length, 'layer row')
      : ''
  ].filter(Boolean)
  if (leftOut.length > 0) {
    out.push(
      '',
      `_${leftOut.join(' and ')} left out (the smallest) to stay within GitHub's comment size limit; the job summary and the JSON report have every layer._`
    )
  }

  if (!cuts.hints.has(view))
    out.push(
      ...hintLines(
        view.hints,
        units,
        image.layers,
        image.hintsUnmarked !== undefined
      )
    )
  if (!cuts.charts.has(view)) {
    const columns = chartColumns(view)
    // One change says nothing the table does not.
    if (columns.length > 2)
      out.push(
        '',
        `<details><summary>Chart: base and head of the ${plural(Math.min(view.changed.length, CHART_CHANGES), 'largest change')}</summary>`,
        '',
        renderChangeChart(columns, { units }),
        '',
        '</details>'
      )
  }
  return out
}

function overallHeadline(run: RunReport, units: Units): string[] {
  const totals = runTotals(run)
  const title =
    totals.failingImages > 0
      ? `## Image sizes: ❌ ${totals.failingImages} of ${plural(totals.imageCount, 'image')} over budget`
      : `## Image sizes: ✅ ${plural(totals.imageCount, 'image')} within budget`
  const change =
    totals.deltaBytes === null
      ? 'no baseline'
      : `${changePhrase(totals.deltaBytes, totals.baselineTotalBytes ?? 0, units)} against the base (${formatBytes(totals.baselineTotalBytes ?? 0, units)}${
          totals.comparedImages < totals.imageCount
            ? `, for the ${totals.comparedImages} of ${totals.imageCount} images that have a baseline`
            : ''
        })`
  return [
    title,
    '',
    `**${formatBytes(totals.totalBytes, units)}** in all · ${change}`
  ]
}

function summaryTable(views: ImageView[], units: Units): string[] {
  const out = [
    '',
    '| | image | size | change | budget |',
    '|:--|:--|--:|--:|:--|'
  ]
  for (const view of views) {
    const { image } = view
    const failing = image.status === 'fail' || view.violations.length > 0
    const comparison = image.comparison
    const change = comparison
      ? changePhrase(
          comparison.totalDeltaBytes,
          comparison.base.totalBytes,
          units
        )
      : 'no baseline'
    const budget = budgetPhrase(image, view.violations, units).replace(
      /^(✅|❌) /,
      ''
    )
    out.push(
      `| ${failing ? '❌' : '✅'} | ${inline(image.name, NAME_LIMIT)} | ${formatBytes(image.totalBytes, units)} | ${change} | ${budget} |`
    )
  }
  return out
}

function footer(units: Units, compared: boolean): string[] {
  const unitNote =
    units === 'iec' ? 'IEC units (1 KiB = 1024 B)' : 'SI units (1 kB = 1000 B)'
  return [
    '',
    `<sub>Sizes in ${unitNote}; exact byte counts are in the JSON report. Layers are named by their index in the image (L0 is the first)${compared ? '; base L3 is a layer of the base image it is compared with' : ''}.</sub>`
  ]
}

function renderWith(
  run: RunReport,
  views: ImageView[],
  cuts: Cuts,
  key: string
): string {
  const units: Units = run.units ?? 'si'
  const out = [commentMarker(key)]
  if (views.length === 1) {
    out.push(
      ...renderImage(
        views[0],
        cuts,
        units,
        `## Image size: ${inline(views[0].image.name, NAME_LIMIT)}`
      )
    )
  } else {
    out.push(...overallHeadline(run, units))
    if (views.length > 0) out.push(...summaryTable(views, units))
    for (const view of views) {
      const failing = view.image.status === 'fail' || view.violations.length > 0
      out.push(
        '',
        ...renderImage(
          view,
          cuts,
          units,
          `### ${failing ? '❌' : '✅'} ${inline(view.image.name, NAME_LIMIT)}`
        )
      )
    }
  }
  const orphans = orphanViolations(run)
  if (orphans.length > 0) out.push(...violationLines(orphans, units))
  out.push(
    ...footer(
      units,
      views.some((view) => view.image.comparison)
    )
  )
  return out.join('\n') + '\n'
}

function emptyCuts(): Cuts {
  return {
    rows: new Set(),
    fullText: new Set(),
    charts: new Set(),
    hints: new Set(),
    inside: new Set(),
    insideDetails: new Set()
  }
}

/**
 * The sticky comment's body: the marker, a headline per image (and an overall one for
 * several), the violations with what to do, the changed layers largest first, the
 * unchanged ones collapsed, hints, and a chart. Stays within `maxLength` (GitHub's limit
 * by default) by leaving out the smallest unchanged rows first and saying so.
 */
export function renderCommentMarkdown(
  run: RunReport,
  opts: CommentOptions
): string {
  const maxLength = opts.maxLength ?? COMMENT_LIMIT
  const views = run.images.map((image) => buildView(run, image))
  const plan = cutPlan(views)
  const renderCut = (count: number) => {
    const cuts = emptyCuts()
    for (const step of plan.slice(0, count)) step(cuts)
    return renderWith(run, views, cuts, opts.key)
  }
  const full = renderCut(0)
  if (full.length <= maxLength) return full
  // Fewest cuts that fit. Length falls as steps are added (apart from the one "left out"
  // note the first cut adds), so a binary search finds it in a few renders.
  let low = 1
  let high = plan.length
  let best = renderCut(high)
  if (best.length > maxLength) return cutToLimit(best, maxLength)
  while (low < high) {
    const mid = Math.floor((low + high) / 2)
    const body = renderCut(mid)
    if (body.length <= maxLength) {
      high = mid
      best = body
    } else {
      low = mid + 1
    }
  }
  return best
}

/** Last resort when even the headlines and violations do not fit (thousands of violations), or for a body made elsewhere: cut at a line end and say so. */
export function cutToLimit(
  body: string,
  maxLength: number = COMMENT_LIMIT
): string {
  if (body.length <= maxLength) return body
  const note =
    "\n\n_The rest of this report was cut to fit GitHub's comment size limit; the job summary and the JSON report have all of it._\n"
  const room = Math.max(0, maxLength - note.length)
  const cutAt = body.lastIndexOf('\n', room)
  return body.slice(0, cutAt > 0 ? cutAt : room) + note
}
