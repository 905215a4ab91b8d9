// compareReports: two ImageReports (base, head) in, one Comparison out; compareWithBaseline
// adds the FROM image's boundary when both sides know it. Pure: the reports come from any
// source (engine, archive, registry, a saved JSON report), fetched by src/baseline.
//
// Rules (README "Baseline comparison"):
// - Only filesystem rows (empty: false) are compared. Empty rows (ENV, CMD, …) carry 0 bytes
//   by definition, so they are left out rather than reported as noise.
// - The base image's rows come first. A report does not record where the FROM image ends,
//   so the caller may say (`baseImageLayers`, from the FROM image's RootFS: see
//   fromImageLayers in src/baseline/from-image.ts); without it, the base image is the leading imported rows
//   (no instruction: `docker import`, or layers the builder kept no history for). When the
//   two base images have the same layers (diff_ids) their rows pair one to one; when they
//   differ, each side's base rows collapse into one aggregated entry with instruction `FROM`,
//   so a new base reads as one change, not dozens of unrelated rows.
// - The other rows pair by alignment (align.ts), each pair saying why (`pairedBy`, `score`);
//   a merge (several base rows into one head row) or a split is one change over all its rows.
// - A paired row whose |delta| is below minChangeBytes is `unchanged` (its exact deltaBytes
//   is kept); `added`/`removed` keep their status whatever their size: a step came or went.

import { InputError } from '../errors.js'
import type {
  Comparison,
  ImageReport,
  LayerChange,
  LayerChangeStatus,
  LayerRow,
  LayerSide
} from '../model/report.js'
import { DEFAULT_MIN_CHANGE_BYTES } from '../budget/size.js'
import { matchSteps, type StepMatch } from './align.js'
import { packageDeltas } from './packages.js'
import { pathDeltas } from './paths.js'

export interface CompareOptions {
  /** Below this |delta| a paired row counts as unchanged (default 10 kB = 10000 bytes). */
  minChangeBytes?: number
  /** How many leading filesystem layers of each side come from its FROM image, when known (used only when both are given). */
  baseImageLayers?: { base?: number; head?: number }
  /** The FROM image refs, to name the aggregated base-image entry. */
  baseImageRefs?: { base?: string; head?: string }
}

type SizeOf = (row: LayerRow) => number

/** Which size field to compare: a compressed-size registry report compares only on compressed sizes. */
function sizeField(
  base: ImageReport,
  head: ImageReport
): {
  sizeOf: SizeOf
  total: (report: ImageReport) => number
  compressed: boolean
} {
  const kindOf = (report: ImageReport) => report.sizeKind ?? 'uncompressed'
  if (kindOf(base) === kindOf(head))
    return {
      sizeOf: (row) => row.sizeBytes,
      total: (report) => report.totalBytes,
      compressed: kindOf(base) === 'compressed'
    }
  const hasCompressed = (report: ImageReport) =>
    report.totalCompressedBytes !== undefined &&
    report.layers.every((row) => row.empty || row.compressedBytes !== undefined)
  if (hasCompressed(base) && hasCompressed(head)) {
    return {
      sizeOf: (row) => row.compressedBytes ?? 0,
      total: (report) => report.totalCompressedBytes ?? 0,
      compressed: true
    }
  }
  const compressed = kindOf(base) === 'compressed' ? base : head
  throw new InputError({
    input: compressed.image.ref,
    problem: `${compressed.image.ref} has compressed (registry) sizes and the other image uncompressed ones`,
    fix: 'read both the same way (analyze --source registry --uncompressed, or analyze --compressed for the engine image)'
  })
}

function side(row: LayerRow, sizeOf: SizeOf): LayerSide {
  return {
    index: row.index,
    instruction: row.instruction,
    createdBy: row.createdBy,
    sizeBytes: sizeOf(row)
  }
}

