// The runtime hints as data (src/analysis/runtime-hints.ts, through analyzeFiles):
//
// - runtime-extras over real package data: the Debian root captured in
//   test/fixtures/packages/debian (status, .list files, listing) as the base, and a layer
//   installing real .deb files (`apt-get download`, cached; `dpkg-deb` unpacks them the way
//   dpkg installs them on a merged-/usr root, with the status and .list files dpkg writes):
//   make (a build tool), zlib1g-dev (headers and a static library, in a -dev package), dash
//   (a shell); plus a header and a static library no package owns. Each category's bytes are
//   checked against `find` over the unpacked files and the listing's own sizes;
// - apt-update-again on layers that write apt's lists and binary caches (or do not);
// - dev-dependencies over a node_modules that npm itself wrote on the host (`npm install
//   --offline` of packed tarballs, cached), hidden lockfile included.
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path, { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  analyzeFiles,
  type AnalyzeFilesOptions
} from '../../src/analysis/files.js'
import { packageCategory } from '../../src/analysis/runtime-hints.js'
import {
  layerDiskBytes,
  listingOf,
  PathIndex,
  type LayerEntry,
  type LayerListing
} from '../../src/model/listing.js'
import type { FileHint, LayerRow } from '../../src/model/report.js'
import { listFolder, row } from './packages/disk.js'

const TEMP = process.env.TMPDIR ?? tmpdir()
const DEBS = join(TEMP, 'image-size-budget-debs')
const NPM_CACHE = join(TEMP, 'image-size-budget-npm')
const MERGED = ['bin', 'sbin', 'lib', 'lib64']
const FIXTURE = new URL('../fixtures/packages/debian/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, FIXTURE), 'utf8')

const run = (command: string, args: string[], cwd?: string) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'pipe']
  })

interface Layer {
  createdBy: string
  entries: LayerEntry[]
  databases?: [string, string | Uint8Array][]
}

/** The file analysis of an image of `layers` (the first an imported base). */
function analyze(layers: Layer[], options: AnalyzeFilesOptions = {}) {
  const index = new PathIndex()
  const listings: LayerListing[] = layers.map((layer) => ({
    ...listingOf(layer.entries, index),
    ...(layer.databases
      ? {
          databases: new Map(
            layer.databases.map(([p, c]) => [
              p,
              typeof c === 'string' ? Buffer.from(c) : c
            ])
          )
        }
      : {})
  }))
  const rows: LayerRow[] = layers.map((layer, i) => ({
    index: i,
    instruction: layer.createdBy.split(' ')[0],
    createdBy: layer.createdBy,
    sizeBytes: layerDiskBytes(listings[i]),
    empty: false,
    ...(i === 0 ? { comment: 'Imported from -' } : {})
  }))
  return analyzeFiles(rows, listings, options)
}

const only = (hints: FileHint[], kind: FileHint['kind']) =>
  hints.filter((hint) => hint.kind === kind)

/** dpkg's .list of a package: `name:arch.list` for a Multi-Arch: same one. */
const listPath = (deb: Deb) =>
  `var/lib/dpkg/info/${deb.name}${/^Multi-Arch: same$/m.test(deb.control) ? `:${/^Architecture: (.*)$/m.exec(deb.control)![1]}` : ''}.list`

interface Deb {
  name: string
  control: string
  list: string
  entries: LayerEntry[]
  bytes: number
  files: number
}

/** A .deb from the cache unpacked as dpkg installs it on a merged-/usr root, with what find measures. */
function debOf(name: string): Deb {
  const deb = readdirSync(DEBS).find(
    (f) => f.startsWith(`${name}_`) && f.endsWith('.deb')
  )!
  const root = join(DEBS, name)
  if (!existsSync(root)) run('dpkg-deb', ['-x', join(DEBS, deb), root])
  const control = run('dpkg-deb', ['-f', join(DEBS, deb)])
  const members = run('sh', [
    '-c',
    'dpkg-deb --fsys-tarfile "$1" | tar -t',
    'sh',
    join(DEBS, deb)
  ])
  const list = members
    .trim()
    .split('\n')
    .map((m) => (m === './' ? '/.' : m.slice(1).replace(/\/$/, '')))
    .join('\n')
  let bytes = 0
  const inodes = new Set<string>()
  for (const line of run(
    'find',
    ['.', '!', '-type', 'd', '-printf', '%i %s\\n'],
    root
  )
    .trim()
    .split('\n')) {
    const [inode, size] = line.split(' ')
    if (!size || inodes.has(inode)) continue
    inodes.add(inode)
    bytes += Number(size)
  }
  const entries = listFolder(root)
    .entries.filter((e) => !(MERGED.includes(e.path) && e.typeflag === '5'))
    .map((e) =>
      MERGED.includes(e.path.split('/')[0])
        ? { ...e, path: `usr/${e.path}` }
        : e
    )
  return { name, control, list, entries, bytes, files: inodes.size }
}

