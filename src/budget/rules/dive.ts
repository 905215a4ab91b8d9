// dive's CI rules (runtime/ci/rule.go): lowestEfficiency, highestWastedBytes,
// highestUserWastedPercent, with dive's comparisons (equality passes), checked against the
// figures of analysis/dive.ts. Pure: the rules come parsed (budget/dive-ci.ts reads the
// `.dive-ci` file); violations out (rule `dive`).

import type { DiveFigures, Violation } from '../../model/report.js'

export type DiveRuleKey =
  'lowestEfficiency' | 'highestWastedBytes' | 'highestUserWastedPercent'

/** A rule's threshold, or null when disabled. */
export type DiveCiRules = Record<DiveRuleKey, number | null>

/** dive's rule checks (equality passes): one `dive` violation per failed rule. */
export function evaluateDiveCi(
  figures: DiveFigures,
  rules: DiveCiRules,
  image: string
): Violation[] {
  const out: Violation[] = []
  const { lowestEfficiency, highestWastedBytes, highestUserWastedPercent } =
    rules
  if (lowestEfficiency !== null && lowestEfficiency > figures.efficiency) {
    out.push({
      image,
      rule: 'dive',
      detail: 'lowestEfficiency',
      limitBytes: lowestEfficiency,
      actualBytes: figures.efficiency
    })
  }
  if (highestWastedBytes !== null && figures.wastedBytes > highestWastedBytes) {
    out.push({
      image,
      rule: 'dive',
      detail: 'highestWastedBytes',
      limitBytes: highestWastedBytes,
      actualBytes: figures.wastedBytes
    })
  }
  const percent = figures.userWastedPercent
  if (
    highestUserWastedPercent !== null &&
    percent !== null &&
    highestUserWastedPercent < percent
  ) {
    out.push({
      image,
      rule: 'dive',
      detail: 'highestUserWastedPercent',
      limitBytes: highestUserWastedPercent,
      actualBytes: percent
    })
  }
  return out
}
