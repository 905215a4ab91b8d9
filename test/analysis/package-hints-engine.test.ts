// Hints that name packages, on real Debian images built in the engine (test/support/debian.ts:
// the debootstrap base and a local apt repository in the build context; builds stay
// --network none, apt's Recommends handling and auto marks are real). Every figure the hints
// give is checked against `stat` inside the image: a package's bytes are the sizes of the
// non-directories its dpkg .list names (each inode once), as test/analysis/packages-engine
// measures them.
//
// (a) `apt-get install -y gcc-12 make` in one RUN, `apt-get purge -y gcc-12 make` in the next:
//     the deleted-later hint names gcc-12 and make with their bytes; the kept-packages hint
//     names what the purge left (everything the install pulled in, installed in the final
//     image and not in the base) with their bytes.
// (b) `apt-get install -y gcc-12` against the same with `--no-install-recommends`: the
//     recommended-packages hint of the first holds exactly the packages only it has, with
//     their bytes; the second has none.
// (c) A step that only installs (make) rewrites the base's dpkg/debconf bookkeeping and is
//     not called an upgrade; a step that upgrades a base package is, naming it with both
//     versions. The package is picked from what the host's apt would upgrade on the base
//     (`apt-get -s upgrade` against the base's dpkg status: bookworm-security/updates), the
//     first whose install pulls nothing else.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type { FileHint, ImageReport } from '../../src/model/report.js'
import { describeHint } from '../../src/report/describe.js'
import {
  DEBIAN_ROOT,
  debianBase,
  packageContext,
  resolveInstall,
  USE_REPOSITORY
} from '../support/debian.js'

const TAG = 'isb-test/pkghints'

const sh = (script: string, ...args: string[]) =>
  execFileSync('sh', ['-c', script, 'sh', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOCKER_BUILDKIT: '0' }
  })

async function analyze(image: string): Promise<ImageReport> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(['analyze', image, '--files', '--json'], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t)
  })
  expect([code, err.join('\n')]).toEqual([0, ''])
  return JSON.parse(out.join('\n')) as ImageReport
}

/** The packages dpkg has installed in `image`. */
function installedIn(image: string): Set<string> {
  return new Set(
    sh(
      `docker run --rm --network none "$1" dpkg-query -W -f '\${db:Status-Status} \${Package}\\n'`,
      image
    )
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('installed '))
      .map((line) => line.slice('installed '.length))
  )
}

/** Each package's files as its .list names them, measured in `image` by stat: bytes, each inode once per package. */
function measure(image: string, names: string[]): Map<string, number> {
  const lines = sh(
    `docker run --rm --network none "$1" sh -c 'for n in $1; do for f in /var/lib/dpkg/info/$n.list /var/lib/dpkg/info/$n:*.list; do [ -e "$f" ] && break; done; while read -r p; do [ -e "$p" ] || [ -L "$p" ] || continue; [ -d "$p" ] && ! [ -L "$p" ] && continue; echo "$n $(stat -c "%i %s" "$p") $p"; done < "$f"; done' sh "$2"`,
    image,
    names.join(' ')
  )
  const rows = lines
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [name, inode, size, ...rest] = line.split(' ')
      return { name, inode, size: Number(size), path: rest.join(' ') }
    })
  // A listed path with listed paths under it is a directory of the package, even where the
  // image has a symlink there (merged /usr: a package listing `/lib` and `/lib/x86_64…`).
  const folders = new Set<string>()
  for (const { name, path } of rows)
    for (
      let up = path.lastIndexOf('/');
      up > 0;
      up = path.lastIndexOf('/', up - 1)
    )
      folders.add(`${name} ${path.slice(0, up)}`)
  const seen = new Set<string>()
  const bytes = new Map(names.map((name) => [name, 0]))
  for (const { name, inode, size, path } of rows) {
    if (folders.has(`${name} ${path}`) || seen.has(`${name} ${inode}`)) continue
    seen.add(`${name} ${inode}`)
    bytes.set(name, bytes.get(name)! + size)
  }
  return bytes
}

const sum = (values: Iterable<number>) =>
  [...values].reduce((total, value) => total + value, 0)

const rowOf = (report: ImageReport, text: string) =>
  report.layers.findIndex((row) => row.createdBy.includes(text))

const hintsOf = (report: ImageReport, kind: FileHint['kind']) =>
  report.files!.hints.filter((hint) => hint.kind === kind)

function build(dir: string, dockerfile: string, tag: string, target?: string) {
  sh(
    `docker build -q --network none -f "$1/$2" ${target ? `--target "${target}"` : ''} -t "$3" "$1" >/dev/null`,
    dir,
    dockerfile,
    tag
  )
}

