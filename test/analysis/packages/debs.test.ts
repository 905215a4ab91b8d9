// Attribution over real Debian packages: `apt-get download` fetches three small .deb files
// (cached in a temp folder across runs), `dpkg-deb` unpacks them, and an image is made of
// their files the way dpkg installs them on a merged-/usr root (bookworm's hostname ships
// `/bin/hostname`, which lands at `usr/bin/hostname`), with the status stanza and .list file
// dpkg would write: base layer with hostname, a layer installing netbase and sensible-utils,
// a layer purging sensible-utils. Each package's bytes are checked against `find` over its
// unpacked files (lstat sizes of the non-directories, each inode once), and its
// Installed-Size against the control file.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  attributePackages,
  type PackageAttributionResult
} from '../../../src/analysis/packages/attribution.js'
import {
  listingOf,
  PathIndex,
  type LayerEntry
} from '../../../src/model/listing.js'
import { listFolder, row } from './disk.js'

const CACHE = join(process.env.TMPDIR ?? tmpdir(), 'image-size-budget-debs')
const PACKAGES = ['hostname', 'netbase', 'sensible-utils']
const MERGED = ['bin', 'sbin', 'lib', 'lib64']

interface Deb {
  name: string
  control: string
  list: string
  /** Its files as dpkg leaves them on a merged-/usr root. */
  entries: LayerEntry[]
  /** What find measures over the unpacked files. */
  bytes: number
  files: number
}

const run = (command: string, args: string[], cwd?: string) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'pipe']
  })

function debOf(name: string): Deb {
  const deb = readdirSync(CACHE).find(
    (f) => f.startsWith(`${name}_`) && f.endsWith('.deb')
  )
  if (!deb) throw new Error(`apt-get download ${name} left no .deb in ${CACHE}`)
  const root = join(CACHE, name)
  if (!existsSync(root)) run('dpkg-deb', ['-x', join(CACHE, deb), root])
  const control = run('dpkg-deb', ['-f', join(CACHE, deb)])
  // dpkg's .list: every member of the data tar, `/.` for the root, no trailing slash.
  const members = run('sh', [
    '-c',
    `dpkg-deb --fsys-tarfile "$1" | tar -t`,
    'sh',
    join(CACHE, deb)
  ])
  const list = members
    .trim()
    .split('\n')
    .map((m) => (m === './' ? '/.' : m.slice(1).replace(/\/$/, '')))
    .join('\n')
  let bytes = 0
  let files = 0
  const inodes = new Set<string>()
  for (const line of run(
    'find',
    ['.', '!', '-type', 'd', '-printf', '%i %s\\n'],
    root
  )
    .trim()
    .split('\n')) {
    if (line === '') continue
    const [inode, size] = line.split(' ')
    if (inodes.has(inode)) continue
    inodes.add(inode)
    bytes += Number(size)
    files++
  }
  const entries = listFolder(root)
    .entries.filter((e) => !(MERGED.includes(e.path) && e.typeflag === '5'))
    .map((e) =>
      MERGED.includes(e.path.split('/')[0])
        ? { ...e, path: `usr/${e.path}` }
        : e
    )
  return { name, control, list, entries, bytes, files }
}

const stanza = (deb: Deb) =>
  deb.control.replace(/^(Package: .*\n)/, '$1Status: install ok installed\n')
const field = (deb: Deb, name: string) =>
  new RegExp(`^${name}: (.*)$`, 'm').exec(deb.control)![1]

