// The archive reader on real archives: dive's test images (legacy docker save, kaniko, OCI
// with uncompressed/gzip/zstd/estargz layers), a Docker 25+ layout made from a legacy save
// as moby's save.go lays it out, a legacy save with a repeated layer (symlinked layer.tar),
// OCI indexes with several platforms, and broken archives that must give an InputError.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
  lstatSync,
  realpathSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { entriesOf } from '../../src/model/listing.js'
import { readArchiveImage } from '../../src/image/archive/index.js'
import { readArchive } from '../support/archive.js'
import { buildFixture } from '../support/engine.js'

const DIVE = path.resolve('test/fixtures/dive')
let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'isb-archive-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function unpack(file: string, name: string): string {
  const out = path.join(dir, name)
  mkdirSync(out, { recursive: true })
  execFileSync('tar', ['-xf', file, '-C', out])
  return out
}

function pack(from: string, file: string): string {
  execFileSync('tar', ['-cf', file, '-C', from, '.'])
  return file
}

async function inputError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as Error).message
}

describe('dive test images', () => {
  it.each(['uncompressed', 'gzip', 'zstd', 'estargz'])(
    'test-oci-%s-image.tar: one 11189-byte file, /README.md',
    async (kind) => {
      const { report, listings } = await readArchiveImage(
        path.join(DIVE, `test-oci-${kind}-image.tar`)
      )
      expect(listings).toHaveLength(1)
      expect(
        entriesOf(listings[0])
          .filter((e) => e.kind === 'file')
          .map((e) => [e.path, e.size])
      ).toEqual([['README.md', 11189]])
      expect(report.image.platform).toBe('linux/arm64')
      expect(
        report.layers.map((l) => [
          l.instruction,
          l.createdBy,
          l.sizeBytes,
          l.empty
        ])
      ).toEqual([['COPY', 'COPY README.md /README.md', 11189, false]])
      expect(report.totalBytes).toBe(11189)
    }
  )

  it('test-docker-image.tar (legacy docker save): 15 rows, 14 layers in manifest order, dive figures exact', async () => {
    const report = await readArchive(path.join(DIVE, 'test-docker-image.tar'))
    expect(report.image).toMatchObject({
      ref: 'dive-test:latest',
      source: 'archive',
      platform: 'linux/amd64'
    })
    expect(report.layers).toHaveLength(15)
    expect(report.layers.filter((l) => !l.empty)).toHaveLength(14)
    expect(report.layers.map((l) => l.sizeBytes)).toEqual([
      1154361, 0, 6405, 0, 6405, 6405, 6405, 6405, 6405, 6405, 0, 2187, 6405,
      6405, 6405
    ])
    expect(report.files!.dive).toEqual({
      efficiency: 0.9844212134184309,
      wastedBytes: 32025,
      userWastedPercent: 0.4834911001404049,
      sizeBytes: 1220598,
      userSizeBytes: 66237,
      inefficientFiles: [
        { path: '/root/example/somefile1.txt', count: 2, bytes: 12810 },
        { path: '/root/saved.txt', count: 2, bytes: 12810 },
        { path: '/root/example/somefile3.txt', count: 2, bytes: 6405 }
      ]
    })
    // Our own figure: each hidden copy once, the kept copy never.
    expect(report.files!.reclaimableBytes).toBe(5 * 6405)
    expect(
      report.files!.items.map((i) => [
        i.path,
        i.addedIn,
        i.removedIn ?? i.replacedIn
      ])
    ).toEqual([
      ['/root/example/somefile1.txt', 4, 5],
      ['/root/example/somefile1.txt', 5, 10],
      ['/root/example/somefile2.txt', 6, 10],
      ['/root/example/somefile3.txt', 7, 8],
      ['/root/saved.txt', 8, 14]
    ])
    expect(report.files!.hints.map((h) => [h.kind, h.layers])).toEqual([
      ['metadata-copy', [4, 5]],
      ['deleted-later', [5, 10]],
      ['deleted-later', [6, 10]],
      ['deleted-later', [7, 8]],
      ['metadata-copy', [8, 14]]
    ])
    // What the first hint says in words: test/report/describe.test.ts.
    expect(report.files!.hints[0]).toMatchObject({ bytes: 6405, files: 1 })
  })

  it('test-kaniko-image.tar: kaniko tarball (config named sha256:<hex>, <hex>.tar.gz layers) parses', async () => {
    const report = await readArchive(path.join(DIVE, 'test-kaniko-image.tar'))
    expect(report.image.ref).toBe('dive-test:kaniko-latest')
    expect(report.image.id).toBe(
      'sha256:ae16a51058a758c7963b2f9b23d1acfa201ce9cbefc8cb93845f8cd934fb144d'
    )
    expect(report.layers).toHaveLength(15)
    expect(report.layers[2]).toMatchObject({
      instruction: 'ADD',
      createdBy: 'ADD README.md /somefile.txt',
      sizeBytes: 9249
    })
    expect(report.files!.reclaimableBytes).toBe(5 * 9249)
  })
})

