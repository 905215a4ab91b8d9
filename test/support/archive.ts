// An archive on disk read as `analyze --archive` reads it: the archive source through the
// resolver (src/image/resolve.ts), then the file analysis (src/analysis/image.ts).

import { analyzeImage } from '../../src/analysis/image.js'
import { readImage } from '../../src/image/resolve.js'
import type { ImageReport } from '../../src/model/report.js'

export async function readArchive(
  file: string,
  options: { platform?: string; ref?: string } = {}
): Promise<ImageReport> {
  return analyzeImage(
    await readImage(
      { kind: 'archive', path: file, ref: options.ref },
      { platform: options.platform }
    )
  )
}
