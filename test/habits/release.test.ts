// scripts/release.sh in a real git repository in a temp folder: a toy project with the real
// release and dist-check scripts, a build that copies src/ to dist/, and a bare origin.
// The release sets the version, moves the CHANGELOG's Unreleased entries, commits, tags
// vX.Y.Z, moves vX, and pushes nothing; it refuses a dirty tree, a branch other than main, a
// stale dist/, an empty Unreleased and a version that is not newer, changing nothing.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const REPO = 'https://github.com/image-size-budget/image-size-budget'
const ENV: NodeJS.ProcessEnv = {
  ...process.env,
  // Node first on PATH, as npm run puts it; no user or system git config (signing, hooks).
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid'
}

let root: string
let work: string

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: work,
    env: ENV,
    encoding: 'utf8'
  }).trim()
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(work, file)), { recursive: true })
  writeFileSync(path.join(work, file), text)
}

function read(file: string): string {
  return readFileSync(path.join(work, file), 'utf8')
}

function release(version: string) {
  const run = spawnSync('bash', ['scripts/release.sh', version], {
    cwd: work,
    env: ENV,
    encoding: 'utf8'
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Tags and their commits, HEAD, and package.json: what a refused release must leave as it was. */
function state() {
  return {
    head: git('rev-parse', 'HEAD'),
    tags: git('tag', '--list'),
    packageJson: read('package.json'),
    changelog: read('CHANGELOG.md')
  }
}

const today = () => new Date().toISOString().slice(0, 10)

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'isb-release-'))
  const origin = path.join(root, 'origin.git')
  work = path.join(root, 'work')
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], {
    env: ENV
  })
  mkdirSync(work)
  git('init', '-q', '-b', 'main')
  git('remote', 'add', 'origin', origin)
  mkdirSync(path.join(work, 'scripts'))
  for (const script of ['release.sh', 'check-dist.sh'])
    copyFileSync(
      path.join('scripts', script),
      path.join(work, 'scripts', script)
    )
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'toy',
        version: '0.1.0',
        repository: { type: 'git', url: `git+${REPO}.git` }
      },
      null,
      2
    ) + '\n'
  )
  write(
    'package-lock.json',
    JSON.stringify(
      {
        name: 'toy',
        version: '0.1.0',
        lockfileVersion: 3,
        packages: { '': { name: 'toy', version: '0.1.0' } }
      },
      null,
      2
    ) + '\n'
  )
  write(
    'CHANGELOG.md',
    `# Changelog\n\n## [Unreleased]\n\n### Added\n\n- The first feature.\n\n[Unreleased]: ${REPO}/commits/main\n`
  )
  // The toy build: dist/ is src/ copied, so a change to src/ without a build leaves dist/ stale.
  write(
    'scripts/build.mjs',
    "import { cpSync, rmSync } from 'node:fs'\nconst out = process.argv[2] ?? 'dist'\nrmSync(out, { recursive: true, force: true })\ncpSync('src', out, { recursive: true })\n"
  )
  write('src/index.js', 'export const answer = 42\n')
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: work, env: ENV })
  git('add', '.')
  git('commit', '-q', '-m', 'toy project')
  git('push', '-q', 'origin', 'main')
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('scripts/release.sh', () => {
  it('releases 0.2.0: version, changelog, one commit, tags v0.2.0 and v0, and prints the push instead of pushing', () => {
    const before = git('rev-parse', 'HEAD')
    const run = release('0.2.0')
    expect(run.stderr).not.toContain('release:')
    expect(run.status).toBe(0)
    expect(JSON.parse(read('package.json')).version).toBe('0.2.0')
    const lock = JSON.parse(read('package-lock.json'))
    expect([lock.version, lock.packages[''].version]).toEqual([
      '0.2.0',
      '0.2.0'
    ])
    expect(read('CHANGELOG.md')).toBe(
      `# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - ${today()}\n\n### Added\n\n- The first feature.\n\n` +
        `[Unreleased]: ${REPO}/compare/v0.2.0...HEAD\n[0.2.0]: ${REPO}/releases/tag/v0.2.0\n`
    )
    const head = git('rev-parse', 'HEAD')
    expect(git('rev-parse', 'HEAD~1')).toBe(before)
    expect(git('log', '-1', '--format=%s')).toBe('Release 0.2.0')
    expect(git('status', '--porcelain')).toBe('')
    expect(git('rev-parse', 'v0.2.0^{commit}')).toBe(head)
    expect(git('rev-parse', 'v0^{commit}')).toBe(head)
    expect(git('cat-file', '-t', 'v0.2.0')).toBe('tag')
    expect(run.stdout).toContain(
      'Nothing is pushed. To publish:\n  git push --atomic origin main v0.2.0\n  git push --force origin v0\n'
    )
    // Nothing reached origin.
    expect(git('ls-remote', '--tags', 'origin')).toBe('')
    expect(git('ls-remote', 'origin', 'refs/heads/main').split('\t')[0]).toBe(
      before
    )
  })

  it('a second release moves v0 to it and links the compare range; 1.0.0 starts v1 and leaves v0', () => {
    expect(release('0.2.0').status).toBe(0)
    const first = git('rev-parse', 'HEAD')
    write(
      'CHANGELOG.md',
      read('CHANGELOG.md').replace(
        '## [Unreleased]\n',
        '## [Unreleased]\n\n### Fixed\n\n- A fix.\n'
      )
    )
    git('commit', '-q', '-am', 'a fix')
    const run = release('0.2.1')
    expect(run.status).toBe(0)
    const second = git('rev-parse', 'HEAD')
    expect(second).not.toBe(first)
    expect(git('rev-parse', 'v0^{commit}')).toBe(second)
    expect(git('rev-parse', 'v0.2.0^{commit}')).toBe(first)
    expect(run.stdout).toContain(`v0 moved from ${first.slice(0, 7)} to it.`)
    expect(read('CHANGELOG.md')).toContain(
      `## [Unreleased]\n\n## [0.2.1] - ${today()}\n\n### Fixed\n\n- A fix.\n\n## [0.2.0] - ${today()}\n`
    )
    expect(read('CHANGELOG.md')).toContain(
      `[Unreleased]: ${REPO}/compare/v0.2.1...HEAD\n[0.2.1]: ${REPO}/compare/v0.2.0...v0.2.1\n[0.2.0]: ${REPO}/releases/tag/v0.2.0\n`
    )

    write(
      'CHANGELOG.md',
      read('CHANGELOG.md').replace(
        '## [Unreleased]\n',
        '## [Unreleased]\n\n### Changed\n\n- Stable.\n'
      )
    )
    git('commit', '-q', '-am', 'stable')
    expect(release('1.0.0').status).toBe(0)
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'))
    expect(git('rev-parse', 'v0^{commit}')).toBe(second)
  })

  it.each([
    [
      'a modified file',
      () => write('src/index.js', 'export const answer = 43\n'),
      'release: the working tree is not clean; commit or stash first:\n M src/index.js\n'
    ],
    [
      'an untracked file',
      () => write('notes.txt', 'todo\n'),
      'release: the working tree is not clean; commit or stash first:\n?? notes.txt\n'
    ],
    [
      'a branch other than main',
      () => git('switch', '-q', '-c', 'feature'),
      'release: releases are made from main, not feature: git switch main\n'
    ],
    [
      'a stale dist/',
      () => {
        write('src/index.js', 'export const answer = 43\n')
        git('commit', '-q', '-am', 'change without a build')
      },
      "release: dist/ is not what the sources build to: run 'npm run build', commit dist/, and release again\n"
    ],
    [
      'an empty Unreleased section',
      () => {
        write(
          'CHANGELOG.md',
          `# Changelog\n\n## [Unreleased]\n\n### Added\n\n[Unreleased]: ${REPO}/commits/main\n`
        )
        git('commit', '-q', '-am', 'empty changelog')
      },
      "release: CHANGELOG.md's Unreleased section is empty: say what 0.2.0 changes\n"
    ],
    [
      'a version older than the last release',
      () => git('tag', '-a', 'v0.3.0', '-m', 'later'),
      'release: 0.2.0 is not newer than the last release, v0.3.0\n'
    ],
    [
      'a version already tagged',
      () => git('tag', '-a', 'v0.2.0', '-m', 'taken'),
      'release: tag v0.2.0 exists already\n'
    ]
  ])('refuses %s and changes nothing', (_name, arrange, message) => {
    arrange()
    const before = state()
    const run = release('0.2.0')
    expect(run.status).toBe(2)
    expect(run.stderr.endsWith(message)).toBe(true)
    expect(state()).toEqual(before)
    expect(git('tag', '--list', 'v0')).toBe('')
  })

  it('refuses a version that is not X.Y.Z', () => {
    const before = state()
    const run = release('v1.2')
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      "release: usage: npm run release -- X.Y.Z (three numbers, e.g. 0.2.0); got 'v1.2'\n"
    )
    expect(state()).toEqual(before)
  })
})
