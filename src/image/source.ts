// The engine's reader behind the source interface (resolve.ts): the report of an image in
// the engine, built first from a Dockerfile when asked, with its layers' files when the
// file analysis wants them. One export of the image serves both the files and, on an engine
// whose own figures are not content bytes (the containerd store), the exact layer sizes.

import type { ImageReport } from '../model/report.js'
import type { ArchiveImage } from './archive/image.js'
import { buildImage, type BuildOptions } from './build.js'
import { engineStore, readEngineImage } from './engine.js'

/** Images up to this size get the file analysis with `file-analysis: auto`. */
export const AUTO_FILE_ANALYSIS_MAX_BYTES = 2_000_000_000

/** What every source yields (resolve.ts): the report, and the layers listed when they were read. */
export interface LoadedImage {
  report: ImageReport
  /** The image's export or archive with every layer listed, when the files were asked for (or `auto` chose them); an archive always has it. */
  archive?: ArchiveImage
}

/**
 * The report of `ref` (built first with `build`, tagged `ref`) and, with `files` (true, or
 * `auto` for images up to AUTO_FILE_ANALYSIS_MAX_BYTES), its export with every layer listed.
 * The export streams while `docker history` runs. `packages: false` reads no package databases.
 */
export async function loadImage(
  ref: string,
  options: {
    build?: Omit<BuildOptions, 'tag'>
    files?: boolean | 'auto'
    packages?: boolean
  } = {}
): Promise<LoadedImage> {
  if (options.build) await buildImage({ ...options.build, tag: ref })
  const files = options.files ?? false
  if (files === false) return { report: await readEngineImage(ref) }
  // Loaded here: reading the history alone needs no archive code (start-up counts).
  const { saveEngineImage } = await import('./archive/engine.js')
  if (files === true || (await engineStore()) !== 'legacy') {
    // The containerd store needs the export for exact sizes anyway (unless cached): one export for both.
    const exported = saveEngineImage(ref, { packages: options.packages })
    exported.catch(() => undefined) // awaited below; not an unhandled rejection while history runs
    const report = await readEngineImage(ref, { exported })
    const wanted =
      files === true || report.totalBytes <= AUTO_FILE_ANALYSIS_MAX_BYTES
    return { report, ...(wanted ? { archive: await exported } : {}) }
  }
  const report = await readEngineImage(ref)
  if (report.totalBytes > AUTO_FILE_ANALYSIS_MAX_BYTES) return { report }
  return {
    report,
    archive: await saveEngineImage(ref, { packages: options.packages })
  }
}
