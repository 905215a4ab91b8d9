// Package attribution on a real Debian-package image built in the engine: the base is the
// sid root the engine harness made with debootstrap (scripts/engine.sh newer), imported
// without the engine's own binaries, apt's caches and docs (what dpkg needs stays: dpkg,
// its libraries, a shell, var/lib/dpkg); five real .deb files (jq and its libraries among them), fetched on the host with
// `apt-get download` into the build context (the build itself runs with --network none),
// are installed with `dpkg -i` in one RUN, and one of them purged in a later RUN. Each
// package's exact bytes are checked against the sum of the files its .list names, measured
// in the image by `stat` (files and symlinks, each inode once), in the final image and in
// the image before the purge; the report is saved and read back by `compare`, and `check`
// of the head against it renders the PR comment, whose package and folder lines are checked
// against the same measures (a folder's bytes: a `stat` sum of the files the layer wrote).
import { execFileSync } from 'node:child_process'
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
import type {
  Comparison,
  ImageReport,
  PackageItem,
  RunReport
} from '../../src/model/report.js'
import { renderCommentMarkdown } from '../../src/report/comment.js'
import { escapeMarkdown } from '../../src/report/markdown.js'
import { formatBytes } from '../../src/report/units.js'

const TEMP = process.env.TMPDIR ?? tmpdir()
const ENGINE_DIR =
  process.env.ISB_ENGINE_DIR ?? path.join(TEMP, 'image-size-budget-engine')
const ROOT = path.join(ENGINE_DIR, 'newer-root')
// Shared with test/analysis/packages/debs.test.ts: downloads are kept across runs.
const CACHE = path.join(TEMP, 'image-size-budget-debs')
const PACKAGES = ['jq', 'libjq1', 'libonig5', 'sensible-utils', 'tree']
// The head of a comparison installs less instead of sensible-utils, and purges nothing.
const HEAD_PACKAGES = ['jq', 'less', 'libjq1', 'libonig5', 'tree']
const BASE = 'isb-test/packages-base:sid'
const TAG = 'isb-test/packages-purged:classic'
const INSTALLED = 'isb-test/packages-installed:classic'
const HEAD = 'isb-test/packages-head:classic'
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

/** A package's files as its .list names them, measured in `image`: bytes (each inode once) and count. */
function measure(
  image: string,
  name: string
): { bytes: number; files: number } {
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
  return { bytes, files: inodes.size }
}

/**
 * The bytes of the regular files under `folder` that the layers on top of BASE wrote in
 * `image`: files BASE does not have at that path with that size and time, each inode once,
 * measured by `stat` in both images.
 */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function writtenUnder(image: string, folder: string): number {
  const list = (ref: string) =>
    sh(
      `docker run --rm --network none "$1" sh -c 'find "$1" -type f -exec stat -c "%i %s %Y %n" {} +' sh "$2"`,
      ref,
      folder
    )
      .trim()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [inode, size, time, ...name] = line.split(' ')
        return { inode, size: Number(size), time, path: name.join(' ') }
      })
  const before = new Set(list(BASE).map((f) => `${f.path} ${f.size} ${f.time}`))
  const inodes = new Set<string>()
  let bytes = 0
  for (const f of list(image)) {
    if (before.has(`${f.path} ${f.size} ${f.time}`) || inodes.has(f.inode))
      continue
    inodes.add(f.inode)
    bytes += f.size
  }
  return bytes
}

