// The hints that name packages (src/analysis/package-hints.ts) through analyzeFiles, over real
// Debian databases (test/fixtures/packages/debian-gcc, captured by its capture.sh from the
// images of package-hints-engine.test.ts): bookworm's base status, the status and apt's auto
// marks after `apt-get install -y gcc-12 make`, and after `apt-get purge -y gcc-12 make`.
// Each package the install added is one file whose size is the bytes stat measured for the
// package in the real image (sizes.tsv), listed by its .list: the dependency graph, the marks
// and the figures are real, the file layout is reduced to one file per package.
// What the hints must say is what apt itself says: `no-recommends` (what the same install
// puts in with --no-install-recommends, resolved by apt) and `autoremove` (`apt-get -s
// autoremove` in the purged image).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeFiles } from '../../src/analysis/files.js'
import {
  listingOf,
  PathIndex,
  type LayerEntry,
  type LayerListing
} from '../../src/model/listing.js'
import type { FileHint, LayerRow } from '../../src/model/report.js'
import { describeHint } from '../../src/report/describe.js'
import { formatBytes } from '../../src/report/units.js'
import { row } from './packages/disk.js'

const FIXTURE = new URL('../fixtures/packages/debian-gcc/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, FIXTURE), 'utf8')
const lines = (name: string) =>
  read(name)
    .split('\n')
    .filter((line) => line !== '')

const sizes = new Map(
  lines('sizes.tsv').map((line) => {
    const [name, bytes, files] = line.split('\t')
    return [name, { bytes: Number(bytes), files: Number(files) }]
  })
)
const added = [...sizes.keys()]
const noRecommends = new Set(lines('no-recommends'))
const autoremove = lines('autoremove')
const encoder = new TextEncoder()
const fileOf = (name: string) => `usr/share/isb-fixture/${name}`
const listOf = (name: string) => `var/lib/dpkg/info/${name}.list`

type Layer = { entries: LayerEntry[]; databases: [string, string][] }
function listings(layers: Layer[]): LayerListing[] {
  const index = new PathIndex()
  return layers.map((layer) => {
    const databases = new Map(
      layer.databases.map(([path, text]) => [path, encoder.encode(text)])
    )
    const entries = [
      ...layer.entries,
      ...layer.databases.map(([path, text]) =>
        row(path, '0', encoder.encode(text).byteLength)
      )
    ]
    return { ...listingOf(entries, index), databases }
  })
}

const rows = (steps: string[]): LayerRow[] =>
  steps.map((createdBy, index) => ({
    index,
    instruction: index === 0 ? '' : 'RUN',
    createdBy,
    sizeBytes: 0,
    empty: false,
    ...(index === 0 ? { comment: 'Imported from -' } : {})
  }))

const base: Layer = {
  entries: [],
  databases: [['var/lib/dpkg/status', read('status-base')]]
}
const install: Layer = {
  entries: added.map((name) => row(fileOf(name), '0', sizes.get(name)!.bytes)),
  databases: [
    ['var/lib/dpkg/status', read('status-installed')],
    ['var/lib/apt/extended_states', read('extended_states-installed')],
    ...added.map((name): [string, string] => [
      listOf(name),
      `/.\n/usr\n/usr/share\n/usr/share/isb-fixture\n/${fileOf(name)}\n`
    ])
  ]
}
const whiteout = (path: string) => row(path.replace(/[^/]+$/, '.wh.$&'))
const purge: Layer = {
  entries: ['gcc-12', 'make'].flatMap((name) => [
    whiteout(fileOf(name)),
    whiteout(listOf(name))
  ]),
  databases: [
    ['var/lib/dpkg/status', read('status-purged')],
    ['var/lib/apt/extended_states', read('extended_states-purged')]
  ]
}
const INSTALL = 'RUN apt-get update && apt-get install -y gcc-12 make'
const PURGE = 'RUN apt-get purge -y gcc-12 make'

const sum = (names: string[]) =>
  names.reduce((total, name) => total + sizes.get(name)!.bytes, 0)
const ofKind = (hints: FileHint[], kind: FileHint['kind']) =>
  hints.filter((hint) => hint.kind === kind)

describe('recommended-packages over the real databases of apt-get install -y gcc-12 make', () => {
  const layerRows = rows(['', INSTALL])
  const files = analyzeFiles(layerRows, listings([base, install]))

  it('holds exactly the packages apt leaves out with --no-install-recommends, with their bytes, each with what pulled it in', () => {
    const expected = added.filter((name) => !noRecommends.has(name))
    expect(expected.length).toBeGreaterThan(40)
    expect(noRecommends.has('gcc-12')).toBe(true)
    const [hint, ...others] = ofKind(files.hints, 'recommended-packages')
    expect(others).toEqual([])
    expect(hint).toMatchObject({
      layers: [1],
      bytes: sum(expected),
      // One file per package here (the fixture's reduction).
      files: expected.length,
      packageCount: expected.length,
      builder: 'classic'
    })
    const largest = [...expected]
      .sort(
        (a, b) => sizes.get(b)!.bytes - sizes.get(a)!.bytes || (a < b ? -1 : 1)
      )
      .slice(0, 10)
    expect(hint.packages!.map((p) => [p.name, p.bytes])).toEqual(
      largest.map((name) => [name, sizes.get(name)!.bytes])
    )
    // gcc-12 recommends libc6-dev; libc6-dev depends on linux-libc-dev.
    const via = new Map(hint.packages!.map((p) => [p.name, p.via]))
    expect(via.get('libc6-dev')).toBe('gcc-12')
    expect(via.get('linux-libc-dev')).toBe('libc6-dev')
    expect(describeHint(hint, 'si', layerRows)).toMatch(
      new RegExp(
        `^L1 \\(RUN apt-get update && apt-get install -y gcc-12 make\\) installs ${expected.length} packages \\(.* MB\\) only because an installed package recommends or suggests them: libx265-199 16\\.4 MB \\(via libheif1\\), libc6-dev 11\\.9 MB \\(via gcc-12\\), .* and ${expected.length - 5} more\\. Install with \`apt-get install --no-install-recommends\` \\(naming any of them you need\\)\\.$`
      )
    )
  })

  it('names no package when the install had no recommends', () => {
    const plain = analyzeFiles(
      layerRows,
      listings([
        base,
        {
          entries: install.entries.filter((entry) =>
            noRecommends.has(entry.path.split('/').pop()!)
          ),
          databases: install.databases
            .filter(
              ([path]) =>
                !path.endsWith('.list') || noRecommends.has(path.slice(18, -5))
            )
            .map(([path, text]): [string, string] =>
              path === 'var/lib/apt/extended_states'
                ? [path, marksOf(text, noRecommends)]
                : path === 'var/lib/dpkg/status'
                  ? [path, stanzasOf(text, noRecommends)]
                  : [path, text]
            )
        }
      ])
    )
    expect(ofKind(plain.hints, 'recommended-packages')).toEqual([])
  })
})

/** The status without the stanzas of packages the install added but `keep` does not hold. */
function stanzasOf(status: string, keep: Set<string>): string {
  const addedSet = new Set(added)
  return status
    .split('\n\n')
    .filter((stanza) => {
      const name = /^Package: (.*)$/m.exec(stanza)?.[1] ?? ''
      return !addedSet.has(name) || keep.has(name)
    })
    .join('\n\n')
}
const marksOf = stanzasOf

describe('kept-packages and deleted-later after apt-get purge -y gcc-12 make', () => {
  const layerRows = rows(['', INSTALL, PURGE])
  const files = analyzeFiles(layerRows, listings([base, install, purge]))
  const kept = ofKind(files.hints, 'kept-packages')

  it('names what apt-get autoremove would remove, with their bytes', () => {
    const orphans = kept.find((hint) => !hint.packages![0].via)!
    expect(autoremove.length).toBeGreaterThan(60)
    expect(orphans).toMatchObject({
      layers: [1, 2],
      bytes: sum(autoremove),
      packageCount: autoremove.length
    })
    for (const p of orphans.packages!)
      expect([p.name, p.bytes, p.via]).toEqual([
        p.name,
        sizes.get(p.name)!.bytes,
        undefined
      ])
    expect(describeHint(orphans, 'si', layerRows)).toMatch(
      /^L2 \(RUN apt-get purge -y gcc-12 make\) removes packages, but \d+ packages \(.* MB\) that L1 \(RUN .*\) installed with them stay installed, though no installed package needs them: cpp-12 34\.6 MB, .* Remove them in the same RUN: `apt-get purge -y --auto-remove …` \(or `&& apt-get autoremove -y`\)\.$/
    )
  })

  it('names what apt keeps for another installed package, and which one', () => {
    // What the install added and the purge left, that autoremove keeps: bookworm's libc-bin recommends manpages.
    const keptByApt = added.filter(
      (name) => !['gcc-12', 'make'].includes(name) && !autoremove.includes(name)
    )
    expect(keptByApt).toEqual(['manpages'])
    const byApt = kept.filter((hint) => hint.packages![0].via)
    expect(byApt).toEqual([
      {
        kind: 'kept-packages',
        layers: [1, 2],
        bytes: sizes.get('manpages')!.bytes,
        files: 1,
        packages: [
          {
            name: 'manpages',
            manager: 'dpkg',
            version: expect.any(String) as string,
            bytes: sizes.get('manpages')!.bytes,
            via: 'libc-bin'
          }
        ],
        packageCount: 1,
        builder: 'classic'
      }
    ])
    expect(describeHint(byApt[0], 'si', layerRows)).toBe(
      'L2 (RUN apt-get purge -y gcc-12 make) removes packages, but 1 package (1.38 MB) that L1 (RUN apt-get update && apt-get install -y gcc-12 make) installed with them stays installed, because another installed package recommends or suggests them: manpages 1.38 MB (via libc-bin). Install with `--no-install-recommends`, or purge what keeps them in the same RUN.'
    )
  })

  it('the deleted-later hint names gcc-12 and make with their bytes, and the bookkeeping apart', () => {
    const [deleted] = ofKind(files.hints, 'deleted-later')
    const lists = ['gcc-12', 'make'].reduce(
      (n, name) =>
        n +
        encoder.encode(
          install.databases.find(([path]) => path === listOf(name))![1]
        ).byteLength,
      0
    )
    expect(deleted).toMatchObject({
      layers: [1, 2],
      bytes: sum(['gcc-12', 'make']) + lists,
      packages: [
        { name: 'gcc-12', manager: 'dpkg', bytes: sizes.get('gcc-12')!.bytes },
        { name: 'make', manager: 'dpkg', bytes: sizes.get('make')!.bytes }
      ],
      packageCount: 2,
      packageBytes: sum(['gcc-12', 'make']),
      bookkeepingBytes: lists
    })
    expect(describeHint(deleted, 'si', layerRows)).toBe(
      `L2 (RUN apt-get purge -y gcc-12 make) removes gcc-12 and make (71.4 MB) that L1 (RUN apt-get update && apt-get install -y gcc-12 make) added (and ${lists} B of package-manager bookkeeping); the bytes stay in L1. Install, use and purge them in one RUN (\`apt-get purge -y --auto-remove\` at its end), or build in a separate stage and COPY only the result.`
    )
  })
})

describe('a base package rewritten by a later step', () => {
  // perl-base as bookworm's base has it, and a step that installs a newer version of it
  // (its stanza's Version changed as dpkg writes it) beside one that only rewrites dpkg's status.
  const status = read('status-base')
  const perl = /^Package: perl-base\n(?:.+\n)*?Version: (.+)$/m.exec(status)!
  const newer = `${perl[1]}.1`
  const upgraded = status.replace(perl[0], perl[0].replace(perl[1], newer))
  const perlFile = 'usr/bin/perl5.36.0'
  const withPerl: Layer = {
    entries: [row(perlFile, '0', 3_000_000)],
    databases: [
      ...base.databases,
      ['var/lib/dpkg/info/perl-base.list', `/.\n/usr\n/usr/bin\n/${perlFile}\n`]
    ]
  }
  const layerRows = rows([
    '',
    'RUN apt-get install -y make',
    'RUN apt-get install -y perl-base'
  ])
  const files = analyzeFiles(
    layerRows,
    listings([
      withPerl,
      { entries: [], databases: [['var/lib/dpkg/status', status + '\n']] },
      {
        entries: [row(perlFile, '0', 3_000_001)],
        databases: [['var/lib/dpkg/status', upgraded]]
      }
    ])
  )
  const rewrites = new Map(
    ofKind(files.hints, 'replaced-later').map((hint) => [
      hint.layers.join(),
      hint
    ])
  )

  it('a step that rewrites only dpkg bookkeeping is not called an upgrade', () => {
    const hint = rewrites.get('0,1')!
    expect(hint).toMatchObject({
      base: true,
      packageBytes: 0,
      bookkeepingBytes: hint.bytes
    })
    expect(hint.packages).toBeUndefined()
    const said = describeHint(hint, 'si', layerRows)
    expect(said).toBe(
      `L1 (RUN apt-get install -y make) rewrites ${formatBytes(hint.bytes, 'si')} of package-manager bookkeeping of the base image (1 file such as dpkg's database, debconf's cache and the ld.so cache), as every step that installs or removes packages does; the old copies stay in L0. Install in as few RUN steps as possible.`
    )
  })

  it('a step that upgrades a base package names it with both versions', () => {
    const hint = rewrites.get('0,2')!
    expect(hint.packages).toEqual([
      {
        name: 'perl-base',
        manager: 'dpkg',
        version: newer,
        previousVersion: perl[1],
        bytes: 3_000_000
      }
    ])
    expect(describeHint(hint, 'si', layerRows)).toBe(
      `L2 (RUN apt-get install -y perl-base) upgrades base packages (perl-base ${perl[1]} → ${newer}): it rewrites 3.00 MB of their files, and the old copies stay in L0. A newer base image avoids it.`
    )
  })
})
