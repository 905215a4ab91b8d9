// What both front ends ask for: "the report of this image", where the image is a ref
// already in the engine or a Dockerfile to build first.

import { InputError } from '../errors.js';
import type { ImageReport } from '../report/types.js';
import { buildImage, type BuildOptions } from './build.js';
import { readEngineImage } from './engine.js';

export interface ImageSpec {
  /** A ref in the engine; with `build`, the tag the built image gets. */
  ref?: string;
  build?: Omit<BuildOptions, 'tag'>;
}

export const DEFAULT_BUILD_TAG = 'image-size-budget:local';

export async function loadImageReport(spec: ImageSpec): Promise<ImageReport> {
  if (spec.build) {
    const tag = spec.ref || DEFAULT_BUILD_TAG;
    await buildImage({ ...spec.build, tag });
    return readEngineImage(tag);
  }
  if (!spec.ref) throw new InputError('no image given: name an image ref, or a Dockerfile and context to build');
  return readEngineImage(spec.ref);
}
