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
import { describeViolation } from '../report/describe.js'
import { formatBytes, type Units } from '../report/units.js'
import { parseUnits } from './analyze.js'
import {
  EXIT_OK,
  EXIT_OVER_BUDGET,
  parseCommandArgs,
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
    throw new InputError(
      `no image ${quote(name)} in ${config.path}; its images are: ${config.images.map((i) => i.name).join(', ')}`
    )
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

function ruleRows(result: ImageResult, units: Units): string[][] {
  const rows: string[][] = []
  const failed = (rule: string) =>
    result.violations.filter((v) => v.rule === rule)
  const layers = result.layers.filter((l) => !l.empty)
  if (result.budget?.totalBytes !== undefined) {
    rows.push([
      'total',
      formatBytes(result.totalBytes, units),
      formatBytes(result.budget.totalBytes, units),
      failed('total').length ? 'FAIL' : 'pass'
    ])
  }
  if (result.budget?.layerBytes !== undefined) {
    const largest = Math.max(0, ...layers.map((l) => l.sizeBytes))
    rows.push([
      'largest layer',
      formatBytes(largest, units),
      formatBytes(result.budget.layerBytes, units),
      failed('layer').length ? `FAIL (${failed('layer').length})` : 'pass'
    ])
  }
  if (result.budget?.layers !== undefined)
    rows.push([
      'layers',
      String(layers.length),
      String(result.budget.layers),
      failed('layers').length ? 'FAIL' : 'pass'
    ])
  for (const violation of result.violations.filter(
    (v) => !['total', 'layer', 'layers'].includes(v.rule)
  )) {
    const what =
      violation.rule === 'rule'
        ? `rule "${violation.match}"`
        : `${violation.rule}${violation.detail ? ` ${violation.detail}` : ''}`
    const counts =
      violation.rule === 'efficiency' ||
      (violation.rule === 'growth' && violation.detail === 'percent')
    rows.push([
      violation.layer ? `${what}, layer ${violation.layer.index}` : what,
      counts
        ? String(violation.actualBytes)
        : formatBytes(violation.actualBytes, units),
      counts
        ? String(violation.limitBytes)
        : formatBytes(violation.limitBytes, units),
      'FAIL'
    ])
  }
  return rows
}

export function renderCheckText(run: RunReport, units: Units): string {
  const out: string[] = []
  for (const result of run.images) {
    out.push(
      `${result.name} (${result.image.ref}): ${formatBytes(result.totalBytes, units)} — ${result.status === 'pass' ? 'within budget' : 'OVER BUDGET'}`
    )
    if (result.comparison) {
      const delta = result.comparison.totalDeltaBytes
      out.push(
        `  vs ${result.comparison.base.ref}: ${delta >= 0 ? '+' : ''}${formatBytes(delta, units)}`
      )
    } else if (result.baselineNote)
      out.push(`  no baseline: ${result.baselineNote}`)
    const rows = ruleRows(result, units)
    if (rows.length > 0) {
      const table = [['rule', 'actual', 'limit', ''], ...rows]
      const widths = table[0].map((_, c) =>
        Math.max(...table.map((row) => row[c].length))
      )
      for (const row of table)
        out.push(
          `  ${row
            .map((cell, c) =>
              c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])
            )
            .join('  ')
            .trimEnd()}`
        )
    } else out.push('  no budget set for this image')
    for (const violation of result.violations)
      out.push(`  ✗ ${describeViolation(violation, units, result)}`)
    out.push('')
  }
  const failing = run.images.filter((image) => image.status === 'fail').length
  out.push(
    failing === 0
      ? `all ${run.images.length} image(s) within budget`
      : `${failing} of ${run.images.length} image(s) over budget (${run.violations.length} violation(s))`
  )
  return out.join('\n')
}

export async function runCheck(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, {
    config: { type: 'string' },
    image: { type: 'string' },
    json: { type: 'boolean' },
    units: { type: 'string' },
    files: { type: 'boolean' },
    source: { type: 'string' },
    platform: { type: 'string' },
    'baseline-image': { type: 'string' },
    'baseline-report': { type: 'string' },
    'dive-ci': { type: 'string' }
  })
  if (positionals.length > 0)
    throw new InputError(
      `check takes no positional arguments (got ${positionals.join(' ')}); name an image with --image NAME`
    )
  const source = values.source ?? 'docker'
  if (source !== 'docker' && source !== 'registry')
    throw new InputError(
      `--source must be "docker" or "registry", not ${quote(source)}`
    )
  // Validate everything before touching any image.
  const config = await loadBudgetFile(values.config ?? DEFAULT_BUDGET_FILE)
  const units =
    values.units !== undefined ? parseUnits(values.units) : config.units
  const images = selectImages(config, values.image)
  const diveCi = await diveRulesFor(config, values['dive-ci'])
  const wantsBaseline =
    values['baseline-image'] !== undefined ||
    values['baseline-report'] !== undefined
  const run = await checkConfig(config, images, {
    units,
    source,
    platform: values.platform,
    fileAnalysis: values.files ? 'true' : 'false',
    diveCi,
    baseline: wantsBaseline
      ? {
          mode: 'auto',
          eventName: 'cli',
          baselineImage: values['baseline-image'],
          baselineReport: values['baseline-report']
        }
      : undefined
  })
  io.stdout(
    values.json ? JSON.stringify(run, null, 2) : renderCheckText(run, units)
  )
  return run.status === 'fail' ? EXIT_OVER_BUDGET : EXIT_OK
}
