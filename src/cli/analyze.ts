// `image-size-budget analyze`: the layer report of one image, as a table or JSON.

import { InputError } from '../errors.js';
import { parseBuildArgs } from '../image/build.js';
import { loadImageReport, type ImageSpec } from '../image/source.js';
import { renderLayerTable } from '../report/text.js';
import type { Units } from '../report/units.js';
import { EXIT_OK, parseCommandArgs, type CommandIO } from './command.js';

export const BUILD_FLAGS = {
  context: { type: 'string' },
  dockerfile: { type: 'string' },
  target: { type: 'string' },
  'build-arg': { type: 'string', multiple: true },
  platform: { type: 'string' },
  network: { type: 'string' },
} as const;

export function parseUnits(value: string | undefined): Units {
  if (value === undefined || value === 'si' || value === 'iec') return value ?? 'si';
  throw new InputError(`--units must be "si" or "iec", not "${value}"`);
}

/** An ImageSpec from the image positional and the build flags; a build needs --context or --dockerfile. */
export function imageSpecFromFlags(ref: string | undefined, values: Record<string, unknown>): ImageSpec {
  const context = values.context as string | undefined;
  const dockerfile = values.dockerfile as string | undefined;
  if (context === undefined && dockerfile === undefined) {
    for (const flag of ['target', 'build-arg', 'platform', 'network']) {
      if (values[flag] !== undefined) throw new InputError(`--${flag} is a build flag: give --context (and --dockerfile) to build`);
    }
    return { ref };
  }
  return {
    ref,
    build: {
      context: context ?? '.',
      dockerfile,
      target: values.target as string | undefined,
      buildArgs: parseBuildArgs((values['build-arg'] as string[] | undefined) ?? []),
      platform: values.platform as string | undefined,
      network: values.network as string | undefined,
    },
  };
}

export async function runAnalyze(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', args, {
    json: { type: 'boolean' },
    units: { type: 'string' },
    ...BUILD_FLAGS,
  });
  if (positionals.length > 1) throw new InputError(`analyze takes one image ref, got ${positionals.length}: ${positionals.join(' ')}`);
  const units = parseUnits(values.units);
  const spec = imageSpecFromFlags(positionals[0], values);
  if (!spec.ref && !spec.build) throw new InputError('analyze needs an image ref (e.g. "analyze app:pr") or --context to build one');
  const report = await loadImageReport(spec);
  if (values.json) io.stdout(JSON.stringify(report, null, 2));
  else io.stdout(renderLayerTable(report, { units, width: process.stdout.columns || 100 }));
  return EXIT_OK;
}
