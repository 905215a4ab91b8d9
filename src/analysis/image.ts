// The file analysis of one image as a source yielded it (src/image/resolve.ts): its report
// with the `files` section when its layers were listed, else the report as it is. The front
// ends (cli/analyze, check/check-image) call it after reading: a source never analyzes.

import type { LoadedImage } from '../image/resolve.js'
import type { ImageReport } from '../model/report.js'
import { analyzeFiles, type AnalyzeFilesOptions } from './files.js'

export function analyzeImage(
  image: LoadedImage,
  options: AnalyzeFilesOptions = {}
): ImageReport {
  if (!image.archive) return image.report
  return {
    ...image.report,
    files: analyzeFiles(
      image.archive.report.layers,
      image.archive.listings,
      options
    )
  }
}
