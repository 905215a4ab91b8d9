// Finds the image in an archive and turns it into the same ImageReport the engine source
// gives, plus each layer's listing. Layer order comes from the manifest, never from the
// order of blobs: `manifest.json` (docker-archive, legacy or Docker 25+, kaniko) when there
// is one, else `index.json` → index → manifest (OCI layout), choosing by platform.
// Rows come from the config's history (`empty_layer`), sizes from the listings counted as
// the engine's store counts them (../shared/notes/docker-formats.md, parts A and C).

import { createHash } from 'node:crypto'
import { layerDiskBytes, type LayerListing } from '../../model/listing.js'
import { InputError } from '../../errors.js'
import type { ImageReport, LayerRow } from '../../model/report.js'
import { parseCreatedBy } from '../history.js'
import { skipPackageDatabases } from './layer.js'
import type { ArchiveSource } from './source.js'

export interface ArchiveImage {
  report: ImageReport
  /** One listing per filesystem layer, base first (the same object when a layer repeats). */
  listings: LayerListing[]
  /** Per filesystem layer, the stored blob (digest and stored bytes) when the archive is an OCI layout read as a stream (an engine's export). */
  blobs?: ({ digest: string; sizeBytes: number } | undefined)[]
}

/** Where an image's parts are in an archive: its config and the member name of each layer, base first. */
export interface LocatedImage {
  configName: string
  configBytes: Buffer
  config: ImageConfig
  layerNames: string[]
  /** The config's diff_ids (strings only; checked against the layers by the report). */
  diffIds: unknown[]
  ref?: string
  warnings: string[]
}

export interface ArchiveReadOptions {
  /** `os/arch[/variant]`, to choose in an OCI index or a multi-image manifest.json. */
  platform?: string
  /** The ref to report (the engine ref for `docker save`); else the archive's own tag, else its path. */
  ref?: string
  /** false: keep no package databases while listing (`analyze --no-packages`); the report then has no package fields. */
  packages?: boolean
}

interface Descriptor {
  mediaType?: string
  digest?: string
  platform?: { os?: string; architecture?: string; variant?: string }
  annotations?: Record<string, string>
}

/** The parts of an image config read here and by the registry source (image-spec config.md; moby image.Image). */
export interface ImageConfig {
  os?: string
  architecture?: string
  variant?: string
  created?: string
  rootfs?: { diff_ids?: string[] }
  history?: {
    created?: string
    created_by?: string
    comment?: string
    empty_layer?: boolean
  }[]
}

interface Located {
  configName: string
  layerNames: string[]
  ref?: string
  warnings: string[]
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
])
const MANIFEST_TYPES = new Set([
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
])

async function readJson(
  source: ArchiveSource,
  name: string,
  what: string
): Promise<unknown> {
  if (!source.has(name))
    throw new InputError({
      input: source.label,
      problem: `${source.label}: the ${what} ${name} is missing from the archive`
    })
  const data = await source.read(name)
  try {
    return JSON.parse(data.toString('utf8'))
  } catch {
    throw new InputError({
      input: source.label,
      problem: `${source.label}: the ${what} ${name} is not valid JSON`
    })
  }
}

function blobName(
  digest: unknown,
  source: ArchiveSource,
  what: string
): string {
  const match =
    typeof digest === 'string'
      ? /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(digest)
      : null
  if (!match)
    throw new InputError({
      input: source.label,
      problem: `${source.label}: the ${what} has no valid digest (${JSON.stringify(digest)})`
    })
  return `blobs/${match[1]}/${match[2]}`
}

export function formatPlatform(
  p: { os?: string; architecture?: string; variant?: string } | undefined
): string {
  return [p?.os, p?.architecture, p?.variant].filter(Boolean).join('/')
}

function platformMatches(wanted: string, actual: string): boolean {
  const [os, arch, variant] = wanted.split('/')
  const [aos, aarch, avariant] = actual.split('/')
  return (
    os === aos &&
    (arch === undefined || arch === aarch) &&
    (variant === undefined || variant === avariant)
  )
}

