// A baseline from a JSON report saved earlier (`analyze --json`, `check --json`, the
// action's report file): an ImageReport, an ImageResult, or a RunReport holding several
// images (then one is picked by name). The file may come from another workflow run or a
// fork's artifact, so it is untrusted: it must pass a strict schema (integer sizes ≥ 0,
// bounded strings and arrays, no unknown fields where we read) before any of it is used,
// and only the ImageReport part is kept.

import { Ajv, type ValidateFunction } from 'ajv'
import { lstat, readFile } from 'node:fs/promises'
import { InputError } from '../errors.js'
import type {
  ImageReport,
  ImageResult,
  LayerRow,
  RunReport
} from '../model/report.js'

export const SAVED_REPORT_LIMITS = {
  fileBytes: 8 * 1024 * 1024,
  images: 100,
  layers: 1_000,
  warnings: 100,
  /** A Dockerfile line can be long; 64 KiB is far beyond any real one. */
  createdBy: 65_536,
  text: 4_096,
  name: 512
} as const

const L = SAVED_REPORT_LIMITS
const bytes = {
  type: 'integer',
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER
} as const
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const

const layerRow = {
  type: 'object',
  additionalProperties: false,
  required: ['index', 'instruction', 'createdBy', 'sizeBytes', 'empty'],
  properties: {
    index: { type: 'integer', minimum: 0, maximum: L.layers },
    instruction: text(64),
    createdBy: text(L.createdBy),
    sizeBytes: bytes,
    empty: { type: 'boolean' },
    buildArgs: {
      type: 'object',
      maxProperties: 100,
      propertyNames: { maxLength: 256 },
      additionalProperties: text(L.text)
    },
    id: text(256),
    createdAt: text(64),
    comment: text(L.text),
    diffId: text(256),
    compressedBytes: bytes,
    engineSizeBytes: bytes
  }
} as const

// What an ImageReport holds, plus the ImageResult fields this loader ignores (checked only for shape).
const imageProperties = {
  schemaVersion: { const: 1 },
  image: {
    type: 'object',
    additionalProperties: false,
    required: ['ref', 'id', 'source'],
    properties: {
      ref: text(L.name),
      id: text(256),
      source: { enum: ['docker', 'archive', 'registry', 'report'] },
      platform: text(64),
      digest: text(256),
      store: { enum: ['legacy', 'containerd', 'podman'] }
    }
  },
  totalBytes: bytes,
  sizeKind: { enum: ['uncompressed', 'compressed'] },
  totalCompressedBytes: bytes,
  engine: {
    type: 'object',
    additionalProperties: false,
    required: ['store', 'sizeBytes', 'totalBytes'],
    properties: {
      store: { enum: ['legacy', 'containerd', 'podman'] },
      sizeBytes: bytes,
      totalBytes: bytes
    }
  },
  layers: { type: 'array', maxItems: L.layers, items: layerRow },
  warnings: { type: 'array', maxItems: L.warnings, items: text(L.text) },
  // Only what a comparison reads is checked: the per-layer paths it pairs layers by.
  files: {
    type: 'object',
    properties: {
      layerPaths: {
        type: 'array',
        maxItems: L.layers,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['layer', 'paths'],
          properties: {
            layer: { type: 'integer', minimum: 0, maximum: L.layers },
            paths: {
              type: 'array',
              maxItems: 100,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['path', 'bytes'],
                properties: { path: text(L.text), bytes }
              }
            }
          }
        }
      }
    }
  },
  name: { type: 'string', minLength: 1, maxLength: L.name },
  status: { enum: ['pass', 'fail'] },
  violations: { type: 'array', maxItems: 10_000, items: { type: 'object' } },
  budget: { type: 'object' },
  comparison: { type: ['object', 'null'] },
  baselineNote: text(L.text),
  baselineFrom: { type: 'object' },
  pullRequest: { type: 'object' }
} as const

/** RunReport.origin: which run, commit and key made the report (the artifact baseline checks them). */
export const reportOriginSchema = {
  type: 'object',
  required: ['commitSha', 'key'],
  maxProperties: 32,
  properties: {
    commitSha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    ref: text(L.name),
    event: text(64),
    workflow: text(L.name),
    workflowRef: text(L.text),
    key: text(L.name),
    budgetFile: text(L.text),
    runId: bytes
  }
} as const

const imageSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'image', 'totalBytes', 'layers', 'warnings'],
  properties: imageProperties
} as const

const runSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'images'],
  properties: {
    schemaVersion: { const: 1 },
    status: { enum: ['pass', 'fail'] },
    violations: { type: 'array', maxItems: 10_000, items: { type: 'object' } },
    images: {
      type: 'array',
      minItems: 1,
      maxItems: L.images,
      items: { ...imageSchema, required: [...imageSchema.required, 'name'] }
    },
    units: { enum: ['si', 'iec'] },
    pullRequest: { type: 'object' },
    origin: reportOriginSchema
  }
} as const

