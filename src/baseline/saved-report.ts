// A baseline from a JSON report saved earlier (`analyze --json`, `check --json`, the
// action's report file): an ImageReport, an ImageResult, or a RunReport holding several
// images (then one is picked by name). The file may come from another workflow run or a
// fork's artifact, so it is untrusted: it is read through readReportFile (the report
// schema, src/model/report-schema.ts) and only the ImageReport part is kept; fields a
// newer version added are read past and dropped.

import { InputError } from '../errors.js'
import {
  parseReportDocument,
  type ReportDocument,
  type ReportReader
} from '../model/report-schema.js'
import type { ImageReport, ImageResult, LayerRow } from '../model/report.js'
import { readReportFile } from './report-file.js'

const FIX =
  'give the path of a JSON report saved by "analyze --json", "check --json" or the action'

const reader = (file: string): ReportReader => ({
  file,
  what: 'baseline report',
  image: 'report',
  fix: FIX
})

/** The fields of `value` named in `keys` that it has: a newer version's fields are not carried along. */
function known<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const picked: Partial<T> = {}
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key]
  return picked as T
}

const IMAGE_KEYS = [
  'ref',
  'id',
  'source',
  'platform',
  'digest',
  'store'
] as const
const ROW_KEYS = [
  'index',
  'instruction',
  'createdBy',
  'sizeBytes',
  'empty',
  'buildArgs',
  'id',
  'createdAt',
  'comment',
  'diffId',
  'compressedBytes',
  'engineSizeBytes'
] as const
const FILES_KEYS = [
  'reclaimableBytes',
  'efficiency',
  'items',
  'itemCount',
  'hints',
  'dive',
  'layerPaths',
  'layerFolders',
  'packages',
  'packageCount',
  'unpackaged',
  'unpackagedCount',
  'unpackagedBytes',
  'packageMatches',
  'packageProblems'
] as const

/** Only the ImageReport fields: what a comparison reads (layer rows, sizes, per-layer paths), nothing else carried along. */
function imageReportOf(
  image: ImageReport | ImageResult,
  file: string
): ImageReport {
  image.layers.forEach((row: LayerRow, position) => {
    if (row.index !== position)
      throw new InputError({
        input: file,
        problem: `baseline report ${file}: /layers/${position}/index is ${row.index}, expected ${position} (rows must be in order, base first)`,
        fix: FIX
      })
  })
  const report: ImageReport = {
    schemaVersion: 1,
    image: known(image.image, IMAGE_KEYS),
    totalBytes: image.totalBytes,
    layers: image.layers.map((row) => {
      const kept = known(row, ROW_KEYS)
      if (kept.buildArgs) kept.buildArgs = { ...kept.buildArgs }
      return kept
    }),
    warnings: [...image.warnings]
  }
  if (image.sizeKind) report.sizeKind = image.sizeKind
  if (image.totalCompressedBytes !== undefined)
    report.totalCompressedBytes = image.totalCompressedBytes
  if (image.engine)
    report.engine = known(image.engine, ['store', 'sizeBytes', 'totalBytes'])
  // The file analysis is kept for its per-layer paths (validated above), which pair layers,
  // and its packages, which the comparison diffs per paired rows.
  if (image.files?.layerPaths)
    report.files = {
      ...known(image.files, FILES_KEYS),
      layerPaths: image.files.layerPaths.map((entry) => ({
        layer: entry.layer,
        paths: entry.paths.map((p) => ({ path: p.path, bytes: p.bytes }))
      }))
    }
  return report
}

/** The image named `name` (required when a RunReport holds several) of a validated report, as an ImageReport. */
function pickImage(
  document: ReportDocument,
  file: string,
  name?: string
): ImageReport {
  if (document.kind === 'image') {
    const image = document.image as ImageReport & { name?: string }
    if (
      name !== undefined &&
      image.name !== undefined &&
      image.name !== name &&
      image.image.ref !== name
    ) {
      throw new InputError({
        input: file,
        problem: `baseline report ${file} is of image "${image.name}", not "${name}"`,
        fix: 'give the report of the image being checked'
      })
    }
    return imageReportOf(image, file)
  }
  const images = document.run.images
  const names = images.map((image) => image.name).slice(0, 10)
  if (images.length === 0)
    throw new InputError({
      input: file,
      problem: `baseline report ${file} holds no images`,
      fix: FIX
    })
  let picked: ImageResult | undefined
  if (name !== undefined)
    picked =
      images.find((image) => image.name === name) ??
      images.find((image) => image.image.ref === name)
  else if (images.length === 1) picked = images[0]
  else
    throw new InputError({
      input: file,
      problem: `baseline report ${file} holds ${images.length} images (${names.join(', ')})`,
      fix: 'name the one to compare with'
    })
  if (!picked)
    throw new InputError({
      input: file,
      problem: `baseline report ${file} has no image named "${name}"; it holds ${names.join(', ')}`,
      fix: 'name one of them'
    })
  return imageReportOf(picked, file)
}

/** Validates parsed JSON as a saved report and returns the image named `name` (required when a RunReport holds several). */
export function parseSavedReport(
  data: unknown,
  file: string,
  name?: string
): ImageReport {
  return pickImage(parseReportDocument(data, reader(file)), file, name)
}

/** Reads and validates a saved report file. Symlinks and oversized files are refused. */
export async function loadSavedReport(
  file: string,
  name?: string
): Promise<ImageReport> {
  return pickImage(await readReportFile(file, reader(file)), file, name)
}
