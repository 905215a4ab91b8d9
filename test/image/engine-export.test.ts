// The engine export (engine-export.ts) against the real engine: the archive read from the
// engine's socket, and through `docker save` when the CLI is asked for, is byte for byte the
// file `docker save -o` writes, also with a consumer that makes it wait; a missing image, an
// unreachable socket and a consumer that throws end as they should. The HTTP reading is also
// driven by a local server that splits its answer at every awkward place, and the endpoint
// choice follows the docker CLI's order (DOCKER_CONTEXT, DOCKER_HOST, currentContext).
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { analyzeFiles } from '../../src/analysis/files.js'
import { saveEngineImage } from '../../src/image/archive/engine.js'
import { readArchive } from '../support/archive.js'
import { engineEndpoint, exportImage } from '../../src/image/engine-export.js'

const REF = 'isb-base:busybox'
let dir: string
let saved: { bytes: number; sha256: string }
const envBefore = { ...process.env }

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'isb-export-'))
  const file = path.join(dir, 'img.tar')
  execFileSync('docker', ['save', '-o', file, REF])
  const data = readFileSync(file)
  saved = { bytes: data.length, sha256: archiveDigest(data) }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => {
  for (const key of [
    'IMAGE_SIZE_BUDGET_ENGINE_EXPORT',
    'DOCKER_HOST',
    'DOCKER_CONTEXT',
    'DOCKER_CONFIG'
  ]) {
    if (envBefore[key] === undefined) delete process.env[key]
    else process.env[key] = envBefore[key]
  }
})

/**
 * The digest of a tar archive with the modification time of its directory entries zeroed:
 * Docker 25+ writes `blobs/sha256/` with the time of the save, so two saves a second apart
 * differ there and nowhere else. Every other byte counts.
 */
function archiveDigest(data: Buffer): string {
  const copy = Buffer.from(data)
  for (let at = 0; at + 512 <= copy.length;) {
    const header = copy.subarray(at, at + 512)
    if (header.every((byte) => byte === 0)) break
    const size = parseInt(header.toString('latin1', 124, 136).trim() || '0', 8)
    if (header[156] === 0x35) {
      // typeflag '5', a directory: mtime (136, 12 bytes) and, since it changes with it, the checksum (148, 8).
      header.fill(0, 136, 156)
    }
    at += 512 + Math.ceil(size / 512) * 512
  }
  return createHash('sha256').update(copy).digest('hex')
}

/** Exports `ref`, keeping what arrives; `slow` makes every third chunk wait and copies it only afterwards. */
async function exported(ref: string, slow: boolean) {
  const parts: Buffer[] = []
  let bytes = 0
  let calls = 0
  const result = await exportImage(ref, (chunk) => {
    bytes += chunk.length
    // Copied after the pause: proves a chunk is not overwritten while its promise is pending.
    if (slow && calls++ % 3 === 0)
      return new Promise((resolve) =>
        setTimeout(() => resolve(void parts.push(Buffer.from(chunk))), 1)
      )
    parts.push(Buffer.from(chunk))
  })
  return { ...result, bytes, sha256: archiveDigest(Buffer.concat(parts)) }
}

describe('exportImage from the engine', () => {
  it("reads the engine's socket and gives exactly the bytes of docker save -o, also when the consumer pauses", async () => {
    expect(saved.bytes).toBeGreaterThan(1_000_000)
    expect(await exported(REF, false)).toEqual({ via: 'api', ...saved })
    expect(await exported(REF, true)).toEqual({ via: 'api', ...saved })
  })

  it('goes through docker save when asked to (IMAGE_SIZE_BUDGET_ENGINE_EXPORT=cli), with the same bytes', async () => {
    process.env.IMAGE_SIZE_BUDGET_ENGINE_EXPORT = 'cli'
    expect(await exported(REF, true)).toEqual({ via: 'cli', ...saved })
  })

  it.each(['api', 'cli'])(
    'a missing image is a failure that says so (%s)',
    async (via) => {
      if (via === 'cli') process.env.IMAGE_SIZE_BUDGET_ENGINE_EXPORT = 'cli'
      const result = await exported('isb-test/no-such-image:1', false)
      expect(result.via).toBe(via)
      expect(result.failure?.notFound).toBe(true)
      expect(result.failure?.message).toMatch(
        /no such image|not found|reference does not exist/i
      )
      expect(result.bytes).toBe(0)
    }
  )

  it.each(['api', 'cli'])(
    'a consumer that throws stops the export and is reported (%s)',
    async (via) => {
      if (via === 'cli') process.env.IMAGE_SIZE_BUDGET_ENGINE_EXPORT = 'cli'
      let calls = 0
      const result = await exportImage(REF, () => {
        if (++calls === 2) throw new Error('stop here')
      })
      expect(calls).toBe(2)
      expect(result.via).toBe(via)
      expect((result.consumeError as Error).message).toBe('stop here')
    }
  )

  it('an engine socket nobody listens on falls back to the CLI, which says there is no engine', async () => {
    process.env.DOCKER_HOST = `unix://${path.join(dir, 'nobody.sock')}`
    const result = await exported(REF, false)
    expect(result.via).toBe('cli')
    expect(result.failure?.noEngine).toBe(true)
  })
})