export function hostPlatform(): string {
  const arch =
    (
      {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ia32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x'
      } as Record<string, string>
    )[process.arch] ?? process.arch
  return `linux/${arch}`
}

function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value)
}

async function locateFromManifestJson(
  source: ArchiveSource,
  options: ArchiveReadOptions
): Promise<Located> {
  const manifest = await readJson(source, 'manifest.json', 'manifest')
  if (!isArray(manifest) || manifest.length === 0)
    throw new InputError({
      input: source.label,
      problem: `${source.label}: manifest.json holds no image`
    })
  const entries = manifest.map((entry, i) => {
    const e = (entry ?? {}) as {
      Config?: unknown
      Layers?: unknown
      RepoTags?: unknown
    }
    if (
      typeof e.Config !== 'string' ||
      !isArray(e.Layers) ||
      !e.Layers.every((l) => typeof l === 'string')
    ) {
      throw new InputError({
        input: source.label,
        problem: `${source.label}: manifest.json entry ${i} lacks a Config name or a Layers list`
      })
    }
    const tags = isArray(e.RepoTags)
      ? e.RepoTags.filter((t): t is string => typeof t === 'string')
      : []
    return {
      configName: e.Config,
      layerNames: e.Layers as string[],
      ref: tags[0]
    }
  })
  const warnings: string[] = []
  let chosen = entries[0]
  if (entries.length > 1) {
    if (options.platform) {
      const found = []
      for (const entry of entries) {
        const config = (await readJson(
          source,
          entry.configName,
          'image config'
        )) as ImageConfig
        if (platformMatches(options.platform, formatPlatform(config)))
          found.push(entry)
      }
      if (found.length === 0)
        throw new InputError({
          input: '--platform',
          problem: `${source.label}: no image in manifest.json is for platform ${options.platform}`
        })
      chosen = found[0]
    } else {
      warnings.push(
        `the archive holds ${entries.length} images; read the first (${chosen.ref ?? chosen.configName})`
      )
    }
  }
  return { ...chosen, warnings }
}

async function locateFromIndex(
  source: ArchiveSource,
  options: ArchiveReadOptions
): Promise<Located> {
  const candidates: {
    descriptor: Descriptor
    platform: string
    ref?: string
  }[] = []
  const walk = async (
    name: string,
    depth: number,
    ref: string | undefined
  ): Promise<void> => {
    if (depth > 4)
      throw new InputError({
        input: source.label,
        problem: `${source.label}: image indexes nest too deep`
      })
    const index = (await readJson(source, name, 'image index')) as {
      manifests?: unknown
    }
    if (!index || !isArray(index.manifests))
      throw new InputError({
        input: source.label,
        problem: `${source.label}: ${name} has no "manifests" list`
      })
    for (const item of index.manifests) {
      const descriptor = (item ?? {}) as Descriptor
      if (
        descriptor.annotations?.['vnd.docker.reference.type'] ===
        'attestation-manifest'
      )
        continue
      const childRef =
        descriptor.annotations?.['io.containerd.image.name'] ??
        descriptor.annotations?.['org.opencontainers.image.ref.name'] ??
        ref
      let type = descriptor.mediaType
      if (!type || (!INDEX_TYPES.has(type) && !MANIFEST_TYPES.has(type))) {
        // Untyped descriptor: look at the blob.
        const blob = (await readJson(
          source,
          blobName(descriptor.digest, source, 'manifest descriptor'),
          'manifest'
        )) as { manifests?: unknown; layers?: unknown }
        type = isArray(blob?.manifests)
          ? [...INDEX_TYPES][0]
          : isArray(blob?.layers)
            ? [...MANIFEST_TYPES][0]
            : undefined
        if (!type) continue
      }
      if (INDEX_TYPES.has(type))
        await walk(
          blobName(descriptor.digest, source, 'index descriptor'),
          depth + 1,
          childRef
        )
      else
        candidates.push({
          descriptor,
          platform: formatPlatform(descriptor.platform),
          ref: childRef
        })
    }
  }
  await walk('index.json', 0, undefined)
  if (candidates.length === 0)
    throw new InputError({
      input: source.label,
      problem: `${source.label}: index.json names no image manifest`
    })
  const warnings: string[] = []
  let chosen = candidates[0]
  if (candidates.length > 1 || options.platform) {
    const wanted = options.platform
    const matching = wanted
      ? candidates.filter(
          (c) => !c.platform || platformMatches(wanted, c.platform)
        )
      : candidates.filter((c) => c.platform === hostPlatform())
    const platforms = [
      ...new Set(candidates.map((c) => c.platform || 'unknown'))
    ].join(', ')
    if (matching.length === 0) {
      throw new InputError(
        wanted
          ? {
              input: '--platform',
              problem: `${source.label}: no image for platform ${wanted}; the index has ${platforms}`
            }
          : {
              input: source.label,
              problem: `${source.label}: the index holds images for ${platforms}`,
              fix: 'choose one with --platform'
            }
      )
    }
    chosen = matching[0]
    if (!wanted)
      warnings.push(
        `the index holds several images (${platforms}); read the one for this host, ${hostPlatform()}`
      )
  }
  const manifest = (await readJson(
    source,
    blobName(chosen.descriptor.digest, source, 'manifest descriptor'),
    'image manifest'
  )) as {
    config?: Descriptor
    layers?: unknown
  }
  if (!manifest?.config || !isArray(manifest.layers))
    throw new InputError({
      input: source.label,
      problem: `${source.label}: the image manifest has no config or layers`
    })
  return {
    configName: blobName(manifest.config.digest, source, 'config descriptor'),
    layerNames: manifest.layers.map((layer, i) =>
      blobName(
        (layer as Descriptor | null)?.digest,
        source,
        `layer descriptor ${i}`
      )
    ),
    ref: chosen.ref,
    warnings
  }
}

