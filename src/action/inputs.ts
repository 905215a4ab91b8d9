// Reads the action's inputs once into one typed object (INPUT_* variables, set by the runner from action.yml).

import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { parseBuildArgs } from '../image/build.js';
import type { ImageSpec } from '../image/source.js';
import type { Units } from '../report/units.js';

export interface Inputs {
  image: ImageSpec;
  units: Units;
}

/** The lines of a multi-line input, trimmed, without blanks and `#` comments. */
export function inputLines(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export function getInputs(): Inputs {
  const ref = core.getInput('image') || undefined;
  const dockerfile = core.getInput('dockerfile') || undefined;
  const context = core.getInput('context') || undefined;
  const units = core.getInput('units') || 'si';
  if (units !== 'si' && units !== 'iec') throw new InputError(`input "units" must be "si" or "iec", not "${units}"`);
  const build = dockerfile || context;
  if (!ref && !build) throw new InputError('give the "image" input (a ref in the engine) or "dockerfile"/"context" to build one');
  return {
    units,
    image: {
      ref,
      build: build
        ? {
            context: context || '.',
            dockerfile,
            target: core.getInput('target') || undefined,
            buildArgs: parseBuildArgs(inputLines('build-args')),
            platform: core.getInput('platform') || undefined,
          }
        : undefined,
    },
  };
}
