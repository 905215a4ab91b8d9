// Real Debian packages for engine tests, with builds that stay `--network none`:
//
// - debianBase(): the base image isb-test/debian:CODENAME, a debootstrap minbase root of the
//   host's own Debian release imported into the engine DOCKER_HOST reaches
//   (scripts/engine.sh debian; the root is made once and cached);
// - packageContext(): a build context holding the test's Dockerfile and `repo/`, a local apt
//   repository (a `Packages` index beside the .deb files) of everything apt would install
//   on that base for the packages asked, resolved by the host's apt against the base's own
//   dpkg status and fetched with `apt-get download` into a cache kept across runs.
//
// A Dockerfile then installs from the repository as a user would from the mirror:
//   COPY repo /srv/repo
//   RUN echo 'deb [trusted=yes] file:/srv/repo ./' >/etc/apt/sources.list.d/repo.list \
//    && apt-get update && apt-get install -y gcc-12
// so apt's real lists, binary caches, auto marks and Recommends handling are in the image.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const TEMP = process.env.TMPDIR ?? tmpdir()
export const ENGINE_DIR =
  process.env.ISB_ENGINE_DIR ?? path.join(TEMP, 'image-size-budget-engine')
/** The debootstrap root behind debianBase() (made by scripts/engine.sh debian). */
export const DEBIAN_ROOT = path.join(ENGINE_DIR, 'debian-root')
/** Downloaded .deb files, kept across runs (shared with test/analysis/packages-engine.test.ts). */
export const DEBS_CACHE = path.join(TEMP, 'image-size-budget-debs')

const run = (file: string, args: string[], cwd?: string) =>
  execFileSync(file, args, {
    encoding: 'utf8',
    cwd,
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'pipe']
  })

/** The real-package base image in the current engine (DOCKER_HOST), made when missing. */
export function debianBase(): string {
  return run('bash', ['scripts/engine.sh', 'debian']).trim()
}

export interface DebianPackage {
  name: string
  version: string
  /** The .deb's file name in DEBS_CACHE. */
  file: string
}

/**
 * What `apt-get install [options] names` would install on the base (the host's package
 * lists, the base's dpkg status), in apt's order. `names` may pin versions (`jq=1.6-2.1+deb12u2`).
 */
export function resolveInstall(
  names: string[],
  options: { recommends?: boolean } = {}
): DebianPackage[] {
  debianBase()
  const archives = mkdtempSync(path.join(TEMP, 'isb-apt-archives-'))
  mkdirSync(path.join(archives, 'partial'))
  const args = [
    'install',
    '-qq',
    '--print-uris',
    '-o',
    `Dir::State::status=${path.join(DEBIAN_ROOT, 'var/lib/dpkg/status')}`,
    '-o',
    `Dir::Cache::archives=${archives}`,
    ...(options.recommends === false ? ['--no-install-recommends'] : []),
    ...names
  ]
  let out: string
  try {
    out = run('apt-get', args)
  } catch {
    // A new machine may have no package lists yet.
    run('apt-get', ['update', '-q'])
    out = run('apt-get', args)
  }
  return out
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      // 'URI' name_version_arch.deb SIZE HASH; the version in the file name is URL-encoded (%3a).
      const file = line.split(' ')[1]
      const [name, version] = file.split('_')
      return { name, version: decodeURIComponent(version), file }
    })
}

/** Makes sure `packages` are in DEBS_CACHE (apt-get download on the host). */
export function fetchPackages(packages: DebianPackage[]): void {
  mkdirSync(DEBS_CACHE, { recursive: true })
  const missing = packages.filter(
    (p) => !existsSync(path.join(DEBS_CACHE, p.file))
  )
  if (missing.length === 0) return
  run(
    'apt-get',
    ['download', '-q', ...missing.map((p) => `${p.name}=${p.version}`)],
    DEBS_CACHE
  )
  for (const p of missing)
    if (!existsSync(path.join(DEBS_CACHE, p.file)))
      throw new Error(`apt-get download did not write ${p.file}`)
}

/** Writes a flat apt repository of `packages` (already fetched) in `folder`: the files and their `Packages` index. */
export function writeRepository(
  folder: string,
  packages: DebianPackage[]
): void {
  mkdirSync(folder, { recursive: true })
  const stanzas: string[] = []
  for (const p of packages) {
    const target = path.join(folder, p.file)
    copyFileSync(path.join(DEBS_CACHE, p.file), target)
    const control = run('dpkg-deb', ['-f', target]).trimEnd()
    const bytes = readFileSync(target)
    stanzas.push(
      [
        control,
        `Filename: ./${p.file}`,
        `Size: ${statSync(target).size}`,
        `SHA256: ${createHash('sha256').update(bytes).digest('hex')}`
      ].join('\n')
    )
  }
  writeFileSync(path.join(folder, 'Packages'), stanzas.join('\n\n') + '\n')
}

/**
 * A build context in a new temp folder: `files` (name → contents, a Dockerfile among them)
 * and `repo/`, a local repository of everything `apt-get install` of each entry of
 * `installs` needs on the base (with recommends unless told otherwise), several installs
 * sharing one repository.
 */
export function packageContext(
  files: Record<string, string>,
  installs: { names: string[]; recommends?: boolean }[]
): string {
  const dir = mkdtempSync(path.join(TEMP, 'isb-debian-'))
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), contents)
  }
  const packages = new Map<string, DebianPackage>()
  for (const install of installs)
    for (const p of resolveInstall(install.names, install))
      packages.set(p.file, p)
  fetchPackages([...packages.values()])
  writeRepository(path.join(dir, 'repo'), [...packages.values()])
  return dir
}

/** The lines a Dockerfile uses to install from the context's repository. */
export const USE_REPOSITORY =
  "echo 'deb [trusted=yes] file:/srv/repo ./' >/etc/apt/sources.list.d/repo.list"
