// Image source: an image in a registry, read without pulling it. The manifest gives each
// layer's compressed (pull) size; the config blob gives the history, so the rows are the
// ones the engine shows for the same image (same parseCreatedBy; `empty` is the config's
// empty_layer, exact). Uncompressed sizes are not in a registry: they are counted by
// streaming each layer blob only when asked (`uncompressed`); otherwise sizeBytes holds the
// compressed size and the report says so with sizeKind: 'compressed'.

import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { InputError } from '../../errors.js'
import { log } from '../../log.js'
import { layerDiskBytes } from '../../model/listing.js'
import type { ImageReport, LayerRow } from '../../model/report.js'
import { historyRow, type ImageConfig } from '../archive/image.js'
import { listLayerStream } from '../archive/layer.js'
import { RegistryClient, type RegistryClientOptions } from './client.js'
import {
  formatPlatform,
  MANIFEST_ACCEPT,
  parseManifest,
  parsePlatform,
  platformMatches,
  selectPlatform,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Platform
} from './manifest.js'
import {
  formatRegistryRef,
  insecureRegistries,
  parseRegistryRef,
  type RegistryRef
} from './reference.js'
import { quote } from '../../messages.js'

export const DEFAULT_PLATFORM = 'linux/amd64'

export interface RegistryReadOptions {
  /** `os/arch[/variant]` to pick from an index; default linux/amd64. Given, it is also checked against a single-platform image. */
  platform?: string
  /** Stream every layer blob to count its uncompressed bytes the way the engine does (downloads the layers, stores nothing). */
  uncompressed?: boolean
  /** `--insecure-registry` hosts; IMAGE_SIZE_BUDGET_INSECURE_REGISTRIES is added. */
  insecureRegistries?: string[]
  env?: NodeJS.ProcessEnv
  client?: Omit<RegistryClientOptions, 'insecure' | 'env'>
}

interface Resolved {
  client: RegistryClient
  ref: RegistryRef
  top: ImageManifest | ImageIndex
  topDigest: string
}

function clientFor(
  ref: RegistryRef,
  options: RegistryReadOptions
): RegistryClient {
  const env = options.env ?? process.env
  return new RegistryClient(ref.registry, {
    ...options.client,
    env,
    insecure: insecureRegistries(options.insecureRegistries, env)
  })
}

async function resolve(
  refText: string,
  options: RegistryReadOptions
): Promise<Resolved> {
  const ref = parseRegistryRef(refText)
  const client = clientFor(ref, options)
  client.beginOperation(formatRegistryRef(ref))
  const reference = ref.digest ?? (ref.tag as string)
  const response = await client.getManifest(
    ref.repository,
    reference,
    MANIFEST_ACCEPT
  )
  return {
    client,
    ref,
    top: parseManifest(
      response.body,
      response.mediaType,
      formatRegistryRef(ref)
    ),
    topDigest: response.digest
  }
}

/** The image manifest for one platform: the index entry (one level of nesting followed), or the single manifest. */
async function manifestFor(
  resolved: Resolved,
  platform: Platform
): Promise<{ manifest: ImageManifest; digest: string }> {
  const what = formatRegistryRef(resolved.ref)
  let current = resolved.top
  let digest = resolved.topDigest
  for (let depth = 0; current.kind === 'index'; depth++) {
    if (depth >= 2)
      throw new InputError({
        input: what,
        problem: `${what} nests indexes more than two deep; this tool reads at most an index of indexes`
      })
    const entry: Descriptor = selectPlatform(current, platform, what)
    const response = await resolved.client.getManifest(
      resolved.ref.repository,
      entry.digest,
      MANIFEST_ACCEPT
    )
    current = parseManifest(
      response.body,
      response.mediaType || entry.mediaType,
      `${what} (${formatPlatform(platform)})`
    )
    digest = response.digest
  }
  return { manifest: current, digest }
}

/** Refuses media types that are not layer tars (plain, gzip or zstd) before any of the blob is read. */
function checkLayerMediaType(layer: Descriptor, what: string): void {
  const type = layer.mediaType
  if (
    /gzip$/.test(type) ||
    /zstd$/.test(type) ||
    /\.tar$/.test(type) ||
    type === 'application/vnd.docker.image.rootfs.diff.tar'
  )
    return
  throw new InputError({
    input: '--uncompressed',
    problem: `${what} has a layer of media type ${quote(type)}, which this tool cannot read for uncompressed sizes`,
    fix: 'drop --uncompressed to report compressed sizes'
  })
}

async function countLayer(
  client: RegistryClient,
  repository: string,
  layer: Descriptor,
  what: string
): Promise<number> {
  // The media type must name a layer tar; which compression, the blob's own first bytes tell.
  checkLayerMediaType(layer, what)
  const body = await client.openBlob(repository, layer.digest)
  const label = `layer ${layer.digest} of ${what}`
  try {
    // Listed as an archive's layer is, so the size is counted exactly as for the engine and archives.
    return layerDiskBytes(
      await listLayerStream(
        Readable.fromWeb(body as WebReadableStream<Uint8Array>)
      )
    )
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError({
        input: what,
        problem: `${label}: ${error.problem}`,
        fix: error.fix
      })
    throw new InputError({
      input: what,
      problem: `could not read ${label}: ${(error as Error).message}`
    })
  }
}

