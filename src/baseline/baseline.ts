// Where the baseline comes from (action input `baseline`, CLI `--baseline`): an image in
// the engine or a registry, a saved JSON report, or a build of the same Dockerfile at the
// PR's merge-base with its base branch. The merge-base, not the base branch's head: a PR
// that is behind its base would otherwise be charged with (or credited for) what others
// merged since it branched off. The build happens in a `git worktree`, so the checkout is
// never touched, and in the same engine, so its layer cache is reused.
// git runs through execFile with argument arrays, never a shell string. This file fetches;
// the comparison itself is src/compare (compareWithBaseline), which does no I/O.

import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { InputError } from '../errors.js'
import { buildImage, type BuildOptions } from '../image/build.js'
import { docker } from '../image/docker.js'
import { inspectImages, readEngineImage } from '../image/engine.js'
import { log } from '../log.js'
import { readRegistryImage } from '../image/registry/index.js'
import type { BaselineFrom, ImageReport } from '../model/report.js'
import type { FromImage } from '../compare/compare.js'
import { dockerfileFromImage, fromImageLayers } from './from-image.js'
import { loadSavedReport, parseSavedReport } from './saved-report.js'

const run = promisify(execFile)

export type BaselineMode = 'auto' | 'build' | 'none'

export type Baseline =
  | {
      report: ImageReport
      source: 'build' | 'image' | 'report' | 'artifact'
      mergeBase?: string
      fromImage?: FromImage
      from?: BaselineFrom
    }
  | { note: string }

/**
 * A report some earlier run saved for a commit of the base branch (the action's artifact
 * lookup, src/github/baseline-artifact.ts), given the merge-base and its first-parent
 * ancestors, newest first. `data` is untrusted and validated here, as baseline-report is.
 */
export type SavedBaselineSource = (commits: string[]) => Promise<
  | {
      data: unknown
      commit: string
      commitsBefore: number
      runId?: number
      label: string
    }
  | { note: string; warning?: boolean }
>

/** How many first-parent commits, the merge-base included, a saved baseline is looked for in. */
export const BASELINE_WALK_COMMITS = 50

export interface MergeBaseBuild {
  /** The repository's checkout (the action's working directory). */
  repoDir: string
  /** The PR's base branch, e.g. `main` (GITHUB_BASE_REF). */
  baseRef: string
  /** The head build's options; context and dockerfile are paths in the checkout (relative to the current directory). */
  build: Omit<BuildOptions, 'tag'>
  /** The tag the baseline image gets. */
  tag: string
  /** The commit the PR's image is built from; default HEAD (a PR merge commit gives its base parent as the merge-base, which is right for it). */
  headRef?: string
  remote?: string
}

/** How far a shallow checkout is deepened, step by step, before fetching the whole history. */
export const DEEPEN_STEPS = [50, 200, 1000]

async function git(repoDir: string, args: string[]): Promise<string> {
  log.debug(`exec: git -C ${repoDir} ${args.join(' ')}`)
  const { stdout } = await run('git', ['-C', repoDir, ...args], {
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    maxBuffer: 16 * 1024 * 1024
  })
  return stdout.trim()
}

async function gitOk(
  repoDir: string,
  args: string[]
): Promise<string | undefined> {
  try {
    return await git(repoDir, args)
  } catch (error) {
    log.debug(
      `git ${args.join(' ')} failed: ${(error as Error).message.split('\n')[0]}`
    )
    return undefined
  }
}

function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr?.trim()
  return (stderr || (error as Error).message).split('\n').slice(-2).join(' ')
}

/**
 * The merge-base of `headRef` and the base branch, fetching what a shallow checkout lacks:
 * the base branch itself, then history in bounded steps (`--deepen`), then `--unshallow`.
 */