function statusOf(
  base: unknown,
  head: unknown,
  deltaBytes: number,
  minChangeBytes: number
): LayerChangeStatus {
  if (!base) return 'added'
  if (!head) return 'removed'
  if (Math.abs(deltaBytes) < minChangeBytes || deltaBytes === 0)
    return 'unchanged'
  return deltaBytes > 0 ? 'grew' : 'shrank'
}

function change(
  base: LayerSide | null,
  head: LayerSide | null,
  minChangeBytes: number
): LayerChange {
  const deltaBytes = (head?.sizeBytes ?? 0) - (base?.sizeBytes ?? 0)
  return {
    status: statusOf(base, head, deltaBytes, minChangeBytes),
    base,
    head,
    deltaBytes
  }
}

/** A change from a match: several rows on one side (a merge or split) count as their sum. */
function matchedChange(
  base: LayerSide[],
  head: LayerSide[],
  match: StepMatch,
  minChangeBytes: number
): LayerChange {
  const sum = (rows: LayerSide[]) =>
    rows.reduce((total, row) => total + row.sizeBytes, 0)
  const deltaBytes = sum(head) - sum(base)
  const out: LayerChange = {
    status: statusOf(base[0], head[0], deltaBytes, minChangeBytes),
    base: base[0] ?? null,
    head: head[0] ?? null,
    deltaBytes
  }
  if (match.pairedBy) out.pairedBy = match.pairedBy
  if (match.score !== undefined) out.score = match.score
  if (base.length > 1) out.mergedBase = base
  if (head.length > 1) out.splitHead = head
  return out
}

/** The leading rows of `rows` (filesystem rows only) that came from the FROM image. */
function baseImageRows(
  rows: LayerRow[],
  known: number | undefined
): LayerRow[] {
  if (known !== undefined)
    return rows.slice(0, Math.max(0, Math.min(known, rows.length)))
  let end = 0
  while (
    end < rows.length &&
    rows[end].instruction === '' &&
    rows[end].createdBy === ''
  )
    end++
  return rows.slice(0, end)
}

function sameLayers(a: LayerRow[], b: LayerRow[], sizeOf: SizeOf): boolean {
  if (a.length !== b.length) return false
  return a.every((row, i) =>
    row.diffId && b[i].diffId
      ? row.diffId === b[i].diffId
      : sizeOf(row) === sizeOf(b[i]) && row.createdBy === b[i].createdBy
  )
}

function aggregate(
  rows: LayerRow[],
  ref: string | undefined,
  sizeOf: SizeOf
): LayerSide | null {
  if (rows.length === 0) return null
  const count = `${rows.length} layer${rows.length === 1 ? '' : 's'}`
  return {
    index: rows[0].index,
    instruction: 'FROM',
    createdBy: ref ? `FROM ${ref} (${count})` : `FROM (base image, ${count})`,
    sizeBytes: rows.reduce((sum, row) => sum + sizeOf(row), 0)
  }
}

