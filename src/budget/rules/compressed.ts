// The budget file's `compressed: {total, layer}` limits, on pull size: evaluated against a
// report's totalCompressedBytes and each row's compressedBytes (a registry image, or an engine
// image read with --compressed). Pure: data in, violations out (rule `compressed`).

import { InputError } from '../../errors.js'
import type { ImageReport, Violation } from '../../model/report.js'

export interface CompressedBudget {
  /** Limit on the sum of the layers' compressed sizes. */
  totalBytes?: number
  /** Limit on any one layer's compressed size. */
  layerBytes?: number
}

/** Violations of a compressed budget; throws InputError when the report has no compressed sizes to judge. */
export function evaluateCompressedBudget(
  report: ImageReport,
  budget: CompressedBudget,
  imageName: string
): Violation[] {
  if (budget.totalBytes === undefined && budget.layerBytes === undefined)
    return []
  if (report.totalCompressedBytes === undefined) {
    throw new InputError({
      input: '--compressed',
      problem: `the budget of ${imageName} sets "compressed" limits, but ${report.image.ref} has no compressed sizes`,
      fix: 'read it from a registry (--source registry) or measure them with --compressed'
    })
  }
  const violations: Violation[] = []
  const total = report.totalCompressedBytes
  if (budget.totalBytes !== undefined && total > budget.totalBytes) {
    violations.push({
      image: imageName,
      rule: 'compressed',
      detail: 'total',
      limitBytes: budget.totalBytes,
      actualBytes: total
    })
  }
  if (budget.layerBytes !== undefined) {
    for (const layer of report.layers) {
      const bytes = layer.compressedBytes
      if (layer.empty || bytes === undefined || bytes <= budget.layerBytes)
        continue
      violations.push({
        image: imageName,
        rule: 'compressed',
        detail: 'layer',
        layer: {
          index: layer.index,
          instruction: layer.instruction,
          createdBy: layer.createdBy
        },
        limitBytes: budget.layerBytes,
        actualBytes: bytes
      })
    }
  }
  return violations
}
