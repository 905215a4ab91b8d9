// One image of a run as the renderers show it (the comment, the job summary, the log and
// the CLI): its violations, the layers that changed beyond min-change (largest change
// first), the quiet ones, the plain layer list when there is no baseline, its hints; and
// the one name of a layer (`L3`, `L3 · Dockerfile:12`, `base L3`, `L1+L3`).

import type {
  Comparison,
  FileHint,
  ImageResult,
  LayerChange,
  LayerRow,
  LayerSide,
  RunReport,
  Violation
} from '../model/report.js'
import { byChange } from '../compare/finding-changes.js'
import { violationsOf } from './totals.js'
import { isSignificantChange } from './when-to-comment.js'

/** Hints shown per image; the JSON report has them all. */
export const HINTS_SHOWN = 10

export interface ImageView {
  image: ImageResult
  violations: Violation[]
  /** Beyond min-change, largest change first. */
  changed: LayerChange[]
  /** Unchanged or below min-change, in layer order. */
  quiet: LayerChange[]
  /** No baseline: the image's layers that hold bytes, largest first. */
  plain: LayerRow[]
  hints: FileHint[]
}

/** A comparison's rows split by the min-change floor: changed (largest change first) and quiet (in order). */
export function splitChanges(comparison: Comparison | null | undefined): {
  changed: LayerChange[]
  quiet: LayerChange[]
} {
  const changed: LayerChange[] = []
  const quiet: LayerChange[] = []
  for (const change of comparison?.layers ?? []) {
    ;(isSignificantChange(change, comparison?.minChangeBytes ?? 0)
      ? changed
      : quiet
    ).push(change)
  }
  changed.sort(
    (a, b) =>
      Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) ||
      changeSide(a).index - changeSide(b).index
  )
  return { changed, quiet }
}

export function buildView(run: RunReport, image: ImageResult): ImageView {
  const comparison = image.comparison ?? null
  const { changed, quiet } = splitChanges(comparison)
  const plain = comparison
    ? []
    : image.layers
        .filter((row) => !row.empty)
        .sort((a, b) => b.sizeBytes - a.sizeBytes || a.index - b.index)
  return {
    image,
    violations: violationsOf(run, image),
    changed,
    quiet,
    plain,
    // What this change brought first, so the cap never leaves a new hint out for an old one.
    hints: byChange(image.files?.hints ?? []).slice(0, HINTS_SHOWN)
  }
}

export function changeSide(change: LayerChange): LayerSide {
  // Compare always fills at least one side; head first because it is what the PR ships.
  return (change.head ?? change.base) as LayerSide
}

/** Every base row a change covers: several for a merge. */
export function baseRows(change: LayerChange): LayerSide[] {
  return change.mergedBase ?? (change.base ? [change.base] : [])
}

/** Every head row a change covers: several for a split. */
export function headRows(change: LayerChange): LayerSide[] {
  return change.splitHead ?? (change.head ? [change.head] : [])
}

export const sumBytes = (rows: LayerSide[]) =>
  rows.reduce((sum, row) => sum + row.sizeBytes, 0)

/**
 * A layer's one name in every report: `L3`, its row index as the tables show it, with the
 * Dockerfile line where it is known (`L3 · Dockerfile:12`); a base-side row of a comparison
 * is `base L3`. Only indexes and numbers: never instruction text.
 */
export function layerName(
  index: number,
  row?: { dockerfileLine?: number },
  side: 'head' | 'base' = 'head'
): string {
  const name = `${side === 'base' ? 'base ' : ''}L${index}`
  return row?.dockerfileLine
    ? `${name} · Dockerfile:${row.dockerfileLine}`
    : name
}

/**
 * Several rows of one side under one name: `L1+L3`, `L1+L3 · Dockerfile:5, 7` (the lines
 * where known), `base L1+L2`.
 */
export function rowsName(
  rows: { index: number; dockerfileLine?: number }[],
  side: 'head' | 'base' = 'head'
): string {
  if (rows.length === 1) return layerName(rows[0].index, rows[0], side)
  const lines = rows
    .map((row) => row.dockerfileLine)
    .filter((line): line is number => line !== undefined)
  return `${side === 'base' ? 'base ' : ''}${rows.map((row) => `L${row.index}`).join('+')}${lines.length > 0 ? ` · Dockerfile:${lines.join(', ')}` : ''}`
}

/** `L3` (`L3 · Dockerfile:12`) for a head layer, `base L3` for a base layer the PR removed, `L1+L3` for a split. Only indexes: never instruction text. */
export function changeLabel(change: LayerChange): string {
  return change.head
    ? rowsName(headRows(change))
    : layerName(changeSide(change).index, undefined, 'base')
}
