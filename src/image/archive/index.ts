// Image archives as a source: `readArchive` for a file or directory on disk (docker-archive
// legacy or Docker 25+, oci-archive, OCI layout directory, kaniko tarball), and
// `analyzeImageFiles` for an engine image, its `docker save` archive streamed without a temporary
// copy. Both yield the file analysis; readArchive also the layer report itself.

import { analyzeFiles, type AnalyzeFilesOptions } from '../../analysis/files.js';
import { InputError } from '../../errors.js';
import type { FilesAnalysis, ImageReport } from '../../report/types.js';
import { DockerCommandError } from '../docker.js';
import { exportImage } from '../engine-export.js';
import { readImageFromSource, type ArchiveImage, type ArchiveReadOptions } from './image.js';
import { openArchive, StreamSource } from './source.js';

export type { ArchiveImage, ArchiveReadOptions } from './image.js';

/** The image in an archive on disk, with its layers listed (no file analysis yet). */
export async function readArchiveImage(path: string, options: ArchiveReadOptions = {}): Promise<ArchiveImage> {
  const source = await openArchive(path);
  try {
    return await readImageFromSource(source, options);
  } finally {
    source.close();
  }
}

/** The report of the image in an archive on disk, `files` included. */
export async function readArchive(path: string, options: ArchiveReadOptions & AnalyzeFilesOptions = {}): Promise<ImageReport> {
  const { report, listings } = await readArchiveImage(path, options);
  return { ...report, files: analyzeFiles(report.layers, listings, options) };
}

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
