// Layer facts: what a layer holds, measured once from its tar. A layer's content is fixed by
// its diffID (the digest of its uncompressed tar), so its exact bytes (counted as the legacy
// image store counts them, layerDiskBytes), its entry count and the blob an engine stores for
// it are a pure function of the diffID, kept in a content-addressed cache: a folder of small
// JSON files, one per diffID and one per blob digest. An engine whose own figures mean
// something else (the containerd image store: block-rounded snapshot usage per row,
// compressed blobs as the total; ../shared/notes/docker-formats.md, part D) is measured
// through its export, and only for the layers nobody has measured yet.
//
// Where the cache lives: IMAGE_SIZE_BUDGET_CACHE (a folder, or `off`); in the action the
// runner's tool cache (RUNNER_TOOL_CACHE, kept between jobs on a self-hosted runner), else
// RUNNER_TEMP; for the CLI $XDG_CACHE_HOME or ~/.cache. An entry carries a checksum of its
// own fields: one that does not read back whole (cut short, edited, for another diffID) is
// ignored and measured again, never trusted.

import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { layerDiskBytes } from '../model/listing.js'
import { log } from '../log.js'
import type { ImageReport, ImageStore, LayerRow } from '../model/report.js'
import type { ArchiveImage } from './archive/image.js'

export interface LayerFacts {
  /** The layer's diffID (`sha256:…` of its uncompressed tar). */
  diffId: string
  /** Content bytes as the legacy store counts them: regular files, symlink targets, hardlinks once. */
  sizeBytes: number
  /** Tar entries in the layer, when the layer itself was read (a report seeds bytes only). */
  entries?: number
  /** The blob an engine stores for the layer (containerd store): its digest and stored size, the pull size. */
  blob?: { digest: string; sizeBytes: number }
}

const DIGEST = /^([a-z0-9]+):([a-f0-9]{32,128})$/
const ENTRY_VERSION = 1

/** The cache folder in use, or undefined when caching is off. */
export function layerCacheDir(
  env: NodeJS.ProcessEnv = process.env
): string | undefined {
  const setting = env.IMAGE_SIZE_BUDGET_CACHE
  if (setting === 'off' || setting === '0') return undefined
  if (setting) return setting
  const base =
    env.GITHUB_ACTIONS === 'true'
      ? env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP
      : env.XDG_CACHE_HOME || path.join(homedir(), '.cache')
  return base ? path.join(base, 'image-size-budget', 'layers') : undefined
}

function checksum(facts: LayerFacts): string {
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex')
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** The facts an entry file holds, when it is whole and is about `key` (a diffID, or a blob digest). */
function parseEntry(
  text: string,
  key: string,
  by: 'diff' | 'blob'
): LayerFacts | undefined {
  let entry: unknown
  try {
    entry = JSON.parse(text)
  } catch {
    return undefined
  }
  const { v, facts, sum } = (entry ?? {}) as {
    v?: unknown
    facts?: Partial<LayerFacts>
    sum?: unknown
  }
  if (
    v !== ENTRY_VERSION ||
    !facts ||
    typeof facts !== 'object' ||
    typeof sum !== 'string'
  )
    return undefined
  if (
    typeof facts.diffId !== 'string' ||
    !DIGEST.test(facts.diffId) ||
    !isCount(facts.sizeBytes)
  )
    return undefined
  if (facts.entries !== undefined && !isCount(facts.entries)) return undefined
  if (
    facts.blob !== undefined &&
    (typeof facts.blob?.digest !== 'string' ||
      !DIGEST.test(facts.blob.digest) ||
      !isCount(facts.blob.sizeBytes))
  )
    return undefined
  const clean: LayerFacts = { diffId: facts.diffId, sizeBytes: facts.sizeBytes }
  if (facts.entries !== undefined) clean.entries = facts.entries
  if (facts.blob)
    clean.blob = { digest: facts.blob.digest, sizeBytes: facts.blob.sizeBytes }
  if (checksum(clean) !== sum) return undefined
  if ((by === 'diff' ? clean.diffId : clean.blob?.digest) !== key)
    return undefined
  return clean
}

/** The content-addressed cache of layer facts (a folder), or a no-op one when `dir` is undefined. */
export class LayerFactsCache {
  /** Entries read back whole, and entries found but ignored (damaged or not what their name says). */
  hits = 0
  ignored = 0

  constructor(readonly dir: string | undefined = layerCacheDir()) {}

  private file(by: 'diff' | 'blob', digest: string): string | undefined {
    const match = DIGEST.exec(digest)
    return this.dir && match
      ? path.join(this.dir, `${by}-${match[1]}-${match[2]}.json`)
      : undefined
  }

  private read(by: 'diff' | 'blob', digest: string): LayerFacts | undefined {
    const file = this.file(by, digest)
    if (!file) return undefined
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      return undefined
    }
    const facts = parseEntry(text, digest, by)
    if (facts) this.hits++
    else {
      this.ignored++
      log.debug(`layer cache: ignored the damaged entry ${file}`)
    }
    return facts
  }

  get(diffId: string): LayerFacts | undefined {
    return this.read('diff', diffId) ?? seeded.get(diffId)
  }

  /** The facts of the layer whose stored blob has this digest. */
  byBlob(digest: string): LayerFacts | undefined {
    return this.read('blob', digest)
  }

  /** Keeps facts (atomically: a reader never sees half an entry). A cache that cannot be written costs a re-measure, nothing else. */
  put(facts: LayerFacts): void {
    if (!this.dir) return
    const text = JSON.stringify({
      v: ENTRY_VERSION,
      facts,
      sum: checksum(facts)
    })
    const targets = [
      this.file('diff', facts.diffId),
      facts.blob ? this.file('blob', facts.blob.digest) : undefined
    ]
    try {
      mkdirSync(this.dir, { recursive: true })
      for (const target of targets) {
        if (!target) continue
        const temp = `${target}.${process.pid}.tmp`
        writeFileSync(temp, text)
        renameSync(temp, target)
      }
    } catch (error) {
      log.debug(
        `layer cache: cannot write under ${this.dir}: ${(error as Error).message}`
      )
    }
  }
}

