// The registry source's public face: read images from a registry, measure an engine image's
// pull size, and the baseline rule "engine if it has it, else registry". (The compressed
// budget is a budget rule: src/budget/rules/compressed.ts.)

import { DockerCommandError, isNoEngine } from '../docker.js'
import { inspectImages, readEngineImage } from '../engine.js'
import type { ImageReport } from '../../model/report.js'
import { readRegistryImage, type RegistryReadOptions } from './read.js'

export {
  readRegistryImage,
  readRegistryImages,
  DEFAULT_PLATFORM,
  type RegistryReadOptions
} from './read.js'
export {
  addEngineCompressedSizes,
  measureEngineCompressedLayers
} from './engine-compressed.js'
export {
  parseRegistryRef,
  formatRegistryRef,
  insecureRegistries,
  type RegistryRef
} from './reference.js'
export { findCredentials, type Credentials } from './credentials.js'

/**
 * A baseline image: from the engine when it holds the ref, else from its registry (no pull).
 * A runner without an engine also reads the registry.
 */
export async function readEngineOrRegistryImage(
  ref: string,
  options: RegistryReadOptions = {}
): Promise<ImageReport> {
  try {
    await inspectImages([ref])
  } catch (error) {
    if (
      error instanceof DockerCommandError &&
      (isNoEngine(error) ||
        /No such image|No such object|not found/i.test(error.message))
    ) {
      return readRegistryImage(ref, options)
    }
    throw error
  }
  return readEngineImage(ref)
}