/** Downloads `names` into the kept cache when missing. */
function download(names: string[]) {
  mkdirSync(DEBS, { recursive: true })
  const missing = names.filter(
    (name) => !readdirSync(DEBS).some((f) => f.startsWith(`${name}_`))
  )
  if (missing.length === 0) return
  try {
    run('apt-get', ['download', ...missing], DEBS)
  } catch {
    run('apt-get', ['update', '-q'])
    run('apt-get', ['download', ...missing], DEBS)
  }
}

describe('runtime-extras over real Debian packages', () => {
  // The captured root: what its listing and .list files hold.
  const baseEntries = read('listing.tsv')
    .trim()
    .split('\n')
    .map((line) => {
      const [typeflag, size, linkBytes, p] = line.split('\t')
      return row(p, typeflag, Number(size), Number(linkBytes))
    })
  const status = read('status')
  const lists = readdirSync(new URL('info/', FIXTURE)).map(
    (name): [string, string] => [
      `var/lib/dpkg/info/${name}`,
      read(`info/${name}`)
    ]
  )
  let debs: Map<string, Deb>
  let hint: FileHint
  let finalBytes: number
  const header = 'void greet(const char *name);\n'
  const archive = 1234

  beforeAll(() => {
    download(['make', 'zlib1g-dev', 'dash'])
    debs = new Map(
      ['make', 'zlib1g-dev', 'dash'].map((name) => [name, debOf(name)])
    )
    const installed = [...debs.values()]
    const stanzas = installed.map((deb) =>
      deb.control.replace(
        /^(Package: .*\n)/,
        '$1Status: install ok installed\n'
      )
    )
    const newStatus = [status.trimEnd(), ...stanzas].join('\n\n')
    const seen = new Set(baseEntries.map((e) => e.path))
    const added = installed
      .flatMap((deb) => deb.entries)
      .filter((e) => e.typeflag !== '5' || !seen.has(e.path))
    const layer: LayerEntry[] = [
      ...added,
      row('usr/local/include/', '5'),
      row('usr/local/include/greet.h', '0', header.length),
      row('usr/local/lib/', '5'),
      row('usr/local/lib/libgreet.a', '0', archive),
      row('var/lib/dpkg/status', '0', newStatus.length),
      ...installed.map((deb) => row(listPath(deb), '0', deb.list.length))
    ]
    const files = analyze([
      {
        createdBy: '',
        entries: baseEntries,
        databases: [['var/lib/dpkg/status', status], ...lists]
      },
      {
        createdBy:
          'RUN apt-get install -y make zlib1g-dev dash && make install',
        entries: layer,
        databases: [
          ['var/lib/dpkg/status', newStatus],
          ...installed.map((deb): [string, string] => [listPath(deb), deb.list])
        ]
      }
    ])
    const extras = only(files.hints, 'runtime-extras')
    expect(extras).toHaveLength(1)
    hint = extras[0]
    finalBytes = hint.finalBytes!
  })

  it('classifies packages by name: compilers and build tools, -dev, the package manager, the shell', () => {
    const category = (name: string) =>
      packageCategory({ manager: 'dpkg', name })
    expect(
      [
        'gcc-12',
        'cpp-12',
        'binutils-x86-64-linux-gnu',
        'libctf0',
        'make',
        'gcc-12-base',
        'libgcc-s1',
        'zlib1g-dev',
        'libc6-dev',
        'dpkg',
        'apt',
        'libapt-pkg6.0',
        'bash',
        'dash',
        'makedev',
        'libc6'
      ].map((name) => [name, category(name) ?? null])
    ).toEqual([
      ['gcc-12', 'compiler'],
      ['cpp-12', 'compiler'],
      ['binutils-x86-64-linux-gnu', 'compiler'],
      ['libctf0', 'compiler'],
      ['make', 'compiler'],
      ['gcc-12-base', null],
      ['libgcc-s1', null],
      ['zlib1g-dev', 'dev-package'],
      ['libc6-dev', 'dev-package'],
      ['dpkg', 'package-manager'],
      ['apt', 'package-manager'],
      ['libapt-pkg6.0', 'package-manager'],
      ['bash', 'shell'],
      ['dash', 'shell'],
      ['makedev', null],
      ['libc6', null]
    ])
    expect(packageCategory({ manager: 'npm', name: 'make' })).toBeUndefined()
    expect(packageCategory({ manager: 'apk', name: 'build-base' })).toBe(
      'compiler'
    )
  })

  it("gives each package category the bytes find measures over the package's files", () => {
    const part = (category: string) =>
      hint.parts!.find((p) => p.category === category)
    expect(part('compiler')).toMatchObject({
      bytes: debs.get('make')!.bytes,
      files: debs.get('make')!.files
    })
    expect(part('dev-package')).toMatchObject({
      bytes: debs.get('zlib1g-dev')!.bytes,
      files: debs.get('zlib1g-dev')!.files
    })
    expect(part('shell')).toMatchObject({
      bytes: debs.get('dash')!.bytes,
      files: debs.get('dash')!.files
    })
    expect(hint.packages).toEqual(
      ['make', 'zlib1g-dev', 'dash']
        .map((name) => ({
          name,
          manager: 'dpkg',
          version: /^Version: (.*)$/m.exec(debs.get(name)!.control)![1],
          bytes: debs.get(name)!.bytes,
          category: packageCategory({ manager: 'dpkg', name })
        }))
        .sort((a, b) => b.bytes - a.bytes)
    )
    expect(hint.packageCount).toBe(3)
  })

  it("counts a -dev package's headers and static library once, in the package; headers and archives no package owns by path", () => {
    // zlib1g-dev ships usr/include/zlib.h and libz.a: in its own part, not again below.
    expect(
      debs
        .get('zlib1g-dev')!
        .entries.some((e) => e.path === 'usr/include/zlib.h')
    ).toBe(true)
    expect(hint.parts!.find((p) => p.category === 'headers')).toEqual({
      path: '/usr/local/include',
      bytes: header.length,
      files: 1,
      category: 'headers'
    })
    expect(hint.parts!.find((p) => p.category === 'static-library')).toEqual({
      path: '/usr/local/lib',
      bytes: archive,
      files: 1,
      category: 'static-library'
    })
  })

  it("counts the base's docs no categorized package owns, and every byte once in the total", () => {
    const docs = baseEntries
      .filter(
        (e) =>
          e.path.startsWith('usr/share/doc/') ||
          e.path.startsWith('usr/share/man/')
      )
      .reduce(
        (sum, e) =>
          sum +
          (e.typeflag === '2' ? e.linkBytes : e.typeflag === '0' ? e.size : 0),
        0
      )
    expect(hint.parts!.find((p) => p.category === 'docs')?.bytes).toBe(docs)
    expect(hint.bytes).toBe(hint.parts!.reduce((sum, p) => sum + p.bytes, 0))
    expect(hint.bytes).toBeLessThan(finalBytes)
    expect(hint.layers).toEqual([0, 1])
    expect(hint.base).toBeUndefined()
    expect(hint.baseImage).toEqual({
      layers: [0],
      bytes: layerDiskBytes(listingOf(baseEntries))
    })
  })
})

