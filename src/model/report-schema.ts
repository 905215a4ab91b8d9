// The JSON report's schema (schemaVersion 1) and the one validation of a report read back:
// a baseline report (`--baseline-report`, `compare a.json b.json`, a base branch's report
// artifact) and the report files of `mode: comment`. Every such file may come from another
// run or a fork's job, so it is untrusted: sizes are non-negative safe integers, every
// string and array has a cap (src/limits.ts), and a layer index is within the layer cap.
// Fields this version does not know are allowed: a report from a newer version stays
// readable, and nothing unknown is read. schema/report.schema.json is this object, written
// by `npm run schema` (test/model/report-schema.test.ts fails when it is stale).

import { Ajv, type ValidateFunction } from 'ajv'
import { InputError } from '../errors.js'
import {
  REPORT_FILE_ITEMS_LIMIT,
  REPORT_HINTS_LIMIT,
  REPORT_IMAGES_LIMIT,
  REPORT_INSTRUCTION_CHARACTERS,
  REPORT_LAYERS_LIMIT,
  REPORT_NAME_CHARACTERS,
  REPORT_PACKAGES_LIMIT,
  REPORT_UNPACKAGED_LIMIT,
  REPORT_TEXT_CHARACTERS,
  REPORT_VIOLATIONS_LIMIT,
  REPORT_WARNINGS_LIMIT
} from '../limits.js'
import type { ImageReport, ImageResult, RunReport } from './report.js'

const MAX_INT = Number.MAX_SAFE_INTEGER
const bytes = { type: 'integer', minimum: 0, maximum: MAX_INT } as const
const signedBytes = {
  type: 'integer',
  minimum: -MAX_INT,
  maximum: MAX_INT
} as const
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const
const name = text(REPORT_NAME_CHARACTERS)
const prose = text(REPORT_TEXT_CHARACTERS)
/** A `layers` row index: the rows are at most REPORT_LAYERS_LIMIT. */
const index = {
  type: 'integer',
  minimum: 0,
  maximum: REPORT_LAYERS_LIMIT
} as const
const ratio = { type: 'number', minimum: 0, maximum: MAX_INT } as const
const sha = { type: 'string', pattern: '^[0-9a-f]{40}$' } as const
const store = { enum: ['legacy', 'containerd', 'podman'] } as const
/** An object schema that also takes null. Not anyOf: its errors would name the null branch ("must be null") instead of the bad field. */
const nullable = <T extends { type: 'object' }>(schema: T) =>
  ({ ...schema, type: ['object', 'null'] }) as const
const ref = (definition: string) =>
  ({ $ref: `#/definitions/${definition}` }) as const

const layerRef = {
  type: 'object',
  required: ['index', 'instruction', 'createdBy'],
  properties: {
    index,
    instruction: text(64),
    createdBy: text(REPORT_INSTRUCTION_CHARACTERS)
  }
} as const

const layerSide = {
  type: 'object',
  required: [...layerRef.required, 'sizeBytes'],
  properties: {
    ...layerRef.properties,
    sizeBytes: bytes,
    dockerfileLine: { type: 'integer', minimum: 1, maximum: MAX_INT }
  }
} as const

const layerRow = {
  type: 'object',
  required: [...layerSide.required, 'empty'],
  properties: {
    ...layerSide.properties,
    empty: { type: 'boolean' },
    buildArgs: {
      type: 'object',
      maxProperties: 100,
      propertyNames: { maxLength: 256 },
      additionalProperties: prose
    },
    id: text(256),
    createdAt: text(64),
    comment: prose,
    diffId: text(256),
    compressedBytes: bytes,
    engineSizeBytes: bytes
  }
} as const

// `message` (on violations and hints) is written by every version but never read: the
// renderers describe from the data fields (src/report/describe.ts), so it is not required.
const rule = {
  enum: [
    'total',
    'layer',
    'layers',
    'rule',
    'growth',
    'reclaimable',
    'efficiency',
    'compressed',
    'dive',
    'package',
    'unpackaged'
  ]
} as const

const manager = { enum: ['dpkg', 'apk', 'npm', 'python'] } as const
/** A package with the bytes and rows that ship it (ShippedPackage). */
const shippedPackages = {
  type: 'array',
  maxItems: 5,
  items: {
    type: 'object',
    required: ['name', 'manager', 'bytes', 'layers'],
    properties: {
      name,
      manager,
      arch: name,
      version: name,
      bytes,
      layers: { type: 'array', maxItems: REPORT_LAYERS_LIMIT, items: index }
    }
  }
} as const

/** A finding against the baseline (FindingChange). */
const change = { enum: ['new', 'worse', 'better', 'unchanged'] } as const

