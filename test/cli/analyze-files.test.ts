// `analyze --files` / `analyze --archive` end to end: fixture Dockerfiles built by both
// builders in the real engine, read four ways (streamed `docker save`, `docker save` to a
// file, skopeo's oci-archive, skopeo's zstd OCI layout directory), exact figures each time.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdtempSync,
  rmSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type {
  FilesAnalysis,
  ImageReport,
  Violation
} from '../../src/model/report.js'
import {
  BUILDERS,
  buildFixture,
  configDigest,
  engineStore,
  skopeoSource
} from '../support/engine.js'

const DIVE = path.resolve('test/fixtures/dive')

async function run(
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t)
  })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

async function json(
  args: string[]
): Promise<ImageReport & { violations?: Violation[] }> {
  const result = await run([...args, '--json'])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as ImageReport
}

interface Expected {
  reclaimableBytes: number
  items: FilesAnalysis['items']
  hints: [string, number[], number, number][]
}

const EXPECTED: Record<string, Expected> = {
  'deleted-dir': {
    reclaimableBytes: 67108864,
    items: [
      {
        path: '/opt/build-deps/toolchain.bin',
        bytes: 50331648,
        addedIn: 1,
        removedIn: 3
      },
      {
        path: '/opt/build-deps/headers.bin',
        bytes: 16777216,
        addedIn: 1,
        removedIn: 3
      }
    ],
    hints: [['deleted-later', [1, 3], 67108864, 2]]
  },
  'chmod-copy': {
    reclaimableBytes: 13000,
    items: [
      { path: '/app/server.js', bytes: 10000, addedIn: 1, replacedIn: 2 },
      { path: '/app/data.txt', bytes: 3000, addedIn: 1, replacedIn: 2 }
    ],
    hints: [['metadata-copy', [1, 2], 13000, 2]]
  },
  overwrite: {
    reclaimableBytes: 307200,
    items: [{ path: '/data.bin', bytes: 307200, addedIn: 1, replacedIn: 2 }],
    hints: [['replaced-later', [1, 2], 307200, 1]]
  },
  'opaque-dir': {
    reclaimableBytes: 786432,
    items: [
      { path: '/cache/a.bin', bytes: 524288, addedIn: 1, removedIn: 2 },
      { path: '/cache/b.bin', bytes: 262144, addedIn: 1, removedIn: 2 }
    ],
    hints: [['deleted-later', [1, 2], 786432, 2]]
  },
  'merged-run': { reclaimableBytes: 0, items: [], hints: [] },
  'multi-stage': { reclaimableBytes: 0, items: [], hints: [] },
  'package-cache': {
    reclaimableBytes: 0,
    items: [],
    hints: [
      ['package-cache', [1], 40960, 1],
      ['package-cache', [1], 10240, 1]
    ]
  }
}
const CASES = Object.keys(EXPECTED)

