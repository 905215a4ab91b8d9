// Image source: an image in the Docker engine, read with `docker image inspect` and
// `docker history`. Yields an ImageReport, base layer first, whose sizes are content bytes
// on every engine: on the legacy image store the engine's figures are exactly that; on the
// containerd store they are not (block-rounded snapshot usage per row, compressed blobs as
// the total), so each layer's bytes come from its facts (layer-facts.ts: the cache, else the
// engine's export) and the engine's own figures are kept beside them, labelled.

import { InputError } from '../errors.js'
import { log } from '../log.js'
import type { ImageReport, ImageStore, LayerRow } from '../model/report.js'
import type { ArchiveImage } from './archive/image.js'
import {
  docker,
  DockerCommandError,
  isNoDockerCli,
  isNoEngine,
  noEngineMessage
} from './docker.js'
import { engineFailure, engineReadError } from './engine-errors.js'
import { decideEmpty, type Checkpoint } from './empty-layers.js'
import { parseHistoryOutput, type HistoryRow } from './history.js'

/** The parts of `docker image inspect` this tool reads (moby api/types ImageInspect). */
export interface ImageInspect {
  Id: string
  RepoTags?: string[] | null
  Size: number
  Architecture?: string
  Os?: string
  Variant?: string
  RootFS?: { Type: string; Layers?: string[] }
}

function engineError(ref: string, error: unknown): Error {
  // No client at all: docker.ts says what to install.
  if (isNoDockerCli(error))
    return new InputError({
      input: ref,
      problem: noEngineMessage(error, `read ${ref}`)
    })
  if (error instanceof DockerCommandError)
    return engineReadError(
      ref,
      engineFailure(error.message),
      // `docker image inspect`, `docker history`: the command without its flags.
      ['docker', ...error.args.filter((arg) => !arg.startsWith('-'))]
        .slice(0, error.args[0] === 'image' ? 3 : 2)
        .join(' ')
    )
  return error instanceof Error ? error : new Error(String(error))
}

/** `docker image inspect` with no format: a JSON array, from docker and podman alike (podman's `{{json .}}` spans lines). */
export async function inspectImages(refs: string[]): Promise<ImageInspect[]> {
  const { stdout } = await docker(['image', 'inspect', ...refs])
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    throw new InputError({
      input: refs.join(' '),
      problem: `the engine's image inspect output is not JSON: ${stdout.trim().slice(0, 120)}`,
      fix: 'check that DOCKER_HOST or IMAGE_SIZE_BUDGET_DOCKER point at a Docker engine and its client'
    })
  }
  if (!Array.isArray(parsed))
    throw new InputError({
      input: refs.join(' '),
      problem: "the engine's image inspect output is not a list of images",
      fix: 'check that DOCKER_HOST or IMAGE_SIZE_BUDGET_DOCKER point at a Docker engine and its client'
    })
  return parsed as ImageInspect[]
}

/** `docker history` as JSON: the `json` format shorthand (CLI 23.0+), else the Go template for older clients. */
export async function readHistory(ref: string): Promise<HistoryRow[]> {
  const base = ['history', '--no-trunc', '--human=false', '--format']
  let stdout: string
  try {
    stdout = (await docker([...base, 'json', ref])).stdout
    // A pre-23.0 client prints the literal word "json" for every row.
    if (/^json$/m.test(stdout))
      throw new DockerCommandError([], undefined, 'old client')
  } catch (error) {
    if (
      !(error instanceof DockerCommandError) ||
      isNoEngine(error) ||
      /No such image/i.test(error.message)
    )
      throw error
    stdout = (await docker([...base, '{{json .}}', ref])).stdout
  }
  return parseHistoryOutput(stdout)
}

const stores = new Map<string, Promise<ImageStore>>()

/**
 * The engine's image store, from `docker info` (once per engine address in a process): the
 * containerd store says `DriverStatus [["driver-type","io.containerd.snapshotter.v1"]]`
 * (../shared/notes/docker-formats.md, part D); podman's `info` has a `store` and no
 * `DriverStatus`. An engine that cannot say counts as legacy.
 */
export function engineStore(): Promise<ImageStore> {
  const key = `${process.env.DOCKER_HOST ?? ''}|${process.env.DOCKER_CONTEXT ?? ''}|${process.env.IMAGE_SIZE_BUDGET_DOCKER ?? ''}`
  let store = stores.get(key)
  if (!store) {
    store = docker(['info', '--format', '{{json .}}']).then(
      ({ stdout }) => storeOfInfo(stdout),
      (error: unknown) => {
        log.debug(
          `docker info failed (${(error as Error).message.split('\n')[0]}); taking the legacy store`
        )
        return 'legacy' as const
      }
    )
    stores.set(key, store)
  }
  return store
}

