// The registry source against real registries on loopback (Debian's docker-registry): open,
// htpasswd basic auth, and token auth behind test/support/token-server.ts. Images are built
// in the real engine, pushed with skopeo, and read back without pulling; every figure is
// checked against skopeo's own reading of the manifest or the engine's report of the same image.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { readEngineImage } from '../../src/image/engine.js'
import {
  readEngineOrRegistryImage,
  readRegistryImage,
  readRegistryImages
} from '../../src/image/registry/index.js'
import type { ImageReport } from '../../src/model/report.js'
import {
  builderEnv,
  BUILDERS,
  buildFixture,
  clientFor,
  configDigest,
  engineStore,
  FIXTURES,
  type Builder
} from '../support/engine.js'
import {
  dockerConfigDir,
  pushImage,
  putIndex,
  skopeoManifest,
  skopeoManifestAsync,
  startRegistry,
  type RawManifest,
  type RunningRegistry
} from '../support/registry.js'
import { startTokenServer, type TokenServer } from '../support/token-server.js'

const USER = 'alice'
const PASSWORD = 'correct-horse-battery-9'
const AUTH_B64 = Buffer.from(`${USER}:${PASSWORD}`).toString('base64')
const CREDS = `${USER}:${PASSWORD}`

interface CliRun {
  status: number
  stdout: string
  stderr: string
  /** What went to the process's stderr meanwhile: warnings and (with IMAGE_SIZE_BUDGET_DEBUG) debug lines. */
  log: string
}

