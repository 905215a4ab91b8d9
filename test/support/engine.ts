// Test helpers around the real engine: build fixture Dockerfiles with either builder,
// and read facts (RootFS, history) straight from docker to check the tool against.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type Builder = 'classic' | 'buildkit'
export const BUILDERS: Builder[] = ['classic', 'buildkit']
export const FIXTURES = path.resolve('test/fixtures')

/** The docker client that builds with `builder` (see scripts/engine.sh). */
export function clientFor(builder: Builder): string {
  const client =
    builder === 'classic'
      ? process.env.ISB_DOCKER_CLASSIC
      : process.env.ISB_DOCKER_BUILDKIT
  if (!client)
    throw new Error(
      `no docker client for ${builder} builds: run the tests through "npm test"`
    )
  return client
}

export function builderEnv(builder: Builder): NodeJS.ProcessEnv {
  return { ...process.env, DOCKER_BUILDKIT: builder === 'buildkit' ? '1' : '0' }
}

/** Builds test/fixtures/<name> with --network none and returns the tag. */
export function buildFixture(
  name: string,
  builder: Builder,
  options: { tag?: string; buildArgs?: string[]; dockerfile?: string } = {}
): string {
  const tag = options.tag ?? `isb-test/${name}:${builder}`
  const args = ['build', '--quiet', '--network', 'none', '-t', tag]
  if (options.dockerfile)
    args.push('-f', path.join(FIXTURES, name, options.dockerfile))
  for (const arg of options.buildArgs ?? []) args.push('--build-arg', arg)
  args.push(path.join(FIXTURES, name))
  const result = spawnSync(clientFor(builder), args, {
    env: builderEnv(builder),
    encoding: 'utf8'
  })
  if (result.status !== 0)
    throw new Error(
      `build of ${name} with ${builder} failed:\n${result.stderr}`
    )
  return tag
}

export function dockerJson<T>(args: string[]): T {
  return JSON.parse(execFileSync('docker', args, { encoding: 'utf8' })) as T
}

export function rootfsLayers(ref: string): string[] {
  return dockerJson<string[]>([
    'image',
    'inspect',
    '--format',
    '{{json .RootFS.Layers}}',
    ref
  ])
}

/** The engine's image store, as `docker info` says it (the tool's own reading is under test, so not used here). */
export function engineStore(): 'legacy' | 'containerd' {
  const status = execFileSync(
    'docker',
    ['info', '--format', '{{json .DriverStatus}}'],
    { encoding: 'utf8' }
  )
  return status.includes('io.containerd.snapshotter.v1')
    ? 'containerd'
    : 'legacy'
}

/**
 * The image's content bytes, the figure the tool must report on every store. On the legacy
 * store it is the engine's own `docker image inspect` Size. On the containerd store, where
 * that Size is the compressed blobs, it is counted from `docker save` by GNU tar (not by the
 * tool's tar reader): regular files' sizes plus symlink target lengths, per layer, summed.
 */
export function engineSize(ref: string): number {
  if (engineStore() === 'legacy')
    return Number(
      execFileSync(
        'docker',
        ['image', 'inspect', '--format', '{{.Size}}', ref],
        { encoding: 'utf8' }
      ).trim()
    )
  return contentLayerBytes(ref).reduce((a, b) => a + b, 0)
}

/** Each layer's content bytes, base first, counted from `docker save` with GNU tar (see engineSize). */
export function contentLayerBytes(ref: string): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-content-'))
  try {
    execFileSync('docker', ['save', '-o', path.join(dir, 'image.tar'), ref])
    execFileSync('tar', ['-xf', path.join(dir, 'image.tar'), '-C', dir])
    const manifest = JSON.parse(
      readFileSync(path.join(dir, 'manifest.json'), 'utf8')
    ) as { Layers: string[] }[]
    return manifest[0].Layers.map((layer) => {
      // --full-time keeps the date one field; names follow the 6th field.
      const listing = execFileSync(
        'tar',
        ['--full-time', '-tvf', path.join(dir, layer)],
        { encoding: 'utf8', maxBuffer: 1 << 28 }
      )
      let bytes = 0
      for (const line of listing.split('\n')) {
        const fields = line.split(/\s+/)
        if (line.startsWith('-')) bytes += Number(fields[2])
        else if (line.startsWith('l'))
          bytes += Buffer.byteLength(line.slice(line.indexOf(' -> ') + 4))
      }
      return bytes
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Bytes of the busybox base made by scripts/engine.sh, by construction: the binary, 7 bytes per applet symlink ("busybox"), /etc/passwd. */
export function baseLayerBytes(): number {
  return engineSize('isb-base:busybox')
}

/**
 * A skopeo source for an engine image: its `docker save` archive. skopeo's own docker-daemon
 * transport (Debian's skopeo 1.9) speaks API 1.22, which engines from 25 on refuse; the
 * archive works with every engine and store.
 */
export function skopeoSource(ref: string, dir: string): string {
  const file = path.join(
    dir,
    `${ref.replace(/[^a-zA-Z0-9_.-]+/g, '_')}.docker-archive.tar`
  )
  execFileSync('docker', ['save', '-o', file, ref])
  return `docker-archive:${file}`
}

/**
 * The digest of an engine image's config, from its `docker save` manifest. The engine's own
 * image ID is that digest on the legacy store, but the manifest's (or index's) digest on the
 * containerd store; an archive's or a registry's report names the config digest.
 */
export function configDigest(ref: string): string {
  const config = JSON.parse(
    execFileSync(
      'sh',
      ['-c', 'docker save "$1" | tar -xO manifest.json', 'sh', ref],
      { encoding: 'utf8' }
    )
  )[0].Config as string
  const hex = /([a-f0-9]{64})(?:\.json)?$/.exec(config)?.[1]
  if (!hex)
    throw new Error(`no config digest in the manifest of ${ref}: ${config}`)
  return `sha256:${hex}`
}
