// One image held to its whole budget: every rule of budget/rules/ (size, files,
// compressed, dive, and growth when a comparison with a baseline exists). Pure: the
// image's result and its parsed budget in; out, the violations in the order the rules run
// and one check per rule evaluated, passing or not (what `check` prints and the JSON
// report's `checks` hold). The base image's layers are judged apart: by the budget's
// `base:` limits when it sets them, else shown against the per-layer limits as advice.

import { baseLayerCount } from '../analysis/files.js'
import type {
  BudgetCheck,
  Comparison,
  FileHint,
  ImageReport,
  LayerRef,
  LayerRow,
  Violation
} from '../model/report.js'
import { evaluateCompressedBudget } from './rules/compressed.js'
import { evaluateDiveCi, type DiveCiRules } from './rules/dive.js'
import { evaluateFileBudget } from './rules/files.js'
import { evaluateGrowth } from './rules/growth.js'
import { evaluateImageBudget } from './rules/size.js'
import {
  packageFigures,
  packageViolations,
  unjudgedPackageBudget
} from './rules/packages.js'
import type { ImageBudget } from './types.js'

export interface EvaluateOptions {
  /** The image's name in the budget file: what each violation names. */
  image: string
  /** dive's CI rules (the budget file's `dive:` or --dive-ci), when given: checked when the report has the file analysis. */
  diveCi?: DiveCiRules
  /** How many leading filesystem layers are the FROM image's, when known (the FROM image's RootFS); else the history's mark (analysis/files.ts baseLayerCount). */
  baseLayers?: number
}

export interface BudgetJudgement {
  violations: Violation[]
  checks: BudgetCheck[]
}

type Judged = ImageReport & { comparison?: Comparison | null }

/** The rows of the base image's layers: the first `count` filesystem rows. */
export function baseRowsOf(
  layers: LayerRow[],
  count: number = baseLayerCount(layers)
): Set<number> {
  return new Set(
    layers
      .filter((row) => !row.empty)
      .slice(0, count)
      .map((row) => row.index)
  )
}

/** Every broken rule of `budget`; throws InputError when a rule needs figures the report lacks. */
export function evaluateBudget(
  result: Judged,
  budget: ImageBudget,
  options: EvaluateOptions
): Violation[] {
  return judgeBudget(result, budget, options).violations
}

/** Every rule of `budget` on one image: the violations, and a check per rule evaluated. */
export function judgeBudget(
  result: Judged,
  budget: ImageBudget,
  options: EvaluateOptions
): BudgetJudgement {
  const { image, diveCi } = options
  const baseRows = baseRowsOf(result.layers, options.baseLayers)
  const compressed =
    budget.compressed || budget.base?.compressedLayerBytes !== undefined
      ? {
          ...budget.compressed,
          baseLayerBytes: budget.base?.compressedLayerBytes
        }
      : undefined
  const packages = packageFigures(result, budget, image, baseRows)
  const violations = [
    ...evaluateImageBudget(result, budget, image, baseRows),
    ...evaluateFileBudget(result, budget, image),
    ...packageViolations(packages, image),
    ...(compressed
      ? evaluateCompressedBudget(result, compressed, image, baseRows)
      : []),
    ...(diveCi && result.files
      ? evaluateDiveCi(result.files.dive, diveCi, image)
      : []),
    ...(budget.growth && result.comparison
      ? evaluateGrowth(result.comparison, budget.growth, image)
      : [])
  ]
  return {
    violations,
    checks: budgetChecks(result, budget, violations, baseRows, diveCi, packages)
  }
}

const refOf = (row: LayerRow): LayerRef => ({
  index: row.index,
  instruction: row.instruction,
  createdBy: row.createdBy
})

/** The largest of `rows` by `bytes` (the first on a tie), with its figure. */
function largest(
  rows: LayerRow[],
  bytes: (row: LayerRow) => number | undefined
): { row?: LayerRow; actual: number } {
  let best: { row?: LayerRow; actual: number } = { actual: 0 }
  for (const row of rows) {
    const value = bytes(row)
    if (value !== undefined && (best.row === undefined || value > best.actual))
      best = { row, actual: value }
  }
  return best
}

/**
 * One check per rule the budget sets: the size rules (total, the per-layer limits, the
 * number of layers), then the rules in the order they run. Whether a rule passes
 * is read from the violations (the rules decide; this only gathers their figures).
 */