export async function findMergeBase(
  repoDir: string,
  baseRef: string,
  options: { headRef?: string; remote?: string } = {}
): Promise<{ sha: string } | { note: string }> {
  const headRef = options.headRef ?? 'HEAD'
  const remote = options.remote ?? 'origin'
  if (baseRef.startsWith('-') || headRef.startsWith('-'))
    throw new InputError({
      input: baseRef,
      problem: `base ref "${baseRef}" is not a branch name`
    })
  if (
    (await gitOk(repoDir, ['rev-parse', '--is-inside-work-tree'])) !== 'true'
  ) {
    return {
      note: `${repoDir} is not a git checkout, so the base cannot be built (check out the repository first, or give baseline-image / baseline-report)`
    }
  }
  const shallow =
    (await gitOk(repoDir, ['rev-parse', '--is-shallow-repository'])) === 'true'
  const hasRemote = ((await gitOk(repoDir, ['remote'])) ?? '')
    .split('\n')
    .includes(remote)
  const tracking = `refs/remotes/${remote}/${baseRef}`
  const fetchBase = [
    'fetch',
    '--no-tags',
    '--quiet',
    remote,
    `+refs/heads/${baseRef}:${tracking}`
  ]
  const resolve = async () => {
    for (const candidate of [tracking, baseRef]) {
      const sha = await gitOk(repoDir, [
        'rev-parse',
        '--verify',
        '--quiet',
        `${candidate}^{commit}`
      ])
      if (sha) return sha
    }
    return undefined
  }
  let baseSha = await resolve()
  if (hasRemote && (shallow || !baseSha)) {
    await gitOk(
      repoDir,
      shallow
        ? [
            ...fetchBase.slice(0, 3),
            `--depth=${DEEPEN_STEPS[0]}`,
            ...fetchBase.slice(3)
          ]
        : fetchBase
    )
    baseSha = await resolve()
  }
  if (!baseSha)
    return {
      note: `the base branch "${baseRef}" is not in the checkout and could not be fetched from ${hasRemote ? remote : 'any remote'}`
    }

  const mergeBase = () => gitOk(repoDir, ['merge-base', headRef, baseSha])
  let sha = await mergeBase()
  if (!sha && shallow && hasRemote) {
    // Each step asks the remote for more history below every shallow boundary, the PR's side included.
    for (const depth of DEEPEN_STEPS) {
      await gitOk(repoDir, [
        'fetch',
        '--no-tags',
        '--quiet',
        `--deepen=${depth}`,
        remote,
        `+refs/heads/${baseRef}:${tracking}`
      ])
      sha = await mergeBase()
      if (sha) break
    }
    if (!sha) {
      await gitOk(repoDir, [
        'fetch',
        '--no-tags',
        '--quiet',
        '--unshallow',
        remote
      ])
      sha = await mergeBase()
    }
  }
  if (!sha)
    return {
      note: `${headRef} and the base branch "${baseRef}" have no common commit, so there is no merge-base to build`
    }
  return { sha }
}

/** The merge-base and its first-parent ancestors, newest first, at most `count` (fewer in a shallow checkout). */
export async function firstParentCommits(
  repoDir: string,
  sha: string,
  count = BASELINE_WALK_COMMITS
): Promise<string[]> {
  const out = await gitOk(repoDir, [
    'rev-list',
    '--first-parent',
    `--max-count=${count}`,
    sha
  ])
  const commits = (out ?? '')
    .split('\n')
    .filter((line) => /^[0-9a-f]{40}$/.test(line))
  return commits.length > 0 ? commits : [sha]
}

/** A path of the checkout, as the same path in the worktree; undefined when it lies outside the repository. */
function inWorktree(
  repoTop: string,
  worktree: string,
  file: string
): string | undefined {
  const relative = path.relative(repoTop, path.resolve(file))
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return path.join(worktree, relative)
}

/**
 * Builds the same Dockerfile, context, target and args at the PR's merge-base with `baseRef`.
 * Any reason the base cannot be built (a new Dockerfile, a broken base, no history) is a
 * note, not an error: the run reports without a baseline.
 */
export async function buildAtMergeBase(
  request: MergeBaseBuild
): Promise<
  | { report: ImageReport; mergeBase: string; fromImage?: FromImage }
  | { note: string }
> {
  const found = await findMergeBase(request.repoDir, request.baseRef, {
    headRef: request.headRef,
    remote: request.remote
  })
  if ('note' in found) return found
  const short = found.sha.slice(0, 12)
  const repoTop = await git(request.repoDir, ['rev-parse', '--show-toplevel'])
  const parent = await mkdtemp(path.join(tmpdir(), 'isb-baseline-'))
  const worktree = path.join(parent, 'tree')
  try {
    try {
      await git(request.repoDir, [
        'worktree',
        'add',
        '--detach',
        '--quiet',
        worktree,
        found.sha
      ])
    } catch (error) {
      return {
        note: `could not check out the merge-base ${short} in a worktree: ${gitMessage(error)}`
      }
    }
    const context = inWorktree(repoTop, worktree, request.build.context)
    const dockerfilePath =
      request.build.dockerfile ?? path.join(request.build.context, 'Dockerfile')
    const dockerfile = inWorktree(repoTop, worktree, dockerfilePath)
    if (!context || !dockerfile)
      return {
        note: `the build context or Dockerfile (${dockerfilePath}) is outside the repository, so it cannot be taken from the merge-base`
      }
    const shown = path.relative(repoTop, path.resolve(dockerfilePath))
    if (!existsSync(dockerfile))
      return {
        note: `${shown} does not exist at the merge-base ${short} with ${request.baseRef} (a new Dockerfile?)`
      }
    if (!existsSync(context))
      return {
        note: `the build context ${path.relative(repoTop, path.resolve(request.build.context)) || '.'} does not exist at the merge-base ${short}`
      }
    log.info(
      `Building the baseline: ${shown} at the merge-base ${short} with ${request.baseRef}`
    )
    try {
      await buildImage({
        ...request.build,
        context,
        dockerfile,
        tag: request.tag
      })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      return {
        note: `the base at the merge-base ${short} with ${request.baseRef} did not build (${error.message.replace(/ See the build log above\.$/, '')})`
      }
    }
    const report = await readEngineImage(request.tag)
    const fromRef = await dockerfileFromImage(dockerfile, {
      buildArgs: request.build.buildArgs,
      target: request.build.target
    })
    const layers = await fromImageLayers(report, fromRef)
    return {
      report,
      mergeBase: found.sha,
      ...(fromRef && layers !== undefined
        ? { fromImage: { ref: fromRef, layers } }
        : {})
    }
  } finally {
    await gitOk(request.repoDir, ['worktree', 'remove', '--force', worktree])
    await rm(parent, { recursive: true, force: true })
    await gitOk(request.repoDir, ['worktree', 'prune'])
  }
}

