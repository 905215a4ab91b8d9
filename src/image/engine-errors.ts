// The sentences for a failed read of an image from the engine, and docker's words that
// decide which one applies: one place for `docker image inspect`/`history` (engine.ts) and
// the export (engine-export.ts, by the socket or `docker save`), so both say the same thing
// for the same failure.

import { InputError } from '../errors.js'
import { NO_ENGINE_PATTERN } from './docker.js'

/** docker's and podman's words (and the engine API's) for an image the engine does not have. */
const IMAGE_NOT_FOUND_PATTERN =
  /No such image|No such object|not found|reference does not exist/i

/** A failed read, in docker's or the engine's words, classified. */
export interface EngineFailure {
  message: string
  notFound: boolean
  noEngine: boolean
}

/** Classifies docker's (or the engine's) complaint. */
export function engineFailure(message: string): EngineFailure {
  return {
    message,
    notFound: IMAGE_NOT_FOUND_PATTERN.test(message),
    noEngine: NO_ENGINE_PATTERN.test(message)
  }
}

/** The user's error for a failed read of `ref`, naming what to do: build or pull the image, start an engine. */
export function engineReadError(
  ref: string,
  failure: EngineFailure,
  /** The docker command that failed, for an unclassified failure: `docker save`, `docker image inspect`. */
  command: string
): InputError {
  if (failure.noEngine)
    return new InputError({
      input: ref,
      problem: `cannot reach a Docker engine to read ${ref}: ${failure.message.split('\n')[0].replace(/[.?!\s]+$/, '')}.`,
      fix: 'Start dockerd or set DOCKER_HOST.'
    })
  if (failure.notFound)
    return new InputError({
      input: ref,
      problem: `image "${ref}" is not in the Docker engine.`,
      fix: `Build or pull it first (docker pull ${ref}), or check the name.`
    })
  return new InputError({
    input: ref,
    problem: `${command} ${ref} failed: ${failure.message}`
  })
}
