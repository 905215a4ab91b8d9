// Which images the action checks, with which budget: every image of the budget file, or
// the one the image/dockerfile inputs name (held to the file's entry for that ref, else
// its defaults). Without a budget file, `max-size` alone is a one-line budget; a
// `budget-file` other than the default that does not exist is an input error.

import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { diveRulesFor, type DiveCiRules } from '../budget/dive-ci.js'
import { DEFAULT_BUDGET_FILE, loadBudgetFile } from '../budget/load.js'
import { DEFAULT_MIN_CHANGE_BYTES, parseSize } from '../budget/size.js'
import type {
  BudgetConfig,
  ConfiguredImage,
  ImageBudget
} from '../budget/types.js'
import { InputError } from '../errors.js'
import { quote } from '../messages.js'
import { DEFAULT_BUILD_TAG } from '../image/resolve.js'
import type { ImageResult } from '../model/report.js'
import type { Units } from '../report/units.js'
import { checkImagePlatforms, type CheckOptions } from '../check/check-image.js'
import type { Inputs } from './inputs.js'

export interface ActionTargets {
  images: ConfiguredImage[]
  units: Units
  config?: BudgetConfig
  /** The budget file's `dive:` rules, read up front like the file itself. */
  diveCi?: DiveCiRules
}

/**
 * The budget file, when there is one. The default path may be absent (then the image and
 * max-size inputs say what to check); a path the workflow wrote must exist, or a typo would
 * silently check nothing against no budget.
 */
async function budgetFileOf(file: string): Promise<BudgetConfig | undefined> {
  if (existsSync(file)) return loadBudgetFile(file)
  if (path.normalize(file) === path.normalize(DEFAULT_BUDGET_FILE))
    return undefined
  throw new InputError({
    input: 'budget-file',
    problem: `the "budget-file" input names ${quote(file)}, which does not exist (from ${process.cwd()})`,
    fix: `check the path (relative to the workspace; is the repository checked out?), or leave the input out to use ${DEFAULT_BUDGET_FILE} when there is one`
  })
}

export async function loadActionTargets(
  inputs: Inputs
): Promise<ActionTargets> {
  const maxSize = inputs.maxSize
    ? parseSize(inputs.maxSize, 'max-size', 'input "max-size"')
    : undefined
  const minChange = inputs.minChange
    ? parseSize(inputs.minChange, 'min-change', 'input "min-change"')
    : undefined
  const config = await budgetFileOf(inputs.budgetFile)
  const units: Units = inputs.units ?? config?.units ?? 'si'
  const diveCi = config ? await diveRulesFor(config) : undefined
  const withMaxSize = (budget: ImageBudget): ImageBudget =>
    maxSize !== undefined ? { ...budget, totalBytes: maxSize } : budget

  if (!inputs.image) {
    if (!config) {
      throw new InputError({
        input: 'image',
        problem: `no budget file at ${inputs.budgetFile} and no image to check`,
        fix: 'give the "image" input (or "dockerfile"/"context"), or create the budget file'
      })
    }
    return {
      images: config.images.map((image) => ({
        ...image,
        budget: withMaxSize(image.budget),
        minChangeBytes: minChange ?? image.minChangeBytes
      })),
      units,
      config,
      diveCi
    }
  }

  const spec = inputs.image
  const ref = spec.ref ?? DEFAULT_BUILD_TAG
  // The budget file's entry for this image, matched by ref or by Dockerfile.
  const entry = config?.images.find(
    (image) =>
      image.ref === spec.ref ||
      (spec.build?.dockerfile !== undefined &&
        image.build?.dockerfile === spec.build.dockerfile)
  )
  if (!config && maxSize === undefined)
    core.info(
      `no budget file at ${inputs.budgetFile} and no max-size: reporting sizes without a budget`
    )
  const image: ConfiguredImage = {
    name: entry?.name ?? spec.ref ?? spec.build?.dockerfile ?? 'image',
    ref,
    build: spec.build,
    budget: withMaxSize(entry?.budget ?? config?.defaults ?? {}),
    minChangeBytes:
      minChange ??
      entry?.minChangeBytes ??
      config?.minChangeBytes ??
      DEFAULT_MIN_CHANGE_BYTES
  }
  return { images: [image], units, config, diveCi }
}

/** Every target through the pipeline in order, each in a log group `<label> <name>`. */
export async function checkTargets(
  targets: ConfiguredImage[],
  label: string,
  options: CheckOptions
): Promise<ImageResult[]> {
  const results: ImageResult[] = []
  for (const target of targets) {
    core.startGroup(`${label} ${target.name}`)
    try {
      results.push(...(await checkImagePlatforms(target, options)))
    } finally {
      core.endGroup()
    }
  }
  return results
}
