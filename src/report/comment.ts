// The pull-request comment and the log lines of a run: one RunReport rendered as markdown
// (the sticky comment and the job summary) and as plain text (the log), plus the rules
// for when to comment. Pure: no I/O. Every string that comes from an image or a report
// file (instructions, names, refs, messages, paths) is untrusted, since a PR author
// writes the Dockerfile and, in the workflow_run split, the report file itself: it goes
// through escapeMarkdown or fencedCode (markdown) or flatten (text) before it is shown.

import { renderLayerChart, type ChartBar } from './chart.js'
import { escapeMarkdown, fencedCode, stripControls } from './markdown.js'
import type {
  BaselineFrom,
  FileHint,
  ImageResult,
  LayerChange,
  LayerRow,
  LayerSide,
  RunReport,
  Violation,
  ViolationRule
} from '../model/report.js'
import { formatBytes, type Units } from './units.js'

export type CommentMode = 'always' | 'on-change' | 'on-violation' | 'never'

/** GitHub rejects issue comments longer than this (422 "Body is too long (maximum is 65536 characters)"). */
export const COMMENT_LIMIT = 65_536

/** Instruction text in a table cell is cut to this many characters; the full text goes in a <details> code block. */
const CELL_WIDTH = 80
/** The full text of one instruction is cut here: a 100 kB RUN line would take the whole comment. */
const FULL_TEXT_LIMIT = 4_000
const MESSAGE_LIMIT = 1_000
const NAME_LIMIT = 120
const CHART_BARS = 8
const HINTS_SHOWN = 10
const WARNINGS_SHOWN = 5

// ---------------------------------------------------------------------------------
// The marker and the key

/** A comment key made safe for the HTML comment marker: lowercase [a-z0-9._-], no `--` (which could end the comment), at most 100 characters. */
export function sanitizeCommentKey(key: string): string {
  const clean = key
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, 100)
    .replace(/[-.]+$/, '')
  return clean || 'default'
}

/** The default key: the workflow's name and the budget file, so two workflows (or two budget files) keep separate comments. */
export function defaultCommentKey(
  workflow: string,
  budgetFile: string
): string {
  return sanitizeCommentKey(`${workflow}-${budgetFile}`)
}

/** The hidden first line of the sticky comment; the comment is found again by it. */
export function commentMarker(key: string): string {
  return `<!-- image-size-budget:${sanitizeCommentKey(key)} -->`
}

// ---------------------------------------------------------------------------------
// What counts as a change, and when to comment

/** A layer change beyond the min-change floor. Below it a change is reported exactly but counts as unchanged. */
export function isSignificantChange(
  change: LayerChange,
  minChangeBytes: number
): boolean {
  return (
    change.status !== 'unchanged' &&
    change.deltaBytes !== 0 &&
    Math.abs(change.deltaBytes) >= minChangeBytes
  )
}

/** True when some image's total or some layer changed beyond min-change. Without a baseline nothing "changed". */
export function hasChanges(run: RunReport): boolean {
  return run.images.some((image) => {
    const comparison = image.comparison
    if (!comparison) return false
    const floor = Math.max(1, comparison.minChangeBytes)
    return (
      Math.abs(comparison.totalDeltaBytes) >= floor ||
      comparison.layers.some((change) =>
        isSignificantChange(change, comparison.minChangeBytes)
      )
    )
  })
}

function isFailing(run: RunReport): boolean {
  return (
    run.status === 'fail' ||
    run.violations.length > 0 ||
    run.images.some((image) => image.status === 'fail')
  )
}

/**
 * Whether to write the comment. `on-change` comments when something changed beyond
 * min-change or a budget is broken; `on-violation` only for a broken budget. Both update
 * a comment that already exists whatever happened, so it never shows stale figures.
 */
export function shouldComment(
  mode: CommentMode,
  run: RunReport,
  existing: boolean
): boolean {
  switch (mode) {
    case 'never':
      return false
    case 'always':
      return true
    case 'on-change':
      return existing || isFailing(run) || hasChanges(run)
    case 'on-violation':
      return existing || isFailing(run)
  }
}

// ---------------------------------------------------------------------------------
// Figures shared by the renderers and the action's outputs