function historyRows(
  config: ImageConfig,
  layerBytes: number[],
  label: string
): LayerRow[] {
  const diffIds = config.rootfs?.diff_ids ?? []
  const history = isArray(config.history) ? config.history : []
  if (diffIds.length !== layerBytes.length) {
    throw new InputError({
      input: label,
      problem: `${label}: the image config lists ${diffIds.length} layer diff_ids but the manifest names ${layerBytes.length} layers`
    })
  }
  if (history.length === 0) {
    // History is optional in the image spec: one unnamed row per layer.
    return layerBytes.map((sizeBytes, index) => ({
      index,
      instruction: '',
      createdBy: '',
      sizeBytes,
      empty: false,
      ...(diffIds[index] ? { diffId: diffIds[index] } : {})
    }))
  }
  const nonEmpty = history.filter((h) => !h?.empty_layer).length
  if (nonEmpty !== layerBytes.length) {
    throw new InputError({
      input: label,
      problem: `${label}: the image history names ${nonEmpty} layers but the image has ${layerBytes.length}; the archive is inconsistent`
    })
  }
  let layer = 0
  return history.map((h, index) => {
    const row = historyRow(h ?? {}, index)
    if (!row.empty) {
      row.sizeBytes = layerBytes[layer]
      if (diffIds[layer]) row.diffId = diffIds[layer]
      layer++
    }
    return row
  })
}

/** The row of one config history entry (sizes and diff_id are the caller's: it pairs rows with layers). */
export function historyRow(
  entry: NonNullable<ImageConfig['history']>[number],
  index: number
): LayerRow {
  const step = parseCreatedBy(
    typeof entry.created_by === 'string' ? entry.created_by : '',
    typeof entry.comment === 'string' ? entry.comment : ''
  )
  const row: LayerRow = {
    index,
    instruction: step.instruction,
    createdBy: step.createdBy,
    sizeBytes: 0,
    empty: !!entry.empty_layer
  }
  if (step.buildArgs) row.buildArgs = step.buildArgs
  if (typeof entry.created === 'string') row.createdAt = entry.created
  if (typeof entry.comment === 'string' && entry.comment)
    row.comment = entry.comment
  return row
}