describe('exportImage reading HTTP', () => {
  let server: Server | undefined
  afterEach(() => server?.close())

  /** A server on a unix socket that writes `pieces` one by one, a few ms apart, then closes. */
  async function serve(pieces: string[]): Promise<void> {
    const sock = path.join(
      dir,
      `http-${Math.random().toString(36).slice(2)}.sock`
    )
    server = createServer((socket) => {
      socket.once('data', async () => {
        for (const piece of pieces) {
          socket.write(piece)
          await new Promise((resolve) => setTimeout(resolve, 2))
        }
        socket.end()
      })
    })
    await new Promise<void>((resolve) => server!.listen(sock, resolve))
    process.env.DOCKER_HOST = `unix://${sock}`
  }

  async function collect() {
    const parts: string[] = []
    const result = await exportImage(
      'app:1',
      (chunk) => void parts.push(chunk.toString('latin1'))
    )
    return { ...result, body: parts.join('') }
  }

  it('a chunked body split inside headers, sizes, CRLFs and data, with extensions and trailers', async () => {
    await serve([
      'HTTP/1.1 200 OK\r\nContent-Ty',
      'pe: application/x-tar\r\nTransfer-Encoding: chunked\r',
      '\n\r\n5',
      ';ext=1\r\nhel',
      'lo\r',
      '\n1',
      '0\r\n0123456789abcdef\r\n0\r\nX-Trailer: 1\r\n',
      '\r\n'
    ])
    expect(await collect()).toEqual({
      via: 'api',
      body: 'hello0123456789abcdef'
    })
  })

  it('a body with Content-Length, and one that runs to the close of the connection', async () => {
    await serve(['HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc', 'def'])
    expect(await collect()).toEqual({ via: 'api', body: 'abcdef' })
    server!.close()
    await serve(['HTTP/1.0 200 OK\r\n\r\nuntil', ' close'])
    expect(await collect()).toEqual({ via: 'api', body: 'until close' })
  })

  it("an error status gives the engine's message, never the body as an archive", async () => {
    await serve([
      'HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 32\r\n\r\n{"message":"disk full on /var"}\n'
    ])
    expect(await collect()).toEqual({
      via: 'api',
      body: '',
      failure: {
        message: 'disk full on /var',
        notFound: false,
        noEngine: false
      }
    })
  })

  it('a connection cut inside the body, a malformed chunk size and a non-HTTP answer are failures', async () => {
    await serve([
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nonly-half'
    ])
    const cut = await collect()
    expect(cut.body).toBe('only-half')
    expect(cut.failure?.message).toMatch(/before the archive was complete/)
    server!.close()
    await serve(['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'])
    expect((await collect()).failure?.message).toMatch(/malformed chunked body/)
    server!.close()
    await serve(['SSH-2.0-OpenSSH_9.2\r\n\r\n'])
    expect((await collect()).failure?.message).toMatch(/not HTTP/)
  })
})

describe('saveEngineImage over what other engines answer', () => {
  let server: Server | undefined
  afterEach(() => server?.close())

  /** An engine stand-in on a unix socket that answers /images/get with `file`, chunked in uneven pieces. */
  async function engineServing(file: string): Promise<void> {
    const data = readFileSync(file)
    const sock = path.join(
      dir,
      `engine-${Math.random().toString(36).slice(2)}.sock`
    )
    server = createServer((socket) => {
      socket.once('data', () => {
        socket.write(
          'HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nTransfer-Encoding: chunked\r\n\r\n'
        )
        for (
          let pos = 0, n = 1;
          pos < data.length;
          pos += n, n = (n * 7 + 4093) % 70001
        ) {
          const piece = data.subarray(pos, pos + n)
          socket.write(`${piece.length.toString(16)}\r\n`)
          socket.write(piece)
          socket.write('\r\n')
        }
        socket.end('0\r\n\r\n')
      })
    })
    await new Promise<void>((resolve) => server!.listen(sock, resolve))
    process.env.DOCKER_HOST = `unix://${sock}`
  }

  // A containerd-store engine (Docker 25+ with that store) saves an OCI layout whose layer
  // blobs stay compressed; kaniko's and a legacy save's layouts too: streamed from the socket,
  // each gives what reading the same archive from disk gives.
  it.each([
    'test-oci-gzip-image.tar',
    'test-oci-zstd-image.tar',
    'test-oci-estargz-image.tar',
    'test-kaniko-image.tar',
    'test-docker-image.tar'
  ])(
    '%s streamed from the socket equals the archive read from disk',
    async (name) => {
      const file = path.resolve('test/fixtures/dive', name)
      const fromDisk = await readArchive(file, { ref: 'x:1' })
      await engineServing(file)
      const { report, listings } = await saveEngineImage('x:1')
      expect(listings.length).toBe(
        fromDisk.layers.filter((l) => !l.empty).length
      )
      expect({
        ...report,
        image: { ...report.image, source: 'archive' }
      }).toEqual({
        ...fromDisk,
        files: undefined,
        image: { ...fromDisk.image, source: 'archive' }
      })
      expect(analyzeFiles(report.layers, listings)).toEqual(fromDisk.files)
    }
  )
})