// Facts seeded from reports at hand, for this process only: a report is input, not a
// measurement of ours, so what it says is never written into the cache that later runs trust.
const seeded = new Map<string, LayerFacts>()

/**
 * Seeds this run's layer facts from a report at hand (a baseline report holds its layers'
 * diffIDs and bytes): only from reports whose sizes are content bytes (an archive, a
 * registry image read with --uncompressed, an engine report that names its store). Layers
 * of the image being measured that the report covers then need no export. Returns how many
 * layers it added.
 */
export function seedLayerFacts(report: ImageReport): number {
  if (!reportHasContentBytes(report)) return 0
  let added = 0
  for (const row of report.layers) {
    if (
      row.empty ||
      !row.diffId ||
      !isCount(row.sizeBytes) ||
      !DIGEST.test(row.diffId) ||
      seeded.has(row.diffId)
    )
      continue
    seeded.set(row.diffId, { diffId: row.diffId, sizeBytes: row.sizeBytes })
    added++
  }
  return added
}

/** Whether a report's layer sizes are content bytes (the same quantity on every engine), so they can seed the cache. */
export function reportHasContentBytes(report: ImageReport): boolean {
  if (report.sizeKind === 'compressed') return false
  if (report.image.source === 'archive' || report.image.source === 'registry')
    return true
  // An engine report from before stores were told apart may come from a containerd store.
  return report.image.source === 'docker' && report.image.store !== undefined
}

/** The facts of every layer of an image read from an archive (the export of the engine, for `--files`). */
export function factsOfArchive(image: ArchiveImage): LayerFacts[] {
  const facts: LayerFacts[] = []
  let layer = 0
  for (const row of image.report.layers) {
    if (row.empty) continue
    const listing = image.listings[layer]
    const blob = image.blobs?.[layer]
    layer++
    if (!row.diffId) continue
    facts.push({
      diffId: row.diffId,
      sizeBytes: listing ? layerDiskBytes(listing) : row.sizeBytes,
      ...(listing ? { entries: listing.length } : {}),
      ...(blob ? { blob } : {})
    })
  }
  return facts
}

/**
 * The engine's report with each layer's exact bytes in place of the engine's own figure
 * (kept beside it, labelled): rows that made no layer hold 0, the total is the sum of the
 * layers, and the engine's numbers move to `engine`. The stored blobs' sizes are the pull
 * sizes. A layer without facts keeps the engine's figure, with a warning that says so.
 */
export function withMeasuredLayers(
  report: ImageReport,
  store: ImageStore,
  facts: Map<string, LayerFacts>
): ImageReport {
  const warnings = [...report.warnings]
  const unmeasured: number[] = []
  const layers = report.layers.map((row): LayerRow => {
    const engineSizeBytes = row.sizeBytes
    if (row.empty) return { ...row, sizeBytes: 0, engineSizeBytes }
    const known = row.diffId ? facts.get(row.diffId) : undefined
    if (!known) {
      unmeasured.push(row.index)
      return { ...row, engineSizeBytes }
    }
    const out: LayerRow = {
      ...row,
      sizeBytes: known.sizeBytes,
      engineSizeBytes
    }
    if (known.blob && out.compressedBytes === undefined)
      out.compressedBytes = known.blob.sizeBytes
    return out
  })
  if (unmeasured.length > 0) {
    warnings.push(
      `the layers of rows ${unmeasured.join(', ')} could not be measured; their sizes are the engine's (${store} store), not content bytes`
    )
  }
  const filesystem = layers.filter((row) => !row.empty)
  const compressed =
    filesystem.every((row) => row.compressedBytes !== undefined) &&
    filesystem.length > 0
  const result: ImageReport = {
    ...report,
    image: { ...report.image, store },
    totalBytes: layers.reduce((sum, row) => sum + row.sizeBytes, 0),
    layers,
    warnings,
    engine: {
      store,
      sizeBytes: report.layers.reduce((sum, row) => sum + row.sizeBytes, 0),
      totalBytes: report.totalBytes
    }
  }
  if (compressed && result.totalCompressedBytes === undefined)
    result.totalCompressedBytes = filesystem.reduce(
      (sum, row) => sum + row.compressedBytes!,
      0
    )
  return result
}
