// One image held to its whole budget: every rule of budget/rules/ (size, files,
// compressed, dive, and growth when a comparison with a baseline exists). Pure: the
// image's result and its parsed budget in, violations out, in the order the rules run.

import type { Comparison, ImageReport, Violation } from '../model/report.js'
import { evaluateCompressedBudget } from './rules/compressed.js'
import { evaluateDiveCi, type DiveCiRules } from './rules/dive.js'
import { evaluateFileBudget } from './rules/files.js'
import { evaluateGrowth } from './rules/growth.js'
import { evaluateImageBudget } from './rules/size.js'
import type { ImageBudget } from './types.js'

export interface EvaluateOptions {
  /** The image's name in the budget file: what each violation names. */
  image: string
  /** dive's CI rules (the budget file's `dive:` or --dive-ci), when given: checked when the report has the file analysis. */
  diveCi?: DiveCiRules
}

/** Every broken rule of `budget`; throws InputError when a rule needs figures the report lacks. */
export function evaluateBudget(
  result: ImageReport & { comparison?: Comparison | null },
  budget: ImageBudget,
  options: EvaluateOptions
): Violation[] {
  const { image, diveCi } = options
  return [
    ...evaluateImageBudget(result, budget, image),
    ...evaluateFileBudget(result, budget, image),
    ...(budget.compressed
      ? evaluateCompressedBudget(result, budget.compressed, image)
      : []),
    ...(diveCi && result.files
      ? evaluateDiveCi(result.files.dive, diveCi, image)
      : []),
    ...(budget.growth && result.comparison
      ? evaluateGrowth(result.comparison, budget.growth, image)
      : [])
  ]
}
