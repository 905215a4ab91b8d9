// The exact layer sizes of an image on an engine whose own figures are not content bytes
// (the containerd store): facts from the cache, from the export the caller streams anyway,
// or from an export of our own for the layers nobody has measured. Loaded only there.

import { log } from '../log.js'
import type { ImageReport, ImageStore } from '../model/report.js'
import type { ArchiveImage } from './archive/image.js'
import {
  factsOfArchive,
  LayerFactsCache,
  withMeasuredLayers,
  type LayerFacts
} from './layer-facts.js'

export async function measuredLayers(
  report: ImageReport,
  store: ImageStore,
  diffIds: string[],
  exported?: Promise<ArchiveImage>
): Promise<ImageReport> {
  const cache = new LayerFactsCache()
  const facts = new Map<string, LayerFacts>()
  let cached = 0
  let measured = 0
  if (exported) {
    for (const layer of factsOfArchive(await exported)) {
      if (facts.has(layer.diffId)) continue
      facts.set(layer.diffId, layer)
      cache.put(layer)
      measured++
    }
  } else {
    for (const diffId of new Set(diffIds)) {
      const known = cache.get(diffId)
      if (known) facts.set(diffId, known)
    }
    cached = facts.size
    if (facts.size < new Set(diffIds).size) {
      const { measureEngineLayers } = await import('./archive/engine.js')
      for (const layer of await measureEngineLayers(
        report.image.ref,
        facts,
        cache
      )) {
        facts.set(layer.diffId, layer)
        cache.put(layer)
        measured++
      }
    }
  }
  const where = cache.dir ? `cache ${cache.dir}` : 'cache off'
  // A line of the action's log; the CLI keeps stderr for problems (IMAGE_SIZE_BUDGET_DEBUG shows it).
  ;(process.env.GITHUB_ACTIONS === 'true' ? log.info : log.debug)(
    `${report.image.ref}: the engine keeps images in the ${store} store, whose sizes are not content bytes; ` +
      `layer sizes measured from the layers: ${cached} from the cache, ${measured} read from the engine's export (${where})` +
      (cache.ignored > 0
        ? `; ${cache.ignored} damaged cache entries ignored`
        : '')
  )
  return withMeasuredLayers(report, store, facts)
}
