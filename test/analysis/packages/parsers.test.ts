// The package-database parsers on real text (Debian's, captured from a sid root), on
// Alpine's documented format (test/fixtures/packages/alpine, written by hand: Alpine's
// mirror is not reachable here), on npm and Python metadata as npm and pip write them, and on
// hostile input: garbage, huge, truncated. A parser never throws; it says what it skipped.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  parseApkInstalled,
  parseApkWorld
} from '../../../src/analysis/packages/apk.js'
import {
  isPackageDatabasePath,
  mayBePackageDatabaseName,
  readPackageDatabases
} from '../../../src/analysis/packages/database.js'
import {
  parseAptExtendedStates,
  parseDependencies,
  parseDpkgList,
  parseDpkgMd5sums,
  parseDpkgStatus
} from '../../../src/analysis/packages/dpkg.js'
import {
  parseNpmHiddenLockfile,
  parseNpmPackageJson
} from '../../../src/analysis/packages/npm.js'
import {
  parsePythonMetadata,
  parsePythonRecord,
  pythonMetadataFile
} from '../../../src/analysis/packages/python.js'
import {
  PACKAGE_DATABASE_FILE_LIMIT,
  PACKAGE_PROBLEMS_LIMIT
} from '../../../src/analysis/packages/records.js'

const fixture = (path: string) =>
  readFileSync(new URL(`../../fixtures/packages/${path}`, import.meta.url))
const text = (path: string) => fixture(path).toString('utf8')

describe('dpkg', () => {
  it('reads every stanza of a real status file', () => {
    const { value, problems } = parseDpkgStatus(fixture('debian/status'))
    expect(problems).toEqual([])
    expect(
      value.map((p) => `${p.name}:${p.arch} ${p.version} ${p.state}`)
    ).toEqual([
      'base-files:amd64 14.2 installed',
      'gcc-16-base:amd64 16.2.0-4 installed',
      'hostname:amd64 3.25 installed',
      'libacl1:amd64 2.4.0-1 installed',
      'libc6:amd64 2.43-7 installed',
      'tini-static:amd64 0.19.0-6+b2 installed'
    ])
    expect(value.find((p) => p.name === 'hostname')!.installedSizeBytes).toBe(
      50 * 1024
    )
  })

  it('keeps states, joins continuation lines, drops not-installed, reports duplicates', () => {
    const status = [
      'Package: gone',
      'Status: purge ok not-installed',
      'Architecture: amd64',
      '',
      'Package: leftover',
      'Status: deinstall ok config-files',
      'Version: 1.0',
      'Architecture: amd64',
      'Conffiles:',
      ' /etc/leftover.conf 0123456789abcdef0123456789abcdef',
      '',
      'Package: leftover',
      'Status: install ok installed',
      'Architecture: amd64',
      ''
    ].join('\r\n')
    const { value, problems } = parseDpkgStatus(status)
    expect(value.map((p) => [p.name, p.state])).toEqual([
      ['leftover', 'config-files']
    ])
    expect(problems).toEqual([
      'var/lib/dpkg/status: leftover:amd64 is listed twice; the first kept'
    ])
  })

  it('reads dependency fields as groups of alternative names', () => {
    expect(
      parseDependencies(
        'a:any (>= 1.2) [amd64] <!nocheck> | b, c (<< 2~), , | '
      )
    ).toEqual([['a', 'b'], ['c']])
  })

  it('reads a real .list file, leaving out the root', () => {
    const { value } = parseDpkgList(
      fixture('debian/info/hostname.list'),
      'hostname.list'
    )
    expect(value).toHaveLength(19)
    expect(value.slice(0, 4)).toEqual([
      'usr',
      'usr/bin',
      'usr/bin/hostname',
      'usr/share'
    ])
  })

  it('reads md5sums file lists (distroless status.d) and apt marks', () => {
    const md5 = parseDpkgMd5sums(
      'd41d8cd98f00b204e9800998ecf8427e  usr/bin/x\nnot a line\n',
      'var/lib/dpkg/status.d/x.md5sums'
    )
    expect(md5.value).toEqual(['usr/bin/x'])
    expect(md5.problems).toEqual([
      'var/lib/dpkg/status.d/x.md5sums: not an md5sums line: "not a line"'
    ])
    const marks = parseAptExtendedStates(
      'Package: gcc-12\nArchitecture: amd64\nAuto-Installed: 1\n\nPackage: make\nArchitecture: amd64\nAuto-Installed: 0\n'
    )
    expect([...marks.value]).toEqual([
      ['gcc-12:amd64', true],
      ['make:amd64', false]
    ])
  })
})

