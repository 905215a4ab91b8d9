// What both front ends ask for: "the report of this image", where the image is a ref
// already in the engine or a Dockerfile to build first, with its layers' files when the
// file analysis wants them. One export of the image serves both the files and, on an engine
// whose own figures are not content bytes (the containerd store), the exact layer sizes.

import { InputError } from '../errors.js'
import type { ImageReport } from '../model/report.js'
import type { ArchiveImage } from './archive/image.js'
import { buildImage, type BuildOptions } from './build.js'
import { engineStore, readEngineImage } from './engine.js'

export interface ImageSpec {
  /** A ref in the engine; with `build`, the tag the built image gets. */
  ref?: string
  build?: Omit<BuildOptions, 'tag'>
}

export const DEFAULT_BUILD_TAG = 'image-size-budget:local'

/** Images up to this size get the file analysis with `file-analysis: auto`. */
export const AUTO_FILE_ANALYSIS_MAX_BYTES = 2_000_000_000

export interface LoadedImage {
  report: ImageReport
  /** The image's export with every layer listed, when the files were asked for (or `auto` chose them). */
  archive?: ArchiveImage
}

/**
 * The image's report and, with `files` (true, or `auto` for images up to
 * AUTO_FILE_ANALYSIS_MAX_BYTES), its export with every layer listed. The export streams
 * while `docker history` runs.
 */
export async function loadImage(
  spec: ImageSpec,
  options: { files?: boolean | 'auto' } = {}
): Promise<LoadedImage> {
  let ref = spec.ref
  if (spec.build) {
    ref = spec.ref || DEFAULT_BUILD_TAG
    await buildImage({ ...spec.build, tag: ref })
  }
  if (!ref)
    throw new InputError(
      'no image given: name an image ref, or a Dockerfile and context to build'
    )
  const files = options.files ?? false
  if (files === false) return { report: await readEngineImage(ref) }
  // Loaded here: reading the history alone needs no archive code (start-up counts).
  const { saveEngineImage } = await import('./archive/engine.js')
  if (files === true || (await engineStore()) !== 'legacy') {
    // The containerd store needs the export for exact sizes anyway (unless cached): one export for both.
    const exported = saveEngineImage(ref)
    exported.catch(() => undefined) // awaited below; not an unhandled rejection while history runs
    const report = await readEngineImage(ref, { exported })
    const wanted =
      files === true || report.totalBytes <= AUTO_FILE_ANALYSIS_MAX_BYTES
    return { report, ...(wanted ? { archive: await exported } : {}) }
  }
  const report = await readEngineImage(ref)
  if (report.totalBytes > AUTO_FILE_ANALYSIS_MAX_BYTES) return { report }
  return { report, archive: await saveEngineImage(ref) }
}

export async function loadImageReport(spec: ImageSpec): Promise<ImageReport> {
  return (await loadImage(spec)).report
}
