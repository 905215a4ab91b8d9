// Budgets that name packages, on real images: `check` with `package:` rules and an
// `unpackaged:` limit. A Debian image is built like test/analysis/packages-engine.test.ts's
// (the sid root the engine harness made, imported as the base; jq and its two libraries
// fetched on the host with `apt-get download` into the build context and installed with
// `dpkg -i` under --network none), then jq and libjq1 are purged in a later RUN: libjq1's
// files still ship in the install layer, and `package: libjq*` with `max: 0` fails with
// exactly the bytes of libjq1's files measured in the image by `stat`. An image FROM
// scratch has no package database: a `package:` rule passes with 0 bytes, and every file is
// unpackaged (measured with `docker export`).
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type { ImageResult, RunReport } from '../../src/model/report.js'

const TEMP = process.env.TMPDIR ?? tmpdir()
const ENGINE_DIR =
  process.env.ISB_ENGINE_DIR ?? path.join(TEMP, 'image-size-budget-engine')
const ROOT = path.join(ENGINE_DIR, 'newer-root')
// Shared with test/analysis/packages-engine.test.ts: downloads are kept across runs.
const CACHE = path.join(TEMP, 'image-size-budget-debs')
const PACKAGES = ['jq', 'libjq1', 'libonig5']
const BASE = 'isb-test/pkgbudget-base:sid'
const INSTALLED = 'isb-test/pkgbudget-installed:classic'
const PURGED = 'isb-test/pkgbudget-purged:classic'
const SCRATCH = 'isb-test/pkgbudget-scratch:classic'
// Not needed by dpkg, and most of the root's 530 MB: the engine's binaries, apt's caches.
const LEFT_OUT = [
  './var/cache/apt',
  './var/lib/apt/lists',
  './usr/sbin/dockerd',
  './usr/bin/containerd*',
  './usr/bin/docker*',
  './usr/sbin/runc',
  './usr/bin/runc',
  './usr/share/doc',
  './usr/share/man',
  './usr/share/locale',
  './proc',
  './sys',
  './dev'
]

const sh = (script: string, ...args: string[]) =>
  execFileSync('sh', ['-c', script, 'sh', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOCKER_BUILDKIT: '0' }
  })

async function run(
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t)
  })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

/** A package's files as its .list names them, measured in `image`: bytes (each inode once). */
function measure(image: string, name: string): number {
  const lines = sh(
    // A Multi-Arch: same package's list is <name>:<arch>.list.
    `docker run --rm --network none "$1" sh -c 'for f in /var/lib/dpkg/info/$1.list /var/lib/dpkg/info/$1:*.list; do [ -e "$f" ] && break; done; while read -r p; do [ -e "$p" ] || [ -L "$p" ] || continue; [ -d "$p" ] && ! [ -L "$p" ] && continue; stat -c "%i %s" "$p"; done < "$f"' sh "$2"`,
    image,
    name
  )
  const inodes = new Set<string>()
  let bytes = 0
  for (const line of lines.trim().split('\n')) {
    if (line === '') continue
    const [inode, size] = line.split(' ')
    if (inodes.has(inode)) continue
    inodes.add(inode)
    bytes += Number(size)
  }
  return bytes
}

/** The bytes of the regular files of `image`'s filesystem, as `docker export` of a container made from it holds them. */
function exportedFileBytes(image: string): number {
  const container = sh('docker create "$1" /none', image).trim()
  try {
    const listing = sh(
      'docker export "$1" | tar -tvf - | awk \'$1 ~ /^-/ { s += $3 } END { print s + 0 }\'',
      container
    )
    return Number(listing.trim())
  } finally {
    sh('docker rm "$1" >/dev/null', container)
  }
}

