// File hints as data, on listings written out as layer tars' headers would be: which copies
// are metadata copies (permission bits, uid, gid; never the file-type bits a tar writer
// may or may not write), what a hint's bytes are part by part, and which builder made the
// row its fix goes in.
import { describe, expect, it } from 'vitest'
import { analyzeFiles, hintParts } from '../../src/analysis/files.js'
import {
  entryKind,
  layerDiskBytes,
  layerPath,
  listingOf,
  PathIndex,
  type LayerEntry
} from '../../src/model/listing.js'
import type { FileHint, LayerRow } from '../../src/model/report.js'

function e(
  name: string,
  typeflag = '0',
  size = 0,
  extra: Partial<LayerEntry> = {}
): LayerEntry {
  return {
    path: layerPath(name),
    kind: entryKind(typeflag),
    typeflag,
    size,
    mode: typeflag === '5' ? 0o40755 : 0o100644,
    uid: 0,
    gid: 0,
    linkBytes: 0,
    ...extra
  }
}

interface Step {
  createdBy: string
  comment?: string
  entries: LayerEntry[]
}

/** The file analysis of an image made of `steps` (the first an imported base unless it has a createdBy). */
function analyze(steps: Step[]) {
  const index = new PathIndex()
  const listings = steps.map((step) => listingOf(step.entries, index))
  const rows: LayerRow[] = steps.map((step, i) => ({
    index: i,
    instruction: step.createdBy.split(' ')[0],
    createdBy: step.createdBy,
    sizeBytes: layerDiskBytes(listings[i]),
    empty: false,
    ...(step.comment ? { comment: step.comment } : {})
  }))
  return analyzeFiles(rows, listings)
}

const hintFacts = (hints: FileHint[]) =>
  hints.map((h) => [h.kind, h.layers, h.bytes, h.files, h.base ?? false])

// GNU tar (and so a `docker import`ed base) writes the mode field without the file-type bits.
const gnu = (name: string, size: number, mode = 0o644) =>
  e(name, '0', size, { mode })
const base = (entries: LayerEntry[]): Step => ({
  createdBy: '',
  comment: 'Imported from -',
  entries
})

describe('metadata copies compare permission bits, uid and gid only', () => {
  const debian = base([
    e('usr/', '5', 0, { mode: 0o755 }),
    e('usr/lib/', '5', 0, { mode: 0o755 }),
    gnu('usr/lib/libz.so.1', 121280),
    gnu('usr/lib/libperl.so', 4000),
    gnu('usr/bin/sudo', 2000, 0o4755),
    gnu('usr/share/doc/zlib1g/changelog.gz', 900),
    gnu('etc/app.conf', 300)
  ])

  it('a base file rewritten with the same size and permissions is replaced-later, however the mode field spells the file type', () => {
    const files = analyze([
      debian,
      {
        createdBy: 'RUN apt-get upgrade -y',
        entries: [
          e('usr/', '5'),
          e('usr/lib/', '5'),
          e('usr/lib/libz.so.1', '0', 121280),
          e('usr/lib/libperl.so', '0', 4000),
          e('usr/bin/sudo', '0', 2000, { mode: 0o104755 })
        ]
      }
    ])
    expect(hintFacts(files.hints)).toEqual([
      ['replaced-later', [0, 1], 127280, 3, true]
    ])
    expect(files.hints[0].parts).toEqual([
      { path: '/usr/lib', bytes: 125280, files: 2 },
      { path: '/usr/bin', bytes: 2000, files: 1 }
    ])
  })

  it('a real chmod or chown stays a metadata copy, with its exact bytes', () => {
    const files = analyze([
      debian,
      {
        createdBy:
          'RUN chmod 600 /etc/app.conf && chown 1000 /usr/share/doc/zlib1g/changelog.gz && chmod u-s /usr/bin/sudo',
        entries: [
          e('etc/app.conf', '0', 300, { mode: 0o100600 }),
          e('usr/share/doc/zlib1g/changelog.gz', '0', 900, { uid: 1000 }),
          e('usr/bin/sudo', '0', 2000, { mode: 0o100755 })
        ]
      }
    ])
    expect(hintFacts(files.hints)).toEqual([
      ['metadata-copy', [0, 1], 3200, 3, true]
    ])
    expect(files.hints[0].parts).toEqual([
      { path: '/usr/bin', bytes: 2000, files: 1 },
      { path: '/usr/share/doc/zlib1g', bytes: 900, files: 1 },
      { path: '/etc', bytes: 300, files: 1 }
    ])
  })

  it('a new file beside base files, and their folders written again, make no hint', () => {
    const files = analyze([
      debian,
      {
        createdBy: 'COPY app.conf.d /etc/app.conf.d',
        entries: [
          e('etc/', '5'),
          e('usr/', '5'),
          e('usr/lib/', '5'),
          e('usr/lib/new.so', '0', 10)
        ]
      }
    ])
    expect(files.hints).toEqual([])
    expect(files.reclaimableBytes).toBe(0)
  })
})