// allErrors off: a hostile file cannot make us build a huge error list.
// Compiled on first use: commands that read no saved report do not pay for compiling.
let compiled: { image: ValidateFunction; run: ValidateFunction } | undefined
function validators(): { image: ValidateFunction; run: ValidateFunction } {
  if (compiled) return compiled
  const ajv = new Ajv({ allErrors: false, strict: true, strictTypes: false })
  return (compiled = {
    image: ajv.compile(imageSchema),
    run: ajv.compile(runSchema)
  })
}

function schemaError(file: string, validate: ValidateFunction): InputError {
  const error = validate.errors?.[0]
  const where = error?.instancePath
    ? error.instancePath.slice(0, 200)
    : '(top level)'
  const extra =
    error?.params && 'additionalProperty' in error.params
      ? ` "${String(error.params.additionalProperty).slice(0, 100)}"`
      : ''
  return new InputError(
    `baseline report ${file}: ${where} ${error?.message ?? 'is not valid'}${extra}. Give a report written by "image-size-budget analyze --json" or the action's report file.`
  )
}

/** Only the ImageReport fields: what a comparison reads (layer rows, sizes, per-layer paths), nothing else carried along. */
function imageReportOf(
  image: ImageReport | ImageResult,
  file: string
): ImageReport {
  image.layers.forEach((row: LayerRow, position) => {
    if (row.index !== position)
      throw new InputError(
        `baseline report ${file}: /layers/${position}/index is ${row.index}, expected ${position} (rows must be in order, base first)`
      )
  })
  const report: ImageReport = {
    schemaVersion: 1,
    image: { ...image.image },
    totalBytes: image.totalBytes,
    layers: image.layers.map((row) => ({ ...row })),
    warnings: [...image.warnings]
  }
  if (image.sizeKind) report.sizeKind = image.sizeKind
  if (image.totalCompressedBytes !== undefined)
    report.totalCompressedBytes = image.totalCompressedBytes
  if (image.engine) report.engine = { ...image.engine }
  // The file analysis is kept for its per-layer paths (validated above), which pair layers.
  if (image.files?.layerPaths)
    report.files = {
      ...image.files,
      layerPaths: image.files.layerPaths.map((entry) => ({
        layer: entry.layer,
        paths: entry.paths.map((p) => ({ ...p }))
      }))
    }
  return report
}

/** Validates parsed JSON as a saved report and returns the image named `name` (required when a RunReport holds several). */
export function parseSavedReport(
  data: unknown,
  file: string,
  name?: string
): ImageReport {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(
      `baseline report ${file}: not a JSON object (an ImageReport, ImageResult or RunReport)`
    )
  }
  const { image: validateImage, run: validateRun } = validators()
  if ('images' in data) {
    if (!validateRun(data)) throw schemaError(file, validateRun)
    const images = (data as RunReport).images
    const names = images.map((image) => image.name)
    let picked: ImageResult | undefined
    if (name !== undefined)
      picked =
        images.find((image) => image.name === name) ??
        images.find((image) => image.image.ref === name)
    else if (images.length === 1) picked = images[0]
    else
      throw new InputError(
        `baseline report ${file} holds ${images.length} images (${names.slice(0, 10).join(', ')}): name the one to compare with`
      )
    if (!picked)
      throw new InputError(
        `baseline report ${file} has no image named "${name}"; it holds ${names.slice(0, 10).join(', ')}`
      )
    return imageReportOf(picked, file)
  }
  if (!validateImage(data)) throw schemaError(file, validateImage)
  const image = data as ImageResult
  if (
    name !== undefined &&
    image.name !== undefined &&
    image.name !== name &&
    image.image.ref !== name
  ) {
    throw new InputError(
      `baseline report ${file} is of image "${image.name}", not "${name}"`
    )
  }
  return imageReportOf(image, file)
}

/** Reads and validates a saved report file. Symlinks and oversized files are refused. */
export async function loadSavedReport(
  file: string,
  name?: string
): Promise<ImageReport> {
  let stat
  try {
    stat = await lstat(file)
  } catch {
    throw new InputError(
      `baseline report ${file} does not exist: give the path of a JSON report saved by "analyze --json" or the action`
    )
  }
  if (!stat.isFile())
    throw new InputError(
      `baseline report ${file} is not a regular file (a directory or symlink?): refused`
    )
  if (stat.size > L.fileBytes)
    throw new InputError(
      `baseline report ${file} is ${stat.size} bytes; at most ${L.fileBytes} are read`
    )
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new InputError(
      `baseline report ${file} is not JSON: ${(error as Error).message.slice(0, 200)}`
    )
  }
  return parseSavedReport(data, file, name)
}