describe('engineEndpoint (the docker CLI order)', () => {
  const config = (body: object) => {
    const home = mkdtempSync(path.join(dir, 'cfg-'))
    writeFileSync(path.join(home, 'config.json'), JSON.stringify(body))
    return home
  }
  const context = (home: string, name: string, host: string, tls = false) => {
    const id = createHash('sha256').update(name).digest('hex')
    mkdirSync(path.join(home, 'contexts', 'meta', id), { recursive: true })
    writeFileSync(
      path.join(home, 'contexts', 'meta', id, 'meta.json'),
      JSON.stringify({ Name: name, Endpoints: { docker: { Host: host } } })
    )
    if (tls)
      mkdirSync(path.join(home, 'contexts', 'tls', id, 'docker'), {
        recursive: true
      })
  }

  it('DOCKER_HOST, tcp without TLS, and the default socket', () => {
    const empty = config({})
    expect(
      engineEndpoint({
        DOCKER_CONFIG: empty,
        DOCKER_HOST: 'unix:///run/x.sock'
      })
    ).toEqual({ socketPath: '/run/x.sock' })
    expect(
      engineEndpoint({
        DOCKER_CONFIG: empty,
        DOCKER_HOST: 'tcp://10.0.0.5:2376'
      })
    ).toEqual({ host: '10.0.0.5', port: 2376 })
    expect(
      engineEndpoint({ DOCKER_CONFIG: empty, DOCKER_HOST: 'tcp://[::1]' })
    ).toEqual({ host: '::1', port: 2375 })
    expect(
      engineEndpoint({
        DOCKER_CONFIG: empty,
        DOCKER_HOST: 'tcp://h:2376',
        DOCKER_TLS_VERIFY: '1'
      })
    ).toBeUndefined()
    expect(
      engineEndpoint({ DOCKER_CONFIG: empty, DOCKER_HOST: 'ssh://me@h' })
    ).toBeUndefined()
    expect(engineEndpoint({ DOCKER_CONFIG: empty })).toEqual({
      socketPath: '/var/run/docker.sock'
    })
    expect(
      engineEndpoint({
        DOCKER_CONFIG: empty,
        IMAGE_SIZE_BUDGET_ENGINE_EXPORT: 'cli'
      })
    ).toBeUndefined()
    expect(
      engineEndpoint({
        DOCKER_CONFIG: empty,
        IMAGE_SIZE_BUDGET_DOCKER: '/usr/bin/podman'
      })
    ).toBeUndefined()
    expect(
      engineEndpoint({
        DOCKER_CONFIG: empty,
        IMAGE_SIZE_BUDGET_DOCKER: '/usr/bin/docker'
      })
    ).toEqual({ socketPath: '/var/run/docker.sock' })
  })

  it('contexts: DOCKER_CONTEXT beats DOCKER_HOST, which beats currentContext; a TLS context goes through the CLI', () => {
    const home = config({ currentContext: 'remote' })
    context(home, 'remote', 'unix:///run/remote.sock')
    context(home, 'colima', 'unix:///home/me/.colima/docker.sock')
    context(home, 'secure', 'tcp://h:2376', true)
    expect(engineEndpoint({ DOCKER_CONFIG: home })).toEqual({
      socketPath: '/run/remote.sock'
    })
    expect(
      engineEndpoint({
        DOCKER_CONFIG: home,
        DOCKER_HOST: 'unix:///run/host.sock'
      })
    ).toEqual({ socketPath: '/run/host.sock' })
    expect(
      engineEndpoint({
        DOCKER_CONFIG: home,
        DOCKER_HOST: 'unix:///run/host.sock',
        DOCKER_CONTEXT: 'colima'
      })
    ).toEqual({ socketPath: '/home/me/.colima/docker.sock' })
    expect(
      engineEndpoint({ DOCKER_CONFIG: home, DOCKER_CONTEXT: 'secure' })
    ).toBeUndefined()
    expect(
      engineEndpoint({ DOCKER_CONFIG: home, DOCKER_CONTEXT: 'missing' })
    ).toBeUndefined()
    expect(
      engineEndpoint({ DOCKER_CONFIG: home, DOCKER_CONTEXT: 'default' })
    ).toEqual({ socketPath: '/var/run/docker.sock' })
  })
})
