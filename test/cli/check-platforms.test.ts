// `platforms:` in the budget file: one result per platform, each read from a real
// registry on loopback (an OCI index of two FROM-scratch images, one per arch), held to
// the image's compressed (pull size) budget. Nothing is pulled.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunReport } from '../../src/model/report.js'
import {
  buildFixture,
  builderEnv,
  clientFor,
  FIXTURES
} from '../support/engine.js'
import {
  pushImage,
  putIndex,
  skopeoManifest,
  startRegistry,
  type RunningRegistry
} from '../support/registry.js'
import { runCli } from '../support/run.js'

function buildFor(arch: 'amd64' | 'arm64'): string {
  const tag = `isb-test/platforms:${arch}`
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
    {
      env: builderEnv('buildkit'),
      encoding: 'utf8'
    }
  )
  if (result.status !== 0)
    throw new Error(`build for ${arch} failed:\n${result.stderr}`)
  return tag
}

const buildFixtureTag = () => buildFixture('split-layers', 'classic')

describe('check with platforms and registry baselines', () => {
  let registry: RunningRegistry
  const layerBytes: Record<string, number> = {}
  beforeAll(async () => {
    registry = await startRegistry()
    for (const arch of ['amd64', 'arm64'] as const) {
      await pushImage(buildFor(arch), `${registry.host}/isb/platforms:${arch}`)
      const manifest = JSON.parse(
        skopeoManifest(`${registry.host}/isb/platforms:${arch}`).raw
      ) as { layers: { size: number }[] }
      layerBytes[arch] = manifest.layers.reduce(
        (sum, layer) => sum + layer.size,
        0
      )
    }
    await putIndex(
      registry.host,
      'isb/platforms',
      'index',
      (['amd64', 'arm64'] as const).map((arch) => ({
        ref: `${registry.host}/isb/platforms:${arch}`,
        platform: { os: 'linux', architecture: arch }
      })),
      'application/vnd.oci.image.index.v1+json'
    )
  })
  afterAll(async () => registry?.stop())

  it('one result per platform with its exact pull size; the budget applies to each', () => {
    // The arm64 file is the longer one, so its layer is the bigger: a limit of exactly the amd64 size passes amd64 (inclusive) and fails arm64.
    expect(layerBytes.arm64).toBeGreaterThan(layerBytes.amd64)
    const dir = mkdtempSync(path.join(tmpdir(), 'isb-platforms-'))
    const config = path.join(dir, 'budget.yml')
    writeFileSync(
      config,
      [
        `images:`,
        `  multi:`,
        `    image: ${registry.host}/isb/platforms:index`,
        `    platforms: [linux/amd64, linux/arm64]`,
        `    budget:`,
        `      compressed: { total: ${layerBytes.amd64} }`
      ].join('\n')
    )
    const result = runCli(['check', '--config', config, '--json'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const run = JSON.parse(result.stdout) as RunReport
    expect(
      run.images.map((image) => [
        image.name,
        image.image.platform,
        image.totalCompressedBytes,
        image.status
      ])
    ).toEqual([
      ['multi (linux/amd64)', 'linux/amd64', layerBytes.amd64, 'pass'],
      ['multi (linux/arm64)', 'linux/arm64', layerBytes.arm64, 'fail']
    ])
    expect(
      run.violations.map((v) => [v.image, v.rule, v.limitBytes, v.actualBytes])
    ).toEqual([
      ['multi (linux/arm64)', 'compressed', layerBytes.amd64, layerBytes.arm64]
    ])
    expect(
      spawnSync(
        'docker',
        ['image', 'inspect', `${registry.host}/isb/platforms:index`],
        { stdio: 'ignore' }
      ).status
    ).not.toBe(0)
  })

  it('a baseline-image only in a registry is read there (not pulled), and the comparison is on pull sizes', async () => {
    buildFixtureTag()
    await pushImage(
      'isb-test/split-layers:classic',
      `${registry.host}/isb/split:base`
    )
    const manifest = JSON.parse(
      skopeoManifest(`${registry.host}/isb/split:base`).raw
    ) as { layers: { size: number }[] }
    const baseCompressed = manifest.layers.reduce(
      (sum, layer) => sum + layer.size,
      0
    )
    const result = runCli([
      'check',
      '--config',
      'test/fixtures/budget/within.yml',
      '--json',
      '--baseline-image',
      `${registry.host}/isb/split:base`
    ])
    expect(result.status).toBe(0)
    const [image] = (JSON.parse(result.stdout) as RunReport).images
    expect(image.totalCompressedBytes).toBeGreaterThan(0)
    expect(image.comparison?.base).toEqual({
      ref: `${registry.host}/isb/split:base`,
      totalBytes: baseCompressed
    })
    expect(image.comparison?.head.totalBytes).toBe(image.totalCompressedBytes)
    expect(image.comparison?.totalDeltaBytes).toBe(
      image.totalCompressedBytes! - baseCompressed
    )
    expect(
      spawnSync(
        'docker',
        ['image', 'inspect', `${registry.host}/isb/split:base`],
        { stdio: 'ignore' }
      ).status
    ).not.toBe(0)
  })
})
