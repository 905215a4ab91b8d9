// Renders a scheduled audit: the job summary (one table, image by image, then the
// violations and hints, then a trend of the last 30 audits per image) and the body of
// the tracking issue (what is over, by how much, since when). Pure; every string that
// comes from an image or the budget file goes through escapeMarkdown.

import { describeHint, describeViolation, signedBytes } from './describe.js'
import { oneLine } from './line.js'
import { escapeMarkdown, markdownSentence } from './markdown.js'
import type { ImageResult, RunReport } from '../model/report.js'
import { formatBytes, type Units } from './units.js'

/** One audit of one image, as kept on the history branch. */
export interface AuditRecord {
  date: string
  commit: string
  totalBytes: number
  compressedBytes: number | null
  layers: number
  status: 'pass' | 'fail'
}

/** The history file: config key → image name → records, oldest first. */
export interface SizeHistory {
  schemaVersion: 1
  configs: Record<string, Record<string, AuditRecord[]>>
}

export interface AuditRenderOptions {
  units: Units
  key: string
  /** The date of this audit (ISO). */
  date: string
}

/** How many audits the trend chart shows per image. */
export const TREND_POINTS = 30

function recordsOf(
  history: SizeHistory,
  key: string,
  name: string
): AuditRecord[] {
  return history.configs[key]?.[name] ?? []
}

/** The change since the audit before this one (the last record is this audit's own). */
function sinceLast(records: AuditRecord[], units: Units): string {
  if (records.length < 2) return 'first audit'
  const delta =
    records[records.length - 1].totalBytes -
    records[records.length - 2].totalBytes
  return delta === 0 ? 'no change' : signedBytes(delta, units)
}

/** The date the current breach began: the first of the latest run of failing audits. */
export function overSince(records: AuditRecord[]): string | undefined {
  let since: string | undefined
  for (let i = records.length - 1; i >= 0 && records[i].status === 'fail'; i--)
    since = records[i].date
  return since
}

function imageTable(
  run: RunReport,
  history: SizeHistory,
  options: AuditRenderOptions
): string[] {
  const { units } = options
  const pull = run.images.some(
    (image) => image.totalCompressedBytes !== undefined
  )
  const files = run.images.some((image) => image.files)
  const header = [
    'image',
    'size',
    ...(pull ? ['pull size'] : []),
    'budget',
    'status',
    ...(files ? ['reclaimable'] : []),
    'since last audit'
  ]
  const rows = run.images.map((image) => {
    const budget =
      image.budget?.totalBytes !== undefined
        ? formatBytes(image.budget.totalBytes, units)
        : '—'
    return [
      escapeMarkdown(image.name),
      formatBytes(image.totalBytes, units),
      ...(pull
        ? [
            image.totalCompressedBytes !== undefined
              ? formatBytes(image.totalCompressedBytes, units)
              : '—'
          ]
        : []),
      budget,
      image.status === 'pass'
        ? '✅ within'
        : `❌ over (${image.violations.length})`,
      ...(files
        ? [image.files ? formatBytes(image.files.reclaimableBytes, units) : '—']
        : []),
      sinceLast(recordsOf(history, options.key, image.name), units)
    ]
  })
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ':--' : '--:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`)
  ]
}

function violationLines(images: ImageResult[], units: Units): string[] {
  const lines: string[] = []
  for (const image of images) {
    for (const violation of image.violations)
      lines.push(
        `- ❌ **${escapeMarkdown(image.name)}**: ${markdownSentence(oneLine(describeViolation(violation, units, image)))}`
      )
    for (const hint of image.files?.hints ?? []) {
      if (!hint.base)
        lines.push(
          `- 💡 **${escapeMarkdown(image.name)}**: ${markdownSentence(oneLine(describeHint(hint, units, image.layers)))}`
        )
    }
  }
  return lines
}

/** A mermaid line chart of an image's last audits, in MB/MiB, with the figures beside it. */
function trend(name: string, records: AuditRecord[], units: Units): string[] {
  const last = records.slice(-TREND_POINTS)
  if (last.length === 0) return []
  const unit = units === 'iec' ? 'MiB' : 'MB'
  const scale = units === 'iec' ? 1024 * 1024 : 1e6
  const values = last.map((record) =>
    Number((record.totalBytes / scale).toFixed(2))
  )
  const labels = last.map((record) => JSON.stringify(record.date.slice(5, 10)))
  const table = last
    .slice(-5)
    .reverse()
    .map(
      (record) =>
        `| ${record.date.slice(0, 10)} | \`${record.commit.slice(0, 7)}\` | ${formatBytes(record.totalBytes, units)} | ${record.status === 'pass' ? '✅' : '❌'} |`
    )
  return [
    `#### ${escapeMarkdown(name)}: last ${last.length} audit${last.length === 1 ? '' : 's'}`,
    '',
    '```mermaid',
    'xychart-beta',
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "${unit}"`,
    `    line [${values.join(', ')}]`,
    '```',
    '',
    '| date | commit | size | |',
    '|:--|:--|--:|:--|',
    ...table,
    ''
  ]
}

/** The trend of each image, from the size history. */
function trends(
  images: ImageResult[],
  history: SizeHistory,
  options: AuditRenderOptions
): string[] {
  return images.flatMap((image) =>
    trend(
      image.name,
      recordsOf(history, options.key, image.name),
      options.units
    )
  )
}

export function renderAuditMarkdown(
  run: RunReport,
  history: SizeHistory,
  options: AuditRenderOptions
): string {
  const failing = run.images.filter((image) => image.status === 'fail')
  const lines = [
    `## Image size audit, ${options.date.slice(0, 10)}: ${failing.length === 0 ? `✅ all ${run.images.length} image${run.images.length === 1 ? '' : 's'} within budget` : `❌ ${failing.length} of ${run.images.length} over budget`}`,
    '',
    ...imageTable(run, history, options),
    ''
  ]
  const findings = violationLines(run.images, options.units)
  if (findings.length > 0) lines.push('### What to do', '', ...findings, '')
  lines.push('### Trend', '', ...trends(run.images, history, options))
  return lines.join('\n')
}

export function renderAuditIssueBody(
  run: RunReport,
  history: SizeHistory,
  options: AuditRenderOptions
): string {
  const lines = [
    `The scheduled size audit of ${options.date.slice(0, 10)} found images over their size budget. This issue is updated by every audit and closed when all images are within budget again.`,
    '',
    '| image | size | over by | since |',
    '|:--|--:|--:|:--|'
  ]
  for (const image of run.images.filter(
    (candidate) => candidate.status === 'fail'
  )) {
    const worst = Math.max(
      0,
      ...image.violations
        .filter((v) => v.rule !== 'layers' && v.rule !== 'efficiency')
        .map((v) => v.actualBytes - v.limitBytes)
    )
    const since =
      overSince(recordsOf(history, options.key, image.name)) ?? options.date
    lines.push(
      `| ${escapeMarkdown(image.name)} | ${formatBytes(image.totalBytes, options.units)} | ${worst > 0 ? formatBytes(worst, options.units) : '—'} | ${since.slice(0, 10)} |`
    )
  }
  lines.push(
    '',
    '### Violations and hints',
    '',
    ...violationLines(run.images, options.units),
    ''
  )
  lines.push(
    ...trends(
      run.images.filter((candidate) => candidate.status === 'fail'),
      history,
      options
    )
  )
  return lines.join('\n')
}