describe('layouts', () => {
  it('a Docker 25+ docker-archive (OCI layout + manifest.json, extra JSON blobs) reads like the legacy save it came from', async () => {
    // moby save.go (25+): layers as blobs/sha256/<sha of the uncompressed tar>, the config as
    // blobs/sha256/<image id>, each layer's legacy v1 JSON also a blob, an OCI manifest and index.
    const legacy = unpack(path.join(DIVE, 'test-docker-image.tar'), 'legacy')
    const out = path.join(dir, 'v25')
    mkdirSync(path.join(out, 'blobs/sha256'), { recursive: true })
    const put = (data: Buffer) => {
      const hex = createHash('sha256').update(data).digest('hex')
      writeFileSync(path.join(out, 'blobs/sha256', hex), data)
      return hex
    }
    const manifest = JSON.parse(
      readFileSync(path.join(legacy, 'manifest.json'), 'utf8')
    ) as [{ Config: string; RepoTags: string[]; Layers: string[] }]
    const config = readFileSync(path.join(legacy, manifest[0].Config))
    const configHex = put(config)
    const layers = manifest[0].Layers.map((name) => {
      put(readFileSync(path.join(legacy, path.dirname(name), 'json')))
      const data = readFileSync(path.join(legacy, name))
      return { hex: put(data), size: data.length }
    })
    const ociManifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: `sha256:${configHex}`,
          size: config.length
        },
        layers: layers.map((l) => ({
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: `sha256:${l.hex}`,
          size: l.size
        }))
      })
    )
    const manifestHex = put(ociManifest)
    writeFileSync(
      path.join(out, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: `sha256:${manifestHex}`,
            size: ociManifest.length
          }
        ]
      })
    )
    writeFileSync(
      path.join(out, 'oci-layout'),
      '{"imageLayoutVersion":"1.0.0"}'
    )
    writeFileSync(
      path.join(out, 'manifest.json'),
      JSON.stringify([
        {
          Config: `blobs/sha256/${configHex}`,
          RepoTags: manifest[0].RepoTags,
          Layers: layers.map((l) => `blobs/sha256/${l.hex}`)
        }
      ])
    )
    const fromLegacy = await readArchive(
      path.join(DIVE, 'test-docker-image.tar')
    )
    const asTar = await readArchive(pack(out, path.join(dir, 'v25.tar')))
    const asDir = await readArchive(out)
    for (const report of [asTar, asDir]) {
      expect(report.layers).toEqual(fromLegacy.layers)
      expect(report.files).toEqual(fromLegacy.files)
      expect(report.image.id).toBe(fromLegacy.image.id)
    }
  })

  it('an OCI layout directory without manifest.json, and the same oci-archive as a tar', async () => {
    const oci = unpack(path.join(DIVE, 'test-oci-zstd-image.tar'), 'oci-zstd')
    expect(readdirSync(oci).sort()).toEqual([
      'blobs',
      'index.json',
      'oci-layout'
    ])
    const report = await readArchive(oci)
    expect(report.totalBytes).toBe(11189)
  })

  it('an index with several platforms: the host platform by default (with a warning), --platform to choose, an error naming the choices', async () => {
    const oci = unpack(path.join(DIVE, 'test-oci-gzip-image.tar'), 'multi')
    const index = JSON.parse(
      readFileSync(path.join(oci, 'index.json'), 'utf8')
    ) as { manifests: { platform?: unknown }[] }
    const [arm] = index.manifests
    // Nest the arm64 image in a child index next to an amd64 entry that points at the same manifest.
    const child = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          {
            ...arm,
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }
          },
          { ...arm, platform: { os: 'linux', architecture: 'amd64' } }
        ]
      })
    )
    const childHex = createHash('sha256').update(child).digest('hex')
    writeFileSync(path.join(oci, 'blobs/sha256', childHex), child)
    writeFileSync(
      path.join(oci, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.index.v1+json',
            digest: `sha256:${childHex}`,
            size: child.length
          }
        ]
      })
    )
    const host = await readArchive(oci)
    expect(host.warnings).toEqual([
      'the index holds several images (linux/arm64/v8, linux/amd64); read the one for this host, linux/amd64'
    ])
    const arm64 = await readArchive(oci, { platform: 'linux/arm64' })
    expect(arm64.warnings).toEqual([])
    expect(
      await inputError(readArchive(oci, { platform: 'linux/s390x' }))
    ).toBe(
      `${oci}: no image for platform linux/s390x; the index has linux/arm64/v8, linux/amd64`
    )
    await expect(
      readArchive(oci, { platform: 'linux/s390x' })
    ).rejects.toMatchObject({
      input: '--platform',
      problem: `${oci}: no image for platform linux/s390x; the index has linux/arm64/v8, linux/amd64`,
      fix: undefined
    })
  })

  it('a repeated layer: one layer read once, whether a symlinked layer.tar (pre-25) or one blob named twice (25+); none on the containerd store', async () => {
    const tag = buildFixture('files/repeated-layer', 'classic', {
      tag: 'isb-test/files-repeated-layer:classic'
    })
    const saved = path.join(dir, 'repeated.tar')
    execFileSync('docker', ['save', '-o', saved, tag])
    const unpacked = unpack(saved, 'repeated')
    const layers = (
      JSON.parse(
        readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')
      ) as { Layers: string[] }[]
    )[0].Layers
    if (layers.length === 2) {
      // The containerd store's differ compares content: the repeat changed nothing and made
      // no layer (../shared/notes/docker-formats.md, part D). Nothing is hidden either.
      const { report } = await readArchiveImage(saved)
      expect(
        report.layers.map((l) => [l.instruction, l.sizeBytes, l.empty])
      ).toEqual([
        ['', report.layers[0].sizeBytes, false],
        ['COPY', 4096, false],
        ['COPY', 0, true]
      ])
      expect((await readArchive(saved)).files!.items).toEqual([])
      return
    }
    const [, second, third] = layers
    if (second === third) {
      // Docker 25+, legacy store: an OCI layout whose manifest names the one blob twice.
      expect(second).toMatch(/^blobs\/sha256\/[a-f0-9]{64}$/)
    } else {
      // Before Docker 25: the repeat is its own <id>/layer.tar, a symlink to the first.
      expect(lstatSync(path.join(unpacked, third)).isSymbolicLink()).toBe(true)
      expect(realpathSync(path.join(unpacked, third))).toBe(
        realpathSync(path.join(unpacked, second))
      )
    }
    const { report, listings } = await readArchiveImage(saved)
    expect(listings[1]).toBe(listings[2])
    expect(report.layers.map((l) => [l.instruction, l.sizeBytes])).toEqual([
      ['', report.layers[0].sizeBytes],
      ['COPY', 4096],
      ['COPY', 4096]
    ])
    const files = (await readArchive(saved)).files!
    expect(files.items).toEqual([
      { path: '/same.txt', bytes: 4096, addedIn: 1, replacedIn: 2 }
    ])
    expect(files.hints.map((h) => h.kind)).toEqual(['replaced-later'])
  })
})

