// Package attribution over real Debian data (test/fixtures/packages/debian: the status
// stanzas, .list files and a listing of six packages captured from a sid root). The figures
// are what capture.mjs measured with lstat on the real files (see the fixture's README).
// Scenarios over several layers reuse the same real files and database text: a package
// installed by a later layer, then removed (its bytes still ship in the layer that added it).
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  attributePackages,
  type PackageLayer
} from '../../../src/analysis/packages/attribution.js'
import {
  listingOf,
  PathIndex,
  type LayerEntry
} from '../../../src/model/listing.js'
import { row } from './disk.js'

const FIXTURE = new URL('../../fixtures/packages/debian/', import.meta.url)
const bytesOf = (text: string) => Buffer.byteLength(text)
const read = (name: string) => readFileSync(new URL(name, FIXTURE), 'utf8')

const entries: LayerEntry[] = read('listing.tsv')
  .trim()
  .split('\n')
  .map((line) => {
    const [typeflag, size, linkBytes, path] = line.split('\t')
    return row(path, typeflag, Number(size), Number(linkBytes))
  })
const status = read('status')
const lists = new Map(
  readdirSync(new URL('info/', FIXTURE)).map((name) => [
    `var/lib/dpkg/info/${name}`,
    read(`info/${name}`)
  ])
)
const tiniList = 'var/lib/dpkg/info/tini-static.list'
const tiniPaths = new Set(
  lists
    .get(tiniList)!
    .split('\n')
    .filter((p) => p !== '' && p !== '/.')
    .map((p) => p.slice(1))
)
/** The real status text without one package's stanza (what dpkg writes after removing it). */
const statusWithout = (name: string) =>
  status
    .split('\n\n')
    .filter((stanza) => !stanza.startsWith(`Package: ${name}\n`))
    .join('\n\n')

const image = (
  layers: { entries: LayerEntry[]; databases: [string, string][] }[]
): PackageLayer[] => {
  const index = new PathIndex()
  return layers.map((layer) => ({
    listing: listingOf(layer.entries, index),
    databases: new Map(layer.databases)
  }))
}
const byName = (result: ReturnType<typeof attributePackages>) =>
  new Map(result.packages.map((p) => [p.name, p]))

const REAL = {
  'base-files': { bytes: 416461, files: 54 },
  hostname: { bytes: 31767, files: 12 },
  libc6: { bytes: 5288612, files: 40 },
  'gcc-16-base': { bytes: 99798, files: 4 },
  'tini-static': { bytes: 754768, files: 4 },
  libacl1: { bytes: 62835, files: 5 }
}

describe('one layer of a real Debian root', () => {
  const result = attributePackages(
    image([{ entries, databases: [['var/lib/dpkg/status', status], ...lists] }])
  )
  const packages = byName(result)

  it('gives each package the bytes of its listed files, as lstat measured them', () => {
    expect(result.problems).toEqual([])
    for (const [name, real] of Object.entries(REAL)) {
      const p = packages.get(name)!
      expect({ name, bytes: p.bytes, files: p.files }).toEqual({
        name,
        ...real
      })
      expect(p.shippedBytes).toBe(real.bytes)
      expect(p.hiddenBytes).toBe(0)
      expect(p.layerBytes).toEqual([{ layer: 0, ...real }])
    }
  })

  it('reads name, version, architecture and the database estimate from the status file', () => {
    const libc = packages.get('libc6')!
    expect(libc.key).toBe('dpkg:libc6:amd64')
    expect(libc.version).toBe('2.43-7')
    expect(libc.installedSizeBytes).toBe(5483 * 1024)
    expect(libc.record.depends).toEqual([
      ['libgcc-s1'],
      ['libc-gconv-modules-extra']
    ])
    expect(libc.record.recommends).toEqual([['libidn2-0']])
    expect(libc.record.suggests).toEqual([
      ['glibc-doc'],
      ['debconf', 'debconf-2.0'],
      ['libc-l10n'],
      ['locales'],
      ['libnss-nis']
    ])
    const base = packages.get('base-files')!
    expect(base.version).toBe('14.2')
    expect(base.record.provides).toEqual(['base', 'usr-is-merged'])
    expect(base.record.preDepends).toEqual([['awk']])
    expect(packages.get('tini-static')!.installedSizeBytes).toBe(746 * 1024)
    for (const p of result.packages) {
      expect(p.addedLayer).toBe(0)
      expect(p.installed).toBe(true)
      expect(p.events).toEqual([
        { layer: 0, kind: 'added', version: p.version }
      ])
    }
  })

  it('counts libc6 loader at its merged-/usr path (the list says /lib64/…)', () => {
    // usr/lib64/ld-linux-x86-64.so.2 is a 44-byte symlink in the listing; libc6's 40 files include it.
    expect(
      entries.find((e) => e.path === 'usr/lib64/ld-linux-x86-64.so.2')
    ).toMatchObject({
      typeflag: '2',
      linkBytes: 44
    })
    expect(packages.get('libc6')!.bytes).toBe(5288612)
  })

  it('puts bytes no package lists under their top-level folder', () => {
    expect(result.unpackaged).toEqual([
      { top: 'var', bytes: 101068, files: 1 },
      { top: 'etc', bytes: 912 + 509, files: 2 }
    ])
    expect(result.unpackagedByLayer).toEqual([result.unpackaged])
  })
})

