// What a PR changed in the findings: each hint and violation of the head marked `new`,
// `worse`, `better` or `unchanged` against the baseline's finding of the same kind on the
// paired layer (the comparison's pairs: `layers[].base/head`, merges and splits included).
// Pure: the head's findings, the baseline's (its file analysis, and the violations its
// budget gives it) and the comparison in; marked copies out.

import type {
  Comparison,
  FileHint,
  FindingChange,
  Violation
} from '../model/report.js'

export interface BaselineFindings {
  /** The baseline's hints; undefined when the baseline has no file analysis (then hints are not marked). */
  hints?: FileHint[]
  /** The baseline's violations under the same budget; undefined when it could not be judged (then violations are not marked). */
  violations?: Violation[]
  /** Rules the baseline could not be judged by (it lacks their figures): their violations are not marked. */
  unjudged?: ReadonlySet<Violation['rule']>
}

export interface MarkedFindings {
  violations: Violation[]
  hints?: FileHint[]
  /** Set when there are head hints and the baseline has no file analysis to mark them against. */
  hintsUnmarked?: 'baseline-without-files'
}

/** Head row index → the base rows it pairs with (several for a merge). Rows in an aggregated FROM entry pair with nothing. */
export function pairedBaseRows(
  comparison: Comparison
): Map<number, Set<number>> {
  const pairs = new Map<number, Set<number>>()
  for (const change of comparison.layers) {
    if (!change.head || change.head.instruction === 'FROM') continue
    const heads = change.splitHead ?? [change.head]
    const bases = change.mergedBase ?? (change.base ? [change.base] : [])
    for (const head of heads) {
      const set = pairs.get(head.index) ?? new Set<number>()
      for (const base of bases) set.add(base.index)
      pairs.set(head.index, set)
    }
  }
  return pairs
}

/** `worse` when the figure went the bad way by more than `floor`, `better` the other way, else `unchanged`. */
function direction(
  head: number,
  base: number,
  floor: number,
  higherIsWorse: boolean
): FindingChange {
  const delta = (head - base) * (higherIsWorse ? 1 : -1)
  if (Math.abs(head - base) <= floor) return 'unchanged'
  return delta > 0 ? 'worse' : 'better'
}

/** Where a figure is a ratio or a count, not bytes: only an exact tie is unchanged. */
function isRatio(violation: Violation): boolean {
  return (
    violation.rule === 'layers' ||
    violation.rule === 'efficiency' ||
    (violation.rule === 'dive' && violation.detail !== 'highestWastedBytes')
  )
}

/** Efficiency rules fail when the figure is too low: there, lower is worse. */
function higherIsWorse(violation: Violation): boolean {
  return !(
    violation.rule === 'efficiency' ||
    (violation.rule === 'dive' && violation.detail === 'lowestEfficiency')
  )
}

/** The head's hints and violations, each with its `change` against the baseline where one can be told. */
export function markFindings(
  head: { violations: Violation[]; hints?: FileHint[] },
  baseline: BaselineFindings,
  comparison: Comparison
): MarkedFindings {
  const pairs = pairedBaseRows(comparison)
  const floor = comparison.minChangeBytes
  /** Whether a base row pairs with a head row; undefined when the head row pairs with nothing known. */
  const paired = (headIndex: number, baseIndex: number) =>
    pairs.get(headIndex)?.has(baseIndex)
  const pairable = (headIndex: number) => pairs.has(headIndex)

  const violations = head.violations.map((violation): Violation => {
    if (!baseline.violations || baseline.unjudged?.has(violation.rule))
      return violation
    // Growth is measured against the baseline: it is this change's by definition.
    if (violation.rule === 'growth') return { ...violation, change: 'new' }
    const layer = violation.layer
    if (layer && !pairable(layer.index)) return violation
    const before = baseline.violations.find(
      (candidate) =>
        candidate.rule === violation.rule &&
        candidate.detail === violation.detail &&
        candidate.match === violation.match &&
        (!layer ||
          (candidate.layer !== undefined &&
            paired(layer.index, candidate.layer.index) === true))
    )
    if (!before) return { ...violation, change: 'new' }
    return {
      ...violation,
      change: direction(
        violation.actualBytes,
        before.actualBytes,
        isRatio(violation) ? 0 : floor,
        higherIsWorse(violation)
      )
    }
  })

  if (!head.hints) return { violations }
  if (!baseline.hints)
    return head.hints.length > 0
      ? {
          violations,
          hints: head.hints,
          hintsUnmarked: 'baseline-without-files'
        }
      : { violations, hints: head.hints }
  const baseHints = baseline.hints
  const hints = head.hints.map((hint): FileHint => {
    if (!hint.layers.every(pairable)) return hint
    const before = baseHints.find(
      (candidate) =>
        candidate.kind === hint.kind &&
        candidate.cache === hint.cache &&
        candidate.layers.length === hint.layers.length &&
        candidate.layers.every(
          (baseIndex, i) => paired(hint.layers[i], baseIndex) === true
        )
    )
    if (!before) return { ...hint, change: 'new' }
    return { ...hint, change: direction(hint.bytes, before.bytes, floor, true) }
  })
  return { violations, hints }
}

/** The order renderers show marked findings in: what this change brought first, what it did not last. */
export const CHANGE_ORDER: Record<FindingChange | 'none', number> = {
  new: 0,
  worse: 1,
  none: 2,
  better: 3,
  unchanged: 4
}

/** `items` with the new ones first and the unchanged last (stable otherwise). */
export function byChange<T extends { change?: FindingChange }>(
  items: T[]
): T[] {
  return [...items].sort(
    (a, b) =>
      CHANGE_ORDER[a.change ?? 'none'] - CHANGE_ORDER[b.change ?? 'none']
  )
}
