// The figures of a whole run, shared by the renderers and the action's outputs
// (total-bytes, delta-bytes, baseline-total-bytes), and which violations belong to
// which image of a run.

import type { ImageResult, RunReport, Violation } from '../model/report.js'

export interface RunTotals {
  totalBytes: number
  /** Sum of the images' deltas against their baselines; null when no image has one. */
  deltaBytes: number | null
  /** Sum of the baseline totals of the images that have one; null when none has. */
  baselineTotalBytes: number | null
  imageCount: number
  /** Images that have a baseline (the delta covers only these). */
  comparedImages: number
  failingImages: number
}

/** An image's violations: its own, or (a merged report from older files) the run's that name it. */
export function violationsOf(run: RunReport, image: ImageResult): Violation[] {
  if (image.violations.length > 0) return image.violations
  return run.violations.filter((violation) => violation.image === image.name)
}

/** Run-level violations that name no image of the run (a merged report can hold such). */
export function orphanViolations(run: RunReport): Violation[] {
  const names = new Set(run.images.map((image) => image.name))
  return run.violations.filter((violation) => !names.has(violation.image))
}

export function isFailingImage(run: RunReport, image: ImageResult): boolean {
  return image.status === 'fail' || violationsOf(run, image).length > 0
}

export function runTotals(run: RunReport): RunTotals {
  let deltaBytes: number | null = null
  let baselineTotalBytes: number | null = null
  for (const image of run.images) {
    if (!image.comparison) continue
    deltaBytes = (deltaBytes ?? 0) + image.comparison.totalDeltaBytes
    baselineTotalBytes =
      (baselineTotalBytes ?? 0) + image.comparison.base.totalBytes
  }
  return {
    totalBytes: run.images.reduce((sum, image) => sum + image.totalBytes, 0),
    deltaBytes,
    baselineTotalBytes,
    imageCount: run.images.length,
    comparedImages: run.images.filter((image) => image.comparison).length,
    failingImages: run.images.filter((image) => isFailingImage(run, image))
      .length
  }
}
