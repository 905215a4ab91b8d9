// `image-size-budget compare <base> <head>`: how an image changed against a baseline, layer
// by layer. Each side is an image ref in the engine or a saved JSON report (a path that
// exists and ends in .json). Human output (report/run-text.ts, as the log and `check`
// print an image's changes) or --json (the Comparison object).

import { existsSync } from 'node:fs'
import { InputError } from '../errors.js'
import { readEngineImage } from '../image/engine.js'
import { seedLayerFacts } from '../image/layer-facts.js'
import { compareWithBaseline, type FromImage } from '../compare/compare.js'
import { fromImageLayers } from '../baseline/from-image.js'
import { loadSavedReport } from '../baseline/saved-report.js'
import type { ImageReport } from '../model/report.js'
import { renderComparisonText } from '../report/run-text.js'
import {
  EXIT_OK,
  parseCommandArgs,
  parseUnits,
  type CommandIO
} from './command.js'
import { DEFAULT_MIN_CHANGE_BYTES, parseSize } from '../budget/size.js'

async function loadSide(
  arg: string,
  which: string,
  name: string | undefined
): Promise<ImageReport> {
  if (arg.toLowerCase().endsWith('.json')) {
    if (!existsSync(arg))
      throw new InputError({
        input: arg,
        problem: `${which} "${arg}" looks like a report file but does not exist`,
        fix: 'check the path (an image ref does not end in .json)'
      })
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
): Promise<FromImage | undefined> {
  if (ref === undefined) return undefined
  const layers = await fromImageLayers(report, ref)
  if (layers === undefined) {
    throw new InputError({
      input: flag,
      problem: `${flag} ${ref}: that image is not in the engine, or its layers are not the first layers of ${report.image.ref}.`,
      fix: "Name the image the Dockerfile's FROM used."
    })
  }
  return { ref, layers }
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
    throw new InputError({
      input: 'compare',
      problem: `compare takes two images, base then head (refs in the engine or saved .json reports), got ${positionals.length}`,
      fix: 'Run "image-size-budget --help" for usage of compare.'
    })
  }
  const units = parseUnits(values.units)
  const minChangeBytes =
    values['min-change'] === undefined
      ? DEFAULT_MIN_CHANGE_BYTES
      : parseSize(values['min-change'], '--min-change')
  if (
    (values['base-from'] === undefined) !==
    (values['head-from'] === undefined)
  ) {
    throw new InputError({
      input: values['base-from'] === undefined ? '--head-from' : '--base-from',
      problem: '--base-from and --head-from go together',
      fix: 'name the FROM image of both sides'
    })
  }
  const base = await loadSide(positionals[0], 'base', values.name)
  const head = await loadSide(positionals[1], 'head', values.name)
  const comparison = compareWithBaseline(
    {
      report: base,
      fromImage: await boundary(base, values['base-from'], '--base-from')
    },
    head,
    {
      minChangeBytes,
      headFrom: await boundary(head, values['head-from'], '--head-from')
    }
  )
  io.stdout(
    values.json
      ? JSON.stringify(comparison, null, 2)
      : renderComparisonText(comparison, units, {
          width: process.stdout.columns || 100
        })
  )
  return EXIT_OK
}