export interface RunTotals {
  totalBytes: number
  /** Sum of the images' deltas against their baselines; null when no image has one. */
  deltaBytes: number | null
  /** Sum of the baseline totals of the images that have one; null when none has. */
  baselineTotalBytes: number | null
  imageCount: number
  /** Images that have a baseline (the delta covers only these). */
  comparedImages: number
  failingImages: number
}

export function runTotals(run: RunReport): RunTotals {
  let deltaBytes: number | null = null
  let baselineTotalBytes: number | null = null
  for (const image of run.images) {
    if (!image.comparison) continue
    deltaBytes = (deltaBytes ?? 0) + image.comparison.totalDeltaBytes
    baselineTotalBytes =
      (baselineTotalBytes ?? 0) + image.comparison.base.totalBytes
  }
  return {
    totalBytes: run.images.reduce((sum, image) => sum + image.totalBytes, 0),
    deltaBytes,
    baselineTotalBytes,
    imageCount: run.images.length,
    comparedImages: run.images.filter((image) => image.comparison).length,
    failingImages: run.images.filter(
      (image) => image.status === 'fail' || violationsOf(run, image).length > 0
    ).length
  }
}

// ---------------------------------------------------------------------------------
// Small formatters (trusted output only: numbers and our own words)

function signedBytes(bytes: number, units: Units): string {
  return `${bytes > 0 ? '+' : ''}${formatBytes(bytes, units)}`
}

