// One step of the pipeline shared by `check`, `audit` and the action: measure an image
// (engine, build, archive or registry), add the file analysis when asked, hold it to its
// budget, compare it with its baseline, and yield an ImageResult.

import {
  evaluateBudget,
  judgeBaseline,
  judgeBudget
} from '../budget/evaluate.js'
import type { DiveCiRules } from '../budget/rules/dive.js'
import { hasPackageBudget } from '../budget/rules/packages.js'
import type { ConfiguredImage, ImageBudget } from '../budget/types.js'
import { compareWithBaseline, type FromImage } from '../compare/compare.js'
import {
  markFindings,
  type BaselineFindings
} from '../compare/finding-changes.js'
import {
  headFromImage,
  resolveBaseline,
  type BaselineMode,
  type SavedBaselineSource
} from '../baseline/baseline.js'
import { analyzeImage } from '../analysis/image.js'
import { addEngineCompressedSizes } from '../image/registry/index.js'
import { loadSavedReport } from '../baseline/saved-report.js'
import { seedLayerFacts } from '../image/layer-facts.js'
import { chooseSource, readImage } from '../image/resolve.js'
import { log } from '../log.js'
import type { ImageReport, ImageResult, RunReport } from '../model/report.js'
import { withMessages } from '../report/describe.js'
import type { Units } from '../report/units.js'

export interface CheckOptions {
  source?: 'docker' | 'registry'
  /** `auto`: on for images up to 2 GB. The CLI passes false unless --files. */
  fileAnalysis?: 'auto' | 'true' | 'false'
  /** Read the image from an archive on disk instead. */
  archive?: string
  platform?: string
  /** dive's CI rules (the budget file's `dive:` or --dive-ci), checked on every image; they need the file analysis. */
  diveCi?: DiveCiRules
  baseline?: {
    mode: BaselineMode
    eventName: string
    baselineImage?: string
    baselineReport?: string
    /** The PR's base branch, for `build` at the merge-base. */
    baseRef?: string
    repoDir?: string
    /** `auto` on a pull request: the base branch's saved report (the action's artifact lookup), or why there is none. */
    saved?: SavedBaselineSource | { skipped: string }
    /** The run checks one image (see resolveBaseline). */
    single?: boolean
  }
}

/** The image's report, and its FROM image when the file analysis looked it up (for the hints). */
async function measure(
  image: ConfiguredImage,
  options: CheckOptions
): Promise<{ report: ImageReport; fromImage?: FromImage }> {
  const budget = image.budget
  const files =
    options.fileAnalysis === 'true' ||
    budget.reclaimableBytes !== undefined ||
    budget.efficiency !== undefined ||
    hasPackageBudget(budget) ||
    options.diveCi !== undefined
      ? true
      : options.fileAnalysis === 'auto'
        ? 'auto'
        : false
  const source = chooseSource({
    ref: image.ref,
    build: image.build,
    archive: options.archive,
    source: options.source
  })
  const loaded = await readImage(source, {
    platform: options.platform,
    files,
    compressed:
      budget.compressed !== undefined ||
      budget.base?.compressedLayerBytes !== undefined
  })
  // The FROM image, for the hint that names the base: read from the Dockerfile and the engine.
  const fromImage =
    loaded.archive && !options.archive && image.build
      ? await headFromImage(loaded.report, image.build)
      : undefined
  // The budget's package patterns are totalled over every package, not only those the report keeps.
  const report = analyzeImage(loaded, {
    packagePatterns: budget.packageRules?.map((rule) => rule.pattern),
    unpackaged: budget.unpackagedBytes !== undefined,
    ...(fromImage ? { fromImage } : {})
  })
  return { report, ...(fromImage ? { fromImage } : {}) }
}

function appliedBudget(budget: ImageBudget): ImageResult['budget'] {
  const applied: NonNullable<ImageResult['budget']> = {}
  if (budget.totalBytes !== undefined) applied.totalBytes = budget.totalBytes
  if (budget.layerBytes !== undefined) applied.layerBytes = budget.layerBytes
  if (budget.layers !== undefined) applied.layers = budget.layers
  return applied
}

