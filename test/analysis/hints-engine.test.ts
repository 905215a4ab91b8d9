// File hints on a real engine, both builders, exact figures.
//
// The mode-bits case of issue 18: a base made by `docker import` of a tar written by GNU
// tar, whose mode fields lack the file-type bits (`0000644`), under layers the engine writes
// with them (`0100644`). A base file rewritten in place (a package upgrade: same path, same
// size, new bytes, mode and owner untouched) is a replaced-later copy, not a metadata copy;
// a file really chmod-ed or chown-ed stays a metadata copy; a new file beside them makes no
// hint. Read from the engine and from `docker save`.
//
// What the bytes are: apt's `.deb` archives apart from its binary caches, and a deletion
// of the npm cache together with pruned dependencies split into its parts.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { readArchiveImage } from '../../src/image/archive/index.js'
import { readArchive } from '../support/archive.js'
import { entriesOf } from '../../src/model/listing.js'
import type { ImageReport } from '../../src/model/report.js'
import { describeHint, withMessages } from '../../src/report/describe.js'
import {
  BUILDERS,
  builderEnv,
  clientFor,
  type Builder
} from '../support/engine.js'

const BASE_TAG = 'isb-test/hints-imported-base:gnu-tar'
const APPLETS = ['sh', 'dd', 'chmod', 'chown']

// The base's files: [path, bytes, mode], each filled with 'a'.
const BASE_FILES: [string, number, number][] = [
  ['opt/pkg/lib.so', 3000, 0o644],
  ['opt/pkg/mode.conf', 1000, 0o644],
  ['opt/pkg/owned.dat', 2500, 0o644],
  ['opt/pkg/untouched.dat', 5000, 0o644]
]

const IMPORTED_DOCKERFILE = `FROM ${BASE_TAG}
# A package upgrade: lib.so rewritten in place (same size, new bytes, mode and owner kept), and a new file beside it.
RUN dd if=/dev/zero of=/opt/pkg/lib.so bs=3000 count=1 conv=notrunc && echo new > /opt/pkg/new.txt
# A real chmod and a real chown.
RUN chmod 600 /opt/pkg/mode.conf && chown 1000:1000 /opt/pkg/owned.dat
`

const busybox = () =>
  ['/bin/busybox', '/usr/bin/busybox'].find((p) => {
    try {
      return statSync(p).isFile()
    } catch {
      return false
    }
  })!

async function analyze(args: string[]): Promise<ImageReport> {
  const out: string[] = []
  const err: string[] = []
  const code = await main([...args, '--json'], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t)
  })
  expect(err.join('\n')).toBe('')
  expect(code).toBe(0)
  return JSON.parse(out.join('\n')) as ImageReport
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'isb-imported-base-'))
  const root = path.join(dir, 'rootfs')
  mkdirSync(path.join(root, 'bin'), { recursive: true })
  mkdirSync(path.join(root, 'opt/pkg'), { recursive: true })
  copyFileSync(busybox(), path.join(root, 'bin/busybox'))
  chmodSync(path.join(root, 'bin/busybox'), 0o755)
  for (const applet of APPLETS)
    symlinkSync('busybox', path.join(root, 'bin', applet))
  for (const [name, bytes, mode] of BASE_FILES) {
    writeFileSync(path.join(root, name), 'a'.repeat(bytes))
    chmodSync(path.join(root, name), mode)
  }
  const tar = path.join(dir, 'base.tar')
  execFileSync('tar', [
    '--numeric-owner',
    '--owner=0',
    '--group=0',
    '-C',
    root,
    '-cf',
    tar,
    '.'
  ])
  execFileSync('docker', ['import', tar, BASE_TAG], { stdio: 'ignore' })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Builds `dockerfile` (an empty context, --network none) as `isb-test/<name>:<builder>`. */
function build(dockerfile: string, builder: Builder, name: string): string {
  const tag = `isb-test/${name}:${builder}`
  const context = path.join(dir, `${name}-${builder}`)
  mkdirSync(context, { recursive: true })
  writeFileSync(path.join(context, 'Dockerfile'), dockerfile)
  const result = spawnSync(
    clientFor(builder),
    ['build', '--quiet', '--network', 'none', '-t', tag, context],
    { env: builderEnv(builder), encoding: 'utf8' }
  )
  if (result.status !== 0)
    throw new Error(`build with ${builder} failed:\n${result.stderr}`)
  return tag
}

