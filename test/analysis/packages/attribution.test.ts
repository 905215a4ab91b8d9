// Attribution over several layers, for each kind of database: the story's apk virtual
// package (`apk add --virtual .build-deps gcc make`, then `apk del .build-deps`: the bytes
// stay in the layer that added them), npm packages (nested copies, a dev dependency pruned,
// an upgrade), a pip wheel, and files two packages list. Listings here are written by hand,
// so every figure is the sum of the rows written out below; the real-data checks are in
// debian.test.ts and debs.test.ts.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  attributePackages,
  visibleEntries,
  type PackageLayer
} from '../../../src/analysis/packages/attribution.js'
import { applyLayers } from '../../../src/analysis/whiteouts.js'
import {
  entryDiskBytes,
  listingOf,
  PathIndex,
  type LayerEntry
} from '../../../src/model/listing.js'
import { row } from './disk.js'

const fixture = (path: string) =>
  readFileSync(
    new URL(`../../fixtures/packages/${path}`, import.meta.url),
    'utf8'
  )

const image = (
  layers: [LayerEntry[], [string, string][]][]
): PackageLayer[] => {
  const index = new PathIndex()
  return layers.map(([entries, databases]) => ({
    listing: listingOf(entries, index),
    databases: new Map(databases)
  }))
}
const file = (path: string, size: number) => row(path, '0', size)
const link = (path: string, target: string) => row(path, '2', 0, target.length)
const whiteout = (path: string) => row(path.replace(/[^/]+$/, '.wh.$&'))
/** A database file as a layer writes it: its entry, and its contents. */
const db = (path: string, contents: string): [LayerEntry, [string, string]] => [
  file(path, Buffer.byteLength(contents)),
  [path, contents]
]

describe('apk: a virtual build-deps package added, then deleted two steps later', () => {
  const installed = fixture('alpine/installed')
  const records = installed.split('\n\n')
  const base = records.filter((r) => /^P:(musl|busybox)$/m.test(r)).join('\n\n')
  const [installed0, world0] = [
    db('lib/apk/db/installed', base),
    db('etc/apk/world', fixture('alpine/world'))
  ]
  const [installed1, world1] = [
    db('lib/apk/db/installed', installed),
    db('etc/apk/world', fixture('alpine/world-with-build-deps'))
  ]
  const [installed3, world3] = [
    db('lib/apk/db/installed', base),
    db('etc/apk/world', fixture('alpine/world'))
  ]
  const gccFiles = [
    file('usr/bin/gcc', 1_000_000),
    link('usr/bin/cc', 'gcc'),
    file('usr/libexec/gcc/x86_64-alpine-linux-musl/13.2.1/cc1', 30_000_000)
  ]
  const result = attributePackages(
    image([
      [
        [
          link('lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1'),
          file('lib/ld-musl-x86_64.so.1', 659_000),
          file('bin/busybox', 920_000),
          file('etc/securetty', 200),
          file('etc/udhcpd.conf', 5_000),
          file('usr/share/udhcpc/default.script', 1_500),
          file('etc/hostname', 10),
          installed0[0],
          world0[0]
        ],
        [installed0[1], world0[1]]
      ],
      // RUN apk add --virtual .build-deps gcc make
      [
        [...gccFiles, file('usr/bin/make', 250_000), installed1[0], world1[0]],
        [installed1[1], world1[1]]
      ],
      // RUN make (a build output no package owns)
      [[file('app/server', 4_000_000)], []],
      // RUN apk del .build-deps
      [
        [
          whiteout('usr/bin/gcc'),
          whiteout('usr/bin/cc'),
          whiteout('usr/libexec/gcc'),
          whiteout('usr/bin/make'),
          installed3[0],
          world3[0]
        ],
        [installed3[1], world3[1]]
      ]
    ])
  )
  const packages = new Map(result.packages.map((p) => [p.name, p]))

  it('gives gcc its bytes in the layer that added it, still shipped after the delete', () => {
    expect(result.problems).toEqual([])
    expect(packages.get('gcc')).toMatchObject({
      version: '13.2.1_git20240309-r0',
      addedLayer: 1,
      removedLayer: 3,
      installed: false,
      auto: true,
      bytes: 0,
      layerBytes: [{ layer: 1, bytes: 31_000_003, files: 3 }],
      shippedBytes: 31_000_003,
      hiddenBytes: 31_000_003
    })
    expect(packages.get('make')).toMatchObject({
      addedLayer: 1,
      removedLayer: 3,
      shippedBytes: 250_000
    })
    expect(packages.get('.build-deps')).toMatchObject({
      addedLayer: 1,
      removedLayer: 3,
      auto: false,
      shippedBytes: 0,
      record: { depends: [['gcc'], ['make']] }
    })
  })

  it('keeps the base packages, and the build output and database files unpackaged', () => {
    expect(packages.get('musl')).toMatchObject({
      addedLayer: 0,
      installed: true,
      bytes: 659_000 + 19,
      files: 2
    })
    expect(packages.get('busybox')).toMatchObject({
      bytes: 920_000 + 200 + 5_000 + 1_500,
      files: 4
    })
    expect(result.packages.map((p) => p.name)).toEqual([
      'gcc',
      'busybox',
      'musl',
      'make',
      '.build-deps'
    ])
    expect(result.unpackaged).toEqual([
      { top: 'app', bytes: 4_000_000, files: 1 },
      { top: 'lib', bytes: Buffer.byteLength(base), files: 1 },
      {
        top: 'etc',
        bytes: 10 + Buffer.byteLength(fixture('alpine/world')),
        files: 2
      }
    ])
    expect(result.unpackagedByLayer[2]).toEqual([
      { top: 'app', bytes: 4_000_000, files: 1 }
    ])
    expect(result.databaseChanged).toEqual([true, true, false, true])
  })
})

