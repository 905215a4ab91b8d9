// `image-size-budget check`: loads and validates the budget file (exit 2 before any image
// is touched when it is wrong), builds or loads each image, holds it to its budget and,
// when asked, compares it with a baseline. Exit 0 within budget, 1 over, 2 unusable input.

import { diveRulesFor } from '../budget/dive-ci.js'
import { DEFAULT_BUDGET_FILE, loadBudgetFile } from '../budget/load.js'
import type { BudgetConfig, ConfiguredImage } from '../budget/types.js'
import {
  checkImagePlatforms,
  runReportOf,
  type CheckOptions
} from '../check/check-image.js'
import { InputError } from '../errors.js'
import type { ImageResult, RunReport } from '../model/report.js'
import { renderRunText } from '../report/run-text.js'
import type { Units } from '../report/units.js'
import {
  exitCode,
  parseCommandArgs,
  parseSource,
  parseUnits,
  type CommandIO
} from './command.js'
import { quote } from '../messages.js'

/** The images a run covers: all, or the one `--image NAME` picks. */
export function selectImages(
  config: BudgetConfig,
  name: string | undefined
): ConfiguredImage[] {
  if (name === undefined) return config.images
  const image = config.images.find((candidate) => candidate.name === name)
  if (!image)
    throw new InputError({
      input: '--image',
      problem: `no image ${quote(name)} in ${config.path}`,
      fix: `name one of its images: ${config.images.map((i) => i.name).join(', ')}`
    })
  return [image]
}

/** Evaluates every image in order; the RunReport `check --json` prints and `audit` renders. */
export async function checkConfig(
  config: BudgetConfig,
  images: ConfiguredImage[],
  options: CheckOptions & { units: Units }
): Promise<RunReport> {
  const results: ImageResult[] = []
  for (const image of images)
    results.push(...(await checkImagePlatforms(image, options)))
  return runReportOf(results, options.units)
}

/** The flags `check` and `audit` share. */
export const BUDGET_RUN_FLAGS = {
  config: { type: 'string' },
  json: { type: 'boolean' },
  units: { type: 'string' },
  files: { type: 'boolean' },
  source: { type: 'string' },
  platform: { type: 'string' }
} as const

/**
 * What `check` and `audit` share: the budget file the flags name, checked before any image
 * is touched, then its images (all, or the one `image` names) held to their budgets.
 */
export async function runBudgetFile(
  command: string,
  { values, positionals }: { values: BudgetRunValues; positionals: string[] },
  more: {
    fix: string
    image?: string
    diveCi?: string
    baseline?: CheckOptions['baseline']
  }
): Promise<{ config: BudgetConfig; units: Units; run: RunReport }> {
  if (positionals.length > 0)
    throw new InputError({
      input: command,
      problem: `${command} takes no positional arguments (got ${positionals.join(' ')})`,
      fix: more.fix
    })
  const source = parseSource(values.source)
  // Validate everything before touching any image.
  const config = await loadBudgetFile(values.config ?? DEFAULT_BUDGET_FILE)
  const units =
    values.units !== undefined ? parseUnits(values.units) : config.units
  const images = selectImages(config, more.image)
  const diveCi = await diveRulesFor(config, more.diveCi)
  const run = await checkConfig(config, images, {
    units,
    source,
    platform: values.platform,
    fileAnalysis: values.files ? 'true' : 'false',
    diveCi,
    baseline: more.baseline
  })
  return { config, units, run }
}

interface BudgetRunValues {
  config?: string
  units?: string
  files?: boolean
  source?: string
  platform?: string
}

export async function runCheck(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, {
    ...BUDGET_RUN_FLAGS,
    image: { type: 'string' },
    'baseline-image': { type: 'string' },
    'baseline-report': { type: 'string' },
    'dive-ci': { type: 'string' }
  })
  const wantsBaseline =
    values['baseline-image'] !== undefined ||
    values['baseline-report'] !== undefined
  const { run } = await runBudgetFile(
    'check',
    { values, positionals },
    {
      fix: 'name an image with --image NAME',
      image: values.image,
      diveCi: values['dive-ci'],
      baseline: wantsBaseline
        ? {
            mode: 'auto',
            eventName: 'cli',
            baselineImage: values['baseline-image'],
            baselineReport: values['baseline-report']
          }
        : undefined
    }
  )
  io.stdout(
    values.json
      ? JSON.stringify(run, null, 2)
      : renderRunText(run, { width: process.stdout.columns || 100 })
  )
  return exitCode(run.status === 'fail')
}
