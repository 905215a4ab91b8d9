// Turns violations that belong to a layer into annotations on the Dockerfile line of that
// layer's instruction, so they show in the PR diff. GitHub shows at most 10 error
// annotations per step and the step's own failure is one of them: so at most 9 here,
// the last one standing for the rest.

import type { Violation } from '../model/report.js'

export interface Annotation {
  file: string
  startLine: number
  title: string
  message: string
}

export const MAX_ANNOTATIONS = 9

/**
 * `lines` maps a layer index to its Dockerfile line (layerLines). Violations without a
 * layer or a line are left to the summary. `describe` says a violation in words (the
 * report's describeViolation, in the run's units).
 */
export function annotationsFor(
  violations: Violation[],
  lines: Map<number, number>,
  file: string,
  describe: (violation: Violation) => string
): Annotation[] {
  return violations
    .filter((violation) => violation.layer && lines.has(violation.layer.index))
    .map((violation) => ({
      file,
      startLine: lines.get(violation.layer!.index)!,
      title: `image-size-budget: ${violation.image} ${violation.rule === 'rule' ? `rule "${violation.match}"` : violation.rule}`,
      message: describe(violation)
    }))
}

/** At most `max` annotations: the last one stands for the rest. */
export function capAnnotations(
  placed: Annotation[],
  max = MAX_ANNOTATIONS
): Annotation[] {
  if (placed.length <= max) return placed
  const kept = placed.slice(0, max - 1)
  const rest = placed.slice(max - 1)
  kept.push({
    ...rest[0],
    title: `image-size-budget: ${rest.length} more violations`,
    message: [
      `${rest.length} more layer violations (GitHub shows 10 annotations per step):`,
      ...rest.map((a) => `line ${a.startLine}: ${a.message}`)
    ].join('\n')
  })
  return kept
}