describe('runtime-extras names the FROM image when the caller knows it', () => {
  it('its ref and its layers (not the history heuristic), and their bytes', () => {
    const entries = read('listing.tsv')
      .trim()
      .split('\n')
      .map((line) => {
        const [typeflag, size, linkBytes, p] = line.split('\t')
        return row(p, typeflag, Number(size), Number(linkBytes))
      })
    const manual = row('usr/share/doc/app/manual.pdf', '0', 2_000_000)
    const files = analyze(
      [
        {
          createdBy: '',
          entries,
          databases: [['var/lib/dpkg/status', read('status')]]
        },
        { createdBy: 'COPY docs /usr/share/doc/app', entries: [manual] },
        { createdBy: 'COPY app /app', entries: [row('app/server', '0', 500)] }
      ],
      { fromImage: { ref: 'example/base:1', layers: 2 } }
    )
    const [hint] = only(files.hints, 'runtime-extras')
    expect(hint.baseImage).toEqual({
      ref: 'example/base:1',
      layers: [0, 1],
      bytes: layerDiskBytes(listingOf(entries)) + 2_000_000
    })
    // Without it, the history's mark: the imported row alone.
    const [unnamed] = only(
      analyze([
        {
          createdBy: '',
          entries,
          databases: [['var/lib/dpkg/status', read('status')]]
        },
        { createdBy: 'COPY docs /usr/share/doc/app', entries: [manual] }
      ]).hints,
      'runtime-extras'
    )
    expect(unnamed.baseImage).toEqual({
      layers: [0],
      bytes: layerDiskBytes(listingOf(entries))
    })
  })
})