function percent(deltaBytes: number, baseBytes: number): string | undefined {
  if (baseBytes <= 0) return undefined
  const value = (deltaBytes / baseBytes) * 100
  if (deltaBytes !== 0 && Math.abs(value) < 0.05)
    return deltaBytes > 0 ? '+<0.1%' : '-<0.1%'
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`
}

/** `▲ +67.1 MB (+2680.2%)`, `▼ -1.20 MB (-3.4%)`, or `no change`. */
function changePhrase(
  deltaBytes: number,
  baseBytes: number,
  units: Units
): string {
  if (deltaBytes === 0) return 'no change'
  const pct = percent(deltaBytes, baseBytes)
  return `${deltaBytes > 0 ? '▲' : '▼'} ${signedBytes(deltaBytes, units)}${pct ? ` (${pct})` : ''}`
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** Cuts to `width` characters (code points, so no surrogate pair is split), ending in `…` when cut. */
function cutText(text: string, width: number): { text: string; cut: boolean } {
  const chars = Array.from(text)
  if (chars.length <= width) return { text, cut: false }
  return { text: `${chars.slice(0, width - 1).join('')}…`, cut: true }
}

/** Untrusted text on one line for the log: no control characters, no line breaks (a log line starting `::` would be a workflow command). */
function flatten(text: string): string {
  return stripControls(text).replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' ')
}

/** Untrusted text for a markdown cell or sentence: flattened, cut, escaped. */
function inline(text: string, width: number): string {
  return escapeMarkdown(cutText(flatten(text), width).text)
}

function sideText(side: { createdBy: string; instruction: string }): string {
  return side.createdBy || side.instruction || '(base image layer)'
}

function rowText(row: LayerRow): string {
  return (
    row.createdBy || (row.comment ? `(${row.comment})` : '(base image layer)')
  )
}

function changeSide(change: LayerChange): LayerSide {
  // Compare always fills at least one side; head first because it is what the PR ships.
  return (change.head ?? change.base) as LayerSide
}

/** Every base row a change covers: several for a merge. */
function baseRows(change: LayerChange): LayerSide[] {
  return change.mergedBase ?? (change.base ? [change.base] : [])
}

/** Every head row a change covers: several for a split. */
function headRows(change: LayerChange): LayerSide[] {
  return change.splitHead ?? (change.head ? [change.head] : [])
}

const sumBytes = (rows: LayerSide[]) =>
  rows.reduce((sum, row) => sum + row.sizeBytes, 0)

/** `L3` for a head layer, `base L3` for a base layer the PR removed, `L1+L3` for a split. Only indexes: never instruction text. */
function changeLabel(change: LayerChange): string {
  return change.head
    ? headRows(change)
        .map((row) => `L${row.index}`)
        .join('+')
    : `base L${changeSide(change).index}`
}

/** The instruction a change row shows: a merge or split says which rows became which. */
function changeText(change: LayerChange): string {
  const names = (rows: LayerSide[]) => {
    const each = rows.map((row) => `${row.instruction || 'layer'} ${row.index}`)
    return each.length > 1
      ? `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`
      : each.join('')
  }
  if (change.mergedBase)
    return `base ${names(change.mergedBase)} merged: ${sideText(changeSide(change))}`
  if (change.splitHead)
    return `base ${names(baseRows(change))} split into ${names(change.splitHead)}: ${sideText(change.splitHead[0])}`
  return sideText(changeSide(change))
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
  const rows = (side: LayerSide[]) =>
    side.map((row) => `L${row.index}`).join(' + ')
  const kind = change.mergedBase
    ? ' (merged)'
    : change.splitHead
      ? ' (split)'
      : ''
  const score = change.score === undefined ? '' : `, score ${change.score}`
  return `- ${rows(headRows(change))} ← base ${rows(baseRows(change))}${kind}: ${PAIRED_BY_WORDS[change.pairedBy] ?? 'alike instruction'}${score}`
}

const STATUS_WORDS: Record<LayerChange['status'], string> = {
  added: '➕ added',
  removed: '➖ removed',
  grew: '▲ grew',
  shrank: '▼ shrank',
  unchanged: 'unchanged'
}

/** What to do about each kind of broken budget. */
const ADVICE: Record<ViolationRule, string> = {
  total:
    'Shrink the image, starting with the layers that grew, or raise the total budget if the growth is intended.',
  layer:
    'Make this layer smaller: delete caches and build files in the same RUN that creates them, or build in a separate stage and copy only the result.',
  layers:
    'Merge consecutive RUN steps, or use a multi-stage build, to have fewer layers.',
  rule: 'Change the layer this rule matches, or adjust the rule in the budget file if the size is intended.',
  growth:
    'The image grew more than the growth budget allows: look at the layers that grew.',
  reclaimable:
    'Files added and then deleted or overwritten in a later layer still ship: delete them in the same RUN that adds them (see the hints).',
  efficiency:
    'Too many bytes are hidden by later layers: delete temporary files in the same RUN that creates them (see the hints).',
  compressed:
    'The compressed (pull) size is over budget: shrink the largest layers.',
  dive: "dive's CI thresholds are broken: see the hints for the files that waste space."
}

function violationsOf(run: RunReport, image: ImageResult): Violation[] {
  if (image.violations.length > 0) return image.violations
  return run.violations.filter((violation) => violation.image === image.name)
}

/** Run-level violations that name no image of the run (a merged report can hold such). */
function orphanViolations(run: RunReport): Violation[] {
  const names = new Set(run.images.map((image) => image.name))
  return run.violations.filter((violation) => !names.has(violation.image))
}

function budgetPhrase(
  image: ImageResult,
  violations: Violation[],
  units: Units
): string {
  const limit = image.budget?.totalBytes
  const failing = image.status === 'fail' || violations.length > 0
  if (limit !== undefined) {
    if (!failing) return `✅ within the ${formatBytes(limit, units)} budget`
    if (image.totalBytes > limit)
      return `❌ over the ${formatBytes(limit, units)} budget`
    return `❌ ${plural(violations.length, 'budget rule')} broken (total within ${formatBytes(limit, units)})`
  }
  if (failing) return `❌ ${plural(violations.length, 'budget rule')} broken`
  return image.budget ? '✅ within budget' : 'no budget set'
}

// ---------------------------------------------------------------------------------
// The markdown comment

export interface CommentOptions {
  /** The comment key (sanitized into the marker). */
  key: string
  /** Longest body in characters; default GitHub's limit. Use a larger value for the job summary. */
  maxLength?: number
}

/** One image's rows, split the way the comment shows them. */
interface ImageView {
  image: ImageResult
  violations: Violation[]
  /** Beyond min-change, largest change first. */
  changed: LayerChange[]
  /** Unchanged or below min-change, in layer order (collapsed). */
  quiet: LayerChange[]
  /** No baseline: the image's layers that hold bytes, largest first. */
  plain: LayerRow[]
  hints: FileHint[]
}

type Row = LayerChange | LayerRow

/** What the size limit made us leave out. Each step of the cut plan adds to it. */
interface Cuts {
  rows: Set<Row>
  fullText: Set<Row>
  charts: Set<ImageView>
  hints: Set<ImageView>
}

function buildView(run: RunReport, image: ImageResult): ImageView {
  const comparison = image.comparison ?? null
  const changed: LayerChange[] = []
  const quiet: LayerChange[] = []
  for (const change of comparison?.layers ?? []) {
    ;(isSignificantChange(change, comparison?.minChangeBytes ?? 0)
      ? changed
      : quiet
    ).push(change)
  }
  changed.sort(
    (a, b) =>
      Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) ||
      changeSide(a).index - changeSide(b).index
  )
  const plain = comparison
    ? []
    : image.layers
        .filter((row) => !row.empty)
        .sort((a, b) => b.sizeBytes - a.sizeBytes || a.index - b.index)
  return {
    image,
    violations: violationsOf(run, image),
    changed,
    quiet,
    plain,
    hints: (image.files?.hints ?? []).slice(0, HINTS_SHOWN)
  }
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
 * (smallest first), then the full text of cut instructions, then the charts, then the
 * hints, then changed rows (smallest change first). The headlines and the violations
 * are never in the plan.
 */
function cutPlan(views: ImageView[]): ((cuts: Cuts) => void)[] {
  const bySmallest = <T>(items: T[], size: (item: T) => number) =>
    [...items].sort((a, b) => size(a) - size(b))
  const steps: ((cuts: Cuts) => void)[] = []
  const quiet = views.flatMap((view) => view.quiet)
  for (const row of bySmallest(quiet, rowMagnitude))
    steps.push((cuts) => cuts.rows.add(row))
  const shown = views.flatMap((view) => [...view.changed, ...view.plain])
  const withFullText = shown.filter(
    (row) =>
      cutText(flatten(rowInstruction(row)), CELL_WIDTH).cut ||
      /[\r\n]/.test(rowInstruction(row))
  )
  for (const row of bySmallest(withFullText, rowMagnitude))
    steps.push((cuts) => cuts.fullText.add(row))
  for (const view of views) steps.push((cuts) => cuts.charts.add(view))
  for (const view of views) steps.push((cuts) => cuts.hints.add(view))
  for (const row of bySmallest(shown, rowMagnitude))
    steps.push((cuts) => cuts.rows.add(row))
  return steps
}

function rowInstruction(row: Row): string {
  return 'status' in row ? changeText(row) : rowText(row)
}

function rowLabel(row: Row): string {
  return 'status' in row ? changeLabel(row) : `L${row.index}`
}

function changeRow(change: LayerChange, units: Units): string {
  const size = (rows: LayerSide[]) =>
    rows.length > 0 ? formatBytes(sumBytes(rows), units) : '—'
  return `| ${STATUS_WORDS[change.status]} | ${changeLabel(change)} | ${inline(changeText(change), CELL_WIDTH)} | ${size(baseRows(change))} | ${size(headRows(change))} | ${change.deltaBytes === 0 ? '0 B' : signedBytes(change.deltaBytes, units)} |`
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
    const { text: shown, cut } = cutText(text, FULL_TEXT_LIMIT)
    out.push(
      `${rowLabel(row)}:`,
      '',
      fencedCode(cut ? shown.slice(0, -1) : shown),
      ''
    )
    if (cut)
      out.push(
        `(${Array.from(text).length - (FULL_TEXT_LIMIT - 1)} more characters not shown)`,
        ''
      )
  }
  out.push('</details>')
  return out
}

function chartBars(view: ImageView): { bars: ChartBar[]; withBase: boolean } {
  if (view.image.comparison) {
    const rows = [...view.image.comparison.layers]
      .filter((change) => rowMagnitude(change) > 0)
      .sort((a, b) => rowMagnitude(b) - rowMagnitude(a))
      .slice(0, CHART_BARS)
    // Chart order follows the layers (head order, removed rows where they were), as the image is built.
    const order = new Map(
      view.image.comparison.layers.map((change, i) => [change, i])
    )
    rows.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    return {
      bars: rows.map((change) => ({
        label: changeLabel(change),
        headBytes: sumBytes(headRows(change)),
        baseBytes: sumBytes(baseRows(change))
      })),
      withBase: true
    }
  }
  const rows = view.plain
    .filter((row) => row.sizeBytes > 0)
    .slice(0, CHART_BARS)
    .sort((a, b) => a.index - b.index)
  return {
    bars: rows.map((row) => ({
      label: `L${row.index}`,
      headBytes: row.sizeBytes,
      baseBytes: 0
    })),
    withBase: false
  }
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

function violationLines(violations: Violation[]): string[] {
  if (violations.length === 0) return []
  const out = ['', `**${plural(violations.length, 'budget violation')}**`, '']
  for (const violation of violations) {
    out.push(
      `- ❌ ${inline(violation.message, MESSAGE_LIMIT)}<br>${ADVICE[violation.rule] ?? ''}`
    )
  }
  return out
}

function hintLines(hints: FileHint[], units: Units): string[] {
  if (hints.length === 0) return []
  const out = ['', '**Hints from the file analysis**', '']
  for (const hint of hints) {
    const layers = hint.layers.map((index) => `L${index}`).join(' → ')
    out.push(
      `- 💡 ${formatBytes(hint.bytes, units)}: ${inline(hint.message, MESSAGE_LIMIT)} (${layers}${hint.base ? ', base image' : ''})`
    )
  }
  return out
}

/** "baseline: main @ abc1234, 3 commits before the merge-base": where the baseline came from, so a reviewer knows when it is not exact. */
export function describeBaselineFrom(from: BaselineFrom): string {
  const at = from.commit
    ? `${from.branch ? `${from.branch} ` : ''}@ ${from.commit.slice(0, 7)}`
    : (from.branch ?? '')
  switch (from.kind) {
    case 'artifact': {
      const n = from.commitsBeforeMergeBase ?? 0
      return `baseline: ${at}, ${n === 0 ? 'the merge-base' : `${plural(n, 'commit')} before the merge-base`}${from.runId !== undefined ? `, from the report of run ${from.runId}` : ''}`
    }
    case 'build':
      return `baseline: ${at}, built at the merge-base`
    case 'image':
      return `baseline: the image ${from.ref ?? ''}`
    case 'report':
      return `baseline: the report ${from.ref ?? ''}`
  }
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
  out.push(...violationLines(view.violations))
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
      for (const change of changed) out.push(changeRow(change, units))
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
      for (const change of quiet) out.push(changeRow(change, units))
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
        `| L${row.index} | ${inline(rowText(row), CELL_WIDTH)} | ${formatBytes(row.sizeBytes, units)} | ${share} |`
      )
    }
  }
  const fullText = [...changed, ...plain].filter(
    (row) =>
      !cuts.fullText.has(row) &&
      (cutText(flatten(rowInstruction(row)), CELL_WIDTH).cut ||
        /[\r\n]/.test(rowInstruction(row)))
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

  if (!cuts.hints.has(view)) out.push(...hintLines(view.hints, units))
  if (!cuts.charts.has(view)) {
    const { bars, withBase } = chartBars(view)
    if (bars.length > 0)
      out.push('', renderLayerChart(bars, { units, withBase }))
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

function footer(units: Units): string[] {
  const unitNote =
    units === 'iec' ? 'IEC units (1 KiB = 1024 B)' : 'SI units (1 kB = 1000 B)'
  return [
    '',
    `<sub>Sizes in ${unitNote}; exact byte counts are in the JSON report. Layers are named by their index in the image (L0 is the first).</sub>`
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
  if (orphans.length > 0) out.push(...violationLines(orphans))
  out.push(...footer(units))
  return out.join('\n') + '\n'
}

function emptyCuts(): Cuts {
  return {
    rows: new Set(),
    fullText: new Set(),
    charts: new Set(),
    hints: new Set()
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

// ---------------------------------------------------------------------------------
// The log

function textHeadline(view: ImageView, units: Units): string {
  const { image } = view
  const comparison = image.comparison
  const change = comparison
    ? `${changePhrase(comparison.totalDeltaBytes, comparison.base.totalBytes, units)} against the base ${formatBytes(comparison.base.totalBytes, units)} (${cutText(flatten(comparison.base.ref), NAME_LIMIT).text})`
    : `no baseline${image.baselineNote ? `: ${cutText(flatten(image.baselineNote), MESSAGE_LIMIT).text}` : ''}`
  return `${cutText(flatten(image.name), NAME_LIMIT).text}: ${formatBytes(image.totalBytes, units)} (${image.totalBytes} bytes), ${change}; ${budgetPhrase(image, view.violations, units)}`
}

/** The run for the log: a headline per image, the changed layers, violations with advice, hints. Plain text, one line per item. */
export function renderRunText(
  run: RunReport,
  options: { width?: number } = {}
): string {
  const units: Units = run.units ?? 'si'
  const width = Math.max(60, options.width ?? 120)
  const views = run.images.map((image) => buildView(run, image))
  const out: string[] = []
  if (views.length > 1) {
    const totals = runTotals(run)
    const change =
      totals.deltaBytes === null
        ? 'no baseline'
        : changePhrase(totals.deltaBytes, totals.baselineTotalBytes ?? 0, units)
    out.push(
      `${plural(totals.imageCount, 'image')}: ${formatBytes(totals.totalBytes, units)} in all, ${change}; ${totals.failingImages > 0 ? `❌ ${totals.failingImages} over budget` : '✅ all within budget'}`
    )
  }
  for (const view of views) {
    if (out.length > 0) out.push('')
    out.push(textHeadline(view, units))
    if (view.changed.length > 0) {
      const cells = view.changed.map((change) => [
        STATUS_WORDS[change.status],
        changeLabel(change),
        `${change.base ? formatBytes(sumBytes(baseRows(change)), units) : '—'} → ${change.head ? formatBytes(sumBytes(headRows(change)), units) : '—'}`,
        signedBytes(change.deltaBytes, units)
      ])
      const widths = [0, 1, 2, 3].map((i) =>
        Math.max(...cells.map((row) => row[i].length))
      )
      out.push('  changed layers, largest change first:')
      view.changed.forEach((change, i) => {
        const head = `    ${cells[i][0].padEnd(widths[0])}  ${cells[i][1].padEnd(widths[1])}  ${cells[i][2].padEnd(widths[2])}  ${cells[i][3].padStart(widths[3])}  `
        out.push(
          head +
            cutText(
              flatten(changeText(change)),
              Math.max(20, width - head.length)
            ).text
        )
      })
    } else if (view.image.comparison) {
      out.push('  no layer changed beyond min-change')
    }
    if (view.quiet.length > 0)
      out.push(
        `  ${plural(view.quiet.length, 'other layer')} unchanged${view.image.comparison?.minChangeBytes ? ` or changed by less than ${formatBytes(view.image.comparison.minChangeBytes, units)}` : ''}`
      )
    if (view.violations.length > 0) {
      out.push('  violations:')
      for (const violation of view.violations) {
        out.push(
          `    ❌ ${cutText(flatten(violation.message), MESSAGE_LIMIT).text}`,
          `       ${ADVICE[violation.rule] ?? ''}`
        )
      }
    }
    if (view.hints.length > 0) {
      out.push('  hints:')
      for (const hint of view.hints)
        out.push(
          `    ${formatBytes(hint.bytes, units).padStart(9)}  ${cutText(flatten(hint.message), MESSAGE_LIMIT).text}`
        )
    }
    for (const warning of view.image.warnings.slice(0, WARNINGS_SHOWN))
      out.push(`  warning: ${cutText(flatten(warning), MESSAGE_LIMIT).text}`)
  }
  const orphans = orphanViolations(run)
  if (orphans.length > 0) {
    out.push('', 'violations:')
    for (const violation of orphans)
      out.push(
        `  ❌ ${cutText(flatten(violation.message), MESSAGE_LIMIT).text}`
      )
  }
  return out.join('\n')
}
