// `image-size-budget compare` through main() in-process: real images built from the
// compare fixtures, sides given as engine refs or saved reports, exact figures.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { compareReports } from '../../src/compare/compare.js'
import { readEngineImage } from '../../src/image/engine.js'
import type { Comparison } from '../../src/model/report.js'
import { baseLayerBytes, BUILDERS, buildFixture } from '../support/engine.js'

async function cli(
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: (text) => (stdout += text + '\n'),
    stderr: (text) => (stderr += text + '\n')
  })
  return { code, stdout, stderr }
}

const KiB = 1024

describe.each(BUILDERS)('compare, %s builder', (builder) => {
  const tag = (name: string, side: string) =>
    `isb-test/compare/${name}/${side}:${builder}`
  let fromTag: string
  beforeAll(() => {
    for (const name of ['edited', 'inserted', 'split-vs-merged'])
      for (const side of ['base', 'head'])
        buildFixture(`compare/${name}/${side}`, builder)
    fromTag = buildFixture('compare/base-image/from', builder, {
      tag: `isb-test/compare-base2:${builder}`
    })
    buildFixture('compare/base-image/base', builder)
    buildFixture('compare/base-image/head', builder, {
      buildArgs: [`BASE=${fromTag}`]
    })
  })

  it('--json prints the Comparison: inserted step', async () => {
    const result = await cli([
      'compare',
      tag('inserted', 'base'),
      tag('inserted', 'head'),
      '--json'
    ])
    expect([result.code, result.stderr]).toEqual([0, ''])
    const comparison = JSON.parse(result.stdout) as Comparison
    expect(comparison).toEqual(
      compareReports(
        await readEngineImage(tag('inserted', 'base')),
        await readEngineImage(tag('inserted', 'head'))
      )
    )
    expect(comparison.totalDeltaBytes).toBe(200 * KiB)
    expect(
      comparison.layers.map((change) => [
        change.status,
        change.deltaBytes,
        change.base?.index ?? null,
        change.head?.index ?? null
      ])
    ).toEqual([
      ['unchanged', 0, 0, 0],
      ['unchanged', 0, 1, 1],
      ['added', 200 * KiB, null, 2],
      ['unchanged', 0, 2, 3]
    ])
  })

  it('human output: the head against the base with delta and percent, changed layers largest first, then the unchanged count (as the log and check print an image)', async () => {
    const result = await cli([
      'compare',
      tag('split-vs-merged', 'base'),
      tag('split-vs-merged', 'head'),
      '--units',
      'iec'
    ])
    expect(result.code).toBe(0)
    const base = baseLayerBytes() + 64 * KiB * KiB + 100 * KiB
    const lines = result.stdout.trimEnd().split('\n')
    const head = base - 64 * KiB * KiB
    expect(lines.slice(0, 2)).toEqual([
      `${tag('split-vs-merged', 'head')}: ${(head / KiB / KiB).toFixed(2)} MiB (${head} bytes), ▼ -64.0 MiB (${((-64 * KiB * KiB * 100) / base).toFixed(1)}%) against the base ${(base / KiB / KiB).toFixed(1)} MiB (${tag('split-vs-merged', 'base')})`,
      '  1 layer changed, largest change first:'
    ])
    // The delete step (base L3) was merged into the adding step: one change over both base rows.
    expect(lines[2]).toMatch(
      /^ {4}▼ shrank {2}L1 {2}64\.0 MiB → 0 B {2}-64\.0 MiB {2}base L1 and base L3 merged: RUN mkdir -p \/o…\/build-deps$/
    )
    expect(lines.slice(3)).toEqual(['  2 layers unchanged'])
  })

  it('a saved report as the base side gives the same comparison as the live image', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-cli-compare-'))
    const file = path.join(dir, 'base.json')
    const saved = await cli(['analyze', tag('edited', 'base'), '--json'])
    writeFileSync(file, saved.stdout)
    const fromFile = JSON.parse(
      (
        await cli([
          'compare',
          file,
          tag('edited', 'head'),
          '--json',
          '--min-change',
          '200kB'
        ])
      ).stdout
    ) as Comparison
    const live = JSON.parse(
      (
        await cli([
          'compare',
          tag('edited', 'base'),
          tag('edited', 'head'),
          '--json',
          '--min-change',
          '200kB'
        ])
      ).stdout
    ) as Comparison
    expect(fromFile).toEqual(live)
    expect(live.minChangeBytes).toBe(200_000)
    expect(
      live.layers.map((change) => [change.status, change.deltaBytes])
    ).toEqual([
      ['unchanged', 0],
      ['unchanged', 150 * KiB + 2],
      ['unchanged', 0]
    ])
  })

  it('--base-from/--head-from: a changed base image reads as one FROM change', async () => {
    const result = await cli([
      'compare',
      tag('base-image', 'base'),
      tag('base-image', 'head'),
      '--base-from',
      'isb-base:busybox',
      '--head-from',
      fromTag
    ])
    expect(result.code).toBe(0)
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`
    expect(result.stdout).toContain(
      `\n  1 layer changed, largest change first:\n    ▲ grew  L0  ${mb(baseLayerBytes())} → ${mb(baseLayerBytes() + 500 * KiB)}  +512 kB  FROM ${fromTag} (2 layers)\n  1 layer unchanged`
    )
  })
})

describe('compare: unusable input exits 2 with one clear line', () => {
  it.each([
    [
      ['compare', 'isb-base:busybox'],
      'compare takes two images, base then head (refs in the engine or saved .json reports), got 1'
    ],
    [
      ['compare', 'reports/missing.json', 'isb-base:busybox'],
      'base "reports/missing.json" looks like a report file but does not exist'
    ],
    [
      ['compare', 'isb-base:busybox', 'isb-test/not-there:1'],
      'image "isb-test/not-there:1" is not in the Docker engine'
    ],
    [
      ['compare', 'a:1', 'b:1', '--min-change', '10 parsecs'],
      '--min-change: "10 parsecs" is not a size: use e.g. 100MB or 100MiB'
    ],
    [
      ['compare', 'a:1', 'b:1', '--units', 'metric'],
      '--units must be "si" or "iec", not "metric"'
    ],
    [
      ['compare', 'a:1', 'b:1', '--base-from', 'x:1'],
      '--base-from and --head-from go together'
    ],
    [
      [
        'compare',
        'isb-base:busybox',
        'isb-base:busybox',
        '--base-from',
        'isb-test/compare-base2:classic',
        '--head-from',
        'isb-base:busybox'
      ],
      '--base-from isb-test/compare-base2:classic: that image is not in the engine, or its layers are not the first layers of isb-base:busybox'
    ]
  ])('%j', async (args, message) => {
    const result = await cli(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(
      result.stderr.startsWith(`image-size-budget compare: error: ${message}`)
    ).toBe(true)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('identical sides: no layer changed', async () => {
    const result = await cli([
      'compare',
      'isb-base:busybox',
      'isb-base:busybox',
      '--min-change',
      '0'
    ])
    const size = `${(baseLayerBytes() / 1e6).toFixed(2)} MB`
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      `isb-base:busybox: ${size} (${baseLayerBytes()} bytes), no change against the base ${size} (isb-base:busybox)`,
      '  no layer changed',
      '  1 layer unchanged'
    ])
  })
})
