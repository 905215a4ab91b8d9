// Image archives as a source: `readArchive` for a file or directory on disk (docker-archive
// legacy or Docker 25+, oci-archive, OCI layout directory, kaniko tarball), with the file
// analysis. An engine image's archive, streamed, is engine.ts (apart, so that reading a file
// loads no engine code).

import { analyzeFiles, type AnalyzeFilesOptions } from '../../analysis/files.js'
import type { ImageReport } from '../../model/report.js'
import {
  readImageFromSource,
  type ArchiveImage,
  type ArchiveReadOptions
} from './image.js'
import { openArchive } from './source.js'

export type { ArchiveImage, ArchiveReadOptions } from './image.js'

/** The image in an archive on disk, with its layers listed (no file analysis yet). */
export async function readArchiveImage(
  path: string,
  options: ArchiveReadOptions = {}
): Promise<ArchiveImage> {
  const source = await openArchive(path)
  try {
    return await readImageFromSource(source, options)
  } finally {
    source.close()
  }
}

/** The report of the image in an archive on disk, `files` included. */
export async function readArchive(
  path: string,
  options: ArchiveReadOptions & AnalyzeFilesOptions = {}
): Promise<ImageReport> {
  const { report, listings } = await readArchiveImage(path, options)
  return { ...report, files: analyzeFiles(report.layers, listings, options) }
}
