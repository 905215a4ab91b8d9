// Builds an image with `docker build`, streaming the build log to stderr, and returns
// the tag it was given. The builder is whatever the engine's client uses (BuildKit
// with buildx or DOCKER_BUILDKIT=1, else the classic builder).

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../errors.js';
import { docker, isNoEngine } from './docker.js';

export interface BuildOptions {
  context: string;
  dockerfile?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  platform?: string;
  tag: string;
  /** Passed to `docker build --network` (e.g. `none` for hermetic builds). */
  network?: string;
}

export function buildArgv(options: BuildOptions, iidFile: string): string[] {
  const argv = ['build', '--tag', options.tag, '--iidfile', iidFile];
  if (options.dockerfile) argv.push('--file', options.dockerfile);
  if (options.target) argv.push('--target', options.target);
  if (options.platform) argv.push('--platform', options.platform);
  if (options.network) argv.push('--network', options.network);
  for (const [key, value] of Object.entries(options.buildArgs ?? {})) argv.push('--build-arg', `${key}=${value}`);
  argv.push(options.context);
  return argv;
}

/** Builds and returns the image ID; the image is also tagged `options.tag`. */
export async function buildImage(options: BuildOptions): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'isb-build-'));
  const iidFile = path.join(dir, 'iid');
  try {
    await docker(buildArgv(options, iidFile), { stream: true });
    return (await readFile(iidFile, 'utf8')).trim();
  } catch (error) {
    if (isNoEngine(error)) throw new InputError(`cannot reach a Docker engine to build ${options.tag}: start dockerd or set DOCKER_HOST.`);
    const what = options.dockerfile ?? path.join(options.context, 'Dockerfile');
    const last = error instanceof Error ? error.message.trim().split('\n').slice(-3).join(' ') : String(error);
    throw new InputError(`docker build of ${what} failed: ${last}. See the build log above.`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export { parseBuildArgs } from './build-args.js';