const violation = {
  type: 'object',
  required: ['image', 'rule', 'limitBytes', 'actualBytes'],
  properties: {
    image: name,
    rule,
    layer: layerRef,
    change,
    // Counts for `layers`, ratios for `efficiency`: non-negative, not always integers.
    limitBytes: ratio,
    actualBytes: ratio,
    message: prose,
    detail: text(256),
    match: prose,
    packages: shippedPackages,
    packageCount: bytes,
    folders: {
      type: 'array',
      maxItems: 3,
      items: {
        type: 'object',
        required: ['top', 'bytes', 'files'],
        properties: { top: prose, bytes, files: bytes }
      }
    }
  }
} as const

const violations = {
  type: 'array',
  maxItems: REPORT_VIOLATIONS_LIMIT,
  items: ref('violation')
} as const

/** Every rule evaluated (BudgetCheck): growth may be negative (the image shrank). */
const figure = { type: 'number', minimum: -MAX_INT, maximum: MAX_INT } as const
const checks = {
  type: 'array',
  maxItems: REPORT_VIOLATIONS_LIMIT,
  items: {
    type: 'object',
    required: ['rule', 'limit', 'actual', 'pass'],
    properties: {
      rule,
      detail: text(256),
      match: prose,
      note: { enum: ['no-package-matches', 'no-package-database'] },
      limit: figure,
      actual: figure,
      pass: { type: 'boolean' },
      layer: layerRef,
      layers: bytes,
      failed: bytes,
      base: { type: 'boolean' },
      advisory: { type: 'boolean' }
    }
  }
} as const

const sides = {
  type: 'array',
  minItems: 2,
  maxItems: REPORT_LAYERS_LIMIT,
  items: layerSide
} as const

// One package's change between paired rows (src/compare/packages.ts keeps 20 per list).
const packageChanges = {
  type: 'array',
  maxItems: 20,
  items: {
    type: 'object',
    required: ['name', 'manager', 'version', 'deltaBytes'],
    properties: {
      name,
      manager,
      version: name,
      previousVersion: name,
      deltaBytes: signedBytes
    }
  }
} as const
const packageDeltas = {
  type: 'object',
  required: ['added', 'removed', 'upgraded', 'counts', 'deltaBytes'],
  properties: {
    added: packageChanges,
    removed: packageChanges,
    upgraded: packageChanges,
    counts: {
      type: 'object',
      required: ['added', 'removed', 'upgraded'],
      properties: { added: bytes, removed: bytes, upgraded: bytes }
    },
    deltaBytes: signedBytes
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
      properties: { ref: name, totalBytes: bytes }
    },
    head: {
      type: 'object',
      required: ['ref', 'totalBytes'],
      properties: { ref: name, totalBytes: bytes }
    },
    totalDeltaBytes: signedBytes,
    layers: {
      type: 'array',
      maxItems: 2 * REPORT_LAYERS_LIMIT,
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
          mergedBase: sides,
          splitHead: sides,
          packages: packageDeltas,
          // The folders that grew or shrank (src/compare/paths.ts keeps 10).
          paths: {
            type: 'array',
            maxItems: 10,
            items: {
              type: 'object',
              required: ['path', 'deltaBytes'],
              properties: { path: prose, deltaBytes: signedBytes }
            }
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
      maxItems: REPORT_FILE_ITEMS_LIMIT,
      items: {
        type: 'object',
        required: ['path', 'bytes', 'addedIn'],
        properties: {
          path: prose,
          bytes,
          addedIn: index,
          removedIn: index,
          replacedIn: index
        }
      }
    },
    hints: {
      type: 'array',
      maxItems: REPORT_HINTS_LIMIT,
      items: {
        type: 'object',
        required: ['kind', 'layers', 'bytes'],
        properties: {
          kind: text(64),
          layers: { type: 'array', maxItems: 16, items: index },
          bytes,
          files: bytes,
          message: prose,
          base: { type: 'boolean' },
          change,
          examples: { type: 'array', maxItems: 20, items: prose },
          // What the bytes are: one part per folder or cache (src/analysis/files.ts keeps 10).
          parts: {
            type: 'array',
            maxItems: 10,
            items: {
              type: 'object',
              required: ['path', 'bytes', 'files'],
              properties: {
                path: prose,
                cache: text(64),
                bytes,
                files: bytes,
                category: text(64)
              }
            }
          },
          builder: { enum: ['classic', 'buildkit'] },
          packages: {
            type: 'array',
            maxItems: 10,
            items: {
              type: 'object',
              required: ['name', 'manager', 'bytes'],
              properties: {
                name,
                manager,
                version: name,
                bytes,
                via: name,
                previousVersion: name,
                category: text(64)
              }
            }
          },
          packageCount: bytes,
          packageBytes: bytes,
          bookkeepingBytes: bytes,
          finalBytes: bytes,
          baseImage: {
            type: 'object',
            required: ['layers', 'bytes'],
            properties: {
              ref: prose,
              layers: {
                type: 'array',
                maxItems: REPORT_LAYERS_LIMIT,
                items: index
              },
              bytes
            }
          }
        }
      }
    },
    dive: { type: 'object' },
    // What a comparison pairs layers by.
    layerPaths: {
      type: 'array',
      maxItems: REPORT_LAYERS_LIMIT,
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
              properties: { path: prose, bytes }
            }
          }
        }
      }
    },
    // Where each layer's bytes are (src/analysis/folders.ts keeps 10 folders per layer).
    layerFolders: {
      type: 'array',
      maxItems: REPORT_LAYERS_LIMIT,
      items: {
        type: 'object',
        required: ['layer', 'folders'],
        properties: {
          layer: index,
          folders: {
            type: 'array',
            maxItems: 10,
            items: {
              type: 'object',
              required: ['path', 'bytes', 'files'],
              properties: { path: prose, bytes, files: bytes }
            }
          },
          restBytes: bytes,
          restFiles: bytes
        }
      }
    },
    // The package attribution (src/analysis/package-report.ts).
    packages: {
      type: 'array',
      maxItems: REPORT_PACKAGES_LIMIT,
      items: {
        type: 'object',
        required: [
          'name',
          'version',
          'manager',
          'bytes',
          'files',
          'addedIn',
          'layers'
        ],
        properties: {
          name,
          version: name,
          manager,
          arch: name,
          bytes,
          files: bytes,
          addedIn: index,
          changedIn: {
            type: 'array',
            maxItems: REPORT_LAYERS_LIMIT,
            items: index
          },
          removedIn: index,
          hiddenBytes: bytes,
          layers: {
            type: 'array',
            maxItems: REPORT_LAYERS_LIMIT,
            items: {
              type: 'object',
              required: ['layer', 'bytes', 'files'],
              properties: { layer: index, bytes, files: bytes }
            }
          }
        }
      }
    },
    packageCount: bytes,
    unpackaged: {
      type: 'array',
      maxItems: REPORT_UNPACKAGED_LIMIT,
      items: {
        type: 'object',
        required: ['top', 'bytes', 'files'],
        properties: { top: prose, bytes, files: bytes }
      }
    },
    unpackagedCount: bytes,
    unpackagedBytes: bytes,
    // The budget's `package:` rules, totalled over every package (budget/rules/packages.ts).
    packageMatches: {
      type: 'array',
      maxItems: REPORT_VIOLATIONS_LIMIT,
      items: {
        type: 'object',
        required: ['pattern', 'bytes', 'count', 'packages'],
        properties: {
          pattern: prose,
          bytes,
          baseBytes: bytes,
          count: bytes,
          packages: shippedPackages
        }
      }
    },
    packageProblems: { type: 'array', maxItems: 40, items: prose }
  }
} as const

