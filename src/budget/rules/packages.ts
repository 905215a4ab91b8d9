// The budget's `package:` rules and `unpackaged:` limit, on the file analysis's package
// attribution. A package rule's figure is the bytes the packages it matches SHIP: their
// files in the final filesystem plus those a later layer hides (a purged compiler whose
// files stay in the layer that installed it still ships), summed over every matching
// package, in the image's own layers: the bytes matching packages ship in the base image's
// layers are shown beside the rule (`baseBytes`, an advisory check) and not judged, as base
// layers are not failed by per-layer limits (no Dockerfile step removes them; `gcc*` would
// otherwise fail every Debian image on gcc-12-base, the 93 kB of docs libgcc-s1 needs).
// The `unpackaged` figure is the bytes of the final filesystem no installed
// package owns. Pure: the report in, figures and violations (rules `package`,
// `unpackaged`) out.

import { InputError } from '../../errors.js'
import { packageMatches } from '../../analysis/package-pattern.js'
import type {
  BudgetCheck,
  FilesAnalysis,
  ImageReport,
  PackageItem,
  PackageMatch,
  ShippedPackage,
  UnpackagedFolder,
  Violation
} from '../../model/report.js'
import type { PackageRule } from '../types.js'

export interface PackageBudget {
  packageRules?: PackageRule[]
  unpackagedBytes?: number
}

/** One package rule's figure, as judged. */
export interface PackageFigure {
  rule: PackageRule
  /** Bytes the matching packages ship in the image's own layers (what the rule judges). */
  actual: number
  /** Bytes they ship in the base image's layers (shown, not judged). */
  baseBytes: number
  count: number
  packages: ShippedPackage[]
  note?: BudgetCheck['note']
}

/** The unpackaged limit's figure. */
export interface UnpackagedFigure {
  limit: number
  actual: number
  folders: UnpackagedFolder[]
  note?: BudgetCheck['note']
}

const FOLDERS_SHOWN = 3
const PACKAGES_SHOWN = 5

/** Whether the budget sets a `package:` rule or an `unpackaged:` limit. */
export function hasPackageBudget(budget: PackageBudget): boolean {
  return (
    (budget.packageRules?.length ?? 0) > 0 ||
    budget.unpackagedBytes !== undefined
  )
}

/** The list the report keeps holds every package: a sum over it is exact. */
const complete = (files: FilesAnalysis) =>
  files.packages !== undefined &&
  (files.packageCount ?? files.packages.length) <= files.packages.length

/** A rule's match from the report's package list (a report analyzed without the budget's patterns). */
function matchFromList(
  files: FilesAnalysis,
  rule: PackageRule,
  baseRows: ReadonlySet<number>
): PackageMatch {
  const inBase = (p: PackageItem) =>
    p.layers.reduce(
      (sum, l) => (baseRows.has(l.layer) ? sum + l.bytes : sum),
      0
    )
  const found = (files.packages ?? []).filter((p) =>
    packageMatches(rule.pattern, p)
  )
  const baseBytes = found.reduce((sum, p) => sum + inBase(p), 0)
  const matching = found
    .sort(
      (a, b) =>
        b.bytes +
          (b.hiddenBytes ?? 0) -
          inBase(b) -
          (a.bytes + (a.hiddenBytes ?? 0) - inBase(a)) ||
        b.bytes + (b.hiddenBytes ?? 0) - (a.bytes + (a.hiddenBytes ?? 0))
    )
    .map((p): ShippedPackage => ({
      name: p.name,
      manager: p.manager,
      ...(p.arch ? { arch: p.arch } : {}),
      version: p.version,
      bytes: p.bytes + (p.hiddenBytes ?? 0),
      layers: [...p.layers]
        .sort((a, b) => b.bytes - a.bytes || a.layer - b.layer)
        .map((l) => l.layer)
    }))
  return {
    pattern: rule.pattern.text,
    bytes: matching.reduce((sum, p) => sum + p.bytes, 0),
    ...(baseBytes > 0 ? { baseBytes } : {}),
    count: matching.length,
    packages: matching.slice(0, PACKAGES_SHOWN)
  }
}