describe('broken archives give an InputError that says what is wrong', () => {
  it('truncated at many points', async () => {
    const source = path.join(DIVE, 'test-docker-image.tar')
    const size = lstatSync(source).size
    for (const at of [
      0,
      100,
      512,
      5000,
      700_000,
      size - 2000,
      size - 1024 - 700
    ]) {
      const file = path.join(dir, `cut-${at}.tar`)
      copyFileSync(source, file)
      truncateSync(file, at)
      expect(await inputError(readArchive(file))).toMatch(
        new RegExp(`^${file}`)
      )
    }
  })

  it('a file that is not a tar', async () => {
    const file = path.join(dir, 'not.tar')
    writeFileSync(file, 'hello world\n'.repeat(100))
    expect(await inputError(readArchive(file))).toBe(
      `${file}: not a readable image archive: bad header checksum (not a tar archive, or corrupt)`
    )
  })

  it('a missing blob, a manifest naming layers that are not there, a history that disagrees with the layers', async () => {
    const oci = unpack(
      path.join(DIVE, 'test-oci-uncompressed-image.tar'),
      'broken-oci'
    )
    const layer =
      '356d5e7f4012d87cb1078ac1f480e90528eec4940ce45c50380321436db38758'
    const saved = readFileSync(path.join(oci, 'blobs/sha256', layer))
    unlinkSync(path.join(oci, 'blobs/sha256', layer))
    expect(await inputError(readArchive(oci))).toBe(
      `${oci}: the manifest names layer blobs/sha256/${layer}, which is not in the archive`
    )
    writeFileSync(path.join(oci, 'blobs/sha256', layer), saved)

    const legacy = unpack(
      path.join(DIVE, 'test-docker-image.tar'),
      'broken-legacy'
    )
    const manifestFile = path.join(legacy, 'manifest.json')
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as [
      { Config: string; Layers: string[] }
    ]
    writeFileSync(
      manifestFile,
      JSON.stringify([
        {
          ...manifest[0],
          Layers: [...manifest[0].Layers, 'feedface/layer.tar']
        }
      ])
    )
    const extra = pack(legacy, path.join(dir, 'extra-layer.tar'))
    expect(await inputError(readArchive(extra))).toBe(
      `${extra}: the manifest names layer feedface/layer.tar, which is not in the archive`
    )

    writeFileSync(
      manifestFile,
      JSON.stringify([{ ...manifest[0], Layers: manifest[0].Layers.slice(1) }])
    )
    const fewer = pack(legacy, path.join(dir, 'fewer-layers.tar'))
    expect(await inputError(readArchive(fewer))).toBe(
      `${fewer}: the image config lists 14 layer diff_ids but the manifest names 13 layers`
    )

    writeFileSync(manifestFile, JSON.stringify(manifest))
    const configFile = path.join(legacy, manifest[0].Config)
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as {
      history: { empty_layer?: boolean }[]
    }
    config.history[1].empty_layer = false
    writeFileSync(configFile, JSON.stringify(config))
    const history = pack(legacy, path.join(dir, 'history.tar'))
    expect(await inputError(readArchive(history))).toBe(
      `${history}: the image history names 15 layers but the image has 14; the archive is inconsistent`
    )
    await expect(readArchive(history)).rejects.toMatchObject({
      input: history,
      problem: `${history}: the image history names 15 layers but the image has 14; the archive is inconsistent`,
      fix: undefined
    })
  })

  it('a directory that is no image layout', async () => {
    const empty = path.join(dir, 'empty-dir')
    cpSync(path.join(DIVE, 'README.md'), path.join(empty, 'README.md'))
    expect(await inputError(readArchive(empty))).toBe(
      `${empty} is neither a docker-archive (no manifest.json) nor an OCI layout (no index.json)`
    )
  })
})