/** What the pull_request job adds to its report so the workflow_run job can find the PR (see github/context.ts for the check). */
const pullRequest = {
  type: 'object',
  required: ['number'],
  properties: {
    number: { type: 'integer', minimum: 1, maximum: 2 ** 31 - 1 },
    headSha: sha
  }
} as const

const baselineFrom = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: { enum: ['artifact', 'report', 'image', 'build'] },
    commit: sha,
    branch: name,
    commitsBeforeMergeBase: bytes,
    runId: bytes,
    ref: name,
    fallbacks: { type: 'array', maxItems: 10, items: prose }
  }
} as const

const origin = {
  type: 'object',
  required: ['commitSha', 'key'],
  properties: {
    commitSha: sha,
    ref: name,
    event: text(64),
    workflow: name,
    workflowRef: prose,
    key: name,
    budgetFile: prose,
    runId: bytes
  }
} as const

/** An ImageReport (`analyze --json`), with the fields of an ImageResult bounded where they appear. */
const imageReport = {
  type: 'object',
  required: ['schemaVersion', 'image', 'totalBytes', 'layers', 'warnings'],
  properties: {
    schemaVersion: { const: 1 },
    image: {
      type: 'object',
      required: ['ref', 'id', 'source'],
      properties: {
        ref: name,
        id: text(256),
        source: { enum: ['docker', 'archive', 'registry', 'report'] },
        platform: text(64),
        digest: text(256),
        store
      }
    },
    totalBytes: bytes,
    sizeKind: { enum: ['uncompressed', 'compressed'] },
    totalCompressedBytes: bytes,
    engine: {
      type: 'object',
      required: ['store', 'sizeBytes', 'totalBytes'],
      properties: { store, sizeBytes: bytes, totalBytes: bytes }
    },
    layers: { type: 'array', maxItems: REPORT_LAYERS_LIMIT, items: layerRow },
    warnings: { type: 'array', maxItems: REPORT_WARNINGS_LIMIT, items: prose },
    files,
    name: { type: 'string', minLength: 1, maxLength: REPORT_NAME_CHARACTERS },
    status: { enum: ['pass', 'fail'] },
    violations,
    budget: {
      type: 'object',
      properties: { totalBytes: bytes, layerBytes: bytes, layers: bytes }
    },
    checks,
    hintsUnmarked: { enum: ['baseline-without-files'] },
    comparison: nullable(comparison),
    baselineNote: prose,
    baselineFrom,
    pullRequest
  }
} as const

