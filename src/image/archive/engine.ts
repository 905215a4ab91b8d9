// An engine image's `docker save` archive as a source, streamed (engine-export.ts) without a
// temporary copy: the whole image with every layer listed (the file analysis), or only the
// facts of the layers not measured yet (exact sizes on an engine whose own figures mean
// something else; layer-facts.ts).

import { layerDiskBytes } from '../../model/listing.js'
import { InputError } from '../../errors.js'
import { exportFailureError, exportImage } from '../engine-export.js'
import type { LayerFacts, LayerFactsCache } from '../layer-facts.js'
import {
  blobDigest,
  locateImage,
  readImageFromSource,
  storedBlob,
  type ArchiveImage
} from './image.js'
import { StreamSource } from './source.js'

/**
 * Streams the export of `ref` into a StreamSource; `skip` names members to drop unread.
 * Layers are listed as they arrive, so `packages: false` applies from the start.
 */
async function exportToSource(
  ref: string,
  skip?: (name: string) => boolean,
  packages = true
): Promise<StreamSource> {
  const reader = StreamSource.start(`docker save ${ref}`, { skip, packages })
  const { failure, consumeError } = await exportImage(ref, (chunk) =>
    reader.feed(chunk)
  )
  // What the archive reader found wrong explains more than the engine's complaint about the reader stopping.
  if (consumeError !== undefined) throw consumeError
  if (failure) throw exportFailureError(ref, failure)
  return reader.finish()
}

/**
 * Streams the `docker save` archive of `ref` into the reader (from the engine's socket, or
 * the docker CLI; see engine-export.ts): nothing is written to disk and layer contents are
 * dropped as they pass. A failed export (no such image, no engine) is reported in the
 * engine's own words rather than as a broken archive. `packages: false` keeps no package
 * databases (no package attribution).
 */
export async function saveEngineImage(
  ref: string,
  options: { packages?: boolean } = {}
): Promise<ArchiveImage> {
  return readImageFromSource(
    await exportToSource(ref, undefined, options.packages !== false),
    {
      ref,
      packages: options.packages
    }
  )
}

/**
 * The facts of the layers of `ref` that `known` lacks, read from the engine's export: blobs
 * whose facts the cache already holds are dropped unread (a containerd-store export names
 * blobs by their stored digest, and writes them before the manifest that says which is which).
 */
export async function measureEngineLayers(
  ref: string,
  known: Map<string, LayerFacts>,
  cache: LayerFactsCache
): Promise<LayerFacts[]> {
  const skip = (name: string): boolean => {
    const digest = blobDigest(name)
    const facts = digest ? cache.byBlob(digest) : undefined
    return facts !== undefined && known.has(facts.diffId)
  }
  const source = await exportToSource(ref, skip)
  const located = await locateImage(source, { ref })
  const measured: LayerFacts[] = []
  for (const [i, name] of located.layerNames.entries()) {
    const diffId = located.diffIds[i]
    if (typeof diffId !== 'string')
      throw new InputError({
        input: ref,
        problem: `docker save ${ref}: the image config lists no diff_id for layer ${i}`
      })
    if (known.has(diffId) || measured.some((facts) => facts.diffId === diffId))
      continue
    const listing = await source.listLayer(name)
    const blob = storedBlob(source, name)
    measured.push({
      diffId,
      sizeBytes: layerDiskBytes(listing),
      entries: listing.length,
      ...(blob ? { blob } : {})
    })
  }
  return measured
}
