// Renders an ImageReport as the terminal table of `analyze`: index, size, share of the
// total with a small bar, and the instruction cut to the terminal width; then the file
// analysis (hints in report/describe.ts's words).

import type { FilesAnalysis, ImageReport, LayerRow } from '../model/report.js'
import { describeHint, layerCell, layerName } from './describe.js'
import { cutApart, cutLine } from './line.js'
import { formatBytes, type Units } from './units.js'

const BAR_WIDTH = 10

export function bar(share: number, width = BAR_WIDTH): string {
  const eighths = Math.round(Math.max(0, Math.min(1, share)) * width * 8)
  const full = Math.floor(eighths / 8)
  const partial = eighths % 8
  const blocks = ' ▏▎▍▌▋▊▉'
  return ('█'.repeat(full) + (partial ? blocks[partial] : '')).padEnd(
    width,
    ' '
  )
}

export function renderLayerTable(
  report: ImageReport,
  options: { units?: Units; width?: number } = {}
): string {
  const units = options.units ?? 'si'
  const width = Math.max(60, options.width ?? 100)
  const header = ['layer', 'size', 'share', '']
  const rows = report.layers.map((layer) => {
    const share =
      report.totalBytes > 0 ? layer.sizeBytes / report.totalBytes : 0
    return [
      layerName(layer.index, layer),
      layer.empty ? '—' : formatBytes(layer.sizeBytes, units),
      layer.empty
        ? ''
        : `${(share * 100).toFixed(1).padStart(5)}% ${bar(share)}`,
      layerCell(layer)
    ]
  })
  const indexWidth = Math.max(5, ...rows.map((r) => r[0].length))
  const sizeWidth = Math.max(4, ...rows.map((r) => r[1].length))
  const shareWidth = 6 + 1 + BAR_WIDTH
  const instructionWidth = width - indexWidth - sizeWidth - shareWidth - 6
  const texts = cutApart(
    rows.map((r) => r[3]),
    instructionWidth
  )
  const line = (r: string[], i?: number) =>
    `${r[0].padEnd(indexWidth)}  ${r[1].padStart(sizeWidth)}  ${r[2].padEnd(shareWidth)}  ${i === undefined ? cutLine(r[3], instructionWidth) : texts[i]}`.trimEnd()
  const layerCount = report.layers.filter((l) => !l.empty).length
  const out = [
    `${report.image.ref}  ${report.image.id.replace(/^sha256:/, '').slice(0, 12)}${report.image.platform ? `  ${report.image.platform}` : ''}`,
    line(header),
    ...rows.map((r, i) => line(r, i)),
    `total ${formatBytes(report.totalBytes, units)} (${report.totalBytes} bytes) in ${layerCount} layer${layerCount === 1 ? '' : 's'}`
  ]
  for (const warning of report.warnings) out.push(`warning: ${warning}`)
  return out.join('\n')
}

