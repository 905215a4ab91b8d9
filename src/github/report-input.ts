// The report files of `mode: comment` (the fork-safe workflow_run split): found by a path
// or glob, validated as untrusted input, merged into one RunReport. The files come out of
// the pull_request job, which a fork's author controls entirely, so nothing in them is
// believed until it passes the schema: sizes are non-negative safe integers, every string
// and array has a cap, and whatever passes is still escaped when rendered.
// A file holds a RunReport (`check --json`, several images) or one ImageResult (one
// matrix job); either may carry `pullRequest: {number, headSha}` (see context.ts).

import { Ajv, type ValidateFunction } from 'ajv'
import { glob, lstat, readFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../errors.js'
import { log } from '../log.js'
import type { ImageResult, RunReport, Violation } from '../model/report.js'

export const REPORT_LIMITS = {
  files: 100,
  fileBytes: 8 * 1024 * 1024,
  images: 100,
  layers: 1_000,
  violations: 1_000,
  warnings: 100,
  hints: 100,
  items: 1_000,
  /** A Dockerfile line can be long; 64 KiB is far beyond any real one. */
  createdBy: 65_536,
  text: 4_096,
  name: 512
} as const

/** What the pull_request job adds to its report so the workflow_run job can find the PR (see context.ts for the check). */
export interface ReportPullRequest {
  number: number
  headSha?: string
}

export interface LoadedReports {
  run: RunReport
  /** The files read, sorted, relative to `cwd` as the glob gave them. */
  files: string[]
  pullRequest?: ReportPullRequest
}

const MAX_INT = Number.MAX_SAFE_INTEGER
const bytes = { type: 'integer', minimum: 0, maximum: MAX_INT } as const
const signedBytes = {
  type: 'integer',
  minimum: -MAX_INT,
  maximum: MAX_INT
} as const
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const
const index = { type: 'integer', minimum: 0, maximum: 100_000 } as const
const ratio = { type: 'number', minimum: 0, maximum: MAX_INT } as const
/** An object schema that also takes null. Not anyOf: its errors would name the null branch ("must be null") instead of the bad field. */
const nullable = <T extends { type: 'object' }>(schema: T) =>
  ({ ...schema, type: ['object', 'null'] }) as const

const layerRef = {
  type: 'object',
  required: ['index', 'instruction', 'createdBy'],
  properties: {
    index,
    instruction: text(64),
    createdBy: text(REPORT_LIMITS.createdBy)
  }
} as const

const layerSide = {
  type: 'object',
  required: ['index', 'instruction', 'createdBy', 'sizeBytes'],
  properties: { ...layerRef.properties, sizeBytes: bytes }
} as const

const layerRow = {
  type: 'object',
  required: ['index', 'instruction', 'createdBy', 'sizeBytes', 'empty'],
  properties: {
    ...layerSide.properties,
    empty: { type: 'boolean' },
    buildArgs: {
      type: 'object',
      maxProperties: 100,
      propertyNames: { maxLength: 256 },
      additionalProperties: text(REPORT_LIMITS.text)
    },
    id: text(256),
    createdAt: text(64),
    comment: text(REPORT_LIMITS.text),
    diffId: text(256),
    compressedBytes: bytes,
    engineSizeBytes: bytes
  }
} as const

const violation = {
  type: 'object',
  required: ['image', 'rule', 'limitBytes', 'actualBytes', 'message'],
  properties: {
    image: text(REPORT_LIMITS.name),
    rule: {
      enum: [
        'total',
        'layer',
        'layers',
        'rule',
        'growth',
        'reclaimable',
        'efficiency',
        'compressed',
        'dive'
      ]
    },
    layer: layerRef,
    // Counts for `layers`, ratios for `efficiency`: non-negative, not always integers.
    limitBytes: ratio,
    actualBytes: ratio,
    message: text(REPORT_LIMITS.text),
    detail: text(256),
    match: text(REPORT_LIMITS.text)
  }
} as const

const comparison = {
  type: 'object',
  required: [
    'schemaVersion',
    'base',
    'head',
    'totalDeltaBytes',
    'layers',
    'minChangeBytes'
  ],
  properties: {
    schemaVersion: { const: 1 },
    base: {
      type: 'object',
      required: ['ref', 'totalBytes'],
      properties: { ref: text(REPORT_LIMITS.name), totalBytes: bytes }
    },
    head: {
      type: 'object',
      required: ['ref', 'totalBytes'],
      properties: { ref: text(REPORT_LIMITS.name), totalBytes: bytes }
    },
    totalDeltaBytes: signedBytes,
    layers: {
      type: 'array',
      maxItems: 2 * REPORT_LIMITS.layers,
      items: {
        type: 'object',
        required: ['status', 'base', 'head', 'deltaBytes'],
        properties: {
          status: { enum: ['added', 'removed', 'grew', 'shrank', 'unchanged'] },
          base: nullable(layerSide),
          head: nullable(layerSide),
          deltaBytes: signedBytes,
          pairedBy: { enum: ['digest', 'content', 'paths', 'text', 'moved'] },
          score: { type: 'number', minimum: 0, maximum: 1 },
          mergedBase: {
            type: 'array',
            minItems: 2,
            maxItems: REPORT_LIMITS.layers,
            items: layerSide
          },
          splitHead: {
            type: 'array',
            minItems: 2,
            maxItems: REPORT_LIMITS.layers,
            items: layerSide
          }
        }
      }
    },
    minChangeBytes: bytes,
    measure: { enum: ['compressed'] }
  }
} as const

const files = {
  type: 'object',
  required: ['hints'],
  properties: {
    reclaimableBytes: bytes,
    efficiency: { type: 'number', minimum: 0, maximum: 1 },
    itemCount: bytes,
    items: {
      type: 'array',
      maxItems: REPORT_LIMITS.items,
      items: {
        type: 'object',
        required: ['path', 'bytes', 'addedIn'],
        properties: {
          path: text(REPORT_LIMITS.text),
          bytes,
          addedIn: index,
          removedIn: index,
          replacedIn: index
        }
      }
    },
    hints: {
      type: 'array',
      maxItems: REPORT_LIMITS.hints,
      items: {
        type: 'object',
        required: ['kind', 'layers', 'bytes', 'message'],
        properties: {
          kind: text(64),
          layers: { type: 'array', maxItems: 16, items: index },
          bytes,
          files: bytes,
          message: text(REPORT_LIMITS.text),
          base: { type: 'boolean' },
          examples: {
            type: 'array',
            maxItems: 20,
            items: text(REPORT_LIMITS.text)
          }
        }
      }
    },
    dive: { type: 'object' },
    layerPaths: {
      type: 'array',
      maxItems: REPORT_LIMITS.layers,
      items: {
        type: 'object',
        required: ['layer', 'paths'],
        properties: {
          layer: index,
          paths: {
            type: 'array',
            maxItems: 100,
            items: {
              type: 'object',
              required: ['path', 'bytes'],
              properties: { path: text(REPORT_LIMITS.text), bytes }
            }
          }
        }
      }
    }
  }
} as const

const pullRequest = {
  type: 'object',
  required: ['number'],
  properties: {
    number: { type: 'integer', minimum: 1, maximum: 2 ** 31 - 1 },
    headSha: { type: 'string', pattern: '^[0-9a-f]{40}$' }
  }
} as const

const sha = { type: 'string', pattern: '^[0-9a-f]{40}$' } as const

/** ImageResult.baselineFrom (later versions): rendered in the comment, so bounded like the rest. */
const baselineFrom = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: { enum: ['artifact', 'report', 'image', 'build'] },
    commit: sha,
    branch: text(REPORT_LIMITS.name),
    commitsBeforeMergeBase: bytes,
    runId: bytes,
    ref: text(REPORT_LIMITS.name),
    fallbacks: { type: 'array', maxItems: 10, items: text(REPORT_LIMITS.text) }
  }
} as const

