// The mermaid chart of the comment: the largest layers, this PR against the base.
// Only our own words and numbers reach mermaid: labels are layer indexes ("L3"), never
// instruction text, because mermaid has its own syntax and escaping rules.
// xychart-beta draws two bar series on top of each other (mermaid issue #7392), so the
// head is the bars and the base is a line over them.

import { unitScale, type Units } from './units.js'

export interface ChartBar {
  /** `L3` or `base L3`: made from indexes only. */
  label: string
  headBytes: number
  baseBytes: number
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

/** A fenced mermaid xychart, with a line under it saying what the bars and the line are. */
export function renderLayerChart(
  bars: ChartBar[],
  options: { units: Units; withBase: boolean }
): string {
  const max = Math.max(
    0,
    ...bars.map((bar) => Math.max(bar.headBytes, bar.baseBytes))
  )
  const unit = chartUnit(max, options.units)
  const labels = bars
    .map((bar) => `"${bar.label.replace(/[^A-Za-z0-9 ]/g, '')}"`)
    .join(', ')
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "Largest layers (${unit.name})"`,
    `    x-axis [${labels}]`,
    `    y-axis "${unit.name}"`,
    `    bar [${bars.map((bar) => value(bar.headBytes, unit.divisor)).join(', ')}]`
  ]
  if (options.withBase)
    lines.push(
      `    line [${bars.map((bar) => value(bar.baseBytes, unit.divisor)).join(', ')}]`
    )
  lines.push('```')
  const legend = options.withBase
    ? `<sub>Bars: this pull request. Line: the base. Layers by index, as in the table (the table is exact).</sub>`
    : `<sub>The largest layers by index, as in the table (the table is exact).</sub>`
  return `${lines.join('\n')}\n\n${legend}`
}
