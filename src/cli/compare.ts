// `image-size-budget compare <base> <head>`: how an image changed against a baseline, layer
// by layer. Each side is an image ref in the engine or a saved JSON report (a path that
// exists and ends in .json). Human output (report/run-text.ts, as the log and `check`
// print an image's changes) or --json (the Comparison object).

import { existsSync } from 'node:fs'
import { InputError } from '../errors.js'
import { readEngineImage } from '../image/engine.js'
import { seedLayerFacts } from '../image/layer-facts.js'
import { compareReports, DEFAULT_MIN_CHANGE_BYTES } from '../compare/compare.js'
import { fromImageLayers } from '../baseline/from-image.js'
import { loadSavedReport } from '../baseline/saved-report.js'
import type { ImageReport } from '../model/report.js'
import { renderComparisonText } from '../report/run-text.js'
import { parseUnits } from './analyze.js'
import { EXIT_OK, parseCommandArgs, type CommandIO } from './command.js'
import { quote } from '../messages.js'

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  ki: 1024,
  kib: 1024,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  gi: 1024 ** 3,
  gib: 1024 ** 3
}

/** `10kB` (1000-based), `1MiB` (1024-based), `2.5MB` or plain bytes, as whole bytes. */
export function parseMinChange(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(text.trim())
  const factor = match ? SIZE_UNITS[match[2].toLowerCase() || 'b'] : undefined
  if (!match || factor === undefined)
    throw new InputError(
      `--min-change ${quote(text)} is not a size: write e.g. 10kB, 1MiB or 5000 (bytes)`
    )
  return Math.round(Number(match[1]) * factor)
}

async function loadSide(
  arg: string,
  which: string,
  name: string | undefined
): Promise<ImageReport> {
  if (arg.toLowerCase().endsWith('.json')) {
    if (!existsSync(arg))
      throw new InputError(
        `${which} "${arg}" looks like a report file but does not exist: check the path (an image ref does not end in .json)`
      )
    const report = await loadSavedReport(arg, name)
    // A saved side's layers need not be measured again on the other side (containerd store).
    seedLayerFacts(report)
    return report
  }
  return readEngineImage(arg)
}

async function boundary(
  report: ImageReport,
  ref: string | undefined,
  flag: string
): Promise<number | undefined> {
  if (ref === undefined) return undefined
  const layers = await fromImageLayers(report, ref)
  if (layers === undefined) {
    throw new InputError(
      `${flag} ${ref}: that image is not in the engine, or its layers are not the first layers of ${report.image.ref}. Name the image the Dockerfile's FROM used.`
    )
  }
  return layers
}

export async function runCompare(
  args: string[],
  io: CommandIO
): Promise<number> {
  const { values, positionals } = parseCommandArgs('compare', args, {
    json: { type: 'boolean' },
    units: { type: 'string' },
    'min-change': { type: 'string' },
    name: { type: 'string' },
    'base-from': { type: 'string' },
    'head-from': { type: 'string' }
  })
  if (positionals.length !== 2) {
    throw new InputError(
      `compare takes two images, base then head (refs in the engine or saved .json reports), got ${positionals.length}`
    )
  }
  const units = parseUnits(values.units)
  const minChangeBytes =
    values['min-change'] === undefined
      ? DEFAULT_MIN_CHANGE_BYTES
      : parseMinChange(values['min-change'])
  if (
    (values['base-from'] === undefined) !==
    (values['head-from'] === undefined)
  ) {
    throw new InputError(
      '--base-from and --head-from go together: name the FROM image of both sides'
    )
  }
  const base = await loadSide(positionals[0], 'base', values.name)
  const head = await loadSide(positionals[1], 'head', values.name)
  const baseLayers = await boundary(base, values['base-from'], '--base-from')
  const headLayers = await boundary(head, values['head-from'], '--head-from')
  const comparison = compareReports(base, head, {
    minChangeBytes,
    ...(baseLayers !== undefined && headLayers !== undefined
      ? {
          baseImageLayers: { base: baseLayers, head: headLayers },
          baseImageRefs: {
            base: values['base-from'],
            head: values['head-from']
          }
        }
      : {})
  })
  io.stdout(
    values.json
      ? JSON.stringify(comparison, null, 2)
      : renderComparisonText(comparison, units, {
          width: process.stdout.columns || 100
        })
  )
  return EXIT_OK
}