/** Reads the image of one platform into a report. */
async function reportFor(
  resolved: Resolved,
  platformText: string | undefined,
  options: RegistryReadOptions
): Promise<ImageReport> {
  const { client, ref } = resolved
  const what = formatRegistryRef(ref)
  const wanted = parsePlatform(platformText ?? DEFAULT_PLATFORM)
  // Each platform's manifest and config are one operation, with its own deadline (limits.ts).
  client.beginOperation(`${what} (${formatPlatform(wanted)})`)
  const { manifest, digest } = await manifestFor(resolved, wanted)

  let config: ImageConfig
  try {
    config = JSON.parse(
      (await client.getBlob(ref.repository, manifest.config.digest)).toString(
        'utf8'
      )
    ) as ImageConfig
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError({
      input: what,
      problem: `the config blob of ${what} is not JSON`
    })
  }
  const have: Platform | undefined =
    config.os && config.architecture
      ? {
          os: config.os,
          architecture: config.architecture,
          ...(config.variant ? { variant: config.variant } : {})
        }
      : undefined
  // A single-platform image: a platform that was asked for explicitly must be the one it has.
  if (
    resolved.top.kind === 'manifest' &&
    platformText !== undefined &&
    !platformMatches(wanted, have)
  ) {
    throw new InputError({
      input: '--platform',
      problem: `${what} is a single-platform image for ${have ? formatPlatform(have) : 'an unknown platform'}; it has no ${formatPlatform(wanted)} image.`,
      fix: `Choose ${have ? formatPlatform(have) : 'its platform'} with --platform.`
    })
  }

  const warnings: string[] = []
  const layers = manifest.layers
  const history = config.history ?? []
  const diffIds = config.rootfs?.diff_ids ?? []
  const rows: LayerRow[] = []
  let layer = 0
  for (const entry of history) {
    const row = historyRow(entry ?? {}, rows.length)
    if (!row.empty && layer < layers.length) {
      if (diffIds[layer]) row.diffId = diffIds[layer]
      row.compressedBytes = layers[layer].size
      layer++
    }
    rows.push(row)
  }
  if (
    history.length > 0 &&
    (layer !== layers.length ||
      rows.filter((r) => !r.empty).length !== layers.length)
  ) {
    warnings.push(
      `the config's history has ${rows.filter((r) => !r.empty).length} rows that made layers but the manifest has ${layers.length} layers; rows and layers were paired in order`
    )
  }
  // Layers the history does not account for (no history at all, or too short) still count, as unnamed rows.
  for (; layer < layers.length; layer++) {
    const row: LayerRow = {
      index: rows.length,
      instruction: '',
      createdBy: '',
      sizeBytes: 0,
      empty: false,
      compressedBytes: layers[layer].size
    }
    if (diffIds[layer]) row.diffId = diffIds[layer]
    rows.push(row)
  }

  const withBlob = rows.filter((r) => r.compressedBytes !== undefined)
  const totalCompressedBytes = withBlob.reduce(
    (sum, r) => sum + (r.compressedBytes ?? 0),
    0
  )
  let totalBytes: number
  let sizeKind: 'compressed' | undefined
  if (options.uncompressed) {
    const counted = new Map<string, number>()
    let i = 0
    for (const row of withBlob) {
      const descriptor = layers[i++]
      if (!counted.has(descriptor.digest)) {
        log.debug(
          `registry: reading ${descriptor.digest} (${descriptor.size} bytes) of ${what} for its uncompressed size`
        )
        counted.set(
          descriptor.digest,
          await countLayer(client, ref.repository, descriptor, what)
        )
      }
      row.sizeBytes = counted.get(descriptor.digest) as number
    }
    totalBytes = withBlob.reduce((sum, r) => sum + r.sizeBytes, 0)
  } else {
    for (const row of withBlob) row.sizeBytes = row.compressedBytes ?? 0
    totalBytes = totalCompressedBytes
    sizeKind = 'compressed'
  }

  const platform = have ? formatPlatform(have) : undefined
  return {
    schemaVersion: 1,
    image: {
      ref: ref.text,
      id: manifest.config.digest,
      source: 'registry',
      digest,
      ...(platform ? { platform } : {})
    },
    totalBytes,
    ...(sizeKind ? { sizeKind } : {}),
    totalCompressedBytes,
    layers: rows,
    warnings
  }
}

/** Reads one image from its registry: the platform's manifest, its config and (when asked) its layers. Nothing is pulled into an engine. */
export async function readRegistryImage(
  refText: string,
  options: RegistryReadOptions = {}
): Promise<ImageReport> {
  const resolved = await resolve(refText, options)
  return reportFor(resolved, options.platform, options)
}

/** One report per platform of a multi-arch image (budget files' `platforms:`), reading the index once. */
export async function readRegistryImages(
  refText: string,
  platforms: string[],
  options: Omit<RegistryReadOptions, 'platform'> = {}
): Promise<ImageReport[]> {
  if (platforms.length === 0)
    throw new InputError({
      input: '--platform',
      problem: `no platforms given for ${refText}`,
      fix: 'name at least one, e.g. linux/amd64'
    })
  const resolved = await resolve(refText, options)
  const reports: ImageReport[] = []
  for (const platform of platforms)
    reports.push(await reportFor(resolved, platform, options))
  return reports
}
