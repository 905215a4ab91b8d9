// Where the FROM image ends in a built image: the image a Dockerfile's target stage
// starts from (following `FROM <earlier stage>` back to an outside image), and how many of
// the built image's layers are that image's. compareReports uses the count to tell the
// base image's rows from the Dockerfile's own steps, which history alone cannot tell.

import { readFile } from 'node:fs/promises'
import { inspectImages } from '../image/engine.js'
import type { ImageReport } from '../model/report.js'

interface Stage {
  from: string
  name?: string
}

/** Joins `\` continuations and drops comments: the logical instructions of a Dockerfile. */
function instructions(text: string): string[] {
  const out: string[] = []
  let current = ''
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (current === '' && (line.startsWith('#') || line === '')) continue
    if (line.startsWith('#')) continue // a comment inside a continuation
    if (line.endsWith('\\')) {
      current += line.slice(0, -1) + ' '
      continue
    }
    out.push((current + line).trim())
    current = ''
  }
  if (current.trim()) out.push(current.trim())
  return out
}

function substitute(
  text: string,
  args: Record<string, string>
): string | undefined {
  let unresolved = false
  const value = text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (
      _all,
      braced: string | undefined,
      fallback: string | undefined,
      bare: string | undefined
    ) => {
      const name = (braced ?? bare) as string
      if (args[name] !== undefined && args[name] !== '') return args[name]
      if (fallback !== undefined) return fallback
      unresolved = true
      return ''
    }
  )
  return unresolved ? undefined : value
}

/**
 * The outside image the target stage (or the last stage) is built on: a ref, 'scratch', or
 * undefined when the Dockerfile does not say plainly (an unset ARG in FROM, no FROM).
 */
export function finalFromImage(
  dockerfile: string,
  options: { buildArgs?: Record<string, string>; target?: string } = {}
): string | undefined {
  const globalArgs: Record<string, string> = {}
  const stages: Stage[] = []
  for (const line of instructions(dockerfile)) {
    const [keyword, ...rest] = line.split(/\s+/)
    const upper = keyword.toUpperCase()
    if (upper === 'ARG' && stages.length === 0) {
      // Global ARGs (before the first FROM) are the only ones FROM can use.
      for (const item of rest) {
        const eq = item.indexOf('=')
        const name = eq >= 0 ? item.slice(0, eq) : item
        globalArgs[name] =
          options.buildArgs?.[name] ??
          (eq >= 0 ? item.slice(eq + 1).replace(/^"(.*)"$/, '$1') : '')
      }
    } else if (upper === 'FROM') {
      const words = rest.filter((word) => !word.startsWith('--'))
      if (words.length === 0) return undefined
      const from = substitute(words[0], { ...globalArgs })
      if (from === undefined) return undefined
      const name =
        words[1]?.toUpperCase() === 'AS' ? words[2]?.toLowerCase() : undefined
      stages.push({ from, name })
    }
  }
  if (stages.length === 0) return undefined
  let stage = options.target
    ? stages.find((s) => s.name === options.target!.toLowerCase())
    : stages[stages.length - 1]
  // Follow FROM <earlier stage> back to an outside image; a stage can only name an earlier one.
  for (let hops = 0; stage && hops < stages.length; hops++) {
    const position = stages.indexOf(stage)
    const earlier = stages
      .slice(0, position)
      .find((s) => s.name === stage!.from.toLowerCase())
    if (!earlier) return stage.from
    stage = earlier
  }
  return undefined
}

/**
 * How many leading filesystem layers of `report` are the FROM image's: the FROM image's
 * RootFS length, when that image is in the engine and its layers really are the report's
 * first layers. undefined when that cannot be known (not in the engine, e.g. pulled by
 * BuildKit into its own store), and compareReports falls back to its default rule.
 */
export async function fromImageLayers(
  report: ImageReport,
  fromRef: string | undefined
): Promise<number | undefined> {
  if (fromRef === undefined) return undefined
  if (fromRef === 'scratch') return 0
  let layers: string[]
  try {
    const [inspect] = await inspectImages([fromRef])
    layers = inspect?.RootFS?.Layers ?? []
  } catch {
    return undefined
  }
  const diffIds = report.layers
    .filter((row) => !row.empty)
    .map((row) => row.diffId)
  if (
    layers.length > diffIds.length ||
    !layers.every((layer, i) => diffIds[i] === layer)
  )
    return undefined
  return layers.length
}

/** The FROM image of a Dockerfile on disk, as finalFromImage; undefined when the file cannot be read. */
export async function dockerfileFromImage(
  dockerfilePath: string,
  options: { buildArgs?: Record<string, string>; target?: string } = {}
): Promise<string | undefined> {
  try {
    return finalFromImage(await readFile(dockerfilePath, 'utf8'), options)
  } catch {
    return undefined
  }
}