/** RunReport.origin (later versions): which run, commit and key made the report. */
const origin = {
  type: 'object',
  required: ['commitSha', 'key'],
  properties: {
    commitSha: sha,
    ref: text(REPORT_LIMITS.name),
    event: text(64),
    workflow: text(REPORT_LIMITS.name),
    workflowRef: text(REPORT_LIMITS.text),
    key: text(REPORT_LIMITS.name),
    budgetFile: text(REPORT_LIMITS.text),
    runId: bytes
  }
} as const

const imageResult = {
  type: 'object',
  required: [
    'schemaVersion',
    'image',
    'totalBytes',
    'layers',
    'warnings',
    'name',
    'status',
    'violations'
  ],
  properties: {
    schemaVersion: { const: 1 },
    image: {
      type: 'object',
      required: ['ref', 'id', 'source'],
      properties: {
        ref: text(REPORT_LIMITS.name),
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
      required: ['store', 'sizeBytes', 'totalBytes'],
      properties: {
        store: { enum: ['legacy', 'containerd', 'podman'] },
        sizeBytes: bytes,
        totalBytes: bytes
      }
    },
    layers: { type: 'array', maxItems: REPORT_LIMITS.layers, items: layerRow },
    warnings: {
      type: 'array',
      maxItems: REPORT_LIMITS.warnings,
      items: text(REPORT_LIMITS.text)
    },
    files,
    name: { type: 'string', minLength: 1, maxLength: REPORT_LIMITS.name },
    status: { enum: ['pass', 'fail'] },
    violations: {
      type: 'array',
      maxItems: REPORT_LIMITS.violations,
      items: violation
    },
    budget: {
      type: 'object',
      properties: { totalBytes: bytes, layerBytes: bytes, layers: bytes }
    },
    comparison: nullable(comparison),
    baselineNote: text(REPORT_LIMITS.text),
    baselineFrom,
    pullRequest
  }
} as const

const runReport = {
  type: 'object',
  required: ['schemaVersion', 'status', 'violations', 'images'],
  properties: {
    schemaVersion: { const: 1 },
    status: { enum: ['pass', 'fail'] },
    violations: {
      type: 'array',
      maxItems: REPORT_LIMITS.violations,
      items: violation
    },
    images: {
      type: 'array',
      maxItems: REPORT_LIMITS.images,
      items: imageResult
    },
    units: { enum: ['si', 'iec'] },
    pullRequest,
    origin
  }
} as const

// One compiled validator per shape; allErrors off so a hostile file cannot make us build a huge error list.
// Compiled on first use, so that importing this module costs nothing.
let compiled: { image: ValidateFunction; run: ValidateFunction } | undefined
function validators(): { image: ValidateFunction; run: ValidateFunction } {
  if (compiled) return compiled
  const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true })
  return (compiled = {
    run: ajv.compile(runReport),
    image: ajv.compile(imageResult)
  })
}

