// Test data for the comment: ImageResult / RunReport objects assembled from captured
// `analyze --json` reports of real images (test/fixtures/reports/*.analyze.json, see the
// README there). The base/head alignment is written out by hand in each test, as pairs
// of layer indexes, so a reader sees which layer is compared with which; the comparison
// figures are then plain arithmetic on the real sizes.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type {
  AppliedBudget,
  Comparison,
  ImageReport,
  ImageResult,
  LayerChange,
  LayerRow,
  RunReport,
  Violation
} from '../../src/model/report.js'

export const REPORT_FIXTURES = path.resolve('test/fixtures/reports')

export function loadAnalyze(name: string): ImageReport {
  return JSON.parse(
    readFileSync(path.join(REPORT_FIXTURES, `${name}.analyze.json`), 'utf8')
  ) as ImageReport
}

/** [base row index, head row index]; null on one side for a removed or added layer. */
export type Pair = [number | null, number | null]

/** Pairs the layer rows (non-empty) one to one by position: for two builds of the same Dockerfile. */
export function pairByPosition(base: ImageReport, head: ImageReport): Pair[] {
  const b = base.layers.filter((l) => !l.empty)
  const h = head.layers.filter((l) => !l.empty)
  const pairs: Pair[] = []
  for (let i = 0; i < Math.max(b.length, h.length); i++)
    pairs.push([b[i]?.index ?? null, h[i]?.index ?? null])
  return pairs
}

function side(row: LayerRow | undefined) {
  return row
    ? {
        index: row.index,
        instruction: row.instruction,
        createdBy: row.createdBy,
        sizeBytes: row.sizeBytes
      }
    : null
}

export function compareReports(
  base: ImageReport,
  head: ImageReport,
  pairs: Pair[],
  minChangeBytes = 10_000
): Comparison {
  const layers: LayerChange[] = pairs.map(([b, h]) => {
    const baseRow = b === null ? undefined : base.layers[b]
    const headRow = h === null ? undefined : head.layers[h]
    if ((b !== null && !baseRow) || (h !== null && !headRow))
      throw new Error(`no layer row ${b}/${h}`)
    const deltaBytes = (headRow?.sizeBytes ?? 0) - (baseRow?.sizeBytes ?? 0)
    const status = !baseRow
      ? 'added'
      : !headRow
        ? 'removed'
        : deltaBytes > 0
          ? 'grew'
          : deltaBytes < 0
            ? 'shrank'
            : 'unchanged'
    return { status, base: side(baseRow), head: side(headRow), deltaBytes }
  })
  return {
    schemaVersion: 1,
    base: { ref: base.image.ref, totalBytes: base.totalBytes },
    head: { ref: head.image.ref, totalBytes: head.totalBytes },
    totalDeltaBytes: head.totalBytes - base.totalBytes,
    layers,
    minChangeBytes
  }
}

export function imageResult(
  head: ImageReport,
  options: {
    name: string
    comparison?: Comparison | null
    baselineNote?: string
    budget?: AppliedBudget
    violations?: Violation[]
  }
): ImageResult {
  const violations = options.violations ?? []
  const result: ImageResult = {
    ...head,
    name: options.name,
    status: violations.length > 0 ? 'fail' : 'pass',
    violations,
    comparison: options.comparison ?? null
  }
  if (options.budget) result.budget = options.budget
  if (options.baselineNote) result.baselineNote = options.baselineNote
  return result
}

export function runReport(
  images: ImageResult[],
  units?: 'si' | 'iec'
): RunReport {
  const violations = images.flatMap((image) => image.violations)
  const run: RunReport = {
    schemaVersion: 1,
    status: violations.length > 0 ? 'fail' : 'pass',
    violations,
    images
  }
  if (units) run.units = units
  return run
}

/** The story's PR: main has the merged RUN (2.5 MB), the PR splits it and ships 69.6 MB; budget 50 MB total, 20 MB per layer. */
export function splitLayersPr(): ImageResult {
  const base = loadAnalyze('merged-run')
  const head = loadAnalyze('split-layers')
  // merged-run: 0 base, 1 one RUN that adds and deletes the deps, 2 ENTRYPOINT (empty).
  // split-layers: 0 base, 1 RUN adds deps, 2 RUN builds the signer, 3 RUN rm, 4 ENTRYPOINT (empty).
  // Different instructions, so the merged RUN is removed and the three RUNs are added.
  const comparison = compareReports(base, head, [
    [0, 0],
    [1, null],
    [null, 1],
    [null, 2],
    [null, 3]
  ])
  const limit = 50_000_000
  return imageResult(head, {
    name: 'signer',
    comparison,
    budget: { totalBytes: limit, layerBytes: 20_000_000 },
    violations: [
      {
        image: 'signer',
        rule: 'total',
        limitBytes: limit,
        actualBytes: head.totalBytes
      },
      {
        image: 'signer',
        rule: 'layer',
        layer: {
          index: 1,
          instruction: 'RUN',
          createdBy: head.layers[1].createdBy
        },
        limitBytes: 20_000_000,
        actualBytes: head.layers[1].sizeBytes
      }
    ]
  })
}

/** The fix PR: main has split-layers, the PR merges the RUNs back. */
export function mergedRunPr(): ImageResult {
  const base = loadAnalyze('split-layers')
  const head = loadAnalyze('merged-run')
  const comparison = compareReports(base, head, [
    [0, 0],
    [1, null],
    [2, null],
    [3, null],
    [null, 1]
  ])
  return imageResult(head, {
    name: 'signer',
    comparison,
    budget: { totalBytes: 50_000_000 }
  })
}

/** The 100-layer image: SCALE=1 on main, SCALE=2 in the PR (every tenth layer doubles). */
export function manyLayersPr(): ImageResult {
  const base = loadAnalyze('many-layers.base')
  const head = loadAnalyze('many-layers.pr')
  const comparison = compareReports(base, head, pairByPosition(base, head))
  return imageResult(head, {
    name: 'many-layers',
    comparison,
    budget: { totalBytes: 24_000_000 },
    violations: [
      {
        image: 'many-layers',
        rule: 'total',
        limitBytes: 24_000_000,
        actualBytes: head.totalBytes
      }
    ]
  })
}

/** A PR whose head is the hostile image (instructions with HTML, mentions, fences) against split-layers. */
export function hostileRun(): RunReport {
  const head = loadAnalyze('hostile')
  const base = loadAnalyze('split-layers')
  // Base: the split-layers image; head: the hostile one. Only the base layer is shared.
  const comparison = compareReports(base, head, [
    [0, 0],
    [1, null],
    [2, null],
    [3, null],
    [null, 1],
    [null, 2]
  ])
  return runReport([
    imageResult(head, {
      name: 'hostile <img src=x onerror=alert(3)> @octocat',
      comparison
    })
  ])
}
