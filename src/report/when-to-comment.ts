// When a run writes (or updates) its PR comment: the comment modes, and what counts as a
// change against the base (the min-change floor).

import type { LayerChange, RunReport } from '../model/report.js'

export type CommentMode = 'always' | 'on-change' | 'on-violation' | 'never'

/** A layer change beyond the min-change floor. Below it a change is reported exactly but counts as unchanged. */
export function isSignificantChange(
  change: LayerChange,
  minChangeBytes: number
): boolean {
  return (
    change.status !== 'unchanged' &&
    change.deltaBytes !== 0 &&
    Math.abs(change.deltaBytes) >= minChangeBytes
  )
}

/** True when some image's total or some layer changed beyond min-change. Without a baseline nothing "changed". */
export function hasChanges(run: RunReport): boolean {
  return run.images.some((image) => {
    const comparison = image.comparison
    if (!comparison) return false
    const floor = Math.max(1, comparison.minChangeBytes)
    return (
      Math.abs(comparison.totalDeltaBytes) >= floor ||
      comparison.layers.some((change) =>
        isSignificantChange(change, comparison.minChangeBytes)
      )
    )
  })
}

function isFailing(run: RunReport): boolean {
  return (
    run.status === 'fail' ||
    run.violations.length > 0 ||
    run.images.some((image) => image.status === 'fail')
  )
}

/**
 * Whether to write the comment. `on-change` comments when something changed beyond
 * min-change or a budget is broken; `on-violation` only for a broken budget. Both update
 * a comment that already exists whatever happened, so it never shows stale figures.
 */
export function shouldComment(
  mode: CommentMode,
  run: RunReport,
  existing: boolean
): boolean {
  switch (mode) {
    case 'never':
      return false
    case 'always':
      return true
    case 'on-change':
      return existing || isFailing(run) || hasChanges(run)
    case 'on-violation':
      return existing || isFailing(run)
  }
}