describe('apk (documented format, written by hand)', () => {
  it('reads each record with its directories and files', () => {
    const { value, problems } = parseApkInstalled(fixture('alpine/installed'))
    expect(problems).toEqual([])
    expect(
      value.map((p) => `${p.name} ${p.version} ${p.installedSizeBytes}`)
    ).toEqual([
      'musl 1.2.5-r0 647168',
      'busybox 1.36.1-r29 947200',
      'make 4.4.1-r2 284672',
      'gcc 13.2.1_git20240309-r0 51490816',
      '.build-deps 20240601.120000 0'
    ])
    expect(value[1].paths).toEqual([
      'bin',
      'bin/busybox',
      'etc',
      'etc/securetty',
      'etc/udhcpd.conf',
      'usr',
      'usr/share',
      'usr/share/udhcpc',
      'usr/share/udhcpc/default.script'
    ])
    expect(value[4].depends).toEqual([['gcc'], ['make']])
    expect(value[4].paths).toEqual([])
    expect(value[3].depends[0]).toEqual(['binutils'])
    expect(value[0].provides).toEqual(['so:libc.musl-x86_64.so.1'])
  })

  it('marks packages the world file does not name as installed for another', () => {
    expect(
      parseApkWorld(fixture('alpine/world-with-build-deps')).value
    ).toContain('.build-deps')
    const db = readPackageDatabases(
      new Map([
        ['lib/apk/db/installed', fixture('alpine/installed')],
        ['etc/apk/world', fixture('alpine/world-with-build-deps')]
      ])
    )
    expect([...db.packages.values()].map((p) => [p.name, p.auto])).toEqual([
      ['musl', true],
      ['busybox', false],
      ['make', true],
      ['gcc', true],
      ['.build-deps', false]
    ])
  })

  it('reports lines it cannot read and files outside any directory', () => {
    const { value, problems } = parseApkInstalled(
      'R:orphan\nP:x\nV:1\nnonsense\nR:../../etc/shadow\n'
    )
    expect(value.map((p) => p.name)).toEqual(['x'])
    expect(problems).toEqual([
      'lib/apk/db/installed line 1: R: with no F: before it',
      'lib/apk/db/installed line 4: not a field: "nonsense"',
      'lib/apk/db/installed line 5: R: with no F: before it'
    ])
  })
})

describe('npm and Python', () => {
  it('reads a package folder and the hidden lockfile dev marks', () => {
    const pkg = parseNpmPackageJson(
      '{"name":"@types/node","version":"20.11.5","dependencies":{"undici-types":"~5.26.4"}}',
      'app/node_modules/@types/node/package.json'
    )
    expect(pkg.value).toMatchObject({
      key: 'npm:app/node_modules/@types/node',
      name: '@types/node',
      version: '20.11.5',
      folders: ['app/node_modules/@types/node'],
      depends: [['undici-types']]
    })
    const lock = parseNpmHiddenLockfile(
      JSON.stringify({
        name: 'app',
        lockfileVersion: 3,
        packages: {
          'node_modules/@types/node': { version: '20.11.5', dev: true },
          'node_modules/express': { version: '4.19.2' }
        }
      }),
      'app/node_modules/.package-lock.json'
    )
    expect([...lock.value]).toEqual([
      ['app/node_modules/@types/node', true],
      ['app/node_modules/express', false]
    ])
    expect(
      parseNpmPackageJson('{"name": 1', 'node_modules/x/package.json')
        .problems[0]
    ).toMatch(/^node_modules\/x\/package\.json: not JSON/)
  })

  it('reads a wheel RECORD relative to its site folder, scripts included', () => {
    const site = 'usr/local/lib/python3.12/site-packages'
    const info = pythonMetadataFile(`${site}/requests-2.31.0.dist-info/RECORD`)
    expect(info).toEqual({
      site,
      folder: `${site}/requests-2.31.0.dist-info`,
      kind: 'dist-info',
      file: 'RECORD'
    })
    const record = parsePythonRecord(
      [
        'requests/__init__.py,sha256=abc,4965',
        '"requests/odd,name.py",sha256=def,10',
        '../../../bin/normalizer,sha256=ghi,250',
        'requests-2.31.0.dist-info/RECORD,,',
        '../../../../../../../etc/evil,,'
      ].join('\n'),
      site,
      'RECORD'
    )
    expect(record.value).toEqual([
      `${site}/requests/__init__.py`,
      `${site}/requests/odd,name.py`,
      'usr/local/bin/normalizer',
      `${site}/requests-2.31.0.dist-info/RECORD`
    ])
    expect(record.problems).toEqual([
      'RECORD: a path outside the root: "../../../../../../../etc/evil"'
    ])
    expect(
      parsePythonMetadata(
        'Metadata-Version: 2.1\nName: requests\nVersion: 2.31.0\nRequires-Dist: idna (<4,>=2.5)\nRequires-Dist: PySocks (!=1.5.7,>=1.5.6) ; extra == "socks"\n\nbody',
        'METADATA'
      ).value
    ).toEqual({ name: 'requests', version: '2.31.0', requires: ['idna'] })
  })

  it('knows which paths are database files', () => {
    for (const path of [
      'var/lib/dpkg/status',
      'var/lib/dpkg/info/libc6:amd64.list',
      'var/lib/dpkg/status.d/base',
      'var/lib/apt/extended_states',
      'lib/apk/db/installed',
      'etc/apk/world',
      'app/node_modules/express/package.json',
      'app/node_modules/@types/node/package.json',
      'app/node_modules/a/node_modules/b/package.json',
      'app/node_modules/.package-lock.json',
      'usr/lib/python3/dist-packages/yaml-6.0.dist-info/METADATA',
      'usr/local/lib/python3.12/site-packages/six-1.16.0.egg-info/PKG-INFO'
    ])
      expect([path, isPackageDatabasePath(path)]).toEqual([path, true])
    for (const path of [
      'var/lib/dpkg/info/libc6:amd64.md5sums',
      'var/lib/dpkg/status-old',
      'app/package.json',
      'app/node_modules/express/lib/package.json',
      'app/node_modules/.bin/package.json',
      'usr/lib/python3/dist-packages/yaml/RECORD'
    ])
      expect([path, isPackageDatabasePath(path)]).toEqual([path, false])
  })

  it('lets a reader test a name in bytes first: true for every database file, false for most others', () => {
    const encoder = new TextEncoder()
    const test = (path: string) => {
      const bytes = encoder.encode(`xx${path}yy`)
      return mayBePackageDatabaseName(bytes, 2, bytes.length - 2)
    }
    // Every path the real Debian packages list, and the database files above.
    const listed = readdirSync(
      new URL('../../fixtures/packages/debian/info/', import.meta.url)
    )
      .flatMap((name) => text(`debian/info/${name}`).split('\n'))
      .filter((line) => line.length > 2)
      .map((line) => line.slice(1))
    const paths = [
      ...listed,
      'var/lib/dpkg/status',
      'var/lib/dpkg/status.d/base',
      'var/lib/dpkg/status.d/base.md5sums',
      'var/lib/dpkg/info/libc6:amd64.list',
      'app/node_modules/.package-lock.json',
      'usr/lib/python3/dist-packages/yaml-6.0.egg-info/installed-files.txt'
    ]
    for (const path of paths)
      if (isPackageDatabasePath(path))
        expect([path, test(path)]).toEqual([path, true])
    expect(listed.filter(test)).toEqual([])
  })
})