export type ReportDocument =
  | { kind: 'run'; run: RunReport; pullRequest?: ReportPullRequest }
  | { kind: 'image'; image: ImageResult; pullRequest?: ReportPullRequest }

function schemaError(file: string, validate: ValidateFunction): InputError {
  const error = validate.errors?.[0]
  const where = error?.instancePath
    ? error.instancePath.slice(0, 200)
    : '(top level)'
  return new InputError(
    `report file ${file}: ${where} ${error?.message ?? 'is not valid'}`
  )
}

/** Validates one parsed report file. Throws InputError naming the file and the first bad field. */
export function validateReportDocument(
  data: unknown,
  file: string
): ReportDocument {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(
      `report file ${file}: not a JSON object (a RunReport or an ImageResult)`
    )
  }
  const record = data as Record<string, unknown>
  const { image: validateImage, run: validateRun } = validators()
  if ('images' in record) {
    if (!validateRun(data)) throw schemaError(file, validateRun)
    const { pullRequest: meta, ...run } = data as RunReport & {
      pullRequest?: ReportPullRequest
    }
    return { kind: 'run', run, pullRequest: meta }
  }
  if ('name' in record || 'layers' in record) {
    if (!validateImage(data)) throw schemaError(file, validateImage)
    const { pullRequest: meta, ...image } = data as ImageResult & {
      pullRequest?: ReportPullRequest
    }
    return { kind: 'image', image, pullRequest: meta }
  }
  throw new InputError(
    `report file ${file}: neither a RunReport ("images") nor an ImageResult ("name", "layers")`
  )
}