function budgetChecks(
  result: Judged,
  budget: ImageBudget,
  violations: Violation[],
  baseRows: Set<number>,
  diveCi: DiveCiRules | undefined,
  packages: ReturnType<typeof packageFigures>
): BudgetCheck[] {
  const checks: BudgetCheck[] = []
  const broken = (rule: string, detail?: string, match?: string) =>
    violations.filter(
      (violation) =>
        violation.rule === rule &&
        violation.detail === detail &&
        violation.match === match
    ).length
  const simple = (
    rule: BudgetCheck['rule'],
    limit: number,
    actual: number,
    detail?: string
  ) => {
    const failed = broken(rule, detail)
    checks.push({
      rule,
      ...(detail !== undefined ? { detail } : {}),
      limit,
      actual,
      pass: failed === 0
    })
  }
  /** A per-layer limit: its largest layer, and how many broke it. */
  const perLayer = (
    check: Omit<BudgetCheck, 'actual' | 'pass'>,
    rows: LayerRow[],
    bytes: (row: LayerRow) => number | undefined,
    failed: number
  ) => {
    const { row, actual } = largest(rows, bytes)
    const judged = rows.filter((candidate) => bytes(candidate) !== undefined)
    checks.push({
      ...check,
      actual,
      pass: check.advisory ? actual <= check.limit : failed === 0,
      ...(row ? { layer: refOf(row) } : {}),
      layers: judged.length,
      failed: check.advisory
        ? judged.filter((candidate) => bytes(candidate)! > check.limit).length
        : failed
    })
  }

  const rows = result.layers.filter((row) => !row.empty)
  const headRows = rows.filter((row) => !baseRows.has(row.index))
  const baseLayerRows = rows.filter((row) => baseRows.has(row.index))
  const size = (row: LayerRow) => row.sizeBytes

  if (budget.totalBytes !== undefined)
    simple('total', budget.totalBytes, result.totalBytes)
  // Each layer is held to the first rule whose match hits it, else to `layer`.
  const ruleOf = (row: LayerRow) =>
    budget.rules?.find((candidate) => candidate.test(row.createdBy))
  for (const rule of budget.rules ?? [])
    perLayer(
      { rule: 'rule', match: rule.match, limit: rule.maxBytes },
      headRows.filter((row) => ruleOf(row) === rule),
      size,
      broken('rule', undefined, rule.match)
    )
  if (budget.layerBytes !== undefined)
    perLayer(
      { rule: 'layer', limit: budget.layerBytes },
      headRows.filter((row) => !ruleOf(row)),
      size,
      broken('layer')
    )
  const baseLimit = budget.base?.layerBytes ?? budget.layerBytes
  if (baseLimit !== undefined && baseLayerRows.length > 0)
    perLayer(
      {
        rule: 'layer',
        detail: 'base',
        limit: baseLimit,
        base: true,
        ...(budget.base?.layerBytes === undefined ? { advisory: true } : {})
      },
      baseLayerRows,
      size,
      broken('layer', 'base')
    )

  // After the layer limits, as the table has always read: total, largest layer, layers.
  if (budget.layers !== undefined) simple('layers', budget.layers, rows.length)

  const files = result.files
  if (files && budget.reclaimableBytes !== undefined)
    simple('reclaimable', budget.reclaimableBytes, files.reclaimableBytes)
  if (files && budget.efficiency !== undefined)
    simple('efficiency', budget.efficiency, files.efficiency)
  for (const figure of packages.packages) {
    const match = figure.rule.pattern.text
    checks.push({
      rule: 'package',
      match,
      ...(figure.note ? { note: figure.note } : {}),
      limit: figure.rule.maxBytes,
      actual: figure.actual,
      pass: broken('package', undefined, match) === 0
    })
    // What the base image's layers ship of it: shown, never failing (as for per-layer limits).
    if (figure.baseBytes > 0)
      checks.push({
        rule: 'package',
        match,
        limit: figure.rule.maxBytes,
        actual: figure.baseBytes,
        pass: figure.baseBytes <= figure.rule.maxBytes,
        base: true,
        advisory: true
      })
  }
  if (packages.unpackaged) {
    const { limit, actual, note } = packages.unpackaged
    checks.push({
      rule: 'unpackaged',
      ...(note ? { note } : {}),
      limit,
      actual,
      pass: broken('unpackaged') === 0
    })
  }

  const compressed = budget.compressed
  const pull = (row: LayerRow) => row.compressedBytes
  if (
    compressed?.totalBytes !== undefined &&
    result.totalCompressedBytes !== undefined
  )
    simple(
      'compressed',
      compressed.totalBytes,
      result.totalCompressedBytes,
      'total'
    )
  if (compressed?.layerBytes !== undefined)
    perLayer(
      { rule: 'compressed', detail: 'layer', limit: compressed.layerBytes },
      headRows,
      pull,
      broken('compressed', 'layer')
    )
  const baseCompressed =
    budget.base?.compressedLayerBytes ?? compressed?.layerBytes
  if (baseCompressed !== undefined && baseLayerRows.length > 0)
    perLayer(
      {
        rule: 'compressed',
        detail: 'base-layer',
        limit: baseCompressed,
        base: true,
        ...(budget.base?.compressedLayerBytes === undefined
          ? { advisory: true }
          : {})
      },
      baseLayerRows,
      pull,
      broken('compressed', 'base-layer')
    )

  if (diveCi && files) {
    const dive = files.dive
    const figures = {
      lowestEfficiency: dive.efficiency,
      highestWastedBytes: dive.wastedBytes,
      highestUserWastedPercent: dive.userWastedPercent
    }
    for (const key of Object.keys(figures) as (keyof typeof figures)[]) {
      const limit = diveCi[key]
      const actual = figures[key]
      if (limit !== null && actual !== null) simple('dive', limit, actual, key)
    }
  }

  const comparison = result.comparison
  const growth = budget.growth
  if (growth && comparison) {
    if (growth.totalBytes !== undefined)
      simple('growth', growth.totalBytes, comparison.totalDeltaBytes, 'total')
    if (growth.percent !== undefined && comparison.base.totalBytes > 0)
      simple(
        'growth',
        growth.percent,
        (comparison.totalDeltaBytes / comparison.base.totalBytes) * 100,
        'percent'
      )
    if (growth.layerBytes !== undefined) {
      const changes = comparison.layers.filter(
        (change) => change.head && change.head.instruction !== 'FROM'
      )
      let top = changes[0]
      for (const change of changes)
        if (change.deltaBytes > top.deltaBytes) top = change
      const failed = broken('growth', 'layer')
      checks.push({
        rule: 'growth',
        detail: 'layer',
        limit: growth.layerBytes,
        actual: top?.deltaBytes ?? 0,
        pass: failed === 0,
        ...(top?.head
          ? {
              layer: {
                index: top.head.index,
                instruction: top.head.instruction,
                createdBy: top.head.createdBy
              }
            }
          : {}),
        layers: changes.length,
        failed
      })
    }
  }
  return checks
}