/**
 * An image ref as a baseline: from the engine when it has it; else read from its registry
 * without pulling (a few small requests, and the pull size comes with it); else pulled, for
 * registries this tool cannot read (e.g. credentials only the docker daemon has).
 */
export async function loadBaselineImage(ref: string): Promise<ImageReport> {
  try {
    await inspectImages([ref])
  } catch {
    return readFromRegistryOrPull(ref)
  }
  return readEngineImage(ref)
}

async function readFromRegistryOrPull(ref: string): Promise<ImageReport> {
  let registryFailure: string
  try {
    const report = await readRegistryImage(ref)
    log.info(`Read the baseline image ${ref} from its registry (not pulled)`)
    return report
  } catch (error) {
    registryFailure = (error as Error).message.split('\n')[0]
  }
  log.info(
    `Pulling the baseline image ${ref} (reading it from its registry failed: ${registryFailure})`
  )
  try {
    await docker(['pull', ref], { stream: true })
  } catch (error) {
    throw new InputError({
      input: 'baseline-image',
      problem: `baseline-image "${ref}" is not in the engine and could not be pulled: ${(error as Error).message.split('\n')[0]} (reading it from its registry: ${registryFailure}).`,
      fix: 'Check the ref and the registry login.'
    })
  }
  return readEngineImage(ref)
}

