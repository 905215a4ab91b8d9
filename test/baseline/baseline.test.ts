// `baseline: build` against real git repositories made here in temp dirs: the baseline is
// built from the PR's merge-base (not the base branch's head), in a worktree that is
// removed afterwards, with a shallow checkout deepened as needed. Real builds, exact bytes.
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  buildAtMergeBase,
  headFromImage,
  resolveBaseline
} from '../../src/baseline/baseline.js'
import { compareWithBaseline } from '../../src/compare/compare.js'
import { InputError } from '../../src/errors.js'
import { readEngineImage } from '../../src/image/engine.js'
import { BUILDERS, clientFor, type Builder } from '../support/engine.js'

const KiB = 1024
const dockerfile = (kib: number, extra = '') =>
  `FROM isb-base:busybox\nRUN dd if=/dev/zero of=/app.bin bs=1024 count=${kib}\n${extra}`

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  }).trim()
}

function commit(
  dir: string,
  files: Record<string, string>,
  message: string
): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

/** main: base commit; pr branches off it; then main moves on (the PR is behind its base). */
function makeRepo(files: {
  base: Record<string, string>
  pr: Record<string, string>
  moved: Record<string, string>
}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'isb-repo-'))
  git(dir, 'init', '-q', '-b', 'main')
  const base = commit(dir, files.base, 'base')
  git(dir, 'checkout', '-q', '-b', 'pr')
  const pr = commit(dir, files.pr, 'pr')
  git(dir, 'checkout', '-q', 'main')
  const moved = commit(dir, files.moved, 'main moved on')
  git(dir, 'checkout', '-q', 'pr')
  return { dir, base, pr, moved }
}

// The merge-base checkouts are made under the system temp dir, where another test run on the
// same machine makes its own at the same moment: this file gives the code a temp dir of its
// own (os.tmpdir() reads TMPDIR when called), so counting them sees only this file's.
process.env.TMPDIR = mkdtempSync(path.join(tmpdir(), 'isb-test-baseline-'))

const baselineDirs = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith('isb-baseline-'))

