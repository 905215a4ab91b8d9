// The budget file's `compressed: {total, layer}` limits, on pull size: evaluated against a
// report's totalCompressedBytes and each row's compressedBytes (a registry image, or an engine
// image read with --compressed). Pure: data in, violations out (rule `compressed`). The
// base image's layers (`baseRows`) are held to `base.compressed.layer` only (detail
// `base-layer`).

import { InputError } from '../../errors.js'
import type { ImageReport, Violation } from '../../model/report.js'

export interface CompressedBudget {
  /** Limit on the sum of the layers' compressed sizes. */
  totalBytes?: number
  /** Limit on any one layer's compressed size. */
  layerBytes?: number
  /** Limit on any one base image layer's compressed size (`base.compressed.layer`). */
  baseLayerBytes?: number
}

/** Violations of a compressed budget; throws InputError when the report has no compressed sizes to judge. */
export function evaluateCompressedBudget(
  report: ImageReport,
  budget: CompressedBudget,
  imageName: string,
  baseRows: ReadonlySet<number> = new Set()
): Violation[] {
  if (
    budget.totalBytes === undefined &&
    budget.layerBytes === undefined &&
    budget.baseLayerBytes === undefined
  )
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
  for (const layer of report.layers) {
    const base = baseRows.has(layer.index)
    const limit = base ? budget.baseLayerBytes : budget.layerBytes
    const bytes = layer.compressedBytes
    if (
      limit === undefined ||
      layer.empty ||
      bytes === undefined ||
      bytes <= limit
    )
      continue
    violations.push({
      image: imageName,
      rule: 'compressed',
      detail: base ? 'base-layer' : 'layer',
      layer: {
        index: layer.index,
        instruction: layer.instruction,
        createdBy: layer.createdBy
      },
      limitBytes: limit,
      actualBytes: bytes
    })
  }
  return violations
}
