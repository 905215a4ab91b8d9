// The same exact figures on every engine and image store. scripts/test.sh starts three real
// engines — the first one (Debian's 20.10, legacy store), and sid's 28.x with the legacy
// store and with the containerd store — and this file builds one Dockerfile whose bytes are
// known by construction on each, with both builders, and reads it through the CLI bundle.
// It runs once, in the first pass (the other passes run the whole suite on one newer engine).
import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Comparison, ImageReport } from '../../src/model/report.js'
import {
  BUILDERS,
  builderEnv,
  clientFor,
  FIXTURES,
  type Builder
} from '../support/engine.js'
import { runCli } from '../support/run.js'

interface Engine {
  name: string
  host: string
  store: 'legacy' | 'containerd'
}

function storeOf(host: string): Engine['store'] {
  const status = execFileSync(
    'docker',
    ['info', '--format', '{{json .DriverStatus}}'],
    { env: { ...process.env, DOCKER_HOST: host }, encoding: 'utf8' }
  )
  return status.includes('io.containerd.snapshotter.v1')
    ? 'containerd'
    : 'legacy'
}

function engines(): Engine[] {
  const first = process.env.DOCKER_HOST ?? ''
  const list: Engine[] = [
    { name: 'first engine', host: first, store: storeOf(first) }
  ]
  const legacy = process.env.ISB_ENGINE_LEGACY_HOST
  const containerd = process.env.ISB_ENGINE_CONTAINERD_HOST
  // No silent skip: without the newer engines this file cannot do its job, so it fails.
  if (!legacy || !containerd)
    throw new Error(
      'the newer engines are not running: run the tests through "npm test" (scripts/test.sh starts them)'
    )
  list.push(
    { name: 'newer engine, legacy store', host: legacy, store: 'legacy' },
    {
      name: 'newer engine, containerd store',
      host: containerd,
      store: 'containerd'
    }
  )
  expect(list.slice(1).map((engine) => storeOf(engine.host))).toEqual([
    'legacy',
    'containerd'
  ])
  return list
}