/** The checkout as the user left it: same commit, same branch, clean, one worktree. */
function expectUntouched(
  dir: string,
  sha: string,
  file: string,
  text: string
): void {
  expect(git(dir, 'rev-parse', 'HEAD')).toBe(sha)
  expect(git(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('pr')
  expect(git(dir, 'status', '--porcelain')).toBe('')
  expect(readFileSync(path.join(dir, file), 'utf8')).toBe(text)
  expect(
    git(dir, 'worktree', 'list', '--porcelain')
      .split('\n')
      .filter((line) => line.startsWith('worktree '))
  ).toEqual([`worktree ${dir}`])
}

const saved = { ...process.env }
function useBuilder(builder: Builder): void {
  process.env.IMAGE_SIZE_BUDGET_DOCKER = clientFor(builder)
  process.env.DOCKER_BUILDKIT = builder === 'buildkit' ? '1' : '0'
}
afterEach(() => {
  for (const key of ['IMAGE_SIZE_BUDGET_DOCKER', 'DOCKER_BUILDKIT']) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

describe.each(BUILDERS)('buildAtMergeBase, %s builder', (builder) => {
  let repo: ReturnType<typeof makeRepo>
  beforeAll(() => {
    repo = makeRepo({
      base: { Dockerfile: dockerfile(100) },
      pr: { Dockerfile: dockerfile(200) },
      moved: { Dockerfile: dockerfile(300) }
    })
  })

  it('builds the merge-base (100 KiB), not the base head (300 KiB); the checkout is untouched and the worktree gone', async () => {
    useBuilder(builder)
    const before = baselineDirs()
    expect(git(repo.dir, 'merge-base', 'pr', 'main')).toBe(repo.base)
    const build = {
      context: repo.dir,
      dockerfile: path.join(repo.dir, 'Dockerfile'),
      network: 'none'
    }
    const result = await buildAtMergeBase({
      repoDir: repo.dir,
      baseRef: 'main',
      build,
      tag: `isb-test/baseline-behind:${builder}`
    })
    if ('note' in result) throw new Error(result.note)
    expect(result.mergeBase).toBe(repo.base)
    expect(
      result.report.layers
        .filter((row) => !row.empty)
        .map((row) => [row.createdBy, row.sizeBytes])
    ).toEqual([
      ['', result.report.layers[0].sizeBytes],
      ['RUN dd if=/dev/zero of=/app.bin bs=1024 count=100', 100 * KiB]
    ])
    expect(result.fromImage).toEqual({ ref: 'isb-base:busybox', layers: 1 })
    expectUntouched(repo.dir, repo.pr, 'Dockerfile', dockerfile(200))
    expect(baselineDirs()).toEqual(before)

    // The head, built from the checkout, against it: the PR's own +100 KiB, not −100 KiB against main's head.
    execFileSync(
      clientFor(builder),
      [
        'build',
        '-q',
        '--network',
        'none',
        '-t',
        `isb-test/baseline-head:${builder}`,
        repo.dir
      ],
      { env: { ...process.env } }
    )
    const head = await readEngineImage(`isb-test/baseline-head:${builder}`)
    const headFrom = await headFromImage(head, build)
    expect(headFrom).toEqual({ ref: 'isb-base:busybox', layers: 1 })
    const comparison = compareWithBaseline(result, head, { headFrom })
    expect(comparison.totalDeltaBytes).toBe(100 * KiB)
    expect(
      comparison.layers.map((change) => [change.status, change.deltaBytes])
    ).toEqual([
      ['unchanged', 0],
      ['grew', 100 * KiB]
    ])
  })
})

describe('buildAtMergeBase: shallow checkouts and bases that cannot be built', () => {
  let repo: ReturnType<typeof makeRepo>
  beforeAll(() => {
    repo = makeRepo({
      base: {
        'docker/Dockerfile': dockerfile(100),
        'broken/Dockerfile': 'FROM isb-base:busybox\nRUN exit 3\n'
      },
      pr: {
        'docker/Dockerfile': dockerfile(200),
        'broken/Dockerfile': dockerfile(1),
        'new/Dockerfile': dockerfile(5)
      },
      moved: { 'docker/Dockerfile': dockerfile(300), README: 'moved\n' }
    })
  })
  const build = (dir: string, sub: string) => ({
    context: path.join(dir, sub),
    network: 'none'
  })

  it('a depth-1 clone of the PR branch: fetches the base branch and deepens until the merge-base is found', async () => {
    useBuilder('classic')
    const clone = path.join(
      mkdtempSync(path.join(tmpdir(), 'isb-clone-')),
      'checkout'
    )
    execFileSync('git', [
      'clone',
      '-q',
      '--depth',
      '1',
      '--branch',
      'pr',
      `file://${repo.dir}`,
      clone
    ])
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true')
    expect(() =>
      git(clone, 'rev-parse', '--verify', '--quiet', 'origin/main')
    ).toThrow()
    const result = await buildAtMergeBase({
      repoDir: clone,
      baseRef: 'main',
      build: build(clone, 'docker'),
      tag: 'isb-test/baseline-shallow:1'
    })
    if ('note' in result) throw new Error(result.note)
    expect(result.mergeBase).toBe(repo.base)
    expect(result.report.layers[1]).toMatchObject({
      createdBy: 'RUN dd if=/dev/zero of=/app.bin bs=1024 count=100',
      sizeBytes: 100 * KiB
    })
    expect(git(clone, 'rev-parse', 'origin/main')).toBe(repo.moved)
    expectUntouched(clone, repo.pr, 'docker/Dockerfile', dockerfile(200))
  })

  it.each([
    [
      'a Dockerfile the PR adds',
      'new',
      (short: string) =>
        `new/Dockerfile does not exist at the merge-base ${short} with main (a new Dockerfile?)`
    ],
    [
      'a base that does not build',
      'broken',
      (short: string) =>
        `the base at the merge-base ${short} with main did not build (docker build of `
    ]
  ])('%s: a note, no error, checkout untouched', async (_name, sub, note) => {
    useBuilder('classic')
    const before = baselineDirs()
    const result = await buildAtMergeBase({
      repoDir: repo.dir,
      baseRef: 'main',
      build: build(repo.dir, sub),
      tag: 'isb-test/baseline-none:1'
    })
    expect('note' in result && result.note).toContain(
      note(repo.base.slice(0, 12))
    )
    expectUntouched(repo.dir, repo.pr, 'docker/Dockerfile', dockerfile(200))
    expect(baselineDirs()).toEqual(before)
  })

  it('no such base branch, or not a git checkout: a note', async () => {
    const missing = await buildAtMergeBase({
      repoDir: repo.dir,
      baseRef: 'release',
      build: build(repo.dir, 'docker'),
      tag: 'x:1'
    })
    expect(missing).toEqual({
      note: 'the base branch "release" is not in the checkout and could not be fetched from any remote'
    })
    const plain = mkdtempSync(path.join(tmpdir(), 'isb-plain-'))
    const none = await buildAtMergeBase({
      repoDir: plain,
      baseRef: 'main',
      build: build(plain, '.'),
      tag: 'x:1'
    })
    expect(none).toEqual({
      note: `${plain} is not a git checkout, so the base cannot be built (check out the repository first, or give baseline-image / baseline-report)`
    })
  })

  it('resolveBaseline: auto/build/none, image and report sources', async () => {
    useBuilder('classic')
    const request = {
      eventName: 'pull_request',
      build: {
        repoDir: repo.dir,
        baseRef: 'main',
        build: build(repo.dir, 'docker'),
        tag: 'isb-test/baseline-auto:1'
      }
    }
    expect(await resolveBaseline({ ...request, mode: 'none' })).toEqual({
      note: 'the baseline is off (baseline: none)'
    })
    expect(
      await resolveBaseline({ ...request, mode: 'auto', eventName: 'push' })
    ).toEqual({
      note: 'a "push" event is not a pull request, so there is no base to compare with (give baseline-image or baseline-report)'
    })
    const built = await resolveBaseline({ ...request, mode: 'auto' })
    expect(
      'report' in built && [built.source, built.report.layers[1].sizeBytes]
    ).toEqual(['build', 100 * KiB])
    const image = await resolveBaseline({
      ...request,
      mode: 'auto',
      eventName: 'push',
      baselineImage: 'isb-test/baseline-auto:1'
    })
    expect(
      'report' in image && [
        image.source,
        image.report.image.ref,
        image.report.layers[1].sizeBytes
      ]
    ).toEqual(['image', 'isb-test/baseline-auto:1', 100 * KiB])
    const file = path.join(
      mkdtempSync(path.join(tmpdir(), 'isb-report-')),
      'base.json'
    )
    writeFileSync(file, JSON.stringify((image as { report: unknown }).report))
    const report = await resolveBaseline({
      ...request,
      mode: 'auto',
      baselineReport: file
    })
    expect('report' in report && [report.source, report.report]).toEqual([
      'report',
      (image as { report: unknown }).report
    ])
    await expect(
      resolveBaseline({
        ...request,
        mode: 'auto',
        baselineImage: 'a:1',
        baselineReport: file
      })
    ).rejects.toThrow(InputError)
    await expect(
      resolveBaseline({
        ...request,
        mode: 'auto',
        baselineImage: 'localhost:1/isb-test/never-pushed:1'
      })
    ).rejects.toThrow(
      'baseline-image "localhost:1/isb-test/never-pushed:1" is not in the engine and could not be pulled'
    )
    expect(
      await resolveBaseline({ mode: 'build', eventName: 'pull_request' })
    ).toEqual({
      note: 'the image is given by ref, not built from a Dockerfile, so the base cannot be built (give baseline-image or baseline-report)'
    })
  })
})