describe.each(BUILDERS)(
  'an imported base under engine layers, %s builder',
  (builder) => {
    let tag: string
    beforeAll(() => {
      tag = build(IMPORTED_DOCKERFILE, builder, 'hints-imported-base')
    })

    // 20.10 writes its layers' modes with the file-type bits (0100644), 28.x as the import
    // did (0000644): the permissions are the same either way, which is what is compared.
    it('the premise: the base writes 0000644, the engine the same permissions (with or without the file-type bits), for one file whose permissions did not change', async () => {
      const saved = path.join(dir, `${builder}.tar`)
      execFileSync('docker', ['save', '-o', saved, tag])
      const { listings } = await readArchiveImage(saved)
      expect(listings).toHaveLength(3)
      const modeOf = (layer: number, name: string) =>
        entriesOf(listings[layer]).find((entry) => entry.path === name)?.mode
      expect(modeOf(0, 'opt/pkg/lib.so')).toBe(0o644)
      expect([0o644, 0o100644]).toContain(modeOf(1, 'opt/pkg/lib.so'))
      expect(modeOf(0, 'opt/pkg/mode.conf')).toBe(0o644)
      expect([0o600, 0o100600]).toContain(modeOf(2, 'opt/pkg/mode.conf'))
    })

    it('the rewritten base file is replaced-later; the chmod and the chown stay a metadata copy; exact bytes', async () => {
      const report = await analyze(['analyze', tag, '--files'])
      const files = report.files!
      expect(
        report.layers.map((l) => [l.instruction, l.sizeBytes, l.empty])
      ).toEqual([
        [
          '',
          statSync(busybox()).size +
            7 * APPLETS.length +
            BASE_FILES.reduce((sum, [, bytes]) => sum + bytes, 0),
          false
        ],
        ['RUN', 3000 + 'new\n'.length, false],
        ['RUN', 1000 + 2500, false]
      ])
      expect(files.reclaimableBytes).toBe(6500)
      expect(files.items).toEqual([
        { path: '/opt/pkg/lib.so', bytes: 3000, addedIn: 0, replacedIn: 1 },
        { path: '/opt/pkg/owned.dat', bytes: 2500, addedIn: 0, replacedIn: 2 },
        { path: '/opt/pkg/mode.conf', bytes: 1000, addedIn: 0, replacedIn: 2 }
      ])
      expect(
        files.hints.map((h) => ({
          kind: h.kind,
          layers: h.layers,
          bytes: h.bytes,
          files: h.files,
          base: h.base,
          examples: h.examples,
          parts: h.parts,
          builder: h.builder
        }))
      ).toEqual([
        {
          kind: 'metadata-copy',
          layers: [0, 2],
          bytes: 3500,
          files: 2,
          base: true,
          examples: ['/opt/pkg/owned.dat', '/opt/pkg/mode.conf'],
          parts: [{ path: '/opt/pkg', bytes: 3500, files: 2 }],
          builder
        },
        {
          kind: 'replaced-later',
          layers: [0, 1],
          bytes: 3000,
          files: 1,
          base: true,
          examples: ['/opt/pkg/lib.so'],
          parts: [{ path: '/opt/pkg', bytes: 3000, files: 1 }],
          builder
        }
      ])
      // The fix for the chmod/chown copy follows the builder; the rewritten base file is an upgrade.
      const [metadata, replaced] = files.hints.map((hint) =>
        describeHint(hint, 'si', report.layers)
      )
      expect(metadata).toContain(
        builder === 'classic'
          ? 'Use COPY --chown (or enable BuildKit for COPY --chmod)'
          : 'Use COPY --chmod/--chown,'
      )
      expect(metadata).toMatch(
        /^\(base image\) L2 \(RUN .*\) only changes the mode or owner of 2 files \(3\.50 kB\) from L0 \(base image layer\)/
      )
      expect(replaced).toMatch(
        /^L1 \(RUN .*\) rewrites 1 file \(3\.00 kB\) of the base image: 3\.00 kB in \/opt\/pkg; the old copies stay in L0\. This step upgrades base packages; a newer base image avoids it\.$/
      )
      // The same from `docker save`.
      const saved = path.join(dir, `${builder}-again.tar`)
      execFileSync('docker', ['save', '-o', saved, tag])
      // analyze --json writes each hint's message (withMessages); the archive read is given them the same way.
      expect(withMessages(await readArchive(saved), 'si').files).toEqual(files)
    })
  }
)