describe.each(BUILDERS)('file analysis, %s builder', (builder) => {
  const tags: Record<string, string> = {}
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isb-files-'))
    for (const name of CASES)
      tags[name] = buildFixture(`files/${name}`, builder, {
        tag: `isb-test/files-${name}:${builder}`
      })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each(CASES)(
    '%s: exact figures, the same from the engine, docker save, oci-archive and a zstd OCI layout',
    async (name) => {
      const tag = tags[name]
      const expected = EXPECTED[name]
      const engine = await json(['analyze', tag, '--files'])
      const saved = path.join(dir, `${name}.tar`)
      execFileSync('docker', ['save', '-o', saved, tag])
      const archive = await json(['analyze', '--archive', saved])
      const ociArchive = path.join(dir, `${name}.oci.tar`)
      const source = skopeoSource(tag, dir)
      execFileSync('skopeo', [
        'copy',
        '--quiet',
        source,
        `oci-archive:${ociArchive}`
      ])
      const ociDir = path.join(dir, `${name}.oci-zstd`)
      execFileSync('skopeo', [
        'copy',
        '--quiet',
        '--dest-compress-format',
        'zstd',
        source,
        `oci:${ociDir}`
      ])
      const oci = await json(['analyze', '--archive', ociArchive])
      const zstd = await json(['analyze', '--archive', ociDir])

      const files = engine.files!
      expect(files.reclaimableBytes).toBe(expected.reclaimableBytes)
      expect(files.items).toEqual(expected.items)
      expect(files.itemCount).toBe(expected.items.length)
      expect(
        files.hints.map((h) => [h.kind, h.layers, h.bytes, h.files])
      ).toEqual(expected.hints)
      expect(files.hints.every((h) => !h.base)).toBe(true)
      const layerBytes = engine.layers.reduce((sum, l) => sum + l.sizeBytes, 0)
      expect(files.efficiency).toBe(1 - expected.reclaimableBytes / layerBytes)
      for (const other of [archive, oci, zstd])
        expect(other.files).toEqual(files)
      // Layer sizes counted from the archive's tar headers equal what the engine reports.
      for (const other of [archive, oci, zstd]) {
        expect(
          other.layers.map((l) => [l.sizeBytes, l.empty, l.diffId])
        ).toEqual(engine.layers.map((l) => [l.sizeBytes, l.empty, l.diffId]))
        expect(other.totalBytes).toBe(engine.totalBytes)
        expect(other.image.source).toBe('archive')
      }
      expect(archive.image.ref).toBe(tag)
      // The engine's ID is the config digest on the legacy store, the manifest's on the containerd store.
      expect(archive.image.id).toBe(configDigest(tag))
      if (engineStore() === 'legacy')
        expect(engine.image.id).toBe(archive.image.id)
    }
  )

  it('deleted-dir: dive sees 100% efficiency and no waste, the story this feature exists for', async () => {
    const report = await json(['analyze', tags['deleted-dir'], '--files'])
    expect(report.files!.dive).toMatchObject({
      efficiency: 1,
      wastedBytes: 0,
      userWastedPercent: 0
    })
    expect(report.files!.hints[0].message).toBe(
      'L3 (RUN rm -rf /opt/build-deps) deletes 2 files (67.1 MB) in /opt/build-deps that L1 (RUN mkdir -p /opt/build-deps && dd if=/dev…/headers.bin bs=1M count=16) added; the bytes stay in L1. Add and delete them in one RUN, or build in a separate stage and COPY only the result.'
    )
  })

  it('chmod-copy: dive counts the kept copy as waste (dive #684), we count only the hidden one', async () => {
    const report = await json(['analyze', tags['chmod-copy'], '--files'])
    expect(report.files!.dive.wastedBytes).toBe(26000)
    expect(report.files!.dive.inefficientFiles).toEqual([
      { path: '/app/server.js', count: 2, bytes: 20000 },
      { path: '/app/data.txt', count: 2, bytes: 6000 }
    ])
    expect(report.files!.reclaimableBytes).toBe(13000)
  })

  it('the text output lists the hidden copies and the hints', async () => {
    const result = await run(['analyze', tags['deleted-dir'], '--files'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'reclaimable 67.1 MB (67108864 bytes) in 2 hidden file copies; efficiency'
    )
    expect(result.stdout).toMatch(
      /^ +50\.3 MB {2}\/opt\/build-deps\/toolchain\.bin {2}\(added in L1, removed in L3\)$/m
    )
    expect(result.stdout).toMatch(
      /^ {2}deleted-later +67\.1 MB {2}L3 \(RUN rm -rf \/opt\/build-deps\) deletes 2 files/m
    )
    expect(result.stdout).toContain(
      'dive: efficiency 100.0000 %, wasted 0 B (0 bytes), user wasted 0.0%'
    )
  })
})

describe('analyze --archive on dive test images and broken input', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isb-archive-cli-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('test-docker-image.tar: dive figures exactly as dive asserts them', async () => {
    const report = await json([
      'analyze',
      '--archive',
      path.join(DIVE, 'test-docker-image.tar')
    ])
    expect(report.files!.dive).toMatchObject({
      efficiency: 0.9844212134184309,
      wastedBytes: 32025,
      userWastedPercent: 0.4834911001404049,
      sizeBytes: 1220598,
      userSizeBytes: 66237
    })
  })

  it('--dive-ci: dive rules, equality passes, a broken rule exits 1 with a `dive` violation', async () => {
    const ci = path.join(dir, '.dive-ci')
    writeFileSync(
      ci,
      'rules:\n  lowestEfficiency: 0.9844212134184309\n  highestWastedBytes: 32025\n  highestUserWastedPercent: 0.4834911001404049\n'
    )
    const pass = await json([
      'analyze',
      '--archive',
      path.join(DIVE, 'test-docker-image.tar'),
      '--dive-ci',
      ci
    ])
    expect(pass.violations).toEqual([])
    writeFileSync(
      ci,
      'rules:\n  lowestEfficiency: 0.99\n  highestWastedBytes: 32KB\n  highestUserWastedPercent: disabled\n'
    )
    const fail = await run([
      'analyze',
      '--archive',
      path.join(DIVE, 'test-docker-image.tar'),
      '--dive-ci',
      ci,
      '--json'
    ])
    expect(fail.code).toBe(1)
    const violations = (JSON.parse(fail.stdout) as { violations: Violation[] })
      .violations
    expect(
      violations.map((v) => [v.rule, v.detail, v.limitBytes, v.actualBytes])
    ).toEqual([
      ['dive', 'lowestEfficiency', 0.99, 0.9844212134184309],
      ['dive', 'highestWastedBytes', 32000, 32025]
    ])
    const text = await run([
      'analyze',
      '--archive',
      path.join(DIVE, 'test-docker-image.tar'),
      '--dive-ci',
      ci
    ])
    expect(text.code).toBe(1)
    expect(text.stdout).toContain(
      '✗ dive-test:latest: dive efficiency 0.9844212134184309 is below lowestEfficiency 0.99'
    )
  })

  it('a truncated archive exits 2 with one line and no stack trace', async () => {
    const cut = path.join(dir, 'cut.tar')
    copyFileSync(path.join(DIVE, 'test-docker-image.tar'), cut)
    truncateSync(cut, 700_000)
    const result = await run(['analyze', '--archive', cut])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^image-size-budget analyze: error: .*cut\.tar: not a readable image archive: truncated/
    )
    expect(result.stderr).not.toMatch(/^\s+at /m)
  })

  it('a missing archive, a bad --dive-ci and --archive with a ref exit 2', async () => {
    expect(
      (await run(['analyze', '--archive', path.join(dir, 'nope.tar')])).stderr
    ).toContain('cannot read the archive')
    const ci = path.join(dir, 'bad-ci')
    writeFileSync(ci, 'rules:\n  lowestEfficiency: 1.5\n')
    const bad = await run([
      'analyze',
      '--archive',
      path.join(DIVE, 'test-oci-gzip-image.tar'),
      '--dive-ci',
      ci
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(
      'rules.lowestEfficiency config value is outside allowed range (0-1)'
    )
    const both = await run([
      'analyze',
      'x:1',
      '--archive',
      path.join(DIVE, 'test-oci-gzip-image.tar')
    ])
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('--archive reads the image from the archive')
  })
})