describe('hints that name real Debian packages, with the bytes stat measures', () => {
  const dirs: string[] = []
  let base: string
  let basePackages: Set<string>
  // What the host's apt would upgrade on the base, and to which version.
  let upgrade: { name: string; from: string; to: string }

  beforeAll(() => {
    base = debianBase()
    basePackages = installedIn(base)
    const plan = execFileSync(
      'apt-get',
      [
        '-s',
        '-o',
        `Dir::State::status=${path.join(DEBIAN_ROOT, 'var/lib/dpkg/status')}`,
        'upgrade'
      ],
      { encoding: 'utf8' }
    )
    const candidates = [
      ...plan.matchAll(/^Inst (\S+) \[([^\]]+)\] \((\S+) /gm)
    ].map(([, name, from, to]) => ({ name, from, to }))
    const alone = candidates.find((c) => {
      const install = resolveInstall([c.name])
      return install.length === 1 && install[0].name === c.name
    })
    if (!alone)
      throw new Error(
        `no base package the host's apt can upgrade alone (apt-get -s upgrade offered ${candidates.length})`
      )
    upgrade = alone
    const install = `RUN ${USE_REPOSITORY} && apt-get update && apt-get install -y`
    const from = [`FROM ${base}`, 'COPY repo /srv/repo']
    const context = packageContext(
      {
        'Dockerfile.purged': [
          `FROM ${base} AS installed`,
          'COPY repo /srv/repo',
          `${install} gcc-12 make`,
          'FROM installed',
          'RUN apt-get purge -y gcc-12 make',
          ''
        ].join('\n'),
        'Dockerfile.recommends': [...from, `${install} gcc-12`, ''].join('\n'),
        'Dockerfile.plain': [
          ...from,
          `${install} --no-install-recommends gcc-12`,
          ''
        ].join('\n'),
        'Dockerfile.upgrade': [
          ...from,
          `${install} make`,
          `RUN apt-get install -y ${upgrade.name}`,
          ''
        ].join('\n')
      },
      [
        { names: ['gcc-12', 'make'] },
        { names: ['gcc-12'], recommends: false },
        { names: [upgrade.name] }
      ]
    )
    dirs.push(context)
    build(context, 'Dockerfile.purged', `${TAG}-installed:classic`, 'installed')
    build(context, 'Dockerfile.purged', `${TAG}-purged:classic`)
    build(context, 'Dockerfile.recommends', `${TAG}-recommends:classic`)
    build(context, 'Dockerfile.plain', `${TAG}-plain:classic`)
    build(context, 'Dockerfile.upgrade', `${TAG}-upgrade:classic`)
  }, 900_000)

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('(a) a purge in a later RUN: the deleted-later hint names gcc-12 and make, the kept-packages hint what the purge left, with their bytes', async () => {
    const report = await analyze(`${TAG}-purged:classic`)
    const install = rowOf(report, 'install -y gcc-12 make')
    const purge = rowOf(report, 'apt-get purge')
    expect(purge).toBeGreaterThan(install)

    // The removed packages' bytes, as they were in the layer that installed them.
    const removed = measure(`${TAG}-installed:classic`, ['gcc-12', 'make'])
    const [deleted] = hintsOf(report, 'deleted-later').filter(
      (hint) => hint.layers.join() === `${install},${purge}`
    )
    expect(deleted.packages).toEqual([
      {
        name: 'gcc-12',
        manager: 'dpkg',
        version: expect.any(String) as string,
        bytes: removed.get('gcc-12')
      },
      {
        name: 'make',
        manager: 'dpkg',
        version: expect.any(String) as string,
        bytes: removed.get('make')
      }
    ])
    expect(deleted.packageCount).toBe(2)
    expect(deleted.packageBytes).toBe(sum(removed.values()))
    const sentence = describeHint(deleted, 'si', report.layers)
    expect(sentence).toMatch(
      new RegExp(
        `^L${purge} \\(RUN apt-get purge -y gcc-12 make\\) removes gcc-12 and make \\(\\d.* MB\\) that L${install} \\(RUN .*\\) added.*; the bytes stay in L${install}\\. `
      )
    )

    // Everything the install pulled in stays: installed in the final image, not in the base.
    const final = installedIn(`${TAG}-purged:classic`)
    const left = [...final].filter((name) => !basePackages.has(name))
    expect(left).toEqual(expect.arrayContaining(['cpp-12', 'binutils']))
    expect(left).not.toContain('gcc-12')
    const stays = measure(`${TAG}-purged:classic`, left)
    // What apt itself would autoremove there; the rest apt keeps for a package's Recommends.
    const autoremove = [
      ...sh(
        `docker run --rm --network none "$1" apt-get -s autoremove`,
        `${TAG}-purged:classic`
      ).matchAll(/^Remv (\S+) /gm)
    ].map(([, name]) => name.replace(/:.*/, ''))
    expect(autoremove.length).toBeGreaterThan(10)
    const keptByApt = left.filter((name) => !autoremove.includes(name))
    const kept = hintsOf(report, 'kept-packages')
    const orphans = kept.find((hint) => !hint.packages![0].via)!
    const recommended = kept.filter((hint) => hint !== orphans)
    expect(kept.map((hint) => hint.layers)).toEqual(
      kept.map(() => [install, purge])
    )
    expect(orphans.packageCount).toBe(autoremove.length)
    expect(orphans.bytes).toBe(sum(autoremove.map((n) => stays.get(n)!)))
    expect(orphans.packages).toHaveLength(10)
    for (const p of orphans.packages!) {
      expect([p.name, p.bytes, p.via]).toEqual([
        p.name,
        stays.get(p.name),
        undefined
      ])
      expect(autoremove).toContain(p.name)
    }
    expect(describeHint(orphans, 'si', report.layers)).toContain(
      `though no installed package needs them: ${orphans.packages![0].name} `
    )
    // Kept by another installed package (bookworm: libc-bin recommends manpages).
    expect(sum(recommended.map((hint) => hint.packageCount!))).toBe(
      keptByApt.length
    )
    expect(sum(recommended.map((hint) => hint.bytes))).toBe(
      sum(keptByApt.map((n) => stays.get(n)!))
    )
    for (const hint of recommended) {
      for (const p of hint.packages!) {
        expect(keptByApt).toContain(p.name)
        expect(final.has(p.via!)).toBe(true)
      }
      expect(describeHint(hint, 'si', report.layers)).toContain(
        'because another installed package recommends or suggests them'
      )
    }
  })

  it('(b) the recommended-packages hint holds exactly the packages --no-install-recommends leaves out, with their bytes', async () => {
    const withRecommends = installedIn(`${TAG}-recommends:classic`)
    const without = installedIn(`${TAG}-plain:classic`)
    const only = [...withRecommends].filter((name) => !without.has(name))
    expect(only).toContain('libc6-dev')
    const measured = measure(`${TAG}-recommends:classic`, only)

    const report = await analyze(`${TAG}-recommends:classic`)
    const install = rowOf(report, 'install -y gcc-12')
    const [hint, ...others] = hintsOf(report, 'recommended-packages')
    expect(others).toEqual([])
    expect(hint.layers).toEqual([install])
    expect(hint.packageCount).toBe(only.length)
    expect(hint.bytes).toBe(sum(measured.values()))
    for (const p of hint.packages!) {
      expect([p.name, p.bytes]).toEqual([p.name, measured.get(p.name)])
      expect(withRecommends.has(p.via!)).toBe(true)
    }
    const libc6dev = hint.packages!.find((p) => p.name === 'libc6-dev')
    expect(libc6dev?.via).toBe('gcc-12')
    expect(describeHint(hint, 'si', report.layers)).toMatch(
      new RegExp(
        `^L${install} \\(RUN .*\\) installs ${only.length} packages \\(.*\\) only because an installed package recommends or suggests them: .*--no-install-recommends`
      )
    )

    const plain = await analyze(`${TAG}-plain:classic`)
    expect(hintsOf(plain, 'recommended-packages')).toEqual([])
  })

  it('(c) a step that only installs is not called an upgrade; a step that upgrades a base package names it with both versions', async () => {
    const report = await analyze(`${TAG}-upgrade:classic`)
    const install = rowOf(report, 'install -y make')
    const upgrading = rowOf(report, `apt-get install -y ${upgrade.name}`)
    const baseRewrites = report.files!.hints.filter(
      (hint) => hint.kind === 'replaced-later' && hint.base
    )
    const byStep = new Map(baseRewrites.map((hint) => [hint.layers[1], hint]))

    // The install rewrote only dpkg's and debconf's bookkeeping of the base: no package of it.
    const installing = byStep.get(install)!
    expect(installing.packages).toBeUndefined()
    expect(installing.packageBytes).toBe(0)
    expect(installing.bookkeepingBytes).toBe(installing.bytes)
    const said = describeHint(installing, 'si', report.layers)
    expect(said).not.toContain('upgrade')
    expect(said).toContain('of package-manager bookkeeping of the base image')

    // The upgrade: the package's old files in the base, with both versions.
    const upgraded = byStep.get(upgrading)!
    const old = measure(base, [upgrade.name]).get(upgrade.name)!
    expect(upgraded.packages).toEqual([
      {
        name: upgrade.name,
        manager: 'dpkg',
        version: upgrade.to,
        previousVersion: upgrade.from,
        bytes: upgraded.packageBytes
      }
    ])
    // dpkg writes every file of the new version anew: the old version's files are hidden,
    // rewritten (this hint) or, when the new version no longer ships them, deleted.
    const dropped = report.files!.hints.find(
      (hint) =>
        hint.kind === 'deleted-later' && hint.layers.join() === `0,${upgrading}`
    )
    const droppedBytes =
      dropped?.packages?.find((p) => p.name === upgrade.name)?.bytes ?? 0
    // A file the new version ships unchanged (same bytes, same mtime) is no change to a store
    // that diffs the filesystems (the containerd store): the base's copy stays visible.
    const item = report.files!.packages!.find((p) => p.name === upgrade.name)!
    const written = item.layers.find((l) => l.layer === upgrading)!.bytes
    const unchanged = item.bytes - written
    expect(upgraded.packageBytes).toBeGreaterThan(0)
    expect(upgraded.packageBytes! + droppedBytes + unchanged).toBe(old)
    expect(describeHint(upgraded, 'si', report.layers)).toContain(
      `upgrades base packages (${upgrade.name} ${upgrade.from} → ${upgrade.to}): it rewrites`
    )
  })
})