describe('real .deb packages installed and purged in a real image', () => {
  const dir = mkdtempSync(path.join(TEMP, 'isb-packages-'))
  let report: ImageReport
  let packages: Map<string, PackageItem>
  let installed: Map<string, { bytes: number; files: number }>
  let final: Map<string, { bytes: number; files: number }>

  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'usr/bin/dpkg')))
      throw new Error(
        `no Debian root with dpkg at ${ROOT}: run "scripts/engine.sh newer legacy" (npm test does) first`
      )
    mkdirSync(CACHE, { recursive: true })
    const missing = [...new Set([...PACKAGES, ...HEAD_PACKAGES])].filter(
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
    const context = (folder: string, names: string[]) => {
      mkdirSync(path.join(folder, 'debs'), { recursive: true })
      for (const name of names) {
        const deb = readdirSync(CACHE).find(
          (f) => f.startsWith(`${name}_`) && f.endsWith('.deb')
        )!
        copyFileSync(path.join(CACHE, deb), path.join(folder, 'debs', deb))
      }
    }
    context(dir, PACKAGES)
    context(path.join(dir, 'head'), HEAD_PACKAGES)
    writeFileSync(
      path.join(dir, 'head', 'Dockerfile'),
      [
        `FROM ${BASE}`,
        'COPY debs /tmp/debs',
        'RUN dpkg -i /tmp/debs/*.deb && rm -rf /tmp/debs',
        ''
      ].join('\n')
    )
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      [
        `FROM ${BASE} AS installed`,
        'COPY debs /tmp/debs',
        'RUN dpkg -i /tmp/debs/*.deb && rm -rf /tmp/debs',
        'FROM installed',
        'RUN dpkg --purge tree',
        ''
      ].join('\n')
    )
    sh(
      `tar -C "$1" -c ${LEFT_OUT.map((p) => `--exclude='${p}'`).join(' ')} . | docker import - "$2" >/dev/null`,
      ROOT,
      BASE
    )
    sh(
      'docker build -q --network none --target installed -t "$2" "$1" >/dev/null',
      dir,
      INSTALLED
    )
    sh('docker build -q --network none -t "$2" "$1" >/dev/null', dir, TAG)
    sh(
      'docker build -q --network none -t "$2" "$1" >/dev/null',
      path.join(dir, 'head'),
      HEAD
    )
    installed = new Map(PACKAGES.map((n) => [n, measure(INSTALLED, n)]))
    final = new Map(
      PACKAGES.filter((n) => n !== 'tree').map((n) => [n, measure(TAG, n)])
    )
    final.set('less', measure(HEAD, 'less'))
  }, 300_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('analyze --files names each package with its exact bytes, the row that added it and the one that purged it', async () => {
    const result = await run(['analyze', TAG, '--files', '--json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    report = JSON.parse(result.stdout) as ImageReport
    const rows = report.layers.map((row) => row.createdBy)
    const install = rows.findIndex((r) => r.includes('dpkg -i'))
    const purge = rows.findIndex((r) => r.includes('dpkg --purge'))
    expect([install, purge]).toEqual([install, install + 1])
    packages = new Map((report.files?.packages ?? []).map((p) => [p.name, p]))
    for (const name of ['jq', 'libjq1', 'libonig5', 'sensible-utils']) {
      const measured = final.get(name)!
      expect(measured.bytes).toBeGreaterThan(0)
      // The same files in the layer that installed them and in the final image.
      expect(installed.get(name)).toEqual(measured)
      const item = packages.get(name)!
      expect(item).toMatchObject({
        manager: 'dpkg',
        bytes: measured.bytes,
        files: measured.files,
        addedIn: install,
        layers: [{ layer: install, ...measured }]
      })
      expect(item.removedIn).toBeUndefined()
      expect(item.hiddenBytes).toBeUndefined()
    }
    const tree = installed.get('tree')!
    expect(tree.bytes).toBeGreaterThan(0)
    expect(packages.get('tree')).toMatchObject({
      manager: 'dpkg',
      bytes: 0,
      files: 0,
      addedIn: install,
      removedIn: purge,
      hiddenBytes: tree.bytes,
      layers: [{ layer: install, ...tree }]
    })
    // The base's own packages were added by the imported row.
    expect(packages.get('dpkg')?.addedIn).toBe(0)
    expect(report.files!.packageCount).toBeGreaterThan(PACKAGES.length)
  })

  it('the text report names the largest packages of the install row', async () => {
    const result = await run(['analyze', TAG, '--files'])
    expect(result.code).toBe(0)
    const jq = packages.get('libjq1')!
    expect(result.stdout).toMatch(/^packages: \d+/m)
    expect(result.stdout).toContain(`libjq1 ${jq.version}`)
  })

  it('a saved report with packages is read back by compare', async () => {
    const saved = path.join(dir, 'report.json')
    writeFileSync(saved, JSON.stringify(report))
    const result = await run(['compare', saved, saved, '--json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('compare of two saved reports names the packages the paired install rows added and removed, with their bytes', async () => {
    // compare reads the files section from saved reports (the images' own history has none).
    const saved: string[] = []
    for (const image of [TAG, HEAD]) {
      const analyzed = await run(['analyze', image, '--files', '--json'])
      expect(analyzed.code).toBe(0)
      saved.push(path.join(dir, `${saved.length}.json`))
      writeFileSync(saved[saved.length - 1], analyzed.stdout)
    }
    const result = await run(['compare', ...saved, '--json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const comparison = JSON.parse(result.stdout) as Comparison
    const install = comparison.layers.find((change) =>
      change.head?.createdBy.includes('dpkg -i')
    )!
    expect(install.base?.createdBy).toContain('dpkg -i')
    const less = final.get('less')!
    const sensible = final.get('sensible-utils')!
    expect(less.bytes).toBeGreaterThan(0)
    expect(install.packages).toEqual({
      added: [
        {
          name: 'less',
          manager: 'dpkg',
          version: expect.any(String) as string,
          deltaBytes: less.bytes
        }
      ],
      removed: [
        {
          name: 'sensible-utils',
          manager: 'dpkg',
          version: packages.get('sensible-utils')!.version,
          deltaBytes: -sensible.bytes
        }
      ],
      upgraded: [],
      counts: { added: 1, removed: 1, upgraded: 0 },
      deltaBytes: less.bytes - sensible.bytes
    })
    // The purge row is gone in the head, and it wrote no package's files.
    const purge = comparison.layers.find((change) =>
      change.base?.createdBy.includes('dpkg --purge')
    )!
    expect([purge.status, purge.packages]).toEqual(['removed', undefined])
  })

  it('the PR comment names the packages the install layer changed and the folder that grew, with their bytes as measured in the images', async () => {
    // The base branch's report, saved; check of the head against it, as the action runs it.
    const analyzed = await run(['analyze', TAG, '--files', '--json'])
    expect(analyzed.code).toBe(0)
    const baseline = path.join(dir, 'baseline.json')
    writeFileSync(baseline, analyzed.stdout)
    const budget = path.join(dir, 'budget.yml')
    writeFileSync(
      budget,
      [
        'images:',
        '  head:',
        `    image: ${HEAD}`,
        '    budget:',
        '      total: 1GB',
        ''
      ].join('\n')
    )
    const checked = await run([
      'check',
      '--config',
      budget,
      '--files',
      '--baseline-report',
      baseline,
      '--json'
    ])
    expect(checked.stderr).toBe('')
    expect(checked.code).toBe(0)
    const runReport = JSON.parse(checked.stdout) as RunReport
    const comparison = runReport.images[0].comparison!
    const install = comparison.layers.find((change) =>
      change.head?.createdBy.includes('dpkg -i')
    )!
    const less = final.get('less')!
    const sensible = final.get('sensible-utils')!
    // The folder that changed most, and its bytes: what the install layer wrote under it
    // in the head minus in the base (the image before the purge, the same install layer).
    const top = install.paths![0]
    const grown =
      writtenUnder(HEAD, top.path) - writtenUnder(INSTALLED, top.path)
    expect(grown).not.toBe(0)
    expect(top.deltaBytes).toBe(grown)
    expect(install.head!.index).toBe(2)

    const markdown = renderCommentMarkdown(runReport, { key: 'packages' })
    const sign = (bytes: number) =>
      `${bytes > 0 ? '+' : ''}${formatBytes(bytes)}`
    const line = markdown
      .split('\n')
      .find((text) => text.startsWith('- **L2**'))
    expect(line).toMatch(
      new RegExp(
        `^- \\*\\*L2\\*\\* ${escape(sign(install.deltaBytes))}: packages `
      )
    )
    expect(line).toContain(
      `packages \\+ less ${formatBytes(less.bytes)} · − sensible-utils ${formatBytes(sensible.bytes)}<br>`
    )
    expect(line).toContain(
      `<br>folders ${top.path.replace(/_/g, '\\_')} ${sign(grown)}`
    )
    // The details: every package with its version.
    const headPackages = new Map(
      (runReport.images[0].files?.packages ?? []).map((p) => [p.name, p])
    )
    expect(markdown).toContain(
      `- \\+ less ${escapeMarkdown(headPackages.get('less')!.version)} ${formatBytes(less.bytes)}`
    )
  })
})
