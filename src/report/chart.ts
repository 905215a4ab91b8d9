// The mermaid chart of the comment: for the largest changes of a comparison, each base row
// beside the head row it became (`base L1` next to `L1`), in two colours. The table has
// the exact figures; the chart shows at a glance which way each large change went, so it
// is drawn only for a comparison and folded under the table.
// Only our own words and numbers reach mermaid: labels are layer names ("L3", "base L3"),
// never instruction text, because mermaid has its own syntax and escaping rules.
// xychart-beta draws two bar series on top of each other (mermaid issue #7392): each
// column has a value in one series and 0 in the other, so no bar hides another.

import { unitScale, type Units } from './units.js'

/** The base's colour and the head's: a grey and GitHub's blue, both visible on light and dark themes. */
export const CHART_COLOURS = { base: '#8c959f', head: '#0969da' } as const

export interface ChartColumn {
  /** `L3` or `base L3`: made from indexes only. */
  label: string
  side: 'base' | 'head'
  bytes: number
}

/** The unit that puts the largest value between 1 and 1000 (1024), so the axis reads in whole units. */
function chartUnit(
  maxBytes: number,
  units: Units
): { name: string; divisor: number } {
  const { names, base } = unitScale(units)
  let unit = 0
  while (maxBytes >= base ** (unit + 1) && unit < names.length - 1) unit++
  return { name: names[unit], divisor: base ** unit }
}

function value(bytes: number, divisor: number): string {
  return String(Math.round((bytes / divisor) * 100) / 100)
}

/** A fenced mermaid xychart of base and head columns, with a line under it saying which colour is which. */
export function renderChangeChart(
  columns: ChartColumn[],
  options: { units: Units }
): string {
  const max = Math.max(0, ...columns.map((column) => column.bytes))
  const unit = chartUnit(max, options.units)
  const labels = columns
    .map((column) => `"${column.label.replace(/[^A-Za-z0-9 +]/g, '')}"`)
    .join(', ')
  const series = (side: 'base' | 'head') =>
    columns
      .map((column) =>
        column.side === side ? value(column.bytes, unit.divisor) : '0'
      )
      .join(', ')
  const lines = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${CHART_COLOURS.base}, ${CHART_COLOURS.head}"}}}}%%`,
    'xychart-beta',
    `    x-axis [${labels}]`,
    `    y-axis "${unit.name}"`,
    `    bar [${series('base')}]`,
    `    bar [${series('head')}]`,
    '```'
  ]
  return `${lines.join('\n')}\n\n<sub>Grey bars: the base's layers (base L1). Blue bars: this pull request's (L1). The table has the exact figures.</sub>`
}