describe('a package installed in one layer and removed in a later one', () => {
  const isTini = (e: LayerEntry) => tiniPaths.has(e.path) && e.typeflag !== '5'
  const baseLists = [...lists].filter(([path]) => path !== tiniList)
  const result = attributePackages(
    image([
      {
        entries: entries.filter((e) => !isTini(e)),
        databases: [
          ['var/lib/dpkg/status', statusWithout('tini-static')],
          ...baseLists
        ]
      },
      {
        // RUN dpkg -i tini-static_*.deb: its files, its list, the status rewritten.
        entries: [
          ...entries.filter(isTini),
          row(
            'var/lib/dpkg/info/tini-static.list',
            '0',
            bytesOf(lists.get(tiniList)!)
          ),
          row('var/lib/dpkg/status', '0', bytesOf(status))
        ],
        databases: [
          ['var/lib/dpkg/status', status],
          [tiniList, lists.get(tiniList)!]
        ]
      },
      {
        // RUN apt-get purge tini-static: whiteouts for its files and list, the status rewritten.
        entries: [
          ...entries
            .filter(isTini)
            .map((e) => row(e.path.replace(/[^/]+$/, '.wh.$&'))),
          row('var/lib/dpkg/info/.wh.tini-static.list'),
          row('var/lib/dpkg/status', '0', bytesOf(statusWithout('tini-static')))
        ],
        databases: [['var/lib/dpkg/status', statusWithout('tini-static')]]
      }
    ])
  )
  const packages = byName(result)

  it('names the layer that added it, the one that removed it, and the bytes that still ship', () => {
    const tini = packages.get('tini-static')!
    expect(tini.events).toEqual([
      { layer: 1, kind: 'added', version: '0.19.0-6+b2' },
      { layer: 2, kind: 'removed', version: '0.19.0-6+b2' }
    ])
    expect(tini.addedLayer).toBe(1)
    expect(tini.removedLayer).toBe(2)
    expect(tini.installed).toBe(false)
    expect(tini.bytes).toBe(0)
    expect(tini.layerBytes).toEqual([{ layer: 1, bytes: 754768, files: 4 }])
    expect(tini.shippedBytes).toBe(754768)
    expect(tini.hiddenBytes).toBe(754768)
    expect(result.databaseChanged).toEqual([true, true, true])
  })

  it("leaves the other packages as they were, and dpkg's own files unpackaged in each layer", () => {
    expect(packages.get('libc6')!.bytes).toBe(5288612)
    expect(packages.get('libc6')!.events).toHaveLength(1)
    // The database files belong to no package: the status and the new .list in layer 1.
    expect(result.unpackagedByLayer[1]).toEqual([
      {
        top: 'var',
        bytes: bytesOf(status) + bytesOf(lists.get(tiniList)!),
        files: 2
      }
    ])
    expect(result.unpackagedByLayer[2]).toEqual([
      { top: 'var', bytes: bytesOf(statusWithout('tini-static')), files: 1 }
    ])
  })
})

describe('dpkg file lists deleted by a later layer (rm -rf /var/lib/dpkg/info)', () => {
  const result = attributePackages(
    image([
      { entries, databases: [['var/lib/dpkg/status', status], ...lists] },
      { entries: [row('var/lib/dpkg/.wh.info')], databases: [] }
    ])
  )

  it('keeps the lists a lower layer had, and says the image has none', () => {
    expect(result.problems).toEqual([
      '6 of 6 dpkg packages have no file list (var/lib/dpkg/info/<name>.list): a list a lower layer had is kept, else their files count as unpackaged'
    ])
    expect(result.databaseChanged).toEqual([true, true])
    for (const [name, real] of Object.entries(REAL)) {
      const p = result.packages.find((p) => p.name === name)!
      expect({ name, bytes: p.bytes, installed: p.installed }).toEqual({
        name,
        bytes: real.bytes,
        installed: true
      })
    }
  })

  it('with no lower layer to keep them from, counts the files as unpackaged', () => {
    const bare = attributePackages(
      image([{ entries, databases: [['var/lib/dpkg/status', status]] }])
    )
    expect(bare.packages.map((p) => p.bytes)).toEqual([0, 0, 0, 0, 0, 0])
    const total = Object.values(REAL).reduce((sum, p) => sum + p.bytes, 0)
    expect(bare.unpackaged.reduce((sum, u) => sum + u.bytes, 0)).toBe(
      total + 101068 + 912 + 509
    )
  })
})
