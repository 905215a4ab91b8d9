// Image archives as a source: `readArchive` for a file or directory on disk (docker-archive
// legacy or Docker 25+, oci-archive, OCI layout directory, kaniko tarball), and
// `analyzeImageFiles` for an engine image, streamed from `docker save` without a temporary
// copy. Both yield the file analysis; readArchive also the layer report itself.

import { spawn } from 'node:child_process';
import { analyzeFiles, type AnalyzeFilesOptions } from '../../analysis/files.js';
import { InputError } from '../../errors.js';
import { log } from '../../log.js';
import type { FilesAnalysis, ImageReport } from '../../report/types.js';
import { dockerBinary } from '../docker.js';
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
 * Streams `docker save <ref>` into the reader: nothing is written to disk and layer contents
 * are dropped as they pass. A failing `docker save` (no such image, no engine) is reported
 * with docker's own words rather than as a broken archive.
 */
export async function saveEngineImage(ref: string): Promise<ArchiveImage> {
  const bin = dockerBinary();
  log.debug(`exec: ${bin} save ${ref}`);
  const child = spawn(bin, ['save', ref], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < 16_384) stderr += text;
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
  let source: StreamSource | undefined;
  let readError: unknown;
  try {
    source = await StreamSource.read(`docker save ${ref}`, child.stdout);
  } catch (error) {
    readError = error;
    child.stdout.destroy();
  }
  let code: number;
  try {
    code = await exited;
  } catch (error) {
    throw new InputError(`could not run ${bin}: ${(error as Error).message}. Install the Docker CLI or put it on PATH.`);
  }
  if (code !== 0 && (!readError || stderr.trim())) {
    const message = stderr.trim() || `exit code ${code}`;
    if (/Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i.test(message)) {
      throw new InputError(`cannot reach a Docker engine to read ${ref}: ${message.split('\n')[0]}. Start dockerd or set DOCKER_HOST.`);
    }
    if (/No such image|not found|reference does not exist/i.test(message)) {
      throw new InputError(`image "${ref}" is not in the Docker engine. Build or pull it first (docker pull ${ref}), or check the name.`);
    }
    throw new InputError(`docker save ${ref} failed: ${message}`);
  }
  if (readError) throw readError;
  return readImageFromSource(source!, { ref });
}

/** The file analysis of an engine image (for `analyze --files` and the action's file-analysis input). */
export async function analyzeImageFiles(ref: string, options: AnalyzeFilesOptions = {}): Promise<FilesAnalysis> {
  const { report, listings } = await saveEngineImage(ref);
  return analyzeFiles(report.layers, listings, options);
}