/** Finds the image in an archive: manifest.json or index.json, then its config; checks that every layer it names is there. */
export async function locateImage(
  source: ArchiveSource,
  options: ArchiveReadOptions = {}
): Promise<LocatedImage> {
  const located = source.has('manifest.json')
    ? await locateFromManifestJson(source, options)
    : source.has('index.json')
      ? await locateFromIndex(source, options)
      : undefined
  if (!located) {
    throw new InputError({
      input: source.label,
      problem: `${source.label} is neither a docker-archive (no manifest.json) nor an OCI layout (no index.json)`
    })
  }
  const configBytes = await source
    .read(located.configName)
    .catch((error: unknown) => {
      if (!source.has(located.configName))
        throw new InputError({
          input: source.label,
          problem: `${source.label}: the image config ${located.configName} is missing from the archive`
        })
      throw error
    })
  let config: ImageConfig
  try {
    config = JSON.parse(configBytes.toString('utf8')) as ImageConfig
    if (!config || typeof config !== 'object') throw new Error('not an object')
  } catch {
    throw new InputError({
      input: source.label,
      problem: `${source.label}: the image config ${located.configName} is not valid JSON`
    })
  }
  for (const name of located.layerNames) {
    if (!source.has(name))
      throw new InputError({
        input: source.label,
        problem: `${source.label}: the manifest names layer ${name}, which is not in the archive`
      })
  }
  const diffIds = isArray(config.rootfs?.diff_ids) ? config.rootfs.diff_ids : []
  return { ...located, configBytes, config, diffIds }
}

/** The stored blob behind a layer member, when the source knows member sizes and the member is a `blobs/<alg>/<hex>`. */
export function storedBlob(
  source: ArchiveSource,
  name: string
): { digest: string; sizeBytes: number } | undefined {
  const digest = blobDigest(name)
  const sizeBytes = source.storedBytes?.(name)
  return digest && sizeBytes !== undefined ? { digest, sizeBytes } : undefined
}

/** The digest a blob member name stands for (`blobs/sha256/<hex>`), if it is one. */
export function blobDigest(name: string): string | undefined {
  const match = /^blobs\/([a-z0-9]+)\/([a-f0-9]{32,128})$/.exec(name)
  return match ? `${match[1]}:${match[2]}` : undefined
}

/** Reads the image an archive source holds: the report (rows and sizes) and every layer's listing. */
export async function readImageFromSource(
  source: ArchiveSource,
  options: ArchiveReadOptions = {}
): Promise<ArchiveImage> {
  const located = await locateImage(source, options)
  const { config, configBytes, diffIds } = located
  if (options.packages === false) skipPackageDatabases(source.paths)
  // A layer that repeats (same diff_id; pre-25 `docker save` links the repeat to the first
  // layer.tar) is read once and shared.
  const byKey = new Map<string, LayerListing>()
  const listings: LayerListing[] = []
  for (const [i, name] of located.layerNames.entries()) {
    const key =
      typeof diffIds[i] === 'string' ? `diff ${diffIds[i]}` : `name ${name}`
    let listing = byKey.get(key)
    if (!listing) byKey.set(key, (listing = await source.listLayer(name)))
    listings.push(listing)
  }
  const layerBytes = listings.map(layerDiskBytes)
  const layers = historyRows(config, layerBytes, source.label)
  const platform = formatPlatform(config)
  return {
    report: {
      schemaVersion: 1,
      image: {
        ref: options.ref ?? located.ref ?? source.label,
        id: `sha256:${createHash('sha256').update(configBytes).digest('hex')}`,
        source: 'archive',
        ...(platform ? { platform } : {})
      },
      totalBytes: layerBytes.reduce((a, b) => a + b, 0),
      layers,
      warnings: located.warnings
    },
    listings,
    ...(source.storedBytes
      ? { blobs: located.layerNames.map((name) => storedBlob(source, name)) }
      : {})
  }
}
