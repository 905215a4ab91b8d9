// Image archives as a source: `readArchiveImage` for a file or directory on disk
// (docker-archive legacy or Docker 25+, oci-archive, OCI layout directory, kaniko tarball),
// the report with every layer listed; the file analysis is the caller's (src/analysis/image.ts).
// An engine image's archive, streamed, is engine.ts (apart, so that reading a file loads
// no engine code).

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