describe('budgets that name packages, on real images', () => {
  const dir = mkdtempSync(path.join(TEMP, 'isb-pkgbudget-'))
  let libjq1: number
  let scratchBytes: number

  const budget = (name: string, lines: string[]) => {
    const file = path.join(dir, `${name}.yml`)
    writeFileSync(file, [...lines, ''].join('\n'))
    return file
  }
  const check = async (config: string) => {
    const result = await run(['check', '--config', config, '--json'])
    expect(result.stderr).toBe('')
    return { code: result.code, run: JSON.parse(result.stdout) as RunReport }
  }

  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'usr/bin/dpkg')))
      throw new Error(
        `no Debian root with dpkg at ${ROOT}: run "scripts/engine.sh newer legacy" (npm test does) first`
      )
    mkdirSync(CACHE, { recursive: true })
    const missing = PACKAGES.filter(
      (name) => !readdirSync(CACHE).some((f) => f.startsWith(`${name}_`))
    )
    if (missing.length > 0) {
      try {
        sh('cd "$1" && shift && apt-get download "$@"', CACHE, ...missing)
      } catch {
        // A new machine may have no package lists yet.
        sh('cd "$1" && apt-get update -q', CACHE)
        sh('cd "$1" && shift && apt-get download "$@"', CACHE, ...missing)
      }
    }
    mkdirSync(path.join(dir, 'debian', 'debs'), { recursive: true })
    for (const name of PACKAGES) {
      const deb = readdirSync(CACHE).find(
        (f) => f.startsWith(`${name}_`) && f.endsWith('.deb')
      )!
      copyFileSync(path.join(CACHE, deb), path.join(dir, 'debian', 'debs', deb))
    }
    writeFileSync(
      path.join(dir, 'debian', 'Dockerfile'),
      [
        `FROM ${BASE} AS installed`,
        'COPY debs /tmp/debs',
        'RUN dpkg -i /tmp/debs/*.deb && rm -rf /tmp/debs',
        'FROM installed',
        'RUN dpkg --purge jq libjq1',
        ''
      ].join('\n')
    )
    // Random bytes: no store can share or shrink them.
    mkdirSync(path.join(dir, 'scratch', 'data', 'sub'), { recursive: true })
    writeFileSync(
      path.join(dir, 'scratch', 'data', 'a.bin'),
      randomBytes(100_003)
    )
    writeFileSync(
      path.join(dir, 'scratch', 'data', 'sub', 'b.bin'),
      randomBytes(23_456)
    )
    writeFileSync(
      path.join(dir, 'scratch', 'Dockerfile'),
      ['FROM scratch', 'COPY data /data', ''].join('\n')
    )
    sh(
      `tar -C "$1" -c ${LEFT_OUT.map((p) => `--exclude='${p}'`).join(' ')} . | docker import - "$2" >/dev/null`,
      ROOT,
      BASE
    )
    const debian = path.join(dir, 'debian')
    sh(
      'docker build -q --network none --target installed -t "$2" "$1" >/dev/null',
      debian,
      INSTALLED
    )
    sh('docker build -q --network none -t "$2" "$1" >/dev/null', debian, PURGED)
    sh(
      'docker build -q --network none -t "$2" "$1" >/dev/null',
      path.join(dir, 'scratch'),
      SCRATCH
    )
    libjq1 = measure(INSTALLED, 'libjq1')
    scratchBytes = exportedFileBytes(SCRATCH)
  }, 300_000)

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    sh('docker rmi "$@" >/dev/null 2>&1 || true', INSTALLED, PURGED, SCRATCH)
  })

  it('package: libjq* with max: 0 fails with the exact bytes libjq1 ships, purged in a later RUN; gcc-?? (a compiler) matches nothing and passes', async () => {
    expect(libjq1).toBeGreaterThan(0)
    const config = budget('debian', [
      'images:',
      '  runtime:',
      `    image: ${PURGED}`,
      '    budget:',
      '      rules:',
      '        - package: libjq*',
      '          max: 0',
      // Not gcc*: that also matches gcc-14-base, which every Debian image has (libgcc-s1 needs it).
      '        - package: gcc-??',
      '          max: 0',
      '      unpackaged: 1GB'
    ])
    const { code, run: report } = await check(config)
    expect(code).toBe(1)
    const image = report.images[0] as ImageResult
    const rows = image.layers.map((row) => row.createdBy)
    const install = rows.findIndex((r) => r.includes('dpkg -i'))
    expect(install).toBeGreaterThan(0)
    expect(report.violations).toHaveLength(1)
    const [violation] = report.violations
    expect(violation).toMatchObject({
      image: 'runtime',
      rule: 'package',
      match: 'libjq*',
      limitBytes: 0,
      actualBytes: libjq1,
      packageCount: 1,
      packages: [
        { name: 'libjq1', manager: 'dpkg', bytes: libjq1, layers: [install] }
      ]
    })
    // The report's own package entry agrees: purged, its bytes hidden in the install layer.
    const item = image.files!.packages!.find((p) => p.name === 'libjq1')!
    expect([item.bytes, item.hiddenBytes, item.removedIn]).toEqual([
      0,
      libjq1,
      install + 1
    ])
    // The .deb's architecture, from its file name (libjq1_1.6-2.1+deb12u3_amd64.deb).
    const arch = /_([^_]+)\.deb$/.exec(
      readdirSync(path.join(dir, 'debian', 'debs')).find((f) =>
        f.startsWith('libjq1_')
      )!
    )![1]
    expect(violation.packages![0].arch).toBe(arch)
    expect(violation.message).toContain(`libjq1:${arch} `)
    expect(violation.message).toContain(`(L${install})`)
    expect(violation.message).toContain('Build in a separate stage')
    expect(image.checks!.filter((c) => c.rule !== 'layer')).toEqual([
      {
        rule: 'package',
        match: 'libjq*',
        limit: 0,
        actual: libjq1,
        pass: false
      },
      {
        rule: 'package',
        match: 'gcc-??',
        note: 'no-package-matches',
        limit: 0,
        actual: 0,
        pass: true
      },
      {
        rule: 'unpackaged',
        limit: 1e9,
        actual: image.files!.unpackagedBytes,
        pass: true
      }
    ])
    // Exact: every top folder of unpackaged bytes is in the report here, and sums to it.
    const folders = image.files!.unpackaged!
    expect(folders.length).toBe(image.files!.unpackagedCount)
    expect(image.files!.unpackagedBytes).toBe(
      folders.reduce((sum, folder) => sum + folder.bytes, 0)
    )
    expect(image.files!.unpackagedBytes).toBeGreaterThan(0)

    const text = await run(['check', '--config', config])
    expect(text.code).toBe(1)
    expect(text.stdout).toMatch(/package "libjq\*" +\d.* +0 B +FAIL/)
    expect(text.stdout).toMatch(
      /package "gcc-\?\?": no package matches +0 B +0 B +pass/
    )
  })

  it('FROM scratch: no package database, so package: gcc* passes; every file is unpackaged, as docker export measures it', async () => {
    expect(scratchBytes).toBe(100_003 + 23_456)
    const over = budget('scratch-over', [
      'images:',
      '  bare:',
      `    image: ${SCRATCH}`,
      '    budget:',
      '      rules:',
      '        - package: gcc*',
      '          max: 0',
      `      unpackaged: ${scratchBytes - 1}`
    ])
    const failed = await check(over)
    expect(failed.code).toBe(1)
    expect(failed.run.violations).toMatchObject([
      {
        rule: 'unpackaged',
        limitBytes: scratchBytes - 1,
        actualBytes: scratchBytes,
        folders: [{ top: 'data', bytes: scratchBytes, files: 2 }]
      }
    ])
    expect(failed.run.images[0].checks).toEqual([
      {
        rule: 'package',
        match: 'gcc*',
        note: 'no-package-database',
        limit: 0,
        actual: 0,
        pass: true
      },
      {
        rule: 'unpackaged',
        note: 'no-package-database',
        limit: scratchBytes - 1,
        actual: scratchBytes,
        pass: false
      }
    ])
    // Limits are inclusive: the measured figure itself passes.
    const exact = budget('scratch-exact', [
      'defaults:',
      '  budget:',
      `    unpackaged: ${scratchBytes}`,
      'images:',
      '  bare:',
      `    image: ${SCRATCH}`
    ])
    const passed = await check(exact)
    expect(passed.code).toBe(0)
    expect(passed.run.images[0].checks).toEqual([
      {
        rule: 'unpackaged',
        note: 'no-package-database',
        limit: scratchBytes,
        actual: scratchBytes,
        pass: true
      }
    ])
  })
})
