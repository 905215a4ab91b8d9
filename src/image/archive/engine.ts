// An engine image's `docker save` archive as a source for the file analysis, streamed
// (engine-export.ts) without a temporary copy.

import { analyzeFiles, type AnalyzeFilesOptions } from '../../analysis/files.js';
import { InputError } from '../../errors.js';
import type { FilesAnalysis } from '../../report/types.js';
import { DockerCommandError } from '../docker.js';
import { exportImage } from '../engine-export.js';
import { readImageFromSource, type ArchiveImage } from './image.js';
import { StreamSource } from './source.js';

/**
 * Streams the `docker save` archive of `ref` into the reader (from the engine's socket, or
 * the docker CLI; see engine-export.ts): nothing is written to disk and layer contents are
 * dropped as they pass. A failed export (no such image, no engine) is reported in the
 * engine's own words rather than as a broken archive.
 */
export async function saveEngineImage(ref: string): Promise<ArchiveImage> {
  const reader = StreamSource.start(`docker save ${ref}`);
  let result;
  try {
    result = await exportImage(ref, (chunk) => reader.feed(chunk));
  } catch (error) {
    if (error instanceof DockerCommandError) throw new InputError(error.message);
    throw error;
  }
  const { failure, consumeError } = result;
  // What the archive reader found wrong explains more than the engine's complaint about the reader stopping.
  if (consumeError !== undefined) throw consumeError;
  if (failure) {
    if (failure.noEngine) {
      throw new InputError(`cannot reach a Docker engine to read ${ref}: ${failure.message.split('\n')[0]}. Start dockerd or set DOCKER_HOST.`);
    }
    if (failure.notFound) {
      throw new InputError(`image "${ref}" is not in the Docker engine. Build or pull it first (docker pull ${ref}), or check the name.`);
    }
    throw new InputError(`docker save ${ref} failed: ${failure.message}`);
  }
  return readImageFromSource(reader.finish(), { ref });
}

/** The file analysis of an engine image (for `analyze --files` and the action's file-analysis input). */
export async function analyzeImageFiles(ref: string, options: AnalyzeFilesOptions = {}): Promise<FilesAnalysis> {
  const { report, listings } = await saveEngineImage(ref);
  return analyzeFiles(report.layers, listings, options);
}