/** The file analysis under the table: what can be reclaimed, the largest hidden copies, the hints, dive's figures. */
export function renderFilesSection(
  files: FilesAnalysis,
  options: {
    units?: Units
    width?: number
    maxItems?: number
    /** The report's rows, so hints name the steps. */
    layers?: LayerRow[]
  } = {}
): string {
  const units = options.units ?? 'si'
  const width = Math.max(60, options.width ?? 100)
  const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`
  const out = [
    `reclaimable ${formatBytes(files.reclaimableBytes, units)} (${files.reclaimableBytes} bytes) in ${files.itemCount} hidden file cop${files.itemCount === 1 ? 'y' : 'ies'}; efficiency ${percent(files.efficiency)}`
  ]
  const items = files.items.slice(0, options.maxItems ?? 10)
  if (items.length > 0) {
    out.push('largest hidden copies:')
    const sizes = items.map((item) => formatBytes(item.bytes, units))
    const sizeWidth = Math.max(...sizes.map((s) => s.length))
    // Room for the longest tail (`  (added in L12, replaced in L14)`); paths cut in the middle, told apart.
    const pathWidth = Math.max(20, width - sizeWidth - 36)
    const paths = cutApart(
      items.map((item) => item.path),
      pathWidth
    )
    items.forEach((item, i) => {
      const fate =
        item.removedIn !== undefined
          ? `removed in ${layerName(item.removedIn)}`
          : `replaced in ${layerName(item.replacedIn ?? 0)}`
      const tail = `  (added in ${layerName(item.addedIn)}, ${fate})`
      out.push(
        `  ${sizes[i].padStart(sizeWidth)}  ${paths[i].padEnd(Math.max(...paths.map((p) => p.length)))}${tail}`
      )
    })
    if (files.itemCount > items.length)
      out.push(`  … and ${files.itemCount - items.length} more`)
  }
  if (files.hints.length > 0) {
    out.push('hints:')
    for (const hint of files.hints)
      out.push(
        `  ${hint.kind.padEnd(14)} ${formatBytes(hint.bytes, units).padStart(9)}  ${describeHint(hint, units, options.layers)}`
      )
  }
  out.push(...renderPackages(files, units, width))
  const dive = files.dive
  out.push(
    `dive: efficiency ${(dive.efficiency * 100).toFixed(4)} %, wasted ${formatBytes(dive.wastedBytes, units)} (${dive.wastedBytes} bytes), user wasted ${dive.userWastedPercent === null ? 'n/a' : percent(dive.userWastedPercent)}`
  )
  return out.join('\n')
}

/** Packages named per row, at most; the rest of a row's are counted. */
const PACKAGES_PER_ROW = 3
/** Rows with packages listed, at most (those with the most package bytes). */
const PACKAGE_ROWS = 10
/** A package line is cut only past this width (or the terminal's, when wider): three names with their versions must stay readable. */
const PACKAGE_LINE_WIDTH = 200

/**
 * The package attribution in a few lines: the count and the unpackaged bytes, then per row
 * that wrote package files its largest packages (from the report's largest packages), and
 * per row that removed some, what it removed and the bytes that still ship.
 */
function renderPackages(
  files: FilesAnalysis,
  units: Units,
  width: number
): string[] {
  const packages = files.packages
  if (!packages) return []
  const count = files.packageCount ?? packages.length
  const unpackaged = files.unpackaged ?? []
  // The exact total when the report has it (the folders are the largest 50).
  const unpackagedBytes =
    files.unpackagedBytes ?? unpackaged.reduce((sum, u) => sum + u.bytes, 0)
  const tops = unpackaged
    .slice(0, 3)
    .map((u) => `${u.top} ${formatBytes(u.bytes, units)}`)
    .join(', ')
  const out = [
    `packages: ${count}${count > packages.length ? ` (the ${packages.length} largest in the JSON report)` : ''}; unpackaged ${formatBytes(unpackagedBytes, units)}${tops ? ` (${tops}${(files.unpackagedCount ?? 0) > 3 ? ', …' : ''})` : ''}`
  ]
  const byRow = new Map<
    number,
    {
      bytes: number
      added: { label: string; bytes: number }[]
      removed: string[]
      removedBytes: number
    }
  >()
  const rowOf = (row: number) => {
    let entry = byRow.get(row)
    if (!entry)
      byRow.set(
        row,
        (entry = { bytes: 0, added: [], removed: [], removedBytes: 0 })
      )
    return entry
  }
  for (const p of packages) {
    for (const layer of p.layers) {
      const entry = rowOf(layer.layer)
      entry.bytes += layer.bytes
      entry.added.push({ label: `${p.name} ${p.version}`, bytes: layer.bytes })
    }
    if (p.removedIn !== undefined) {
      const entry = rowOf(p.removedIn)
      entry.removed.push(`${p.name} ${p.version}`)
      entry.removedBytes += p.hiddenBytes ?? 0
    }
  }
  const rows = [...byRow.entries()]
    .sort(
      (a, b) =>
        b[1].bytes + b[1].removedBytes - (a[1].bytes + a[1].removedBytes) ||
        a[0] - b[0]
    )
    .slice(0, PACKAGE_ROWS)
    .sort((a, b) => a[0] - b[0])
  for (const [row, entry] of rows) {
    if (entry.added.length > 0) {
      const added = entry.added.sort((a, b) => b.bytes - a.bytes)
      const named = added
        .slice(0, PACKAGES_PER_ROW)
        .map((a) => `${a.label} ${formatBytes(a.bytes, units)}`)
      const more = added.length - named.length
      out.push(
        cutLine(
          `  L${row}  ${added.length} package${added.length === 1 ? '' : 's'}, ${formatBytes(entry.bytes, units)}: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
          Math.max(width, PACKAGE_LINE_WIDTH)
        )
      )
    }
    if (entry.removed.length > 0)
      out.push(
        cutLine(
          `  L${row}  removes ${entry.removed.slice(0, PACKAGES_PER_ROW).join(', ')}${entry.removed.length > PACKAGES_PER_ROW ? ` and ${entry.removed.length - PACKAGES_PER_ROW} more` : ''}; ${formatBytes(entry.removedBytes, units)} of them still ship in earlier layers`,
          Math.max(width, PACKAGE_LINE_WIDTH)
        )
      )
  }
  return out
}
