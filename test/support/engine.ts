// Test helpers around the real engine: build fixture Dockerfiles with either builder,
// and read facts (RootFS, history) straight from docker to check the tool against.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

export type Builder = 'classic' | 'buildkit';
export const BUILDERS: Builder[] = ['classic', 'buildkit'];
export const FIXTURES = path.resolve('test/fixtures');

/** The docker client that builds with `builder` (see scripts/engine.sh). */
export function clientFor(builder: Builder): string {
  const client = builder === 'classic' ? process.env.ISB_DOCKER_CLASSIC : process.env.ISB_DOCKER_BUILDKIT;
  if (!client) throw new Error(`no docker client for ${builder} builds: run the tests through "npm test"`);
  return client;
}

export function builderEnv(builder: Builder): NodeJS.ProcessEnv {
  return { ...process.env, DOCKER_BUILDKIT: builder === 'buildkit' ? '1' : '0' };
}

/** Builds test/fixtures/<name> with --network none and returns the tag. */
export function buildFixture(name: string, builder: Builder, options: { tag?: string; buildArgs?: string[]; dockerfile?: string } = {}): string {
  const tag = options.tag ?? `isb-test/${name}:${builder}`;
  const args = ['build', '--quiet', '--network', 'none', '-t', tag];
  if (options.dockerfile) args.push('-f', path.join(FIXTURES, name, options.dockerfile));
  for (const arg of options.buildArgs ?? []) args.push('--build-arg', arg);
  args.push(path.join(FIXTURES, name));
  const result = spawnSync(clientFor(builder), args, { env: builderEnv(builder), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build of ${name} with ${builder} failed:\n${result.stderr}`);
  return tag;
}

export function dockerJson<T>(args: string[]): T {
  return JSON.parse(execFileSync('docker', args, { encoding: 'utf8' })) as T;
}

export function rootfsLayers(ref: string): string[] {
  return dockerJson<string[]>(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', ref]);
}

export function engineSize(ref: string): number {
  return Number(execFileSync('docker', ['image', 'inspect', '--format', '{{.Size}}', ref], { encoding: 'utf8' }).trim());
}

/** Bytes of the busybox base made by scripts/engine.sh, by construction: the binary, 7 bytes per applet symlink ("busybox"), /etc/passwd. */
export function baseLayerBytes(): number {
  return engineSize('isb-base:busybox');
}
