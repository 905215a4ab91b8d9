// Budget checks on the file analysis: `reclaimable` (bytes that later layers hide) and
// `efficiency` (ours: 1 − reclaimable / all layers' bytes). Pure; the budget file loader
// (src/budget) reads the limits and calls this.

import { InputError } from '../../errors.js'
import type { ImageReport, Violation } from '../../model/report.js'

export interface FileBudget {
  /** At most this many reclaimable bytes (equality passes). */
  reclaimableBytes?: number
  /** At least this efficiency, 0..1 (equality passes). */
  efficiency?: number
}

export function evaluateFileBudget(
  report: ImageReport,
  budget: FileBudget,
  imageName: string
): Violation[] {
  if (budget.reclaimableBytes === undefined && budget.efficiency === undefined)
    return []
  const files = report.files
  if (!files) {
    throw new InputError({
      input: '--files',
      problem: `the budget of ${imageName} sets reclaimable/efficiency, which need the file analysis`,
      fix: 'run with --files (CLI) or file-analysis: true (action)'
    })
  }
  const out: Violation[] = []
  if (
    budget.reclaimableBytes !== undefined &&
    files.reclaimableBytes > budget.reclaimableBytes
  ) {
    out.push({
      image: imageName,
      rule: 'reclaimable',
      limitBytes: budget.reclaimableBytes,
      actualBytes: files.reclaimableBytes
    })
  }
  if (budget.efficiency !== undefined && files.efficiency < budget.efficiency) {
    out.push({
      image: imageName,
      rule: 'efficiency',
      limitBytes: budget.efficiency,
      actualBytes: files.efficiency
    })
  }
  return out
}