describe('npm: nested packages, a dev dependency pruned, an upgrade', () => {
  const lock = (dev: boolean) =>
    JSON.stringify({
      name: 'app',
      lockfileVersion: 3,
      packages: {
        'node_modules/express': { version: '4.19.2' },
        'node_modules/express/node_modules/debug': { version: '2.6.9' },
        ...(dev
          ? { 'node_modules/@types/node': { version: '20.11.5', dev: true } }
          : {})
      }
    })
  const pkg = (name: string, version: string) =>
    JSON.stringify({ name, version })
  const express = db(
    'app/node_modules/express/package.json',
    pkg('express', '4.19.2')
  )
  const debug = db(
    'app/node_modules/express/node_modules/debug/package.json',
    pkg('debug', '2.6.9')
  )
  const types = db(
    'app/node_modules/@types/node/package.json',
    pkg('@types/node', '20.11.5')
  )
  const lock0 = db('app/node_modules/.package-lock.json', lock(true))
  const lock1 = db('app/node_modules/.package-lock.json', lock(false))
  const express2 = db(
    'app/node_modules/express/package.json',
    pkg('express', '4.21.0')
  )
  const result = attributePackages(
    image([
      [
        [
          express[0],
          file('app/node_modules/express/index.js', 224),
          file('app/node_modules/express/lib/router/index.js', 12_000),
          debug[0],
          file('app/node_modules/express/node_modules/debug/src/index.js', 263),
          types[0],
          file('app/node_modules/@types/node/index.d.ts', 90_000),
          lock0[0],
          file('app/server.js', 500)
        ],
        [express[1], debug[1], types[1], lock0[1]]
      ],
      // RUN npm prune --omit=dev
      [[whiteout('app/node_modules/@types'), lock1[0]], [lock1[1]]],
      // RUN npm install express@4.21.0
      [
        [
          express2[0],
          file('app/node_modules/express/lib/router/index.js', 12_500)
        ],
        [express2[1]]
      ]
    ])
  )
  const packages = new Map(result.packages.map((p) => [p.name, p]))
  const size = (entry: [LayerEntry, unknown]) => entry[0].size

  it('gives a package its folder without the packages nested in it', () => {
    expect(result.problems).toEqual([])
    expect(packages.get('debug')).toMatchObject({
      key: 'npm:app/node_modules/express/node_modules/debug',
      bytes: size(debug) + 263,
      files: 2,
      dev: false
    })
  })

  it('names the layer that pruned the dev dependency; its bytes stay in the first layer', () => {
    expect(packages.get('@types/node')).toMatchObject({
      dev: true,
      addedLayer: 0,
      removedLayer: 1,
      bytes: 0,
      shippedBytes: size(types) + 90_000,
      hiddenBytes: size(types) + 90_000
    })
  })

  it('reads an upgrade as a change, with both versions shipped', () => {
    const e = packages.get('express')!
    expect(e.events).toEqual([
      { layer: 0, kind: 'added', version: '4.19.2' },
      {
        layer: 2,
        kind: 'changed',
        version: '4.21.0',
        previousVersion: '4.19.2'
      }
    ])
    expect(e.changedLayers).toEqual([2])
    expect(e.bytes).toBe(size(express2) + 224 + 12_500)
    expect(e.layerBytes).toEqual([
      { layer: 0, bytes: size(express) + 224 + 12_000, files: 3 },
      { layer: 2, bytes: size(express2) + 12_500, files: 2 }
    ])
    expect(e.hiddenBytes).toBe(size(express) + 12_000)
  })

  it('leaves the app and the lockfile unpackaged', () => {
    expect(result.unpackaged).toEqual([
      { top: 'app', bytes: 500 + size(lock1), files: 2 }
    ])
  })
})