/** Runs the CLI in-process with extra environment (DOCKER_CONFIG, PATH), restoring it after. */
async function cli(
  args: string[],
  env: Record<string, string | undefined> = {}
): Promise<CliRun> {
  const saved: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(env)) {
    saved[key] = process.env[key]
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  const out: string[] = []
  const err: string[] = []
  const log: string[] = []
  const write = process.stderr.write.bind(process.stderr)
  process.stderr.write = ((chunk: string | Uint8Array) =>
    log.push(String(chunk)) > 0) as typeof process.stderr.write
  try {
    const status = await main(args, {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t)
    })
    return {
      status,
      stdout: out.join('\n'),
      stderr: err.join('\n'),
      log: log.join('')
    }
  } finally {
    process.stderr.write = write
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

function manifestOf(ref: string, creds?: string): RawManifest {
  return JSON.parse(skopeoManifest(ref, creds).raw) as RawManifest
}

function engineHas(ref: string): boolean {
  return (
    spawnSync('docker', ['image', 'inspect', ref], { stdio: 'ignore' })
      .status === 0
  )
}

const emptyConfig = dockerConfigDir({})
afterAll(() => rmSync(emptyConfig, { recursive: true, force: true }))

function buildPlatform(arch: 'amd64' | 'arm64'): string {
  const tag = `isb-test/registry-multiarch:${arch}`
  const result = spawnSync(
    clientFor('buildkit'),
    [
      'build',
      '--quiet',
      '--network',
      'none',
      '--platform',
      `linux/${arch}`,
      '-t',
      tag,
      path.join(FIXTURES, 'registry/multiarch')
    ],
    { env: builderEnv('buildkit'), encoding: 'utf8' }
  )
  if (result.status !== 0)
    throw new Error(`build for ${arch} failed:\n${result.stderr}`)
  return tag
}

describe('registry source: an open registry on loopback', () => {
  let registry: RunningRegistry
  const tags = {} as Record<Builder, string>
  let ociIndexDigest: string
  beforeAll(async () => {
    registry = await startRegistry()
    for (const builder of BUILDERS) {
      tags[builder] = buildFixture('split-layers', builder)
      await pushImage(tags[builder], `${registry.host}/isb/split:${builder}`)
    }
    await pushImage(tags.buildkit, `${registry.host}/isb/split-oci:buildkit`, {
      format: 'oci'
    })
    for (const arch of ['amd64', 'arm64'] as const)
      await pushImage(buildPlatform(arch), `${registry.host}/isb/multi:${arch}`)
    const entries = (['amd64', 'arm64'] as const).map((arch) => ({
      ref: `${registry.host}/isb/multi:${arch}`,
      platform: { os: 'linux', architecture: arch }
    }))
    ociIndexDigest = await putIndex(
      registry.host,
      'isb/multi',
      'oci-index',
      entries,
      'application/vnd.oci.image.index.v1+json'
    )
    await putIndex(
      registry.host,
      'isb/multi',
      'docker-list',
      entries,
      'application/vnd.docker.distribution.manifest.list.v2+json'
    )
  })
  afterAll(async () => {
    await registry?.stop()
  })

  describe.each(BUILDERS)('split-layers built by the %s builder', (builder) => {
    it("rows equal the engine's, each layer's compressedBytes is the manifest's size, and nothing is pulled", async () => {
      const ref = `${registry.host}/isb/split:${builder}`
      const report = await readRegistryImage(ref, {
        env: { ...process.env, DOCKER_CONFIG: emptyConfig }
      })
      const engine = await readEngineImage(tags[builder])
      const manifest = manifestOf(ref)

      expect(report.image).toEqual({
        ref,
        id: configDigest(tags[builder]),
        source: 'registry',
        digest: skopeoManifest(ref).digest,
        platform: 'linux/amd64'
      })
      expect(
        report.layers.map((l) => [
          l.instruction,
          l.createdBy,
          l.empty,
          l.buildArgs
        ])
      ).toEqual(
        engine.layers.map((l) => [
          l.instruction,
          l.createdBy,
          l.empty,
          l.buildArgs
        ])
      )
      expect(report.layers.map((l) => l.instruction)).toEqual([
        '',
        'ARG',
        'RUN',
        'WORKDIR',
        'COPY',
        'RUN',
        'RUN',
        'ENV',
        'CMD'
      ])
      const layerRows = report.layers.filter((l) => !l.empty)
      expect(layerRows.map((l) => l.compressedBytes)).toEqual(
        manifest.layers.map((l) => l.size)
      )
      expect(layerRows.map((l) => l.diffId)).toEqual(
        engine.layers.filter((l) => !l.empty).map((l) => l.diffId)
      )
      expect(
        report.layers
          .filter((l) => l.empty)
          .every((l) => l.compressedBytes === undefined && l.sizeBytes === 0)
      ).toBe(true)
      // Without --uncompressed, sizes are the compressed ones and the report says so.
      expect(report.sizeKind).toBe('compressed')
      expect(layerRows.map((l) => l.sizeBytes)).toEqual(
        manifest.layers.map((l) => l.size)
      )
      expect(report.totalCompressedBytes).toBe(
        manifest.layers.reduce((sum, l) => sum + l.size, 0)
      )
      expect(report.totalBytes).toBe(report.totalCompressedBytes)
      // 64 MiB of zeros compress to almost nothing: the pull size is far below the 67 MB the engine reports.
      expect(report.totalCompressedBytes).toBeLessThan(engine.totalBytes / 10)
      expect(report.warnings).toEqual([])
      expect(engineHas(ref)).toBe(false)
    })

    it('--uncompressed streams the layers and counts them as the engine does: the same bytes per layer', async () => {
      const ref = `${registry.host}/isb/split:${builder}`
      const report = await readRegistryImage(ref, {
        uncompressed: true,
        env: { ...process.env, DOCKER_CONFIG: emptyConfig }
      })
      const engine = await readEngineImage(tags[builder])
      expect(report.sizeKind).toBeUndefined()
      expect(report.layers.map((l) => l.sizeBytes)).toEqual(
        engine.layers.map((l) => l.sizeBytes)
      )
      expect(report.layers.map((l) => l.sizeBytes).slice(2)).toEqual([
        67108864, 0, 13, 307200, 0, 0, 0
      ])
      expect(report.totalBytes).toBe(engine.totalBytes)
      expect(report.totalCompressedBytes).toBe(
        manifestOf(ref).layers.reduce((sum, l) => sum + l.size, 0)
      )
      expect(engineHas(ref)).toBe(false)
    })
  })

  it('an OCI manifest (skopeo --format oci) reads the same as the Docker schema 2 one', async () => {
    const oci = await readRegistryImage(
      `${registry.host}/isb/split-oci:buildkit`,
      { env: { ...process.env, DOCKER_CONFIG: emptyConfig } }
    )
    const docker = await readRegistryImage(
      `${registry.host}/isb/split:buildkit`,
      { env: { ...process.env, DOCKER_CONFIG: emptyConfig } }
    )
    expect(
      manifestOf(`${registry.host}/isb/split-oci:buildkit`).mediaType
    ).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(oci.layers.map((l) => [l.createdBy, l.empty, l.diffId])).toEqual(
      docker.layers.map((l) => [l.createdBy, l.empty, l.diffId])
    )
    expect(
      oci.layers.filter((l) => !l.empty).map((l) => l.compressedBytes)
    ).toEqual(
      manifestOf(`${registry.host}/isb/split-oci:buildkit`).layers.map(
        (l) => l.size
      )
    )
  })

  it('a digest ref reads the manifest it pins', async () => {
    const { digest } = skopeoManifest(`${registry.host}/isb/split:classic`)
    const report = await readRegistryImage(
      `${registry.host}/isb/split@${digest}`,
      { env: { ...process.env, DOCKER_CONFIG: emptyConfig } }
    )
    expect(report.image.digest).toBe(digest)
    expect(report.image.id).toBe(configDigest(tags.classic))
  })

  it.each(['oci-index', 'docker-list'])(
    '%s: --platform picks the matching image; default linux/amd64',
    async (tag) => {
      const env = { ...process.env, DOCKER_CONFIG: emptyConfig }
      const ref = `${registry.host}/isb/multi:${tag}`
      const arm = await readRegistryImage(ref, { platform: 'linux/arm64', env })
      const armManifest = manifestOf(`${registry.host}/isb/multi:arm64`)
      expect(arm.image).toMatchObject({
        platform: 'linux/arm64',
        id: armManifest.config.digest,
        digest: skopeoManifest(`${registry.host}/isb/multi:arm64`).digest
      })
      expect(
        arm.layers.map((l) => [
          l.instruction,
          l.createdBy,
          l.empty,
          l.compressedBytes
        ])
      ).toEqual([
        // BuildKit 0.11+ (Docker 23+) records the ARG's value in the history: ARG TARGETARCH=arm64.
        [
          'ARG',
          expect.stringMatching(/^ARG TARGETARCH(=arm64)?$/),
          true,
          undefined
        ],
        [
          'COPY',
          'COPY hello-arm64.txt /hello.txt',
          false,
          armManifest.layers[0].size
        ],
        ['LABEL', 'LABEL purpose=registry-test', true, undefined]
      ])
      const amd = await readRegistryImage(ref, { env })
      expect(amd.image.platform).toBe('linux/amd64')
      expect(amd.layers[1].createdBy).toBe('COPY hello-amd64.txt /hello.txt')
      // linux/arm64/v8 is linux/arm64 (containerd's normalisation).
      expect(
        (await readRegistryImage(ref, { platform: 'linux/arm64/v8', env }))
          .image.id
      ).toBe(arm.image.id)
      // --uncompressed counts the one file: its bytes exactly.
      expect(
        (
          await readRegistryImage(ref, {
            platform: 'linux/arm64',
            uncompressed: true,
            env
          })
        ).totalBytes
      ).toBe(
        readFileSync(path.join(FIXTURES, 'registry/multiarch/hello-arm64.txt'))
          .length
      )
    }
  )

  it('readRegistryImages gives one report per platform, in the order asked', async () => {
    const reports = await readRegistryImages(
      `${registry.host}/isb/multi:oci-index`,
      ['linux/arm64', 'linux/amd64'],
      { env: { ...process.env, DOCKER_CONFIG: emptyConfig } }
    )
    expect(reports.map((r) => r.image.platform)).toEqual([
      'linux/arm64',
      'linux/amd64'
    ])
    expect(reports.map((r) => r.totalCompressedBytes)).toEqual(
      ['arm64', 'amd64'].map(
        (a) => manifestOf(`${registry.host}/isb/multi:${a}`).layers[0].size
      )
    )
  })

  it('a missing platform says which platforms exist (CLI exits 2)', async () => {
    const run = await cli(
      [
        'analyze',
        `${registry.host}/isb/multi:oci-index`,
        '--source',
        'registry',
        '--platform',
        'linux/s390x'
      ],
      { DOCKER_CONFIG: emptyConfig }
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      `image-size-budget analyze: error: ${registry.host}/isb/multi:oci-index has no linux/s390x image; platforms there: linux/amd64, linux/arm64. Choose one with --platform.`
    )
    await expect(
      readRegistryImage(`${registry.host}/isb/multi:arm64`, {
        platform: 'linux/amd64',
        env: { ...process.env, DOCKER_CONFIG: emptyConfig }
      })
    ).rejects.toThrow(
      `${registry.host}/isb/multi:arm64 is a single-platform image for linux/arm64; it has no linux/amd64 image. Choose linux/arm64 with --platform.`
    )
  })

  it('the index digest is what the tag resolves to, and a digest ref of the index works too', async () => {
    const report = await readRegistryImage(
      `${registry.host}/isb/multi@${ociIndexDigest}`,
      {
        platform: 'linux/arm64',
        env: { ...process.env, DOCKER_CONFIG: emptyConfig }
      }
    )
    expect(report.image.platform).toBe('linux/arm64')
  })

  it('CLI: `analyze REF --source registry --json` prints the report; the table shows the rows', async () => {
    const ref = `${registry.host}/isb/split:buildkit`
    const json = await cli(['analyze', ref, '--source', 'registry', '--json'], {
      DOCKER_CONFIG: emptyConfig
    })
    expect(json.stderr).toBe('')
    expect(json.status).toBe(0)
    const report = JSON.parse(json.stdout) as ImageReport
    expect(report).toEqual(
      await readRegistryImage(ref, {
        env: { ...process.env, DOCKER_CONFIG: emptyConfig }
      })
    )
    const table = await cli(['analyze', ref, '--source', 'registry'], {
      DOCKER_CONFIG: emptyConfig
    })
    expect(table.status).toBe(0)
    expect(table.stdout).toContain('RUN mkdir -p /opt/build-deps')
    expect(engineHas(ref)).toBe(false)
  })

  it('unknown tag, unreachable registry and bad refs are input errors naming what to fix', async () => {
    const env = { DOCKER_CONFIG: emptyConfig }
    const missing = await cli(
      ['analyze', `${registry.host}/isb/split:nope`, '--source', 'registry'],
      env
    )
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain(
      `registry ${registry.host} has no tag "nope" in isb/split`
    )
    const closed = await cli(
      ['analyze', '127.0.0.1:1/isb/split:x', '--source', 'registry'],
      env
    )
    expect(closed.status).toBe(2)
    expect(closed.stderr).toContain(
      'cannot reach registry 127.0.0.1:1 at http://127.0.0.1:1'
    )
    const bad = await cli(
      ['analyze', 'Has/Upper:tag', '--source', 'registry'],
      env
    )
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('"Has/Upper:tag" is not an image reference')
    const source = await cli(['analyze', 'x', '--source', 'ftp'], env)
    expect(source.stderr).toContain(
      '--source must be "docker" or "registry", not "ftp"'
    )
  })

  it('429 and 5xx are retried with backoff, honouring Retry-After up to a bound; a registry that stays down is an input error', async () => {
    // A fault injector in front of the real registry: the first answers for the manifest are errors, then it forwards.
    const faults: { status: number; retryAfter?: string }[] = []
    const seen: string[] = []
    // The waits the client asks for, recorded (and made at once) instead of timed.
    const waits: number[] = []
    const sleep = (ms: number) => {
      waits.push(ms)
      return Promise.resolve()
    }
    const proxy = createServer((req, res) => {
      const isManifest = /\/manifests\//.test(req.url ?? '')
      if (isManifest) seen.push(req.url ?? '')
      const fault = isManifest ? faults.shift() : undefined
      if (fault) {
        res
          .writeHead(
            fault.status,
            fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}
          )
          .end()
        return
      }
      fetch(`http://${registry.host}${req.url}`, {
        headers: { accept: String(req.headers.accept ?? '*/*') }
      }).then(async (upstream) => {
        res.writeHead(upstream.status, Object.fromEntries(upstream.headers))
        res.end(Buffer.from(await upstream.arrayBuffer()))
      })
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    const host = `127.0.0.1:${(proxy.address() as { port: number }).port}`
    const env = { ...process.env, DOCKER_CONFIG: emptyConfig }
    try {
      faults.push(
        { status: 503, retryAfter: '1' },
        { status: 429 },
        { status: 502, retryAfter: '3600' }
      )
      const report = await readRegistryImage(`${host}/isb/split:classic`, {
        env,
        client: { backoffMs: 50, maxRetryAfterMs: 300, sleep }
      })
      expect(
        report.layers.filter((l) => !l.empty).map((l) => l.compressedBytes)
      ).toEqual(
        manifestOf(`${registry.host}/isb/split:classic`).layers.map(
          (l) => l.size
        )
      )
      expect(seen).toHaveLength(4)
      // Retry-After: 1 s, cut to the 300 ms bound; no Retry-After: the backoff doubled once
      // (50 × 2); Retry-After: 1 h, cut to the bound.
      expect(waits).toEqual([300, 100, 300])
      seen.length = 0
      waits.length = 0
      faults.push({ status: 503 }, { status: 503 }, { status: 503 })
      await expect(
        readRegistryImage(`${host}/isb/split:classic`, {
          env,
          client: { backoffMs: 10, retries: 2, sleep }
        })
      ).rejects.toThrow(
        `registry ${host} answered 503 Service Unavailable for manifest classic of isb/split`
      )
      expect(seen).toHaveLength(3)
      expect(waits).toEqual([10, 20])
    } finally {
      await new Promise((resolve) => proxy.close(resolve))
    }
  })

  it('a baseline not in the engine is read from its registry; one in the engine from the engine', async () => {
    const env = { ...process.env, DOCKER_CONFIG: emptyConfig }
    const fromRegistry = await readEngineOrRegistryImage(
      `${registry.host}/isb/split:classic`,
      { env }
    )
    expect(fromRegistry.image.source).toBe('registry')
    const fromEngine = await readEngineOrRegistryImage(tags.classic, { env })
    expect(fromEngine.image.source).toBe('docker')
  })
})

describe('registry source: htpasswd basic auth', () => {
  let registry: RunningRegistry
  let ref: string
  let open: RunningRegistry
  beforeAll(async () => {
    registry = await startRegistry({ htpasswd: { [USER]: PASSWORD } })
    open = await startRegistry()
    const tag = buildFixture('split-layers', 'buildkit')
    ref = `${registry.host}/isb/private:1`
    await pushImage(tag, ref, { creds: CREDS })
    await pushImage(tag, `${open.host}/isb/private:1`)
  })
  afterAll(async () => {
    await registry?.stop()
    await open?.stop()
  })

  it('without credentials: exit 2, naming the registry and where credentials were looked for', async () => {
    const run = await cli(['analyze', ref, '--source', 'registry'], {
      DOCKER_CONFIG: emptyConfig
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      `image-size-budget analyze: error: registry ${registry.host} refused the credentials to pull isb/private (401); tried no credentials (none for ${registry.host} in $DOCKER_CONFIG/config.json). Log in with "docker login ${registry.host}" (or set DOCKER_CONFIG), and check that the account may pull isb/private.`
    )
  })

  it('with the `auth` that docker login writes: the same layers as from an open registry, and no secret in any output', async () => {
    const config = dockerConfigDir({
      auths: { [registry.host]: { auth: AUTH_B64 } }
    })
    const run = await cli(['analyze', ref, '--source', 'registry', '--json'], {
      DOCKER_CONFIG: config,
      IMAGE_SIZE_BUDGET_DEBUG: '1'
    })
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as ImageReport
    const openReport = await readRegistryImage(`${open.host}/isb/private:1`, {
      env: { ...process.env, DOCKER_CONFIG: emptyConfig }
    })
    expect(report.layers).toEqual(openReport.layers)
    expect(
      report.layers.filter((l) => !l.empty).map((l) => l.compressedBytes)
    ).toEqual(manifestOf(ref, CREDS).layers.map((l) => l.size))
    expect(run.log).toContain(
      `debug: registry: GET http://${registry.host}/v2/isb/private/manifests/1`
    )
    for (const text of [run.stdout, run.stderr, run.log]) {
      expect(text).not.toContain(PASSWORD)
      expect(text).not.toContain(AUTH_B64)
    }
    rmSync(config, { recursive: true })
  })

  it('a wrong password: exit 2 saying which credentials were tried, never the password', async () => {
    const wrong = 'not-the-password'
    const config = dockerConfigDir({
      auths: {
        [`http://${registry.host}`]: {
          auth: Buffer.from(`${USER}:${wrong}`).toString('base64')
        }
      }
    })
    const run = await cli(['analyze', ref, '--source', 'registry'], {
      DOCKER_CONFIG: config
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      `registry ${registry.host} refused the credentials to pull isb/private (401); tried credentials for ${registry.host} from $DOCKER_CONFIG/config.json (user alice).`
    )
    expect(run.stderr).not.toContain(wrong)
    rmSync(config, { recursive: true })
  })

  it('credHelpers: asks docker-credential-<name> get, as docker does', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'isb-helper-'))
    // A real helper speaking the docker-credential-helpers protocol: server URL on stdin, JSON on stdout.
    writeFileSync(
      path.join(bin, 'docker-credential-isbtest'),
      `#!/bin/sh\n[ "$1" = get ] || exit 1\nread server\nif [ "$server" = "${registry.host}" ]; then printf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}' "$server"; else echo "credentials not found in native keychain"; exit 1; fi\n`,
      { mode: 0o755 }
    )
    const config = dockerConfigDir({
      credHelpers: { [registry.host]: 'isbtest' }
    })
    const report = await readRegistryImage(ref, {
      env: {
        ...process.env,
        DOCKER_CONFIG: config,
        PATH: `${bin}:${process.env.PATH}`
      }
    })
    expect(
      report.layers.filter((l) => !l.empty).map((l) => l.compressedBytes)
    ).toEqual(manifestOf(ref, CREDS).layers.map((l) => l.size))
    // credsStore: the same helper for every registry; one it has nothing for leaves the request anonymous, and the message says so.
    const store = dockerConfigDir({ credsStore: 'isbtest' })
    const env = {
      ...process.env,
      DOCKER_CONFIG: store,
      PATH: `${bin}:${process.env.PATH}`
    }
    expect((await readRegistryImage(ref, { env })).layers).toEqual(
      report.layers
    )
    const other = `localhost:${registry.host.split(':')[1]}/isb/private:1`
    await expect(readRegistryImage(other, { env })).rejects.toThrow(
      `tried no credentials (none for localhost:${registry.host.split(':')[1]} in $DOCKER_CONFIG/config.json)`
    )
    rmSync(bin, { recursive: true })
    rmSync(config, { recursive: true })
    rmSync(store, { recursive: true })
  })
})

describe('registry source: bearer tokens from a token server (the ghcr.io / Docker Hub flow)', () => {
  let tokens: TokenServer
  let registry: RunningRegistry
  let ref: string
  beforeAll(async () => {
    tokens = await startTokenServer({ [USER]: PASSWORD })
    registry = await startRegistry({
      token: {
        realm: tokens.realm,
        service: tokens.service,
        issuer: tokens.issuer,
        certFile: tokens.certFile
      }
    })
    ref = `${registry.host}/org/app:pr-1`
    await pushImage(buildFixture('split-layers', 'classic'), ref, {
      creds: CREDS
    })
  })
  afterAll(async () => {
    await registry?.stop()
    await tokens?.stop()
  })

  it('credentials from the docker config go to the token server; the token reads the image', async () => {
    const config = dockerConfigDir({
      auths: { [registry.host]: { username: USER, password: PASSWORD } }
    })
    tokens.requests.length = 0
    const run = await cli(['analyze', ref, '--source', 'registry', '--json'], {
      DOCKER_CONFIG: config,
      IMAGE_SIZE_BUDGET_DEBUG: '1'
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as ImageReport
    // One token for the repository, reused for the manifest and the config blob.
    expect(tokens.requests).toEqual([
      { user: USER, scopes: ['repository:org/app:pull'], granted: true }
    ])
    expect(
      report.layers.filter((l) => !l.empty).map((l) => l.compressedBytes)
    ).toEqual((await skopeoManifestAsync(ref, CREDS)).layers.map((l) => l.size))
    expect(run.log).toContain('debug: registry: GET')
    for (const text of [run.stdout, run.stderr, run.log]) {
      expect(text).not.toContain(PASSWORD)
      expect(text).not.toMatch(/eyJ[\w-]+\.eyJ/) // no JWT either
    }
    rmSync(config, { recursive: true })
  })

  it('without credentials: exit 2 naming the token server and the registry', async () => {
    const run = await cli(['analyze', ref, '--source', 'registry'], {
      DOCKER_CONFIG: emptyConfig
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      `image-size-budget analyze: error: registry ${registry.host} (its token server ${new URL(tokens.realm).origin}) refused the credentials to pull org/app (401); tried no credentials (none for ${registry.host} in $DOCKER_CONFIG/config.json). Log in with "docker login ${registry.host}" (or set DOCKER_CONFIG), and check that the account may pull org/app.`
    )
  })
})

describe('analyze --compressed on an engine image: gzip of each layer as a push makes it', () => {
  it('matches zlib over the layers of `docker save`, row by row, and leaves the engine sizes alone', async () => {
    const tag = buildFixture('split-layers', 'classic')
    const run = await cli(['analyze', tag, '--compressed', '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as ImageReport

    // The independent account: docker save to a folder, extract, gzip each manifest layer in one go.
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-save-'))
    mkdirSync(path.join(dir, 'x'))
    execFileSync('sh', [
      '-c',
      `docker save "$1" | tar -x -C "$2"`,
      'sh',
      tag,
      path.join(dir, 'x')
    ])
    const saved = JSON.parse(
      readFileSync(path.join(dir, 'x', 'manifest.json'), 'utf8')
    ) as { Layers: string[] }[]
    // A containerd-store engine keeps each layer compressed, as built: that blob is what a push sends.
    const stored = engineStore() === 'containerd'
    const expected = saved[0].Layers.map((layer) =>
      stored
        ? statSync(path.join(dir, 'x', layer)).size
        : gzipSync(readFileSync(path.join(dir, 'x', layer))).length
    )
    rmSync(dir, { recursive: true })

    expect(
      report.layers.filter((l) => !l.empty).map((l) => l.compressedBytes)
    ).toEqual(expected)
    expect(report.totalCompressedBytes).toBe(
      expected.reduce((a, b) => a + b, 0)
    )
    expect(
      report.layers
        .filter((l) => l.empty)
        .every((l) => l.compressedBytes === undefined)
    ).toBe(true)
    // Sizes stay the engine's: only compressed fields are added.
    expect(report.sizeKind).toBeUndefined()
    expect(report.layers.map((l) => l.sizeBytes)).toEqual(
      (await readEngineImage(tag)).layers.map((l) => l.sizeBytes)
    )
  })

  it('--uncompressed without --source registry is an input error', async () => {
    const run = await cli(['analyze', 'x', '--uncompressed'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--uncompressed applies to --source registry')
  })
})
