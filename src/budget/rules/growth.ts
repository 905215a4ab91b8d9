// Growth budgets: how much an image may grow against its baseline. Pure: a Comparison and
// already-parsed limits in, Violations out (the budget file loader parses `10MB`, `5%`).
//
// A limit is broken when the growth is strictly more than it. An added layer counts as
// growth of its full size. The aggregated base-image entry (instruction FROM) is many layers,
// so only the total and percent limits see it, not the per-layer one.

import type { Comparison, LayerChange, Violation } from '../../model/report.js'
import { formatBytes, type Units } from '../../report/units.js'

export interface GrowthLimits {
  totalBytes?: number
  /** Percent of the baseline's total, e.g. 5 for 5%. */
  percent?: number
  layerBytes?: number
}

function percentText(value: number): string {
  return `${Number(value.toFixed(2))}%`
}

function describeLayer(change: LayerChange): string {
  const row = change.head!
  const what =
    row.createdBy.length > 80 ? `${row.createdBy.slice(0, 79)}…` : row.createdBy
  return `layer ${row.index} (${what || 'no instruction'})`
}

export function evaluateGrowth(
  comparison: Comparison,
  growth: GrowthLimits,
  imageName: string,
  units: Units = 'si'
): Violation[] {
  const out: Violation[] = []
  const delta = comparison.totalDeltaBytes
  const against = `against the baseline ${comparison.base.ref} (${formatBytes(comparison.base.totalBytes, units)})`
  if (growth.totalBytes !== undefined && delta > growth.totalBytes) {
    out.push({
      image: imageName,
      rule: 'growth',
      detail: 'total',
      limitBytes: growth.totalBytes,
      actualBytes: delta,
      message: `${imageName} grew by ${formatBytes(delta, units)} ${against}, more than the growth budget of ${formatBytes(growth.totalBytes, units)}`
    })
  }
  // A percent of nothing is undefined: an empty baseline is judged by the byte limits only.
  if (growth.percent !== undefined && comparison.base.totalBytes > 0) {
    const actual = (delta / comparison.base.totalBytes) * 100
    if (actual > growth.percent) {
      out.push({
        image: imageName,
        rule: 'growth',
        detail: 'percent',
        // Bytes, as the field names say: the percent of this baseline, and the growth itself.
        limitBytes: Math.floor(
          (comparison.base.totalBytes * growth.percent) / 100
        ),
        actualBytes: delta,
        message: `${imageName} grew by ${percentText(actual)} (${formatBytes(delta, units)}) ${against}, more than the growth budget of ${percentText(growth.percent)}`
      })
    }
  }
  if (growth.layerBytes !== undefined) {
    for (const change of comparison.layers) {
      if (
        !change.head ||
        change.head.instruction === 'FROM' ||
        change.deltaBytes <= growth.layerBytes
      )
        continue
      const verb = change.base
        ? `grew by ${formatBytes(change.deltaBytes, units)}`
        : `was added with ${formatBytes(change.deltaBytes, units)}`
      out.push({
        image: imageName,
        rule: 'growth',
        detail: 'layer',
        layer: {
          index: change.head.index,
          instruction: change.head.instruction,
          createdBy: change.head.createdBy
        },
        limitBytes: growth.layerBytes,
        actualBytes: change.deltaBytes,
        message: `${imageName}: ${describeLayer(change)} ${verb}, more than the per-layer growth budget of ${formatBytes(growth.layerBytes, units)}`
      })
    }
  }
  return out
}