describe('apt-update-again: a later layer writes apt lists and binary caches again', () => {
  const lists = (size: number) => [
    row('var/lib/apt/lists/', '5'),
    row('var/lib/apt/lists/lock', '0', 0),
    row('var/lib/apt/lists/partial/', '5'),
    row(
      'var/lib/apt/lists/mirror.example_debian_dists_bookworm_InRelease',
      '0',
      151000
    ),
    row(
      'var/lib/apt/lists/mirror.example_debian_dists_bookworm_main_binary-amd64_Packages.lz4',
      '0',
      size
    )
  ]
  const caches = (size: number) => [
    row('var/cache/apt/', '5'),
    row('var/cache/apt/pkgcache.bin', '0', size),
    row('var/cache/apt/srcpkgcache.bin', '0', size - 100),
    row('var/cache/apt/archives/', '5'),
    row('var/cache/apt/archives/lock', '0', 0)
  ]
  const base: Layer = { createdBy: '', entries: [row('bin/sh', '0', 100)] }

  it("names the later layer's copies, exactly, with the earlier layer", () => {
    const files = analyze([
      base,
      {
        createdBy: 'RUN apt-get update && apt-get install -y make',
        entries: [...lists(8_800_000), ...caches(40_000_000)]
      },
      { createdBy: 'COPY app /app', entries: [row('app/x', '0', 10)] },
      {
        createdBy: 'RUN apt-get update && apt-get install -y jq',
        entries: [...lists(8_800_123), ...caches(40_000_456)]
      }
    ])
    const hints = only(files.hints, 'apt-update-again')
    expect(hints).toEqual([
      {
        kind: 'apt-update-again',
        layers: [1, 3],
        bytes: 151000 + 8_800_123 + 40_000_456 + 40_000_356,
        files: 4,
        examples: [
          '/var/cache/apt/pkgcache.bin',
          '/var/cache/apt/srcpkgcache.bin',
          '/var/lib/apt/lists/mirror.example_debian_dists_bookworm_main_binary-amd64_Packages.lz4'
        ],
        parts: [
          {
            path: '/var/cache/apt',
            cache: 'apt-binary-cache',
            bytes: 40_000_456 + 40_000_356,
            files: 2
          },
          {
            path: '/var/lib/apt/lists',
            cache: 'apt-lists',
            bytes: 151000 + 8_800_123,
            files: 2
          }
        ],
        builder: 'classic'
      }
    ])
    // The package-cache hints of the later layer are still there, as before.
    expect(
      only(files.hints, 'package-cache').map((h) => [h.layers, h.cache])
    ).toEqual([
      [[3], 'apt-archives'],
      [[3], 'apt-lists']
    ])
  })

  it('no hint when the earlier layer cleaned up, when the later one does, or when only the base image wrote them', () => {
    const cleaned = analyze([
      base,
      {
        createdBy: 'RUN apt-get update && … && rm -rf /var/lib/apt/lists/*',
        entries: [row('usr/bin/make', '0', 5000)]
      },
      {
        createdBy: 'RUN apt-get update && apt-get install -y jq',
        entries: [...lists(8_800_123), ...caches(40_000_456)]
      }
    ])
    expect(only(cleaned.hints, 'apt-update-again')).toEqual([])
    const laterCleans = analyze([
      base,
      {
        createdBy: 'RUN apt-get update && apt-get install -y make',
        entries: [...lists(8_800_000), ...caches(40_000_000)]
      },
      {
        createdBy:
          'RUN apt-get update && apt-get install -y jq && apt-get clean && rm -rf /var/lib/apt/lists/*',
        entries: [
          row('usr/bin/jq', '0', 3000),
          row(
            'var/lib/apt/lists/.wh.mirror.example_debian_dists_bookworm_InRelease',
            '0',
            0
          )
        ]
      }
    ])
    expect(only(laterCleans.hints, 'apt-update-again')).toEqual([])
    const fromBase = analyze([
      { createdBy: '', entries: [...lists(8_800_000), ...caches(40_000_000)] },
      {
        createdBy: 'RUN apt-get update && apt-get install -y jq',
        entries: [...lists(8_800_123), ...caches(40_000_456)]
      }
    ])
    expect(only(fromBase.hints, 'apt-update-again')).toEqual([])
    // A purge rewrites the binary caches, not the lists: no update ran (the package-cache
    // hint has those bytes).
    const purged = analyze([
      base,
      {
        createdBy: 'RUN apt-get update && apt-get install -y make',
        entries: [...lists(8_800_000), ...caches(40_000_000)]
      },
      {
        createdBy: 'RUN apt-get purge -y make',
        entries: [row('usr/bin/.wh.make', '0', 0), ...caches(39_000_000)]
      }
    ])
    expect(only(purged.hints, 'apt-update-again')).toEqual([])
    expect(
      only(purged.hints, 'package-cache').map((h) => [h.layers, h.cache])
    ).toContainEqual([[2], 'apt-archives'])
  })
})

