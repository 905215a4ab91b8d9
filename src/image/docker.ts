// The one door to the docker CLI. Every docker call goes through here: arguments as
// arrays (never a shell string), the command logged at debug level, and a failure
// turned into an Error whose message is docker's own stderr.

import * as exec from '@actions/exec'
import { spawn } from 'node:child_process'
import { DependencyFailure } from '../errors.js'
import { log } from '../log.js'

export interface DockerResult {
  stdout: string
  stderr: string
  exitCode: number
}

/** The client binary: `docker` from PATH unless IMAGE_SIZE_BUDGET_DOCKER names another one. */
export function dockerBinary(): string {
  return process.env.IMAGE_SIZE_BUDGET_DOCKER || 'docker'
}

export class DockerCommandError extends DependencyFailure {
  override name = 'DockerCommandError'
  constructor(
    readonly args: string[],
    readonly result: DockerResult | undefined,
    message: string,
    /** The client itself could not be started (not on PATH, not executable): no engine was asked. */
    readonly cannotRun = false
  ) {
    super(message)
  }
}

/** The error for a docker client that cannot be started, with the one fix that applies. */
function cannotRunError(
  args: string[],
  bin: string,
  error: unknown
): DockerCommandError {
  const message = error instanceof Error ? error.message : String(error)
  const missing = /ENOENT|Unable to locate executable|not found/i.test(message)
  const why = missing
    ? `"${bin}" is not on PATH`
    : `${bin} cannot be started (${message.split('\n')[0].replace(/[.\s]+$/, '')})`
  const fix = process.env.IMAGE_SIZE_BUDGET_DOCKER
    ? 'Fix IMAGE_SIZE_BUDGET_DOCKER, which names it'
    : missing
      ? 'Install the Docker CLI (it talks to the engine), or name the client with IMAGE_SIZE_BUDGET_DOCKER'
      : 'Check that it is an executable docker client'
  return new DockerCommandError(
    args,
    undefined,
    `could not run docker: ${why}. ${fix}.`,
    true
  )
}

/** True when the docker client could not be started at all. */
export function isNoDockerCli(error: unknown): boolean {
  return error instanceof DockerCommandError && error.cannotRun
}

/**
 * The message for an engine that cannot be used to `doing` (e.g. "read app:1"), saying what
 * failed and the fix that applies: install the client when there is none, else start the
 * engine or point DOCKER_HOST at it. For errors that isNoEngine accepts.
 */
export function noEngineMessage(error: unknown, doing: string): string {
  const message = error instanceof Error ? error.message : String(error)
  if (isNoDockerCli(error)) return `cannot ${doing}: ${message}`
  return `cannot reach a Docker engine to ${doing}: ${message.split('\n')[0].replace(/[.?!\s]+$/, '')}. Start dockerd or set DOCKER_HOST.`
}

/** Runs docker and returns its output; throws DockerCommandError on a non-zero exit or when docker cannot be started. */
export async function docker(
  args: string[],
  options: { stream?: boolean; input?: Buffer } = {}
): Promise<DockerResult> {
  const bin = dockerBinary()
  log.debug(`exec: ${bin} ${args.join(' ')}`)
  let result: DockerResult
  try {
    result = await exec.getExecOutput(bin, args, {
      ignoreReturnCode: true,
      silent: !options.stream,
      input: options.input,
      // The build log streams to stderr so that stdout stays clean for --json.
      outStream: options.stream ? process.stderr : undefined,
      errStream: options.stream ? process.stderr : undefined
    })
  } catch (error) {
    throw cannotRunError(args, bin, error)
  }
  if (result.exitCode !== 0) {
    const stderr =
      result.stderr.trim() ||
      result.stdout.trim() ||
      `exit code ${result.exitCode}`
    throw new DockerCommandError(args, result, stderr)
  }
  return result
}

/** docker's words for an engine it cannot reach. */
export const NO_ENGINE_PATTERN =
  /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i

/** True when there is no engine to talk to: the daemon is unreachable (none running, wrong DOCKER_HOST), or there is no client. */
export function isNoEngine(error: unknown): boolean {
  return (
    error instanceof DockerCommandError &&
    (error.cannotRun || NO_ENGINE_PATTERN.test(error.message))
  )
}

export interface StreamedResult {
  exitCode: number
  stderr: string
  /** What `consume` threw, if it did (docker was then stopped). */
  consumeError?: unknown
}

/**
 * Runs docker with its stdout handed to `consume` chunk by chunk, for output too large to
 * hold (`docker save`); when `consume` returns a promise, reading pauses until it settles.
 * Resolves with docker's exit code and stderr; rejects only when docker cannot be started.
 */
export async function streamDocker(
  args: string[],
  consume: (chunk: Buffer) => void | Promise<void>
): Promise<StreamedResult> {
  const bin = dockerBinary()
  log.debug(`exec: ${bin} ${args.join(' ')}`)
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (text: string) => {
    if (stderr.length < 16_384) stderr += text
  })
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve(code ?? -1))
  })
  let consumeError: unknown
  const read = (async () => {
    try {
      for await (const chunk of child.stdout) {
        const pending = consume(chunk as Buffer)
        if (pending) await pending
      }
    } catch (error) {
      consumeError = error ?? new Error('consume failed')
      child.stdout.destroy()
      child.kill()
    }
  })()
  let exitCode: number
  try {
    ;[exitCode] = await Promise.all([exited, read])
  } catch (error) {
    throw cannotRunError(args, bin, error)
  }
  return {
    exitCode,
    stderr,
    ...(consumeError !== undefined ? { consumeError } : {})
  }
}
