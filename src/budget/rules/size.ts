// Holds one image report to its budget: total, any single layer, the number of layers,
// and per-instruction rules. Pure: report and budget in, Violations out. Limits are
// inclusive maximums (a layer of exactly 64MiB passes `max: 64MiB`).

import type { ImageReport, LayerRow, Violation } from '../../model/report.js'
import { formatBytes, type Units } from '../../report/units.js'
import type { ImageBudget } from '../types.js'

function layerName(layer: LayerRow): string {
  const text = layer.createdBy || layer.comment || 'base layer'
  return `layer ${layer.index} (${text.length > 80 ? `${text.slice(0, 79)}…` : text})`
}

function over(actual: number, limit: number, units: Units): string {
  let [a, l] = [formatBytes(actual, units), formatBytes(limit, units)]
  // Rounded figures can print alike (64.0 MiB over 64.0 MiB): then say the exact bytes.
  if (a === l) [a, l] = [`${actual} bytes`, `${limit}-byte`]
  return `${a}, over the ${l} limit by ${formatBytes(actual - limit, units)}`
}

const LAYER_ADVICE =
  'look for files added by one step and deleted by a later one (merge those RUNs, or build in a separate stage and COPY only the result) and for package caches left in the layer'

export function evaluateImageBudget(
  report: ImageReport,
  budget: ImageBudget,
  image: string,
  units: Units = 'si'
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
      actualBytes: report.totalBytes,
      message: `${image} is ${over(report.totalBytes, budget.totalBytes, units)}: shrink its largest layers or raise budget.total`
    })
  }
  if (budget.layers !== undefined && layers.length > budget.layers) {
    violations.push({
      image,
      rule: 'layers',
      limitBytes: budget.layers,
      actualBytes: layers.length,
      message: `${image} has ${layers.length} layers, over the limit of ${budget.layers}: merge consecutive RUN steps or use a multi-stage build`
    })
  }
  for (const layer of layers) {
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
        actualBytes: layer.sizeBytes,
        message: `${layerName(layer)} is ${over(layer.sizeBytes, rule.maxBytes, units)} for "${rule.match}": ${LAYER_ADVICE}`
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
        actualBytes: layer.sizeBytes,
        message: `${layerName(layer)} is ${over(layer.sizeBytes, budget.layerBytes, units)} for any single layer: ${LAYER_ADVICE}`
      })
    }
  }
  return violations
}
