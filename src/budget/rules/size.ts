// Holds one image report to its budget: total, any single layer, the number of layers,
// and per-instruction rules. Pure: report and budget in, Violations out. Limits are
// inclusive maximums (a layer of exactly 64MiB passes `max: 64MiB`). The base image's
// layers (`baseRows`) are held to the budget's `base:` limit only (rule `layer`, detail
// `base`): no Dockerfile step can make them smaller.

import type { ImageReport, LayerRow, Violation } from '../../model/report.js'
import type { ImageBudget } from '../types.js'

export function evaluateImageBudget(
  report: ImageReport,
  budget: ImageBudget,
  image: string,
  baseRows: ReadonlySet<number> = new Set()
): Violation[] {
  const violations: Violation[] = []
  const layers = report.layers.filter((layer) => !layer.empty)
  const ref = (layer: LayerRow) => ({
    index: layer.index,
    instruction: layer.instruction,
    createdBy: layer.createdBy
  })

  if (
    budget.totalBytes !== undefined &&
    report.totalBytes > budget.totalBytes
  ) {
    violations.push({
      image,
      rule: 'total',
      limitBytes: budget.totalBytes,
      actualBytes: report.totalBytes
    })
  }
  if (budget.layers !== undefined && layers.length > budget.layers) {
    violations.push({
      image,
      rule: 'layers',
      limitBytes: budget.layers,
      actualBytes: layers.length
    })
  }
  for (const layer of layers) {
    if (baseRows.has(layer.index)) {
      const limit = budget.base?.layerBytes
      if (limit !== undefined && layer.sizeBytes > limit)
        violations.push({
          image,
          rule: 'layer',
          detail: 'base',
          layer: ref(layer),
          limitBytes: limit,
          actualBytes: layer.sizeBytes
        })
      continue
    }
    // The first rule whose match hits the layer's instruction sets its limit, in place of the
    // general `layer` limit: a rule is how a budget allows one kind of step more (or less).
    const rule = budget.rules?.find((candidate) =>
      candidate.test(layer.createdBy)
    )
    if (rule && layer.sizeBytes > rule.maxBytes) {
      violations.push({
        image,
        rule: 'rule',
        layer: ref(layer),
        match: rule.match,
        limitBytes: rule.maxBytes,
        actualBytes: layer.sizeBytes
      })
    }
    if (
      !rule &&
      budget.layerBytes !== undefined &&
      layer.sizeBytes > budget.layerBytes
    ) {
      violations.push({
        image,
        rule: 'layer',
        layer: ref(layer),
        limitBytes: budget.layerBytes,
        actualBytes: layer.sizeBytes
      })
    }
  }
  return violations
}