describe('real .deb packages installed and purged across layers', () => {
  let debs: Map<string, Deb>
  let result: PackageAttributionResult
  beforeAll(() => {
    mkdirSync(CACHE, { recursive: true })
    const missing = PACKAGES.filter(
      (name) => !readdirSync(CACHE).some((f) => f.startsWith(`${name}_`))
    )
    if (missing.length > 0) {
      try {
        run('apt-get', ['download', ...missing], CACHE)
      } catch {
        // A new machine may have no package lists yet (apt-get update has never run).
        run('apt-get', ['update', '-q'], CACHE)
        run('apt-get', ['download', ...missing], CACHE)
      }
    }
    debs = new Map(PACKAGES.map((name) => [name, debOf(name)]))
    const [hostname, netbase, sensible] = PACKAGES.map((name) =>
      debs.get(name)!
    )
    const status = (...packages: Deb[]) => packages.map(stanza).join('\n')
    const listPath = (deb: Deb) => `var/lib/dpkg/info/${deb.name}.list`
    const dbFile = (path: string, contents: string) =>
      row(path, '0', Buffer.byteLength(contents))
    const index = new PathIndex()
    const layers: [LayerEntry[], [string, string][]][] = [
      [
        [
          ...MERGED.map((top) => row(top, '2', 0, `usr/${top}`.length)),
          ...hostname.entries,
          dbFile('var/lib/dpkg/status', status(hostname)),
          dbFile(listPath(hostname), hostname.list)
        ],
        [
          ['var/lib/dpkg/status', status(hostname)],
          [listPath(hostname), hostname.list]
        ]
      ],
      [
        [
          ...netbase.entries,
          ...sensible.entries,
          dbFile('var/lib/dpkg/status', status(hostname, netbase, sensible)),
          dbFile(listPath(netbase), netbase.list),
          dbFile(listPath(sensible), sensible.list)
        ],
        [
          ['var/lib/dpkg/status', status(hostname, netbase, sensible)],
          [listPath(netbase), netbase.list],
          [listPath(sensible), sensible.list]
        ]
      ],
      [
        [
          ...sensible.entries
            .filter((e) => e.typeflag !== '5')
            .map((e) => row(e.path.replace(/[^/]+$/, '.wh.$&'))),
          row(`var/lib/dpkg/info/.wh.${sensible.name}.list`),
          dbFile('var/lib/dpkg/status', status(hostname, netbase))
        ],
        [['var/lib/dpkg/status', status(hostname, netbase)]]
      ]
    ]
    result = attributePackages(
      layers.map(([entries, databases]) => ({
        listing: listingOf(entries, index),
        databases: new Map(databases)
      }))
    )
  })
  const get = (name: string) => result.packages.find((p) => p.name === name)!

  it('gives each installed package the bytes find measures over its unpacked files', () => {
    expect(result.problems).toEqual([])
    for (const name of ['hostname', 'netbase']) {
      const deb = debs.get(name)!
      expect([name, get(name).bytes, get(name).files]).toEqual([
        name,
        deb.bytes,
        deb.files
      ])
      expect(get(name).version).toBe(field(deb, 'Version'))
      expect(get(name).installedSizeBytes).toBe(
        Number(field(deb, 'Installed-Size')) * 1024
      )
      expect(get(name).hiddenBytes).toBe(0)
    }
    expect(debs.get('hostname')!.list).toMatch(/^\/(usr\/)?bin\/hostname$/m)
    expect(get('hostname').bytes).toBeGreaterThan(0)
  })

  it('names the layers that added and purged sensible-utils, whose bytes still ship in layer 1', () => {
    const deb = debs.get('sensible-utils')!
    expect(get('hostname').addedLayer).toBe(0)
    expect(get('netbase').addedLayer).toBe(1)
    expect(get('sensible-utils')).toMatchObject({
      addedLayer: 1,
      removedLayer: 2,
      installed: false,
      bytes: 0,
      files: 0,
      layerBytes: [{ layer: 1, bytes: deb.bytes, files: deb.files }],
      shippedBytes: deb.bytes,
      hiddenBytes: deb.bytes
    })
  })

  it('leaves only dpkg and the layer symlinks unpackaged', () => {
    const tops = result.unpackaged.map((u) => u.top).sort()
    expect(tops).toEqual(['bin', 'lib', 'lib64', 'sbin', 'var'])
  })
})
