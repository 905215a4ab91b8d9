// Manifest formats a registry serves for an image (opencontainers/image-spec manifest.md,
// image-index.md; distribution docs/spec/manifest-v2-2.md) and the choice of one platform
// from an index or manifest list.

import { InputError } from '../../errors.js'
import { quote } from '../../messages.js'

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
  dockerSchema1Signed:
    'application/vnd.docker.distribution.manifest.v1+prettyjws'
} as const

/** What the client accepts, most wanted first. */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest
]

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
  platform?: { os: string; architecture: string; variant?: string }
}

export interface ImageManifest {
  kind: 'manifest'
  mediaType: string
  config: Descriptor
  layers: Descriptor[]
}

export interface ImageIndex {
  kind: 'index'
  mediaType: string
  manifests: Descriptor[]
}

function isDescriptor(value: unknown): value is Descriptor {
  const d = value as Partial<Descriptor> | null
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.digest === 'string' &&
    typeof d.size === 'number' &&
    Number.isInteger(d.size) &&
    d.size >= 0
  )
}

/** Parses a manifest body; the kind comes from the Content-Type, else from the body's own mediaType and shape. */
export function parseManifest(
  body: Buffer,
  contentType: string,
  what: string
): ImageManifest | ImageIndex {
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>
  } catch {
    throw new InputError({
      input: what,
      problem: `the manifest of ${what} is not JSON`
    })
  }
  const mediaType =
    (typeof parsed.mediaType === 'string' && parsed.mediaType) || contentType
  if (
    mediaType === MEDIA_TYPES.dockerSchema1 ||
    mediaType === MEDIA_TYPES.dockerSchema1Signed ||
    parsed.schemaVersion === 1
  ) {
    throw new InputError({
      input: what,
      problem: `${what} has a Docker schema 1 manifest, which has no layer sizes`,
      fix: 'push it again with a current docker or skopeo'
    })
  }
  if (
    Array.isArray(parsed.manifests) ||
    mediaType === MEDIA_TYPES.ociIndex ||
    mediaType === MEDIA_TYPES.dockerList
  ) {
    const manifests = Array.isArray(parsed.manifests) ? parsed.manifests : []
    if (!manifests.every(isDescriptor))
      throw new InputError({
        input: what,
        problem: `the index of ${what} has an entry without a digest and size`
      })
    return { kind: 'index', mediaType, manifests }
  }
  if (
    !isDescriptor(parsed.config) ||
    !Array.isArray(parsed.layers) ||
    !parsed.layers.every(isDescriptor)
  ) {
    throw new InputError({
      input: what,
      problem: `the manifest of ${what} (${mediaType || 'no media type'}) has no config and layers; it is not an image`
    })
  }
  return {
    kind: 'manifest',
    mediaType,
    config: parsed.config,
    layers: parsed.layers
  }
}

export interface Platform {
  os: string
  architecture: string
  variant?: string
}

export function parsePlatform(text: string): Platform {
  const parts = text.trim().split('/')
  if (
    parts.length < 2 ||
    parts.length > 3 ||
    parts.some((p) => !/^[a-z0-9_.-]+$/i.test(p))
  ) {
    throw new InputError({
      input: '--platform',
      problem: `--platform must be os/arch[/variant] like linux/amd64 or linux/arm64/v8, not ${quote(text)}`
    })
  }
  return {
    os: parts[0],
    architecture: parts[1],
    ...(parts[2] ? { variant: parts[2] } : {})
  }
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant]
    .filter(Boolean)
    .join('/')
}

// containerd platforms.Normalize: arm64's only variant is v8, so "linux/arm64" and "linux/arm64/v8" are one platform.
function sameVariant(
  architecture: string,
  wanted: string | undefined,
  have: string | undefined
): boolean {
  if (wanted === undefined) return true
  const norm = (v: string | undefined) =>
    architecture === 'arm64' && (v === undefined || v === 'v8') ? 'v8' : v
  return norm(wanted) === norm(have)
}

export function platformMatches(
  wanted: Platform,
  have: Platform | undefined
): boolean {
  return (
    !!have &&
    have.os === wanted.os &&
    have.architecture === wanted.architecture &&
    sameVariant(have.architecture, wanted.variant, have.variant)
  )
}

/** Image entries of an index: BuildKit's attestation manifests (`unknown/unknown`) are not images. */
export function imageEntries(index: ImageIndex): Descriptor[] {
  return index.manifests.filter(
    (d) =>
      d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' &&
      !(d.platform?.os === 'unknown' && d.platform.architecture === 'unknown')
  )
}

/** The index entry for a platform, or an InputError listing the platforms that are there. */
export function selectPlatform(
  index: ImageIndex,
  wanted: Platform,
  what: string
): Descriptor {
  const entries = imageEntries(index)
  // An exact variant match first (linux/arm/v7 over linux/arm/v6), then any variant when none was asked.
  const found =
    entries.find(
      (d) => d.platform && formatPlatform(d.platform) === formatPlatform(wanted)
    ) ?? entries.find((d) => platformMatches(wanted, d.platform))
  if (found) return found
  const there = entries.map((d) =>
    d.platform ? formatPlatform(d.platform) : '(no platform)'
  )
  throw new InputError({
    input: '--platform',
    problem: `${what} has no ${formatPlatform(wanted)} image; platforms there: ${there.length ? there.join(', ') : 'none'}.`,
    fix: 'Choose one with --platform.'
  })
}