describe('Python and shared files', () => {
  const site = 'usr/local/lib/python3.12/site-packages'
  const info = `${site}/six-1.16.0.dist-info`
  const record = [
    'six.py,sha256=x,34549',
    'six-1.16.0.dist-info/METADATA,sha256=y,1795',
    'six-1.16.0.dist-info/RECORD,,',
    '__pycache__/six.cpython-312.pyc,,'
  ].join('\n')
  const metadata = 'Metadata-Version: 2.1\nName: six\nVersion: 1.16.0\n'
  it('gives a wheel the files its RECORD lists, compiled files included', () => {
    const result = attributePackages(
      image([
        [
          [
            file(`${site}/six.py`, 34_549),
            file(`${info}/METADATA`, Buffer.byteLength(metadata)),
            file(`${info}/RECORD`, Buffer.byteLength(record)),
            file(`${info}/INSTALLER`, 4),
            file(`${site}/__pycache__/six.cpython-312.pyc`, 44_000)
          ],
          [
            [`${info}/METADATA`, metadata],
            [`${info}/RECORD`, record]
          ]
        ]
      ])
    )
    expect(result.problems).toEqual([])
    expect(result.packages).toHaveLength(1)
    expect(result.packages[0]).toMatchObject({
      key: `python:${site}:six`,
      name: 'six',
      version: '1.16.0',
      bytes:
        34_549 +
        Buffer.byteLength(metadata) +
        Buffer.byteLength(record) +
        44_000,
      files: 4
    })
    // INSTALLER is not in this RECORD: nobody's.
    expect(result.unpackaged).toEqual([{ top: 'usr', bytes: 4, files: 1 }])
  })

  it('counts a file two packages list for each of them, and not as unpackaged', () => {
    const status = [
      'Package: a\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1\n',
      'Package: a\nStatus: install ok installed\nArchitecture: i386\nVersion: 1\n'
    ].join('\n')
    const list = '/usr\n/usr/share\n/usr/share/doc/a/copyright\n'
    const result = attributePackages(
      image([
        [
          [file('usr/share/doc/a/copyright', 1_000)],
          [
            ['var/lib/dpkg/status', status],
            ['var/lib/dpkg/info/a:amd64.list', list],
            ['var/lib/dpkg/info/a:i386.list', list]
          ]
        ]
      ])
    )
    expect(result.packages.map((p) => [p.key, p.bytes, p.sharedFiles])).toEqual(
      [
        ['dpkg:a:amd64', 1_000, 1],
        ['dpkg:a:i386', 1_000, 1]
      ]
    )
    expect(result.unpackaged).toEqual([])
  })

  it('reports a database file a layer wrote but whose contents were not read', () => {
    const index = new PathIndex()
    const result = attributePackages([
      {
        listing: listingOf([file('var/lib/dpkg/status', 10)], index),
        databases: new Map([['var/lib/dpkg/status', undefined]])
      }
    ])
    expect(result.packages).toEqual([])
    expect(result.problems).toEqual([
      'layer 0: var/lib/dpkg/status was not read (too big); its packages are left out'
    ])
  })
})