export function compareReports(
  base: ImageReport,
  head: ImageReport,
  opts: CompareOptions = {}
): Comparison {
  const minChangeBytes = opts.minChangeBytes ?? DEFAULT_MIN_CHANGE_BYTES
  if (!Number.isSafeInteger(minChangeBytes) || minChangeBytes < 0)
    throw new InputError({
      input: 'min-change',
      problem: `min-change must be a whole number of bytes ≥ 0, not ${minChangeBytes}`
    })
  const { sizeOf, total, compressed } = sizeField(base, head)
  const baseRows = base.layers.filter((row) => !row.empty)
  const headRows = head.layers.filter((row) => !row.empty)
  const layers: LayerChange[] = []
  // A change with the package and folder deltas of its rows, when both reports have them.
  const withPackages = (
    paired: LayerChange,
    baseIndexes: number[],
    headIndexes: number[]
  ): LayerChange => {
    const packages = packageDeltas(base, baseIndexes, head, headIndexes)
    const paths = pathDeltas(base, baseIndexes, head, headIndexes)
    return {
      ...paired,
      ...(packages ? { packages } : {}),
      ...(paths ? { paths } : {})
    }
  }

  // A boundary known on one side only would compare unlike regions: both or neither.
  const known =
    opts.baseImageLayers?.base !== undefined &&
    opts.baseImageLayers?.head !== undefined
  const baseFrom = baseImageRows(
    baseRows,
    known ? opts.baseImageLayers?.base : undefined
  )
  const headFrom = baseImageRows(
    headRows,
    known ? opts.baseImageLayers?.head : undefined
  )
  if (sameLayers(baseFrom, headFrom, sizeOf)) {
    baseFrom.forEach((row, i) => {
      const paired = change(
        side(row, sizeOf),
        side(headFrom[i], sizeOf),
        minChangeBytes
      )
      const rows: [number[], number[]] = [[row.index], [headFrom[i].index]]
      // Same layers on both sides: by digest where the reports carry them.
      if (row.diffId && row.diffId === headFrom[i].diffId)
        layers.push(
          withPackages({ ...paired, pairedBy: 'digest', score: 1 }, ...rows)
        )
      else layers.push(withPackages(paired, ...rows))
    })
  } else {
    layers.push(
      withPackages(
        change(
          aggregate(baseFrom, opts.baseImageRefs?.base, sizeOf),
          aggregate(headFrom, opts.baseImageRefs?.head, sizeOf),
          minChangeBytes
        ),
        baseFrom.map((row) => row.index),
        headFrom.map((row) => row.index)
      )
    )
  }

  const baseSteps = baseRows.slice(baseFrom.length)
  const headSteps = headRows.slice(headFrom.length)
  // Paths pair layers only when both sides have them: one side's alone says nothing.
  const bothPaths =
    base.files?.layerPaths !== undefined && head.files?.layerPaths !== undefined
  const stepsOf = (report: ImageReport, rows: LayerRow[]) => {
    const paths = new Map(
      (bothPaths ? (report.files?.layerPaths ?? []) : []).map((entry) => [
        entry.layer,
        entry.paths
      ])
    )
    return rows.map((row) => ({
      instruction: row.instruction,
      createdBy: row.createdBy,
      sizeBytes: sizeOf(row),
      diffId: row.diffId,
      buildArgs: row.buildArgs,
      paths: paths.get(row.index)
    }))
  }
  for (const match of matchSteps(
    stepsOf(base, baseSteps),
    stepsOf(head, headSteps)
  )) {
    const b = match.base.map((i) => side(baseSteps[i], sizeOf))
    const h = match.head.map((i) => side(headSteps[i], sizeOf))
    layers.push(
      withPackages(
        matchedChange(b, h, match, minChangeBytes),
        match.base.map((i) => baseSteps[i].index),
        match.head.map((i) => headSteps[i].index)
      )
    )
  }

  return {
    schemaVersion: 1,
    base: { ref: base.image.ref, totalBytes: total(base) },
    head: { ref: head.image.ref, totalBytes: total(head) },
    totalDeltaBytes: total(head) - total(base),
    layers,
    minChangeBytes,
    ...(compressed ? { measure: 'compressed' as const } : {})
  }
}

/** The FROM image of a built image and how many of its layers are that image's (src/baseline/from-image.ts finds it). */
export interface FromImage {
  ref: string
  layers: number
}

/** The comparison the action shows: the baseline against the head, with the base-image boundary where both sides know it. */
export function compareWithBaseline(
  baseline: { report: ImageReport; fromImage?: FromImage },
  head: ImageReport,
  options: { minChangeBytes?: number; headFrom?: FromImage } = {}
): Comparison {
  const both = baseline.fromImage && options.headFrom
  return compareReports(baseline.report, head, {
    minChangeBytes: options.minChangeBytes,
    ...(both
      ? {
          baseImageLayers: {
            base: baseline.fromImage!.layers,
            head: options.headFrom!.layers
          },
          baseImageRefs: {
            base: baseline.fromImage!.ref,
            head: options.headFrom!.ref
          }
        }
      : {})
  })
}
