// An engine image's `docker save` archive as a source for the file analysis, streamed
// (engine-export.ts) without a temporary copy.

import { analyzeFiles, type AnalyzeFilesOptions } from '../../analysis/files.js';
import type { FilesAnalysis } from '../../report/types.js';
import { exportFailureError, exportImage } from '../engine-export.js';
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
  const { failure, consumeError } = await exportImage(ref, (chunk) => reader.feed(chunk));
  // What the archive reader found wrong explains more than the engine's complaint about the reader stopping.
  if (consumeError !== undefined) throw consumeError;
  if (failure) throw exportFailureError(ref, failure);
  return readImageFromSource(reader.finish(), { ref });
}

/** The file analysis of an engine image (for `analyze --files` and the action's file-analysis input). */
export async function analyzeImageFiles(ref: string, options: AnalyzeFilesOptions = {}): Promise<FilesAnalysis> {
  const { report, listings } = await saveEngineImage(ref);
  return analyzeFiles(report.layers, listings, options);
}