/** Merges validated documents, in order, into one RunReport: the images one after the other, every violation, `fail` if any part fails. */
export function mergeReports(
  documents: { file: string; document: ReportDocument }[]
): { run: RunReport; pullRequest?: ReportPullRequest } {
  const images: ImageResult[] = []
  const violations: Violation[] = []
  const seen = new Map<string, string>()
  let status: RunReport['status'] = 'pass'
  let units: RunReport['units']
  let pullRequest: ReportPullRequest | undefined
  let pullRequestFile = ''
  for (const { file, document } of documents) {
    const parts =
      document.kind === 'run' ? document.run.images : [document.image]
    if (document.kind === 'run') {
      violations.push(...document.run.violations)
      if (document.run.status === 'fail') status = 'fail'
      if (document.run.units) {
        if (units && units !== document.run.units)
          log.warning(
            `report file ${file} uses ${document.run.units} units, an earlier one ${units}: showing ${units}`
          )
        units ??= document.run.units
      }
    } else {
      violations.push(...document.image.violations)
    }
    for (const image of parts) {
      if (image.status === 'fail') status = 'fail'
      const earlier = seen.get(image.name)
      if (earlier !== undefined)
        log.warning(
          `image "${image.name}" is in both ${earlier} and ${file}: both are shown`
        )
      seen.set(image.name, file)
      images.push(image)
    }
    if (document.pullRequest) {
      if (pullRequest && pullRequest.number !== document.pullRequest.number) {
        throw new InputError(
          `report files name different pull requests: #${pullRequest.number} in ${pullRequestFile}, #${document.pullRequest.number} in ${file}`
        )
      }
      pullRequest ??= document.pullRequest
      pullRequestFile ||= file
    }
  }
  if (images.length > REPORT_LIMITS.images)
    throw new InputError(
      `the report files hold ${images.length} images; at most ${REPORT_LIMITS.images} are shown in one comment`
    )
  if (violations.length > 0) status = 'fail'
  const run: RunReport = { schemaVersion: 1, status, violations, images }
  if (units) run.units = units
  return { run, pullRequest }
}

/**
 * Finds the report files (`pattern` is a path or a glob such as
 * `reports/**\/image-size-budget-report.json`), reads and validates each, and merges
 * them. Symlinks and other non-regular files are refused: an artifact from a fork could
 * point one at a file of the runner.
 */
export async function loadReportFiles(
  pattern: string,
  options: { cwd?: string } = {}
): Promise<LoadedReports> {
  const cwd = options.cwd ?? process.cwd()
  if (!pattern.trim())
    throw new InputError(
      'the "report" input is empty: give the path or glob of the report file(s) to post (mode: comment)'
    )
  const found: string[] = []
  for await (const entry of glob(pattern, { cwd })) {
    found.push(entry)
    if (found.length > REPORT_LIMITS.files) {
      throw new InputError(
        `the "report" input matches more than ${REPORT_LIMITS.files} files: narrow the glob "${pattern}"`
      )
    }
  }
  found.sort()
  if (found.length === 0) {
    throw new InputError(
      `no report file matches "${pattern}" (from ${cwd}): download the report artifact first (actions/download-artifact) and check the path`
    )
  }
  const documents: { file: string; document: ReportDocument }[] = []
  for (const file of found) {
    const full = path.resolve(cwd, file)
    const stat = await lstat(full)
    if (stat.isDirectory()) continue
    if (!stat.isFile())
      throw new InputError(
        `report file ${file} is not a regular file (a symlink?): refused`
      )
    if (stat.size > REPORT_LIMITS.fileBytes)
      throw new InputError(
        `report file ${file} is ${stat.size} bytes; at most ${REPORT_LIMITS.fileBytes} are read`
      )
    let data: unknown
    try {
      data = JSON.parse(await readFile(full, 'utf8'))
    } catch (error) {
      throw new InputError(
        `report file ${file} is not JSON: ${(error as Error).message.slice(0, 200)}`
      )
    }
    documents.push({ file, document: validateReportDocument(data, file) })
  }
  if (documents.length === 0)
    throw new InputError(
      `"${pattern}" matches only directories: point it at the report JSON files`
    )
  const merged = mergeReports(documents)
  return {
    run: merged.run,
    files: documents.map((d) => d.file),
    pullRequest: merged.pullRequest
  }
}
