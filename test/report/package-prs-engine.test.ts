// Real-package pull requests, end to end (issues 14 and 18): each base and head image is
// built in the engine from test/fixtures/debian/<case> (see its README) with real Debian
// packages from a local repository (test/support/debian.ts) and `--network none`, then
// checked as a PR run would be: `check --files --json` on the base, saved, and on the head
// with `--baseline-report`. Asserted against the images themselves: every dpkg package's
// exact bytes equal the sum of the files its .list names, measured in the image by `stat`
// (each inode once), and every npm package's to the files below its node_modules folder; the
// row that added it; the package deltas of the paired rows, each equal to the measured
// bytes of what the row added, removed or upgraded. The PR comment of three
// of them (merged vs split, an inserted RUN, a version bump) is a file snapshot under
// __snapshots__/ (one set per image store: the stores write different layers), with the
// saved baseline's path and the bump's two versions normalized, compared by wording (see
// `wording`): Debian's point releases change the packages' versions and sizes, not what
// the comment says. ISB_UPDATE_SNAPSHOTS=1 rewrites the files. Images are built once (the engine's cache keeps them).
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type {
  Comparison,
  ImageResult,
  LayerChange,
  PackageChange,
  PackageItem,
  RunReport
} from '../../src/model/report.js'
import { renderCommentMarkdown } from '../../src/report/comment.js'
import { debianBase, packageContext } from '../support/debian.js'
import { engineStore, FIXTURES } from '../support/engine.js'

const TEMP = process.env.TMPDIR ?? tmpdir()
const TAG = 'isb-test/package-prs'
const BUILD_TOOLS = ['gcc-12', 'libc6-dev', 'make']
// npm's published tarball bundles its dependencies; npm 10 runs on bookworm's node 18.
const NPM_CLI = 'npm@10.9.9'
// Kept across runs: npm itself and the npm cache the apps install from.
const NPM_CACHE = path.join(TEMP, 'image-size-budget-npm')
const CHALK = [
  'ansi-styles',
  'chalk',
  'color-convert',
  'color-name',
  'has-flag',
  'supports-color'
]

const sh = (script: string, ...args: string[]) =>
  execFileSync('sh', ['-c', script, 'sh', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOCKER_BUILDKIT: '0' }
  })