export interface BaselineRequest {
  mode: BaselineMode
  /** GITHUB_EVENT_NAME. */
  eventName: string
  baselineImage?: string
  baselineReport?: string
  /** The image's name, to pick it from a saved RunReport that holds several. */
  imageName?: string
  /** What `build` needs; without it (an image given by ref only) there is nothing to build. */
  build?: Omit<MergeBaseBuild, 'tag'> & { tag?: string }
  /** Where the merge-base is found for a saved baseline when nothing is built: the checkout and GITHUB_BASE_REF. */
  git?: { repoDir: string; baseRef: string }
  /** `auto` on a pull request: the base branch's saved report, tried first; or why there is no such lookup. */
  saved?: SavedBaselineSource | { skipped: string }
  /** This run checks one image: a saved report of one image is its baseline even when named differently (refs as names). */
  single?: boolean
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * Decides and fetches the baseline. `auto`: a given baseline-report; on a pull request, the
 * base branch's saved report at the merge-base, else at the nearest first-parent ancestor,
 * else a given baseline-image, else a build at the merge-base, each fallback one log line and
 * one line of the comment (`from.fallbacks`); elsewhere a given baseline-image, else none.
 * `build`: the merge-base build. `none`: none. Only user mistakes throw (both image and
 * report given, an unreadable baseline-report); "the base cannot be built" is a note.
 */
export async function resolveBaseline(
  request: BaselineRequest
): Promise<Baseline> {
  if (request.mode === 'none')
    return { note: 'the baseline is off (baseline: none)' }
  if (request.baselineImage && request.baselineReport) {
    throw new InputError({
      input: 'baseline-report',
      problem:
        'baseline-image and baseline-report are both given; they are two baselines',
      fix: 'give one of them'
    })
  }
  if (request.mode === 'auto' && request.baselineReport) {
    return {
      report: await loadSavedReport(request.baselineReport, request.imageName),
      source: 'report',
      from: { kind: 'report', ref: request.baselineReport }
    }
  }
  const pullRequest = PULL_REQUEST_EVENTS.has(request.eventName)
  if (request.mode === 'auto' && !pullRequest) {
    if (request.baselineImage)
      return {
        report: await loadBaselineImage(request.baselineImage),
        source: 'image',
        from: { kind: 'image', ref: request.baselineImage }
      }
    return {
      note: `a "${request.eventName || 'unknown'}" event is not a pull request, so there is no base to compare with (give baseline-image or baseline-report)`
    }
  }
  const fallbacks: string[] = []
  const fellBack = (line: string) => {
    fallbacks.push(line)
    log.info(
      `${request.imageName ? `${request.imageName}: ` : ''}baseline: ${line}`
    )
  }
  const baseRef = request.build?.baseRef || request.git?.baseRef || ''
  if (request.mode === 'auto' && request.saved) {
    const saved = await savedBaseline(request, baseRef, fellBack)
    if (saved) return saved
  }
  if (request.mode === 'auto' && request.baselineImage) {
    return {
      report: await loadBaselineImage(request.baselineImage),
      source: 'image',
      from: {
        kind: 'image',
        ref: request.baselineImage,
        ...(fallbacks.length ? { fallbacks } : {})
      }
    }
  }
  const noBaseline = (note: string): Baseline => ({
    note: [...fallbacks, note].join('; ')
  })
  if (!request.build)
    return noBaseline(
      'the image is given by ref, not built from a Dockerfile, so the base cannot be built (give baseline-image or baseline-report)'
    )
  if (!request.build.baseRef)
    return noBaseline(
      'no base branch is known (GITHUB_BASE_REF is empty), so the merge-base cannot be found'
    )
  const built = await buildAtMergeBase({
    ...request.build,
    tag: request.build.tag ?? 'image-size-budget:baseline'
  })
  if ('note' in built) return noBaseline(built.note)
  return {
    ...built,
    source: 'build',
    from: {
      kind: 'build',
      commit: built.mergeBase,
      branch: request.build.baseRef,
      ...(fallbacks.length ? { fallbacks } : {})
    }
  }
}

/** The base branch's saved report for this image, or undefined after saying (through `fellBack`) why not. */
async function savedBaseline(
  request: BaselineRequest,
  baseRef: string,
  fellBack: (line: string) => void
): Promise<Baseline | undefined> {
  const saved = request.saved!
  if (typeof saved !== 'function') {
    fellBack(`no saved report looked for: ${saved.skipped}`)
    return undefined
  }
  const repoDir = request.build?.repoDir ?? request.git?.repoDir
  if (!repoDir || !baseRef) {
    fellBack(
      'no saved report looked for: no base branch is known (GITHUB_BASE_REF is empty)'
    )
    return undefined
  }
  const found = await findMergeBase(repoDir, baseRef, {
    headRef: request.build?.headRef,
    remote: request.build?.remote
  })
  if ('note' in found) {
    fellBack(`no saved report looked for: ${found.note}`)
    return undefined
  }
  const result = await saved(await firstParentCommits(repoDir, found.sha))
  if ('note' in result) {
    if (result.warning) log.warning(result.note)
    fellBack(`no report of the base branch: ${result.note}`)
    return undefined
  }
  let report: ImageReport
  try {
    // One image on each side, named by its ref (no budget file): `app:main` on the push and `app:pr` on the PR are the same image.
    const images = (result.data as { images?: unknown }).images
    const onlyOne =
      request.single && Array.isArray(images) && images.length === 1
    report = parseSavedReport(
      result.data,
      result.label,
      onlyOne ? undefined : request.imageName
    )
  } catch (error) {
    fellBack(
      `the report in ${result.label} is not usable: ${(error as Error).message}`
    )
    return undefined
  }
  const short = result.commit.slice(0, 7)
  log.info(
    `${request.imageName ? `${request.imageName}: ` : ''}baseline: ${baseRef} @ ${short}, ${result.commitsBefore === 0 ? 'the merge-base' : `${result.commitsBefore} commit${result.commitsBefore === 1 ? '' : 's'} before the merge-base`} (${result.label})`
  )
  return {
    report,
    source: 'artifact',
    mergeBase: found.sha,
    from: {
      kind: 'artifact',
      commit: result.commit,
      branch: baseRef,
      commitsBeforeMergeBase: result.commitsBefore,
      ...(result.runId !== undefined ? { runId: result.runId } : {})
    }
  }
}

/**
 * The FROM image of the head build, found like the baseline's: from the Dockerfile and the
 * engine. undefined when not built from a Dockerfile or when the engine does not have it.
 */
export async function headFromImage(
  head: ImageReport,
  build: Omit<BuildOptions, 'tag'> | undefined
): Promise<FromImage | undefined> {
  if (!build) return undefined
  const ref = await dockerfileFromImage(
    build.dockerfile ?? path.join(build.context, 'Dockerfile'),
    { buildArgs: build.buildArgs, target: build.target }
  )
  const layers = await fromImageLayers(head, ref)
  return ref && layers !== undefined ? { ref, layers } : undefined
}
