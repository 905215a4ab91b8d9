// Builds an image with `docker build`, streaming the build log to stderr, and returns
// the tag it was given. The builder is whatever the engine's client uses (BuildKit
// with buildx or DOCKER_BUILDKIT=1, else the classic builder).

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError } from '../errors.js'
import { excerpt } from '../messages.js'
import {
  docker,
  DockerCommandError,
  isNoEngine,
  noEngineMessage
} from './docker.js'

export interface BuildOptions {
  context: string
  dockerfile?: string
  target?: string
  buildArgs?: Record<string, string>
  platform?: string
  tag: string
  /** Passed to `docker build --network` (e.g. `none` for hermetic builds). */
  network?: string
}

export function buildArgv(options: BuildOptions, iidFile: string): string[] {
  const argv = ['build', '--tag', options.tag, '--iidfile', iidFile]
  if (options.dockerfile) argv.push('--file', options.dockerfile)
  if (options.target) argv.push('--target', options.target)
  if (options.platform) argv.push('--platform', options.platform)
  if (options.network) argv.push('--network', options.network)
  for (const [key, value] of Object.entries(options.buildArgs ?? {}))
    argv.push('--build-arg', `${key}=${value}`)
  argv.push(options.context)
  return argv
}

/** Builds and returns the image ID; the image is also tagged `options.tag`. */
export async function buildImage(options: BuildOptions): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'isb-build-'))
  const iidFile = path.join(dir, 'iid')
  try {
    await docker(buildArgv(options, iidFile), { stream: true })
    return (await readFile(iidFile, 'utf8')).trim()
  } catch (error) {
    if (isNoEngine(error))
      throw new InputError({
        input: 'DOCKER_HOST',
        problem: noEngineMessage(error, `build ${options.tag}`)
      })
    if (!(error instanceof DockerCommandError)) throw error
    throw new InputError({
      input: options.dockerfile ?? path.join(options.context, 'Dockerfile'),
      problem: buildFailure(
        error.result ?? { stdout: '', stderr: error.message },
        options
      )
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Lines of a build log with the builders' banners taken out (the classic builder's deprecation notice). */
function logLines(text: string): string[] {
  const lines = text.split(/\r?\n/)
  const kept: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (/^DEPRECATED: The legacy builder is deprecated/.test(lines[i])) {
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1])) i++
      continue
    }
    if (lines[i].trim()) kept.push(lines[i].trim())
  }
  return kept
}

const stepText = (command: string) =>
  command.replace(/^\/bin\/sh -c /, '').replace(/^#\(nop\)\s*/, '')

/**
 * One line for a failed `docker build`: what failed (the step and its exit code, the
 * Dockerfile line that does not parse, the missing file or base image) and the one fix that
 * applies, from the log of either builder (classic: the error on stderr, the steps on
 * stdout; BuildKit: all on stderr).
 */
export function buildFailure(
  result: { stdout: string; stderr: string },
  options: Pick<BuildOptions, 'context' | 'dockerfile'>
): string {
  const dockerfile =
    options.dockerfile ?? path.join(options.context, 'Dockerfile')
  const lines = [...logLines(result.stdout), ...logLines(result.stderr)]
  const find = (re: RegExp) => {
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = re.exec(lines[i])
      if (m) return m
    }
    return undefined
  }
  const head = `docker build of ${dockerfile} failed`
  // A RUN step that exited non-zero: BuildKit names the step (`> [3/3] RUN …:`), the classic builder the command.
  const run =
    find(/process "(.*)" did not complete successfully: exit code: (\d+)/) ??
    find(/executor failed running \[(.*)\]: exit code: (\d+)/) ??
    find(/The command '(.*)' returned a non-zero code: (\d+)/)
  if (run) {
    const named = find(/^> \[[^\]]*\] (.*):$/)?.[1]
    const step = named ?? `RUN ${stepText(run[1])}`
    return `${head}: the step "${excerpt(step, 200)}" exited with code ${run[2]}. Fix that step; its output is in the build log above.`
  }
  const parse = find(/dockerfile parse error (?:on )?line (\d+): (.*)$/i)
  if (parse)
    return `${head}: line ${parse[1]}: ${excerpt(parse[2], 200)}. Fix that line of the Dockerfile.`
  if (
    find(
      /unable to evaluate symlinks in Dockerfile path|failed to read dockerfile|Cannot locate specified Dockerfile/i
    )
  ) {
    return `${head}: there is no Dockerfile at ${dockerfile}. Check the Dockerfile path (build.dockerfile in the budget file, or --dockerfile).`
  }
  const context = find(/unable to prepare context: path "(.*)" not found/)
  if (context)
    return `${head}: the build context ${context[1]} does not exist. Check the context path (build.context in the budget file, or --context).`
  if (find(/buildx component is missing or broken/)) {
    return `${head}: BuildKit was asked for (DOCKER_BUILDKIT=1) but this docker client has no buildx. Install the buildx plugin, or unset DOCKER_BUILDKIT to use the classic builder.`
  }
  const base = find(
    /(pull access denied for [^,\s]+|failed to resolve source metadata for \S+|manifest for \S+ not found|manifest unknown)/
  )
  if (base)
    return `${head}: a FROM image could not be pulled (${excerpt(base[1].replace(/[:,.]+$/, ''), 200)}). Check the image name in the FROM line, or log in to its registry (docker login).`
  const cause =
    find(/error|failed|denied|cannot|unable|invalid/i)?.[0] ??
    lines.at(-1) ??
    'no message'
  return `${head}: ${excerpt(cause.replace(/^ERROR:\s*/, ''), 300)}. See the build log above.`
}

export { parseBuildArgs } from './build-args.js'