async function cli(
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

/** A build context: the case's folder and a repository of what `installs` need. */
function caseContext(
  name: string,
  installs: { names: string[]; recommends?: boolean }[]
): string {
  const dir = packageContext({}, installs)
  cpSync(path.join(FIXTURES, 'debian', name), dir, { recursive: true })
  return dir
}

const execFileAsync = promisify(execFile)

// Builds and measurements run asynchronously: minutes of synchronous work would stall the
// test worker's messages to vitest.
async function build(
  context: string,
  dockerfile: string,
  tag: string,
  args: Record<string, string> = {},
  target?: string
): Promise<string> {
  const buildArgs = Object.entries({ BASE: debianBase(), ...args }).flatMap(
    ([k, v]) => ['--build-arg', `${k}=${v}`]
  )
  await execFileAsync(
    'docker',
    [
      'build',
      '-q',
      '--network',
      'none',
      ...buildArgs,
      ...(target ? ['--target', target] : []),
      '-f',
      path.join(context, dockerfile),
      '-t',
      tag,
      context
    ],
    { maxBuffer: 64 << 20, env: { ...process.env, DOCKER_BUILDKIT: '0' } }
  )
  return tag
}

const MERGED_USR = /^\/(bin|sbin|lib|lib32|lib64|libx32)$/

interface Measured {
  bytes: number
  files: number
}

/**
 * Every dpkg package of `image`: the files its .list names (not directories; a symlink as
 * itself), measured by `stat` in the image: bytes of each inode once, and the paths.
 */
async function measurePackages(image: string): Promise<Map<string, Measured>> {
  const { stdout: lines } = await execFileAsync(
    'docker',
    [
      'run',
      '--rm',
      '--network',
      'none',
      image,
      'sh',
      '-c',
      // A Multi-Arch: same package's list is <name>:<arch>.list.
      'cd /var/lib/dpkg/info && for f in *.list; do n=${f%.list}; n=${n%%:*}; tr "\\n" "\\0" <"$f" | xargs -0 stat -c "$n %i %s %F|%n" 2>/dev/null; done; true'
    ],
    { maxBuffer: 256 << 20 }
  )
  const entries = lines
    .split('\n')
    .map((line) => /^(\S+) (\d+) (\d+) ([^|]+)\|(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map(([, name, inode, size, kind, file]) => ({
      name,
      inode,
      size,
      kind,
      file
    }))
  // Merged /usr: a listed /bin is a symlink on disk. dpkg's list does not say what the
  // package shipped there; a package listing paths under it shipped a directory (the rule
  // of src/analysis/packages/attribution.ts).
  const through = new Set<string>()
  for (const { name, file } of entries) {
    const top = /^(\/[^/]+)\//.exec(file)
    if (top && MERGED_USR.test(top[1])) through.add(`${name} ${top[1]}`)
  }
  const seen = new Map<string, Set<string>>()
  const sizes = new Map<string, Measured>()
  for (const { name, inode, size, kind, file } of entries) {
    if (kind === 'directory') continue
    if (MERGED_USR.test(file) && through.has(`${name} ${file}`)) continue
    const inodes = seen.get(name) ?? new Set<string>()
    seen.set(name, inodes)
    const m = sizes.get(name) ?? { bytes: 0, files: 0 }
    sizes.set(name, m)
    // Each path is a file (perl and perl5.36.0 are two); a hardlink's bytes count once.
    m.files += 1
    if (inodes.has(inode)) continue
    inodes.add(inode)
    m.bytes += Number(size)
  }
  return sizes
}

/** Every dpkg package installed in `image` and its version. */
async function installedVersions(image: string): Promise<Map<string, string>> {
  const { stdout } = await execFileAsync('docker', [
    'run',
    '--rm',
    '--network',
    'none',
    image,
    'dpkg-query',
    '-W',
    '-f',
    '${Package} ${Version}\\n'
  ])
  return new Map(
    stdout
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string])
  )
}

/** The bytes of the files under `folder` in `image` (each inode once), by `du`'s apparent size. */
async function folderBytes(image: string, folder: string): Promise<number> {
  const { stdout } = await execFileAsync('docker', [
    'run',
    '--rm',
    '--network',
    'none',
    image,
    'sh',
    '-c',
    'find "$1" -type f -printf "%i %s\\n" | sort -u | awk "{ s += \\$2 } END { print s + 0 }"',
    'sh',
    folder
  ])
  return Number(stdout.trim())
}

/**
 * The npm case's context: Debian's nodejs in the repository, npm's tarball, and an npm
 * cache holding both apps' dependencies, filled by `npm install` on the host (the registry
 * is reachable there), which also writes each app's package-lock.json.
 */
function npmContext(): string {
  const dir = caseContext('npm-dependency', [
    { names: ['nodejs'], recommends: false }
  ])
  mkdirSync(path.join(NPM_CACHE, 'cache'), { recursive: true })
  const tarball = `${NPM_CLI.replace('@', '-')}.tgz`
  if (!existsSync(path.join(NPM_CACHE, tarball)))
    sh('cd "$1" && npm pack "$2" --silent >/dev/null', NPM_CACHE, NPM_CLI)
  mkdirSync(path.join(dir, 'npm'))
  copyFileSync(path.join(NPM_CACHE, tarball), path.join(dir, 'npm', 'npm.tgz'))
  for (const app of ['app-base', 'app-head']) {
    sh(
      'cd "$1" && npm install --prefer-offline --ignore-scripts --no-audit --no-fund --no-omit-lockfile-registry-resolved --cache "$2" >/dev/null && rm -rf node_modules',
      path.join(dir, app),
      path.join(NPM_CACHE, 'cache')
    )
  }
  cpSync(
    path.join(NPM_CACHE, 'cache', '_cacache'),
    path.join(dir, 'npm', 'cache', '_cacache'),
    {
      recursive: true
    }
  )
  return dir
}

/** The npm packages under /app/node_modules in `image`: files below each (each path; bytes of each inode once) and version. */
async function measureNpm(
  image: string
): Promise<Map<string, Measured & { version: string }>> {
  const { stdout } = await execFileAsync('docker', [
    'run',
    '--rm',
    '--network',
    'none',
    image,
    'sh',
    '-c',
    'cd /app/node_modules && for d in */; do d=${d%/}; echo "version $d $(node -p "require(\\"./$d/package.json\\").version")"; find "$d" -path "$d/node_modules" -prune -o ! -type d -printf "$d %i %s\\n"; done'
  ])
  const sizes = new Map<string, Measured & { version: string }>()
  const inodes = new Set<string>()
  for (const line of stdout.trim().split('\n')) {
    const [first, name, third] = line.split(' ')
    if (first === 'version') {
      sizes.set(name, { bytes: 0, files: 0, version: third })
      continue
    }
    const m = sizes.get(first)!
    m.files += 1
    if (inodes.has(name)) continue
    inodes.add(name)
    m.bytes += Number(third)
  }
  return sizes
}

/** The config `check` reads for one image. */
function budgetFile(
  dir: string,
  file: string,
  name: string,
  image: string
): string {
  file = path.join(dir, `${file}.yml`)
  writeFileSync(
    file,
    `images:\n  ${name}:\n    image: ${image}\n    budget:\n      total: 400MB\n      layer: 100MB\n`
  )
  return file
}

interface Pr {
  base: ImageResult
  head: ImageResult
  comparison: Comparison
  run: RunReport
}

/** A PR run: the base checked and saved, the head checked against the saved report. */
async function pullRequest(
  dir: string,
  name: string,
  baseImage: string,
  headImage: string
): Promise<Pr> {
  const baseRun = await cli([
    'check',
    '--config',
    budgetFile(dir, `${name}-base`, name, baseImage),
    '--files',
    '--json'
  ])
  expect(baseRun.stderr).toBe('')
  const saved = path.join(dir, `${name}-base.json`)
  writeFileSync(saved, baseRun.stdout)
  const headRun = await cli([
    'check',
    '--config',
    budgetFile(dir, name, name, headImage),
    '--files',
    '--json',
    '--baseline-report',
    saved
  ])
  expect(headRun.stderr).toBe('')
  const run = JSON.parse(headRun.stdout) as RunReport
  const head = run.images[0]
  expect(head.comparison).toBeTruthy()
  return {
    base: (JSON.parse(baseRun.stdout) as RunReport).images[0],
    head,
    comparison: head.comparison!,
    run
  }
}

/** Every dpkg package the report lists has the bytes and files measured in the image. */
function expectMeasured(result: ImageResult, measured: Map<string, Measured>) {
  const files = result.files!
  const dpkg = (files.packages ?? []).filter((p) => p.manager === 'dpkg')
  expect(dpkg.length).toBeGreaterThan(10)
  for (const item of dpkg) {
    const m = measured.get(item.name) ?? { bytes: 0, files: 0 }
    expect([item.name, item.bytes, item.files]).toEqual([
      item.name,
      m.bytes,
      m.files
    ])
  }
}

function packagesOf(result: ImageResult): Map<string, PackageItem> {
  return new Map((result.files?.packages ?? []).map((p) => [p.name, p]))
}

/** The row of `result` whose instruction contains `text`. */
function rowOf(result: ImageResult, text: string): number {
  const rows = result.layers.filter((row) => row.createdBy.includes(text))
  expect(rows.map((row) => row.createdBy)).toHaveLength(1)
  return rows[0].index
}

/** The change whose head (or base, for a removed row) instruction contains `text`. */
function changeOf(comparison: Comparison, text: string): LayerChange {
  const found = comparison.layers.filter((change) =>
    (change.head ?? change.base)!.createdBy.includes(text)
  )
  expect(found).toHaveLength(1)
  return found[0]
}

const byName = (a: PackageChange, b: PackageChange) =>
  a.name.localeCompare(b.name)

/** The comment, with what differs by run (the saved baseline's temp path) replaced. */
function comment(pr: Pr, dir: string): string {
  return renderCommentMarkdown(pr.run, { key: 'image-size' }).replaceAll(
    dir,
    'TMPDIR'
  )
}

/**
 * Appends the host's own bookworm package index (the mirror's, tens of MB) to a local
 * repository's `Packages`, leaving out the packages the repository holds itself (apt
 * would take either copy): apt then lists every package of the mirror and installs
 * only those it has.
 */
function appendMirrorIndex(packages: string): void {
  const local = readFileSync(packages, 'utf8')
  const names = new Set(
    [...local.matchAll(/^Package: (\S+)$/gm)].map((match) => match[1])
  )
  const index = sh(
    'for f in /var/lib/apt/lists/*_dists_bookworm_main_binary-*_Packages*; do [ -e "$f" ] && /usr/lib/apt/apt-helper cat-file "$f"; done'
  )
  if (index.length < 1_000_000)
    throw new Error(
      "no bookworm index in the host's apt lists: run apt-get update"
    )
  const stanzas = index.split('\n\n').filter((stanza) => {
    const name = /^Package: (\S+)$/m.exec(stanza)?.[1]
    return name !== undefined && !names.has(name)
  })
  appendFileSync(packages, '\n' + stanzas.join('\n\n') + '\n')
}

/**
 * A snapshot per image store: the layer sizes and totals are the engine's own (the legacy
 * store and containerd's count a layer's bytes differently, and containerd also gives the
 * pull size); the package and folder figures are exact and the same in both.
 */
const snapshot = (name: string) => `./__snapshots__/${name}.${engineStore()}.md`

/**
 * What a comment says, with the figures that follow Debian's package versions made into
 * placeholders: versions, sizes, percentages, file counts and pairing scores. The snapshot
 * files keep the real comment of the run that wrote them (to read, and to render); the test
 * compares them through this, so a point release that changes a package's size or version
 * does not fail it, while a change of wording, names, structure or order does. The figures
 * themselves are asserted above against measurements in the images.
 */
function wording(markdown: string): string {
  return markdown
    .replace(
      /[+−-]?\d+(?:\.\d+)? (?:B|kB|MB|GB|TB|KiB|MiB|GiB|TiB)\b/g,
      '‹size›'
    )
    .replace(/[+−-]?\d+(?:\.\d+)?%/g, '‹%›')
    .replace(/\b\d+ files\b/g, '‹n› files')
    .replace(/score \d(?:\.\d+)?/g, 'score ‹s›')
    .replace(/\S+ → \S+/g, '‹version› → ‹version›')
    .replace(/^(- \\?[+−] \S+) \S+ ‹size›$/gm, '$1 ‹version› ‹size›')
}

/** The comment against its snapshot file (written when ISB_UPDATE_SNAPSHOTS=1), by wording. */
function expectCommentSnapshot(markdown: string, name: string): void {
  const file = path.join(import.meta.dirname, snapshot(name))
  if (process.env.ISB_UPDATE_SNAPSHOTS === '1') writeFileSync(file, markdown)
  if (!existsSync(file))
    throw new Error(
      `no snapshot ${path.relative(process.cwd(), file)}: run this test with ISB_UPDATE_SNAPSHOTS=1 and read what it wrote`
    )
  expect(wording(markdown)).toBe(wording(readFileSync(file, 'utf8')))
}

/** The versions of `name` the host's package lists offer, oldest first. */
function versionsOf(name: string): string[] {
  const versions = [
    ...new Set(
      sh('apt-cache madison "$1"', name)
        .split('\n')
        .filter((line) => line.includes('|'))
        .map((line) => line.split('|')[1].trim())
    )
  ]
  return versions.sort((a, b) => {
    try {
      sh('dpkg --compare-versions "$1" lt "$2"', a, b)
      return -1
    } catch {
      return 1
    }
  })
}

describe('real-package PRs: exact package bytes, the rows that added them, package deltas, the comment', () => {
  const dir = mkdtempSync(path.join(TEMP, 'isb-package-prs-'))
  const contexts: string[] = []
  const measured = new Map<string, Map<string, Measured>>()
  const installed = new Map<string, Map<string, string>>()
  const npmMeasured = new Map<
    string,
    Map<string, Measured & { version: string }>
  >()
  let versions: string[]

  const image = (name: string) => `${TAG}:${name}`

  beforeAll(async () => {
    debianBase()
    const tools = caseContext('build-tools', [
      { names: BUILD_TOOLS, recommends: false }
    ])
    const makeJq = caseContext('make-jq', [
      { names: ['make', 'jq'], recommends: false }
    ])
    versions = versionsOf('jq')
    if (versions.length < 2)
      throw new Error(
        `the host's package lists offer one version of jq (${versions.join()}): the version bump needs two (bookworm and bookworm-security)`
      )
    const [oldJq, newJq] = [versions[0], versions[versions.length - 1]]
    const bump = caseContext(
      'version-bump',
      [oldJq, newJq].map((v) => ({
        names: [`jq=${v}`, `libjq1=${v}`],
        recommends: false
      }))
    )
    contexts.push(tools, makeJq, bump)
    for (const v of ['split', 'merged', 'multi-stage'])
      await build(tools, `${v}.Dockerfile`, image(v))
    // The build stage: the tools as the install row of `split` wrote them.
    await build(tools, 'multi-stage.Dockerfile', image('tools'), {}, 'build')
    for (const v of ['base', 'inserted-run', 'install-line'])
      await build(makeJq, `${v}.Dockerfile`, image(v))
    const lists = caseContext('apt-lists', [
      { names: ['make'], recommends: false }
    ])
    contexts.push(lists)
    appendMirrorIndex(path.join(lists, 'repo', 'Packages'))
    for (const v of ['clean', 'lists'])
      await build(lists, `${v}.Dockerfile`, image(v))
    const npm = npmContext()
    contexts.push(npm)
    for (const app of ['app-base', 'app-head'])
      await build(npm, 'Dockerfile', image(`npm-${app}`), { APP: app })
    for (const app of ['app-base', 'app-head'])
      npmMeasured.set(app, await measureNpm(image(`npm-${app}`)))
    await build(bump, 'Dockerfile', image('jq-old'), { JQ_VERSION: oldJq })
    await build(bump, 'Dockerfile', image('jq-new'), { JQ_VERSION: newJq })
    for (const v of [
      'split',
      'merged',
      'multi-stage',
      'tools',
      'base',
      'inserted-run',
      'install-line',
      'clean',
      'lists',
      'npm-app-head',
      'jq-old',
      'jq-new'
    ]) {
      measured.set(v, await measurePackages(image(v)))
      installed.set(v, await installedVersions(image(v)))
    }
  }, 900_000)

  afterAll(() => {
    for (const d of [dir, ...contexts])
      rmSync(d, { recursive: true, force: true })
  })

  it('merged → split: the install row adds the build tools with their exact bytes, and the purge row removes them', async () => {
    const pr = await pullRequest(
      dir,
      'build-tools',
      image('merged'),
      image('split')
    )
    expectMeasured(pr.base, measured.get('merged')!)
    expectMeasured(pr.head, measured.get('split')!)
    const tools = measured.get('tools')!
    const install = rowOf(pr.head, 'apt-get install')
    const purge = rowOf(pr.head, 'apt-get purge')
    const packages = packagesOf(pr.head)
    // Purged: nothing of gcc-12 in the final filesystem, all of it in the install row.
    for (const name of BUILD_TOOLS) {
      const size = tools.get(name)!
      expect(size.bytes).toBeGreaterThan(0)
      expect(packages.get(name)).toMatchObject({
        bytes: 0,
        files: 0,
        addedIn: install,
        removedIn: purge,
        hiddenBytes: size.bytes,
        layers: [{ layer: install, ...size }]
      })
    }
    // The install row of the head pairs with the base's merged RUN: it adds every tool
    // the merged RUN installed and purged, with the bytes measured in the build stage.
    const change = changeOf(pr.comparison, 'apt-get install')
    expect(change.splitHead?.map((side) => side.index)).toEqual([
      install,
      install + 1,
      purge
    ])
    const purged = [...tools.keys()].filter(
      (name) => !measured.get('split')!.has(name)
    )
    expect(purged).toEqual(expect.arrayContaining(BUILD_TOOLS))
    const deltas = change.packages!
    expect(deltas.counts).toEqual({
      added: purged.length,
      removed: 0,
      upgraded: 0
    })
    expect(deltas.deltaBytes).toBe(
      purged.reduce((sum, name) => sum + tools.get(name)!.bytes, 0)
    )
    expect(deltas.added.length).toBe(Math.min(20, purged.length))
    for (const added of deltas.added)
      expect(added).toEqual({
        name: added.name,
        manager: 'dpkg',
        version: installed.get('tools')!.get(added.name),
        deltaBytes: tools.get(added.name)!.bytes
      })
    // Largest first: gcc-12 leads.
    expect(deltas.added[0].name).toBe('gcc-12')
    expectCommentSnapshot(comment(pr, dir), 'package-split-pr')
  })

  it('split → merged: the merged RUN pairs with the three rows it replaces, and the tools are removed with their bytes', async () => {
    const pr = await pullRequest(
      dir,
      'build-tools',
      image('split'),
      image('merged')
    )
    const tools = measured.get('tools')!
    const change = changeOf(pr.comparison, 'apt-get install')
    expect(change.status).toBe('shrank')
    expect(change.mergedBase?.map((side) => side.index)).toEqual([
      rowOf(pr.base, 'apt-get install'),
      rowOf(pr.base, 'make -C /src'),
      rowOf(pr.base, 'apt-get purge')
    ])
    const deltas = change.packages!
    expect(deltas.counts.removed).toBeGreaterThanOrEqual(BUILD_TOOLS.length)
    expect([deltas.counts.added, deltas.counts.upgraded]).toEqual([0, 0])
    for (const removed of deltas.removed)
      expect(removed).toEqual({
        name: removed.name,
        manager: 'dpkg',
        version: installed.get('tools')!.get(removed.name),
        deltaBytes: -tools.get(removed.name)!.bytes
      })
    expect(deltas.removed.map((p) => p.name)).toEqual(
      expect.arrayContaining(['gcc-12', 'cpp-12'])
    )
    // The merged image holds no build tool.
    for (const name of BUILD_TOOLS)
      expect(packagesOf(pr.head).has(name)).toBe(false)
  })

  it('split → multi-stage: every row the base added is removed, the one COPY added; the tools are gone', async () => {
    const pr = await pullRequest(
      dir,
      'build-tools',
      image('split'),
      image('multi-stage')
    )
    expectMeasured(pr.head, measured.get('multi-stage')!)
    // The base's rows above the base image (the repository, the source, install, build,
    // purge) are removed; the one COPY of the binary is added.
    const status = (c: LayerChange) =>
      `${c.status} ${c.base?.index ?? '-'} ${c.head?.index ?? '-'}`
    expect(pr.comparison.layers.map(status).sort()).toEqual([
      'added - 1',
      'removed 1 -',
      'removed 2 -',
      'removed 3 -',
      'removed 4 -',
      'removed 5 -',
      'unchanged 0 0'
    ])
    expect(pr.comparison.totalDeltaBytes).toBe(
      pr.head.totalBytes - pr.base.totalBytes
    )
    expect(packagesOf(pr.head).has('gcc-12')).toBe(false)
    expect(measured.get('multi-stage')!.has('gcc-12')).toBe(false)
  })

  it('an inserted RUN: the existing rows stay paired, the new row adds jq and its libraries with their bytes', async () => {
    const pr = await pullRequest(
      dir,
      'make-jq',
      image('base'),
      image('inserted-run')
    )
    expectMeasured(pr.head, measured.get('inserted-run')!)
    const added = measured.get('inserted-run')!
    const jqRow = rowOf(pr.head, 'install -y --no-install-recommends jq')
    const packages = packagesOf(pr.head)
    const newOnes = [...added.keys()].filter(
      (name) => !measured.get('base')!.has(name)
    )
    expect(newOnes.sort()).toEqual(['jq', 'libjq1', 'libonig5'])
    for (const name of newOnes)
      expect(packages.get(name)).toMatchObject({
        ...added.get(name),
        addedIn: jqRow,
        layers: [{ layer: jqRow, ...added.get(name) }]
      })
    const change = changeOf(
      pr.comparison,
      'install -y --no-install-recommends jq'
    )
    expect([change.status, change.base]).toEqual(['added', null])
    // The RUN after it is the same step: paired, not removed and added.
    const after = changeOf(pr.comparison, 'echo hello')
    expect(after.base?.createdBy).toBe(after.head?.createdBy)
    expect(pr.comparison.layers.filter((c) => c.status === 'removed')).toEqual(
      []
    )
    if (change.packages)
      expect(change.packages.added.map((p) => [p.name, p.deltaBytes])).toEqual(
        newOnes
          .map((name) => [name, added.get(name)!.bytes])
          .sort((a, b) => (b[1] as number) - (a[1] as number))
      )
    expectCommentSnapshot(comment(pr, dir), 'package-inserted-run-pr')
  })

  it('a package added to an install line: the paired row adds jq and its libraries, each with its bytes', async () => {
    const pr = await pullRequest(
      dir,
      'make-jq',
      image('base'),
      image('install-line')
    )
    expectMeasured(pr.head, measured.get('install-line')!)
    const sizes = measured.get('install-line')!
    const change = changeOf(
      pr.comparison,
      'install -y --no-install-recommends make'
    )
    expect(change.base?.createdBy).toContain(
      'install -y --no-install-recommends make'
    )
    expect(change.status).toBe('grew')
    const versions = installed.get('install-line')!
    const expected = ['jq', 'libjq1', 'libonig5'].map((name) => ({
      name,
      manager: 'dpkg',
      version: versions.get(name),
      deltaBytes: sizes.get(name)!.bytes
    }))
    expect([...change.packages!.added].sort(byName)).toEqual(expected)
    expect(change.packages).toMatchObject({
      removed: [],
      upgraded: [],
      counts: { added: 3, removed: 0, upgraded: 0 },
      deltaBytes: expected.reduce((sum, p) => sum + p.deltaBytes, 0)
    })
    const install = rowOf(pr.head, 'install -y --no-install-recommends make')
    for (const name of ['jq', 'libjq1', 'libonig5', 'make'])
      expect(packagesOf(pr.head).get(name)?.addedIn).toBe(install)
  })

  it('a version bump: jq and libjq1 upgraded old → new, each by its measured difference', async () => {
    const pr = await pullRequest(
      dir,
      'version-bump',
      image('jq-old'),
      image('jq-new')
    )
    expectMeasured(pr.base, measured.get('jq-old')!)
    expectMeasured(pr.head, measured.get('jq-new')!)
    const [oldJq, newJq] = [versions[0], versions[versions.length - 1]]
    const [before, after] = [measured.get('jq-old')!, measured.get('jq-new')!]
    const change = changeOf(pr.comparison, 'apt-get install')
    expect(change.packages).toMatchObject({ added: [], removed: [] })
    expect([...change.packages!.upgraded].sort(byName)).toEqual(
      ['jq', 'libjq1'].map((name) => ({
        name,
        manager: 'dpkg',
        version: newJq,
        previousVersion: oldJq,
        deltaBytes: after.get(name)!.bytes - before.get(name)!.bytes
      }))
    )
    expect(packagesOf(pr.head).get('jq')?.version).toBe(newJq)
    expectCommentSnapshot(
      comment(pr, dir).replaceAll(oldJq, '<old>').replaceAll(newJq, '<new>'),
      'package-version-bump-pr'
    )
  })

  it('an npm dependency added: the npm ci row adds chalk and its five dependencies, each with its exact bytes', async () => {
    const pr = await pullRequest(
      dir,
      'npm-dependency',
      image('npm-app-base'),
      image('npm-app-head')
    )
    expectMeasured(pr.head, measured.get('npm-app-head')!)
    const [base, head] = [
      npmMeasured.get('app-base')!,
      npmMeasured.get('app-head')!
    ]
    expect([...head.keys()].sort()).toEqual([...CHALK, 'ms'].sort())
    for (const [result, sizes] of [
      [pr.base, base],
      [pr.head, head]
    ] as const) {
      const npm = (result.files!.packages ?? []).filter(
        (p) => p.manager === 'npm'
      )
      expect(npm.map((p) => p.name).sort()).toEqual([...sizes.keys()].sort())
      for (const item of npm)
        expect([item.name, item.version, item.bytes, item.files]).toEqual([
          item.name,
          sizes.get(item.name)!.version,
          sizes.get(item.name)!.bytes,
          sizes.get(item.name)!.files
        ])
    }
    const ci = rowOf(pr.head, 'npm-cli.js ci')
    for (const name of CHALK)
      expect(packagesOf(pr.head).get(name)?.addedIn).toBe(ci)
    const change = changeOf(pr.comparison, 'npm-cli.js ci')
    expect(change.base?.createdBy).toContain('npm-cli.js ci')
    const expected = CHALK.map((name) => ({
      name,
      manager: 'npm',
      version: head.get(name)!.version,
      deltaBytes: head.get(name)!.bytes
    }))
    expect([...change.packages!.added].sort(byName)).toEqual(expected)
    expect(change.packages).toMatchObject({
      removed: [],
      upgraded: [],
      counts: { added: CHALK.length, removed: 0, upgraded: 0 },
      deltaBytes: expected.reduce((sum, p) => sum + p.deltaBytes, 0)
    })
  })

  it('apt-get without cleaning its lists: the install row grows by the lists, a new apt-lists hint says so, no package changed', async () => {
    const pr = await pullRequest(
      dir,
      'apt-lists',
      image('clean'),
      image('lists')
    )
    expectMeasured(pr.head, measured.get('lists')!)
    const lists = await folderBytes(image('lists'), '/var/lib/apt/lists')
    expect(lists).toBeGreaterThan(0)
    const install = rowOf(pr.head, 'apt-get install')
    const hint = pr.head.files!.hints.find(
      (h) => h.kind === 'package-cache' && h.cache === 'apt-lists'
    )
    expect(hint).toMatchObject({
      layers: [install],
      bytes: lists,
      change: 'new'
    })
    // apt's archives and binary caches are in both: that hint is unchanged.
    expect(
      pr.head.files!.hints.find((h) => h.cache === 'apt-archives')?.change
    ).toBe('unchanged')
    const change = changeOf(pr.comparison, 'apt-get install')
    expect(change.deltaBytes).toBeGreaterThanOrEqual(lists)
    expect(
      change.packages?.counts ?? { added: 0, removed: 0, upgraded: 0 }
    ).toEqual({
      added: 0,
      removed: 0,
      upgraded: 0
    })
  })
})