describe('hostile input', () => {
  // A fixed pseudo-random sequence (xorshift), so a failure can be replayed.
  const garbage = (length: number, seed: number) => {
    const bytes = new Uint8Array(length)
    let x = seed
    for (let i = 0; i < length; i++) {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      bytes[i] = x & 0xff
    }
    return bytes
  }
  const parsers: [string, (b: Uint8Array) => { problems: string[] }][] = [
    ['dpkg status', (b) => parseDpkgStatus(b)],
    ['dpkg list', (b) => parseDpkgList(b, 'x.list')],
    ['md5sums', (b) => parseDpkgMd5sums(b, 'x.md5sums')],
    ['extended_states', (b) => parseAptExtendedStates(b)],
    ['apk installed', (b) => parseApkInstalled(b)],
    ['apk world', (b) => parseApkWorld(b)],
    [
      'package.json',
      (b) => parseNpmPackageJson(b, 'node_modules/x/package.json')
    ],
    [
      'lockfile',
      (b) => parseNpmHiddenLockfile(b, 'node_modules/.package-lock.json')
    ],
    ['RECORD', (b) => parsePythonRecord(b, 'site-packages', 'RECORD')],
    ['METADATA', (b) => parsePythonMetadata(b, 'METADATA')]
  ]

  it.each(parsers)(
    '%s: garbage is read without throwing, problems bounded',
    (_, parse) => {
      for (let seed = 1; seed <= 20; seed++) {
        const { problems } = parse(garbage(4096, seed))
        expect(problems.length).toBeLessThanOrEqual(PACKAGE_PROBLEMS_LIMIT + 1)
      }
    }
  )

  it('a status file of garbage lines reports them, counting past the limit', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `garbage ${i}`).join(
      '\n'
    )
    const { value, problems } = parseDpkgStatus(lines)
    expect(value).toEqual([])
    expect(problems).toHaveLength(PACKAGE_PROBLEMS_LIMIT + 1)
    expect(problems[0]).toBe(
      'var/lib/dpkg/status line 1: not a field: "garbage 0"'
    )
    expect(problems.at(-1)).toBe('and 80 more problems')
  })

  it('a database file over the limit is skipped unread, with a problem', () => {
    const huge = new Uint8Array(PACKAGE_DATABASE_FILE_LIMIT + 1)
    expect(parseDpkgStatus(huge).problems).toEqual([
      `var/lib/dpkg/status: ${PACKAGE_DATABASE_FILE_LIMIT + 1} bytes, more than the ${PACKAGE_DATABASE_FILE_LIMIT} read; skipped`
    ])
  })

  it('a status truncated mid-stanza keeps what it read', () => {
    const status = text('debian/status')
    const cut = status.slice(0, status.indexOf('Package: hostname') + 40)
    const { value } = parseDpkgStatus(cut)
    expect(value.map((p) => p.name)).toEqual([
      'base-files',
      'gcc-16-base',
      'hostname'
    ])
    expect(value[2].version).toBe('')
  })
})