/** One image's full result (`check --json` of one image, one matrix job's report file). */
const imageResult = {
  allOf: [
    ref('imageReport'),
    { type: 'object', required: ['name', 'status', 'violations'] }
  ]
} as const

/** Several images (`check --json`, the action's report file). */
const runReport = {
  type: 'object',
  required: ['schemaVersion', 'status', 'violations', 'images'],
  properties: {
    schemaVersion: { const: 1 },
    status: { enum: ['pass', 'fail'] },
    violations,
    images: {
      type: 'array',
      maxItems: REPORT_IMAGES_LIMIT,
      items: ref('imageResult')
    },
    units: { enum: ['si', 'iec'] },
    pullRequest,
    origin
  }
} as const

export const REPORT_SCHEMA_ID =
  'https://github.com/image-size-budget/image-size-budget/schema/report.schema.json'

/** The published schema: a RunReport, an ImageResult or an ImageReport. */
export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: REPORT_SCHEMA_ID,
  title: 'image-size-budget JSON report (schemaVersion 1)',
  description:
    'What `analyze --json`, `check --json` and the action write: a RunReport (several images), an ImageResult or an ImageReport. Unknown fields are allowed (later versions add fields); the caps are those of src/limits.ts.',
  anyOf: [ref('runReport'), ref('imageReport')],
  definitions: { imageReport, imageResult, runReport, violation }
} as const

/** A validated report file: several images, or one. */
export type ReportDocument =
  | { kind: 'run'; run: RunReport }
  | { kind: 'image'; image: ImageReport | ImageResult }

// allErrors off: a hostile file cannot make us build a huge error list.
// Compiled on first use: commands that read no report do not pay for compiling.
let compiled: Record<'run' | 'image' | 'result', ValidateFunction> | undefined
function validators(): Record<'run' | 'image' | 'result', ValidateFunction> {
  if (compiled) return compiled
  // strictRequired off: an ImageResult is an ImageReport plus `required` names defined there.
  const ajv = new Ajv({
    allErrors: false,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true
  })
  ajv.addSchema(reportSchema)
  const get = (definition: string) =>
    ajv.getSchema(`${REPORT_SCHEMA_ID}#/definitions/${definition}`)!
  return (compiled = {
    run: get('runReport'),
    image: get('imageReport'),
    result: get('imageResult')
  })
}

/** How a reader names the file in its messages, and which image shape it needs. */
export interface ReportReader {
  /** The file as the messages show it. */
  file: string
  /** What the file is to the reader: "baseline report", "report file". */
  what: string
  /** `result`: a one-image file must be an ImageResult (it is rendered); `report`: an ImageReport is enough. */
  image: 'report' | 'result'
  /** What to do about a file that is not a report. */
  fix: string
}

function schemaError(reader: ReportReader, validate: ValidateFunction) {
  const error = validate.errors?.[0]
  const where = error?.instancePath
    ? error.instancePath.slice(0, 200)
    : '(top level)'
  return new InputError({
    input: reader.file,
    problem: `${reader.what} ${reader.file}: ${where} ${error?.message ?? 'is not valid'}`,
    fix: reader.fix
  })
}

/** Validates parsed JSON as a report. Throws InputError naming the file and the first bad field. */
export function parseReportDocument(
  data: unknown,
  reader: ReportReader
): ReportDocument {
  const { what, file } = reader
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputError({
      input: file,
      problem: `${what} ${file}: not a JSON object (a RunReport, an ImageResult or an ImageReport)`,
      fix: reader.fix
    })
  const { run, image, result } = validators()
  if ('images' in data) {
    if (!run(data)) throw schemaError(reader, run)
    return { kind: 'run', run: data as RunReport }
  }
  if ('name' in data || 'layers' in data) {
    const validate = reader.image === 'result' ? result : image
    if (!validate(data)) throw schemaError(reader, validate)
    return { kind: 'image', image: data as ImageReport | ImageResult }
  }
  throw new InputError({
    input: file,
    problem: `${what} ${file}: neither a RunReport ("images") nor an ImageResult ("name", "layers")`,
    fix: reader.fix
  })
}
