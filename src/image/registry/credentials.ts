// Registry credentials found the way the docker CLI finds them (docker/cli cli/config):
// $DOCKER_CONFIG/config.json or ~/.docker/config.json — `credHelpers[host]`, then
// `credsStore`, then `auths[host].auth` (base64 user:password, as `docker login` writes it)
// or `username`/`password`/`identitytoken` — and, for ghcr.io only, GITHUB_TOKEN.
// A Credentials value carries the secret; only `source` (which never holds it) goes in messages.
// Every secret read here is registered (addSecret) as soon as it is read: masked in every
// message, and in the action's log (core.setSecret). A broken config.json is described by
// line and column, never quoted: the text around the error is where the passwords are.

import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import { InputError } from '../../errors.js'
import {
  CREDENTIAL_HELPER_TIMEOUT_MS,
  JSON_DOCUMENT_LIMIT
} from '../../limits.js'
import { log } from '../../log.js'
import { addSecret, jsonSyntaxProblem, scrub } from '../../messages.js'
import { DOCKER_HUB_API, DOCKER_HUB_CONFIG_KEY, hostname } from './reference.js'

export interface Credentials {
  username: string
  /** A password or personal token, sent as HTTP basic (to the registry or its token server). */
  password?: string
  /** An OAuth refresh token (`identitytoken`, or a helper's `<token>` user), exchanged at the token server. */
  identityToken?: string
  /** Where they came from, for messages: `$DOCKER_CONFIG/config.json (user alice)`. Never the secret. */
  source: string
}

/** The parts of config.json this reads (docker/cli cli/config/configfile ConfigFile). */
interface DockerConfigFile {
  auths?: Record<
    string,
    {
      auth?: string
      username?: string
      password?: string
      identitytoken?: string
    }
  >
  credsStore?: string
  credHelpers?: Record<string, string>
}

export interface CredentialOptions {
  env?: NodeJS.ProcessEnv
}

/** Where findCredentials looks, for messages when it found nothing. */
export function credentialSearchLabel(
  env: NodeJS.ProcessEnv = process.env
): string {
  return configLocation(env).label
}

/** The config.json path and how to name it in messages without spelling out the home directory. */
export function configLocation(env: NodeJS.ProcessEnv): {
  file: string
  label: string
} {
  if (env.DOCKER_CONFIG)
    return {
      file: path.join(env.DOCKER_CONFIG, 'config.json'),
      label: '$DOCKER_CONFIG/config.json'
    }
  return {
    file: path.join(env.HOME || homedir(), '.docker', 'config.json'),
    label: '~/.docker/config.json'
  }
}

/** The server key docker uses for a registry: Docker Hub's is a URL, others the host[:port]. */
export function configKeyFor(registry: string): string {
  return registry === DOCKER_HUB_API ? DOCKER_HUB_CONFIG_KEY : registry
}

// docker/cli ConvertToHostname: strip the scheme and anything after the host.
function keyHost(key: string): string {
  let host = key.replace(/^https?:\/\//, '')
  host = host.split('/')[0]
  return host === 'index.docker.io' ||
    host === 'docker.io' ||
    host === DOCKER_HUB_API
    ? DOCKER_HUB_API
    : host
}

async function readConfig(
  file: string,
  label: string
): Promise<DockerConfigFile | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new InputError({
      input: label,
      problem: `cannot read ${label} (${(error as Error).message}).`,
      fix: 'Fix its permissions or point DOCKER_CONFIG at another folder.'
    })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text) as unknown
  } catch (error) {
    throw new InputError({
      input: label,
      problem: `${label} is not valid JSON (${jsonSyntaxProblem(text, error)}).`,
      fix: 'Fix it, or run "docker login" again.'
    })
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError({
      input: label,
      problem: `${label} is not a JSON object.`,
      fix: 'Fix it, or run "docker login" again.'
    })
  }
  registerSecrets(parsed as DockerConfigFile)
  return parsed as DockerConfigFile
}

/** Every secret a config holds, whichever registry it is for: none may reach a message or the log. */
function registerSecrets(config: DockerConfigFile): void {
  const auths =
    config.auths && typeof config.auths === 'object'
      ? Object.values(config.auths)
      : []
  for (const entry of auths) {
    if (!entry || typeof entry !== 'object') continue
    for (const value of [entry.auth, entry.password, entry.identitytoken])
      if (typeof value === 'string') addSecret(value)
    if (typeof entry.auth === 'string') {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      if (colon >= 0) addSecret(decoded.slice(colon + 1))
    }
  }
}

