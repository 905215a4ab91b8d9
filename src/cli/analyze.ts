// `image-size-budget analyze`: the layer report of one image, as a table or JSON.

import { InputError } from '../errors.js'
import { readArchive } from '../image/archive/index.js'
import { parseBuildArgs } from '../image/build-args.js'
import type { ImageSpec } from '../image/source.js'
import { describeViolation, withMessages } from '../report/describe.js'
import { renderFilesSection, renderLayerTable } from '../report/text.js'
import type { ImageReport, Violation } from '../model/report.js'
import type { Units } from '../report/units.js'
import {
  EXIT_OK,
  EXIT_OVER_BUDGET,
  parseCommandArgs,
  type CommandIO
} from './command.js'
import { quote } from '../messages.js'

export const BUILD_FLAGS = {
  context: { type: 'string' },
  dockerfile: { type: 'string' },
  target: { type: 'string' },
  'build-arg': { type: 'string', multiple: true },
  platform: { type: 'string' },
  network: { type: 'string' }
} as const

export function parseUnits(value: string | undefined): Units {
  if (value === undefined || value === 'si' || value === 'iec')
    return value ?? 'si'
  throw new InputError(`--units must be "si" or "iec", not ${quote(value)}`)
}

/** An ImageSpec from the image positional and the build flags; a build needs --context or --dockerfile. */
export function imageSpecFromFlags(
  ref: string | undefined,
  values: Record<string, unknown>
): ImageSpec {
  const context = values.context as string | undefined
  const dockerfile = values.dockerfile as string | undefined
  if (context === undefined && dockerfile === undefined) {
    for (const flag of ['target', 'build-arg', 'platform', 'network']) {
      if (values[flag] !== undefined)
        throw new InputError(
          `--${flag} is a build flag: give --context (and --dockerfile) to build`
        )
    }
    return { ref }
  }
  return {
    ref,
    build: {
      context: context ?? '.',
      dockerfile,
      target: values.target as string | undefined,
      buildArgs: parseBuildArgs(
        (values['build-arg'] as string[] | undefined) ?? []
      ),
      platform: values.platform as string | undefined,
      network: values.network as string | undefined
    }
  }
}

export async function runAnalyze(
  args: string[],
  io: CommandIO
): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', args, {
    json: { type: 'boolean' },
    units: { type: 'string' },
    files: { type: 'boolean' },
    archive: { type: 'string' },
    'dive-ci': { type: 'string' },
    source: { type: 'string' },
    compressed: { type: 'boolean' },
    uncompressed: { type: 'boolean' },
    'insecure-registry': { type: 'string', multiple: true },
    ...BUILD_FLAGS
  })
  if (positionals.length > 1)
    throw new InputError(
      `analyze takes one image ref, got ${positionals.length}: ${positionals.join(' ')}`
    )
  const units = parseUnits(values.units)
  // Read the rules before any image work, so that a bad .dive-ci fails fast. Loaded on
  // demand: the YAML parser is not needed otherwise.
  const diveRules =
    values['dive-ci'] !== undefined
      ? await (
          await import('../budget/dive-ci.js')
        ).loadDiveCi(values['dive-ci'])
      : undefined
  let report: ImageReport
  const source = values.source ?? 'docker'
  if (source !== 'docker' && source !== 'registry')
    throw new InputError(
      `--source must be "docker" or "registry", not ${quote(source)}`
    )
  if (
    source === 'docker' &&
    (values.uncompressed || values['insecure-registry'] !== undefined)
  ) {
    throw new InputError(
      `--${values.uncompressed ? 'uncompressed' : 'insecure-registry'} applies to --source registry`
    )
  }
  if (source === 'registry') {
    // Read from the registry without pulling: compressed sizes always, uncompressed only by streaming the layers.
    if (positionals.length !== 1)
      throw new InputError(
        '--source registry needs one image ref, e.g. "analyze ghcr.io/org/app:pr-1 --source registry"'
      )
    if (
      values.context !== undefined ||
      values.dockerfile !== undefined ||
      values.archive !== undefined
    ) {
      throw new InputError(
        '--source registry reads a pushed image: give no --context, --dockerfile or --archive with it'
      )
    }
    if (values.files || values['dive-ci'] !== undefined)
      throw new InputError(
        '--files and --dive-ci need the layer files from the engine or an archive; with --source registry use --uncompressed for exact layer sizes'
      )
    const { readRegistryImage } = await import('../image/registry/index.js')
    report = await readRegistryImage(positionals[0], {
      platform: values.platform,
      uncompressed: values.uncompressed,
      insecureRegistries: values['insecure-registry']
    })
  } else if (values.archive !== undefined) {
    // An archive holds its own image: no engine needed, and the file analysis comes with it.
    if (
      positionals.length > 0 ||
      values.context !== undefined ||
      values.dockerfile !== undefined
    ) {
      throw new InputError(
        '--archive reads the image from the archive: give no image ref or build flags with it'
      )
    }
    report = await readArchive(values.archive, { platform: values.platform })
  } else {
    const spec = imageSpecFromFlags(positionals[0], values)
    if (!spec.ref && !spec.build)
      throw new InputError(
        'analyze needs an image ref (e.g. "analyze app:pr"), --archive PATH, or --context to build one'
      )
    const wantFiles = values.files || values['dive-ci'] !== undefined
    // Loaded here, not at the top: `analyze --archive` needs no engine code (start-up counts, bench/files.mjs).
    const { loadImage } = await import('../image/source.js')
    const loaded = await loadImage(spec, { files: wantFiles })
    report = loaded.report
    if (loaded.archive) {
      const { analyzeFiles } = await import('../analysis/files.js')
      report = {
        ...report,
        files: analyzeFiles(
          loaded.archive.report.layers,
          loaded.archive.listings
        )
      }
    }
  }
  if (values.compressed && report.image.source === 'docker')
    report = await (
      await import('../image/registry/index.js')
    ).addEngineCompressedSizes(report)
  let violations: Violation[] | undefined
  if (diveRules && report.files)
    violations = (await import('../budget/rules/dive.js')).evaluateDiveCi(
      report.files.dive,
      diveRules,
      report.image.ref
    )
  if (values.json)
    io.stdout(
      JSON.stringify(
        withMessages(violations ? { ...report, violations } : report, units),
        null,
        2
      )
    )
  else {
    const width = process.stdout.columns || 100
    const parts = [renderLayerTable(report, { units, width })]
    if (report.files)
      parts.push(
        renderFilesSection(report.files, {
          units,
          width,
          layers: report.layers
        })
      )
    if (violations?.length)
      parts.push(
        violations
          .map(
            (violation) => `✗ ${describeViolation(violation, units, report)}`
          )
          .join('\n')
      )
    io.stdout(parts.join('\n\n'))
  }
  return violations && violations.length > 0 ? EXIT_OVER_BUDGET : EXIT_OK
}