const CACHES_DOCKERFILE = `FROM isb-base:busybox
RUN mkdir -p /var/cache/apt/archives/partial /var/lib/apt/lists && \\
    dd if=/dev/zero of=/var/cache/apt/archives/curl_7.88.1-10_amd64.deb bs=1000 count=315 && \\
    dd if=/dev/zero of=/var/cache/apt/archives/libcurl4_7.88.1-10_amd64.deb bs=1000 count=390 && \\
    touch /var/cache/apt/archives/lock && \\
    dd if=/dev/zero of=/var/cache/apt/pkgcache.bin bs=1000 count=4000 && \\
    dd if=/dev/zero of=/var/cache/apt/srcpkgcache.bin bs=1000 count=3990 && \\
    dd if=/dev/zero of=/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4 bs=1000 count=250 && \\
    touch /var/lib/apt/lists/lock
RUN mkdir -p /root/.npm/_cacache/content-v2/sha512/1a /root/.npm/_cacache/index-v5/aa \\
      /app/node_modules/typescript/lib /app/node_modules/vitest/dist /app/node_modules/express && \\
    dd if=/dev/zero of=/root/.npm/_cacache/content-v2/sha512/1a/2b bs=1000 count=700 && \\
    dd if=/dev/zero of=/root/.npm/_cacache/index-v5/aa/bb bs=100 count=3 && \\
    dd if=/dev/zero of=/app/node_modules/typescript/lib/typescript.js bs=1000 count=900 && \\
    dd if=/dev/zero of=/app/node_modules/vitest/dist/index.js bs=1000 count=120 && \\
    dd if=/dev/zero of=/app/node_modules/express/index.js bs=100 count=2
RUN rm -rf /root/.npm/_cacache /app/node_modules/typescript /app/node_modules/vitest
`

describe.each(BUILDERS)('what the bytes are, %s builder', (builder) => {
  let tag: string
  beforeAll(() => {
    tag = build(CACHES_DOCKERFILE, builder, 'hints-parts')
  })

  it('apt: the .deb archives apart from the binary caches; npm cache and pruned modules apart in one deletion', async () => {
    const files = (await analyze(['analyze', tag, '--files'])).files!
    expect(
      files.hints.map((h) => ({
        kind: h.kind,
        layers: h.layers,
        bytes: h.bytes,
        files: h.files,
        parts: h.parts,
        builder: h.builder
      }))
    ).toEqual([
      {
        kind: 'package-cache',
        layers: [1],
        bytes: 8_695_000,
        files: 4,
        parts: [
          {
            path: '/var/cache/apt',
            cache: 'apt-binary-cache',
            bytes: 7_990_000,
            files: 2
          },
          {
            path: '/var/cache/apt/archives',
            cache: 'apt-archives',
            bytes: 705_000,
            files: 2
          }
        ],
        builder
      },
      {
        kind: 'deleted-later',
        layers: [2, 3],
        bytes: 1_720_300,
        files: 4,
        parts: [
          { path: '/app/node_modules', bytes: 1_020_000, files: 2 },
          {
            path: '/root/.npm/_cacache',
            cache: 'npm-cache',
            bytes: 700_300,
            files: 2
          }
        ],
        builder
      },
      {
        kind: 'package-cache',
        layers: [1],
        bytes: 250_000,
        files: 1,
        parts: [
          {
            path: '/var/lib/apt/lists',
            cache: 'apt-lists',
            bytes: 250_000,
            files: 1
          }
        ],
        builder
      }
    ])
    expect(files.reclaimableBytes).toBe(1_720_300)
    // Said from the parts: what the bytes are, a fix each.
    const report = await analyze(['analyze', tag, '--files'])
    const [apt, npm] = report.files!.hints.map((hint) =>
      describeHint(hint, 'si', report.layers)
    )
    expect(apt).toMatch(
      /^L1 \(RUN mkdir -p \/var\/cache\/apt\/archives\/parti…uch \/var\/lib\/apt\/lists\/lock\) leaves 7\.99 MB of apt's binary caches \(pkgcache\.bin, srcpkgcache\.bin\) and 705 kB of downloaded \.deb files in the image\. Clean up in the same RUN: `&& apt-get clean`\.$/
    )
    expect(npm).toMatch(
      /^L3 \(RUN rm -rf .*\) deletes 4 files \(1\.72 MB\) that L2 \(RUN mkdir .*\) added; the bytes stay in L2: 1\.02 MB in \/app\/node_modules \(install without dev dependencies: `npm ci --omit=dev`\); 700 kB in \/root\/\.npm\/_cacache, npm cache \(`&& npm cache clean --force`\)\. Do it in the RUN that adds them/
    )
  })
})