/** Runs `docker-credential-<helper> get` with the server key on stdin (docker-credential-helpers protocol). */
async function fromHelper(
  helper: string,
  serverKey: string,
  env: NodeJS.ProcessEnv
): Promise<{ Username?: string; Secret?: string } | undefined> {
  const bin = `docker-credential-${helper}`
  log.debug(`exec: ${bin} get (server ${serverKey})`)
  return new Promise((resolve) => {
    const child = spawn(bin, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    // A helper that hangs (a keychain waiting for a prompt nobody sees) is stopped and gone on without.
    const timer = setTimeout(() => {
      log.warning(
        `${bin} get gave no answer within ${CREDENTIAL_HELPER_TIMEOUT_MS / 1000} s; stopped it, going on without its credentials`
      )
      child.kill('SIGKILL')
    }, CREDENTIAL_HELPER_TIMEOUT_MS)
    const out: Buffer[] = []
    let outBytes = 0
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length
      if (outBytes <= JSON_DOCUMENT_LIMIT) out.push(chunk)
    })
    child.stderr.resume()
    child.on('error', (error) => {
      clearTimeout(timer)
      // A helper named in the config but not installed: docker fails here; we go on anonymously and say so.
      log.warning(
        `${bin} is named in the docker config but could not be run (${error.message}); going on without its credentials`
      )
      resolve(undefined)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      const text = Buffer.concat(out).toString('utf8')
      if (code !== 0) {
        // "credentials not found in native keychain" is the helper's normal "none" answer.
        log.debug(
          `${bin} get exited ${code}: ${scrub(text.trim().slice(0, 200))}`
        )
        resolve(undefined)
        return
      }
      try {
        const answer = JSON.parse(text) as {
          Username?: string
          Secret?: string
        }
        if (typeof answer?.Secret === 'string') addSecret(answer.Secret)
        resolve(answer)
      } catch {
        log.warning(
          `${bin} get printed something that is not JSON; going on without its credentials`
        )
        resolve(undefined)
      }
    })
    child.stdin.on('error', () => undefined) // a helper that exits without reading its input
    child.stdin.end(serverKey)
  })
}

/** Finds credentials for a registry, or undefined for anonymous access. */
export async function findCredentials(
  registry: string,
  options: CredentialOptions = {}
): Promise<Credentials | undefined> {
  const env = options.env ?? process.env
  const { file, label } = configLocation(env)
  const config = await readConfig(file, label)
  const serverKey = configKeyFor(registry)
  const wanted = keyHost(serverKey)

  if (config) {
    const helperEntry = Object.entries(config.credHelpers ?? {}).find(
      ([key]) => keyHost(key) === wanted
    )
    const helper = helperEntry?.[1] ?? config.credsStore
    if (helper) {
      const answer = await fromHelper(
        helper,
        helperEntry?.[0] ?? serverKey,
        env
      )
      if (answer?.Secret) {
        const via = `docker-credential-${helper} (${helperEntry ? 'credHelpers' : 'credsStore'} in ${label})`
        if (answer.Username === '<token>')
          return {
            username: '',
            identityToken: answer.Secret,
            source: `an identity token from ${via}`
          }
        return {
          username: answer.Username ?? '',
          password: answer.Secret,
          source: `credentials for ${registry} from ${via} (user ${answer.Username ?? ''})`
        }
      }
    }
    const authEntry = Object.entries(config.auths ?? {}).find(
      ([key]) => keyHost(key) === wanted
    )
    if (authEntry) {
      const entry = authEntry[1]
      let username = entry.username ?? ''
      let password = entry.password
      if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        if (colon < 0)
          throw new InputError({
            input: label,
            problem: `the "auth" of ${authEntry[0]} in ${label} is not base64 of user:password.`,
            fix: `Run "docker login ${registry}" again.`
          })
        username = decoded.slice(0, colon)
        password = decoded.slice(colon + 1)
      }
      if (entry.identitytoken)
        return {
          username,
          identityToken: entry.identitytoken,
          source: `an identity token for ${registry} from ${label}`
        }
      if (password !== undefined && password !== '')
        return {
          username,
          password,
          source: `credentials for ${registry} from ${label} (user ${username})`
        }
    }
  }

  // GitHub's token reads the workflow's own packages on ghcr.io; any user name is accepted with it.
  if (hostname(registry) === 'ghcr.io' && env.GITHUB_TOKEN) {
    const username = env.GITHUB_ACTOR || 'github-actions'
    addSecret(env.GITHUB_TOKEN)
    return {
      username,
      password: env.GITHUB_TOKEN,
      source: `GITHUB_TOKEN for ghcr.io (user ${username})`
    }
  }
  return undefined
}