export async function checkImage(
  image: ConfiguredImage,
  options: CheckOptions
): Promise<ImageResult> {
  // A baseline report's layers seed the head's measurement: layers the PR did not touch are
  // not measured again (containerd store). Its problems are reported where it is read, below.
  if (options.baseline?.baselineReport) {
    const baseline = await loadSavedReport(
      options.baseline.baselineReport,
      image.name
    ).catch(() => undefined)
    if (baseline) seedLayerFacts(baseline)
  }
  const { report, fromImage } = await measure(image, options)
  const { budget, name } = image
  // A budget this report cannot be judged by (file or compressed limits without those
  // figures) is an input error: say so now, before a baseline is built or fetched. The
  // violations are evaluated once the comparison is known, below.
  evaluateBudget(report, budget, { image: name, diveCi: options.diveCi })
  const result: ImageResult = {
    ...report,
    name,
    status: 'pass',
    violations: [],
    budget: appliedBudget(budget)
  }
  if (options.diveCi && !report.files) {
    result.warnings = [
      ...result.warnings,
      'the dive rules (.dive-ci) were not checked: they need the layer files, from the engine or an archive, not a registry'
    ]
  }
  let baselineFindings: BaselineFindings | undefined
  let headFrom: FromImage | undefined
  if (options.baseline) {
    const build = options.archive ? undefined : image.build
    const baseline = await resolveBaseline({
      mode: options.baseline.mode,
      eventName: options.baseline.eventName,
      baselineImage: options.baseline.baselineImage,
      baselineReport: options.baseline.baselineReport,
      imageName: name,
      saved: options.baseline.saved,
      single: options.baseline.single,
      git: {
        repoDir: options.baseline.repoDir ?? process.cwd(),
        baseRef: options.baseline.baseRef ?? ''
      },
      build: build
        ? {
            repoDir: options.baseline.repoDir ?? process.cwd(),
            baseRef: options.baseline.baseRef ?? '',
            build,
            tag: `image-size-budget-baseline/${image.ref.replace(/[:@].*$/, '').replace(/[^a-z0-9_./-]+/g, '-')}:base`
          }
        : undefined
    })
    if ('note' in baseline) {
      result.comparison = null
      result.baselineNote = baseline.note
      log.info(`${name}: no baseline: ${baseline.note}`)
    } else {
      if (baseline.from) result.baselineFrom = baseline.from
      // Looked up once: measure() already did for the file analysis's hints when it could.
      headFrom = fromImage ?? (await headFromImage(report, build))
      // A registry baseline has pull sizes only: measure the head's the same way (gzip of each layer, as a push would).
      let head: ImageReport = report
      if (
        baseline.report.sizeKind === 'compressed' &&
        report.sizeKind !== 'compressed' &&
        report.totalCompressedBytes === undefined &&
        report.image.source === 'docker'
      ) {
        head = await addEngineCompressedSizes(report)
        Object.assign(result, {
          totalCompressedBytes: head.totalCompressedBytes,
          layers: head.layers
        })
      }
      result.comparison = compareWithBaseline(baseline, head, {
        minChangeBytes: image.minChangeBytes,
        headFrom
      })
      baselineFindings = judgeBaseline(baseline.report, budget, {
        image: name,
        diveCi: options.diveCi,
        baseLayers: baseline.fromImage?.layers
      })
    }
  }
  const judged = judgeBudget(result, budget, {
    image: name,
    diveCi: options.diveCi,
    baseLayers: headFrom?.layers
  })
  result.violations = judged.violations
  result.checks = judged.checks
  if (result.comparison && baselineFindings) {
    const marked = markFindings(
      { violations: result.violations, hints: result.files?.hints },
      baselineFindings,
      result.comparison
    )
    result.violations = marked.violations
    if (result.files && marked.hints)
      result.files = { ...result.files, hints: marked.hints }
    if (marked.hintsUnmarked) result.hintsUnmarked = marked.hintsUnmarked
  }
  result.status = result.violations.length > 0 ? 'fail' : 'pass'
  return result
}

/**
 * An image with `platforms:` yields one result per platform, named `name (os/arch)`, each
 * held to the image's budget. A tag in the engine holds one platform, so such an image is
 * read from its registry (an index), one manifest per platform; a build is checked once.
 */
export async function checkImagePlatforms(
  image: ConfiguredImage,
  options: CheckOptions
): Promise<ImageResult[]> {
  if (!image.platforms?.length || image.build || options.archive)
    return [await checkImage(image, options)]
  const results: ImageResult[] = []
  for (const platform of image.platforms) {
    results.push(
      await checkImage(
        { ...image, name: `${image.name} (${platform})` },
        { ...options, source: 'registry', platform }
      )
    )
  }
  return results
}

/**
 * The run's report, as the JSON report file and `check --json` hold it: the images, every
 * violation, and the `message` of each violation and hint written in the run's units.
 */
export function runReportOf(images: ImageResult[], units: Units): RunReport {
  const described = images.map((image) => withMessages(image, units))
  const violations = described.flatMap((image) => image.violations)
  return {
    schemaVersion: 1,
    status: violations.length > 0 ? 'fail' : 'pass',
    violations,
    images: described,
    units
  }
}