describe('dev-dependencies: npm dev dependencies in the final filesystem', () => {
  const tarballs = ['ms-2.1.3.tgz', 'is-number-7.0.0.tgz', 'kind-of-6.0.3.tgz']
  let app: string
  beforeAll(() => {
    mkdirSync(NPM_CACHE, { recursive: true })
    for (const tarball of tarballs)
      if (!existsSync(join(NPM_CACHE, tarball)))
        run(
          'npm',
          ['pack', '--silent', tarball.replace(/-(\d[^-]*)\.tgz$/, '@$1')],
          NPM_CACHE
        )
    const dir = mkdtempSync(join(TEMP, 'isb-runtime-npm-'))
    app = join(dir, 'app')
    mkdirSync(app)
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'app',
        version: '1.0.0',
        dependencies: { ms: `file:${join(NPM_CACHE, tarballs[0])}` },
        devDependencies: {
          'is-number': `file:${join(NPM_CACHE, tarballs[1])}`,
          'kind-of': `file:${join(NPM_CACHE, tarballs[2])}`
        }
      })
    )
    run(
      'npm',
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--cache',
        join(dir, 'cache')
      ],
      app
    )
  }, 120_000)
  afterAll(() => rmSync(path.dirname(app), { recursive: true, force: true }))

  /** A package folder's bytes as find measures them. */
  const measure = (folder: string) => {
    let bytes = 0
    let files = 0
    for (const line of run(
      'find',
      ['.', '!', '-type', 'd', '-printf', '%s\\n'],
      folder
    )
      .trim()
      .split('\n')) {
      bytes += Number(line)
      files++
    }
    return { bytes, files }
  }

  it('one hint for the layer that installed them, each package with the bytes find measures, the runtime dependency left out', () => {
    const layer = listFolder(app, 'app/')
    const files = analyze([
      { createdBy: '', entries: [row('bin/sh', '0', 100)] },
      {
        createdBy: 'RUN npm install',
        entries: [row('app/', '5'), ...layer.entries],
        databases: [...layer.databases]
      }
    ])
    const isNumber = measure(join(app, 'node_modules/is-number'))
    const kindOf = measure(join(app, 'node_modules/kind-of'))
    const hints = only(files.hints, 'dev-dependencies')
    expect(hints).toEqual([
      {
        kind: 'dev-dependencies',
        layers: [1],
        bytes: isNumber.bytes + kindOf.bytes,
        files: isNumber.files + kindOf.files,
        examples: ['/app/node_modules/kind-of', '/app/node_modules/is-number'],
        parts: [
          {
            path: '/app/node_modules',
            bytes: isNumber.bytes + kindOf.bytes,
            files: isNumber.files + kindOf.files
          }
        ],
        builder: 'classic',
        packages: [
          {
            name: 'kind-of',
            manager: 'npm',
            version: '6.0.3',
            bytes: kindOf.bytes
          },
          {
            name: 'is-number',
            manager: 'npm',
            version: '7.0.0',
            bytes: isNumber.bytes
          }
        ],
        packageCount: 2
      }
    ])
    expect(kindOf.bytes).toBeGreaterThan(isNumber.bytes)
  })

  it('no hint when the install left them out (npm ci --omit=dev)', () => {
    const omitted = mkdtempSync(join(TEMP, 'isb-runtime-npm-omit-'))
    try {
      writeFileSync(
        join(omitted, 'package.json'),
        readFileSync(join(app, 'package.json'))
      )
      run(
        'npm',
        [
          'install',
          '--omit=dev',
          '--offline',
          '--no-audit',
          '--no-fund',
          '--ignore-scripts',
          '--cache',
          join(omitted, '.cache')
        ],
        omitted
      )
      rmSync(join(omitted, '.cache'), { recursive: true, force: true })
      const layer = listFolder(omitted, 'app/')
      const files = analyze([
        { createdBy: '', entries: [row('bin/sh', '0', 100)] },
        {
          createdBy: 'RUN npm ci --omit=dev',
          entries: [row('app/', '5'), ...layer.entries],
          databases: [...layer.databases]
        }
      ])
      expect(files.packages?.map((p) => p.name)).toEqual(['ms'])
      expect(only(files.hints, 'dev-dependencies')).toEqual([])
    } finally {
      rmSync(omitted, { recursive: true, force: true })
    }
  })
})