describe('hint parts: what the bytes are', () => {
  it('apt: the .deb archives apart from the binary caches, the lists a hint of their own', () => {
    const files = analyze([
      base([gnu('bin/sh', 100)]),
      {
        createdBy: 'RUN apt-get update && apt-get install -y curl',
        entries: [
          e('var/cache/apt/archives/curl_7.88.1-10_amd64.deb', '0', 315000),
          e('var/cache/apt/archives/libcurl4_7.88.1-10_amd64.deb', '0', 390000),
          e('var/cache/apt/archives/lock', '0', 0),
          e('var/cache/apt/archives/partial/', '5'),
          e('var/cache/apt/pkgcache.bin', '0', 40000000),
          e('var/cache/apt/srcpkgcache.bin', '0', 39900000),
          e(
            'var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4',
            '0',
            2500000
          ),
          e('var/lib/apt/lists/lock', '0', 0),
          e('usr/bin/curl', '0', 280000)
        ]
      }
    ])
    expect(hintFacts(files.hints)).toEqual([
      ['package-cache', [1], 80605000, 4, false],
      ['package-cache', [1], 2500000, 1, false]
    ])
    expect(files.hints.map((h) => h.parts)).toEqual([
      [
        {
          path: '/var/cache/apt',
          cache: 'apt-binary-cache',
          bytes: 79900000,
          files: 2
        },
        {
          path: '/var/cache/apt/archives',
          cache: 'apt-archives',
          bytes: 705000,
          files: 2
        }
      ],
      [
        {
          path: '/var/lib/apt/lists',
          cache: 'apt-lists',
          bytes: 2500000,
          files: 1
        }
      ]
    ])
  })

  it('a deletion that lumps the npm cache with pruned dev dependencies is split, each part with its bytes', () => {
    const files = analyze([
      base([gnu('bin/sh', 100)]),
      {
        createdBy: 'RUN npm ci',
        comment: 'buildkit.dockerfile.v0',
        entries: [
          e('root/.npm/_cacache/content-v2/sha512/1a/2b/3c', '0', 700000),
          e('root/.npm/_cacache/index-v5/aa/bb', '0', 300),
          e('app/node_modules/typescript/lib/typescript.js', '0', 9000000),
          e('app/node_modules/typescript/package.json', '0', 3000),
          e('app/node_modules/express/index.js', '0', 200),
          e('app/node_modules/vitest/dist/index.js', '0', 1200000)
        ]
      },
      {
        createdBy: 'RUN npm prune --omit=dev && npm cache clean --force',
        comment: 'buildkit.dockerfile.v0',
        entries: [
          e('root/.npm/.wh._cacache'),
          e('app/node_modules/.wh.typescript'),
          e('app/node_modules/.wh.vitest')
        ]
      }
    ])
    expect(hintFacts(files.hints)).toEqual([
      ['deleted-later', [1, 2], 10903300, 5, false]
    ])
    expect(files.hints[0].parts).toEqual([
      { path: '/app/node_modules', bytes: 10203000, files: 3 },
      {
        path: '/root/.npm/_cacache',
        cache: 'npm-cache',
        bytes: 700300,
        files: 2
      }
    ])
  })

  it('parts: the first two folders of a path, narrowed to the folder their files share, at most 10, largest first', () => {
    expect(
      hintParts([
        { path: '/data.bin', bytes: 5 },
        { path: '/opt/a.bin', bytes: 4 },
        { path: '/opt/sub/b.bin', bytes: 4 },
        { path: '/var/lib/dpkg/status', bytes: 3 },
        { path: '/var/lib/dpkg/info/zlib1g.list', bytes: 3 },
        { path: '/var/cache/debconf/templates.dat', bytes: 2 },
        { path: '/home/u/.cache/pip/http/x', bytes: 1 }
      ])
    ).toEqual([
      { path: '/var/lib/dpkg', bytes: 6, files: 2 },
      { path: '/', bytes: 5, files: 1 },
      { path: '/opt', bytes: 4, files: 1 },
      { path: '/opt/sub', bytes: 4, files: 1 },
      { path: '/var/cache/debconf', bytes: 2, files: 1 },
      { path: '/home/u/.cache/pip', cache: 'pip-cache', bytes: 1, files: 1 }
    ])
    const many = Array.from({ length: 12 }, (_, i) => ({
      path: `/d${i}/f`,
      bytes: 100 - i
    }))
    expect(hintParts(many).map((p) => p.path)).toEqual(
      many.slice(0, 10).map((c) => c.path.slice(0, -2))
    )
  })
})

describe('the builder of the row a fix goes in', () => {
  const chmodImage = (comment?: string) =>
    analyze([
      base([gnu('app/server.js', 10000)]),
      {
        createdBy: 'RUN chmod 755 /app/server.js',
        ...(comment ? { comment } : {}),
        entries: [e('app/server.js', '0', 10000, { mode: 0o100755 })]
      }
    ]).hints

  it('BuildKit rows say so in their comment; rows without the mark are the classic builder’s', () => {
    expect(
      chmodImage('buildkit.dockerfile.v0').map((h) => [h.kind, h.builder])
    ).toEqual([['metadata-copy', 'buildkit']])
    expect(chmodImage().map((h) => [h.kind, h.builder])).toEqual([
      ['metadata-copy', 'classic']
    ])
  })

  it('an imported base has no builder', () => {
    const hints = analyze([
      base([gnu('var/cache/apk/APKINDEX.tar.gz', 40960), gnu('bin/sh', 100)])
    ]).hints
    expect(hints.map((h) => [h.kind, h.base, h.builder, h.parts])).toEqual([
      [
        'package-cache',
        true,
        undefined,
        [
          {
            path: '/var/cache/apk',
            cache: 'apk-cache',
            bytes: 40960,
            files: 1
          }
        ]
      ]
    ])
  })
})