/** The store an `info` JSON (docker's or podman's) describes. */
export function storeOfInfo(text: string): ImageStore {
  let info: { DriverStatus?: unknown; store?: unknown; host?: unknown }
  try {
    info = JSON.parse(text) as typeof info
  } catch {
    return 'legacy'
  }
  if (Array.isArray(info.DriverStatus)) {
    return info.DriverStatus.some(
      (pair) =>
        Array.isArray(pair) &&
        pair[0] === 'driver-type' &&
        pair[1] === 'io.containerd.snapshotter.v1'
    )
      ? 'containerd'
      : 'legacy'
  }
  return info.store !== undefined && info.host !== undefined
    ? 'podman'
    : 'legacy'
}

export interface EngineReadOptions {
  /** The engine's export of the same image, when the caller streams it anyway (the file analysis): its layers give the exact sizes. */
  exported?: Promise<ArchiveImage>
}

/** Reads an image from the engine. Throws InputError for a missing image or no engine. */
export async function readEngineImage(
  ref: string,
  options: EngineReadOptions = {}
): Promise<ImageReport> {
  let inspect: ImageInspect
  let history: HistoryRow[]
  let store: ImageStore
  try {
    ;[[inspect], history, store] = await Promise.all([
      inspectImages([ref]),
      readHistory(ref),
      engineStore()
    ])
  } catch (error) {
    throw engineError(ref, error)
  }
  const rows = [...history].reverse() // base first
  const diffIds = inspect.RootFS?.Layers ?? []
  const warnings: string[] = []
  const inputs = rows.map((row) => ({
    sizeBytes: row.sizeBytes,
    hint: row.step.hint
  }))
  let decision = decideEmpty(inputs, [
    { row: rows.length - 1, layers: diffIds.length }
  ])
  // A 0-byte row that may or may not have made a layer (classic `RUN true` makes none, classic
  // `WORKDIR /new` makes one) is only known for sure from the intermediate images, which the
  // classic builder keeps: their RootFS counts pin each row down. One inspect call for all of them.
  const doubtful = inputs.some(
    (row) => row.sizeBytes === 0 && row.hint !== 'empty'
  )
  if (
    (doubtful || decision.contradiction) &&
    rows.some((row, i) => row.id && i < rows.length - 1)
  ) {
    const checkpoints = await intermediateCheckpoints(rows, diffIds.length)
    if (checkpoints.length > 1) decision = decideEmpty(inputs, checkpoints)
  }
  if (decision.contradiction)
    warnings.push(`history and layers disagree: ${decision.contradiction}`)
  if (decision.uncertainRows.length > 0) {
    const message = `could not decide exactly which history rows made layers (rows ${decision.uncertainRows.join(', ')}); their "empty" flags are a best guess`
    warnings.push(message)
    log.warning(message)
  }

  let layer = 0
  const layers: LayerRow[] = rows.map((row, index) => {
    const empty = decision.empty[index]
    const out: LayerRow = {
      index,
      instruction: row.step.instruction,
      createdBy: row.step.createdBy,
      sizeBytes: row.sizeBytes,
      empty
    }
    if (row.step.buildArgs) out.buildArgs = row.step.buildArgs
    if (row.id) out.id = row.id
    if (row.createdAt) out.createdAt = row.createdAt
    if (row.comment) out.comment = row.comment
    if (!empty && diffIds[layer]) out.diffId = diffIds[layer]
    if (!empty) layer++
    return out
  })

  const platform =
    [inspect.Os, inspect.Architecture, inspect.Variant]
      .filter(Boolean)
      .join('/') || undefined
  const report: ImageReport = {
    schemaVersion: 1,
    image: {
      ref,
      id: inspect.Id,
      source: 'docker',
      ...(platform ? { platform } : {}),
      store
    },
    totalBytes: inspect.Size,
    layers,
    warnings
  }
  if (store === 'legacy') return report
  const { measuredLayers } = await import('./engine-layers.js')
  return measuredLayers(report, store, diffIds, options.exported)
}

async function intermediateCheckpoints(
  rows: HistoryRow[],
  topLayers: number
): Promise<Checkpoint[]> {
  const checkpoints: Checkpoint[] = [
    { row: rows.length - 1, layers: topLayers }
  ]
  const known = rows
    .map((row, index) => ({ id: row.id, index }))
    .filter((r): r is { id: string; index: number } => !!r.id)
  if (known.length === 0) return checkpoints
  let inspected: ImageInspect[]
  try {
    inspected = await inspectImages(known.map((r) => r.id))
  } catch {
    return checkpoints // an intermediate image was pruned: keep the top count only
  }
  for (const [i, image] of inspected.entries()) {
    checkpoints.push({
      row: known[i].index,
      layers: image.RootFS?.Layers?.length ?? 0
    })
  }
  return checkpoints
}
