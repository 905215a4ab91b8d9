// `image-size-budget analyze` end to end: real images built by both builders in the
// real engine, read through the committed CLI bundle, exact bytes for every layer.
import { beforeAll, describe, expect, it } from 'vitest'
import type { ImageReport } from '../../src/model/report.js'
import {
  baseLayerBytes,
  BUILDERS,
  buildFixture,
  engineSize,
  rootfsLayers
} from '../support/engine.js'
import { runCli } from '../support/run.js'

function analyzeJson(ref: string, env: NodeJS.ProcessEnv = {}): ImageReport {
  const result = runCli(['analyze', ref, '--json'], env)
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout) as ImageReport
}

describe.each(BUILDERS)('analyze, %s builder', (builder) => {
  let base: number
  let splitTag: string
  let workdirTag: string
  beforeAll(() => {
    base = baseLayerBytes()
    splitTag = buildFixture('split-layers', builder)
    workdirTag = buildFixture('workdir-root', builder)
  })

  it('split-layers: exact bytes per row, base first, empty rows one-to-one with RootFS', () => {
    const report = analyzeJson(splitTag)
    expect(report.schemaVersion).toBe(1)
    expect(report.image).toMatchObject({
      ref: splitTag,
      source: 'docker',
      platform: 'linux/amd64'
    })
    expect(
      report.layers.map((l) => [l.instruction, l.sizeBytes, l.empty])
    ).toEqual([
      ['', base, false],
      ['ARG', 0, true],
      ['RUN', 48 * 1024 * 1024 + 16 * 1024 * 1024, false],
      ['WORKDIR', 0, false],
      ['COPY', 13, false],
      ['RUN', 300 * 1024, false],
      ['RUN', 0, false],
      ['ENV', 0, true],
      ['CMD', 0, true]
    ])
    expect(report.layers.map((l) => l.index)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8
    ])
    expect(report.layers[2].createdBy).toBe(
      'RUN mkdir -p /opt/build-deps && dd if=/dev/zero of=/opt/build-deps/toolchain.bin bs=1M count=48 && dd if=/dev/zero of=/opt/build-deps/headers.bin bs=1M count=16'
    )
    expect(report.layers[2].buildArgs).toEqual({ TOOLCHAIN: '1.0' })
    expect(report.layers[6].createdBy).toBe('RUN rm -rf /opt/build-deps')
    expect(report.layers.filter((l) => !l.empty).map((l) => l.diffId)).toEqual(
      rootfsLayers(splitTag)
    )
    expect(report.totalBytes).toBe(engineSize(splitTag))
    expect(report.totalBytes).toBe(base + 67108864 + 13 + 307200)
    expect(report.warnings).toEqual([])
  })

  it('workdir-root: 0-byte rows decided exactly (WORKDIR / makes no layer, WORKDIR /srv and RUN rm do)', () => {
    const report = analyzeJson(workdirTag)
    expect(
      report.layers.map((l) => [l.createdBy, l.sizeBytes, l.empty])
    ).toEqual([
      ['', base, false],
      ['WORKDIR /', 0, true],
      ['RUN dd if=/dev/zero of=/big bs=1024 count=100', 102400, false],
      ['WORKDIR /srv', 0, false],
      ['RUN rm /big', 0, false],
      ['LABEL purpose=test', 0, true]
    ])
    expect(report.layers.filter((l) => !l.empty).map((l) => l.diffId)).toEqual(
      rootfsLayers(workdirTag)
    )
    expect(report.warnings).toEqual([])
  })

  it('a pre-23.0 client (no `--format json`) gives the same report through the template fallback', () => {
    const old = analyzeJson(splitTag, {
      IMAGE_SIZE_BUDGET_DOCKER: process.env.ISB_DOCKER_BUILDKIT
    })
    expect(old).toEqual(analyzeJson(splitTag))
  })

  it('the table shows every row, sizes in SI by default or IEC on request, and the exact total', () => {
    const si = runCli(['analyze', splitTag])
    expect(si.status).toBe(0)
    expect(si.stdout).toMatch(
      /^L2 +67\.1 MB +96\.7% █+.* RUN mkdir -p \/opt\/build-deps/m
    )
    expect(si.stdout).toContain(
      `total 69.4 MB (${base + 67416077} bytes) in 6 layers`
    )
    const iec = runCli(['analyze', splitTag, '--units', 'iec'])
    expect(iec.stdout).toMatch(/^L2 +64\.0 MiB /m)
  })
})

describe('analyze: building with the CLI flags', () => {
  it('builds with --context/--dockerfile/--build-arg, streams the log to stderr, and reports the tagged image', () => {
    const result = runCli(
      [
        'analyze',
        'isb-test/cli-build:1',
        '--context',
        'test/fixtures/split-layers',
        '--dockerfile',
        'test/fixtures/split-layers/Dockerfile',
        '--build-arg',
        'TOOLCHAIN=2.5',
        '--network',
        'none',
        '--json'
      ],
      { DOCKER_BUILDKIT: '0' }
    )
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('Step 1/9 : FROM isb-base:busybox')
    const report = JSON.parse(result.stdout) as ImageReport
    expect(report.image.ref).toBe('isb-test/cli-build:1')
    expect(report.layers[2]).toMatchObject({
      sizeBytes: 67108864,
      buildArgs: { TOOLCHAIN: '2.5' }
    })
    expect(report.totalBytes).toBe(engineSize('isb-test/cli-build:1'))
  })
})

describe('analyze: unusable input exits 2 with one clear line', () => {
  it.each([
    [
      ['analyze', 'isb-test/does-not-exist:1'],
      'image "isb-test/does-not-exist:1" is not in the Docker engine. Build or pull it first'
    ],
    [['analyze', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['analyze'], 'analyze needs an image ref'],
    [
      [
        'analyze',
        'x',
        '--context',
        'test/fixtures/does-not-exist',
        '--network',
        'none'
      ],
      'docker build of test/fixtures/does-not-exist/Dockerfile failed'
    ],
    [['nonsense'], 'unknown command "nonsense"']
  ])('%j', (args, message) => {
    const result = runCli(args, { DOCKER_BUILDKIT: '0' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.stdout).toBe(args[0] === 'nonsense' ? '' : result.stdout)
  })

  it('no engine: names the image and what to do', () => {
    const result = runCli(['analyze', 'app:pr'], {
      DOCKER_HOST: 'unix:///nonexistent/docker.sock'
    })
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      'image-size-budget analyze: error: cannot reach a Docker engine to read app:pr: Cannot connect to the Docker daemon at unix:///nonexistent/docker.sock. Is the docker daemon running. Start dockerd or set DOCKER_HOST.'
    ])
  })
})
