// Which images the action checks, with which budget: every image of the budget file, or
// the one the image/dockerfile inputs name (held to the file's entry for that ref, else
// its defaults). Without a budget file, `max-size` alone is a one-line budget.

import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { diveRulesFor, type DiveCiRules } from '../budget/dive-ci.js'
import { DEFAULT_MIN_CHANGE_BYTES, loadBudgetFile } from '../budget/load.js'
import { parseSize } from '../budget/size.js'
import type {
  BudgetConfig,
  ConfiguredImage,
  ImageBudget
} from '../budget/types.js'
import { InputError } from '../errors.js'
import { DEFAULT_BUILD_TAG } from '../image/source.js'
import type { Units } from '../report/units.js'
import type { Inputs } from './inputs.js'

export interface ActionTargets {
  images: ConfiguredImage[]
  units: Units
  config?: BudgetConfig
  /** The budget file's `dive:` rules, read up front like the file itself. */
  diveCi?: DiveCiRules
}

export async function loadActionTargets(
  inputs: Inputs
): Promise<ActionTargets> {
  const maxSize = inputs.maxSize
    ? parseSize(inputs.maxSize, 'input "max-size"')
    : undefined
  const minChange = inputs.minChange
    ? parseSize(inputs.minChange, 'input "min-change"')
    : undefined
  const config = existsSync(inputs.budgetFile)
    ? await loadBudgetFile(inputs.budgetFile)
    : undefined
  const units: Units = inputs.units ?? config?.units ?? 'si'
  const diveCi = config ? await diveRulesFor(config) : undefined
  const withMaxSize = (budget: ImageBudget): ImageBudget =>
    maxSize !== undefined ? { ...budget, totalBytes: maxSize } : budget

  if (!inputs.image) {
    if (!config) {
      throw new InputError(
        `no budget file at ${inputs.budgetFile} and no image to check: give the "image" input (or "dockerfile"/"context"), or create the budget file`
      )
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