/**
 * The baseline's findings under the head's budget, to mark what the change brought: its
 * hints, and the violations the same budget gives it. Rules whose figures the baseline
 * lacks (file analysis, compressed sizes) are left out and their violations not marked.
 */
export function judgeBaseline(
  report: ImageReport,
  budget: ImageBudget,
  options: { image: string; diveCi?: DiveCiRules; baseLayers?: number }
): {
  hints?: FileHint[]
  violations: Violation[]
  unjudged: Set<Violation['rule']>
} {
  const unjudged = new Set<Violation['rule']>()
  const own: ImageBudget = { ...budget }
  if (!report.files) {
    delete own.reclaimableBytes
    delete own.efficiency
    unjudged.add('reclaimable').add('efficiency').add('dive')
  }
  if (unjudgedPackageBudget(report, own)) {
    delete own.packageRules
    delete own.unpackagedBytes
    unjudged.add('package').add('unpackaged')
  }
  if (report.totalCompressedBytes === undefined) {
    delete own.compressed
    if (own.base) own.base = { ...own.base, compressedLayerBytes: undefined }
    unjudged.add('compressed')
  }
  const violations = judgeBudget(report, own, {
    image: options.image,
    diveCi: report.files ? options.diveCi : undefined,
    baseLayers: options.baseLayers
  }).violations
  return { hints: report.files?.hints, violations, unjudged }
}