const dir = mkdtempSync(path.join(tmpdir(), 'isb-stores-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The busybox base by construction (scripts/engine.sh base): the binary, a 7-byte symlink ("busybox") per applet, /etc/passwd. */
function baseBytes(): number {
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => {
    try {
      return statSync(p).isFile()
    } catch {
      return false
    }
  })!
  const applets = execFileSync(busybox, ['--list'], { encoding: 'utf8' })
    .split('\n')
    .filter((a) => a && a !== 'busybox')
  return (
    statSync(busybox).size +
    7 * applets.length +
    'root:x:0:0:root:/root:/bin/sh\n'.length
  )
}

const MIB64 = 64 * 1024 * 1024

/** Rows of the fixture, by construction: base, 64 MiB, 15,000 one-byte files, rm, WORKDIR, ENV, COPY of 1,000 bytes. */
function expectedRows(): { sizeBytes: number; empty: boolean }[] {
  return [
    { sizeBytes: baseBytes(), empty: false },
    { sizeBytes: MIB64, empty: false },
    { sizeBytes: 15_000, empty: false },
    { sizeBytes: 0, empty: false },
    { sizeBytes: 0, empty: false },
    { sizeBytes: 0, empty: true },
    { sizeBytes: 1000, empty: false }
  ]
}

function build(engine: Engine, builder: Builder): string {
  const tag = `isb-test/stores:${builder}`
  const result = spawnSync(
    clientFor(builder),
    [
      'build',
      '--quiet',
      '--network',
      'none',
      '-t',
      tag,
      path.join(FIXTURES, 'stores')
    ],
    {
      env: { ...builderEnv(builder), DOCKER_HOST: engine.host },
      encoding: 'utf8'
    }
  )
  if (result.status !== 0)
    throw new Error(
      `build on ${engine.name} with ${builder} failed:\n${result.stderr}`
    )
  return tag
}

function cli(engine: Engine, args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli(args, {
    IMAGE_SIZE_BUDGET_DEBUG: '1',
    DOCKER_HOST: engine.host,
    IMAGE_SIZE_BUDGET_CACHE: path.join(
      dir,
      `cache-${engine.store}-${engine.host.length}`
    ),
    ...env
  })
}

function analyze(
  engine: Engine,
  args: string[],
  env: NodeJS.ProcessEnv = {}
): { report: ImageReport; stderr: string } {
  const run = cli(engine, ['analyze', ...args, '--json'], env)
  expect(run.stderr.replace(/^debug: .*\n/gm, ''), run.stderr).toBe('')
  expect(run.status, run.stderr).toBe(0)
  return { report: JSON.parse(run.stdout) as ImageReport, stderr: run.stderr }
}

function inspectSize(engine: Engine, ref: string): number {
  return Number(
    execFileSync('docker', ['image', 'inspect', '--format', '{{.Size}}', ref], {
      env: { ...process.env, DOCKER_HOST: engine.host },
      encoding: 'utf8'
    }).trim()
  )
}

describe.each(engines())('$name', (engine) => {
  describe.each(BUILDERS)('%s builder', (builder) => {
    let tag: string
    beforeAll(() => {
      tag = build(engine, builder)
    })

    it('reports content bytes for every row, the total as their sum, and the store', () => {
      const { report } = analyze(engine, [tag])
      const expected = expectedRows()
      expect(
        report.layers.map((row) => ({
          sizeBytes: row.sizeBytes,
          empty: row.empty
        }))
      ).toEqual(expected)
      expect(report.totalBytes).toBe(
        expected.reduce((sum, row) => sum + row.sizeBytes, 0)
      )
      expect(report.image.store).toBe(engine.store)
      if (engine.store === 'legacy') {
        // The engine's own figures are ours: nothing to keep beside them.
        expect(report.engine).toBeUndefined()
        expect(report.totalBytes).toBe(inspectSize(engine, tag))
      } else {
        // The engine's figures kept beside ours, labelled: block-rounded rows, a compressed total.
        expect(report.engine).toEqual({
          store: 'containerd',
          sizeBytes: report.layers.reduce(
            (sum, row) => sum + (row.engineSizeBytes ?? 0),
            0
          ),
          totalBytes: inspectSize(engine, tag)
        })
        expect(report.layers[1].engineSizeBytes).toBeGreaterThan(MIB64)
        expect(report.layers[2].engineSizeBytes).toBeGreaterThan(2.7 * 15_000)
        expect(report.layers[3].engineSizeBytes).toBeGreaterThan(0)
        // The pull size comes with the stored blobs: 64 MiB of zeros compresses to almost nothing.
        const compressed = report.layers
          .filter((row) => !row.empty)
          .map((row) => row.compressedBytes!)
        expect(compressed.every((bytes) => bytes > 0)).toBe(true)
        expect(report.totalCompressedBytes).toBe(
          compressed.reduce((a, b) => a + b, 0)
        )
        expect(report.totalCompressedBytes!).toBeLessThan(report.totalBytes / 2)
      }
    })

    it('the file analysis gives the same sizes and the exact reclaimable bytes (the deleted 64 MiB)', () => {
      const { report } = analyze(engine, [tag, '--files'])
      expect(report.layers.map((row) => row.sizeBytes)).toEqual(
        expectedRows().map((row) => row.sizeBytes)
      )
      expect(report.files!.reclaimableBytes).toBe(MIB64)
    })

    it('the image compared with its own docker save archive shows no change', () => {
      const archive = path.join(
        dir,
        `${engine.store}-${builder}-${engine.host.length}.tar`
      )
      execFileSync('docker', ['save', '-o', archive, tag], {
        env: { ...process.env, DOCKER_HOST: engine.host }
      })
      const fromArchive = analyze(engine, ['--archive', archive]).report
      const saved = path.join(
        dir,
        `${engine.store}-${builder}-${engine.host.length}.json`
      )
      writeFileSync(saved, JSON.stringify(fromArchive))
      const run = cli(engine, [
        'compare',
        saved,
        tag,
        '--json',
        '--min-change',
        '0'
      ])
      expect(run.status, run.stderr).toBe(0)
      const comparison = JSON.parse(run.stdout) as Comparison
      expect(comparison.totalDeltaBytes).toBe(0)
      expect(
        comparison.layers.filter((change) => change.status !== 'unchanged')
      ).toEqual([])
    })

    it('a budget of exactly the content size passes, one byte less fails: the same verdict on every store', () => {
      const total = expectedRows().reduce((sum, row) => sum + row.sizeBytes, 0)
      const budget = (totalBytes: number) => {
        const file = path.join(dir, `budget-${totalBytes}.yml`)
        writeFileSync(
          file,
          `images:\n  app:\n    image: ${tag}\n    budget:\n      total: ${totalBytes}\n      layer: 64MiB\n`
        )
        return file
      }
      const pass = cli(engine, ['check', '--config', budget(total), '--json'])
      expect(pass.status, pass.stderr + pass.stdout).toBe(0)
      const fail = cli(engine, [
        'check',
        '--config',
        budget(total - 1),
        '--json'
      ])
      expect(fail.status, fail.stderr).toBe(1)
      const violations = (
        JSON.parse(fail.stdout) as {
          violations: {
            rule: string
            actualBytes: number
            limitBytes: number
          }[]
        }
      ).violations
      expect(
        violations.map((v) => [v.rule, v.limitBytes, v.actualBytes])
      ).toEqual([['total', total - 1, total]])
    })
  })
})

describe('podman (IMAGE_SIZE_BUDGET_DOCKER=podman)', () => {
  const conf = process.env.ISB_PODMAN_STORAGE_CONF
  if (!conf)
    throw new Error(
      'podman is not set up: run the tests through "npm test" (scripts/test.sh runs scripts/engine.sh podman)'
    )
  const env = {
    CONTAINERS_STORAGE_CONF: conf,
    IMAGE_SIZE_BUDGET_DOCKER: 'podman'
  }
  const engine: Engine = { name: 'podman', host: '', store: 'legacy' }
  const tag = 'isb-test/stores:podman'
  beforeAll(() => {
    const result = spawnSync(
      'podman',
      [
        'build',
        '--quiet',
        '--network',
        'none',
        '-t',
        tag,
        path.join(FIXTURES, 'stores')
      ],
      { env: { ...process.env, ...env }, encoding: 'utf8' }
    )
    if (result.status !== 0)
      throw new Error(`podman build failed:\n${result.stderr}`)
  })
  const podmanSize = () =>
    Number(
      execFileSync(
        'podman',
        ['image', 'inspect', '--format', '{{.Size}}', tag],
        { env: { ...process.env, ...env }, encoding: 'utf8' }
      ).trim()
    )

  it("the same content bytes; podman's own figures (tar-stream sizes) kept beside them", () => {
    const { report } = analyze(engine, [tag], env)
    // buildah records WORKDIR /w without a layer of its own: that row is empty here.
    const expected = expectedRows().map((row, i) =>
      i === 4 ? { ...row, empty: true } : row
    )
    expect(
      report.layers.map((row) => ({
        sizeBytes: row.sizeBytes,
        empty: row.empty
      }))
    ).toEqual(expected)
    expect(report.totalBytes).toBe(
      expected.reduce((sum, row) => sum + row.sizeBytes, 0)
    )
    expect(report.image.store).toBe('podman')
    expect(report.engine).toEqual({
      store: 'podman',
      sizeBytes: report.layers.reduce(
        (sum, row) => sum + (row.engineSizeBytes ?? 0),
        0
      ),
      totalBytes: podmanSize()
    })
    // Its history sizes count the tar stream: 15,000 one-byte files take 1,024 bytes each there.
    expect(report.layers[2].engineSizeBytes).toBeGreaterThan(15_000 * 1024)
  })

  it('the file analysis and a budget of exactly the content size, as on the Docker engines', () => {
    const { report } = analyze(engine, [tag, '--files'], env)
    expect(report.files!.reclaimableBytes).toBe(MIB64)
    const total = report.totalBytes
    const file = path.join(dir, 'budget-podman.yml')
    writeFileSync(
      file,
      `images:\n  app:\n    image: ${tag}\n    budget:\n      total: ${total}\n      layer: 64MiB\n`
    )
    expect(cli(engine, ['check', '--config', file, '--json'], env).status).toBe(
      0
    )
    writeFileSync(
      file,
      `images:\n  app:\n    image: ${tag}\n    budget:\n      total: ${total - 1}\n`
    )
    expect(cli(engine, ['check', '--config', file, '--json'], env).status).toBe(
      1
    )
  })
})

describe('the layer-facts cache (containerd store)', () => {
  const engine = engines()[2]
  let tag: string
  beforeAll(() => {
    tag = build(engine, 'buildkit')
  })

  // A docker client that logs its arguments, so a test can tell whether the export ran.
  // Not named docker: the tool then exports through this CLI instead of the engine's socket.
  function loggingClient(): { env: NodeJS.ProcessEnv; calls: () => string[] } {
    const log = path.join(dir, `calls-${Date.now()}.log`)
    const bin = path.join(dir, `docker-logged-${Date.now()}`)
    writeFileSync(bin, `#!/bin/sh\necho "$*" >> '${log}'\nexec docker "$@"\n`, {
      mode: 0o755
    })
    writeFileSync(log, '')
    return {
      env: { IMAGE_SIZE_BUDGET_DOCKER: bin },
      calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean)
    }
  }

  it('a second run reads nothing it already knows; a damaged entry is ignored and measured again', () => {
    const cache = mkdtempSync(path.join(dir, 'cache-'))
    const first = loggingClient()
    const one = analyze(engine, [tag], {
      ...first.env,
      IMAGE_SIZE_BUDGET_CACHE: cache
    })
    expect(
      first.calls().filter((call) => call.startsWith('save'))
    ).toHaveLength(1)
    expect(one.stderr).toMatch(
      /0 from the cache, 6 read from the engine's export/
    )
    const sizes = one.report.layers.map((row) => row.sizeBytes)
    expect(sizes).toEqual(expectedRows().map((row) => row.sizeBytes))

    const second = loggingClient()
    const two = analyze(engine, [tag], {
      ...second.env,
      IMAGE_SIZE_BUDGET_CACHE: cache
    })
    expect(second.calls().filter((call) => call.startsWith('save'))).toEqual([])
    expect(two.stderr).toMatch(
      /6 from the cache, 0 read from the engine's export/
    )
    expect(two.report).toEqual(one.report)

    // Damage the entry of the 64 MiB layer: a wrong size under the old checksum.
    const diffId = one.report.layers[1].diffId!
    const file = path.join(cache, `diff-${diffId.replace(':', '-')}.json`)
    const entry = JSON.parse(readFileSync(file, 'utf8')) as {
      facts: { sizeBytes: number }
    }
    entry.facts.sizeBytes = 1
    writeFileSync(file, JSON.stringify(entry))
    const third = loggingClient()
    const three = analyze(engine, [tag], {
      ...third.env,
      IMAGE_SIZE_BUDGET_CACHE: cache
    })
    expect(three.report.layers.map((row) => row.sizeBytes)).toEqual(sizes)
    expect(three.stderr).toMatch(
      /5 from the cache, 1 read from the engine's export .*; 1 damaged cache entries ignored/
    )
    expect(
      third.calls().filter((call) => call.startsWith('save'))
    ).toHaveLength(1)
    // The re-measured entry replaced the damaged one.
    expect(readdirSync(cache).length).toBeGreaterThanOrEqual(12)
    const four = analyze(engine, [tag], { IMAGE_SIZE_BUDGET_CACHE: cache })
    expect(four.stderr).toMatch(/6 from the cache, 0 read/)
  })

  it('a saved report of the same image seeds the facts: compare exports nothing and shows no change', () => {
    const archive = path.join(dir, 'seed.tar')
    execFileSync('docker', ['save', '-o', archive, tag], {
      env: { ...process.env, DOCKER_HOST: engine.host }
    })
    const saved = path.join(dir, 'seed.json')
    writeFileSync(
      saved,
      JSON.stringify(analyze(engine, ['--archive', archive]).report)
    )
    const client = loggingClient()
    const run = cli(
      engine,
      ['compare', saved, tag, '--json', '--min-change', '0'],
      {
        ...client.env,
        IMAGE_SIZE_BUDGET_CACHE: mkdtempSync(path.join(dir, 'cache-'))
      }
    )
    expect(run.status, run.stderr).toBe(0)
    expect(client.calls().filter((call) => call.startsWith('save'))).toEqual([])
    expect(run.stderr).toMatch(
      /6 from the cache, 0 read from the engine's export/
    )
    expect((JSON.parse(run.stdout) as Comparison).totalDeltaBytes).toBe(0)
  })
})
