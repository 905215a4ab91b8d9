// Growth budgets: how much an image may grow against its baseline. Pure: a Comparison and
// already-parsed limits in, Violations out (the budget file loader parses `10MB`, `5%`).
//
// A limit is broken when the growth is strictly more than it. An added layer counts as
// growth of its full size. The aggregated base-image entry (instruction FROM) is many layers,
// so only the total and percent limits see it, not the per-layer one.

import type { Comparison, Violation } from '../../model/report.js'

export interface GrowthLimits {
  totalBytes?: number
  /** Percent of the baseline's total, e.g. 5 for 5%. */
  percent?: number
  layerBytes?: number
}

export function evaluateGrowth(
  comparison: Comparison,
  growth: GrowthLimits,
  imageName: string
): Violation[] {
  const out: Violation[] = []
  const delta = comparison.totalDeltaBytes
  if (growth.totalBytes !== undefined && delta > growth.totalBytes) {
    out.push({
      image: imageName,
      rule: 'growth',
      detail: 'total',
      limitBytes: growth.totalBytes,
      actualBytes: delta
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
        limitPercent: growth.percent,
        actualPercent: actual
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
        actualBytes: change.deltaBytes
      })
    }
  }
  return out
}
