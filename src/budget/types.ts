// The budget file after validation: sizes parsed to bytes, defaults merged into each image.

import type { GrowthLimits } from './rules/growth.js'
import type { BuildOptions } from '../image/build.js'
import type { PackagePattern } from '../analysis/package-pattern.js'
import type { Units } from '../model/report.js'

/** A per-instruction rule: the first whose match hits a layer's createdBy sets its limit. */
export interface LayerRule {
  /** The text as written: a substring, or `/regex/flags`. */
  match: string
  test: (createdBy: string) => boolean
  maxBytes: number
}

/** A `package:` rule of the `rules:` list: the bytes the packages it matches ship, at most `maxBytes`. */
export interface PackageRule {
  pattern: PackagePattern
  maxBytes: number
}

/** What one image is held to. Every key is optional; absent means no limit. */
export interface ImageBudget {
  totalBytes?: number
  layerBytes?: number
  layers?: number
  rules?: LayerRule[]
  /** The `rules:` entries with `package:` (a `rules:` list sets both this and `rules`). */
  packageRules?: PackageRule[]
  /** Bytes of the final filesystem no installed package owns. */
  unpackagedBytes?: number
  growth?: GrowthLimits
  reclaimableBytes?: number
  efficiency?: number
  compressed?: { totalBytes?: number; layerBytes?: number }
  /**
   * Limits for the base image's layers (the budget's `base:`). Without them the per-layer
   * limits (`layer`, `rules`, `compressed.layer`) do not fail a base layer: it is shown, as
   * advice, since no Dockerfile step can make it smaller.
   */
  base?: BaseBudget
}

/** `base: { layer, compressed: { layer } }`. */
export interface BaseBudget {
  layerBytes?: number
  compressedLayerBytes?: number
}

export interface ConfiguredImage {
  name: string
  /** A ref in the engine, or the tag a build gets. */
  ref: string
  build?: Omit<BuildOptions, 'tag'>
  budget: ImageBudget
  platforms?: string[]
  minChangeBytes: number
}

export interface BudgetConfig {
  /** The file it was read from, as given. */
  path: string
  units: Units
  /** `defaults.budget`, for an image the config does not name (the action's image inputs). */
  defaults: ImageBudget
  images: ConfiguredImage[]
  minChangeBytes: number
  dive?: string
  commentKey?: string
}