describe('the final filesystem', () => {
  it('is the one whiteouts.ts computes: deletions, opaque folders, a file over a folder and back', () => {
    const index = new PathIndex()
    const listings = [
      [
        file('a/x', 1),
        file('a/y', 2),
        file('b/z', 3),
        file('c', 4),
        file('d/e/f', 5)
      ],
      [
        whiteout('a/x'),
        row('b/.wh..wh..opq'),
        file('b/w', 6),
        row('c', '5'),
        file('c/k', 7),
        file('d/e', 8)
      ],
      [row('d/e', '5'), file('d/e/g', 9), link('a/y', 'x'), file('b/z', 10)]
    ].map((entries) => listingOf(entries, index))
    const mine: string[] = []
    const visible = visibleEntries(listings, index)
    for (let id = 0; id < index.size; id++) {
      const layer = visible.layerOf[id]
      if (layer < 0) continue
      const bytes = entryDiskBytes(listings[layer], visible.entryOf[id])
      if (bytes > 0) mine.push(`/${index.path(id)} ${bytes} ${layer}`)
    }
    const theirs: string[] = []
    applyLayers(listings).forEachVisible((copy) =>
      theirs.push(`${copy.path} ${copy.bytes} ${copy.layer}`)
    )
    expect(mine.sort()).toEqual(theirs.sort())
    expect(mine.sort()).toEqual([
      '/a/y 1 2',
      '/b/w 6 1',
      '/b/z 10 2',
      '/c/k 7 1',
      '/d/e/g 9 2'
    ])
  })
})

describe('hostile databases', () => {
  it('reads garbage at every database path without throwing, problems bounded', () => {
    let x = 7
    const garbage = (length: number) =>
      Uint8Array.from({ length }, () => {
        x ^= x << 13
        x ^= x >>> 17
        x ^= x << 5
        return x & 0xff
      })
    const paths = [
      'var/lib/dpkg/status',
      'var/lib/dpkg/info/a.list',
      'var/lib/dpkg/status.d/a',
      'var/lib/apt/extended_states',
      'lib/apk/db/installed',
      'etc/apk/world',
      'node_modules/a/package.json',
      'node_modules/.package-lock.json',
      'site-packages/a-1.dist-info/RECORD',
      'site-packages/a-1.dist-info/METADATA'
    ]
    const index = new PathIndex()
    const layers: PackageLayer[] = [0, 1, 2].map(() => ({
      listing: listingOf(
        paths.map((path) => file(path, 4096)),
        index
      ),
      databases: new Map(paths.map((path) => [path, garbage(4096)]))
    }))
    const result = attributePackages(layers)
    expect(result.problems.length).toBeLessThanOrEqual(21)
    expect(result.databaseChanged).toEqual([true, true, true])
  })

  it('keeps a list from naming paths outside the root or the root itself', () => {
    const result = attributePackages(
      image([
        [
          [file('etc/shadow', 100), file('usr/bin/a', 10)],
          [
            [
              'var/lib/dpkg/status',
              'Package: a\nStatus: install ok installed\nVersion: 1\n'
            ],
            [
              'var/lib/dpkg/info/a.list',
              '/.\n/\n/..\n/../../etc/shadow/..\n/usr/bin/a\n/nowhere/x\n'
            ]
          ]
        ]
      ])
    )
    expect(result.packages.map((p) => [p.name, p.bytes, p.files])).toEqual([
      ['a', 10, 1]
    ])
    expect(result.unpackaged).toEqual([{ top: 'etc', bytes: 100, files: 1 }])
  })

  it('counts the problems past the limit', () => {
    const index = new PathIndex()
    const paths = Array.from(
      { length: 40 },
      (_, i) => `node_modules/p${i}/package.json`
    )
    const status = 'Package: a\nStatus: install ok installed\nVersion: 1\n'
    const result = attributePackages([
      {
        listing: listingOf(
          paths.map((path) => file(path, 5)),
          index
        ),
        databases: new Map(paths.map((path) => [path, '{oops']))
      },
      // A later state reads the same broken files again: their problems are not counted twice.
      {
        listing: listingOf([file('var/lib/dpkg/status', status.length)], index),
        databases: new Map([['var/lib/dpkg/status', status]])
      }
    ])
    expect(result.packages.map((p) => p.name)).toEqual(['a'])
    expect(result.problems).toHaveLength(21)
    expect(result.problems[0]).toMatch(
      /^node_modules\/p0\/package\.json: not JSON/
    )
    // 41 problems in all: the 40 broken package.json files (once, though both states read
    // them) and the status's package with no file list; 20 kept.
    expect(result.problems[20]).toBe('and 21 more problems')
  })
})
