// `image-size-budget analyze`: the layer report of one image, as a table or JSON.

import { InputError } from '../errors.js'
import { parseBuildArgs } from '../image/build-args.js'
import {
  chooseSource,
  readImage,
  type ImageSpec,
  type SourceRequest
} from '../image/resolve.js'
import { describeViolation, withMessages } from '../report/describe.js'
import { renderFilesSection, renderLayerTable } from '../report/text.js'
import type { Violation } from '../model/report.js'
import {
  exitCode,
  parseCommandArgs,
  parseSource,
  parseUnits,
  type CommandIO
} from './command.js'

export const BUILD_FLAGS = {
  context: { type: 'string' },
  dockerfile: { type: 'string' },
  target: { type: 'string' },
  'build-arg': { type: 'string', multiple: true },
  platform: { type: 'string' },
  network: { type: 'string' }
} as const

/** Whether any of `flags` is on the command line. */
const given = (values: Record<string, unknown>, ...flags: string[]): boolean =>
  flags.some((flag) => values[flag] !== undefined)

/** An ImageSpec from the image positional and the build flags; a build needs --context or --dockerfile. */
export function imageSpecFromFlags(
  ref: string | undefined,
  values: Record<string, unknown>
): ImageSpec {
  const context = values.context as string | undefined
  const dockerfile = values.dockerfile as string | undefined
  if (context === undefined && dockerfile === undefined) {
    for (const flag of ['target', 'build-arg', 'platform', 'network']) {
      if (given(values, flag))
        throw new InputError({
          input: `--${flag}`,
          problem: `--${flag} is a build flag`,
          fix: 'give --context (and --dockerfile) to build'
        })
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
    'no-packages': { type: 'boolean' },
    archive: { type: 'string' },
    'dive-ci': { type: 'string' },
    source: { type: 'string' },
    compressed: { type: 'boolean' },
    uncompressed: { type: 'boolean' },
    'insecure-registry': { type: 'string', multiple: true },
    ...BUILD_FLAGS
  })
  if (positionals.length > 1)
    throw new InputError({
      input: 'analyze',
      problem: `analyze takes one image ref, got ${positionals.length}: ${positionals.join(' ')}`,
      fix: 'Run "image-size-budget --help" for usage of analyze.'
    })
  const units = parseUnits(values.units)
  // Read the rules before any image work, so that a bad .dive-ci fails fast. Loaded on
  // demand: the YAML parser is not needed otherwise.
  const diveRules =
    values['dive-ci'] !== undefined
      ? await (
          await import('../budget/dive-ci.js')
        ).loadDiveCi(values['dive-ci'])
      : undefined
  const source = parseSource(values.source)
  if (
    source === 'docker' &&
    (values.uncompressed || values['insecure-registry'] !== undefined)
  ) {
    throw new InputError({
      input: `--${values.uncompressed ? 'uncompressed' : 'insecure-registry'}`,
      problem: `--${values.uncompressed ? 'uncompressed' : 'insecure-registry'} applies to --source registry`
    })
  }
  let request: SourceRequest
  if (source === 'registry') {
    // Read from the registry without pulling: compressed sizes always, uncompressed only by streaming the layers.
    if (positionals.length !== 1)
      throw new InputError({
        input: '--source',
        problem: '--source registry needs one image ref',
        fix: 'e.g. "analyze ghcr.io/org/app:pr-1 --source registry"'
      })
    if (given(values, 'context', 'dockerfile', 'archive'))
      throw new InputError({
        input: '--source',
        problem: '--source registry reads a pushed image',
        fix: 'give no --context, --dockerfile or --archive with it'
      })
    if (values.files || values['dive-ci'] !== undefined)
      throw new InputError({
        input: values.files ? '--files' : '--dive-ci',
        problem:
          '--files and --dive-ci need the layer files from the engine or an archive',
        fix: 'with --source registry use --uncompressed for exact layer sizes'
      })
    request = {
      ref: positionals[0],
      source,
      uncompressed: values.uncompressed,
      insecureRegistries: values['insecure-registry']
    }
  } else if (values.archive !== undefined) {
    // An archive holds its own image: no engine needed, and the file analysis comes with it.
    if (positionals.length > 0 || given(values, 'context', 'dockerfile'))
      throw new InputError({
        input: '--archive',
        problem: '--archive reads the image from the archive',
        fix: 'give no image ref or build flags with it'
      })
    request = { archive: values.archive }
  } else {
    request = imageSpecFromFlags(positionals[0], values)
    if (!request.ref && !request.build)
      throw new InputError({
        input: 'analyze',
        problem: 'analyze needs an image ref',
        fix: 'e.g. "analyze app:pr"; or --archive PATH, or --context to build one'
      })
  }
  // Each source's reader, and the analysis, load when used: `analyze --archive` needs no
  // engine or registry code (start-up counts, bench/files.mjs).
  const loaded = await readImage(chooseSource(request), {
    platform: values.platform,
    files: values.files || values['dive-ci'] !== undefined,
    packages: !values['no-packages'],
    compressed: values.compressed
  })
  const report = loaded.archive
    ? (await import('../analysis/image.js')).analyzeImage(loaded)
    : loaded.report
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
  return exitCode((violations?.length ?? 0) > 0)
}