/**
 * What a report cannot say of this budget (a report without the file analysis, or a saved
 * report that keeps only the largest packages and was analyzed without these patterns):
 * a sentence, or undefined when every figure is exact.
 */
export function unjudgedPackageBudget(
  report: ImageReport,
  budget: PackageBudget
): string | undefined {
  if (!hasPackageBudget(budget)) return undefined
  const files = report.files
  if (!files) return 'it has no file analysis'
  const rules = budget.packageRules ?? []
  if (files.packages !== undefined && !complete(files)) {
    const missing = rules.find(
      (rule) =>
        !files.packageMatches?.some((m) => m.pattern === rule.pattern.text)
    )
    if (missing)
      return `it lists the ${files.packages.length} largest of its ${files.packageCount} packages and was analyzed without the pattern "${missing.pattern.text}"`
  }
  if (
    budget.unpackagedBytes !== undefined &&
    files.unpackagedBytes === undefined &&
    (files.unpackaged === undefined ||
      (files.unpackagedCount ?? 0) > files.unpackaged.length)
  )
    return 'its unpackaged bytes were not measured'
  return undefined
}

/** The figures of the budget's package rules and unpackaged limit; throws InputError when the report cannot give them exactly. */
export function packageFigures(
  report: ImageReport,
  budget: PackageBudget,
  imageName: string,
  baseRows: ReadonlySet<number> = new Set()
): { packages: PackageFigure[]; unpackaged?: UnpackagedFigure } {
  if (!hasPackageBudget(budget)) return { packages: [] }
  const why = unjudgedPackageBudget(report, budget)
  if (why) {
    throw new InputError({
      input: report.files ? report.image.ref : '--files',
      problem: `the budget of ${imageName} sets "package" rules or an "unpackaged" limit, which need the file analysis with every package, but ${report.image.ref}: ${why}`,
      fix: report.files
        ? 'analyze the image again with this budget (check)'
        : 'run with --files (CLI) or file-analysis: true (action), on an image from the engine or an archive'
    })
  }
  const files = report.files!
  // No package database: no package is installed, so none ships.
  const noDatabase = files.packages === undefined
  const packages = (budget.packageRules ?? []).map((rule): PackageFigure => {
    if (noDatabase)
      return {
        rule,
        actual: 0,
        baseBytes: 0,
        count: 0,
        packages: [],
        note: 'no-package-database'
      }
    const match =
      files.packageMatches?.find((m) => m.pattern === rule.pattern.text) ??
      matchFromList(files, rule, baseRows)
    const baseBytes = match.baseBytes ?? 0
    return {
      rule,
      actual: match.bytes - baseBytes,
      baseBytes,
      count: match.count,
      packages: match.packages,
      ...(match.count === 0 ? { note: 'no-package-matches' as const } : {})
    }
  })
  const limit = budget.unpackagedBytes
  const unpackaged =
    limit === undefined
      ? undefined
      : {
          limit,
          actual:
            files.unpackagedBytes ??
            (files.unpackaged ?? []).reduce((sum, u) => sum + u.bytes, 0),
          folders: (files.unpackaged ?? []).slice(0, FOLDERS_SHOWN),
          ...(noDatabase ? { note: 'no-package-database' as const } : {})
        }
  return { packages, ...(unpackaged ? { unpackaged } : {}) }
}

/** The violations of the figures: a rule over its limit (equality passes). */
export function packageViolations(
  figures: ReturnType<typeof packageFigures>,
  imageName: string
): Violation[] {
  const out: Violation[] = []
  for (const figure of figures.packages) {
    if (figure.actual <= figure.rule.maxBytes) continue
    out.push({
      image: imageName,
      rule: 'package',
      match: figure.rule.pattern.text,
      limitBytes: figure.rule.maxBytes,
      actualBytes: figure.actual,
      packages: figure.packages,
      packageCount: figure.count
    })
  }
  const unpackaged = figures.unpackaged
  if (unpackaged && unpackaged.actual > unpackaged.limit)
    out.push({
      image: imageName,
      rule: 'unpackaged',
      limitBytes: unpackaged.limit,
      actualBytes: unpackaged.actual,
      ...(unpackaged.folders.length > 0 ? { folders: unpackaged.folders } : {})
    })
  return out
}
